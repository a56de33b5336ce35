"""A cache of whole public pages that is never stale, shared by every worker and server.

Why our own and not wagtail-cache or Django's per-site cache: both key a response by its
address alone and forget it only by clearing everything or by waiting for it to expire, while
here one publish must forget a known set of addresses — the page in every language, every page
that lists or links to it, and the feeds, calendars, sitemaps and search — and nothing else.
Wagtail's frontend cache already carries exactly that kind of purge to CDNs and proxies, so the
cache below is one more frontend-cache backend: a purge reaches it and any configured CDN alike.

Entries live in Django's default cache (Redis when `REDIS_URL` is set), each kept with the
tokens that were current when it was made: one for the whole site, and one for the address's
path (so that a purge of a path reaches every query string of it: pages of a listing, filters,
search words) or, for addresses that list the whole site (feeds, calendars, sitemaps, search),
one for listings. A purge replaces a token with a new random one, and an entry whose tokens are
no longer current is a miss. Tokens and entry come back in one round trip to the cache.

The cache may fail silently (django-redis ignores a Redis outage: reads miss, writes vanish).
Pages are then rendered from the database and nothing is kept. But a purge made during the
outage is lost, while the entries kept before it may still be in Redis when it returns. So a
process that sees the cache fail, in a read or in a purge, owes the site a purge of everything:
it renews the site's token as soon as the cache answers again: before it serves anything from
it, and, without waiting for a request, from a thread that asks the cache every second. The
process that lost a purge is the one that published, so the site is whole again within a second
of the cache's return, whichever worker or server a reader reaches. (A process that ends before
the cache returns, such as a management command, takes its debt with it: docs/deploy.md says
to flush the cache after an outage.)
"""

import hashlib
import math
import re
import threading
import time
import uuid

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
    set_response_etag,
)
from wagtail import hooks

SITE_TOKEN = "page-cache:site"
LISTINGS_TOKEN = "page-cache:listings"
TOKEN_TIMEOUT = None  # tokens never expire by time: losing one only makes a miss


def path_token_key(path):
    return "page-cache:path:" + hashlib.sha1(path.encode()).hexdigest()


class SitePurge:
    """Whether this process owes the site a purge of everything (see above)."""

    owed = False
    collector = None


# How often a process that owes a purge asks whether the cache is back.
PAYING_INTERVAL = 1


def owe_site_purge():
    SitePurge.owed = True
    collector = SitePurge.collector
    if collector is None or not collector.is_alive():
        SitePurge.collector = threading.Thread(
            target=pay_when_the_cache_answers, name="page-cache-purge", daemon=True
        )
        SitePurge.collector.start()


def pay_when_the_cache_answers():
    while SitePurge.owed:
        time.sleep(PAYING_INTERVAL)
        if SitePurge.owed:
            pay_site_purge()


def read_kept(key, token_keys):
    """What is kept under `key`, if it was kept under the current tokens (else None), and the
    current tokens, under which to keep a new value: one round trip to the cache. The tokens
    are None while the cache cannot be trusted: then nothing is read from it or kept in it."""
    if SitePurge.owed and not pay_site_purge():
        return None, None
    # A copy: while Redis is away, django-redis answers every get_many with one shared dict,
    # which this function's writes below would fill for every later caller (Wagtail's
    # renditions among them).
    found = dict(cache.get_many([*token_keys, key]))
    tokens = []
    for token_key in token_keys:
        if token_key not in found:
            # First use, or evicted: a new token, so that nothing kept before can match it.
            cache.add(token_key, uuid.uuid4().hex, TOKEN_TIMEOUT)
            found[token_key] = cache.get(token_key)
        tokens.append(found[token_key])
    if None in tokens:
        # A token just added cannot be read back: the cache is unreachable.
        owe_site_purge()
        return None, None
    kept = found.get(key)
    if kept is not None and kept[0] == tokens:
        return kept[1], tokens
    return None, tokens


def keep(key, tokens, value, timeout):
    # A purge between reading the tokens and this write leaves `value` under old tokens, which
    # no later read matches.
    if tokens is not None:
        cache.set(key, (tokens, value), timeout)


def renew_tokens(keys):
    """Purge what was kept under the tokens of `keys`. A purge that does not reach the cache is
    owed as a purge of everything; reading the new tokens back is the only way to know, as the
    cache fails silently. (Another purge of the same token in between also reads as a failure:
    one purge of everything too many, never a stale page.)"""
    tokens = {key: uuid.uuid4().hex for key in keys}
    cache.set_many(tokens, TOKEN_TIMEOUT)
    if cache.get_many(list(tokens)) != tokens:
        owe_site_purge()
        return False
    return True


