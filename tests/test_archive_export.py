"""An archive exported by the archive engine: the same bundles as one dataset at a time,
all or nothing, and nothing hidden left behind by an export killed outright."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.synthetic import write_archive
from tests.conftest import LIBYA, ROOT, edit_cell
from validation import archive, cli, export
from validation.archive_export import export_archive
from validation.export import build_bundles, export_layout
from validation.load import load_all

DEAD = 4_194_305  # above Linux's largest process id: no process has it


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("small") / "archive"
    write_archive(out, 5, 3)
    return out


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}  # fmt: skip


def hidden(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith("."))


def test_workers_write_what_build_bundles_builds(small, tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "PARALLEL_FROM", 2)
    monkeypatch.setattr(archive, "CHUNK", 2)
    done = export_archive([small], tmp_path / "out")
    _, bundles = build_bundles(load_all([small]))
    assert tree(tmp_path / "out") == export_layout(bundles)
    assert [e.id for e in done] == list(bundles)
    assert [e.files for e in done] == [len(b) + 1 for b in bundles.values()]
    assert hidden(tmp_path) == []


def test_one_failing_dataset_writes_nothing_and_leaves_no_folder(small, tmp_path):
    archive_copy = tmp_path / "archive"
    shutil.copytree(small, archive_copy)
    third = sorted(p for p in archive_copy.iterdir() if p.is_dir())[2]
    edit_cell(third / "figures.csv", "figure_id", "f01", "amount", "-5")
    out = tmp_path / "deep" / "er" / "out"
    done = export_archive([archive_copy], out)
    assert [e.id for e in done if e.failed] == [third.name]
    assert not (tmp_path / "deep").exists()  # the folders made to hold it are gone too


def leftovers(parent: Path, out: Path) -> list[Path]:
    """What killed exports leave: unfinished files, and (killed mid-swap) the previous one."""
    made = []
    for name in (f".{out.name}.new-{DEAD}-abc12345", f".{out.name}.new-k2j3h4g5"):
        folder = parent / name
        (folder / "bench-s3-00001").mkdir(parents=True)
        (folder / "bench-s3-00001" / "figures.csv").write_text("half of a fi")
        made.append(folder)
    return made


def test_the_next_export_clears_what_a_killed_export_left(small, tmp_path):
    out = tmp_path / "out"
    leftovers(tmp_path, out)
    running = tmp_path / f".out.new-{os.getppid()}-zz9"  # a live process's: left alone
    running.mkdir()
    export_archive([small], out)
    assert hidden(tmp_path) == [running.name]
    assert sorted(p.name for p in out.glob("*/SHA256SUMS")) == ["SHA256SUMS"] * 5


def test_an_export_killed_mid_swap_is_put_back_even_when_the_next_is_refused(small, tmp_path):
    out = tmp_path / "out"
    export_archive([LIBYA], out)
    before = tree(out)
    os.rename(out, tmp_path / f".out.old-{DEAD}-q1w2e3r4")  # killed between the two renames
    broken = tmp_path / "broken"
    shutil.copytree(LIBYA, broken / LIBYA.name)
    edit_cell(broken / LIBYA.name / "figures.csv", "figure_id", "f01", "amount", "-5")
    done = export_archive([broken], out)
    assert any(e.failed for e in done)
    assert tree(out) == before
    assert hidden(tmp_path) == []


def test_write_export_clears_leftovers_too(small, tmp_path):
    out = tmp_path / "out"
    leftovers(tmp_path, out)
    _, bundles = build_bundles(load_all([small]))
    export.write_export(bundles, out)
    assert hidden(tmp_path) == []


@pytest.mark.slow
def test_an_export_killed_outright_leaves_nothing_after_the_next_run(tmp_path):
    """SIGKILL to a real `factdesk export` while its workers write; then run it again."""
    source = tmp_path / "archive"
    write_archive(source, 80, 4)  # past PARALLEL_FROM: worker processes write the bundles
    out = tmp_path / "out"
    child = subprocess.Popen(
        [sys.executable, "-m", "validation.cli", "export", str(source), "--out", str(out)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while not list(tmp_path.glob(".out.new-*/*.zip")) and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(child.pid, signal.SIGKILL)  # the command alone: its workers must die with it
    child.wait()
    assert hidden(tmp_path), "the export finished before it could be killed"
    assert not out.exists()
    time.sleep(0.2)  # time for a surviving worker, if any, to write again
    assert cli.main(["export", str(source), "--out", str(out)]) == 0
    assert hidden(tmp_path) == []
    assert len(list(out.glob("*.zip"))) == 80
