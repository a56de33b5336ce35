"""Who is a partner user or a translator, and nothing more.

Partners get Wagtail's "add" permission under each event (to post highlights) and "change" on
their own profile; translators get "change" on the translated trees. Wagtail would let them also
delete, move, copy and lock pages; editorial.wagtail_hooks takes that away through
core.permissions' hook.
"""

from editorial.roles import COMMUNICATIONS, TRANSLATORS
from partners.models import partner_for_user


def is_partner_user(user):
    return user.is_active and not user.is_superuser and partner_for_user(user) is not None


def is_translator_only(user):
    """A translator and nothing more: translates pages, never publishes or restructures them
    (cached on the user, as permission checks ask for every page of a listing)."""
    if not user.is_authenticated or not user.is_active or user.is_superuser:
        return False
    if not hasattr(user, "_translator_only_cache"):
        groups = set(user.groups.values_list("name", flat=True))
        user._translator_only_cache = TRANSLATORS in groups and COMMUNICATIONS not in groups
    return user._translator_only_cache
