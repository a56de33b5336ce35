"""News, event and partner listings: filters, pagination and odd addresses, in every language.

The tree has, in every language, two articles (`article`: 29 Nov 2024, categories advocacy and
events, about KEC; `older_article`: 22 Apr 2008, advocacy), two events (`upcoming_event` in ten
days, organised by KEC and supported by BE; `past_event`, 25-29 Nov 2024, organised by KEC and
SBASHK), both in the series "dropout-week", and a highlight of the past event posted by KEC.
"""

import datetime
import html
import re
import zoneinfo

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events.models import EventOrganiser
from news.models import NewsPagePartner
from partners.models import PartnerKind

from . import factories
from .conftest import LANGUAGES
from .utils import queries_for

pytestmark = pytest.mark.django_db

KOSOVO = zoneinfo.ZoneInfo("Europe/Belgrade")

# The interface's words, from the message catalogues.
NEWS_FORM = {
    "sq": ("Filtro lajmet", "Kategoria", "Partner", "Viti"),
    "sr-latn": ("Filtriraj vesti", "Kategorija", "Partner", "Godina"),
    "en": ("Filter the news", "Category", "Partner", "Year"),
}
NEWS_EMPTY_CHOICES = {
    "sq": ("Të gjitha kategoritë", "Të gjithë partnerët", "Të gjitha vitet"),
    "sr-latn": ("Sve kategorije", "Svi partneri", "Sve godine"),
    "en": ("All categories", "All partners", "All years"),
}
EVENT_FORM = {
    "sq": ("Filtro ngjarjet", "Seria", "Organizator"),
    "sr-latn": ("Filtriraj događaje", "Serija", "Organizator"),
    "en": ("Filter the events", "Series", "Organiser"),
}
EVENT_EMPTY_CHOICES = {
    "sq": ("Të gjitha seritë", "Të gjithë organizatorët"),
    "sr-latn": ("Sve serije", "Svi organizatori"),
    "en": ("All series", "All organisers"),
}
KIND_LABELS = {
    "sq": {
        PartnerKind.MEMBER: "Anëtar i rrjetit",
        PartnerKind.EXPERT: "Partner ekspert",
        PartnerKind.AUTHORITY: "Institucion publik",
        PartnerKind.DONOR: "Donator",
    },
    "sr-latn": {PartnerKind.MEMBER: "Član mreže", PartnerKind.DONOR: "Donator"},
    "en": {PartnerKind.MEMBER: "Member of the network", PartnerKind.DONOR: "Donor"},
}
# The partners index heads each group of partners with its kind in the plural.
GROUP_HEADINGS = {
    "sq": {
        PartnerKind.MEMBER: "Anëtarët e rrjetit",
        PartnerKind.EXPERT: "Partnerët ekspertë",
        PartnerKind.AUTHORITY: "Institucionet publike",
        PartnerKind.DONOR: "Donatorët",
    },
    "sr-latn": {PartnerKind.MEMBER: "Članovi mreže", PartnerKind.DONOR: "Donatori"},
    "en": {PartnerKind.MEMBER: "Members of the network", PartnerKind.DONOR: "Donors"},
}


def get_html(client, url, data=None):
    response = client.get(url, data or {})
    assert response.status_code == 200, (url, data)
    return response.content.decode()


def card_titles(page_html):
    return [
        html.unescape(title)
        for title in re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', page_html)
    ]


def links(page_html):
    return re.findall(r'<a href="(/[^"]*)"', page_html)


def section(page_html, heading_id):
    """The HTML of the <section> labelled by `heading_id`, or None if there is none."""
    found = re.search(
        rf'<section [^>]*aria-labelledby="{heading_id}">(.*?)</section>', page_html, re.S
    )
    return found.group(1) if found else None


def select(page_html, name):
    """(label, [(value, text, selected)]) of the filter form's <select name=`name`>."""
    label = re.search(rf'<label for="id_{name}">([^<]*)</label>', page_html).group(1)
    options = re.search(rf'<select name="{name}" id="id_{name}">(.*?)</select>', page_html, re.S)
    return html.unescape(label), [
        (value, html.unescape(text), bool(selected))
        for value, selected, text in re.findall(
            r'<option value="([^"]*)"( selected)?>([^<]*)</option>', options.group(1)
        )
    ]


def titles(tree, names, language):
    return [tree(name, language).title for name in names]


