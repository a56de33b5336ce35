"""A page into every language, in a real browser: the translator from the dashboard to a
submitted translation, and Communications from "Translate this page" to three live languages.

Each test makes its own Albanian page in the served demo site's database (through
`site.shell`), so that the tests share nothing but the demo content.
"""

import json
import re

import pytest
from playwright.sync_api import expect

from core.slugs import readable_slugify
from tests.browser.admin import log_in

LANGUAGE_NAMES = {"sq": "Shqip", "sr-latn": "Srpski", "en": "English"}
# The pages' texts, and their translations into the two other languages.
TEXTS = {
    "Udhëzues për prindërit": {"sr-latn": "Vodič za roditelje", "en": "A guide for parents"},
    "Si ta ndihmoni fëmijën të mbetet në shkollë.": {
        "sr-latn": "Kako da pomognete detetu da ostane u školi.",
        "en": "How to help your child stay in school.",
    },
    "Nxënësit prezantuan projektet e tyre": {
        "sr-latn": "Đaci su predstavili svoje projekte",
        "en": "Pupils presented their projects",
    },
    "Dyzet nxënës treguan çfarë mësuan gjatë javës.": {
        "sr-latn": "Četrdeset đaka je pokazalo šta su naučili tokom nedelje.",
        "en": "Forty pupils showed what they learnt during the week.",
    },
}
SOURCE_TITLE, SOURCE_INTRO, HIGHLIGHT_TITLE, HIGHLIGHT_SUMMARY = TEXTS

NEW_PAGE = """
import json
from home.models import HomePage, StandardPage
from wagtail.models import Locale

home = HomePage.objects.get(locale__language_code="sq")
page = StandardPage(title=%(title)r, slug=%(slug)r, intro=%(intro)r, live=False)
home.add_child(instance=page)
revision = page.save_revision()
if %(publish)r:
    revision.publish()
print(json.dumps({"id": page.pk}))
"""

APPROVED_HIGHLIGHT = """
import json
from events.models import EventHighlightPage, EventPage
from partners.models import PartnerPage

event = EventPage.objects.get(url_path__endswith=%(event_path)r, locale__language_code="sq")
highlight = EventHighlightPage(
    title=%(title)r,
    slug=%(slug)r,
    summary=%(summary)r,
    posted_by=PartnerPage.objects.get(acronym="KEC", locale__language_code="sq"),
    live=False,
)
event.add_child(instance=highlight)
highlight.save_revision().publish()  # as Communications' approval does
print(json.dumps({"id": highlight.pk, "event": event.pk}))
"""

TRANSLATIONS = """
import json
from wagtail.models import Page

page = Page.objects.get(pk=%(id)d)
print(json.dumps({
    translation.locale.language_code: {
        "id": translation.pk, "url": translation.url, "live": translation.live,
        "title": translation.title, "slug": translation.slug,
    }
    for translation in page.get_translations(inclusive=True).select_related("locale")
}))
"""


def new_page(site, slug, publish):
    """An Albanian page in the demo site, published (hence sent to translators) or a draft."""
    script = NEW_PAGE % {
        "title": SOURCE_TITLE,
        "slug": slug,
        "intro": SOURCE_INTRO,
        "publish": publish,
    }
    return site.shell(script)["id"]


def approved_highlight(site, slug):
    """A partner's highlight under the demo's Albanian event, approved (hence published)."""
    event_path = "/" + site.pages["EventPage"]["sq"].strip("/").split("/", 1)[1] + "/"
    script = APPROVED_HIGHLIGHT % {
        "event_path": event_path,
        "title": HIGHLIGHT_TITLE,
        "slug": slug,
        "summary": HIGHLIGHT_SUMMARY,
    }
    return site.shell(script)


def translations(site, page_id):
    return site.shell(TRANSLATIONS % {"id": page_id})


def translate_every_text(editor, language):
    """Type a translation of every text still waiting in wagtail-localize's editor."""
    content = editor.get_by_role("tabpanel", name="Content")
    waiting = content.locator("li.incomplete:visible")
    expect(waiting.first).to_be_visible()
    while waiting.count():
        # `first` is looked up again at each step: a saved text leaves the list of incomplete ones.
        segment = waiting.first
        translation = TEXTS[segment.locator("p").first.inner_text()][language]
        segment.get_by_role("button", name="Translate").click()
        segment.get_by_role("textbox").fill(translation)
        segment.get_by_role("button", name="Save").click()
        expect(content.get_by_text(translation, exact=True)).to_be_visible()


def address_made_from_the_title(editor, language, title):
    """After a reload, the Promote tab shows the slug made from the translated title."""
    editor.reload()
    editor.get_by_role("tab", name="Promote").click()
    promote = editor.get_by_role("tabpanel", name="Promote")
    slug = readable_slugify(TEXTS[title][language])
    expect(promote.get_by_text(slug, exact=True)).to_be_visible()
    return slug


