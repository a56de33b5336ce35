"""`make bench`: the site at scale, served as in production, against the ceiling of the same run.

Builds the dataset of bench/dataset.py in a throwaway database, serves it with the production
settings under gunicorn on 127.0.0.1 (bench/settings.py adds the ceiling view), and drives one
address of each kind with wrk, with the page cache off and then on. Each address's SQL queries and
sizes are measured in this process, against the same database. Then gunicorn's workers' memory
across many requests, and a profile of the uncached article and home page. Writes
bench/results.json and prints the Markdown of bench/README.md's figures. See bench/README.md.
"""

import gzip
import io
import json
import math
import os
import platform
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import brotli
import dj_database_url

from operations import throwaway_database
from operations.app_server import app_server

BASE_DIR = Path(__file__).resolve().parent.parent
BENCH_DIR = BASE_DIR / "bench"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/network_site_bench"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/5"
# Pictures live as long as the database that names them (BENCH_KEEP_DATABASE=1 keeps both).
MEDIA_ROOT = Path(tempfile.gettempdir()) / "network-site-bench-media"
WORKERS = 2
THREADS = 2
CONNECTIONS = 8
# As long as gunicorn lets a request run: a timeout in wrk is then a failed request, not a slow one.
WRK_TIMEOUT = "30s"
# What a reverse proxy would typically send: gzip at level 6, Brotli at quality 6.
GZIP_LEVEL = 6
BROTLI_QUALITY = 6


def main():
    if not shutil.which("wrk"):
        sys.exit("make bench drives the server with wrk: apt-get install wrk")
    seconds = int(os.environ.get("BENCH_SECONDS", "10"))
    memory_requests = int(os.environ.get("BENCH_MEMORY_REQUESTS", "20000"))
    workdir = Path(tempfile.mkdtemp(prefix="network-site-bench-"))
    env = environment(workdir)
    os.environ.update(env)
    recreate_database(env["DATABASE_URL"])
    try:
        results = run(env, workdir, seconds, memory_requests)
    finally:
        close_connections()
        if os.environ.get("BENCH_KEEP_DATABASE") != "1":
            drop_database(env["DATABASE_URL"])
        shutil.rmtree(workdir, ignore_errors=True)
    (BENCH_DIR / "results.json").write_text(
        json.dumps(results, indent=2, ensure_ascii=False) + "\n"
    )
    print(markdown(results))


def environment(workdir):
    """What the production settings need, for a site served on 127.0.0.1 from `workdir`."""
    return {
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL),
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS_URL),
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
        "MEDIA_ROOT": str(MEDIA_ROOT),
        "STATIC_ROOT": str(workdir / "static"),
        "PAGE_CACHE": "off",
        # wrk speaks plain HTTP to gunicorn, with no proxy in front to say the reader used HTTPS.
        "SECURE_SSL_REDIRECT": "off",
    }


def run(env, workdir, seconds, memory_requests):
    # Django is set up only once the environment names the settings and the database.
    import django

    django.setup()

    from django.core.cache import cache
    from django.core.management import call_command

    from bench import dataset, profile_pages

    # What an earlier run left in the shared cache describes another database.
    cache.clear()
    build_seconds, counts = dataset.build()
    print(f"Dataset built: {build_seconds} s, {counts}", flush=True)
    call_command("configure_site", verbosity=0, stdout=io.StringIO())
    call_command("collectstatic", interactive=False, verbosity=0)

    urls = dataset.bench_urls()
    pages = [{"name": name, "path": path, "expected_status": status} for name, path, status in urls]
    for page in pages:
        page.update(in_process(page["path"]))
    memory = None
    worker_timeouts = {}
    for mode in ("off", "on"):
        cache.clear()
        log = workdir / f"gunicorn-{mode}.log"
        with app_server({**os.environ, "PAGE_CACHE": mode}, log, SERVER_OPTIONS) as server:
            for page in pages:
                page[mode] = load(server, page, seconds, workdir)
                print(f"page cache {mode}: {page['name']}: {page[mode]}", flush=True)
            ceiling = pages[0][mode]["requests_per_second"]
            for page in pages:
                page[mode]["ratio_to_ceiling"] = round(
                    page[mode]["requests_per_second"] / ceiling, 4
                )
            if mode == "off" and memory_requests:
                # The sitemap takes seconds a request: mixed in, it would set the pace alone.
                mixed = [
                    page["path"] for page in pages if page["name"] not in ("ceiling", "sitemap")
                ]
                memory = worker_memory(server, mixed, memory_requests, workdir)
        # gunicorn kills and replaces a worker whose request outlives its timeout (30 s).
        worker_timeouts[mode] = log.read_text().count("WORKER TIMEOUT")
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "method": {
            "settings": env["DJANGO_SETTINGS_MODULE"],
            "server": f"gunicorn, {WORKERS} sync workers, 127.0.0.1",
            "load": f"wrk -t{THREADS} -c{CONNECTIONS} -d{seconds}s --timeout {WRK_TIMEOUT}",
            "page_cache_on": "Redis " + env["REDIS_URL"] + ", flushed before each mode",
            "queries": "one request in process after one warm-up request, page cache off",
            "compressed": f"gzip level {GZIP_LEVEL}, Brotli quality {BROTLI_QUALITY}",
        },
        "dataset": {
            "build_seconds": round(sum(build_seconds.values()), 1),
            "steps_seconds": build_seconds,
            "counts": counts,
        },
        "pages": pages,
        "worker_timeouts": worker_timeouts,
        "memory": memory,
        "profile": profile_pages.profile(
            {page["name"]: page["path"] for page in pages if page["name"] in ("article", "home")}
        ),
    }


