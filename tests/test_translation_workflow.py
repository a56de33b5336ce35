"""Communications send pages out for translation; translators translate (also by PO file) but
never publish or touch the Albanian source; Communications publish; a sync brings new text."""

import io

import polib
import pytest
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from editorial.roles import COMMUNICATIONS, TRANSLATORS
from home.models import StandardPage

from . import factories

pytestmark = pytest.mark.django_db

TITLE = "Udhëzues për prindërit"
INTRO = "Si ta ndihmoni fëmijën të mbetet në shkollë."
PARAGRAPH = "Flisni çdo ditë me mësuesin."
ENGLISH_TEXT = {
    TITLE: "A guide for parents",
    INTRO: "How to help your child stay in school.",
    PARAGRAPH: "Talk to the teacher every day.",
}


@pytest.fixture
def team(make_user, tree):
    _, communications = make_user(COMMUNICATIONS, username="communications")
    _, translator = make_user(TRANSLATORS, username="translator")
    source = factories.StandardPageFactory(
        parent=tree("home"),
        title=TITLE,
        intro=INTRO,
        body=factories.paragraph(PARAGRAPH),
    )
    return {"communications": communications, "translator": translator, "source": source}


def locale(language):
    return Locale.objects.get(language_code=language)


def send_for_translation(team):
    """Communications submit the source page for translation into Serbian and English."""
    response = team["communications"].post(
        reverse("wagtail_localize:submit_page_translation", args=[team["source"].pk]),
        {"locales": [locale("sr-latn").pk, locale("en").pk]},
    )
    assert response.status_code == 302
    return team["source"].get_translation(locale("en")).specific


def english_translation(team):
    return Translation.objects.get(
        source__object_id=team["source"].translation_key, target_locale=locale("en")
    )


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def assert_refused(response):
    """Refused by the admin boundary (editorial.boundary), or by Wagtail, which redirects to the
    dashboard with an error message."""
    if response.status_code != 403:
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")


def publish_as(client, page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(edit_url(page), {"action": "publish"})


def test_submitted_translations_start_as_drafts_nobody_outside_can_see(client, team):
    draft = send_for_translation(team)
    drafts = {
        page.locale.language_code: page
        for page in StandardPage.objects.filter(
            translation_key=team["source"].translation_key
        ).exclude(locale__language_code="sq")
    }
    assert set(drafts) == {"sr-latn", "en"}
    assert not any(page.live for page in drafts.values())
    assert client.get(draft.url).status_code == 404
    # The visitor's language switcher still leads to the English home page.
    source = team["source"]
    assert (
        f'href="/en/?untranslated={source.pk}" hreflang="en"'
        in client.get(source.url).content.decode()
    )


def test_translators_translate_in_the_editor_and_only_communications_publish(
    client, team, django_capture_on_commit_callbacks
):
    draft = send_for_translation(team)
    translator = team["translator"]
    editor = translator.get(edit_url(draft))
    assert editor.status_code == 200
    assert b"&quot;canPublish&quot;: false" in editor.content

    translation = english_translation(team)
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        if segment.string.data in ENGLISH_TEXT:
            response = translator.put(
                reverse(
                    "wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]
                ),
                encode_multipart(BOUNDARY, {"value": ENGLISH_TEXT[segment.string.data]}),
                content_type=MULTIPART_CONTENT,
            )
            assert response.status_code == 201  # a new string translation
            assert response.json()["data"] == ENGLISH_TEXT[segment.string.data]

    refused = publish_as(translator, draft, django_capture_on_commit_callbacks)
    assert_refused(refused)
    draft.refresh_from_db()
    assert not draft.live
    assert client.get(draft.url).status_code == 404

    published = publish_as(team["communications"], draft, django_capture_on_commit_callbacks)
    assert published.status_code == 302
    draft.refresh_from_db()
    assert draft.live
    page = client.get(draft.url)
    assert page.status_code == 200
    assert f"<h1>{ENGLISH_TEXT[TITLE]}</h1>" in page.content.decode()


def test_translators_cannot_edit_the_source_or_send_it_for_translation(client, team):
    translator = team["translator"]
    source = team["source"]
    marker = "NDRYSHIM-I-PERKTHYESIT"
    before = (source.title, source.latest_revision_id)

    assert_refused(translator.get(edit_url(source)))
    assert_refused(translator.post(edit_url(source), {"title": marker, "action-publish": "on"}))
    submitted = translator.post(
        reverse("wagtail_localize:submit_page_translation", args=[source.pk]),
        {"locales": [locale("en").pk]},
    )
    assert_refused(submitted)

    source.refresh_from_db()
    assert (source.title, source.latest_revision_id) == before
    assert source.get_translation_or_none(locale("en")) is None
    assert marker not in client.get(source.url).content.decode()


def test_translators_translate_by_po_file_and_communications_publish_it(
    client, team, django_capture_on_commit_callbacks
):
    draft = send_for_translation(team)
    translation = english_translation(team)
    translator = team["translator"]
    download_url = reverse("wagtail_localize:download_pofile", args=[translation.pk])

    download = translator.get(download_url)
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    assert set(ENGLISH_TEXT) <= {entry.msgid for entry in po}
    for entry in po:
        entry.msgstr = ENGLISH_TEXT.get(entry.msgid, entry.msgid)
    upload = io.BytesIO(str(po).encode())
    upload.name = "guide-en.po"
    response = translator.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload}
    )
    assert response.status_code == 302

    again = polib.pofile(translator.get(download_url).content.decode())
    assert {
        entry.msgid: entry.msgstr for entry in again if entry.msgid in ENGLISH_TEXT
    } == ENGLISH_TEXT

    published = publish_as(team["communications"], draft, django_capture_on_commit_callbacks)
    assert published.status_code == 302
    draft.refresh_from_db()
    assert draft.live
    html = client.get(draft.url).content.decode()
    for text in ENGLISH_TEXT.values():
        assert text in html
    for text in ENGLISH_TEXT:
        assert text not in html


