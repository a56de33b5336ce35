# British English, as the site is written: "27 November 2024, 10:00" (24-hour clock). Django's
# own English formats are American ("Nov. 27, 2024, 10 a.m.").
DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
MONTH_DAY_FORMAT = "j F"

# The site's own patterns, for core.dates: {month} is the month's name as it follows a day.
DAY_MONTH_YEAR_FORMAT = "{day} {month} {year}"
DAY_MONTH_FORMAT = "{day} {month}"
DAY_FORMAT = "{day}"
