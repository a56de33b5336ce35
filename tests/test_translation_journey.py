"""From an Albanian page published to its translations live: requested automatically, found on
the translator's dashboard, translated, saved, submitted, reviewed, and never published half done."""

import pytest
from django.core import mail
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.http import urlencode
from django.utils.translation import gettext
from wagtail.models import Locale, PageLogEntry
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, Translation

from editorial.roles import COMMUNICATIONS, REVIEW_TASK, TRANSLATORS
from editorial.translation_workflow import PUBLISHED_INCOMPLETE
from home.models import StandardPage
from translation_status.status import TranslationStatus, translation_status_rows

from . import factories
from .utils import addresses_refused_to

pytestmark = pytest.mark.django_db

TITLE = "Java e parandalimit të braktisjes"
INTRO = "Shkollat hapin dyert për prindërit."
PARAGRAPH = "Çdo fëmijë në shkollë, çdo ditë."
SERBIAN = {
    TITLE: "Nedelja prevencije napuštanja škole — đaci",
    INTRO: "Škole otvaraju vrata roditeljima.",
    PARAGRAPH: "Svako dete u školi, svaki dan.",
}


@pytest.fixture
def team(make_user, tree):
    communications, communications_client = make_user(COMMUNICATIONS, username="communications")
    communications.email = "komunikimi@example.org"
    communications.save()
    translator, translator_client = make_user(TRANSLATORS, username="translator")
    translator.email = "perkthyesi@example.org"
    translator.save()
    # The assertions below read the admin's English wording.
    for user in (communications, translator):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "en"
        profile.save()
    return {
        "communications": communications,
        "communications_client": communications_client,
        "translator": translator,
        "translator_client": translator_client,
        "home": tree("home"),
    }


def locale(language):
    return Locale.objects.get(language_code=language)


def publish_new_page(team, title=TITLE):
    page = factories.StandardPageFactory(
        parent=team["home"], title=title, intro=INTRO, body=factories.paragraph(PARAGRAPH)
    )
    page.save_revision(user=team["communications"]).publish()
    return page


def translation_of(page, language):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale(language)
    )


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def translate_texts(client, translation, texts):
    """Type each translation into the editor, as its text boxes do."""
    segments = StringSegment.objects.filter(source=translation.source).select_related("string")
    for segment in segments:
        if segment.string.data in texts:
            response = client.put(
                reverse(
                    "wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]
                ),
                encode_multipart(BOUNDARY, {"value": texts[segment.string.data]}),
                content_type=MULTIPART_CONTENT,
            )
            assert response.status_code in (200, 201)


def post_action(client, page, action, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(page), {"action": action}, follow=True)
    assert response.status_code == 200
    return response


def shown_messages(response):
    return [str(message) for message in response.context["messages"]]


def statuses(page):
    [row] = [row for row in translation_status_rows() if row.object.pk == page.pk]
    return row.statuses


# Every new source page reaches every language -----------------------------------------------


def test_publishing_an_albanian_page_requests_drafts_in_every_other_language(client, team):
    page = publish_new_page(team)
    for language in ("sr-latn", "en"):
        draft = page.get_translation(locale(language))
        assert not draft.live
        assert draft.title == TITLE  # the original's text until someone translates it
        assert client.get(draft.url).status_code == 404
        assert translation_of(page, language).enabled
    assert statuses(page) == {
        "sr-latn": TranslationStatus.WAITING,
        "en": TranslationStatus.WAITING,
    }


def test_publishing_again_marks_live_translations_out_of_date(tree):
    about = tree("about")
    about.intro = "Hyrje e re."
    about.save_revision().publish()
    assert set(statuses(about).values()) == {TranslationStatus.OUT_OF_DATE}
    source = translation_of(about, "en").source
    assert "Hyrje e re." in source.stringsegment_set.values_list("string__data", flat=True)


def test_a_draft_of_an_albanian_page_is_not_sent_for_translation(team):
    page = factories.StandardPageFactory(parent=team["home"], title="Ende draft", live=False)
    page.save_revision()
    assert page.get_translations().count() == 0


# Translators find their work ----------------------------------------------------------------


def test_translators_dashboard_lists_their_work_newest_change_first(team):
    older = publish_new_page(team, title="Faqja e vjetër")
    newer = publish_new_page(team, title="Faqja e re")
    dashboard = team["translator_client"].get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="translation-work-section"' in dashboard
    assert dashboard.index("Faqja e re") < dashboard.index("Faqja e vjetër")
    for page in (older, newer):
        for language in ("sr-latn", "en"):
            assert f'href="{edit_url(page.get_translation(locale(language)))}"' in dashboard
        assert f'href="{edit_url(page)}"' not in dashboard  # never the Albanian original


