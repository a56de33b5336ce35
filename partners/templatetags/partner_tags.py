"""Partner organisations wherever other pages list them: the home page, the footer, and the
funding acknowledgement of projects, events and news."""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from core.page_cache import cached_for_language
from partners.members import network_members
from partners.models import PartnerPage

register = template.Library()


@register.simple_tag(takes_context=True)
def member_cards(context):
    """The cards of the network's member organisations in the reader's language, rendered once
    per language and host until a partner or a picture changes (both purge what every page
    shows: core.purging). With dozens of members and their logos, they cost more than the rest
    of the home page."""
    request = context["request"]
    return cached_for_language(
        f"member-cards:{request.get_host()}", lambda: render_member_cards(request)
    )


def render_member_cards(request):
    return mark_safe(
        "".join(
            render_to_string("includes/partner_card.html", {"partner": partner, "request": request})
            for partner in network_members(request)
        )
    )


def links_to(partners):
    """(address, name) of each partner: plain data, which the fragment cache can keep."""
    return [(partner.url, partner.title) for partner in partners.only("title", "url_path", "depth")]


@register.simple_tag
def member_links():
    """(address, name) of the network's member organisations in the reader's language."""
    return cached_for_language(
        "member-links", lambda: links_to(PartnerPage.objects.in_locale().members())
    )


@register.simple_tag
def funder_links():
    """(address, name) of the network's donors in the reader's language, for the footer."""
    return cached_for_language(
        "funder-links", lambda: links_to(PartnerPage.objects.in_locale().donors())
    )


@register.inclusion_tag("includes/funders.html", takes_context=True)
def funders(context, page):
    """The EU emblem and funding statement where EU money is involved, and the other funders."""
    return {"funding": page.funders.funding(), "request": context["request"]}
