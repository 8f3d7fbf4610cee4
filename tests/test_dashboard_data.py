"""What the pages ask of validation/: the cached load, the in-memory re-check of an upload,
and which verdicts concern which claim (plain Python, no Streamlit session)."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from dashboard.data import (
    MAX_UPLOAD_ROWS,
    changed_verdicts,
    check_folder,
    claim_verdict_counts,
    claim_verdicts,
    findings_frame,
    fingerprint,
    recheck_with,
    verdict_counts,
    verdicts_for,
    verifications_for,
)
from validation.derived import context_with_intervals
from validation.vocab import VERDICTS

ROOT = Path(__file__).resolve().parent.parent
LIBYA = ROOT / "datasets" / "us-libya-berlin2-2021"


@pytest.fixture(scope="module")
def checked():
    return check_folder(LIBYA)


def test_check_folder_carries_the_engines_derived_columns(checked):
    figures = checked.figures.set_index("figure_id")
    assert figures.loc["f01", "wording_en"] == "more than $850 million"
    assert figures.loc["f03", "wording_en"] == "nearly $269 million"
    assert {"date_display", "date_first_day", "date_last_day"} <= set(checked.events.columns)
    assert len(checked.checks) == len(checked.report.checks)


@pytest.mark.parametrize(
    ("figure_ids", "event_ids", "expected"),
    [
        ({"f01", "f02", "f03", "f04"}, set(),
         {"consistency.parts_fit.f01", "consistency.part_within_parent.f02",
          "consistency.shares"}),
        (set(), {"e01"}, {"consistency.events.same_event"}),  # via the event's entity
    ],
)  # fmt: skip
def test_verdicts_for_a_claim_are_the_checks_that_name_its_figures_or_events(
    checked, figure_ids, event_ids, expected
):
    found = {c["id"] for c in verdicts_for(checked, figure_ids, event_ids)}
    assert expected <= found
    assert all(c_id.startswith("consistency.") for c_id in found)


def test_an_events_verdicts_are_the_checks_whose_event_ids_name_it(checked):
    """c07's one date, e06: the event-order checks that list e06 in details["event_ids"]."""
    expected = {c["id"] for c in checked.checks if "e06" in c["details"].get("event_ids", [])}
    assert expected == {
        "consistency.events.past_before_publication",
        "consistency.events.inferred_near_publication",
    }
    assert {c["id"] for c in verdicts_for(checked, set(), {"e06"})} == expected


@pytest.mark.parametrize(
    ("claim_id", "expected"),
    [
        ("c07", [("v12", "claims", "c07"), ("v11", "events", "e06")]),
        ("c02", [("v02", "claims", "c02"), ("v03", "entities", "libya_elections_2021")]),
        ("c15", [("v21", "claims", "c15"), ("v22", "figures", "f01"), ("v23", "figures", "f01"),
                 ("v24", "figures", "f02"), ("v25", "figures", "f03"), ("v26", "figures", "f04"),
                 ("v13", "entities", "state_dept_statement")]),
    ],
)  # fmt: skip
def test_a_claims_verifications_are_its_own_then_its_figures_dates_and_names(
    checked, claim_id, expected
):
    rows = verifications_for(checked, claim_id)
    assert list(zip(rows["verification_id"], rows["via_table"], rows["via_id"], strict=True)) == (
        expected
    )


def test_each_claims_verdict_is_the_one_on_the_claim_itself(checked):
    verdicts = claim_verdicts(checked)
    table = checked.tables["verifications"]
    own = table[table["target_table"] == "claims"]
    assert verdicts == {row.target_id: {row.verdict} for row in own.itertuples()}
    assert verdicts["c07"] == {"disputed_attribution"} and verdicts["c15"] == {"confirmed"}


def test_verdict_counts_are_the_engines_and_match_the_table(checked):
    counted = Counter(checked.tables["verifications"]["verdict"])
    assert verdict_counts(checked.checks) == {v: counted[v] for v in VERDICTS}
    assert verdict_counts(checked.checks)["confirmed"] == 19
    claims = checked.tables["verifications"].query("target_table == 'claims'")
    assert claim_verdict_counts(checked) == {v: Counter(claims["verdict"])[v] for v in VERDICTS}
    assert sum(claim_verdict_counts(checked).values()) == 16


def test_context_rows_carry_both_readings_and_the_days_they_cover(checked):
    context = checked.context.set_index("context_id")
    x12, x13 = context.loc["x12"], context.loc["x13"]
    assert (x12["tight_low"], x12["tight_high"], x12["strict_low"]) == (
        850_000_000, 892_500_000, 850_000_000)  # fmt: skip
    assert x12["strict_high"] != x12["strict_high"]  # more than: no upper bound (NaN)
    assert (x13["stated_first_day"], x13["stated_last_day"]) == ("2022-01-01", "2022-12-31")
    assert (x12["hedged_en"], x12["hedged_ar"]) == (
        "more than $850 million", "أكثر من 850 مليون دولار")  # fmt: skip
    # the page shows exactly what the engine's derived columns say
    engine = context_with_intervals(checked.tables["context_figures"])
    assert list(engine.columns) == list(checked.context.columns)


def test_a_claim_without_figures_or_events_has_no_verdicts(checked):
    assert verdicts_for(checked, set(), set()) == []


def test_recheck_of_the_unchanged_table_changes_nothing(checked):
    data = (LIBYA / "claims.csv").read_bytes()
    result = recheck_with(checked, "claims", data, "claims.csv")
    assert result.error is None and result.rows == 16
    assert changed_verdicts(checked.checks, result.checks) == []


def test_recheck_finds_a_broken_cell_by_row_and_column(checked):
    data = (LIBYA / "figures.csv").read_bytes().replace(b",605000000,", b",six hundred,")
    result = recheck_with(checked, "figures", data, "figures.csv")
    frame = findings_frame(result.checks)
    broken = frame[(frame["file"] == "figures.csv") & (frame["column"] == "amount")]
    assert list(broken["row"]) == [3] and list(broken["value"]) == ["six hundred"]
    changed = {c["check"]: (c["before"], c["after"]) for c in changed_verdicts(
        checked.checks, result.checks)}  # fmt: skip
    assert changed["schema.figures"] == ("pass", "fail")


def test_an_unreadable_upload_is_one_line_naming_the_upload_not_a_path(checked, tmp_path):
    result = recheck_with(checked, "claims", b"\xff\xfe\x00\x00", "../../etc/passwd")
    assert result.error.startswith("../../etc/passwd: not UTF-8")
    assert "\n" not in result.error and result.checks == []


def test_rows_over_the_limit_are_refused_before_checking(checked):
    lines = (LIBYA / "claims.csv").read_text(encoding="utf-8").splitlines()
    data = "\n".join([lines[0]] + [lines[1]] * (MAX_UPLOAD_ROWS + 1)).encode()
    result = recheck_with(checked, "claims", data, "claims.csv")
    assert result.too_many_rows and result.rows == MAX_UPLOAD_ROWS + 1 and result.checks == []


def test_recheck_writes_nothing(checked, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(LIBYA, copy)
    before = fingerprint(copy)
    recheck_with(check_folder(copy), "claims", b"claim_id\nc01\n", "claims.csv")
    assert fingerprint(copy) == before


def test_the_fingerprint_changes_when_a_table_changes(tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(LIBYA, copy)
    before = fingerprint(copy)
    (copy / "claims.csv").write_bytes((copy / "claims.csv").read_bytes() + b"\n")
    assert fingerprint(copy) != before
