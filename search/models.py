"""The site search's own index: each page's words, folded and ready to match as readers type them.

Wagtail's search backends index every page with one configuration for the whole site: one
PostgreSQL text-search language, or SQLite's FTS5, which matches whole words only. Readers here
type inflected and unaccented forms in three languages, so the public search keeps a document per
page in the page's language (see search/text.py) and leaves Wagtail's index to the admin.
"""

import operator
from functools import reduce

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector, SearchVectorField
from django.db import connection, models
from django.db.models import Case, F, Q, Value, When
from django.utils.translation import gettext_lazy as _

from search.text import stem

# PostgreSQL's Snowball stemmers for the languages that have one; Albanian has none.
TEXT_SEARCH_CONFIGS = {"en": "english", "sr-latn": "serbian"}
TITLE_WEIGHT = 3


def text_search_config(language_code):
    return TEXT_SEARCH_CONFIGS.get(language_code, "simple")


def uses_full_text_search():
    return connection.vendor == "postgresql"


def matching(words, language_code, through="search_document__"):
    """(condition, rank) for objects whose search document matches every one of `words`, folded
    query words; title matches weigh most. `through` leads from those objects to the document.

    A word matches where a word of the document begins with its stem (search/text.py) and, on
    PostgreSQL, also where the language's stemmer gives both the same stem. The two are combined
    rather than stacked because Snowball may rewrite a word's end ("braktisjes" → "braktise" in
    Serbian) so that our shorter stem no longer begins it.
    """
    stems = [stem(word, language_code) for word in words]
    if uses_full_text_search():
        config = text_search_config(language_code)
        query = None
        for word, word_stem in zip(words, stems, strict=True):
            word_query = SearchQuery(f"{word_stem}:*", search_type="raw", config="simple")
            if config != "simple":
                word_query |= SearchQuery(word, search_type="plain", config=config)
            query = word_query if query is None else query & word_query
        return Q(**{f"{through}vector": query}), SearchRank(F(f"{through}vector"), query)
    # SQLite has no stemmer and FTS5 only matches whole words, so each stem is looked for at the
    # start of a word of the stored text, whose words are single-space separated.
    condition = Q()
    rank = Value(0)
    for word_stem in stems:
        starts_a_word = f" {word_stem}"
        condition &= Q(**{f"{through}words__contains": starts_a_word})
        rank = rank + Case(
            When(**{f"{through}title__contains": starts_a_word}, then=Value(TITLE_WEIGHT)),
            default=Value(1),
        )
    return condition, rank


class SearchDocument(models.Model):
    """A page's title and text as words to match: folded, with a space before every word."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_document",
        verbose_name=_("page"),
    )
    title = models.TextField(_("title words"))
    words = models.TextField(_("all words"), help_text=_("The title's words and the text's."))
    # Filled on PostgreSQL only, where it has a GIN index (see the migration); null on SQLite.
    vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")

    def __str__(self):
        return self.title

    def refresh_vector(self, language_code):
        """The words as written (for prefixes) and, where a stemmer exists, as stemmed."""
        if not uses_full_text_search():
            return
        configs = dict.fromkeys(["simple", text_search_config(language_code)])
        vectors = [
            SearchVector(Value(text), weight=weight, config=config)
            for config in configs
            for text, weight in ((self.title, "A"), (self.words, "B"))
        ]
        SearchDocument.objects.filter(pk=self.pk).update(vector=reduce(operator.add, vectors))
