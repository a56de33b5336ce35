"""Readable ASCII slugs for titles in Albanian, Serbian (in either script) and English.

anyascii, which Wagtail already depends on, writes any script in ASCII. Serbian needs a few rules
of its own so that one title gives one slug whichever script it is typed in: "đ" is "dj" (anyascii
drops the stroke: "Međunarodna" would become "medunarodna"), and the Cyrillic letters that Serbian
Latin writes differently from anyascii's reading (ж ž, х h, ц c, ч č, џ dž, ш š) are taken to their
Serbian Latin letters before anyascii drops the diacritics.
"""

from anyascii import anyascii
from django.utils.text import slugify

SERBIAN_LETTERS = str.maketrans(
    {
        "đ": "dj",
        "Đ": "Dj",
        "ж": "ž",
        "Ж": "Ž",
        "х": "h",
        "Х": "H",
        "ц": "c",
        "Ц": "C",
        "ч": "č",
        "Ч": "Č",
        "џ": "dž",
        "Џ": "Dž",
        "ш": "š",
        "Ш": "Š",
    }
)


def readable_ascii(text):
    """`text` in ASCII letters as a Serbian or Albanian reader would type it without diacritics."""
    return anyascii(str(text).translate(SERBIAN_LETTERS))


def readable_slugify(text):
    """An ASCII slug of `text` in which every letter stays readable."""
    return slugify(readable_ascii(text))
