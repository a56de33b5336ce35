"""Pieces of schema.org JSON-LD that several page types use: the network and its partners."""

from django.templatetags.static import static
from django.utils.translation import gettext as _

from core.languages import html_language_tag

# The network's logo, the same image as in the site header.
NETWORK_LOGO = "img/logo.svg"


def site_name():
    return _("Network for Inclusive Education")


def absolute(request, url):
    return request.build_absolute_uri(url)


def page_url(page, request):
    """The page's full address on the host the reader used (Site records may name another)."""
    return absolute(request, page.get_url(request))


def organization(name, url, logo=None):
    data = {"@type": "Organization", "name": name, "url": url}
    if logo:
        data["logo"] = logo
    return data


def network_organization(request, url=None):
    """The network itself, as publisher or organiser."""
    return organization(
        site_name(), url or absolute(request, "/"), absolute(request, static(NETWORK_LOGO))
    )


def partner_organizations(partners, request):
    return [organization(partner.title, page_url(partner, request)) for partner in partners]


def in_language(page):
    return html_language_tag(page.locale.language_code)
