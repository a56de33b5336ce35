"""Signing in: lock-out after wrong passwords (django-axes), the "Locked sign-ins" report, the
optional two-step sign-in (django-otp) and where the private pages' sign-in leads.

Everything goes over HTTP, each test from addresses of its own (192.0.2.x, 198.51.100.x).
"""

import io
import re
import time

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse
from django.utils import translation
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import PageViewRestriction
from wagtail.users.models import UserProfile

from accounts.client_address import client_ip_address
from editorial.roles import COMMUNICATIONS, TRANSLATORS

from . import factories

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-right-password-2026"
ADMIN_LOGIN = "/admin/login/"
LOCKED_OUT = "Too many failed sign-ins"
REPORT = "/admin/reports/locked-sign-ins/"
UNLOCK = "/admin/reports/locked-sign-ins/unlock/"
TWO_STEP = "/admin/account/two-step-sign-in/"
CODE_PAGE = "/admin/account/two-step-sign-in/code/"


@pytest.fixture
def person(django_user_model):
    """A user in the named groups with PASSWORD, who reads the admin in English."""

    def make(username, *groups, **extra):
        user = django_user_model.objects.create_user(
            username, email=f"{username}@example.org", password=PASSWORD, **extra
        )
        user.groups.set(Group.objects.filter(name__in=groups))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "en"
        profile.save()
        return user

    return make


def sign_in(address, username, password, path=ADMIN_LOGIN, **headers):
    client = Client(REMOTE_ADDR=address, **headers)
    response = client.post(path, {"username": username, "password": password})
    return client, response


def locked_out_heading(language="sq"):
    """The lock-out page's heading, in the language the admin's sign-in speaks to a stranger."""
    with translation.override(language):
        return translation.gettext(LOCKED_OUT)


def signed_in(client):
    return "_auth_user_id" in client.session


def fail(address, username, times, path=ADMIN_LOGIN):
    for _ in range(times):
        _client, response = sign_in(address, username, "wrong-password", path)
    return response


def test_the_sixth_sign_in_of_an_account_is_refused_even_with_the_right_password(person):
    person("komunikimi-lock", COMMUNICATIONS)
    for attempt in range(4):
        _client, response = sign_in("192.0.2.1", "komunikimi-lock", f"guess-{attempt}")
        assert response.status_code == 200
        assert locked_out_heading() not in response.content.decode()
    assert fail("192.0.2.1", "komunikimi-lock", 1).status_code == 429

    # From anywhere: the account is locked, not only the address that guessed.
    client, response = sign_in("192.0.2.2", "komunikimi-lock", PASSWORD)
    assert response.status_code == 429
    assert locked_out_heading() in response.content.decode()
    assert not signed_in(client)
    assert client.get("/admin/").status_code == 302


def test_an_address_is_locked_after_failures_against_any_accounts(person):
    person("perkthyesi-lock", TRANSLATORS)
    for name in ("alba", "besa", "dren", "era", "fatos"):
        fail("192.0.2.10", name, 1)

    client, response = sign_in("192.0.2.10", "perkthyesi-lock", PASSWORD)
    assert response.status_code == 429
    assert not signed_in(client)
    client, response = sign_in("192.0.2.11", "perkthyesi-lock", PASSWORD)
    assert response.status_code == 302
    assert signed_in(client)


def test_a_forwarded_for_header_does_not_escape_the_lock_without_trusted_proxies(person):
    person("partner-lock", "Partner: KEC")
    for index in range(5):
        fail_client = Client(REMOTE_ADDR="192.0.2.20", HTTP_X_FORWARDED_FOR=f"203.0.113.{index}")
        fail_client.post(ADMIN_LOGIN, {"username": f"someone-{index}", "password": "x"})
    _client, response = sign_in(
        "192.0.2.20", "partner-lock", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.99"
    )
    assert response.status_code == 429


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_one_trusted_proxy_each_client_counts_by_its_own_address(person):
    person("behind-proxy", COMMUNICATIONS)
    for index in range(5):
        Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7").post(
            ADMIN_LOGIN, {"username": f"someone-{index}", "password": "x"}
        )
    # The proxy's other clients still sign in; the one that guessed does not.
    _client, response = sign_in(
        "10.0.0.1", "behind-proxy", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.8"
    )
    assert response.status_code == 302
    _client, response = sign_in(
        "10.0.0.1", "behind-proxy", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7"
    )
    assert response.status_code == 429


