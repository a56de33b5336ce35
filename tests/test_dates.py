"""Dates and times in each language's own style, worded in one place (core.dates).

Albanian "27 nëntor 2024, 10:00", Serbian "27. novembra 2024, 10:00" (the month in the genitive
after a day), British English "27 November 2024, 10:00"; on pages, cards and calendar badges. The tree has, in every language, an article of 29 Nov 2024, an all-day event
from 25 to 29 Nov 2024 with a highlight of 27 Nov 2024, and a project from 6 Feb 2007 to
6 Aug 2008.
"""

import datetime
import html
import re

import pytest
from django.template import Context, Template
from django.utils import translation
from wagtail.models import Locale

from core import dates
from core.translation import translate_object

from . import factories
from .conftest import LANGUAGES
from .site_tree import KOSOVO, translated_string

pytestmark = pytest.mark.django_db

MONTHS_AFTER_A_DAY = {
    "sq": "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",
    "sr-latn": (
        "januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra"
    ),
    "en": "January February March April May June July August September October November December",
}
MONTH_ABBREVIATIONS = {
    "sq": "jan shk mar pri maj qer korr gush sht tet nën dhj",
    "sr-latn": "jan feb mar apr maj jun jul avg sep okt nov dec",
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
}
TIME_NOTE = {
    "sq": "Oraret janë sipas orës së Kosovës.",
    "sr-latn": "Navedeno je lokalno vreme na Kosovu.",
    "en": "Times are local time in Kosovo.",
}
BADGE = re.compile(
    r'<span class="date-badge__day">(\w+)</span>\s*'
    r'<span class="date-badge__month">(\w+)</span>\s*'
    r'<span class="date-badge__year">(\w+)</span>'
)


def kosovo_time(*args):
    return datetime.datetime(*args, tzinfo=KOSOVO)


def in_language(language, function, *args):
    with translation.override(language):
        return function(*args)


def by_language(sq, sr_latn, en):
    return [("sq", sq), ("sr-latn", sr_latn), ("en", en)]


# The forms, worded by core.dates ----------------------------------------------------------


def format_date(value):
    return dates.as_text(dates.date_parts(value))


def format_date_range(first, last=None):
    return dates.as_text(dates.date_range_parts(first, last))


def format_period(start, end, all_day=False):
    return dates.as_text(dates.period_parts(start, end, all_day))


@pytest.mark.parametrize(
    ("language", "expected"), by_language("27 nëntor 2024", "27. novembra 2024", "27 November 2024")
)
def test_a_day(language, expected):
    assert in_language(language, format_date, datetime.date(2024, 11, 27)) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    by_language(
        "27 nëntor 2024, 10:00–13:00",
        "27. novembra 2024, 10:00–13:00",
        "27 November 2024, 10:00–13:00",
    ),
)
def test_hours_of_one_day(language, expected):
    start, end = kosovo_time(2024, 11, 27, 10), kosovo_time(2024, 11, 27, 13)
    assert in_language(language, format_period, start, end) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    by_language(
        "25 nëntor 2024, 10:00 – 29 nëntor 2024, 13:00",
        "25. novembra 2024, 10:00 – 29. novembra 2024, 13:00",
        "25 November 2024, 10:00 – 29 November 2024, 13:00",
    ),
)
def test_hours_over_several_days(language, expected):
    start, end = kosovo_time(2024, 11, 25, 10), kosovo_time(2024, 11, 29, 13)
    assert in_language(language, format_period, start, end) == expected


