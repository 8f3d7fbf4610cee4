"""The review kind: a draft is not data until a person has looked at every drafted row.

`factdesk new` writes ``review.csv`` beside the tables, one line per drafted row (and per
metadata field) with what to check: ``table,row,reviewed,to_check``. The curator reads the
row, fixes it in its table, and flips ``reviewed`` from ``false`` to ``true`` — a one-line
diff per decision, kept apart from the curated tables so their schemas, exports and data
dictionary stay as they are. Then ``"status": "draft"`` becomes ``"curated"`` in
metadata.json. Until both, the review check fails, so export refuses the draft.

A row's key is its id (``c03``, ``f02``), or for tables keyed by place its offsets
(``mentions``: ``entity_id@start-end``; ``ignored_numbers``: ``start-end``). A drafted row
the curator deleted or re-keyed stays listed until it is marked reviewed: nothing drafted
leaves the list unseen.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from validation.load import Dataset, read_table
from validation.report import CheckResult, Finding
from validation.tables import DRAFT_ONLY_CELLS
from validation.tables import TABLES as CURATED_TABLES

REVIEW_FILE = "review.csv"
COLUMNS = ["table", "row", "reviewed", "to_check"]
TABLES = ("metadata", *CURATED_TABLES)


@dataclass(frozen=True)
class ReviewItem:
    """One drafted row or metadata field, and whether a person has reviewed it."""

    table: str  # a table name, or "metadata"
    row: str  # the row's key in that table (see the module docstring)
    reviewed: bool
    to_check: str
    line: int  # the line of review.csv (the header is line 1)
    table_row: int | None  # the row of the table's CSV it names; None if gone or metadata

    @property
    def file(self) -> str:
        return "metadata.json" if self.table == "metadata" else f"{self.table}.csv"


def is_draft(dataset: Dataset) -> bool:
    return dataset.metadata.get("status") == "draft"


ID_COLUMN = {
    "claims": "claim_id",
    "figures": "figure_id",
    "events": "event_id",
    "entities": "entity_id",
    "verifications": "verification_id",
    "context_figures": "context_id",
}


def key_of(table: str, row) -> str | None:
    try:
        if table == "mentions":
            return f"{row['entity_id']}@{int(row['char_start'])}-{int(row['char_end'])}"
        if table == "ignored_numbers":
            return f"{int(row['char_start'])}-{int(row['char_end'])}"
        value = row[ID_COLUMN[table]]
        return None if pd.isna(value) else str(value)
    except (KeyError, TypeError, ValueError):
        return None


def rows_by_key(dataset: Dataset) -> dict[str, dict[str, int]]:
    """table → key → spreadsheet row number, from the tables as written."""
    return {
        table: {
            key: int(number)
            for number, row in frame.iterrows()
            if (key := key_of(table, row)) is not None
        }
        for table, frame in dataset.tables.items()
    }


def review_items(dataset: Dataset) -> list[ReviewItem] | None:
    """The lines of review.csv; None when the dataset has none (it was never a draft)."""
    path = dataset.folder / REVIEW_FILE
    if not path.exists() and not path.is_symlink():
        return None
    frame = read_table(path, dataset.folder)
    keys = rows_by_key(dataset)
    items = []
    for line, row in frame.iterrows():
        table = str(row.get("table", ""))
        items.append(
            ReviewItem(
                table,
                "" if pd.isna(row.get("row")) else str(row.get("row")),
                str(row.get("reviewed", "")).strip().lower() == "true",
                "" if pd.isna(row.get("to_check")) else str(row.get("to_check")),
                int(line),
                keys.get(table, {}).get(str(row.get("row"))),
            )
        )
    return items


def unreviewed(dataset: Dataset) -> list[ReviewItem]:
    """What a person has still to review, in review.csv's order (empty when none)."""
    return [item for item in review_items(dataset) or [] if not item.reviewed]


def review_file_findings(dataset: Dataset) -> list[Finding]:
    """review.csv itself: its columns, known tables, true/false in ``reviewed``."""
    frame = read_table(dataset.folder / REVIEW_FILE, dataset.folder)
    if list(frame.columns) != COLUMNS:
        return [
            Finding(
                REVIEW_FILE,
                "review.file",
                f"columns are {', '.join(frame.columns)}; expected {', '.join(COLUMNS)}",
                1,
            )
        ]
    findings = []
    for line, row in frame.iterrows():
        if row["table"] not in TABLES:
            findings.append(
                Finding(REVIEW_FILE, "review.file", "not a table of a dataset", int(line),
                        "table", str(row["table"]))
            )  # fmt: skip
        if str(row["reviewed"]).strip().lower() not in ("true", "false"):
            findings.append(
                Finding(REVIEW_FILE, "review.file", "must be true or false", int(line),
                        "reviewed", str(row["reviewed"]))
            )  # fmt: skip
    return findings


