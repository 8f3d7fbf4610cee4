"""The schemas: each valid twin passes typed; each invalid twin fails at exactly its pinned cells.

Fixtures are frictionless-style twins in ``fixtures/tables/``: ``<table>-valid.csv`` holds
real rows of the Libya dataset, ``<table>-invalid.csv`` the same rows with one fault a row
(row numbers as a spreadsheet shows them: the header is row 1). A finding is pinned as
``(row, column, rule)``, the rule without its arguments (``isin``, not ``isin([...])``).
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import pandas as pd
import pytest

from validation import schemas, vocab
from validation.checks.schema import validate_table
from validation.load import read_table

TABLES = Path(__file__).parent / "fixtures" / "tables"


@functools.cache
def validate(fixture: str):
    """The schema verdict and typed rows for one fixture, read by the real loader."""
    path = TABLES / fixture
    return validate_table(fixture.split("-")[0], read_table(path, path.parent))


def located(findings) -> list[tuple[int | None, str | None, str]]:
    return [(f.row, f.column, f.rule.split("(")[0]) for f in findings]


# --- valid twins --------------------------------------------------------------------------

# fixture, rows, dtype of every column that is not text ("str")
VALID = [
    ("claims-valid.csv", 4,
     {"paragraph": "int64", "char_start": "int64", "char_end": "int64", "checkable": "boolean"}),
    ("figures-valid.csv", 4,
     {"amount": "int64", "char_start": "int64", "char_end": "int64",
      "parts_exhaustive": "boolean"}),
    ("events-valid.csv", 5, {"char_start": "Int64", "char_end": "Int64"}),
    ("entities-valid.csv", 5, {}),
    ("mentions-valid.csv", 5, {"char_start": "int64", "char_end": "int64"}),
    ("ignored_numbers-valid.csv", 3, {"char_start": "int64", "char_end": "int64"}),
    ("verifications-valid.csv", 4, {}),
    ("context_figures-valid.csv", 4, {"amount": "int64"}),
]  # fmt: skip


def test_every_table_has_a_valid_and_an_invalid_twin():
    tables = {fixture.split("-")[0] for fixture, _, _ in VALID}
    assert tables == set(schemas.MODELS)
    assert {f"{table}-invalid.csv" for table in tables} <= set(EXPECTED)


@pytest.mark.parametrize(("fixture", "rows", "dtypes"), VALID)
def test_valid_twin_passes_with_no_findings_and_typed_columns(fixture, rows, dtypes):
    table = fixture.split("-")[0]
    result, typed = validate(fixture)
    assert (result.status, result.findings) == ("pass", [])
    assert result.message == f"{rows} rows match the {table} schema"
    assert list(typed.index) == list(range(2, rows + 2))  # spreadsheet row numbers
    assert {c: str(d) for c, d in typed.dtypes.items() if str(d) != "str"} == dtypes


@pytest.mark.parametrize(
    ("fixture", "row", "column", "value"),
    [
        ("claims-valid.csv", 2, "char_start", 95),
        ("claims-valid.csv", 2, "checkable", True),
        ("claims-valid.csv", 2, "reporting_verb_ar", "أكد"),
        ("figures-valid.csv", 2, "amount", 850_000_000),
        ("figures-valid.csv", 2, "parts_exhaustive", False),
        ("figures-valid.csv", 3, "parts_exhaustive", pd.NA),  # empty on a leaf
        ("figures-valid.csv", 2, "period_end", pd.NA),
        ("events-valid.csv", 2, "char_start", 301),
        ("events-valid.csv", 6, "char_start", pd.NA),  # an external event quotes nothing
        ("events-valid.csv", 6, "date_text_ar", pd.NA),
        ("ignored_numbers-valid.csv", 2, "surface_ar", "2"),
    ],
)
def test_valid_twin_cells_arrive_as_typed_values(fixture, row, column, value):
    cell = validate(fixture)[1].loc[row, column]
    if value is pd.NA:
        assert pd.isna(cell)
    else:
        assert cell == value


# --- invalid twins ------------------------------------------------------------------------


EXPECTED = {
    "claims-invalid.csv": [
        (2, "claim_id", "field_uniqueness"),  # the first c01 of the pair is reported too
        (3, "char_start", "coerce_dtype"),  # 230.5
        (4, "char_start", "greater_than_or_equal_to"),  # -1
        (5, None, "span_is_ordered"),  # 611 → 482
        (6, "claim_id", "field_uniqueness"),
        (7, "claim_id", "str_matches"),  # c6
        (8, "claim_type", "isin"),  # opinion
        (9, "claim_type", "not_nullable"),
        (10, "claim_en", "no_formula_prefix"),  # =HYPERLINK(…)
        (11, "quote_ar", "no_hidden_controls"),  # U+202E RIGHT-TO-LEFT OVERRIDE
        (12, "claim_en", "no_hidden_controls"),  # U+200B ZERO WIDTH SPACE
        (13, "checkable", "coerce_dtype"),  # yes
        (14, "topics", "code_list"),  # foreign_forces;diplomacy (not sorted)
        (15, "topics", "code_list"),  # diplomacy;Economy (not in code form)
        (16, "reporting_verb_ar", "isin"),  # يقول (not a base form)
    ],
    "figures-invalid.csv": [
        (2, "figure_id", "field_uniqueness"),
        (3, "amount", "coerce_dtype"),  # 10**30 does not fit in int64
        (4, "amount", "less_than_or_equal_to"),  # 10**16 > 10**15
        (5, "amount", "greater_than_or_equal_to"),  # -11000000
        (6, "figure_id", "field_uniqueness"),
        (7, "figure_id", "str_matches"),  # F6
        (8, "currency", "isin"),  # usd
        (8, "hedge", "isin"),  # approximately
        (9, "period_start", "real_partial_date"),  # 2021-02-30
        (10, "period_end", "real_partial_date"),  # 2021-13-01
        (11, "parts_exhaustive", "coerce_dtype"),  # yes
        (12, "label_en", "no_formula_prefix"),  # -2 percent…
        (13, "label_ar", "no_formula_prefix"),  # @SUM(A1:A4)
        (14, None, "span_is_ordered"),  # 2237 → 2237: an empty span
        (15, "claim_id", "not_nullable"),
        (16, "char_end", "coerce_dtype"),  # 2252.0
    ],
    "events-invalid.csv": [
        (2, "event_id", "field_uniqueness"),
        (3, "date", "real_partial_date"),  # 2021-02-30
        (4, None, "precision_matches_date"),  # 2021-12 with precision day
        (5, "precision", "isin"),  # week
        (6, "char_start", "coerce_dtype"),  # 3O1, a letter O
        (7, None, "span_is_ordered"),  # char_start set, char_end empty
        (8, "char_start", "greater_than_or_equal_to"),  # -301
        (9, "event_id", "field_uniqueness"),
        (10, "event_id", "str_matches"),  # e1
        (11, "date_text_ar", "no_hidden_controls"),  # U+200B
        (12, "note", "no_hidden_controls"),  # U+202E
        (13, "event_type", "not_nullable"),
        (14, "status", "isin"),  # cancelled
        (15, "date", "real_partial_date"),  # 2021-13-01
    ],
    "entities-invalid.csv": [
        (2, "entity_id", "field_uniqueness"),
        (3, "entity_id", "field_uniqueness"),  # blinken twice
        (4, "entity_id", "str_matches"),  # Blinken
        (5, "entity_type", "isin"),  # place
        (6, "name_ar", "no_hidden_controls"),  # U+202E
        (7, "name_en", "no_formula_prefix"),  # =HYPERLINK(…)
        (8, "role_en", "no_formula_prefix"),  # +1 conference…
        (9, "name_ar", "not_nullable"),
    ],
    "mentions-invalid.csv": [
        (3, None, "mention_is_unique"),  # the same blinken mention twice
        (4, None, "mention_is_unique"),
        (5, "char_start", "coerce_dtype"),  # 1.78e2
        (6, "char_start", "greater_than_or_equal_to"),  # -196
        (7, None, "span_is_ordered"),  # 229 → 224
        (8, "surface_ar", "no_hidden_controls"),  # U+200B
        (9, "entity_id", "not_nullable"),
        (10, "surface_ar", "no_formula_prefix"),  # @ليبيا
    ],
    "ignored_numbers-invalid.csv": [
        (3, None, "span_is_unique"),  # 456–460 twice
        (4, None, "span_is_unique"),
        (5, "char_end", "coerce_dtype"),  # 474.5
        (6, "char_start", "greater_than_or_equal_to"),  # -5
        (7, None, "span_is_ordered"),  # 600 → 600
        (8, "surface_ar", "no_hidden_controls"),  # U+200E LEFT-TO-RIGHT MARK
        (9, "reason", "no_formula_prefix"),  # -2 is…
        (10, "reason", "not_nullable"),
    ],
    "verifications-invalid.csv": [
        (2, "verification_id", "field_uniqueness"),
        (3, "verification_id", "field_uniqueness"),
        (4, "verification_id", "str_matches"),  # V5
        (5, "target_table", "isin"),  # mentions
        (6, "verdict", "isin"),  # true
        (7, "source_url", "str_matches"),  # javascript:alert(1)
        (8, "accessed", "real_day"),  # 2026-02-30
        (9, "accessed", "real_day"),  # 28/11/2026
        (10, "source_title", "no_formula_prefix"),  # =HYPERLINK(…)
        (11, "external_value", "no_formula_prefix"),  # +218 21 000 0000
        (12, "note_en", "no_hidden_controls"),  # U+202E
        (13, "target_id", "not_nullable"),
    ],
    "context_figures-invalid.csv": [
        (2, "context_id", "field_uniqueness"),
        (3, "context_id", "field_uniqueness"),
        (4, "context_id", "str_matches"),  # X3
        (5, "stated_on", "real_partial_date"),  # 2021-02-30
        (6, None, "precision_matches_date"),  # 2020-11 with precision day
        (7, "amount", "coerce_dtype"),  # 8.5e8
        (8, "firmness", "isin"),  # official
        (9, "wording_en", "no_formula_prefix"),  # =HYPERLINK(…)
        (10, "scope", "str_matches"),  # Military
    ],
    "claims-missing-column.csv": [(None, "topics", "column_in_dataframe")],
    "figures-extra-column.csv": [(None, "reviewer", "column_in_schema")],
}


@pytest.mark.parametrize("fixture", list(EXPECTED))
def test_invalid_twin_fails_at_exactly_these_cells(fixture):
    """Each deliberate fault at its cell, and nothing else: one fault, one finding."""
    result, _ = validate(fixture)
    assert result.status == "fail"
    assert located(result.findings) == EXPECTED[fixture]
    assert result.message == (
        f"{len(EXPECTED[fixture])} problem(s) in {fixture.split('-')[0]}.csv against its schema"
    )


@pytest.mark.parametrize(
    ("fixture", "row", "column", "message", "value"),
    [
        ("claims-invalid.csv", 10, "claim_en",
         "starts like a spreadsheet formula (= + - @ TAB CR)",
         '=HYPERLINK("https://evil.example","Blinken said")'),
        ("claims-invalid.csv", 11, "quote_ar",
         "holds an invisible bidi or zero-width control character",
         "وقال بلينكن\u202e في مؤتمر صحفي"),
        ("claims-invalid.csv", 3, "char_start", "not a whole number", "230.5"),
        ("claims-invalid.csv", 13, "checkable", "not true or false", "yes"),
        ("claims-invalid.csv", 9, "claim_type", "is empty but required", None),
        ("claims-invalid.csv", 14, "topics",
         "is not a sorted ';'-separated list of lowercase codes without repeats",
         "foreign_forces;diplomacy"),
        ("claims-invalid.csv", 16, "reporting_verb_ar", "is not in the column's vocabulary", "يقول"),
        ("events-invalid.csv", 6, "char_start", "not a whole number", "3O1"),
        ("ignored_numbers-invalid.csv", 6, "char_start", "is below the minimum of 0", "-5"),
        ("verifications-invalid.csv", 4, "verification_id",
         "does not have the required form", "V5"),
        ("verifications-invalid.csv", 8, "accessed",
         "is not a real ISO day (YYYY-MM-DD)", "2026-02-30"),
        ("claims-missing-column.csv", None, "topics", "required column is missing", None),
        ("figures-extra-column.csv", None, "reviewer",
         "unknown column (not in the data dictionary)", None),
    ],
)  # fmt: skip
def test_finding_says_in_words_what_is_wrong(fixture, row, column, message, value):
    (finding,) = [f for f in validate(fixture)[0].findings if (f.row, f.column) == (row, column)]
    assert (finding.message, finding.value) == (message, value)


@pytest.mark.parametrize(
    ("fixture", "row", "column", "line"),
    [
        ("claims-invalid.csv", 10, "claim_en",
         "claims.csv, row 10, column claim_en: starts like a spreadsheet formula (= + - @ TAB CR)"
         " (value: '=HYPERLINK(\"https://evil.example\",\"Blinken said\")') [no_formula_prefix]"),
        ("entities-invalid.csv", 9, "name_ar",
         "entities.csv, row 9, column name_ar: is empty but required [not_nullable]"),
        ("claims-missing-column.csv", None, "topics",
         "claims.csv, column topics: required column is missing [column_in_dataframe]"),
    ],
)  # fmt: skip
def test_finding_line_is_what_a_journalist_reads(fixture, row, column, line):
    (finding,) = [f for f in validate(fixture)[0].findings if (f.row, f.column) == (row, column)]
    assert finding.line() == line


@pytest.mark.parametrize("fixture", ["claims-missing-column.csv", "figures-extra-column.csv"])
def test_a_table_with_a_wrong_column_set_yields_no_typed_rows(fixture):
    assert validate(fixture)[1] is None


# --- the fixture files themselves ---------------------------------------------------------


@pytest.mark.parametrize("path", sorted(TABLES.glob("*.csv")), ids=lambda p: p.name)
def test_fixture_is_utf8_with_lf_endings_and_no_bom(path):
    data = path.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" not in data and data.endswith(b"\n")
    data.decode("utf-8")


@pytest.mark.parametrize("table", list(schemas.MODELS))
def test_invalid_twin_has_the_valid_twins_header(table):
    def header(role: str) -> str:
        return (TABLES / f"{table}-{role}.csv").read_text(encoding="utf-8").split("\n")[0]

    assert header("invalid") == header("valid")


# --- parse_partial_date and the registered checks -----------------------------------------


def one(check, value, **kwargs) -> bool:
    """A vectorised check's verdict on a single cell, as a text column holds it."""
    series = pd.Series([value], dtype="str")
    return bool(check(series, **kwargs).iloc[0])


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("2011", (dt.date(2011, 1, 1), "year")),
        ("2020-10", (dt.date(2020, 10, 1), "month")),
        ("2021-12-24", (dt.date(2021, 12, 24), "day")),
        ("2020-02-29", (dt.date(2020, 2, 29), "day")),  # a leap year
        ("2021-02-29", None),
        ("2021-02-30", None),
        ("2021-13-01", None),
        ("2021-00", None),
        ("2021-12-00", None),
        ("2021-1-5", None),  # ISO pads with zeros
        ("21", None),
        ("24/12/2021", None),
        ("2021-12-24T10:00", None),
        (" 2021", None),
        ("", None),
        (None, None),
        (2021, None),  # only text is a date here
        ("2021-12-24\n", None),
        ("٢٠٢١-١٢-٢٤", None),  # Arabic-Indic digits: the CSV form is ASCII
    ],
)
def test_parse_partial_date(text, parsed):
    assert schemas.parse_partial_date(text) == parsed


