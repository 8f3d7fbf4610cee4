"""Bad input, case by case, through every door a file comes in by.

Each case in ``tests/fixtures/bad/cases.json`` breaks one thing in a copy of the shipped
dataset: its folder holds the files that replace the same-named ones, or a maker below
builds what git cannot hold or should not (links, a pipe, a folder, megabytes). Each goes
through ``factdesk validate``, ``factdesk export`` and the dashboard's upload re-check
(``with_table_replaced`` + ``check_dataset``), and must be answered with the exit code and
the exact line the manifest pins (frictionless-style: the very errors, not "it failed").
Whatever the door: no traceback, no line too long to read, no input file changed, and
nothing written where the data did not validate.

A case with ``known_bug`` pins the behaviour we want and is expected to fail (strict) until
the bug it names is fixed: then it passes, strict xfail fails, and the marker goes.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import shutil
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import FIXTURES, LIBYA, edit_cell, run_factdesk
from validation import cli, export
from validation.engine import check_dataset, with_table_replaced
from validation.export import build_bundles, export_layout, write_export
from validation.load import MAX_FILE_BYTES, UnusableInput, load_dataset

BAD = FIXTURES / "bad"
CASES = json.loads((BAD / "cases.json").read_text(encoding="utf-8"))["cases"]
DATASET_ID = LIBYA.name
MAX_LINE = 1_000  # characters: longer than that, a report line is not read but scrolled
# The bad inputs every release must refuse cleanly (tests/fixtures/bad/README.md says which
# case is which).
REQUIRED = {
    "windows-1256", "latin-1", "utf-16", "utf-8-bom-crlf", "binary-junk", "empty-file",
    "header-only", "unterminated-quote", "ragged-rows", "duplicate-header", "missing-column",
    "renamed-column", "unknown-column", "wrong-types", "amount-1e30", "amount-negative",
    "amount-nan", "amount-inf", "date-february-30", "date-month-13", "offsets-negative",
    "offsets-reversed", "offsets-past-the-end", "zero-width", "bidi-override",
    "formula-prefixes", "html-in-text", "html-in-quote", "one-mb-cell", "flood-50000",
    "folder-for-file", "missing-source", "symlink-outside", "nul-bytes",
}  # fmt: skip


# ---- making a case -----------------------------------------------------------------------


def long_label(path: Path) -> None:
    edit_cell(path, "figure_id", "f02", "label_en", ("US assistance; " * 66_667)[:1_000_000])


def flood(path: Path) -> None:
    """One ignored number pasted 50,000 times: the report must summarise, not list."""
    row = "190,191,2,part of the conference's name «برلين 2»\n"
    path.write_text("char_start,char_end,surface_ar,reason\n" + row * 50_000, encoding="utf-8")


def as_folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


def link_outside(path: Path) -> None:
    outside = path.parent.parent / "outside.csv"
    outside.write_bytes(path.read_bytes())
    path.unlink()
    os.symlink(outside, path)


def link_to_itself(path: Path) -> None:
    path.unlink()
    os.symlink(path.name, path)


def named_pipe(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def one_byte_too_many(path: Path) -> None:
    with path.open("r+b") as file:
        file.truncate(MAX_FILE_BYTES + 1)  # sparse: no 50 MB written to the disk


MAKERS = {
    "one-mb-quote": lambda p: edit_cell(p, "figure_id", "f02", "quote_ar", "ش" * 1_000_000),
    "one-mb-label": long_label,
    "flood": flood,
    "folder": as_folder,
    "delete": Path.unlink,
    "link-outside": link_outside,
    "link-loop": link_to_itself,
    "pipe": named_pipe,
    "oversized": one_byte_too_many,
}


def prepare(case: dict, tmp_path: Path) -> tuple[Path, str | None, bytes | None]:
    """A broken copy of the dataset; and the file name and bytes an upload would carry."""
    folder = tmp_path / DATASET_ID
    shutil.copytree(LIBYA, folder)
    for name in case.get("files", []):
        shutil.copyfile(BAD / case["id"] / name, folder / name)
    if "make" in case:
        MAKERS[case["make"]](folder / case["target"])
    if not case["upload"]:
        return folder, None, None
    name = case.get("target") or case["files"][0]
    return folder, name, (folder / name).read_bytes()


def case_params(cases: list[dict]) -> list:
    return [
        pytest.param(
            case,
            id=case["id"],
            marks=[pytest.mark.xfail(strict=True, reason=case["known_bug"])]
            if "known_bug" in case
            else [],
        )
        for case in cases
    ]


# ---- observing ---------------------------------------------------------------------------


def snapshot(folder: Path) -> dict[str, str]:
    """What every entry under ``folder`` is: a file's sha256, a link's target, a folder."""
    state = {}
    for root, folders, files in os.walk(folder):  # links are not followed
        for name in folders + files:
            path = Path(root, name)
            key = str(path.relative_to(folder))
            if path.is_symlink():
                state[key] = "link to " + os.readlink(path)
            elif path.is_dir():
                state[key] = "folder"
            elif path.is_file():
                state[key] = hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                state[key] = "special file"  # never opened: a pipe would block
    return state


def factdesk(*args) -> tuple[int, str, str]:
    """The command in this process: exit code, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main([str(arg) for arg in args])
    return code, out.getvalue(), err.getvalue()


