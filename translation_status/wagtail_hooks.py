from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from translation_status.views import (
    TranslationStatusPanel,
    TranslationStatusReportView,
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
        )
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
    if user_may_see_translation_status(request.user):
        panels.append(TranslationStatusPanel())
