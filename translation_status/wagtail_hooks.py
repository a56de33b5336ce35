from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from translation_status.status import may_submit_translations
from translation_status.views import (
    SubmitPageTranslationView,
    TranslationStatusPanel,
    TranslationStatusReportView,
    TranslatorWorkPanel,
    may_translate,
    user_may_see_translation_status,
)


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    report_urls = [
        path("", TranslationStatusReportView.as_view(), name="report"),
        # Wagtail's listings fetch only the results from here when a filter changes.
        path(
            "results/",
            TranslationStatusReportView.as_view(results_only=True),
            name="report_results",
        ),
    ]
    return [
        path(
            "reports/translation-status/",
            include((report_urls, "translation_status"), namespace="translation_status"),
        ),
        # Answers wagtail-localize's own address of "Translate this page": this app's hooks are
        # registered before wagtail-localize's (INSTALLED_APPS), so this pattern matches first.
        path(
            "localize/submit/page/<int:page_id>/",
            SubmitPageTranslationView.as_view(),
            name="submit_page_translation",
        ),
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return user_may_see_translation_status(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("translation_status:report"),
        name="translation-status",
        icon_name="wagtail-localize-language",
        order=750,
    )


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    """Those who send pages for translation see the counts; translators, their work."""
    if may_submit_translations(request.user):
        panels.append(TranslationStatusPanel())
    elif may_translate(request.user):
        panels.append(TranslatorWorkPanel(request.user))
