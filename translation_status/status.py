"""How far each Albanian page and snippet is translated into the other languages of the site.

"Up to date" rests on wagtail-localize's own bookkeeping: a TranslationSource remembers when the
Albanian content was last handed to translators (its last_updated_at), and a TranslationLog is
written each time a translation is saved from it. Everything is loaded in bulk, so the number of
queries depends on the number of snippet models, never on the number of pages or snippets.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.admin.utils import quote
from django.db import models
from django.db.models import Max, Value
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_content_languages, get_supported_content_language_variant
from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import TranslationLog, TranslationSource


class TranslationStatus(models.TextChoices):
    MISSING = "missing", _("Missing")
    DRAFT = "draft", _("Draft")
    OUT_OF_DATE = "out_of_date", _("Out of date")
    UP_TO_DATE = "up_to_date", _("Up to date")


@dataclass(frozen=True)
class StatusRow:
    """One Albanian page or snippet and its status in each target language (by language code)."""

    object: models.Model
    kind: str
    title: str
    edit_url: str
    statuses: dict[str, TranslationStatus]


def target_locales():
    """Every locale but the source one, in the order of WAGTAIL_CONTENT_LANGUAGES."""
    # The default locale's code, worked out as Locale.get_default() does, saves a query.
    source_code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    by_code = {
        locale.language_code: locale for locale in Locale.objects.exclude(language_code=source_code)
    }
    return [by_code[code] for code in get_content_languages() if code in by_code]


def translatable_snippet_models():
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def translation_status_rows(locales=None):
    """Rows for every Albanian page (in tree order), then every translatable snippet.

    `locales` are the target locales to report on; all of them unless given.
    """
    source_locale = Locale.get_default()
    if locales is None:
        locales = target_locales()
    records = _TranslationRecords(source_locale, locales)
    return _page_rows(source_locale, locales, records) + _snippet_rows(
        source_locale, locales, records
    )


def status_counts(locales=None):
    """{language code: {status: number of pages and snippets}}, with every status present."""
    if locales is None:
        locales = target_locales()
    counts = {locale.language_code: dict.fromkeys(TranslationStatus, 0) for locale in locales}
    for row in translation_status_rows(locales):
        for language_code, status in row.statuses.items():
            counts[language_code][status] += 1
    return counts


class _TranslationRecords:
    """What wagtail-localize wrote down while translating the source locale's objects."""

    def __init__(self, source_locale, locales):
        self.handovers = {
            translation_key: (source_id, extracted_at)
            for source_id, translation_key, extracted_at in TranslationSource.objects.filter(
                locale=source_locale
            ).values_list("pk", "object_id", "last_updated_at")
        }
        self.last_saved = {
            (log["source_id"], log["locale_id"]): log["saved_at"]
            for log in TranslationLog.objects.filter(
                source__locale=source_locale, locale__in=locales
            )
            .values("source_id", "locale_id")
            .annotate(saved_at=Max("created_at"))
            .order_by()
        }

    def freshness(self, translation_key, locale, source_published_at=None):
        """The status of an existing (and, for pages, live) translation."""
        if translation_key not in self.handovers:
            # Translated by hand, outside wagtail-localize: there is nothing to compare with.
            return TranslationStatus.UP_TO_DATE
        source_id, extracted_at = self.handovers[translation_key]
        if source_published_at and source_published_at > extracted_at:
            # Published after the last "sync translated pages": translators never got the change.
            return TranslationStatus.OUT_OF_DATE
        saved_at = self.last_saved.get((source_id, locale.pk))
        if saved_at and saved_at < extracted_at:
            # Synced, but the new strings have not yet been translated into this language.
            return TranslationStatus.OUT_OF_DATE
        return TranslationStatus.UP_TO_DATE


def _page_rows(source_locale, locales, records):
    source_pages = Page.objects.filter(
        locale=source_locale, depth__gt=1, alias_of__isnull=True
    ).order_by("path")
    # An alias only mirrors the Albanian page; nobody has translated it.
    live_by_translation = {
        (translation_key, locale_id): live
        for translation_key, locale_id, live in Page.objects.filter(
            locale__in=locales,
            alias_of__isnull=True,
            translation_key__in=source_pages.values("translation_key"),
        ).values_list("translation_key", "locale_id", "live")
    }
    return [
        StatusRow(
            object=page,
            kind=capfirst(page.specific_class._meta.verbose_name),
            title=page.get_admin_display_title(),
            edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
            # wagtail-localize extracts the page's database row, which Wagtail rewrites only on
            # publishing; a draft saved since gives translators nothing new.
            statuses=_statuses(
                page.translation_key, page.last_published_at, live_by_translation, locales, records
            ),
        )
        for page in source_pages
    ]


def _statuses(translation_key, published_at, live_by_translation, locales, records):
    """{language code: status} of one source object, from whether each translation is live."""
    statuses = {}
    for locale in locales:
        live = live_by_translation.get((translation_key, locale.pk))
        if live is None:
            statuses[locale.language_code] = TranslationStatus.MISSING
        elif not live:
            statuses[locale.language_code] = TranslationStatus.DRAFT
        else:
            statuses[locale.language_code] = records.freshness(
                translation_key, locale, published_at
            )
    return statuses


def _snippet_rows(source_locale, locales, records):
    rows = []
    for model in translatable_snippet_models():
        # Some snippets name themselves after their language.
        snippets = model.objects.filter(locale=source_locale).select_related("locale")
        has_drafts = issubclass(model, DraftStateMixin)
        translations = model.objects.filter(
            locale__in=locales, translation_key__in=snippets.values("translation_key")
        )
        # A snippet without drafts is live as soon as it exists.
        live_by_translation = {
            (translation_key, locale_id): live
            for translation_key, locale_id, live in (
                translations.values_list("translation_key", "locale_id", "live")
                if has_drafts
                else translations.values_list("translation_key", "locale_id", Value(True))
            )
        }
        edit_url_name = model.snippet_viewset.get_url_name("edit")
        for snippet in snippets:
            # Snippets without drafts keep no publishing history: only a sync reveals a change.
            published_at = snippet.last_published_at if has_drafts else None
            statuses = _statuses(
                snippet.translation_key, published_at, live_by_translation, locales, records
            )
            rows.append(
                StatusRow(
                    object=snippet,
                    kind=capfirst(model._meta.verbose_name),
                    title=str(snippet),
                    edit_url=reverse(edit_url_name, args=[quote(snippet.pk)]),
                    statuses=statuses,
                )
            )
    return rows
