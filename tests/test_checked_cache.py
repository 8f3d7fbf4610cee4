"""The engine's last check of an unchanged dataset, kept for the dashboard's cold start:
served word for word when nothing changed, checked again after any change.

Served or checked is read from the module's counters, never from timing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from validation import cache, checked_cache
from validation.engine import check_dataset
from validation.load import load_dataset
from validation.report import Report

LIBYA = ROOT / "datasets" / "us-libya-berlin2-2021"


@pytest.fixture
def copy(tmp_path):
    target = tmp_path / "us-libya-berlin2-2021"
    shutil.copytree(LIBYA, target)
    return target


@pytest.fixture
def counted(monkeypatch):
    monkeypatch.setattr(checked_cache, "counters", {"hits": 0, "checked": 0, "stored": 0})
    return checked_cache.counters


def test_an_unchanged_dataset_is_served_with_the_engines_own_verdicts_and_tables(copy, counted):
    dataset, report, _ = checked_cache.checked_dataset(copy)
    assert counted == {"hits": 0, "checked": 1, "stored": 1}
    again = checked_cache.checked_dataset(copy)
    assert counted["hits"] == 1 and counted["checked"] == 1
    fresh_report, fresh_tables = check_dataset(load_dataset(copy))
    served_dataset, served_report, served_tables = again
    assert served_dataset.id == dataset.id == "us-libya-berlin2-2021"
    assert words(served_report) == words(fresh_report) == words(report)
    assert sorted(served_tables) == sorted(fresh_tables)
    for name, frame in fresh_tables.items():
        assert served_tables[name].equals(frame), name
        assert list(served_tables[name].dtypes) == list(frame.dtypes), name


def words(report) -> str:
    """A dataset report as `factdesk validate --json` writes it."""
    return Report([report]).to_json()


@pytest.mark.parametrize("name", ["figures.csv", "claims.csv", "metadata.json", "source.txt"])
def test_one_byte_changed_is_checked_again(name, copy, counted):
    checked_cache.checked_dataset(copy)
    data = bytearray((copy / name).read_bytes())
    data[-1:] = b" " if data[-1:] != b" " else b"\n"
    (copy / name).write_bytes(bytes(data))
    checked_cache.checked_dataset(copy)
    assert counted["checked"] == 2 and counted["hits"] == 0


def test_a_change_to_the_engine_is_checked_again(copy, counted, monkeypatch):
    checked_cache.checked_dataset(copy)
    monkeypatch.setattr(cache, "engine_fingerprint", lambda: "an engine edited since")
    checked_cache.checked_dataset(copy)
    assert counted["checked"] == 2
    checked_cache.checked_dataset(copy)
    assert counted["hits"] == 1


def test_the_same_files_in_another_folder_are_checked_there(copy, tmp_path, counted):
    checked_cache.checked_dataset(copy)
    elsewhere = tmp_path / "moved" / copy.name
    shutil.copytree(copy, elsewhere)
    dataset, _, _ = checked_cache.checked_dataset(elsewhere)
    assert counted["checked"] == 2 and dataset.folder == elsewhere


def test_a_damaged_entry_is_only_a_check_again(copy, counted):
    checked_cache.checked_dataset(copy)
    key = checked_cache.entry_key(copy, checked_cache.TIGHT, checked_cache.STRICT)
    checked_cache.entry_path(key).write_bytes(b"not a pickle")
    _, report, _ = checked_cache.checked_dataset(copy)
    assert counted["checked"] == 2 and report.checks


def test_a_served_dataset_does_not_import_the_engine(copy):
    checked_cache.checked_dataset(copy)  # kept in this test's cache folder (conftest)
    probe = (
        "import sys; from pathlib import Path; from validation import checked_cache; "
        f"checked_cache.checked_dataset(Path({str(copy)!r})); "
        "print(checked_cache.counters['hits'], 'validation.engine' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.stdout.split() == ["1", "False"], result.stderr


def test_a_dashboard_cold_start_on_a_kept_dataset_imports_no_pandera(copy):
    """The figures' derived columns, the review list and the column help of a kept dataset
    come without pandera or the engine (validation.dates, validation.tables, column_docs)."""
    from dashboard.data import check_folder, column_help

    check_folder(copy)  # kept in this test's cache folder (conftest), with the column help
    assert column_help("figures")["figure_id"]
    probe = (
        "import sys; from pathlib import Path; from dashboard.data import check_folder, "
        f"column_help; checked = check_folder(Path({str(copy)!r})); "
        "print(len(checked.figures), bool(column_help('figures')['tight_low']), "
        "sorted(m for m in ('pandera', 'validation.engine', 'validation.schemas') "
        "if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.stdout.split() == ["4", "True", "[]"], result.stderr


def test_the_desk_is_kept_before_a_server_starts(copy, counted, monkeypatch):
    """`make run` runs `python -m validation.checked_cache`: the first page then finds every
    dataset of the desk kept; an unreadable one is named in one line, exit 0."""
    broken = copy.parent / "broken-one"
    shutil.copytree(copy, broken)
    (broken / "figures.csv").write_bytes(b"\xff\xfe not text")
    monkeypatch.setenv("FACTDESK_DATASETS", str(copy.parent))
    result = subprocess.run(
        [sys.executable, "-m", "validation.checked_cache"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith("factdesk: not kept: ") and "figures.csv" in line
    checked_cache.checked_dataset(copy)
    assert counted == {"hits": 1, "checked": 0, "stored": 0}
    from validation import cache

    assert (Path(cache.entries_root()) / "columns").is_dir()