# News filters --------------------------------------------------------------------------------

# (query, tree articles expected in that order); partner values name tree partners.
NEWS_QUERIES = [
    ({}, ["article", "older_article"]),
    ({"category": "events"}, ["article"]),
    ({"category": "advocacy"}, ["article", "older_article"]),
    ({"year": "2008"}, ["older_article"]),
    ({"partner": "kec"}, ["article"]),
    ({"category": "advocacy", "year": "2024"}, ["article"]),
    ({"category": "advocacy", "year": "2008"}, ["older_article"]),
    ({"category": "advocacy", "partner": "kec", "year": "2024"}, ["article"]),
]


def with_partner_ids(tree, query, language):
    return {
        key: str(tree(value, language).pk) if key == "partner" else value
        for key, value in query.items()
    }


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("query", "expected"), NEWS_QUERIES, ids=str)
def test_news_filters_by_category_partner_and_year_alone_and_together(
    client, tree, language, query, expected
):
    news_index = tree("news_index", language)

    page_html = get_html(client, news_index.url, with_partner_ids(tree, query, language))

    assert card_titles(page_html) == titles(tree, expected, language)
    assert 'class="empty-state"' not in page_html


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_filter_form_offers_the_languages_own_choices(client, tree, language):
    query = {"category": "events", "partner": str(tree("kec", language).pk), "year": "2024"}

    page_html = get_html(client, tree("news_index", language).url, query)

    legend, category_label, partner_label, year_label = NEWS_FORM[language]
    all_categories, all_partners, all_years = NEWS_EMPTY_CHOICES[language]
    assert f"<legend>{legend}</legend>" in page_html
    assert select(page_html, "category") == (
        category_label,
        [
            ("", all_categories, False),
            ("advocacy", tree("advocacy", language).name, False),
            ("events", tree("events_category", language).name, True),
        ],
    )
    assert select(page_html, "partner") == (
        partner_label,
        [("", all_partners, False)]
        + [
            (str(tree(name, language).pk), tree(name, language).title, name == "kec")
            for name in ("donor", "kec", "sbashk")  # by title: Bashkimi, Qendra, Sindikata
        ],
    )
    assert select(page_html, "year") == (
        year_label,
        [("", all_years, False), ("2024", "2024", True), ("2008", "2008", False)],
    )
    if language != "sq":
        assert tree("advocacy", language).name.endswith(f"({language})")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "query",
    [
        {"category": "events", "year": "2008"},
        {"partner": "sbashk"},
        {"partner": "kec", "year": "2008"},
    ],
    ids=str,
)
def test_news_filter_with_no_match_shows_an_empty_state(client, tree, language, query):
    page_html = get_html(
        client, tree("news_index", language).url, with_partner_ids(tree, query, language)
    )

    assert card_titles(page_html) == []
    empty_state = re.search(r'<p class="empty-state">(.*?)</p>', page_html, re.S).group(1)
    assert '<a href="?">' in empty_state  # a way back to all the news


ALBANIAN_KEC = "Albanian KEC"  # a partner page of another language than the listing's


def odd_values(tree, query):
    return {
        key: str(tree("kec", "sq").pk) if value == ALBANIAN_KEC else value
        for key, value in query.items()
    }


@pytest.mark.parametrize(
    "query",
    [
        {"year": "x"},
        {"year": "1900"},
        {"year": "2020"},  # a year without news
        {"category": "unknown"},
        {"partner": "abc"},
        {"partner": "999999"},
        {"partner": ALBANIAN_KEC},
    ],
    ids=str,
)
def test_news_filter_values_that_name_nothing_are_not_found(client, tree, query):
    response = client.get(tree("news_index", "en").url, odd_values(tree, query))
    assert response.status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        {"series": "unknown"},
        {"organiser": "abc"},
        {"organiser": "999999"},
        {"organiser": ALBANIAN_KEC},
    ],
    ids=str,
)
def test_event_filter_values_that_name_nothing_are_not_found(client, tree, query):
    response = client.get(tree("event_index", "en").url, odd_values(tree, query))
    assert response.status_code == 404


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999", "1.5", ""])
def test_odd_page_numbers_show_a_normal_page(client, tree, page):
    page_html = get_html(client, tree("news_index").url, {"page": page})
    assert card_titles(page_html) == titles(tree, ["article", "older_article"], "sq")