def assert_readable(*outputs: str) -> None:
    for output in outputs:
        assert "Traceback" not in output
        assert "internal error" not in output
        too_long = [len(line) for line in output.splitlines() if len(line) > MAX_LINE]
        assert not too_long, f"lines of {too_long} characters"


def failed_checks(report_text: str) -> list[str]:
    """The ids of the failed checks, in the order the text report gives them."""
    return [
        line.split(" ", 4)[3]
        for line in report_text.splitlines()
        if line.startswith("  ✗ ") and " — " in line
    ]


def assert_findings_shown(expected: dict, report_text: str) -> None:
    shown = {line.strip() for line in report_text.splitlines()}
    for line in expected.get("findings", []) + expected.get("findings_include", []):
        assert line in shown
    for line in expected.get("findings_head", []):
        assert line in shown
    if "summary" in expected:
        assert expected["summary"] in shown
        assert len(report_text.splitlines()) < 100  # summarised, not listed


@pytest.fixture(scope="module")
def shipped():
    """The shipped dataset, loaded once: the dashboard re-checks uploads against it."""
    return load_dataset(LIBYA)


@pytest.fixture(scope="module")
def previous_export(shipped, tmp_path_factory) -> Path:
    """An earlier export of the shipped dataset, which a refused export must leave alone."""
    report, bundles = build_bundles([shipped])
    assert report.ok
    out = tmp_path_factory.mktemp("previous") / "export"
    write_export(bundles, out)
    return out


# ---- the three doors ---------------------------------------------------------------------


@pytest.mark.parametrize("case", case_params(CASES))
def test_validate(case, tmp_path):
    folder, _, _ = prepare(case, tmp_path)
    before = snapshot(tmp_path)
    code, out, err = factdesk("validate", folder)
    expected = case["validate"]
    assert code == expected["exit"], err or out[-2000:]
    assert_readable(out, err)
    if code == 2:
        assert (out, err) == ("", f"factdesk: {folder}/{expected['error']}\n")
    else:
        assert err == ""
        assert out.splitlines()[-1].startswith("1 dataset(s): ")
        if "failed" in expected or code == 0:
            assert failed_checks(out) == expected.get("failed", [])
        assert_findings_shown(expected, out)
    assert snapshot(tmp_path) == before  # validate never writes


@pytest.mark.parametrize("case", case_params([c for c in CASES if c["upload"]]))
def test_dashboard_upload(case, tmp_path, shipped):
    _, name, data = prepare(case, tmp_path)
    expected = case["validate"]
    try:
        edited = with_table_replaced(shipped, name.removesuffix(".csv"), data, name)
    except UnusableInput as error:
        assert expected["exit"] == 2, error.line()
        assert error.line() == expected["error"]
        return
    assert expected["exit"] != 2, "the upload took what the command line refuses"
    report, _ = check_dataset(edited)
    failed = [check for check in report.checks if check.status == "fail"]
    lines = [finding.line() for check in failed for finding in check.findings]
    assert_readable(*lines, *(check.message for check in report.checks))  # what the page shows
    if "failed" in expected or expected["exit"] == 0:
        assert [check.id for check in failed] == expected.get("failed", [])
    if "findings" in expected:
        assert lines == expected["findings"]
    assert set(expected.get("findings_include", [])) <= set(lines)
    if "findings_head" in expected:
        assert lines[: len(expected["findings_head"])] == expected["findings_head"]
        assert len(lines) == 50_000