def in_process(path):
    """Status, SQL queries and sizes of one request, the page cache off, fragment caches warm."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return {
        "status": response.status_code,
        "queries": len(queries),
        "bytes": len(body),
        "gzip_bytes": len(gzip.compress(body, GZIP_LEVEL)),
        "brotli_bytes": len(brotli.compress(body, quality=BROTLI_QUALITY)),
    }


# The server.


# gunicorn.conf.py replaces workers after some requests: the memory figures must see one process
# serve them all.
SERVER_OPTIONS = ("--workers", str(WORKERS), "--worker-class", "sync", "--max-requests", "0")


def worker_pids(server):
    """The server's workers, once all are running."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        children = server.workers()
        if len(children) == WORKERS:
            return sorted(children)
        time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not keep {WORKERS} workers running")


def rss_mib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError(f"no VmRSS for process {pid}")


# Load.


def load(server, page, seconds, workdir):
    """wrk's figures for one address, after checking its status and warming it."""
    url = server.base + page["path"]
    for _warm_up in range(2 * WORKERS):
        status = fetch_status(url)
    if status != page["expected_status"]:
        raise RuntimeError(f"{url} answered {status}, not {page['expected_status']}")
    figures = wrk(url, seconds, [BENCH_DIR / "wrk_report.lua"], workdir)
    # A page slower than the run has no latencies to tell.
    answered = figures["requests"] > 0
    return {
        "requests_per_second": round(figures["requests"] / (figures["duration_us"] / 1e6), 1),
        "p50_ms": round(figures["p50_us"] / 1000, 1) if answered else None,
        "p99_ms": round(figures["p99_us"] / 1000, 1) if answered else None,
        "requests": figures["requests"],
        "socket_errors": sum(figures[kind] for kind in ("connect", "read", "write", "timeout")),
        # wrk counts 4xx and 5xx alike; the 404 page answers 404 on purpose.
        "unexpected_status": 0 if page["expected_status"] == 404 else figures["status"],
    }


