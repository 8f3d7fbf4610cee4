"""The command line as a user runs it: exit codes, one-line errors, JSON shape, help."""

from __future__ import annotations

import hashlib
import json
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