def test_publishing_the_source_brings_its_new_text_to_translators(team):
    send_for_translation(team)
    source = team["source"]
    new_intro = "Një hyrje e re për prindërit."
    source.intro = new_intro
    source.save_revision().publish()
    translation_source = TranslationSource.objects.get(object_id=source.translation_key)
    segments = StringSegment.objects.filter(source=translation_source).values_list(
        "string__data", flat=True
    )
    assert new_intro in segments
    assert INTRO not in segments

    translator = team["translator"]
    po = polib.pofile(
        translator.get(
            reverse("wagtail_localize:download_pofile", args=[english_translation(team).pk])
        ).content.decode()
    )
    untranslated = {entry.msgid for entry in po if not entry.msgstr}
    assert new_intro in untranslated


def test_only_communications_sync_translations_by_hand(team):
    send_for_translation(team)
    translation_source = TranslationSource.objects.get(object_id=team["source"].translation_key)
    sync_url = reverse("wagtail_localize:update_translations", args=[translation_source.pk])
    assert_refused(team["translator"].post(sync_url, {}))
    assert team["communications"].post(sync_url, {}).status_code == 302


SNIPPET_EDIT_URLS = {
    "menu": "wagtailsnippets_core_navigationmenu:edit",
    "footer": "wagtailsnippets_core_footer:edit",
}


def snippet_edit_url(name, snippet):
    return reverse(SNIPPET_EDIT_URLS[name], args=[snippet.pk])


@pytest.mark.parametrize("name", ["menu", "footer"])
def test_translators_open_menu_translations_but_neither_the_source_nor_publishing(
    tree, team, name, django_capture_on_commit_callbacks
):
    translator = team["translator"]
    source = tree(name)
    english = tree(name, "en")
    source_revision = source.latest_revision_id

    assert_refused(translator.get(snippet_edit_url(name, source)))
    assert_refused(translator.post(snippet_edit_url(name, source), {"action": "publish"}))

    editor = translator.get(snippet_edit_url(name, english))
    assert editor.status_code == 200
    assert b"&quot;canPublish&quot;: false" in editor.content

    english_revision = english.live_revision_id
    with django_capture_on_commit_callbacks(execute=True):
        refused = translator.post(snippet_edit_url(name, english), {"action": "publish"})
    assert_refused(refused)
    english.refresh_from_db()
    source.refresh_from_db()
    assert english.live_revision_id == english_revision
    assert source.latest_revision_id == source_revision


def test_a_footer_translated_by_a_translator_shows_once_communications_publish_it(
    client, tree, team, django_capture_on_commit_callbacks
):
    english_footer = tree("footer", "en")
    translation = Translation.objects.get(
        source__object_id=english_footer.translation_key, target_locale=locale("en")
    )
    about_segment = StringSegment.objects.get(source=translation.source, context__path="about")
    marker = "The network keeps every child in school (translator)."
    response = team["translator"].put(
        reverse(
            "wagtail_localize:edit_string_translation", args=[translation.pk, about_segment.pk]
        ),
        encode_multipart(BOUNDARY, {"value": marker}),
        content_type=MULTIPART_CONTENT,
    )
    assert response.status_code == 200
    english_home = tree("home", "en").url
    assert marker not in client.get(english_home).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        published = team["communications"].post(
            snippet_edit_url("footer", english_footer), {"action": "publish"}
        )
    assert published.status_code == 302
    assert marker in client.get(english_home).content.decode()
    assert marker not in client.get(tree("home").url).content.decode()
