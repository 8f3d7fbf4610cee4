"""What the pages show, asked of validation/ once per dataset and cached.

``check_folder`` is plain Python (tested without Streamlit); the ``st.cache_data`` wrappers
make a page switch or a language switch reuse the first load instead of re-running the
checks. Each cache is keyed by the dataset's folder and the state of its files, and holds
every dataset of the desk (no fixed handful). The upload re-check is cached by its bytes,
in memory only: nothing is written.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard.article import Article, article_of
from validation import results
from validation.checked_cache import checked_dataset as engine_checked
from validation.checks.review import ReviewItem, unreviewed
from validation.column_docs import column_descriptions
from validation.derived import (
    context_with_intervals,
    events_with_display,
    figures_with_intervals,
)
from validation.load import Dataset, UnusableInput
from validation.report import DatasetReport
from validation.vocab import VERDICTS

ROOT = Path(__file__).resolve().parent.parent
CACHED_DATASETS = 256  # checked datasets kept in memory; a desk rarely holds more
MAX_UPLOAD_ROWS = 5000  # a curated table has tens of rows; thousands means a wrong file


@dataclass
class Checked:
    """One dataset as the engine sees it: the text, the verdicts and the typed tables."""

    dataset: Dataset
    report: DatasetReport
    tables: dict[str, pd.DataFrame]
    figures: pd.DataFrame | None = None
    events: pd.DataFrame | None = None
    checks: list[dict] = field(default_factory=list)
    context: pd.DataFrame | None = None
    to_review: list[ReviewItem] = field(default_factory=list)  # a draft's unreviewed rows

    def counts(self) -> dict[str, int]:
        return status_counts(self.checks)

    @property
    def valid(self) -> bool:
        return self.counts()["failed"] == 0

    @property
    def article(self) -> Article:
        """The article's own terms (metadata.json), for pages and charts."""
        return article_of(self.dataset.id, self.dataset.metadata, self.figures)

    def headlines(self) -> pd.DataFrame:
        """The headline totals: every total that is no other figure's part."""
        figures = self.figures
        if figures is None:
            return pd.DataFrame()
        return figures[figures["parent_figure_id"].isna() & (figures["category"] == "total")]


def status_counts(checks: list[dict]) -> dict[str, int]:
    statuses = Counter(c["status"] for c in checks)
    return {"passed": statuses["pass"], "warned": statuses["warn"], "failed": statuses["fail"]}


def check_folder(folder: Path) -> Checked:
    """Load and check one dataset folder, or take the engine's last check of it when its
    files and the engine are unchanged (validation.checked_cache: a cold start of the
    dashboard does not check an unchanged dataset again, nor import the engine); derived
    columns come from validation.derived."""
    return checked_of(*engine_checked(folder))


def checked_of(dataset: Dataset, report: DatasetReport, tables: dict[str, pd.DataFrame]) -> Checked:
    """A dataset the engine has checked, with the derived columns the pages and charts read
    (``factdesk export --charts`` passes the export's own check here: nothing runs twice)."""
    tables = with_english_stand_ins(tables)
    figures = tables.get("figures")
    events = tables.get("events")
    context = tables.get("context_figures")
    return Checked(
        dataset=dataset,
        report=report,
        tables=tables,
        figures=figures_with_intervals(figures) if figures is not None and len(figures) else None,
        events=events_with_display(events) if events is not None and len(events) else None,
        checks=[c.as_json() for c in report.checks],
        context=context_with_intervals(context) if context is not None and len(context) else None,
        to_review=unreviewed(dataset),
    )


# What a page shows where the curator has not yet written the English (schemas.DRAFT_ONLY_CELLS;
# a draft, or a dataset that fails schema.draft_only): the Arabic it will translate, so every
# card and chart has words to show.
ENGLISH_STAND_INS = {
    "claims": {"claim_en": "quote_ar", "topics": None},
    "figures": {"label_en": "label_ar"},
    "events": {"event_en": "date_text_ar"},
    "entities": {"name_en": "name_ar"},
}


