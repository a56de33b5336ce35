"""How far each Albanian page and snippet is translated into the other languages of the site.

The statuses rest on wagtail-localize's own bookkeeping, so that this report and the translation
editor never disagree. A TranslationSource remembers when the Albanian content was last handed
to translators (its last_updated_at); its string segments are the texts to translate, and a
translation is complete when every one of them has a translation without an error in the target
language (wagtail-localize's "Up to date"; otherwise "Waiting for translations"). A TranslationLog
is written each time a translation is saved from the source. Everything is loaded in bulk, so the
number of queries depends on the number of languages and snippet models, never on the number of
pages or snippets.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.conf import settings
from django.contrib.admin.utils import quote
from django.db import models
from django.db.models import Count, Exists, Max, OuterRef
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_content_languages, get_supported_content_language_variant
from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    TranslationLog,
    TranslationSource,
)


class TranslationStatus(models.TextChoices):
    MISSING = "missing", _("Missing")
    WAITING = "waiting", _("Waiting for translations")
    DRAFT = "draft", _("Translated, not published")
    OUT_OF_DATE = "out_of_date", _("Out of date")
    UP_TO_DATE = "up_to_date", _("Up to date")


# What translators have to do something about.
NEEDS_TRANSLATION = [
    TranslationStatus.MISSING,
    TranslationStatus.WAITING,
    TranslationStatus.OUT_OF_DATE,
]


NEVER = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True)
class LanguageStatus:
    """Where one source object stands in one target language."""

    status: TranslationStatus
    # Texts of the source not yet translated into the language; None when wagtail-localize has
    # no record (no translation, or one made by hand).
    untranslated: int | None = None
    # The translation's edit view, for whoever may edit it.
    edit_url: str | None = None
    language_name: str = ""

    @property
    def label(self):
        return self.status.label


@dataclass(frozen=True)
class StatusRow:
    """One Albanian page or snippet and its status in each target language (by language code)."""

    object: models.Model
    kind: str
    title: str
    edit_url: str
    languages: dict[str, LanguageStatus]
    # When the source was last handed to translators, or else last published.
    changed_at: datetime | None = field(default=None)

    @property
    def statuses(self):
        return {code: language.status for code, language in self.languages.items()}


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


def may_submit_translations(user):
    return user.has_perm("wagtail_localize.submit_translation")


def translation_status_rows(locales=None, user=None):
    """Rows for every Albanian page (in tree order), then every translatable snippet.

    `locales` are the target locales to report on; all of them unless given. With a `user` who
    may not send pages for translation (a translator), only the rows with a translation that
    the user may edit are kept, and only those translations are linked.
    """
    source_locale = Locale.get_default()
    if locales is None:
        locales = target_locales()
    records = _TranslationRecords(source_locale, locales)
    translator = user if user is not None and not may_submit_translations(user) else None
    rows = _page_rows(source_locale, locales, records, translator) + _snippet_rows(
        source_locale, locales, records, translator
    )
    if translator is not None:
        rows = [row for row in rows if any(lang.edit_url for lang in row.languages.values())]
    return rows


def work_for_translator(user, locales=None):
    """The rows with a translation the user may edit that needs translating, newest change
    first."""
    rows = [
        row
        for row in translation_status_rows(locales, user)
        if any(
            lang.edit_url and lang.status in NEEDS_TRANSLATION for lang in row.languages.values()
        )
    ]
    return sorted(rows, key=lambda row: row.changed_at or NEVER, reverse=True)


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
        sources = TranslationSource.objects.filter(locale=source_locale)
        self.handovers = {
            translation_key: (source_id, extracted_at)
            for source_id, translation_key, extracted_at in sources.values_list(
                "pk", "object_id", "last_updated_at"
            )
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
        segments = StringSegment.objects.filter(source__locale=source_locale)
        self.strings = dict(
            segments.values("source_id")
            .annotate(count=Count("pk"))
            .values_list("source_id", "count")
        )
        # Counted as wagtail-localize's Translation.get_progress() counts, for every source at
        # once: a segment is translated when its string has an error-free translation in the
        # segment's context.
        self.translated = {}
        for locale in locales:
            translated = segments.filter(
                Exists(
                    StringTranslation.objects.filter(
                        translation_of_id=OuterRef("string_id"),
                        context_id=OuterRef("context_id"),
                        locale=locale,
                        has_error=False,
                    )
                )
            )
            for source_id, count in (
                translated.values("source_id")
                .annotate(count=Count("pk"))
                .values_list("source_id", "count")
            ):
                self.translated[(source_id, locale.pk)] = count

    def changed_at(self, translation_key):
        handover = self.handovers.get(translation_key)
        return handover[1] if handover else None

    def untranslated(self, translation_key, locale):
        """How many of the source's texts have no translation into `locale`, or None when the
        object was never handed to wagtail-localize."""
        if translation_key not in self.handovers:
            return None
        source_id, _extracted_at = self.handovers[translation_key]
        return self.strings.get(source_id, 0) - self.translated.get((source_id, locale.pk), 0)

    def status(self, translation_key, locale, live, source_published_at=None):
        """The status of an existing translation (live, for pages and draftable snippets)."""
        untranslated = self.untranslated(translation_key, locale)
        if not live:
            return TranslationStatus.WAITING if untranslated else TranslationStatus.DRAFT
        if untranslated:
            return TranslationStatus.OUT_OF_DATE
        if untranslated is None:
            # Translated by hand, outside wagtail-localize: there is nothing to compare with.
            return TranslationStatus.UP_TO_DATE
        source_id, extracted_at = self.handovers[translation_key]
        if source_published_at and source_published_at > extracted_at:
            # Published since the last handover: translators never got the change.
            return TranslationStatus.OUT_OF_DATE
        saved_at = self.last_saved.get((source_id, locale.pk))
        if saved_at and saved_at < extracted_at:
            # Every text is translated, but the translation still shows the source as it was
            # (its pictures, dates and links) until it is saved again.
            return TranslationStatus.OUT_OF_DATE
        return TranslationStatus.UP_TO_DATE


def _languages(translation_key, published_at, translations, locales, records, edit_url_of):
    """{language code: LanguageStatus} of one source object.

    `translations` maps (translation key, locale id) to (translation id, live, editable).
    """
    languages = {}
    for locale in locales:
        found = translations.get((translation_key, locale.pk))
        if found is None:
            languages[locale.language_code] = LanguageStatus(
                TranslationStatus.MISSING, language_name=locale.get_display_name()
            )
            continue
        translation_id, live, editable = found
        languages[locale.language_code] = LanguageStatus(
            records.status(translation_key, locale, live, published_at),
            records.untranslated(translation_key, locale),
            edit_url_of(translation_id) if editable else None,
            locale.get_display_name(),
        )
    return languages


def _page_rows(source_locale, locales, records, translator):
    source_pages = Page.objects.filter(
        locale=source_locale, depth__gt=1, alias_of__isnull=True
    ).order_by("path")
    # An alias only mirrors the Albanian page; nobody has translated it.
    translation_pages = Page.objects.filter(
        locale__in=locales,
        alias_of__isnull=True,
        translation_key__in=source_pages.values("translation_key"),
    )
    if translator is None:
        editable = translation_pages.values_list("pk", flat=True)
    else:
        editable = (
            PagePermissionPolicy()
            .instances_user_has_permission_for(translator, "change")
            .filter(pk__in=translation_pages.values("pk"))
            .values_list("pk", flat=True)
        )
    editable = set(editable)
    translations = {
        (translation_key, locale_id): (pk, live, pk in editable)
        for pk, translation_key, locale_id, live in translation_pages.values_list(
            "pk", "translation_key", "locale_id", "live"
        )
    }

    def page_edit_url(pk):
        return reverse("wagtailadmin_pages:edit", args=[pk])

    return [
        StatusRow(
            object=page,
            kind=capfirst(page.specific_class._meta.verbose_name),
            title=page.get_admin_display_title(),
            edit_url=page_edit_url(page.pk),
            # wagtail-localize extracts the page's database row, which Wagtail rewrites only on
            # publishing; a draft saved since gives translators nothing new.
            languages=_languages(
                page.translation_key,
                page.last_published_at,
                translations,
                locales,
                records,
                page_edit_url,
            ),
            changed_at=records.changed_at(page.translation_key) or page.last_published_at,
        )
        for page in source_pages
    ]


def _snippet_rows(source_locale, locales, records, translator):
    rows = []
    for model in translatable_snippet_models():
        # Some snippets name themselves after their language.
        snippets = model.objects.filter(locale=source_locale).select_related("locale")
        has_drafts = issubclass(model, DraftStateMixin)
        editable = translator is None or translator.has_perm(
            f"{model._meta.app_label}.change_{model._meta.model_name}"
        )
        translation_snippets = model.objects.filter(
            locale__in=locales, translation_key__in=snippets.values("translation_key")
        )
        # A snippet without drafts is live as soon as it exists.
        translations = {
            (translation_key, locale_id): (pk, live, editable)
            for pk, translation_key, locale_id, live in (
                translation_snippets.values_list("pk", "translation_key", "locale_id", "live")
                if has_drafts
                else translation_snippets.values_list(
                    "pk", "translation_key", "locale_id", models.Value(True)
                )
            )
        }
        edit_url_name = model.snippet_viewset.get_url_name("edit")

        def snippet_edit_url(pk, url_name=edit_url_name):
            return reverse(url_name, args=[quote(pk)])

        for snippet in snippets:
            # Snippets without drafts keep no publishing history: only a sync reveals a change.
            published_at = snippet.last_published_at if has_drafts else None
            rows.append(
                StatusRow(
                    object=snippet,
                    kind=capfirst(model._meta.verbose_name),
                    title=str(snippet),
                    edit_url=snippet_edit_url(snippet.pk),
                    languages=_languages(
                        snippet.translation_key,
                        published_at,
                        translations,
                        locales,
                        records,
                        snippet_edit_url,
                    ),
                    changed_at=records.changed_at(snippet.translation_key) or published_at,
                )
            )
    return rows
