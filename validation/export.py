"""The export bundle: every file's bytes from one function each, then one atomic write.

>>> table_csv(pd.DataFrame({"id": ["a"], "n": [-2], "ok": [True]}))
b'id,n,ok\\na,-2,true\\n'

Every function here returns bytes and touches no disk, so the dashboard's download buttons
call the same functions (there is no second CSV writer). ``write_export`` is the only one
that writes: it builds the whole export in a temporary folder beside ``out`` and swaps it
into place, so an interrupted export leaves the previous one or none, never half of one.
Nothing carries the wall-clock time: two exports of the same data are byte-identical.

A download button: ``zip_bytes(bundle_files(dataset, report, tables), dataset.id)`` for the
whole package, ``table_csv(export_frame("figures", tables["figures"]))`` for one table.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import io
import math
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Mapping
from fractions import Fraction
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

from validation import workbook
from validation.arabic.lexicon import HEDGE_WORDS_AFTER, HEDGE_WORDS_BEFORE
from validation.arabic.render import render_ar, render_en
from validation.batch import Rows, column_values, records_of
from validation.claimreview import claimreview_jsonld
from validation.datapackage import (
    computed_fields,
    curation_day,
    package_descriptor,
    package_version,
    percent,
)
from validation.derived import (
    EVENT_COLUMNS,
    FIGURE_COLUMNS,
    event_columns,
    events_with_display,
    figure_columns,
    figures_with_intervals,
)
from validation.hedges import STRICT, TIGHT, readings
from validation.jsontext import indented
from validation.load import Dataset, UnusableInput
from validation.report import DatasetReport, Report
from validation.schemas import CELL_LIMIT, FORMULA_PREFIXES, MODELS, PRIMARY_KEYS
from validation.vocab import HEDGES

# OWASP: a spreadsheet may run a cell starting with these as a formula; LF too (STACK_NOTES).
EXCEL_ESCAPED_PREFIXES = (*FORMULA_PREFIXES, "\n")
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can hold: no wall clock
ZIP_FILE_MODE = 0o644
SHEET_WIDTH = (8, 60)  # narrowest and widest column, in characters
ARABIC = re.compile("[\u0600-\u06ff]")  # a cell with Arabic reads right to left
QUOTED = re.compile('[,"\r\n]')  # a CSV field with one of these is quoted


# ---- one table, three renderings ---------------------------------------------------------


def natural_key(value) -> tuple:
    """Sort ids as a reader counts them: c2 before c10; numbers as numbers."""
    if isinstance(value, str):
        parts = []
        for chunk in _digit_runs(value):
            parts.append((0, int(chunk), "") if chunk.isdigit() else (1, 0, chunk))
        return (1, tuple(parts))
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return (2, ())
    return (0, value)


def _digit_runs(text: str) -> list[str]:
    runs: list[str] = []
    for char in text:
        if runs and runs[-1][-1].isdigit() == char.isdigit():
            runs[-1] += char
        else:
            runs.append(char)
    return runs


def in_key_order(frame: pd.DataFrame, key: list[str]) -> pd.DataFrame:
    """Rows in primary-key order, with a fresh 0-based index."""
    rows = list(zip(*(frame[column] for column in key), strict=True)) if len(frame) else []
    order = sorted(range(len(rows)), key=lambda i: tuple(natural_key(v) for v in rows[i]))
    if order == list(range(len(rows))):  # as curated, most often: no reordering copy
        return frame.reset_index(drop=True)
    return frame.iloc[order].reset_index(drop=True)


def export_frame(
    name: str, table: pd.DataFrame, tight: Fraction = TIGHT, strict: Fraction = STRICT
) -> pd.DataFrame:
    """A validated table as exported: schema columns in order, then its computed columns."""
    columns = list(MODELS[name].to_schema().columns)
    chosen = table if list(table.columns) == columns else table[columns]
    frame = in_key_order(chosen, PRIMARY_KEYS[name])
    if name == "figures":
        frame = figures_with_intervals(frame, tight, strict)
    elif name == "events":
        frame = events_with_display(frame)
    computed = [field[0] for field in computed_fields(tight, strict).get(name, [])]
    if list(frame.columns) != columns + computed:
        raise ValueError(  # a new derived column must be described in datapackage.py first
            f"{name}: computed columns {list(frame.columns)[len(columns) :]} are not the "
            f"described {computed}"
        )
    return frame


class Table:
    """One table as exported: its column names and its rows, the values ``table_rows`` gives
    for the same table as a frame. Built from the checked records (``export_table``): pandas
    would cost more per call than the 2–45 rows of an article's table."""

    __slots__ = ("columns", "rows")

    def __init__(self, columns: list[str], rows: list[tuple]):
        self.columns, self.rows = columns, rows

    def __len__(self) -> int:
        return len(self.rows)


