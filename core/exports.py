"""Spreadsheet exports that a spreadsheet program opens as text, never as formulas.

Titles and other text in an export are written by editors, partners among them. A cell that
starts with "=", "+", "-" or "@" (or a tab or carriage return before one) is taken for a formula
by Excel, LibreOffice and Google Sheets when the file is opened: `=HYPERLINK(...)` becomes a link
to anywhere, and other formulas can read or send out the rest of the sheet ("CSV injection").
"""

import csv
import io

from django.urls import reverse
from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """`value` with a leading apostrophe if a spreadsheet program would take it for a formula.

    The apostrophe is what OWASP advises: spreadsheet programs read it as "this is text". Any
    leading "-" is quoted, negative numbers included (as text they are no longer numbers), so
    exports with numbers of their own should write them as int or float, which stay untouched.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeSpreadsheetExportMixin(SpreadsheetExportMixin):
    """Wagtail's XLSX export, with every cell that could be a formula quoted like the CSV ones.

    In XLSX Wagtail only stops openpyxl from storing such a cell as a formula, so the cell is
    text when the file is opened but may turn into a formula once someone edits it. (The CSV
    export is quoted by FormulaSafeCSVMiddleware, as every admin CSV is.)
    """

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_formula(value) if export_format == self.FORMAT_XLSX else value


def neutralise_csv(data):
    """CSV bytes (one row or several) with every cell that could be a formula quoted."""
    rows = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    written = io.StringIO(newline="")
    writer = csv.writer(written)
    for row in rows:
        writer.writerow([neutralise_formula(cell) for cell in row])
    return written.getvalue().encode("utf-8")


class FormulaSafeCSVMiddleware:
    """Every CSV the admin sends, Wagtail's own reports and listings included, made safe.

    Wagtail's reports (site history, aging pages…) and listings export CSV through views we do
    not write, with no hook for the cells, so their files are rewritten on the way out, row by
    row as Wagtail streams them. (Their XLSX files hold every cell as text already.)
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        is_csv = response.get("Content-Type", "").startswith("text/csv")
        if is_csv and request.path_info.startswith(reverse("wagtailadmin_home")):
            if response.streaming:
                response.streaming_content = map(neutralise_csv, response.streaming_content)
            else:
                response.content = neutralise_csv(response.content)
        return response
