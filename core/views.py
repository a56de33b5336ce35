from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_safe


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
