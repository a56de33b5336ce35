"""The site's addresses, plus the ceiling: the cheapest response Django can give of a page's size.

It goes through the same middleware and the same workers as the pages, so the ratio of a page's
throughput to the ceiling's measures what the page itself costs on this machine. The page cache
never keeps it: with the cache on as off, the ceiling is a view that Django runs.
"""

from django.http import HttpResponse
from django.urls import path
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from network_site.urls import urlpatterns as site_urlpatterns

CEILING_BODY = (
    "<!DOCTYPE html><html lang=en><title>Ceiling</title>"
    + "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>" * 400
)[: 20 * 1024]


@never_cache
@require_safe
def ceiling(request):
    return HttpResponse(CEILING_BODY)


urlpatterns = [path("bench/ceiling/", ceiling, name="bench_ceiling"), *site_urlpatterns]