def test_pagination_is_done_in_the_database_and_keeps_the_filters(client, tree):
    news_index = tree("news_index")
    for number in range(25):
        factories.NewsPageFactory(
            parent=news_index, title=f"Shtesë {number:02}", date=datetime.date(2025, 3, 1)
        )
    url = news_index.url

    with CaptureQueriesContext(connection) as queries:
        page_html = get_html(client, url, {"year": "2025", "page": "2"})

    # Newest first, then the most recently added: page 2 has the 15th to the 6th article.
    assert card_titles(page_html) == [f"Shtesë {number:02}" for number in range(14, 4, -1)]
    assert 'href="?year=2025&amp;page=1"' in page_html
    assert 'href="?year=2025&amp;page=3"' in page_html
    assert '<span aria-current="page">2</span>' in page_html
    assert any(
        '"news_newspage"' in query["sql"] and "LIMIT 10 OFFSET 10" in query["sql"]
        for query in queries.captured_queries
    )
    assert card_titles(get_html(client, url, {"year": "2025", "page": "3"})) == [
        f"Shtesë {number:02}" for number in range(4, -1, -1)
    ]

    third_page = queries_for(client, f"{url}?year=2025&page=3")
    for number in range(25, 45):
        factories.NewsPageFactory(
            parent=news_index, title=f"Shtesë {number:02}", date=datetime.date(2025, 3, 1)
        )
    assert queries_for(client, f"{url}?year=2025&page=3") == third_page


def test_the_last_page_of_the_news_costs_what_the_first_costs(client, tree):
    news_index = tree("news_index")
    for number in range(33):
        factories.NewsPageFactory(
            parent=news_index,
            title=f"Shtesë {number:02}",
            date=datetime.date(2025, 3, 1),
            listing_image=tree("photo"),
        )
    url = news_index.url
    first = queries_for(client, url)

    with CaptureQueriesContext(connection) as queries:
        last_html = get_html(client, url, {"page": "4"})

    # 35 articles: the last page has the five oldest.
    assert card_titles(last_html) == ["Shtesë 02", "Shtesë 01", "Shtesë 00"] + titles(
        tree, ["article", "older_article"], "sq"
    )
    assert len(queries) == first
    # Article rows are only ever read a page at a time; the year choices and the count read none.
    reads_articles = [
        query["sql"]
        for query in queries
        if '"news_newspage"' in query["sql"] and '"wagtailcore_page"."title"' in query["sql"]
    ]
    assert reads_articles and all(
        re.search(r"LIMIT \d+ OFFSET 30\b", sql) for sql in reads_articles
    )


# Events --------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_index_lists_upcoming_events_then_past_events_by_year(client, tree, language):
    page_html = get_html(client, tree("event_index", language).url)

    upcoming = section(page_html, "upcoming-heading")
    past = section(page_html, "past-heading")
    assert card_titles(upcoming) == [tree("upcoming_event", language).title]
    assert card_titles(past) == [tree("past_event", language).title]
    assert re.findall(r'<h3 id="past-(\d+)">', past) == ["2024"]
    assert re.findall(r'<li><a href="[^"]+" aria-current="true">(\d+)</a></li>', past) == ["2024"]


def test_events_are_soonest_first_and_past_years_newest_first_in_kosovo_time(client, tree):
    index = tree("event_index")
    now = timezone.now()
    factories.EventPageFactory(
        parent=index,
        title="Po zhvillohet",
        start=now - datetime.timedelta(hours=1),
        end=now + datetime.timedelta(hours=1),
    )
    factories.EventPageFactory(
        parent=index, title="Pas tri javësh", start=now + datetime.timedelta(days=21)
    )
    for year in (2022, 2023):
        factories.EventPageFactory(
            parent=index,
            title=f"Takimi {year}",
            start=datetime.datetime(year, 6, 1, 10, tzinfo=KOSOVO),
        )
    # Still 2024 in UTC, already 2025 in Kosovo.
    new_year = datetime.datetime(2025, 1, 1, 0, 30, tzinfo=KOSOVO)
    factories.EventPageFactory(
        parent=index,
        title="Viti i Ri",
        start=new_year,
        end=new_year + datetime.timedelta(hours=1),
    )

    page_html = get_html(client, index.url)

    assert card_titles(section(page_html, "upcoming-heading")) == [
        "Po zhvillohet",
        tree("upcoming_event").title,
        "Pas tri javësh",
    ]
    # The index shows the latest past year and links to every past year.
    year_links = re.findall(
        r'<li><a href="([^"]+)"[^>]*>(\d+)</a></li>', section(page_html, "past-heading")
    )
    assert [
        (year, card_titles(section(get_html(client, html.unescape(url)), "past-heading")))
        for url, year in year_links
    ] == [
        ("2025", ["Viti i Ri"]),
        ("2024", [tree("past_event").title]),
        ("2023", ["Takimi 2023"]),
        ("2022", ["Takimi 2022"]),
    ]


