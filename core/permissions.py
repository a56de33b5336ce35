"""Page permissions: Wagtail's, minus restructuring for editors who may only add and edit, and
minus the unpublished titles of other people's pages for readers who may not see them.

Wagtail lets whoever may add pages somewhere also delete, move, copy and lock the pages they own
there. Some editors may only write (partner organisations: see the editorial app). Apps name
those users through the `limit_to_adding_and_editing` hook: each function registered there gets
a user and returns True to take the other actions away. The hook keeps the page apps free of any
knowledge of who those editors are.

A page's history and revisions show its drafts, so they are offered only to those who may edit
the page.

The admin shows a page by its latest draft's title, in the explorer, the choosers and the admin
API alike, with no hook to change it. The app that knows who may not read others' drafts sets
`draft_titles_reader` to that user for the request; pages then show such a reader their live
title unless the reader may edit them.
"""

from contextvars import ContextVar

from wagtail import hooks
from wagtail.models import PagePermissionTester

LIMIT_TO_ADDING_AND_EDITING = "limit_to_adding_and_editing"
draft_titles_reader = ContextVar("draft_titles_reader", default=None)


def may_only_add_and_edit(user):
    return any(limit(user) for limit in hooks.get_hooks(LIMIT_TO_ADDING_AND_EDITING))


class LimitedPagePermissionTester(PagePermissionTester):
    """Wagtail's tester; deleting (hence moving), copying and locking follow the hook too, and
    revisions are for those who may edit."""

    def can_delete(self, ignore_bulk=False):
        return not may_only_add_and_edit(self.user) and super().can_delete(ignore_bulk)

    def can_copy(self):
        return not may_only_add_and_edit(self.user) and super().can_copy()

    def can_lock(self):
        return not may_only_add_and_edit(self.user) and super().can_lock()

    def can_view_revisions(self):
        return super().can_view_revisions() and self.can_edit()


class PermissionLimitsMixin:
    """For page models: answer permission questions with LimitedPagePermissionTester, and keep
    unpublished titles from readers who may not see them."""

    def permissions_for_user(self, user):
        return LimitedPagePermissionTester(user, self)

    def get_admin_display_title(self):
        reader = draft_titles_reader.get()
        if reader is not None and self.live and not self.permissions_for_user(reader).can_edit():
            return self.title
        return super().get_admin_display_title()
