"""Outage drill: what readers and a load balancer see while PostgreSQL or Redis is away, and after.

Serves a small site with the production settings under gunicorn on 127.0.0.1, connected to
PostgreSQL and to Redis each through a loopback TCP proxy of this script, so that "the database
goes away" is this script closing its proxy (every connection dropped, new ones refused) and
never stopping the machine's shared servers. Then:

1. cuts PostgreSQL: a page kept in the page cache, a page not kept, and /healthz;
2. restores it: how long until a page not kept is served again, gunicorn never restarted;
3. cuts Redis: the same pages, /healthz, and a page republished meanwhile (its purge is lost);
4. restores it: the republished page shows its new title within a second or so (the purge that
   its publish lost is paid as soon as Redis answers), never again the kept old one.

Prints a table of what was seen and, with --json, the same as JSON (tests/test_outages.py reads
it). Uses a throwaway database (dropped at the end) and one Redis database (flushed).

    .venv/bin/python scripts/outage_drill.py
    .venv/bin/python scripts/outage_drill.py --database-url postgres://postgres@127.0.0.1:5432/drill \\
        --redis-url redis://127.0.0.1:6379/13
"""

import argparse
import contextlib
import json
import os
import re
import secrets
import shutil
import socket
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import redis

BASE_DIR = Path(__file__).resolve().parent.parent
# Run as a script: the project's packages (its settings, its models) are one folder up.
sys.path.insert(0, str(BASE_DIR))
from operations.app_server import app_server, free_port  # noqa: E402  (the line above finds it)
from operations.throwaway_database import drop_database, recreate_database  # noqa: E402

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/outage_drill"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/13"
# How long the site may take to serve again once a server is back, before the drill says it did not.
RECOVERY_LIMIT = 20
HOME_TITLE = "Ballina e stërvitjes"
REPUBLISHED_TITLE = "Rreth nesh, botuar ndërsa Redis mungonte"


class TcpProxy:
    """Forwards a loopback port to `target`. cut() drops every connection and refuses new ones,
    as a stopped server would; restore() accepts again, on the same port."""

    def __init__(self, target):
        self.target = target
        self.port = None
        self.listener = None
        self.pairs = set()
        self.lock = threading.Lock()
        self.restore()

    def restore(self):
        self.listener = socket.create_server(("127.0.0.1", self.port or 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self.accept, args=(self.listener,), daemon=True).start()

    def cut(self):
        # A listening socket closed while a thread waits in accept() may go on accepting;
        # shutting it down first wakes that thread and refuses new connections.
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        with self.lock:
            pairs, self.pairs = self.pairs, set()
        for pair in pairs:
            for end in pair:
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)
                end.close()

    def accept(self, listener):
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return  # cut
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.pairs.add((client, upstream))
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self.pump, args=(source, sink), daemon=True).start()

    def pump(self, source, sink):
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)


def through(url, proxy):
    """`url` with its host and port replaced by the proxy's."""
    parts = urlsplit(url)
    credentials = parts.netloc.rpartition("@")[0]
    netloc = f"{credentials}@" if credentials else ""
    return urlunsplit(parts._replace(netloc=f"{netloc}127.0.0.1:{proxy.port}"))


def target_of(url, default_port):
    parts = urlsplit(url)
    return (parts.hostname or "127.0.0.1", parts.port or default_port)


def setting_up(env):
    """Migrate, a home page and one more page, the static files: in this process, through the
    proxies, as the production settings read them."""
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    # Only the site's own static files: the public pages need no others, and Wagtail's admin
    # files take most of a minute to compress.
    ignored = ["wagtail*", "django_otp", "otp_totp", "admin", "rest_framework"]
    call_command("collectstatic", interactive=False, verbosity=0, ignore_patterns=ignored)
    return build_site(env["WAGTAILADMIN_BASE_URL"])


def build_site(base_url):
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage, StandardPage

    root = Page.get_first_root_node()
    # Wagtail's first migration makes a welcome page and a Site for it.
    Site.objects.all().delete()
    root.get_children().delete()
    root = Page.get_first_root_node()
    locale = Locale.get_default()
    home = root.add_child(
        instance=HomePage(title=HOME_TITLE, hero_heading=HOME_TITLE, slug="ballina", locale=locale)
    )
    about = home.add_child(instance=StandardPage(title="Rreth nesh", slug="rreth-nesh"))
    extra = home.add_child(instance=StandardPage(title="Kontakti", slug="kontakti"))
    port = urlsplit(base_url).port
    Site.objects.create(hostname="127.0.0.1", port=port, root_page=home, is_default_site=True)
    return {"home": home.url, "about": about.url, "contact": extra.url, "about_id": about.pk}


def republish(page_id, title):
    """Publish a new title, as an editor would; its purge runs through the proxy to Redis."""
    from django.db import close_old_connections, connection

    from home.models import StandardPage

    # This script's own connection went with the database's cut.
    connection.close()
    close_old_connections()
    page = StandardPage.objects.get(pk=page_id)
    page.title = title
    page.save_revision().publish()


OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def visit(port, path):
    """What a visitor gets: status, the page's first heading (or the health check's status)."""
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", headers={"X-Forwarded-Proto": "https"}
    )
    started = time.monotonic()
    try:
        with OPENER.open(request, timeout=15) as response:
            status, body, headers = response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:
        status, body, headers = error.code, error.read(), error.headers
    except OSError as error:
        return {"status": None, "seen": f"no answer: {error}", "seconds": None}
    text = body.decode("utf-8", "replace")
    if headers.get("Content-Type", "").startswith("application/json"):
        seen = "status " + json.loads(text)["status"]
    else:
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S)
        seen = re.sub(r"<[^>]+>|\s+", " ", heading.group(1)).strip() if heading else ""
    if "Traceback" in text:
        seen += " [TRACEBACK IN PAGE]"
    return {
        "status": status,
        "seen": seen,
        "retry_after": headers.get("Retry-After"),
        "seconds": round(time.monotonic() - started, 2),
    }


def seconds_until_served(port, path):
    started = time.monotonic()
    while time.monotonic() - started < RECOVERY_LIMIT:
        if visit(port, path)["status"] == 200:
            return round(time.monotonic() - started, 1)
        time.sleep(0.2)
    return None


def drill(port, urls, database, cache):
    rows = []

    def record(step, what, path):
        rows.append({"step": step, "what": what, "path": path, **visit(port, path)})

    record("before", "page kept in the page cache", urls["home"])
    record("before", "page kept in the page cache (again)", urls["home"])
    record("before", "/healthz", "/healthz")

    database.cut()
    record("PostgreSQL cut", "page kept in the page cache", urls["home"])
    record("PostgreSQL cut", "page not kept", urls["about"])
    record("PostgreSQL cut", "English address not kept", "/en/no-such-page/")
    record("PostgreSQL cut", "/healthz", "/healthz")

    database.restore()
    recovered = seconds_until_served(port, urls["about"])
    record("PostgreSQL back", "page not kept before", urls["about"])
    record("PostgreSQL back", "/healthz", "/healthz")
    # Every worker: each must have replaced its broken connection.
    for number in range(6):
        record("PostgreSQL back", "page not kept (each worker)", f"{urls['contact']}?n={number}")

    cache.cut()
    record("Redis cut", "page kept before", urls["home"])
    record("Redis cut", "page not kept", urls["contact"])
    record("Redis cut", "/healthz", "/healthz")
    republish(urls["about_id"], REPUBLISHED_TITLE)
    for _ in range(4):
        record("Redis cut", "republished page", urls["about"])

    cache.restore()
    # The purge that the publish lost is owed by this process, which pays it once Redis answers.
    renewed = seconds_until_new(port, urls["about"])
    record("Redis back", "republished page (kept before the cut)", urls["about"])
    record("Redis back", "/healthz", "/healthz")
    return {"rows": rows, "database_recovery_seconds": recovered, "cache_renewed_seconds": renewed}


def seconds_until_new(port, path):
    """How long after Redis's return the page kept before the cut still showed its old title."""
    started = time.monotonic()
    while time.monotonic() - started < RECOVERY_LIMIT:
        if REPUBLISHED_TITLE in visit(port, path)["seen"]:
            return round(time.monotonic() - started, 1)
        time.sleep(0.1)
    return None


def tracebacks_in(log_path):
    return log_path.read_text().count("Traceback")


def table(result):
    lines = [
        "| step | what | address | status | visitor sees | Retry-After | s |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in result["rows"]:
        lines.append(
            f"| {row['step']} | {row['what']} | `{row['path']}` | {row['status']} | "
            f"{row['seen']} | {row.get('retry_after') or ''} | {row['seconds']} |"
        )
    lines.append("")
    lines.append(
        f"Pages served again {result['database_recovery_seconds']} s after PostgreSQL came "
        f"back, gunicorn not restarted. The page republished while Redis was away showed its "
        f"new title {result['cache_renewed_seconds']} s after Redis came back. Tracebacks in "
        f"gunicorn's log: {result['tracebacks']}."
    )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL)
    parser.add_argument("--redis-url", default=DEFAULT_REDIS_URL)
    parser.add_argument("--port", type=int, default=0, help="gunicorn's port (default: free)")
    parser.add_argument(
        "--settings", default="network_site.settings.production", help="DJANGO_SETTINGS_MODULE"
    )
    parser.add_argument("--json", action="store_true", help="print JSON, not a table")
    args = parser.parse_args()

    port = args.port or free_port()
    workdir = Path(tempfile.mkdtemp(prefix="outage-drill-"))
    recreate_database(args.database_url)
    redis.Redis.from_url(args.redis_url).flushdb()
    database = TcpProxy(target_of(args.database_url, 5432))
    cache = TcpProxy(target_of(args.redis_url, 6379))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": args.settings,
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "127.0.0.1",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "DATABASE_URL": through(args.database_url, database),
        "REDIS_URL": through(args.redis_url, cache),
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "LOG_FORMAT": "plain",
    }
    log_path = workdir / "gunicorn.log"
    try:
        urls = setting_up(env)
        with app_server(env, log_path, ("--workers", "2"), port=port):
            result = drill(port, urls, database, cache)
        result["tracebacks"] = tracebacks_in(log_path)
        result["log_lines"] = log_path.read_text().splitlines()[-60:]
    finally:
        database.cut()
        cache.cut()
        with contextlib.suppress(Exception):
            from django.db import connections

            connections.close_all()
        drop_database(args.database_url)
        shutil.rmtree(workdir, ignore_errors=True)
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else table(result))


if __name__ == "__main__":
    main()
