"""Listings cost the same number of queries however many items they show.

Each test measures a page of the tree (or a page it adds to the tree) with few items, adds
several more items of every kind the page lists, and measures again: the counts must be equal,
else the page queries once per item.
"""

import datetime

import pytest
from django.core.cache import cache

from events.models import EventFunder, EventOrganiser, EventSupporter
from news.models import NewsPageCategory, NewsPageFunder, NewsPagePartner
from partners.models import PartnerKind, ProjectFunder, ProjectPartner, ProjectRole

from . import factories
from .utils import queries_for

CARD = 'class="card__title"'

pytestmark = pytest.mark.django_db


def small_image():
    """A picture of its own, small, so that its renditions are quick to make."""
    return factories.ImageFactory(file__width=640, file__height=360)


def small_logo():
    return factories.LogoFactory(file__width=160, file__height=160)


def add_articles(tree, count, prefix="Lajm shtesë", **fields):
    articles = []
    for number in range(count):
        article = factories.NewsPageFactory(
            parent=tree("news_index"),
            title=f"{prefix} {number}",
            listing_image=small_image(),
            listing_image_alt=f"Foto {number}",
            **fields,
        )
        NewsPageCategory.objects.create(page=article, category=tree("advocacy"))
        articles.append(article)
    return articles


def test_home_page_does_not_query_per_article_event_or_member(client, tree):
    home = tree("home")
    few = queries_for(client, home.url)  # two articles, one event, two members, a publication
    # Three more of each, with pictures and logos like the tree's.
    add_articles(tree, 3)
    for number in range(3):
        factories.EventPageFactory(
            parent=tree("event_index"),
            title=f"Ngjarje shtesë {number}",
            listing_image=small_image(),
        )
        factories.PartnerPageFactory(
            parent=tree("partner_index"), title=f"Anëtar shtesë {number}", logo=small_logo()
        )
    # Three events, three articles, five members and a publication (factories do not publish,
    # so nothing purged the member cards that the first request kept).
    cache.clear()
    assert client.get(home.url).content.decode().count(CARD) == 12

    assert queries_for(client, home.url) == few


def test_news_index_does_not_query_per_article(client, tree):
    url = tree("news_index").url
    few = queries_for(client, url)  # two articles, one with a picture
    for article in add_articles(tree, 6):
        NewsPagePartner.objects.create(page=article, partner=tree("kec"))
    assert client.get(url).content.decode().count(CARD) == 8

    assert queries_for(client, url) == few


def test_event_index_does_not_query_per_event_or_year(client, tree):
    index = tree("event_index")
    few = queries_for(client, index.url)  # one upcoming event, one past year
    for number in range(3):
        event = factories.EventPageFactory(
            parent=index, title=f"Ngjarje shtesë {number}", series=tree("series")
        )
        EventOrganiser.objects.create(page=event, partner=tree("kec"))
        factories.EventPageFactory(
            parent=index,
            title=f"Ngjarje e kaluar {number}",
            start=datetime.datetime(2020 + number, 3, 1, 10, tzinfo=datetime.UTC),
        )
    page_html = client.get(index.url).content.decode()
    # Four upcoming events and the latest past year's event; links to the three earlier years.
    assert page_html.count(CARD) == 5 and page_html.count("?year=") == 3

    assert queries_for(client, index.url) == few


def test_partner_index_does_not_query_per_partner_or_project(client, tree):
    index = tree("partner_index")
    few = queries_for(client, index.url)  # three partners, one logo, one project
    for number, kind in enumerate(PartnerKind.values):
        factories.PartnerPageFactory(
            parent=index, title=f"Partner shtesë {number}", kind=kind, logo=small_logo()
        )
        factories.ProjectPageFactory(parent=index, title=f"Projekt shtesë {number}")
    page_html = client.get(index.url).content.decode()
    assert page_html.count(CARD) == 7 and page_html.count("Projekt shtesë") == 4

    assert queries_for(client, index.url) == few


