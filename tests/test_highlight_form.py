"""The highlight form a partner fills in: dated like its event, photos described from their titles
unless the partner says otherwise, and a title field that works without the slug field."""

import datetime
import re

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from editorial.roles import COMMUNICATIONS
from events.models import EventHighlightPage

from . import factories
from .site_tree import KOSOVO

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner(make_user, tree):
    return make_user("Partner: KEC", username="kec-partner")


def add_url(event):
    return reverse("wagtailadmin_pages:add", args=["events", "eventhighlightpage", event.pk])


def title_input(page):
    return re.search(r'<input[^>]*name="title"[^>]*>', page.content.decode()).group(0)


def test_a_new_highlight_is_dated_the_day_its_event_starts_in_kosovo(partner, tree):
    # Half past midnight in Prishtina is still the day before in UTC.
    start = datetime.datetime(2026, 3, 10, 0, 30, tzinfo=KOSOVO)
    event = factories.EventPageFactory.build(start=start, end=start + datetime.timedelta(hours=2))
    tree("event_index").add_child(instance=event)

    form = partner[1].get(add_url(event)).context["form"]

    assert form["date"].value() == datetime.date(2026, 3, 10)


def test_an_empty_photo_description_takes_the_photo_title(partner, tree):
    _user, client = partner
    collection = tree("kec").access.image_collection
    untitled = factories.ImageFactory(title="Nxënësit në oborr", collection=collection)
    described = factories.ImageFactory(title="IMG_2041", collection=collection)
    data = nested_form_data(
        {
            "title": "Dita e sportit",
            "date": "2026-03-10",
            "summary": "Nxënësit luajtën bashkë.",
            "photos": inline_formset(
                [
                    {"image": untitled.pk, "alt_text": "", "caption": ""},
                    {"image": described.pk, "alt_text": "Dy vajza me top", "caption": ""},
                ]
            ),
            "quotes": streamfield([]),
            "body": streamfield([("paragraph", rich_text("<p>Një ditë e mirë.</p>"))]),
        }
    )

    response = client.post(add_url(tree("upcoming_event")), data)

    assert response.status_code == 302
    highlight = EventHighlightPage.objects.get(title="Dita e sportit")
    assert [photo.alt_text for photo in highlight.photos.all()] == [
        "Nxënësit në oborr",
        "Dy vajza me top",
    ]


def test_the_photos_help_text_says_what_the_chooser_does(partner, tree):
    page = partner[1].get(add_url(tree("upcoming_event")), HTTP_ACCEPT_LANGUAGE="en")

    html = page.content.decode()
    assert "Choose or upload several photos at once" not in html
    assert "Its Upload tab takes one photo at a time" in html


def test_the_title_is_not_synced_to_a_slug_field_that_partners_do_not_have(partner, tree):
    page = partner[1].get(add_url(tree("upcoming_event")))

    assert 'name="slug"' not in page.content.decode()
    assert "w-sync" not in title_input(page)


def test_communications_keep_the_title_to_slug_sync(make_user, tree):
    _user, client = make_user(COMMUNICATIONS, username="communications")

    page = client.get(add_url(tree("upcoming_event")))

    assert 'data-w-sync-target-value="#id_slug"' in title_input(page)
