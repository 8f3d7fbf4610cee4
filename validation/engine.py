"""Run every kind of check over datasets, in the order a reader trusts them.

schema → referential → provenance → consistency → context → coverage, then the second
verdict, verification, kept apart: a later kind only sees the rows an earlier kind let
through, so one broken cell is reported once, where it is, not again downstream.

Datasets are checked as a batch (batch.py): pandera once per table for the whole batch,
every other kind as a loop over each dataset's records. A single dataset is a batch of one.
An archive is read and checked in worker processes (archive.py); adding a kind of check is
one line in ``KINDS``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from fractions import Fraction

from validation.batch import Batch, Rows, Subject
from validation.checks.consistency import check_consistency
from validation.checks.context import check_context
from validation.checks.coverage import check_coverage
from validation.checks.provenance import check_provenance
from validation.checks.referential import check_references
from validation.checks.review import check_review
from validation.checks.schema import Typed, check_schema
from validation.checks.verification import check_verification
from validation.hedges import STRICT, TIGHT
from validation.load import Dataset, UnusableInput, decode_text, parse_csv
from validation.report import CheckResult, DatasetReport, Report
from validation.schemas import MODELS


@dataclass(frozen=True)
class Kind:
    """A kind of check after the schema: what it runs on one dataset, and whether the rows
    its findings point at are kept from the kinds after it (``flags_rows``; such kinds come
    first)."""

    name: str
    run: Callable[[Subject, Fraction, Fraction], list[CheckResult]]
    flags_rows: bool = False


KINDS = (
    Kind("referential", lambda subject, t, s: check_references(subject), flags_rows=True),
    Kind("provenance", lambda subject, t, s: check_provenance(subject), flags_rows=True),
    Kind("consistency", check_consistency),
    Kind("context", lambda subject, t, s: check_context(subject)),
    Kind("coverage", lambda subject, t, s: check_coverage(subject)),
    Kind("verification", lambda subject, t, s: check_verification(subject)),
    Kind("review", lambda subject, t, s: check_review(with_raw_frames(subject), subject.raw)),
)


def with_raw_frames(subject: Subject) -> Dataset:
    """The dataset with its tables as frames of text, which a draft's review reads; an
    archive's datasets are read without them, and only a draft needs them."""
    from validation.checks.review import REVIEW_FILE, is_draft
    from validation.load import records_frame

    dataset = subject.dataset
    if dataset.tables or not subject.raw:
        return dataset
    if is_draft(dataset) or (dataset.folder / REVIEW_FILE).exists():
        dataset.tables = {n: records_frame(t.header, t.rows) for n, t in subject.raw.items()}
    return dataset


def check_batch(
    batch: Batch, tight: Fraction = TIGHT, strict: Fraction = STRICT
) -> list[tuple[DatasetReport, dict[str, Typed]]]:
    """Per dataset of the batch: its report, and the typed rows of each table it can trust."""
    outcomes = []
    for position, (results, typed) in enumerate(check_schema(batch)):
        dataset = batch.datasets[position]
        subject = Subject(dataset, batch.raw[position], {n: t.rows for n, t in typed.items()})
        traced: list[CheckResult] = []
        for kind in KINDS:
            if not kind.flags_rows and not subject.trusted:
                subject.trusted = without_flagged_rows(subject.rows, traced)
            found = kind.run(subject, tight, strict)
            results += found
            if kind.flags_rows:
                traced += found
        outcomes.append((DatasetReport(dataset.id, results), typed))
    return outcomes


def without_flagged_rows(tables: dict[str, Rows], results: list) -> dict[str, Rows]:
    """The tables less every row a finding points at: arithmetic on a figure whose span or
    reading is wrong would only repeat that error under another name."""
    flagged: dict[str, set[int]] = {}
    for result in results:
        for finding in result.findings:
            if finding.row is not None and finding.file.endswith(".csv"):
                flagged.setdefault(finding.file.removesuffix(".csv"), set()).add(finding.row)
    return {name: rows.without(flagged.get(name, set())) for name, rows in tables.items()}


def check_dataset(
    dataset: Dataset, tight: Fraction = TIGHT, strict: Fraction = STRICT
) -> tuple[DatasetReport, dict]:
    """The verdicts for one dataset, and its typed tables (rows that passed the schema)."""
    ((report, typed),) = check_batch(Batch.from_datasets([dataset]), tight, strict)
    return report, {name: rows.frame() for name, rows in typed.items()}


def validate_datasets(
    datasets: list[Dataset], tight: Fraction = TIGHT, strict: Fraction = STRICT
) -> Report:
    outcomes = check_batch(Batch.from_datasets(datasets), tight, strict)
    return Report([report for report, _ in outcomes])


def validate_paths(paths: list, tight: Fraction = TIGHT, strict: Fraction = STRICT) -> Report:
    """Load and check; raises load.UnusableInput when a file cannot be read at all."""
    from validation.archive import check_archive_reports
    from validation.report import Report

    return Report(check_archive_reports(paths, tight, strict))


def with_table_replaced(dataset: Dataset, name: str, data: bytes, file_name: str) -> Dataset:
    """A copy of ``dataset`` whose table ``name`` is the uploaded bytes, checked in memory.

    Nothing is written: the dashboard's upload re-validates an edited CSV this way. Raises
    load.UnusableInput (naming ``file_name``) when the bytes are not a readable CSV.
    """
    if name not in MODELS:
        raise UnusableInput(
            file_name, f"unknown table {name!r}; expected one of {', '.join(MODELS)}"
        )
    tables = dict(dataset.tables)
    tables[name] = parse_csv(decode_text(data, file_name), file_name)
    return replace(dataset, tables=tables)
