"""Editors create every page type through the Wagtail admin, with the panels and help they need."""

import datetime
import html
import json
import re

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from editorial.roles import COMMUNICATIONS
from events.models import EventHighlightPage, EventPage
from home.models import HomePage, StandardPage
from news.models import NewsPage
from partners.models import PartnerPage, ProjectPage

from . import factories
from .conftest import LANGUAGES, PAGE_TYPES
from .site_tree import TREE_PAGE_OF_TYPE
from .utils import admin_menu

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(make_user):
    """A member of Communications, who write and publish pages."""
    return make_user(COMMUNICATIONS, username="komunikimi")[1]


def body(text):
    return streamfield([("paragraph", rich_text(f"<p>{text}</p>"))])


def add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )


def create(client, model, parent, data):
    response = client.post(
        add_url(model, parent), nested_form_data({"action-publish": "publish", **data})
    )
    assert response.status_code == 302, (
        response.context["form"].errors if response.context else response
    )
    return model.objects.child_of(parent).get(slug=data["slug"])


def no_rows():
    return inline_formset([])


def test_editor_creates_and_publishes_a_standard_page(editor, client, tree):
    home = tree("home")
    page = create(
        editor,
        StandardPage,
        home,
        {"title": "Politikat", "slug": "politikat", "intro": "Hyrje", "body": body("Tekst")},
    )
    assert page.live and page.locale == home.locale
    public = client.get(page.url).content.decode()
    assert "<h1>Politikat</h1>" in public
    assert re.search(r"<p[^>]*>Tekst</p>", public)


def test_editor_creates_a_news_article_with_categories_partners_and_funders(editor, client, tree):
    page = create(
        editor,
        NewsPage,
        tree("news_index"),
        {
            "title": "Lajm nga administrata",
            "slug": "lajm-nga-administrata",
            "date": "2026-11-20",
            "intro": "Hyrje",
            "body": body("Tekst"),
            "categories": inline_formset([{"category": tree("advocacy").pk}]),
            "related_partners": inline_formset([{"partner": tree("kec").pk}]),
            "related_event": tree("past_event").pk,
            "funders": inline_formset([{"partner": tree("kec").pk, "through": tree("donor").pk}]),
        },
    )
    assert [link.partner_id for link in page.related_partners.all()] == [tree("kec").pk]
    funder = page.funders.get()
    assert (funder.partner_id, funder.through_id) == (tree("kec").pk, tree("donor").pk)
    assert [link.category_id for link in page.categories.all()] == [tree("advocacy").pk]
    assert page.related_event_id == tree("past_event").pk
    assert "Lajm nga administrata" in client.get(page.url).content.decode()


def test_editor_creates_a_partner_and_a_project_it_takes_part_in(editor, client, tree):
    index = tree("partner_index")
    partner = create(
        editor,
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
        editor,
        ProjectPage,
        index,
        {
            "title": "Projekt i ri",
            "slug": "projekt-i-ri",
            "start_date": "2026-01-01",
            "end_date": "2026-12-31",
            "intro": "",
            "funders": inline_formset([{"partner": tree("donor").pk, "through": ""}]),
            "partners": inline_formset([{"partner": partner.pk, "role": "beneficiary"}]),
            "aims": body("Qëllimet"),
            "activities": streamfield([]),
            "results": streamfield([]),
        },
    )
    assert (partner.acronym, partner.city) == ("SHP", "Prizren")
    assert project.partners.get().role == "beneficiary"
    assert project.funders.get().partner_id == tree("donor").pk
    assert "Projekt i ri" in client.get(partner.url).content.decode()


def test_editor_creates_an_event_in_kosovo_time_and_a_highlight_of_it(editor, client, tree):
    partner = tree("kec")
    event = create(
        editor,
        EventPage,
        tree("event_index"),
        {
            "title": "Tryezë me prindërit",
            "slug": "tryeze-me-prinderit",
            "start": "2026-12-10 10:00",
            "end": "2026-12-10 12:00",
            "venue": "Shkolla fillore",
            "city": "Pejë",
            "online_link": "",
            "series": tree("series").pk,
            "intro": "",
            "body": streamfield([]),
            "organisers": inline_formset([{"partner": partner.pk}]),
            "supporters": no_rows(),
            "funders": no_rows(),
            "registration_link": "",
        },
    )
    # Entered in Kosovo time: 10:00 in December is 09:00 UTC.
    assert event.start == datetime.datetime(2026, 12, 10, 9, tzinfo=datetime.UTC)
    assert event.series_id == tree("series").pk
    highlight = create(
        editor,
        EventHighlightPage,
        event,
        {
            "title": "Prindërit folën",
            "slug": "prinderit-folen",
            "posted_by": partner.pk,
            "date": "2026-12-11",
            "summary": "Një takim i mirë.",
            "photos": inline_formset(
                [
                    {
                        "image": factories.ImageFactory().pk,
                        "alt_text": "Prindër rreth tryezës",
                        "caption": "",
                    }
                ]
            ),
            "quotes": streamfield(
                [("quote", {"text": "Shkolla është e të gjithëve.", "attribution": "Një prind"})]
            ),
            "body": streamfield([]),
        },
    )
    assert highlight.posted_by_id == partner.pk
    assert highlight.photos.get().alt_text == "Prindër rreth tryezës"
    public = client.get(highlight.url).content.decode()
    assert 'alt="Prindër rreth tryezës"' in public
    assert "Shkolla është e të gjithëve." in public


