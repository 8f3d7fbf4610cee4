"""The archive engine says exactly what the engine before it said (issue 16).

The same archives go through ``validation.legacy`` (the engine as it stood, frozen) and
``validation.engine``: synthetic archives, valid and with one fault of each kind injected
into some articles, and every case of ``tests/fixtures/bad``. The JSON report (and the text
report), the exit code and the one-line error of an unusable file must be byte-identical,
through the command line (``FACTDESK_ENGINE=legacy``) and through ``check_dataset`` (the
dashboard's door). This file goes when the legacy engine does.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from bench.synthetic import write_archive
from tests.conftest import LIBYA, rewrite_article
from tests.test_hardening import CASES, prepare
from validation import cli
from validation.legacy import engine as legacy_engine
from validation.load import UnusableInput, load_dataset

ARTICLES = 24  # enough for every fault to land on a few articles; small enough to be quick


# ---- faults, one kind at a time --------------------------------------------------------


def read_rows(path: Path) -> tuple[list[str], list[dict]]:
    reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")))
    return list(reader.fieldnames or []), list(reader)


def write_rows(path: Path, header: list[str], rows: list[dict], newline: str = "\n") -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator=newline)
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8", newline="")


def edit(folder: Path, table: str, change) -> None:
    """Apply ``change(rows)`` to a table's rows (list of dicts), keeping its header."""
    header, rows = read_rows(folder / f"{table}.csv")
    change(rows)
    write_rows(folder / f"{table}.csv", header, rows)


def first(rows: list[dict], **wanted) -> dict | None:
    return next((r for r in rows if all(r.get(k) == v for k, v in wanted.items())), None)


def schema_fault(folder: Path) -> None:
    def change(rows):
        rows[0]["amount"] = "12x"
        rows[-1]["hedge"] = "roughly"

    edit(folder, "figures", change)
    edit(folder, "claims", lambda rows: rows[0].update(topics="zzz;aid"))
    edit(folder, "events", lambda rows: rows[-1].update(date="2021-02-30"))


def metadata_fault(folder: Path) -> None:
    path = folder / "metadata.json"
    metadata = json.loads(path.read_text(encoding="utf-8"))
    del metadata["licence"]
    metadata["language"] = "arabic"
    path.write_text(json.dumps(metadata, ensure_ascii=False, indent=2), encoding="utf-8")


def referential_fault(folder: Path) -> None:
    edit(folder, "claims", lambda rows: rows[0].update(speaker_id="nobody_at_all"))
    edit(folder, "verifications", lambda rows: rows[0].update(target_id="c99"))

    def cycle(rows):
        if len(rows) >= 2:
            rows[0]["parent_figure_id"] = rows[1]["figure_id"]
            rows[1]["parent_figure_id"] = rows[0]["figure_id"]

    edit(folder, "figures", cycle)


def provenance_fault(folder: Path) -> None:
    edit(
        folder,
        "mentions",
        lambda rows: rows[0].update(char_start=str(int(rows[0]["char_start"]) + 1)),
    )
    edit(
        folder,
        "claims",
        lambda rows: rows[-1].update(paragraph=str(int(rows[-1]["paragraph"]) + 1)),
    )

    def hedge(rows):
        rows[0]["hedge"] = "about" if rows[0]["hedge"] == "exact" else "exact"

    edit(folder, "figures", hedge)

    def basis(rows):
        row = first(rows, date_basis="stated")
        if row:
            row["date_basis"] = "inferred"

    edit(folder, "events", basis)


def checksum_fault(folder: Path) -> None:
    path = folder / "metadata.json"
    metadata = json.loads(path.read_text(encoding="utf-8"))
    metadata["source"]["sha256"] = "0" * 64
    metadata["header_lines"][0]["text"] += " (edited)"
    path.write_text(json.dumps(metadata, ensure_ascii=False, indent=2), encoding="utf-8")


