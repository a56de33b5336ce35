"""Static files are small, compressed (brotli) and cached for a year under hashed names."""

import json
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.test import Client, override_settings

from network_site.settings import base

pytestmark = pytest.mark.django_db


@pytest.fixture
def collected(tmp_path):
    """The site's own static files, collected with the storage the site uses in production.

    Wagtail's admin files are left out: thousands of them, and not ours to test.
    """
    with override_settings(
        STORAGES=base.STORAGES,
        STATIC_ROOT=tmp_path,
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
        WHITENOISE_USE_FINDERS=False,
        WHITENOISE_AUTOREFRESH=False,
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield tmp_path


def test_production_serves_hashed_static_files_compressed_and_cached_for_a_year(collected):
    manifest = json.loads((collected / "staticfiles.json").read_text())["paths"]
    response = Client().get("/static/" + manifest["css/site.css"], HTTP_ACCEPT_ENCODING="br, gzip")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "br"
    assert "immutable" in response["Cache-Control"]
    assert int(re.search(r"max-age=(\d+)", response["Cache-Control"]).group(1)) >= 31_536_000


def test_stylesheet_stays_small():
    assert Path(finders.find("css/site.css")).stat().st_size < 20_000


def test_pages_load_no_render_blocking_or_third_party_resources(client, tree):
    html = client.get(tree("home", "en").url).content.decode()
    for tag in re.findall(r"<script[^>]*>", html):
        assert "defer" in tag or "application/ld+json" in tag, tag
    head = html.split("</head>")[0]
    assert re.findall(r'(?:src|href)="(https?://(?!testserver)[^"]+)"', head) == []


def test_editors_get_wagtails_accessibility_checker_and_visitors_do_not(
    client, tree, django_user_model
):
    url = tree("home", "en").url
    assert "checker-axe-configuration" not in client.get(url).content.decode()
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "x")
    client.force_login(editor)
    assert 'id="checker-axe-configuration"' in client.get(url).content.decode()
