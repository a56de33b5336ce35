"""The main menu as the server sends it: folded in the markup itself, so that a phone paints it
folded before any script could run, and with every link, for readers without JavaScript."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from .conftest import LANGUAGES

pytestmark = pytest.mark.django_db

MENU_PAGES = ["about", "news_index", "partner_index", "event_index"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_main_menu_comes_folded_with_every_link_of_the_readers_language(client, tree, language):
    html = BeautifulSoup(client.get(tree("home", language).url).content, "html.parser")
    with translation.override(language):
        name = translation.gettext("Main menu")
        toggle = translation.gettext("Menu")

    menu = html.find("nav", attrs={"aria-label": name})
    disclosure = menu.find("details")
    assert not disclosure.has_attr("open")
    assert disclosure.find("summary").get_text(strip=True) == toggle
    assert [link["href"] for link in disclosure.find_all("a")] == [
        tree(page, language).url for page in MENU_PAGES
    ]
