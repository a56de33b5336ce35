"""Reading each uploaded document's text and first page, in the background.

A document's text is read when its file is new (its fingerprint differs from the one the text
was read from), in a django-tasks task queued once the upload is committed: reading a long PDF
takes seconds, which the uploader should not wait for where a task worker runs. With the
default backend the task runs straight after the commit, in the uploader's request.
"""

import contextlib
import io
import secrets

from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext
from django_tasks import task
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.search import index
from wagtail.utils.file import hash_filelike

from core.purging import purge_page
from core.search_signals import page_text_changed
from publications.extraction import Reading, read_file
from publications.languages import language_of_text
from publications.models import DocumentText, PublicationPage
from publications.text_states import TextState


def fill_in_file_hash(sender, instance, raw=False, update_fields=None, **kwargs):
    """Before a document is saved without its file's fingerprint: fill it in, as Wagtail's
    get_file_hash() would later. Wagtail's upload forms set it; code that makes documents (the
    demo loader, imports, tests) may not, and without it a new file and the file already read
    look alike."""
    if raw or update_fields is not None or instance.file_hash or not instance.file:
        return
    # A file missing from the storage keeps none: reading it will say so.
    with contextlib.suppress(OSError):
        instance._set_file_hash()


def read_new_file_later(sender, instance, raw=False, update_fields=None, **kwargs):
    """After a document is saved with a file whose text was not read: mark the text as waiting
    and have the file read once the upload is committed."""
    if raw or (update_fields is not None and not {"file", "file_hash"} & set(update_fields)):
        return
    if (
        instance.file_hash
        and DocumentText.objects.filter(document=instance, file_hash=instance.file_hash)
        .exclude(state=TextState.WAITING)
        .exists()
    ):
        return
    DocumentText.objects.update_or_create(document=instance, defaults={"state": TextState.WAITING})
    document_id = instance.pk
    transaction.on_commit(lambda: read_document_text.enqueue(document_id))


def delete_first_page(sender, instance, **kwargs):
    """A document's text goes with the document, and the picture of its first page with them."""
    if instance.first_page_id is not None:
        get_image_model().objects.filter(pk=instance.first_page_id).delete()


def documents_to_read():
    """Documents whose text was never read, is waiting, or was read from another file."""
    return get_document_model().objects.filter(
        Q(extracted_text=None)
        | Q(extracted_text__state=TextState.WAITING)
        | Q(file_hash="")
        | ~Q(extracted_text__file_hash=F("file_hash"))
    )


@task()
def read_document_text(document_id):
    """Read a document's file into its DocumentText, unless the text there is already this
    file's, and have the pages that offer the file searched by its new text."""
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None:
        return  # deleted before its turn came
    file_hash = document.file_hash or stored_file_hash(document)
    read_before = DocumentText.objects.filter(document=document).first()
    if (
        read_before is not None
        and read_before.file_hash == file_hash
        and read_before.state != TextState.WAITING
    ):
        return
    save_reading(document, read_document(document), file_hash)


def stored_file_hash(document):
    """The file's fingerprint, for documents saved without one (Wagtail's upload forms set it;
    code that makes documents may not)."""
    try:
        with document.open_file() as file:
            file_hash = hash_filelike(file)
    except OSError:
        return ""
    # Stored without saving the document: a save would announce a new file once more.
    get_document_model().objects.filter(pk=document.pk).update(file_hash=file_hash)
    return file_hash


def read_document(document):
    try:
        with document.open_file() as file:
            return read_file(file)
    except OSError:
        # The file is gone from the storage.
        return Reading(TextState.UNREADABLE)


@transaction.atomic
def save_reading(document, reading, file_hash):
    record, _created = DocumentText.objects.select_for_update().get_or_create(document=document)
    replaced_first_page = record.first_page
    record.state = reading.state
    record.text = reading.text
    record.language = language_of_text(reading.text)
    record.page_count = reading.page_count
    record.file_hash = file_hash
    record.read_at = timezone.now()
    record.first_page = (
        first_page_image(document, reading.first_page) if reading.first_page else None
    )
    record.save()
    if replaced_first_page is not None:
        replaced_first_page.delete()
    pages = PublicationPage.objects.filter(document=document)
    for page in pages:
        # Wagtail's own index serves the admin's search; the site's is told by the signal.
        index.insert_or_update_object(page)
        # The page and its listings show the file's first page as the cover.
        purge_page(page)
    page_text_changed.send(sender=DocumentText, pages=pages)


def first_page_image(document, picture):
    """A picture of the file's first page, as an image beside the document, in its collection."""
    # Image titles are shared by every editor, so they are in the site's source language.
    with translation.override(settings.LANGUAGE_CODE):
        title = gettext("Cover of “%(title)s”") % {"title": document.title}
    image = get_image_model()(
        title=title[:255],
        collection_id=document.collection_id,
        uploaded_by_user_id=document.uploaded_by_user_id,
    )
    # Renditions are served to anyone who knows their address, so the picture of an unpublished
    # file gets a name nobody can guess (rendition names start with it).
    image.file = ImageFile(io.BytesIO(picture), name=f"cover-{secrets.token_urlsafe(12)}.jpg")
    image._set_image_file_metadata()
    image.save()
    return image
