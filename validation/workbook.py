"""The export's .xlsx, byte for byte as xlsxwriter writes it, at a half of the cost.

Every part but the cells is xlsxwriter's own: for each kind of workbook (its sheets' names,
which are filtered, whether Arabic is right-aligned, its properties) xlsxwriter lays out
one with a placeholder cell a sheet, a sentinel title and day, once (``Layout.of``); and
each column width's ``<col>`` is learnt from it once (``col_attributes``). What differs
from one workbook to the next is written here, as xlsxwriter writes it: each sheet's
``<dimension>``, ``<cols>``, ``<sheetData>`` and filter range (its Worksheet._write_cell,
_calculate_spans, _write_cols), the shared strings (SharedStrings._write_si), the filters'
defined names, the title and day; the parts are zipped as Workbook._store_workbook zips them
in memory. xlsxwriter took 9 ms an article's workbook, 7 of them per cell; this takes 3.
tests/test_workbook.py holds the two to the same bytes, cell kind by cell kind.

A sheet: its name, its header (written bold), its rows of sheet values (None for an empty
cell, bool, int, float or str; a str with Arabic is aligned right to left), each column's
width, and whether it has a filter.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from functools import cache

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
# Whatever would make a shared string other than <si><t>text</t></si>: one search, not five.
PLAIN_TEXT_BREAKER = re.compile(r"[\x00-\x08\x0b-\x1f&<>]|_x[0-9a-fA-F]{4}_|^\s|\s$")
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
    if not PLAIN_TEXT_BREAKER.search(text):  # most text: nothing to escape or preserve
        return f"<si><t>{text}</t></si>"
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
    """The .xlsx of these sheets, with these document properties (``created``, a datetime;
    ``title``, optional; any others as xlsxwriter takes them)."""
    cells = Cells()
    data = [cells.sheet_data(sheet) for sheet in sheets]
    others = tuple(sorted((k, v) for k, v in properties.items() if k not in ("created", "title")))
    layout = Layout.of(
        tuple(sheet.name for sheet in sheets),
        tuple(sheet.filtered for sheet in sheets),
        cells.right_to_left,
        "title" in properties,
        others,
    )
    parts = layout.parts(sheets, properties)
    parts["xl/sharedStrings.xml"] = cells.shared_strings()
    for position, sheet in enumerate(sheets):
        ref, sheet_data = data[position]
        parts[f"xl/worksheets/sheet{position + 1}.xml"] = layout.sheet(
            position, sheet, ref, sheet_data
        )
    buffer = io.BytesIO()  # zipped as xlsxwriter's Workbook._store_workbook zips in memory
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=False) as out:
        for name in layout.order:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, parts[name])
    return buffer.getvalue()


SENTINEL_TITLE = "FACTDESK-TITLE"
SENTINEL_DAY = dt.datetime(1999, 9, 9)
SENTINEL_ISO = SENTINEL_DAY.strftime("%Y-%m-%dT%H:%M:%SZ")
FILTER_NAME = re.compile(
    r'(<definedName name="_xlnm._FilterDatabase" localSheetId="(\d+)" hidden="1">)'
    r"([^<]*)!\$A\$1:\$A\$2(</definedName>)"
)
COLS = re.compile(r"<cols>.*?</cols>", re.DOTALL)
COL_WIDTH = re.compile(r'<col min="1" max="1"( [^/]*)/>')


@dataclass
class Layout:
    """Every part of a workbook but its cells, as xlsxwriter writes it for sheets of these
    names, filters, formats and properties: learnt once from xlsxwriter (a workbook with one
    placeholder cell a sheet, a sentinel title and day), then filled in for each workbook."""

    order: list[str]  # the parts in xlsxwriter's zip order
    fixed: dict[str, bytes]  # parts the same for every such workbook
    book: str  # xl/workbook.xml, each filter's range A1:A2
    core: str  # docProps/core.xml, with the sentinel title and day
    sheets: list[tuple[str, str, str]]  # (before <dimension>, between it and <cols>, after)

    @staticmethod
    @cache
    def of(names: tuple, filtered: tuple, right_to_left: bool, titled: bool, others: tuple):
        properties = {"created": SENTINEL_DAY, **dict(others)}
        if titled:
            properties["title"] = SENTINEL_TITLE
        sample = [Sheet(name, ["x"], [["x"]], [SHEET_PLACEHOLDER_WIDTH], on)
                  for name, on in zip(names, filtered, strict=True)]  # fmt: skip
        parts = {}
        with zipfile.ZipFile(io.BytesIO(laid_out(sample, properties, right_to_left))) as book:
            order = [entry.filename for entry in book.infolist()]
            for name in order:
                parts[name] = book.read(name)
        sheets = []
        for position in range(len(names)):
            text = parts.pop(f"xl/worksheets/sheet{position + 1}.xml").decode("utf-8")
            dimension = DIMENSION.search(text)
            cols = COLS.search(text)
            data = SHEET_DATA.search(text)
            sheets.append(
                (
                    text[: dimension.start()],
                    text[dimension.end() : cols.start()],
                    text[data.end() :],
                )
            )
        parts.pop("xl/sharedStrings.xml")
        book = parts.pop("xl/workbook.xml").decode("utf-8")
        core = parts.pop("docProps/core.xml").decode("utf-8")
        return Layout(order, parts, book, core, sheets)

    def parts(self, sheets: list[Sheet], properties: dict) -> dict[str, bytes]:
        """The parts but the sheets and the shared strings."""
        parts = dict(self.fixed)

        def filter_range(found: re.Match) -> str:
            sheet = sheets[int(found.group(2))]
            last = xl_col_to_name(len(sheet.header) - 1)
            bottom = len(sheet.rows) + 1
            return f"{found.group(1)}{found.group(3)}!$A$1:${last}${bottom}{found.group(4)}"

        parts["xl/workbook.xml"] = FILTER_NAME.sub(filter_range, self.book).encode("utf-8")
        core = self.core.replace(SENTINEL_ISO, properties["created"].strftime("%Y-%m-%dT%H:%M:%SZ"))
        if "title" in properties:
            core = core.replace(SENTINEL_TITLE, xml_text(properties["title"]))
        parts["docProps/core.xml"] = core.encode("utf-8")
        return parts

    def sheet(self, position: int, sheet: Sheet, ref: str, sheet_data: str) -> bytes:
        before, between, after = self.sheets[position]
        if sheet.filtered:
            last = xl_col_to_name(len(sheet.header) - 1)
            ref_to = f'<autoFilter ref="A1:{last}{len(sheet.rows) + 1}"/>'
            after = after.replace('<autoFilter ref="A1:A2"/>', ref_to, 1)
        text = before + ref + between + columns(sheet.widths) + sheet_data + after
        return text.encode("utf-8")


SHEET_PLACEHOLDER_WIDTH = 8


def columns(widths: list[float]) -> str:
    """``<cols>``: runs of adjacent columns of one width in one ``<col>``, as xlsxwriter."""
    runs: list[list] = []
    for column, width in enumerate(widths):
        if runs and runs[-1][2] == width and runs[-1][1] == column - 1:
            runs[-1][1] = column
        else:
            runs.append([column, column, width])
    cols = "".join(f'<col min="{a + 1}" max="{b + 1}"{col_attributes(w)}/>' for a, b, w in runs)
    return f"<cols>{cols}</cols>"


@cache
def col_attributes(width: float) -> str:
    """What xlsxwriter writes after ``max`` for a column of this width (learnt from it)."""
    sample = [Sheet("x", ["x"], [], [width], False)]
    with zipfile.ZipFile(io.BytesIO(laid_out(sample, {}, False))) as book:
        text = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
    return COL_WIDTH.search(text).group(1)


def xml_text(text: str) -> str:
    """Text in an element, as xlsxwriter's XMLwriter._xml_data_element escapes it."""
    if XML_ESCAPES.search(text):
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = ESCAPED_ESCAPE.sub(r"_x005F\1", text)
    return CONTROL.sub(lambda match: f"_x{ord(match.group(1)):04X}_", text)


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
    if properties:
        workbook.set_properties(properties)
    workbook.close()
    return buffer.getvalue()
