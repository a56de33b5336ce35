"""A partner starts from the dashboard: the network's name, the events to post a highlight about,
and how their highlights are doing in the review."""

import datetime
import re

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from editorial.roles import COMMUNICATIONS
from events.models import EventHighlightPage

from . import factories
from .utils import queries_for

pytestmark = pytest.mark.django_db

PANEL = re.compile(r'<section[^>]*id="post-a-highlight-section".*?</section>', re.S)


@pytest.fixture
def partner(make_user, tree):
    user, client = make_user("Partner: KEC", username="kec-partner")
    return user, client


@pytest.fixture
def approver(make_user):
    return make_user(COMMUNICATIONS, username="communications")[1]


def panel_of(client):
    # In English, the admin language that the browser asks for, to read the panel's words.
    response = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    found = PANEL.search(response.content.decode())
    return found.group(0) if found else None


def add_url(event):
    return reverse("wagtailadmin_pages:add", args=["events", "eventhighlightpage", event.pk])


def event_ending(tree, days_from_now, title=None):
    """A source-language event that ends `days_from_now` days from now (negative: in the past)."""
    end = timezone.now() + datetime.timedelta(days=days_from_now)
    event = factories.EventPageFactory.build(
        title=title or f"Ngjarja që mbaron në ditën {days_from_now}",
        start=end - datetime.timedelta(hours=3),
        end=end,
    )
    tree("event_index").add_child(instance=event)
    return event


def post_highlight(client, event, title, action):
    """The partner posts a highlight under `event`: saved as a draft, or submitted for review."""
    data = nested_form_data(
        {
            "title": title,
            "date": "2024-11-27",
            "summary": "Nxënësit folën për shkollën e tyre.",
            "photos": inline_formset([]),
            "quotes": streamfield([]),
            "body": streamfield([("paragraph", rich_text("<p>Një ditë e mirë.</p>"))]),
        }
    )
    if action == "submit":
        data["action-submit"] = "Submit for moderation"
    response = client.post(add_url(event), data)
    assert response.status_code == 302
    return EventHighlightPage.objects.get(title=title)


def review(client, highlight, action, comment):
    task_state = highlight.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[highlight.pk, action, task_state.pk])
    assert client.post(url, {"comment": comment}).status_code in (200, 302)


def test_the_dashboard_is_headed_with_the_networks_name(partner):
    page = partner[1].get(reverse("wagtailadmin_home")).content.decode()

    heading = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1).strip()
    assert heading == settings.WAGTAIL_SITE_NAME
    assert "localhost" not in page


def test_partner_is_offered_recent_and_upcoming_events_to_post_a_highlight_under(partner, tree):
    recent = event_ending(tree, -5, "Ngjarja e javës së kaluar")
    earlier = event_ending(tree, -40, "Ngjarja e muajit të kaluar")
    forgotten = event_ending(tree, -200, "Ngjarja e harruar")
    upcoming = tree("upcoming_event")

    panel = panel_of(partner[1])

    for event in (recent, earlier, upcoming):
        assert f'href="{add_url(event)}"' in panel
    assert add_url(forgotten) not in panel
    # The latest past event first, then the ones to come.
    assert panel.index(recent.title) < panel.index(earlier.title) < panel.index(upcoming.title)


def test_only_source_language_events_are_offered(partner, tree):
    panel = panel_of(partner[1])

    assert add_url(tree("upcoming_event")) in panel
    for language in ("sr-latn", "en"):
        assert add_url(tree("upcoming_event", language)) not in panel


def test_partner_follows_their_highlights_through_the_review(partner, approver, tree):
    _user, client = partner
    event = tree("upcoming_event")
    draft = post_highlight(client, event, "Një skicë", "save")
    waiting = post_highlight(client, event, "Në pritje", "submit")
    to_change = post_highlight(client, event, "Për ndryshim", "submit")
    approved = post_highlight(client, event, "E aprovuar", "submit")
    review(approver, to_change, "reject", "Shtoni një foto, ju lutem.")
    review(approver, approved, "approve", "Faleminderit!")

    panel = panel_of(client)

    def entry(highlight):
        link = f'href="{reverse("wagtailadmin_pages:edit", args=[highlight.pk])}"'
        return re.search(rf"<li>\s*<a {re.escape(link)}>.*?</li>", panel, re.S).group(0)

    assert "Draft" in entry(draft)
    assert "In review" in entry(waiting)
    assert "Changes requested" in entry(to_change)
    assert "Shtoni një foto, ju lutem." in entry(to_change)
    assert "Approved and live" in entry(approved)
    assert "Faleminderit!" not in panel


def test_partner_sees_only_their_own_highlights(partner, make_user, tree):
    _other, other_client = make_user("Partner: SBASHK", username="sbashk-partner")
    post_highlight(other_client, tree("upcoming_event"), "Highlight i SBASHK", "save")

    panel = panel_of(partner[1])

    assert "Highlight i SBASHK" not in panel
    assert tree("highlight").title not in panel


def test_communications_get_no_partner_panel(approver):
    assert panel_of(approver) is None


def test_the_panel_costs_the_same_queries_however_many_events_and_highlights(partner, tree):
    _user, client = partner
    event_ending(tree, -3)
    post_highlight(client, tree("upcoming_event"), "E para", "submit")
    few = queries_for(client, reverse("wagtailadmin_home"))

    for day in range(1, 6):
        event_ending(tree, -day - 10)
        event_ending(tree, day + 30)
        post_highlight(client, tree("upcoming_event"), f"Highlight {day}", "submit")
    many = queries_for(client, reverse("wagtailadmin_home"))

    assert many == few


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
def test_panel_speaks_the_partners_language(partner, tree, language):
    user, client = partner
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    event_ending(tree, -3, title="Punëtoria e javës")
    with translation.override(language):
        expected = [
            gettext("Post a highlight"),
            gettext("Recent events"),
            gettext("Your highlights"),
        ]
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    for text in expected:
        assert escape(text) in html, text
    if language != "en":
        assert "Post a highlight" not in html
