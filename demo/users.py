"""One demo account per editorial role, for trying the admin after `make run` (dev settings only)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editorial.roles import COMMUNICATIONS, TRANSLATORS

# Shared by every demo account and printed by `make run`; never created in production.
DEMO_PASSWORD = "demo-network-2026"


def demo_accounts(partner_groups):
    """(username, first name, group) for each demo account."""
    return [
        ("komunikimi", "Communications", Group.objects.get(name=COMMUNICATIONS)),
        ("perkthyesi", "Translator", Group.objects.get(name=TRANSLATORS)),
        ("partner.kec", "KEC partner", partner_groups["kec"]),
        ("partner.sbashk", "SBASHK partner", partner_groups["sbashk"]),
    ]


def ensure_demo_users(partner_groups):
    """Create the demo accounts that are missing; returns every demo username."""
    User = get_user_model()
    usernames = []
    for username, first_name, group in demo_accounts(partner_groups):
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"first_name": first_name, "email": f"{username}@example.org"},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
            user.groups.add(group)
        usernames.append(username)
    return usernames
