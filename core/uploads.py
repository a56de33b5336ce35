"""The admin's upload forms for images and documents, refusing in the editor's language.

Wagtail checks an upload's format, size and pixels (settings WAGTAILIMAGES_* and WAGTAILDOCS_*),
but its messages for those refusals have no Albanian or Serbian translation, so an editor would
be refused in English. These forms give the same fields our own messages, with the placeholders
Wagtail fills in (wagtail/images/fields.py, wagtail/documents/fields.py). Every upload form of
the admin is built on them: the upload page, multiple upload and the choosers.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

FILE_TOO_LARGE = _(
    "This file is too big (%(file_size)s). The largest file you may upload is %(max_filesize)s."
)
FILE_TOO_LARGE_UNKNOWN_SIZE = _(
    "This file is too big. The largest file you may upload is %(max_filesize)s."
)


def file_size_messages(field):
    return {
        "file_too_large": FILE_TOO_LARGE,
        # The multiple upload page shows this one in the browser, before sending the file, so
        # it is filled in now, as Wagtail does; the others are filled in when a file is refused.
        "file_too_large_unknown_size": FILE_TOO_LARGE_UNKNOWN_SIZE
        % {"max_filesize": field.max_upload_size_text},
    }


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is None:
            return
        field.error_messages.update(
            {
                **file_size_messages(field),
                # Filled in now too, as Wagtail does: the multiple upload page also shows it.
                "invalid_image_extension": _(
                    "This image format cannot be uploaded. Allowed formats: %(supported_formats)s."
                )
                % {"supported_formats": field.supported_formats_text},
                "invalid_image_known_format": _(
                    "The file name ends in .%(extension)s, but the file is a %(image_format)s image. "
                    "Rename it or save it again in one of the allowed formats."
                ),
                # Wagtail also passes the image's own number of pixels, or the English words
                # "unknown number" when it is too big to count; the limit alone says enough.
                "file_too_many_pixels": _(
                    "This image has too many pixels: at most %(max_pixels_count)s are allowed. "
                    "Make it smaller and upload it again."
                ),
            }
        )


class DocumentForm(BaseDocumentForm):
    # A file type outside WAGTAILDOCS_EXTENSIONS is refused by Document.clean() with the message
    # of Django's FileExtensionValidator, which Django itself translates into Albanian and Serbian.

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None:
            field.error_messages.update(file_size_messages(field))

    def _update_errors(self, errors):
        # When the form has refused the file (too big, say), a new document is left with no file
        # at all, and Document.clean() then adds "File extension “” is not allowed" to the real
        # reason. Only that error of the model's is dropped: a file the form accepted is still
        # checked by the model. (_update_errors is where ModelForm takes the model's errors in.)
        if "file" in self.errors and hasattr(errors, "error_dict"):
            errors.error_dict.pop("file", None)
        super()._update_errors(errors)
