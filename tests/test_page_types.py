"""Each page type: its factory, where it may be created, creating it, and reading it in every
language."""

import datetime
import html
import re

import factory
import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Page, Site, get_page_models

from events.models import EventHighlightPage, EventIndexPage, EventPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage, PartnerPage, ProjectPage
from publications.models import PublicationIndexPage, PublicationPage

from . import factories
from .conftest import LANGUAGES, PAGE_TYPES
from .site_tree import TREE_PAGE_OF_TYPE

pytestmark = pytest.mark.django_db

HTML_LANG = {"sq": "sq", "sr-latn": "sr-Latn", "en": "en"}

ALLOWED_PARENTS = {
    HomePage: {Page},
    StandardPage: {HomePage, StandardPage},
    NewsIndexPage: {HomePage},
    NewsPage: {NewsIndexPage},
    PartnerIndexPage: {HomePage},
    PartnerPage: {PartnerIndexPage},
    ProjectPage: {PartnerIndexPage},
    EventIndexPage: {HomePage},
    EventPage: {EventIndexPage},
    EventHighlightPage: {EventPage},
    PublicationIndexPage: {HomePage},
    PublicationPage: {PublicationIndexPage},
}


SECOND_HOST = "127.0.0.1"

PAGE_TYPE_IDS = {"ids": lambda model: model.__name__}


def page_factories():
    """{page model: its factory} for every concrete factory of tests/factories.py."""
    return {
        value._meta.model: value
        for value in vars(factories).values()
        if isinstance(value, type)
        and issubclass(value, factory.Factory)
        and not value._meta.abstract
        and isinstance(value._meta.model, type)
        and issubclass(value._meta.model, Page)
    }


def test_every_page_type_of_the_site_is_tested():
    assert set(PAGE_TYPES) == set(get_page_models()) - {Page}
    assert set(ALLOWED_PARENTS) == set(PAGE_TYPES)


@pytest.mark.parametrize("page_type", PAGE_TYPES, **PAGE_TYPE_IDS)
def test_page_type_has_a_factory(page_type):
    assert page_type in page_factories()


@pytest.mark.parametrize("page_type", PAGE_TYPES, **PAGE_TYPE_IDS)
def test_page_type_can_only_be_created_under_its_allowed_parents(page_type):
    assert set(page_type.allowed_parent_page_models()) == ALLOWED_PARENTS[page_type]
    for parent_type in PAGE_TYPES:
        allowed = parent_type in ALLOWED_PARENTS[page_type]
        assert (page_type in parent_type.allowed_subpage_models()) == allowed, parent_type


def test_a_second_home_page_cannot_be_created_by_hand(tree):
    assert not HomePage.can_create_at(Page.get_first_root_node())


@pytest.mark.parametrize("language", LANGUAGES)
def test_index_pages_can_only_be_added_once_per_home_page(tree, language):
    home = tree("home", language)
    for index_type in (NewsIndexPage, PartnerIndexPage, EventIndexPage, PublicationIndexPage):
        assert not index_type.can_create_at(home), index_type


# The create test puts each page type under a new page of one of its allowed parent types.
CREATED_UNDER = {
    HomePage: None,
    StandardPage: HomePage,
    NewsIndexPage: HomePage,
    NewsPage: NewsIndexPage,
    PartnerIndexPage: HomePage,
    PartnerPage: PartnerIndexPage,
    ProjectPage: PartnerIndexPage,
    EventIndexPage: HomePage,
    EventPage: EventIndexPage,
    EventHighlightPage: EventPage,
    PublicationIndexPage: HomePage,
    PublicationPage: PublicationIndexPage,
}


@pytest.fixture
def second_site(tree):
    """A home page of a second site (at 127.0.0.1), so that even index pages can be new.

    Wagtail caches the sites' root paths; the cache must forget this site when the test's
    transaction is rolled back.
    """
    home = factories.HomePageFactory(
        parent=Page.get_first_root_node(),
        title="Faqja e re",
        slug="faqja-e-re",
        hero_heading="Një faqe e re",
    )
    Site.objects.create(hostname=SECOND_HOST, port=80, root_page=home)
    yield home
    Site.clear_site_root_paths_cache()


