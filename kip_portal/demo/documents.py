"""Write the demo catalogue's generated documents in the office formats a real PPID publishes."""
from __future__ import annotations

import html
import pathlib
import re
from collections.abc import Callable

import docx
import openpyxl
from odf import table as odf_table
from odf import text as odf_text
from odf.opendocument import OpenDocumentText
from odf.style import ParagraphProperties
from odf.style import Style
from odf.style import TextProperties
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

Cell = str | int | float
Table = list[list[Cell]]

# Characters Excel refuses in a sheet name, and its length limit.
_SHEET_INVALID = re.compile(r"[\[\]:*?/\\]")
_SHEET_MAX = 31


def write_generated(name: str, spec: dict, target_dir: pathlib.Path) -> pathlib.Path:
    """Write ``spec`` (title, paragraphs, optional table) as ``target_dir/name`` in the format of its extension.

    The demo ships every format the DIP accepts, so that text extraction, search and the download
    guard are exercised on each of them.

    :raises ValueError: for an unknown extension, a name that is not a bare file name, or an xlsx without a table.
    """
    if pathlib.PurePath(name).name != name:
        raise ValueError(f"not a bare file name: {name!r}")
    suffix = pathlib.PurePath(name).suffix.lower()
    writer = _WRITERS.get(suffix)
    if writer is None:
        raise ValueError(f"unknown extension {suffix or '(none)'} for {name!r}; expected one of {sorted(_WRITERS)}")
    target_dir.mkdir(parents=True, exist_ok=True)
    path = target_dir / name
    writer(str(spec["title"]), [str(p) for p in spec.get("paragraphs") or []], spec.get("table"), path)
    return path


def _cell_text(value: Cell) -> str:
    """Numbers as an Indonesian reader writes them (1.250.000; 97,5) in the formats that only hold text."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.translate(str.maketrans({",": ".", ".": ","}))


def _write_txt(title: str, paragraphs: list[str], table: Table | None, path: pathlib.Path) -> None:
    lines = [title, "=" * len(title), ""]
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    for row in table or []:
        lines.append("\t".join(_cell_text(c) for c in row))
    path.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")


def _write_html(title: str, paragraphs: list[str], table: Table | None, path: pathlib.Path) -> None:
    esc = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="id">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        "</head>",
        "<body>",
        f"<h1>{esc(title)}</h1>",
    ]
    parts += [f"<p>{esc(p)}</p>" for p in paragraphs]
    if table:
        header, *rows = table
        parts.append("<table>")
        parts.append("<thead><tr>" + "".join(f"<th>{esc(_cell_text(c))}</th>" for c in header) + "</tr></thead>")
        parts.append("<tbody>")
        parts += ["<tr>" + "".join(f"<td>{esc(_cell_text(c))}</td>" for c in row) + "</tr>" for row in rows]
        parts.append("</tbody>")
        parts.append("</table>")
    parts += ["</body>", "</html>"]
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


def _write_docx(title: str, paragraphs: list[str], table: Table | None, path: pathlib.Path) -> None:
    document = docx.Document()
    document.core_properties.title = title
    document.add_heading(title, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        grid.style = "Table Grid"
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                run = grid.cell(r, c).paragraphs[0].add_run(_cell_text(value))
                run.bold = r == 0
    document.save(str(path))


def _write_odt(title: str, paragraphs: list[str], table: Table | None, path: pathlib.Path) -> None:
    document = OpenDocumentText()
    heading_style = Style(name="Heading_20_1", displayname="Heading 1", family="paragraph")
    heading_style.addElement(ParagraphProperties(margintop="0.2cm", marginbottom="0.3cm"))
    heading_style.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    document.styles.addElement(heading_style)
    header_style = Style(name="TableHeader", family="paragraph")
    header_style.addElement(TextProperties(fontweight="bold"))
    document.automaticstyles.addElement(header_style)

    document.text.addElement(odf_text.H(outlinelevel=1, stylename=heading_style, text=title))
    for paragraph in paragraphs:
        document.text.addElement(odf_text.P(text=paragraph))
    if table:
        header, *rows = table
        grid = odf_table.Table(name="Tabel1")
        grid.addElement(odf_table.TableColumn(numbercolumnsrepeated=len(header)))
        header_rows = odf_table.TableHeaderRows()
        header_rows.addElement(_odt_row(header, header_style))
        grid.addElement(header_rows)
        for row in rows:
            grid.addElement(_odt_row(row, None))
        document.text.addElement(grid)
    document.save(str(path))


def _odt_row(values: list[Cell], style: Style | None) -> odf_table.TableRow:
    """One table row; numeric cells carry their value so a spreadsheet pasting the table keeps numbers."""
    row = odf_table.TableRow()
    for value in values:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            cell = odf_table.TableCell(valuetype="float", value=value)
        else:
            cell = odf_table.TableCell(valuetype="string")
        paragraph = odf_text.P(text=_cell_text(value)) if style is None else odf_text.P(
            stylename=style, text=_cell_text(value)
        )
        cell.addElement(paragraph)
        row.addElement(cell)
    return row


def _sheet_title(title: str) -> str:
    cleaned = re.sub(r"\s+", " ", _SHEET_INVALID.sub(" ", title)).strip().strip("'")
    return cleaned[:_SHEET_MAX].rstrip().rstrip("'") or "Data"


def _write_xlsx(title: str, paragraphs: list[str], table: Table | None, path: pathlib.Path) -> None:
    if not table:
        raise ValueError(f"{path.name}: an xlsx document needs a table")
    workbook = openpyxl.Workbook()
    workbook.properties.title = title
    sheet = workbook.active
    sheet.title = _sheet_title(title)
    header, *rows = table
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for column, values in enumerate(zip(*table, strict=True), start=1):
        letter = get_column_letter(column)
        sheet.column_dimensions[letter].width = min(60, max(len(_cell_text(v)) for v in values) + 2)
        for cell in sheet[letter][1:]:
            if isinstance(cell.value, int):
                cell.number_format = "#,##0"
            elif isinstance(cell.value, float):
                cell.number_format = "#,##0.0#"
    sheet.freeze_panes = "A2"
    if paragraphs:
        # Context a reader of the spreadsheet would otherwise lose: what the figures are and where they come from.
        notes = workbook.create_sheet("Keterangan")
        notes.append([title])
        notes["A1"].font = Font(bold=True)
        for paragraph in paragraphs:
            notes.append([paragraph])
        notes.column_dimensions["A"].width = 120
    workbook.save(str(path))


_WRITERS: dict[str, Callable[[str, list[str], Table | None, pathlib.Path], None]] = {
    ".txt": _write_txt,
    ".html": _write_html,
    ".docx": _write_docx,
    ".odt": _write_odt,
    ".xlsx": _write_xlsx,
}