def drafted_counts(dataset: Dataset) -> str:
    return ", ".join(
        f"{len(frame)} {name.replace('_', ' ')}"
        for name, frame in dataset.tables.items()
        if name in ("claims", "figures", "events", "entities", "mentions", "ignored_numbers")
    )


def check_rows(dataset: Dataset, items: list[ReviewItem]) -> CheckResult:
    left = [item for item in items if not item.reviewed]
    by_table = pd.Series([i.table for i in left], dtype="str").value_counts(sort=False)
    per_table = ", ".join(f"{table} {n}" for table, n in by_table.items())
    findings = [
        Finding(
            item.file,
            f"review.{item.table}",
            f"{item.row}: {item.to_check}"
            + ("" if item.table_row or item.table == "metadata" else " (row no longer there)"),
            item.table_row,
        )
        for item in left
    ]
    details = {
        "holds": {name: len(frame) for name, frame in dataset.tables.items()},
        "reviewed": len(items) - len(left),
        "to_review": len(left),
        "to_review_by_table": {k: int(v) for k, v in by_table.items()},
    }
    if left:
        return CheckResult(
            "review.rows",
            "review",
            "fail",
            f"{len(left)} of {len(items)} drafted rows not reviewed yet ({per_table}); the "
            f"draft holds {drafted_counts(dataset)}. Mark each reviewed in review.csv",
            details,
            findings,
        )
    return CheckResult(
        "review.rows",
        "review",
        "pass",
        f"all {len(items)} drafted rows reviewed; the dataset holds {drafted_counts(dataset)}",
        details,
    )


def check_status(dataset: Dataset) -> CheckResult:
    if is_draft(dataset):
        return CheckResult(
            "review.status",
            "review",
            "fail",
            'status is "draft": once every row is reviewed, set "status": "curated" in '
            "metadata.json (a draft is never exported)",
            {"status": "draft"},
            [Finding("metadata.json", "review.status", "the dataset is a draft", None, "status",
                     "draft")],
        )  # fmt: skip
    return CheckResult(
        "review.status",
        "review",
        "pass",
        f'status is "{dataset.metadata.get("status", "curated")}"',
        {"status": dataset.metadata.get("status", "curated")},
    )


def empty_cells(dataset: Dataset, raw: dict | None, table: str, columns) -> list:
    """(column, row) of each empty cell of ``columns``, column by column: from the tables
    as written (batch.RawTable) when the engine has them, else from the dataset's frames."""
    if raw is not None:
        if table not in raw:
            return []
        found = raw[table]
        return [
            (column, number)
            for column in columns
            if column in found.header
            for number, cell in zip(found.numbers, found.column(column), strict=True)
            if not cell
        ]
    frame = dataset.tables.get(table)
    if frame is None:
        return []
    return [
        (column, number)
        for column in columns
        if column in frame.columns
        for number in frame.index[frame[column].isna()]
    ]


def check_draft_only_cells(dataset: Dataset, raw: dict | None = None) -> CheckResult:
    """Outside a draft, no cell a draft may leave to the curator is empty (schemas.DRAFT_ONLY)."""
    findings = []
    for table, columns in DRAFT_ONLY_CELLS.items():
        for column, number in empty_cells(dataset, raw, table, columns):
            findings.append(
                Finding(
                    f"{table}.csv",
                    "schema.draft_only",
                    "is empty, which only a draft allows",
                    int(number),
                    column,
                )
            )
    if findings:
        return CheckResult(
            "schema.draft_only",
            "schema",
            "fail",
            f"{len(findings)} cell(s) left for the curator in a dataset that is not a draft",
            {},
            findings,
        )
    return CheckResult(
        "schema.draft_only",
        "schema",
        "pass",
        "no translation, label or topic is left empty",
    )


def check_review(dataset: Dataset, raw: dict | None = None) -> list[CheckResult]:
    """The review verdicts: every drafted row reviewed, and the status no longer draft."""
    results = [] if is_draft(dataset) else [check_draft_only_cells(dataset, raw)]
    items = review_items(dataset)
    if items is None:  # never drafted by factdesk new (or its review.csv was removed)
        return [*results, check_status(dataset)]
    problems = review_file_findings(dataset)
    if problems:
        results.append(
            CheckResult(
                "review.rows",
                "review",
                "fail",
                f"{len(problems)} problem(s) in review.csv",
                {},
                problems,
            )
        )
    else:
        results.append(check_rows(dataset, items))
    return [*results, check_status(dataset)]
