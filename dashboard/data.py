"""What the pages show, asked of validation/ once and cached.

``check_folder`` is plain Python (tested without Streamlit); the ``st.cache_data`` wrappers
make a page switch or a language switch reuse the first load instead of re-running the
checks. The upload re-check is cached by its bytes, in memory only: nothing is written.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import streamlit as st

from validation.derived import events_with_display, figures_with_intervals
from validation.engine import check_dataset, with_table_replaced
from validation.load import Dataset, UnusableInput, load_dataset
from validation.report import DatasetReport
from validation.schemas import MODELS

ROOT = Path(__file__).resolve().parent.parent
DATASET = ROOT / "datasets" / "us-libya-berlin2-2021"
MAX_UPLOAD_ROWS = 5000  # a curated table has tens of rows; thousands means a wrong file
ID_PATTERN = re.compile(r"\b[cfe]\d{2,}\b")


@dataclass
class Checked:
    """One dataset as the engine sees it: the text, the verdicts and the typed tables."""

    dataset: Dataset
    report: DatasetReport
    tables: dict[str, pd.DataFrame]
    figures: pd.DataFrame | None = None
    events: pd.DataFrame | None = None
    checks: list[dict] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return status_counts(self.checks)

    @property
    def valid(self) -> bool:
        return self.counts()["failed"] == 0


def status_counts(checks: list[dict]) -> dict[str, int]:
    statuses = Counter(c["status"] for c in checks)
    return {"passed": statuses["pass"], "warned": statuses["warn"], "failed": statuses["fail"]}


def check_folder(folder: Path) -> Checked:
    """Load and check one dataset folder; derived columns come from validation.derived."""
    dataset = load_dataset(folder)
    report, tables = check_dataset(dataset)
    figures = tables.get("figures")
    events = tables.get("events")
    return Checked(
        dataset=dataset,
        report=report,
        tables=tables,
        figures=figures_with_intervals(figures) if figures is not None and len(figures) else None,
        events=events_with_display(events) if events is not None and len(events) else None,
        checks=[c.as_json() for c in report.checks],
    )


def fingerprint(folder: Path) -> tuple:
    """What the dataset folder holds now (names, sizes, times): a curator's edit, or a
    newly added table, makes the next page view check again instead of showing old verdicts."""
    return tuple(
        (p.name, p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
        if p.is_file()
    )


@st.cache_data(show_spinner=False, max_entries=4)
def load_checked(folder: str, state: tuple) -> Checked:
    """The dataset, checked once for as long as its files stay the same: switching pages
    or languages reuses this result."""
    return check_folder(Path(folder))


def checked_dataset(folder: Path = DATASET) -> Checked:
    """What every page shows: the dataset as validation/ checked it (cached)."""
    return load_checked(str(folder), fingerprint(folder))


@dataclass
class Recheck:
    """The outcome of re-checking a dataset with one table replaced by an upload."""

    table: str
    rows: int = 0
    error: str | None = None
    too_many_rows: bool = False
    checks: list[dict] = field(default_factory=list)


def recheck_with(checked: Checked, table: str, data: bytes, file_name: str) -> Recheck:
    """Replace ``table`` by the uploaded bytes and run every check again, in memory.

    ``file_name`` only labels messages; it is never opened or joined to a path.
    """
    label = file_name[:80] or f"{table}.csv"
    try:
        edited = with_table_replaced(checked.dataset, table, data, label)
    except UnusableInput as error:
        return Recheck(table, error=error.line())
    rows = len(edited.tables[table])
    if rows > MAX_UPLOAD_ROWS:
        return Recheck(table, rows=rows, too_many_rows=True)
    report, _ = check_dataset(edited)
    return Recheck(table, rows=rows, checks=[c.as_json() for c in report.checks])


@st.cache_data(show_spinner=False, max_entries=32)
def recheck_upload(folder: str, state: tuple, table: str, data: bytes, file_name: str) -> Recheck:
    """The re-check of one upload, kept in memory by its bytes (never written to disk)."""
    return recheck_with(load_checked(folder, state), table, data, file_name)


def changed_verdicts(before: list[dict], after: list[dict]) -> list[dict]:
    """Checks whose status differs between two runs (or that appear in only one)."""
    old = {c["id"]: c["status"] for c in before}
    new = {c["id"]: c["status"] for c in after}
    return [
        {"check": check_id, "before": old.get(check_id, "—"), "after": new.get(check_id, "—")}
        for check_id in list(old) + [i for i in new if i not in old]
        if old.get(check_id) != new.get(check_id)
    ]


def findings_frame(checks: list[dict]) -> pd.DataFrame:
    """Every finding of every check, one row each, by file, row and column."""
    rows = [
        {"check": c["id"], "status": c["status"], **finding}
        for c in checks
        for finding in c["details"].get("findings", [])
    ]
    columns = ["check", "status", "file", "row", "column", "value", "rule", "message"]
    frame = pd.DataFrame(rows, columns=columns)
    frame["row"] = frame["row"].astype("Int64")
    return frame


def tokens_of(value) -> set[str]:
    """Every string (and dict key) inside a check's details, ids included."""
    if isinstance(value, dict):
        return set(map(str, value)) | {t for v in value.values() for t in tokens_of(v)}
    if isinstance(value, list | tuple):
        return {t for v in value for t in tokens_of(v)}
    return {value} if isinstance(value, str) else set()