@pytest.mark.parametrize(
    ("value", "passes"),
    [
        ('=HYPERLINK("https://evil.example","x")', False),
        ("+1", False),
        ("-2", False),
        ("@SUM(A1:A4)", False),
        ("\t=1", False),
        ("\r=1", False),
        ("أكثر من 850 مليون دولار", True),
        ("5+5 Joint Military Commission", True),  # a sign inside the text is harmless
        (None, True),
    ],
)
def test_no_formula_prefix(value, passes):
    assert one(schemas.no_formula_prefix, value) is passes


@pytest.mark.parametrize(
    ("value", "passes"),
    [
        ("ليبيا\u202e", False),  # RIGHT-TO-LEFT OVERRIDE
        ("ليبيا\u200b", False),  # ZERO WIDTH SPACE
        ("2\u200e", False),  # LEFT-TO-RIGHT MARK
        ("\u061c2021", False),  # ARABIC LETTER MARK
        ("\u2066x\u2069", False),  # LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE
        ("\ufeffliby", False),  # a BOM inside a cell
        ("الولايات المتحدة", True),
        ("Libya", True),
        (None, True),
    ],
)
def test_no_hidden_controls(value, passes):
    assert one(schemas.no_hidden_controls, value) is passes


@pytest.mark.parametrize(
    ("value", "passes"),
    [
        ("diplomacy", True),
        ("conference;political_process", True),
        ("political_process;conference", False),  # not sorted
        ("diplomacy;diplomacy", False),  # repeated
        ("diplomacy;economy", False),  # not in the vocabulary
        ("Diplomacy", False),
        ("diplomacy; elections", False),
        (";", False),
    ],
)
def test_codes_in_a_closed_vocabulary(value, passes):
    allowed = ("conference", "diplomacy", "elections", "political_process")
    assert one(schemas.codes_in, value, allowed=allowed) is passes


