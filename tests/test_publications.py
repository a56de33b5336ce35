"""The publications library as readers meet it: the page of a publication with its file in each
language, the index and its filters, and the lists of publications on other pages.

The tree's publication ("Braktisja e shkollës në komuna", a study of 20 November 2024 by KEC,
belonging with the project and the 2024 Week) carries one Albanian file in every language.
"""

import datetime
import html
import re

import pytest
from django.core.files.base import ContentFile
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail_localize.models import OverridableSegment, Translation

from editorial.roles import COMMUNICATIONS, TRANSLATORS
from publications.models import PublicationKind, PublicationPage

from . import factories
from .conftest import LANGUAGES
from .pdf_files import pdf_with_pages

pytestmark = pytest.mark.django_db

AVAILABLE_ONLY_IN_ALBANIAN = {
    "sr-latn": "Dostupno samo na albanskom.",
    "en": "Available in Albanian only.",
}
NOT_IN_THIS_LANGUAGE = {
    "sq": "Nuk është në dispozicion në këtë gjuhë; është në gjuhët më poshtë.",
    "sr-latn": "Nije dostupno na ovom jeziku; dostupno je na jezicima ispod.",
    "en": "Not available in this language; available in the languages below.",
}


def text_of(response):
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def download_links(page_html):
    """(href, hreflang, language name) of each download link, in order."""
    return re.findall(
        r'<a class="button[^"]*" href="([^"]+)" hreflang="([^"]+)">[^<]*<span lang="[^"]+">([^<]+)</span>',
        page_html,
    )


def pdf_document(title, language):
    return factories.DocumentFactory(
        title=title, file=ContentFile(f"%PDF-1.7 {language}".encode(), name=f"{title}.pdf")
    )


def cards(page_html):
    return re.findall(r'<h[23] class="card__title"><a href="[^"]+">([^<]+)</a>', page_html)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_publication_shows_its_kind_date_authors_and_file(client, tree, language):
    publication = tree("publication", language)
    document = tree("report")

    page_html = text_of(client.get(publication.url))

    assert publication.get_kind_display() in page_html
    assert f'<a href="{tree("kec", language).url}">{tree("kec", language).title}</a>' in page_html
    assert download_links(page_html) == [(document.url, "sq", "Shqip")]
    assert f"{document.file_extension.upper()}, " in page_html
    if language == "sq":
        assert "Dostupno" not in page_html and "Available in" not in page_html
    else:
        assert AVAILABLE_ONLY_IN_ALBANIAN[language] in page_html
    related = tree("project", language), tree("past_event", language)
    for page in related:
        assert f'<a href="{page.url}">{page.title}</a>' in page_html


def test_a_translation_with_its_own_file_offers_it_first_and_the_original_too(client, tree):
    english = tree("publication", "en")
    english_file = pdf_document("Dropout in municipalities", "en")
    english.document = english_file
    english.save_revision().publish()
    albanian_file = tree("report")

    english_html = text_of(client.get(english.url))
    albanian_html = text_of(client.get(tree("publication").url))
    serbian_html = text_of(client.get(tree("publication", "sr-latn").url))

    assert download_links(english_html) == [
        (english_file.url, "en", "English"),
        (albanian_file.url, "sq", "Shqip"),
    ]
    assert "Available in" not in english_html
    assert download_links(albanian_html) == [
        (albanian_file.url, "sq", "Shqip"),
        (english_file.url, "en", "English"),
    ]
    # Serbian keeps the Albanian file it was translated with; both languages are offered.
    assert download_links(serbian_html) == [
        (albanian_file.url, "sq", "Shqip"),
        (english_file.url, "en", "English"),
    ]
    assert NOT_IN_THIS_LANGUAGE["sr-latn"] in serbian_html


def test_a_draft_translations_file_is_not_offered(client, tree):
    english = tree("publication", "en")
    english.document = pdf_document("Draft edition", "en")
    english.save_revision()  # a draft: the live English page keeps the Albanian file
    english.unpublish()

    albanian_html = text_of(client.get(tree("publication").url))

    assert [language for _url, language, _name in download_links(albanian_html)] == ["sq"]


