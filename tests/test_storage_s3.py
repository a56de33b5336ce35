"""Uploads in S3-compatible object storage, against a real S3 endpoint (moto's server).

The storage is the one network_site.settings.base makes from the environment. A picture
uploaded through the admin lands in the bucket, and a public page shows its renditions at
plain bucket addresses that answer with the picture. Documents are still sent by Wagtail's
view, streamed from the bucket, so a partner's unpublished upload stays private.
"""

import re
import uuid
from io import BytesIO

import pytest
import requests
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import Collection

from editorial.roles import COMMUNICATIONS
from network_site.settings.base import MEDIA_CACHE_CONTROL, object_storage

from . import factories, object_storage_server

pytestmark = pytest.mark.django_db

MARKER = b"s3-dokument-sekret-4fa1"
LOCATION = "site"


@pytest.fixture(scope="module")
def endpoint():
    with object_storage_server.s3_server() as address:
        yield address


@pytest.fixture
def bucket(endpoint, settings, monkeypatch):
    """A bucket of the test's own, where the site's uploads go."""
    name = f"uploads-{uuid.uuid4().hex[:12]}"
    environment = object_storage_server.bucket_environment(endpoint, name, LOCATION)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    settings.STORAGES = {**settings.STORAGES, "default": object_storage(environment)}
    return name


def stored(endpoint, bucket):
    return object_storage_server.stored_names(endpoint, bucket)


def contents(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def photo_upload(name):
    data = BytesIO()
    Image.new("RGB", (900, 600), "darkorange").save(data, "JPEG")
    return SimpleUploadedFile(name, data.getvalue(), content_type="image/jpeg")


def upload_picture(admin_client, title, file_name):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": title,
            "file": photo_upload(file_name),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    return get_image_model().objects.get(title=title)


def test_a_picture_uploaded_in_the_admin_shows_from_the_bucket(
    admin_client, client, tree, endpoint, bucket
):
    picture = upload_picture(admin_client, "Nxënës në oborr", "oborri.jpg")
    assert f"{LOCATION}/{picture.file.name}" in stored(endpoint, bucket)
    article = factories.NewsPageFactory(
        parent=tree("news_index"), listing_image=picture, listing_image_alt="Nxënës në oborr"
    )

    html = client.get(article.url).content.decode()

    addresses = set(
        re.findall(rf"{re.escape(endpoint)}/{bucket}/{LOCATION}/images/[^\"'\s,]+", html)
    )
    assert addresses
    for address in addresses:
        # Plain addresses: a signature would expire while the page stays cached.
        assert "?" not in address
        answer = requests.get(address, timeout=10)
        assert answer.status_code == 200, address
        assert Image.open(BytesIO(answer.content)).width > 0
        assert answer.headers["Cache-Control"] == MEDIA_CACHE_CONTROL


def test_a_picture_of_the_same_name_gets_a_file_of_its_own(admin_client, endpoint, bucket):
    first = upload_picture(admin_client, "Klasa e parë", "klasa.jpg")
    second = upload_picture(admin_client, "Klasa e dytë", "klasa.jpg")

    assert first.file.name != second.file.name
    names = stored(endpoint, bucket)
    assert f"{LOCATION}/{first.file.name}" in names
    assert f"{LOCATION}/{second.file.name}" in names


def test_only_renditions_are_public_in_the_bucket(admin_client, endpoint, bucket):
    """With the bucket policy of docs/deploy.md: an original keeps the uploader's camera
    metadata and a document may be a partner's unpublished upload."""
    picture = upload_picture(admin_client, "Foto private", "private.jpg")
    rendition = picture.get_rendition("width-120|format-png")
    document = factories.DocumentFactory(file__data=b"Raport " + MARKER)

    assert requests.get(rendition.url, timeout=10).status_code == 200
    for private in (picture.file.url, document.file.url):
        answer = requests.get(private, timeout=10)
        assert answer.status_code == 403, private
        assert MARKER not in answer.content


@pytest.fixture
def sbashk_document(tree, bucket):
    return factories.DocumentFactory(
        title="Raport i SBASHK",
        collection=tree("sbashk").access.document_collection,
        file__filename="raport-sbashk.pdf",
        file__data=b"Raport " + MARKER,
    )


def test_an_unpublished_partner_document_in_the_bucket_stays_private(
    client, make_user, endpoint, bucket, sbashk_document
):
    assert f"{LOCATION}/{sbashk_document.file.name}" in stored(endpoint, bucket)
    _, kec = make_user("Partner: KEC")
    _, sbashk = make_user("Partner: SBASHK")
    _, communications = make_user(COMMUNICATIONS)

    for refused in (client, kec):
        response = refused.get(sbashk_document.url)
        assert response.status_code == 404
        assert MARKER not in contents(response)
        assert bucket not in response.get("Location", "")
    for allowed in (sbashk, communications):
        response = allowed.get(sbashk_document.url)
        assert response.status_code == 200
        assert MARKER in contents(response)


def test_a_document_streams_from_the_bucket_with_its_headers(client, bucket):
    data = b"Raport publik " + MARKER
    document = factories.DocumentFactory(file__filename="raport.pdf", file__data=data)

    response = client.get(document.url)

    # Sent by the site, never a redirect to the bucket.
    assert response.status_code == 200
    assert contents(response) == data
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert int(response["Content-Length"]) == len(data)
    assert "Content-Encoding" not in response
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["ETag"]
