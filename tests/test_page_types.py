"""Each page type: where it may be created, creating it, and rendering it in every language."""

import pytest
from wagtail.models import Page, get_page_models

from events.models import EventHighlightPage, EventIndexPage, EventPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage, PartnerPage, ProjectPage

from . import factories
from .conftest import LANGUAGES, PAGE_TYPES

pytestmark = pytest.mark.django_db


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
}


def test_every_page_type_of_the_site_is_tested():
    assert set(PAGE_TYPES) == set(get_page_models()) - {Page}
    assert set(ALLOWED_PARENTS) == set(PAGE_TYPES)
    factory_models = {
        factory._meta.model for factory in vars(factories).values() if hasattr(factory, "_meta")
    }
    assert set(PAGE_TYPES) <= factory_models


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda model: model.__name__)
def test_page_type_can_only_be_created_under_its_allowed_parents(page_type):
    assert set(page_type.allowed_parent_page_models()) == ALLOWED_PARENTS[page_type]
    for parent_type in PAGE_TYPES:
        allowed = parent_type in ALLOWED_PARENTS[page_type]
        assert (page_type in parent_type.allowed_subpage_models()) == allowed, parent_type


def test_a_second_home_page_cannot_be_created_by_hand(home_pages):
    assert not HomePage.can_create_at(Page.get_first_root_node())


@pytest.mark.parametrize("language", LANGUAGES)
def test_index_pages_can_only_be_added_once_per_home_page(home_pages, language):
    home = home_pages[language]
    for index_type in (NewsIndexPage, PartnerIndexPage, EventIndexPage):
        assert not index_type.can_create_at(home)


def demo_pages(page_type, language):
    return page_type.objects.live().filter(locale__language_code=language)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_renders_its_translated_content(client, page_type, language):
    for page in demo_pages(page_type, language):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        title = page.hero_heading if page_type is HomePage else page.title
        assert title in html.replace("&#x27;", "'").replace("&quot;", '"')
        others = page.get_translations().exclude(title=page.title)
        for other in others:
            assert f"<h1>{other.title}</h1>" not in html


@pytest.fixture
def albanian(home_pages):
    return home_pages["sq"]


def test_factories_build_a_full_tree_that_renders(client, albanian):
    standard = factories.StandardPageFactory(parent=albanian, title="Politika e privatësisë")
    news_index = NewsIndexPage.objects.child_of(albanian).get()
    article = factories.NewsPageFactory(parent=news_index, title="Një lajm i ri")
    partner_index = PartnerIndexPage.objects.child_of(albanian).get()
    partner = factories.PartnerPageFactory(parent=partner_index, title="Organizata e re")
    project = factories.ProjectPageFactory(parent=partner_index, title="Projekti i ri")
    event_index = EventIndexPage.objects.child_of(albanian).get()
    event = factories.EventPageFactory(parent=event_index, title="Takim i ri")
    highlight = factories.EventHighlightPageFactory(
        parent=event, title="Çfarë ndodhi", posted_by=partner
    )
    for page in (standard, article, partner, project, event, highlight):
        assert page.locale.language_code == "sq"
        response = client.get(page.url)
        assert response.status_code == 200
        assert page.title in response.content.decode()


def test_a_new_event_with_a_highlight_shows_the_highlight(client, albanian):
    event_index = EventIndexPage.objects.child_of(albanian).get()
    partner = PartnerPage.objects.filter(locale=albanian.locale).first()
    event = factories.EventPageFactory(parent=event_index, title="Punëtori për mësuesit")
    factories.EventHighlightPageFactory(parent=event, title="Mësuesit mësuan", posted_by=partner)
    html = client.get(event.url).content.decode()
    assert "Mësuesit mësuan" in html
    assert partner.title in client.get(event.get_children().first().url).content.decode()


def test_an_event_cannot_end_before_it_starts(albanian):
    from django.core.exceptions import ValidationError

    event_index = EventIndexPage.objects.child_of(albanian).get()
    event = factories.EventPageFactory.build(title="Gabim")
    event.end = event.start.replace(year=event.start.year - 1)
    with pytest.raises(ValidationError) as error:
        event_index.add_child(instance=event)
    assert "end" in error.value.message_dict


def test_upcoming_and_past_events_are_split_by_their_end(albanian):
    event_index = EventIndexPage.objects.child_of(albanian).get()
    upcoming = factories.EventPageFactory(parent=event_index, title="Do të vijë")
    past = factories.EventPageFactory(parent=event_index, title="Ka kaluar", in_the_past=True)
    assert upcoming in EventPage.objects.upcoming()
    assert past in EventPage.objects.past()
    assert past not in EventPage.objects.upcoming()


def test_event_page_shows_each_highlight_with_its_first_photo_and_alt_text(client):
    for highlight in EventHighlightPage.objects.live().filter(locale__language_code="en"):
        html = client.get(highlight.get_parent().url).content.decode()
        photo = highlight.first_photo
        assert highlight.title in html
        assert f'alt="{photo.alt_text}"' in html
