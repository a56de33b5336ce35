"""Uploads are limited to safe formats and sizes, and a refusal says why in the editor's language.

Each upload goes through Wagtail's own add views, as Communications and as a partner (into the
partner's own collections), with the admin in each language of the site.
"""

import io
from dataclasses import dataclass

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from .conftest import LANGUAGES

pytestmark = pytest.mark.django_db

Image = get_image_model()
Document = get_document_model()

ROLES = ["Communications", "Partner: KEC"]
TITLE = "Ngarkim prove"
MB = 1024 * 1024
IMAGE_FORMATS = "AVIF, GIF, JPG, JPEG, PNG, WEBP"
DOCUMENT_EXTENSIONS = "csv, docx, odt, ods, pdf, pptx, rtf, txt, xlsx, zip"
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
    b'<script>alert("xss")</script><rect width="100" height="100"/></svg>'
)
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

# Our messages (core/uploads.py), as msgids; the tests read them in the editor's language.
WRONG_IMAGE_FORMAT = "This image format cannot be uploaded. Allowed formats: %(supported_formats)s."
DISGUISED_IMAGE = (
    "The file name ends in .%(extension)s, but the file is a %(image_format)s image. "
    "Rename it or save it again in one of the allowed formats."
)
TOO_MANY_PIXELS = (
    "This image has too many pixels: at most %(max_pixels_count)s are allowed. "
    "Make it smaller and upload it again."
)
FILE_TOO_LARGE = (
    "This file is too big (%(file_size)s). The largest file you may upload is %(max_filesize)s."
)
FILE_TOO_LARGE_UNKNOWN_SIZE = (
    "This file is too big. The largest file you may upload is %(max_filesize)s."
)
# Django's own message (FileExtensionValidator), in Django's catalogues for every language.
WRONG_DOCUMENT_TYPE = (
    "File extension “%(extension)s” is not allowed. Allowed extensions are: %(allowed_extensions)s."
)


@dataclass
class Uploader:
    client: object
    language: str
    image_collection: Collection
    document_collection: Collection


@pytest.fixture
def role():
    return "Communications"


@pytest.fixture
def language():
    return "en"


@pytest.fixture
def uploader(make_user, tree, role, language):
    """A user of `role` reading the admin in `language`, and the collections they upload to."""
    user, client = make_user(role)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    if role == "Communications":
        root = Collection.get_first_root_node()
        return Uploader(client, language, root, root)
    access = tree("kec").access
    return Uploader(client, language, access.image_collection, access.document_collection)


def in_language(language, msgid, **params):
    """`msgid` as the admin shows it in `language`; file sizes are written the language's way."""
    with translation.override(language):
        params = {
            name: filesizeformat(value) if name in ("file_size", "max_filesize") else value
            for name, value in params.items()
        }
        text = translation.gettext(msgid) % params
    if language != "en":
        assert text != msgid % params, f"not translated into {language}: {msgid!r}"
    return text


def image_file(name, width, height, image_format, mode="RGB"):
    buffer = io.BytesIO()
    PILImage.new(mode, (width, height)).save(buffer, image_format)
    return SimpleUploadedFile(name, buffer.getvalue())


def upload_image(uploader, file):
    return uploader.client.post(
        reverse("wagtailimages:add"),
        {"title": TITLE, "file": file, "collection": uploader.image_collection.pk},
    )


def upload_document(uploader, file):
    return uploader.client.post(
        reverse("wagtaildocs:add"),
        {"title": TITLE, "file": file, "collection": uploader.document_collection.pk},
    )


def assert_refused(response, model, message):
    """The form comes back with `message` as the file's only error, and nothing was saved."""
    assert response.status_code == 200
    assert response.context["form"].errors["file"] == [message]
    assert escape(message) in response.content.decode()
    assert not model.objects.filter(title=TITLE).exists()