def consistency_fault(folder: Path) -> None:
    """A part made larger than its whole, the article rewritten to say so; a past event
    declared scheduled."""
    header, rows = read_rows(folder / "figures.csv")
    for row in rows:
        quote, amount = row["quote_ar"], row["amount"]
        if row["parent_figure_id"] and quote[:1].isdigit() and amount[:1] == quote[:1]:
            rewrite_article(folder, quote[0], "9", int(row["char_start"]))
            header, rows = read_rows(folder / "figures.csv")
            target = first(rows, figure_id=row["figure_id"])
            target["amount"] = "9" + amount[1:]
            write_rows(folder / "figures.csv", header, rows)
            break

    def status(rows):
        row = first(rows, status="reference") or first(rows, status="occurred")
        if row:
            row["status"] = "scheduled"

    edit(folder, "events", status)


def coverage_fault(folder: Path) -> None:
    edit(folder, "ignored_numbers", lambda rows: rows.clear())

    def drop_event(rows):
        quoted = [r for r in rows if r["date_text_ar"]]
        if quoted:
            rows.remove(quoted[-1])

    edit(folder, "events", drop_event)


def verification_fault(folder: Path) -> None:
    def contradict(rows):
        rows[0].update(verdict="contradicted", external_value="2019-01-01")

    edit(folder, "verifications", contradict)

    def external(rows):
        rows[0]["date_basis"] = "external"

    edit(folder, "events", external)


def layout_fault(folder: Path) -> None:
    """Files a careful reader must take apart: CRLF, a BOM, columns in another order, a
    duplicate id, an optional table absent."""
    header, rows = read_rows(folder / "claims.csv")
    write_rows(folder / "claims.csv", header, rows, newline="\r\n")
    header, rows = read_rows(folder / "mentions.csv")
    write_rows(folder / "mentions.csv", list(reversed(header)), rows)
    data = (folder / "entities.csv").read_bytes()
    (folder / "entities.csv").write_bytes(b"\xef\xbb\xbf" + data)
    edit(folder, "figures", lambda rows: rows.append(dict(rows[-1])))
    (folder / "verifications.csv").unlink()
    (folder / "ignored_numbers.csv").write_text("char_start,char_end,surface_ar,reason \n")


FAULTS = {
    "schema": schema_fault,
    "metadata": metadata_fault,
    "referential": referential_fault,
    "provenance": provenance_fault,
    "checksum": checksum_fault,
    "consistency": consistency_fault,
    "coverage": coverage_fault,
    "verification": verification_fault,
    "layout": layout_fault,
}


def context_fault(folder: Path) -> None:
    """The real dataset with its context layer made to shrink and its headline undercut."""

    def shrink(rows):
        totals = [r for r in rows if r["scope"] == "total" and not r["period_end"]]
        totals[-1]["amount"] = "1000"
        totals[0]["amount"] = str(10**12)

    edit(folder, "context_figures", shrink)


# ---- the archives ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def archives(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("golden")
    valid = root / "valid"
    write_archive(valid, ARTICLES, 7)
    shutil.copytree(LIBYA, valid / LIBYA.name)
    faulty = root / "faulty"
    shutil.copytree(valid, faulty)
    folders = sorted(p for p in faulty.iterdir() if p.is_dir() and p.name != LIBYA.name)
    kinds = list(FAULTS.values())
    for number, folder in enumerate(folders):
        if number % 5 != 4:  # most articles get a fault; some stay clean
            kinds[number % len(kinds)](folder)
    context_fault(faulty / LIBYA.name)
    mixed = root / "mixed"  # every kind at once in one article, beside clean ones
    shutil.copytree(valid, mixed)
    target = sorted(p for p in mixed.iterdir() if p.is_dir())[3]
    for fault in FAULTS.values():
        fault(target)
    unusable = root / "unusable"
    shutil.copytree(faulty, unusable)
    broken = sorted(p for p in unusable.iterdir() if p.is_dir())
    (broken[9] / "events.csv").write_bytes("تاريخ".encode("cp1256"))
    (broken[17] / "claims.csv").write_text('claim_id\n"c01\n', encoding="utf-8")
    big = root / "big"  # past the engines' threshold for worker processes
    write_archive(big, 70, 11)
    for number, folder in enumerate(sorted(p for p in big.iterdir() if p.is_dir())):
        if number % 7 == 3:
            kinds[number % len(kinds)](folder)
    return {"valid": valid, "faulty": faulty, "mixed": mixed, "unusable": unusable, "big": big}


