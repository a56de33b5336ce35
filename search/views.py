"""Site search: the live pages of the reader's language that match what a visitor typed."""

import unicodedata

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.text import Truncator
from django.views.decorators.http import require_safe
from wagtail.models import Locale, Page

from search.models import matching
from search.text import highlight, query_stems, query_words

# Long enough for any real question, short enough that a pasted essay cannot make the
# full-text query expensive.
MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
SUMMARY_LENGTH = 240


def clean_query(raw):
    """The search words: no control characters (PostgreSQL refuses NUL), single spaces, capped."""
    # Only the start of a huge parameter can survive the cap, so only it is worth scanning.
    text = "".join(visible_characters(raw[: MAX_QUERY_LENGTH * 4]))
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def visible_characters(text):
    """Line breaks and tabs separate words, so they become spaces; invisible characters go."""
    for char in text:
        category = unicodedata.category(char)
        if category == "Cc":
            yield " "
        elif not category.startswith("C"):
            yield char


def search_pages(words, locale):
    """Live, public pages of one locale that match every word (folded), best match first."""
    if not words:
        return Page.objects.none()
    condition, rank = matching(words, locale.language_code)
    return (
        Page.objects.live()
        .public()
        # Wagtail's root and any plain Page (such as its welcome page) are not the site's pages.
        .not_exact_type(Page)
        .filter(locale=locale)
        .filter(condition)
        .annotate(rank=rank)
        .order_by("-rank", "-first_published_at", "pk")
        .defer_streamfields()
        .specific()
    )


def result(page, stems):
    """What a reader sees of one found page: its title and summary with the matched words marked,
    its kind in the reader's words, and the date it is known by."""
    summary = page.summary_text or page.search_description
    return {
        "page": page,
        "title": highlight(page.title, stems),
        "kind": page.kind_for_readers,
        "date": page.date_for_readers,
        "summary": highlight(Truncator(summary).chars(SUMMARY_LENGTH), stems),
    }


@require_safe
def search(request):
    """Results for ?q= among the active language's pages, ten to a page."""
    query = clean_query(request.GET.get("q", ""))
    context = {"query": query, "results": [], "results_page": None}
    if query:
        locale = Locale.get_active()
        words = query_words(query)
        stems = query_stems(query, locale.language_code)
        paginator = Paginator(search_pages(words, locale), RESULTS_PER_PAGE)
        # get_page turns a page number that is not a number into the first page and one
        # past the end into the last, so a hand-edited address still shows results.
        results_page = paginator.get_page(request.GET.get("page"))
        context.update(
            results_page=results_page,
            results=[result(page, stems) for page in results_page],
            page_range=paginator.get_elided_page_range(results_page.number),
            query_string=urlencode({"q": query}),
        )
    response = TemplateResponse(request, "search/search.html", context)
    # Besides the robots meta tag: result lists are endless near-duplicates of real pages.
    response["X-Robots-Tag"] = "noindex"
    return response
