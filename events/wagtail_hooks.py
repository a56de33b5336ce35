from django.contrib.auth.models import Permission
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from core.viewsets import SiteContentSnippetViewSet
from events.models import HIGHLIGHT_DETAILS, EventPage, EventSeries


class EventSeriesViewSet(SiteContentSnippetViewSet):
    model = EventSeries
    icon = "date"
    menu_order = 20
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


register_snippet(EventSeriesViewSet)


@hooks.register("register_permissions")
def highlight_details_permission():
    app_label, codename = HIGHLIGHT_DETAILS.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename)


@hooks.register("page_cache_content_changes_at")
def next_event_start_or_end(now):
    """Kept pages list events as upcoming until they end, and show them under way once they
    start: no edit marks those moments, so the page cache must not outlive the next one."""
    return EventPage.objects.live().next_start_or_end_after(now)