@pytest.mark.parametrize(
    ("value", "passes"),
    [
        ("diplomacy", True),
        ("diplomacy;economy", True),  # any code in code form: the dataset declares which
        ("political_process;conference", False),  # not sorted
        ("diplomacy;diplomacy", False),  # repeated
        ("Diplomacy", False),
        ("diplomacy; elections", False),
        (";", False),
    ],
)
def test_code_list_checks_the_form_of_a_list_of_codes(value, passes):
    assert one(schemas.code_list, value) is passes


def columns_with(check: str) -> set[tuple[str, str]]:
    return {
        (table, name)
        for table, model in schemas.MODELS.items()
        for name, column in model.to_schema().columns.items()
        if any(c.name == check for c in column.checks)
    }


# Free text: the columns built with schemas.text(), which a spreadsheet and a diff must show safely.
TEXT_FIELDS = {
    ("claims", "quote_ar"), ("claims", "claim_en"),
    ("figures", "label_en"), ("figures", "label_ar"), ("figures", "quote_ar"),
    ("events", "date_text_ar"), ("events", "event_en"), ("events", "note"),
    ("entities", "name_ar"), ("entities", "name_en"), ("entities", "role_en"),
    ("mentions", "surface_ar"),
    ("ignored_numbers", "surface_ar"), ("ignored_numbers", "reason"),
    ("verifications", "external_value"), ("verifications", "source_title"),
    ("verifications", "note_en"),
    ("context_figures", "wording_en"), ("context_figures", "source_title"),
    ("context_figures", "note_en"),
}  # fmt: skip
DATE_FIELDS = {
    ("figures", "period_start"),
    ("figures", "period_end"),
    ("events", "date"),
    ("context_figures", "stated_on"),
    ("context_figures", "period_start"),
    ("context_figures", "period_end"),
}