def test_the_limits_are_the_agreed_ones():
    assert settings.WAGTAILIMAGES_EXTENSIONS == ["avif", "gif", "jpg", "jpeg", "png", "webp"]
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 15 * MB
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * MB
    assert "html" not in settings.WAGTAILDOCS_EXTENSIONS
    assert "svg" not in settings.WAGTAILDOCS_EXTENSIONS


# Images ------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", ROLES)
def test_an_svg_image_is_refused(uploader):
    response = upload_image(uploader, SimpleUploadedFile("logo.svg", SVG))

    assert_refused(
        response,
        Image,
        in_language(uploader.language, WRONG_IMAGE_FORMAT, supported_formats=IMAGE_FORMATS),
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", ROLES)
def test_an_svg_renamed_to_png_is_refused(uploader):
    response = upload_image(uploader, SimpleUploadedFile("logo.png", SVG))

    assert_refused(
        response,
        Image,
        in_language(uploader.language, DISGUISED_IMAGE, extension="png", image_format="svg"),
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", ROLES)
def test_an_image_of_48_megapixels_is_refused(uploader):
    # 8000 x 6000 in black and white: a few kilobytes that would decode into 48 million pixels.
    response = upload_image(uploader, image_file("panorama.png", 8000, 6000, "PNG", mode="1"))

    assert_refused(
        response,
        Image,
        in_language(uploader.language, TOO_MANY_PIXELS, max_pixels_count=40_000_000),
    )


@pytest.mark.parametrize("role", ROLES)
def test_an_ordinary_photo_is_accepted(uploader):
    response = upload_image(uploader, image_file("foto.jpg", 1200, 700, "JPEG"))

    assert response.status_code == 302
    image = Image.objects.get(title=TITLE)
    assert (image.width, image.height) == (1200, 700)
    assert image.collection == uploader.image_collection


# Documents ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", ROLES)
def test_a_document_over_20_mb_is_refused_for_its_size_alone(uploader):
    size = 21 * MB
    response = upload_document(uploader, SimpleUploadedFile("raport.pdf", PDF.ljust(size, b"0")))

    # Its size is the only reason given: no "File extension “” is not allowed" beside it.
    assert_refused(
        response,
        Document,
        in_language(uploader.language, FILE_TOO_LARGE, file_size=size, max_filesize=20 * MB),
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("extension", ["exe", "html"])
def test_a_program_or_a_web_page_is_refused_as_a_document(uploader, extension):
    response = upload_document(uploader, SimpleUploadedFile(f"raport.{extension}", b"MZ<html>"))

    assert_refused(
        response,
        Document,
        in_language(
            uploader.language,
            WRONG_DOCUMENT_TYPE,
            extension=extension,
            allowed_extensions=DOCUMENT_EXTENSIONS,
        ),
    )


@pytest.mark.parametrize("role", ROLES)
def test_a_pdf_is_accepted(uploader):
    response = upload_document(uploader, SimpleUploadedFile("raport.pdf", PDF))

    assert response.status_code == 302
    document = Document.objects.get(title=TITLE)
    assert document.file_extension == "pdf"
    assert document.collection == uploader.document_collection


# The multiple upload pages check size and format in the browser, before sending the file.


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_multiple_upload_pages_warn_in_the_editors_language(uploader):
    images = uploader.client.get(reverse("wagtailimages:add_multiple")).context
    documents = uploader.client.get(reverse("wagtaildocs:add_multiple")).context

    assert images["error_max_file_size"] == in_language(
        uploader.language, FILE_TOO_LARGE_UNKNOWN_SIZE, max_filesize=15 * MB
    )
    assert images["error_accepted_file_types"] == in_language(
        uploader.language, WRONG_IMAGE_FORMAT, supported_formats=IMAGE_FORMATS
    )
    assert documents["error_max_file_size"] == in_language(
        uploader.language, FILE_TOO_LARGE_UNKNOWN_SIZE, max_filesize=20 * MB
    )
