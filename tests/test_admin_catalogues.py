"""The admin speaks Albanian and Serbian: every message of the installed Wagtail and
wagtail-localize apps is translated in admin_locale/, so that an upgrade which adds messages
fails here until they are translated (`make admin-catalogues` lists them)."""

import io
import re

import polib
import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from core import admin_catalogues
from core.admin_catalogues import (
    DOMAINS,
    LANGUAGES,
    catalogue_path,
    installed_messages,
    message_key,
)

pytestmark = pytest.mark.django_db

CATALOGUES = [(language, domain) for language in LANGUAGES for domain in DOMAINS]
# Placeholders and markup that a translation keeps: Python and JavaScript formats, HTML tags and
# entities.
PLACEHOLDER = re.compile(r"%\([^)]+\)[sdifr]|%[sdif]|\{[A-Za-z0-9_]*\}|<[^>]+>|&[a-z]+;")


def catalogue(language, domain):
    return polib.pofile(str(catalogue_path(language, domain)))


def translations_of(entry):
    return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]


@pytest.mark.parametrize(("language", "domain"), CATALOGUES)
def test_every_installed_message_is_translated(language, domain):
    translated = catalogue(language, domain)
    by_key = {message_key(entry): entry for entry in translated}
    assert [key[1] for key in installed_messages(domain) if key not in by_key] == []
    assert [entry.msgid for entry in translated.untranslated_entries()] == []
    assert [entry.msgid for entry in translated.fuzzy_entries()] == []


@pytest.mark.parametrize(("language", "domain"), CATALOGUES)
def test_translations_keep_placeholders_and_plural_forms(language, domain):
    translated = catalogue(language, domain)
    forms = int(translated.metadata["Plural-Forms"].split(";")[0].split("=")[1])
    wrong = []
    for entry in translated:
        if entry.msgid_plural and len(entry.msgstr_plural) != forms:
            wrong.append((entry.msgid, "plural forms"))
        singular = set(PLACEHOLDER.findall(entry.msgid))
        plural = set(PLACEHOLDER.findall(entry.msgid_plural or entry.msgid))
        for index, text in enumerate(translations_of(entry)):
            found = set(PLACEHOLDER.findall(text))
            # Serbian's first plural form also serves 21, 31…: it may need the count that the
            # English singular ("1 place") leaves out.
            allowed = [plural] if entry.msgid_plural and index else [singular, plural]
            if found not in allowed:
                wrong.append((entry.msgid, text))
    assert wrong == []


@pytest.mark.parametrize("domain", DOMAINS)
def test_serbian_admin_is_in_latin_script(domain):
    cyrillic = [
        text
        for entry in catalogue("sr_Latn", domain)
        for text in translations_of(entry)
        if re.search("[\u0400-\u04ff]", text)
    ]
    assert cyrillic == []


@pytest.mark.parametrize("language", ["sq", "sr-latn"])
def test_the_dashboard_speaks_the_users_language(make_user, language):
    user, client = make_user("Communications")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    with translation.override(language):
        expected = [translation.gettext("Dashboard"), translation.gettext("Pages")]
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    for text in expected:
        assert text not in ("Dashboard", "Pages")
        assert text in html


def test_the_admin_does_not_follow_the_public_sites_language(make_user, client):
    """Someone who read the Serbian site and then opens the admin reads it in their own
    language."""
    user, admin = make_user("Communications")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "sq"
    profile.save()
    admin.get("/sr-latn/")
    html = admin.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    with translation.override("sq"):
        assert translation.gettext("Dashboard") in html
    assert '<html lang="sq"' in html


@pytest.mark.parametrize(("admin_language", "page_language"), [("en", "sr-latn"), ("sq", "en")])
def test_the_userbar_on_public_pages_speaks_the_editors_language(
    make_user, tree, admin_language, page_language
):
    user, client = make_user("Communications")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = admin_language
    profile.save()
    with translation.override(admin_language):
        label = translation.gettext("View Wagtail quick actions")
    with translation.override(page_language):
        elsewhere = translation.gettext("View Wagtail quick actions")
    html = client.get(tree("about", page_language).url).content.decode()
    assert label in html
    assert elsewhere not in html


def test_refreshing_keeps_translations_adds_new_messages_and_drops_gone_ones(tmp_path, monkeypatch):
    shipped_catalogues = {key: catalogue(*key) for key in CATALOGUES}
    monkeypatch.setattr(admin_catalogues, "ADMIN_LOCALE", tmp_path)
    for (language, domain), shipped in shipped_catalogues.items():
        path = admin_catalogues.catalogue_path(language, domain)
        path.parent.mkdir(parents=True, exist_ok=True)
        if (language, domain) == ("sq", "django"):
            shipped.remove(next(entry for entry in shipped if entry.msgid == "Dashboard"))
            shipped.append(polib.POEntry(msgid="A message Wagtail dropped", msgstr="Zhdukur"))
        shipped.save(str(path))

    call_command("refresh_admin_catalogues", stdout=io.StringIO())

    refreshed = {
        entry.msgid: entry
        for entry in polib.pofile(str(admin_catalogues.catalogue_path("sq", "django")))
    }
    assert refreshed["Dashboard"].msgstr == ""  # new again: waits for a translator
    assert "A message Wagtail dropped" not in refreshed
    with translation.override("sq"):
        assert refreshed["Pages"].msgstr == translation.gettext("Pages")