@cache
def schema_columns(name: str) -> tuple[str, ...]:
    return tuple(MODELS[name].to_schema().columns)


def export_table(
    name: str, records: Rows, tight: Fraction = TIGHT, strict: Fraction = STRICT
) -> Table:
    """``export_frame`` from a table's checked records: the same columns, rows and values."""
    columns = list(schema_columns(name))
    picks = [records.columns.index(column) + 1 for column in columns]  # 0 is the row number
    rows = [tuple(record[i] for i in picks) for record in records.records]
    key = [columns.index(column) for column in PRIMARY_KEYS[name]]
    rows.sort(key=lambda row: tuple(natural_key(row[i]) for i in key))  # stable, as in_key_order
    if name == "figures" and rows:  # an empty figures frame gets no computed column
        at = {column: columns.index(column) for column in
              ("figure_id", "amount", "currency", "hedge", "unit", "parent_figure_id")}  # fmt: skip
        amounts = {row[at["figure_id"]]: row[at["amount"]] for row in rows}
        rows = [
            row + figure_columns(row[at["amount"]], row[at["currency"]], row[at["hedge"]],
                                 row[at["unit"]], row[at["parent_figure_id"]], amounts,
                                 tight, strict)
            for row in rows
        ]  # fmt: skip
        columns += FIGURE_COLUMNS
    elif name == "events":
        date = columns.index("date")
        rows = [row + event_columns(row[date]) for row in rows]
        columns += EVENT_COLUMNS
    computed = [field[0] for field in computed_fields(tight, strict).get(name, [])]
    if columns[len(schema_columns(name)) :] != computed:
        raise ValueError(  # as export_frame: a derived column is described in datapackage.py
            f"{name}: computed columns {columns[len(schema_columns(name)) :]} are not the "
            f"described {computed}"
        )
    return Table(columns, rows)


def number_text(value: float) -> str:
    """A float as the shortest text that reads back to it; whole numbers without '.0'."""
    if value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(value)


def cell_text(value) -> str:
    """One canonical CSV cell: empty for missing, true/false, integers without '.0'."""
    if type(value) is str:  # most cells: text as it is
        return value
    if value is None or value is pd.NA:
        return ""
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if isinstance(value, (float, np.floating)):
        return "" if math.isnan(value) else number_text(float(value))
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    return str(value)


def excel_text(value) -> str:
    """A cell for the Excel CSV: text that could run as a formula gets a leading '."""
    text = cell_text(value)
    if isinstance(value, str) and value.startswith(EXCEL_ESCAPED_PREFIXES):
        return "'" + text
    return text


def csv_field(text: str) -> str:
    """RFC 4180 quoting; a lone CR is quoted too (the csv module quotes it only in CRLF mode)."""
    if QUOTED.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def table_rows(frame: pd.DataFrame | Table) -> list[tuple]:
    """The frame's rows as the values itertuples gives, a column at a time (itertuples
    indexes the frame once per column per call: most of an article's export time)."""
    if isinstance(frame, Table):
        return frame.rows
    return list(zip(*(column_values(frame[column]) for column in frame.columns), strict=True))


def csv_text(frame: pd.DataFrame | Table, render, rows: list[tuple] | None = None) -> str:
    lines = [",".join(csv_field(str(column)) for column in frame.columns)]
    for row in table_rows(frame) if rows is None else rows:
        lines.append(",".join(csv_field(render(value)) for value in row))
    return "\n".join(lines) + "\n"


def table_csv(frame: pd.DataFrame | Table, rows: list[tuple] | None = None) -> bytes:
    """Canonical CSV: UTF-8 without BOM, LF, the frame's row and column order (``rows``:
    the frame's ``table_rows``, when the caller has them already)."""
    return csv_text(frame, cell_text, rows).encode("utf-8")


def table_excel_csv(frame: pd.DataFrame | Table, rows: list[tuple] | None = None) -> bytes:
    """The CSV for spreadsheets: UTF-8 with BOM (Excel reads Arabic), formulas defused.

    Only text cells are escaped: a number column keeps -2 as -2.
    """
    return csv_text(frame, excel_text, rows).encode("utf-8-sig")


def csv_twins(table: pd.DataFrame | Table) -> tuple[bytes, bytes]:
    """``table_csv`` and ``table_excel_csv`` of one table, each cell rendered once: the two
    differ only in the BOM and in text cells that could run as a formula."""
    header = ",".join(csv_field(str(column)) for column in table.columns)
    plain, excel = [header], [header]
    for row in table_rows(table):
        fields = [csv_field(cell_text(value)) for value in row]
        line = ",".join(fields)
        plain.append(line)
        if any(isinstance(v, str) and v.startswith(EXCEL_ESCAPED_PREFIXES) for v in row):
            line = ",".join(csv_field(excel_text(value)) for value in row)
        excel.append(line)
    return (
        ("\n".join(plain) + "\n").encode("utf-8"),
        ("\n".join(excel) + "\n").encode("utf-8-sig"),
    )


