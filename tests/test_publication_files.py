"""The site reads each uploaded publication's text and first page: readers find a publication by
words inside its file, in the file's language, and editors learn when a file cannot be searched.

Test files are made here: PDFs with PDFium (tests/pdf_files.py), Word and OpenDocument files
with zipfile, as both are zipped XML.
"""

import io
import re
import zipfile
from html import unescape
from urllib.parse import urlencode
from xml.sax.saxutils import escape

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail.users.models import UserProfile

from core.translation import translate_object
from editorial.roles import COMMUNICATIONS, TRANSLATORS
from publications import extraction
from publications.extraction import read_file
from publications.models import DocumentText, PublicationKind
from publications.text_states import TextState

from . import factories
from .pdf_files import password_locked_pdf, pdf_with_pages, scanned_pdf
from .site_tree import translated_string

Document = get_document_model()
ImageModel = get_image_model()

RESULT_LINK = re.compile(r'<li class="search-result">\s*<h2><a href="([^"]+)"')
WORD_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX_TEXT = "word/document.xml"

# Only on page 12 of the report, in Albanian; and in its Serbian edition.
PAGE_12_PHRASE = "Shkolla verore në Dragash mbajti nxënës të kthyer nga mërgimi."
PAGE_12_QUERY = "shkolla verore Dragash"
SERBIAN_PHRASE = "Letnja škola u Dragašu okupila je povratnike iz inostranstva."
SERBIAN_QUERY = "letnja škola Dragašu"
# A page with enough text to count as read (a scan's only text is a page number or a stamp).
PLAN_PAGE = "Plani i veprimit të rrjetit për vitin shkollor."
STEPS_PAGE = "Hapat e parë të planit në çdo komunë."


# What the pages of a report say besides the phrase looked for, in the report's language (the
# site tells a file's language from its text).
REPORT_TEXT = {
    "sq": "Rrjeti punon me komunat dhe me shkollat për pjesëmarrjen e fëmijëve në arsim.",
    "sr-latn": "Mreža radi sa opštinama i sa školama da deca koja su u riziku ostanu u školi.",
}


def fourteen_page_report(phrase_on_page_12, language="sq"):
    """A report of 14 pages, each about something else, with `phrase_on_page_12` on page 12."""
    pages = [[f"{number}.", REPORT_TEXT[language]] for number in range(1, 15)]
    pages[11].append(phrase_on_page_12)
    return pdf_with_pages(pages)


def docx_bytes(body_xml, thumbnail=None, pages=None):
    """A Word file whose body is `body_xml` (paragraphs in WordprocessingML)."""
    files = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types '
        'xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        DOCX_TEXT: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{WORD_NAMESPACE}"><w:body>{body_xml}</w:body></w:document>',
    }
    if pages is not None:
        files["docProps/app.xml"] = (
            '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/'
            f'officeDocument/2006/extended-properties"><Pages>{pages}</Pages></Properties>'
        )
    if thumbnail is not None:
        files["docProps/thumbnail.png"] = thumbnail
    return zipped(files)


def docx_paragraphs(paragraphs):
    return "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
        for text in paragraphs
    )


def odt_bytes(
    text_xml, thumbnail=None, pages=None, mimetype="application/vnd.oasis.opendocument.text"
):
    """An OpenDocument text whose office:text holds `text_xml`."""
    namespaces = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
    )
    files = {
        # The OpenDocument format puts the type first, unpacked.
        "mimetype": mimetype,
        "content.xml": f'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        f"{namespaces}><office:body><office:text>{text_xml}</office:text></office:body>"
        "</office:document-content>",
    }
    if pages is not None:
        files["meta.xml"] = (
            f'<?xml version="1.0"?><office:document-meta {namespaces}><office:meta>'
            f'<meta:document-statistic meta:page-count="{pages}"/></office:meta>'
            "</office:document-meta>"
        )
    if thumbnail is not None:
        files["Thumbnails/thumbnail.png"] = thumbnail
    return zipped(files)


