import pytest
pytestmark = pytest.mark.django_db

def test_scratch(client, partner_pages):
    from partners.models import PartnerPage
    r = client.get("/sr-latn/feeds/news.rss")
    print(r.status_code, r["Content-Type"])
    print(r.content.decode()[:3000])
    r = client.get("/en/feeds/news.atom")
    print(r.content.decode()[:2500])
    kec = PartnerPage.objects.get(locale__language_code="en", translation_key=partner_pages["KEC"].translation_key)
    for url in [f"/en/feeds/partners/{kec.pk}/news.rss", "/en/feeds/partners/99999999999999999999999999999/news.rss", "/en/feeds/partners/abc/news.rss", f"/sq/feeds/partners/{kec.pk}/news.rss"]:
        r = client.get(url)
        print(url, r.status_code, len(r.content))
