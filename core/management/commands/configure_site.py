from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from wagtail.models import Site

from core.sites import configure_default_site


class Command(BaseCommand):
    # Plain text: argparse cannot format a lazy translation.
    help = (
        "Give the default site the host and port of WAGTAILADMIN_BASE_URL, so that the page "
        "addresses in e-mails name the real host. Safe to re-run."
    )

    def handle(self, *args, **options):
        url = settings.WAGTAILADMIN_BASE_URL
        try:
            changed = configure_default_site(url)
        except ValueError as error:
            raise CommandError(str(error)) from error
        except Site.DoesNotExist as error:
            raise CommandError(_("There is no default site to configure.")) from error
        message = (
            _("The default site is now at %(url)s.")
            if changed
            else _("The default site is already at %(url)s.")
        )
        self.stdout.write(self.style.SUCCESS(message % {"url": url}))
