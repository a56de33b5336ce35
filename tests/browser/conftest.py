"""Real-browser tests: Debian's Chromium, driven by Playwright, against the site in a server of its own.

The server runs the dev settings on a SQLite database of its own with the demo content, a copy of
the run's one build (the `demo_build` fixture of tests/conftest.py; see tests/demo_site.py);
these tests never touch the pytest-django test database.
"""

import os
from pathlib import Path

import pytest
from django.utils import translation

from tests.demo_site import (
    CHROMIUM_ARGS,
    CHROMIUM_MISSING,
    CHROMIUM_PATH,
    chromium_available,
    serving,
)

BROWSER_TESTS = Path(__file__).parent

# Playwright's sync API leaves an event loop marked as running in the main thread, and Django then
# refuses database access there. The loop never runs Django code, so the check only gets in the
# way of database tests that a test worker runs after a browser test.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Run the browser tests after every other test.

    Between calls, Playwright's sync API leaves its event loop marked as running in the main
    thread, and Django then refuses database access there (SynchronousOnlyOperation): a database
    test that ran after the first browser test would fail. Last of the reorderings (pytest-django
    and pytest's own fixture grouping sort too), so that nothing moves them back.
    """
    items.sort(key=lambda item: item.path.is_relative_to(BROWSER_TESTS))


@pytest.fixture(scope="session", autouse=True)
def chromium():
    """Debian's Chromium, which Playwright drives; CI must have it, a laptop may do without."""
    if not chromium_available():
        if os.environ.get("CI"):
            pytest.fail(
                f"Chromium is missing at {CHROMIUM_PATH}: CI must run apt-get install chromium.",
                pytrace=False,
            )
        pytest.skip(CHROMIUM_MISSING)
    return CHROMIUM_PATH


ENGLISH_ADMIN = """
import json
from wagtail.users.models import UserProfile
print(json.dumps(UserProfile.objects.update(preferred_language="en")))
"""


@pytest.fixture(scope="session")
def site(demo_build, tmp_path_factory):
    """The demo site served on a local port, from this worker's copy of the run's build (see
    tests/demo_site.py); .base_url, and .pages[page type][language] paths."""
    with serving(demo_build, tmp_path_factory.mktemp("browser-site")) as running:
        # The admin journeys read the admin's English labels; the demo accounts' own languages
        # (Albanian, Serbian) are the subject of tests of their own.
        running.shell(ENGLISH_ADMIN)
        yield running


@pytest.fixture(scope="session")
def base_url(site):
    """Lets page.goto() take a path (pytest-playwright passes it to every browser context)."""
    return site.base_url


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, chromium):
    return {**browser_type_launch_args, "executable_path": chromium, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def ui_text():
    """The site's own wording of an interface string in a language: ui_text("en", "Menu"), or
    of a string the templates give a context: ui_text("sq", "Search", "verb on a button")."""

    def translate(language, message, context=None):
        with translation.override(language):
            if context:
                return translation.pgettext(context, message)
            return translation.gettext(message)

    return translate
