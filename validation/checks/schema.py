"""The schema kind: every table against its pandera model, metadata against its JSON Schema.

pandera reports failures in its own vocabulary (``coerce_dtype('Int64')``, ``isin([...])``);
``explain`` turns each into words a journalist reads, keeping the rule name for reference.
"""

from __future__ import annotations

import ast
import functools
import re
from dataclasses import replace

import pandas as pd
import pandera.pandas as pa

from validation.batch import (
    Batch,
    RawTable,
    Rows,
    missing,
    raw_from_frame,
    records_by_position,
    records_of,
)
from validation.checks.schema_accept import accept, rules_for
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
    (r"^codes_in", "holds codes outside the vocabulary, or not sorted, or repeated"),
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


# What schema_accept reads off each model's batch schema (None: that table always goes to
# pandera).
ACCEPT_RULES = {
    model: rules_for(BATCH_SCHEMAS[model], UNIQUE_FIELDS[model]) for model in MODELS.values()
}


def validate_group(
    name: str, batch: Batch, header: tuple[str, ...], positions: list[int]
) -> dict[int, tuple[CheckResult, Typed | None]]:
    """The schema verdict and typed rows of one table in the datasets that share a header:
    accepted at once where every cell and rule allows (schema_accept.py), else in one
    pandera pass (and one more over the usable rows when some fail)."""
    model, file = MODELS[name], f"{name}.csv"
    rules = ACCEPT_RULES[model]
    accepted = None
    if rules is not None:
        typed_frame = functools.cache(
            functools.partial(typed_by_pandera, name, batch, header, positions)
        )
        accepted = accept(rules, batch, name, header, positions, typed_frame)
    if accepted is not None:
        return {p: accepted_verdict(name, rows, accepted, p) for p, rows in accepted.rows.items()}
    frame = batch.frame(name, header, positions)
    findings, typed, read = validate_batch(model, frame, file, positions)
    problems = {
        p: [
            fill_value(f, batch.raw[p][name])
            for f in sorted(findings[p], key=lambda f: (f.row or 0, f.column or "", f.rule))
        ]
        for p in positions
        if findings.get(p)
    }
    usable: dict[int, Typed | None] = {}
    if problems:
        typed, usable = usable_batch(model, read, problems, positions)
    parts = records_by_position(typed) if typed is not None else {}
    results = {}
    for position in positions:
        if position in usable:
            rows = usable[position]
        else:
            found = parts.get(position) or Rows(tuple(str(c) for c in typed.columns), [])
            rows = Typed(found, typed, position)
        if position in problems:
            result = verdict(
                f"schema.{name}", "schema", problems[position], "",
                f"{{n}} problem(s) in {file} against its schema",
            )  # fmt: skip
        else:
            message = f"{len(rows.rows):,} rows match the {name} schema"
            result = verdict(f"schema.{name}", "schema", [], message, "")
        results[position] = (result, rows)
    return results


def accepted_verdict(name: str, rows: Rows, accepted, position: int) -> tuple:
    message = f"{len(rows):,} rows match the {name} schema"
    return verdict(f"schema.{name}", "schema", [], message, ""), Typed(
        rows, accepted.frame, position
    )


def typed_by_pandera(name: str, batch: Batch, header: tuple, positions: list[int]):
    """The typed frame of a batch schema_accept accepted, made by pandera (on demand)."""
    file = f"{name}.csv"
    findings, typed, _ = validate_batch(MODELS[name], batch.frame(name, header, positions),
                                        file, positions)  # fmt: skip
    if typed is None or any(findings.values()):
        raise RuntimeError(f"{file}: accepted at once, yet pandera finds {findings}")
    return typed


class Typed:
    """A dataset's rows of one table that passed the schema: records for the checks, and the
    typed frame itself on demand (for export and the dashboard)."""

    __slots__ = ("frame_source", "position", "rows")

    def __init__(self, rows: Rows, frame_source, position: int | None):
        self.rows, self.frame_source, self.position = rows, frame_source, position

    def frame(self) -> pd.DataFrame:
        if self.position is None:
            return self.frame_source
        source = self.frame_source  # a frame, or how to make it (schema_accept.py)
        batch = source() if callable(source) else source
        if self.rows.records:  # the same rows: asking the index would scan the whole batch
            return batch.xs(self.position, level=0, drop_level=True)
        return batch.iloc[0:0].droplevel(0)