@pytest.mark.parametrize(
    ("language", "expected"), by_language("27 nëntor 2024", "27. novembra 2024", "27 November 2024")
)
def test_an_all_day_event_of_one_day_shows_its_day_only(language, expected):
    start, end = kosovo_time(2024, 11, 27), kosovo_time(2024, 11, 27, 23, 59)
    assert in_language(language, format_period, start, end, True) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    by_language("25–29 nëntor 2024", "25–29. novembra 2024", "25–29 November 2024"),
)
def test_days_of_one_month(language, expected):
    start, end = kosovo_time(2024, 11, 25), kosovo_time(2024, 11, 29, 23, 59)
    assert in_language(language, format_period, start, end, True) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    by_language(
        "25 nëntor – 1 dhjetor 2024",
        "25. novembra – 1. decembra 2024",
        "25 November – 1 December 2024",
    ),
)
def test_days_of_two_months(language, expected):
    first, last = datetime.date(2024, 11, 25), datetime.date(2024, 12, 1)
    assert in_language(language, format_date_range, first, last) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    by_language(
        "30 dhjetor 2024 – 2 janar 2025",
        "30. decembra 2024 – 2. januara 2025",
        "30 December 2024 – 2 January 2025",
    ),
)
def test_days_of_two_years(language, expected):
    first, last = datetime.date(2024, 12, 30), datetime.date(2025, 1, 2)
    assert in_language(language, format_date_range, first, last) == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_range_without_an_end_or_ending_on_its_first_day_is_one_day(language):
    day = datetime.date(2024, 11, 27)
    one_day = in_language(language, format_date, day)
    assert in_language(language, format_date_range, day, None) == one_day
    assert in_language(language, format_date_range, day, day) == one_day


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_event_that_ends_as_it_starts_shows_its_start(language):
    moment = kosovo_time(2024, 11, 27, 10)
    worded = in_language(language, format_period, moment, moment)
    assert worded == in_language(language, format_date, moment) + ", 10:00"


@pytest.mark.parametrize(("language", "months"), MONTHS_AFTER_A_DAY.items())
def test_every_month_after_a_day(language, months):
    worded = [
        in_language(language, format_date, datetime.date(2024, month, 2)) for month in range(1, 13)
    ]
    assert [day.split()[1] for day in worded] == months.split()


