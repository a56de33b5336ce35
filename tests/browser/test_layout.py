"""What readers meet on a phone: no page wider than the screen, no page that jumps while it
loads, a main menu folded behind one control, and event details in one column.

One browser page serves each group of checks (they only read the page they open), so that the
whole file stays well under a minute.
"""

import re
import time

import pytest
from playwright.sync_api import expect

from tests.browser.targets import (
    LANGUAGES,
    PAGE_TYPES,
    SEARCH_WORD,
    open_search_results,
    open_target,
)

PHONE_HEIGHT = 844
# Every page is measured at a common phone's width in every language; the narrowest phones and a
# tablet in Serbian, whose words in the header and the filters run longest.
WIDTHS_AND_LANGUAGES = [(390, language) for language in LANGUAGES] + [
    (320, "sr-latn"),
    (768, "sr-latn"),
]
# Chromium's threshold for a good cumulative layout shift is 0.1; ours is stricter.
MAX_LAYOUT_SHIFT = 0.05
# How long scripts are held back: long enough that the page is painted before any of them runs,
# as on a slow phone network, where a script that changes the layout makes the page jump.
SCRIPT_DELAY = 0.3
SETTLE_MS = 200


def filtered_listing(page_type, filter_label, parameter):
    """Opens a listing and chooses the first entry of one of its filters, as a reader does; the
    partner filters are the ones with the longest choices (partners' full names)."""

    def open_filtered(page, site, language, ui_text):
        page.goto(site.pages[page_type][language])
        page.get_by_label(ui_text(language, filter_label), exact=True).select_option(index=1)
        page.get_by_role("button", name=ui_text(language, "Show"), exact=True).click()
        page.wait_for_url(re.compile(rf"[?&]{parameter}=\w"))

    return open_filtered


OTHER_PAGES = {
    "search results": open_search_results,
    "filtered news index": filtered_listing("NewsIndexPage", "Partner", "partner"),
    "filtered events index": filtered_listing("EventIndexPage", "Organiser", "organiser"),
}
TARGETS = PAGE_TYPES + list(OTHER_PAGES)


# What sticks out of the page sideways. An element inside a box that scrolls or clips (a wide
# table in its scrolling wrapper) is not counted: the reader scrolls that box, not the page.
MEASURE_WIDTH = """() => {
    const width = document.documentElement.clientWidth;
    const insideClippingBox = (element) => {
        for (let box = element.parentElement; box; box = box.parentElement) {
            if (getComputedStyle(box).overflowX !== "visible") return true;
        }
        return false;
    };
    const overflowing = [];
    for (const element of document.body.querySelectorAll("*")) {
        const box = element.getBoundingClientRect();
        if (box.width && (box.left < -0.5 || box.right > width + 0.5) && !insideClippingBox(element)) {
            const name = element.tagName.toLowerCase() + (element.className ? "." + element.className : "");
            overflowing.push(`${name} (${Math.round(box.left)} to ${Math.round(box.right)} px)`);
        }
    }
    return {
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: width,
        innerWidth: window.innerWidth,
        overflowing: overflowing,
    };
}"""


@pytest.fixture(scope="module")
def reader(browser, browser_context_args):
    """One browser page for every width check; each test sets its own width."""
    context = browser.new_context(**browser_context_args)
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize(
    ("width", "language"),
    WIDTHS_AND_LANGUAGES,
    ids=[f"{w}px-{lang}" for w, lang in WIDTHS_AND_LANGUAGES],
)
def test_page_is_no_wider_than_the_screen(reader, site, ui_text, target, width, language):
    reader.set_viewport_size({"width": width, "height": PHONE_HEIGHT})
    open_target(reader, site, target, language, ui_text, OTHER_PAGES)
    measured = reader.evaluate(MEASURE_WIDTH)
    assert measured["scrollWidth"] <= measured["innerWidth"], (reader.url, measured)
    assert measured["scrollWidth"] <= measured["clientWidth"], (reader.url, measured)
    assert not measured["overflowing"], f"{reader.url} at {width} px: " + "; ".join(
        measured["overflowing"][:8]
    )


# Registered before the page's own code runs, so that no shift from the first paint on is missed.
# Every shift counts: nobody touches the page while it loads, yet Chromium marks shifts "after
# input" when it emulates a touch screen, and would leave them out.
RECORD_LAYOUT_SHIFTS = """
window.layoutShifts = [];
new PerformanceObserver((entries) => {
    for (const shift of entries.getEntries()) {
        window.layoutShifts.push({
            value: shift.value,
            moved: shift.sources.map((source) => source.node ? source.node.nodeName : "?"),
        });
    }
}).observe({type: "layout-shift", buffered: true});
"""


def hold_back(route):
    time.sleep(SCRIPT_DELAY)
    route.continue_()


@pytest.fixture(scope="module")
def phone(browser, browser_context_args):
    """A phone's browser page that records layout shifts and gets scripts late."""
    context = browser.new_context(
        **browser_context_args,
        viewport={"width": 390, "height": PHONE_HEIGHT},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
    )
    context.add_init_script(RECORD_LAYOUT_SHIFTS)
    context.route(lambda url: url.endswith(".js"), hold_back)
    page = context.new_page()
    yield page
    context.close()


