# Albanian dates and times as written in Kosovo: "27 nëntor 2024, 10:00" (24-hour clock).
# Django's own Albanian formats use a 12-hour clock with AM/PM ("10.00.AM").
DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"

# The site's own patterns, for core.dates: {month} is the month's name as it follows a day.
DAY_MONTH_YEAR_FORMAT = "{day} {month} {year}"
DAY_MONTH_FORMAT = "{day} {month}"
DAY_FORMAT = "{day}"
