from django.urls import path, re_path

from news.feeds import AtomNewsFeed, AtomPartnerNewsFeed, NewsFeed, PartnerNewsFeed

# Page ids are bounded by the digits they may have, so that an absurdly long number is a plain
# 404 rather than an integer the database cannot take.
PARTNER = r"^partners/(?P<partner_id>[0-9]{1,10})"

urlpatterns = [
    path("news.rss", NewsFeed(), name="news_rss"),
    path("news.atom", AtomNewsFeed(), name="news_atom"),
    re_path(PARTNER + r"/news\.rss$", PartnerNewsFeed(), name="partner_news_rss"),
    re_path(PARTNER + r"/news\.atom$", AtomPartnerNewsFeed(), name="partner_news_atom"),
]
