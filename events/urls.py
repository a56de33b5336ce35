from django.urls import path

from events import views

# Included under each language prefix: /<language>/calendar/…
urlpatterns = [
    path("events.ics", views.calendar_feed, name="calendar_feed"),
    path("events/<int:page_id>.ics", views.event_ics, name="event_ics"),
]