@pytest.mark.parametrize("case", case_params(CASES))
def test_export(case, tmp_path, previous_export):
    folder, _, _ = prepare(case, tmp_path)
    out = tmp_path / "build" / "export"
    shutil.copytree(previous_export, out)
    inputs, earlier = snapshot(folder), snapshot(out)
    code, stdout, stderr = factdesk("export", folder, "--out", out)
    expected = case["export"]
    assert code == expected["exit"], stderr[-2000:]
    assert_readable(stdout, stderr)
    assert snapshot(folder) == inputs
    assert sorted(p.name for p in out.parent.iterdir()) == ["export"]  # no temporary left
    if code == 0:
        assert_exported_as_given(case, folder, out, previous_export, expected)
        return
    assert stdout == ""
    assert snapshot(out) == earlier  # nothing written: the earlier export stands
    if code == 2:
        assert stderr == f"factdesk: {folder}/{case['validate']['error']}\n"
    else:
        first, *report = stderr.splitlines()
        assert first.startswith("factdesk: export refused: ")
        assert first.endswith(" check(s) failed; nothing written")
        if "failed" in case["validate"]:
            assert failed_checks("\n".join(report)) == case["validate"]["failed"]
        assert_findings_shown(case["validate"], "\n".join(report))


def assert_exported_as_given(
    case: dict, folder: Path, out: Path, previous: Path, expected: dict
) -> None:
    """An accepted file is exported cell for cell as it was given (BOM, CRLF, markup)."""
    name = case.get("target") or case["files"][0]
    given = csv_rows((folder / name).read_bytes().decode("utf-8-sig"))
    exported = csv_rows((out / DATASET_ID / name).read_bytes().decode("utf-8"))
    assert [{k: row[k] for k in given[0]} for row in exported] == given
    sums = (out / DATASET_ID / "SHA256SUMS").read_bytes()
    assert (sums == (previous / DATASET_ID / "SHA256SUMS").read_bytes()) == expected[
        "same_as_shipped"
    ]


def csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


# The real command, in its own process, for one case of each kind: no warning or traceback
# reaches the terminal (the in-process runs above cannot see what Python prints at exit).
SAMPLED = ["windows-1256", "header-only", "amount-negative", "formula-prefixes", "flood-50000",
           "symlink-outside", "metadata-source-not-an-object"]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("case", case_params([c for c in CASES if c["id"] in SAMPLED]))
def test_the_real_command(case, tmp_path):
    folder, _, _ = prepare(case, tmp_path)
    before = snapshot(tmp_path)
    validate = run_factdesk("validate", str(folder))
    exported = run_factdesk("export", str(folder), "--out", str(tmp_path / "out"))
    for command, result in (("validate", validate), ("export", exported)):
        assert result.returncode == case[command]["exit"], result.stderr[-2000:]
        assert_readable(result.stdout, result.stderr)
        if result.returncode == 2:
            line = f"factdesk: {folder}/{case['validate']['error']}\n"
            assert (result.stdout, result.stderr) == ("", line)
    assert validate.stderr == "" or validate.returncode == 2
    assert failed_checks(validate.stdout) == case["validate"].get("failed", [])
    assert snapshot(tmp_path) == before  # and no out/ either: nothing was exported


# ---- what one case alone does not show ---------------------------------------------------


def test_every_case_is_in_the_manifest_and_the_corpus_stays_small():
    folders = {p.name for p in BAD.iterdir() if p.is_dir()}
    assert folders == {case["id"] for case in CASES if "files" in case}
    for case in CASES:
        assert ("files" in case) != ("make" in case), case["id"]
        assert case.get("make", "delete") in MAKERS
        assert all((BAD / case["id"] / name).is_file() for name in case.get("files", []))
        assert case["validate"]["exit"] == case["export"]["exit"]
    assert len({case["id"] for case in CASES}) == len(CASES)
    assert {case["id"] for case in CASES} >= REQUIRED
    size = sum(p.stat().st_size for p in BAD.rglob("*") if p.is_file())
    assert size < 200_000  # big cases are made at test time


def test_a_file_that_cannot_be_read_is_one_line_not_a_crash(libya_copy, monkeypatch):
    real = Path.read_bytes

    def read_bytes(path):
        if path.name == "figures.csv":
            raise PermissionError(13, "Permission denied")  # as root, chmod 000 still reads
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, out, err = factdesk("validate", libya_copy)
    assert (code, out) == (2, "")
    assert err == f"factdesk: {libya_copy / 'figures.csv'}: cannot be read: Permission denied\n"


def test_an_internal_error_is_still_one_short_line(libya_copy, monkeypatch):
    def crash(*args, **options):
        raise ValueError("no date in «" + "سطر\n" * 100_000 + "»")

    monkeypatch.setattr("validation.archive.check_archive", crash)
    code, out, err = factdesk("validate", libya_copy)
    assert (code, out) == (3, "")
    assert err.startswith("factdesk: internal error: ValueError: no date in «سطر سطر ")
    assert err.count("\n") == 1 and len(err) < 400


