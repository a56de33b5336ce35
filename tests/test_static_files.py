"""Static files are small, compressed (gzip and brotli) and cached for long under hashed names."""

import json
import re

import pytest
from django.core.management import call_command
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db

PRODUCTION_STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


@pytest.fixture
def collected(tmp_path):
    with override_settings(
        STORAGES=PRODUCTION_STORAGES,
        STATIC_ROOT=tmp_path,
        WHITENOISE_USE_FINDERS=False,
        WHITENOISE_AUTOREFRESH=False,
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield tmp_path


def hashed_name(static_root, name):
    return json.loads((static_root / "staticfiles.json").read_text())["paths"][name]


@pytest.mark.parametrize("name", ["css/site.css", "js/menu.js"])
def test_collected_files_have_gzip_and_brotli_versions(collected, name):
    hashed = collected / hashed_name(collected, name)
    assert (hashed.parent / (hashed.name + ".gz")).exists()
    assert (hashed.parent / (hashed.name + ".br")).exists()


def test_hashed_files_are_served_compressed_and_cached_for_long(collected):
    url = "/static/" + hashed_name(collected, "css/site.css")
    response = Client().get(url, HTTP_ACCEPT_ENCODING="br, gzip")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "br"
    assert "immutable" in response["Cache-Control"]
    assert int(re.search(r"max-age=(\d+)", response["Cache-Control"]).group(1)) >= 31536000


def test_stylesheet_and_script_stay_small():
    from pathlib import Path

    from django.contrib.staticfiles import finders

    assert Path(finders.find("css/site.css")).stat().st_size < 20_000
    assert Path(finders.find("js/menu.js")).stat().st_size < 2_000


def test_pages_load_no_render_blocking_or_third_party_resources(client):
    html = client.get("/en/").content.decode()
    for tag in re.findall(r"<script[^>]*>", html):
        assert "defer" in tag or "application/ld+json" in tag, tag
    external = re.findall(
        r'(?:src|href)="(https?://(?!testserver)[^"]+)"', html.split("</head>")[0]
    )
    assert external == []


def test_editors_get_wagtails_accessibility_checker_and_visitors_do_not(client, django_user_model):
    assert "checker-axe-configuration" not in client.get("/en/").content.decode()
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "x")
    client.force_login(editor)
    assert 'id="checker-axe-configuration"' in client.get("/en/").content.decode()