# ---- the comparison ----------------------------------------------------------------------


def run(monkeypatch, capsys, engine: str, *args: str) -> tuple[int, str, str]:
    if engine == "legacy":
        monkeypatch.setenv("FACTDESK_ENGINE", "legacy")
    else:
        monkeypatch.delenv("FACTDESK_ENGINE", raising=False)
    code = cli.main(["validate", *args, "--no-cache"])
    out, err = capsys.readouterr()
    return code, out, err


def assert_same(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    old = run(monkeypatch, capsys, "legacy", *args)
    new = run(monkeypatch, capsys, "archive", *args)
    assert new[0] == old[0]
    assert new[2] == old[2]
    assert new[1] == old[1]
    return new


@pytest.mark.parametrize("name", ["valid", "faulty", "mixed", "unusable", "big"])
def test_an_archive_gets_the_same_report_and_exit_code(name, archives, monkeypatch, capsys):
    code, _, err = assert_same(monkeypatch, capsys, str(archives[name]), "--format", "json")
    expected = {"valid": 0, "faulty": 1, "mixed": 1, "unusable": 2, "big": 1}[name]
    assert code == expected, err
    if code == 2:
        assert "events.csv: not UTF-8" in err


def test_the_faults_reach_every_kind(archives, monkeypatch, capsys):
    _, out, _ = run(monkeypatch, capsys, "archive", str(archives["faulty"]), "--format", "json")
    report = json.loads(out)
    failing = {c["kind"] for d in report["datasets"] for c in d["checks"] if c["status"] != "pass"}
    assert failing == {"schema", "referential", "provenance", "consistency", "coverage",
                       "verification"}  # fmt: skip
    context = [c for d in report["datasets"] for c in d["checks"] if ".context." in c["id"]]
    assert "warn" in {c["status"] for c in context}


def test_the_text_report_is_the_same(archives, monkeypatch, capsys):
    assert_same(monkeypatch, capsys, str(archives["faulty"]))
    assert_same(monkeypatch, capsys, str(archives["mixed"] / "bench-s7-00004"))


@pytest.mark.parametrize("tolerances", [("0.01", "0.1"), ("0.3", "0.5")])
def test_other_tolerances_give_the_same_report(tolerances, archives, monkeypatch, capsys):
    tight, strict = tolerances
    assert_same(monkeypatch, capsys, str(archives["faulty"]), "--format", "json",
                "--tolerance", tight, "--strict-tolerance", strict)  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_every_bad_case_gets_the_same_answer(case, tmp_path, monkeypatch, capsys):
    folder, _, _ = prepare(case, tmp_path)
    code, _, _ = assert_same(monkeypatch, capsys, str(folder), "--format", "json")
    assert code == case["validate"]["exit"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_check_dataset_gives_the_same_report_and_tables(case, tmp_path):
    from validation.engine import check_dataset

    folder, _, _ = prepare(case, tmp_path)
    try:
        dataset = load_dataset(folder)
    except UnusableInput:
        return  # an unusable file never reaches check_dataset
    old_report, old_tables = legacy_engine.check_dataset(dataset)
    new_report, new_tables = check_dataset(load_dataset(folder))
    assert json.dumps(new_report.checks, default=repr) == json.dumps(
        old_report.checks, default=repr
    )
    assert list(new_tables) == list(old_tables)
    for name, frame in old_tables.items():
        pd.testing.assert_frame_equal(new_tables[name], frame)


def test_the_golden_archives_are_what_the_generator_writes(archives):
    """A guard on the guard: the faulty archive really differs from the valid one."""
    digest = {
        name: hashlib.sha256(
            b"".join(p.read_bytes() for p in sorted(archives[name].rglob("*.csv")))
        ).hexdigest()
        for name in ("valid", "faulty")
    }
    assert digest["valid"] != digest["faulty"]
