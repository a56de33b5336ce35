from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from operations.backup import BackupError, make_backup, summary_lines


class Command(BaseCommand):
    # Plain text: argparse cannot format a lazy translation.
    help = (
        "Write the database and every media file into one archive, which `manage.py restore` "
        "puts back. The archive goes to BACKUP_DIR (backups/ by default) unless --output names it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="Path of the archive; by default BACKUP_DIR/network-site-<UTC time>.tar.",
        )

    def handle(self, *args, output=None, **options):
        try:
            path, manifest = make_backup(output)
        except BackupError as error:
            raise CommandError(str(error)) from error
        vanished = manifest["media"]["deleted_while_copying"]
        if vanished:
            self.stderr.write(
                self.style.WARNING(
                    _("These files were deleted while the backup ran and are not in it: %(names)s")
                    % {"names": ", ".join(vanished)}
                )
            )
        self.stdout.write(
            self.style.SUCCESS(
                _("Backup written to %(path)s (%(size)s).")
                % {"path": path, "size": filesizeformat(path.stat().st_size)}
            )
        )
        for line in summary_lines(manifest):
            self.stdout.write(line)
