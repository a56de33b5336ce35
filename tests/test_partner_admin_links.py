"""The admin offers partners and translators nothing that their permissions or editorial.boundary
refuse: every link, form target, menu entry and search box on their screens leads somewhere they
may go."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from editorial.roles import COMMUNICATIONS, TRANSLATORS
from events.models import EventHighlightPage

from .utils import addresses_refused_to, admin_menu, sidebar_search_urls

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner(make_user, tree):
    return make_user("Partner: KEC", username="kec-partner")


@pytest.fixture
def own_highlight(partner, tree):
    """A highlight the partner posted and submitted for review, under the upcoming event."""
    _user, client = partner
    event = tree("upcoming_event")
    url = reverse("wagtailadmin_pages:add", args=["events", "eventhighlightpage", event.pk])
    data = nested_form_data(
        {
            "title": "Punëtoria me mësuesit",
            "date": "2024-11-27",
            "summary": "Mësuesit ndanë përvojat e tyre.",
            "photos": inline_formset([]),
            "quotes": streamfield([]),
            "body": streamfield([("paragraph", rich_text("<p>Një ditë e mirë.</p>"))]),
            "action-submit": "Submit for moderation",
        }
    )
    assert client.post(url, data).status_code == 302
    return EventHighlightPage.objects.get(title="Punëtoria me mësuesit")


def partner_screens(tree, highlight):
    event = tree("upcoming_event")
    return [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[tree("home").pk]),
        reverse("wagtailadmin_explore", args=[tree("event_index").pk]),
        reverse("wagtailadmin_explore", args=[event.pk]),
        reverse("wagtailadmin_explore", args=[tree("past_event").pk]),
        reverse("wagtailadmin_explore", args=[tree("partner_index").pk]),
        reverse("wagtailadmin_pages:add", args=["events", "eventhighlightpage", event.pk]),
        reverse("wagtailadmin_pages:edit", args=[highlight.pk]),
        reverse("wagtailadmin_pages:edit", args=[tree("kec").pk]),
        reverse("wagtailimages:index"),
        reverse("wagtailimages:add_multiple"),
        reverse("wagtaildocs:index"),
        reverse("wagtailadmin_account"),
    ]


def test_partner_screens_offer_only_what_the_partner_may_reach(partner, own_highlight, tree):
    user, client = partner
    for url in partner_screens(tree, own_highlight):
        response = client.get(url)
        assert response.status_code == 200, url
        assert addresses_refused_to(user, response) == [], url


def test_partner_is_not_offered_edit_or_history_of_an_event(partner, tree):
    _user, client = partner
    event = tree("upcoming_event")

    page = client.get(reverse("wagtailadmin_explore", args=[tree("event_index").pk]))

    html = page.content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[event.pk]) not in html
    assert reverse("wagtailadmin_pages:history", args=[event.pk]) not in html
    assert reverse("wagtailadmin_pages:add_subpage", args=[event.pk]) in html


def test_partner_gets_a_plain_link_to_the_explorer_rather_than_the_sidebar_explorer(partner):
    _user, client = partner

    dashboard = client.get(reverse("wagtailadmin_home"))

    assert "wagtail.sidebar.PageExplorerMenuItem" not in dashboard.content.decode()
    pages = admin_menu(dashboard)[0]
    assert pages["url"].startswith(reverse("wagtailadmin_explore_root"))


def test_the_sidebar_offers_no_search_that_the_boundary_refuses(partner, make_user):
    translator, translator_client = make_user(TRANSLATORS, username="translator")
    for _user, client in (partner, (translator, translator_client)):
        dashboard = client.get(reverse("wagtailadmin_home"))
        assert reverse("wagtailadmin_pages:search") not in sidebar_search_urls(dashboard)
        for url in sidebar_search_urls(dashboard):
            assert client.get(url).status_code == 200


def test_communications_keep_the_page_search_and_the_sidebar_explorer(make_user):
    _user, client = make_user(COMMUNICATIONS, username="communications")

    dashboard = client.get(reverse("wagtailadmin_home"))

    assert sidebar_search_urls(dashboard) == [reverse("wagtailadmin_pages:search")]
    assert "wagtail.sidebar.PageExplorerMenuItem" in dashboard.content.decode()
