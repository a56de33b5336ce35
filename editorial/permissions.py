"""Who is a partner user, and what Wagtail's page permissions allow them on top of the rules.

Partners get Wagtail's "add" permission under each event (to post highlights) and "change" on
their own profile. Wagtail lets such users also delete, move and copy the pages they own; our
partners may only create and edit, so every page type answers permission questions with
PartnerRestrictedPermissionTester.
"""

from wagtail.models import PagePermissionTester


def partner_for_user(user):
    """The partner page whose people `user` belongs to, or None (cached on the user)."""
    if not user.is_authenticated:
        return None
    if not hasattr(user, "_partner_page_cache"):
        from editorial.models import PartnerAccess

        access = PartnerAccess.objects.filter(group__user=user).select_related("partner").first()
        user._partner_page_cache = access.partner if access else None
    return user._partner_page_cache


def is_partner_user(user):
    return user.is_active and not user.is_superuser and partner_for_user(user) is not None


class PartnerRestrictedPermissionTester(PagePermissionTester):
    """Wagtail's tester, minus deleting, moving, copying and locking for partner users."""

    def can_delete(self, ignore_bulk=False):
        return not is_partner_user(self.user) and super().can_delete(ignore_bulk)

    def can_copy(self):
        return not is_partner_user(self.user) and super().can_copy()

    def can_lock(self):
        return not is_partner_user(self.user) and super().can_lock()


class PartnerRestrictedPermissionsMixin:
    """For page models: answer permission questions with PartnerRestrictedPermissionTester."""

    def permissions_for_user(self, user):
        return PartnerRestrictedPermissionTester(user, self)
