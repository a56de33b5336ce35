"""/healthz: may a load balancer send readers to this server?

The check answers in a middleware at the top of the stack rather than in a view, because a load
balancer or an orchestrator polls by the server's own address, over plain HTTP: a view would sit
behind ALLOWED_HOSTS (400 for a host name that is no public one), the HTTPS redirect (301), the
page cache, and the Site lookup (a database query on a cache miss, so an HTML 500 page while the
database is down). Here nothing runs before it and nothing it does can fail into an HTML page.

What it answers (JSON, never stored by any cache):

- 200 "ok": the database answers and has every migration applied, and the cache works.
- 200 "degraded": the cache (Redis) is unreachable. The site keeps serving every page from the
  database (django-redis ignores the cache's errors), only slower; and since every server
  shares one Redis, a 503 here would have the load balancer pull every server at once and turn
  a slow site into no site.
- 503 "unavailable": the database is unreachable or not migrated (a fresh, empty database, or a
  deployment whose `migrate` has not run): every page would fail, so this server should get no
  readers.

The reasons say what failed, never how (no host names or error texts); the log's one WARNING
line has the error itself.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpResponseNotAllowed, JsonResponse
from django.utils.cache import add_never_cache_headers

from core.page_cache import SitePurge, pay_site_purge
from operations.outages import describe

HEALTH_PATH = "/healthz"
OK, DEGRADED, UNAVAILABLE = "ok", "degraded", "unavailable"
# Long enough for the read that follows the write, short enough to leave nothing behind.
PROBE_TIMEOUT = 10

logger = logging.getLogger(__name__)


class MigrationState:
    """Whether this process has seen every migration applied. Reading the migration files and
    the database's record of them takes a while, and a database once migrated stays so for
    the life of the process (a deployment with new migrations starts new processes), so only
    a positive answer is kept."""

    migrated = False


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info != HEALTH_PATH:
            return self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        return health_response()


def health_response():
    checks = {"database": check_database(), "cache": check_cache()}
    if checks["database"]["status"] != OK:
        status = UNAVAILABLE
    elif checks["cache"]["status"] != OK:
        status = DEGRADED
    else:
        status = OK
    response = JsonResponse(
        {"status": status, "checks": checks}, status=503 if status == UNAVAILABLE else 200
    )
    add_never_cache_headers(response)
    return response


def check_database(using=DEFAULT_DB_ALIAS):
    connection = connections[using]
    # Any failure means the same to a load balancer, whatever the driver raises.
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as error:
        return failed("database", UNAVAILABLE, "unreachable", describe(error))
    if MigrationState.migrated:
        return {"status": OK}
    try:
        executor = MigrationExecutor(connection)
        unapplied = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except Exception as error:
        return failed("database", UNAVAILABLE, "unreachable", describe(error))
    if unapplied:
        return failed(
            "database", UNAVAILABLE, "unmigrated", f"{len(unapplied)} migrations not applied"
        )
    MigrationState.migrated = True
    return {"status": OK}


def check_cache():
    """A write and a read of a key of this check's own: the cache may fail silently (django-redis
    ignores its errors), so only reading back what was written proves it works."""
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, key, PROBE_TIMEOUT)
        works = cache.get(key) == key
    except Exception as error:
        return failed("cache", DEGRADED, "unreachable", describe(error))
    if not works:
        return failed("cache", DEGRADED, "unreachable", "a value written could not be read back")
    # Balancers poll often: a worker that saw Redis away pays its purge (core.page_cache) at
    # the first poll after Redis returns, even before its next reader.
    if SitePurge.owed:
        pay_site_purge()
    return {"status": OK}


def failed(check, status, reason, detail):
    # One line, never a traceback: a load balancer polls every few seconds throughout an outage.
    logger.warning("Health check: %s %s (%s)", check, reason, detail)
    return {"status": status, "reason": reason}
