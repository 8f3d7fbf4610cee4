"""The command line as a user runs it: exit codes, one-line errors, JSON shape, help."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
import sys
from fractions import Fraction

import pytest

from tests.conftest import LIBYA, ROOT, edit_cell, run_factdesk
from validation.report import KINDS


def test_validate_passes_on_the_shipped_datasets():
    result = run_factdesk("validate")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "us-libya-berlin2-2021"
    assert "  ✓ schema.figures — 4 rows match the figures schema" in lines
    # one warning: the undated "more than $840M" after "$850M" — shown with its arithmetic
    assert lines[-1].startswith("1 dataset(s): ") and lines[-1].endswith(" 0 failed, 1 warned")
    assert "  ! consistency.context.totals_grow — 1 drop(s) in the stated cumulative total" in (
        result.stdout
    )
    assert result.stderr == ""


def test_validate_json_has_the_spec_shape():
    result = run_factdesk("validate", str(LIBYA), "--format", "json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert set(data) == {"datasets", "summary"}
    assert set(data["summary"]) == {"passed", "failed", "warned"}
    (dataset,) = data["datasets"]
    assert dataset["id"] == "us-libya-berlin2-2021"
    for check in dataset["checks"]:
        assert set(check) == {"id", "kind", "status", "message", "details"}
        assert check["status"] == (
            "warn" if check["id"] == "consistency.context.totals_grow" else "pass"
        )
    assert data["summary"] == {"passed": len(dataset["checks"]) - 1, "failed": 0, "warned": 1}
    # every kind of check runs on the shipped dataset, and report.KINDS lists no other
    assert [*dict.fromkeys(check["kind"] for check in dataset["checks"])] == list(KINDS)


def test_a_failed_check_exits_1_and_names_the_cell(libya_copy):
    edit_cell(libya_copy / "figures.csv", "figure_id", "f01", "hedge", "exact")
    result = run_factdesk("validate", str(libya_copy))
    assert result.returncode == 1
    assert "  ✗ provenance.figures — 1 figure value(s) differ from what the quote says" in (
        result.stdout
    )
    assert "figures.csv, row 2, column hedge:" in result.stdout


def test_a_folder_of_datasets(libya_copy):
    result = run_factdesk("validate", str(libya_copy.parent), "--format", "json")
    assert result.returncode == 0
    assert [d["id"] for d in json.loads(result.stdout)["datasets"]] == ["us-libya-berlin2-2021"]


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda d: (d / "claims.csv").unlink(), "claims.csv: missing file"),
        (
            lambda d: (d / "figures.csv").write_bytes(
                (d / "figures.csv").read_text(encoding="utf-8").encode("cp1256", "replace")
            ),
            "figures.csv: not UTF-8 (byte ",
        ),
        (
            lambda d: (d / "mentions.csv").write_text('entity_id,char_start\nus,"100\n'),
            "mentions.csv, row 2: unparsable CSV: unexpected end of data",
        ),
    ],
    ids=["missing-file", "windows-1256", "unterminated-quote"],
)
def test_unusable_input_exits_2_with_one_line(libya_copy, damage, message):
    damage(libya_copy)
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in libya_copy.iterdir()}
    result = run_factdesk("validate", str(libya_copy))
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in libya_copy.iterdir()}
    assert after == before  # validate never changes an input file


def test_a_missing_path_exits_2(tmp_path):
    result = run_factdesk("validate", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert result.stderr == f"factdesk: {tmp_path / 'nowhere'}: no such file or folder\n"


def test_extract_lists_the_articles_amounts():
    result = run_factdesk("extract", str(LIBYA / "source.txt"), "--reference-date", "2021-06-23")
    assert result.returncode == 0, result.stderr
    mentions = json.loads(result.stdout)
    amounts = [(m["value"], m["currency"], m["hedge"]) for m in mentions if m["kind"] == "amount"]
    assert amounts == [
        (850000000, "USD", "more_than"),
        (605000000, "USD", "exact"),
        (269000000, "USD", "nearly"),
        (11000000, "USD", "nearly"),
    ]


def test_bad_option_is_a_usage_error():
    result = run_factdesk("extract", str(LIBYA / "source.txt"), "--reference-date", "June")
    assert result.returncode == 2
    assert "not an ISO date (YYYY-MM-DD): 'June'" in result.stderr


@pytest.mark.parametrize("command", ["validate", "extract", "export", "bench-data"])
def test_every_command_has_help_and_is_in_the_readme(command):
    result = run_factdesk(command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: factdesk " + command)
    assert f"factdesk {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


# --- factdesk new: from an article to a draft, then to a dataset ---------------------------

DRAFT_ARTICLE = ROOT / "tests" / "fixtures" / "drafts" / "relative-dates.txt"


def factdesk_with_input(data: bytes, *args: str) -> subprocess.CompletedProcess:
    """The real command line reading the article from standard input (FILE ``-``)."""
    return subprocess.run(
        [sys.executable, "-m", "validation.cli", *args],
        cwd=ROOT, input=data, capture_output=True, timeout=300,
    )  # fmt: skip


def curate(folder) -> None:
    """What a curator does after reading each drafted row: translate, label, name the
    sources, mark every line of review.csv reviewed, and flip the status."""
    for table, columns in {"claims": ("claim_en", "topics"), "figures": ("label_en",),
                           "events": ("event_en",), "entities": ("name_en",)}.items():  # fmt: skip
        path = folder / f"{table}.csv"
        rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
        for row in rows:
            for column in columns:
                if not row[column]:
                    row[column] = "aid" if column == "topics" else f"{table} {column} in English"
        write_rows(path, rows)
    review = folder / "review.csv"
    rows = list(csv.DictReader(io.StringIO(review.read_text(encoding="utf-8"))))
    write_rows(review, [{**row, "reviewed": "true"} for row in rows])
    metadata = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    metadata["status"] = "curated"
    metadata["title"]["en"] = "World Bank loan for Lebanon's social safety net"
    metadata["primary_sources"] = [
        {"title": "Loan approval", "publisher": "World Bank", "url": "https://example.org/loan"}
    ]
    (folder / "metadata.json").write_text(json.dumps(metadata, ensure_ascii=False, indent=2))


def write_rows(path, rows) -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def test_new_then_validate_then_review_then_export(tmp_path):
    out = tmp_path / "datasets"
    made = run_factdesk("new", str(DRAFT_ARTICLE), "--id", "lebanon-loan", "--out", str(out),
                        "--published", "2024-05-16", "--publisher", "Example Daily")  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines() == [
        f"drafted {out / 'lebanon-loan'}/: 4 claims, 3 figures, 5 events, 6 entities, "
        "6 mentions, 0 ignored numbers",
        f"29 rows to review (review.csv); next: factdesk validate {out / 'lebanon-loan'}",
    ]
    folder = out / "lebanon-loan"
    assert (folder / "source.txt").read_bytes() == DRAFT_ARTICLE.read_bytes()

    checked = run_factdesk("validate", str(folder))
    assert checked.returncode == 1
    lines = checked.stdout.splitlines()
    assert len(lines) < 60  # one screen
    failed = [line for line in lines if line.startswith("  ✗")]
    assert [line.split(" — ")[0] for line in failed] == ["  ✗ review.rows", "  ✗ review.status"]
    assert "      … and 19 more (review.entities: 6, review.mentions: 6, review.events: 5, " \
        "review.figures: 2)" in lines  # fmt: skip

    refused = run_factdesk("export", str(folder), "--out", str(tmp_path / "export"))
    assert refused.returncode == 1
    assert "export refused" in refused.stderr and "review.status" in refused.stderr
    assert not (tmp_path / "export").exists()

    curate(folder)
    passed = run_factdesk("validate", str(folder))
    assert passed.returncode == 0, passed.stdout
    assert "  ✓ review.rows — all 29 drafted rows reviewed;" in passed.stdout
    exported = run_factdesk("export", str(folder), "--out", str(tmp_path / "export"))
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "export" / "lebanon-loan" / "figures.csv").exists()


def test_new_country_is_in_the_help_and_the_readme_and_reaches_the_metadata(tmp_path):
    said = " ".join(run_factdesk("new", "--help").stdout.split())
    assert "--country CC the article's country (ISO 3166 alpha-2, e.g. JO)" in said
    assert "factdesk new article.txt --id" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert "--country JO" in (ROOT / "README.md").read_text(encoding="utf-8")
    article = ROOT / "tests" / "fixtures" / "drafts" / "country-unnamed.txt"
    made = run_factdesk("new", str(article), "--id", "grant", "--out", str(tmp_path),
                        "--published", "2025-03-02", "--country", "JO")  # fmt: skip
    assert made.returncode == 0, made.stderr
    metadata = json.loads((tmp_path / "grant" / "metadata.json").read_text(encoding="utf-8"))
    assert (metadata["country"]["code"], metadata["currency"]) == ("JO", "JOD")
    figures = (tmp_path / "grant" / "figures.csv").read_text(encoding="utf-8")
    assert ",25000000,JOD,money," in figures


def test_new_reads_standard_input(tmp_path):
    result = factdesk_with_input(DRAFT_ARTICLE.read_bytes(), "new", "-", "--id", "from-stdin",
                                 "--out", str(tmp_path), "--published", "2024-05-16")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "from-stdin" / "source.txt").read_bytes() == DRAFT_ARTICLE.read_bytes()


def test_new_writes_into_the_datasets_root_by_default(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "validation.cli", "new", str(DRAFT_ARTICLE), "--id", "rooted"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={**os.environ, "FACTDESK_DATASETS": str(tmp_path / "root")},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "root" / "rooted" / "review.csv").exists()


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("existing", "already exists: factdesk new never writes over a dataset"),
        ("slug", "--id: 'Lebanon_Loan' is not a lowercase slug"),
        ("cp1256", "not UTF-8 (byte 0, line 1); it looks like Windows-1256 (Arabic)"),
        ("country", "--country: 'JOR' is not an ISO 3166 alpha-2 code (two letters, e.g. JO)"),
    ],
)
def test_new_refuses_in_one_line_and_writes_nothing(tmp_path, case, message):
    out = tmp_path / "datasets"
    out.mkdir()
    article, dataset_id = DRAFT_ARTICLE, "lebanon-loan"
    if case == "existing":
        (out / "lebanon-loan").mkdir()
    if case == "slug":
        dataset_id = "Lebanon_Loan"
    if case == "cp1256":
        article = tmp_path / "article.txt"
        article.write_bytes(DRAFT_ARTICLE.read_text(encoding="utf-8").encode("cp1256"))
    before = sorted(p.name for p in out.rglob("*"))
    extra = ("--country", "JOR") if case == "country" else ()
    result = run_factdesk("new", str(article), "--id", dataset_id, "--out", str(out), *extra)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("factdesk: ") and message in result.stderr
    assert sorted(p.name for p in out.rglob("*")) == before


def test_validate_help_names_every_kind_of_check_and_both_tolerances():
    said = " ".join(run_factdesk("validate", "--help").stdout.split())
    for kind, proves in KINDS.items():
        assert f"{kind} ({proves})" in said
    assert "--tolerance T tight reading of hedges: «نحو X» is within T of X (default 0.05)" in said
    assert (
        "--strict-tolerance S strict reading: the most a hedge can stretch (default 0.20)" in said
    )


@pytest.mark.parametrize(
    ("option", "value"), [("--tolerance", "0.1"), ("--strict-tolerance", "1/4")]
)
def test_validate_and_export_read_the_tolerances_alike(option, value):
    from validation.cli import build_parser

    parser = build_parser()
    for command in (["validate"], ["export"]):
        args = parser.parse_args([*command, option, value])
        assert getattr(args, option.lstrip("-").replace("-", "_")) == Fraction(value)


def test_a_reader_that_leaves_early_gets_no_traceback(tmp_path):
    """`factdesk extract big.txt | head -c 10`: the pipe closes while the command still writes
    (far more than a pipe's 64 KiB buffer); the command stays quiet."""
    big = tmp_path / "big.txt"
    big.write_text((LIBYA / "source.txt").read_text(encoding="utf-8") * 40, encoding="utf-8")
    command = [sys.executable, "-m", "validation.cli", "extract", str(big), "--format", "json"]
    with subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0
    ) as process:
        first = process.stdout.read(1)
        process.stdout.close()  # as `head` does once it has what it wants
        stderr = process.stderr.read().decode()
        code = process.wait()
    assert first == b"["
    assert stderr == ""
    assert code == 0
