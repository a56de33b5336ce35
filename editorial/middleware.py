from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import Resolver404, resolve
from wagtail.models import Page

from editorial.permissions import is_partner_user

# Wagtail opens these admin areas to every admin user, whatever their permissions: reports list
# pages and people across the whole site, snippet choosers list every snippet, the admin API
# lists every image, document and page, and page search finds drafts under any page the user
# may explore, all with no hook to filter them. Partner users have no business there; the page
# explorer's own API requests (for_explorer) stay open, filtered by our hooks.
CLOSED_TO_PARTNERS = (
    "wagtailadmin_reports:",
    "wagtailadmin_pages:search",
    "wagtail_localize:translations_report",
    "translation_status:",
    "wagtailsnippetchoosers_",
    "wagtailadmin_api:images:",
    "wagtailadmin_api:documents:",
    "wagtailadmin_api:pages:find",
)


def partner_may_use(request, match):
    name = match.view_name
    if name.startswith(CLOSED_TO_PARTNERS):
        return False
    if name == "wagtailadmin_api:pages:listing":
        return bool(request.GET.get("for_explorer"))
    if name == "wagtailadmin_api:pages:detail":
        return Page.objects.filter(
            Q(live=True) | Q(owner=request.user), pk=match.kwargs["pk"]
        ).exists()
    return True


class PartnerAdminBoundaryMiddleware:
    """Refuse partner users the admin areas that Wagtail does not guard by permission."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/admin/") and is_partner_user(request.user):
            try:
                match = resolve(request.path_info)
            except Resolver404:
                match = None
            if match is not None and not partner_may_use(request, match):
                raise PermissionDenied
        return self.get_response(request)
