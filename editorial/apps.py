from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial roles")

    def ready(self):
        # Connect the receivers (and the translation editor's hooks, and the review e-mails in
        # place of Wagtail's) before anything publishes.
        from editorial import notifications, signals, translation_workflow  # noqa: F401
