"""Every kind of public page, in every language: nothing for axe-core to flag at phone or desktop
width, and the landmarks that keyboard and screen-reader users find their way by."""

import re
from dataclasses import dataclass

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from core.languages import html_language_tag
from tests.browser.targets import LANGUAGES, PAGE_TYPES, open_search_results, open_target
from tests.demo_site import VIEWPORTS


def open_not_found(page, site, language, ui_text):
    # The server runs with DEBUG, which answers a 404 with Django's technical page: the browser
    # gets the site's own page instead, rendered by the same code with DEBUG off (see tests/demo_site.py).
    path = site.not_found_path(language)
    body = site.not_found_pages[language]
    page.route(
        f"**{path}",
        lambda route: route.fulfill(status=404, content_type="text/html; charset=utf-8", body=body),
    )
    response = page.goto(path)
    assert response.status == 404


def open_filtered_news_index(page, site, language, ui_text):
    page.goto(site.pages["NewsIndexPage"][language])
    page.get_by_label(ui_text(language, "Category")).select_option(index=1)
    page.get_by_role("button", name=ui_text(language, "Show"), exact=True).click()
    page.wait_for_url(re.compile(r"[?&]category=\w"))


def open_filtered_publications_index(page, site, language, ui_text):
    page.goto(site.pages["PublicationIndexPage"][language])
    page.get_by_label(ui_text(language, "Language of the file")).select_option(index=1)
    page.get_by_role("button", name=ui_text(language, "Show"), exact=True).click()
    page.wait_for_url(re.compile(r"[?&]language=sq"))


def open_private_pages_sign_in(page, site, language, ui_text):
    response = page.goto(f"/{language}/_util/login/")
    assert response.status == 200


OTHER_PAGES = {
    "search results": open_search_results,
    "page not found": open_not_found,
    "filtered news index": open_filtered_news_index,
    "filtered publications index": open_filtered_publications_index,
    "private pages' sign-in": open_private_pages_sign_in,
}
TARGETS = PAGE_TYPES + list(OTHER_PAGES)


def describe_violations(violations, url):
    lines = [f"axe-core found {len(violations)} kind(s) of violation on {url}:"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            selector = " >>> ".join(str(part) for part in node["target"])
            lines.append(f"    {selector}  {' '.join(node['html'].split())[:160]}")
    return "\n".join(lines)


@pytest.fixture
def open_page(new_context, site, ui_text):
    """Open a target page in a fresh browser context at the given width."""

    def open_at(target, language, width):
        page = new_context(viewport=VIEWPORTS[width]).new_page()
        open_target(page, site, target, language, ui_text, OTHER_PAGES)
        return page

    return open_at


@pytest.mark.parametrize("width", VIEWPORTS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("target", TARGETS)
def test_axe_finds_no_violations(open_page, target, language, width):
    page = open_page(target, language, width)
    violations = Axe().run(page).response["violations"]
    assert not violations, describe_violations(violations, page.url)


@dataclass
class OpenedPage:
    page: object
    language: str


@pytest.fixture(scope="module")
def desktop_context(browser, browser_context_args):
    context = browser.new_context(**browser_context_args, viewport=VIEWPORTS["desktop"])
    yield context
    context.close()


@pytest.fixture(scope="module")
def opened(request, desktop_context, site, ui_text):
    """A target page, opened once for all the checks below (none of them changes the page)."""
    target, language = request.param
    page = desktop_context.new_page()
    open_target(page, site, target, language, ui_text, OTHER_PAGES)
    yield OpenedPage(page, language)
    page.close()


every_page = pytest.mark.parametrize(
    "opened",
    [(target, language) for target in TARGETS for language in LANGUAGES],
    ids=lambda param: "-".join(param),
    indirect=True,
)


@every_page
def test_page_has_exactly_one_h1(opened):
    headings = opened.page.locator("h1")
    assert headings.count() == 1, f"{opened.page.url} has these h1s: {headings.all_inner_texts()}"


@every_page
def test_language_switcher_links_name_their_language(opened, ui_text):
    page, language = opened.page, opened.language
    switcher = page.get_by_role("navigation", name=ui_text(language, "Choose a language"))
    links = switcher.get_by_role("link")
    other_languages = {html_language_tag(code) for code in LANGUAGES if code != language}
    expect(links).to_have_count(len(other_languages))
    tags = set()
    for link in links.all():
        hreflang, lang = link.get_attribute("hreflang"), link.get_attribute("lang")
        assert hreflang and hreflang == lang, f"{page.url}: {link.evaluate('a => a.outerHTML')}"
        tags.add(hreflang)
    assert tags == other_languages, page.url


@every_page
def test_html_lang_is_the_page_language(opened):
    expect(opened.page.locator("html")).to_have_attribute(
        "lang", html_language_tag(opened.language)
    )


@every_page
def test_skip_link_comes_first_and_moves_focus_to_main(opened, ui_text):
    # The only check that moves focus; it reads nothing that the others read.
    page = opened.page
    page.keyboard.press("Tab")
    expect(
        page.get_by_role("link", name=ui_text(opened.language, "Skip to main content"))
    ).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main:focus, main :focus")).to_have_count(1)
