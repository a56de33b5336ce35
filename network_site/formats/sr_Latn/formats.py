# Serbian (Latin) dates for core.dates: the day is an ordinal ("27."), the month after it is in
# the genitive ("27. novembra 2024"), and no full stop closes the year, since a time or a comma
# often follows it. In a range of days of one month only the last day carries the full stop
# (DAY_FORMAT, the first day, has none). Django's own formats for sr_Latn serve everything else.
DAY_MONTH_YEAR_FORMAT = "{day}. {month} {year}"
DAY_MONTH_FORMAT = "{day}. {month}"
DAY_FORMAT = "{day}"
