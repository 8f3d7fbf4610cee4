"""An archive of dataset folders, checked in worker processes and reported as it comes.

Each worker takes a contiguous slice of folders, reads it with one careful read per file
(load.read_folder), checks it as one batch (engine.check_batch) and hands back each
dataset's report already rendered: a JSON fragment and its text lines, not report
objects. The parent writes them in folder order as they arrive (report_writer.py), so
memory stays flat however large the report; the first unusable file, in that order, ends
the run with its one line (exit 2), as one process would. A dataset whose files, the
engine and the tolerances are unchanged is served from the cache (cache.py) without
importing pandas.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from fractions import Fraction
from pathlib import Path

from validation import cache
from validation.hedges import STRICT, TIGHT
from validation.jsontext import indented as indented_json
from validation.load import discover, read_folder
from validation.report_writer import MANY

PARALLEL_FROM = 64  # below this many datasets to check, starting processes costs more
# Datasets a worker checks at once: pandera's cost is nearly all per call (≈ 200 ms a batch
# of 7 tables, 0.1 ms an article), so a batch of 1,000 pays it a quarter as often as one of
# 250; memory still stays flat as the archive grows (one batch per worker at a time: a
# worker peaks near 430 MB, 10,000 articles as 2,000).
CHUNK = 1000
# Young objects allowed before the cyclic collector runs: a batch allocates millions of small
# records, Fractions and findings that outlive many collections, and the default (700)
# re-scans them over and over (with the collector off, 4.2 ms an article instead of 5.5 in
# one measurement; at this threshold, the same as off). Cycles are still collected.
GC_THRESHOLD = (50_000, 20, 20)


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


def render(report) -> Rendered:
    """A DatasetReport as its JSON fragment and text lines (report.py's own renderings)."""
    from validation.report import render_check

    statuses = [c.status for c in report.checks]
    counts = (statuses.count("pass"), statuses.count("fail"), statuses.count("warn"))
    data = {"id": report.id, "checks": [c.as_json() for c in report.checks]}
    # only the details may hold what orjson writes otherwise than json (a float past its
    # range, a date): the rest is looked at here, in fewer steps than a walk of it all
    unplain = [c.details for c in report.checks] if plain_but_details(report) else None
    text = indented_json(data, unplain)
    lines = [report.id] + [line for check in report.checks for line in render_check(check)]
    return Rendered(report.id, counts, indented(text, 4), "\n".join(lines))


def plain_but_details(report) -> bool:
    """Every field of the report but the checks' details is text, or a row number (an int of
    64 bits) or None where a finding may have none."""
    if type(report.id) is not str:
        return False
    for check in report.checks:
        if not (type(check.id) is type(check.kind) is type(check.status) is str
                and type(check.message) is str):  # fmt: skip
            return False
        for finding in check.findings:
            if not plain_finding(finding):
                return False
    return True


def plain_finding(finding) -> bool:
    row, texts = finding.row, (finding.column, finding.value)
    return (
        type(finding.file) is type(finding.rule) is type(finding.message) is str
        and (row is None or (type(row) is int and -(2**63) <= row < 2**63))
        and all(text is None or type(text) is str for text in texts)
    )


def indented(text: str, spaces: int) -> str:
    pad = " " * spaces
    return pad + text.replace("\n", "\n" + pad)  # JSON strings hold no raw newline


def checked_batches(
    folders: list[Path], tight: Fraction, strict: Fraction, files: dict | None = None
) -> Iterator:
    """(dataset, report, typed tables) of each folder, read and checked a chunk at a time;
    ``files``, the bytes of some folders' entries already read (taken from it as used)."""
    from validation.batch import Batch, RawTable
    from validation.engine import check_batch

    with fewer_collections():
        for start in range(0, len(folders), CHUNK):
            datasets, raw = [], []
            for folder in folders[start : start + CHUNK]:
                dataset, tables = read_folder(folder, files.pop(folder, None) if files else None)
                datasets.append(dataset)
                raw.append({name: RawTable(*table) for name, table in tables.items()})
            outcomes = check_batch(Batch(datasets, raw), tight, strict)
            for dataset, (report, typed) in zip(datasets, outcomes, strict=True):
                yield dataset, report, typed


@contextmanager
def fewer_collections() -> Iterator[None]:
    """The cyclic collector at GC_THRESHOLD while batches are checked, as it was after."""
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def check_folders(
    folders: list[Path],
    tight: Fraction,
    strict: Fraction,
    as_reports: bool = False,
    files: dict | None = None,
) -> list:
    """Read and check some folders: the work of one process. Rendered reports, or
    DatasetReport objects with ``as_reports``."""
    with collector_paused():
        return [
            report if as_reports else render(report)
            for _, report, _ in checked_batches(folders, tight, strict, files)
        ]


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection while folders are checked; what they leave is collected once,
    when only their reports are left. A chunk's millions of records, Fractions and findings
    live until it ends, and each collection of them, even at GC_THRESHOLD, found nothing
    to free (measured on 1,000 articles: 9 young and one middle collection, 0.35 ms an
    article; the one at the end 0.015; the same peak memory)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.collect(0)


def in_workers(work: Callable[..., list], folders: list[Path], *args) -> Iterator:
    """``work(slice, *args)`` over contiguous slices of ``folders``, in worker processes
    when there are enough folders; the results in folder order, as they come."""
    if not folders:
        return
    # each worker gets at least half of PARALLEL_FROM folders: on a machine of many cores a
    # small archive is not cut into slivers that each pay pandera's cost per batch
    cores = min(os.cpu_count() or 1, len(folders) // max(PARALLEL_FROM // 2, 1))
    if len(folders) < PARALLEL_FROM or cores < 2:
        for start in range(0, len(folders), CHUNK):
            yield from work(folders[start : start + CHUNK], *args)
        return
    slices = even_slices(folders, cores)
    workers = min(cores, len(slices))
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from validation.pattern_store import kept

    with kept():  # its ≈ 250 patterns from the store: 0.12 s less before the forks
        import validation.engine  # noqa: F401  (imported once here, inherited by each fork)
        from validation.checks.schema import compiled_metadata_schema

        compiled_metadata_schema()  # compiled once here (40 ms), not once per worker
    gc.collect()
    gc.freeze()  # what is imported stays put: no worker's collector walks (or copies) it

    context = multiprocessing.get_context("fork")  # explicit: workers share the imports
    with ProcessPoolExecutor(workers, context, initializer=start_worker) as pool:
        count = len(slices)
        for part in pool.map(work, slices, *([arg] * count for arg in args)):
            yield from part


def even_slices(folders: list[Path], workers: int) -> list[list[Path]]:
    """Contiguous slices of at most CHUNK folders, as many as a multiple of ``workers`` and of
    equal size, so that every core is busy until the end (not one left with a short last
    slice, nor one with a long one while the others idle)."""
    count = -(-len(folders) // CHUNK)
    count = -(-count // workers) * workers
    size = -(-len(folders) // count)
    return [folders[i : i + size] for i in range(0, len(folders), size)]


def start_worker() -> None:
    """A worker's set-up: it dies with the command, and collects cycles less often."""
    gc.set_threshold(*GC_THRESHOLD)
    die_with_parent()


def die_with_parent() -> None:
    """A worker ends when the command does, even killed outright: an orphan would go on
    writing into a temporary folder the next run has cleared (Linux; elsewhere a no-op)."""
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return


@dataclass
class ArchiveRun:
    """The datasets under some paths, which of them the cache serves, and (iterated) every
    dataset's rendered report in folder order: served, or checked in workers."""

    folders: list[Path]
    keys: list[str | None]
    missing: list[int]  # positions of the folders to check
    tight: Fraction = TIGHT
    strict: Fraction = STRICT
    checked: int = field(init=False, default=0)
    # The one form the caller writes ("json" or "text"), when it writes one: workers then
    # send back only what it prints of each dataset (a report's JSON is 4× its text, and
    # in text an archive's clean datasets print nothing); None sends everything.
    form: str | None = None

    @property
    def complete(self) -> bool:
        """Every dataset is in the cache: nothing can fail, the report may go out as it comes."""
        return not self.missing

    def __len__(self) -> int:
        return len(self.folders)

    def __iter__(self) -> Iterator[Rendered]:
        wanted = set(self.missing)
        work = [(self.folders[i], self.keys[i]) for i in self.missing]
        shipped = None if self.form is None else (self.form, len(self) > MANY)
        fresh = in_workers(check_keyed, work, self.tight, self.strict, shipped)
        learnt = []
        for position, key in enumerate(self.keys):
            served = None if position in wanted else cache.get(key)
            if served is not None:
                yield served
                continue
            if position in wanted:
                outcome = next(fresh)
            else:  # NOTE: an entry gone since planning (another run pruned it): checked here
                (outcome,) = check_keyed([(self.folders[position], key)], self.tight, self.strict)
            if outcome.record is not None:
                learnt.append((self.folders[position].parent, outcome.record))
            self.checked += not outcome.served
            yield outcome.rendered
        cache.learn(learnt)


@dataclass(frozen=True)
class Outcome:
    """One folder's report from a worker: checked, or ``served`` from the cache (its key was
    found there once the worker hashed it); ``record`` is what the folder index learns."""

    rendered: Rendered
    served: bool
    record: tuple | None


def check_keyed(
    work: list[tuple[Path, str | None]],
    tight: Fraction,
    strict: Fraction,
    shipped: tuple[str, bool] | None = None,
) -> list[Outcome]:
    """The work of one process in a run: (folder, key) pairs, a PENDING key hashed here, a
    folder whose entry the cache holds served from it, every other checked and stored under
    its key (in the worker: the parent only writes the report); ``shipped``, the form the
    parent writes and whether the archive is many datasets, keeps of each only that."""
    keys, records, served, read = [], [], {}, {}
    for position, (folder, key) in enumerate(work):
        record = None
        if key == cache.PENDING:
            key, record, contents = cache.settle_key(folder, tight, strict)
            hit = cache.get(key) if cache.has(key) else None
            if hit is not None:
                served[position] = hit
            elif contents is not None:
                read[folder] = contents  # read once: for the hash, then by the loader
        keys.append(key)
        records.append(record)
    fresh = [folder for position, (folder, _) in enumerate(work) if position not in served]
    checked = iter(check_folders(fresh, tight, strict, files=read))
    outcomes, learnt = [], []
    for position, key in enumerate(keys):
        if position in served:
            outcomes.append(Outcome(trimmed(served[position], shipped), True, records[position]))
            continue
        rendered = next(checked)
        learnt.append((key, rendered))
        outcomes.append(Outcome(trimmed(rendered, shipped), False, records[position]))
    cache.put_many(learnt)  # one transaction for the whole slice
    return outcomes


def trimmed(rendered: Rendered, shipped: tuple[str, bool] | None) -> Rendered:
    """Only what the report writer prints of a dataset in this form (report_writer.py)."""
    if shipped is None:
        return rendered
    form, many = shipped
    if form == "json":
        return replace(rendered, text="")
    return replace(rendered, json="", text="" if many and rendered.all_pass else rendered.text)


def plan(
    paths: list[Path], tight: Fraction = TIGHT, strict: Fraction = STRICT, use_cache: bool = False
) -> ArchiveRun:
    """The run that reports on every dataset under ``paths``; nothing is read but the cache
    (and the files of folders whose key the folder index does not know, until one of them
    proves missing from the cache: the rest are hashed by the workers)."""
    folders = discover(paths)
    keys = cache.plan_keys(folders, tight, strict) if use_cache else [None] * len(folders)
    stored = cache.present(keys)
    missing = [i for i, key in enumerate(keys) if key not in stored]
    return ArchiveRun(folders, keys, missing, tight, strict)


@dataclass
class ArchiveReport:
    """Every dataset's rendered report, in folder order, and the run's counts (for code and
    tests that want the whole report at once; the command line streams it)."""

    datasets: list[Rendered]
    checked: int = 0  # how many were checked, not served from the cache

    def counts(self) -> dict[str, int]:
        from validation.report_writer import summary

        return summary(self.datasets)

    @property
    def ok(self) -> bool:
        return self.counts()["failed"] == 0

    def to_json(self) -> str:
        """Byte for byte what report.Report.to_json writes for the same datasets."""
        return self.written("json")

    def to_text(self) -> str:
        return self.written("text")

    def written(self, form: str) -> str:
        import io

        from validation.report_writer import write_report

        out = io.StringIO()
        write_report(self.datasets, len(self.datasets), form, out)
        return out.getvalue()


def check_archive(
    paths: list[Path],
    tight: Fraction = TIGHT,
    strict: Fraction = STRICT,
    use_cache: bool = False,
) -> ArchiveReport:
    """Every dataset under ``paths``, from the cache where it can be, else checked."""
    run = plan(paths, tight, strict, use_cache)
    datasets = list(run)
    return ArchiveReport(datasets, checked=run.checked)


def check_archive_reports(
    paths: list[Path], tight: Fraction = TIGHT, strict: Fraction = STRICT
) -> list:
    """Every dataset's DatasetReport, in folder order (no cache): for code that reads them."""
    return list(in_workers(check_folders, discover(paths), tight, strict, True))
