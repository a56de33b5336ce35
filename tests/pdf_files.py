"""PDF files for the tests of reading uploads: pages of text, scans, and a locked file.

Written with PDFium's own API (pypdfium2.raw), the library that reads them on the site, so the
tests need neither the demo's PDF writer nor files kept in the repository.
"""

import ctypes
import io

import pypdfium2
import pypdfium2.raw as pdfium

A4_WIDTH, A4_HEIGHT = 595, 842
MARGIN = 56
FONT_SIZE = 11
LINE_HEIGHT = 16
WORDS_PER_LINE = 9


def pdf_with_pages(pages):
    """A PDF of A4 pages, one per item of `pages`: a list of paragraphs, in Helvetica, broken
    into lines of a few words."""
    return _saved(pages, scanned=False)


def scanned_pdf(page_count=2):
    """A PDF as a scanner makes it: each page a picture, with only its page number as text."""
    return _saved([[str(number)] for number in range(1, page_count + 1)], scanned=True)


def password_locked_pdf():
    """A one-page PDF encrypted with a password that readers must type (the standard security
    handler; its keys are made up, so no empty password opens it)."""
    return pdf_of_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
            b"<< /Filter /Standard /V 1 /R 2 /P -4 /O <"
            + b"11" * 32
            + b"> /U <"
            + b"22" * 32
            + b"> >>",
        ],
        trailer=b"/Encrypt 4 0 R /ID [<%s> <%s>]" % (b"ab" * 16, b"ab" * 16),
    )


def pdf_saying(text):
    """A one-page PDF whose page shows `text`, with the text stored as it is in the file (so
    that a test can look for its bytes in any response)."""
    content = f"BT /F1 12 Tf 24 100 Td ({text}) Tj ET".encode()
    return pdf_of_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 200] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def pdf_of_objects(objects, trailer=b""):
    """A PDF of `objects` (numbered from 1, the first the catalog), with its cross-reference
    table; `trailer` adds entries to the trailer."""
    pdf, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer,
        xref,
    )
    return pdf


def _saved(pages, scanned):
    pdf = pypdfium2.PdfDocument.new()
    for paragraphs in pages:
        page = pdf.new_page(A4_WIDTH, A4_HEIGHT)
        if scanned:
            _add_picture(pdf, page)
        top = A4_HEIGHT - MARGIN
        for paragraph in paragraphs:
            words = paragraph.split()
            for start in range(0, len(words), WORDS_PER_LINE):
                _add_line(pdf, page, " ".join(words[start : start + WORDS_PER_LINE]), top)
                top -= LINE_HEIGHT
            top -= LINE_HEIGHT // 2
        pdfium.FPDFPage_GenerateContent(page.raw)
        page.close()
    output = io.BytesIO()
    pdf.save(output)
    pdf.close()
    return output.getvalue()


def _add_line(pdf, page, line, top):
    text_object = pdfium.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", ctypes.c_float(FONT_SIZE))
    # PDFium takes the text as a NUL-terminated UTF-16 string.
    encoded = (line + "\x00").encode("utf-16-le")
    buffer = ctypes.create_string_buffer(encoded, len(encoded))
    pdfium.FPDFText_SetText(text_object, ctypes.cast(buffer, ctypes.POINTER(pdfium.FPDF_WCHAR)))
    pdfium.FPDFPageObj_Transform(text_object, 1, 0, 0, 1, MARGIN, top)
    pdfium.FPDFPage_InsertObject(page.raw, text_object)


def _add_picture(pdf, page):
    """A grey picture over most of the page, as a scanned page is."""
    width, height = 300, 420
    bitmap = pdfium.FPDFBitmap_Create(width, height, 0)
    pdfium.FPDFBitmap_FillRect(bitmap, 0, 0, width, height, 0xFFD8D4CC)
    image = pdfium.FPDFPageObj_NewImageObj(pdf.raw)
    pdfium.FPDFImageObj_SetBitmap(None, 0, image, bitmap)
    pdfium.FPDFBitmap_Destroy(bitmap)
    pdfium.FPDFImageObj_SetMatrix(
        image, A4_WIDTH - 2 * MARGIN, 0, 0, A4_HEIGHT - 3 * MARGIN, MARGIN, MARGIN
    )
    pdfium.FPDFPage_InsertObject(page.raw, image)
