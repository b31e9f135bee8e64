"""A register's rows as CSV (UTF-8 with BOM, for Excel), XLSX, landscape-A4 PDF and JSON."""
from __future__ import annotations

import csv
import io
from datetime import date

from flask import current_app

from kip_portal.i18n import render_official
from kip_portal.letters.render import html_to_pdf
from kip_portal.registers.columns import DATE
from kip_portal.registers.columns import MONEY
from kip_portal.registers.columns import Value
from kip_portal.registers.services import Filters
from kip_portal.registers.services import Register
from kip_portal.templating import rupiah
from kip_portal.templating import tanggal

MIMETYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}
# A cell a spreadsheet would read as a formula: text typed by a requester must stay text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def as_text(value: Value, kind: str) -> str:
    """For people: the page and the PDF."""
    if value is None or value == "":
        return "—"
    if kind == DATE:
        return tanggal(value)
    if kind == MONEY:
        return rupiah(value)
    return str(value)


def as_json(value: Value) -> str | int | None:
    return value.isoformat() if isinstance(value, date) else value


def _csv_cell(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return "'" + text if isinstance(value, str) and text.startswith(_FORMULA_START) else text


def to_csv(register: Register, rows: list[list[Value]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([c.header for c in register.columns])
    for row in rows:
        writer.writerow([_csv_cell(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(register: Register, rows: list[list[Value]], filters: Filters) -> bytes:
    """One sheet, the header in row 1 (machine-readable); dates and amounts as real date and number cells."""
    # Imported on the first export: openpyxl is ~20 MB that a web worker serving pages never needs.
    import openpyxl
    from openpyxl.styles import Alignment
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = f"{register.slug.capitalize()} {filters.year}"
    sheet.append([c.header for c in register.columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        sheet.append(row)
        for cell, column in zip(sheet[sheet.max_row], register.columns, strict=True):
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # openpyxl would store it as a formula
            if column.kind == DATE and cell.value is not None:
                cell.number_format = "DD/MM/YYYY"
            elif column.kind == MONEY and cell.value is not None:
                cell.number_format = '"Rp" #,##0'
    for index, column in enumerate(register.columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = 12 if column.kind != "text" else 24
    sheet.freeze_panes = "B2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def to_pdf(register: Register, rows: list[list[Value]], filters: Filters) -> bytes:
    html = render_official("registers/print.html", register=register, rows=rows, filters=filters, as_text=as_text)
    return html_to_pdf(html, base_url=current_app.static_folder + "/")


def export(fmt: str, register: Register, rows: list[list[Value]], filters: Filters) -> bytes:
    if fmt == "csv":
        return to_csv(register, rows)
    if fmt == "xlsx":
        return to_xlsx(register, rows, filters)
    return to_pdf(register, rows, filters)


def filename(register: Register, filters: Filters, fmt: str) -> str:
    unit = f"-{filters.unit.code}" if filters.unit is not None else ""
    status = f"-{filters.status}" if filters.status else ""
    return f"register-{register.slug}-{filters.year}{unit}{status}.{fmt}"
