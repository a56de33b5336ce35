"""What readers and the log get while the database or the cache is away.

While the database is unreachable, every address that needs it answers a 503 page in the
language of its address, which says to come back shortly (Retry-After) and is rendered from a
template alone: no menu, footer or page, nothing that queries. Pages kept in the page cache are
still served from Redis (core.page_cache answers before anything reads the database).

Why Django's handler500 and not a middleware: the database is first touched in different places
for different requests (the page cache's database table, the session and user lookups, the view),
and a middleware's process_exception only sees the view's errors. Django calls handler500 for
every unhandled error, from any middleware or view, inside its `except` block, so the error at
hand is there to tell a database outage from a bug, which keeps its 500 page and its traceback.

Why OperationalError and InterfaceError: they are what the database driver raises for a server
that cannot be reached, drops the connection or is shutting down (PEP 249: "errors related to the
database's operation and not necessarily under the control of the programmer"), whereas a bad
query raises ProgrammingError or IntegrityError.
"""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views import defaults
from django_redis.exceptions import ConnectionInterrupted

DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
# Long enough for a database restart or failover, short enough for a reader's second try.
RETRY_AFTER_SECONDS = 30


def server_error(request):
    """handler500: a 503 page while the database is away; Django's 500 page for anything else."""
    if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE):
        return service_unavailable(request)
    return defaults.server_error(request)


def service_unavailable(request):
    # The language of the address; Albanian, the site's and the admin's default, elsewhere.
    # Not the reader's session or preferences: reading them needs the database.
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        content = render_to_string("503.html")
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Content-Language"] = language
    # Neither a CDN nor the browser may keep the outage past its end.
    add_never_cache_headers(response)
    return response


class OneLineOutageFilter(logging.Filter):
    """Logs a failure caused by an unreachable database or cache as one line, not a traceback.

    During an outage every request fails alike, at the same place, for a reason the line names;
    a traceback for each would bury the first lines that matter (and any other error) under
    thousands of copies of one stack. Each failed request, or each cache call that django-redis
    ignored, still gets its line, so that an operator sees how many failed and when it stopped.
    Attached to the loggers that would print those tracebacks: django.request and django-redis's.
    """

    def filter(self, record):
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, ConnectionInterrupted):
            error = error.__cause__ or error
        elif not isinstance(error, DATABASE_UNAVAILABLE):
            return True
        message = record.getMessage()
        record.msg = "%s (%s)"
        record.args = (message, describe(error))
        record.exc_info = None
        record.exc_text = None
        return True


def describe(error):
    """The error's class and the first line of its message (psycopg adds hints below it)."""
    message = str(error).strip()
    return f"{type(error).__name__}: {message.splitlines()[0] if message else ''}"
