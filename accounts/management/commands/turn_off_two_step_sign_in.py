from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.two_factor import turn_off


class Command(BaseCommand):
    help = (
        "Turn two-step sign-in off for an account whose owner has lost their phone: they sign "
        "in with their password alone, and may turn it on again with the new phone."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No account is named {username!r}.")
        if not turn_off(user):
            self.stdout.write(f"{username} had not turned two-step sign-in on.")
            return
        self.stdout.write(f"Two-step sign-in is off for {username}.")