# ---- the workbook ------------------------------------------------------------------------


def sheet_value(value):
    """A cell as the workbook stores it: numbers as numbers, missing as an empty cell."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) else float(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    return str(value)


def fill_sheet(workbook, formats: tuple, name: str, header: list[str], rows: list[list]) -> None:
    """Header in bold, frozen and filtered; text stays text (never a formula)."""
    sheet = workbook.add_worksheet(name)
    bold, arabic = formats
    sheet.write_row(0, 0, header, bold)
    widths = [len(name) for name in header]
    for line, row in enumerate(rows, start=1):
        for column, value in enumerate(row):
            widths[column] = max(widths[column], len(str(value or "")))
            if value is None:
                continue
            if isinstance(value, str):
                if len(value) > CELL_LIMIT:  # the writer would cut it: never silently
                    raise ValueError(f"sheet {name!r}, row {line + 1}: a cell beyond 32,767 "
                                     "characters cannot be written to a workbook")  # fmt: skip
                # write_string, never write: a leading '=' stays text
                sheet.write_string(line, column, value, arabic if ARABIC.search(value) else None)
            elif isinstance(value, bool):
                sheet.write_boolean(line, column, value)
            else:
                sheet.write_number(line, column, value)
    narrow, wide = SHEET_WIDTH
    for column, width in enumerate(widths):
        sheet.set_column(column, column, min(max(width, narrow), wide))
    sheet.freeze_panes(1, 0)
    if rows:
        sheet.autofilter(0, 0, len(rows), len(header) - 1)


def readme_rows(dataset: Dataset, report: DatasetReport) -> list[list[str]]:
    """The workbook's README sheet: what, source, licence, citation."""
    metadata = dataset.metadata
    counts = Report([report]).counts()
    licence = metadata.get("licence", {})
    primary = "; ".join(
        f"{source['title']} ({source['publisher']}): {source['url']}"
        for source in metadata.get("primary_sources", [])
    )
    return [
        ["what", WHAT],
        ["title (en)", metadata.get("title", {}).get("en", "")],
        ["title (ar)", metadata.get("title", {}).get("ar", "")],
        ["source", source_line(metadata)],
        ["primary sources", primary],
        ["licence (data)", licence.get("data", "")],
        ["licence (code)", licence.get("code", "")],
        ["licence (article text)", licence.get("article_text", "")],
        ["citation", citation(dataset)],
        ["version", package_version(metadata)],
        [
            "validation",
            f"{counts['passed']} checks passed, {counts['warned']} warned, "
            f"{counts['failed']} failed (sheet 'checks')",
        ],
        ["hedges", "how «more than», «nearly»… are read as ranges: see README.md"],
    ]


def workbook_sheets(
    dataset: Dataset,
    report: DatasetReport,
    frames: Mapping[str, pd.DataFrame | Table],
    rows: Mapping[str, list[tuple]] | None = None,
) -> list[tuple[str, list[str], list[list]]]:
    """(name, header, cells) of each sheet: the README, one per table, the checks."""
    sheets = [("README", ["field", "value"], readme_rows(dataset, report))]
    for name, frame in frames.items():
        given = rows[name] if rows is not None else table_rows(frame)
        cells = [[v if type(v) is str else sheet_value(v) for v in row] for row in given]
        sheets.append((name, [str(c) for c in frame.columns], cells))
    checks = [[c.id, c.kind, c.status, c.message] for c in report.checks]
    sheets.append(("checks", ["id", "kind", "status", "message"], checks))
    return sheets


def workbook_properties(dataset: Dataset) -> dict:
    day = dt.datetime.combine(curation_day(dataset.metadata), dt.time())
    properties = {"created": day, "author": "factdesk"}
    title = dataset.metadata.get("title", {}).get("en")
    if title:
        properties["title"] = title
    return properties


def sheet_widths(name: str, header: list[str], rows: list[list]) -> list[int]:
    """Each column's width in characters, between SHEET_WIDTH's bounds; refuses a cell the
    workbook would cut."""
    widths = [len(column) for column in header]
    for line, row in enumerate(rows, start=1):
        for column, value in enumerate(row):
            widths[column] = max(widths[column], len(str(value or "")))
            if isinstance(value, str) and len(value) > CELL_LIMIT:  # never cut silently
                raise ValueError(f"sheet {name!r}, row {line + 1}: a cell beyond 32,767 "
                                 "characters cannot be written to a workbook")  # fmt: skip
    narrow, wide = SHEET_WIDTH
    return [min(max(width, narrow), wide) for width in widths]


