"""The publications' part of the admin: a warning when a saved publication's file cannot be
searched, so that the editor hears it at once and not only on the file panel; and the permission
that gives Communications a publication's address and publishing settings; and the report of
every publication whose file cannot be searched."""

from django.contrib import messages
from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from publications.models import PUBLICATION_DETAILS, DocumentText, PublicationPage
from publications.panels import STATE_NOTES, WARNING_STATES
from publications.views import UnsearchableFilesReportView, may_see_unsearchable_files


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_a_file_readers_cannot_search(request, page):
    if not isinstance(page, PublicationPage) or page.document_id is None:
        return
    # Looked up afresh: the file may have been chosen in this very save.
    state = (
        DocumentText.objects.filter(document_id=page.document_id)
        .values_list("state", flat=True)
        .first()
    )
    if state in WARNING_STATES:
        # Worded now, in the editor's admin language: the message is stored after the view, when
        # the admin's language is no longer active.
        messages.warning(request, str(STATE_NOTES[state]))


@hooks.register("register_permissions")
def publication_details_permission():
    app_label, codename = PUBLICATION_DETAILS.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename)


@hooks.register("register_admin_urls")
def register_publications_urls():
    urls = [
        path(
            "reports/unsearchable-files/",
            UnsearchableFilesReportView.as_view(),
            name="unsearchable_files",
        ),
        path(
            "reports/unsearchable-files/results/",
            UnsearchableFilesReportView.as_view(results_only=True),
            name="unsearchable_files_results",
        ),
    ]
    return [path("", include((urls, "publications"), namespace="publications"))]


class UnsearchableFilesMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_unsearchable_files(request.user)


@hooks.register("register_reports_menu_item")
def register_unsearchable_files_menu_item():
    return UnsearchableFilesMenuItem(
        _("Files readers cannot search"),
        reverse("publications:unsearchable_files"),
        name="unsearchable-files",
        icon_name="doc-full",
        order=700,
    )
