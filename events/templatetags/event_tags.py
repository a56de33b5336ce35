"""Events and highlights wherever other pages list them: the home page and partner profiles."""

from django import template

from events.models import EventHighlightPage, EventPage

register = template.Library()


@register.simple_tag
def upcoming_events(locale, count):
    """The next events of a locale, soonest first, ready for cards."""
    return EventPage.objects.in_locale(locale).upcoming().for_listing()[:count]


@register.simple_tag
def events_involving_partner(partner, count):
    """The latest events that `partner` organises, supports or funds, in its page's language."""
    return (
        EventPage.objects.in_locale(partner.locale)
        .involving_partner(partner)
        .order_by("-start")
        .for_listing()[:count]
    )


@register.simple_tag
def highlights_posted_by(partner, count):
    """The latest highlights that `partner` posted, in its page's language."""
    return (
        EventHighlightPage.objects.in_locale(partner.locale)
        .posted_by_partner(partner)
        .order_by("-date")[:count]
    )
