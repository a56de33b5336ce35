"""Old addresses keep working: Wagtail redirects with language prefixes, and renamed pages."""

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from news.models import NewsPage

from .conftest import LANGUAGES

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", LANGUAGES)
def test_changing_a_slug_keeps_the_old_address_working(
    client, language, django_capture_on_commit_callbacks
):
    article = NewsPage.objects.live().filter(locale__language_code=language).first()
    old_url = article.url
    article.slug = f"{article.slug}-renamed"
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail adds the redirect on commit
        article.save_revision().publish()
    article.refresh_from_db()
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == article.url
    assert client.get(article.url).status_code == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_editors_redirect_without_prefix_works_under_every_language(client, language):
    target = NewsPage.objects.live().filter(locale__language_code="sq").first()
    Redirect.objects.create(
        old_path="/old-campaign", redirect_page=target, site=Site.objects.get(is_default_site=True)
    )
    response = client.get(f"/{language}/old-campaign/")
    assert response.status_code == 301
    translation = target.get_translations(inclusive=True).get(locale__language_code=language)
    assert response["Location"] == translation.url


def test_a_redirect_to_an_external_address_works_with_a_prefix(client):
    Redirect.objects.create(
        old_path="/report-2024", redirect_link="https://example.org/report.pdf", is_permanent=False
    )
    response = client.get("/en/report-2024/")
    assert response.status_code == 302
    assert response["Location"] == "https://example.org/report.pdf"


def test_unknown_prefixed_addresses_are_still_not_found(client):
    assert client.get("/en/nothing-here/").status_code == 404
    assert client.get("/sr-latn/a/b/c/").status_code == 404
