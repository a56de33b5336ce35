"""How long reading an uploaded publication takes, and how much memory it needs, by its length.

`python -m bench.file_reading` writes PDFs of 4 to 500 pages of Albanian text (the demo's PDF
writer) and a DOCX of as many paragraphs, reads each as an upload is read (text, page count,
first page as a picture), and prints a table of figures. It asserts nothing. Each file is read
in a process of its own, so that the peak memory of one does not hide the next's.
"""

import io
import multiprocessing
import resource
import time
import zipfile

from demo.pdf import pdf_bytes
from publications.extraction import read_file

PARAGRAPH = (
    "Komunat që e kanë kthyer planin e veprimit kundër braktisjes në akt normativ e ndjekin çdo "
    "nxënës që mungon tri ditë radhazi, dhe shkolla e njofton familjen brenda javës."
)
PAGE = ["# Kapitulli", PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH]
PAGE_COUNTS = [4, 14, 100, 500]


def docx_bytes(paragraph_count):
    """A minimal DOCX (the parts a word processor needs to open it) of `paragraph_count`
    paragraphs."""
    body = "".join(f"<w:p><w:r><w:t>{PARAGRAPH}</w:t></w:r></w:p>" for _ in range(paragraph_count))
    document = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def read_in_child(data, results):
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    reading = read_file(io.BytesIO(data))
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    results.put(
        {
            "state": str(reading.state),
            "pages": reading.page_count,
            "characters": len(reading.text),
            "seconds": seconds,
            "peak_mib": peak_kib / 1024,
            "growth_mib": (peak_kib - before) / 1024,
            "first_page_kib": len(reading.first_page or b"") / 1024,
        }
    )


def measure(data):
    results = multiprocessing.Queue()
    child = multiprocessing.Process(target=read_in_child, args=(data, results))
    child.start()
    figures = results.get(timeout=600)
    child.join()
    return figures


def main():
    rows = []
    for count in PAGE_COUNTS:
        pdf = pdf_bytes("Raport", [PAGE] * count, "sq")
        rows.append((f"PDF, {count} pages", len(pdf), measure(pdf)))
    docx = docx_bytes(4 * PAGE_COUNTS[-1])
    rows.append((f"DOCX, {4 * PAGE_COUNTS[-1]} paragraphs", len(docx), measure(docx)))
    print(
        "| file | size KiB | state | pages | characters | seconds | peak MiB | growth MiB "
        "| first page KiB |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name, size, figures in rows:
        print(
            f"| {name} | {size / 1024:.0f} | {figures['state']} | {figures['pages']} "
            f"| {figures['characters']:,} | {figures['seconds']:.2f} | {figures['peak_mib']:.0f} "
            f"| {figures['growth_mib']:.0f} | {figures['first_page_kib']:.0f} |"
        )


if __name__ == "__main__":
    main()
