"""Events can be added to a calendar one by one, or followed through a feed, in every language."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from events.calendar import CALENDAR_NAME
from events.models import EventIndexPage, EventPage

from . import factories

pytestmark = pytest.mark.django_db

LANGUAGES = ["sq", "sr-latn", "en"]
KOSOVO = ZoneInfo("Europe/Belgrade")
CLOSING_EVENT = "ngjarja-permbyllese-e-javes-2024"
WEEK_2024 = "java-per-parandalimin-e-braktisjes-2024"


def demo_event(albanian_slug, language):
    """A demo event in one language, found through its Albanian source page."""
    source = EventPage.objects.get(locale__language_code="sq", slug=albanian_slug)
    return EventPage.objects.get(
        locale__language_code=language, translation_key=source.translation_key
    )


def event_ics_url(page, language):
    with translation.override(language):
        return reverse("event_ics", kwargs={"page_id": page.pk})


def feed_url(language):
    with translation.override(language):
        return reverse("calendar_feed")


def fetch_calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def only_event(calendar):
    (event,) = calendar.walk("VEVENT")
    return event


def event_index(language):
    return EventIndexPage.objects.get(locale__language_code=language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_download_is_a_calendar_file_named_after_the_page(client, language):
    page = demo_event(CLOSING_EVENT, language)
    response = client.get(event_ics_url(page, language))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{page.slug}.ics"'
    calendar = Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    with translation.override(language):
        assert calendar["X-WR-CALNAME"] == str(CALENDAR_NAME)


@pytest.mark.parametrize("language", LANGUAGES)
def test_closing_event_starts_at_ten_in_kosovo_time(client, language):
    page = demo_event(CLOSING_EVENT, language)
    calendar = fetch_calendar(client, event_ics_url(page, language))
    event = only_event(calendar)

    assert event["DTSTART"].params["TZID"] == "Europe/Belgrade"
    assert event["DTSTART"].dt == datetime.datetime(2024, 11, 27, 10, 0, tzinfo=KOSOVO)
    assert event["DTEND"].dt == datetime.datetime(2024, 11, 27, 13, 0, tzinfo=KOSOVO)
    assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == ["Europe/Belgrade"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_is_described_in_the_readers_language(client, language):
    page = demo_event(CLOSING_EVENT, language)
    event = only_event(fetch_calendar(client, event_ics_url(page, language)))

    assert event["SUMMARY"] == page.title
    assert event["DESCRIPTION"] == page.intro
    assert event["LOCATION"] == f"{page.venue}, {page.city}"
    assert event["URL"] == f"http://testserver{page.url}"
    assert event["URL"].startswith(f"http://testserver/{language}/")
    published = page.last_published_at.replace(microsecond=0)
    assert event["DTSTAMP"].dt == published
    assert event["LAST-MODIFIED"].dt == published


@pytest.mark.parametrize("language", LANGUAGES)
def test_all_day_week_ends_on_the_day_after_its_last_day(client, language):
    page = demo_event(WEEK_2024, language)
    event = only_event(fetch_calendar(client, event_ics_url(page, language)))

    assert event["DTSTART"].params["VALUE"] == "DATE"
    assert event["DTSTART"].dt == datetime.date(2024, 11, 25)
    assert event["DTEND"].dt == datetime.date(2024, 11, 30)
    assert not isinstance(event["DTSTART"].dt, datetime.datetime)


def test_translations_of_an_event_share_one_uid(client):
    uids = {
        language: only_event(
            fetch_calendar(client, event_ics_url(demo_event(CLOSING_EVENT, language), language))
        )["UID"]
        for language in LANGUAGES
    }
    source = demo_event(CLOSING_EVENT, "sq")
    assert set(uids.values()) == {f"{source.translation_key}@network-site"}


def test_uid_stays_when_the_albanian_page_is_edited_and_republished(client):
    page = demo_event(CLOSING_EVENT, "sq")
    url = event_ics_url(page, "sq")
    before = only_event(fetch_calendar(client, url))

    page.title = "Ngjarja përmbyllëse e Javës 2024 (program i ri)"
    page.save_revision().publish()
    after = only_event(fetch_calendar(client, url))

    assert after["UID"] == before["UID"]
    assert after["SUMMARY"] == "Ngjarja përmbyllëse e Javës 2024 (program i ri)"
    page.refresh_from_db()
    assert after["LAST-MODIFIED"].dt == page.last_published_at.replace(microsecond=0)


@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_lists_exactly_the_upcoming_events_of_its_language(client, language):
    calendar = fetch_calendar(client, feed_url(language))

    upcoming = EventPage.objects.filter(
        locale__language_code=language, live=True, end__gte=timezone.now()
    )
    assert len(upcoming) == 2
    listed = {(str(event["UID"]), str(event["SUMMARY"])) for event in calendar.walk("VEVENT")}
    assert listed == {(f"{page.translation_key}@network-site", page.title) for page in upcoming}
    assert all(
        str(event["URL"]).startswith(f"http://testserver/{language}/")
        for event in calendar.walk("VEVENT")
    )
    with translation.override(language):
        assert calendar["X-WR-CALNAME"] == str(CALENDAR_NAME)
    assert calendar["REFRESH-INTERVAL"].dt == datetime.timedelta(hours=1)


def test_feed_is_cacheable_and_needs_no_session(client):
    response = client.get(feed_url("sr-latn"))
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=3600"
    assert "Cookie" not in response.get("Vary", "")
    assert not response.cookies


def test_unchanged_feed_is_not_sent_again(client):
    first = client.get(feed_url("en"))
    again = client.get(feed_url("en"), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_event_of_another_language_is_not_found(client):
    serbian = demo_event(CLOSING_EVENT, "sr-latn")
    assert client.get(event_ics_url(serbian, "en")).status_code == 404
    assert client.get(event_ics_url(serbian, "sq")).status_code == 404


def test_draft_event_is_not_found(client):
    draft = factories.EventPageFactory(parent=event_index("sq"), title="Ngjarje e paplotë")
    draft.unpublish()
    assert client.get(event_ics_url(draft, "sq")).status_code == 404
    listed = [event["SUMMARY"] for event in fetch_calendar(client, feed_url("sq")).walk("VEVENT")]
    assert "Ngjarje e paplotë" not in listed


def test_private_event_is_not_found(client):
    private = factories.EventPageFactory(parent=event_index("en"), title="Members only")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert client.get(event_ics_url(private, "en")).status_code == 404
    listed = [event["SUMMARY"] for event in fetch_calendar(client, feed_url("en")).walk("VEVENT")]
    assert "Members only" not in listed


@pytest.mark.parametrize("page_id", ["0", "999999", "99999999999999999999999999"])
def test_unknown_event_ids_are_not_found(client, page_id):
    assert client.get(f"/en/calendar/events/{page_id}.ics").status_code == 404


def test_page_that_is_not_an_event_is_not_found(client, home_pages):
    assert client.get(event_ics_url(home_pages["en"], "en")).status_code == 404


@pytest.mark.parametrize("language", ["sq", "en"])
def test_feed_does_not_query_per_event(client, language):
    def queries_for_feed():
        client.get(feed_url(language))  # warm per-process caches (site root paths)
        with CaptureQueriesContext(connection) as queries:
            calendar = fetch_calendar(client, feed_url(language))
        return len(queries), len(calendar.walk("VEVENT"))

    queries_before, events_before = queries_for_feed()
    index = event_index(language)
    for number in range(5):
        factories.EventPageFactory(parent=index, title=f"Extra upcoming {number}")
    queries_after, events_after = queries_for_feed()

    assert events_after == events_before + 5
    assert queries_after == queries_before


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_page_include_links_to_the_download(language):
    page = demo_event(CLOSING_EVENT, language)
    request = RequestFactory().get(page.url)
    with translation.override(language):
        html = render_to_string(
            "events/includes/add_to_calendar.html", {"event": page}, request=request
        )
    assert re.findall(r'href="([^"]+)"', html) == [f"/{language}/calendar/events/{page.pk}.ics"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_index_include_offers_the_feed_to_subscribe_to(language):
    request = RequestFactory().get(f"/{language}/")
    with translation.override(language):
        html = render_to_string("events/includes/add_to_calendar.html", request=request)
    assert re.findall(r'href="([^"]+)"', html) == [
        f"webcal://testserver/{language}/calendar/events.ics",
        f"/{language}/calendar/events.ics",
    ]


def test_event_download_follows_the_link_on_the_event_page(client):
    page = demo_event(CLOSING_EVENT, "en")
    request = RequestFactory().get(page.url)
    with translation.override("en"):
        html = render_to_string(
            "events/includes/add_to_calendar.html", {"event": page}, request=request
        )
    (href,) = re.findall(r'href="([^"]+)"', html)
    assert only_event(fetch_calendar(client, href))["SUMMARY"] == page.title
