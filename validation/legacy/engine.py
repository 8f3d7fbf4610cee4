"""Run every kind of check over datasets, in the order a reader trusts them.

schema → referential → provenance → consistency → coverage, then the
second verdict, verification, kept apart: a later kind only sees the rows an
earlier kind let through, so one broken cell is reported once, where it is, not again
downstream.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

from validation.checks.review import check_review
from validation.hedges import STRICT, TIGHT
from validation.legacy.checks.consistency import check_consistency
from validation.legacy.checks.context import check_context
from validation.legacy.checks.coverage import check_coverage
from validation.legacy.checks.provenance import check_provenance
from validation.legacy.checks.referential import check_references
from validation.legacy.checks.schema import check_all_schemas, check_schemas
from validation.legacy.checks.verification import check_verification
from validation.load import (
    Dataset,
    UnusableInput,
    decode_text,
    discover,
    load_dataset,
    parse_csv,
)
from validation.report import DatasetReport, Report
from validation.schemas import MODELS


def check_dataset(
    dataset: Dataset, tight: Fraction = TIGHT, strict: Fraction = STRICT
) -> tuple[DatasetReport, dict]:
    """The verdicts for one dataset, and its typed tables (rows that passed the schema)."""
    results, tables = check_schemas(dataset)
    return check_beyond_schema(dataset, results, tables, tight, strict)


def check_beyond_schema(
    dataset: Dataset, results: list, tables: dict, tight: Fraction, strict: Fraction
) -> tuple[DatasetReport, dict]:
    """Every kind after the schema, on the rows the schema let through."""
    traced = check_references(tables, dataset.tables) + check_provenance(dataset, tables)
    results += traced
    trusted = without_flagged_rows(tables, traced)
    results += check_consistency(trusted, dataset.published, tight, strict)
    results += check_context(trusted, dataset.published)
    results.append(check_coverage(dataset, tables))
    results += check_verification(tables)
    results += check_review(dataset)  # a draft fails here until a person has reviewed it
    return DatasetReport(dataset.id, results), tables


def without_flagged_rows(tables: dict, results: list) -> dict:
    """The tables less every row a finding points at: arithmetic on a figure whose span or
    reading is wrong would only repeat that error under another name."""
    flagged: dict[str, set[int]] = {}
    for result in results:
        for finding in result.findings:
            if finding.row is not None and finding.file.endswith(".csv"):
                flagged.setdefault(finding.file.removesuffix(".csv"), set()).add(finding.row)
    return {
        name: frame.drop(index=[r for r in flagged[name] if r in frame.index])
        if flagged.get(name)
        else frame
        for name, frame in tables.items()
    }


def validate_datasets(
    datasets: list[Dataset], tight: Fraction = TIGHT, strict: Fraction = STRICT
) -> Report:
    schemas = check_all_schemas(datasets)  # one pandera pass per table for the whole archive
    return Report(
        [
            check_beyond_schema(dataset, results, tables, tight, strict)[0]
            for dataset, (results, tables) in zip(datasets, schemas, strict=True)
        ]
    )


def validate_folders(folders: list[Path], tight: Fraction, strict: Fraction) -> list:
    """Load and check some dataset folders: the work of one process."""
    return validate_datasets([load_dataset(f) for f in folders], tight, strict).datasets


PARALLEL_FROM = 64  # below this many datasets, starting processes costs more than it saves
CHUNK = 500  # datasets a process holds at once: memory stays flat as the archive grows


def validate_paths(paths: list[Path], tight: Fraction = TIGHT, strict: Fraction = STRICT) -> Report:
    """Load and check; raises load.UnusableInput when a file cannot be read at all.

    An archive is checked in chunks, on every core the machine has: each chunk's tables are
    validated in one pandera pass, and only the verdicts are kept.
    """
    folders = discover(paths)
    chunks = [folders[i : i + CHUNK] for i in range(0, len(folders), CHUNK)]
    workers = min(os.cpu_count() or 1, len(chunks))
    if len(folders) < PARALLEL_FROM or workers < 2:
        return Report([r for chunk in chunks for r in validate_folders(chunk, tight, strict)])
    with ProcessPoolExecutor(max_workers=workers) as pool:
        parts = pool.map(validate_folders, chunks, [tight] * len(chunks), [strict] * len(chunks))
        return Report([r for part in parts for r in part])


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
