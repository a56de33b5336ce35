"""The partner's start on the admin dashboard: the events to post a highlight about, the library
to add a publication to, and how the highlights and publications they posted are doing in the
review."""

import datetime
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState

from editorial.roles import source_locale
from events.models import EventHighlightPage, EventPage
from publications.models import PublicationIndexPage, PublicationPage

# Highlights are written after the event, often weeks later; older events are rarely told about.
RECENT_EVENTS = datetime.timedelta(days=90)
MOST_EVENTS = 8
MOST_HIGHLIGHTS = 10
MOST_PUBLICATIONS = 10


@dataclass
class Review:
    """Where a partner's highlight or publication stands, in the words a partner uses, and what
    the reviewer said."""

    page: Page
    state: str
    comment: str
    may_edit: bool


def review_of(page, workflow_state):
    """The page's standing, from its latest review (WorkflowState) if it had one."""
    status = workflow_state.status if workflow_state else None
    if status == WorkflowState.STATUS_IN_PROGRESS:
        return _("In review"), ""
    if status == WorkflowState.STATUS_NEEDS_CHANGES:
        task_state = workflow_state.current_task_state
        return _("Changes requested"), task_state.comment if task_state else ""
    if page.live and page.has_unpublished_changes:
        return _("Live; later changes are a draft"), ""
    if page.live:
        return _("Approved and live"), ""
    return _("Draft"), ""


def latest_workflow_states(pages):
    """{page id: its most recent WorkflowState}, in one query whatever the number of pages."""
    states = (
        WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(page.pk) for page in pages],
        )
        .select_related("current_task_state")
        .order_by("created_at", "pk")
    )
    return {int(state.object_id): state for state in states}


def reviews_of(pages, user, count):
    """[Review] of the latest `count` of the user's own `pages` (a queryset), last worked on
    first."""
    pages = list(pages.defer_streamfields().order_by("-latest_revision_created_at", "-pk")[:count])
    states = latest_workflow_states(pages)
    return [
        Review(
            page,
            *review_of(page, states.get(page.pk)),
            may_edit=page.permissions_for_user(user).can_edit(),
        )
        for page in pages
    ]


class PostAHighlightPanel(Component):
    """Dashboard panel for partner users (see editorial.wagtail_hooks). Its queries are the same
    few whatever the number of events and highlights: page permissions are cached per user."""

    name = "post_a_highlight"
    order = 50  # before Wagtail's own panels: this is what a partner comes for
    template_name = "editorial/post_a_highlight_panel.html"

    def __init__(self, user):
        self.user = user

    @cached_property
    def locale(self):
        return source_locale()

    def open_to_highlights(self, events):
        return [
            event for event in events if event.permissions_for_user(self.user).can_add_subpage()
        ]

    @cached_property
    def events(self):
        return (
            EventPage.objects.live()
            .filter(locale=self.locale, alias_of__isnull=True)
            .defer_streamfields()
        )

    def recent_events(self):
        """Events of the last months, the one that ended last first."""
        since = timezone.now() - RECENT_EVENTS
        return self.open_to_highlights(self.events.past().filter(end__gte=since)[:MOST_EVENTS])

    def upcoming_events(self):
        """Events still going on or to come, soonest first."""
        return self.open_to_highlights(self.events.upcoming()[:MOST_EVENTS])

    def highlights(self):
        """The user's own highlights, last worked on first."""
        own = EventHighlightPage.objects.filter(owner=self.user, locale=self.locale)
        return reviews_of(own, self.user, MOST_HIGHLIGHTS)

    def get_context_data(self, parent_context):
        return {
            "recent_events": self.recent_events(),
            "upcoming_events": self.upcoming_events(),
            "highlights": self.highlights(),
        }


class AddAPublicationPanel(Component):
    """Dashboard panel for partner users, after the highlights': where to add a publication, and
    how the publications they added are doing in the review."""

    name = "add_a_publication"
    order = 60
    template_name = "editorial/add_a_publication_panel.html"

    def __init__(self, user):
        self.user = user

    def library(self):
        """The source-language publications index, if the user may add publications to it."""
        index = PublicationIndexPage.objects.filter(
            locale=source_locale(), alias_of__isnull=True
        ).first()
        if index is None or not index.permissions_for_user(self.user).can_add_subpage():
            return None
        return index

    def publications(self):
        """The user's own publications, last worked on first."""
        own = PublicationPage.objects.filter(owner=self.user, locale=source_locale())
        return reviews_of(own, self.user, MOST_PUBLICATIONS)

    def get_context_data(self, parent_context):
        return {"library": self.library(), "publications": self.publications()}
