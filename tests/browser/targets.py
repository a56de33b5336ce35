"""What the browser tests open: each page type of the demo site, and pages that need a reader's
steps to reach (search results, filtered listings), in a language."""

from django.conf import settings
from playwright.sync_api import expect
from wagtail.models import Page, get_page_models

LANGUAGES = [code for code, _name in settings.LANGUAGES]
PAGE_TYPES = sorted(model.__name__ for model in get_page_models() if model is not Page)
# A word found on pages of every language: the demo site's first partner's acronym.
SEARCH_WORD = "KEC"


def open_search_results(page, site, language, ui_text):
    page.goto(f"/{language}/search/?q={SEARCH_WORD}")
    expect(page.get_by_role("main").get_by_role("listitem").first).to_be_visible()


def open_target(page, site, target, language, ui_text, other_pages):
    """Opens a page type's demo page, or one of `other_pages` (name: function that opens it)."""
    if target in other_pages:
        other_pages[target](page, site, language, ui_text)
        return
    paths = site.pages.get(target, {})
    assert language in paths, f"The demo site has no live {target} in {language}."
    response = page.goto(paths[language])
    assert response.ok, f"{page.url} answered {response.status}"
