import django_filters
from django import forms
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import TranslationSource
from wagtail_localize.views import submit_translations

from core.exports import SafeSpreadsheetExportMixin
from translation_status.status import (
    TranslationStatus,
    may_submit_translations,
    status_counts,
    target_locales,
    translation_status_rows,
    work_for_translator,
)

# How many pieces of work a translator's dashboard lists; the report has the rest.
DASHBOARD_WORK_ITEMS = 10


def may_translate(user):
    """Whether the user may edit a page outside the source language: a translator's right."""
    return (
        PagePermissionPolicy()
        .instances_user_has_permission_for(user, "change")
        .exclude(locale=Locale.get_default())
        .exists()
    )


def user_may_see_translation_status(user):
    """Those who send pages for translation see every row; translators, the rows they may
    translate (translation_status_rows limits them)."""
    return user.is_active and (may_submit_translations(user) or may_translate(user))


def target_locale_choices():
    return [(locale.language_code, locale.get_display_name()) for locale in target_locales()]


class TranslationStatusFilterSet(WagtailFilterSet):
    locale = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=target_locale_choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=TranslationStatus.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    # One page and its translations: where "Translate this page" leads.
    page = django_filters.ModelChoiceFilter(
        label=_("Page"),
        queryset=lambda request: Page.objects.filter(locale=Locale.get_default(), depth__gt=1),
        widget=forms.HiddenInput,
    )

    class Meta:
        # The report's rows are not a queryset, so the view applies the chosen values itself;
        # django-filter only needs some model to build its form.
        model = TranslationSource
        fields = []


class TranslationStatusReportView(SafeSpreadsheetExportMixin, ReportView):
    # Titles are the editors' and partners' words: none may reach a spreadsheet as a formula.
    page_title = _("Translation status")
    header_icon = "wagtail-localize-language"
    template_name = "translation_status/report.html"
    results_template_name = "translation_status/report_results.html"
    index_url_name = "translation_status:report"
    index_results_url_name = "translation_status:report_results"
    filterset_class = TranslationStatusFilterSet
    permission_required = "view"

    def user_has_permission(self, permission):
        return user_may_see_translation_status(self.request.user)

    def filter_value(self, filter_name):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get(filter_name)
        return None

    @cached_property
    def shown_locales(self):
        language_code = self.filter_value("locale")
        return [
            locale
            for locale in target_locales()
            if not language_code or locale.language_code == language_code
        ]

    def get_queryset(self):
        return translation_status_rows(self.shown_locales, self.request.user)

    def filter_queryset(self, rows):
        status = self.filter_value("status")
        if status:
            rows = [row for row in rows if status in row.statuses.values()]
        page = self.filter_value("page")
        if page:
            rows = [
                row for row in rows if isinstance(row.object, Page) and row.object.pk == page.pk
            ]
        return rows

    @cached_property
    def list_export(self):
        return ["title", "kind", *(locale.language_code for locale in self.shown_locales)]

    @cached_property
    def export_headings(self):
        return {
            "title": _("Title"),
            "kind": _("Type"),
            **{locale.language_code: locale.get_display_name() for locale in self.shown_locales},
        }

    def to_row_dict(self, row):
        return {
            "title": row.title,
            "kind": row.kind,
            **{code: status.label for code, status in row.statuses.items()},
        }

    def get_context_data(self, *args, **kwargs):
        return {
            **super().get_context_data(*args, **kwargs),
            "up_to_date": TranslationStatus.UP_TO_DATE,
            # Translators open translations, never the Albanian originals.
            "may_edit_sources": may_submit_translations(self.request.user),
        }

    def get_filename(self):
        return f"translation-status-{timezone.localdate():%Y-%m-%d}"

    def write_csv_response(self, rows):
        # Wagtail switches to the user's admin language only while the view runs, and Django
        # would stream the CSV after that; writing it now keeps headings and statuses in it.
        streamed = super().write_csv_response(rows)
        response = HttpResponse(streamed.streaming_content, content_type="text/csv")
        response["Content-Disposition"] = streamed["Content-Disposition"]
        return response


class TranslationStatusPanel(Component):
    name = "translation_status"
    template_name = "translation_status/dashboard_panel.html"
    # Among the editor's own work on the dashboard: after recent edits, before locked pages.
    order = 260

    def get_context_data(self, parent_context):
        report_url = reverse("translation_status:report")
        locales = target_locales()
        counts = status_counts(locales)
        return {
            "report_url": report_url,
            "status_labels": [status.label for status in TranslationStatus],
            "languages": [
                {
                    "name": locale.get_display_name(),
                    "counts": [
                        {
                            "count": counts[locale.language_code][status],
                            "url": report_url
                            + "?"
                            + urlencode({"locale": locale.language_code, "status": status}),
                        }
                        for status in TranslationStatus
                    ],
                }
                for locale in locales
            ],
        }


class TranslatorWorkPanel(Component):
    """A translator's dashboard: what waits for them, newest change first, with links to the
    translation editor."""

    name = "translation_work"
    template_name = "translation_status/translator_panel.html"
    order = 90  # a translator's first thing on the dashboard

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        locales = target_locales()
        rows = work_for_translator(self.user, locales)
        report_url = reverse("translation_status:report")
        return {
            "locales": locales,
            "rows": rows[:DASHBOARD_WORK_ITEMS],
            "total": len(rows),
            "report_url": report_url,
            "up_to_date": TranslationStatus.UP_TO_DATE,
        }


class SubmitPageTranslationView(submit_translations.SubmitPageTranslationView):
    """wagtail-localize's "Translate this page", leading to the new translations.

    wagtail-localize goes back to the page it came from (the Albanian listing), or to the
    translation when there is only one; from the listing, the new translations are hard to find.
    This view leads to the one translation's editor, or to this report narrowed to the page, with
    a link to each translation.
    """

    def get_success_url(self):
        if self.request.method == "POST":
            return None
        return super().get_success_url()

    def get_default_success_url(self, translated_page=None):
        if translated_page is not None:
            return super().get_default_success_url(translated_page)
        return reverse("translation_status:report") + "?" + urlencode({"page": self.object.pk})