@pytest.mark.parametrize(
    ("model", "parent_name", "data", "field", "message"),
    [
        (
            EventPage,
            "event_index",
            {
                "start": "2026-12-10 10:00",
                "end": "2026-12-09 10:00",
                "body": streamfield([]),
                "organisers": no_rows(),
                "supporters": no_rows(),
                "funders": no_rows(),
            },
            "end",
            # "An event cannot end before it starts.", in the editors' language
            "Ngjarja nuk mund të përfundojë para se të fillojë.",
        ),
        (
            ProjectPage,
            "partner_index",
            {
                "start_date": "2026-12-10",
                "end_date": "2026-01-31",
                "funders": no_rows(),
                "partners": no_rows(),
                "aims": streamfield([]),
                "activities": streamfield([]),
                "results": streamfield([]),
            },
            "end_date",
            # "A project cannot end before it starts."
            "Projekti nuk mund të përfundojë para se të fillojë.",
        ),
    ],
    ids=["event", "project"],
)
def test_ending_before_starting_is_refused_with_a_clear_error_on_the_end_date(
    editor, tree, model, parent_name, data, field, message
):
    parent = tree(parent_name)
    response = editor.post(
        add_url(model, parent),
        nested_form_data({"action-publish": "publish", "title": "Gabim", "slug": "gabim", **data}),
    )
    assert response.status_code == 200
    assert response.context["form"].errors[field] == [message]
    assert message in response.content.decode()
    assert not model.objects.filter(slug="gabim").exists()


@pytest.mark.parametrize(
    ("model", "parent_name"),
    [
        (NewsPage, "home"),
        (EventHighlightPage, "news_index"),
        (PartnerPage, "event_index"),
        (HomePage, "home"),
    ],
    ids=["article-under-home", "highlight-under-news", "partner-under-events", "home-under-home"],
)
def test_admin_refuses_pages_in_the_wrong_place(editor, tree, model, parent_name):
    parent = tree(parent_name)
    children_before = parent.get_children().count()
    url = add_url(model, parent)
    data = nested_form_data({"action-publish": "publish", "title": "Gabim", "slug": "gabim"})
    for response in (editor.get(url), editor.post(url, data)):
        # Wagtail sends the editor back to the dashboard, with an error message.
        assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    assert parent.get_children().count() == children_before


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_editor_opens_the_edit_view_of_every_page_type(editor, tree, model):
    page = tree(TREE_PAGE_OF_TYPE[model])
    assert isinstance(page, model)
    response = editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    assert response.context["form"].initial["title"] == page.title
    assert 'name="action-publish"' in response.content.decode()


def test_translation_editor_shows_the_translated_tree_as_translated(editor, tree):
    page = tree("article", "en")
    response = editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    props = re.search(
        r'class="js-translation-editor" data-props="([^"]*)"', response.content.decode()
    ).group(1)
    props = json.loads(html.unescape(props))
    string_segments = {
        segment["id"] for segment in props["segments"] if segment["type"] == "string"
    }
    translations = {item["segment_id"]: item["data"] for item in props["initialStringTranslations"]}
    assert string_segments
    assert set(translations) == string_segments
    assert props["locale"]["code"] == "en"
    assert "Java kundër braktisjes u mbyll (en)" in translations.values()


@pytest.mark.parametrize("language", LANGUAGES)
def test_editors_get_the_accessibility_checker_on_pages_and_visitors_do_not(
    editor, client, tree, language
):
    url = tree("about", language).url
    assert "checker-axe-configuration" not in client.get(url).content.decode()
    assert 'id="checker-axe-configuration"' in editor.get(url).content.decode()


# The "Site content" menu, from three apps: (admin URL namespace of the snippet, tree name).
SITE_CONTENT = [
    ("wagtailsnippets_core_navigationmenu", "menu"),
    ("wagtailsnippets_core_footer", "footer"),
    ("wagtailsnippets_news_newscategory", "advocacy"),
    ("wagtailsnippets_events_eventseries", "series"),
]


def test_site_content_menu_lists_menus_footers_news_categories_and_event_series(editor, tree):
    menu = admin_menu(editor.get(reverse("wagtailadmin_home")))
    # "Site content", in the editors' language
    site_content = next(item for item in menu if item["label"] == "Përmbajtja e uebfaqes")
    listings = [reverse(f"{namespace}:list") for namespace, _name in SITE_CONTENT]
    assert [child["url"] for child in site_content["children"]] == listings
    assert not [item for item in menu if "/snippets/" in (item["url"] or "")]
    for namespace, name in SITE_CONTENT:
        listing = editor.get(reverse(f"{namespace}:list"))
        assert listing.status_code == 200, namespace
        for language, snippet in tree.all(name).items():
            edit_url = reverse(f"{namespace}:edit", args=[snippet.pk])
            assert edit_url in listing.content.decode(), (namespace, language)
