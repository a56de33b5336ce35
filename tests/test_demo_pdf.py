"""The demo publications' PDF files are real PDFs: PDFium opens them, reads back every word in
Albanian, Serbian and English, finds their title and language, and draws their pages."""

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from demo.pdf import pdf_bytes

A4 = (595.28, 841.89)

TEXTS = {
    "sq": (
        "Mbajtja e fëmijëve në shkollë",
        [
            [
                "# Hyrja",
                "Çdo mungesë e gjatë e një nxënësi është sinjal që kërkon vëmendje. Mësimdhënësit, "
                "prindërit dhe komuna veprojnë së bashku, sipas protokollit shtetëror.",
            ],
            ["Ëndrra e çdo fëmije fillon në klasë „me shokët“ – jo në rrugë."],
        ],
    ),
    "sr-latn": (
        "Vodič za opštinske akcione planove: Čačak, Ćuprija, Đakovica",
        [
            [
                "# Uvod",
                "Učenici u riziku od napuštanja škole treba da dobiju blagovremenu podršku. "
                "Građanski sektor, škole i opštine zajedno prate odgovarajuće mere.",
            ],
            ["ČĆĐŠŽ čćđšž: vođstvo, ćutanje, žurba, šansa, čitanje.", "Kraj."],
            ["Đaci i roditelji učestvuju u izradi plana."],
        ],
    ),
    "en": (
        "Preventing school dropout",
        [["# Summary", "Every education professional has a role in keeping pupils in school."]],
    ),
}


def words(text):
    return text.replace("# ", "", 1).split() if text.startswith("# ") else text.split()


def catalog_language(document):
    size = pdfium_c.FPDFCatalog_GetLanguage(document, None, 0)
    buffer = (ctypes.c_ushort * (size // 2))()
    pdfium_c.FPDFCatalog_GetLanguage(document, buffer, size)
    return bytes(buffer).decode("utf-16-le").rstrip("\x00")


@pytest.mark.parametrize("language", TEXTS)
def test_each_page_reads_back_as_the_words_it_was_given_and_its_number(language):
    title, pages = TEXTS[language]
    document = pdfium.PdfDocument(pdf_bytes(title, pages, language, subtitle="KEC, 2024"))

    assert len(document) == len(pages)
    for number, (page, paragraphs) in enumerate(zip(document, pages, strict=True), start=1):
        expected = [word for paragraph in paragraphs for word in words(paragraph)]
        if number == 1:
            expected = title.split() + ["KEC,", "2024"] + expected
        assert page.get_textpage().get_text_range().split() == [*expected, str(number)]
        assert page.get_size() == pytest.approx(A4, abs=0.01)


@pytest.mark.parametrize(("language", "tag"), [("sq", "sq"), ("sr-latn", "sr-Latn"), ("en", "en")])
def test_the_file_names_its_title_and_language_and_is_tagged(language, tag):
    title, pages = TEXTS[language]
    document = pdfium.PdfDocument(pdf_bytes(title, pages, language))

    assert document.get_metadata_dict()["Title"] == title
    assert catalog_language(document) == tag
    assert pdfium_c.FPDFCatalog_IsTagged(document)


def test_the_first_page_is_drawn_with_dark_text_below_the_title_band():
    title, pages = TEXTS["sr-latn"]
    picture = pdfium.PdfDocument(pdf_bytes(title, pages, "sr-latn"))[0].render().to_pil()

    body = picture.convert("L").crop((0, picture.height // 4, picture.width, picture.height))
    darkest, lightest = body.getextrema()
    assert darkest < 64
    assert lightest == 255


def test_long_and_wide_text_stays_within_the_page():
    wide_words = "MMMMMM WWWWW mmmmmm Čćđ ĐĐĐĐĐĐ wwwwww ŽŠŽŠŽ ÇËÇË"
    very_long_word = "Ç" * 80
    pages = [[f"# {wide_words} {wide_words}", f"{wide_words} " * 8, very_long_word]]
    document = pdfium.PdfDocument(pdf_bytes(wide_words, pages, "sq", subtitle=wide_words))

    width, _height = document[0].get_size()
    text = document[0].get_textpage()
    boxes = [text.get_charbox(index) for index in range(text.count_chars())]
    assert min(left for left, _bottom, _right, _top in boxes) >= 0
    assert max(right for _left, _bottom, right, _top in boxes) <= width - 40


def test_a_character_the_fonts_cannot_write_is_refused():
    with pytest.raises(ValueError, match="cannot write"):
        pdf_bytes("Школа", [["Text"]], "sr-latn")


def test_a_page_with_more_text_than_fits_is_refused():
    with pytest.raises(ValueError, match="more text than one A4 page"):
        pdf_bytes("Report", [["A long paragraph of words. " * 40] * 6], "en")
