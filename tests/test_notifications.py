"""Review e-mails reach each person in their admin language, with links to the site's real host."""

import os
import re
import secrets
import subprocess
import sys
from io import StringIO
from urllib.parse import urlsplit

import polib
import pytest
from django.conf import settings
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils.translation import to_locale
from wagtail.models import Site
from wagtail.users.models import UserProfile

from editorial.roles import COMMUNICATIONS

from .test_review_workflow import mail_to, submit_highlight, workflow_action

pytestmark = pytest.mark.django_db

# Our wording in templates/wagtailadmin/notifications/: Wagtail has no Albanian or Serbian for
# its own. The test catalogue marks each with its language, so that an e-mail shows which
# language each of its sentences came from, whatever locale/ holds yet.
NOTIFICATION_MESSAGES = [
    "Hello %(name)s,",
    "You can choose which e-mails you receive in your account settings:",
    'Please review "%(title)s"',
    '"%(title)s" is waiting for your review.',
    "Submitted by: %(name)s",
    "Preview the changes:",
    "Approve it or ask for changes here:",
    '"%(title)s" was submitted for review',
    '"%(title)s" was submitted for review.',
    '"%(title)s" was approved',
    'Your changes to "%(title)s" were approved.',
    "See it on the site:",
    '"%(title)s" needs changes',
    'The reviewers asked for changes to "%(title)s".',
    "Their comment:",
    "Make the changes and submit them again here:",
]
# (preferred language in the account settings, language of the e-mails): no choice means the
# admin's default, the site's source language.
PREFERENCES = [("sq", "sq"), ("sr-latn", "sr-latn"), ("en", "en"), ("", "sq")]
MARKER = re.compile(r"\[(sq|sr-latn|en)\]")
ADMIN_BASE_URL = "https://admin.example.org"
SITE_ROOT_URL = "https://www.example.org"


def marked(language, text):
    return f"[{language}] {text}"


@pytest.fixture(autouse=True)
def marked_catalogue(tmp_path):
    """Catalogues, ahead of ours, that translate the notification wording into marked English."""
    for language, _name in settings.LANGUAGES:
        catalogue = polib.POFile()
        catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
        catalogue.extend(
            polib.POEntry(msgid=message, msgstr=marked(language, message))
            for message in NOTIFICATION_MESSAGES
        )
        folder = tmp_path / to_locale(language) / "LC_MESSAGES"
        folder.mkdir(parents=True)
        catalogue.save_as_mofile(str(folder / "django.mo"))
    with override_settings(LOCALE_PATHS=[tmp_path, *settings.LOCALE_PATHS]):
        yield


@pytest.fixture(autouse=True)
def forget_site_addresses():
    """Wagtail caches the sites' addresses beyond the test's transaction."""
    yield
    Site.clear_site_root_paths_cache()


