"""Pictures and documents as readers download them, with the site's own URL routing.

Renditions come from /media/images/ in every environment (core/media.py); nothing else under
/media/ is served: no originals, no documents, no other file, whatever the address is made of.
Documents come from Wagtail's view at /documents/ with headers a proxy accepts
(core/documents.py).
"""

import re
from datetime import UTC, datetime
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from PIL import Image

from core.media import PICTURE_TYPES

from . import factories

pytestmark = pytest.mark.django_db

MARKER = b"media-shenje-e-fshehte-93kx"
RENDITION_ADDRESS = re.compile(r"/media/images/[^\"'\s,]+")


def contents(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def picture_addresses(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return sorted(set(RENDITION_ADDRESS.findall(response.content.decode())))


def file_of(address):
    return Path(settings.MEDIA_ROOT, address.removeprefix(settings.MEDIA_URL))


def test_the_pictures_of_a_public_page_are_served_with_their_type_and_caching(client, tree):
    addresses = picture_addresses(client, tree("article"))
    assert len(addresses) >= 3  # every size and format of its pictures

    for address in addresses:
        response = client.get(address)

        assert response.status_code == 200, address
        body = contents(response)
        assert body == file_of(address).read_bytes()
        extension = Path(address).suffix
        assert response["Content-Type"] == PICTURE_TYPES[extension]
        assert Image.open(BytesIO(body)).format.lower() in extension + "jpeg"
        assert response["Cache-Control"] == settings.MEDIA_CACHE_CONTROL
        assert response["Last-Modified"]
        assert "Content-Encoding" not in response
        # The same in every language: a CDN keeps one copy.
        assert "Accept-Language" not in response.get("Vary", "")


def test_a_picture_not_changed_since_the_reader_s_copy_is_a_304(client, tree):
    address = picture_addresses(client, tree("article"))[0]
    modified = datetime.fromtimestamp(file_of(address).stat().st_mtime, tz=UTC)

    unchanged = client.get(address, headers={"If-Modified-Since": format_datetime(modified, True)})
    older = client.get(address, headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})

    assert unchanged.status_code == 304
    assert contents(unchanged) == b""
    assert older.status_code == 200


def test_head_answers_without_the_picture(client, tree):
    address = picture_addresses(client, tree("article"))[0]

    response = client.head(address)

    assert response.status_code == 200
    assert int(response["Content-Length"]) == file_of(address).stat().st_size


def test_pictures_are_not_kept_in_the_page_cache(client, tree, settings):
    settings.PAGE_CACHE_ENABLED = True
    picture = factories.ImageFactory()
    address = picture.get_rendition("width-120|format-png").url
    assert client.get(address).status_code == 200

    default_storage.delete(address.removeprefix(settings.MEDIA_URL))

    assert client.get(address).status_code == 404


@pytest.fixture
def planted_files():
    """Files holding MARKER beside and above the renditions: none may ever be served."""
    root = Path(settings.MEDIA_ROOT)
    planted = {
        "secret.jpg": root / "secret.jpg",
        "notes.txt": root / "images" / "notes.txt",
        "page.html": root / "images" / "page.html",
        ".hidden.jpg": root / "images" / ".hidden.jpg",
    }
    for path in planted.values():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(MARKER)
    yield planted
    for path in planted.values():
        path.unlink()


REFUSED_ADDRESSES = [
    "/media/images/../secret.jpg",
    "/media/images/../../manage.py",
    "/media/images/../../network_site/settings/base.py",
    "/media/images/%2e%2e/secret.jpg",
    "/media/images/%2E%2E%2Fsecret.jpg",
    "/media/images/..%2fsecret.jpg",
    "/media/images/..%5csecret.jpg",
    "/media/images/..%255csecret.jpg",
    "/media/images/%252e%252e%252fsecret.jpg",
    "/media/images/....//secret.jpg",
    "/media/images//secret.jpg",
    "/media/images/%00secret.jpg",
    "/media/images/secret.jpg%00.png",
    "/media/images/notes.txt",
    "/media/images/page.html",
    "/media/images/.hidden.jpg",
    "/media/images/.",
    "/media/images/..",
    "/media/images/",
    "/media/images",
    "/media/",
    "/media/secret.jpg",
    "/media/images/no-such-picture.jpg",
]


@pytest.mark.parametrize("address", REFUSED_ADDRESSES)
def test_no_file_outside_the_renditions_is_served(client, planted_files, address):
    response = client.get(address)

    assert response.status_code == 404
    assert MARKER not in contents(response)


def test_originals_and_documents_are_never_served_from_media(client, tree):
    picture = factories.ImageFactory()
    document = factories.DocumentFactory(file__data=b"Raport " + MARKER)

    for stored in (picture.file.name, document.file.name):
        assert default_storage.exists(stored)
        response = client.get(settings.MEDIA_URL + stored)

        assert response.status_code == 404, stored
        assert MARKER not in contents(response)


def download(client, document, **headers):
    response = client.get(document.url, headers=headers)
    return response, contents(response)


@pytest.mark.parametrize(
    "name, content_type, disposition",
    [
        ("raport-vjetor.pdf", "application/pdf", "inline"),
        (
            "buxheti.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "attachment",
        ),
        ("të-dhëna.csv", "text/csv", "attachment"),
    ],
)
def test_a_document_downloads_with_headers_that_proxies_accept(
    client, name, content_type, disposition
):
    data = b"Raport " + MARKER
    document = factories.DocumentFactory(file__filename=name, file__data=data)

    response, body = download(client, document)

    assert response.status_code == 200
    assert body == data
    assert "Content-Encoding" not in response
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"].startswith(disposition)
    assert "filename=" in response["Content-Disposition"]
    assert int(response["Content-Length"]) == len(data)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["ETag"] and response["Last-Modified"]
    assert "Accept-Language" not in response.get("Vary", "")


def test_a_document_the_reader_has_is_a_304(client):
    document = factories.DocumentFactory(file__data=b"Raport " + MARKER)
    response, _ = download(client, document)

    again, body = download(client, document, **{"If-None-Match": response["ETag"]})

    assert again.status_code == 304
    assert MARKER not in body
