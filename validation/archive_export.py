"""An archive exported by the archive engine: checked and bundled in worker processes,
written into one temporary folder, swapped into place whole.

Each worker checks its slice of folders as batches (archive.checked_batches: pandera once
per table per chunk) and, from the typed tables that check returns, builds each passing
dataset's bundle and writes it, with its zip, straight into the temporary folder beside
``out``. Only when every dataset of the archive passed, no two share an id and ``out`` may
be replaced, is the folder swapped into place (export.swap_into_place): otherwise it is
removed and nothing has changed. An export killed outright leaves its temporary folder
behind; the next export clears it (``export.clear_leftovers``), or puts the previous export back
when the kill fell between the two renames of the swap.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

from validation import export
from validation.archive import checked_batches, in_workers
from validation.hedges import STRICT, TIGHT
from validation.load import UnusableInput, discover

if TYPE_CHECKING:
    from validation.load import Dataset
    from validation.report import DatasetReport


@dataclass(frozen=True)
class Exported:
    """What one dataset came to: written (files, bytes), or refused (its failed checks)."""

    id: str
    folder: Path
    failed: int = 0  # checks that failed: then nothing of it is kept
    refusal: str = ""  # its id and each failed check, as `factdesk validate` prints them
    files: int = 0
    size: int = 0


def export_folders(
    folders: list[Path], tight: Fraction, strict: Fraction, building: Path, extra_files=None
) -> list[Exported]:
    """Check some folders and write the bundle of each that passes: one process's work.
    After a refusal the rest are only checked (the whole export will be refused)."""
    from validation.report import render_check

    done: list[Exported] = []
    for dataset, report, typed in checked_batches(folders, tight, strict):
        failed = [check for check in report.checks if check.status == "fail"]
        if failed:
            lines = [dataset.id] + [line for check in failed for line in render_check(check)]
            done.append(Exported(dataset.id, dataset.folder, len(failed), "\n".join(lines)))
            continue
        if any(e.failed for e in done):
            done.append(Exported(dataset.id, dataset.folder))
            continue
        tables = {name: rows.rows for name, rows in typed.items()}  # the checked records
        extra = None
        if extra_files:  # the chart builders draw from frames
            extra = extra_files(dataset, report, {n: rows.frame() for n, rows in typed.items()})
        bundle = export.bundle_files(dataset, report, tables, tight, strict, extra)
        files = export.export_layout({dataset.id: bundle})
        for name, data in files.items():
            export.write_file(building / name, data)
        size = sum(len(data) for data in files.values())
        done.append(Exported(dataset.id, dataset.folder, files=len(files), size=size))
    return done


def export_archive(
    paths: list[Path],
    out: Path,
    tight: Fraction = TIGHT,
    strict: Fraction = STRICT,
    extra_files: Callable[[Dataset, DatasetReport, dict], Mapping[str, bytes]] | None = None,
) -> list[Exported]:
    """Export every dataset under ``paths`` to ``out``, all or nothing; ``extra_files`` as
    export.build_bundles takes it (the chart embeds of ``--charts``), called in the workers.

    Returns each dataset's outcome in folder order; when any was refused, nothing was
    written. Raises UnusableInput for an unreadable file, two datasets with one id, or an
    ``out`` that is not an earlier export.
    """
    folders = discover(paths)
    out = Path(out)
    made = missing_folders(out.parent)
    out.parent.mkdir(parents=True, exist_ok=True)
    export.clear_leftovers(out)
    building = Path(tempfile.mkdtemp(prefix=export.temporary_prefix(out, "new"), dir=out.parent))
    try:
        work = (export_folders, folders, tight, strict, building, extra_files)
        done = list(in_workers(*work))
        refuse_shared_ids(done)
        if any(e.failed for e in done):
            raise Refused
        if out.exists() and not (out.is_dir() and export.looks_like_export(out)):
            raise UnusableInput(out, "exists and is not a factdesk export: refusing to replace it")
        os.chmod(building, 0o755)  # mkdtemp makes it private
        export.swap_into_place(building, out)
    except Refused:
        discard(building, made)
    except BaseException:
        discard(building, made)
        raise
    return done


class Refused(Exception):
    """A dataset failed a check: the export is abandoned, its outcomes say why."""


def refuse_shared_ids(done: list[Exported]) -> None:
    seen: dict[str, Path] = {}
    for exported in done:
        if exported.id in seen:
            raise UnusableInput(
                exported.folder, f"dataset id {exported.id!r} is also the id of {seen[exported.id]}"
            )
        seen[exported.id] = exported.folder


def discard(building: Path, made: list[Path]) -> None:
    """Remove the temporary folder, and the folders made to hold it (deepest first)."""
    shutil.rmtree(building, ignore_errors=True)
    for folder in reversed(made):
        try:
            folder.rmdir()
        except OSError:
            return


def missing_folders(folder: Path) -> list[Path]:
    """The ancestors of ``folder`` (itself included) that do not exist yet, outermost first."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return list(reversed(missing))
