"""Page permissions: Wagtail's, minus restructuring for editors who may only add and edit.

Wagtail lets whoever may add pages somewhere also delete, move, copy and lock the pages they own
there. Some editors may only write (partner organisations: see the editorial app). Apps name
those users through the `limit_to_adding_and_editing` hook: each function registered there gets
a user and returns True to take the other actions away. The hook keeps the page apps free of any
knowledge of who those editors are.
"""

from wagtail import hooks
from wagtail.models import PagePermissionTester

LIMIT_TO_ADDING_AND_EDITING = "limit_to_adding_and_editing"


def may_only_add_and_edit(user):
    return any(limit(user) for limit in hooks.get_hooks(LIMIT_TO_ADDING_AND_EDITING))


class LimitedPagePermissionTester(PagePermissionTester):
    """Wagtail's tester; deleting (hence moving), copying and locking follow the hook too."""

    def can_delete(self, ignore_bulk=False):
        return not may_only_add_and_edit(self.user) and super().can_delete(ignore_bulk)

    def can_copy(self):
        return not may_only_add_and_edit(self.user) and super().can_copy()

    def can_lock(self):
        return not may_only_add_and_edit(self.user) and super().can_lock()


class PermissionLimitsMixin:
    """For page models: answer permission questions with LimitedPagePermissionTester."""

    def permissions_for_user(self, user):
        return LimitedPagePermissionTester(user, self)
