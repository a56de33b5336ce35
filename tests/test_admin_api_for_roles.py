"""The admin API answers the calls that every role's screens make, with JSON, at its own address:
the explorer's listing and the choosers' page details."""

import pytest
from django.urls import reverse

from editorial.roles import COMMUNICATIONS, TRANSLATORS
from events.models import EventHighlightPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner(make_user, tree):
    return make_user("Partner: KEC", username="kec-partner")[1]


def assert_json(response):
    assert response.status_code == 200, response.get("Location")
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def test_partner_gets_the_details_of_their_own_page(partner, tree):
    kec = tree("kec")

    # What the page chooser asks for the page it holds ("Posted by", links in the profile).
    details = assert_json(partner.get(reverse("wagtailadmin_api:pages:detail", args=[kec.pk])))

    assert details["id"] == kec.pk


def test_partner_gets_the_details_of_a_live_event(partner, tree):
    event = tree("upcoming_event")

    details = assert_json(partner.get(reverse("wagtailadmin_api:pages:detail", args=[event.pk])))

    assert details["title"] == event.title


@pytest.mark.parametrize("parent", ["root", "home", "event_index", "upcoming_event"])
def test_partner_gets_the_explorer_listing(partner, tree, parent):
    child_of = parent if parent == "root" else tree(parent).pk

    listing = assert_json(
        partner.get(
            reverse("wagtailadmin_api:pages:listing"), {"child_of": child_of, "for_explorer": 1}
        )
    )

    assert "items" in listing


@pytest.mark.parametrize("group", [COMMUNICATIONS, TRANSLATORS])
def test_other_roles_get_page_details_and_the_explorer_listing(make_user, tree, group):
    _user, client = make_user(group)
    home = tree("home", "en")

    assert_json(client.get(reverse("wagtailadmin_api:pages:detail", args=[home.pk])))
    assert_json(
        client.get(
            reverse("wagtailadmin_api:pages:listing"), {"child_of": home.pk, "for_explorer": 1}
        )
    )


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
def test_the_admin_api_is_never_sent_into_a_language(partner, tree, language):
    address = reverse("wagtailadmin_api:pages:detail", args=[tree("kec").pk])

    response = partner.get(address, HTTP_ACCEPT_LANGUAGE=language)

    assert address.startswith("/admin/api/")
    assert not response.has_header("Location")
    assert_json(response)


def test_a_page_the_partner_may_not_see_is_refused_not_redirected(partner, make_user, tree):
    other, _client = make_user("Partner: SBASHK", username="sbashk-partner")
    draft = tree("upcoming_event").add_child(
        instance=EventHighlightPage(
            title="Skicë e SBASHK", summary="Ende skicë.", live=False, owner=other
        )
    )

    response = partner.get(reverse("wagtailadmin_api:pages:detail", args=[draft.pk]))

    assert response.status_code == 403
    assert not response.has_header("Location")


def test_translators_editor_gets_the_pictures_and_documents_of_the_page(make_user, tree):
    """wagtail-localize's editor shows a page's chosen pictures and documents through the admin
    API; translators may choose any of them."""
    _, translator = make_user(TRANSLATORS)
    image = assert_json(
        translator.get(reverse("wagtailadmin_api:images:detail", args=[tree("photo").pk]))
    )
    assert image["title"] == tree("photo").title
    document = assert_json(
        translator.get(reverse("wagtailadmin_api:documents:detail", args=[tree("report").pk]))
    )
    assert document["title"] == tree("report").title


def test_partners_get_no_details_of_pictures_outside_their_collections(partner, tree):
    response = partner.get(reverse("wagtailadmin_api:images:detail", args=[tree("photo").pk]))
    assert response.status_code == 403
    assert tree("photo").title not in response.content.decode()


def test_translators_editor_gets_the_albanian_page_that_a_highlight_names(make_user, tree):
    """A translated highlight's "Posted by" holds the Albanian partner page, outside the trees
    that translators may explore."""
    _, translator = make_user(TRANSLATORS)
    details = assert_json(
        translator.get(reverse("wagtailadmin_api:pages:detail", args=[tree("kec").pk]))
    )
    assert details["title"] == tree("kec").title
