"""Translate pages and snippets in code the way a translator does in wagtail-localize.

The demo content and the tests' site tree are translated with this, so that wagtail-localize's
own records (a TranslationSource, a Translation and its string translations) show the work as a
translator's: the translation editor lists every string as translated, and "sync translated
pages" works.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from wagtail_localize.models import (
    SegmentOverride,
    Translation,
    TranslationContext,
    TranslationSource,
)


@transaction.atomic
def translate_object(instance, locale, translate_string, overrides=None):
    """Translate `instance` into `locale`, and return the translation.

    `translate_string(context, text)` gives the translation of the source string `text` found
    at `context` (its place in the object, such as "title" or "body.<block id>.text"). The
    strings go in as a PO file, exactly as a translator's upload would. `overrides` gives the
    translation its own value of fields that are otherwise copied from the source, such as a
    logo that reads differently in each language ({"logo": image id}), as a translator's
    override in the translation editor does. A page's translation is published when the
    outermost transaction commits (wagtail-localize publishes on commit).
    """
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    catalogue = translation.export_po()
    for entry in catalogue:
        entry.msgstr = translate_string(entry.msgctxt, entry.msgid)
    translation.import_po(catalogue)
    for path, value in (overrides or {}).items():
        SegmentOverride.objects.update_or_create(
            locale=locale,
            context=TranslationContext.objects.get(object_id=source.object_id, path=path),
            defaults={"data_json": json.dumps(value, cls=DjangoJSONEncoder)},
        )
    translation.save_target(publish=True)
    return instance.get_translation(locale)