@pytest.mark.parametrize(
    ("check", "columns"),
    [
        ("no_formula_prefix", TEXT_FIELDS),
        ("no_hidden_controls", TEXT_FIELDS),
        ("real_partial_date", DATE_FIELDS),
        ("code_list", {("claims", "topics")}),
        ("real_day", {("verifications", "accessed")}),
    ],
)
def test_registered_check_is_attached_to_exactly_these_columns(check, columns):
    assert columns_with(check) == columns


def test_extensible_columns_check_only_the_form_of_their_codes():
    """Which codes a dataset may use is its own declaration (schema.vocabularies)."""
    for table, column, universal in vocab.EXTENSIBLE.values():
        field = schemas.MODELS[table].to_schema().columns[column]
        assert {c.name for c in field.checks} & {"str_matches", "code_list"}
        assert "isin" not in {c.name for c in field.checks}
        assert all(code.islower() for code in universal)


def test_every_text_column_is_guarded_by_a_form_check_or_as_a_reference():
    """A column with no check of its form must be a reference, checked by referential.py."""
    form_checks = {
        "no_formula_prefix",
        "str_matches",
        "isin",
        "codes_in",
        "code_list",
        "real_partial_date",
        "real_day",
    }
    unguarded = {
        (table, name)
        for table, model in schemas.MODELS.items()
        for name, column in model.to_schema().columns.items()
        if str(column.dtype).startswith("str") and not form_checks & {c.name for c in column.checks}
    }
    references = set(schemas.FOREIGN_KEYS) | {("verifications", "target_id")}
    assert unguarded <= references


