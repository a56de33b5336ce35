import functools

from django.http import Http404, HttpResponseRedirect
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_safe
from wagtail import views as wagtail_views
from wagtail.documents.views import serve as wagtail_document_views

from core.routing import WALK, find_route


@require_safe
def root_redirect(request):
    """Send a visitor of "/" to the home page in the first of their browser's languages we publish in."""
    language = translation.get_language_from_request(request)
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ["Accept-Language", "Cookie"])
    return response


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


def returning_to_a_path(password_view):
    """Wagtail's password form of a private page or of private documents, where a return address
    that is no path ("0", "home": neither "/" nor ".") leads to the site's root instead of to a
    server error. Wagtail hands the address to django.shortcuts.redirect, which takes such a word
    for the name of a view and raises when no view has that name; Wagtail's form always sends a
    path, so only a hand-made request sends anything else."""

    @functools.wraps(password_view)
    def view(request, *args, **kwargs):
        return_url = request.POST.get("return_url", "")
        if return_url and "/" not in return_url and "." not in return_url:
            request.POST = request.POST.copy()
            request.POST["return_url"] = "/"
        return password_view(request, *args, **kwargs)

    return view


page_password_form = returning_to_a_path(wagtail_views.authenticate_with_password)
document_password_form = returning_to_a_path(wagtail_document_views.authenticate_with_password)