def test_translators_report_links_to_the_translations_and_filters_by_status(team):
    page = publish_new_page(team)
    response = team["translator_client"].get(
        reverse("translation_status:report"), {"status": "waiting"}
    )
    assert response.status_code == 200
    assert [row.title for row in response.context["object_list"]] == [TITLE]
    html = response.content.decode()
    assert "Waiting for translations" in html
    assert edit_url(page.get_translation(locale("en"))) in html


# Translators translate, save and submit ----------------------------------------------------


def test_translation_editor_offers_translators_save_and_submit_only(team):
    page = publish_new_page(team)
    html = team["translator_client"].get(edit_url(page.get_translation(locale("en")))).content
    html = html.decode()
    assert 'value="submit-for-review"' in html
    assert 'value="save-draft"' in html
    # wagtail-localize's footer (Delete, Stop Synced translation, Convert to alias) is replaced.
    assert ".js-translation-editor footer.footer { display: none; }" in html
    assert 'value="publish-incomplete"' not in html


def test_translators_save_a_draft_in_their_name(team, django_capture_on_commit_callbacks):
    page = publish_new_page(team)
    serbian = page.get_translation(locale("sr-latn"))
    translate_texts(team["translator_client"], translation_of(page, "sr-latn"), SERBIAN)
    response = post_action(
        team["translator_client"], serbian, "save-draft", django_capture_on_commit_callbacks
    )
    assert any("saved" in message for message in shown_messages(response))
    serbian.refresh_from_db()
    assert not serbian.live
    assert serbian.latest_revision.user == team["translator"]
    assert serbian.latest_revision.as_object().title == SERBIAN[TITLE]


def test_an_incomplete_translation_cannot_be_submitted(team, django_capture_on_commit_callbacks):
    page = publish_new_page(team)
    english = page.get_translation(locale("en"))
    translate_texts(
        team["translator_client"], translation_of(page, "en"), {TITLE: "Dropout prevention week"}
    )
    response = post_action(
        team["translator_client"], english, "submit-for-review", django_capture_on_commit_callbacks
    )
    [message] = shown_messages(response)
    assert "Not submitted" in message
    assert "2 texts are not translated into English" in message
    assert INTRO in message and PARAGRAPH in message
    assert english.specific.current_workflow_state is None
    assert mail.outbox == []


def test_a_submitted_translation_reaches_communications_and_goes_live_with_a_serbian_address(
    client, team, django_capture_on_commit_callbacks
):
    page = publish_new_page(team)
    serbian = page.get_translation(locale("sr-latn"))
    translate_texts(team["translator_client"], translation_of(page, "sr-latn"), SERBIAN)
    response = post_action(
        team["translator_client"], serbian, "submit-for-review", django_capture_on_commit_callbacks
    )
    assert any("submitted for review" in message for message in shown_messages(response))

    serbian = StandardPage.objects.get(pk=serbian.pk)
    state = serbian.current_workflow_state
    assert state.status == "in_progress"
    assert state.requested_by == team["translator"]
    assert serbian.current_workflow_task_state.task.name == REVIEW_TASK
    started = PageLogEntry.objects.get(page=serbian, action="wagtail.workflow.start")
    assert started.user == team["translator"]

    # Communications are told, and find it awaiting their review.
    [notice] = [message for message in mail.outbox if "komunikimi@example.org" in message.to]
    assert SERBIAN[TITLE] in notice.subject + notice.body
    dashboard = team["communications_client"].get(reverse("wagtailadmin_home")).content.decode()
    assert SERBIAN[TITLE] in dashboard
    assert edit_url(serbian) in dashboard
    # While in review, the translator is told so and is not offered a second submission.
    editor = team["translator_client"].get(edit_url(serbian)).content.decode()
    assert 'value="submit-for-review"' not in editor

    task_state = serbian.current_workflow_task_state
    with django_capture_on_commit_callbacks(execute=True):
        team["communications_client"].post(
            reverse(
                "wagtailadmin_pages:workflow_action", args=[serbian.pk, "approve", task_state.pk]
            ),
            {"comment": ""},
        )
    serbian.refresh_from_db()
    assert serbian.live
    assert serbian.slug == "nedelja-prevencije-napustanja-skole-djaci"
    html = client.get(serbian.url).content.decode()
    assert SERBIAN[INTRO] in html
    assert INTRO not in html
    assert statuses(page)["sr-latn"] == TranslationStatus.UP_TO_DATE


