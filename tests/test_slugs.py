"""Titles in Albanian, Serbian (Latin or Cyrillic script) and English give readable ASCII slugs."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.slugs import readable_slugify

SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")

ALBANIAN = "abcçdeëfghijklmnopqrstuvxyzABCÇDEËFGHIJKLMNOPQRSTUVXYZ"
SERBIAN_LATIN = "abcčćdđefghijklmnoprsštuvzžABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽ"
SERBIAN_CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ"
ENGLISH = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
LETTERS = sorted(set(ALBANIAN + SERBIAN_LATIN + SERBIAN_CYRILLIC + ENGLISH + "0123456789"))

# Serbian Cyrillic and Latin scripts match letter for letter (three Latin letters are digraphs).
LATIN_TO_CYRILLIC = {
    "dž": "џ", "lj": "љ", "nj": "њ", "Dž": "Џ", "Lj": "Љ", "Nj": "Њ",
    **dict(zip("abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ",
               "абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ", strict=True)),
}  # fmt: skip
DIGRAPH_OR_LETTER = re.compile("|".join(sorted(map(re.escape, LATIN_TO_CYRILLIC), key=len)[::-1]))


def in_cyrillic(latin):
    return DIGRAPH_OR_LETTER.sub(lambda match: LATIN_TO_CYRILLIC[match.group()], latin)


words = st.text(alphabet=LETTERS, min_size=1, max_size=12)
separators = st.text(alphabet=" -–,.:!?'\"()/&", min_size=1, max_size=3)
titles = st.builds(
    lambda first, rest: first + "".join(separator + word for separator, word in rest),
    words,
    st.lists(st.tuples(separators, words), max_size=6),
)


@given(titles)
def test_every_title_gives_a_readable_non_empty_ascii_slug(title):
    slug = readable_slugify(title)
    assert SLUG.match(slug), (title, slug)
    assert readable_slugify(slug) == slug


serbian_words = st.text(alphabet="abcčćdđefghijklmnoprsštuvzž", min_size=1, max_size=12)


@given(st.lists(serbian_words, min_size=1, max_size=6).map(" ".join))
def test_a_serbian_title_gives_the_same_slug_in_either_script(title):
    assert readable_slugify(in_cyrillic(title)) == readable_slugify(title)


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Međunarodna saradnja", "medjunarodna-saradnja"),
        ("Међународна сарадња", "medjunarodna-saradnja"),
        ("Đaci i učitelji", "djaci-i-ucitelji"),
        ("Ђаци и учитељи", "djaci-i-ucitelji"),
        ("Škola, džep i ćošak", "skola-dzep-i-cosak"),
        ("Школа, џеп и ћошак", "skola-dzep-i-cosak"),
        ("Љубав и њива", "ljubav-i-njiva"),
        ("Përmbledhje çështjesh", "permbledhje-ceshtjesh"),
        (
            "Java për parandalimin e braktisjes së shkollës",
            "java-per-parandalimin-e-braktisjes-se-shkolles",
        ),
        (
            "Week for Prevention of School Dropout 2024",
            "week-for-prevention-of-school-dropout-2024",
        ),
    ],
)
def test_letters_are_written_as_readers_of_each_language_expect(title, slug):
    assert readable_slugify(title) == slug
