"""Read the text and first page of documents uploaded before the site read them."""

from collections import Counter

from django.core.management.base import BaseCommand

from publications.models import DocumentText
from publications.tasks import documents_to_read, read_document_text


class Command(BaseCommand):
    help = (
        "Read the text (for search) and first page (for covers) of every document that has not "
        "been read, or whose file changed since: documents uploaded before the site read "
        "uploads, or while no task worker ran. New uploads are read by themselves."
    )

    def handle(self, *args, **options):
        document_ids = list(documents_to_read().order_by("pk").values_list("pk", flat=True))
        for document_id in document_ids:
            # Run here rather than queued: whoever runs the command waits for its outcome.
            read_document_text.call(document_id)
        states = Counter(
            DocumentText.objects.filter(document_id__in=document_ids).values_list(
                "state", flat=True
            )
        )
        outcome = ", ".join(f"{state}: {count}" for state, count in sorted(states.items()))
        self.stdout.write(
            f"Read {len(document_ids)} documents" + (f" ({outcome})." if outcome else ".")
        )