def concerned_ids(check: dict, tables: dict[str, pd.DataFrame]) -> set[str]:
    """The figure and event ids a check speaks of: named in its details or message, or at a
    row its findings point to. (A lookup of what the check reported, not a re-check.)"""
    ids = tokens_of(check["details"]) | set(ID_PATTERN.findall(check["message"]))
    for finding in check["details"].get("findings", []):
        name, row = finding.get("file", ""), finding.get("row")
        key = {"figures.csv": ("figures", "figure_id"), "events.csv": ("events", "event_id")}
        if name in key and row is not None and key[name][0] in tables:
            frame = tables[key[name][0]]
            if row in frame.index:
                ids.add(str(frame.loc[row, key[name][1]]))
    events = tables.get("events")
    if events is not None and "entity_id" in events:
        ids |= set(events.loc[events["entity_id"].isin(ids), "event_id"])
    return ids


def verdicts_for(checked: Checked, figure_ids: set[str], event_ids: set[str]) -> list[dict]:
    """Consistency verdicts that concern any of these figures or events."""
    wanted = figure_ids | event_ids
    return [
        c
        for c in checked.checks
        if c["kind"] == "consistency" and wanted & concerned_ids(c, checked.tables)
    ]


def check_by_id(checks: list[dict], check_id: str) -> dict | None:
    return next((c for c in checks if c["id"] == check_id), None)


def bundle_of(checked: Checked) -> tuple[dict[str, bytes], bytes] | None:
    """The export bundle's files and its zip, from validation.export (None if not installed).

    Only the engine writes CSV: the downloads are the very bytes ``factdesk export`` writes.
    """
    try:
        from validation.export import bundle_files, zip_bytes
    except ImportError:
        return None
    files = bundle_files(checked.dataset, checked.report, checked.tables)
    return files, zip_bytes(files, folder=checked.dataset.id)


@st.cache_data(show_spinner=False, max_entries=4)
def cached_bundle(folder: str, state: tuple) -> tuple[dict[str, bytes], bytes] | None:
    checked = load_checked(folder, state)
    return bundle_of(checked) if checked.valid else None


def export_bundle(folder: Path = DATASET) -> tuple[dict[str, bytes], bytes] | None:
    """The downloads: the export's files and zip, built once per state of the dataset."""
    return cached_bundle(str(folder), fingerprint(folder))


def column_help(table: str) -> dict[str, str]:
    """Each column's description, from the pandera model (and, for the computed columns,
    the Data Package's descriptions): the same words as the README data dictionary."""
    described = {
        name: column.description or "" for name, column in MODELS[table].to_schema().columns.items()
    }
    try:
        from validation.datapackage import computed_fields
    except ImportError:
        return described
    return described | {name: text for name, _, text in computed_fields().get(table, [])}
