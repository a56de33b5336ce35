from django.urls import path

from events import calendar_views

# Included under each language prefix: /<language>/calendar/…
urlpatterns = [
    path("events.ics", calendar_views.calendar_feed, name="calendar_feed"),
    path("events/<int:page_id>.ics", calendar_views.event_ics, name="event_ics"),
]
