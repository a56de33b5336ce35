"""Files for the demo publications: PDFs written by demo.pdf, saved as Wagtail documents."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from core.images import prepare_renditions
from demo.pdf import pdf_bytes
from publications.models import DocumentText


def get_or_create_demo_document(spec):
    """The demo document `spec` describes, written and saved the first time it is asked for.

    It is found again by its title (the storage may have renamed its file); a new one goes into the root collection, where
    the site's own files are, and is read for search and its cover as any upload is.
    """
    Document = get_document_model()
    existing = Document.objects.filter(title=spec["title"]).first()
    if existing:
        return existing
    data = pdf_bytes(spec["title"], spec["pages"], spec["language"], spec.get("subtitle", ""))
    document = Document(title=spec["title"], file=ContentFile(data, name=spec["file_name"]))
    document._set_document_file_metadata()
    document.save()
    return document


def get_or_create_demo_documents(specs):
    """Every demo document by key."""
    return {key: get_or_create_demo_document(spec) for key, spec in specs.items()}


def prepare_covers(documents):
    """Make the cover renditions of the documents' first pages, read once their upload is
    committed, so that no visitor waits for one to be made."""
    readings = DocumentText.objects.filter(
        document__in=documents, first_page__isnull=False
    ).select_related("first_page")
    for reading in readings:
        prepare_renditions(reading.first_page, ["cover"])
