"""iCalendar (RFC 5545) files of events: one event to add to a calendar, or a feed to subscribe to."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from icalendar import Calendar, Event, vDuration
from icalendar.enums import TRANSP

PRODID = "-//Network for Inclusive Education//Events//EN"
CALENDAR_NAME = _("Events of the Network for Inclusive Education")

# Calendar programs recognise an event they already have by its UID. All translations of a page
# share its translation key, so the Albanian, Serbian and English files describe one event, and
# edits update it instead of adding a copy.
UID_DOMAIN = "network-site"

# How often subscribed calendar programs fetch the feed again; responses are cached as long.
REFRESH_INTERVAL = datetime.timedelta(hours=1)


def event_uid(page):
    return f"{page.translation_key}@{UID_DOMAIN}"


def event_component(page, request):
    """The VEVENT for an EventPage, in the language of the page."""
    zone = timezone.get_default_timezone()
    event = Event()
    event.uid = event_uid(page)
    event.summary = page.title
    if page.intro:
        event.description = page.intro
    if page.place:
        event.location = page.place
    url = page.get_url(request)
    if url:
        event.url = request.build_absolute_uri(url)

    # Without a METHOD, RFC 5545 makes DTSTAMP the time the event was last revised.
    revised = page.last_published_at or page.latest_revision_created_at
    event.stamp = revised or timezone.now()
    if revised:
        event.last_modified = revised

    if page.all_day:
        first_day = timezone.localdate(page.start, zone)
        last_day = max(timezone.localdate(page.end, zone), first_day)
        event.start = first_day
        # DTEND of a date is exclusive: calendar programs expect the day after the last day.
        event.end = last_day + datetime.timedelta(days=1)
        # A week of activities across Kosovo should not mark the reader as busy all week.
        event.transparency = TRANSP.TRANSPARENT
    else:
        start = timezone.localtime(page.start, zone)
        event.start = start
        event.end = max(timezone.localtime(page.end, zone), start)
    return event


def events_calendar(events, request):
    """A calendar of the given EventPages, with the time zone their times refer to."""
    calendar = Calendar()
    calendar.prodid = PRODID
    calendar.version = "2.0"
    calendar.calendar_name = str(CALENDAR_NAME)
    for page in events:
        calendar.add_component(event_component(page, request))
    add_time_zone(calendar, events)
    return calendar


def feed_calendar(events, request):
    """The calendar that readers subscribe to, telling their programs when to fetch it again."""
    calendar = events_calendar(events, request)
    calendar.refresh_interval = REFRESH_INTERVAL
    # Outlook reads its own property instead of REFRESH-INTERVAL.
    calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH_INTERVAL))
    return calendar


def add_time_zone(calendar, events):
    """Add the VTIMEZONE that timed events refer to, for the years they fall in.

    The library's default span (1970-2038) would list every change of the clocks since 1970
    in each file, and would stop before events planned after 2038.
    """
    zone = timezone.get_default_timezone()
    years = [
        timezone.localtime(moment, zone).year
        for page in events
        if not page.all_day
        for moment in (page.start, page.end)
    ]
    if years:
        calendar.add_missing_timezones(
            first_date=datetime.date(min(years), 1, 1),
            last_date=datetime.date(max(years) + 1, 1, 1),
        )
