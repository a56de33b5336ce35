"""Addresses outside the language trees answer for themselves: a 404 there is never redirected
to the same address under a language (Django's LocaleMiddleware would send "/admin/…" to
"/sq/admin/…")."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

MISSING_IN_THE_ADMIN = ["/admin/api/main/pages/987654/", "/admin/no-such-screen/"]
# Without a file extension: "/sq/…" plus such an address looks like a Wagtail page, which is
# what made Django redirect.
MISSING_FILES = [
    "/documents/987654/raport",
    "/static/no-such-folder/",
    "/media/original_images/no-such-photo/",
]


def assert_plain_404(response):
    assert response.status_code == 404, response.get("Location")
    assert not response.has_header("Location")


@pytest.mark.parametrize("path", MISSING_IN_THE_ADMIN)
def test_a_missing_admin_address_is_a_plain_404(admin_client, path):
    assert_plain_404(admin_client.get(path))


@pytest.mark.parametrize("path", MISSING_FILES)
def test_a_missing_file_is_a_plain_404_for_everyone(client, admin_client, path):
    assert_plain_404(client.get(path))
    assert_plain_404(admin_client.get(path))


def test_the_admin_api_answers_a_page_that_exists(admin_client, tree):
    article = tree("article")

    response = admin_client.get(reverse("wagtailadmin_api:pages:detail", args=[article.pk]))

    assert response.status_code == 200
    assert response.json()["id"] == article.pk


def test_a_public_address_without_its_language_is_still_sent_to_one(client, tree):
    response = client.get("/" + tree("news_index").slug + "/")

    assert response.status_code == 302
    assert response["Location"] == tree("news_index").url
