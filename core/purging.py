"""What each change purges from the page cache and from any CDN, in every language.

A page's change reaches: the page in every language (each one's switcher and hreflang links
name the others); the ancestors of each, which list it (indexes, the home page); the pages that
link to it or show it (Wagtail's reference index: an article naming a partner); the pages it
links to, before the change and after, which list it in turn (a partner's page lists the
articles that name the partner); its old address, if it moved; and the listings of the whole
site (feeds, calendars, sitemaps, search). A change that every page shows (a menu, the footer,
a partner in the footer's lists, a snippet) purges everything; a changed picture or document,
the pages that use it.

The purge goes through Wagtail's frontend cache, so that the same addresses reach our own page
cache (`PageCacheBackend`) and any CDN or proxy the operator configures. Purges wait for the
transaction to commit: a reader arriving in between would otherwise put the old page back.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.urls import reverse
from django.utils import translation
from wagtail import hooks
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import DraftStateMixin, Locale, Page, ReferenceIndex, Site, get_page_models
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)
from wagtail.snippets.models import get_snippet_models

from core.languages import language_home_url, page_path
from core.models import Footer, NavigationMenu
from core.page_cache import LISTINGS_TOKEN, forget_site, path_token_key, renew_tokens

# The name of our own page cache among the frontend-cache backends (network_site/settings).
OWN_BACKEND = "pages"


class PageCacheBackend(BaseBackend):
    """Wagtail's frontend-cache backend for core.page_cache: forgets every entry of a path,
    whatever its query string (pages of a listing, filters)."""

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        renew_tokens([path_token_key(urlsplit(url).path) for url in urls])


def purge_page(page, old_url_path=None, also=()):
    """Purge, once the transaction commits, every address that shows `page` (see above)."""
    if shown_on_every_page(page):
        purge_everything()
        return
    group = list(Page.objects.filter(translation_key=page.translation_key, locale__isnull=False))
    group_ids = [member.pk for member in group]
    related_ids = linking_page_ids(group_ids) | linked_page_ids(group_ids)
    related_ids |= getattr(page, "links_before_publishing", set())
    related_keys = Page.objects.filter(pk__in=related_ids).values("translation_key")
    pages = {*group, *also, *Page.objects.filter(translation_key__in=related_keys)}
    pages |= set(ancestors_with_addresses(pages))
    batch = PurgeBatch()
    batch.add_pages(pages)
    batch.add_urls(listing_urls())
    if old_url_path is not None:
        batch.add_urls(old_addresses(page, old_url_path))
    transaction.on_commit(lambda: purge_batch_with_listings(batch))


def purge_batch_with_listings(batch):
    renew_tokens([LISTINGS_TOKEN])
    batch.purge()


def purge_everything():
    """Every page, once the transaction commits: our cache by its site token, a CDN by address."""
    transaction.on_commit(forget_everything_now)


def forget_everything_now():
    forget_site()
    other_backends = [name for name in get_backends() if name != OWN_BACKEND]
    if other_backends:
        batch = PurgeBatch()
        batch.add_pages(Page.objects.live().filter(depth__gt=1).specific(defer=True))
        batch.add_urls(listing_urls())
        batch.purge(backends=other_backends)


def shown_on_every_page(page):
    """Linked from a menu or the footer, or otherwise shown site-wide (apps say, by hook)."""
    if any(shown(page) for shown in hooks.get_hooks("page_shown_on_every_page")):
        return True
    group_ids = Page.objects.filter(translation_key=page.translation_key).values_list(
        "pk", flat=True
    )
    return (
        ReferenceIndex.objects.filter(
            to_content_type=page_content_type(),
            to_object_id__in=[str(pk) for pk in group_ids],
        )
        .exclude(base_content_type=page_content_type())
        .filter(base_content_type__in=site_wide_snippet_content_types())
        .exists()
    )


def site_wide_snippet_content_types():
    """The snippets every page shows."""
    return ContentType.objects.get_for_models(NavigationMenu, Footer).values()


def page_content_type():
    return ReferenceIndex._get_base_content_type(Page)


def linking_page_ids(page_ids):
    """Pages whose live content links to any of `page_ids`."""
    return {
        int(pk)
        for pk in ReferenceIndex.objects.filter(
            base_content_type=page_content_type(),
            to_content_type=page_content_type(),
            to_object_id__in=[str(pk) for pk in page_ids],
        ).values_list("object_id", flat=True)
    }


def linked_page_ids(page_ids):
    """Pages that the live content of any of `page_ids` links to."""
    return {
        int(pk)
        for pk in ReferenceIndex.objects.filter(
            base_content_type=page_content_type(),
            object_id__in=[str(pk) for pk in page_ids],
            to_content_type=page_content_type(),
        ).values_list("to_object_id", flat=True)
    }


def ancestors_with_addresses(pages):
    """The ancestors of `pages` below the tree's root (which has no address)."""
    steplen = Page.steplen
    prefixes = {
        page.path[:end] for page in pages for end in range(2 * steplen, len(page.path), steplen)
    }
    return Page.objects.filter(path__in=prefixes)


