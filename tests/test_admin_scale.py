"""The admin opens big things with a bounded number of queries, for a member of Communications.

Each test measures an admin view at one size and at about three times that size. Where a count
still grows, the test pins exactly what grows and whose code it is: Wagtail's page chooser reads
each chosen page, and wagtail-localize's translation editor reads each text segment's context
and string one at a time. Neither is ours to change; everything else stays constant.
"""

import collections
import re
import types

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.admin.views.pages.listing import IndexView
from wagtail.models import Locale
from wagtail_localize.models import OverridableSegment, StringSegment, TranslationSource

from core.translation import translate_object
from editorial.roles import COMMUNICATIONS

from . import factories
from .site_tree import every_block_body, translated_string

pytestmark = pytest.mark.django_db

# every_block_body: eight blocks, one of them a call to action that links a page.
BLOCKS_PER_COPY = 8
PAGE_LINKS_PER_COPY = 1


@pytest.fixture
def editor(make_user):
    return make_user(COMMUNICATIONS, username="komunikimi")[1]


def admin_queries(client, url):
    """The queries of a successful GET of `url`, once per-process caches are warm."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in queries]


def query_shapes(queries):
    """How many times each query runs, whatever values (and how many in a list) it is run with,
    and whatever name PostgreSQL's server-side cursor is given."""
    return collections.Counter(
        re.sub(r"IN \([^()]*\)", "IN (…)", re.sub(r"\d+|'[^']*'", "?", sql)) for sql in queries
    )


def grown(few, many):
    """The shapes of query that run more often in `many` than in `few`, with how many more."""
    return query_shapes(many) - query_shapes(few)


def long_body(tree, copies, *, link_pages=True):
    """`copies` times one block of every kind, all showing the tree's photo and report."""
    objects = {"photo": tree("photo"), "report": tree("report"), "contact": tree("contact")}
    body = []
    for _ in range(copies):
        blocks = every_block_body(types.SimpleNamespace(objects=objects))
        if not link_pages:
            for block in blocks:
                if block["type"] == "call_to_action":
                    block["value"].update(page=None, url="https://example.org/")
        body += blocks
    return body


def test_explorer_of_an_index_with_many_children_reads_one_page_of_them(editor, tree):
    index = factories.StandardPageFactory(parent=tree("home"), title="Arkivi")
    url = reverse("wagtailadmin_explore", args=[index.pk])

    def add_children(total):
        for number in range(index.get_children().count(), total):
            factories.StandardPageFactory(parent=index, title=f"Faqe e arkivit {number}")

    per_page = IndexView.paginate_by
    add_children(per_page)
    one_page = admin_queries(editor, url)

    add_children(3 * per_page)
    first_of_three, last_of_three = admin_queries(editor, url), admin_queries(editor, f"{url}?p=3")

    assert len(first_of_three) == len(last_of_three) == len(one_page)
    listing = editor.get(f"{url}?p=3").content.decode()
    assert listing.count("Faqe e arkivit ") >= per_page


def test_explorer_rows_cost_only_wagtail_localizes_translate_button(editor, tree):
    """Below a full page each row adds two queries, both wagtail-localize's "Translate this page"
    button: which locales the page is not in yet, and whether it is a translation source."""
    index = factories.StandardPageFactory(parent=tree("home"), title="Arkivi")
    url = reverse("wagtailadmin_explore", args=[index.pk])
    for number in range(5):
        factories.StandardPageFactory(parent=index, title=f"Faqe e arkivit {number}")
    few = admin_queries(editor, url)
    for number in range(5, 15):
        factories.StandardPageFactory(parent=index, title=f"Faqe e arkivit {number}")

    growth = grown(few, admin_queries(editor, url))

    assert sorted(growth.values()) == [10, 10], growth
    assert all(
        re.search(
            r'FROM "wagtailcore_locale" WHERE NOT|FROM "wagtail_localize_translatableobject"', shape
        )
        for shape in growth
    )


def test_page_editor_of_a_long_page_reads_its_blocks_in_bulk(editor, tree):
    def edit_queries(copies):
        page = factories.StandardPageFactory(
            parent=tree("home"),
            title=f"Faqe e gjatë {copies}",
            body=long_body(tree, copies, link_pages=False),
        )
        return admin_queries(editor, reverse("wagtailadmin_pages:edit", args=[page.pk]))

    few, many = edit_queries(2), edit_queries(6)  # 16 and 48 blocks

    assert len(many) == len(few), grown(few, many)


def test_each_page_link_in_the_page_editor_costs_wagtails_page_chooser_two_queries(editor, tree):
    """Wagtail's page chooser widget shows the chosen page's specific title and keeps its parent's
    id (AdminPageChooser.get_instance and get_value_data_from_instance): two queries per linked
    page, one call to action in eight blocks here. Nothing else grows."""

    def edit_queries(copies):
        page = factories.StandardPageFactory(
            parent=tree("home"), title=f"Faqe e gjatë {copies}", body=long_body(tree, copies)
        )
        return admin_queries(editor, reverse("wagtailadmin_pages:edit", args=[page.pk]))

    few, many = edit_queries(2), edit_queries(6)

    added_links = (6 - 2) * PAGE_LINKS_PER_COPY
    assert len(many) - len(few) == 2 * added_links
    assert all(shape.startswith('SELECT "wagtailcore_page"."id"') for shape in grown(few, many))


def test_translation_editor_of_a_long_page_grows_only_by_wagtail_localizes_segment_reads(
    editor, tree, django_capture_on_commit_callbacks
):
    """wagtail-localize 1.14's edit_translation view reads each segment's context, and each text
    segment's string and translated segment id, one query at a time: that, and only that, grows
    with the page; this site's own parts of the editor (its actions, the missing texts, the
    header) do not."""
    english = Locale.objects.get(language_code="en")

    def translation_editor(copies):
        page = factories.StandardPageFactory(
            parent=tree("home"), title=f"Faqe e gjatë {copies}", body=long_body(tree, copies)
        )
        with django_capture_on_commit_callbacks(execute=True):
            translated = translate_object(page, english, translated_string("en"))
        source = TranslationSource.objects.get_for_instance(page)
        url = reverse("wagtailadmin_pages:edit", args=[translated.pk])
        assert 'class="js-translation-editor"' in editor.get(url).content.decode()
        segments = (
            StringSegment.objects.filter(source=source).count(),
            OverridableSegment.objects.filter(source=source).count(),
        )
        return admin_queries(editor, url), segments

    (few, (few_texts, few_others)), (many, (many_texts, many_others)) = (
        translation_editor(2),
        translation_editor(6),
    )

    texts, others = many_texts - few_texts, many_others - few_others
    assert texts >= 4 * BLOCKS_PER_COPY  # every block has text to translate
    by_table = {
        re.search(r'FROM "(\w+)"', shape).group(1): count
        for shape, count in grown(few, many).items()
    }
    assert by_table == {
        "wagtail_localize_translationcontext": texts + others,
        "wagtail_localize_string": texts,
        "wagtail_localize_stringsegment": texts,
    }
