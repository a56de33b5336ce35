"""The sitemap index, the sitemap of each language and robots.txt, outside the language prefixes."""

from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from seo.sitemaps import language_sitemaps


@require_safe
def sitemap_index(request):
    """The index of the languages' sitemaps."""
    return sitemap_views.index(
        request, language_sitemaps(request), sitemap_url_name="sitemap_language"
    )


@require_safe
def language_sitemap(request, section):
    """The sitemap of one language; an unknown language or page number is a 404."""
    return sitemap_views.sitemap(
        request, language_sitemaps(request), section=section, template_name="sitemaps/sitemap.xml"
    )


@require_safe
def robots_txt(request):
    """Crawlers may read every public page, not the admin, and learn where the sitemaps are."""
    lines = [
        "User-agent: *",
        "Allow: /",
        "Disallow: /admin/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap_index'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
