from django.urls import path

from seo import views

urlpatterns = [
    path("sitemap.xml", views.sitemap_index, name="sitemap_index"),
    path("sitemap-<str:section>.xml", views.language_sitemap, name="sitemap_language"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]
