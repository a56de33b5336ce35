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


@pytest.fixture
def team(make_user, home_pages):
    _, communications = make_user(COMMUNICATIONS, username="communications")
    _, translator = make_user(TRANSLATORS, username="translator")
    source = factories.StandardPageFactory(
        parent=home_pages["sq"],
        title="Udhëzues për prindërit",
        intro="Si ta ndihmoni fëmijën të mbetet në shkollë.",
        body=[{"type": "paragraph", "value": "<p>Flisni çdo ditë me mësuesin.</p>"}],
    )
    return {"communications": communications, "translator": translator, "source": source}


def english():
    return Locale.objects.get(language_code="en")


def send_for_translation(team):
    locales = Locale.objects.exclude(language_code="sq")
    response = team["communications"].post(
        reverse("wagtail_localize:submit_page_translation", args=[team["source"].pk]),
        {"locales": [locale.pk for locale in locales]},
    )
    assert response.status_code == 302
    return team["source"].get_translation(english())


def english_translation(team):
    return Translation.objects.get(
        source__object_id=team["source"].translation_key, target_locale=english()
    )


def test_translations_start_as_drafts_that_translators_fill_but_cannot_publish(
    team, django_capture_on_commit_callbacks
):
    draft = send_for_translation(team)
    assert not draft.live
    assert StandardPage.objects.filter(translation_key=team["source"].translation_key).count() == 3

    translator = team["translator"]
    editor = translator.get(reverse("wagtailadmin_pages:edit", args=[draft.pk]))
    assert editor.status_code == 200
    assert b"&quot;canPublish&quot;: false" in editor.content

    translation = english_translation(team)
    title_segment = StringSegment.objects.get(source=translation.source, context__path="title")
    response = translator.put(
        reverse(
            "wagtail_localize:edit_string_translation", args=[translation.pk, title_segment.pk]
        ),
        encode_multipart(BOUNDARY, {"value": "A guide for parents"}),
        content_type=MULTIPART_CONTENT,
    )
    assert response.status_code == 201  # a new string translation

    refused = translator.post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]), {"action": "publish"}
    )
    assert refused.status_code in (302, 403)
    draft.refresh_from_db()
    assert not draft.live

    with django_capture_on_commit_callbacks(execute=True):
        published = team["communications"].post(
            reverse("wagtailadmin_pages:edit", args=[draft.pk]), {"action": "publish"}
        )
    assert published.status_code in (200, 302)
    draft.refresh_from_db()
    assert draft.live and draft.title == "A guide for parents"


def test_translators_cannot_edit_the_source_or_send_pages_for_translation(team):
    translator = team["translator"]
    source = team["source"]
    before = (source.title, source.latest_revision_id)
    for response in (
        translator.get(reverse("wagtailadmin_pages:edit", args=[source.pk])),
        translator.post(
            reverse("wagtailadmin_pages:edit", args=[source.pk]), {"title": "Ndryshuar"}
        ),
        translator.post(
            reverse("wagtail_localize:submit_page_translation", args=[source.pk]),
            {"locales": [english().pk]},
        ),
    ):
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert response["Location"].startswith("/admin/")
            assert "edit" not in response["Location"]
    source.refresh_from_db()
    assert (source.title, source.latest_revision_id) == before
    assert source.get_translation_or_none(english()) is None


def test_po_file_round_trip(team, django_capture_on_commit_callbacks):
    draft = send_for_translation(team)
    translation = english_translation(team)
    translator = team["translator"]

    download = translator.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    sources = {entry.msgid for entry in po}
    assert {"Udhëzues për prindërit", "Flisni çdo ditë me mësuesin."} <= sources
    english_text = {
        "Udhëzues për prindërit": "A guide for parents",
        "Si ta ndihmoni fëmijën të mbetet në shkollë.": "How to help your child stay in school.",
        "Flisni çdo ditë me mësuesin.": "Talk to the teacher every day.",
    }
    for entry in po:
        entry.msgstr = english_text.get(entry.msgid, entry.msgid)

    upload = io.BytesIO(str(po).encode())
    upload.name = "guide-en.po"
    response = translator.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload}
    )
    assert response.status_code == 302

    again = polib.pofile(
        translator.get(
            reverse("wagtail_localize:download_pofile", args=[translation.pk])
        ).content.decode()
    )
    assert {
        entry.msgid: entry.msgstr for entry in again if entry.msgid in english_text
    } == english_text

    with django_capture_on_commit_callbacks(execute=True):
        team["communications"].post(
            reverse("wagtailadmin_pages:edit", args=[draft.pk]), {"action": "publish"}
        )
    draft.refresh_from_db()
    assert draft.live
    assert draft.intro == "How to help your child stay in school."
    assert "Talk to the teacher every day." in str(draft.body)


def test_syncing_brings_changed_source_text_to_translators(team):
    send_for_translation(team)
    source = team["source"]
    source.intro = "Një hyrje e re për prindërit."
    source.save_revision().publish()
    translation_source = TranslationSource.objects.get(object_id=source.translation_key)

    response = team["communications"].post(
        reverse("wagtail_localize:update_translations", args=[translation_source.pk]), {}
    )
    assert response.status_code == 302
    segments = StringSegment.objects.filter(source=translation_source).values_list(
        "string__data", flat=True
    )
    assert "Një hyrje e re për prindërit." in segments
    total, done = english_translation(team).get_progress()
    assert done < total

    assert team["translator"].post(
        reverse("wagtail_localize:update_translations", args=[translation_source.pk]), {}
    ).status_code in (302, 403)


def test_translators_translate_menus_but_cannot_edit_the_source_or_publish(team):
    from core.models import NavigationMenu

    translator = team["translator"]
    source = NavigationMenu.objects.get(locale__language_code="sq")
    english_menu = NavigationMenu.objects.get(locale__language_code="en")

    def edit_url(menu):
        return reverse("wagtailsnippets_core_navigationmenu:edit", args=[menu.pk])

    refused = translator.get(edit_url(source))
    assert refused.status_code in (302, 403)
    assert translator.get(edit_url(english_menu)).status_code == 200
    before = english_menu.live_revision_id
    response = translator.post(edit_url(english_menu), {"action": "publish"})
    assert response.status_code in (302, 403)
    english_menu.refresh_from_db()
    assert english_menu.live_revision_id == before
