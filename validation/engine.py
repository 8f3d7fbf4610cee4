"""Run every kind of check over datasets, in the order a reader trusts them.

schema → referential → provenance: a later kind only sees the rows an earlier kind let
through, so one broken cell is reported once, where it is, not again downstream.
"""

from __future__ import annotations

from pathlib import Path

from validation.checks.provenance import check_provenance
from validation.checks.referential import check_references
from validation.checks.schema import check_schemas
from validation.load import Dataset, load_all
from validation.report import DatasetReport, Report


def check_dataset(dataset: Dataset) -> tuple[DatasetReport, dict]:
    """The verdicts for one dataset, and its typed tables (rows that passed the schema)."""
    results, tables = check_schemas(dataset)
    results += check_references(tables, dataset.tables)
    results += check_provenance(dataset, tables)
    return DatasetReport(dataset.id, results), tables


def validate_datasets(datasets: list[Dataset]) -> Report:
    return Report([check_dataset(d)[0] for d in datasets])


def validate_paths(paths: list[Path]) -> Report:
    """Load and check; raises load.UnusableInput when a file cannot be read at all."""
    return validate_datasets(load_all(paths))
