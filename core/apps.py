from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site-wide content")

    def ready(self):
        # Django's documented place to connect signal receivers.
        from core import signals  # noqa: F401
