"""The export's workbook writer against xlsxwriter writing every cell itself: the same bytes,
for the shipped datasets and for cells chosen to reach every branch of both writers."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import openpyxl
import pytest
import xlsxwriter

from tests.conftest import JO_WATER, LIBYA
from validation import export, workbook
from validation.engine import check_dataset
from validation.load import load_dataset

DAY = dt.datetime(2026, 11, 28)


def by_xlsxwriter(sheets: list[tuple[str, list[str], list[list]]], properties: dict) -> bytes:
    """The reference: xlsxwriter writes each cell (export.fill_sheet, the export's old path)."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    formats = (
        book.add_format({"bold": True}),
        book.add_format({"align": "right", "reading_order": 2}),
    )
    for name, header, rows in sheets:
        export.fill_sheet(book, formats, name, header, rows)
    book.set_properties(properties)
    book.close()
    return buffer.getvalue()


def by_workbook(sheets: list[tuple[str, list[str], list[list]]], properties: dict) -> bytes:
    laid = [
        workbook.Sheet(name, header, rows, export.sheet_widths(name, header, rows), bool(rows))
        for name, header, rows in sheets
    ]
    return workbook.workbook_bytes(laid, properties)


@pytest.mark.parametrize("folder", [LIBYA, JO_WATER], ids=["libya", "jo-water"])
def test_a_dataset_workbook_is_xlsxwriters_to_the_byte(folder):
    dataset = load_dataset(folder)
    report, tables = check_dataset(dataset)
    exported = export.export_tables(tables)  # check_dataset's typed frames
    fast = export.workbook_xlsx(dataset, report, exported)
    assert fast == export.workbook_by_xlsxwriter(dataset, report, exported)
    assert openpyxl.load_workbook(io.BytesIO(fast)).sheetnames[0] == "README"


TEXTS = [
    "plain",
    "نص عربي",
    "mixed نص",
    '=HYPERLINK("http://x")',
    "\tindented",
    "line\nbreak",
    "carriage\rreturn",
    " leading space",
    "trailing space ",
    "<r>looks rich</r>",
    "_x0041_ literal escape",
    'a & b < c > d "quoted"',
    "control \x01 char",
    "",
    "plain",  # a repeat: one shared string, counted twice
]
NUMBERS = [0, -1, 2**60, 1e-7, 1.5e20, 3.14159, -0.5, 1e16, 269000000, 0.0]


def wide_rows(count: int) -> list[list]:
    """More than 16 rows (two blocks of spans), the last columns empty in the second block."""
    rows = []
    for number in range(count):
        tail = [None, None] if number >= 16 else [f"t{number}", number % 2 == 0]
        rows.append([f"r{number}", NUMBERS[number % len(NUMBERS)], *tail])
    return rows


CASES = {
    "every kind of cell": [
        ("README", ["field", "value"], [["what", "English only"], ["n", 1]]),
        ("texts", ["text", "count"], [[text, i] for i, text in enumerate(TEXTS)]),
        ("numbers", ["n", "flag", "none"], [[n, n == 0, None] for n in NUMBERS]),
        ("blocks", ["id", "amount", "note", "ok"], wide_rows(40)),
        ("empty", ["id", "x"], []),
        ("checks", ["id", "kind", "status", "message"], [["a", "b", "pass", "ok"]]),
    ],
    "Arabic only in a later sheet": [
        ("README", ["field", "value"], [["what", "x"]]),
        ("claims", ["claim_id", "quote_ar"], [["c1", "قال"], ["c2", "x" * 70]]),
    ],
    "no Arabic, equal widths side by side": [
        ("README", ["a", "b", "c", "d"], [["x", "y", "z" * 30, "w" * 30]]),
    ],
    "one column, one row": [("README", ["field"], [["v"]])],
}
PROPERTIES = {
    "titled": {"created": DAY, "author": "factdesk", "title": "Berlin & «Libya» \x02 _x0020_"},
    "untitled": {"created": DAY, "author": "factdesk"},
}


@pytest.mark.parametrize("properties", PROPERTIES.values(), ids=PROPERTIES.keys())
@pytest.mark.parametrize("sheets", CASES.values(), ids=CASES.keys())
def test_the_cells_are_written_as_xlsxwriter_writes_them(sheets, properties):
    fast = by_workbook(sheets, properties)
    assert fast == by_xlsxwriter(sheets, properties)
    names = zipfile.ZipFile(io.BytesIO(fast)).namelist()
    assert names[0] == "[Content_Types].xml" and "xl/sharedStrings.xml" in names


def test_the_workbook_reads_back_as_written():
    sheets = CASES["every kind of cell"]
    book = openpyxl.load_workbook(io.BytesIO(by_workbook(sheets, PROPERTIES["titled"])))
    texts = [row[0] for row in book["texts"].iter_rows(min_row=2, values_only=True)]
    assert texts[:3] == ["plain", "نص عربي", "mixed نص"]
    assert texts[3] == '=HYPERLINK("http://x")'  # text, never a formula
    numbers = list(book["numbers"].iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in numbers][:3] == [0, -1, 2**60]
    assert numbers[0][1] is True and numbers[1][1] is False
    assert book["empty"].max_row == 1
    assert book.properties.title.startswith("Berlin & «Libya» ")  # escaped as xlsxwriter does


def test_a_header_that_is_not_a_plain_name_is_left_to_xlsxwriter():
    sheet = workbook.Sheet("odd", ["=SUM(A1)"], [["x"]], [8])
    with pytest.raises(ValueError, match="plain names"):
        workbook.workbook_bytes([sheet], PROPERTIES["untitled"])
