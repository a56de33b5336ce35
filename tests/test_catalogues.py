"""Every interface string is translated into each language of the site, in its own words and
quotation marks (locale/GLOSSARY.md)."""

import re
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


def test_albanian_interface_calls_the_website_uebfaqe_never_sajt():
    """One word for one idea (locale/GLOSSARY.md): Albanian readers meet "uebfaqe" only."""
    catalogue = polib.pofile(
        str(Path(settings.LOCALE_PATHS[0]) / "sq" / "LC_MESSAGES" / "django.po")
    )
    assert [entry.msgstr for entry in catalogue if re.search(r"\bsajt", entry.msgstr)] == []


# Each language's quotation marks: Albanian and Serbian open low and close high, as the demo
# content writes them; English uses its curly pair.
QUOTATION_MARKS = {"sq": "„“", "sr_Latn": "„“", "en": "“”"}


@pytest.mark.parametrize("language", CATALOGUES)
def test_every_quotation_uses_the_languages_own_marks(language):
    catalogue = polib.pofile(
        str(Path(settings.LOCALE_PATHS[0]) / language / "LC_MESSAGES" / "django.po")
    )
    opening, closing = QUOTATION_MARKS[language]
    wrong = []
    for entry in catalogue:
        for text in [entry.msgstr, *entry.msgstr_plural.values()]:
            # Outside HTML tags, whose attributes keep their straight quotes.
            marks = "".join(re.findall(r"[\"“”„«»]", re.sub(r"<[^>]*>", "", text)))
            if marks != (opening + closing) * (len(marks) // 2) or len(marks) % 2:
                wrong.append(text)
    assert wrong == []