@pytest.mark.parametrize(
    ("trusted", "forwarded", "expected"),
    [
        (0, "203.0.113.5", "192.0.2.30"),
        (1, "203.0.113.5", "203.0.113.5"),
        (1, "6.6.6.6, 203.0.113.5", "203.0.113.5"),  # the client wrote the first entry itself
        (2, "6.6.6.6, 203.0.113.5, 10.0.0.2", "203.0.113.5"),
        (2, "203.0.113.5", "203.0.113.5"),
        (1, "not-an-address", "192.0.2.30"),
        (1, "", "192.0.2.30"),
    ],
)
def test_the_client_address_is_read_only_as_far_as_trusted_proxies_wrote_it(
    trusted, forwarded, expected
):
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.30", HTTP_X_FORWARDED_FOR=forwarded)
    with override_settings(TRUSTED_PROXY_COUNT=trusted):
        assert client_ip_address(request) == expected


def test_a_reset_lets_the_right_password_in_again(person):
    person("reset-me", COMMUNICATIONS)
    fail("192.0.2.40", "reset-me", 5)
    assert sign_in("192.0.2.41", "reset-me", PASSWORD)[1].status_code == 429

    call_command("axes_reset_username", "reset-me", verbosity=0)

    client, response = sign_in("192.0.2.41", "reset-me", PASSWORD)
    assert response.status_code == 302
    assert signed_in(client)


def test_a_successful_sign_in_forgets_its_own_mistakes_and_nobody_elses(person):
    person("typist", COMMUNICATIONS)
    person("insider", "Partner: KEC")
    fail("192.0.2.50", "typist", 4)
    assert sign_in("192.0.2.50", "typist", PASSWORD)[1].status_code == 302
    fail("192.0.2.50", "typist", 4)
    assert sign_in("192.0.2.50", "typist", PASSWORD)[1].status_code == 302

    # Someone who signs in to their own account between guesses at another's gains nothing.
    fail("192.0.2.51", "typist", 4)
    assert sign_in("192.0.2.51", "insider", PASSWORD)[1].status_code == 302
    fail("192.0.2.51", "typist", 1)
    assert sign_in("192.0.2.52", "typist", PASSWORD)[1].status_code == 429


def test_communications_see_the_locks_and_unlock_an_account(person):
    person("locked-out-person", "Partner: KEC")
    person("comms", COMMUNICATIONS)
    fail("192.0.2.60", "locked-out-person", 5)
    client, _response = sign_in("192.0.2.61", "comms", PASSWORD)

    assert "Locked sign-ins" in client.get("/admin/").content.decode()  # in the Reports menu
    html = client.get(REPORT).content.decode()
    assert "locked-out-person" in html
    assert "192.0.2.60" in html
    response = client.post(UNLOCK, {"kind": "username", "value": "locked-out-person"}, follow=True)
    assert "The account “locked-out-person” may sign in again." in response.content.decode()
    assert "192.0.2.60" not in response.content.decode()

    client, response = sign_in("192.0.2.62", "locked-out-person", PASSWORD)
    assert response.status_code == 302


def test_communications_unlock_an_address(person):
    person("comms-address", COMMUNICATIONS)
    person("at-that-address", TRANSLATORS)
    for name in ("a1", "a2", "a3", "a4", "a5"):
        fail("192.0.2.70", name, 1)
    client, _response = sign_in("192.0.2.71", "comms-address", PASSWORD)
    client.post(UNLOCK, {"kind": "ip_address", "value": "192.0.2.70"})
    assert sign_in("192.0.2.70", "at-that-address", PASSWORD)[1].status_code == 302