def fetch_status(url):
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def wrk(url, seconds, scripts, workdir, args=(), connections=CONNECTIONS):
    """Run wrk with the Lua `scripts` joined into one; returns wrk_report.lua's figures."""
    script = workdir / "wrk.lua"
    script.write_text("\n".join(Path(path).read_text() for path in scripts))
    command = ["wrk", f"-t{THREADS}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    command += ["--timeout", WRK_TIMEOUT, "-s", str(script), url]
    if args:
        command += ["--", *args]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return json.loads([line for line in output.splitlines() if line.startswith("{")][-1])


def worker_memory(server, paths, total, workdir):
    """Workers' resident memory before and after `total` requests of `paths` in turn.

    wrk runs for a time, not a number of requests: it runs again, for the time the remaining
    requests should take at the rate reached so far, until they are done.
    """
    before = {pid: rss_mib(pid) for pid in worker_pids(server)}
    done, seconds, socket_errors, duration = 0, 0.0, 0, 10
    scripts = [BENCH_DIR / "wrk_report.lua", BENCH_DIR / "wrk_mixed.lua"]
    while done < total:
        figures = wrk(server.base + "/", duration, scripts, workdir, paths)
        done += figures["requests"]
        seconds += figures["duration_us"] / 1e6
        socket_errors += sum(figures[kind] for kind in ("connect", "read", "write", "timeout"))
        rate = max(figures["requests"] / (figures["duration_us"] / 1e6), 1)
        duration = max(1, min(300, math.ceil((total - done) / rate)))
    after = {pid: rss_mib(pid) for pid in worker_pids(server)}
    print(f"memory: {before} -> {after} MiB after {done} requests", flush=True)
    return {
        "requests": done,
        "seconds": round(seconds, 1),
        "page_cache": "off",
        "worker_rss_mib_before": list(before.values()),
        "worker_rss_mib_after": list(after.values()),
        "workers_replaced": len(set(before) - set(after)),
        "socket_errors": socket_errors,
    }


# The database.


# SQLite too (BENCH_DATABASE_URL=sqlite:///…), and the run's pictures with the database.


def recreate_database(url):
    drop_database(url)
    if not on_sqlite(url):
        throwaway_database.recreate_database(url)


def drop_database(url):
    shutil.rmtree(MEDIA_ROOT, ignore_errors=True)
    if on_sqlite(url):
        Path(dj_database_url.parse(url)["NAME"]).unlink(missing_ok=True)
    else:
        throwaway_database.drop_database(url)


def database_exists(url):
    if on_sqlite(url):
        return Path(dj_database_url.parse(url)["NAME"]).exists()
    return throwaway_database.database_exists(url)


def on_sqlite(url):
    return dj_database_url.parse(url)["ENGINE"] == "django.db.backends.sqlite3"


def close_connections():
    if "django" in sys.modules:
        from django.db import connections

        connections.close_all()


# The report.


def machine():
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory_kib = int(Path("/proc/meminfo").read_text().split()[1])
    from django import get_version
    from django.db import connection
    from wagtail import __version__ as wagtail_version

    with connection.cursor() as cursor:
        database = connection.vendor
        if database == "postgresql":
            cursor.execute("SHOW server_version")
            database += " " + cursor.fetchone()[0]
    wrk_version = subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.split()[1]
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(memory_kib / 1024**2, 1),
        "load_average_at_end": [round(load, 2) for load in os.getloadavg()],
        "os": platform.platform(),
        "python": platform.python_version(),
        "django": get_version(),
        "wagtail": wagtail_version,
        "database": database,
        "wrk": wrk_version,
        "commit": subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=BASE_DIR
        ).stdout.strip(),
    }


def markdown(results):
    """The figures as bench/README.md shows them."""
    facts = results["machine"]
    dataset = results["dataset"]
    lines = [
        f"{results['date'][:10]}, {facts['cpu']} ({facts['cores']} cores, "
        f"{facts['memory_gib']} GiB), Python {facts['python']}, Django {facts['django']}, "
        f"Wagtail {facts['wagtail']}, {facts['database']}, commit {facts['commit']}; "
        f"{results['method']['load']}; load average at the end "
        f"{', '.join(map(str, facts['load_average_at_end']))}.",
        "",
        f"Dataset built in {results['dataset']['build_seconds']} s ("
        + ", ".join(f"{name} {seconds} s" for name, seconds in dataset["steps_seconds"].items())
        + "): "
        + ", ".join(f"{count:,} {name}" for name, count in dataset["counts"].items())
        + ".",
        "",
        "| address | queries | KB raw / gzip / br | cache off: req/s | p50 / p99 ms | of ceiling "
        "| cache on: req/s | p50 / p99 ms | of ceiling | errors |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for page in results["pages"]:
        sizes = " / ".join(
            f"{page[key] / 1024:.1f}" for key in ("bytes", "gzip_bytes", "brotli_bytes")
        )
        cells = [f"{page['name']} (`{page['path']}`)", str(page["queries"]), sizes]
        errors = 0
        for mode in ("off", "on"):
            figures = page[mode]
            cells += [
                f"{figures['requests_per_second']:,.0f}",
                f"{figures['p50_ms']} / {figures['p99_ms']}" if figures["requests"] else "—",
                f"{figures['ratio_to_ceiling']:.1%}",
            ]
            errors += figures["socket_errors"] + figures["unexpected_status"]
        cells.append(str(errors))
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        "Workers killed by gunicorn's 30-second timeout: "
        + ", ".join(
            f"{count} with the page cache {mode}"
            for mode, count in results["worker_timeouts"].items()
        )
        + ".",
    ]
    memory = results["memory"]
    if memory:
        lines += [
            "",
            f"Worker memory (RSS, MiB), page cache off: {memory['worker_rss_mib_before']} before "
            f"and {memory['worker_rss_mib_after']} after {memory['requests']:,} requests of the "
            f"addresses above but the ceiling and the sitemap, in turn ({memory['seconds']} s, "
            f"{memory['socket_errors']} socket errors, {memory['workers_replaced']} workers "
            "replaced).",
        ]
    for name, profile in results["profile"].items():
        lines += ["", f"Profile of the {name}, uncached ({profile['summary']}):", ""]
        lines += [f"- {row}" for row in profile["where"]]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
