import pytest
from wagtail.models import Page
from news.models import NewsPage
from wagtail.search.models import IndexEntry

pytestmark = pytest.mark.django_db

def test_probe():
    from django.db.models import Count
    print(list(IndexEntry.objects.values("content_type__model").annotate(n=Count("id"))))
    for lang in ["sq", "sr-latn", "en"]:
        pages = Page.objects.live().filter(locale__language_code=lang)
        ids = set(pages.values_list("pk", flat=True))
        indexed = set(IndexEntry.objects.filter(object_id__in=[str(i) for i in ids]).values_list("object_id", flat=True))
        print(lang, len(ids), len(indexed))
        t = NewsPage.objects.live().filter(locale__language_code=lang).first().title
        print(t)
        word = [w for w in t.split() if len(w) > 5][0]
        from wagtail.models import Locale; loc = Locale.objects.get(language_code=lang); r = Page.objects.live().public().filter(locale=loc, depth__gt=1).specific().search(word)
        print(word, [(type(p).__name__, p.title) for p in r[:5]], r.count())