def test_event_page_does_not_query_per_organiser_supporter_funder_or_highlight(client, tree):
    event = factories.EventPageFactory(parent=tree("event_index"), title="Takim")
    EventOrganiser.objects.create(page=event, partner=tree("kec"))
    EventSupporter.objects.create(page=event, partner=tree("donor"))
    EventFunder.objects.create(page=event, partner=tree("donor"))
    factories.EventHighlightPageFactory(
        parent=event,
        title="Nga takimi",
        posted_by=tree("kec"),
        photos=[factories.EventHighlightPhotoFactory.build(image=small_image())],
    )
    few = queries_for(client, event.url)

    for partner in (tree("sbashk"), tree("donor")):
        EventOrganiser.objects.create(page=event, partner=partner)
    for partner in (tree("kec"), tree("sbashk")):
        EventSupporter.objects.create(page=event, partner=partner)
        EventFunder.objects.create(page=event, partner=partner, through=tree("donor"))
    for number in range(3):
        factories.EventHighlightPageFactory(
            parent=event,
            title=f"Nga takimi {number}",
            posted_by=tree("sbashk"),
            photos=[factories.EventHighlightPhotoFactory.build(image=small_image())],
        )
    page_html = client.get(event.url).content.decode()
    # Organiser, supporter, twice the funders' channel, and the footer's credits.
    assert page_html.count(f'href="{tree("donor").url}"') == 5
    assert page_html.count(CARD) == 4

    assert queries_for(client, event.url) == few


def test_partner_page_does_not_query_per_article_event_highlight_or_project(client, tree):
    partner = factories.PartnerPageFactory(
        parent=tree("partner_index"), title="Organizata e re", logo=small_logo()
    )

    def add_one_of_each(number):
        (article,) = add_articles(
            tree, 1, prefix=f"Lajm {number}", date=datetime.date(2020, 1, number + 1)
        )
        NewsPagePartner.objects.create(page=article, partner=partner)
        event = factories.EventPageFactory(parent=tree("event_index"), title=f"Ngjarje {number}")
        (EventOrganiser if number % 2 else EventSupporter).objects.create(
            page=event, partner=partner
        )
        factories.EventHighlightPageFactory(
            parent=event, title=f"Nga ngjarja {number}", posted_by=partner
        )
        project = factories.ProjectPageFactory(
            parent=tree("partner_index"), title=f"Projekt {number}"
        )
        (ProjectPartner if number % 2 else ProjectFunder).objects.create(
            page=project, partner=partner
        )

    add_one_of_each(0)
    few = queries_for(client, partner.url)
    for number in range(1, 5):
        add_one_of_each(number)
    page_html = client.get(partner.url).content.decode()
    assert page_html.count("Nga ngjarja ") == 5 and page_html.count("Projekt ") == 5

    assert queries_for(client, partner.url) == few


def test_project_page_does_not_query_per_funder_or_partner(client, tree):
    project = factories.ProjectPageFactory(parent=tree("partner_index"), title="Projekt")
    ProjectFunder.objects.create(page=project, partner=tree("donor"))
    ProjectPartner.objects.create(page=project, partner=tree("kec"))
    few = queries_for(client, project.url)

    for number in range(3):
        donor = factories.PartnerPageFactory(
            parent=tree("partner_index"), title=f"Donator {number}", kind=PartnerKind.DONOR
        )
        ProjectFunder.objects.create(page=project, partner=donor, through=tree("donor"))
    for partner, role in [
        (tree("sbashk"), ProjectRole.BENEFICIARY),
        (tree("donor"), ProjectRole.EXPERTISE),
    ]:
        ProjectPartner.objects.create(page=project, partner=partner, role=role)
    # Publishing the donors would forget the cached footer; made with factories, they are not.
    cache.clear()
    page_html = client.get(project.url).content.decode()
    # Each new donor is named among the project's funders and in the footer's credits.
    assert page_html.count("Donator ") == 6 and tree("sbashk").url in page_html

    assert queries_for(client, project.url) == few


def test_news_page_does_not_query_per_funder(client, tree):
    (article,) = add_articles(tree, 1, prefix="Lajm me financues")
    NewsPageFunder.objects.create(page=article, partner=tree("donor"))
    few = queries_for(client, article.url)

    for partner in (tree("kec"), tree("sbashk")):
        NewsPageFunder.objects.create(page=article, partner=partner, through=tree("donor"))
    page_html = client.get(article.url).content.decode()
    # Twice as the funders' channel (the EU alone is said by the statement), once in the footer.
    assert page_html.count(f'href="{tree("donor").url}"') == 3

    assert queries_for(client, article.url) == few
