"""Dates and times as readers of each language write them: the one place that words them.

Every template (through the date_tags template library), feed and calendar that shows readers a
date or a time takes it from here. (Today the news feeds and the calendars carry dates only as
machine values, RSS pubDate, Atom updated, iCalendar DTSTART, which readers' programs word
themselves; text that names a date would take it from the *_parts functions and as_text.) The forms, for
events in November 2024:

==================  ==================================  ==================================
what                Albanian (sq)                       Serbian, Latin (sr-latn)
==================  ==================================  ==================================
a day               27 nëntor 2024                      27. novembra 2024
hours of one day    27 nëntor 2024, 10:00–13:00         27. novembra 2024, 10:00–13:00
days of one month   25–29 nëntor 2024                   25–29. novembra 2024
days of one year    25 nëntor – 1 dhjetor 2024          25. novembra – 1. decembra 2024
days of two years   30 dhjetor 2024 – 2 janar 2025      30. decembra 2024 – 2. januara 2025
hours over days     25 nëntor 2024, 10:00 –             25. novembra 2024, 10:00 –
                    29 nëntor 2024, 13:00               29. novembra 2024, 13:00
a date badge        27 / nën / 2024                     27 / nov / 2024
==================  ==================================  ==================================

English (en) is British: "27 November 2024", "27 November 2024, 10:00–13:00", "25–29 November
2024", "25 November – 1 December 2024", "30 December 2024 – 2 January 2025", "25 November 2024,
10:00 – 29 November 2024, 13:00", and "27 / Nov / 2024" on a badge.

In every language the clock has 24 hours; the en dash stands unspaced between bare numbers
(days, times) and spaced between longer phrases; a range leaves out the year, then the month,
that its last date repeats. Times are in the site's time zone, Kosovo's.

The patterns that differ by language live in the language's format module (network_site.formats,
FORMAT_MODULE_PATH): DAY_MONTH_YEAR_FORMAT, DAY_MONTH_FORMAT and DAY_FORMAT for dates, Django's
own TIME_FORMAT for times. Month names come from the message catalogues, in contexts of our own:
Serbian writes the month after a day in the genitive ("novembra"), and Django has no such form
for sr_Latn (its "alt. month" names, the `E` date format, are the nominative "Novembar").
"""

import datetime
from typing import NamedTuple

from django.conf import settings
from django.utils import formats, timezone
from django.utils.translation import gettext_noop, pgettext_lazy

MONTHS_AFTER_A_DAY = {
    1: pgettext_lazy("month after a day number", "January"),
    2: pgettext_lazy("month after a day number", "February"),
    3: pgettext_lazy("month after a day number", "March"),
    4: pgettext_lazy("month after a day number", "April"),
    5: pgettext_lazy("month after a day number", "May"),
    6: pgettext_lazy("month after a day number", "June"),
    7: pgettext_lazy("month after a day number", "July"),
    8: pgettext_lazy("month after a day number", "August"),
    9: pgettext_lazy("month after a day number", "September"),
    10: pgettext_lazy("month after a day number", "October"),
    11: pgettext_lazy("month after a day number", "November"),
    12: pgettext_lazy("month after a day number", "December"),
}

MONTH_ABBREVIATIONS = {
    1: pgettext_lazy("month abbreviation", "Jan"),
    2: pgettext_lazy("month abbreviation", "Feb"),
    3: pgettext_lazy("month abbreviation", "Mar"),
    4: pgettext_lazy("month abbreviation", "Apr"),
    5: pgettext_lazy("month abbreviation", "May"),
    6: pgettext_lazy("month abbreviation", "Jun"),
    7: pgettext_lazy("month abbreviation", "Jul"),
    8: pgettext_lazy("month abbreviation", "Aug"),
    9: pgettext_lazy("month abbreviation", "Sep"),
    10: pgettext_lazy("month abbreviation", "Oct"),
    11: pgettext_lazy("month abbreviation", "Nov"),
    12: pgettext_lazy("month abbreviation", "Dec"),
}

# Django's own month names (its `F` date format, which the admin uses), declared here so that
# makemessages keeps them in our catalogues, which Django reads before its own: Albanian writes
# them in lowercase, where Django's Albanian catalogue capitalises them ("Nëntor").
DJANGO_MONTH_NAMES = [
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
]

NUMBER_DASH = "–"
PHRASE_DASH = " – "


class Part(NamedTuple):
    """A piece of a worded date: its text and, for a date or time, the ISO 8601 value it names
    (what an HTML <time datetime> attribute carries)."""

    text: str
    value: str | None = None


class Badge(NamedTuple):
    """A day as a calendar badge shows it: day of the month, abbreviated month, year."""

    day: str
    month: str
    year: str


def language_format(name):
    """One of our date patterns, from the active language's format module, else the site's."""
    for module in formats.get_format_modules() + formats.get_format_modules(settings.LANGUAGE_CODE):
        if hasattr(module, name):
            return getattr(module, name)
    raise LookupError(name)


def local_day(value):
    """The calendar day of a date, or of an aware datetime in the site's time zone."""
    if isinstance(value, datetime.datetime):
        return timezone.localdate(value)
    return value


def word_day(day, pattern="DAY_MONTH_YEAR_FORMAT"):
    return language_format(pattern).format(
        day=day.day, month=MONTHS_AFTER_A_DAY[day.month], year=day.year
    )


def word_time(moment):
    return formats.time_format(moment, "TIME_FORMAT")


def date_parts(value):
    """A day: "27 November 2024"."""
    day = local_day(value)
    return [Part(word_day(day), day.isoformat())]


def date_range_parts(first, last=None):
    """Days from `first` to `last`, which may be None or the same day."""
    first = local_day(first)
    last = local_day(last) if last is not None else first
    if last == first:
        return date_parts(first)
    if (first.year, first.month) == (last.year, last.month):
        opening, dash = word_day(first, "DAY_FORMAT"), NUMBER_DASH
    elif first.year == last.year:
        opening, dash = word_day(first, "DAY_MONTH_FORMAT"), PHRASE_DASH
    else:
        opening, dash = word_day(first), PHRASE_DASH
    return [Part(opening, first.isoformat()), Part(dash), Part(word_day(last), last.isoformat())]


def period_parts(start, end, all_day=False):
    """When something happens: its days if it lasts all day, else its times."""
    if all_day:
        return date_range_parts(start, end)
    start, end = timezone.localtime(start), timezone.localtime(end)
    opening = Part(f"{word_day(start)}, {word_time(start)}", start.isoformat())
    if end <= start:
        return [opening]
    if end.date() == start.date():
        return [opening, Part(NUMBER_DASH), Part(word_time(end), end.isoformat())]
    closing = Part(f"{word_day(end)}, {word_time(end)}", end.isoformat())
    return [opening, Part(PHRASE_DASH), closing]


def as_text(parts):
    return "".join(part.text for part in parts)


def date_badge(value):
    day = local_day(value)
    return Badge(str(day.day), str(MONTH_ABBREVIATIONS[day.month]), str(day.year))


def year_range(first, last=None):
    """The years from `first` to `last` (dates): "2007–2008", or "2024" once."""
    years = [local_day(first).year]
    if last is not None and local_day(last).year != years[0]:
        years.append(local_day(last).year)
    return NUMBER_DASH.join(str(year) for year in years)
