import os
from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the .po catalogues in LOCALE_PATHS into .mo files, without GNU gettext."

    # Django's compilemessages needs GNU gettext's msgfmt, which a bare machine may lack;
    # polib (installed with wagtail-localize) writes the same .mo files in pure Python.

    def handle(self, *args, **options):
        compiled = 0
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                # Written beside and then renamed, so that a process reading the catalogue
                # meanwhile (another test worker) never finds half a file.
                partial = mo_path.with_suffix(f".{os.getpid()}.partial")
                polib.pofile(str(po_path)).save_as_mofile(str(partial))
                partial.replace(mo_path)
                compiled += 1
        self.stdout.write(f"Compiled {compiled} message catalogue(s).")
