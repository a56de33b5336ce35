"""What a publication tells search engines and reference managers: its schema.org JSON-LD
(ScholarlyArticle, Report or CreativeWork, with authors, date, language and files), and the
citation readers copy from its page.

The tree's `publication` is a study of 20 Nov 2024 by KEC, whose file (the Albanian text file
"report") every translation offers, as translations start with the source's file.
"""

import datetime
import html

import pytest
from django.core.files.base import ContentFile

from core.translation import translate_object
from publications.models import PublicationKind

from . import factories
from .conftest import LANGUAGES
from .site_tree import translated_string
from .test_metadata import (
    HTML_LANG,
    ORIGIN,
    SITE_NAMES,
    absolute,
    head_of,
    meta,
    organization,
    structured_data,
)

pytestmark = pytest.mark.django_db

WORK_TYPES = ["ScholarlyArticle", "Report", "CreativeWork"]


def publication_data(client, page):
    (data,) = [
        item for item in structured_data(head_of(client, page)) if item["@type"] in WORK_TYPES
    ]
    return data


def media_object(document, language):
    return {
        "@type": "MediaObject",
        "contentUrl": ORIGIN + document.url,
        "encodingFormat": document.content_type,
        "inLanguage": HTML_LANG[language],
        "contentSize": f"{document.file.size} B",
    }


