"""The translation status report tells Communications which translations are missing or stale."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from core.models import Footer
from core.translation import translate_object
from editorial.roles import COMMUNICATIONS, TRANSLATORS
from editorial.translation_workflow import request_translations
from translation_status.status import TranslationStatus, status_counts, translation_status_rows

from . import factories
from .site_tree import TREE_PAGES, translated_string

pytestmark = pytest.mark.django_db

REPORT_URL = reverse("translation_status:report")
RESULTS_URL = reverse("translation_status:report_results")
UP_TO_DATE = TranslationStatus.UP_TO_DATE
UP_TO_DATE_EVERYWHERE = {"sr-latn": UP_TO_DATE, "en": UP_TO_DATE}
# The report lists the tree's Albanian pages in tree order, then its translatable snippets.
TREE_SNIPPETS = ["menu", "footer", "advocacy", "events_category", "series"]
TREE_ROWS = len(TREE_PAGES) + len(TREE_SNIPPETS)


def locale(language):
    return Locale.objects.get(language_code=language)


def staff_member(django_user_model, username, *permissions, language="en"):
    """An admin user with only the given permissions, reading the admin in `language`."""
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pass")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codename in permissions
        ),
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def communications_client(make_user):
    user, client = make_user(COMMUNICATIONS)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return client


@pytest.fixture
def editor_client(client, django_user_model):
    """A member of staff who may use the admin but not submit translations."""
    client.force_login(staff_member(django_user_model, "editor"))
    return client


def statuses_of(instance, rows=None):
    rows = translation_status_rows() if rows is None else rows
    kind = Page if isinstance(instance, Page) else type(instance)
    [row] = [row for row in rows if isinstance(row.object, kind) and row.object.pk == instance.pk]
    return row.statuses


def publish_an_edit(page):
    page.intro = "Një hyrje e rishkruar."
    page.save_revision().publish()


def listed_titles(response):
    assert response.status_code == 200
    return [row.title for row in response.context["object_list"]]


def download(response):
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_lines(response):
    return list(csv.reader(io.StringIO(download(response).decode("utf-8"))))


# Statuses ----------------------------------------------------------------------------------


def test_every_page_and_snippet_of_the_translated_tree_is_up_to_date(tree):
    rows = translation_status_rows()
    assert [row.object for row in rows[: len(TREE_PAGES)]] == [
        tree(name).page_ptr for name in TREE_PAGES
    ]
    assert {row.object for row in rows[len(TREE_PAGES) :]} == {tree(name) for name in TREE_SNIPPETS}
    assert len(rows) == TREE_ROWS
    assert [row.statuses for row in rows] == [UP_TO_DATE_EVERYWHERE] * TREE_ROWS
    everything_up_to_date = dict.fromkeys(TranslationStatus, 0) | {UP_TO_DATE: TREE_ROWS}
    assert status_counts() == {"sr-latn": everything_up_to_date, "en": everything_up_to_date}


def test_publishing_an_albanian_edit_puts_only_that_page_out_of_date(tree):
    about = tree("about")
    publish_an_edit(about)
    rows = translation_status_rows()
    assert statuses_of(about, rows) == {
        "sr-latn": TranslationStatus.OUT_OF_DATE,
        "en": TranslationStatus.OUT_OF_DATE,
    }
    others = [row.statuses for row in rows if row.object.pk != about.pk]
    assert others == [UP_TO_DATE_EVERYWHERE] * (TREE_ROWS - 1)


def test_a_draft_of_an_albanian_edit_changes_nothing_for_translators(tree):
    about = tree("about")
    about.intro = "Ende po shkruhet."
    about.save_revision()
    assert statuses_of(about) == UP_TO_DATE_EVERYWHERE


def test_a_page_stays_out_of_date_until_its_new_text_is_translated(
    tree, django_capture_on_commit_callbacks
):
    about = tree("about")
    publish_an_edit(about)  # publishing hands the new text to translators at once
    source = TranslationSource.objects.get_for_instance(about)
    assert statuses_of(about) == {
        "sr-latn": TranslationStatus.OUT_OF_DATE,
        "en": TranslationStatus.OUT_OF_DATE,
    }
    [row] = [row for row in translation_status_rows() if row.object.pk == about.pk]
    assert row.languages["en"].untranslated == 1

    new_intro = StringSegment.objects.get(source=source, context__path="intro")
    StringTranslation.objects.create(
        translation_of=new_intro.string,
        context=new_intro.context,
        locale=locale("en"),
        data="A rewritten introduction.",
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )
    assert statuses_of(about)["en"] == TranslationStatus.OUT_OF_DATE  # not saved yet
    with django_capture_on_commit_callbacks(execute=True):
        source.translations.get(target_locale=locale("en")).save_target(publish=True)
    assert statuses_of(about) == {"sr-latn": TranslationStatus.OUT_OF_DATE, "en": UP_TO_DATE}


def test_an_unpublished_translation_is_a_draft(tree):
    tree("article", "en").unpublish()
    assert statuses_of(tree("article")) == {
        "sr-latn": UP_TO_DATE,
        "en": TranslationStatus.DRAFT,
    }


def test_a_deleted_translation_is_missing(tree):
    tree("article", "sr-latn").delete()
    assert statuses_of(tree("article")) == {
        "sr-latn": TranslationStatus.MISSING,
        "en": UP_TO_DATE,
    }


def test_an_alias_is_not_a_translation(tree):
    article = tree("article")
    tree("article", "sr-latn").delete()
    article.copy_for_translation(locale("sr-latn"), alias=True)
    assert statuses_of(article)["sr-latn"] == TranslationStatus.MISSING


def test_a_new_albanian_page_is_missing_in_both_languages(tree):
    page = factories.StandardPageFactory(parent=tree("home"), title="Faqe e re")
    assert statuses_of(page) == {
        "sr-latn": TranslationStatus.MISSING,
        "en": TranslationStatus.MISSING,
    }


def test_a_page_translated_by_hand_is_up_to_date(tree):
    page = factories.StandardPageFactory(parent=tree("home"), title="Përkthyer me dorë")
    page.copy_for_translation(locale("en")).save_revision().publish()
    assert statuses_of(page) == {"sr-latn": TranslationStatus.MISSING, "en": UP_TO_DATE}


def test_snippet_translations_can_be_missing_or_out_of_date(tree):
    category = tree("advocacy")
    tree("advocacy", "en").delete()
    category.name = "Avokim dhe politika"
    category.save()
    TranslationSource.objects.get_for_instance(category).update_from_db()
    assert statuses_of(category) == {
        "sr-latn": TranslationStatus.OUT_OF_DATE,
        "en": TranslationStatus.MISSING,
    }


def test_a_menu_translation_saved_as_draft_is_a_draft_and_an_edited_menu_out_of_date(tree):
    english = tree("menu", "en")
    english.live = False
    english.save()
    tree("menu").save_revision().publish()
    assert statuses_of(tree("menu")) == {
        "sr-latn": TranslationStatus.OUT_OF_DATE,
        "en": TranslationStatus.DRAFT,
    }


# The report --------------------------------------------------------------------------------


def test_report_lists_every_page_and_snippet_with_a_link_to_edit_it(communications_client, tree):
    response = communications_client.get(REPORT_URL)
    assert response.status_code == 200
    assert response.context["paginator"].count == TREE_ROWS
    html = response.content.decode()
    for url in (
        reverse("wagtailadmin_pages:edit", args=[tree("article").pk]),
        reverse("wagtailadmin_pages:edit", args=[tree("home").pk]),
        reverse(Footer.snippet_viewset.get_url_name("edit"), args=[tree("footer").pk]),
    ):
        assert f'href="{url}"' in html
    assert tree("article").title in html
    assert "Up to date" in html


def test_status_filter_narrows_the_rows(communications_client, tree):
    publish_an_edit(tree("about"))
    response = communications_client.get(REPORT_URL, {"status": "out_of_date"})
    assert listed_titles(response) == [tree("about").title]


def test_language_and_status_filters_together(communications_client, tree):
    tree("article", "en").unpublish()
    english_drafts = communications_client.get(RESULTS_URL, {"locale": "en", "status": "draft"})
    assert listed_titles(english_drafts) == [tree("article").title]
    serbian_drafts = communications_client.get(REPORT_URL, {"locale": "sr-latn", "status": "draft"})
    assert listed_titles(serbian_drafts) == []
    assert "No pages or snippets match these filters." in serbian_drafts.content.decode()


def test_csv_export_lists_every_row_with_its_statuses(communications_client, tree):
    publish_an_edit(tree("about"))
    response = communications_client.get(REPORT_URL, {"export": "csv"})
    assert 'filename="translation-status-' in response["Content-Disposition"]
    header, *lines = csv_lines(response)
    assert header == ["Title", "Type", "Srpski", "English"]
    assert len(lines) == TREE_ROWS
    assert [tree("about").title, "Standard page", "Out of date", "Out of date"] in lines
    assert [tree("home").title, "Home page", "Up to date", "Up to date"] in lines
    assert ["Main menu (Shqip)", "Navigation menu", "Up to date", "Up to date"] in lines


def test_csv_export_of_one_language(communications_client, tree):
    tree("article", "sr-latn").unpublish()
    response = communications_client.get(REPORT_URL, {"locale": "en", "export": "csv"})
    header, *lines = csv_lines(response)
    assert header == ["Title", "Type", "English"]
    assert len(lines) == TREE_ROWS
    assert {line[2] for line in lines} == {"Up to date"}


def test_xlsx_export(communications_client, tree):
    tree("article", "en").unpublish()
    response = communications_client.get(REPORT_URL, {"export": "xlsx"})
    workbook = openpyxl.load_workbook(io.BytesIO(download(response)))
    header, *lines = workbook.active.iter_rows(values_only=True)
    assert header == ("Title", "Type", "Srpski", "English")
    assert len(lines) == TREE_ROWS
    assert (
        tree("article").title,
        "News article",
        "Up to date",
        "Translated, not published",
    ) in lines


def test_report_and_export_speak_the_users_language(client, django_user_model, tree):
    client.force_login(
        staff_member(
            django_user_model,
            "komunikimi",
            ("wagtail_localize", "submit_translation"),
            language="sq",
        )
    )
    assert "Gjendja e përkthimeve" in client.get(REPORT_URL).content.decode()
    header, *lines = csv_lines(client.get(REPORT_URL, {"locale": "en", "export": "csv"}))
    assert header == ["Titulli", "Lloji", "English"]
    assert len(lines) == TREE_ROWS
    assert {line[2] for line in lines} == {"I përditësuar"}


def test_report_queries_do_not_grow_with_the_number_of_pages_and_snippets(
    communications_client, tree, django_capture_on_commit_callbacks
):
    def report_queries():
        communications_client.get(REPORT_URL)  # warm per-process caches (content types, site)
        with CaptureQueriesContext(connection) as queries:
            response = communications_client.get(REPORT_URL)
        assert response.status_code == 200
        return len(queries), response.context["paginator"].count

    few, few_rows = report_queries()
    assert few_rows == TREE_ROWS

    # Many more rows, in every status, of pages and of snippets.
    home = tree("home")
    for number in range(6):
        factories.StandardPageFactory(parent=home, title=f"Pa përkthim {number}")
        factories.NewsCategoryFactory()
    translated = [
        factories.StandardPageFactory(parent=home, title=f"E përkthyer {number}")
        for number in range(3)
    ]
    with django_capture_on_commit_callbacks(execute=True):
        for page in translated:
            for language in ("sr-latn", "en"):
                translate_object(page, locale(language), translated_string(language))
    publish_an_edit(translated[0])
    translated[1].get_translation(locale("en")).unpublish()
    request_translations(factories.StandardPageFactory(parent=home, title="Në pritje"))
    rows = translation_status_rows()
    assert {status for row in rows for status in row.statuses.values()} == set(TranslationStatus)

    many, many_rows = report_queries()
    assert many_rows == TREE_ROWS + 16
    assert many == few


# Who sees the report, the dashboard panel and the menu item --------------------------------


def test_dashboard_panel_counts_statuses_per_language(communications_client, tree):
    publish_an_edit(tree("about"))
    tree("article", "en").unpublish()
    html = communications_client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="translation-status-section"' in html
    expected = {
        "sr-latn": {"missing": 0, "draft": 0, "out_of_date": 1, "up_to_date": TREE_ROWS - 1},
        "en": {"missing": 0, "draft": 1, "out_of_date": 1, "up_to_date": TREE_ROWS - 2},
    }
    for language, counts in expected.items():
        for status, count in counts.items():
            assert f'href="{REPORT_URL}?locale={language}&amp;status={status}">{count}</a>' in html
    assert f'href="{REPORT_URL}"' in html


def test_communications_see_the_menu_item_and_the_counts(communications_client):
    html = communications_client.get(reverse("wagtailadmin_home")).content.decode()
    assert f'"url": "{REPORT_URL}"' in html
    assert 'id="translation-status-section"' in html
    assert 'id="translation-work-section"' not in html


def test_translators_see_the_report_of_what_they_may_translate(make_user, tree):
    _, translator = make_user(TRANSLATORS)
    response = translator.get(REPORT_URL)
    assert response.status_code == 200
    # Every page, and the menu and footer: translators translate no categories or series.
    assert response.context["paginator"].count == len(TREE_PAGES) + 2
    html = response.content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[tree("article", "en").pk]) in html
    # The Albanian originals are not theirs to open.
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[tree("article").pk])}"' not in html
    home = translator.get(reverse("wagtailadmin_home")).content.decode()
    assert f'"url": "{REPORT_URL}"' in home
    assert 'id="translation-status-section"' not in home


def test_superusers_may_see_the_report(admin_client):
    assert admin_client.get(REPORT_URL).status_code == 200


@pytest.mark.parametrize(
    "url", [REPORT_URL, RESULTS_URL, f"{REPORT_URL}?export=csv", f"{REPORT_URL}?export=xlsx"]
)
def test_staff_who_may_not_submit_translations_are_refused(editor_client, tree, url):
    response = editor_client.get(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert tree("article").title not in response.content.decode()


def test_dashboard_panel_and_menu_item_are_hidden_without_the_permission(editor_client):
    response = editor_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="translation-status-section"' not in html
    assert REPORT_URL not in html


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(REPORT_URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login") + "?next=")
