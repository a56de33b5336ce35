"""The site while PostgreSQL or Redis is away, and after.

A server whose database cannot be reached is a real one (gunicorn, a closed loopback port for
PostgreSQL); Redis away is django-redis pointed at a closed port, in process; the drill
(scripts/outage_drill.py) cuts and restores both under a production server, through proxies.
"""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.test import Client
from django.urls import path

from core.page_cache import PAYING_INTERVAL, SitePurge
from network_site import urls as site_urls
from operations.app_server import app_server, free_port

BASE_DIR = Path(settings.BASE_DIR)
REDIS = "redis://127.0.0.1:6379/13"
HEADINGS = {
    "sq": "Uebfaqja është përkohësisht e padisponueshme",
    "sr-latn": "Sajt je privremeno nedostupan",
    "en": "The site is temporarily unavailable",
}
MARKER = "Titull-i-ri-9Z"


def fetch(base, address):
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(base + address, timeout=15) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


# The database unreachable, under a real server ---------------------------------------------


@pytest.fixture(scope="module")
def server_without_database(tmp_path_factory):
    """gunicorn with the test settings and PostgreSQL named at a port nothing listens on."""
    log_path = tmp_path_factory.mktemp("no-database") / "gunicorn.log"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": os.environ["DJANGO_SETTINGS_MODULE"],
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{free_port()}/unreachable",
    }
    with app_server(env, log_path, ("--workers", "1"), statuses=(503,)) as server:
        yield server.base, log_path


def test_the_health_check_says_unavailable_in_json(server_without_database):
    base, _log_path = server_without_database
    status, headers, body = fetch(base, "/healthz")
    assert status == 503
    assert headers["Content-Type"] == "application/json"
    assert json.loads(body) == {
        "status": "unavailable",
        "checks": {
            "database": {"status": "unavailable", "reason": "unreachable"},
            "cache": {"status": "ok"},
        },
    }
    assert "<html" not in body


@pytest.mark.parametrize("language", HEADINGS)
def test_readers_get_a_503_page_in_the_language_of_the_address(server_without_database, language):
    base, _log_path = server_without_database
    status, headers, body = fetch(base, f"/{language}/lajme/")
    assert status == 503
    assert headers["Retry-After"].isdigit()
    assert "no-store" in headers["Cache-Control"]
    assert f"<h1>{HEADINGS[language]}</h1>" in body
    assert f"<title>{HEADINGS[language]}</title>" in body
    assert "/static/css/site.css" in body
    assert "Traceback" not in body and "OperationalError" not in body


@pytest.mark.parametrize("address", ["/", "/admin/", "/admin/pages/"])
def test_addresses_outside_the_languages_answer_in_albanian(server_without_database, address):
    base, _log_path = server_without_database
    status, _headers, body = fetch(base, address)
    assert status == 503
    assert HEADINGS["sq"] in body


def test_each_failed_request_is_one_line_of_the_log_and_no_traceback(server_without_database):
    base, log_path = server_without_database
    before = log_path.read_text().count("Service Unavailable: /sq/partneret/")
    for _ in range(3):
        fetch(base, "/sq/partneret/")
    time.sleep(0.3)
    log = log_path.read_text()
    assert log.count("Service Unavailable: /sq/partneret/") == before + 3
    assert "Traceback" not in log


# Errors that are not an outage keep their 500 ------------------------------------------------


def fails_with_a_bug(request):
    raise ZeroDivisionError("a bug, not an outage")


# The site's addresses and handlers, and one that fails.
urlpatterns = [path("bug/", fails_with_a_bug), *site_urls.urlpatterns]
handler500 = site_urls.handler500


@pytest.mark.urls("tests.test_outages")
def test_a_bug_is_still_a_500_with_its_traceback_logged(db, caplog):
    response = Client(raise_request_exception=False).get("/bug/")
    assert response.status_code == 500
    assert "Retry-After" not in response
    [record] = [record for record in caplog.records if record.name == "django.request"]
    assert record.exc_info is not None


# Redis away ------------------------------------------------------------------------------------


