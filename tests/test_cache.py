"""The verdict cache: an unchanged dataset is served, any change is checked again.

Served or checked is read from the cache's counters, never from timing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from fractions import Fraction

import pytest

from bench.synthetic import write_archive
from tests.conftest import ROOT
from validation import archive, cache


@pytest.fixture
def folders(tmp_path):
    out = tmp_path / "archive"
    write_archive(out, 3, 5)
    return out


@pytest.fixture
def counted(monkeypatch):
    monkeypatch.setattr(cache, "counters", {"hits": 0, "misses": 0, "stored": 0, "indexed": 0})
    return cache


def run(root, **kwargs):
    return archive.check_archive([root], use_cache=True, **kwargs)


def test_an_unchanged_archive_is_served_from_the_cache_word_for_word(folders, counted):
    first = run(folders)
    assert first.checked == 3 and counted.counters["stored"] == 3
    second = run(folders)
    assert second.checked == 0 and counted.counters["hits"] == 3
    assert second.to_json() == first.to_json() and second.to_text() == first.to_text()


@pytest.mark.parametrize(
    "name",
    ["metadata.json", "source.txt", "claims.csv", "figures.csv", "events.csv", "entities.csv",
     "mentions.csv", "ignored_numbers.csv", "verifications.csv"],
)  # fmt: skip
def test_one_byte_changed_in_any_file_is_checked_again(name, folders, counted):
    run(folders)
    target = sorted(p for p in folders.iterdir() if p.is_dir())[1]
    data = bytearray((target / name).read_bytes())
    data[-1:] = b" " if data[-1:] != b" " else b"\n"
    (target / name).write_bytes(bytes(data))
    again = run(folders)
    assert again.checked == 1  # that dataset alone; the other two are served


def test_a_change_to_the_engine_checks_everything_again(folders, counted, monkeypatch):
    run(folders)
    monkeypatch.setattr(cache, "engine_fingerprint", lambda: "an engine edited since")
    assert run(folders).checked == 3
    assert run(folders).checked == 0


def test_other_tolerances_are_checked_again(folders, counted):
    run(folders)
    assert run(folders, tight=Fraction("0.06")).checked == 3
    assert run(folders, strict=Fraction("0.3")).checked == 3
    assert run(folders).checked == 0


def test_a_link_in_a_folder_is_never_served_from_the_cache(folders, counted):
    target = sorted(p for p in folders.iterdir() if p.is_dir())[0]
    (target / "README.md").symlink_to(target / "source.txt")
    run(folders)
    assert run(folders).checked == 1


@pytest.fixture
def settled_at_once(monkeypatch):
    """Files count as settled as soon as written (the index's two-second wait, waived)."""
    monkeypatch.setattr(cache, "SETTLED_NS", 0)


def test_settled_folders_are_hashed_once_then_known_by_their_file_times(
    folders, counted, settled_at_once
):
    first = run(folders)
    assert counted.counters["indexed"] == 0
    second = run(folders)
    assert second.checked == 0 and counted.counters["indexed"] == 3
    assert second.to_json() == first.to_json()


def test_freshly_written_files_are_always_hashed_again(folders, counted):
    run(folders)
    run(folders)
    assert counted.counters["indexed"] == 0 and counted.counters["hits"] == 3


def test_a_byte_changed_with_its_file_times_put_back_is_checked_again(
    folders, counted, settled_at_once
):
    run(folders)
    target = sorted(p for p in folders.iterdir() if p.is_dir())[2] / "figures.csv"
    before = target.stat()
    time.sleep(0.05)  # past the file system clock's tick: the change time must move
    data = bytearray(target.read_bytes())
    data[-1:] = b" "  # the same size
    target.write_bytes(bytes(data))
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))  # as `touch -r` would
    assert target.stat().st_mtime_ns == before.st_mtime_ns
    assert target.stat().st_size == before.st_size
    assert run(folders).checked == 1
    assert counted.counters["indexed"] == 2


def test_no_cache_neither_reads_nor_writes(folders, private_cache):
    code = subprocess.run(
        [sys.executable, "-m", "validation.cli", "validate", str(folders), "--no-cache"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    ).returncode  # fmt: skip
    assert code == 0
    assert not any(private_cache.rglob("*"))


def test_a_warm_check_does_not_import_pandas(folders, private_cache):
    script = (
        "import sys; from validation import cli, cache;"
        f"code = cli.main(['validate', {str(folders)!r}, '--format', 'json']);"
        "print(code, cache.counters['hits'], 'pandas' in sys.modules)"
    )
    first = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                           text=True, timeout=300)  # fmt: skip
    second = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=300)  # fmt: skip
    assert first.stdout.splitlines()[-1] == "0 0 True"
    assert second.stdout.splitlines()[-1] == "0 3 False"
    assert json.loads("\n".join(second.stdout.splitlines()[:-1]))["summary"]["failed"] == 0
    assert any(private_cache.rglob("*.sqlite"))


def test_a_cold_archive_is_hashed_where_it_is_checked(folders, counted):
    planned = archive.plan([folders], use_cache=True)
    assert planned.keys[0] not in (None, cache.PENDING)  # hashed: it shows the run is cold
    assert planned.keys[1:] == [cache.PENDING, cache.PENDING]
    assert len(list(planned)) == 3 and planned.checked == 3 and counted.counters["stored"] == 3
    again = archive.plan([folders], use_cache=True)
    assert cache.PENDING not in again.keys and again.complete


def test_a_copied_archive_is_served_without_being_checked(folders, tmp_path, counted):
    first = run(folders)
    copy = tmp_path / "copy"
    shutil.copytree(folders, copy)  # new inodes and times, the same bytes
    planned = archive.plan([copy], use_cache=True)
    assert cache.PENDING not in planned.keys and planned.complete
    second = archive.ArchiveReport(list(planned), checked=planned.checked)
    assert second.checked == 0 and second.to_json() == first.to_json()


def test_a_pending_folder_whose_entry_exists_is_served_by_its_worker(folders, counted):
    first = run(folders)
    folder = sorted(p for p in folders.iterdir() if p.is_dir())[2]
    (outcome,) = archive.check_keyed([(folder, cache.PENDING)], archive.TIGHT, archive.STRICT)
    assert outcome.served and outcome.rendered == first.datasets[2]


def test_a_store_that_is_not_a_database_is_checked_again_and_begun_anew(folders, counted):
    first = run(folders)
    with open(cache.store_path(), "wb") as store:
        store.write(b"not a database, only bytes")
    cache._connections.clear()  # as a new process would open it
    again = run(folders)
    assert again.checked == 3 and again.to_json() == first.to_json()
    assert run(folders).checked == 0
