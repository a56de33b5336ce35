"""Listings cost the same number of queries however many items they show."""

import pytest
from wagtail_factories import ImageFactory

from events.models import EventIndexPage
from news.models import NewsIndexPage
from partners.models import PartnerIndexPage, PartnerPage

from . import factories
from .utils import queries_for

pytestmark = pytest.mark.django_db


def test_news_index_and_home_do_not_query_per_article(client, home_pages):
    home = home_pages["en"]
    index = NewsIndexPage.objects.child_of(home).get()
    before = {url: queries_for(client, url) for url in (home.url, index.url)}
    for number in range(6):
        factories.NewsPageFactory(
            parent=index, title=f"Extra article {number}", listing_image=ImageFactory()
        )
    after = {url: queries_for(client, url) for url in (home.url, index.url)}
    assert after == before


def test_event_index_does_not_query_per_event(client, home_pages):
    index = EventIndexPage.objects.child_of(home_pages["en"]).get()
    before = queries_for(client, index.url)
    for number in range(4):
        factories.EventPageFactory(parent=index, title=f"Extra upcoming {number}")
        factories.EventPageFactory(parent=index, title=f"Extra past {number}", in_the_past=True)
    assert queries_for(client, index.url) == before


def test_partner_index_does_not_query_per_partner(client, home_pages):
    index = PartnerIndexPage.objects.child_of(home_pages["en"]).get()
    before = queries_for(client, index.url)
    for number in range(4):
        factories.PartnerPageFactory(parent=index, title=f"Extra partner {number}")
    assert queries_for(client, index.url) == before


def test_event_page_does_not_query_per_organiser(client, home_pages):
    index = EventIndexPage.objects.child_of(home_pages["en"]).get()
    partners = list(PartnerPage.objects.filter(locale__language_code="en"))
    event = factories.EventPageFactory(parent=index, title="Few organisers")
    event.organisers.create(partner=partners[0])
    few = queries_for(client, event.url)
    for partner in partners[1:]:
        event.organisers.create(partner=partner)
        event.supporters.create(partner=partner)
    assert queries_for(client, event.url) == few
