"""Words as the search index keeps them and as readers type them, in each language of the site.

Readers type words in whatever form the sentence in their head needs ("braktisja", "napuštanje")
and often without the letters their keyboard lacks ("c" for "ç" and "č", "e" for "ë", "dj" for
"đ"). Pages and queries therefore go through the same folding, and each query word is cut back to
its stem and matched as the start of a word: "braktisja" → "braktis", which begins "braktisjes".

No kept library stems Albanian (Snowball has no Albanian algorithm, and PostgreSQL ships none), and
the query must behave the same on SQLite, which has no stemmer at all; so the endings below are our
own short lists of the commonest inflections. They only ever shorten a query word, never below
`SHORTEST_STEM` letters, so a wrong cut widens a search a little and never loses a page. On
PostgreSQL a word also matches by the language's own Snowball stemmer (English, Serbian): see
search/models.py.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.slugs import readable_ascii

WORD = re.compile(r"[^\W_]+")
# A run of word characters or of anything else: together they rebuild a text when highlighting.
WORD_OR_OTHER = re.compile(r"([^\W_]+)|([\W_]+)")
SHORTEST_STEM = 4
# Longest first: the first ending that leaves a long enough stem is cut.
ENDINGS = {
    # Definite and case endings of nouns and adjectives, and the commonest verb endings, as they
    # read once "ë" is folded to "e".
    "sq": ["jeve", "ojne", "ojme", "ave", "eve", "ive", "uar", "ise", "jes", "jen", "ies", "ite",
           "ve", "it", "in", "es", "en", "et", "ja", "je", "ra", "re", "ri", "ut", "ur", "on",
           "a", "e", "i", "u", "t", "s"],
    # Case endings of nouns and adjectives, and of the verbal noun ("napuštanje", "napuštanja").
    "sr-latn": ["anjima", "anjem", "anja", "anje", "anju", "enja", "enje", "ama", "ima", "ovi",
                "ova", "ove", "oga", "omu", "om", "em", "og", "oj", "ih", "im", "a", "e", "i",
                "o", "u"],
    "en": ["ing", "ies", "ed", "es", "s"],
}  # fmt: skip


def fold(text):
    """Lower case without diacritics, in Latin letters: "Braktisjës" → "braktisjes", "Đaci" and
    "Ђаци" → "djaci"."""
    return readable_ascii(text).lower()


def index_words(text):
    """The folded words of a text, space-separated, as the index stores them."""
    return " ".join(WORD.findall(fold(text)))


def stem(word, language):
    """The start of `word` that its inflected forms share, as far as our endings know them."""
    for ending in ENDINGS.get(language, ()):
        if word.endswith(ending) and len(word) - len(ending) >= SHORTEST_STEM:
            return word[: -len(ending)]
    return word


def query_words(query):
    """The distinct folded words of a query, in the order typed."""
    return list(dict.fromkeys(WORD.findall(fold(query))))


def query_stems(query, language):
    """The distinct stems of a query's words, in the order typed."""
    return list(dict.fromkeys(stem(word, language) for word in query_words(query)))


def highlight(text, stems):
    """`text`, escaped, with every word that begins with one of `stems` marked."""
    parts = []
    for word, other in WORD_OR_OTHER.findall(text):
        if word and fold(word).startswith(tuple(stems)):
            parts.append(f"<mark>{escape(word)}</mark>")
        else:
            parts.append(escape(word or other))
    # Safe: every piece above is escaped.
    return mark_safe("".join(parts))