def workbook_xlsx(
    dataset: Dataset,
    report: DatasetReport,
    frames: Mapping[str, pd.DataFrame | Table],
    rows: Mapping[str, list[tuple]] | None = None,
) -> bytes:
    """One .xlsx: a README sheet, one sheet per table, a checks sheet; no wall-clock time.

    NOTE: the bytes xlsxwriter writes (rather than openpyxl's: 16 ms a synthetic article's
    workbook against 53, and its zip entries carry 1980-01-01 already), its cells written by
    validation/workbook.py (9 ms → 3); the document's times are the curation day, so two
    exports of the same data are byte-identical."""
    sheets = workbook_sheets(dataset, report, frames, rows)
    if not all(workbook.PLAIN_HEADER.fullmatch(c) for _, header, _ in sheets for c in header):
        return workbook_by_xlsxwriter(dataset, report, frames, rows)  # a header it would read
    laid = [
        workbook.Sheet(name, header, cells, sheet_widths(name, header, cells), bool(cells))
        for name, header, cells in sheets
    ]
    return workbook.workbook_bytes(laid, workbook_properties(dataset))


def workbook_by_xlsxwriter(
    dataset: Dataset,
    report: DatasetReport,
    frames: Mapping[str, pd.DataFrame | Table],
    rows: Mapping[str, list[tuple]] | None = None,
) -> bytes:
    """The same workbook, every cell written by xlsxwriter: what workbook.py is held to
    (tests/test_workbook.py), and the writer of a header other than a plain name."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    formats = (  # bold for headers; right to left for Arabic
        book.add_format({"bold": True}),
        book.add_format({"align": "right", "reading_order": 2}),
    )
    for name, header, cells in workbook_sheets(dataset, report, frames, rows):
        fill_sheet(book, formats, name, header, cells)
    book.set_properties(workbook_properties(dataset))
    book.close()
    return buffer.getvalue()


# ---- the package around the tables -------------------------------------------------------


def datapackage_descriptor(
    dataset: Dataset,
    frames: Mapping[str, pd.DataFrame | Table],
    csv_files: Mapping[str, bytes],
    tight: Fraction = TIGHT,
    strict: Fraction = STRICT,
) -> dict:
    """datapackage.json's descriptor from the pandera models, with each CSV's size and sha256
    (the bundle writes it with `json_bytes`)."""
    topics = []
    if "claims" in frames:
        cells = column_of(frames["claims"], "topics")
        topics = [t for cell in cells if isinstance(cell, str) for t in cell.split(";")]
    return package_descriptor(
        {**dataset.metadata, "id": dataset.id}, frames, csv_files, topics, tight, strict
    )


def column_of(table: pd.DataFrame | Table, column: str) -> list:
    at = list(table.columns).index(column)
    return [row[at] for row in table_rows(table)]


def json_bytes(data) -> bytes:
    return (indented(data) + "\n").encode("utf-8")


def report_json(report: DatasetReport) -> bytes:
    """The validation report, in the shape of `factdesk validate --format json`."""
    return Report([report]).to_json().encode("utf-8")


WHAT = (
    "Claims, figures, dates, people and organisations curated by hand from one Arabic news "
    "article, each row traceable to the article's exact words (char_start/char_end index "
    "source.txt), validated by factdesk before export."
)


def source_line(metadata: dict) -> str:
    publisher = metadata.get("publisher", {})
    published = metadata.get("publication_date", {})
    who = publisher.get("value") or "publisher unknown"
    when = published.get("value") or "date unknown"
    return (
        f"Arabic news article «{metadata.get('title', {}).get('ar', '')}» ({who}; published "
        f"{when}, {published.get('basis', 'unknown')}), kept byte for byte as source.txt"
    )


def citation(dataset: Dataset) -> str:
    metadata = dataset.metadata
    day = curation_day(metadata)
    return (
        f"factdesk contributors ({day.year}). {metadata.get('title', {}).get('en', dataset.id)} "
        f"[data set {dataset.id}, version {package_version(metadata)}]. "
        f"Licence: {metadata.get('licence', {}).get('data', 'see README')}."
    )


# ---- the bundle's README -----------------------------------------------------------------

FILE_ROLES = {
    "README.md": "this file",
    "datapackage.json": "Frictionless Data Package: every column's type, description, "
    "constraints, keys and references; `frictionless validate datapackage.json` checks it all",
    "report.json": "the validation report: every check with its status, message and details",
    "source.txt": "the article exactly as received, byte for byte (offsets index it)",
    "metadata.json": "titles, publisher and date with how each was established, header lines, "
    "primary sources, licences, the sha256 of source.txt",
    "DATACARD.md": "the data card: how each table was curated, judgement calls, exceptions",
    "SHA256SUMS": "checksums of every other file: `sha256sum -c SHA256SUMS`",
    "claimreview.jsonld": "schema.org ClaimReview items: the external verdict of each verified "
    "claim, with its citations (internal consistency is in report.json, not in the rating)",
}


def file_role(name: str, dataset_id: str) -> str:
    if name in FILE_ROLES:
        return FILE_ROLES[name]
    if name == "charts/plotly.min.js":
        return "plotly.js, the one copy every chart page in `charts/` loads"
    if name.startswith("charts/") and name.endswith(".html"):
        return "a chart with its title, notes, source line and text description, as a page to embed"
    if name == f"{dataset_id}.xlsx":
        return "workbook: a README sheet, one sheet per table, and the checks"
    if name.endswith(".excel.csv"):
        return f"`{name.removesuffix('.excel.csv')}.csv` for spreadsheets (see below)"
    return f"the `{name.removesuffix('.csv')}` table, canonical CSV (see below)"


def hedge_formula(value: Fraction | None, tight: Fraction, strict: Fraction) -> str:
    """A bound of X = 1 in the convention's words: (1−t)X, X, ∞ …"""
    names = {
        Fraction(0): "0",
        Fraction(1): "X",
        1 - strict: "(1−s)X",
        1 + strict: "(1+s)X",
        1 - tight: "(1−t)X",
        1 + tight: "(1+t)X",
    }
    return "∞" if value is None else names.get(value, str(value))