def test_the_language_of_a_file_is_that_of_the_oldest_translation_carrying_it(tree):
    english = tree("publication", "en")
    english.document = pdf_document("English edition", "en")
    english.save()

    assert tree("publication").file_language == "sq"
    assert tree("publication", "sr-latn").file_language == "sq"
    assert PublicationPage.objects.get(pk=english.pk).file_language == "en"


def publications_in(client, url, **query):
    return cards(text_of(client.get(url, query)))


@pytest.fixture
def library(tree):
    """Besides the tree's study (2024, KEC): a 2008 KEC policy brief and a 2023 SBASHK training
    material, with an English file of the training material on its English page."""
    index = tree("publication_index")
    brief = factories.PublicationPageFactory(
        parent=index,
        title="Politika e pjesëmarrjes",
        kind=PublicationKind.POLICY_BRIEF,
        date=datetime.date(2008, 5, 1),
    )
    brief.authors.create(partner=tree("kec"))
    training = factories.PublicationPageFactory(
        parent=index,
        title="Të drejtat e fëmijëve në klasë",
        kind=PublicationKind.TRAINING_MATERIAL,
        date=datetime.date(2023, 3, 10),
    )
    training.authors.create(partner=tree("sbashk"))
    for page in (brief, training):
        page.save_revision().publish()
    return {"brief": brief, "training": training}


def test_the_index_lists_publications_newest_first(client, tree, library):
    assert publications_in(client, tree("publication_index").url) == [
        "Braktisja e shkollës në komuna",
        "Të drejtat e fëmijëve në klasë",
        "Politika e pjesëmarrjes",
    ]


def test_the_index_filters_by_kind_year_and_partner(client, tree, library):
    url = tree("publication_index").url

    assert publications_in(client, url, kind="policy-brief") == ["Politika e pjesëmarrjes"]
    assert publications_in(client, url, year="2023") == ["Të drejtat e fëmijëve në klasë"]
    assert publications_in(client, url, partner=tree("kec").pk) == [
        "Braktisja e shkollës në komuna",
        "Politika e pjesëmarrjes",
    ]
    assert publications_in(client, url, partner=tree("kec").pk, year="2008") == [
        "Politika e pjesëmarrjes"
    ]


def test_the_index_filters_by_the_language_of_the_file(client, tree, library):
    english = tree("publication", "en")
    english.document = pdf_document("Dropout in municipalities", "en")
    english.save_revision().publish()
    url = tree("publication_index").url

    assert publications_in(client, url, language="en") == ["Braktisja e shkollës në komuna"]
    assert len(publications_in(client, url, language="sq")) == 3
    assert publications_in(client, url, language="sr-latn") == []
    assert "Asnjë publikim nuk përputhet" in text_of(client.get(url, {"language": "sr-latn"}))


@pytest.mark.parametrize(
    "query",
    [{"kind": "novel"}, {"year": "twenty"}, {"partner": "999999"}, {"language": "de"}],
)
def test_a_filter_value_that_names_nothing_is_not_found(client, tree, query):
    assert client.get(tree("publication_index").url, query).status_code == 404