# (query, tree events expected); series and organiser values name tree objects.
EVENT_QUERIES = [
    ({"series": "series"}, ["upcoming_event", "past_event"]),
    ({"organiser": "kec"}, ["upcoming_event", "past_event"]),
    ({"organiser": "sbashk"}, ["past_event"]),
    ({"organiser": "donor"}, []),  # BE supports an event but organises none
    ({"series": "series", "organiser": "sbashk"}, ["past_event"]),
]


def event_query(tree, query, language):
    return {
        key: tree(value, language).slug if key == "series" else str(tree(value, language).pk)
        for key, value in query.items()
    }


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("query", "expected"), EVENT_QUERIES, ids=str)
def test_events_filter_by_series_and_organiser(client, tree, language, query, expected):
    page_html = get_html(
        client, tree("event_index", language).url, event_query(tree, query, language)
    )

    assert card_titles(page_html) == titles(tree, expected, language)
    if "upcoming_event" not in expected:
        upcoming = section(page_html, "upcoming-heading")
        assert '<p class="empty-state">' in upcoming and '<a href="?">' in upcoming


def test_series_and_organiser_filters_leave_out_other_events(client, tree):
    index = tree("event_index")
    other = factories.EventPageFactory(parent=index, title="Takim pa seri")
    EventOrganiser.objects.create(page=other, partner=tree("sbashk"))
    upcoming, past = tree("upcoming_event").title, tree("past_event").title

    def shown(**query):
        return card_titles(get_html(client, index.url, query))

    # The new event starts in a week, before the tree's upcoming event.
    assert shown() == ["Takim pa seri", upcoming, past]
    assert shown(series="dropout-week") == [upcoming, past]
    assert shown(organiser=tree("sbashk").pk) == ["Takim pa seri", past]
    assert shown(series="dropout-week", organiser=tree("sbashk").pk) == [past]


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_filter_form_offers_the_languages_own_choices(client, tree, language):
    sbashk = tree("sbashk", language)
    page_html = get_html(client, tree("event_index", language).url, {"organiser": sbashk.pk})

    legend, series_label, organiser_label = EVENT_FORM[language]
    all_series, all_organisers = EVENT_EMPTY_CHOICES[language]
    assert f"<legend>{legend}</legend>" in page_html
    assert select(page_html, "series") == (
        series_label,
        [("", all_series, True), ("dropout-week", tree("series", language).name, False)],
    )
    assert select(page_html, "organiser") == (
        organiser_label,
        [("", all_organisers, False)]
        + [
            (str(tree(name, language).pk), tree(name, language).title, name == "sbashk")
            for name in ("donor", "kec", "sbashk")
        ],
    )


# Any address -------------------------------------------------------------------------------

LISTING_PARAMETERS = ["page", "year", "category", "partner", "series", "organiser"]
PLAUSIBLE_VALUES = ["1", "2", "2024", "2008", "advocacy", "events", "dropout-week", "-1", "0"]