def odt_paragraphs(paragraphs):
    return "".join(f"<text:p>{escape(text)}</text:p>" for text in paragraphs)


def zipped(files):
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return output.getvalue()


def png(width=160, height=226, colour="teal"):
    output = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(output, "PNG")
    return output.getvalue()


def picture_size(jpeg):
    picture = Image.open(io.BytesIO(jpeg))
    assert picture.format == "JPEG"
    return picture.size


def reading_of(data):
    return read_file(io.BytesIO(data))


# Reading files


def test_a_pdf_is_read_with_its_page_count_and_a_picture_of_its_first_page():
    reading = reading_of(
        pdf_with_pages([["Raporti vjetor", "Fëmijët në shkollë"], ["Faqja e dytë", "Mbyllja"]])
    )

    assert reading.state == TextState.READ
    assert reading.page_count == 2
    # Paragraph and page breaks stay whitespace: no word runs into the next.
    words = ["Raporti", "vjetor", "Fëmijët", "në", "shkollë", "Faqja", "e", "dytë", "Mbyllja"]
    assert reading.text.split() == words
    assert "shkollë\n\nFaqja" in reading.text
    width, height = picture_size(reading.first_page)
    assert width == extraction.FIRST_PAGE_WIDTH
    assert height > width  # an A4 page, upright


def test_a_scanned_pdf_has_no_text_but_still_a_first_page():
    reading = reading_of(scanned_pdf(page_count=3))

    # Its page numbers are its only text.
    assert reading.state == TextState.NO_TEXT
    assert reading.page_count == 3
    assert reading.text == ""
    assert picture_size(reading.first_page)[0] == extraction.FIRST_PAGE_WIDTH


@pytest.mark.parametrize(
    "data",
    [
        password_locked_pdf(),
        pdf_with_pages([["Raporti"]])[:300],  # cut short in the upload
        b"%PDF-1.7\n" + b"\x00\xff" * 500,
        b"PK\x03\x04" + b"\x00" * 200,  # a broken zip
    ],
    ids=["password", "truncated", "garbage", "broken zip"],
)
def test_a_damaged_or_password_locked_file_is_unreadable(data):
    assert reading_of(data) == extraction.Reading(TextState.UNREADABLE)


def test_a_word_file_is_read_as_its_reader_sees_it_with_its_thumbnail_as_first_page():
    body = (
        docx_paragraphs(["Plani i veprimit", "Hapi i parë"])
        # A tracked deletion and a field's hidden instruction are not text that readers see.
        + "<w:p><w:r><w:t>Mbetet</w:t></w:r><w:del><w:r><w:delText>fshirë</w:delText></w:r>"
        "</w:del><w:r><w:instrText>PAGE \\* MERGEFORMAT</w:instrText></w:r>"
        "<w:r><w:tab/><w:t>pas</w:t><w:br/><w:t>rreshtit</w:t></w:r></w:p>"
    )
    reading = reading_of(docx_bytes(body, thumbnail=png(), pages=1))

    assert reading.state == TextState.READ
    assert reading.text.split("\n") == [
        "Plani i veprimit",
        "Hapi i parë",
        "Mbetet\tpas",
        "rreshtit",
    ]
    assert reading.page_count == 1
    assert picture_size(reading.first_page) == (160, 226)


def test_an_opendocument_file_is_read_without_its_comments():
    text_xml = (
        "<text:h>Protokolli</text:h>"
        '<text:p>Hapi<text:s text:c="3"/>i <text:span>parë</text:span>'
        "<office:annotation><dc:creator>Redaktori</dc:creator><text:p>Shëno këtu</text:p>"
        "</office:annotation> mbaron<text:line-break/>këtu.</text:p>"
    )
    reading = reading_of(odt_bytes(text_xml, thumbnail=png(), pages=1))

    assert reading.state == TextState.READ
    assert reading.text.split("\n") == ["Protokolli", "Hapi i parë  mbaron", "këtu."]
    assert "Redaktori" not in reading.text
    assert reading.page_count == 1
    assert picture_size(reading.first_page) == (160, 226)


