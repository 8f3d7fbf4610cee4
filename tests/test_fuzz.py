"""Property and fuzz tests: whatever a file holds, the engine answers, never crashes.

Bytes of any kind as any table, through the parser and through the whole engine as the
dashboard's upload does it (``with_table_replaced`` + ``check_dataset``); hostile cells in
the real tables; any text as the article, through the checks that run the extractor; any
file to ``factdesk extract``. The answer is a report or one line saying why the input is
unusable; every finding stays on one line and points inside what it judges.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import tempfile
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import LIBYA
from validation import cli
from validation.engine import check_dataset, with_table_replaced
from validation.load import UnusableInput, decode_text, load_dataset, parse_csv
from validation.report import Report
from validation.schemas import MODELS

TABLES = [name for name in MODELS if (LIBYA / f"{name}.csv").exists()]
FILES = {f"{name}.csv" for name in MODELS} | {"source.txt", "metadata.json"}
ENGINE = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)  # a whole check takes most of a second: fewer, richer examples


@pytest.fixture(scope="module")
def shipped():
    return load_dataset(LIBYA)


# ---- what strategies draw ----------------------------------------------------------------

# Text that has broken parsers, spreadsheets and browsers, and the words the checks react to.
HOSTILE = [
    "", " ", "\n", "\r", "\r\n", '"', '""', ",", "\x00", "\ufeff", "\u200b", "\u202e",
    "\u2066x\u2069", "=1+1", "+1", "-1", "@SUM(1)", "\t=1", "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>", "&amp;", "0", "-0", "00", "1e30", "1" * 25, "9" * 400,
    "NaN", "inf", "-inf", "None", "null", "true", "false", "yes", "TRUE", "1.5", "٦٠٥",
    "2021", "2021-02-30", "2021-13-01", "2021-06", "0000", "99999", "f01", "f99", "c01",
    "c99", "e01", "v01", "us", "f01;f02", "aid;aid", "exact", "nearly", "more_than",
    "money", "percent", "USD", "LYD", "total", "day", "month", "year", "scheduled",
    "external", "figures", "claims", "events", "confirmed", "https://example.org/x",
    "605 مليون دولار", "أكثر من 850 مليون دولار", "ما يقرب من 269 مليون دولار",
    "نحو 3 مليارات يورو", "50٪", "24 ديسمبر 2021", "أكتوبر الماضي", "أمس", "عام 2011",
    "2570 (2021)", "3/ أغسطس/ 2011", "غير محدد", "ش" * 300,
]  # fmt: skip
CELL = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=40),
    st.integers().map(str),
    st.lists(st.sampled_from(HOSTILE), min_size=2, max_size=4).map(" ".join),
)
CSV_CHARS = st.sampled_from(list('ab1-,"\r\n \t\x00\ufeff\u202eش٣'))
CSV_LIKE = st.text(CSV_CHARS, max_size=300)
# Arabic news text the extractor reacts to, shuffled with anything at all.
PIECES = [
    "مليون", "مليار", "ألف", "دولار", "دينار ليبي", "يورو", "أكثر من", "نحو", "ما يقرب من",
    "لا يقل عن", "عام", "منذ", "ديسمبر", "أكتوبر", "الماضي", "المقبل", "أمس", "اليوم",
    "القرار", "٪", "%", "/", "(", ")", "-", ".", "،", " ", "\n", "\n\n", "و", "بـ",
    "2021", "24", "850", "1.3", "٢٠٢١", "١٢٣٬٤٥٦", "0", "\u200f", "\u064b",
]  # fmt: skip
ARTICLE = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map(
    "".join
)


def with_cells(text: str, edits: list[tuple[int, int, str]]) -> bytes:
    """The table with some cells replaced (a row of new cells if it has none)."""
    rows = list(csv.reader(io.StringIO(text, newline="")))
    for row_pick, column_pick, value in edits:
        if len(rows) == 1:
            rows.append([""] * len(rows[0]))
        rows[1 + row_pick % (len(rows) - 1)][column_pick % len(rows[0])] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)  # quotes a CR, as Excel does
    return out.getvalue().encode("utf-8")


# ---- what every answer must be -----------------------------------------------------------


def assert_one_line(error: UnusableInput, name: str) -> None:
    line = error.line()
    assert line.startswith(name)
    assert "\n" not in line and "\r" not in line


def assert_well_formed(report, tables: dict) -> None:
    """Findings that a journalist can follow: a known file, a real row, one line each."""
    Report([report]).to_text()
    json.loads(Report([report]).to_json())
    for check in report.checks:
        assert check.status in ("pass", "warn", "fail")
        for finding in check.findings:
            assert finding.file in FILES, finding
            assert "\n" not in finding.line(), finding
            frame = tables.get(finding.file.removesuffix(".csv"))
            if frame is not None and finding.row is not None:
                assert finding.row in frame.index or finding.file == "source.txt", finding


def engine_answers(dataset, name: str, data: bytes):
    """The dashboard's upload path: a report, or None when the bytes are refused."""
    try:
        edited = with_table_replaced(dataset, name, data, f"{name}.csv")
    except UnusableInput as error:
        assert_one_line(error, f"{name}.csv")
        return None
    report, _ = check_dataset(edited)  # any exception is a crash the fuzzer found
    assert_well_formed(report, edited.tables)
    return report


