"""Editors create every page type through the Wagtail admin, with the panels and help they need."""

import html
import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_factories import ImageFactory

from events.models import EventHighlightPage, EventIndexPage, EventPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage, PartnerPage, ProjectPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pass")
    client.force_login(user)
    return client


@pytest.fixture
def albanian_home(home_pages):
    return home_pages["sq"]


def body(text):
    return streamfield([("paragraph", rich_text(f"<p>{text}</p>"))])


def create(client, model, parent, data):
    url = reverse(
        "wagtailadmin_pages:add",
        args=[model._meta.app_label, model._meta.model_name, parent.pk],
    )
    response = client.post(url, nested_form_data({"action-publish": "publish", **data}))
    assert response.status_code == 302, (
        response.context["form"].errors if response.context else response
    )
    return model.objects.child_of(parent).get(slug=data["slug"])


def no_rows():
    return inline_formset([])


def test_standard_page_created_in_admin(editor_client, albanian_home):
    page = create(
        editor_client,
        StandardPage,
        albanian_home,
        {"title": "Politikat", "slug": "politikat", "intro": "Hyrje", "body": body("Tekst")},
    )
    assert page.live and page.locale == albanian_home.locale


def test_news_article_created_in_admin(editor_client, albanian_home):
    index = NewsIndexPage.objects.child_of(albanian_home).get()
    partner = PartnerPage.objects.filter(locale=albanian_home.locale).first()
    page = create(
        editor_client,
        NewsPage,
        index,
        {
            "title": "Lajm nga administrata",
            "slug": "lajm-nga-administrata",
            "date": "2026-11-20",
            "intro": "Hyrje",
            "body": body("Tekst"),
            "categories": no_rows(),
            "related_partners": inline_formset([{"partner": partner.pk}]),
        },
    )
    assert [link.partner_id for link in page.related_partners.all()] == [partner.pk]


def test_partner_and_project_created_in_admin(editor_client, albanian_home):
    index = PartnerIndexPage.objects.child_of(albanian_home).get()
    partner = create(
        editor_client,
        PartnerPage,
        index,
        {
            "title": "Shoqata e prindërve",
            "slug": "shoqata-e-prinderve",
            "acronym": "SHP",
            "kind": "member",
            "summary": "Prindërit për shkollën.",
            "body": streamfield([]),
            "website": "",
            "email": "",
            "city": "Prizren",
        },
    )
    project = create(
        editor_client,
        ProjectPage,
        index,
        {
            "title": "Projekt i ri",
            "slug": "projekt-i-ri",
            "start_date": "2026-01-01",
            "end_date": "2026-12-31",
            "intro": "",
            "donors": no_rows(),
            "partners": inline_formset([{"partner": partner.pk, "role": "beneficiary"}]),
            "aims": body("Qëllimet"),
            "activities": streamfield([]),
            "results": streamfield([]),
        },
    )
    assert project.partners.get().role == "beneficiary"


def test_event_and_highlight_created_in_admin(editor_client, albanian_home):
    index = EventIndexPage.objects.child_of(albanian_home).get()
    partner = PartnerPage.objects.filter(locale=albanian_home.locale).first()
    event = create(
        editor_client,
        EventPage,
        index,
        {
            "title": "Tryezë me prindërit",
            "slug": "tryeze-me-prinderit",
            "start": "2026-12-10 10:00",
            "end": "2026-12-10 12:00",
            "venue": "Shkolla fillore",
            "city": "Pejë",
            "online_link": "",
            "intro": "",
            "body": streamfield([]),
            "organisers": inline_formset([{"partner": partner.pk}]),
            "supporters": no_rows(),
            "registration_link": "",
        },
    )
    assert timezone.localtime(event.start).hour == 10  # entered in Kosovo time
    highlight = create(
        editor_client,
        EventHighlightPage,
        event,
        {
            "title": "Prindërit folën",
            "slug": "prinderit-folen",
            "posted_by": partner.pk,
            "date": "2026-12-11",
            "summary": "Një takim i mirë.",
            "photos": inline_formset(
                [{"image": ImageFactory().pk, "alt_text": "Prindër rreth tryezës", "caption": ""}]
            ),
            "quotes": streamfield(
                [("quote", {"text": "Shkolla është e të gjithëve.", "attribution": "Një prind"})]
            ),
            "body": streamfield([]),
        },
    )
    assert highlight.posted_by_id == partner.pk
    assert highlight.photos.get().alt_text == "Prindër rreth tryezës"


def test_event_ending_before_it_starts_is_refused_with_a_clear_error(editor_client, albanian_home):
    index = EventIndexPage.objects.child_of(albanian_home).get()
    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", index.pk])
    response = editor_client.post(
        url,
        nested_form_data(
            {
                "action-publish": "publish",
                "title": "Gabim",
                "slug": "gabim",
                "start": "2026-12-10 10:00",
                "end": "2026-12-09 10:00",
                "body": streamfield([]),
                "organisers": no_rows(),
                "supporters": no_rows(),
            }
        ),
    )
    assert response.status_code == 200
    assert not EventPage.objects.filter(slug="gabim").exists()


@pytest.mark.parametrize(
    ("model", "parent_model"),
    [
        (NewsPage, HomePage),
        (EventHighlightPage, NewsIndexPage),
        (PartnerPage, EventIndexPage),
        (HomePage, HomePage),
    ],
)
def test_admin_refuses_pages_in_the_wrong_place(editor_client, albanian_home, model, parent_model):
    parent = (
        albanian_home
        if parent_model is HomePage
        else parent_model.objects.child_of(albanian_home).get()
    )
    url = reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )
    response = editor_client.get(url)
    assert response.status_code in (302, 403)
    assert Page.objects.filter(depth=parent.depth + 1, title="").count() == 0


@pytest.mark.parametrize(
    "model",
    [HomePage, StandardPage, NewsPage, PartnerPage, ProjectPage, EventPage, EventHighlightPage],
)
def test_edit_view_of_every_demo_page_type_opens(editor_client, model):
    page = model.objects.filter(locale__language_code="sq").first()
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200


def test_translation_editor_shows_demo_translations_as_translated(editor_client):
    page = NewsPage.objects.filter(locale__language_code="en").first()
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    props = re.search(
        r'class="js-translation-editor" data-props="([^"]*)"', response.content.decode()
    ).group(1)
    props = json.loads(html.unescape(props))
    string_segments = {
        segment["id"] for segment in props["segments"] if segment["type"] == "string"
    }
    translated = {item["segment_id"] for item in props["initialStringTranslations"]}
    assert string_segments
    assert string_segments == translated
    assert props["locale"]["code"] == "en"
