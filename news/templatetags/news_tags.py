"""News wherever other pages list it: the home page and partner profiles."""

from django import template

from news.models import NewsPage

register = template.Library()


@register.simple_tag
def latest_news(locale, count):
    """The newest articles of a locale, ready for cards."""
    return NewsPage.objects.in_locale(locale).newest_first().for_listing()[:count]


@register.simple_tag
def news_about_partner(partner, count):
    """The newest articles that name `partner`, in its page's language, ready for cards."""
    return (
        NewsPage.objects.in_locale(partner.locale)
        .about_partner(partner)
        .newest_first()
        .for_listing()[:count]
    )
