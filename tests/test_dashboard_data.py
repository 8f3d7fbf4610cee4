"""What the pages ask of validation/: the cached load, the in-memory re-check of an upload,
and which verdicts concern which claim (plain Python, no Streamlit session)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # dashboard/ is an app folder, not an installed package
    sys.path.insert(0, str(ROOT))

from dashboard.data import (  # noqa: E402
    MAX_UPLOAD_ROWS,
    changed_verdicts,
    check_folder,
    findings_frame,
    fingerprint,
    recheck_with,
    verdicts_for,
)

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
