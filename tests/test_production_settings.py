"""Production settings: what they refuse, what `check --deploy` says, and the headers every
answer carries, read over HTTP with production's own values.

The settings module reads the environment once, at import: each case runs `manage.py` in a
process of its own with the environment an operator would give it.
"""

import io
import json
import logging
import logging.config
import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings
from django.http import FileResponse, HttpResponse
from django.test import Client, RequestFactory, override_settings

from operations.http import HeadWithoutBodyMiddleware

STRONG_KEY = secrets.token_urlsafe(50)
OPERATOR_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "network_site.settings.production",
    "SECRET_KEY": STRONG_KEY,
    "ALLOWED_HOSTS": "network.example.org",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/not_opened_by_check",
    "WAGTAILADMIN_BASE_URL": "https://network.example.org",
}
# What the header tests take from the production settings module.
PRODUCTION_VALUES = """
import json
from network_site.settings import production
names = [
    "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD", "SECURE_PROXY_SSL_HEADER",
    "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY", "SECURE_CROSS_ORIGIN_OPENER_POLICY", "X_FRAME_OPTIONS",
    "CONTENT_SECURITY_POLICY", "ADMIN_CONTENT_SECURITY_POLICY", "PERMISSIONS_POLICY", "LOGGING",
]
print(json.dumps({name: getattr(production, name) for name in names}))
"""


def run_in_a_process(arguments, **environment):
    """Python with `arguments`, in the environment of an operator's deployment (a None value
    unsets a variable); never the browser tests' DJANGO_ALLOW_ASYNC_UNSAFE, which no deployment
    sets (async.E001)."""
    variables = {**os.environ, **OPERATOR_ENVIRONMENT, "DJANGO_ALLOW_ASYNC_UNSAFE": None}
    variables.update(environment)
    return subprocess.run(
        [sys.executable, *arguments],
        cwd=settings.BASE_DIR,
        env={name: value for name, value in variables.items() if value is not None},
        capture_output=True,
        text=True,
        timeout=120,
    )


def run_manage(*arguments, **environment):
    return run_in_a_process(["manage.py", *arguments], **environment)


def read_in_a_process(code, **environment):
    """What `code` prints last, as JSON."""
    completed = run_in_a_process(["-c", code], **environment)
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def production():
    """The values of network_site.settings.production, as imported with an operator's environment."""
    values = read_in_a_process(PRODUCTION_VALUES)
    values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])
    return values


def test_check_deploy_reports_nothing():
    checked = run_manage("check", "--deploy", "--fail-level", "DEBUG")
    assert checked.returncode == 0, checked.stderr
    assert "System check identified no issues (0 silenced)." in checked.stdout


@pytest.mark.parametrize(
    "variable, message",
    [
        ("SECRET_KEY", "Set the SECRET_KEY environment variable"),
        ("ALLOWED_HOSTS", "Set ALLOWED_HOSTS"),
        ("DATABASE_URL", "Set DATABASE_URL"),
        ("WAGTAILADMIN_BASE_URL", "Set WAGTAILADMIN_BASE_URL"),
    ],
)
def test_refuses_to_start_without_what_it_cannot_guess(variable, message):
    for missing in (None, ""):
        checked = run_manage("check", **{variable: missing})
        assert checked.returncode != 0
        assert "ImproperlyConfigured" in checked.stderr and message in checked.stderr


@pytest.mark.parametrize(
    "weak_key",
    [
        "a" * 50,  # one letter, repeated: Django's own check lets "abcde" * 10 pass
        "abcde" * 10,
        "u7Qe-Zr2xLk9pW4mBv1NcY8",  # random, but short
        "django-insecure-q3X9vLw2Kp8ZrT5mYb7NcJ4dHf6GsA1eUo0iRt",
    ],
)
def test_refuses_a_weak_secret_key(weak_key):
    checked = run_manage("check", SECRET_KEY=weak_key)
    assert checked.returncode != 0
    assert "SECRET_KEY is too weak" in checked.stderr
    assert "secrets.token_urlsafe" in checked.stderr  # how to make a good one


def production_client(production):
    overridden = {name: value for name, value in production.items() if name not in ("LOGGING",)}
    return override_settings(**overridden)


def test_plain_http_is_sent_to_https_but_the_health_check_is_not(production, db):
    with production_client(production):
        response = Client().get("/en/", secure=False)
        assert response.status_code == 301
        assert response["Location"] == "https://testserver/en/"
        assert Client().get("/healthz", secure=False).status_code in (200, 503)
        # Behind the proxy that ends TLS and says so.
        behind_proxy = Client(headers={"X-Forwarded-Proto": "https"}).get("/en/")
        assert behind_proxy.status_code != 301


def test_public_pages_carry_a_strict_policy_and_the_security_headers(production, tree):
    with production_client(production):
        response = Client().get(tree("article", "en").url, secure=True)
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert "upgrade-insecure-requests" in policy
    assert not any("unsafe" in source for sources in policy.values() for source in sources)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_the_admin_has_a_policy_of_its_own(production, make_user):
    _editor, editor_client = make_user("Communications")
    with production_client(production):
        response = editor_client.get("/admin/", secure=True)
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    # Wagtail's admin writes inline scripts; still nothing from other sites.
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "http" not in " ".join(policy["script-src"] + policy["style-src"])


def directives(header):
    parts = (part.split() for part in header.split(";") if part.strip())
    return {name: sources for name, *sources in parts}


