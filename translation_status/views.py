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
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail_localize.models import Translation, TranslationSource

from core.exports import SafeSpreadsheetExportMixin
from translation_status.status import (
    TranslationStatus,
    status_counts,
    target_locales,
    translation_status_rows,
)

# wagtail-localize hangs its "Can submit translations" permission off its Translation model, so
# this policy's action "submit" is exactly the permission wagtail_localize.submit_translation.
submit_translation_policy = ModelPermissionPolicy(Translation)


def user_may_see_translation_status(user):
    return submit_translation_policy.user_has_permission(user, "submit")


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
    permission_policy = submit_translation_policy
    permission_required = "submit"

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
        return translation_status_rows(self.shown_locales)

    def filter_queryset(self, rows):
        status = self.filter_value("status")
        if not status:
            return rows
        return [row for row in rows if status in row.statuses.values()]

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
