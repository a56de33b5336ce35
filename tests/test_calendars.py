"""Events can be added to a calendar one by one, or followed through a feed, in every language.

The tree has `upcoming_event` (in ten days, timed, organised by KEC, in the series
"dropout-week") and `past_event` (all day, 25-29 Nov 2024, organised by KEC and SBASHK, same
series), in every language.
"""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from events.calendar import CALENDAR_NAME

from . import factories
from .conftest import LANGUAGES
from .utils import queries_for

pytestmark = pytest.mark.django_db

KOSOVO = ZoneInfo("Europe/Belgrade")
ORIGIN = "http://testserver"
CARD_LINK = re.compile(r'class="card__title"><a href="([^"]+)"')
ICS_LINK = re.compile(r'href="([^"]+\.ics)"')


def event_ics_url(page):
    with translation.override(page.locale.language_code):
        return reverse("event_ics", kwargs={"page_id": page.pk})


def feed_url(language):
    with translation.override(language):
        return reverse("calendar_feed")


def fetch_calendar(client, url, data=None):
    response = client.get(url, data)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def only_event(calendar):
    (event,) = calendar.walk("VEVENT")
    return event


def listed_urls(calendar):
    return [str(event["URL"]) for event in calendar.walk("VEVENT")]


def absolute(page):
    return ORIGIN + page.url


def uid(page):
    return f"{page.translation_key}@network-site"


