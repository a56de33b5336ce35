"""Month names for dates such as "27 nëntor 2024".

Albanian writes month names in lowercase, but Django's Albanian catalogue capitalises them
("27 Nëntor 2024"). These are the same message ids as django.utils.dates.MONTHS, declared here so
that makemessages keeps them in our catalogues, which Django reads before its own.
"""

from django.utils.translation import gettext_noop

MONTH_NAMES = [
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
