from django.db import connection
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_safe
from wagtail import views as wagtail_views

from core.routing import WALK, find_route


@require_safe
def root_redirect(request):
    """Send a visitor of "/" to the home page in the first of their browser's languages we publish in."""
    language = translation.get_language_from_request(request)
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ["Accept-Language", "Cookie"])
    return response


@require_safe
def health(request):
    """200 while the application can reach its database; load balancers poll this."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")


def serve(request, path):
    """Wagtail's page view, with the page found by core.routing in two queries."""
    try:
        route = find_route(request, path)
    except Http404:
        route = None
    if route is not WALK:
        # Where Page.route_for_request keeps its answer for the request, as its docstring says;
        # Wagtail's view then takes the route from there.
        request._wagtail_route_for_request = route
    return wagtail_views.serve(request, path)
