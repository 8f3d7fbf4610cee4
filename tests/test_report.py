"""Reports read like an editor's note, and a flood of errors stays readable."""

from __future__ import annotations

import json

from validation.report import CheckResult, DatasetReport, Finding, Report, verdict


def flood(n: int) -> CheckResult:
    findings = [
        Finding("mentions.csv", "field_uniqueness", "repeats an id", row=i + 2, column="id")
        for i in range(n)
    ]
    return verdict("schema.mentions", "schema", findings, "", "{n} problem(s) in mentions.csv")


def test_a_flood_of_failures_is_summarised_with_counts():
    report = Report([DatasetReport("d", [flood(50_000)])])
    text = report.to_text()
    assert len(text.splitlines()) == 1 + 1 + 10 + 1 + 1
    assert "✗ schema.mentions — 50,000 problem(s) in mentions.csv" in text
    assert "… and 49,990 more (field_uniqueness: 49,990)" in text
    assert text.splitlines()[-1] == "1 dataset(s): 0 passed, 1 failed, 0 warned"


def test_finding_line_names_file_row_column_value_and_rule():
    finding = Finding("figures.csv", "provenance.figures", "hedge differs", 3, "hedge", "exact")
    assert (
        finding.line()
        == "figures.csv, row 3, column hedge: hedge differs (value: 'exact') [provenance.figures]"
    )


def test_json_shape_is_the_spec():
    passed = verdict("schema.claims", "schema", [], "16 rows match", "")
    warned = CheckResult(
        "consistency.x", "consistency", "warn", "tight reading breaks", {"gap": 24}
    )
    report = Report([DatasetReport("d", [passed, warned, flood(2)])])
    data = json.loads(report.to_json())
    assert data["summary"] == {"passed": 1, "failed": 1, "warned": 1}
    check = data["datasets"][0]["checks"][2]
    assert set(check) == {"id", "kind", "status", "message", "details"}
    assert check["details"]["findings"][0] == {
        "file": "mentions.csv",
        "rule": "field_uniqueness",
        "message": "repeats an id",
        "row": 2,
        "column": "id",
        "value": None,
    }
    assert not report.ok


def test_clean_datasets_of_an_archive_are_counted_not_listed():
    clean = [DatasetReport(f"a{i}", [verdict("s", "schema", [], "ok", "")]) for i in range(30)]
    text = Report([*clean, DatasetReport("broken", [flood(1)])]).to_text()
    assert "a0\n" not in text
    assert "broken\n" in text
    assert text.splitlines()[-1] == "31 dataset(s): 30 passed, 1 failed, 0 warned"
