"""The demo site built as `make run` builds it, on a fresh SQLite database, in a server of its own.

Shared by the smoke test of the demo content (tests/test_demo_content.py) and the browser tests,
which use one build per test run (the `demo_build` fixture of tests/conftest.py), and by
`make screenshots` (scripts/screenshots.py). The server never sees the pytest-django test database.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
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

# Run by `manage.py shell -c`: what `make run` does before it serves the site (migrate, load the
# demo content), in one process rather than one per command, which saves a start of Django each.
BUILD_SCRIPT = """
from django.core.management import call_command

call_command("migrate", interactive=False, verbosity=0)
call_command("load_demo_content", verbosity=0)
"""

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
"""

# Printed by `manage.py shell -c`: the "page not found" page of every language as visitors get it.
# The dev server needs DEBUG (it serves the media), and with DEBUG on Django answers a 404 with its
# technical page instead of the site's own; this renders the site's own through the same code.
NOT_FOUND_SCRIPT = """
import json
from django.conf import settings
from django.test import Client, override_settings

not_found_pages = {}
with override_settings(DEBUG=False, ALLOWED_HOSTS=["testserver"]):
    client = Client()
    for language, _name in settings.LANGUAGES:
        response = client.get(NOT_FOUND_PATH.format(language=language))
        assert response.status_code == 404, response.status_code
        not_found_pages[language] = response.content.decode()
"""
NOT_FOUND_PATH = "/{language}/no-such-page/"


@dataclass(frozen=True)
class RunningSite:
    base_url: str
    # {page type name: {language code: path}}, e.g. pages["NewsPage"]["en"] == "/en/news/…/".
    pages: dict
    # {language code: HTML of the site's "page not found" page}, see NOT_FOUND_SCRIPT.
    not_found_pages: dict
    # The server's environment: its settings, database and media folder.
    environment: dict = field(default_factory=dict, repr=False)

    def not_found_path(self, language):
        return NOT_FOUND_PATH.format(language=language)

    def manage(self, *arguments):
        """Run a manage.py command on the site's database; its output."""
        return manage(self.environment, *arguments)

    def shell(self, script):
        """Run `script` with `manage.py shell` on the site's database; the JSON it prints last."""
        return shell_json(self.environment, script)


def chromium_available():
    return os.access(CHROMIUM_PATH, os.X_OK)


def database_path(folder):
    return folder / "site.sqlite3"


def site_environment(folder, built_folder):
    """The settings of a site whose database is in `folder` and pictures in `built_folder`."""
    environment = dict(os.environ)
    # The server must share nothing with whoever started it: not its database nor its cache.
    environment.pop("REDIS_URL", None)
    environment.update(
        DJANGO_SETTINGS_MODULE="network_site.settings.dev",
        DATABASE_URL=f"sqlite:///{database_path(folder)}",
        MEDIA_ROOT=str(built_folder / "media"),
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
        timeout=900,  # a build on a busy machine takes minutes
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"manage.py {arguments[0]} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        )
    return result.stdout


def shell_json(environment, script):
    output = manage(environment, "shell", "--no-imports", "-c", script)
    return json.loads(output.strip().splitlines()[-1])


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
            with opener.open(f"{base_url}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    raise RuntimeError(
        f"The server did not answer /healthz in {timeout} s:\n{log_path.read_text()}"
    )


BUILT = "built.json"  # written last: the build is complete
FAILED = "failed.log"


def build(folder):
    """Build the demo site in `folder` (database and pictures); its page maps, also saved."""
    folder = Path(folder)
    environment = site_environment(folder, folder)
    try:
        pages, not_found_pages = shell_json(
            environment,
            f"NOT_FOUND_PATH = {NOT_FOUND_PATH!r}\n{BUILD_SCRIPT}{PAGE_MAP_SCRIPT}"
            f"{NOT_FOUND_SCRIPT}print(json.dumps([pages, not_found_pages]))",
        )
    except RuntimeError as error:
        (folder / FAILED).write_text(str(error))
        raise
    maps = {"pages": pages, "not_found_pages": not_found_pages}
    partial = folder / f"{BUILT}.partial"
    partial.write_text(json.dumps(maps))
    partial.replace(folder / BUILT)
    return maps


def start_build(folder):
    """Start building the demo site in `folder` in a process of its own; returns the process."""
    log = (Path(folder) / "build.log").open("w")
    return subprocess.Popen(
        [sys.executable, "-m", "tests.demo_site", str(folder)],
        cwd=PROJECT_ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def wait_for_build(folder, timeout=900):
    """The page maps of the build in `folder`, once it is complete (a build can take minutes on
    a busy machine); RuntimeError if it failed."""
    folder = Path(folder)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if (folder / BUILT).exists():
            return json.loads((folder / BUILT).read_text())
        if (folder / FAILED).exists():
            raise RuntimeError(
                f"The demo site could not be built:\n{(folder / FAILED).read_text()}"
            )
        time.sleep(0.5)
    raise RuntimeError(f"The demo site was not built in {timeout} s; see {folder / 'build.log'}")


@contextmanager
def serving(built_folder, folder):
    """Serve a copy of the demo site built in `built_folder`, from `folder`; stop it on exit."""
    built_folder, folder = Path(built_folder), Path(folder)
    maps = wait_for_build(built_folder)
    if folder != built_folder:
        shutil.copyfile(database_path(built_folder), database_path(folder))
    environment = site_environment(folder, built_folder)
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
            yield RunningSite(base_url, maps["pages"], maps["not_found_pages"], environment)
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


@contextmanager
def running_site(folder):
    """Build the demo site in `folder` and serve it (for `make screenshots`)."""
    manage(site_environment(Path(folder), Path(folder)), "compile_translations")
    build(folder)
    with serving(folder, folder) as site:
        yield site


if __name__ == "__main__":
    build(sys.argv[1])
