"""Calendar files of events, in the language of the URL prefix: no session or cookie is needed."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from events.calendar import REFRESH_INTERVAL, events_calendar, feed_calendar
from events.models import EventFilterSet, EventPage

# Page ids are 32-bit integers (Wagtail's AutoField): a larger number names no page, and SQLite
# raises an overflow on a huge one instead of finding nothing.
LARGEST_PAGE_ID = 2**31 - 1


def public_events():
    """Live events of the active language that anyone may see; calendars never need their bodies."""
    return EventPage.objects.in_locale().public().defer_streamfields()


def calendar_response(request, calendar, attachment_name=None):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    if attachment_name:
        response["Content-Disposition"] = content_disposition_header(True, attachment_name)
    patch_cache_control(response, public=True, max_age=int(REFRESH_INTERVAL.total_seconds()))
    # Subscribed calendar programs poll the feed; an unchanged calendar costs them a 304 only.
    set_response_etag(response)
    return get_conditional_response(request, etag=response["ETag"], response=response)


@require_safe
def event_ics(request, page_id):
    """One event as an .ics file to add to a calendar."""
    if page_id > LARGEST_PAGE_ID:
        raise Http404
    event = get_object_or_404(public_events(), pk=page_id)
    return calendar_response(
        request, events_calendar([event], request), attachment_name=f"{event.slug}.ics"
    )


@require_safe
def calendar_feed(request):
    """The upcoming events of one language, for calendar programs to subscribe to.

    It takes the event index's filters, so a reader may subscribe to one series or organiser.
    """
    filters = EventFilterSet(request.GET, public_events(), locale=Locale.get_active())
    events = list(filters.filtered().upcoming())
    return calendar_response(request, feed_calendar(events, request))
