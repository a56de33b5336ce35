from django.core.management.base import BaseCommand

from editorial.roles import setup_roles


class Command(BaseCommand):
    help = (
        "Create or complete the editorial groups (Communications, Translators, one per partner), "
        "the partners' collections, their permissions and the review workflow. Safe to re-run."
    )

    def handle(self, *args, **options):
        setup_roles()
        self.stdout.write(self.style.SUCCESS("Editorial roles are set up."))
