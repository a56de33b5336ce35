"""Fixtures every test may use: the site tree, users in roles, the active language."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client, override_settings
from django.utils import translation

from . import shared_run
from .demo_site import start_build
from .site_tree import LANGUAGES, TREE_PAGE_OF_TYPE, SiteTree, build_site_tree

__all__ = ["LANGUAGES", "PAGE_TYPES"]

# Every page type of the site; tests/test_page_types.py checks that none is missing.
PAGE_TYPES = list(TREE_PAGE_OF_TYPE)

SITE_TREE_KEYS = pytest.StashKey[dict]()
# The fixtures that serve the demo site: the browser tests' and the smoke test's.
DEMO_SITE_FIXTURES = {"site", "smoke_site"}


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues():
    """The .mo files the UI translations come from (make does this too; pytest may run alone)."""
    call_command("compile_translations", verbosity=0)
    translation.trans_real._translations.clear()


@pytest.fixture(scope="session")
def run_folder(tmp_path_factory):
    return shared_run.run_folder(tmp_path_factory)


@pytest.fixture(scope="session", autouse=True)
def demo_build(run_folder, compiled_catalogues, request):
    """Where the demo site is built: in the background from the start of the run, by the first
    worker to get here, if any test of the run needs the site, so that it is ready (or nearly)
    when that test comes."""
    if not any(DEMO_SITE_FIXTURES & set(item.fixturenames) for item in request.session.items):
        yield None
        return
    folder = run_folder / "demo-site"
    try:
        folder.mkdir()  # atomic: one worker starts the build, the others serve copies of it
    except FileExistsError:
        yield folder
        return
    process = start_build(folder)
    yield folder
    process.wait()


@pytest.fixture(scope="session", autouse=True)
def media_root(run_folder):
    """Uploads and renditions of this run, in a folder of their own that its workers share."""
    with override_settings(MEDIA_ROOT=run_folder / "media") as overridden:
        yield overridden


@pytest.fixture(scope="session")
def shared_test_database(run_folder):
    shared = shared_run.SharedTestDatabase(run_folder, connection)
    yield shared
    shared.release()


@pytest.fixture(scope="session")
def django_db_modify_db_settings(
    django_db_modify_db_settings_parallel_suffix, shared_test_database
):
    """A worker that will take the saved test database need not migrate its own."""
    if shared_test_database.claim():
        connection.settings_dict["TEST"]["MIGRATE"] = False


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, shared_test_database, media_root, request):
    """Every test database starts with the site tree of tests/site_tree.py, built once per run."""
    with django_db_blocker.unblock():
        if shared_test_database.saved:
            keys = shared_test_database.restore()
        else:
            keys = build_site_tree()
            shared_test_database.save(keys)
    shared_test_database.release()
    request.config.stash[SITE_TREE_KEYS] = keys


@pytest.fixture
def tree(db, request):
    """The site tree's objects: tree("article", "en"), tree.all("home")."""
    return SiteTree(request.config.stash[SITE_TREE_KEYS])


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with nothing cached: the suite's processes each share one local-memory
    cache, and a menu or footer kept by one test would show in the next."""
    cache.clear()


@pytest.fixture(autouse=True)
def reset_language():
    yield
    translation.activate("sq")


@pytest.fixture
def make_user(db, django_user_model):
    """A user in the named groups, logged in on a fresh client: make_user("Translators")."""

    def make(*group_names, username=None):
        user = django_user_model.objects.create_user(
            username or "-".join(group_names).lower().replace(" ", "").replace(":", "-"),
            email="person@example.org",
            password="unused",
        )
        user.groups.set(Group.objects.filter(name__in=group_names))
        client = Client()
        client.force_login(user)
        return user, client

    return make
