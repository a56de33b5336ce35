"""RSS 2.0 and Atom feeds of the publications, one per language, each entry with its file.

The feeds list the same pages as the publications index, through the same filters
(PublicationFilterSet), so a feed address takes the index's query string (?kind=study,
?partner=12, ?language=en) and never shows a publication the library does not.
"""

from xml.sax.saxutils import escape

from django.db.models import Prefetch
from django.utils.feedgenerator import Atom1Feed, Enclosure
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.feeds import Channel, ChannelFeed, Entry, start_of_day
from core.localization import localized_pages
from core.structured_data import site_name
from publications.models import (
    PublicationAuthor,
    PublicationFilterSet,
    PublicationIndexPage,
    PublicationPage,
)

PUBLICATIONS_PER_FEED = 20


def file_enclosures(request, document):
    """The publication's file as a feed enclosure: an absolute URL, its size in bytes and type."""
    if document is None:
        return []
    # Wagtail keeps the size from the upload; for a file uploaded before it did, this reads it
    # once from storage and keeps it. None if the file has gone missing: no enclosure then,
    # rather than a broken feed.
    size = document.get_file_size()
    if size is None:
        return []
    return [Enclosure(request.build_absolute_uri(document.url), str(size), document.content_type)]


def authors_by_publication(publications):
    """{publication pk: its authors' names in the active language}, in two queries for all."""
    links = [link for publication in publications for link in publication.authors.all()]
    partners = iter(localized_pages([link.partner for link in links]))
    names = {publication.pk: [] for publication in publications}
    for link in links:
        names[link.page_id].append(next(partners).title)
    return names


def feed_entries(request, publications):
    publications = list(
        publications.newest_first()
        .for_listing()
        .prefetch_related(
            Prefetch("authors", queryset=PublicationAuthor.objects.select_related("partner"))
        )[:PUBLICATIONS_PER_FEED]
    )
    authors = authors_by_publication(publications)
    return [
        Entry(
            title=publication.title,
            link=request.build_absolute_uri(publication.get_url(request)),
            # The summary is plain text, and feed readers read descriptions as HTML.
            description=escape(publication.summary),
            published=start_of_day(publication.date),
            updated=publication.last_published_at,
            categories=[publication.get_kind_display()],
            author=", ".join(authors[publication.pk]) or None,
            enclosures=file_enclosures(request, publication.document),
        )
        for publication in publications
    ]


def filtered_publications(filter_values, locale):
    """The publications of `locale` that the index page would list for these filter values."""
    return PublicationFilterSet(
        filter_values, PublicationPage.objects.in_locale(locale), locale=locale
    ).filtered()


def publications_channel(request):
    """The latest publications of the active language."""
    locale = Locale.objects.get(language_code=get_language())
    index = PublicationIndexPage.objects.live().filter(locale=locale).order_by("path").first()
    if index is None:
        raise PublicationIndexPage.DoesNotExist
    return Channel(
        title=f"{_('Publications')} · {site_name()}",
        description=index.intro or _("Latest publications"),
        link=request.build_absolute_uri(index.get_url(request)),
        entries=feed_entries(request, filtered_publications(request.GET, locale)),
    )


class PublicationsFeed(ChannelFeed):
    channel = staticmethod(publications_channel)


class AtomPublicationsFeed(PublicationsFeed):
    feed_type = Atom1Feed
