from django.urls import path

from publications.feeds import AtomPublicationsFeed, PublicationsFeed

urlpatterns = [
    path("publications.rss", PublicationsFeed(), name="publications_rss"),
    path("publications.atom", AtomPublicationsFeed(), name="publications_atom"),
]
