"""`make loadtest`: the demo site under mixed public load while an editor saves pages, with zero
errors expected.

Builds the demo site (migrate, load_demo_content, configure_site) in a throwaway PostgreSQL
database (LOADTEST_DATABASE_URL), empties its Redis database (LOADTEST_REDIS_URL), and serves it
with the production settings under gunicorn (gunicorn.conf.py) on 127.0.0.1. wrk then requests
the public pages of every language in turn (home, news index, articles, events, partners,
search, feeds, calendar, sitemaps) over LOADTEST_CONNECTIONS connections for LOADTEST_SECONDS,
while a member of Communications signs in to the admin over HTTP and, until wrk is done, saves
news articles through the admin's own edit view with a new marker in the title and introduction
each time, as a draft or published in turn. Then every saved marker must be found in a revision.

Reports requests per second, latency p50 and p99, answers other than 2xx or 3xx, socket errors
(connect, read, write, timeouts), workers that gunicorn killed for timing out, and the saves
attempted, succeeded and found; exits with status 1 if anything failed.
"""

import os
import secrets
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import redis

from bench.run import BENCH_DIR, close_connections, wrk
from operations.app_server import app_server, free_port
from operations.throwaway_database import drop_database, recreate_database

BASE_DIR = BENCH_DIR.parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/loadtest_network_site"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/15"
EDITOR_USERNAME = "loadtest-editor"
# Each connection requests the addresses in turn, with the header a TLS proxy would add.
WRK_SCRIPTS = ["wrk_report.lua", "wrk_mixed.lua", "wrk_forwarded_https.lua"]


def main():
    if not shutil.which("wrk"):
        sys.exit("make loadtest drives the server with wrk: apt-get install wrk")
    seconds = int(os.environ.get("LOADTEST_SECONDS", "60"))
    connections = int(os.environ.get("LOADTEST_CONNECTIONS", "64"))
    workdir = Path(tempfile.mkdtemp(prefix="network-site-loadtest-"))
    port = free_port()
    env = environment(workdir, port)
    os.environ.update(env)
    database_url = env["DATABASE_URL"]
    recreate_database(database_url)
    try:
        report = run(workdir, port, seconds, connections)
    finally:
        close_connections()
        drop_database(database_url)
        shutil.rmtree(workdir, ignore_errors=True)
    print(summary(report))
    if failures(report):
        sys.exit(1)


def environment(workdir, port):
    """What the production settings need, for a site served on 127.0.0.1:`port` from `workdir`."""
    return {
        "DJANGO_SETTINGS_MODULE": "network_site.settings.production",
        "DATABASE_URL": os.environ.get("LOADTEST_DATABASE_URL", DEFAULT_DATABASE_URL),
        "REDIS_URL": os.environ.get("LOADTEST_REDIS_URL", DEFAULT_REDIS_URL),
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "MEDIA_ROOT": str(workdir / "media"),
        "STATIC_ROOT": str(workdir / "static"),
    }


def run(workdir, port, seconds, connections):
    # Django is set up only once the environment names the settings and the database.
    import django

    django.setup()

    from bench import admin_editor, loadtest_site

    redis.Redis.from_url(os.environ["REDIS_URL"]).flushdb()
    started = time.monotonic()
    loadtest_site.build()
    print(f"Demo site built in {time.monotonic() - started:.1f} s", flush=True)
    password = secrets.token_urlsafe(24)
    loadtest_site.create_editor(EDITOR_USERNAME, password)
    paths = loadtest_site.public_paths()
    articles = loadtest_site.edited_articles()

    log_path = workdir / "gunicorn.log"
    with app_server(os.environ, log_path, port=port):
        for path in paths:
            status = admin_editor.status_of(port, path)
            if status != 200:
                raise RuntimeError(f"{path} answered {status} before the load")
        editing = admin_editor.EditorLoop(port, EDITOR_USERNAME, password, articles)
        thread = threading.Thread(target=editing.run, name="editor")
        thread.start()
        try:
            figures = wrk(
                f"http://127.0.0.1:{port}",
                seconds,
                [BENCH_DIR / name for name in WRK_SCRIPTS],
                workdir,
                paths,
                connections=connections,
            )
        finally:
            editing.stop.set()
            thread.join()
    found, revisions_with_markers = loadtest_site.saves_found(
        articles, editing.attempts, editing.marker_prefix
    )
    log = log_path.read_text()
    return {
        "load": {
            "wrk": f"-c{connections} -d{seconds}s, {len(paths)} public addresses in turn",
            "requests": figures["requests"],
            "requests_per_second": round(figures["requests"] / (figures["duration_us"] / 1e6), 1),
            "p50_ms": round(figures["p50_us"] / 1000, 1),
            "p99_ms": round(figures["p99_us"] / 1000, 1),
            "max_ms": round(figures["max_us"] / 1000, 1),
            "not_2xx_or_3xx": figures["status"],
            "socket_errors": {
                kind: figures[kind] for kind in ("connect", "read", "write", "timeout")
            },
        },
        "saves": {
            "attempted": len(editing.attempts),
            "succeeded": len(editing.saved),
            "found_in_revisions": found,
            "revisions_with_markers": revisions_with_markers,
            "failures": editing.failures,
        },
        "server": {
            "workers_timed_out": log.count("WORKER TIMEOUT"),
            "errors_logged": log.count("Traceback"),
            # The log goes with the run's folder: what it says of an error is kept here.
            "log_end": log[-5000:] if "Traceback" in log or "WORKER TIMEOUT" in log else "",
        },
    }


# The report.


def failures(report):
    load, saves, server = report["load"], report["saves"], report["server"]
    return (
        load["not_2xx_or_3xx"]
        + sum(load["socket_errors"].values())
        + len(saves["failures"])
        + (saves["attempted"] - saves["found_in_revisions"])
        + (saves["attempted"] - saves["revisions_with_markers"])
        + server["workers_timed_out"]
        + server["errors_logged"]
        + (saves["attempted"] == 0)
    )


def summary(report):
    load, saves, server = report["load"], report["saves"], report["server"]
    socket_errors = ", ".join(f"{kind} {count}" for kind, count in load["socket_errors"].items())
    lines = [
        f"Load (wrk {load['wrk']}): {load['requests']:,} requests, "
        f"{load['requests_per_second']:,} req/s, latency p50 {load['p50_ms']} ms, "
        f"p99 {load['p99_ms']} ms, max {load['max_ms']} ms.",
        f"Answers other than 2xx/3xx: {load['not_2xx_or_3xx']}; socket errors: {socket_errors}.",
        f"Admin saves: {saves['attempted']} attempted, {saves['succeeded']} succeeded, "
        f"{saves['found_in_revisions']} found in revisions "
        f"({saves['revisions_with_markers']} revisions carry a marker).",
        f"Server: {server['workers_timed_out']} workers timed out, "
        f"{server['errors_logged']} errors logged.",
    ]
    lines += [f"Save failed: {failure}" for failure in saves["failures"]]
    if server["log_end"]:
        lines.append(f"The end of gunicorn's log:\n{server['log_end']}")
    lines.append("FAILED" if failures(report) else "No errors.")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
