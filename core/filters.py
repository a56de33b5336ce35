"""Filtered listings: the news and events indexes, and the feeds that list the same pages.

django-filter parses and validates the query string. What is ours: every filter offers the
listing language's own choices, and a value that names nothing (an unknown category, a year as
text) is a 404, because such an address does not exist; it should neither fail nor quietly show
everything.
"""

import django_filters
from django.core.paginator import Paginator
from django.http import Http404
from django.utils.http import urlencode


class ListingFilterSet(django_filters.FilterSet):
    """Filters of a listing in one locale; subclasses say what each filter offers there."""

    # The filters that a feed of the listing keeps: what a reader follows (a topic, an
    # organiser), never a stretch of time that will have nothing new.
    feed_filters = ()

    def __init__(self, data, queryset, *, locale):
        super().__init__(data, queryset=queryset)
        self.locale = locale
        for name, choices in self.choices(queryset).items():
            self.filters[name].extra["choices"] = choices

    def choices(self, queryset):
        """{filter name: [(value, label)]} offered in self.locale for the pages of `queryset`."""
        return {}

    @property
    def is_filtering(self):
        return self.is_valid() and any(self.form.cleaned_data.values())

    @property
    def feed_query(self):
        """The query string for the listing's feed: the chosen filters that it keeps, or ""."""
        if not self.is_valid():
            return ""
        chosen = self.form.cleaned_data
        return urlencode({name: chosen[name] for name in self.feed_filters if chosen.get(name)})

    def filtered(self):
        """The pages that match every chosen filter; Http404 if a value names nothing."""
        if not self.is_valid():
            raise Http404
        return self.qs


class FilteredListingMixin:
    """For index pages: list `listed_pages()`, filtered by `filterset_class` from the query string.

    Subclasses turn the filtered pages into context with `listing_context` (a page of results,
    or upcoming and past events).
    """

    filterset_class = ListingFilterSet

    def listed_pages(self):
        raise NotImplementedError

    def listing_context(self, request, pages):
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = self.filterset_class(request.GET, self.listed_pages(), locale=self.locale)
        context["filters"] = filters
        context.update(self.listing_context(request, filters.filtered()))
        return context


def page_of(request, items, per_page):
    """(the page of `items` the query string asks for, the page numbers to link, elided),
    counted and sliced in the database."""
    page = Paginator(items, per_page).get_page(request.GET.get("page"))
    return page, page.paginator.get_elided_page_range(page.number)
