"""Dates and times on pages, worded by core.dates in the page's language, in <time> elements."""

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from core import dates

register = template.Library()


def as_html(parts):
    return mark_safe(
        "".join(
            format_html('<time datetime="{}">{}</time>', part.value, part.text)
            if part.value
            else escape(part.text)
            for part in parts
        )
    )


@register.simple_tag
def formatted_date(value):
    """A day: <time datetime="2024-11-27">27 November 2024</time>."""
    return as_html(dates.date_parts(value))


@register.simple_tag
def formatted_date_range(first, last=None):
    """Days from `first` to `last` (None for one day), as core.dates.date_range_parts words them."""
    return as_html(dates.date_range_parts(first, last))


@register.simple_tag
def formatted_period(start, end, all_day=False):
    """An event's days if it lasts all day, else its times, as core.dates.period_parts words them."""
    return as_html(dates.period_parts(start, end, all_day))


@register.simple_tag
def date_badge(value):
    """The day, abbreviated month and year of a calendar badge, to use with `as`."""
    return dates.date_badge(value)


@register.simple_tag
def year_range(first, last=None):
    """The years from `first` to `last` (None or the same year for one year)."""
    return dates.year_range(first, last)
