"""Every interface string is translated into each language of the site."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

CATALOGUES = ["sq", "sr_Latn", "en"]


@pytest.mark.parametrize("language", CATALOGUES)
def test_catalogue_is_complete(language):
    catalogue = polib.pofile(
        str(Path(settings.LOCALE_PATHS[0]) / language / "LC_MESSAGES" / "django.po")
    )
    assert catalogue.metadata["Language"] == language
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []


def test_serbian_catalogue_is_in_latin_script():
    catalogue = polib.pofile(
        str(Path(settings.LOCALE_PATHS[0]) / "sr_Latn" / "LC_MESSAGES" / "django.po")
    )
    cyrillic = [
        entry.msgstr
        for entry in catalogue
        if any("\u0400" <= ch <= "\u04ff" for ch in entry.msgstr)
    ]
    assert cyrillic == []
