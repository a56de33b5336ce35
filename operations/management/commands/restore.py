from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils.translation import gettext as _

from operations.backup import BackupError, pending_migrations, restore_backup, summary_lines


class Command(BaseCommand):
    # Plain text: argparse cannot format a lazy translation.
    help = (
        "Put a backup archive made by `manage.py backup` back into an empty database and the "
        "media storage, then check both against the archive's manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="Path of the archive (a .tar file made by backup).")

    def handle(self, *args, archive, **options):
        try:
            manifest, _kept = restore_backup(archive)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Restored %(path)s into the database %(name)s and the media storage; every "
                    "table and every media file matches the backup."
                )
                % {"path": archive, "name": connection.settings_dict["NAME"]}
            )
        )
        for line in summary_lines(manifest):
            self.stdout.write(line)
        if pending_migrations():
            self.stdout.write(
                self.style.WARNING(
                    _("This code has migrations that the backup lacks: run manage.py migrate.")
                )
            )