def prefer(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def person(make_user, group, username, language):
    user, client = make_user(group, username=username)
    user.email = f"{username}@example.org"
    user.save()
    prefer(user, language)
    return user, client


@pytest.fixture
def people(make_user, tree):
    """A KEC partner and a Communications approver, who both read the admin in English."""
    partner, partner_client = person(make_user, "Partner: KEC", "kec-partner", "en")
    approver, approver_client = person(make_user, COMMUNICATIONS, "communications", "en")
    return {
        "partner": partner,
        "partner_client": partner_client,
        "approver": approver,
        "approver_client": approver_client,
        "kec": tree("kec"),
        "event": tree("past_event"),
    }


def only_mail_to(user):
    (message,) = mail_to(user.email)
    return message


def languages_of(message):
    return set(MARKER.findall(message.subject + "\n" + message.body))


def links_in(message):
    return re.findall(r"https?://\S+", message.subject + "\n" + message.body)


def test_communications_are_asked_to_review_in_their_own_language(
    people, make_user, django_user_model, django_capture_on_commit_callbacks
):
    reviewers = {
        language: person(make_user, COMMUNICATIONS, f"reviewer-{language or 'none'}", language)[0]
        for language, _expected in PREFERENCES
    }
    superuser = django_user_model.objects.create_superuser("root", "root@example.org", "unused")
    prefer(superuser, "sr-latn")
    title = "Dita e leximit"

    submit_highlight(people, title, django_capture_on_commit_callbacks)

    for preferred, expected in PREFERENCES:
        message = only_mail_to(reviewers[preferred])
        assert languages_of(message) == {expected}, (preferred, message.body)
        assert message.subject == marked(expected, f'Please review "{title}"')
        assert marked(expected, f'"{title}" is waiting for your review.') in message.body
        assert marked(expected, "Submitted by: kec-partner") in message.body
        assert message.from_email == settings.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL
    # Superusers are told of every submission as well, and may review it.
    told = mail_to(superuser.email)
    assert sorted(message.subject for message in told) == [
        marked("sr-latn", f'"{title}" was submitted for review'),
        marked("sr-latn", f'Please review "{title}"'),
    ]
    assert all(languages_of(message) == {"sr-latn"} for message in told)
    assert not mail_to(people["partner"].email)


@pytest.mark.parametrize(("preferred", "expected"), PREFERENCES)
def test_partner_learns_of_approval_and_rejection_in_their_own_language(
    people, preferred, expected, django_capture_on_commit_callbacks
):
    prefer(people["partner"], preferred)
    approved = submit_highlight(people, "Java e mësimit", django_capture_on_commit_callbacks)
    rejected = submit_highlight(people, "Takimi me prindër", django_capture_on_commit_callbacks)

    workflow_action(people, approved, "approve", "", django_capture_on_commit_callbacks)
    message = only_mail_to(people["partner"])
    assert languages_of(message) == {expected}, message.body
    assert message.subject == marked(expected, '"Java e mësimit" was approved')
    assert marked(expected, 'Your changes to "Java e mësimit" were approved.') in message.body

    mail.outbox.clear()
    comment = "Shtoni emrin e shkollës, ju lutem."
    workflow_action(people, rejected, "reject", comment, django_capture_on_commit_callbacks)
    message = only_mail_to(people["partner"])
    assert languages_of(message) == {expected}, message.body
    assert message.subject == marked(expected, '"Takimi me prindër" needs changes')
    assert marked(expected, "Their comment:") + "\n" + comment in message.body


def assert_links_open(message, client, count):
    """The message has `count` links, each to the admin or the site at their real addresses,
    each of which opens for `client`."""
    text = message.subject + message.body
    assert "localhost" not in text and "127.0.0.1" not in text
    links = links_in(message)
    assert len(links) == count, message.body
    for link in links:
        assert link.startswith((f"{ADMIN_BASE_URL}/admin/", f"{SITE_ROOT_URL}/")), link
        assert client.get(urlsplit(link).path).status_code == 200, link


@override_settings(WAGTAILADMIN_BASE_URL=ADMIN_BASE_URL)
def test_links_in_review_emails_lead_to_the_admin_and_the_site_at_their_real_addresses(
    people, django_capture_on_commit_callbacks
):
    Site.objects.filter(is_default_site=True).update(hostname="www.example.org", port=443)
    Site.clear_site_root_paths_cache()
    approved = submit_highlight(people, "Festa e shkollës", django_capture_on_commit_callbacks)
    # The preview, the edit page and the account settings.
    assert_links_open(only_mail_to(people["approver"]), people["approver_client"], 3)

    mail.outbox.clear()
    workflow_action(people, approved, "approve", "", django_capture_on_commit_callbacks)
    approved.refresh_from_db()
    approval = only_mail_to(people["partner"])
    # The page on the site and the account settings.
    assert_links_open(approval, people["partner_client"], 2)
    assert approved.full_url.startswith(f"{SITE_ROOT_URL}/sq/")
    assert approved.full_url in approval.body

    rejected = submit_highlight(people, "Dita e sportit", django_capture_on_commit_callbacks)
    mail.outbox.clear()
    workflow_action(
        people, rejected, "reject", "Më shumë foto.", django_capture_on_commit_callbacks
    )
    # The edit page and the account settings.
    assert_links_open(only_mail_to(people["partner"]), people["partner_client"], 2)


def test_configure_site_gives_the_default_site_the_host_of_the_admin_base_url(tree):
    with override_settings(WAGTAILADMIN_BASE_URL="https://network.example.org"):
        call_command("configure_site", stdout=StringIO())
        site = Site.objects.get(is_default_site=True)
        assert (site.hostname, site.port) == ("network.example.org", 443)
        assert tree("home", "sr-latn").full_url == "https://network.example.org/sr-latn/"
        call_command("configure_site", stdout=StringIO())
        assert Site.objects.filter(is_default_site=True).count() == 1
    with override_settings(WAGTAILADMIN_BASE_URL="http://127.0.0.1:8123"):
        call_command("configure_site", stdout=StringIO())
        assert tree("home").full_url == "http://127.0.0.1:8123/sq/"


@pytest.mark.parametrize(
    "url", ["https://network.example.org:8443", "network.example.org", "ftp://example.org"]
)
def test_configure_site_refuses_an_address_a_site_cannot_have(url):
    with override_settings(WAGTAILADMIN_BASE_URL=url), pytest.raises(CommandError):
        call_command("configure_site")


def start_production(code="", **environment):
    """Loads the production settings in a new process with only `environment` set (besides a
    key and a database, which tests/test_production_settings.py is about), and runs `code` with
    them as `s`."""
    return subprocess.run(
        [sys.executable, "-c", f"import network_site.settings.production as s\n{code}"],
        cwd=settings.BASE_DIR,
        env={
            "PATH": os.environ.get("PATH", ""),
            "SECRET_KEY": secrets.token_urlsafe(50),
            "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/not_opened",
            **environment,
        },
        capture_output=True,
        text=True,
    )


@pytest.mark.parametrize("base_url", [None, "", "network.example.org"])
def test_production_refuses_to_start_without_the_sites_address(base_url):
    environment = {"ALLOWED_HOSTS": "network.example.org"}
    if base_url is not None:
        environment["WAGTAILADMIN_BASE_URL"] = base_url
    started = start_production(**environment)
    assert started.returncode != 0
    assert "ImproperlyConfigured: Set WAGTAILADMIN_BASE_URL" in started.stderr


def test_production_starts_with_the_sites_address():
    started = start_production(
        ALLOWED_HOSTS="network.example.org",
        WAGTAILADMIN_BASE_URL="https://network.example.org/",
    )
    assert started.returncode == 0, started.stderr


def test_the_sender_of_notifications_comes_from_the_environment():
    started = start_production(
        "print(s.DEFAULT_FROM_EMAIL, s.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL)",
        ALLOWED_HOSTS="network.example.org",
        WAGTAILADMIN_BASE_URL="https://network.example.org/",
        DEFAULT_FROM_EMAIL="rrjeti@network.example.org",
    )
    assert started.returncode == 0, started.stderr
    assert started.stdout.split() == ["rrjeti@network.example.org"] * 2
