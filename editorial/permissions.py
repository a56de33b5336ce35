"""Who is a partner user: someone who speaks for a partner organisation and nothing more.

Partners get Wagtail's "add" permission under each event (to post highlights) and "change" on
their own profile. Wagtail would let them also delete, move, copy and lock the pages they own;
editorial.wagtail_hooks takes that away through core.permissions' hook.
"""

from partners.models import partner_for_user


def is_partner_user(user):
    return user.is_active and not user.is_superuser and partner_for_user(user) is not None
