"""Spreadsheet exports never hand a spreadsheet program a formula (OWASP "CSV injection").

Editors and partners write the titles; a title such as =HYPERLINK("http://evil","x") would be a
live link, or worse, in the CSV or XLSX file Communications download from the reports.
"""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse

from core.exports import neutralise_formula

from . import factories

pytestmark = pytest.mark.django_db

REPORT_URL = reverse("translation_status:report")
DANGEROUS_TITLES = [
    '=HYPERLINK("http://evil","equals")',
    '+HYPERLINK("http://evil","plus")',
    '-HYPERLINK("http://evil","minus")',
    '@HYPERLINK("http://evil","at")',
    '\t=HYPERLINK("http://evil","tab")',
    '\r=HYPERLINK("http://evil","return")',
]


@pytest.fixture
def communications_client(make_user):
    _user, client = make_user("Communications")
    return client


def download(response):
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


def exported_titles(client, export_format):
    """The Title column of the translation status report, as exported in `export_format`."""
    content = download(client.get(REPORT_URL, {"export": export_format}))
    if export_format == "csv":
        _header, *rows = csv.reader(io.StringIO(content.decode("utf-8"), newline=""))
    else:
        workbook = openpyxl.load_workbook(io.BytesIO(content))
        _header, *rows = workbook.active.iter_rows(values_only=True)
    return [row[0] for row in rows]


def as_read_back(text, export_format):
    """`text` as a program reading the export gets it. XLSX is XML, and XML readers (openpyxl,
    spreadsheet programs) read a carriage return as a line feed."""
    return text.replace("\r", "\n") if export_format == "xlsx" else text


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
@pytest.mark.parametrize("title", DANGEROUS_TITLES, ids=repr)
def test_a_title_that_starts_like_a_formula_is_exported_as_text(
    communications_client, tree, title, export_format
):
    factories.NewsPageFactory(parent=tree("news_index"), title=title)

    titles = exported_titles(communications_client, export_format)

    assert as_read_back("'" + title, export_format) in titles
    assert as_read_back(title, export_format) not in titles


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_ordinary_titles_are_exported_unchanged(communications_client, tree, export_format):
    # Signs further into a title make no formula; only the first character counts.
    inside = factories.NewsPageFactory(parent=tree("news_index"), title="Raporti 2024 = 3 + 4")

    titles = exported_titles(communications_client, export_format)

    assert tree("article").title in titles
    assert inside.title in titles
    assert not any(title.startswith("'") for title in titles)


def test_only_text_is_quoted():
    assert neutralise_formula("=1+1") == "'=1+1"
    assert neutralise_formula("Lajm") == "Lajm"
    assert neutralise_formula("") == ""
    # Numbers and empty cells stay what they are: a spreadsheet never runs them.
    assert neutralise_formula(-3) == -3
    assert neutralise_formula(None) is None


@pytest.mark.parametrize(
    "export",
    [
        lambda tree: reverse("wagtailadmin_reports:aging_pages"),
        lambda tree: reverse("wagtailadmin_reports:site_history"),
    ],
    ids=["aging-pages", "site-history"],
)
def test_wagtails_own_csv_exports_quote_formulas_too(communications_client, tree, export):
    """Wagtail's reports have no hook for their cells: core.exports.FormulaSafeCSVMiddleware."""
    title = DANGEROUS_TITLES[0]
    page = factories.NewsPageFactory(parent=tree("news_index"), title=title)
    page.save_revision().publish()  # logged, so that the site history lists it

    rows = list(
        csv.reader(
            io.StringIO(
                download(communications_client.get(export(tree), {"export": "csv"})).decode()
            )
        )
    )

    cells = [cell for row in rows for cell in row]
    assert "'" + title in cells
    assert title not in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
