"""Translated slugs stay readable, whoever or whatever translates them.

wagtail-localize runs a translated page's slug through Django's slugify() before saving the page,
and slugify() drops letters it cannot decompose, such as Serbian "đ" ("međunarodna" →
"meunarodna"). It offers no setting or hook for this, so the slug is transliterated one step
earlier, when the translated string itself is stored: the translation editor, PO uploads and
machine translation all save StringTranslation rows. The translator then sees the slug as it
will be.
"""

from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail_localize.models import StringTranslation

from core.slugs import readable_slugify

SLUG_PATH = "slug"


@receiver(pre_save, sender=StringTranslation)
def transliterate_translated_slug(sender, instance, raw=False, **kwargs):
    if not raw and instance.data and instance.context.path == SLUG_PATH:
        instance.data = readable_slugify(instance.data)
