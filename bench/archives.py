"""The synthetic archives a benchmark measures, each written once by ``factdesk bench-data``.

Beside each dataset folder goes the datapackage.json our export would write (curated columns
only), so frictionless-py validates the same files as we do.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from bench.runner import Run, factdesk, run_measured


@dataclass
class Archives:
    """Synthetic archives under ``root``, one per size, each written once."""

    root: Path
    seed: int
    rows: dict[int, int] = field(default_factory=dict)
    generation: dict[int, Run] = field(default_factory=dict)
    faulty_written: set[tuple[int, int]] = field(default_factory=set)

    def folder(self, articles: int) -> Path:
        folder = self.root / f"n{articles}"
        if articles not in self.rows:
            self.generation[articles] = bench_data(folder, articles, self.seed)
            self.rows[articles] = count_rows(folder)
            write_descriptors(folder)
        return folder

    def faulty(self, articles: int, every: int) -> Path:
        """The same articles with a fault injected into one in ``every`` (kinds in turn):
        what a curator's unfinished archive costs to check (the slow path)."""
        folder = self.root / f"n{articles}-faults{every}"
        if (articles, every) not in self.faulty_written:
            bench_data(folder, articles, self.seed, "--faults", str(every))
            self.faulty_written.add((articles, every))
        return folder

    def mean_rows(self) -> float:
        return sum(self.rows.values()) / sum(self.rows)


def bench_data(folder: Path, articles: int, seed: int, *more: str) -> Run:
    """``factdesk bench-data`` into ``folder``, measured."""
    command = ["bench-data", "--articles", str(articles), "--out", str(folder), "--seed", str(seed)]
    run = run_measured(factdesk(*command, *more), timeout=3600)
    if run.returncode:
        raise RuntimeError(f"bench-data failed: {run.output}")
    settle(folder)
    return run


def settle(folder: Path) -> None:
    """Write the archive just generated to disk, then read it once: the runs measured next
    read it from the page cache, as every run but the first after a reboot does, and not
    while the kernel writes back the files (≈ 250 MB for 10,000 articles). "Cold" means an
    empty verdict cache, not an empty page cache.

    NOTE: 10,000 articles checked right after bench-data wrote them took 15.8–16.4 s (1.8–2.8 s
    of system time), against 15.4–15.6 s (1.7–1.8 s) once written out and read (idle machine,
    alternated); the bench's own runs, before this, 17.2 and 20.1 s."""
    os.sync()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            path.read_bytes()


def count_rows(root: Path) -> int:
    """Data rows of every curated CSV under ``root`` (its dataset folders, or itself)."""
    from validation.schemas import MODELS

    rows = 0
    for path in sorted(root.rglob("*.csv")):
        if path.stem in MODELS:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                rows += max(sum(1 for _ in csv.reader(handle)) - 1, 0)
    return rows


def descriptor_for(folder: Path) -> dict:
    """datapackage.json as our export generates it, for the curated columns the folder has."""
    from validation.datapackage import computed_fields, package_descriptor
    from validation.schemas import MODELS

    metadata = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    present = {name: None for name in MODELS if (folder / f"{name}.csv").exists()}
    csv_files = {f"{name}.csv": (folder / f"{name}.csv").read_bytes() for name in present}
    descriptor = package_descriptor(metadata, present, csv_files)
    computed = {table: {f[0] for f in fields} for table, fields in computed_fields().items()}
    for resource in descriptor["resources"]:
        schema = resource["schema"]
        schema["fields"] = [
            f for f in schema["fields"] if f["name"] not in computed.get(resource["name"], ())
        ]
    return descriptor


def write_descriptors(root: Path) -> None:
    """A datapackage.json beside the tables of each dataset folder (frictionless reads it)."""
    for folder in sorted(p for p in root.iterdir() if (p / "metadata.json").is_file()):
        text = json.dumps(descriptor_for(folder), ensure_ascii=False, indent=2) + "\n"
        (folder / "datapackage.json").write_text(text, encoding="utf-8")