def upcoming_on_index(client, index, query):
    """The event links of the index page's "Upcoming events" section, for these filters."""
    response = client.get(index.url, query)
    assert response.status_code == 200
    html = response.content.decode()
    upcoming = html.split('id="past-heading"')[0]
    return [ORIGIN + url for url in CARD_LINK.findall(upcoming)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_download_is_a_calendar_file_named_after_the_page(client, tree, language):
    page = tree("upcoming_event", language)

    response = client.get(event_ics_url(page))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{page.slug}.ics"'
    calendar = Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    with translation.override(language):
        assert calendar["X-WR-CALNAME"] == str(CALENDAR_NAME)


@pytest.mark.parametrize("language", LANGUAGES)
def test_timed_event_is_given_in_kosovo_time_with_its_time_zone(client, tree, language):
    page = tree("upcoming_event", language)

    calendar = fetch_calendar(client, event_ics_url(page))

    event = only_event(calendar)
    assert event["DTSTART"].params["TZID"] == "Europe/Belgrade"
    assert event["DTEND"].params["TZID"] == "Europe/Belgrade"
    # iCalendar times have whole seconds.
    assert event["DTSTART"].dt == page.start.astimezone(KOSOVO).replace(microsecond=0)
    assert event["DTEND"].dt == page.end.astimezone(KOSOVO).replace(microsecond=0)
    assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == ["Europe/Belgrade"]


def test_event_at_ten_in_kosovo_is_at_ten_in_the_file(client, tree):
    page = factories.EventPageFactory(
        parent=tree("event_index"),
        title="Ngjarja përmbyllëse",
        start=datetime.datetime(2024, 11, 27, 10, 0, tzinfo=KOSOVO),
        end=datetime.datetime(2024, 11, 27, 13, 0, tzinfo=KOSOVO),
    )

    response = client.get(event_ics_url(page))

    content = response.content.decode()
    assert "DTSTART;TZID=Europe/Belgrade:20241127T100000" in content
    assert "DTEND;TZID=Europe/Belgrade:20241127T130000" in content
    event = only_event(Calendar.from_ical(response.content))
    assert event["DTSTART"].dt == datetime.datetime(2024, 11, 27, 9, 0, tzinfo=datetime.UTC)
    assert event["DTEND"].dt == datetime.datetime(2024, 11, 27, 12, 0, tzinfo=datetime.UTC)
    # The time zone's rules cover the event's year, not every year since 1970.
    (zone,) = Calendar.from_ical(response.content).walk("VTIMEZONE")
    years = {rule["DTSTART"].dt.year for rule in zone.subcomponents}
    assert 2024 in years
    assert min(years) >= 2023


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_is_described_in_the_readers_language(client, tree, language):
    page = tree("upcoming_event", language)
    # The tree's Albanian pages were created live, never published from a revision.
    page.save_revision().publish()
    page.refresh_from_db()

    event = only_event(fetch_calendar(client, event_ics_url(page)))

    assert event["SUMMARY"] == page.title
    assert event["DESCRIPTION"] == page.intro
    assert event["LOCATION"] == f"{page.venue}, {page.city}"
    assert event["URL"] == absolute(page)
    assert event["URL"].startswith(f"{ORIGIN}/{language}/")
    if language != "sq":
        assert event["SUMMARY"] == f"Trajnim për mësuesit ({language})"
    published = page.last_published_at.replace(microsecond=0)
    assert event["DTSTAMP"].dt == published
    assert event["LAST-MODIFIED"].dt == published


@pytest.mark.parametrize("language", LANGUAGES)
def test_all_day_week_ends_on_the_day_after_its_last_day(client, tree, language):
    calendar = fetch_calendar(client, event_ics_url(tree("past_event", language)))

    event = only_event(calendar)
    assert event["DTSTART"].params["VALUE"] == "DATE"
    assert event["DTSTART"].dt == datetime.date(2024, 11, 25)
    assert event["DTEND"].dt == datetime.date(2024, 11, 30)
    assert not isinstance(event["DTSTART"].dt, datetime.datetime)
    assert not isinstance(event["DTEND"].dt, datetime.datetime)
    # A week of activities does not mark the reader as busy all week.
    assert event["TRANSP"] == "TRANSPARENT"
    # Dates have no time zone, so the file needs none.
    assert calendar.walk("VTIMEZONE") == []


def test_translations_of_an_event_share_one_uid(client, tree):
    uids = {
        language: only_event(fetch_calendar(client, event_ics_url(page)))["UID"]
        for language, page in tree.all("past_event").items()
    }

    assert set(uids.values()) == {uid(tree("past_event"))}
    assert uid(tree("past_event")) != uid(tree("upcoming_event"))


def test_uid_stays_when_the_albanian_page_is_edited_and_republished(client, tree):
    page = tree("past_event")
    page.save_revision().publish()
    url = event_ics_url(page)
    before = only_event(fetch_calendar(client, url))

    page.title = "Java kundër braktisjes 2024 (program i ri)"
    page.save_revision().publish()

    after = only_event(fetch_calendar(client, url))
    assert after["UID"] == before["UID"]
    assert after["SUMMARY"] == "Java kundër braktisjes 2024 (program i ri)"
    page.refresh_from_db()
    assert after["LAST-MODIFIED"].dt == page.last_published_at.replace(microsecond=0)


@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_lists_exactly_the_upcoming_events_of_its_language(client, tree, language):
    upcoming = tree("upcoming_event", language)

    calendar = fetch_calendar(client, feed_url(language))

    listed = [(str(event["UID"]), str(event["SUMMARY"])) for event in calendar.walk("VEVENT")]
    assert listed == [(uid(upcoming), upcoming.title)]
    assert listed_urls(calendar) == [absolute(upcoming)]
    with translation.override(language):
        assert calendar["X-WR-CALNAME"] == str(CALENDAR_NAME)
    assert calendar["REFRESH-INTERVAL"].dt == datetime.timedelta(hours=1)
    assert calendar["X-PUBLISHED-TTL"] == "PT1H"


def test_feed_lists_upcoming_events_soonest_first_and_leaves_out_ended_ones(client, tree):
    index = tree("event_index")
    later = factories.EventPageFactory(
        parent=index, title="Më vonë", start=timezone.now() + datetime.timedelta(days=40)
    )
    ongoing = factories.EventPageFactory(
        parent=index,
        title="Tani",
        start=timezone.now() - datetime.timedelta(hours=1),
        end=timezone.now() + datetime.timedelta(hours=1),
    )
    factories.EventPageFactory(parent=index, title="Mbaroi", in_the_past=True)

    calendar = fetch_calendar(client, feed_url("sq"))

    assert listed_urls(calendar) == [
        absolute(ongoing),
        absolute(tree("upcoming_event")),
        absolute(later),
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, ["other", "upcoming_event"]),
        ({"series": ""}, ["other", "upcoming_event"]),
        ({"series": "dropout-week"}, ["upcoming_event"]),
        ({"organiser": "kec"}, ["upcoming_event"]),
        ({"organiser": "sbashk"}, ["other"]),
        ({"series": "dropout-week", "organiser": "kec"}, ["upcoming_event"]),
        ({"series": "dropout-week", "organiser": "sbashk"}, []),
        ({"organiser": "donor"}, []),  # BE only supports the upcoming event
    ],
)
def test_filtered_feed_lists_the_upcoming_events_the_filtered_index_lists(
    client, tree, query, expected
):
    other = factories.EventPageFactory.build(
        title="Takim i sindikatës", start=timezone.now() + datetime.timedelta(days=3)
    )
    other.organisers.create(partner=tree("sbashk"))
    tree("event_index").add_child(instance=other)
    pages = {"other": other, "upcoming_event": tree("upcoming_event")}
    query = {
        name: str(tree(value).pk) if name == "organiser" else value for name, value in query.items()
    }

    calendar = fetch_calendar(client, feed_url("sq"), query)

    assert listed_urls(calendar) == [absolute(pages[name]) for name in expected]
    assert listed_urls(calendar) == upcoming_on_index(client, tree("event_index"), query)


