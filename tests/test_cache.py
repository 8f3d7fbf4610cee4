"""The verdict cache: an unchanged dataset is served, any change is checked again.

Served or checked is read from the cache's counters, never from timing.
"""

from __future__ import annotations

import json
import subprocess
import sys
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
    monkeypatch.setattr(cache, "counters", {"hits": 0, "misses": 0, "stored": 0})
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


def test_no_cache_neither_reads_nor_writes(folders, private_cache):
    code = subprocess.run(
        [sys.executable, "-m", "validation.cli", "validate", str(folders), "--no-cache"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    ).returncode  # fmt: skip
    assert code == 0
    assert not any(private_cache.rglob("*.json"))


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
    assert any(private_cache.rglob("*.json"))