# ---- the parser --------------------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(data=st.one_of(st.binary(max_size=600), CSV_LIKE.map(str.encode)))
def test_any_bytes_are_a_table_or_one_line_why(data):
    try:
        frame = parse_csv(decode_text(data, "upload.csv"), "upload.csv")
    except UnusableInput as error:
        assert_one_line(error, "upload.csv")
        return
    assert list(frame.index) == list(range(2, 2 + len(frame)))  # spreadsheet row numbers
    assert len(set(frame.columns)) == len(frame.columns)
    for value in frame.to_numpy().ravel():  # text, or missing: never an empty string
        assert (isinstance(value, str) and value != "") or pd.isna(value)


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.lists(CELL, min_size=1, max_size=4), min_size=1, max_size=5))
def test_what_the_csv_writer_writes_reads_back_cell_for_cell(rows):
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    rows[0] = [f"c{i}" for i in range(width)]  # a header of distinct names
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    try:
        frame = parse_csv(decode_text(out.getvalue().encode("utf-8-sig"), "x.csv"), "x.csv")
    except UnusableInput as error:
        assert "NUL byte" in error.reason  # the only text refused: NUL is not text
        return
    kept = [row for row in rows[1:] if any(row)]
    assert frame.fillna("").to_numpy().tolist() == [
        [cell.replace("\r\n", "\n") for cell in row] for row in kept
    ]


# ---- the whole engine, as the dashboard's upload runs it --------------------------------


@ENGINE
@given(name=st.sampled_from(list(MODELS)), data=st.one_of(st.binary(max_size=3000), CSV_LIKE.map(str.encode)))  # fmt: skip
def test_any_bytes_as_any_table_are_checked_or_refused(shipped, name, data):
    engine_answers(shipped, name, data)


@ENGINE
@given(
    name=st.sampled_from(TABLES),
    edits=st.lists(st.tuples(st.integers(0, 99), st.integers(0, 99), CELL), min_size=1, max_size=4),
)  # fmt: skip
def test_hostile_cells_in_a_real_table_are_findings_not_crashes(shipped, name, edits):
    data = with_cells((LIBYA / f"{name}.csv").read_text(encoding="utf-8"), edits)
    report = engine_answers(shipped, name, data)
    assert report is None or report.checks


@ENGINE
@given(name=st.sampled_from(TABLES), data=st.data())
def test_a_real_table_with_rows_cut_or_repeated_is_checked(shipped, name, data):
    lines = (LIBYA / f"{name}.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    body = data.draw(st.lists(st.sampled_from(lines[1:] or [""]), max_size=12))
    engine_answers(shipped, name, "".join([lines[0], *body]).encode("utf-8"))


# ---- any text as the article: the extractor, through the checks that run it -----------

SPAN = re.compile(r" at (\d+)–(\d+) is not captured")


def assert_coverage_points_into(report, text: str) -> None:
    (coverage,) = [check for check in report.checks if check.id == "coverage.body"]
    for finding in coverage.findings:
        start, end = map(int, SPAN.search(finding.message).groups())
        assert 0 <= start < end <= len(text)
        assert text[start:end] == finding.value
        assert finding.row == text.count("\n", 0, start) + 1


@ENGINE
@given(text=st.one_of(ARTICLE, st.text(st.characters(codec="utf-8"), max_size=400)))
def test_any_text_as_the_article_is_checked(shipped, text):
    article = replace(shipped, source_text=text, source_bytes=text.encode("utf-8"))
    report, _ = check_dataset(article)
    assert_well_formed(report, article.tables)
    assert_coverage_points_into(report, text)


@ENGINE
@given(addition=ARTICLE)
def test_text_added_to_the_real_article_is_found_and_located(shipped, addition):
    """Every offset in the tables still holds; what the extractor finds in the new text
    is reported uncaptured, at its place."""
    text = shipped.source_text + addition
    article = replace(shipped, source_text=text, source_bytes=text.encode("utf-8"))
    report, _ = check_dataset(article)
    assert_well_formed(report, article.tables)
    assert_coverage_points_into(report, text)


@settings(max_examples=100, deadline=None)
@given(data=st.one_of(st.binary(max_size=400), ARTICLE.map(str.encode)))
def test_factdesk_extract_reads_any_file_or_says_why(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "article.txt")
        path.write_bytes(data)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(["extract", str(path)])
    if code == 2:
        assert out.getvalue() == ""
        assert err.getvalue().startswith(f"factdesk: {path}: ")
        assert err.getvalue().count("\n") == 1
        return
    assert (code, err.getvalue()) == (0, "")
    text = decode_text(data, path)
    for mention in json.loads(out.getvalue()):
        assert text[mention["start"] : mention["end"]] == mention["text"]