@pytest.mark.parametrize(
    ("table", "checks"),
    [
        ("claims", ["span_is_ordered"]),
        ("figures", ["span_is_ordered"]),
        ("events", ["precision_matches_date", "span_is_ordered"]),
        ("entities", []),
        ("mentions", ["mention_is_unique", "span_is_ordered"]),
        ("ignored_numbers", ["span_is_ordered", "span_is_unique"]),
        ("verifications", []),
    ],
)
def test_row_level_checks_of_each_table(table, checks):
    assert sorted(c.name for c in schemas.MODELS[table].to_schema().checks) == checks


# --- what every model shares (schemas.CuratedModel) ---------------------------------------


@pytest.mark.parametrize("table", list(schemas.MODELS))
def test_every_table_refuses_a_column_it_does_not_declare(table):
    """strict, from the shared base (coerce is pinned by the valid twins' dtypes above)."""
    path = TABLES / f"{table}-valid.csv"
    frame = read_table(path, path.parent).assign(reviewer="x")
    result, _ = validate_table(table, frame)
    assert located(result.findings) == [(None, "reviewer", "column_in_schema")]


def test_the_engine_starts_without_importing_hypothesis_which_pandera_would_pull_in():
    import subprocess
    import sys

    from tests.conftest import ROOT

    script = (
        "import sys, validation.engine, pandera.strategies.pandas_strategies as strategies;"
        "print('hypothesis' in sys.modules, strategies.HAS_HYPOTHESIS)"
    )
    shown = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                           text=True, timeout=120).stdout.split()  # fmt: skip
    assert shown == ["False", "False"]
    # and hypothesis itself is there as ever for whoever imports it after
    later = "import validation.schemas, hypothesis.strategies as st; print(st.just(7).example())"
    assert subprocess.run([sys.executable, "-c", later], cwd=ROOT, capture_output=True,
                          text=True, timeout=120).stdout.split() == ["7"]  # fmt: skip
