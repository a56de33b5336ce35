"""Publications wherever other pages list them: the home page, partner profiles, and the projects,
events and articles they belong with."""

from django import template

from publications.models import PublicationPage, with_covers_ready

register = template.Library()


@register.simple_tag
def latest_publications(locale, count):
    """The newest publications of a locale, ready for cards."""
    return with_covers_ready(
        PublicationPage.objects.in_locale(locale).newest_first().for_listing()[:count]
    )


@register.simple_tag
def publications_by_partner(partner, count):
    """The newest publications that `partner` wrote, in its page's language, ready for cards."""
    return with_covers_ready(
        PublicationPage.objects.in_locale(partner.locale)
        .by_partner(partner)
        .newest_first()
        .for_listing()[:count]
    )


@register.simple_tag
def publications_about(page, count):
    """The newest publications that belong with `page` (a project, event or article), in its
    language, ready for cards."""
    return with_covers_ready(
        PublicationPage.objects.in_locale(page.locale)
        .about(page)
        .newest_first()
        .for_listing()[:count]
    )
