"""RSS 2.0 and Atom feeds of the news, one per language and one per partner in each language.

The feeds list the same pages as the news index, through the same filters (NewsFilterSet), so a
feed never shows an article the site does not, or misses one it does; a feed address takes the
index's query string (?category=advocacy&year=2024), and a partner's feed is the partner filter.
"""

import mimetypes
from xml.sax.saxutils import escape

from django.utils.feedgenerator import Atom1Feed, Enclosure
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.feeds import Channel, ChannelFeed, Entry, start_of_day
from core.images import SHARE_FILTER
from core.structured_data import site_name
from news.models import (
    NewsFilterSet,
    NewsIndexPage,
    NewsPage,
    categories_by_article,
    category_links,
)
from partners.models import PartnerPage

ARTICLES_PER_FEED = 20


def image_enclosures(request, image):
    """The listing picture as a feed enclosure: an absolute URL, its size in bytes and type."""
    if image is None:
        return []
    try:
        # The picture that sharing shows too: the loaders make it up front for every picture.
        rendition = image.get_rendition(SHARE_FILTER)
        length = rendition.file.size
    except OSError:
        # A picture whose file has gone missing (Wagtail's SourceImageIOError is one) costs the
        # article its enclosure, not the whole feed.
        return []
    mime_type, _encoding = mimetypes.guess_type(rendition.file.name)
    if mime_type is None:
        return []
    return [Enclosure(request.build_absolute_uri(rendition.url), str(length), mime_type)]


def feed_entries(request, articles, locale):
    articles = list(
        articles.newest_first().for_listing().prefetch_related(category_links())[:ARTICLES_PER_FEED]
    )
    categories = categories_by_article(articles, locale)
    return [
        Entry(
            title=article.title,
            link=request.build_absolute_uri(article.get_url(request)),
            # Feed readers read descriptions as HTML and the intro is plain text; its quotes stay
            # as they are for the readers that show the description as text.
            description=escape(article.intro),
            published=start_of_day(article.date),
            updated=article.last_published_at,
            categories=[category.name for category in categories[article.pk]],
            enclosures=image_enclosures(request, article.listing_image),
        )
        for article in articles
    ]


def filtered_news(filter_values, locale):
    """The news of `locale` that the index page would list for these filter values."""
    return NewsFilterSet(
        filter_values, NewsPage.objects.in_locale(locale), locale=locale
    ).filtered()


def site_news_channel(request):
    """The latest news of the active language."""
    locale = Locale.objects.get(language_code=get_language())
    index = NewsIndexPage.objects.live().filter(locale=locale).order_by("path").first()
    if index is None:
        raise NewsIndexPage.DoesNotExist
    return Channel(
        title=f"{_('News')} · {site_name()}",
        description=index.intro or _("Latest news"),
        link=request.build_absolute_uri(index.get_url(request)),
        entries=feed_entries(request, filtered_news(request.GET, locale), locale),
    )


def partner_news_channel(request, partner_id):
    """The latest news of the active language about one partner, given by its page there."""
    locale = Locale.objects.get(language_code=get_language())
    partner = PartnerPage.objects.in_locale(locale).get(pk=partner_id)
    filter_values = request.GET.copy()
    filter_values["partner"] = str(partner.pk)
    return Channel(
        title=f"{_('News')} · {partner.title}",
        description=partner.summary,
        link=request.build_absolute_uri(partner.get_url(request)),
        entries=feed_entries(request, filtered_news(filter_values, locale), locale),
    )


class NewsFeed(ChannelFeed):
    channel = staticmethod(site_news_channel)


class AtomNewsFeed(NewsFeed):
    feed_type = Atom1Feed


class PartnerNewsFeed(NewsFeed):
    channel = staticmethod(partner_news_channel)


class AtomPartnerNewsFeed(AtomNewsFeed):
    channel = staticmethod(partner_news_channel)