@pytest.mark.parametrize(
    "data",
    [
        "Raporti vjetor në tekst të thjeshtë.".encode(),
        zipped({"xl/workbook.xml": "<workbook/>"}),
        odt_bytes("", mimetype="application/vnd.oasis.opendocument.spreadsheet"),
        odt_bytes("", mimetype="application/vnd.oasis.opendocument.text-template"),
    ],
    ids=["text", "spreadsheet", "opendocument spreadsheet", "opendocument template"],
)
def test_other_formats_are_not_searched(data):
    assert reading_of(data).state == TextState.UNSUPPORTED


def test_a_zip_bomb_is_read_only_as_far_as_the_limit():
    output = io.BytesIO()
    with (
        zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open(DOCX_TEXT, "w") as member,
    ):
        member.write(
            f'<w:document xmlns:w="{WORD_NAMESPACE}"><w:body>{docx_paragraphs([PLAN_PAGE])}'
            "<w:p>".encode()
        )
        # A paragraph of 100 MB of empty runs, which the zip holds in a few hundred KB.
        for _chunk in range(170):
            member.write(b"<w:r/>" * 100_000)
        member.write(f"</w:p>{docx_paragraphs(['Fundi'])}</w:body></w:document>".encode())
    data = output.getvalue()
    assert len(data) < extraction.MAX_XML_BYTES / 50

    reading = reading_of(data)

    assert (reading.state, reading.text) == (TextState.READ, PLAN_PAGE)


def test_the_text_kept_of_a_long_file_is_capped(monkeypatch):
    monkeypatch.setattr(extraction, "MAX_TEXT_CHARACTERS", 1_000)
    paragraphs = [f"Paragrafi numër {number} i raportit." for number in range(100)]

    for data in (docx_bytes(docx_paragraphs(paragraphs)), pdf_with_pages([paragraphs[:40]] * 3)):
        text = reading_of(data).text
        assert len(text) == 1_000
        assert text.startswith("Paragrafi numër 0 i raportit.")


def test_an_entity_expansion_bomb_is_unreadable():
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
        + "".join(
            f'<!ENTITY {chr(98 + level)} "{("&" + chr(97 + level) + ";") * 10}">'
            for level in range(8)
        )
        + "]>"
        f'<w:document xmlns:w="{WORD_NAMESPACE}">'
        "<w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>"
    )
    data = zipped({DOCX_TEXT: bomb})

    assert reading_of(data).state == TextState.UNREADABLE


# Reading uploads


