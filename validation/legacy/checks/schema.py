"""The schema kind: every table against its pandera model, metadata against its JSON Schema.

pandera reports failures in its own vocabulary (``coerce_dtype('Int64')``, ``isin([...])``);
``explain`` turns each into words a journalist reads, keeping the rule name for reference.
"""

from __future__ import annotations

import ast
import functools
import re
from dataclasses import replace

import jsonschema
import pandas as pd
import pandera.pandas as pa

from validation.load import Dataset
from validation.metadata_schema import METADATA_SCHEMA
from validation.report import CheckResult, Finding, verdict
from validation.schemas import MODELS
from validation.vocab import EXTENSIBLE
from validation.vocabularies import allowed_codes

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
    (r"^str_length\(.*\)", "is longer than a spreadsheet cell holds (32,767 characters)"),
    (r"^no_formula_prefix", "starts like a spreadsheet formula (= + - @ TAB CR)"),
    (r"^no_hidden_controls", "holds an invisible bidi or zero-width control character"),
    (r"^real_partial_date", "is not a real ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    (r"^real_day", "is not a real ISO day (YYYY-MM-DD)"),
    (r"^code_list", "is not a sorted ';'-separated list of lowercase codes without repeats"),
    (r"^span_is_ordered", "char_end must be greater than char_start (both or neither set)"),
    (r"^precision_matches_date", "precision does not match the date's form"),
    (r"^mention_is_unique", "the same mention is listed twice"),
    (r"^span_is_unique", "the same span is listed twice"),
    (r"^column_in_dataframe", "required column is missing"),
    (r"^column_in_schema", "unknown column (not in the data dictionary)"),
]


@functools.cache
def explain(check: str) -> str:
    for pattern, words in RULE_WORDS:
        match = re.match(pattern, check)
        if match:
            return words.format(*match.groups())
    return f"fails {check}"


BOOLEAN_WORDS = {"true": True, "false": False}
WHOLE_NUMBER = r"-?[0-9]{1,18}"  # every such number fits in 64 bits; longer ones are checked
INT64_MAX = 2**63 - 1


def fits_in_64_bits(digits) -> bool:
    """Only numbers of at most 19 digits are converted: int() of thousands raises."""
    if not isinstance(digits, str) or len(digits.lstrip("-")) > 19:
        return False
    return abs(int(digits)) <= INT64_MAX


