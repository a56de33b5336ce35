"""What the site could read from an uploaded file: apart from the models, so that the file
readers and the admin panels, which the models use, can name the states too."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TextState(models.TextChoices):
    WAITING = "waiting", _("Waiting to be read")
    READ = "read", _("Text read")
    NO_TEXT = "no-text", _("No text: probably scanned")
    UNREADABLE = "unreadable", _("Could not be read")
    UNSUPPORTED = "unsupported", _("Format not searched")