def create_page(page_type, home, made, tree):
    """A new page of `page_type` made by its factory, with new ancestors up to `home`."""
    if page_type is HomePage:
        return home
    parent_type = CREATED_UNDER[page_type]
    assert parent_type in ALLOWED_PARENTS[page_type]
    if parent_type not in made:
        made[parent_type] = create_page(parent_type, home, made, tree)
    parent = made[parent_type]
    assert page_type.can_create_at(parent)
    extra = {"posted_by": tree("kec")} if page_type is EventHighlightPage else {}
    return page_factories()[page_type](parent=parent, title=f"E re: {page_type.__name__}", **extra)


@pytest.mark.parametrize("page_type", PAGE_TYPES, **PAGE_TYPE_IDS)
def test_a_factory_made_page_saves_and_renders(client, tree, second_site, page_type):
    page = create_page(page_type, second_site, {}, tree)

    saved = Page.objects.get(pk=page.pk).specific
    assert type(saved) is page_type
    assert saved.live and saved.locale.language_code == "sq"
    assert saved.path.startswith(second_site.path)
    assert saved.url.startswith(f"http://{SECOND_HOST}/sq/")
    response = client.get(saved.url, HTTP_HOST=SECOND_HOST)
    assert response.status_code == 200, saved.url
    heading = saved.hero_heading if page_type is HomePage else saved.title
    assert headings(response.content.decode()) == [heading]


def headings(page_html):
    """The texts of the page's <h1> elements."""
    return [
        html.unescape(re.sub(r"<[^>]+>", "", found))
        for found in re.findall(r"<h1[^>]*>(.*?)</h1>", page_html, re.S)
    ]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES, **PAGE_TYPE_IDS)
def test_every_page_type_renders_its_translated_content(client, tree, page_type, language):
    page = tree(TREE_PAGE_OF_TYPE[page_type], language)
    assert isinstance(page, page_type) and page.live

    response = client.get(page.url)

    assert response.status_code == 200, page.url
    page_html = html.unescape(response.content.decode())
    assert f'<html lang="{HTML_LANG[language]}">' in page_html
    heading = page.hero_heading if page_type is HomePage else page.title
    assert headings(page_html) == [heading]
    assert page.summary_text and page.summary_text in page_html
    if language != "sq":
        # The tree marks every translated string with its language.
        assert heading.endswith(f" ({language})") and page.summary_text.endswith(f"({language})")
    for other in LANGUAGES:
        if other not in ("sq", language):
            assert f"({other})" not in page_html, other


def test_a_new_event_with_a_highlight_shows_the_highlight(client, tree):
    kec = tree("kec")
    event = factories.EventPageFactory(parent=tree("event_index"), title="Punëtori për mësuesit")
    highlight = factories.EventHighlightPageFactory(
        parent=event, title="Mësuesit mësuan", posted_by=kec
    )

    event_html = client.get(event.url).content.decode()
    highlight_html = client.get(highlight.url).content.decode()

    assert f'<a href="{highlight.url}">Mësuesit mësuan</a>' in event_html
    assert f'<a href="{kec.url}">{kec.title}</a>' in highlight_html


def test_an_event_cannot_end_before_it_starts(tree):
    event = factories.EventPageFactory.build(title="Gabim")
    event.end = event.start - datetime.timedelta(days=365)
    with pytest.raises(ValidationError) as error:
        tree("event_index").add_child(instance=event)
    assert "end" in error.value.message_dict
    assert not EventPage.objects.filter(title="Gabim").exists()


def test_upcoming_and_past_events_are_split_by_their_end(tree):
    index = tree("event_index")
    upcoming = factories.EventPageFactory(parent=index, title="Do të vijë")
    ongoing = factories.EventPageFactory(
        parent=index,
        title="Po zhvillohet",
        start=timezone.now() - datetime.timedelta(hours=1),
        end=timezone.now() + datetime.timedelta(hours=1),
    )
    past = factories.EventPageFactory(parent=index, title="Ka kaluar", in_the_past=True)

    assert {upcoming, ongoing} <= set(EventPage.objects.upcoming())
    assert past not in EventPage.objects.upcoming()
    assert past in EventPage.objects.past()
    assert not {upcoming, ongoing} & set(EventPage.objects.past())


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_page_shows_each_highlight_with_its_first_photo_and_alt_text(client, tree, language):
    highlight = tree("highlight", language)
    photo = highlight.first_photo
    assert photo is not None

    event_html = client.get(tree("past_event", language).url).content.decode()

    assert f'<a href="{highlight.url}">{highlight.title}</a>' in event_html
    assert f'alt="{photo.alt_text}"' in event_html
    if language != "sq":
        assert photo.alt_text.endswith(f"({language})")
