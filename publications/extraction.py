"""The text and first page of an uploaded publication: for search, and for a cover.

Files come from partners' uploads, so every reader here treats them as hostile: it reads a bounded
number of pages and bytes, keeps a bounded amount of text, and turns whatever a damaged,
encrypted or malicious file does into a `Reading` whose state says so, never an exception.

PDF goes through PDFium (pypdfium2, which ships its own build, so no system library is needed),
which also draws the first page. Word (DOCX) and OpenDocument (ODT) files are zipped XML, and
only their text is needed, so the standard library's zipfile and ElementTree read them: a
library that lays out a whole document would add a dependency and far more code that a
hostile file could reach. Their "first page" is the thumbnail their editors save with them.
"""

import io
import logging
import re
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree

import pypdfium2
from PIL import Image, UnidentifiedImageError

from publications.text_states import TextState

logger = logging.getLogger(__name__)

# Text is read from this many pages at most: more than any report of the network, few enough
# that a file of a hundred thousand empty pages cannot keep the reader busy for long.
MAX_PAGES_READ = 500
# Characters of text kept: about 150 pages of prose. The search index turns the text into a
# PostgreSQL tsvector, which may not exceed 1 MB; this many characters of distinct words stay
# well below it in each of the two configurations (search/models.py) that index it.
MAX_TEXT_CHARACTERS = 400_000
# Bytes of XML read from a DOCX or ODT file once unzipped: a few hundred pages of text with
# their markup. A zip bomb's member unpacks to far more; reading stops here whatever it claims.
MAX_XML_BYTES = 16 * 1024 * 1024
# Smaller parts (the statistics that hold the page count) are read only this far.
MAX_SMALL_XML_BYTES = 1024 * 1024
MAX_THUMBNAIL_BYTES = 2 * 1024 * 1024
MAX_THUMBNAIL_PIXELS = 4_000_000
# Below this many letters and digits per page a file has no real text: a scan, whose only
# text may be a stamp or a page number.
MIN_LETTERS_PER_PAGE = 20
XML_CHUNK_BYTES = 64 * 1024

# The first page as a picture: wide enough for a sharing card (core/images.py), and never so
# tall that a strip-shaped page makes a huge image.
FIRST_PAGE_WIDTH = 1200
FIRST_PAGE_MAX_HEIGHT = 2400
FIRST_PAGE_JPEG_QUALITY = 88
THUMBNAIL_FORMATS = {"PNG", "JPEG", "GIF", "WEBP"}

# Characters that are not text: control characters other than line breaks and tabs (PostgreSQL
# refuses NUL in text, and PDFium passes on whatever codes a file's fonts map to), lone
# surrogates and non-characters.
NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
LETTER_OR_DIGIT = re.compile(r"[^\W_]")

WORD_NAMESPACE = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
ODF_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
ODF_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
DOCX_TEXT = "word/document.xml"
DOCX_STATISTICS = "docProps/app.xml"
DOCX_STATISTICS_PAGES = (
    "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Pages"
)
DOCX_THUMBNAILS = ("docProps/thumbnail.jpeg", "docProps/thumbnail.jpg", "docProps/thumbnail.png")
ODT_TEXT = "content.xml"
ODT_STATISTICS = "meta.xml"
ODT_THUMBNAIL = "Thumbnails/thumbnail.png"


@dataclass(frozen=True)
class Reading:
    """What was read from one file. `first_page` is a JPEG picture of it, or None."""

    state: str
    text: str = ""
    page_count: int | None = None
    first_page: bytes | None = None


class TextCollector:
    """Pieces of text, kept apart by `separator`, up to MAX_TEXT_CHARACTERS in all; readers stop
    once it is `full`."""

    def __init__(self, separator):
        self.separator = separator
        self.pieces = []
        self.length = 0

    @property
    def full(self):
        return self.length >= MAX_TEXT_CHARACTERS

    def add(self, piece):
        piece = NOT_TEXT.sub(" ", piece.replace("\r\n", "\n").replace("\r", "\n")).strip()
        if not piece or self.full:
            return
        if self.pieces:
            piece = self.separator + piece
        piece = piece[: MAX_TEXT_CHARACTERS - self.length]
        self.pieces.append(piece)
        self.length += len(piece)

    def text(self):
        return "".join(self.pieces)


def read_file(file):
    """Read an open binary file (a PDF, DOCX or ODT) into a `Reading`."""
    try:
        start = file.read(1024)
        file.seek(0)
        if b"%PDF-" in start:
            return read_pdf(file)
        if start.startswith(b"PK\x03\x04"):
            return read_zipped_document(file)
        return Reading(TextState.UNSUPPORTED)
    except Exception:
        # A hostile file can make a parser fail in ways no list of exceptions foresees; for the
        # uploader, any of them means the same: the file could not be read.
        logger.warning("An uploaded file could not be read.", exc_info=True)
        return Reading(TextState.UNREADABLE)


def state_of(text, pages_read):
    """READ when the text has letters enough for its pages, else NO_TEXT: pictures of pages."""
    letters = len(LETTER_OR_DIGIT.findall(text))
    enough = MIN_LETTERS_PER_PAGE * min(pages_read or 1, MAX_PAGES_READ)
    return TextState.READ if letters >= enough else TextState.NO_TEXT


def read_pdf(file):
    try:
        pdf = pypdfium2.PdfDocument(file)
    except pypdfium2.PdfiumError:
        # Damaged, or encrypted with a password that readers must type.
        return Reading(TextState.UNREADABLE)
    with pdf:
        page_count = len(pdf)
        # Pages are kept apart by a blank line, paragraphs by a line break: no word runs into
        # the next page's first.
        text = TextCollector("\n\n")
        pages_read = 0
        while pages_read < min(page_count, MAX_PAGES_READ) and not text.full:
            page = pdf[pages_read]
            text_page = page.get_textpage()
            text.add(text_page.get_text_range())
            # Closed at once: a long file's pages would otherwise stay in memory to the end.
            text_page.close()
            page.close()
            pages_read += 1
        first_page = first_page_picture(pdf)
    full_text = text.text()
    state = state_of(full_text, pages_read)
    return Reading(
        state,
        text=full_text if state == TextState.READ else "",
        page_count=page_count,
        first_page=first_page,
    )


def first_page_picture(pdf):
    """The first page drawn as a JPEG, or None if PDFium cannot draw it: its text still counts."""
    page = pdf[0]
    width, height = page.get_size()
    if width <= 0 or height <= 0:
        return None
    scale = min(FIRST_PAGE_WIDTH / width, FIRST_PAGE_MAX_HEIGHT / height)
    try:
        bitmap = page.render(scale=scale)
    except pypdfium2.PdfiumError:
        return None
    return jpeg(bitmap.to_pil())


def jpeg(picture):
    output = io.BytesIO()
    picture.convert("RGB").save(output, "JPEG", quality=FIRST_PAGE_JPEG_QUALITY, optimize=True)
    return output.getvalue()


def read_zipped_document(file):
    try:
        archive = zipfile.ZipFile(file)
    except zipfile.BadZipFile:
        return Reading(TextState.UNREADABLE)
    with archive:
        names = set(archive.namelist())
        if DOCX_TEXT in names:
            return read_docx(archive, names)
        if ODT_TEXT in names and is_odt(archive, names):
            return read_odt(archive, names)
        # Spreadsheets, presentations and other zips.
        return Reading(TextState.UNSUPPORTED)


def is_odt(archive, names):
    """Whether the archive says it is an OpenDocument text (not a spreadsheet or a template):
    read a little past the type, so that a longer type does not match."""
    return "mimetype" in names and read_member(archive, "mimetype", 100).strip() == ODT_MIMETYPE


def read_member(archive, name, max_bytes):
    """At most `max_bytes` of a zip member, unpacked: never more, whatever its header claims."""
    with archive.open(name) as member:
        return member.read(max_bytes)


def read_docx(archive, names):
    text = paragraphs_of(archive, DOCX_TEXT, WordParagraphs())
    page_count = None
    if DOCX_STATISTICS in names:
        page_count = counted_pages(
            archive, DOCX_STATISTICS, lambda root: root.findtext(DOCX_STATISTICS_PAGES)
        )
    thumbnail = next((name for name in DOCX_THUMBNAILS if name in names), None)
    return zipped_reading(text, page_count, thumbnail_picture(archive, thumbnail))


def read_odt(archive, names):
    text = paragraphs_of(archive, ODT_TEXT, OpenDocumentParagraphs())
    page_count = None
    if ODT_STATISTICS in names:
        page_count = counted_pages(archive, ODT_STATISTICS, odt_page_count)
    thumbnail = ODT_THUMBNAIL if ODT_THUMBNAIL in names else None
    return zipped_reading(text, page_count, thumbnail_picture(archive, thumbnail))


def odt_page_count(statistics):
    statistic = statistics.find(f".//{ODF_META}document-statistic")
    return statistic.get(f"{ODF_META}page-count") if statistic is not None else None


def zipped_reading(text, page_count, first_page):
    state = state_of(text, page_count)
    return Reading(
        state,
        text=text if state == TextState.READ else "",
        page_count=page_count,
        first_page=first_page,
    )


def paragraphs_of(archive, name, target):
    """The text of the paragraphs of XML member `name`, one to a line, as `target` (a
    ParagraphTarget) finds it.

    The XML is parsed as it is unpacked, into the target rather than into a tree, so neither
    the bytes nor the elements of a huge file are held at once. ElementTree loads no external
    entities, and its expat (2.4 or later) refuses "billion laughs" entity expansions.
    """
    parser = ElementTree.XMLParser(target=target)
    read_bytes = 0
    with archive.open(name) as member:
        while read_bytes < MAX_XML_BYTES and not target.text.full:
            chunk = member.read(min(XML_CHUNK_BYTES, MAX_XML_BYTES - read_bytes))
            if not chunk:
                break
            read_bytes += len(chunk)
            parser.feed(chunk)
    # Not closed: a file cut off at the limit ends mid-element, which is no error here.
    return target.text.text()


class ParagraphTarget:
    """An ElementTree parser target that keeps the text of each outermost paragraph: a nested
    one (a footnote, a table in a frame) is read with it, on a line of its own."""

    paragraph_tags = frozenset()

    def __init__(self):
        self.text = TextCollector("\n")
        self.open_paragraphs = 0
        self.paragraph = []
        self.paragraph_length = 0

    def start(self, tag, attributes):
        if tag in self.paragraph_tags:
            self.open_paragraphs += 1
        elif self.open_paragraphs:
            self.start_inside(tag)

    def end(self, tag):
        if tag not in self.paragraph_tags:
            if self.open_paragraphs:
                self.end_inside(tag)
            return
        self.open_paragraphs -= 1
        if self.open_paragraphs:
            self.add("\n")
            return
        self.text.add("".join(self.paragraph))
        self.paragraph = []
        self.paragraph_length = 0

    def data(self, data):
        if self.open_paragraphs and self.keeps_data():
            self.add(data)

    def add(self, piece):
        # One endless paragraph cannot hold more than the whole text may.
        if self.paragraph_length < MAX_TEXT_CHARACTERS:
            self.paragraph.append(piece)
            self.paragraph_length += len(piece)

    def close(self):
        return None

    def start_inside(self, tag):
        pass

    def end_inside(self, tag):
        pass

    def keeps_data(self):
        return True


class WordParagraphs(ParagraphTarget):
    """A Word file's visible text: its text runs (w:t), tabs and line breaks. Deleted text and
    field codes (the hidden instructions of a page number or a link) are in other elements."""

    paragraph_tags = frozenset({WORD_NAMESPACE + "p"})
    marks = {
        WORD_NAMESPACE + "tab": "\t",
        WORD_NAMESPACE + "br": "\n",
        WORD_NAMESPACE + "cr": "\n",
        WORD_NAMESPACE + "noBreakHyphen": "-",
    }

    def __init__(self):
        super().__init__()
        self.open_runs_of_text = 0

    def start_inside(self, tag):
        if tag == WORD_NAMESPACE + "t":
            self.open_runs_of_text += 1
        elif tag in self.marks:
            self.add(self.marks[tag])

    def end_inside(self, tag):
        if tag == WORD_NAMESPACE + "t":
            self.open_runs_of_text -= 1

    def keeps_data(self):
        return self.open_runs_of_text > 0


class OpenDocumentParagraphs(ParagraphTarget):
    """An OpenDocument text's paragraphs and headings, with their spaces, tabs and line breaks,
    without the comments (office:annotation) that reviewers leave in them."""

    paragraph_tags = frozenset({ODF_TEXT + "p", ODF_TEXT + "h"})
    # A run of spaces (text:s) reads as one space, however many it stands for.
    marks = {ODF_TEXT + "s": " ", ODF_TEXT + "tab": "\t", ODF_TEXT + "line-break": "\n"}

    def __init__(self):
        super().__init__()
        self.open_comments = 0

    def start(self, tag, attributes):
        # A comment's own paragraphs are not the text's.
        if tag == ODF_OFFICE + "annotation":
            self.open_comments += 1
        elif not self.open_comments:
            super().start(tag, attributes)

    def end(self, tag):
        if tag == ODF_OFFICE + "annotation":
            self.open_comments -= 1
            self.add(" ")
        elif not self.open_comments:
            super().end(tag)

    def start_inside(self, tag):
        if tag in self.marks:
            self.add(self.marks[tag])

    def keeps_data(self):
        return not self.open_comments


def counted_pages(archive, name, find_count):
    """The page count that the editing program saved in a statistics part, if any."""
    try:
        root = ElementTree.fromstring(read_member(archive, name, MAX_SMALL_XML_BYTES))
        count = int(find_count(root) or "")
    except (ElementTree.ParseError, ValueError):
        return None
    return count if count > 0 else None


def thumbnail_picture(archive, name):
    """The thumbnail a DOCX or ODT file carries, as a JPEG, if it is a picture we can trust."""
    if name is None:
        return None
    data = read_member(archive, name, MAX_THUMBNAIL_BYTES + 1)
    if len(data) > MAX_THUMBNAIL_BYTES:
        return None
    try:
        picture = Image.open(io.BytesIO(data))
        if picture.format not in THUMBNAIL_FORMATS:
            return None
        width, height = picture.size
        if width * height > MAX_THUMBNAIL_PIXELS:
            return None
        picture.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        return None
    return jpeg(picture)