@pytest.mark.parametrize("language", LANGUAGES)
def test_subscribing_to_a_series_and_organiser_works_in_every_language(client, tree, language):
    kec, sbashk = tree("kec", language), tree("sbashk", language)
    index = tree("event_index", language)
    in_series_by_kec = {"series": "dropout-week", "organiser": str(kec.pk)}
    by_sbashk = {"organiser": str(sbashk.pk)}

    assert listed_urls(fetch_calendar(client, feed_url(language), in_series_by_kec)) == [
        absolute(tree("upcoming_event", language))
    ]
    assert upcoming_on_index(client, index, in_series_by_kec) == [
        absolute(tree("upcoming_event", language))
    ]
    # SBASHK organises only the past event, which a calendar feed leaves out.
    assert listed_urls(fetch_calendar(client, feed_url(language), by_sbashk)) == []
    assert upcoming_on_index(client, index, by_sbashk) == []


@pytest.mark.parametrize(
    "query",
    [
        {"series": "unknown"},
        {"series": "Dropout-Week"},
        {"organiser": "abc"},
        {"organiser": "99999999"},
        {"organiser": "albanian-kec"},  # the partner's page in another language
        {"organiser": "upcoming_event"},  # a page that is no partner
        {"series": "dropout-week", "organiser": "-1"},
    ],
)
def test_feed_filter_value_that_names_nothing_is_not_found(client, tree, query):
    named = {"albanian-kec": tree("kec", "sq"), "upcoming_event": tree("upcoming_event", "en")}
    query = {
        name: str(named[value].pk) if value in named else value for name, value in query.items()
    }

    assert client.get(feed_url("en"), query).status_code == 404
    assert client.get(tree("event_index", "en").url, query).status_code == 404


def test_feed_is_cacheable_and_needs_no_session(client):
    response = client.get(feed_url("sr-latn"))

    assert response.status_code == 200
    assert set(response["Cache-Control"].split(", ")) >= {"public", "max-age=3600"}
    assert "Cookie" not in response.get("Vary", "")
    assert not response.cookies


