"""The site that `make loadtest` serves: the demo content, the editor's account, the addresses
wrk requests and the articles the editor saves (see bench/loadtest.py). Imported once Django is
set up."""

import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page, Revision

from editorial.roles import COMMUNICATIONS
from events.models import EventIndexPage, EventPage
from home.models import HomePage
from news.models import NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage, PartnerPage

# Articles the editor saves in turn: several, so that each save purges other addresses.
EDITED_ARTICLES = 3
ARTICLES_PER_LANGUAGE = 3
EVENTS_PER_LANGUAGE = 2
PARTNERS_PER_LANGUAGE = 2
# Characters a save's marker may add to a title or introduction ("loadtest-1a2b3c4d-1234 ").
MARKER_ROOM = 40
# A word of the demo's pages in every language (a city), for search.
SEARCH_WORD = "prishtin"


def build():
    """A deployment's steps on an empty database, with the demo content."""
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", stdout=io.StringIO())
    call_command("configure_site", stdout=io.StringIO())
    call_command("collectstatic", interactive=False, verbosity=0)


def create_editor(username, password):
    """A member of Communications, who may edit and publish every article."""
    editor = get_user_model().objects.create_user(username, password=password)
    editor.groups.add(Group.objects.get(name=COMMUNICATIONS))


def public_paths():
    """Every kind of public page and listing, in every language: the home page, the news index
    and articles, the events index and events, the partner index and partners, search, the
    news feeds, the calendar and the sitemaps; and robots.txt."""
    paths = [reverse("sitemap_index"), reverse("robots_txt")]
    for locale in Locale.objects.order_by("pk"):
        live = {"locale": locale, "live": True}
        pages = [
            HomePage.objects.get(**live),
            NewsIndexPage.objects.get(**live),
            *NewsPage.objects.filter(**live).order_by("-date", "pk")[:ARTICLES_PER_LANGUAGE],
            EventIndexPage.objects.get(**live),
            *EventPage.objects.filter(**live).order_by("path")[:EVENTS_PER_LANGUAGE],
            PartnerIndexPage.objects.get(**live),
            *PartnerPage.objects.filter(**live).order_by("path")[:PARTNERS_PER_LANGUAGE],
        ]
        paths += [page.url for page in pages]
        with translation.override(locale.language_code):
            paths += [
                f"{reverse('search')}?q={SEARCH_WORD}",
                reverse("news_rss"),
                reverse("news_atom"),
                reverse("calendar_feed"),
            ]
        paths.append(reverse("sitemap_language", args=[locale.language_code]))
    return paths


def edited_articles():
    """{page id: (title, introduction)} of the articles the editor saves, each cut to leave room
    for a marker: Albanian ones, the source of the translations, so that publishing one also
    updates its translations' sources."""
    articles = NewsPage.objects.filter(locale=Locale.get_default()).order_by("pk")
    fitting = {
        name: NewsPage._meta.get_field(name).max_length - MARKER_ROOM for name in ("title", "intro")
    }
    return {
        article.pk: (article.title[: fitting["title"]], article.intro[: fitting["intro"]])
        for article in articles[:EDITED_ARTICLES]
    }


def saves_found(articles, attempts, marker_prefix):
    """(how many of the `attempts` (page id, marker) a revision of that page holds in its title
    and introduction, how many revisions of `articles` carry a marker starting `marker_prefix`).
    """
    revisions = Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(page_id) for page_id in articles],
    )
    kept = [
        (int(revision.object_id), revision.content["title"], revision.content["intro"])
        for revision in revisions
    ]
    found = sum(
        any(
            kept_id == page_id and marker in title and marker in intro
            for kept_id, title, intro in kept
        )
        for page_id, marker in attempts
    )
    return found, sum(marker_prefix in title for _page_id, title, _intro in kept)
