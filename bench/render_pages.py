"""Render every demo page type in every language and report time, queries and memory.

Run with `make bench`. It builds a fresh SQLite database in a temporary folder, loads the demo
content (timed), then requests one page of each type per language through Django's test client:
no network, no server. Figures go to standard output as a Markdown table.
"""

import io
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROUNDS = 15


def main():
    workdir = Path(tempfile.mkdtemp(prefix="network-site-bench-"))
    try:
        run(workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def run(workdir):
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "network_site.settings.dev")
    os.environ["MEDIA_ROOT"] = str(workdir / "media")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

    import django

    django.setup()

    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page, get_page_models

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    call_command("load_demo_content", verbosity=0, stdout=io.StringIO())
    load_seconds = time.perf_counter() - started

    page_types = [model for model in get_page_models() if model is not Page]
    client = Client(HTTP_HOST="localhost")
    rows = []
    for model in page_types:
        for language in ("sq", "sr-latn", "en"):
            page = model.objects.live().filter(locale__language_code=language).first()
            client.get(page.url)  # warm caches (site root paths, templates)
            timings = []
            for _round in range(ROUNDS):
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    response = client.get(page.url)
                    timings.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, page.url
            rows.append((model.__name__, language, statistics.median(timings), len(queries)))

    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"Demo content loaded in {load_seconds:.1f} s; peak memory {peak_mib:.0f} MiB.\n")
    print("| page type | language | median ms | queries |")
    print("|---|---|---:|---:|")
    for name, language, median_ms, query_count in rows:
        print(f"| {name} | {language} | {median_ms:.1f} | {query_count} |")


if __name__ == "__main__":
    main()