def test_an_unlock_needs_a_name(person):
    """An empty value would be axes' "every account": refused, and nothing is unlocked."""
    person("comms-empty", COMMUNICATIONS)
    fail("192.0.2.75", "still-locked", 5)
    client, _response = sign_in("192.0.2.76", "comms-empty", PASSWORD)
    for data in ({"kind": "username", "value": ""}, {"kind": "ip_address", "value": "x"}, {}):
        response = client.post(UNLOCK, data, follow=True)
        assert "Nothing was unlocked: name an account or an address." in response.content.decode()
    assert AccessAttempt.objects.filter(username="still-locked").exists()


@pytest.mark.parametrize("role", ["Partner: KEC", TRANSLATORS])
def test_partners_and_translators_neither_see_nor_lift_locks(person, role):
    marker = "victim-marker-7f3a"
    person(marker, COMMUNICATIONS)
    person("not-allowed", role)
    fail("192.0.2.80", marker, 5)
    client, _response = sign_in("192.0.2.81", "not-allowed", PASSWORD)

    for response in (
        client.get(REPORT),
        client.get(REPORT + "results/"),
        client.post(UNLOCK, {"kind": "username", "value": marker}),
        client.get("/admin/reports/"),
        client.get("/admin/"),
    ):
        assert marker not in response.content.decode()
    assert "Locked sign-ins" not in client.get("/admin/").content.decode()
    assert client.get(REPORT).status_code == 403
    assert client.post(UNLOCK, {"kind": "username", "value": marker}).status_code == 403
    assert sign_in("192.0.2.82", marker, PASSWORD)[1].status_code == 429


def test_the_report_says_when_nothing_is_locked(person):
    person("calm-comms", COMMUNICATIONS)
    client, _response = sign_in("192.0.2.85", "calm-comms", PASSWORD)
    html = client.get(REPORT).content.decode()
    assert "No account and no address is locked out now." in html


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
def test_the_private_pages_sign_in_is_locked_out_in_the_sites_look_and_language(person, language):
    person(f"reader-{language}")
    path = f"/{language}/_util/login/"
    address = f"198.51.100.{10 + ['sq', 'sr-latn', 'en'].index(language)}"
    response = fail(address, f"reader-{language}", 5, path)
    assert response.status_code == 429
    html = response.content.decode()
    with translation.override(language):
        heading = translation.gettext(LOCKED_OUT)
        ask = translation.gettext(
            "If you cannot wait, ask the network's communications team to unlock your sign-in."
        )
    assert heading in html and ask in html
    assert 'class="site-header"' in html
    assert re.search(r"\d\d:\d\d", html)
    # The admin's sign-in shares the count: the account is locked there too.
    assert sign_in(address, f"reader-{language}", PASSWORD)[1].status_code == 429


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
def test_the_admins_lock_out_page_is_in_the_admins_look_and_the_browsers_language(person, language):
    address = f"198.51.100.{20 + ['sq', 'sr-latn', 'en'].index(language)}"
    for _ in range(5):
        response = Client(REMOTE_ADDR=address, HTTP_ACCEPT_LANGUAGE=language).post(
            ADMIN_LOGIN, {"username": "nobody", "password": "x"}
        )
    assert response.status_code == 429
    html = response.content.decode()
    with translation.override(language):
        assert translation.gettext(LOCKED_OUT) in html
    assert "login" in re.search(r"<body[^>]*>", html).group(0)
    assert reverse("wagtailadmin_password_reset") in html


def test_password_reset_still_works_for_a_locked_account(person):
    person("forgetful", COMMUNICATIONS)
    fail("192.0.2.90", "forgetful", 5)
    response = Client(REMOTE_ADDR="192.0.2.90").post(
        reverse("wagtailadmin_password_reset"), {"email": "forgetful@example.org"}
    )
    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [["forgetful@example.org"]]


# The private pages' sign-in


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
def test_signing_in_for_private_pages_leads_to_the_home_page_of_its_language(person, language):
    person(f"visitor-{language}")
    client, response = sign_in(
        f"198.51.100.{30 + ['sq', 'sr-latn', 'en'].index(language)}",
        f"visitor-{language}",
        PASSWORD,
        path=f"/{language}/_util/login/",
    )
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/"
    assert client.get(response["Location"]).status_code == 200


