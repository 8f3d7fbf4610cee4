"""The export's .xlsx, byte for byte as xlsxwriter writes it, at a third of the cost.

xlsxwriter lays out a workbook of the same sheets, column widths, frozen header, filters,
formats and properties, with one placeholder cell a sheet: every part of it but the cells
(styles, theme, relations, defined names, properties) is xlsxwriter's own. The cells — each
sheet's ``<dimension>`` and ``<sheetData>`` and the shared strings — are written here, as
xlsxwriter's worksheet and shared-string writers write them (its Worksheet._write_cell,
_calculate_spans, SharedStrings._write_si), and the parts zipped again as its
Workbook._store_workbook zips them. Laying out ~800 cells an article costs xlsxwriter
7 ms of an article's 9; here 2 (make bench). tests/test_workbook.py holds the two writers
to the same bytes.

A sheet: its name, its header (written bold), its rows of sheet values (None for an empty
cell, bool, int, float or str; a str with Arabic is aligned right to left), and each
column's width.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from xlsxwriter.utility import xl_col_to_name

ARABIC = re.compile("[\u0600-\u06ff]")  # a cell with Arabic reads right to left
PLAIN_HEADER = re.compile(r"[A-Za-z_][A-Za-z0-9_ ()]*")  # written as text by write_row as is
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # as xlsxwriter stamps each part in memory
BOLD, RIGHT_TO_LEFT = 1, 2  # xf indexes: bold is used first (the README's header)
# As xlsxwriter.xmlwriter escapes text and control characters.
XML_ESCAPES = re.compile('["&<>\n]')
ESCAPED_ESCAPE = re.compile("(_x[0-9a-fA-F]{4}_)")
CONTROL = re.compile(r"([\x00-\x08\x0b-\x1f])")
EDGE_SPACE = (re.compile(r"^\s"), re.compile(r"\s$"))
DIMENSION = re.compile(r'<dimension ref="[^"]*"/>')
SHEET_DATA = re.compile(r"<sheetData>.*?</sheetData>|<sheetData/>", re.DOTALL)


@dataclass
class Sheet:
    name: str
    header: list[str]
    rows: list[list]
    widths: list[float]
    filtered: bool = True


def column_names(count: int) -> list[str]:
    return [xl_col_to_name(column) for column in range(count)]


class Cells:
    """The cells of every sheet and the shared strings, in the order xlsxwriter numbers them."""

    def __init__(self):
        self.strings: dict[str, int] = {}
        self.count = 0  # string cells, repeats included
        self.right_to_left = False

    def string(self, text: str) -> int:
        self.count += 1
        index = self.strings.get(text)
        if index is None:
            index = self.strings[text] = len(self.strings)
        return index

    def sheet_data(self, sheet: Sheet) -> tuple[str, str]:
        """(``<dimension/>``, ``<sheetData>``) of one sheet."""
        names = column_names(len(sheet.header))
        rows = []  # (row number, first column, last column, cells' XML)
        for text in sheet.header:
            if not PLAIN_HEADER.fullmatch(text):
                raise ValueError(f"header {text!r}: only plain names are laid out here")
        header = "".join(
            f'<c r="{names[c]}1" s="{BOLD}" t="s"><v>{self.string(text)}</v></c>'
            for c, text in enumerate(sheet.header)
        )
        rows.append((0, 0, len(sheet.header) - 1, header))
        for number, row in enumerate(sheet.rows, start=1):
            cells, first, last = [], None, None
            line = str(number + 1)
            for column, value in enumerate(row):
                if value is None:
                    continue
                reference = names[column] + line
                if isinstance(value, str):
                    if ARABIC.search(value):
                        self.right_to_left = True
                        cells.append(
                            f'<c r="{reference}" s="{RIGHT_TO_LEFT}" t="s">'
                            f"<v>{self.string(value)}</v></c>"
                        )
                    else:
                        cells.append(f'<c r="{reference}" t="s"><v>{self.string(value)}</v></c>')
                elif isinstance(value, bool):
                    cells.append(f'<c r="{reference}" t="b"><v>{1 if value else 0}</v></c>')
                else:
                    cells.append(f'<c r="{reference}"><v>{value:.16G}</v></c>')
                first = column if first is None else first
                last = column
            if cells:
                rows.append((number, first, last, "".join(cells)))
        return dimension(rows, names), "<sheetData>" + "".join(spanned(rows)) + "</sheetData>"

    def shared_strings(self) -> bytes:
        items = "".join(shared_string(text) for text in self.strings)
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{self.count}" uniqueCount="{len(self.strings)}">{items}</sst>'
        ).encode()


def dimension(rows: list[tuple], names: list[str]) -> str:
    first = min(row[1] for row in rows)
    last = max(row[2] for row in rows)
    top, bottom = rows[0][0], rows[-1][0]
    if top == bottom and first == last:
        return f'<dimension ref="{names[first]}{top + 1}"/>'
    return f'<dimension ref="{names[first]}{top + 1}:{names[last]}{bottom + 1}"/>'


def spanned(rows: list[tuple]) -> list[str]:
    """Each row's XML with its ``spans``: the columns used in its block of 16 rows."""
    spans: dict[int, str] = {}
    for row in rows:
        block = row[0] // 16
        low, high = (row[1], row[2]) if block not in spans else spans[block]
        spans[block] = (min(low, row[1]), max(high, row[2]))
    return [
        f'<row r="{number + 1}" spans="{spans[number // 16][0] + 1}:{spans[number // 16][1] + 1}">'
        f"{cells}</row>"
        for number, _, _, cells in rows
    ]


