"""Shared fixtures: the real shipped dataset, copies of it to break, and the real CLI."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from validation.desk import DEFAULT_DATASET_ID

ROOT = Path(__file__).resolve().parent.parent
LIBYA = ROOT / "datasets" / DEFAULT_DATASET_ID
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# The second dataset, a test article unlike the first (tests/fixtures/desk/make_jo_water.py).
JO_WATER = FIXTURES / "desk" / "jo-water-2024"
DESK = {LIBYA.name: LIBYA, JO_WATER.name: JO_WATER}


@pytest.fixture(scope="session")
def desk_root(tmp_path_factory) -> Path:
    """A datasets root holding both datasets, as a desk with two articles would."""
    root = tmp_path_factory.mktemp("desk") / "datasets"
    for name, folder in DESK.items():
        shutil.copytree(folder, root / name)
    return root


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory, monkeypatch) -> Path:
    """Every test its own verdict cache: no test serves another's (or the user's) verdicts."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("FACTDESK_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def libya_copy(tmp_path: Path) -> Path:
    """A private copy of the Libya dataset that a test may break."""
    target = tmp_path / "us-libya-berlin2-2021"
    shutil.copytree(LIBYA, target)
    return target


def edit_cell(path: Path, key: str, key_value: str, column: str, value: str) -> None:
    """Change one cell of a curated CSV, keeping every other byte as curated."""
    text = path.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    matches = [r for r in rows if r[key] == key_value]
    assert len(matches) == 1, f"{path.name}: no single row with {key}={key_value}"
    matches[0][column] = value
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def delete_row(path: Path, key: str, key_value: str) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    rows = list(csv.DictReader(io.StringIO("\n".join(lines))))
    index = [r[key] for r in rows].index(key_value)
    del lines[index + 1]
    path.write_text("\n".join(lines), encoding="utf-8")


def rewrite_article(folder: Path, old: str, new: str, at: int) -> None:
    """Change the article itself at offset ``at``, as if it had been published so: the same
    number of characters, so every offset still holds; every quote that spans the change
    and the sha256 in the metadata follow it. For testing checks on the article's own logic.
    """
    assert len(old) == len(new)
    source = folder / "source.txt"
    text = source.read_text(encoding="utf-8")
    assert text[at : at + len(old)] == old
    text = text[:at] + new + text[at + len(old) :]
    source.write_bytes(text.encode("utf-8"))
    quote_columns = {"claims": "quote_ar", "figures": "quote_ar", "events": "date_text_ar",
                     "mentions": "surface_ar", "ignored_numbers": "surface_ar"}  # fmt: skip
    for table, column in quote_columns.items():
        path = folder / f"{table}.csv"
        rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
        if not rows:
            continue
        for row in rows:
            if row["char_start"] and int(row["char_start"]) <= at < int(row["char_end"]):
                row[column] = text[int(row["char_start"]) : int(row["char_end"])]
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        path.write_text(out.getvalue(), encoding="utf-8")
    metadata_path = folder / "metadata.json"
    metadata = json.loads(metadata_path.read_text(encoding="utf-8"))
    metadata["source"]["sha256"] = hashlib.sha256(source.read_bytes()).hexdigest()
    metadata_path.write_text(json.dumps(metadata, ensure_ascii=False, indent=2), encoding="utf-8")


def run_factdesk(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """The real command line, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "validation.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )
