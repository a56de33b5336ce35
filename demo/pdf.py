"""Small, real PDF files for the demo publications, written without any PDF library.

`pdf_bytes()` lays out a title and pages of paragraphs on A4 in the PDF standard fonts Helvetica
and Helvetica-Bold, which readers carry themselves, so nothing is embedded and a file of a few
pages weighs a few kilobytes. The fonts are encoded as WinAnsi (Windows-1252), which holds the
letters of Albanian and English and Serbian š ž; the Serbian č ć đ that it lacks take six of its
unused codes, and a ToUnicode map tells text extraction (search, copy and paste, screen readers)
which letter each code is. The file is tagged (headings, paragraphs, the footer as an artifact)
and names its title and language, as accessible PDFs do.
"""

import zlib
from xml.sax.saxutils import escape

PAGE_WIDTH, PAGE_HEIGHT = 595.28, 841.89  # A4 in points
MARGIN = 64
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
FOOTER_BASELINE = 40
BOTTOM_LIMIT = 72  # no body line below this baseline, clear of the footer

REGULAR, BOLD = "F1", "F2"
FONTS = {REGULAR: "Helvetica", BOLD: "Helvetica-Bold"}

# (font, size in points, line height in points) of each kind of text
TITLE = (BOLD, 22, 28)
SUBTITLE = (REGULAR, 12, 16)
HEADING = (BOLD, 14, 19)
BODY = (REGULAR, 11, 15.5)
FOOTER = (REGULAR, 9, 12)
PARAGRAPH_SPACE = 8
BAND_COLOUR = "0.043 0.365 0.420"  # the site's dark teal, behind the title on the first page

# WinAnsi lacks the Serbian letters č ć đ Č Ć Đ. The standard fonts' names for them (ccaron…)
# reach no glyph in the fonts some readers carry (PDFium's, in Chrome and in our covers), so
# each is drawn from glyphs every Helvetica has: a base letter with an accent placed over it
# (Đ is the glyph of Ð), on WinAnsi's unused codes. Each such letter is wrapped in a span whose
# ActualText is the letter, which is what text extraction, search and screen readers read.
EXTRA_GLYPHS = {  # code: (glyph name, what the code reads as without its span)
    0x7F: ("caron", "\u030c"),
    0x81: ("acute", "\u0301"),
    0x8D: ("macron", "\u0335"),
    0x8F: ("Eth", "Đ"),
}
CARON, ACUTE, BAR, CAPITAL_D = 0x7F, 0x81, 0x8D, 0x8F
ACCENT_WIDTH = 333  # the accent glyphs' advance in thousandths of an em, in both weights
# letter: (base letter, accent, where the accent's middle goes in thousandths of an em from the
# base letter's start (None: its middle), how far up it is raised, in ems)
COMPOSED = {
    "č": ("c", CARON, None, 0),
    "ć": ("c", ACUTE, None, 0),
    "Č": ("C", CARON, None, 0.19),
    "Ć": ("C", ACUTE, None, 0.19),
    "đ": ("d", BAR, 430, -0.09),
}
# The advance of the base letters above (thousandths of an em): the accent is put in place with
# these, so that the letters after it stay where the font puts them.
BASE_WIDTHS = {
    "Helvetica": {"c": 500, "C": 722, "d": 556},
    "Helvetica-Bold": {"c": 556, "C": 722, "d": 611},
}


def _winansi_codes():
    codes = {}
    for code in range(0x20, 0x100):
        try:
            codes[bytes([code]).decode("cp1252")] = code
        except UnicodeDecodeError:
            continue
    codes.pop("\x7f", None)  # DEL: a control character, not a letter
    codes["Đ"] = CAPITAL_D
    return codes


CODES = _winansi_codes()  # character: its one-byte code in our fonts
READS_AS = {code: character for character, code in CODES.items()} | {
    code: reads_as for code, (_glyph, reads_as) in EXTRA_GLYPHS.items()
}

# Widths in thousandths of the font size, estimated generously by the shape of a letter rather
# than read from the fonts' metrics, so that an estimated line is never shorter than the drawn
# one (Helvetica-Bold's widest capitals and lowercase letters included).
NARROW = set(" .,;:'’‘!|()[]-iIjlfrt\u00a0")
WIDE = set("mwMWŒœÆæ%@—…")


def _estimated_width(text, size):
    thousandths = 0
    for character in text:
        if character in NARROW:
            thousandths += 360
        elif character in WIDE:
            thousandths += 1000
        elif character.isupper():
            thousandths += 800
        else:
            thousandths += 640
    return thousandths * size / 1000


def _hex(characters):
    return "<" + bytes(CODES[character] for character in characters).hex() + ">"


def _shown(line, font, size):
    """Text-showing operators for `line` in `font`: runs of letters the font encodes, and each
    composed letter as its base letter and accent, in a span that reads as the letter.
    ValueError for a character the fonts cannot write."""
    operators, run = [], ""
    for character in line:
        if character in CODES:
            run += character
            continue
        if character not in COMPOSED:
            raise ValueError(f"The demo PDF fonts cannot write {character!r} (in {line!r}).")
        if run:
            operators.append(f"{_hex(run)} Tj")
            run = ""
        base, accent, middle, rise = COMPOSED[character]
        base_width = BASE_WIDTHS[FONTS[font]][base]
        middle = base_width / 2 if middle is None else middle
        # TJ numbers move the pen left, in thousandths of an em: back from the base letter's
        # end to where the accent starts, then on from the accent's end to the letter's end.
        back = base_width - (middle - ACCENT_WIDTH / 2)
        on = (middle + ACCENT_WIDTH / 2) - base_width
        raised, lowered = (f" {rise * size:.2f} Ts", " 0 Ts") if rise else ("", "")
        operators.append(
            f"/Span <</ActualText {_pdf_string(character)}>> BDC {_hex(base)} Tj{raised} "
            f"[{back:g} <{accent:02x}> {on:g}] TJ{lowered} EMC"
        )
    if run:
        operators.append(f"{_hex(run)} Tj")
    return " ".join(operators)


def _wrapped(text, size, width=TEXT_WIDTH):
    """The lines of `text` that fit `width` at `size`, broken between words."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if _estimated_width(candidate, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        # A word wider than the line (a long address) is cut where it must be.
        while _estimated_width(word, size) > width:
            cut = max(
                end
                for end in range(1, len(word) + 1)
                if _estimated_width(word[:end], size) <= width
            )
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def _pdf_string(text):
    """A PDF text string (Info, structure): UTF-16 with its byte order mark, in hex."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _language_tag(code):
    """A BCP 47 tag as PDF readers expect it: sr-latn → sr-Latn."""
    language, *rest = code.split("-")
    return "-".join([language.lower(), *(part.title() for part in rest)])


class _Page:
    """One page's content stream and the tagged pieces drawn on it."""

    def __init__(self, number):
        self.number = number
        self.operations = []
        self.tagged = []  # (structure type, text) by marked-content id

    def text(self, line, style, x, y, colour="0 g"):
        font, size, _leading = style
        self.operations.append(
            f"BT {colour} /{font} {size} Tf {x:.2f} {y:.2f} Td {_shown(line, font, size)} ET"
        )

    def tagged_lines(self, kind, lines, style, top, colour="0 g", x=MARGIN):
        """Draw `lines` from baseline `top` down as one tagged element; returns the next top."""
        mcid = len(self.tagged)
        self.tagged.append((kind, " ".join(lines)))
        self.operations.append(f"/{kind} <</MCID {mcid}>> BDC")
        for line in lines:
            self.text(line, style, x, top, colour)
            top -= style[2]
        self.operations.append("EMC")
        return top

    def artifact(self, operations, kind="/Layout"):
        self.operations.append(f"/Artifact <</Type {kind}>> BDC {operations} EMC")

    def stream(self):
        return zlib.compress("\n".join(self.operations).encode("latin-1"))


def _laid_out_pages(title, pages, subtitle):
    laid_out = []
    for number, paragraphs in enumerate(pages, start=1):
        page = _Page(number)
        top = PAGE_HEIGHT - MARGIN
        if number == 1:
            title_lines = _wrapped(title, TITLE[1])
            subtitle_lines = _wrapped(subtitle, SUBTITLE[1]) if subtitle else []
            band_height = (
                MARGIN
                + len(title_lines) * TITLE[2]
                + len(subtitle_lines) * SUBTITLE[2]
                + (8 if subtitle_lines else 0)
                + 28
            )
            page.artifact(
                f"{BAND_COLOUR} rg 0 {PAGE_HEIGHT - band_height:.2f} {PAGE_WIDTH:.2f} "
                f"{band_height:.2f} re f"
            )
            top = PAGE_HEIGHT - MARGIN + 8
            top = page.tagged_lines("H1", title_lines, TITLE, top, colour="1 g")
            if subtitle_lines:
                top = page.tagged_lines("P", subtitle_lines, SUBTITLE, top - 8, colour="1 g")
            top = PAGE_HEIGHT - band_height - 36
        for paragraph in paragraphs:
            if paragraph.startswith("# "):
                lines = _wrapped(paragraph[2:], HEADING[1])
                top = page.tagged_lines("H2", lines, HEADING, top - 4) - 2
            else:
                top = page.tagged_lines("P", _wrapped(paragraph, BODY[1]), BODY, top)
            if top + BODY[2] < BOTTOM_LIMIT:
                raise ValueError(
                    f"Page {number} of {title!r} holds more text than one A4 page; split it."
                )
            top -= PARAGRAPH_SPACE
        footer = str(number)
        footer_x = (PAGE_WIDTH - _estimated_width(footer, FOOTER[1])) / 2
        page.operations.append("/Artifact <</Type /Pagination /Subtype /Footer>> BDC")
        page.text(footer, FOOTER, footer_x, FOOTER_BASELINE, colour="0.3 g")
        page.operations.append("EMC")
        laid_out.append(page)
    return laid_out