def interval_formula(interval, tight: Fraction, strict: Fraction) -> str:
    low = hedge_formula(interval.low, tight, strict)
    high = hedge_formula(interval.high, tight, strict)
    opening = "(" if interval.low_open else "["
    closing = ")" if interval.high_open or interval.high is None else "]"
    return f"{opening}{low}, {high}{closing}"


def arabic_examples(hedge: str, shown: int = 4) -> str:
    """The first few Arabic phrases the extractor reads as ``hedge``."""
    before = [w for w in HEDGE_WORDS_BEFORE.get(hedge, "").split("، ") if w][:shown]
    after = [w for w in HEDGE_WORDS_AFTER.get(hedge, "").split("، ") if w]
    words = "، ".join(before)
    if after:
        words += ("; " if words else "") + "after the number: " + "، ".join(after)
    return words or "no hedge word"


def hedge_table(tight: Fraction, strict: Fraction) -> list[str]:
    """The hedge convention, computed by the engine's own hedges.readings (cannot drift)."""
    lines = [
        f"| hedge | Arabic (examples) | tight reading (t = {percent(tight)}) | "
        f"strict reading (s = {percent(strict)}) | for X = 100 |",
        "|---|---|---|---|---|",
    ]
    for hedge in HEDGES:
        both = readings(1, hedge, tight, strict)
        example = readings(100, hedge, tight, strict)
        lines.append(
            f"| `{hedge}` | {arabic_examples(hedge)} | "
            f"{interval_formula(both['tight'], tight, strict)} | "
            f"{interval_formula(both['strict'], tight, strict)} | "
            f"«{render_ar(100, None, hedge)}», {render_en(100, None, hedge)}: "
            f"tight {example['tight']}, strict {example['strict']} |"
        )
    return lines


def table_section(name: str, frame: pd.DataFrame, descriptor: dict) -> list[str]:
    resource = next(r for r in descriptor["resources"] if r["name"] == name)
    key = ", ".join(f"`{k}`" for k in resource["schema"]["primaryKey"])
    lines = [
        f"### `{name}.csv` — {len(frame)} rows",
        "",
        f"{resource['description']} Rows in key order: {key}.",
        "",
        "| field | type | description |",
        "|---|---|---|",
    ]
    for field in resource["schema"]["fields"]:
        description = field["description"].replace("|", "\\|").replace("\n", " ")
        lines.append(f"| `{field['name']}` | {field['type']} | {description} |")
    return [*lines, ""]


