"""Typed results read from the shipped dataset's real report: the values the pages show."""

from __future__ import annotations

import pytest

from tests.conftest import LIBYA
from validation import results
from validation.engine import check_dataset
from validation.load import load_dataset


@pytest.fixture(scope="module")
def checks() -> list[dict]:
    report, _ = check_dataset(load_dataset(LIBYA))
    return [check.as_json() for check in report.checks]


def test_parts_fit_reads_the_sum_and_the_whole(checks):
    fits = {fit.parent: fit for fit in results.parts_fits(checks)}
    assert list(fits) == ["f01", "f03"]
    total = fits["f01"]
    assert total.check_id == "consistency.parts_fit.f01" and total.status == "pass"
    assert total.parts == ("f02", "f03") and total.exhaustive is False
    assert (total.sum.tight.low, total.sum.tight.high) == (860_550_000, 874_000_000)
    assert total.parent_readings.strict == results.Bounds(850_000_000, None, True, False)
    assert total.excess_over_stated == 24_000_000


def test_part_within_reads_both_intervals(checks):
    within = {w.part: w for w in results.parts_within(checks)}
    assert sorted(within) == ["f02", "f03", "f04"]
    assert within["f04"].parent == "f03"
    assert within["f04"].part_readings.tight == results.Bounds(10_450_000, 11_000_000)
    assert (
        results.arithmetic_of(next(c for c in checks if c["id"].endswith("f04"))) == within["f04"]
    )


def test_context_results_name_the_statements(checks):
    grow = results.totals_grow(checks)
    assert grow.status == "warn"
    assert grow.sequence == ("x01", "x05", "x06", "x08", "x12", "x13", "x15")
    ((row, words),) = grow.drops  # the undated "more than $840M", row 14 of context_figures.csv
    assert row == 14 and words.startswith("the cumulative total goes down: more than 850")
    (placement,) = results.placements(checks)
    assert (placement.headline, placement.repeats) == ("f01", "x08")
    assert placement.after == ("x13", "x15")
    assert placement.parts_high == 874_000_000


def test_verdict_counts_by_target(checks):
    counted = results.verdict_counts(checks)
    assert counted.counts["confirmed"] == 19
    assert counted.by_target["claims"] == {
        "confirmed": 9, "disputed_attribution": 1, "not_checked": 4, "paraphrased": 1,
        "unresolved": 1,
    }  # fmt: skip


def test_a_check_whose_arithmetic_did_not_run_gives_no_result():
    broken = {"id": "consistency.parts_fit.f09", "kind": "consistency", "status": "fail",
              "message": "f09 is in EUR, its parts in USD", "details": {"findings": []}}  # fmt: skip
    assert results.parts_fits([broken]) == []
    assert results.totals_grow([broken]) is None and results.verdict_counts([broken]) is None