def redis_cache(location):
    return {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": location}}


@pytest.fixture
def real_redis(settings, monkeypatch):
    """The page cache on, in a database of the local Redis of this file's own."""
    try:
        redis.Redis.from_url(REDIS).flushdb()
    except redis.ConnectionError:
        pytest.skip("needs Redis on 127.0.0.1:6379")
    monkeypatch.setattr(SitePurge, "owed", False)
    settings.PAGE_CACHE_ENABLED = True
    settings.CACHES = redis_cache(REDIS)
    yield settings
    redis.Redis.from_url(REDIS).flushdb()


def redis_away(settings):
    settings.CACHES = redis_cache(f"redis://127.0.0.1:{free_port()}/13")


@pytest.mark.django_db
def test_pages_are_served_from_the_database_while_redis_is_away(client, tree, real_redis, caplog):
    redis_away(real_redis)
    for language in HEADINGS:
        response = client.get(tree("article", language).url)
        assert response.status_code == 200
        assert tree("article", language).title in response.content.decode()
    assert "Traceback" not in caplog.text


@pytest.mark.django_db
def test_a_purge_lost_while_redis_was_away_leaves_no_old_page(
    client, tree, real_redis, django_capture_on_commit_callbacks, django_assert_num_queries
):
    """The entry kept before the outage is still in Redis when it returns; the purge of the
    article's new title never reached it."""
    url = tree("article", "en").url
    client.get(url)
    with django_assert_num_queries(0):
        assert client.get(url).status_code == 200
    redis_away(real_redis)
    article = tree("article", "en").specific
    article.title = MARKER
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert MARKER in client.get(url).content.decode()
    real_redis.CACHES = redis_cache(REDIS)
    assert MARKER in client.get(url).content.decode()
    assert not SitePurge.owed
    # Paid once; pages are kept again.
    with django_assert_num_queries(0):
        assert MARKER in client.get(url).content.decode()


# The drill ---------------------------------------------------------------------------------


def reachable(host, port):
    try:
        socket.create_connection((host, port), timeout=1).close()
    except OSError:
        return False
    return True


@pytest.mark.skipif(
    not (reachable("127.0.0.1", 5432) and reachable("127.0.0.1", 6379)),
    reason="needs PostgreSQL and Redis on 127.0.0.1",
)
def test_the_outage_drill(tmp_path):
    """Production settings under gunicorn, PostgreSQL then Redis cut and restored (see
    scripts/outage_drill.py): what readers see at each step."""
    completed = subprocess.run(
        [
            sys.executable,
            "scripts/outage_drill.py",
            "--json",
            "--database-url",
            f"postgres://postgres@127.0.0.1:5432/outage_drill_{os.getpid()}",
            "--redis-url",
            REDIS,
        ],
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    result = json.loads(completed.stdout)
    seen = {(row["step"], row["what"]): row for row in result["rows"]}

    def status(step, what):
        return seen[step, what]["status"]

    assert status("PostgreSQL cut", "page kept in the page cache") == 200
    assert status("PostgreSQL cut", "page not kept") == 503
    assert seen["PostgreSQL cut", "English address not kept"]["seen"] == HEADINGS["en"]
    assert status("PostgreSQL cut", "/healthz") == 503
    assert result["database_recovery_seconds"] is not None
    assert all(row["status"] == 200 for row in result["rows"] if row["step"] == "PostgreSQL back")
    assert all(row["status"] == 200 for row in result["rows"] if row["step"].startswith("Redis"))
    assert seen["Redis cut", "/healthz"]["seen"] == "status degraded"
    republished = [row for row in result["rows"] if row["what"].startswith("republished")]
    assert all("Redis mungonte" in row["seen"] for row in republished)
    # The publisher pays the purge it lost within its paying interval of Redis's return.
    assert result["cache_renewed_seconds"] is not None
    assert result["cache_renewed_seconds"] <= 5 * PAYING_INTERVAL
    assert result["tracebacks"] == 0


@pytest.mark.django_db
def test_a_process_that_lost_a_purge_pays_it_when_redis_returns_without_a_request(
    tree, real_redis, django_capture_on_commit_callbacks
):
    """Another worker, which never saw the outage, reads Redis as it was before: the process
    that published pays on its own, not only on its next request."""
    url = tree("article", "en").url
    other_worker = Client()
    other_worker.get(url)
    redis_away(real_redis)
    article = tree("article", "en").specific
    article.title = MARKER
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert SitePurge.owed
    real_redis.CACHES = redis_cache(REDIS)
    deadline = time.monotonic() + 5 * PAYING_INTERVAL
    while SitePurge.owed and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not SitePurge.owed
    assert MARKER in other_worker.get(url).content.decode()