def read_integers(column: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(values, problems): whole numbers in ASCII digits, as the canonical CSV writes them."""
    text = column.str.strip()
    present = column.notna()
    whole = text.str.fullmatch(WHOLE_NUMBER).fillna(False).astype(bool)
    long = present & ~whole & text.str.fullmatch(r"-?[0-9]+").fillna(False).astype(bool)
    fits = long & text.where(long).map(fits_in_64_bits).astype(bool)
    readable = whole | fits
    problems = pd.Series(None, index=column.index, dtype=object)
    problems[present & ~readable] = "not a whole number"
    problems[long & ~fits] = f"a whole number too large to store (beyond ±{INT64_MAX:,})"
    return text.where(readable).astype("Int64"), problems


def read_booleans(column: pd.Series) -> tuple[pd.Series, pd.Series]:
    values = column.str.strip().str.lower().map(BOOLEAN_WORDS)
    problems = pd.Series(None, index=column.index, dtype=object)
    problems[column.notna() & values.isna()] = "not true or false"
    return values.astype("boolean"), problems


READERS = {"int64": read_integers, "Int64": read_integers, "boolean": read_booleans}


def read_cells(model, frame: pd.DataFrame, file: str) -> tuple[pd.DataFrame, list]:
    """Turn number and boolean cells into values before pandera sees them.

    A cell that will not turn is reported here, once, and left empty; the rest of its
    column keeps its type, so pandera's range checks still judge every other row. Returns
    (frame, [(index, Finding)]) — the index says which dataset's row it is in a batch.
    """
    frame = frame.copy()
    found = []
    for name, column in model.to_schema().columns.items():
        reader = READERS.get(str(column.dtype))
        if reader is None or name not in frame.columns:
            continue
        frame[name], problems = reader(frame[name])
        rule = f"coerce_dtype('{column.dtype}')"
        found += [(index, rule, problem, name) for index, problem in problems.dropna().items()]
    return frame, found


def within_dataset(index) -> tuple:
    """(dataset position, spreadsheet row) of a batch index entry."""
    return index if isinstance(index, tuple) else (0, index)


def failure_place(index) -> tuple[int | None, int | None]:
    """(dataset position, row) of a pandera failure; pandera sometimes gives the batch index
    as its text, "(0, 3)"; a table-wide failure has none."""
    if isinstance(index, str) and index.startswith("("):
        index = ast.literal_eval(index)
    if index is None or (not isinstance(index, tuple) and pd.isna(index)):
        return None, None
    position, row = within_dataset(index)
    return int(position), int(row)


def findings_from(
    failures: pd.DataFrame, file: str, known: dict, positions: list[int]
) -> dict[int, list[Finding]]:
    """Per dataset position: one finding per failing cell (per row for row-level checks),
    without pandera's echoes of the same failure and without cells ``known`` reports."""
    by_dataset: dict[int, dict[tuple, Finding]] = {
        position: {(f.row, f.column, f.rule): f for f in findings}
        for position, findings in known.items()
    }
    reported = {(p, f.row, f.column) for p, fs in known.items() for f in fs}
    unreadable_rows = {(p, f.row) for p, fs in known.items() for f in fs}
    table_wide = []
    for r in failures.itertuples():
        check = str(r.check)
        position, row = failure_place(r.index)
        column = None if pd.isna(r.column) else str(r.column)
        value = None if pd.isna(r.failure_case) else str(r.failure_case)
        if check in ("column_in_dataframe", "column_in_schema"):
            column, value = value, None
        elif r.schema_context == "DataFrameSchema":
            column, value = None, None  # a row-level check: pandera repeats it per column
            if (position, row) in unreadable_rows:
                continue  # it judged a cell that could not be read: already reported
        if (position, row, column) in reported:
            continue  # the cell could not be read; a second verdict on it adds nothing
        finding = Finding(file, check, explain(check), row, column, value)
        if position is None:
            table_wide.append(finding)
        else:
            by_dataset.setdefault(position, {}).setdefault((row, column, check), finding)
    result = {p: list(fs.values()) for p, fs in by_dataset.items()}
    for finding in table_wide:  # a missing or unknown column: every dataset of the batch
        for position in positions:
            result.setdefault(position, []).append(finding)
    return result


def duplicate_ids(model, batch: pd.DataFrame, file: str) -> dict[int, list[Finding]]:
    """Ids must be unique within each dataset (not across an archive): checked per dataset."""
    found: dict[int, list[Finding]] = {}
    positions = batch.index.get_level_values(0)
    for name in UNIQUE_FIELDS[model]:
        if name not in batch.columns:
            continue
        keyed = pd.DataFrame({"dataset": positions, "value": batch[name].to_numpy()})
        repeated = keyed.duplicated(keep=False).to_numpy() & batch[name].notna().to_numpy()
        for (position, row), value in batch.loc[repeated, name].items():
            found.setdefault(position, []).append(
                Finding(file, "field_uniqueness", explain("field_uniqueness"), int(row), name,
                        str(value))
            )  # fmt: skip
    return found


UNIQUE_FIELDS = {
    model: [name for name, column in model.to_schema().columns.items() if column.unique]
    for model in MODELS.values()
}
# The same models, with uniqueness left to duplicate_ids (per dataset, not per batch).
BATCH_SCHEMAS = {
    model: model.to_schema().update_columns({name: {"unique": False} for name in names})
    for model, names in UNIQUE_FIELDS.items()
}


def split(frame: pd.DataFrame) -> dict[int, pd.DataFrame]:
    return {position: part.droplevel(0) for position, part in frame.groupby(level=0, sort=False)}


def validate_batch(model, batch: pd.DataFrame, file: str, positions: list[int]):
    """(findings per position, typed rows per position) for one batch of equal headers."""
    batch, unreadable = read_cells(model, batch, file)
    known: dict[int, list[Finding]] = {}
    for index, rule, problem, column in unreadable:
        position, row = within_dataset(index)  # the cell's text is filled in by fill_value
        known.setdefault(position, []).append(Finding(file, rule, problem, int(row), column))
    for position, found in duplicate_ids(model, batch, file).items():
        known.setdefault(position, []).extend(found)
    schema = BATCH_SCHEMAS[model]
    try:
        typed = schema.validate(batch, lazy=True)
        findings = known
    except pa.errors.SchemaErrors as errors:
        typed, findings = None, findings_from(errors.failure_cases, file, known, positions)
    return findings, typed, batch


def validate_tables(name: str, frames: list[pd.DataFrame]) -> list[tuple[CheckResult, object]]:
    """The schema verdict and typed rows of one table in many datasets, in one pandera pass
    per distinct header (an archive's tables usually share one)."""
    model, file = MODELS[name], f"{name}.csv"
    results: list = [None] * len(frames)
    headers: dict[tuple, list[int]] = {}
    for position, frame in enumerate(frames):
        headers.setdefault(tuple(frame.columns), []).append(position)
    for positions in headers.values():
        batch = pd.concat([frames[p] for p in positions], keys=positions)
        findings, typed, read = validate_batch(model, batch, file, positions)
        flagged = [p for p in positions if findings.get(p)]
        if typed is None:
            clean = read.drop(index=flagged, level=0) if flagged else read
            typed = (
                BATCH_SCHEMAS[model].validate(clean, lazy=True)
                if len(flagged) < len(positions)
                else None
            )
        parts = split(typed) if typed is not None else {}
        for position in positions:
            problems = sorted(
                findings.get(position, []), key=lambda f: (f.row or 0, f.column or "", f.rule)
            )
            problems = [fill_value(f, frames[position]) for f in problems]
            if problems:
                result = verdict(
                    f"schema.{name}", "schema", problems, "",
                    f"{{n}} problem(s) in {file} against its schema",
                )  # fmt: skip
                results[position] = (result, usable_rows(model, frames[position], problems))
            else:
                rows = parts.get(
                    position, typed.iloc[0:0].droplevel(0) if typed is not None else None
                )
                message = f"{len(rows):,} rows match the {name} schema"
                results[position] = (verdict(f"schema.{name}", "schema", [], message, ""), rows)
    return results


def fill_value(finding: Finding, frame: pd.DataFrame) -> Finding:
    """A cell that could not be read is shown as written in the file."""
    if finding.value is not None or finding.row is None or finding.column not in frame.columns:
        return finding
    if not finding.rule.startswith("coerce_dtype") or finding.row not in frame.index:
        return finding
    cell = frame.at[finding.row, finding.column]
    return replace(finding, value=None if pd.isna(cell) else str(cell))


def validate_table(name: str, frame: pd.DataFrame) -> tuple[CheckResult, pd.DataFrame | None]:
    """The schema verdict for one table, and its typed rows (failing rows left out)."""
    return validate_tables(name, [frame])[0]


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


METADATA_VALIDATOR = jsonschema.Draft202012Validator(
    METADATA_SCHEMA, format_checker=jsonschema.FormatChecker()
)


def validate_metadata(dataset: Dataset) -> CheckResult:
    validator = METADATA_VALIDATOR
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


def declared_codes(dataset: Dataset, tables: dict[str, pd.DataFrame]) -> CheckResult:
    """Every code of an extensible vocabulary is universal or declared in metadata.json.

    The pandera models only check a code's form (they serve every dataset of an archive at
    once); which codes a dataset may use is its own declaration, so it is judged here.
    """
    findings = []
    for vocabulary, (table, column, _) in EXTENSIBLE.items():
        frame = tables.get(table)
        if frame is None or column not in frame.columns:
            continue
        allowed = allowed_codes(dataset.metadata, vocabulary)
        for row, cell in frame[column].dropna().items():
            unknown = [code for code in str(cell).split(";") if code not in allowed]
            findings += [
                Finding(
                    f"{table}.csv",
                    "declared_code",
                    f"is neither a universal code nor declared in metadata.json "
                    f"(vocabularies.{vocabulary})",
                    int(row),
                    column,
                    code,
                )
                for code in unknown
            ]
    return verdict(
        "schema.vocabularies",
        "schema",
        findings,
        "every category, topic, event type and scope is universal or declared in metadata.json",
        "{n} code(s) neither universal nor declared in metadata.json",
    )


def check_schemas(dataset: Dataset) -> tuple[list[CheckResult], dict[str, pd.DataFrame]]:
    return check_all_schemas([dataset])[0]


def check_all_schemas(datasets: list[Dataset]) -> list[tuple[list[CheckResult], dict]]:
    """Schema verdicts and typed tables of many datasets, each table validated in one pass."""
    results = [([validate_metadata(d)], {}) for d in datasets]
    for name in MODELS:
        holders = [i for i, d in enumerate(datasets) if name in d.tables]
        if not holders:
            continue
        verdicts = validate_tables(name, [datasets[i].tables[name] for i in holders])
        for i, (result, rows) in zip(holders, verdicts, strict=True):
            results[i][0].append(result)
            if rows is not None:
                results[i][1][name] = rows
    for dataset, (checks, tables) in zip(datasets, results, strict=True):
        checks.append(declared_codes(dataset, tables))
    return results
