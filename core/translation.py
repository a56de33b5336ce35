"""Translate pages and snippets in code the way a translator does in wagtail-localize.

The demo content and the tests' site tree are translated with this, so that wagtail-localize's
own records (a TranslationSource, a Translation and its string translations) show the work as a
translator's: the translation editor lists every string as translated, and "sync translated
pages" works.
"""

from django.db import transaction
from wagtail_localize.models import Translation, TranslationSource


@transaction.atomic
def translate_object(instance, locale, translate_string):
    """Translate `instance` into `locale`, and return the translation.

    `translate_string(context, text)` gives the translation of the source string `text` found
    at `context` (its place in the object, such as "title" or "body.<block id>.text"). The
    strings go in as a PO file, exactly as a translator's upload would. A page's translation is
    published when the outermost transaction commits (wagtail-localize publishes on commit).
    """
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    catalogue = translation.export_po()
    for entry in catalogue:
        entry.msgstr = translate_string(entry.msgctxt, entry.msgid)
    translation.import_po(catalogue)
    translation.save_target(publish=True)
    return instance.get_translation(locale)