@pytest.fixture
def run_on_commit(db, django_capture_on_commit_callbacks):
    """Runs what waits for the transaction to commit: the reading task, indexing, publishing."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def make_document(run_on_commit):
    def make(data, filename="raporti.pdf", **fields):
        with run_on_commit():
            return factories.DocumentFactory(file__data=data, file__filename=filename, **fields)

    return make


@pytest.fixture
def communications(make_user):
    """A Communications editor who reads the admin in English."""
    user, client = make_user(COMMUNICATIONS, username="communications-editor")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return client


def test_an_upload_is_read_and_its_first_page_becomes_a_picture_in_its_collection(
    make_user, run_on_commit
):
    _user, kec = make_user("Partner: KEC", username="kec-uploader")
    with run_on_commit():
        response = kec.post(
            reverse("wagtaildocs:add"),
            {
                "title": "Plani i KEC",
                "file": SimpleUploadedFile(
                    "plani.pdf", pdf_with_pages([[PLAN_PAGE], [STEPS_PAGE]])
                ),
            },
        )
    assert response.status_code == 302
    document = Document.objects.get(title="Plani i KEC")

    read = DocumentText.objects.get(document=document)
    assert (read.state, read.page_count, read.file_hash) == (TextState.READ, 2, document.file_hash)
    assert read.text == f"{PLAN_PAGE}\n\n{STEPS_PAGE}"
    cover = read.first_page
    assert cover.collection == document.collection
    assert cover.collection.name != "Root"  # KEC's own collection
    with translation.override("sq"):
        assert cover.title == translation.gettext("Cover of “%(title)s”") % {"title": "Plani i KEC"}

    with run_on_commit():
        response = kec.post(
            reverse("wagtaildocs:edit", args=[document.pk]),
            {
                "title": "Plani i KEC",
                "collection": document.collection_id,
                "file": SimpleUploadedFile("plani-2.pdf", pdf_with_pages([[PLAN_PAGE]] * 3)),
            },
        )
    assert response.status_code == 302

    read.refresh_from_db()
    document.refresh_from_db()
    assert (read.page_count, read.file_hash) == (3, document.file_hash)
    assert read.first_page != cover
    # The old file's picture went with the old file.
    assert not ImageModel.objects.filter(pk=cover.pk).exists()


def test_deleting_a_document_deletes_the_picture_of_its_first_page(make_document):
    document = make_document(pdf_with_pages([[PLAN_PAGE]]))
    first_page = DocumentText.objects.get(document=document).first_page

    document.delete()

    assert not ImageModel.objects.filter(pk=first_page.pk).exists()


def test_a_file_is_read_again_only_when_it_changes(make_document, run_on_commit):
    document = make_document(pdf_with_pages([[PLAN_PAGE]]))
    read_at = DocumentText.objects.get(document=document).read_at

    with run_on_commit():
        document.title = "Raporti i ri"
        document.save()

    assert DocumentText.objects.get(document=document).read_at == read_at


def test_documents_uploaded_before_are_read_by_the_command(make_document):
    report = make_document(pdf_with_pages([[PLAN_PAGE]]))
    scan = make_document(scanned_pdf(), filename="skanim.pdf")
    already_read = make_document(pdf_with_pages([[STEPS_PAGE]]))
    # As they were before the site read uploads.
    DocumentText.objects.filter(document__in=[report, scan]).delete()

    output = io.StringIO()
    call_command("read_document_texts", stdout=output)

    assert output.getvalue() == "Read 2 documents (no-text: 1, read: 1).\n"
    assert DocumentText.objects.get(document=report).text == PLAN_PAGE
    assert DocumentText.objects.get(document=scan).state == TextState.NO_TEXT
    assert DocumentText.objects.get(document=already_read).state == TextState.READ
    output = io.StringIO()
    call_command("read_document_texts", stdout=output)
    assert output.getvalue() == "Read 0 documents.\n"


# Search


def search_url(language, query):
    return f"/{language}/search/?{urlencode({'q': query})}"


def found(client, language, query):
    response = client.get(search_url(language, query))
    assert response.status_code == 200
    return [unescape(url) for url in RESULT_LINK.findall(response.content.decode())]


def locale(language):
    return Locale.objects.get(language_code=language)


@pytest.fixture
def make_publication(tree, run_on_commit):
    def make(document, title="Raporti për braktisjen", **fields):
        with run_on_commit():
            return factories.PublicationPageFactory(
                parent=tree("publication_index"), title=title, document=document, **fields
            )

    return make


def test_a_phrase_only_on_page_12_of_a_report_finds_it_in_the_language_of_the_file(
    client, make_document, make_publication, run_on_commit
):
    albanian = make_document(fourteen_page_report(PAGE_12_PHRASE))
    serbian = make_document(
        fourteen_page_report(SERBIAN_PHRASE, "sr-latn"), filename="izvestaj.pdf"
    )
    assert DocumentText.objects.get(document=albanian).page_count == 14
    publication = make_publication(albanian)
    with run_on_commit():
        # The English edition keeps the Albanian file; the Serbian one has its own.
        english = translate_object(publication, locale("en"), translated_string("en"))
        serbian_edition = translate_object(
            publication,
            locale("sr-latn"),
            translated_string("sr-latn"),
            overrides={"document": serbian.pk},
        )

    assert publication.url in found(client, "sq", PAGE_12_QUERY)
    assert serbian_edition.url in found(client, "sr-latn", SERBIAN_QUERY)
    # An English reader is not sent to a page whose file they would find in Albanian.
    assert found(client, "en", PAGE_12_QUERY) == []
    assert english.url not in found(client, "en", "Dragash")
    # Nor is a file's text searched in another language than its own.
    assert found(client, "sq", SERBIAN_QUERY) == []
    assert found(client, "sr-latn", PAGE_12_QUERY) == []


def test_a_file_read_after_its_page_was_published_is_searched_by_its_new_text(
    client, make_document, make_publication, run_on_commit
):
    document = make_document(pdf_with_pages([["Botimi i parë flet për shkollat verore."]]))
    publication = make_publication(document)
    assert publication.url in found(client, "sq", "shkollat verore")

    with run_on_commit():
        document.file = ContentFile(
            pdf_with_pages([["Botimi i dytë flet për transportin e nxënësve."]]), name="ri.pdf"
        )
        document._set_document_file_metadata()
        document.save()

    assert publication.url in found(client, "sq", "transportin nxënësve")
    assert found(client, "sq", "shkollat verore") == []


def test_phrases_of_word_and_opendocument_files_find_their_publications(
    client, make_document, make_publication
):
    word = make_document(
        docx_bytes(docx_paragraphs(["Udhëzuesi për mësuesit kujdestarë."])),
        filename="udhezuesi.docx",
    )
    opendocument = make_document(
        odt_bytes(odt_paragraphs(["Protokolli i referimit të nxënësve në rrezik."])),
        filename="protokolli.odt",
    )
    guide = make_publication(word, title="Udhëzuesi", kind=PublicationKind.TRAINING_MATERIAL)
    protocol = make_publication(opendocument, title="Protokolli", kind=PublicationKind.PROTOCOL)

    assert found(client, "sq", "mësuesit kujdestarë") == [guide.url]
    assert found(client, "sq", "referimit nxënësve rrezik") == [protocol.url]


# What editors are told


def edit_page(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()


def file_panel_note(html):
    """(status, text) of the panel under the file field: the first note after its heading."""
    panel = html[html.index("Search inside the file") :]
    status, text = re.search(
        r'<div class="help-block help-(\w+)">\s*<svg.*?</svg>(.*?)</div>', panel, re.DOTALL
    ).groups()
    return status, " ".join(unescape(text).split())


@pytest.mark.parametrize(
    ("data", "filename", "status", "note"),
    [
        (
            fourteen_page_report(PAGE_12_PHRASE),
            "raporti.pdf",
            "info",
            "Read: 14 pages, readers can search inside them.",
        ),
        (
            scanned_pdf(),
            "skanim.pdf",
            "warning",
            "No text: the file seems to hold scanned pictures of its pages, so readers cannot "
            "search inside it. Upload a version with text, e.g. after OCR.",
        ),
        (
            password_locked_pdf(),
            "mbyllur.pdf",
            "warning",
            "The file could not be read: it may be damaged or locked with a password. Readers "
            "cannot search inside it.",
        ),
        (
            b"Tekst i thjeshte.",
            "raporti.txt",
            "info",
            "Readers cannot search inside files of this format: the site searches PDF, Word "
            "(DOCX) and OpenDocument (ODT) files.",
        ),
    ],
    ids=["read", "scanned", "unreadable", "unsupported"],
)
def test_the_editor_reads_under_the_file_whether_readers_can_search_inside_it(
    communications, make_document, make_publication, data, filename, status, note
):
    publication = make_publication(make_document(data, filename=filename))

    html = edit_page(communications, publication)

    assert file_panel_note(html) == (status, note)


def test_a_file_not_read_yet_is_waiting(communications, make_publication):
    # Made without running the work that waits for the commit: the reading task is queued.
    document = factories.DocumentFactory(file__data=pdf_with_pages([[PLAN_PAGE]]))
    publication = make_publication(document)

    assert file_panel_note(edit_page(communications, publication)) == (
        "info",
        "Waiting to be read: once it has been read, the site search finds this publication by "
        "words inside the file.",
    )


def publication_form(page, document):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "kind": page.kind,
            "date": f"{page.date:%Y-%m-%d}",
            "summary": page.summary,
            "document": document.pk,
            "cover": "",
            "authors": inline_formset([{"partner": page.authors.first().partner_id}]),
            "related_pages": inline_formset([]),
        }
    )


@pytest.mark.parametrize("action", [None, "action-publish"], ids=["save", "publish"])
def test_saving_a_publication_whose_file_has_no_text_warns_the_editor(
    communications, tree, make_document, action
):
    publication = tree("publication")
    scan = make_document(scanned_pdf(), filename="skanim.pdf")
    form = publication_form(publication, scan)
    if action:
        form[action] = "1"

    response = communications.post(
        reverse("wagtailadmin_pages:edit", args=[publication.pk]), form, follow=True
    )

    messages = [str(message) for message in response.context["messages"]]
    assert (
        "No text: the file seems to hold scanned pictures of its pages, so readers cannot search "
        "inside it. Upload a version with text, e.g. after OCR."
    ) in messages


def test_saving_a_publication_whose_file_has_text_brings_no_warning(
    communications, tree, make_document
):
    publication = tree("publication")
    report = make_document(pdf_with_pages([["Raporti me tekst të plotë për lexuesit e faqes."]]))

    response = communications.post(
        reverse("wagtailadmin_pages:edit", args=[publication.pk]),
        publication_form(publication, report),
        follow=True,
    )

    assert [message.level_tag for message in response.context["messages"]] == ["success"]


REPORT_URL = "/admin/reports/unsearchable-files/"


def test_communications_find_every_publication_whose_file_cannot_be_searched(
    communications, make_user, make_document, make_publication, tree
):
    scanned = make_publication(
        make_document(scanned_pdf(), filename="skanim.pdf"), title="Plani i skanuar i komunës"
    )
    locked = make_publication(
        make_document(password_locked_pdf(), filename="mbyllur.pdf"), title="Raporti i mbyllur"
    )
    make_publication(
        make_document(pdf_with_pages([["Raporti me tekst të plotë për lexuesit e faqes."]])),
        title="Raporti me tekst",
    )

    report = communications.get(REPORT_URL)

    assert report.status_code == 200
    page_html = report.content.decode()
    for publication in (scanned, locked):
        assert publication.title in page_html
        assert reverse("wagtailadmin_pages:edit", args=[publication.pk]) in page_html
    assert "No text: the file seems to hold scanned pictures" in page_html
    assert "The file could not be read" in page_html
    assert "Raporti me tekst" not in page_html
    # The tree's own publication is a text file, a format the site does not search.
    assert tree("publication").title in page_html
    assert "Files readers cannot search" in communications.get("/admin/").content.decode()


def test_partners_and_translators_do_not_reach_the_report(
    make_user, make_document, make_publication
):
    make_publication(
        make_document(scanned_pdf(), filename="skanim.pdf"), title="Plani sekret i skanuar"
    )
    for group in ("Partner: KEC", TRANSLATORS):
        _user, client = make_user(group, username=group.lower().replace(" ", "").replace(":", ""))
        response = client.get(REPORT_URL)
        assert response.status_code in (302, 403), group
        assert "Plani sekret i skanuar" not in response.content.decode(), group
        assert "unsearchable-files" not in client.get("/admin/").content.decode(), group
