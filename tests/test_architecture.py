"""Dependencies between the site's apps point one way (DESIGN.md, "Layout"):

core ← content apps (home, partners, news, events) ← site-wide features (search, seo, editorial,
translation_status) ← demo. The tests read the source, so a new import that breaks the layering
fails here rather than as an import cycle some day.
"""

import ast
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
CORE = "core"
CONTENT_APPS = ["home", "partners", "news", "events", "publications"]
SITE_WIDE_FEATURES = ["search", "seo", "editorial", "translation_status", "accounts", "operations"]
DEMO = "demo"
APPS = [CORE, *CONTENT_APPS, *SITE_WIDE_FEATURES, DEMO]


def python_files(app):
    return sorted((ROOT / app).rglob("*.py"))


def project_imports(path):
    """(imported app, line, inside a function?) for every import of one of our apps in `path`."""
    tree = ast.parse(path.read_text(), filename=str(path))
    found = []

    def visit(node, in_function):
        for child in ast.iter_child_nodes(node):
            nested = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.Import):
                names = [alias.name for alias in child.names]
            elif isinstance(child, ast.ImportFrom) and child.level == 0:
                names = [child.module]
            else:
                names = []
            for name in names:
                app = name.split(".")[0]
                if app in APPS:
                    found.append((app, child.lineno, nested))
            visit(child, nested)

    visit(tree, False)
    return found


def app_dependencies(app):
    return {
        imported
        for path in python_files(app)
        for imported, _line, _nested in project_imports(path)
        if imported != app
    }


def test_every_app_of_the_layout_exists_and_is_installed():
    for app in APPS:
        assert (ROOT / app / "__init__.py").exists(), app
        assert app in settings.INSTALLED_APPS, app


def test_core_imports_no_other_app_of_the_site():
    assert app_dependencies(CORE) == set()


@pytest.mark.parametrize("app", CONTENT_APPS)
def test_content_apps_import_only_core_and_other_content_apps(app):
    assert app_dependencies(app) <= {CORE, *CONTENT_APPS}


def test_content_apps_never_import_each_other_in_a_circle():
    graph = {app: app_dependencies(app) & set(CONTENT_APPS) for app in CONTENT_APPS}
    done, visiting = set(), []

    def visit(app):
        assert app not in visiting, " → ".join([*visiting, app])
        if app in done:
            return
        visiting.append(app)
        for imported in graph[app]:
            visit(imported)
        visiting.pop()
        done.add(app)

    for app in CONTENT_APPS:
        visit(app)


def test_partner_profiles_get_their_news_and_events_from_the_news_and_events_apps():
    assert app_dependencies("partners") == {CORE}
    assert app_dependencies("home") == {CORE}


def test_no_app_but_the_demo_depends_on_every_content_app():
    for app in APPS:
        if app != DEMO:
            assert not set(CONTENT_APPS) <= app_dependencies(app), app


def test_nothing_depends_on_the_demo():
    assert [app for app in APPS if DEMO in app_dependencies(app) and app != DEMO] == []


def test_no_import_of_the_sites_apps_hides_inside_a_function():
    hidden = [
        f"{path.relative_to(ROOT)}:{line}"
        for app in APPS
        for path in python_files(app)
        if path.name != "apps.py"  # AppConfig.ready() connects signal receivers, as Django asks
        for _imported, line, nested in project_imports(path)
        if nested
    ]
    assert hidden == []


@pytest.mark.parametrize("app", [*CONTENT_APPS, CORE])
def test_each_app_starts_with_one_initial_migration(app):
    """Cross-app links no longer split an app's first migration in two (0001 and 0002_initial)."""
    initial = [
        path.name
        for path in (ROOT / app / "migrations").glob("0*.py")
        if "initial = True" in path.read_text()
    ]
    assert initial == ["0001_initial.py"]
