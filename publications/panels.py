"""The publication editor's note on its file: whether readers can search inside it."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.panels import Panel

from publications.text_states import TextState

# What each state of a file's text means for readers, and what the editor can do about it.
STATE_NOTES = {
    TextState.WAITING: _(
        "Waiting to be read: once it has been read, the site search finds this publication by "
        "words inside the file."
    ),
    TextState.NO_TEXT: _(
        "No text: the file seems to hold scanned pictures of its pages, so readers cannot search "
        "inside it. Upload a version with text, e.g. after OCR."
    ),
    TextState.UNREADABLE: _(
        "The file could not be read: it may be damaged or locked with a password. Readers "
        "cannot search inside it."
    ),
    TextState.UNSUPPORTED: _(
        "Readers cannot search inside files of this format: the site searches PDF, Word (DOCX) "
        "and OpenDocument (ODT) files."
    ),
}
# States that keep readers from finding the publication by its file, or from opening the file.
WARNING_STATES = {TextState.NO_TEXT, TextState.UNREADABLE}


def file_text_note(extracted_text):
    """What the editor reads about a file's text, given its DocumentText (None: not read yet)."""
    if extracted_text is None:
        return STATE_NOTES[TextState.WAITING]
    if extracted_text.state != TextState.READ:
        return STATE_NOTES[extracted_text.state]
    if extracted_text.page_count is None:
        return _("Read: readers can search inside the file.")
    return ngettext(
        "Read: %(count)s page, readers can search inside it.",
        "Read: %(count)s pages, readers can search inside them.",
        extracted_text.page_count,
    ) % {"count": extracted_text.page_count}


class FileTextPanel(Panel):
    """Under the file field of a publication: what the site read from the saved file."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Search inside the file"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "publications/admin/file_text_panel.html"

        def is_shown(self):
            # A new page, or one whose file was taken away, has nothing to say about.
            return super().is_shown() and self.instance.document_id is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            extracted_text = self.instance.extracted_text
            state = extracted_text.state if extracted_text else TextState.WAITING
            context["note"] = file_text_note(extracted_text)
            context["status"] = "warning" if state in WARNING_STATES else "info"
            return context