# Shifts come from the markup, the stylesheet and the pictures, which every language shares: each
# page is measured in one language, the three languages in turn.
SHIFT_TARGETS = [
    (target, LANGUAGES[index % len(LANGUAGES)]) for index, target in enumerate(TARGETS)
]


@pytest.mark.parametrize(("target", "language"), SHIFT_TARGETS, ids="-".join)
def test_page_does_not_jump_while_it_loads(phone, site, ui_text, target, language):
    open_target(phone, site, target, language, ui_text, OTHER_PAGES)
    phone.wait_for_load_state("load")
    phone.wait_for_timeout(SETTLE_MS)
    shifts = phone.evaluate("window.layoutShifts")
    total = sum(shift["value"] for shift in shifts)
    assert total < MAX_LAYOUT_SHIFT, f"{phone.url}: layout shift {total:.3f}: {shifts}"


def menu_parts(page, ui_text, language):
    menu = page.get_by_role("navigation", name=ui_text(language, "Main menu"))
    # Chromium exposes a <summary> as a button, but Playwright's role engine follows ARIA in
    # HTML, which gives it no role: the summary is found by its text.
    toggle = menu.locator("summary").filter(
        has_text=re.compile(rf"^\s*{re.escape(ui_text(language, 'Menu'))}\s*$")
    )
    return toggle, menu.get_by_role("link", include_hidden=True)


@pytest.mark.parametrize("javascript", [True, False], ids=["with-javascript", "without-javascript"])
def test_phone_menu_comes_folded_and_unfolds_with_or_without_javascript(
    new_context, site, ui_text, javascript
):
    page = new_context(
        viewport={"width": 390, "height": PHONE_HEIGHT}, java_script_enabled=javascript
    ).new_page()
    for language in LANGUAGES:
        page.goto(site.pages["HomePage"][language])
        toggle, links = menu_parts(page, ui_text, language)
        expect(toggle).to_be_visible()
        assert links.count() > 1
        for link in links.all():
            expect(link).to_be_hidden()

        toggle.click()
        for link in links.all():
            expect(link).to_be_visible()


@pytest.mark.parametrize("width", [768, 1280])
def test_menu_links_show_on_wider_screens_without_a_toggle(reader, site, ui_text, width):
    reader.set_viewport_size({"width": width, "height": 900})
    reader.goto(site.pages["HomePage"]["en"])
    toggle, links = menu_parts(reader, ui_text, "en")
    expect(toggle).to_be_hidden()
    assert links.count() > 1
    for link in links.all():
        expect(link).to_be_visible()
    links.first.click()
    expect(reader.get_by_role("heading", level=1)).to_be_visible()


def event_details(page, ui_text, language):
    """(term box, definition box) pairs of the event's details: When, Where, Organised by…"""
    when = page.get_by_role("term").filter(has_text=ui_text(language, "When"))
    details = page.get_by_role("main").locator("dl").filter(has=when)
    expect(details).to_be_visible()
    terms = details.get_by_role("term").all()
    definitions = details.get_by_role("definition").all()
    assert terms and len(terms) == len(definitions), page.url
    return [
        (term.bounding_box(), definition.bounding_box())
        for term, definition in zip(terms, definitions, strict=True)
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_details_stack_in_one_column_on_phones(reader, site, ui_text, language):
    reader.set_viewport_size({"width": 390, "height": PHONE_HEIGHT})
    reader.goto(site.pages["EventPage"][language])
    for term, definition in event_details(reader, ui_text, language):
        assert abs(definition["x"] - term["x"]) < 1, (reader.url, term, definition)
        assert definition["y"] >= term["y"] + term["height"] - 1, (reader.url, term, definition)


def test_event_details_sit_beside_their_names_on_wide_screens(reader, site, ui_text):
    reader.set_viewport_size({"width": 1280, "height": 900})
    reader.goto(site.pages["EventPage"]["en"])
    for term, definition in event_details(reader, ui_text, "en"):
        assert definition["x"] >= term["x"] + term["width"], (reader.url, term, definition)
        assert abs(definition["y"] - term["y"]) < 2, (reader.url, term, definition)


FORM_LOOK = ["font-family", "font-size", "border-top-width", "border-top-color", "border-radius"]
BUTTON_LOOK = [*FORM_LOOK, "background-color", "color"]


def look(locator, properties):
    return locator.evaluate(
        "(element, properties) => Object.fromEntries(properties.map("
        "(name) => [name, getComputedStyle(element).getPropertyValue(name)]))",
        properties,
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_page_form_looks_like_the_sites_other_search_form(reader, site, ui_text, language):
    reader.set_viewport_size({"width": 390, "height": PHONE_HEIGHT})
    reader.goto(f"/{language}/search/?q={SEARCH_WORD}")
    header = reader.get_by_role("search", name=ui_text(language, "Site search"))
    page_form = reader.get_by_role("main").get_by_role("search")
    for role, properties in (("searchbox", FORM_LOOK), ("button", BUTTON_LOOK)):
        assert look(page_form.get_by_role(role), properties) == look(
            header.get_by_role(role), properties
        ), role
    expect(page_form.get_by_label(ui_text(language, "Words to search for"))).to_have_value(
        SEARCH_WORD
    )
