from django.contrib.auth.models import Permission
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from core.viewsets import SiteContentSnippetViewSet
from events.models import HIGHLIGHT_DETAILS, EventSeries


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