def usable_batch(model, read: pd.DataFrame, problems: dict, positions: list[int]):
    """(typed frame, {position: typed rows or None}) of a batch in which some datasets have
    problems: every row less those with a problem, validated once more; a dataset with a
    table-wide problem (a missing or unknown column) has none. Where that pass still fails,
    each dataset with problems is judged alone, as it always was (``usable_rows``)."""
    untrusted = {p for p, found in problems.items() if any(f.row is None for f in found)}
    bad = list(dict.fromkeys((p, f.row) for p, found in problems.items() for f in found
                             if p not in untrusted))  # fmt: skip
    keep = read.drop(index=sorted(untrusted), level=0, errors="ignore") if untrusted else read
    keep = keep.drop(index=bad) if bad else keep
    try:
        typed = BATCH_SCHEMAS[model].validate(keep, lazy=True)
    except pa.errors.SchemaErrors:
        return usable_one_by_one(model, read, problems, positions)
    return typed, dict.fromkeys(untrusted)


def usable_one_by_one(model, read: pd.DataFrame, problems: dict, positions: list[int]):
    clean = read.drop(index=list(problems), level=0, errors="ignore")
    typed = (
        BATCH_SCHEMAS[model].validate(clean, lazy=True) if len(problems) < len(positions) else None
    )
    usable = {}
    for position, found in problems.items():
        rows = read[read.index.get_level_values(0) == position].droplevel(0)
        frame = usable_rows_read(model, rows, found)
        usable[position] = None if frame is None else Typed(records_of(frame), frame, None)
    return typed, usable


def fill_value(finding: Finding, table: RawTable) -> Finding:
    """A cell that could not be read is shown as written in the file."""
    if finding.value is not None or finding.row is None or finding.column not in table.header:
        return finding
    if not finding.rule.startswith("coerce_dtype") or finding.row not in table.numbers:
        return finding
    return replace(finding, value=table.cell(finding.row, finding.column))


def validate_table(name: str, frame: pd.DataFrame) -> tuple[CheckResult, pd.DataFrame | None]:
    """The schema verdict for one table, and its typed rows (failing rows left out)."""
    batch = Batch([None], [{name: raw_from_frame(frame)}])
    ((header, positions),) = batch.header_groups(name)
    result, typed = validate_group(name, batch, header, positions)[0]
    return result, None if typed is None else typed.frame()


def usable_rows_read(model, rows: pd.DataFrame, findings: list[Finding]) -> pd.DataFrame | None:
    """The rows without schema problems, typed, so later checks still see the rest."""
    if any(f.row is None for f in findings):
        return None  # a missing or unknown column: the table cannot be trusted at all
    rows = rows.drop(index=list({f.row for f in findings}))
    try:
        return model.validate(rows, lazy=True)
    except pa.errors.SchemaErrors:
        return None


@functools.cache
def metadata_validator():
    """jsonschema's validator of metadata.json, which says what is wrong with a rejected one
    and what a format means. Made on first need: importing jsonschema is 70 ms of a cold
    run's start-up, which an archive whose metadata the compiled schema accepts (and
    whose metadata holds no formatted field) never needs."""
    import jsonschema

    return jsonschema.Draft202012Validator(
        METADATA_SCHEMA, format_checker=jsonschema.FormatChecker()
    )


def __getattr__(name: str):
    """``METADATA_VALIDATOR``, as callers from before it was made on first need name it."""
    if name == "METADATA_VALIDATOR":
        return metadata_validator()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.cache
