"""The schema kind: every table against its pandera model, metadata against its JSON Schema.

pandera reports failures in its own vocabulary (``coerce_dtype('Int64')``, ``isin([...])``);
``explain`` turns each into words a journalist reads, keeping the rule name for reference.
"""

from __future__ import annotations

import re

import jsonschema
import pandas as pd
import pandera.pandas as pa

from validation.load import Dataset
from validation.metadata_schema import METADATA_SCHEMA
from validation.report import CheckResult, Finding, verdict
from validation.schemas import MODELS

RULE_WORDS = [
    (r"^coerce_dtype\('(Int64|int64)'\)", "not a whole number"),
    (r"^dtype\('(Int64|int64)'\)", "not a whole number"),
    (r"^coerce_dtype\('boolean'\)", "not true or false"),
    (r"^coerce_dtype", "cannot be read as the column's type"),
    (r"^field_uniqueness", "repeats an id that must be unique"),
    (r"^not_nullable", "is empty but required"),
    (r"^isin", "is not in the column's vocabulary"),
    (r"^str_matches", "does not have the required form"),
    (r"^greater_than_or_equal_to\((.*)\)", "is below the minimum of {0}"),
    (r"^less_than_or_equal_to\((.*)\)", "is above the maximum of {0}"),
    (r"^no_formula_prefix", "starts like a spreadsheet formula (= + - @ TAB CR)"),
    (r"^no_hidden_controls", "holds an invisible bidi or zero-width control character"),
    (r"^real_partial_date", "is not a real ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    (r"^real_day", "is not a real ISO day (YYYY-MM-DD)"),
    (r"^codes_in", "holds codes outside the vocabulary, or not sorted, or repeated"),
    (r"^span_is_ordered", "char_end must be greater than char_start (both or neither set)"),
    (r"^precision_matches_date", "precision does not match the date's form"),
    (r"^mention_is_unique", "the same mention is listed twice"),
    (r"^span_is_unique", "the same span is listed twice"),
    (r"^column_in_dataframe", "required column is missing"),
    (r"^column_in_schema", "unknown column (not in the data dictionary)"),
]


def explain(check: str) -> str:
    for pattern, words in RULE_WORDS:
        match = re.match(pattern, check)
        if match:
            return words.format(*match.groups())
    return f"fails {check}"


INT64_MAX = 2**63 - 1
BOOLEAN_WORDS = {"true": True, "false": False}


def read_integer(cell) -> tuple[int | None, str | None]:
    """(value, problem): whole numbers in ASCII digits, as the canonical CSV writes them."""
    if cell is None or pd.isna(cell):
        return None, None
    text = str(cell).strip()
    if not re.fullmatch(r"-?[0-9]+", text):
        return None, "not a whole number"
    value = int(text)
    if abs(value) > INT64_MAX:
        return None, f"a whole number too large to store (beyond ±{INT64_MAX:,})"
    return value, None


def read_boolean(cell) -> tuple[bool | None, str | None]:
    if cell is None or pd.isna(cell):
        return None, None
    value = BOOLEAN_WORDS.get(str(cell).strip().lower())
    return (value, None) if value is not None else (None, "not true or false")


READERS = {"int64": (read_integer, "Int64"), "Int64": (read_integer, "Int64"),
           "boolean": (read_boolean, "boolean")}  # fmt: skip


def read_cells(model, frame: pd.DataFrame, file: str) -> tuple[pd.DataFrame, list[Finding]]:
    """Turn number and boolean cells into values before pandera sees them.

    A cell that will not turn is reported here, once, and left empty; the rest of its
    column keeps its type, so pandera's range checks still judge every other row.
    """
    frame = frame.copy()
    findings = []
    for name, column in model.to_schema().columns.items():
        reader = READERS.get(str(column.dtype))
        if reader is None or name not in frame.columns:
            continue
        read, dtype = reader
        values = []
        for row, cell in frame[name].items():
            value, problem = read(cell)
            if problem:
                rule = f"coerce_dtype('{column.dtype}')"
                findings.append(Finding(file, rule, problem, int(row), name, str(cell)))
            values.append(value)
        frame[name] = pd.array(values, dtype=dtype)
    return frame, findings


def findings_from(failures: pd.DataFrame, file: str, known: list[Finding]) -> list[Finding]:
    """One finding per failing cell (per row for row-level checks), without pandera's echoes
    of the same failure and without cells ``known`` already reports."""
    findings: dict[tuple, Finding] = {(f.row, f.column, f.rule): f for f in known}
    reported_cells = {(f.row, f.column) for f in known}
    unreadable_rows = {f.row for f in known}
    for r in failures.itertuples():
        check = str(r.check)
        row = None if pd.isna(r.index) else int(r.index)
        column = None if pd.isna(r.column) else str(r.column)
        value = None if pd.isna(r.failure_case) else str(r.failure_case)
        if check in ("column_in_dataframe", "column_in_schema"):
            column, value = value, None
        elif r.schema_context == "DataFrameSchema":
            column, value = None, None  # a row-level check: pandera repeats it per column
            if row in unreadable_rows:
                continue  # it judged a cell that could not be read: already reported
        if (row, column) in reported_cells:
            continue  # the cell could not be read; a second verdict on it adds nothing
        key = (row, column, check)
        findings.setdefault(key, Finding(file, check, explain(check), row, column, value))
    return sorted(findings.values(), key=lambda f: (f.row or 0, f.column or "", f.rule))


def validate_table(name: str, frame: pd.DataFrame) -> tuple[CheckResult, pd.DataFrame | None]:
    """The schema verdict for one table, and its typed rows (failing rows left out)."""
    model = MODELS[name]
    file = f"{name}.csv"
    frame, unreadable = read_cells(model, frame, file)
    try:
        typed = model.validate(frame, lazy=True)
        findings = sorted(unreadable, key=lambda f: (f.row or 0, f.column or "", f.rule))
    except pa.errors.SchemaErrors as errors:
        typed, findings = None, findings_from(errors.failure_cases, file, unreadable)
    if not findings:
        message = f"{len(typed):,} rows match the {name} schema"
        return verdict(f"schema.{name}", "schema", [], message, ""), typed
    result = verdict(
        f"schema.{name}", "schema", findings, "", f"{{n}} problem(s) in {file} against its schema"
    )
    return result, usable_rows(model, frame, findings)


def usable_rows(model, frame: pd.DataFrame, findings: list[Finding]) -> pd.DataFrame | None:
    """The rows without schema problems, typed, so later checks still see the rest."""
    if any(f.row is None for f in findings):
        return None  # a missing or unknown column: the table cannot be trusted at all
    bad = {f.row for f in findings}
    rows, _ = read_cells(model, frame.drop(index=list(bad)), "")
    try:
        return model.validate(rows, lazy=True)
    except pa.errors.SchemaErrors:
        return None


def validate_metadata(dataset: Dataset) -> CheckResult:
    validator = jsonschema.Draft202012Validator(
        METADATA_SCHEMA, format_checker=jsonschema.FormatChecker()
    )
    findings = [
        Finding(
            "metadata.json",
            f"json-schema:{error.validator}",
            error.message,
            column="/".join(str(p) for p in error.absolute_path) or "(top level)",
        )
        for error in sorted(validator.iter_errors(dataset.metadata), key=lambda e: e.path)
    ]
    return verdict(
        "schema.metadata",
        "schema",
        findings,
        "metadata.json has every required field",
        "{n} problem(s) in metadata.json",
    )


def check_schemas(dataset: Dataset) -> tuple[list[CheckResult], dict[str, pd.DataFrame]]:
    results = [validate_metadata(dataset)]
    typed: dict[str, pd.DataFrame] = {}
    for name, frame in dataset.tables.items():
        result, rows = validate_table(name, frame)
        results.append(result)
        if rows is not None:
            typed[name] = rows
    return results, typed