def test_a_cell_beyond_excels_limit_is_never_cut_silently(tmp_path):
    folder, _, _ = prepare(next(c for c in CASES if c["id"] == "one-mb-label"), tmp_path)
    out = tmp_path / "out"
    code, _, _ = factdesk("export", folder, "--out", out)
    if code != 0:
        return  # refused (say, a length rule in the schema): nothing cut, nothing written
    sheet = openpyxl.load_workbook(out / DATASET_ID / f"{DATASET_ID}.xlsx")["figures"]
    header = [cell.value for cell in sheet[1]]
    labels = [row[header.index("label_en")] for row in sheet.iter_rows(2, values_only=True)]
    assert max(len(label) for label in labels) == 1_000_000


# ---- an export interrupted at every step ---------------------------------------------------


@pytest.fixture(scope="module")
def bundles(shipped) -> dict:
    return build_bundles([shipped])[1]


def changed(bundles: dict) -> dict:
    """The same bundles with one file changed, so old and new exports can be told apart."""
    files = dict(bundles[DATASET_ID])
    files["README.md"] += b"\nchanged\n"
    return {DATASET_ID: files}


def injected(after: int, error: BaseException, real):
    """``real``, except that call number ``after + 1`` raises ``error`` (that one only)."""
    calls = []

    def fail(*args, **kwargs):
        calls.append(args)
        if len(calls) == after + 1:
            raise error
        return real(*args, **kwargs)

    return fail


def digests(bundles: dict) -> dict[str, str]:
    return {name: hashlib.sha256(d).hexdigest() for name, d in export_layout(bundles).items()}


def test_a_failure_at_any_file_keeps_the_previous_export(bundles, tmp_path, monkeypatch):
    out = tmp_path / "out"
    write_export(bundles, out)
    before = snapshot(out)
    real = export.write_file
    for index in range(len(export_layout(bundles))):
        error = OSError(28, f"No space left on device (injected at file {index + 1})")
        monkeypatch.setattr(export, "write_file", injected(index, error, real))
        with pytest.raises(OSError, match=f"at file {index + 1}\\)"):
            write_export(changed(bundles), out)
        assert snapshot(out) == before, f"file {index + 1}"
        assert [p.name for p in tmp_path.iterdir()] == ["out"], f"file {index + 1}"


@pytest.mark.parametrize(
    ("target", "after"),
    [("mkdtemp", 0), ("chmod", 0), ("mkdtemp", 1), ("rename", 0), ("rename", 1)],
    ids=["new-folder", "permissions", "old-name", "old-aside", "new-in"],
)
@pytest.mark.parametrize("error", [OSError(5, "I/O error (injected)"), KeyboardInterrupt()])
def test_an_interruption_at_any_step_keeps_the_previous_export(
    bundles, tmp_path, monkeypatch, target, after, error
):
    out = tmp_path / "out"
    write_export(bundles, out)
    before = snapshot(out)
    module = export.tempfile if target == "mkdtemp" else export.os
    monkeypatch.setattr(module, target, injected(after, error, getattr(module, target)))
    with pytest.raises(type(error)):
        write_export(changed(bundles), out)
    assert snapshot(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_once_the_new_export_is_in_place_it_stays_whole(bundles, tmp_path, monkeypatch):
    """Removing the old copy is the last step: failing there, out already holds the new."""
    out = tmp_path / "out"
    write_export(bundles, out)
    new = changed(bundles)
    monkeypatch.setattr(export.shutil, "rmtree", injected(0, OSError(16, "busy (injected)"),
                                                          export.shutil.rmtree))  # fmt: skip
    with contextlib.suppress(OSError):
        write_export(new, out)
    assert {k: v for k, v in snapshot(out).items() if v != "folder"} == digests(new)


def test_the_command_says_in_one_line_that_the_disk_is_full(tmp_path, monkeypatch, previous_export):
    out = tmp_path / "build" / "export"
    shutil.copytree(previous_export, out)
    before = snapshot(out)
    error = OSError(28, "No space left on device (injected)")
    monkeypatch.setattr(export, "write_file", injected(3, error, export.write_file))
    code, stdout, stderr = factdesk("export", LIBYA, "--out", out)
    assert code == 3
    assert (stdout, stderr) == (
        "",
        "factdesk: internal error: OSError: [Errno 28] No space left on device (injected)\n",
    )
    assert snapshot(out) == before