@pytest.mark.parametrize("listing", ["news_index", "event_index", "partner_index"])
def test_no_query_string_makes_a_listing_fail(tree, listing):
    url = tree(listing, "sr-latn").url
    kec = str(tree("kec", "sr-latn").pk)
    client = Client(raise_request_exception=False)

    @settings(
        max_examples=15,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(
        st.dictionaries(
            st.sampled_from(LISTING_PARAMETERS),
            st.one_of(st.text(max_size=40), st.sampled_from([*PLAUSIBLE_VALUES, kec])),
            max_size=4,
        )
    )
    def check(params):
        response = client.get(url, params)
        assert response.status_code in (200, 404), params

    check()


# Partners ----------------------------------------------------------------------------------

PARTNER_LISTS = {
    "kec": {
        "partner-projects": ["project"],
        "partner-events": ["upcoming_event", "past_event"],
        "partner-highlights": ["highlight"],
        "partner-news": ["article"],
    },
    "sbashk": {
        "partner-projects": ["project"],
        "partner-events": ["past_event"],
        "partner-highlights": [],
        "partner-news": [],
    },
    "donor": {
        "partner-projects": ["project"],
        "partner-events": ["upcoming_event"],
        "partner-highlights": [],
        "partner-news": [],
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("partner", list(PARTNER_LISTS))
def test_partner_page_lists_its_news_events_highlights_and_projects(
    client, tree, language, partner
):
    page_html = get_html(client, tree(partner, language).url)

    for heading_id, names in PARTNER_LISTS[partner].items():
        listed = section(page_html, heading_id)
        if names:
            assert links(listed) == [tree(name, language).url for name in names], heading_id
        else:
            assert listed is None, heading_id


def test_partner_page_lists_only_the_five_latest_of_each(client, tree):
    partner = factories.PartnerPageFactory(parent=tree("partner_index"), title="Organizata e re")
    news, events, highlights = [], [], []
    for number in range(6):
        article = factories.NewsPageFactory(
            parent=tree("news_index"),
            title=f"Lajm {number}",
            date=datetime.date(2020 + number, 1, 1),
        )
        NewsPagePartner.objects.create(page=article, partner=partner)
        event = factories.EventPageFactory(
            parent=tree("event_index"),
            title=f"Ngjarje {number}",
            start=datetime.datetime(2020 + number, 5, 1, 10, tzinfo=KOSOVO),
        )
        EventOrganiser.objects.create(page=event, partner=partner)
        highlight = factories.EventHighlightPageFactory(
            parent=event,
            title=f"Nga ngjarja {number}",
            date=datetime.date(2020 + number, 5, 1),
            posted_by=partner,
        )
        news.append(article)
        events.append(event)
        highlights.append(highlight)

    page_html = get_html(client, partner.url)

    for heading_id, pages in [
        ("partner-news", news),
        ("partner-events", events),
        ("partner-highlights", highlights),
    ]:
        newest_five = [page.url for page in reversed(pages)][:5]
        assert links(section(page_html, heading_id)) == newest_five, heading_id


@pytest.mark.parametrize("language", LANGUAGES)
def test_partner_index_groups_partners_by_kind(client, tree, language):
    page_html = get_html(client, tree("partner_index", language).url)

    headings = re.findall(r'<h2 id="kind-(\d+)">([^<]+)</h2>', page_html)
    assert headings == [
        ("1", GROUP_HEADINGS[language][PartnerKind.MEMBER]),
        ("2", GROUP_HEADINGS[language][PartnerKind.DONOR]),
    ]
    assert card_titles(section(page_html, "kind-1")) == titles(tree, ["kec", "sbashk"], language)
    assert card_titles(section(page_html, "kind-2")) == titles(tree, ["donor"], language)
    # A card names its one partner's kind in the singular.
    assert f"</abbr> · {KIND_LABELS[language][PartnerKind.DONOR]}</p>" in section(
        page_html, "kind-2"
    )
    assert links(section(page_html, "projects-heading")) == [tree("project", language).url]


def test_partner_index_shows_the_kinds_in_their_order_and_partners_by_name(client, tree):
    index = tree("partner_index")
    for title, kind in [
        ("Ministria e Arsimit", PartnerKind.AUTHORITY),
        ("Instituti i Ekspertëve", PartnerKind.EXPERT),
        ("Arsimi për të gjithë", PartnerKind.MEMBER),
    ]:
        factories.PartnerPageFactory(parent=index, title=title, kind=kind)

    page_html = get_html(client, index.url)

    headings = GROUP_HEADINGS["sq"]
    assert re.findall(r'<h2 id="kind-\d+">([^<]+)</h2>', page_html) == [
        headings[PartnerKind.MEMBER],
        headings[PartnerKind.EXPERT],
        headings[PartnerKind.AUTHORITY],
        headings[PartnerKind.DONOR],
    ]
    assert [card_titles(section(page_html, f"kind-{number}")) for number in (1, 2, 3, 4)] == [
        ["Arsimi për të gjithë", tree("kec").title, tree("sbashk").title],
        ["Instituti i Ekspertëve"],
        ["Ministria e Arsimit"],
        [tree("donor").title],
    ]