def test_unchanged_feed_is_not_sent_again_but_a_changed_one_is(client, tree):
    first = client.get(feed_url("en"))
    assert first["ETag"]

    again = client.get(feed_url("en"), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""

    event = tree("upcoming_event", "en")
    event.title = "Teacher training, new programme"
    event.save_revision().publish()
    changed = client.get(feed_url("en"), HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert changed["ETag"] != first["ETag"]
    assert only_event(Calendar.from_ical(changed.content))["SUMMARY"] == event.title


def test_filtered_feed_has_an_etag_of_its_own(client, tree):
    everything = client.get(feed_url("sq"))
    nothing = client.get(feed_url("sq"), {"organiser": tree("sbashk").pk})

    assert nothing["ETag"] != everything["ETag"]
    refetched = client.get(
        feed_url("sq"), {"organiser": tree("sbashk").pk}, HTTP_IF_NONE_MATCH=everything["ETag"]
    )
    assert refetched.status_code == 200


def test_event_download_is_cacheable_and_answers_if_none_match(client, tree):
    url = event_ics_url(tree("past_event", "en"))
    first = client.get(url)

    assert set(first["Cache-Control"].split(", ")) >= {"public", "max-age=3600"}
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_event_of_another_language_is_not_found(client, tree):
    serbian = tree("upcoming_event", "sr-latn")
    for language in ("en", "sq"):
        with translation.override(language):
            url = reverse("event_ics", kwargs={"page_id": serbian.pk})
        assert client.get(url).status_code == 404


def test_draft_event_is_not_found_nor_in_the_feed(client, tree):
    draft = factories.EventPageFactory(parent=tree("event_index"), title="Ngjarje e paplotë")
    draft.unpublish()

    assert client.get(event_ics_url(draft)).status_code == 404
    calendar = fetch_calendar(client, feed_url("sq"))
    assert "Ngjarje e paplotë" not in [event["SUMMARY"] for event in calendar.walk("VEVENT")]
    assert listed_urls(calendar) == [absolute(tree("upcoming_event"))]


def test_private_event_is_not_found_nor_in_the_feed(client, tree):
    private = factories.EventPageFactory(parent=tree("event_index"), title="Vetëm për anëtarët")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="sekret"
    )

    response = client.get(event_ics_url(private))
    assert response.status_code == 404
    assert "Vetëm për anëtarët" not in response.content.decode()
    calendar = fetch_calendar(client, feed_url("sq"))
    assert "Vetëm për anëtarët" not in [event["SUMMARY"] for event in calendar.walk("VEVENT")]
    assert listed_urls(calendar) == [absolute(tree("upcoming_event"))]


@pytest.mark.parametrize("page_id", ["0", "999999", "99999999999999999999999999"])
def test_unknown_event_ids_are_not_found(client, page_id):
    assert client.get(f"/en/calendar/events/{page_id}.ics").status_code == 404


@pytest.mark.parametrize("name", ["home", "event_index", "highlight", "article"])
def test_page_that_is_not_an_event_is_not_found(client, tree, name):
    assert client.get(event_ics_url(tree(name, "en"))).status_code == 404


def test_calendars_only_answer_reads(client, tree):
    assert client.post(feed_url("en")).status_code == 405
    assert client.post(event_ics_url(tree("upcoming_event", "en"))).status_code == 405
    assert client.head(feed_url("en")).status_code == 200


def test_feed_does_not_query_per_event(client, tree):
    urls = [feed_url("sq"), feed_url("sq") + f"?series=dropout-week&organiser={tree('kec').pk}"]
    before = {url: queries_for(client, url) for url in urls}
    for number in range(5):
        event = factories.EventPageFactory.build(title=f"Ngjarje shtesë {number}")
        event.series = tree("series")
        event.organisers.create(partner=tree("kec"))
        event.supporters.create(partner=tree("donor"))
        tree("event_index").add_child(instance=event)

    after = {url: queries_for(client, url) for url in urls}

    assert after == before
    for url in urls:
        assert len(fetch_calendar(client, url).walk("VEVENT")) == 6


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_page_links_to_its_calendar_file(client, tree, language):
    page = tree("upcoming_event", language)

    html = client.get(page.url).content.decode()

    (href,) = ICS_LINK.findall(html)
    assert href == f"/{language}/calendar/events/{page.pk}.ics"
    assert only_event(fetch_calendar(client, href))["SUMMARY"] == page.title


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_index_offers_the_feed_to_subscribe_to(client, tree, language):
    html = client.get(tree("event_index", language).url).content.decode()

    links = re.findall(r'href="((?:webcal://|/)[^"]*events\.ics)"', html)

    assert links == [
        f"webcal://testserver/{language}/calendar/events.ics",
        f"/{language}/calendar/events.ics",
    ]
    assert listed_urls(fetch_calendar(client, links[1])) == [
        absolute(tree("upcoming_event", language))
    ]