def bundle_readme(
    dataset: Dataset,
    report: DatasetReport,
    frames: Mapping[str, pd.DataFrame],
    file_names: list[str],
    descriptor: dict,
    tight: Fraction = TIGHT,
    strict: Fraction = STRICT,
) -> bytes:
    """README.md of the bundle: what, each file, the tables, hedges, citation, licences."""
    lines = [
        *readme_intro(dataset, report),
        *readme_files(file_names, dataset.id),
        *readme_tables(frames, descriptor),
        *readme_hedges(tight, strict),
        *readme_citation(dataset),
        *readme_licences(dataset.metadata),
        *readme_checking(),
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def readme_intro(dataset: Dataset, report: DatasetReport) -> list[str]:
    """The title in both languages, what the bundle is, its source and its checks' counts."""
    metadata = dataset.metadata
    title = metadata.get("title", {})
    counts = Report([report]).counts()
    return [
        f"# {title.get('en', dataset.id)}",
        "",
        f"«{title.get('ar', '')}»",
        "",
        f"{WHAT} Dataset `{dataset.id}`, version "
        f"{package_version(metadata)} (curated {curation_day(metadata).isoformat()}).",
        "",
        f"Source: {source_line(metadata)}.",
        "",
        f"Validation: {counts['passed']} checks passed, {counts['warned']} warned, "
        f"{counts['failed']} failed — every check is in `report.json` and the workbook's "
        "`checks` sheet.",
        "",
    ]


def readme_files(file_names: list[str], dataset_id: str) -> list[str]:
    """Every file of the bundle and what it is, then how the CSVs and their twins are written."""
    return [
        "## Files",
        "",
        "| file | what it is |",
        "|---|---|",
        *[f"| `{name}` | {file_role(name, dataset_id)} |" for name in sorted(file_names)],
        "",
        "CSV conventions: UTF-8, LF line endings, a header row, rows in primary-key order, "
        "integers without decimals, `true`/`false`, an empty cell for missing, dates in ISO "
        "form at their precision (`2021-12-24`, `2020-10`, `2011`). Character offsets index "
        "`source.txt` as code points, 0-based, end-exclusive. Columns after the curated ones "
        "in `figures.csv` and `events.csv` are computed by factdesk, not curated.",
        "",
        "The `.excel.csv` twins are for opening in a spreadsheet only: UTF-8 with a BOM (so "
        "Excel reads the Arabic), and any text cell starting with = + - @ TAB CR or LF is "
        "prefixed with `'` so that it cannot run as a formula; numbers are untouched. Read the "
        "canonical `.csv` files with code. A spreadsheet may still turn CSV text such as "
        "`2020-10` into a date: the `.xlsx` keeps every cell as it is.",
        "",
    ]


def readme_tables(frames: Mapping[str, pd.DataFrame], descriptor: dict) -> list[str]:
    """Each exported table's columns, as the Data Package descriptor describes them."""
    lines = ["## Tables", ""]
    for name, frame in frames.items():
        lines += table_section(name, frame, descriptor)
    return lines


@cache  # the same for every bundle of an export: 0.6 ms of readings an article otherwise
def readme_hedges(tight: Fraction, strict: Fraction) -> tuple[str, ...]:
    """How a hedged figure's two readings are read, with the tolerances this export used."""
    return (
        "## Hedges: how a qualified number is read",
        "",
        "Each hedged figure is a range under two readings: *tight*, what a reader assumes, "
        "and *strict*, what the words guarantee. A relation impossible under the strict "
        "reading fails validation; one only the tight reading breaks is a warning. The "
        "computed columns `tight_low`…`strict_high` of `figures.csv` hold these bounds "
        "(empty = no bound).",
        "",
        *hedge_table(tight, strict),
        "",
    )


def readme_citation(dataset: Dataset) -> list[str]:
    return ["## How to cite", "", citation(dataset), ""]


def readme_licences(metadata: dict) -> list[str]:
    """The data's, the code's and the article text's licences, each on its own line."""
    licence = metadata.get("licence", {})
    return [
        "## Licences",
        "",
        f"- Data (the tables, the workbook, this package): {licence.get('data', 'see source')}.",
        f"- Code (factdesk): {licence.get('code', 'see source')}.",
        f"- The article text (`source.txt`): {licence.get('article_text', 'see source')}",
        "",
    ]


def readme_checking() -> list[str]:
    """The two commands a reader runs to check the files against their sums and schema."""
    return [
        "## Checking the files",
        "",
        "```sh",
        "sha256sum -c SHA256SUMS",
        "frictionless validate datapackage.json",
        "```",
    ]


# ---- checksums, zip, the whole bundle ----------------------------------------------------


def sha256sums(files: Mapping[str, bytes]) -> bytes:
    """`sha256sum` format ("<hex>  <name>"), one line per file, sorted by name."""
    lines = [f"{hashlib.sha256(files[name]).hexdigest()}  {name}\n" for name in sorted(files)]
    return "".join(lines).encode("utf-8")


def zip_entries(entries: list[tuple[str, bytes]]) -> bytes:
    """A zip of the entries in the given order: fixed time 1980-01-01, mode 0644, deflated."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so the mode below is read everywhere
            info.external_attr = (0o100000 | ZIP_FILE_MODE) << 16
            archive.writestr(info, data, compresslevel=9)
    return buffer.getvalue()


def zip_bytes(files: Mapping[str, bytes], folder: str = "") -> bytes:
    """A zip of ``files``, sorted by name, inside ``folder/`` when one is given."""
    prefix = f"{folder}/" if folder else ""
    return zip_entries([(prefix + name, files[name]) for name in sorted(files)])


def export_frames(
    tables: Mapping[str, pd.DataFrame], tight: Fraction = TIGHT, strict: Fraction = STRICT
) -> dict[str, pd.DataFrame]:
    """Every table present, as exported, in the models' order."""
    return {
        name: export_frame(name, tables[name], tight, strict) for name in MODELS if name in tables
    }


def export_tables(
    tables: Mapping[str, pd.DataFrame | Rows], tight: Fraction = TIGHT, strict: Fraction = STRICT
) -> dict[str, Table]:
    """``export_frames`` as Tables, from each table's frame or its checked records."""
    return {
        name: export_table(name, as_records(tables[name]), tight, strict)
        for name in MODELS
        if name in tables
    }


def as_records(table: pd.DataFrame | Rows) -> Rows:
    return records_of(table) if isinstance(table, pd.DataFrame) else table


def bundle_files(
    dataset: Dataset,
    report: DatasetReport,
    tables: Mapping[str, pd.DataFrame | Rows],
    tight: Fraction = TIGHT,
    strict: Fraction = STRICT,
    extra: Mapping[str, bytes] | None = None,
) -> dict[str, bytes]:
    """The whole bundle of one dataset: relative file name → bytes, sorted by name. Each
    table is its typed frame, or its checked records (batch.Rows) as the engine returns them.

    ``extra`` adds files made elsewhere (the chart embeds under ``charts/``); they are listed
    in the README and checksummed like the others.

    Refuses (ValueError) a report with a failed check: its tables lack the rejected rows.
    """
    failed = [check.id for check in report.checks if check.status == "fail"]
    if failed:
        raise ValueError(f"{dataset.id}: not exported, checks failed: {', '.join(failed)}")
    exported = export_tables(tables, tight, strict)
    files: dict[str, bytes] = {}
    for name, table in exported.items():
        files[f"{name}.csv"], files[f"{name}.excel.csv"] = csv_twins(table)
    csv_files = {name: data for name, data in files.items() if not name.endswith(".excel.csv")}
    files[f"{dataset.id}.xlsx"] = workbook_xlsx(dataset, report, exported)
    descriptor = datapackage_descriptor(dataset, exported, csv_files, tight, strict)
    files["datapackage.json"] = json_bytes(descriptor)
    files["report.json"] = report_json(report)
    files["source.txt"] = dataset.source_bytes
    files["metadata.json"] = json_bytes(dataset.metadata)
    if "verifications" in tables:
        files["claimreview.jsonld"] = claimreview_jsonld(dataset, tables)
    datacard = data_card(dataset)
    if datacard is not None:
        files["DATACARD.md"] = datacard
    files.update(extra or {})
    names = [*files, "README.md", "SHA256SUMS"]
    files["README.md"] = bundle_readme(dataset, report, exported, names, descriptor, tight, strict)
    files["SHA256SUMS"] = sha256sums(files)
    return dict(sorted(files.items()))


def data_card(dataset: Dataset) -> bytes | None:
    """The dataset folder's own README.md (how it was curated), when it has one."""
    path = dataset.folder / "README.md"
    return path.read_bytes() if path.is_file() and not path.is_symlink() else None


# ---- writing: all or nothing -------------------------------------------------------------


def export_layout(bundles: Mapping[str, Mapping[str, bytes]]) -> dict[str, bytes]:
    """Every file of the export, relative to ``out``: each bundle's folder and its zip."""
    files: dict[str, bytes] = {}
    for dataset_id, bundle in sorted(bundles.items()):
        for name, data in bundle.items():
            files[f"{dataset_id}/{name}"] = data
        files[f"{dataset_id}.zip"] = zip_bytes(bundle, folder=dataset_id)
    return files


def looks_like_export(folder: Path) -> bool:
    """Only an earlier export may be replaced: folders with SHA256SUMS, and their zips."""
    for child in folder.iterdir():
        if child.is_dir() and not child.is_symlink() and (child / "SHA256SUMS").is_file():
            continue
        if child.is_file() and child.suffix == ".zip":
            continue
        return False
    return True


def write_file(path: Path, data: bytes) -> None:
    try:
        handle = open(path, "wb")  # noqa: SIM115 (closed below)
    except FileNotFoundError:  # the first file of its folder: made once, not per file
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "wb")  # noqa: SIM115
    with handle:
        handle.write(data)


