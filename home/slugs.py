"""Readable ASCII slugs for Albanian and Serbian (Latin) titles.

Django's slugify() decomposes letters with accents (č → c, ë → e) but silently drops the ones
that have no decomposition, such as Serbian đ ("Međunarodni" → "meunarodni"). We transliterate
those first, the same way Wagtail's admin JavaScript does when it fills in a slug.
"""

from django.utils.text import slugify

LETTERS_WITHOUT_DECOMPOSITION = str.maketrans(
    {
        "đ": "dj",
        "Đ": "Dj",
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
    }
)


def readable_slugify(text):
    """Return an ASCII slug of `text` that keeps every letter readable."""
    return slugify(str(text).translate(LETTERS_WITHOUT_DECOMPOSITION), allow_unicode=False)