def test_signing_in_for_a_private_page_leads_back_to_it(person):
    person("visitor-next")
    client = Client(REMOTE_ADDR="198.51.100.40")
    response = client.post(
        "/en/_util/login/",
        {"username": "visitor-next", "password": PASSWORD, "next": "/en/about/"},
    )
    assert response["Location"] == "/en/about/"


# Two-step sign-in


def code_for(device, later=0):
    """The code that the user's app shows, `later` steps from now (a code is good only once)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + later * device.step
    return f"{totp.token():0{device.digits}d}"


def turn_on_two_step(client, user):
    page = client.get(TWO_STEP).content.decode()
    assert "<svg" in page
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert re.sub(r"\s", "", re.search(r"<code>(.*?)</code>", page).group(1))
    response = client.post(TWO_STEP, {"password": PASSWORD, "code": code_for(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    return device


@pytest.fixture
def draft_marker(tree):
    marker = "draft-only-communications-c91e"
    draft = factories.NewsPageFactory(parent=tree("news_index"), title=marker, live=False)
    return marker, f"/admin/pages/{draft.pk}/edit/"


@override_settings(OTP_TOTP_THROTTLE_FACTOR=0)
def test_with_two_step_sign_in_on_the_password_alone_does_not_open_the_admin(person, draft_marker):
    marker, draft_url = draft_marker
    user = person("two-step", COMMUNICATIONS)
    setup_client, _response = sign_in("192.0.2.100", "two-step", PASSWORD)
    device = turn_on_two_step(setup_client, user)
    # The session that turned it on gave a code: it goes on working.
    assert marker in setup_client.get(draft_url).content.decode()

    client, response = sign_in("192.0.2.101", "two-step", PASSWORD)
    assert response.status_code == 302
    for url in ("/admin/", draft_url, "/admin/pages/", "/en/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(CODE_PAGE)
        assert marker not in response.content.decode()
    code_page = client.get(CODE_PAGE + "?next=" + draft_url)
    assert code_page.status_code == 200
    assert marker not in code_page.content.decode()

    wrong = client.post(CODE_PAGE, {"code": "000000", "next": draft_url})
    assert wrong.status_code == 200
    assert marker not in wrong.content.decode()
    assert marker not in client.get(draft_url).content.decode()

    right = client.post(CODE_PAGE, {"code": code_for(device, later=1), "next": draft_url})
    assert right.status_code == 302 and right["Location"] == draft_url
    assert marker in client.get(draft_url).content.decode()


def test_a_wrong_code_makes_the_next_one_wait(person):
    user = person("two-step-throttled", COMMUNICATIONS)
    setup_client, _response = sign_in("192.0.2.105", "two-step-throttled", PASSWORD)
    device = turn_on_two_step(setup_client, user)
    client, _response = sign_in("192.0.2.106", "two-step-throttled", PASSWORD)
    client.post(CODE_PAGE, {"code": "000000"})
    response = client.post(CODE_PAGE, {"code": code_for(device, later=1)})
    assert response.status_code == 200
    assert "Too many wrong codes" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_those_without_two_step_sign_in_are_not_asked_for_a_code(person):
    person("no-device", COMMUNICATIONS)
    client, response = sign_in("192.0.2.110", "no-device", PASSWORD)
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    assert client.get(CODE_PAGE).status_code == 302


@pytest.mark.parametrize("role", ["Partner: KEC", TRANSLATORS])
def test_partners_and_translators_may_turn_it_on_too(person, role):
    user = person(f"own-account-{role[:4]}", role)
    client, _response = sign_in("192.0.2.120", user.username, PASSWORD)
    assert "Two-step sign-in" in client.get("/admin/account/").content.decode()
    turn_on_two_step(client, user)
    later, _response = sign_in("192.0.2.121", user.username, PASSWORD)
    assert later.get("/admin/")["Location"].startswith(CODE_PAGE)


def test_setting_it_up_needs_the_password_and_a_right_code(person):
    user = person("careful", COMMUNICATIONS)
    client, _response = sign_in("192.0.2.130", "careful", PASSWORD)
    client.get(TWO_STEP)
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert client.post(TWO_STEP, {"password": "wrong", "code": code_for(device)}).status_code == 200
    assert client.post(TWO_STEP, {"password": PASSWORD, "code": "123"}).status_code == 200
    assert not TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def test_turning_it_off_needs_the_password(person):
    user = person("changing-phones", COMMUNICATIONS)
    client, _response = sign_in("192.0.2.140", "changing-phones", PASSWORD)
    turn_on_two_step(client, user)
    assert client.post(TWO_STEP, {"password": "wrong"}).status_code == 200
    assert TOTPDevice.objects.filter(user=user).exists()
    assert client.post(TWO_STEP, {"password": PASSWORD}).status_code == 302
    assert not TOTPDevice.objects.filter(user=user).exists()
    later, _response = sign_in("192.0.2.141", "changing-phones", PASSWORD)
    assert later.get("/admin/").status_code == 200


def test_an_administrator_turns_it_off_for_someone_who_lost_their_phone(person):
    user = person("lost-phone", COMMUNICATIONS)
    client, _response = sign_in("192.0.2.150", "lost-phone", PASSWORD)
    turn_on_two_step(client, user)

    call_command("turn_off_two_step_sign_in", "lost-phone", stdout=io.StringIO())

    later, _response = sign_in("192.0.2.151", "lost-phone", PASSWORD)
    assert later.get("/admin/").status_code == 200


PAGE_PASSWORD = "the-right-page-password"
SECRET_TEXT = "Marker of a page behind a password 5081"


@pytest.fixture
def password_page(tree):
    page = tree("about", "en")
    page.intro = SECRET_TEXT
    page.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PAGE_PASSWORD
    )
    form = reverse(
        "wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]
    ).replace("/sq/", "/en/", 1)
    return page, form


def test_a_page_password_form_is_locked_out_after_wrong_passwords(password_page):
    page, form = password_page
    client = Client(REMOTE_ADDR="198.51.100.60")
    for _ in range(4):
        response = client.post(form, {"password": "wrong", "return_url": page.url})
        assert response.status_code == 200 and SECRET_TEXT not in response.content.decode()
    fifth = client.post(form, {"password": "wrong", "return_url": page.url})
    assert fifth.status_code == 429
    # Locked: the right password opens nothing, from this address or from another (the
    # restriction itself is locked, like an account).
    for address in ("198.51.100.60", "198.51.100.61"):
        locked = Client(REMOTE_ADDR=address)
        response = locked.post(form, {"password": PAGE_PASSWORD, "return_url": page.url})
        assert response.status_code == 429
        assert SECRET_TEXT not in locked.get(page.url).content.decode()
    AccessAttempt.objects.all().delete()
    opened = Client(REMOTE_ADDR="198.51.100.62")
    response = opened.post(form, {"password": PAGE_PASSWORD, "return_url": page.url})
    assert response.status_code == 302
    assert SECRET_TEXT in opened.get(page.url).content.decode()


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
def test_the_private_pages_forms_are_in_the_sites_look_and_language(tree, language):
    page = tree("about", language)
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PAGE_PASSWORD
    )
    members_only = tree("contact", language)
    PageViewRestriction.objects.create(
        page=members_only, restriction_type=PageViewRestriction.LOGIN
    )
    password_form = Client().get(page.url)
    sign_in_form = Client().get(members_only.url, follow=True)
    with translation.override(language):
        headings = [translation.gettext("Password required"), translation.gettext("Log in")]
    for response, heading in zip((password_form, sign_in_form), headings, strict=True):
        html = response.content.decode()
        assert response.status_code == 200
        assert f"<h1>{heading}</h1>" in html
        assert f'<html lang="{language.replace("-latn", "-Latn")}"' in html
        assert 'class="site-header"' in html and 'class="sign-in-form"' in html
