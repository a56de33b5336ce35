"""What a restore must bring back, read the same way from the backed-up site (in the test's
process) and from the restored one (in a process of its own, with that database and storage;
PRINT_FINGERPRINT is its script)."""

import hashlib
import json

from django.contrib.auth import get_user_model
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation

PRINT_FINGERPRINT = (
    "import django, json; django.setup(); "
    "from tests.backup_fingerprint import site_fingerprint; print(json.dumps(site_fingerprint()))"
)


def file_digest(field_file):
    """sha256 of a file's bytes as the configured storage serves them."""
    with field_file.storage.open(field_file.name, "rb") as stored:
        return hashlib.file_digest(stored, "sha256").hexdigest()


def site_fingerprint():
    """Every page in every language, every revision, translation, picture (with its file's
    bytes), document and user, as JSON can hold them."""
    image_model = get_image_model()
    return {
        "pages": [
            [str(key), language, url_path, title, live, str(model)]
            for key, language, url_path, title, live, model in Page.objects.order_by(
                "path"
            ).values_list(
                "translation_key",
                "locale__language_code",
                "url_path",
                "title",
                "live",
                "content_type__model",
            )
        ],
        "revisions": [
            [str(object_id), model, created_at.isoformat(), json.dumps(content, sort_keys=True)]
            for object_id, model, created_at, content in Revision.objects.order_by(
                "pk"
            ).values_list("object_id", "content_type__model", "created_at", "content")
        ],
        "translations": sorted(
            [str(uuid), language, str(object_id)]
            for uuid, language, object_id in Translation.objects.values_list(
                "uuid", "target_locale__language_code", "source__object_id"
            )
        ),
        "translated_strings": sorted(
            StringTranslation.objects.values_list("locale__language_code", "data")
        ),
        "images": sorted(
            [image.title, image.file.name, file_digest(image.file)]
            for image in image_model.objects.all()
        ),
        "renditions": sorted(
            [rendition.image.title, rendition.filter_spec, file_digest(rendition.file)]
            for rendition in image_model.get_rendition_model().objects.select_related("image")
        ),
        "documents": sorted(
            [document.title, document.file.name, file_digest(document.file)]
            for document in get_document_model().objects.all()
        ),
        "users": sorted(
            [user.username, user.email, user.password, sorted(g.name for g in user.groups.all())]
            for user in get_user_model().objects.prefetch_related("groups")
        ),
    }