def test_a_translator_who_typed_an_address_keeps_it(team, django_capture_on_commit_callbacks):
    page = publish_new_page(team)
    translation = translation_of(page, "en")
    slug = StringSegment.objects.get(source=translation.source, context__path="slug")
    translate_texts(
        team["translator_client"],
        translation,
        {slug.string.data: "dropout-week", TITLE: "Dropout prevention week"},
    )
    english = page.get_translation(locale("en"))
    post_action(
        team["translator_client"], english, "save-draft", django_capture_on_commit_callbacks
    )
    english.refresh_from_db()
    assert english.slug == "dropout-week"


# No half-translated page goes live ---------------------------------------------------------


def test_publishing_an_incomplete_translation_is_refused_every_time(
    client, team, django_capture_on_commit_callbacks
):
    page = publish_new_page(team)
    english = page.get_translation(locale("en"))
    translate_texts(
        team["translator_client"], translation_of(page, "en"), {TITLE: "Dropout prevention week"}
    )
    for _attempt in range(2):
        response = post_action(
            team["communications_client"], english, "publish", django_capture_on_commit_callbacks
        )
        [message] = shown_messages(response)
        assert "Not published" in message
        assert INTRO in message
        english.refresh_from_db()
        assert not english.live
    assert client.get(english.url).status_code == 404
    assert 'value="publish-incomplete"' in response.content.decode()


def test_communications_may_publish_with_missing_texts_on_purpose_and_history_says_so(
    team, django_capture_on_commit_callbacks
):
    page = publish_new_page(team)
    english = page.get_translation(locale("en"))
    translate_texts(
        team["translator_client"], translation_of(page, "en"), {TITLE: "Dropout prevention week"}
    )
    refused = post_action(
        team["translator_client"], english, "publish-incomplete", django_capture_on_commit_callbacks
    )
    assert refused.status_code == 200
    english.refresh_from_db()
    assert not english.live

    post_action(
        team["communications_client"],
        english,
        "publish-incomplete",
        django_capture_on_commit_callbacks,
    )
    english.refresh_from_db()
    assert english.live
    entry = PageLogEntry.objects.get(page=english, action=PUBLISHED_INCOMPLETE)
    assert entry.user == team["communications"]
    assert {item["text"] for item in entry.data["untranslated"]} == {INTRO, PARAGRAPH}
    history = team["communications_client"].get(
        reverse("wagtailadmin_pages:history", args=[english.pk])
    )
    assert "Published in English with 2 texts not translated" in history.content.decode()


def test_a_complete_translation_is_published(client, team, django_capture_on_commit_callbacks):
    page = publish_new_page(team)
    english = page.get_translation(locale("en"))
    translate_texts(
        team["translator_client"],
        translation_of(page, "en"),
        {TITLE: "Dropout prevention week", INTRO: "Schools open.", PARAGRAPH: "Every child."},
    )
    post_action(
        team["communications_client"], english, "publish", django_capture_on_commit_callbacks
    )
    english.refresh_from_db()
    assert english.live
    assert english.slug == "dropout-prevention-week"


# The report agrees with wagtail-localize ---------------------------------------------------


def test_report_agrees_with_wagtail_localize_on_every_translation(team, tree):
    publish_new_page(team)
    tree("about").save_revision().publish()
    for row in translation_status_rows():
        for language, status in row.statuses.items():
            translation = Translation.objects.filter(
                source__object_id=row.object.translation_key, target_locale=locale(language)
            ).first()
            if translation is None:
                assert status == TranslationStatus.MISSING
                continue
            # What get_status_display() calls "Waiting for translations" or "Up to date".
            total, translated = translation.get_progress()
            waiting = translated < total
            assert waiting == (
                status in (TranslationStatus.WAITING, TranslationStatus.OUT_OF_DATE)
                and row.languages[language].untranslated > 0
            ), (row.title, language, status)


# "Translate this page" shows the new translations ------------------------------------------