def with_english_stand_ins(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """A draft's tables with each empty English cell standing in for by its Arabic."""
    filled = dict(tables)
    for name, columns in ENGLISH_STAND_INS.items():
        if name not in filled:
            continue
        frame = filled[name].copy()
        for column, arabic in columns.items():
            if column in frame:
                stand_in = frame.get(arabic, "")
                frame[column] = frame[column].where(frame[column].notna(), stand_in).fillna("")
        filled[name] = frame
    return filled


def fingerprint(folder: Path) -> tuple:
    """What the dataset folder holds now (names, sizes, times): a curator's edit, or a
    newly added table, makes the next page view check again instead of showing old verdicts."""
    return tuple(
        (p.name, p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
        if p.is_file()
    )


@st.cache_data(show_spinner=False, max_entries=CACHED_DATASETS)
def load_checked(folder: str, state: tuple) -> Checked:
    """The dataset, checked once for as long as its files stay the same: switching pages
    or languages reuses this result."""
    return check_folder(Path(folder))


def checked_dataset(folder: Path) -> Checked:
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
    from validation.engine import check_dataset, with_table_replaced  # pandera: only here

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
        {"check": c["id"], "status": c["status"], **asdict(finding)}
        for c in checks
        for finding in results.findings_of(c)
    ]
    columns = ["check", "status", "file", "row", "column", "value", "rule", "message"]
    frame = pd.DataFrame(rows, columns=columns)
    frame["row"] = frame["row"].astype("Int64")
    return frame


def concerned_ids(check: dict, tables: dict[str, pd.DataFrame]) -> set[str]:
    """The figure and event ids a check speaks of: named in its details (the event-order
    checks list the events each verdict covers in ``details["event_ids"]``), or at a row its
    findings point to. (A lookup of what the check reported, not a re-check.)"""
    ids = set(results.named_ids(check))
    for finding in results.findings_of(check):
        name, row = finding.file, finding.row
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


def claim_targets(checked: Checked, claim_id: str) -> list[tuple[str, str]]:
    """(table, id) of every row a verification could hold for this claim: the claim, its
    figures and dates, and the entities it names (a mention inside its span, or the entity
    of one of its dates). A lookup of the curated links, in reading order."""
    tables = checked.tables
    targets = [("claims", claim_id)]
    for name, key in (("figures", "figure_id"), ("events", "event_id")):
        frame = tables.get(name)
        if frame is not None:
            targets += [(name, i) for i in frame.loc[frame["claim_id"] == claim_id, key]]
    claims, mentions, events = tables.get("claims"), tables.get("mentions"), tables.get("events")
    entities: list[str] = []
    if claims is not None and mentions is not None:
        claim = claims.set_index("claim_id").loc[claim_id]
        inside = mentions[
            (mentions["char_start"] >= claim["char_start"])
            & (mentions["char_end"] <= claim["char_end"])
        ]
        entities += list(inside["entity_id"])
    if events is not None and "entity_id" in events:
        entities += list(events.loc[events["claim_id"] == claim_id, "entity_id"].dropna())
    targets += [("entities", e) for e in dict.fromkeys(entities)]
    return targets


def verifications_for(checked: Checked, claim_id: str) -> pd.DataFrame:
    """The verifications (verifications.csv) on a claim and on what it contains, the
    claim's own first; ``via_table``/``via_id`` say which row each one is about."""
    table = checked.tables.get("verifications")
    if table is None:
        return pd.DataFrame(columns=["via_table", "via_id"])
    order = {target: i for i, target in enumerate(claim_targets(checked, claim_id))}
    keys = list(zip(table["target_table"], table["target_id"], strict=True))
    rows = table[[key in order for key in keys]].copy()
    rows["via_table"], rows["via_id"] = rows["target_table"], rows["target_id"]
    rows["_order"] = [order[key] for key in zip(rows["target_table"], rows["target_id"],
                                                 strict=True)]  # fmt: skip
    return rows.sort_values(["_order", "verification_id"]).drop(columns="_order")


def claim_verdicts(checked: Checked) -> dict[str, set[str]]:
    """Each claim's verdict(s) against primary sources, for the verdict filter: the rows on
    the claim itself, or, for a claim without one, the rows on its figures and dates."""
    table = checked.tables.get("verifications")
    claims = checked.tables.get("claims")
    if table is None or claims is None:
        return {}
    verdicts = {}
    for claim_id in claims["claim_id"]:
        rows = verifications_for(checked, claim_id)
        own = rows[rows["via_table"] == "claims"]
        chosen = own if len(own) else rows[rows["via_table"].isin(["figures", "events"])]
        verdicts[claim_id] = set(chosen["verdict"])
    return verdicts


def verdict_counts(checks: list[dict]) -> dict[str, int] | None:
    """How many verdicts of each kind, as the engine's verification.verdicts check counted
    them (every verdict of the vocabulary, zeros included); None without that check."""
    counted = results.verdict_counts(checks)
    if counted is None:
        return None
    return {verdict: int(counted.counts.get(verdict, 0)) for verdict in VERDICTS}


def claim_verdict_counts(checked: Checked) -> dict[str, int]:
    """How many claims have each verdict on themselves (verifications.csv rows on claims).

    NOTE: a tally of the curated column, not a check; asked of the engine as a
    ``by_target`` count in verification.verdicts, used from there once it exists.
    """
    counted = results.verdict_counts(checked.checks)
    by_target = counted.by_target.get("claims") if counted else None
    if by_target is not None:
        return {verdict: int(by_target.get(verdict, 0)) for verdict in VERDICTS}
    table = checked.tables.get("verifications")
    if table is None:
        return {}
    counted = Counter(table.loc[table["target_table"] == "claims", "verdict"])
    return {verdict: counted[verdict] for verdict in VERDICTS}


def bundle_of(checked: Checked) -> tuple[dict[str, bytes], bytes] | None:
    """The export bundle's files and its zip, from validation.export.

    Only the engine writes CSV: the downloads are the very bytes ``factdesk export`` writes.
    """
    from validation.export import bundle_files, zip_bytes  # openpyxl: only downloads need it

    files = bundle_files(checked.dataset, checked.report, checked.tables)
    return files, zip_bytes(files, folder=checked.dataset.id)


@st.cache_data(show_spinner=False, max_entries=CACHED_DATASETS)
def cached_bundle(folder: str, state: tuple) -> tuple[dict[str, bytes], bytes] | None:
    checked = load_checked(folder, state)
    return bundle_of(checked) if checked.valid else None


def export_bundle(folder: Path) -> tuple[dict[str, bytes], bytes] | None:
    """The downloads: the export's files and zip, built once per state of the dataset."""
    return cached_bundle(str(folder), fingerprint(folder))


def column_help(table: str) -> dict[str, str]:
    """Each column's description, from the pandera model (and, for the computed columns,
    the Data Package's descriptions): the same words as the README data dictionary, kept
    per engine version by validation.column_docs (no pandera on a cold start)."""
    return column_descriptions().get(table, {})
