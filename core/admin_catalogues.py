"""The admin's own interface in Albanian and Serbian: catalogues of Wagtail's messages, kept here.

Wagtail and wagtail-localize ship no Albanian and no Serbian (Latin) translation. Their messages,
gathered from the English catalogues of every installed Wagtail app, are translated in
`admin_locale/`, which LOCALE_PATHS lists after `locale/` (so that our own wording wins where the
two share a message). `manage.py refresh_admin_catalogues` brings the catalogues in line with the
installed versions; tests/test_admin_catalogues.py fails while any message is untranslated.
"""

from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings

ADMIN_LOCALE = Path(settings.BASE_DIR) / "admin_locale"
DOMAINS = ["django", "djangojs"]
LANGUAGES = {
    "sq": ("Albanian", "nplurals=2; plural=(n != 1);"),
    "sr_Latn": (
        "Serbian (Latin)",
        "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
        "(n%100<10 || n%100>=20) ? 1 : 2);",
    ),
}


def wagtail_apps():
    """The installed apps of Wagtail and wagtail-localize, in INSTALLED_APPS order."""
    return [
        config
        for config in apps.get_app_configs()
        if config.name == "wagtail" or config.name.startswith(("wagtail.", "wagtail_localize"))
    ]


def message_key(entry):
    return (entry.msgctxt, entry.msgid)


def installed_messages(domain):
    """The messages of `domain` in the installed Wagtail apps' English catalogues, in order and
    each once: {(msgctxt, msgid): entry}."""
    messages = {}
    for config in wagtail_apps():
        path = Path(config.path) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
        if not path.exists():
            continue
        for entry in polib.pofile(str(path)):
            if entry.msgid and not entry.obsolete:
                messages.setdefault(message_key(entry), entry)
    return messages


def catalogue_path(language, domain):
    return ADMIN_LOCALE / language / "LC_MESSAGES" / f"{domain}.po"


def refreshed_catalogue(language, domain):
    """The catalogue of `language` for the installed messages: existing translations kept, a
    message whose English changed marked fuzzy, new messages left to translate, gone ones
    dropped. Returns (catalogue, number of new messages)."""
    team, plural_forms = LANGUAGES[language]
    path = catalogue_path(language, domain)
    existing = (
        {message_key(entry): entry for entry in polib.pofile(str(path))} if path.exists() else {}
    )
    catalogue = polib.POFile(wrapwidth=99)
    catalogue.metadata = {
        "Project-Id-Version": "network-site admin",
        "Language-Team": team,
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": plural_forms,
    }
    new = 0
    for key, source in installed_messages(domain).items():
        entry = polib.POEntry(
            msgctxt=source.msgctxt,
            msgid=source.msgid,
            msgid_plural=source.msgid_plural,
            occurrences=source.occurrences[:1],
            flags=[flag for flag in source.flags if flag != "fuzzy"],
        )
        kept = existing.get(key)
        if kept is not None and kept.msgid_plural == source.msgid_plural:
            entry.msgstr, entry.msgstr_plural = kept.msgstr, kept.msgstr_plural
            if "fuzzy" in kept.flags:
                entry.flags.append("fuzzy")
        else:
            if kept is not None:  # the plural changed: a translator checks the old wording
                entry.msgstr, entry.msgstr_plural = kept.msgstr, kept.msgstr_plural
                entry.flags.append("fuzzy")
            else:
                new += 1
            if source.msgid_plural and not entry.msgstr_plural:
                count = int(plural_forms.split(";")[0].split("=")[1])
                entry.msgstr_plural = dict.fromkeys(range(count), "")
        catalogue.append(entry)
    return catalogue, new
