"""The site running in a server process of its own, on a fresh SQLite database, for a real browser.

Shared by the browser tests (tests/browser/conftest.py) and `make screenshots`
(scripts/screenshots.py). The server never sees the pytest-django test database.
"""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# As root, without a GPU, and with nothing that phones home: the network is closed here.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# The widths every page is checked and photographed at.
VIEWPORTS = {
    "phone": {"width": 375, "height": 800},
    "desktop": {"width": 1280, "height": 900},
}
CHROMIUM_MISSING = "Browser tests need Debian's Chromium: apt-get install chromium"

# Printed by `manage.py shell -c`: one live page of every page type in every language, the same
# page (through its translations) in each where it can be. Pages with children come first, so that
# the event shown has highlights and an index has something to list.
PAGE_MAP_SCRIPT = """
import json
from django.conf import settings
from wagtail.models import Page, get_page_models

pages = {}
for model in get_page_models():
    if model is Page:
        continue
    live = model.objects.live().order_by("-numchild", "path")
    source = live.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    urls = {}
    for language, _name in settings.LANGUAGES:
        in_language = live.filter(locale__language_code=language)
        page = (
            source and in_language.filter(translation_key=source.translation_key).first()
        ) or in_language.first()
        if page is not None:
            urls[language] = page.get_url()
    pages[model.__name__] = urls
print(json.dumps(pages))
"""

# Printed by `manage.py shell -c`: the "page not found" page of every language as visitors get it.
# The dev server needs DEBUG (it serves the media), and with DEBUG on Django answers a 404 with its
# technical page instead of the site's own; this renders the site's own through the same code.
NOT_FOUND_SCRIPT = """
import json
from django.conf import settings
from django.test import Client, override_settings

pages = {}
with override_settings(DEBUG=False, ALLOWED_HOSTS=["testserver"]):
    client = Client()
    for language, _name in settings.LANGUAGES:
        response = client.get(NOT_FOUND_PATH.format(language=language))
        assert response.status_code == 404, response.status_code
        pages[language] = response.content.decode()
print(json.dumps(pages))
"""
NOT_FOUND_PATH = "/{language}/no-such-page/"


@dataclass(frozen=True)
class RunningSite:
    base_url: str
    # {page type name: {language code: path}}, e.g. pages["NewsPage"]["en"] == "/en/news/…/".
    pages: dict
    # {language code: HTML of the site's "page not found" page}, see NOT_FOUND_SCRIPT.
    not_found_pages: dict

    def not_found_path(self, language):
        return NOT_FOUND_PATH.format(language=language)


def chromium_available():
    return os.access(CHROMIUM_PATH, os.X_OK)


def site_environment(folder):
    environment = dict(os.environ)
    # The server must share nothing with whoever started it: not its database nor its cache.
    environment.pop("REDIS_URL", None)
    environment.update(
        DJANGO_SETTINGS_MODULE="network_site.settings.dev",
        DATABASE_URL=f"sqlite:///{folder / 'browser.sqlite3'}",
        MEDIA_ROOT=str(folder / "media"),
        ALLOWED_HOSTS="127.0.0.1",
        PYTHONUNBUFFERED="1",
    )
    return environment


def manage(environment, *arguments):
    """Run one manage.py command to completion; its output, or an error that shows it."""
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"manage.py {arguments[0]} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        )
    return result.stdout


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_healthy(server, base_url, log_path, timeout=60):
    # Straight to the local server, whatever proxy the environment names.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"The server stopped ({server.returncode}):\n{log_path.read_text()}")
        try:
            with opener.open(f"{base_url}/health/", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    raise RuntimeError(
        f"The server did not answer /health/ in {timeout} s:\n{log_path.read_text()}"
    )


@contextmanager
def running_site(folder):
    """Build the demo site in `folder`, serve it on a free local port, and stop it on exit."""
    folder = Path(folder)
    environment = site_environment(folder)
    manage(environment, "migrate", "--no-input")
    manage(environment, "compile_translations")
    manage(environment, "load_demo_content")
    output = manage(environment, "shell", "--no-imports", "-c", PAGE_MAP_SCRIPT)
    pages = json.loads(output.strip().splitlines()[-1])
    script = f"NOT_FOUND_PATH = {NOT_FOUND_PATH!r}\n{NOT_FOUND_SCRIPT}"
    output = manage(environment, "shell", "--no-imports", "-c", script)
    not_found_pages = json.loads(output.strip().splitlines()[-1])

    base_url = f"http://127.0.0.1:{free_port()}"
    log_path = folder / "server.log"
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "runserver",
                base_url.removeprefix("http://"),
                "--noreload",
            ],
            cwd=PROJECT_ROOT,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_healthy(server, base_url, log_path)
            yield RunningSite(base_url=base_url, pages=pages, not_found_pages=not_found_pages)
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
