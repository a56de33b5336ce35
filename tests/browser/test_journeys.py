"""What visitors and editors do on the site, done in a real browser, clicks and all."""

import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from PIL import Image
from playwright.sync_api import expect

from core.languages import html_language_tag
from tests.browser.admin import log_in
from tests.demo_site import VIEWPORTS

LANGUAGES = [code for code, _name in settings.LANGUAGES]
LANGUAGE_NAMES = dict(settings.LANGUAGES)
# A word found on pages of every language: the demo site's first partner's acronym.
SEARCH_WORD = "KEC"


def menu_toggle(menu, name):
    """The control that folds and unfolds a menu: a button, or the <summary> of a <details>.

    Chromium exposes a <summary> as a button, but Playwright's role engine follows ARIA in HTML,
    which gives it no role, so a summary is found by its text.
    """
    exact_text = re.compile(rf"^\s*{re.escape(name)}\s*$")
    return menu.get_by_role("button", name=name, exact=True).or_(
        menu.locator("summary").filter(has_text=exact_text)
    )


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "sq"])
def test_language_switcher_leads_to_the_articles_translation(page, site, ui_text, language):
    article = site.pages["NewsPage"]
    page.goto(article["sq"])
    albanian_title = page.title()

    switcher = page.get_by_role("navigation", name=ui_text("sq", "Choose a language"))
    switcher.get_by_role("link", name=LANGUAGE_NAMES[language], exact=True).click()

    expect(page).to_have_url(site.base_url + article[language])
    expect(page.locator("html")).to_have_attribute("lang", html_language_tag(language))
    assert page.title() != albanian_title


@pytest.mark.parametrize("javascript", [True, False], ids=["with-javascript", "without-javascript"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_phone_menu_opens_and_its_links_work(new_context, site, ui_text, language, javascript):
    page = new_context(viewport=VIEWPORTS["phone"], java_script_enabled=javascript).new_page()
    page.goto(site.pages["HomePage"][language])
    menu = page.get_by_role("navigation", name=ui_text(language, "Main menu"))
    toggle = menu_toggle(menu, ui_text(language, "Menu"))
    expect(toggle).to_be_visible()

    link = menu.get_by_role("link").last
    if not link.is_visible():
        toggle.click()
    expect(link).to_be_visible()
    destination = link.get_attribute("href")
    link.click()

    expect(page).to_have_url(site.base_url + destination)


@pytest.mark.parametrize("language", LANGUAGES)
def test_header_search_finds_a_page_that_opens(page, site, ui_text, language):
    page.goto(site.pages["HomePage"][language])
    search = page.get_by_role("search", name=ui_text(language, "Site search"))
    search.get_by_label(ui_text(language, "Search the site")).fill(SEARCH_WORD)
    button = ui_text(language, "Search", "verb on a button")
    search.get_by_role("button", name=button, exact=True).click()

    expect(page).to_have_url(re.compile(rf"/{language}/search/\?q={SEARCH_WORD}$"))
    result = page.get_by_role("main").get_by_role("heading", level=2).get_by_role("link").first
    destination = result.get_attribute("href")
    result.click()

    expect(page).to_have_url(site.base_url + destination)
    expect(page.get_by_role("heading", level=1)).to_be_visible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_downloads_as_a_calendar_file(page, site, ui_text, language):
    page.goto(site.pages["EventPage"][language])
    with page.expect_download() as download_info:
        page.get_by_role("link", name=ui_text(language, "Add to calendar")).click()

    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    assert Path(download.path()).read_bytes().startswith(b"BEGIN:VCALENDAR")


def small_png():
    image = io.BytesIO()
    Image.new("RGB", (120, 80), (231, 111, 81)).save(image, "PNG")
    return image.getvalue()


def test_partner_highlight_is_public_once_communications_approve_it(new_context, site, ui_text):
    event = site.pages["EventPage"]["sq"]
    title = "Nxënësit prezantuan projektet e tyre"
    alt_text = "Nxënëse duke folur para klasës"

    partner = log_in(new_context, "partner.kec")
    partner.goto(event)
    partner.get_by_role("button", name="View Wagtail quick actions").click()
    partner.get_by_role("menuitem", name="Add a child page").click()
    form = partner.get_by_role("tabpanel", name="Content")
    form.get_by_role("textbox", name="Title").fill(title)
    form.get_by_role("textbox", name="Summary").fill(
        "Dyzet nxënës treguan çfarë mësuan gjatë javës."
    )
    form.get_by_role("region", name="Photos").get_by_role("button", name="Add photo").click()
    chooser = partner.get_by_role("dialog")
    chooser.get_by_role("tab", name="Upload").click()
    chooser.get_by_label("File").set_input_files(
        files=[{"name": "nxenesit.png", "mimeType": "image/png", "buffer": small_png()}]
    )
    chooser.get_by_role("textbox", name="Title").fill("Nxënësit në skenë")
    chooser.get_by_role("button", name="Upload").click()
    expect(chooser).to_be_hidden()
    photo = form.get_by_role("region", name="Photo 1")
    photo.get_by_role("textbox", name="Alternative text").fill(alt_text)
    partner.get_by_role("button", name="More actions").click()
    # "Submit for moderation" without a workflow; "Submit to <workflow>" with one.
    partner.get_by_role("button", name=re.compile(r"^Submit (for moderation|to )")).click()
    expect(
        partner.get_by_text(f"Page '{title}' created and submitted for moderation")
    ).to_be_visible()

    visitor = new_context().new_page()
    visitor.goto(event)
    expect(visitor.get_by_role("link", name=title)).to_have_count(0)

    approver = log_in(new_context, "komunikimi")
    review = approver.get_by_role("region", name="Awaiting your review")
    review.get_by_role("link", name=title).click()
    approver.get_by_role("button", name="More actions").click()
    # The last task of a workflow publishes as it approves.
    approver.get_by_role("button", name=re.compile(r"^Approve( and Publish)?$")).click()
    expect(approver).not_to_have_url(re.compile(r"/edit/$"))
    expect(approver.get_by_role("status").filter(has_text=title)).to_be_visible()

    visitor.reload()
    highlights = visitor.get_by_role("region", name=ui_text("sq", "Highlights"))
    expect(highlights.get_by_role("link", name=title)).to_be_visible()
    expect(highlights.get_by_role("img", name=alt_text)).to_be_visible()