def test_translate_this_page_leads_to_the_new_translations(team):
    page = factories.StandardPageFactory(parent=team["home"], title="Faqe pa përkthim")
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    response = team["communications_client"].post(
        submit_url + "?" + urlencode({"next": reverse("wagtailadmin_explore", args=[page.pk])}),
        {"locales": [locale("sr-latn").pk, locale("en").pk]},
    )
    assert response.status_code == 302
    report = team["communications_client"].get(response["Location"])
    assert [row.title for row in report.context["object_list"]] == ["Faqe pa përkthim"]
    html = report.content.decode()
    for language in ("sr-latn", "en"):
        assert edit_url(page.get_translation(locale(language))) in html

    single = factories.StandardPageFactory(parent=team["home"], title="Vetëm anglisht")
    response = team["communications_client"].post(
        reverse("wagtail_localize:submit_page_translation", args=[single.pk]),
        {"locales": [locale("en").pk]},
    )
    assert response["Location"] == edit_url(single.get_translation(locale("en")))


def test_publishing_from_a_listing_is_refused_too(team, django_capture_on_commit_callbacks):
    page = publish_new_page(team)
    english = page.get_translation(locale("en"))
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    with django_capture_on_commit_callbacks(execute=True):
        response = team["communications_client"].post(
            f"{url}?id={english.pk}", {"include_descendants": ""}, follow=True
        )
    english.refresh_from_db()
    assert not english.live
    assert any("Nothing was published" in message for message in shown_messages(response))


def test_publishing_an_albanian_menu_requests_draft_translations(team):
    menu = factories.NavigationMenuFactory(items=factories.menu_items([team["home"]]), live=False)
    menu.save_revision().publish()
    for language in ("sr-latn", "en"):
        draft = menu.get_translation(locale(language))
        assert not draft.live
        assert translation_of(menu, language).enabled


def test_translators_save_menu_translations_as_drafts_for_communications_to_publish(
    team, tree, django_capture_on_commit_callbacks
):
    english = tree("menu", "en")
    live_revision = english.live_revision_id
    url = reverse("wagtailsnippets_core_navigationmenu:edit", args=[english.pk])
    editor = team["translator_client"].get(url).content.decode()
    assert 'value="save-draft"' in editor
    assert 'value="submit-for-review"' not in editor  # menus have no review: Communications publish
    with django_capture_on_commit_callbacks(execute=True):
        response = team["translator_client"].post(url, {"action": "save-draft"}, follow=True)
    assert any("saved" in message for message in shown_messages(response))
    english.refresh_from_db()
    assert english.live_revision_id == live_revision
    assert english.latest_revision.user == team["translator"]


def test_translators_screens_offer_nothing_they_would_be_refused(team, tree):
    page = publish_new_page(team)
    screens = [
        reverse("wagtailadmin_home"),
        reverse("translation_status:report"),
        edit_url(page.get_translation(locale("en"))),
        edit_url(tree("article", "sr-latn")),
        reverse("wagtailadmin_explore", args=[tree("home", "en").pk]),
        reverse("wagtailsnippets_core_navigationmenu:edit", args=[tree("menu", "en").pk]),
    ]
    for url in screens:
        response = team["translator_client"].get(url)
        assert response.status_code == 200, url
        assert addresses_refused_to(team["translator"], response) == [], url


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
def test_translators_panel_and_editor_speak_the_translators_language(team, language):
    page = publish_new_page(team)
    profile = UserProfile.get_for_user(team["translator"])
    profile.preferred_language = language
    profile.save()
    with translation.override(language):
        expected = [
            gettext("Waiting for your translation"),
            gettext("Waiting for translations"),
            gettext("Submit for review"),
            gettext("Save draft"),
        ]
    dashboard = team["translator_client"].get(reverse("wagtailadmin_home")).content.decode()
    editor = team["translator_client"].get(edit_url(page.get_translation(locale("en"))))
    html = dashboard + editor.content.decode()
    for text in expected:
        assert escape(text) in html, text
    if language != "en":
        assert "Waiting for your translation" not in dashboard


def test_missing_texts_of_a_highlights_photos_are_named_by_their_field(
    team, tree, django_capture_on_commit_callbacks
):
    highlight = factories.EventHighlightPageFactory(
        parent=tree("past_event"), title="Dita e hapur", posted_by=tree("kec")
    )
    factories.EventHighlightPhotoFactory(page=highlight, alt_text="Prindër në klasë", caption="")
    highlight.save_revision(user=team["communications"]).publish()
    english = highlight.get_translation(locale("en"))
    translate_texts(
        team["translator_client"], translation_of(highlight, "en"), {"Dita e hapur": "Open day"}
    )
    response = post_action(
        team["translator_client"], english, "submit-for-review", django_capture_on_commit_callbacks
    )
    [message] = shown_messages(response)
    assert "Photos: “Prindër në klasë”" in message
    assert "Summary: “Çfarë ndodhi në ngjarje.”" in message