def listing_urls():
    """The addresses that list the whole site, in every language, on every site."""
    paths = [reverse("sitemap_index"), reverse("robots_txt")]
    for code, _name in settings.LANGUAGES:
        paths.append(reverse("sitemap_language", args=[code]))
        with translation.override(code):
            paths += [reverse(name) for name in settings.PAGE_CACHE_LISTING_URL_NAMES]
    return [site.root_url + path for site in Site.objects.all() for path in paths]


def old_addresses(page, old_url_path):
    """The addresses `page` and its descendants had before a move or a new slug."""
    new_url_path = page.url_path
    addresses = []
    for url_path in page.get_descendants(inclusive=True).values_list("url_path", flat=True):
        before = old_url_path + url_path[len(new_url_path) :]
        addresses += addresses_of_url_path(before, page.locale.language_code)
    return addresses


def addresses_of_url_path(url_path, language_code):
    """The full addresses a page at `url_path` is served at, as Wagtail builds them."""
    return [
        root.root_url + page_path(language_home_url(language_code), root.root_path, url_path)
        for root in Site.get_site_root_paths()
        if url_path.startswith(root.root_path) and root.language_code == language_code
    ]


def remember_links_before_saving(sender, instance, update_fields=None, **kwargs):
    """Keep on the page what its live content linked to, read just before it is saved for
    publishing, so that a link dropped in the publish still purges the page it pointed to.
    (Wagtail's index happens to keep dropped child-relation links until the next save, but it
    does not promise to.)"""
    # Wagtail's bookkeeping saves (drafts, locks) name their fields and change no live content.
    if instance.pk and update_fields is None:
        instance.links_before_publishing = linked_page_ids([instance.pk])


def on_page_published_or_unpublished(sender, instance, **kwargs):
    purge_page(instance)


def on_page_moved(sender, instance, parent_page_before, url_path_before, **kwargs):
    purge_page(instance, old_url_path=url_path_before, also=[parent_page_before])


def on_page_slug_changed(sender, instance, instance_before, **kwargs):
    purge_page(instance, old_url_path=instance_before.url_path)


def on_redirect_changed(sender, instance, **kwargs):
    # A kept "not found" at the redirect's old address would hide the redirect.
    path = instance.old_path
    sites = [instance.site] if instance.site_id else Site.objects.all()
    batch = PurgeBatch(
        [site.root_url + variant for site in sites for variant in (path, path + "/")]
    )
    transaction.on_commit(batch.purge)


def on_site_wide_change(sender, instance, **kwargs):
    purge_everything()


def on_file_changed(sender, instance, created=False, **kwargs):
    """A picture or document shows where something uses it, as Wagtail's reference index says:
    the pages that use it are purged as if published; anything else using it (a snippet)
    purges everything. A new one shows nowhere yet."""
    if created:
        return
    users = set(
        ReferenceIndex.get_references_to(instance).values_list("base_content_type", "object_id")
    )
    if any(content_type != page_content_type().pk for content_type, _pk in users):
        purge_everything()
        return
    for page in Page.objects.filter(pk__in=[int(pk) for _content_type, pk in users]):
        purge_page(page)


def on_snippet_saved(sender, instance, created=False, **kwargs):
    # Snippets with drafts change what readers see only when published (below).
    if sender in get_snippet_models() and not isinstance(instance, DraftStateMixin):
        purge_everything()


def on_snippet_published(sender, instance, **kwargs):
    if not isinstance(instance, Page):
        purge_everything()


def on_snippet_deleted(sender, instance, **kwargs):
    if sender in get_snippet_models():
        purge_everything()


def connect_signals():
    for model in get_page_models():
        pre_save.connect(remember_links_before_saving, sender=model)
        page_published.connect(on_page_published_or_unpublished, sender=model)
        page_unpublished.connect(on_page_published_or_unpublished, sender=model)
    post_page_move.connect(on_page_moved)
    page_slug_changed.connect(on_page_slug_changed)
    for model in (Redirect,):
        post_save.connect(on_redirect_changed, sender=model)
        post_delete.connect(on_redirect_changed, sender=model)
    for model in (get_image_model(), get_document_model()):
        post_save.connect(on_file_changed, sender=model)
        # Before the delete, while the reference index still names the pages that use it.
        pre_delete.connect(on_file_changed, sender=model)
    for model in (Site, Locale):
        post_save.connect(on_site_wide_change, sender=model)
        post_delete.connect(on_site_wide_change, sender=model)
    post_save.connect(on_snippet_saved)
    post_delete.connect(on_snippet_deleted)
    published.connect(on_snippet_published)
    unpublished.connect(on_snippet_published)
