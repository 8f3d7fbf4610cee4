"""Context: the article's headline on the line of what the US said before and after."""

from __future__ import annotations

import pytest

from tests.conftest import LIBYA, edit_cell
from validation.engine import check_dataset
from validation.load import load_dataset


def checks(folder) -> dict:
    report, _ = check_dataset(load_dataset(folder))
    return {c.id: c for c in report.checks}


@pytest.fixture(scope="module")
def shipped():
    return checks(LIBYA)


def test_the_headline_is_placed_among_the_statements(shipped):
    placement = shipped["consistency.context.placement"]
    assert placement.status == "pass"
    assert placement.message == (
        "the article's more than 850 repeats the unhedged 850 of 2020-11-04 and precedes "
        "more than 840 (2022), then more than 900 (2024-08); its parts (up to 874) exceed both "
        "(million USD)"
    )
    assert placement.details["before"] == ["x01", "x05", "x06", "x08"]
    assert placement.details["after"] == ["x13", "x15"]
    assert (placement.details["headline_context_id"], placement.details["repeats"]) == (
        "x12",
        "x08",
    )


def test_verdicts_are_counted_by_what_they_judge(shipped):
    by_target = shipped["verification.verdicts"].details["by_target"]
    assert sum(by_target["claims"].values()) == 16
    assert by_target["figures"] == {"confirmed": 5}


def test_a_drop_in_the_cumulative_total_warns_with_both_values(shipped):
    drop = shipped["consistency.context.totals_grow"]
    assert drop.status == "warn"
    assert [f.line() for f in drop.findings] == [
        "context_figures.csv, row 14, column amount: the cumulative total goes down: more than "
        "850 (2021-06-23) then more than 840 (2022); their hedges overlap, so it may be wording "
        "(value: '840000000') [consistency.context.totals_grow]"
    ]


def test_context_never_changes_the_internal_verdicts(libya_copy):
    """The world's statements are context: editing them moves no internal consistency verdict."""
    before = {k: c.status for k, c in checks(LIBYA).items() if "context" not in k}
    edit_cell(libya_copy / "context_figures.csv", "context_id", "x13", "amount", "860000000")
    after = checks(libya_copy)
    assert after["consistency.context.totals_grow"].status == "pass"
    assert {k: c.status for k, c in after.items() if "context" not in k} == before


def test_verification_never_changes_an_internal_verdict(libya_copy):
    before = {k: c.status for k, c in checks(LIBYA).items() if not k.startswith("verification")}
    edit_cell(libya_copy / "verifications.csv", "verification_id", "v01", "verdict", "contradicted")
    after = checks(libya_copy)
    assert after["verification.verdicts"].status == "warn"
    assert "the article says" in after["verification.verdicts"].findings[0].message
    assert {k: c.status for k, c in after.items() if not k.startswith("verification")} == before


@pytest.mark.parametrize(
    ("column", "value", "rule"),
    [
        ("firmness", "official", "isin"),
        ("scope", "Military", "str_matches"),
        ("stated_on", "2021-02-30", "real_partial_date"),
        ("date_precision", "day", "precision_matches_date"),
        ("source_url", "javascript:alert(1)", "str_matches"),
        ("amount", "-5", "greater_than_or_equal_to(0)"),
    ],
)
def test_pinned_schema_failures(libya_copy, column, value, rule):
    edit_cell(libya_copy / "context_figures.csv", "context_id", "x13", column, value)
    schema = checks(libya_copy)["schema.context_figures"]
    assert schema.status == "fail"
    assert [(f.row, f.rule.split("(")[0]) for f in schema.findings] == [(14, rule.split("(")[0])]


def test_an_undeclared_scope_fails_with_its_row_and_column(libya_copy):
    edit_cell(libya_copy / "context_figures.csv", "context_id", "x13", "scope", "military")
    found = checks(libya_copy)["schema.vocabularies"]
    assert found.status == "fail"
    assert [(f.file, f.row, f.column, f.value) for f in found.findings] == [
        ("context_figures.csv", 14, "scope", "military")
    ]