def pdf_document(title):
    return factories.DocumentFactory(
        title=title, file=ContentFile(b"%PDF-1.4\n" + b"0" * 500, name="plani.pdf")
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_publication_is_described_with_its_authors_date_language_and_file(client, tree, language):
    publication = tree("publication", language)

    data = publication_data(client, publication)

    assert data["@type"] == "ScholarlyArticle"  # the tree's publication is a study
    assert data["name"] == data["headline"] == publication.title
    assert data["abstract"] == data["description"] == publication.summary
    assert data["datePublished"] == "2024-11-20"
    assert data["inLanguage"] == HTML_LANG[language]
    assert data["url"] == absolute(publication)
    # The author is the partner, as its page in the reader's language names it.
    assert data["author"] == [organization(tree("kec", language))]
    assert data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["name"] == SITE_NAMES[language]
    # Every translation offers the Albanian file until a translator gives it its own.
    assert data["encoding"] == [media_object(tree("report"), "sq")]


@pytest.mark.parametrize(
    ("kind", "schema_type"),
    [
        (PublicationKind.STUDY, "ScholarlyArticle"),
        (PublicationKind.REPORT, "Report"),
        (PublicationKind.POLICY_BRIEF, "CreativeWork"),
        (PublicationKind.PROTOCOL, "CreativeWork"),
        (PublicationKind.ACTION_PLAN, "CreativeWork"),
        (PublicationKind.TRAINING_MATERIAL, "CreativeWork"),
        (PublicationKind.NEWSLETTER, "CreativeWork"),
    ],
)
def test_each_kind_of_publication_has_its_schema_org_type(client, tree, kind, schema_type):
    publication = factories.PublicationPageFactory(parent=tree("publication_index"), kind=kind)

    assert publication_data(client, publication)["@type"] == schema_type


def test_each_language_file_is_described_in_its_language(
    client, tree, django_capture_on_commit_callbacks
):
    plan = factories.PublicationPageFactory(
        parent=tree("publication_index"),
        title="Plani i veprimit",
        kind=PublicationKind.ACTION_PLAN,
        document=pdf_document("Plani i veprimit"),
    )
    plan.authors.create(partner=tree("sbashk"))
    plan.save()
    with django_capture_on_commit_callbacks(execute=True):
        english = translate_object(
            plan,
            tree("home", "en").locale,
            translated_string("en"),
            overrides={"document": pdf_document("Action plan").pk},
        )
        serbian = translate_object(
            plan, tree("home", "sr-latn").locale, translated_string("sr-latn")
        )
    english.refresh_from_db()

    english_data = publication_data(client, english)
    serbian_data = publication_data(client, serbian)

    albanian_file = media_object(plan.document, "sq")
    english_file = media_object(english.document, "en")
    # The page's own language first, then the others in the site's order.
    assert english_data["encoding"] == [english_file, albanian_file]
    assert serbian_data["encoding"] == [albanian_file, english_file]
    assert english_file["encodingFormat"] == "application/pdf"
    assert serbian_data["author"] == [organization(tree("sbashk", "sr-latn"))]


def test_the_cover_is_the_publications_image(client, tree):
    publication = factories.PublicationPageFactory(
        parent=tree("publication_index"), cover=tree("photo")
    )

    head = head_of(client, publication)

    (data,) = [item for item in structured_data(head) if item["@type"] in WORK_TYPES]
    image = meta(head, "property", "og:image")
    assert image and data["image"] == [image]


def test_a_publication_without_authors_is_the_networks(client, tree):
    publication = factories.PublicationPageFactory(parent=tree("publication_index"))

    data = publication_data(client, publication)

    assert data["author"]["@type"] == "Organization"
    assert data["author"]["name"] == SITE_NAMES["sq"]


def test_a_publication_whose_file_was_deleted_describes_none(client, tree):
    publication = factories.PublicationPageFactory(parent=tree("publication_index"))
    publication.document.delete()

    assert "encoding" not in publication_data(client, publication)


def test_publication_data_cannot_be_broken_out_of(client, tree):
    hostile = factories.PublicationPageFactory(
        parent=tree("publication_index"),
        title="</script><script>alert(1)</script>",
        summary="<!-- & </script>",
    )
    head = head_of(client, hostile)
    assert "<script>alert(1)" not in head
    data = publication_data(client, hostile)
    assert (data["name"], data["abstract"]) == (hostile.title, hostile.summary)


# Citations


def citation_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.context["citation"], response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_citation_names_organisations_year_title_network_and_address(client, tree, language):
    publication = tree("publication", language)

    citation, page_html = citation_of(client, publication)

    kec = tree("kec", language)
    expected = (
        f"{kec.acronym} (2024). {publication.title}. {SITE_NAMES[language]}. "
        f"{absolute(publication)}"
    )
    assert str(citation) == expected
    assert (citation.organisations, citation.year) == ([kec.acronym], 2024)
    assert (citation.title, citation.url) == (publication.title, absolute(publication))
    # Readers copy it from a paragraph of the page.
    assert f'<p class="citation">{html.escape(expected)}</p>' in page_html


def test_citation_joins_the_organisations_in_their_order(client, tree):
    publication = factories.PublicationPageFactory(
        parent=tree("publication_index"),
        title="A mbesin fëmijët në shkollë?",
        date=datetime.date(2021, 6, 1),
    )
    # In the order an editor put them (rows made in code have no order of their own).
    publication.authors.create(partner=tree("sbashk"), sort_order=0)
    publication.authors.create(partner=tree("kec"), sort_order=1)
    publication.save()

    citation, _html = citation_of(client, publication)

    # A title that ends with its own punctuation gets no full stop after it.
    assert str(citation) == (
        "SBASHK, KEC (2021). A mbesin fëmijët në shkollë? "
        f"{SITE_NAMES['sq']}. {absolute(publication)}"
    )


def test_citation_of_the_networks_own_publication_names_the_network_once(client, tree):
    publication = factories.PublicationPageFactory(
        parent=tree("publication_index"), title="Buletini", date=datetime.date(2025, 2, 3)
    )

    citation, _html = citation_of(client, publication)

    assert str(citation) == f"{SITE_NAMES['sq']} (2025). Buletini. {absolute(publication)}"


def test_citation_is_the_same_on_every_visit(client, tree):
    publication = tree("publication", "en")

    first, _html = citation_of(client, publication)
    publication.save_revision().publish()
    again, _html = citation_of(client, publication)

    assert str(first) == str(again)