def test_requests_are_logged_as_json_lines_with_their_id(production, tree):
    stream = io.StringIO()
    logging.config.dictConfig(production["LOGGING"])
    logging.getLogger().handlers[0].setStream(stream)
    try:
        with production_client(production):
            response = Client(headers={"X-Request-ID": "proxy-id-123"}).get(
                tree("home").url, secure=True
            )
            generated = Client().get("/en/no-such-page/", secure=True)
    finally:
        logging.config.dictConfig(settings.LOGGING)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    home = next(line for line in lines if line["request_id"] == "proxy-id-123")
    assert response["X-Request-ID"] == "proxy-id-123"
    assert home["logger"] == "network_site.requests"
    assert home["status"] == 200 and home["method"] == "GET"
    assert home["path"] == tree("home").url
    assert home["time"].endswith("+00:00")  # ISO 8601, in UTC
    missing = next(line for line in lines if line["path"] == "/en/no-such-page/")
    assert missing["status"] == 404
    assert missing["request_id"] == generated["X-Request-ID"] != "proxy-id-123"


@pytest.mark.parametrize("sent", ["a" * 129, 'x" injected line', "", "ü"])
def test_a_request_id_that_is_not_an_id_is_replaced(production, sent, db):
    with production_client(production):
        response = Client(headers={"X-Request-ID": sent}).get("/robots.txt", secure=True)
    assert response["X-Request-ID"] != sent
    assert len(response["X-Request-ID"]) == 32


def test_a_preview_may_be_shown_in_the_admins_frame(production, tree):
    """Wagtail renders a preview through the middleware again, at the page's public address."""
    article = tree("article", "en")
    with production_client(production):
        response = article.make_preview_request(
            RequestFactory().get("/admin/", headers={"X-Forwarded-Proto": "https"}),
            preview_mode=article.default_preview_mode,
        )
    assert response.status_code == 200
    assert article.title in response.content.decode()
    assert directives(response["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]


OPERATOR_CHOICES = """
import json
from network_site.settings import production as s
print(json.dumps({
    "img-src": s.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"],
    "frame-src": s.CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"],
    "redirect": s.SECURE_SSL_REDIRECT,
    "hsts": [s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD],
    "format": s.LOGGING["handlers"]["console"]["formatter"],
    "levels": [s.LOGGING["root"]["level"], s.LOGGING["loggers"]["network_site.requests"]["level"]],
    "connect_timeout": s.DATABASES["default"]["OPTIONS"]["connect_timeout"],
    "proxies": s.TRUSTED_PROXY_COUNT,
    "backups": str(s.BACKUP_DIR),
    "cache": s.CACHES["default"]["BACKEND"],
    "sessions": getattr(s, "SESSION_ENGINE", "Django's default"),
}))
"""

GUNICORN_CHOICES = """
import json, runpy
c = runpy.run_path("gunicorn.conf.py")
print(json.dumps([c["bind"], c["workers"], c["threads"], c["timeout"], c["forwarded_allow_ips"]]))
"""


def test_what_the_readme_lets_an_operator_set_is_read():
    chosen = read_in_a_process(
        OPERATOR_CHOICES,
        MEDIA_ORIGINS="https://pictures.example.org",
        EMBED_ORIGINS="https://video.example.org",
        SECURE_SSL_REDIRECT="off",
        HSTS_SECONDS="600",
        HSTS_INCLUDE_SUBDOMAINS="off",
        HSTS_PRELOAD="off",
        LOG_FORMAT="plain",
        LOG_LEVEL="INFO",
        REQUEST_LOG_LEVEL="WARNING",
        DATABASE_CONNECT_TIMEOUT="7",
        TRUSTED_PROXY_COUNT="2",
        BACKUP_DIR="/srv/backups",
        REDIS_URL="redis://cache.internal:6379/0",
    )
    assert chosen == {
        "img-src": ["'self'", "data:", "https://pictures.example.org"],
        "frame-src": ["'self'", "https://video.example.org"],
        "redirect": False,
        "hsts": [600, False, False],
        "format": "plain",
        "levels": ["INFO", "WARNING"],
        "connect_timeout": 7,
        "proxies": 2,
        "backups": "/srv/backups",
        "cache": "django_redis.cache.RedisCache",
        "sessions": "django.contrib.sessions.backends.cached_db",
    }


def test_without_redis_production_shares_its_cache_through_the_database():
    chosen = read_in_a_process(OPERATOR_CHOICES, REDIS_URL="")
    assert chosen["cache"] == "django.core.cache.backends.db.DatabaseCache"
    assert chosen["format"] == "json" and chosen["redirect"] is True


def test_gunicorn_is_sized_from_the_environment():
    chosen = read_in_a_process(
        GUNICORN_CHOICES,
        PORT="9123",
        WEB_CONCURRENCY="3",
        GUNICORN_THREADS="2",
        GUNICORN_TIMEOUT="45",
        FORWARDED_ALLOW_IPS="10.0.0.5",
    )
    assert chosen == ["127.0.0.1:9123", 3, 2, 45, "10.0.0.5"]
    assert read_in_a_process(GUNICORN_CHOICES, GUNICORN_BIND="0.0.0.0:8000")[0] == "0.0.0.0:8000"


def test_head_answers_carry_the_headers_of_get_and_no_body():
    """Django's test client drops a HEAD body itself, so the middleware is asked directly."""
    page = HeadWithoutBodyMiddleware(lambda request: HttpResponse("<p>the page</p>"))
    answer = page(RequestFactory().head("/sq/"))
    assert answer.content == b""
    assert answer["Content-Length"] == str(len("<p>the page</p>"))
    download = HeadWithoutBodyMiddleware(lambda request: FileResponse(io.BytesIO(b"x" * 10)))
    answer = download(RequestFactory().head("/documents/1/report.pdf"))
    assert b"".join(answer.streaming_content) == b""
    assert answer["Content-Length"] == "10"
    assert page(RequestFactory().get("/sq/")).content == b"<p>the page</p>"
