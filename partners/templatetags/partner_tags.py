"""Partner organisations wherever other pages list them: the home page, the footer, and the
funding acknowledgement of projects, events and news."""

from django import template

from partners.members import network_members
from partners.models import PartnerPage

register = template.Library()


@register.simple_tag(takes_context=True)
def member_partners(context):
    """The network's member organisations in the reader's language, ready for cards."""
    return network_members(context["request"])


@register.simple_tag
def member_links():
    """The network's member organisations in the reader's language, for a list of links."""
    return PartnerPage.objects.in_locale().members().only("title", "url_path", "depth")


@register.simple_tag
def funder_links():
    """The network's donors in the reader's language, for the footer's credits."""
    return PartnerPage.objects.in_locale().donors().only("title", "url_path", "depth")


@register.inclusion_tag("includes/funders.html", takes_context=True)
def funders(context, page):
    """The EU emblem and funding statement where EU money is involved, and the other funders."""
    return {"funding": page.funders.funding(), "request": context["request"]}