def write_export(bundles: Mapping[str, Mapping[str, bytes]], out: Path) -> list[Path]:
    """Write every bundle under ``out`` at once: the old export stays until the new is whole.

    The files go into a temporary folder beside ``out`` (same file system, so renames are
    atomic); then the old ``out`` is renamed aside, the new one renamed in, the old removed.
    Raises UnusableInput when ``out`` exists and is not an earlier export.
    """
    out = Path(out)
    if out.exists() and not (out.is_dir() and looks_like_export(out)):
        raise UnusableInput(out, "exists and is not a factdesk export: refusing to replace it")
    files = export_layout(bundles)
    out.parent.mkdir(parents=True, exist_ok=True)
    clear_leftovers(out)
    building = Path(tempfile.mkdtemp(prefix=temporary_prefix(out, "new"), dir=out.parent))
    try:
        for name, data in files.items():
            write_file(building / name, data)
        os.chmod(building, 0o755)  # mkdtemp makes it private
        swap_into_place(building, out)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return [out / name for name in files]


def temporary_prefix(out: Path, role: str) -> str:
    """``.NAME.new-PID-`` (or ``old``): hidden beside ``out``, naming the process that owns it."""
    return f".{out.name}.{role}-{os.getpid()}-"


def owner_alive(name: str, prefix: str) -> bool:
    """Whether the process named in a temporary folder's name still runs."""
    pid = name[len(prefix) :].split("-", 1)[0]
    if not pid.isdigit() or int(pid) == os.getpid():
        return False  # an older export's folder (no process named), or a reused number
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def clear_leftovers(out: Path) -> None:
    """Remove the temporary folders of exports to ``out`` that were killed outright.

    A killed export leaves ``.NAME.new-…`` (its unfinished files) or, killed between the
    swap's two renames, ``.NAME.old-…`` (the previous export) with no ``out``: that one is
    put back. Folders of a process still running are left alone."""
    if not out.parent.is_dir():
        return
    for role in ("old", "new"):
        prefix = f".{out.name}.{role}-"
        for leftover in sorted(out.parent.glob(f"{glob.escape(prefix)}*")):
            if not leftover.is_dir() or leftover.is_symlink():
                continue
            if owner_alive(leftover.name, prefix):
                continue
            if role == "old" and not out.exists() and looks_like_export(leftover):
                os.rename(leftover, out)
            else:
                shutil.rmtree(leftover, ignore_errors=True)


