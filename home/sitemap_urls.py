from django.urls import path

from home import sitemap_views

urlpatterns = [
    path("sitemap.xml", sitemap_views.sitemap_index, name="sitemap_index"),
    path("sitemap-<str:section>.xml", sitemap_views.language_sitemap, name="sitemap_language"),
    path("robots.txt", sitemap_views.robots_txt, name="robots_txt"),
]
