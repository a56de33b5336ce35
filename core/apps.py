from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site-wide content")

    def ready(self):
        # Django's documented place to connect signal receivers.
        from core import signals  # noqa: F401
        from core.page_cache import create_cache_tables
        from core.purging import connect_signals

        connect_signals()
        post_migrate.connect(create_cache_tables, sender=self)