def shared_string(text: str) -> str:
    """One ``<si>`` as SharedStrings._write_si writes it."""
    text = ESCAPED_ESCAPE.sub(r"_x005F\1", text)
    text = CONTROL.sub(lambda match: f"_x{ord(match.group(1)):04X}_", text)
    if text.startswith("<r>") and text.endswith("</r>"):
        return f"<si>{text}</si>"  # xlsxwriter takes such a string for rich text, unescaped
    preserve = (
        ' xml:space="preserve"' if EDGE_SPACE[0].search(text) or EDGE_SPACE[1].search(text) else ""
    )
    if XML_ESCAPES.search(text):
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"<si><t{preserve}>{text}</t></si>"


def workbook_bytes(sheets: list[Sheet], properties: dict) -> bytes:
    """The .xlsx of these sheets, with these document properties."""
    cells = Cells()
    data = [cells.sheet_data(sheet) for sheet in sheets]
    layout = laid_out(sheets, properties, cells.right_to_left)
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(layout)) as source,
        zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=False) as out,
    ):
        for entry in source.infolist():
            part = source.read(entry.filename)
            if entry.filename == "xl/sharedStrings.xml":
                part = cells.shared_strings()
            elif entry.filename.startswith("xl/worksheets/sheet"):
                index = int(entry.filename.removeprefix("xl/worksheets/sheet").removesuffix(".xml"))
                ref, sheet_data = data[index - 1]
                text = part.decode("utf-8")
                text = replaced(replaced(text, DIMENSION, ref), SHEET_DATA, sheet_data)
                part = text.encode("utf-8")
            info = zipfile.ZipInfo(entry.filename, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, part)
    return buffer.getvalue()


def replaced(text: str, pattern: re.Pattern, new: str) -> str:
    found = pattern.search(text)
    return text[: found.start()] + new + text[found.end() :]


def laid_out(sheets: list[Sheet], properties: dict, right_to_left: bool) -> bytes:
    """xlsxwriter's workbook of these sheets with a placeholder cell each (the formats used
    first in the same order, so that the styles are the same)."""
    import xlsxwriter

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    bold = workbook.add_format({"bold": True})
    arabic = workbook.add_format({"align": "right", "reading_order": 2})
    for position, sheet in enumerate(sheets):
        worksheet = workbook.add_worksheet(sheet.name)
        worksheet.write_string(0, 0, "x", bold)
        if position == 0 and right_to_left:
            worksheet.write_string(1, 0, "x", arabic)
        for column, width in enumerate(sheet.widths):
            worksheet.set_column(column, column, width)
        worksheet.freeze_panes(1, 0)
        if sheet.filtered:
            worksheet.autofilter(0, 0, len(sheet.rows), len(sheet.header) - 1)
    workbook.set_properties(properties)
    workbook.close()
    return buffer.getvalue()
