"""Which of the site's languages a file's text is written in.

A publication's file is often in another language than the page that offers it (a report only
in English, offered on the Albanian page too), and readers are told which. Counting a few words
that are common in one language and rare in the other two tells the three apart in any text of a
page or more; no package for language identification is needed for three known languages.
"""

import re
from collections import Counter

# Short, frequent words of each language that the other two hardly use; words that are common
# in two of them ("se", "ne", "sa", "to", "on", "me", "i") are left out.
TELLING_WORDS = {
    "sq": {"të", "në", "dhe", "për", "që", "është", "një", "nga", "janë", "më", "nuk", "edhe"},
    "sr-latn": {"je", "u", "za", "da", "od", "su", "koji", "koja", "koje", "kao", "ili", "nije"},
    "en": {"the", "and", "of", "is", "for", "that", "with", "are", "by", "this", "from", "or"},
}
# Fewer telling words than this, or a first language with less than twice the second's, and the
# text is too short or too mixed to say.
MIN_TELLING_WORDS = 10
WORD = re.compile(r"[^\W\d_]+")


def language_of_text(text):
    """The language code of the site language `text` is written in, or "" if it cannot tell."""
    counts = Counter()
    for word in WORD.findall(text.casefold()):
        for language, words in TELLING_WORDS.items():
            if word in words:
                counts[language] += 1
    (first, first_count), (_second, second_count) = (counts.most_common(2) + [("", 0)] * 2)[:2]
    if first_count < MIN_TELLING_WORDS or first_count < 2 * second_count:
        return ""
    return first
