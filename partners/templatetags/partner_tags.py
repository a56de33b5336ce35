"""Partner organisations wherever other pages list them: the home page and the footer."""

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
