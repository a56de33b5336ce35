from django.core.management.base import BaseCommand

from demo.loader import load_demo_content


class Command(BaseCommand):
    help = (
        "Build the demo site (pages, images, menus) in Albanian and translate it into Serbian "
        "(Latin) and English through wagtail-localize. Safe to run again: it adds only what is missing."
    )

    def handle(self, *args, **options):
        created = load_demo_content(stdout=self.stdout)
        if created:
            summary = ", ".join(f"{count} {kind}" for kind, count in sorted(created.items()))
            self.stdout.write(self.style.SUCCESS(f"Demo content created: {summary}."))
        else:
            self.stdout.write(
                self.style.SUCCESS("Demo content is already complete; nothing to do.")
            )
