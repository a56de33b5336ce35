"""Old addresses keep working: Wagtail redirects with language prefixes, and renamed pages."""

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from . import factories
from .conftest import LANGUAGES

pytestmark = pytest.mark.django_db


def default_site():
    return Site.objects.get(is_default_site=True)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_renamed_page_keeps_its_old_address(
    client, tree, language, django_capture_on_commit_callbacks
):
    article = tree("article", language)
    old_url = article.url
    article.slug = f"{article.slug}-renamed"
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail adds the redirect on commit
        article.save_revision().publish()
    article.refresh_from_db()

    response = client.get(old_url)

    assert article.url != old_url
    assert response.status_code == 301
    assert response["Location"] == article.url
    assert client.get(article.url).status_code == 200


def test_renaming_a_section_keeps_the_old_addresses_of_its_pages(
    client, tree, django_capture_on_commit_callbacks
):
    news_index, article = tree("news_index", "en"), tree("article", "en")
    old_url = article.url
    news_index.slug = "news"
    with django_capture_on_commit_callbacks(execute=True):
        news_index.save_revision().publish()
    article.refresh_from_db()

    response = client.get(old_url)

    assert article.url.startswith("/en/news/")
    assert response.status_code == 301
    assert response["Location"] == article.url


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_editors_redirect_without_prefix_leads_to_the_page_in_the_addresss_language(
    client, tree, language
):
    Redirect.objects.create(
        old_path="/old-campaign", redirect_page=tree("article"), site=default_site()
    )

    response = client.get(f"/{language}/old-campaign/")

    assert response.status_code == 301
    assert response["Location"] == tree("article", language).url


def test_an_editors_redirect_also_answers_the_address_without_prefix(client, tree):
    Redirect.objects.create(
        old_path="/old-campaign", redirect_page=tree("article"), site=default_site()
    )

    response = client.get("/old-campaign")

    assert response.status_code == 301
    assert response["Location"] == tree("article").url


def test_a_redirect_to_an_untranslated_page_leads_to_the_page_as_it_is(client, tree):
    untranslated = factories.StandardPageFactory(parent=tree("home"), title="Vetëm shqip")
    Redirect.objects.create(old_path="/only-albanian", redirect_page=untranslated)

    response = client.get("/en/only-albanian/")

    assert response.status_code == 301
    assert response["Location"] == untranslated.url
    assert client.get(response["Location"]).status_code == 200


def test_a_redirect_to_an_unpublished_translation_leads_to_the_source_page(client, tree):
    tree("about", "en").unpublish()
    Redirect.objects.create(old_path="/who-we-are", redirect_page=tree("about"))

    response = client.get("/en/who-we-are/")

    assert response.status_code == 301
    assert response["Location"] == tree("about").url


def test_a_temporary_redirect_to_an_external_address_works_with_a_prefix(client):
    Redirect.objects.create(
        old_path="/report-2024", redirect_link="https://example.org/report.pdf", is_permanent=False
    )

    response = client.get("/en/report-2024/")

    assert response.status_code == 302
    assert response["Location"] == "https://example.org/report.pdf"


def test_a_page_that_exists_wins_over_a_redirect(client, tree):
    about = tree("about", "en")
    unprefixed = about.url.removeprefix("/en")
    Redirect.objects.create(old_path=unprefixed, redirect_link="https://example.org/")

    response = client.get(about.url)

    assert response.status_code == 200
    assert about.title in response.content.decode()


@pytest.fixture
def other_site(tree):
    """A second Site; the cached site root paths outlive the test's rolled-back transaction."""
    yield Site.objects.create(hostname="127.0.0.1", root_page=tree("home"))
    Site.clear_site_root_paths_cache()


def test_a_redirect_of_another_site_is_not_followed(client, other_site):
    Redirect.objects.create(
        old_path="/elsewhere", redirect_link="https://example.org/", site=other_site
    )

    assert client.get("/en/elsewhere/").status_code == 404
    assert client.get("/en/elsewhere/", HTTP_HOST="127.0.0.1").status_code == 301


def test_unknown_prefixed_addresses_are_still_not_found(client):
    assert client.get("/en/nothing-here/").status_code == 404
    assert client.get("/sr-latn/a/b/c/").status_code == 404
