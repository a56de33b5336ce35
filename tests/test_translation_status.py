"""The translation status report tells Communications which translations are missing or stale."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslationSource

from core.models import Footer, NavigationMenu
from events.models import EventSeries
from home.models import StandardPage
from news.models import NewsCategory, NewsPage
from translation_status.status import TranslationStatus, status_counts, translation_status_rows

from . import factories

pytestmark = pytest.mark.django_db

REPORT_URL = reverse("translation_status:report")
RESULTS_URL = reverse("translation_status:report_results")
UP_TO_DATE_EVERYWHERE = {
    "sr-latn": TranslationStatus.UP_TO_DATE,
    "en": TranslationStatus.UP_TO_DATE,
}


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
def translator_client(client, django_user_model):
    client.force_login(
        staff_member(
            django_user_model, "communications", ("wagtail_localize", "submit_translation")
        )
    )
    return client


@pytest.fixture
def editor_client(client, django_user_model):
    """A member of staff who may use the admin but not submit translations."""
    client.force_login(staff_member(django_user_model, "editor"))
    return client


@pytest.fixture
def standard_page(locales):
    return StandardPage.objects.filter(locale=locales["sq"]).order_by("path").first()


@pytest.fixture
def news_page(locales):
    return NewsPage.objects.filter(locale=locales["sq"]).order_by("path").first()


def statuses_of(instance, rows=None):
    rows = translation_status_rows() if rows is None else rows
    kind = Page if isinstance(instance, Page) else type(instance)
    [row] = [row for row in rows if isinstance(row.object, kind) and row.object.pk == instance.pk]
    return row.statuses


def publish_an_edit(page):
    page.intro = "Një hyrje e rishkruar."
    page.save_revision().publish()


def listed_objects(response):
    assert response.status_code == 200
    return [row.object for row in response.context["object_list"]]


def download(response):
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


# Statuses ----------------------------------------------------------------------------------


def test_every_demo_page_and_snippet_starts_up_to_date(locales):
    rows = translation_status_rows()
    albanian_pages = Page.objects.filter(locale=locales["sq"], depth__gt=1)
    assert [row.object.pk for row in rows if isinstance(row.object, Page)] == list(
        albanian_pages.order_by("path").values_list("pk", flat=True)
    )
    assert [row.statuses for row in rows] == [UP_TO_DATE_EVERYWHERE] * len(rows)
    everything_up_to_date = dict.fromkeys(TranslationStatus, 0) | {
        TranslationStatus.UP_TO_DATE: len(rows)
    }
    assert status_counts() == {"sr-latn": everything_up_to_date, "en": everything_up_to_date}


def test_every_translatable_snippet_is_listed(locales):
    rows = translation_status_rows()
    for model in (NavigationMenu, Footer, NewsCategory, EventSeries):
        listed = [row.object for row in rows if isinstance(row.object, model)]
        assert listed and set(listed) == set(model.objects.filter(locale=locales["sq"]))


def test_publishing_an_albanian_edit_puts_only_that_page_out_of_date(standard_page):
    publish_an_edit(standard_page)
    rows = translation_status_rows()
    assert statuses_of(standard_page, rows) == {
        "sr-latn": TranslationStatus.OUT_OF_DATE,
        "en": TranslationStatus.OUT_OF_DATE,
    }
    others = [row.statuses for row in rows if row.object.pk != standard_page.pk]
    assert others == [UP_TO_DATE_EVERYWHERE] * len(others)


def test_a_draft_of_an_albanian_edit_changes_nothing_for_translators(standard_page):
    standard_page.intro = "Ende po shkruhet."
    standard_page.save_revision()
    assert statuses_of(standard_page) == UP_TO_DATE_EVERYWHERE


def test_a_page_stays_out_of_date_until_its_new_text_is_translated(
    standard_page, django_capture_on_commit_callbacks
):
    publish_an_edit(standard_page)
    source = TranslationSource.objects.get_for_instance(standard_page)
    source.update_from_db()  # "Sync translated pages" without publishing the translations
    assert set(statuses_of(standard_page).values()) == {TranslationStatus.OUT_OF_DATE}

    with django_capture_on_commit_callbacks(execute=True):
        for translation in source.translations.all():
            translation.save_target(publish=True)
    assert statuses_of(standard_page) == UP_TO_DATE_EVERYWHERE


def test_an_unpublished_translation_is_a_draft(news_page, locales):
    news_page.get_translation(locales["en"]).unpublish()
    assert statuses_of(news_page) == {
        "sr-latn": TranslationStatus.UP_TO_DATE,
        "en": TranslationStatus.DRAFT,
    }


def test_a_deleted_translation_is_missing(news_page, locales):
    news_page.get_translation(locales["sr-latn"]).delete()
    assert statuses_of(news_page) == {
        "sr-latn": TranslationStatus.MISSING,
        "en": TranslationStatus.UP_TO_DATE,
    }


def test_an_alias_is_not_a_translation(news_page, locales):
    news_page.get_translation(locales["sr-latn"]).delete()
    news_page.copy_for_translation(locales["sr-latn"], alias=True)
    assert statuses_of(news_page)["sr-latn"] == TranslationStatus.MISSING


def test_a_new_albanian_page_is_missing_in_both_languages(home_pages):
    page = factories.StandardPageFactory(parent=home_pages["sq"], title="Faqe e re")
    assert statuses_of(page) == {
        "sr-latn": TranslationStatus.MISSING,
        "en": TranslationStatus.MISSING,
    }


def test_a_page_translated_by_hand_is_up_to_date(home_pages, locales):
    page = factories.StandardPageFactory(parent=home_pages["sq"], title="Përkthyer me dorë")
    page.copy_for_translation(locales["en"]).save_revision().publish()
    assert statuses_of(page) == {
        "sr-latn": TranslationStatus.MISSING,
        "en": TranslationStatus.UP_TO_DATE,
    }


def test_snippet_statuses(locales):
    category = NewsCategory.objects.filter(locale=locales["sq"]).first()
    category.get_translation(locales["en"]).delete()
    TranslationSource.objects.get_for_instance(category).update_from_db()
    assert statuses_of(category) == {
        "sr-latn": TranslationStatus.OUT_OF_DATE,
        "en": TranslationStatus.MISSING,
    }


# The report --------------------------------------------------------------------------------


def test_report_lists_every_row_with_a_link_to_edit_it(translator_client, locales):
    response = translator_client.get(REPORT_URL)
    rows = translation_status_rows()
    assert response.context["paginator"].count == len(rows)
    html = response.content.decode()
    footer = Footer.objects.get(locale=locales["sq"])
    for url in (
        reverse("wagtailadmin_pages:edit", args=[rows[0].object.pk]),
        reverse(Footer.snippet_viewset.get_url_name("edit"), args=[footer.pk]),
    ):
        assert f'href="{url}"' in html
    assert "Up to date" in html


def test_status_filter_narrows_the_rows(translator_client, standard_page):
    publish_an_edit(standard_page)
    assert listed_objects(translator_client.get(REPORT_URL, {"status": "out_of_date"})) == [
        standard_page.page_ptr
    ]


def test_locale_and_status_filters_together(translator_client, news_page, locales):
    news_page.get_translation(locales["en"]).unpublish()
    english_drafts = translator_client.get(RESULTS_URL, {"locale": "en", "status": "draft"})
    assert listed_objects(english_drafts) == [news_page.page_ptr]
    serbian_drafts = translator_client.get(REPORT_URL, {"locale": "sr-latn", "status": "draft"})
    assert listed_objects(serbian_drafts) == []
    assert "No pages or snippets match these filters." in serbian_drafts.content.decode()


def test_csv_export(translator_client, standard_page):
    publish_an_edit(standard_page)
    response = translator_client.get(REPORT_URL, {"export": "csv"})
    assert 'filename="translation-status-' in response["Content-Disposition"]
    header, *lines = csv.reader(io.StringIO(download(response).decode("utf-8")))
    assert header == ["Title", "Type", "Srpski", "English"]
    assert len(lines) == len(translation_status_rows())
    assert [standard_page.title, "Standard page", "Out of date", "Out of date"] in lines
    assert ["Home page", "Up to date", "Up to date"] in [line[1:] for line in lines]
    assert ["Navigation menu", "Up to date", "Up to date"] in [line[1:] for line in lines]


def test_csv_export_of_one_language(translator_client):
    response = translator_client.get(REPORT_URL, {"locale": "en", "export": "csv"})
    header, *lines = csv.reader(io.StringIO(download(response).decode("utf-8")))
    assert header == ["Title", "Type", "English"]
    assert {line[2] for line in lines} == {"Up to date"}


def test_xlsx_export(translator_client, news_page, locales):
    news_page.get_translation(locales["en"]).unpublish()
    response = translator_client.get(REPORT_URL, {"export": "xlsx"})
    workbook = openpyxl.load_workbook(io.BytesIO(download(response)))
    header, *lines = workbook.active.iter_rows(values_only=True)
    assert header == ("Title", "Type", "Srpski", "English")
    assert len(lines) == len(translation_status_rows())
    assert (news_page.title, "News article", "Up to date", "Draft") in lines


def test_report_and_export_speak_the_users_language(client, django_user_model):
    client.force_login(
        staff_member(
            django_user_model,
            "komunikimi",
            ("wagtail_localize", "submit_translation"),
            language="sq",
        )
    )
    assert "Gjendja e përkthimeve" in client.get(REPORT_URL).content.decode()
    response = client.get(REPORT_URL, {"locale": "en", "export": "csv"})
    header, *lines = csv.reader(io.StringIO(download(response).decode("utf-8")))
    assert header == ["Titulli", "Lloji", "English"]
    assert {line[2] for line in lines} == {"I përditësuar"}


def test_superusers_may_see_the_report(admin_client):
    assert admin_client.get(REPORT_URL).status_code == 200


@pytest.mark.parametrize(
    "url", [REPORT_URL, RESULTS_URL, f"{REPORT_URL}?export=csv", f"{REPORT_URL}?export=xlsx"]
)
def test_staff_who_may_not_submit_translations_are_refused(editor_client, url):
    response = editor_client.get(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(REPORT_URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login") + "?next=")


def test_report_queries_do_not_grow_with_the_number_of_pages(
    translator_client, home_pages, locales, django_capture_on_commit_callbacks
):
    def report_queries():
        translator_client.get(REPORT_URL)  # warm per-process caches (content types, site)
        with CaptureQueriesContext(connection) as queries:
            response = translator_client.get(REPORT_URL)
        assert response.status_code == 200
        return len(queries)

    before = report_queries()
    new_pages = []
    with django_capture_on_commit_callbacks(execute=True):  # publishes the translations
        for number in range(5):
            page = factories.StandardPageFactory(parent=home_pages["sq"], title=f"Faqe {number}")
            source, _created = TranslationSource.get_or_create_from_instance(page)
            for language in ("sr-latn", "en"):
                source.create_or_update_translation(locales[language], fallback=True)
            new_pages.append(page)
    rows = translation_status_rows()
    assert [statuses_of(page, rows) for page in new_pages] == [UP_TO_DATE_EVERYWHERE] * 5
    assert report_queries() == before


# The dashboard and the menu ----------------------------------------------------------------


def test_dashboard_panel_counts_statuses_per_language(translator_client, standard_page):
    publish_an_edit(standard_page)
    html = translator_client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="translation-status-section"' in html
    up_to_date = len(translation_status_rows()) - 1
    for language in ("sr-latn", "en"):
        assert f'href="{REPORT_URL}?locale={language}&amp;status=out_of_date">1</a>' in html
        assert f'href="{REPORT_URL}?locale={language}&amp;status=up_to_date">{up_to_date}</a>' in (
            html
        )
        assert f'href="{REPORT_URL}?locale={language}&amp;status=missing">0</a>' in html
    assert f'href="{REPORT_URL}"' in html


def test_dashboard_panel_and_menu_item_are_hidden_without_the_permission(editor_client):
    response = editor_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="translation-status-section"' not in html
    assert REPORT_URL not in html


def test_menu_item_is_shown_with_the_permission(translator_client):
    html = translator_client.get(reverse("wagtailadmin_home")).content.decode()
    assert f'"url": "{REPORT_URL}"' in html


def test_menu_translation_saved_as_draft_shows_as_draft_and_edited_menu_as_out_of_date():
    from core.models import NavigationMenu
    from translation_status.status import TranslationStatus, translation_status_rows

    source = NavigationMenu.objects.get(locale__language_code="sq")
    english = NavigationMenu.objects.get(locale__language_code="en")
    english.live = False
    english.save()
    source.save_revision().publish()
    row = next(row for row in translation_status_rows() if row.object == source)
    assert row.statuses["en"] == TranslationStatus.DRAFT
    assert row.statuses["sr-latn"] == TranslationStatus.OUT_OF_DATE
