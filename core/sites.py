"""The default Site's host and port, from the address people reach the site at.

Wagtail builds a page's full address (in e-mails, say) from its Site record, and the record that
Wagtail's first migration makes says http://localhost. The public site and its admin share one
host, named by WAGTAILADMIN_BASE_URL.
"""

from urllib.parse import urlsplit

from django.utils.translation import gettext as _
from wagtail.models import Site

from core.page_cache import cached_for_language

DEFAULT_PORTS = {"http": 80, "https": 443}


def site_host_and_port(url):
    """(hostname, port) of `url` as a Site record holds them; ValueError where none can."""
    parts = urlsplit(url)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ValueError(_("%(url)s is not an http:// or https:// address.") % {"url": url})
    port = parts.port or DEFAULT_PORTS[parts.scheme]
    # Site.root_url reads the scheme from the port: 443 is https, any other http.
    if (parts.scheme == "https") != (port == 443):
        raise ValueError(
            _("A Wagtail site can use https only on port 443, and http on any other: %(url)s")
            % {"url": url}
        )
    return parts.hostname, port


def configure_default_site(url):
    """Give the default site the host and port of `url`; True if that changed anything."""
    hostname, port = site_host_and_port(url)
    site = Site.objects.get(is_default_site=True)
    if (site.hostname, site.port) == (hostname, port):
        return False
    site.hostname, site.port = hostname, port
    site.save()
    return True


class CachedSiteMiddleware:
    """Finds the request's Site in the shared cache, not with a query on every request.

    Wagtail looks the Site up once per request (Site.find_for_request), and keeps the answer on
    the request, where the rest of Wagtail reads it. Sites change seldom, and any change to one
    forgets the cached fragments (core.purging), this one with them.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        address = f"site:{request.get_host()}:{request.get_port()}"
        site = cached_for_language(address, lambda: Site.find_for_request(request))
        # Where Site.find_for_request keeps its answer, as its docstring says.
        request._wagtail_site = site
        return self.get_response(request)
