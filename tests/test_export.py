"""The export bundle: real files from the shipped dataset, read back as a user would."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from tests.conftest import JO_WATER, LIBYA, edit_cell, run_factdesk
from validation import export
from validation.checks.schema import validate_table
from validation.derived import events_with_display, figures_with_intervals
from validation.engine import check_dataset
from validation.export import (
    build_bundles,
    bundle_files,
    in_key_order,
    table_csv,
    table_excel_csv,
    write_export,
    zip_bytes,
)
from validation.load import UnusableInput, load_dataset
from validation.schemas import MODELS, PRIMARY_KEYS

DATASET_ID = "us-libya-berlin2-2021"
BOM = b"\xef\xbb\xbf"
COMPUTED = {
    "figures": [
        "wording_en",
        "wording_ar",
        "tight_low",
        "tight_high",
        "strict_low",
        "strict_high",
        "share_of_parent",
    ],
    "events": ["date_display", "date_first_day", "date_last_day"],
}


@pytest.fixture(scope="module")
def checked():
    """The shipped dataset, its report and its validated tables (checked once)."""
    dataset = load_dataset(LIBYA)
    report, tables = check_dataset(dataset)
    assert all(c.status != "fail" for c in report.checks)
    return dataset, report, tables


@pytest.fixture(scope="module")
def files(checked) -> dict[str, bytes]:
    return bundle_files(*checked)


@pytest.fixture(scope="module")
def exported(checked, files, tmp_path_factory) -> Path:
    """A real export on disk, as `factdesk export` writes it."""
    out = tmp_path_factory.mktemp("export") / "out"
    write_export({DATASET_ID: files}, out)
    return out


def tables_present(tables) -> list[str]:
    return [name for name in MODELS if name in tables]


def read_back(data: bytes, encoding: str = "utf-8") -> pd.DataFrame:
    """A CSV as pandas reads it, cells as text, empty = missing."""
    return pd.read_csv(
        io.BytesIO(data), encoding=encoding, dtype=str, keep_default_na=False, na_values=[""]
    )


def hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def leftovers(out: Path) -> list[str]:
    """Anything beside ``out`` that an export left behind (temporary or old folders)."""
    return sorted(p.name for p in out.parent.iterdir() if p.name != out.name)


# ---- the bundle's contents ---------------------------------------------------------------


def test_the_bundle_holds_every_file(files, checked):
    _, _, tables = checked
    names = tables_present(tables)
    assert names == [
        "claims",
        "figures",
        "events",
        "entities",
        "mentions",
        "ignored_numbers",
        "verifications",
        "context_figures",
    ]
    expected = {f"{n}.csv" for n in names} | {f"{n}.excel.csv" for n in names}
    expected |= {
        f"{DATASET_ID}.xlsx",
        "datapackage.json",
        "report.json",
        "README.md",
        "source.txt",
        "metadata.json",
        "DATACARD.md",
        "SHA256SUMS",
        "claimreview.jsonld",
    }
    assert set(files) == expected
    assert list(files) == sorted(files)


@pytest.mark.parametrize("name", list(MODELS))
def test_canonical_csv_round_trips_to_the_validated_table(files, checked, name):
    _, _, tables = checked
    columns = list(MODELS[name].to_schema().columns)
    back = read_back(files[f"{name}.csv"])
    assert list(back.columns) == columns + COMPUTED.get(name, [])
    back.index = pd.RangeIndex(2, 2 + len(back))  # spreadsheet rows, as the loader numbers them
    result, typed = validate_table(name, back[columns])
    assert result.status == "pass", result.message
    expected = tables[name][columns].sort_values(PRIMARY_KEYS[name]).reset_index(drop=True)
    pd.testing.assert_frame_equal(typed.reset_index(drop=True), expected)


def test_computed_columns_round_trip(files, checked):
    """Bounds and shares read back to the very floats derived.py computed (no rounding)."""
    _, _, tables = checked
    for name, derive in (("figures", figures_with_intervals), ("events", events_with_display)):
        expected = derive(tables[name].sort_values(PRIMARY_KEYS[name])).reset_index(drop=True)
        back = pd.read_csv(io.BytesIO(files[f"{name}.csv"]))
        for column in COMPUTED[name]:
            pd.testing.assert_series_equal(
                back[column], expected[column], check_dtype=False, obj=f"{name}.{column}"
            )


def test_the_figures_a_journalist_reads(files):
    rows = {r["figure_id"]: r for r in csv.DictReader(io.StringIO(files["figures.csv"].decode()))}
    assert rows["f01"]["amount"] == "850000000"  # an integer, never 850000000.0
    assert rows["f01"]["wording_en"] == "more than $850 million"
    assert rows["f01"]["wording_ar"] == "أكثر من 850 مليون دولار"
    assert (rows["f01"]["tight_low"], rows["f01"]["tight_high"]) == ("850000000", "892500000")
    assert rows["f01"]["strict_high"] == ""  # «more than» has no upper bound
    assert rows["f01"]["parts_exhaustive"] == "false"
    assert rows["f02"]["parts_exhaustive"] == ""
    assert rows["f03"]["strict_low"] == "215200000"  # nearly 269M, strict: 80% of it
    assert rows["f02"]["share_of_parent"] == "0.711764705882353"  # 605 / 850


def test_canonical_csv_conventions(files):
    for name, data in files.items():
        if not name.endswith(".csv"):
            continue
        text = data.decode("utf-8")
        assert "\r" not in text, name
        assert text.endswith("\n"), name
    claims = read_back(files["claims.csv"])
    assert set(claims["checkable"]) == {"true", "false"}
    events = read_back(files["events.csv"])
    external = events[events["date_basis"] == "external"]
    assert len(external) > 0 and external["char_start"].isna().all()
    assert events["char_start"].dropna().str.fullmatch(r"\d+").all()


def test_rows_are_in_primary_key_order(files):
    mentions = pd.read_csv(io.BytesIO(files["mentions.csv"]))
    keys = list(mentions[["entity_id", "char_start", "char_end"]].itertuples(index=False))
    assert keys == sorted(keys)
    claims = read_back(files["claims.csv"])
    assert claims["claim_id"].tolist() == [f"c{i:02d}" for i in range(1, len(claims) + 1)]


def test_key_order_counts_numbers_as_numbers():
    frame = pd.DataFrame({"claim_id": ["c10", "c2", "c100", "c01"], "n": [1, 2, 3, 4]})
    assert in_key_order(frame, ["claim_id"])["claim_id"].tolist() == ["c01", "c2", "c10", "c100"]


def test_bom_only_in_the_excel_csvs(files, exported):
    for name, data in files.items():
        assert data.startswith(BOM) == name.endswith(".excel.csv"), name
    for path in (exported / DATASET_ID).iterdir():
        assert path.read_bytes().startswith(BOM) == path.name.endswith(".excel.csv"), path.name


@pytest.mark.parametrize("name", list(MODELS))
def test_excel_csv_reads_back_like_the_canonical_one(files, name):
    excel = read_back(files[f"{name}.excel.csv"], encoding="utf-8-sig")
    canonical = read_back(files[f"{name}.csv"])
    assert not excel.columns[0].startswith("\ufeff")
    pd.testing.assert_frame_equal(excel, canonical)  # validated text never needs escaping


# ---- formula injection -------------------------------------------------------------------


@pytest.fixture
def hostile() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "text": pd.array(
                ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tindented", "\rx", "a=b"],
                dtype="str",
            ),
            "count": pd.array([-1, -2, 3, -40, 0, 5, 6], dtype="int64"),
            "share": [-2.5, 0.5, -0.25, 1.0, None, 2.0, -3.0],
            "maybe": pd.array([-7, None, 1, 2, 3, 4, 5], dtype="Int64"),
        }
    )


def test_excel_csv_defuses_formulas_and_leaves_numbers(hostile):
    assert table_excel_csv(hostile) == (
        BOM + b"text,count,share,maybe\n"
        b'"\'=HYPERLINK(""http://x"")",-1,-2.5,-7\n'
        b"'+1,-2,0.5,\n"
        b"'-2,3,-0.25,1\n"
        b"'@SUM(A1),-40,1,2\n"
        b"'\tindented,0,,3\n"
        b'"\'\rx",5,2,4\n'
        b"a=b,6,-3,5\n"
    )


def test_excel_csv_reads_back_with_the_quote_kept_visible(hostile):
    back = pd.read_csv(io.BytesIO(table_excel_csv(hostile)), encoding="utf-8-sig")
    assert back["text"].tolist() == [
        '\'=HYPERLINK("http://x")',
        "'+1",
        "'-2",
        "'@SUM(A1)",
        "'\tindented",
        "'\rx",
        "a=b",
    ]
    assert back["count"].tolist() == [-1, -2, 3, -40, 0, 5, 6]
    assert str(back["count"].dtype) == "int64"


def test_canonical_csv_keeps_text_as_it_is(hostile):
    back = pd.read_csv(io.BytesIO(table_csv(hostile)), dtype={"text": str}, keep_default_na=False)
    assert back["text"].tolist() == hostile["text"].tolist()
    assert not table_csv(hostile).startswith(BOM)


def test_the_workbook_never_turns_text_into_a_formula(hostile, checked):
    dataset, report, _ = checked
    hostile = hostile[hostile["text"] != "\rx"]  # XML reads a raw CR back as LF
    data = export.workbook_xlsx(dataset, report, {"hostile": hostile})
    sheet = openpyxl.load_workbook(io.BytesIO(data))["hostile"]
    cells = [sheet.cell(row=r, column=1) for r in range(2, 8)]
    assert [c.value for c in cells] == hostile["text"].tolist()
    assert {c.data_type for c in cells} == {"s"}
    assert [sheet.cell(row=r, column=2).value for r in range(2, 8)] == [-1, -2, 3, -40, 0, 6]


# ---- the workbook ------------------------------------------------------------------------


def test_workbook_sheets_and_arabic_cells(files, checked):
    _, _, tables = checked
    workbook = openpyxl.load_workbook(io.BytesIO(files[f"{DATASET_ID}.xlsx"]))
    assert workbook.sheetnames == ["README", *tables_present(tables), "checks"]
    figures = list(workbook["figures"].iter_rows(values_only=True))
    header, rows = figures[0], figures[1:]
    assert list(header) == list(MODELS["figures"].to_schema().columns) + COMPUTED["figures"]
    by_id = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    assert by_id["f03"]["quote_ar"] == "ما يقرب من 269 مليون دولار"
    assert by_id["f03"]["amount"] == 269000000
    assert by_id["f03"]["parts_exhaustive"] is False
    assert by_id["f01"]["strict_high"] is None
    claims = list(workbook["claims"].iter_rows(values_only=True))
    quotes = [row[claims[0].index("quote_ar")] for row in claims[1:]]
    assert quotes == tables["claims"].sort_values("claim_id")["quote_ar"].tolist()


def test_workbook_readme_and_checks_sheets(files, checked):
    dataset, report, _ = checked
    workbook = openpyxl.load_workbook(io.BytesIO(files[f"{DATASET_ID}.xlsx"]))
    readme = dict(workbook["README"].iter_rows(min_row=2, values_only=True))
    assert {"what", "source", "licence (data)", "citation"} <= set(readme)
    assert readme["licence (data)"] == "CC-BY-4.0"
    assert readme["title (ar)"] == dataset.metadata["title"]["ar"]
    assert DATASET_ID in readme["citation"]
    checks = list(workbook["checks"].iter_rows(values_only=True))
    assert checks[0] == ("id", "kind", "status", "message")
    assert checks[1:] == [(c.id, c.kind, c.status, c.message) for c in report.checks]


def test_workbook_carries_the_curation_day_not_the_clock(files):
    data = files[f"{DATASET_ID}.xlsx"]
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    assert workbook.properties.created.isoformat() == "2026-11-28T00:00:00"
    assert workbook.properties.modified.isoformat() == "2026-11-28T00:00:00"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


# ---- checksums, zip, determinism ---------------------------------------------------------


def test_sha256sums_verifies_every_other_file(files, exported):
    lines = files["SHA256SUMS"].decode("utf-8").splitlines()
    listed = {}
    for line in lines:
        digest, name = line.split("  ", 1)
        listed[name] = digest
    assert list(listed) == sorted(listed)
    assert set(listed) == set(files) - {"SHA256SUMS"}
    for name, digest in listed.items():
        assert hashlib.sha256(files[name]).hexdigest() == digest, name
    if shutil.which("sha256sum"):
        result = subprocess.run(
            ["sha256sum", "--check", "--strict", "SHA256SUMS"],
            cwd=exported / DATASET_ID,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stdout.count(": OK\n") == len(files) - 1


def test_the_zip_lists_every_file(files, exported):
    with zipfile.ZipFile(exported / f"{DATASET_ID}.zip") as archive:
        assert archive.testzip() is None
        infos = archive.infolist()
        assert [i.filename for i in infos] == [f"{DATASET_ID}/{name}" for name in sorted(files)]
        for info in infos:
            assert archive.read(info) == files[info.filename.split("/", 1)[1]]
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert (info.external_attr >> 16) & 0o777 == 0o644


def test_written_files_are_the_bundle(files, exported):
    folder = exported / DATASET_ID
    assert {p.name for p in folder.iterdir()} == set(files)
    for name, data in files.items():
        assert (folder / name).read_bytes() == data, name
    assert (folder / "source.txt").read_bytes() == (LIBYA / "source.txt").read_bytes()
    assert sorted(p.name for p in exported.iterdir()) == [DATASET_ID, f"{DATASET_ID}.zip"]


def test_two_exports_are_byte_identical(checked, files, tmp_path, monkeypatch):
    first = write_export({DATASET_ID: files}, tmp_path / "first")
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 86_400 * 400)  # a year later
    again = bundle_files(*checked)
    assert again == files
    second = write_export({DATASET_ID: again}, tmp_path / "second")
    assert [p.relative_to(tmp_path / "first") for p in first] == [
        p.relative_to(tmp_path / "second") for p in second
    ]
    assert hashes(tmp_path / "first") == hashes(tmp_path / "second")


def test_zip_bytes_is_sorted_and_timeless():
    one = zip_bytes({"b.txt": b"2", "a.txt": b"1"}, folder="x")
    two = zip_bytes({"a.txt": b"1", "b.txt": b"2"}, folder="x")
    assert one == two
    assert zipfile.ZipFile(io.BytesIO(one)).namelist() == ["x/a.txt", "x/b.txt"]


def test_report_json_is_the_validate_json(files, checked):
    _, report, _ = checked
    data = json.loads(files["report.json"])
    warned = sum(c.status == "warn" for c in report.checks)
    assert warned == 1  # the undated "more than $840M" after $850M: a drop, worth a note
    assert data["summary"] == {"passed": len(report.checks) - warned, "failed": 0, "warned": warned}
    assert [c["id"] for c in data["datasets"][0]["checks"]] == [c.id for c in report.checks]


def test_bundle_readme_names_every_file_and_the_hedges(files):
    readme = files["README.md"].decode("utf-8")
    for name in files:
        assert f"| `{name}` |" in readme, name
    assert "| `more_than` | أكثر من" in readme
    assert "| (X, (1+t)X] | (X, ∞) |" in readme
    assert "| `nearly` | ما يقرب من" in readme and "| [(1−t)X, X] | [(1−s)X, X] |" in readme
    assert "## How to cite" in readme and "CC-BY-4.0" in readme and "MIT" in readme


# ---- atomic writing ----------------------------------------------------------------------


def failing_after(calls: int, real):
    count = {"n": 0}

    def write(path, data):
        count["n"] += 1
        if count["n"] > calls:
            raise OSError(28, "No space left on device (injected)")
        real(path, data)

    return write


def changed(files: dict[str, bytes]) -> dict[str, bytes]:
    return {**files, "README.md": files["README.md"] + b"\nchanged\n"}


def test_a_failed_write_keeps_the_previous_export(files, tmp_path, monkeypatch):
    out = tmp_path / "out"
    write_export({DATASET_ID: files}, out)
    before = hashes(out)
    monkeypatch.setattr(export, "write_file", failing_after(5, export.write_file))
    with pytest.raises(OSError, match="injected"):
        write_export({DATASET_ID: changed(files)}, out)
    assert hashes(out) == before
    assert leftovers(out) == []


def test_a_failed_first_export_leaves_nothing(files, tmp_path, monkeypatch):
    out = tmp_path / "out"
    monkeypatch.setattr(export, "write_file", failing_after(3, export.write_file))
    with pytest.raises(OSError, match="injected"):
        write_export({DATASET_ID: files}, out)
    assert not out.exists()
    assert leftovers(out) == []


def test_a_failed_swap_puts_the_previous_export_back(files, tmp_path, monkeypatch):
    out = tmp_path / "out"
    write_export({DATASET_ID: files}, out)
    before = hashes(out)
    real_rename = export.os.rename
    calls = []

    def rename(source, target):
        calls.append((Path(source).name, Path(target).name))
        if len(calls) == 2:  # old aside worked; moving the new one in fails
            raise OSError(5, "I/O error (injected)")
        real_rename(source, target)

    monkeypatch.setattr(export.os, "rename", rename)
    with pytest.raises(OSError, match="injected"):
        write_export({DATASET_ID: changed(files)}, out)
    assert hashes(out) == before
    assert leftovers(out) == []


def test_a_new_export_replaces_the_old_whole(files, tmp_path):
    out = tmp_path / "out"
    write_export({DATASET_ID: files, "other-dataset": {"SHA256SUMS": b""}}, out)
    write_export({DATASET_ID: changed(files)}, out)
    assert sorted(p.name for p in out.iterdir()) == [DATASET_ID, f"{DATASET_ID}.zip"]
    assert (out / DATASET_ID / "README.md").read_bytes().endswith(b"\nchanged\n")
    assert leftovers(out) == []


def test_a_folder_that_is_not_an_export_is_never_replaced(files, tmp_path):
    out = tmp_path / "notes"
    out.mkdir()
    (out / "draft.txt").write_text("mine")
    with pytest.raises(UnusableInput, match="is not a factdesk export"):
        write_export({DATASET_ID: files}, out)
    assert (out / "draft.txt").read_text() == "mine"
    assert leftovers(out) == []


# ---- refusing, and the command line ------------------------------------------------------


def test_build_bundles_builds_nothing_from_invalid_data(libya_copy):
    edit_cell(libya_copy / "figures.csv", "figure_id", "f01", "hedge", "exact")
    report, bundles = build_bundles([load_dataset(libya_copy)])
    assert not report.ok
    assert bundles == {}


def test_export_refuses_invalid_data_and_writes_nothing(libya_copy, tmp_path):
    edit_cell(libya_copy / "figures.csv", "figure_id", "f01", "amount", "-5")
    out = tmp_path / "out"
    result = run_factdesk("export", str(libya_copy), "--out", str(out))
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == "factdesk: export refused: 1 check(s) failed; nothing written"
    assert lines[1] == DATASET_ID
    assert lines[2] == "  ✗ schema.figures — 1 problem(s) in figures.csv against its schema"
    assert lines[3].startswith("      figures.csv, row 2, column amount: is below the minimum of 0")
    # one fault, one verdict: the rejected row's words still count as captured
    assert not any(line.startswith("  ✗ coverage.body") for line in lines)
    assert not out.exists()
    assert leftovers(out) == [libya_copy.name]  # only the dataset copy itself


def test_refusal_leaves_an_earlier_export_untouched(libya_copy, exported, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(exported, out)
    before = hashes(out)
    edit_cell(libya_copy / "figures.csv", "figure_id", "f01", "hedge", "exact")
    result = run_factdesk("export", str(libya_copy), "--out", str(out))
    assert result.returncode == 1
    assert "✗ provenance.figures" in result.stderr
    assert hashes(out) == before


def test_export_of_unusable_input_exits_2_with_one_line(libya_copy, tmp_path):
    (libya_copy / "claims.csv").unlink()
    out = tmp_path / "out"
    result = run_factdesk("export", str(libya_copy), "--out", str(out))
    assert result.returncode == 2
    assert result.stderr == f"factdesk: {libya_copy / 'claims.csv'}: missing file\n"
    assert not out.exists()


def test_cli_export_writes_the_bundle_and_the_zip(files, tmp_path):
    out = tmp_path / "build" / "export"
    result = run_factdesk("export", str(LIBYA), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.splitlines()[-1].startswith(
        f"1 dataset(s) exported to {out}: {len(files) + 1} files, "
    )
    assert hashes(out / DATASET_ID) == {
        name: hashlib.sha256(data).hexdigest() for name, data in files.items()
    }
    with zipfile.ZipFile(out / f"{DATASET_ID}.zip") as archive:
        assert len(archive.namelist()) == len(files)


def test_cli_export_help():
    result = run_factdesk("export", "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: factdesk export")
    assert "--out DIR" in result.stdout


def test_bundle_files_refuses_a_failed_report(libya_copy):
    edit_cell(libya_copy / "figures.csv", "figure_id", "f01", "hedge", "exact")
    dataset = load_dataset(libya_copy)
    report, tables = check_dataset(dataset)
    with pytest.raises(ValueError, match=r"not exported, checks failed: provenance\.figures"):
        bundle_files(dataset, report, tables)


# ---- charts/: every chart as a page to embed (factdesk export --charts) -------------------

# Each dataset's charts, named as its pages name them: Libya's one headline total and two
# timeline windows; the Jordanian test article's two totals and its three measures.
CHART_NAMES = {
    DATASET_ID: {
        "hierarchy-f01", "intervals", "parts-vs-whole-f01", "parts-vs-whole-f03", "in-context",
        "timeline-all", "timeline-recent", "hierarchy-checks",
    },
    JO_WATER.name: {
        "hierarchy-f01", "hierarchy-f05", "intervals", "intervals-2", "intervals-3",
        "parts-vs-whole-f01", "parts-vs-whole-f05", "timeline-all", "hierarchy-checks",
    },
}  # fmt: skip


@pytest.fixture(scope="module")
def with_charts(tmp_path_factory) -> list[Path]:
    """`factdesk export --charts` of both datasets, run twice, as a user runs it."""
    outs = [tmp_path_factory.mktemp("charts") / name for name in ("first", "second")]
    for out in outs:
        result = run_factdesk("export", "--charts", "--out", str(out), str(LIBYA), str(JO_WATER))
        assert result.returncode == 0, result.stderr
    return outs


@pytest.mark.parametrize("dataset_id", CHART_NAMES)
def test_export_charts_writes_every_chart_in_both_languages_sharing_one_script(
    with_charts, dataset_id
):
    charts = with_charts[0] / dataset_id / "charts"
    names = sorted(path.name for path in charts.iterdir())
    pages = [name for name in names if name.endswith(".html")]
    assert [name for name in names if not name.endswith(".html")] == ["plotly.min.js"]
    expected = CHART_NAMES[dataset_id]
    assert {
        name.removesuffix("-en.html") for name in pages if name.endswith("-en.html")
    } == expected
    assert len(pages) == 2 * len(expected)
    for name in pages:
        page = (charts / name).read_text(encoding="utf-8")
        assert '<script src="plotly.min.js"></script>' in page
        assert ('dir="rtl"' if name.endswith("-ar.html") else 'dir="ltr"') in page
        assert f"factdesk-{dataset_id}-{name.removesuffix('.html')}" in page  # its PNG's name
        assert (charts / name).stat().st_size < 100_000  # the 4.8 MB script is shared, once
    # The checksums and the README list the charts like every other file.
    sums = (with_charts[0] / dataset_id / "SHA256SUMS").read_text(encoding="utf-8")
    assert "  charts/plotly.min.js\n" in sums and "  charts/hierarchy-checks-ar.html\n" in sums
    readme = (with_charts[0] / dataset_id / "README.md").read_text(encoding="utf-8")
    assert "charts/timeline-all-en.html" in readme


def test_the_charts_of_a_dataset_in_dinars_speak_dinars(with_charts):
    charts = with_charts[0] / JO_WATER.name / "charts"
    english = (charts / "intervals-en.html").read_text(encoding="utf-8")
    arabic = (charts / "parts-vs-whole-f01-ar.html").read_text(encoding="utf-8")
    assert "JOD 320 million" in english and "Jordanian dinars" in english
    assert "دينار أردني" in arabic
    for page in (english, arabic):
        assert "$" not in page.split("<script", 1)[0]  # no dollar in the words around the plot
        assert "Libya" not in page and "ليبيا" not in page


def test_export_charts_twice_is_byte_identical(with_charts):
    first, second = with_charts
    assert hashes(first) == hashes(second)
    for dataset_id in CHART_NAMES:
        zipped = f"{dataset_id}.zip"
        assert (first / zipped).read_bytes() == (second / zipped).read_bytes()


def test_export_without_charts_writes_no_charts_folder(exported):
    assert not (exported / DATASET_ID / "charts").exists()


def test_export_charts_refuses_other_tolerances_in_one_line(tmp_path):
    result = run_factdesk("export", "--charts", "--tolerance", "0.1", "--out", str(tmp_path / "o"))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "--charts" in result.stderr
    assert not (tmp_path / "o").exists()