def swap_into_place(new: Path, out: Path) -> None:
    """Rename ``new`` to ``out``; an existing ``out`` is moved aside first, then removed."""
    if not out.exists():
        os.rename(new, out)
        return
    old = Path(tempfile.mkdtemp(prefix=temporary_prefix(out, "old"), dir=out.parent))
    os.rmdir(old)  # only the unique name is wanted: rename needs a free target
    os.rename(out, old)
    try:
        os.rename(new, out)
    except BaseException:
        os.rename(old, out)  # put the previous export back
        raise
    shutil.rmtree(old)


def build_bundles(
    datasets: list[Dataset],
    tight: Fraction = TIGHT,
    strict: Fraction = STRICT,
    extra_files: Callable[[Dataset, DatasetReport, dict], Mapping[str, bytes]] | None = None,
) -> tuple[Report, dict[str, dict[str, bytes]]]:
    """Validate every dataset (one batch: pandera once per table); the bundles are built
    only when every check passes. The command line exports through archive_export.py.

    ``extra_files(dataset, report, tables)`` adds files to a dataset's bundle (the CLI's
    ``--charts`` passes the chart embeds): the engine never draws a chart itself."""
    from validation.batch import Batch
    from validation.engine import check_batch

    seen: dict[str, Path] = {}
    for dataset in datasets:
        if dataset.id in seen:
            raise UnusableInput(
                dataset.folder, f"dataset id {dataset.id!r} is also the id of {seen[dataset.id]}"
            )
        seen[dataset.id] = dataset.folder
    outcomes = check_batch(Batch.from_datasets(datasets), tight, strict)
    report = Report([dataset_report for dataset_report, _ in outcomes])
    if not report.ok:
        return report, {}
    bundles = {}
    for dataset, (dataset_report, typed) in zip(datasets, outcomes, strict=True):
        tables = {name: rows.rows for name, rows in typed.items()}
        extra = None
        if extra_files:  # the chart builders draw from frames
            frames = {name: rows.frame() for name, rows in typed.items()}
            extra = extra_files(dataset, dataset_report, frames)
        bundles[dataset.id] = bundle_files(dataset, dataset_report, tables, tight, strict, extra)
    return report, bundles