@pytest.mark.parametrize("language", ["sr-latn", "en"])
def test_a_partners_approved_highlight_reaches_readers_through_the_translator(
    new_context, site, ui_text, language
):
    highlight = approved_highlight(site, f"projektet-{language}")
    errors = []

    translator = log_in(new_context, "perkthyesi", errors)
    work = translator.get_by_role("region", name="Waiting for your translation")
    work.get_by_role(
        "link", name=f"Translate into {LANGUAGE_NAMES[language]}: {HIGHLIGHT_TITLE}"
    ).first.click()
    expect(translator.get_by_role("button", name="Submit for review")).to_be_visible()
    # wagtail-localize's own actions (Delete, Stop Synced translation…) are not offered.
    expect(translator.get_by_role("button", name="Stop Synced translation")).to_have_count(0)
    expect(translator.get_by_role("link", name="Delete")).to_have_count(0)

    translate_every_text(translator, language)
    slug = address_made_from_the_title(translator, language, HIGHLIGHT_TITLE)
    translator.get_by_role("button", name="Submit for review").click()
    expect(translator.get_by_text("was submitted for review")).to_be_visible()
    expect(translator.get_by_role("button", name="Submit for review")).to_have_count(0)

    approver = log_in(new_context, "komunikimi", errors)
    review = approver.get_by_role("region", name="Awaiting your review")
    review.get_by_role("link", name=TEXTS[HIGHLIGHT_TITLE][language]).first.click()
    awaiting = approver.get_by_role("region", name="This translation awaits your review")
    expect(awaiting.get_by_text("Submitted by Translator")).to_be_visible()
    awaiting.get_by_role("button", name=re.compile(r"^Approve( and Publish)?$")).click()
    expect(awaiting).to_have_count(0)

    translated = translations(site, highlight["id"])[language]
    assert translated["live"]
    assert translated["slug"] == slug
    event = translations(site, highlight["event"])[language]
    reader = new_context().new_page()
    reader.goto(event["url"])
    highlights = reader.get_by_role("region", name=ui_text(language, "Highlights"))
    highlights.get_by_role("link", name=TEXTS[HIGHLIGHT_TITLE][language]).click()
    expect(reader.get_by_role("heading", level=1)).to_have_text(TEXTS[HIGHLIGHT_TITLE][language])
    expect(reader.get_by_text(TEXTS[HIGHLIGHT_SUMMARY][language])).to_be_visible()
    assert errors == []


def test_communications_take_a_page_from_translate_this_page_to_three_live_languages(
    new_context, site
):
    page_id = new_page(site, "udhezues-per-tri-gjuhe", publish=False)
    errors = []

    editor = log_in(new_context, "komunikimi", errors)
    editor.goto(f"/admin/pages/{page_id}/edit/")
    editor.get_by_role("button", name="Actions").first.click()  # the page header's menu
    editor.get_by_role("link", name="Translate this page").first.click()
    for language in ("sr-latn", "en"):
        editor.get_by_role("checkbox", name=LANGUAGE_NAMES[language]).check()
    editor.get_by_role("button", name="Submit").click()

    # The admin shows the new translations, one link for each language.
    report = editor.url
    assert "/admin/reports/translation-status/" in report
    for language in ("sr-latn", "en"):
        editor.goto(report)
        editor.get_by_role(
            "link", name=f"Translate into {LANGUAGE_NAMES[language]}: {SOURCE_TITLE}"
        ).click()
        # A half-done translation is refused…
        editor.get_by_role("button", name=f"Publish in {LANGUAGE_NAMES[language]}").click()
        expect(editor.get_by_text("Not published:")).to_be_visible()
        # …and a complete one goes live.
        translate_every_text(editor, language)
        editor.get_by_role("button", name=f"Publish in {LANGUAGE_NAMES[language]}").click()
        expect(
            editor.get_by_text(
                f"Published '{TEXTS[SOURCE_TITLE][language]}' in {LANGUAGE_NAMES[language]}."
            )
        ).to_be_visible()

    editor.goto(f"/admin/pages/{page_id}/edit/")
    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name="Publish").click()
    expect(editor).not_to_have_url(re.compile(r"/edit/$"))

    visitor = new_context().new_page()
    expected_titles = {"sq": SOURCE_TITLE} | {
        language: TEXTS[SOURCE_TITLE][language] for language in ("sr-latn", "en")
    }
    live = translations(site, page_id)
    assert sorted(live) == ["en", "sq", "sr-latn"], json.dumps(live)
    for language, title in expected_titles.items():
        assert live[language]["live"]
        visitor.goto(live[language]["url"])
        expect(visitor.get_by_role("heading", level=1)).to_have_text(title)
    assert errors == []
