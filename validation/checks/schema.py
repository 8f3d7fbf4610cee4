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


def findings_from(failures: pd.DataFrame, file: str) -> list[Finding]:
    """One finding per failing cell, without pandera's echoes of the same failure."""
    findings: dict[tuple, Finding] = {}
    coerce_failed = {
        (r.column, r.index) for r in failures.itertuples() if str(r.check).startswith("coerce")
    }
    for r in failures.itertuples():
        check = str(r.check)
        row = None if pd.isna(r.index) else int(r.index)
        column = None if pd.isna(r.column) else str(r.column)
        if check.startswith("dtype(") and (column, r.index) in coerce_failed:
            continue  # pandera names the coercion failure twice
        if row is None and any(c == column for c, _ in coerce_failed):
            continue  # a range check that could not run on uncoerced text
        if check in ("column_in_dataframe", "column_in_schema"):
            column, value = str(r.failure_case), None
        else:
            value = None if pd.isna(r.failure_case) else str(r.failure_case)
        if column is None and row is not None:
            value = None  # a row-level check: the cell values are in the message
        key = (row, column, check)
        findings.setdefault(key, Finding(file, check, explain(check), row, column, value))
    return sorted(findings.values(), key=lambda f: (f.row or 0, f.column or "", f.rule))


def read_booleans(model, frame: pd.DataFrame) -> pd.DataFrame:
    """CSV booleans are the words true/false; any other word is left for the schema to reject."""
    words = {"true": True, "false": False}
    frame = frame.copy()
    for name, column in model.to_schema().columns.items():
        if str(column.dtype) == "boolean" and name in frame:
            frame[name] = (
                frame[name]
                .map(lambda v: words.get(v.strip().lower(), v) if isinstance(v, str) else v)
                .astype(object)
            )
    return frame


def validate_table(name: str, frame: pd.DataFrame) -> tuple[CheckResult, pd.DataFrame | None]:
    """The schema verdict for one table, and its typed rows (failing rows left out)."""
    model = MODELS[name]
    file = f"{name}.csv"
    frame = read_booleans(model, frame)
    try:
        typed = model.validate(frame, lazy=True)
        message = f"{len(typed):,} rows match the {name} schema"
        return verdict(f"schema.{name}", "schema", [], message, ""), typed
    except pa.errors.SchemaErrors as errors:
        findings = findings_from(errors.failure_cases, file)
    result = verdict(
        f"schema.{name}", "schema", findings, "", f"{{n}} problem(s) in {file} against its schema"
    )
    return result, usable_rows(model, frame, findings)


def usable_rows(model, frame: pd.DataFrame, findings: list[Finding]) -> pd.DataFrame | None:
    """The rows without schema problems, typed, so later checks still see the rest."""
    if any(f.row is None for f in findings):
        return None  # a missing or unknown column: the table cannot be trusted at all
    bad = {f.row for f in findings}
    try:
        return model.validate(frame.drop(index=list(bad)), lazy=True)
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
