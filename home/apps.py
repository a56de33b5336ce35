from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and site-wide content")

    def ready(self):
        # wagtail-localize turns a translated slug into a valid one with Django's slugify(),
        # which drops Serbian "đ" ("međunarodna" → "meunarodna"). Give it ours instead: no
        # setting or hook exists for this, and the name is looked up at call time.
        import wagtail_localize.models

        from home.slugs import readable_slugify

        wagtail_localize.models.slugify = readable_slugify