def _to_unicode_cmap():
    mappings = [
        f"<{code:02X}> <{ord(character):04X}>" for code, character in sorted(READS_AS.items())
    ]
    # A bfchar block holds at most 100 mappings.
    blocks = [mappings[start : start + 100] for start in range(0, len(mappings), 100)]
    body = "\n".join(
        f"{len(block)} beginbfchar\n" + "\n".join(block) + "\nendbfchar" for block in blocks
    )
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
        f"{body}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode("ascii")


def _xmp(title, language):
    title, language = escape(title), escape(language)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>\n'
        f"<dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>\n"
        "<dc:format>application/pdf</dc:format>\n"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    ).encode()


class _Objects:
    """The numbered objects of a PDF file, written with their cross-reference table."""

    def __init__(self):
        self.bodies = []

    def reserve(self):
        self.bodies.append(None)
        return len(self.bodies)

    def set(self, number, body):
        self.bodies[number - 1] = body.encode("latin-1") if isinstance(body, str) else body

    def add(self, body):
        number = self.reserve()
        self.set(number, body)
        return number

    def add_stream(self, dictionary, data):
        return self.add(
            f"<< {dictionary} /Length {len(data)} >>\nstream\n".encode("latin-1")
            + data
            + b"\nendstream"
        )

    def file(self, root, info):
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(self.bodies, start=1):
            offsets.append(len(out))
            out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(self.bodies) + 1}\n0000000000 65535 f \n".encode()
        out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
        out += (
            f"trailer\n<< /Size {len(self.bodies) + 1} /Root {root} 0 R /Info {info} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n"
        ).encode()
        return bytes(out)


def pdf_bytes(title, pages, language, subtitle=""):
    """A tagged A4 PDF: `title` (and `subtitle`) on a band atop the first page, then each item
    of `pages` on a page of its own: a list of paragraphs, where one starting with "# " is a
    heading. `language` is the text's language code. ValueError for a character the standard
    fonts cannot write, or a page with more text than fits."""
    if not pages:
        raise ValueError("A PDF needs at least one page.")
    laid_out = _laid_out_pages(title, pages, subtitle)
    objects = _Objects()
    catalog, pages_tree, structure_root, document_element = (objects.reserve() for _ in range(4))

    cmap = objects.add_stream("/Filter /FlateDecode", zlib.compress(_to_unicode_cmap()))
    differences = " ".join(f"{code} /{glyph}" for code, (glyph, _reads) in EXTRA_GLYPHS.items())
    encoding = objects.add(
        f"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [{differences}] >>"
    )
    fonts = {
        name: objects.add(
            f"<< /Type /Font /Subtype /Type1 /BaseFont /{base_font} /Encoding {encoding} 0 R "
            f"/ToUnicode {cmap} 0 R >>"
        )
        for name, base_font in FONTS.items()
    }
    font_resources = " ".join(f"/{name} {number} 0 R" for name, number in fonts.items())

    page_numbers, elements, parent_tree = [], [], []
    for index, page in enumerate(laid_out):
        content = objects.add_stream("/Filter /FlateDecode", page.stream())
        page_number = objects.add(
            f"<< /Type /Page /Parent {pages_tree} 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            f"/Resources << /Font << {font_resources} >> >> /Contents {content} 0 R "
            f"/StructParents {index} /Tabs /S >>"
        )
        page_numbers.append(page_number)
        on_this_page = [
            objects.add(
                f"<< /Type /StructElem /S /{kind} /P {document_element} 0 R "
                f"/Pg {page_number} 0 R /K {mcid} >>"
            )
            for mcid, (kind, _text) in enumerate(page.tagged)
        ]
        elements.extend(on_this_page)
        parent_tree.append(f"{index} [{' '.join(f'{n} 0 R' for n in on_this_page)}]")

    objects.set(
        pages_tree,
        f"<< /Type /Pages /Kids [{' '.join(f'{n} 0 R' for n in page_numbers)}] "
        f"/Count {len(page_numbers)} >>",
    )
    objects.set(
        document_element,
        f"<< /Type /StructElem /S /Document /P {structure_root} 0 R "
        f"/K [{' '.join(f'{n} 0 R' for n in elements)}] >>",
    )
    objects.set(
        structure_root,
        f"<< /Type /StructTreeRoot /K {document_element} 0 R "
        f"/ParentTree << /Nums [{' '.join(parent_tree)}] >> /ParentTreeNextKey {len(laid_out)} >>",
    )
    tag = _language_tag(language)
    metadata = objects.add_stream("/Type /Metadata /Subtype /XML", _xmp(title, tag))
    objects.set(
        catalog,
        f"<< /Type /Catalog /Pages {pages_tree} 0 R /Lang ({tag}) /Metadata {metadata} 0 R "
        f"/MarkInfo << /Marked true >> /StructTreeRoot {structure_root} 0 R "
        "/ViewerPreferences << /DisplayDocTitle true >> >>",
    )
    info = objects.add(f"<< /Title {_pdf_string(title)} /Producer (Network demo content) >>")
    return objects.file(catalog, info)
