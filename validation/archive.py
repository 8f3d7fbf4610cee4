"""An archive of dataset folders, checked in worker processes and reported as it comes.

Each worker takes a contiguous slice of folders, reads it with one careful read per file
(load.read_folder), checks it as one batch (engine.check_batch) and hands back each
dataset's report already rendered: a JSON fragment and its text lines, not report
objects. The parent writes them in folder order; the first unusable file, in that order,
ends the run with its one line (exit 2), as one process would. A dataset whose files, the
engine and the tolerances are unchanged is served from the cache (cache.py) without
importing pandas.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from validation import cache
from validation.hedges import STRICT, TIGHT
from validation.load import discover, read_folder

PARALLEL_FROM = 64  # below this many datasets to check, starting processes costs more
CHUNK = 250  # datasets a worker checks at once: memory stays flat as the archive grows
MANY = 20  # in text, an archive of more datasets lists only those with something to say


@dataclass(frozen=True)
class Rendered:
    """One dataset's report as the command line prints it."""

    id: str
    counts: tuple[int, int, int]  # passed, failed, warned
    json: str  # the dataset's object, indented as it stands in the report's "datasets" list
    text: str  # its lines in the text report

    @property
    def all_pass(self) -> bool:
        return self.counts[1] == 0 and self.counts[2] == 0

    def as_cached(self) -> dict:
        return {"id": self.id, "counts": list(self.counts), "json": self.json, "text": self.text}

    @classmethod
    def from_cached(cls, entry: dict) -> Rendered:
        return cls(entry["id"], tuple(entry["counts"]), entry["json"], entry["text"])


def render(report) -> Rendered:
    """A DatasetReport as its JSON fragment and text lines (report.py's own renderings)."""
    from validation.report import render_check

    statuses = [c.status for c in report.checks]
    counts = (statuses.count("pass"), statuses.count("fail"), statuses.count("warn"))
    as_json = {"id": report.id, "checks": [c.as_json() for c in report.checks]}
    text = json.dumps(as_json, ensure_ascii=False, indent=2, default=str)
    lines = [report.id] + [line for check in report.checks for line in render_check(check)]
    return Rendered(report.id, counts, indented(text, 4), "\n".join(lines))


def indented(text: str, spaces: int) -> str:
    pad = " " * spaces
    return pad + text.replace("\n", "\n" + pad)  # JSON strings hold no raw newline


def check_folders(
    folders: list[Path], tight: Fraction, strict: Fraction, as_reports: bool = False
) -> list:
    """Read and check some folders, a chunk at a time: the work of one process. Rendered
    reports, or DatasetReport objects with ``as_reports``."""
    from validation.batch import Batch, RawTable
    from validation.engine import check_batch

    rendered = []
    for start in range(0, len(folders), CHUNK):
        datasets, raw = [], []
        for folder in folders[start : start + CHUNK]:
            dataset, tables = read_folder(folder)
            datasets.append(dataset)
            raw.append({name: RawTable(*table) for name, table in tables.items()})
        for report, _ in check_batch(Batch(datasets, raw), tight, strict):
            rendered.append(report if as_reports else render(report))
    return rendered


@dataclass
class ArchiveReport:
    """Every dataset's rendered report, in folder order, and the run's counts."""

    datasets: list[Rendered]
    checked: int = 0  # how many were checked, not served from the cache

    def counts(self) -> dict[str, int]:
        return {
            "passed": sum(d.counts[0] for d in self.datasets),
            "failed": sum(d.counts[1] for d in self.datasets),
            "warned": sum(d.counts[2] for d in self.datasets),
        }

    @property
    def ok(self) -> bool:
        return self.counts()["failed"] == 0

    def to_json(self) -> str:
        """Byte for byte what report.Report.to_json writes for the same datasets."""
        summary = indented(json.dumps(self.counts(), indent=2), 2).lstrip()
        if not self.datasets:
            return f'{{\n  "datasets": [],\n  "summary": {summary}\n}}\n'
        body = ",\n".join(d.json for d in self.datasets)
        return f'{{\n  "datasets": [\n{body}\n  ],\n  "summary": {summary}\n}}\n'

    def to_text(self) -> str:
        many = len(self.datasets) > MANY
        lines = [d.text for d in self.datasets if not (many and d.all_pass)]
        counts = self.counts()
        lines.append(
            f"{len(self.datasets)} dataset(s): {counts['passed']} passed, "
            f"{counts['failed']} failed, {counts['warned']} warned"
        )
        return "\n".join(lines) + "\n"


def check_archive(
    paths: list[Path],
    tight: Fraction = TIGHT,
    strict: Fraction = STRICT,
    use_cache: bool = False,
) -> ArchiveReport:
    """Every dataset under ``paths``, from the cache where it can be, else checked."""
    folders = discover(paths)
    keys = cache.keys_for(folders, tight, strict) if use_cache else [None] * len(folders)
    found: list[Rendered | None] = [cache.get(key) for key in keys]
    missing = [i for i, hit in enumerate(found) if hit is None]
    for i, rendered in zip(missing, checked([folders[i] for i in missing], tight, strict),
                           strict=True):  # fmt: skip
        found[i] = rendered
        cache.put(keys[i], rendered)
    return ArchiveReport(found, checked=len(missing))


def check_archive_reports(
    paths: list[Path], tight: Fraction = TIGHT, strict: Fraction = STRICT
) -> list:
    """Every dataset's DatasetReport, in folder order (no cache): for code that reads them."""
    return list(checked(discover(paths), tight, strict, as_reports=True))


def checked(
    folders: list[Path], tight: Fraction, strict: Fraction, as_reports: bool = False
) -> Iterator:
    """Check folders in order, in worker processes when there are enough of them."""
    if not folders:
        return
    slices = [folders[i : i + CHUNK] for i in range(0, len(folders), CHUNK)]
    workers = min(os.cpu_count() or 1, len(slices))
    if len(folders) < PARALLEL_FROM or workers < 2:
        for part in slices:
            yield from check_folders(part, tight, strict, as_reports)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    import validation.engine  # noqa: F401  (imported once here, inherited by each fork)

    context = multiprocessing.get_context("fork")  # explicit: workers share the imports
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        count = len(slices)
        parts = pool.map(
            check_folders, slices, [tight] * count, [strict] * count, [as_reports] * count
        )
        for part in parts:
            yield from part