def pay_site_purge():
    """Renew the site's token if the cache answers; True once nothing is owed. The debt stands
    until the new token is in the cache, so that no reader meanwhile takes an old page."""
    if forget_site():
        SitePurge.owed = False
    return not SitePurge.owed


def create_cache_tables(using=DEFAULT_DB_ALIAS, **kwargs):
    """The database cache's table is no model's: Django makes it with createcachetable, run here
    after every migrate so that a deployment cannot forget it (a no-op without a database cache)."""
    call_command("createcachetable", database=using, verbosity=0)


def forget_site():
    """Every page and fragment: for changes that every page shows (menu, footer, members).
    False if the cache did not take it (then it is owed)."""
    return renew_tokens([SITE_TOKEN, LISTINGS_TOKEN])


def cached_for_language(name, build):
    """`build()`, computed once per language until site-wide content changes.

    For what every page shows and only a site-wide change alters: the menu, the footer, the
    members and funders it lists.
    """
    key = f"fragment:{name}:{translation.get_language()}"
    value, tokens = read_kept(key, [SITE_TOKEN])
    if value is None:
        value = build()
        keep(key, tokens, value, settings.PAGE_CACHE_TIMEOUT)
    return value


def cacheable_request(request):
    """Anonymous reads of public addresses: never the admin, previews, private pages' forms,
    documents, or anyone carrying a session (logged in, or past a page's password)."""
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
        and not request.path.startswith(uncached_prefixes())
    )


def uncached_prefixes():
    return (
        reverse("wagtailadmin_home"),
        "/documents/",
        settings.STATIC_URL,
        settings.MEDIA_URL,
    )


def storable(request, response):
    """A response every anonymous reader would get alike, and nothing private in it."""
    cache_control = response.get("Cache-Control", "")
    user = getattr(request, "user", None)
    return (
        response.status_code in STORED_STATUSES
        and not response.streaming
        and not response.cookies
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
        and not (user is not None and user.is_authenticated)
        and "/_util/" not in request.path
    )


# Not-found answers are kept too: a page later published at that address purges its path.
STORED_STATUSES = (200, 404)


def entry_key(request):
    address = f"{request.get_host()}{request.get_full_path()}"
    return "page:" + hashlib.sha1(address.encode()).hexdigest()


def entry_tokens(request):
    """The tokens an entry is kept under: the site's, and its path's or the listings'."""
    path = request.path
    return [SITE_TOKEN, LISTINGS_TOKEN if is_listing(path) else path_token_key(path)]


def is_listing(path):
    return re.match(settings.PAGE_CACHE_LISTING_PATHS, path) is not None


def seconds_to_live():
    """The entry's lifetime: the configured one, cut short where a page's content turns with
    time (an upcoming event becomes a past one) rather than with an edit."""
    lifetime = settings.PAGE_CACHE_TIMEOUT
    now = timezone.now()
    for next_change in hooks.get_hooks("page_cache_content_changes_at"):
        moment = next_change(now)
        if moment is not None:
            lifetime = min(lifetime, max(1, math.ceil((moment - now).total_seconds())))
    return lifetime


class PageCacheMiddleware:
    """Answers anonymous readers from the shared cache, and marks what a CDN may keep."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not cacheable_request(request):
            return self.mark_private(self.get_response(request))
        key = entry_key(request) if settings.PAGE_CACHE_ENABLED else None
        if key is not None:
            entry, tokens = read_kept(key, entry_tokens(request))
            if entry is not None:
                return self.from_entry(request, entry)
        response = self.get_response(request)
        if not storable(request, response):
            return self.mark_private(response)
        # Only a cache that keeps the answer needs its lifetime (a query, through the hooks).
        keeps = key is not None or settings.PAGE_CACHE_SHARED_MAX_AGE > 0
        lifetime = seconds_to_live() if keeps else 0
        set_response_etag(response)
        # A view may let browsers and calendar apps keep its answer a while (max-age); shared
        # caches, which our purges reach, follow s-maxage.
        if "max-age" not in response.get("Cache-Control", ""):
            patch_cache_control(response, max_age=0)
        patch_cache_control(
            response, public=True, s_maxage=min(settings.PAGE_CACHE_SHARED_MAX_AGE, lifetime)
        )
        if key is not None:
            entry = (response.status_code, list(response.items()), response.content)
            keep(key, tokens, entry, lifetime)
        return response

    def from_entry(self, request, entry):
        status, headers, content = entry
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        return (
            get_conditional_response(request, etag=response["ETag"], response=response) or response
        )

    def mark_private(self, response):
        """Whatever is not kept here stays out of shared caches too, unless the view said
        otherwise: what a signed-in person sees names them, and forms carry their token."""
        if not response.has_header("Cache-Control"):
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        return response
