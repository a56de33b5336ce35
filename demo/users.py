"""One demo account per editorial role, for trying the admin after `make run` (dev settings only)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from editorial.roles import COMMUNICATIONS, TRANSLATORS

# Shared by every demo account and printed by `make run`; never created in production.
DEMO_PASSWORD = "demo-network-2026"


def demo_accounts(partner_groups):
    """(username, first name, group, admin language) for each demo account: the network's staff
    and KEC work in Albanian, SBASHK's people in Serbian."""
    return [
        ("komunikimi", "Communications", Group.objects.get(name=COMMUNICATIONS), "sq"),
        ("perkthyesi", "Translator", Group.objects.get(name=TRANSLATORS), "sq"),
        ("partner.kec", "KEC partner", partner_groups["kec"], "sq"),
        ("partner.sbashk", "SBASHK partner", partner_groups["sbashk"], "sr-latn"),
    ]


def ensure_demo_users(partner_groups, stdout=None):
    """Create the demo accounts that are missing, and tell `stdout` how to log in with them."""
    User = get_user_model()
    password = None  # hashed once for every account: hashing is slow on purpose
    usernames = []
    for username, first_name, group, language in demo_accounts(partner_groups):
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"first_name": first_name, "email": f"{username}@example.org"},
        )
        if created:
            user.password = password = password or make_password(DEMO_PASSWORD)
            user.save()
            user.groups.add(group)
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save()
        usernames.append(username)
    if stdout:
        stdout.write(
            f"Demo accounts (log in at /admin/): {', '.join(usernames)}; "
            f"password for all: {DEMO_PASSWORD}"
        )
    return usernames