@pytest.mark.parametrize(("language", "months"), MONTH_ABBREVIATIONS.items())
def test_every_month_on_a_badge(language, months):
    badges = [
        in_language(language, dates.date_badge, datetime.date(2024, month, 2))
        for month in range(1, 13)
    ]
    assert [badge.month for badge in badges] == months.split()
    assert {(badge.day, badge.year) for badge in badges} == {("2", "2024")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_times_are_kosovo_times_in_winter_and_summer(language):
    winter = datetime.datetime(2024, 11, 27, 9, tzinfo=datetime.UTC)
    summer = datetime.datetime(2024, 7, 3, 8, tzinfo=datetime.UTC)
    for moment in (winter, summer):
        end = moment + datetime.timedelta(hours=3)
        assert in_language(language, format_period, moment, end).endswith(", 10:00–13:00")


def test_the_day_of_a_moment_is_its_day_in_kosovo():
    # 23:30 in London on New Year's Eve is already the new year in Kosovo.
    moment = datetime.datetime(2024, 12, 31, 23, 30, tzinfo=datetime.UTC)
    assert in_language("en", format_date, moment) == "1 January 2025"
    assert in_language("en", dates.date_badge, moment) == ("1", "Jan", "2025")


def test_years_of_a_project():
    assert dates.year_range(datetime.date(2007, 2, 6), datetime.date(2008, 8, 6)) == "2007–2008"
    assert dates.year_range(datetime.date(2024, 2, 6), datetime.date(2024, 8, 6)) == "2024"
    assert dates.year_range(datetime.date(2024, 2, 6)) == "2024"


def render(source, **context):
    return Template("{% load date_tags %}" + source).render(Context(context))


def test_template_tags_put_each_date_and_time_in_a_time_element():
    start, end = kosovo_time(2024, 11, 27, 10), kosovo_time(2024, 11, 27, 13)
    with translation.override("sr-latn"):
        period = render("{% formatted_period start end %}", start=start, end=end)
        days = render(
            "{% formatted_date_range first last %}",
            first=datetime.date(2024, 11, 25),
            last=datetime.date(2024, 12, 1),
        )
    assert period == (
        '<time datetime="2024-11-27T10:00:00+01:00">27. novembra 2024, 10:00</time>'
        '–<time datetime="2024-11-27T13:00:00+01:00">13:00</time>'
    )
    assert days == (
        '<time datetime="2024-11-25">25. novembra</time>'
        ' – <time datetime="2024-12-01">1. decembra 2024</time>'
    )


# On pages, cards and badges ------------------------------------------------------------------


def page_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def page_text(client, page):
    """The page as a reader sees it, without its tags."""
    return html.unescape(re.sub("<[^>]+>", "", page_html(client, page)))


def published_in_every_language(page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for language in LANGUAGES[1:]:
            translate_object(
                page, Locale.objects.get(language_code=language), translated_string(language)
            )
    return {
        language: page.get_translation(Locale.objects.get(language_code=language)).specific
        for language in LANGUAGES
    }


@pytest.fixture
def timed_event(tree, django_capture_on_commit_callbacks):
    """A past event of one morning, 27 November 2024 from 10:00 to 13:00, in every language."""
    event = factories.EventPageFactory(
        parent=tree("event_index"),
        title="Takim i mëngjesit",
        start=kosovo_time(2024, 11, 27, 10),
        end=kosovo_time(2024, 11, 27, 13),
    )
    return published_in_every_language(event, django_capture_on_commit_callbacks)


@pytest.mark.parametrize(
    ("language", "expected"), by_language("29 nëntor 2024", "29. novembra 2024", "29 November 2024")
)
def test_an_article_and_its_card_show_its_date(client, tree, language, expected):
    time = f'<time datetime="2024-11-29">{expected}</time>'
    assert time in page_html(client, tree("article", language))
    assert time in page_html(client, tree("news_index", language))


@pytest.mark.parametrize(
    ("language", "expected"), by_language("27 nëntor 2024", "27. novembra 2024", "27 November 2024")
)
def test_a_highlight_and_its_card_on_the_event_show_its_date(client, tree, language, expected):
    time = f'<time datetime="2024-11-27">{expected}</time>'
    assert time in page_html(client, tree("highlight", language))
    assert time in page_html(client, tree("past_event", language))


@pytest.mark.parametrize(
    ("language", "expected"),
    by_language(
        '6 shkurt 2007</time> – <time datetime="2008-08-06">6 gusht 2008',
        '6. februara 2007</time> – <time datetime="2008-08-06">6. avgusta 2008',
        '6 February 2007</time> – <time datetime="2008-08-06">6 August 2008',
    ),
)
def test_a_project_shows_its_dates_and_the_partner_index_its_years(
    client, tree, language, expected
):
    assert f'<time datetime="2007-02-06">{expected}</time>' in page_html(
        client, tree("project", language)
    )
    assert "(2007–2008)" in page_html(client, tree("partner_index", language))


@pytest.mark.parametrize(
    ("language", "expected"),
    by_language("25–29 nëntor 2024", "25–29. novembra 2024", "25–29 November 2024"),
)
def test_an_all_day_event_and_its_card_show_its_days(client, tree, language, expected):
    for page in (tree("past_event", language), tree("event_index", language)):
        assert expected in page_text(client, page)


@pytest.mark.parametrize(
    ("language", "expected"),
    by_language(
        "27 nëntor 2024, 10:00–13:00",
        "27. novembra 2024, 10:00–13:00",
        "27 November 2024, 10:00–13:00",
    ),
)
def test_a_timed_event_and_its_card_show_its_hours(client, timed_event, language, expected):
    event = timed_event[language]
    for page in (event, event.get_parent()):
        text = page_text(client, page)
        assert expected in text
        assert "a.m." not in text and "p.m." not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_cards_show_a_badge_in_the_page_language(client, timed_event, language):
    badges = BADGE.findall(page_html(client, timed_event[language].get_parent()))
    month = MONTH_ABBREVIATIONS[language].split()[10]
    # The morning event of 27 November and the tree's week from 25 November.
    assert ("27", month, "2024") in badges
    assert ("25", month, "2024") in badges


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_timed_event_says_its_times_are_kosovo_time(client, timed_event, language):
    text = page_html(client, timed_event[language])
    assert TIME_NOTE[language] in text
    assert "Belgrade" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_all_day_event_has_no_note_on_times(client, tree, language):
    assert TIME_NOTE[language] not in page_html(client, tree("past_event", language))
