"""Where the time of an uncached page goes: pages rendered in process, the page cache off.

`make bench` profiles the article and the home page on its database; `make profile` does it
alone, on the database that `BENCH_KEEP_DATABASE=1 make bench` kept, or on one it builds (and
drops, unless BENCH_KEEP_DATABASE=1). For each page: the median time of a render and its SQL,
the templates that take longest (each template's time includes the templates it includes), the
self time of each library and of each of our apps (pyinstrument's sampling; time spent waiting
for the database counts for Django's database layer), and the functions with most self time.
"""

import contextlib
import os
import shutil
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench.run import (
    BASE_DIR,
    close_connections,
    database_exists,
    drop_database,
    environment,
    recreate_database,
)

RENDERS = 20
SHOWN = 8


def profile(paths):
    """{name: where the time of rendering the page at the path goes}, for {name: path}."""
    return {name: profile_page(path) for name, path in paths.items()}


def profile_page(path):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from pyinstrument import Profiler

    client = Client(HTTP_HOST="127.0.0.1")
    client.get(path)
    times, sql_times, query_counts = [], [], []
    for _render in range(RENDERS):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            client.get(path)
            times.append(time.perf_counter() - started)
        sql_times.append(sum(float(query["time"]) for query in queries.captured_queries))
        query_counts.append(len(queries))
    with template_timer() as template_times:
        for _render in range(RENDERS):
            client.get(path)
    profiler = Profiler(interval=0.0005)
    with profiler:
        for _render in range(RENDERS):
            client.get(path)
    self_times = self_time_by_frame(profiler.last_session.root_frame())
    total = sum(self_times.values())
    by_area = Counter()
    for (_function, file_path), seconds in self_times.items():
        by_area[area(file_path)] += seconds
    summary = (
        f"median {statistics.median(times) * 1000:.0f} ms a render, "
        f"{statistics.median(sql_times) * 1000:.0f} ms of it in {max(query_counts)} SQL queries"
    )
    where = [
        "templates: "
        + ", ".join(
            f"{name} {seconds / RENDERS * 1000:.1f} ms"
            for name, seconds in template_times.most_common(SHOWN)
        ),
        "self time: "
        + ", ".join(
            f"{name} {seconds / total:.0%}" for name, seconds in by_area.most_common(SHOWN)
        ),
        "functions: "
        + ", ".join(
            f"{function} ({short_path(file_path)}) {seconds / total:.0%}"
            for (function, file_path), seconds in self_times.most_common(SHOWN)
        ),
    ]
    print(f"\n{path}: {summary}")
    print("\n".join(where))
    print(profiler.output_text(unicode=True, processor_options={"filter_threshold": 0.03}))
    return {"path": path, "summary": summary, "where": where}


@contextlib.contextmanager
def template_timer():
    """{template name: seconds spent rendering it}, its included templates' time included."""
    from django.template.base import Template

    render = Template._render
    spent = Counter()

    def timed_render(template, context):
        started = time.perf_counter()
        try:
            return render(template, context)
        finally:
            spent[template.name or "(from a string)"] += time.perf_counter() - started

    Template._render = timed_render
    try:
        yield spent
    finally:
        Template._render = render


def self_time_by_frame(root):
    """Counter of {(function, file): self time}, over the whole tree of frames."""
    spent = Counter()
    frames = [root]
    while frames:
        frame = frames.pop()
        frames.extend(frame.children)
        if frame.file_path and not frame.is_synthetic:
            spent[frame.function, frame.file_path] += frame.total_self_time
    return spent


def area(file_path):
    """The library (Django and Wagtail by their parts), our app, or Python's own modules."""
    parts = Path(file_path).parts
    if "site-packages" in parts:
        package = [part.removesuffix(".py") for part in parts[parts.index("site-packages") + 1 :]]
        return ".".join(package[:2] if package[0] in ("django", "wagtail") else package[:1])
    if Path(file_path).is_relative_to(BASE_DIR):
        return f"{Path(file_path).relative_to(BASE_DIR).parts[0]}/"
    return "Python's library"


def short_path(file_path):
    path = Path(file_path)
    if "site-packages" in path.parts:
        return "/".join(path.parts[path.parts.index("site-packages") + 1 :])
    return str(path.relative_to(BASE_DIR)) if path.is_relative_to(BASE_DIR) else path.name


def main():
    workdir = Path(tempfile.mkdtemp(prefix="network-site-profile-"))
    env = environment(workdir)
    os.environ.update(env)
    reuse = database_exists(env["DATABASE_URL"])
    if not reuse:
        recreate_database(env["DATABASE_URL"])
    try:
        # Django is set up only once the environment names the settings and the database.
        import django

        django.setup()
        from django.core.cache import cache
        from django.core.management import call_command

        from bench import dataset

        cache.clear()
        if not reuse:
            dataset.build()
        call_command("collectstatic", interactive=False, verbosity=0)
        paths = {name: path for name, path, _status in dataset.bench_urls()}
        profile({name: paths[name] for name in ("article", "home")})
    finally:
        close_connections()
        if not reuse and os.environ.get("BENCH_KEEP_DATABASE") != "1":
            drop_database(env["DATABASE_URL"])
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
