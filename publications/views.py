"""Reports → Files readers cannot search: every publication whose file the site could not read
for search, so that Communications can ask for a version with text."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from publications.models import PublicationPage
from publications.panels import STATE_NOTES
from publications.text_states import TextState

# The states in which readers cannot find a publication by the words of its file.
UNSEARCHABLE_STATES = [TextState.NO_TEXT, TextState.UNREADABLE, TextState.UNSUPPORTED]


def may_see_unsearchable_files(user):
    """The report is for those who publish, who can ask partners for a better file."""
    return PagePermissionPolicy().user_has_any_permission(user, ["publish"])


class UnsearchableFilesReportView(ReportView):
    page_title = _("Files readers cannot search")
    header_icon = "doc-full"
    template_name = "publications/admin/unsearchable_files.html"
    results_template_name = "publications/admin/unsearchable_files_results.html"
    index_url_name = "publications:unsearchable_files"
    index_results_url_name = "publications:unsearchable_files_results"
    permission_required = "publish"

    def user_has_permission(self, permission):
        return may_see_unsearchable_files(self.request.user)

    def get_queryset(self):
        # Only the publications this editor may open: the report links to their edit pages.
        editable = PagePermissionPolicy().instances_user_has_permission_for(
            self.request.user, "change"
        )
        return (
            PublicationPage.objects.filter(
                pk__in=editable.values("pk"),
                document__extracted_text__state__in=UNSEARCHABLE_STATES,
            )
            .select_related("locale", "document__extracted_text")
            .order_by("-latest_revision_created_at", "-pk")
        )

    def decorate_paginated_queryset(self, publications):
        return [
            (publication, STATE_NOTES[publication.document.extracted_text.state])
            for publication in publications
        ]