def compiled_metadata_schema():
    """The metadata JSON Schema compiled to Python (fastjsonschema), or None without it.

    NOTE: it only ever says yes faster: jsonschema walks the schema in 0.93 ms an article,
    the compiled code in 0.05. A rejection (or a format it checks that jsonschema does not)
    goes to jsonschema, which says what is wrong, or finds nothing: the verdicts are
    jsonschema's either way (tests/test_metadata_schema.py holds the two to it). Each
    format the schema names is judged by jsonschema's checker (a name it does not know
    passes, as jsonschema passes it)."""
    try:
        import fastjsonschema
    except ImportError:
        return None
    formats = {name: functools.partial(conforms, name) for name in format_names(METADATA_SCHEMA)}
    compiled = fastjsonschema.compile(METADATA_SCHEMA, formats=formats)
    return compiled, fastjsonschema.JsonSchemaException


def format_names(schema) -> set[str]:
    """Every ``format`` a JSON Schema names, at any depth."""
    if isinstance(schema, list):
        return set().union(*map(format_names, schema))
    if not isinstance(schema, dict):
        return set()
    named = {schema["format"]} if isinstance(schema.get("format"), str) else set()
    return named.union(*map(format_names, schema.values()))


def conforms(name: str, value) -> bool:
    """A format means what jsonschema says it means."""
    return metadata_validator().format_checker.conforms(value, name)


def accepted_at_once(metadata: dict) -> bool:
    compiled = compiled_metadata_schema()
    if compiled is None:
        return False
    check, rejected = compiled
    try:
        check(metadata)
    except rejected:
        return False
    return True


def validate_metadata(dataset: Dataset) -> CheckResult:
    metadata = dataset.metadata
    errors = [] if accepted_at_once(metadata) else metadata_validator().iter_errors(metadata)
    findings = [
        Finding(
            "metadata.json",
            f"json-schema:{error.validator}",
            error.message,
            column="/".join(str(p) for p in error.absolute_path) or "(top level)",
        )
        for error in sorted(errors, key=lambda e: e.path)
    ]
    return verdict(
        "schema.metadata",
        "schema",
        findings,
        "metadata.json has every required field",
        "{n} problem(s) in metadata.json",
    )


def check_schema(batch: Batch) -> list[tuple[list[CheckResult], dict[str, Typed]]]:
    """The archive-level entry point: per dataset, the schema verdicts (metadata, then each
    table it has, then its vocabularies) and the typed rows of each table that can be trusted."""
    outcomes = [([validate_metadata(d)], {}) for d in batch.datasets]
    for name in MODELS:
        verdicts: dict[int, tuple] = {}
        for header, positions in batch.header_groups(name):
            verdicts.update(validate_group(name, batch, header, positions))
        for position in sorted(verdicts):
            result, typed = verdicts[position]
            outcomes[position][0].append(result)
            if typed is not None:
                outcomes[position][1][name] = typed
    for dataset, (checks, typed) in zip(batch.datasets, outcomes, strict=True):
        checks.append(declared_codes(dataset, {n: t.rows for n, t in typed.items()}))
    return outcomes


def declared_codes(dataset: Dataset, tables: dict[str, Rows]) -> CheckResult:
    """Every code of an extensible vocabulary is universal or declared in metadata.json.

    The pandera models only check a code's form (they serve every dataset of an archive at
    once); which codes a dataset may use is its own declaration, so it is judged here.
    """
    findings = []
    for vocabulary, (table, column, _) in EXTENSIBLE.items():
        rows = tables.get(table)
        if rows is None or column not in rows:
            continue
        allowed = allowed_codes(dataset.metadata, vocabulary)
        for row in rows:
            cell = getattr(row, column)
            if missing(cell):
                continue
            findings += [
                Finding(
                    f"{table}.csv",
                    "declared_code",
                    f"is neither a universal code nor declared in metadata.json "
                    f"(vocabularies.{vocabulary})",
                    int(row.Index),
                    column,
                    code,
                )
                for code in str(cell).split(";")
                if code not in allowed
            ]
    return verdict(
        "schema.vocabularies",
        "schema",
        findings,
        "every category, topic, event type and scope is universal or declared in metadata.json",
        "{n} code(s) neither universal nor declared in metadata.json",
    )
