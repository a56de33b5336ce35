"""Pages are found by their whole address at once (core.routing) with Wagtail's answers kept:
restrictions, drafts and unknown addresses behave as with Wagtail's own walk down the tree."""

import pytest
from wagtail.models import PageViewRestriction

from .site_tree import LANGUAGES

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_of_the_tree_is_found_at_its_address(client, tree, language):
    for name in ("home", "about", "article", "kec", "project", "upcoming_event", "highlight"):
        page = tree(name, language)
        response = client.get(page.url)
        assert response.status_code == 200
        assert response.context["page"] == page


def test_page_below_a_password_protected_one_asks_for_the_password(client, tree):
    PageViewRestriction.objects.create(
        page=tree("news_index", "en"),
        restriction_type=PageViewRestriction.PASSWORD,
        password="sekret",
    )
    article = tree("article", "en")

    page_html = client.get(article.url).content.decode()

    assert 'type="password"' in page_html
    assert article.intro not in page_html
    # The other languages' pages are not protected.
    assert tree("article").intro in client.get(tree("article").url).content.decode()


def test_page_that_is_not_live_is_not_found_but_its_live_children_are(client, tree):
    event = tree("past_event", "en")
    event.unpublish()

    assert client.get(event.url).status_code == 404
    assert client.get(tree("highlight", "en").url).status_code == 200


@pytest.mark.parametrize(
    "path", ["/en/nothing-here/", "/en/lajme-en/nothing-here/", "/sq/lajme/a/b/c/d/e/"]
)
def test_address_that_names_no_page_is_not_found(client, tree, path):
    assert client.get(path).status_code == 404


def test_address_in_another_languages_tree_is_not_found(client, tree):
    english = tree("article", "en").url

    assert client.get(english.replace("/en/", "/sq/", 1)).status_code == 404
