"""/healthz: what a load balancer reads to decide whether a server gets readers.

The database unreachable is proved against a real server in tests/test_outages.py; here, in
process: a working site, unapplied migrations, Redis away, and the addresses a balancer polls by.
"""

import json
import logging
import socket

import pytest
from django.db.migrations.recorder import MigrationRecorder

from operations.health import MigrationState

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def unknown_migration_state(monkeypatch):
    """Each test starts as a new process would: nothing known about the migrations yet."""
    monkeypatch.setattr(MigrationState, "migrated", False)


def closed_port():
    """A loopback port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def health(client, **headers):
    response = client.get("/healthz", **headers)
    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"]
    return response.status_code, json.loads(response.content)


def test_a_working_site_is_healthy(client):
    assert health(client) == (
        200,
        {"status": "ok", "checks": {"database": {"status": "ok"}, "cache": {"status": "ok"}}},
    )


def test_a_balancer_polling_by_address_over_http_gets_the_answer(client, settings):
    """Balancers poll a server by its own address and over plain HTTP: neither a host name
    outside ALLOWED_HOSTS nor the HTTPS redirect may stand between them and the check."""
    settings.SECURE_SSL_REDIRECT = True
    status, body = health(client, HTTP_HOST="10.0.3.7:8000")
    assert (status, body["status"]) == (200, "ok")


def test_unapplied_migrations_make_the_server_unavailable(client, caplog):
    """A deployment whose `migrate` has not run (or a new, empty database) would fail every
    page: the balancer must send it nobody."""
    MigrationRecorder.Migration.objects.filter(app="home").order_by("-applied").first().delete()
    with caplog.at_level(logging.WARNING, logger="operations.health"):
        status, body = health(client)
    assert status == 503
    assert body == {
        "status": "unavailable",
        "checks": {
            "database": {"status": "unavailable", "reason": "unmigrated"},
            "cache": {"status": "ok"},
        },
    }
    [line] = [record for record in caplog.records if record.name == "operations.health"]
    assert line.levelno == logging.WARNING and "not applied" in line.getMessage()
    assert line.exc_info is None


def test_a_migrated_database_is_not_read_again_on_every_poll(client):
    assert health(client)[0] == 200
    MigrationRecorder.Migration.objects.filter(app="home").delete()
    assert health(client)[0] == 200


def test_redis_away_leaves_the_server_in_service(client, settings, caplog):
    """Every server shares one Redis: a 503 for its outage would pull them all at once, while
    the site still serves every page from the database."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/13",
        }
    }
    with caplog.at_level(logging.WARNING):
        status, body = health(client)
    assert status == 200
    assert body == {
        "status": "degraded",
        "checks": {
            "database": {"status": "ok"},
            "cache": {"status": "degraded", "reason": "unreachable"},
        },
    }
    # Each call django-redis ignored is one line naming the error, not a traceback.
    ignored = [record for record in caplog.records if record.name == "django_redis.cache"]
    assert ignored and all("ConnectionError" in record.getMessage() for record in ignored)
    assert all(record.exc_info is None for record in caplog.records)
    assert "Traceback" not in caplog.text


def test_only_reading_is_allowed(client):
    assert client.post("/healthz").status_code == 405
