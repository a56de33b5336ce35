from django.urls import path

from .feeds import AtomNewsFeed, AtomPartnerNewsFeed, NewsFeed, PartnerNewsFeed

urlpatterns = [
    path("news.rss", NewsFeed(), name="news_rss"),
    path("news.atom", AtomNewsFeed(), name="news_atom"),
    path("partners/<int:partner_id>/news.rss", PartnerNewsFeed(), name="partner_news_rss"),
    path("partners/<int:partner_id>/news.atom", AtomPartnerNewsFeed(), name="partner_news_atom"),
]