def test_the_index_is_paginated_in_the_database(client, tree, django_assert_max_num_queries):
    for number in range(13):
        factories.PublicationPageFactory(
            parent=tree("publication_index"),
            title=f"Buletini {number:02}",
            kind=PublicationKind.NEWSLETTER,
            date=datetime.date(2025, 1, 1) + datetime.timedelta(days=number),
        ).save_revision().publish()
    url = tree("publication_index").url

    first = publications_in(client, url)
    second = publications_in(client, url, page=2)

    assert len(first) == 12 and first[0] == "Buletini 12"
    assert second == ["Buletini 00", "Braktisja e shkollës në komuna"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_partner_project_event_and_home_pages_list_their_publications(client, tree, language):
    title = tree("publication", language).title
    for name in ("kec", "project", "past_event", "home"):
        assert title in cards(text_of(client.get(tree(name, language).url))), name
    for name in ("sbashk", "upcoming_event"):
        assert title not in cards(text_of(client.get(tree(name, language).url))), name


def test_an_unpublished_publication_is_listed_nowhere(client, tree):
    publication = tree("publication")
    title = publication.title
    publication.unpublish()

    for name in ("publication_index", "kec", "project", "past_event", "home"):
        assert title not in text_of(client.get(tree(name).url)), name
    assert client.get(publication.url).status_code == 404


ENGLISH_TEXT = (
    "This report is the work of the network and of the schools that took part in it. "
    "It is written for teachers, for the municipalities and for the parents of children who "
    "are at risk of leaving school, and it is about what each of them can do with the others."
)


def english_pdf(django_capture_on_commit_callbacks):
    """An English PDF, read (as every upload is) once its upload is committed."""
    with django_capture_on_commit_callbacks(execute=True):
        return factories.DocumentFactory(
            title="Keeping children in school",
            file__data=pdf_with_pages([[ENGLISH_TEXT], [ENGLISH_TEXT]]),
            file__filename="keeping-children-in-school.pdf",
        )


def test_a_file_is_in_the_language_its_text_is_written_in(
    client, tree, django_capture_on_commit_callbacks
):
    """A publication that exists only in English is offered as English on every page, also
    on the Albanian original that carries the file."""
    document = english_pdf(django_capture_on_commit_callbacks)
    for language in LANGUAGES:
        page = tree("publication", language)
        page.document = document
        page.save_revision().publish()

    assert tree("publication").file_language == "en"
    albanian_html = text_of(client.get(tree("publication").url))
    assert download_links(albanian_html) == [(document.url, "en", "English")]
    assert "Në dispozicion vetëm në anglisht." in albanian_html
    english_html = text_of(client.get(tree("publication", "en").url))
    assert "Available in" not in english_html
    index = tree("publication_index").url
    assert publications_in(client, index, language="en") == [tree("publication").title]
    assert publications_in(client, index, language="sq") == []


def test_a_file_whose_text_does_not_tell_its_language_is_in_its_first_pages_language(tree):
    publication = tree("publication", "en")

    assert publication.document.file_extension == "txt"
    assert publication.file_language == "sq"


def test_a_translator_gives_a_translation_its_own_file_in_the_translation_editor(
    client, tree, make_user, django_capture_on_commit_callbacks
):
    _translator_user, translator = make_user(TRANSLATORS, username="translator")
    _communications_user, communications = make_user(COMMUNICATIONS, username="communications")
    publication = tree("publication")
    serbian_file = pdf_document("Napustanje skole u opstinama", "sr-latn")
    translation_ = Translation.objects.get(
        source__object_id=publication.translation_key, target_locale__language_code="sr-latn"
    )
    file_segment = OverridableSegment.objects.get(
        source=translation_.source, context__path="document"
    )

    response = translator.put(
        reverse("wagtail_localize:edit_override", args=[translation_.pk, file_segment.pk]),
        encode_multipart(BOUNDARY, {"value": str(serbian_file.pk)}),
        content_type=MULTIPART_CONTENT,
    )
    assert response.status_code == 201
    serbian = tree("publication", "sr-latn")
    with django_capture_on_commit_callbacks(execute=True):
        response = communications.post(
            reverse("wagtailadmin_pages:edit", args=[serbian.pk]), {"action": "publish"}
        )
    assert response.status_code == 302

    serbian_html = text_of(client.get(serbian.url))
    assert download_links(serbian_html) == [
        (serbian_file.url, "sr-Latn", "Srpski"),
        (tree("report").url, "sq", "Shqip"),
    ]
    assert "Dostupno samo" not in serbian_html
    albanian_html = text_of(client.get(publication.url))
    assert [language for _url, language, _name in download_links(albanian_html)] == [
        "sq",
        "sr-Latn",
    ]
