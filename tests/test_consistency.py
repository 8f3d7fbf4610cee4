"""Consistency: edited copies of the dataset are each caught by the right check, with the
right status, and the report shows its arithmetic."""

from __future__ import annotations

from fractions import Fraction

import pytest

from bench.synthetic.faults import rewrite_article
from tests.conftest import LIBYA, edit_cell
from validation.engine import check_dataset
from validation.load import load_dataset


def statuses(folder, **kwargs) -> dict[str, tuple[str, str]]:
    report, _ = check_dataset(load_dataset(folder), **kwargs)
    return {c.id: (c.status, c.message) for c in report.checks}


@pytest.fixture(scope="module")
def shipped():
    return statuses(LIBYA)


def test_the_articles_parts_fit_the_headline(shipped):
    assert shipped["consistency.parts_fit.f01"] == (
        "pass",
        "605 + ≈269 = 860.6–874; the stated total is more than 850 → consistent; "
        "the parts exceed the headline by up to 24 (million USD, tight reading t=0.05)",
    )


def test_shares_of_parents(shipped):
    status, message = shipped["consistency.shares"]
    assert status == "pass"
    assert "f04 is 4.1% of f03 (3.9%–4.3%)" in message
    assert "f02 is 71.2% of f01 (67.8%–71.2%)" in message


def test_dates_in_order(shipped):
    assert shipped["consistency.events.scheduled_after_publication"][0] == "pass"
    status, message = shipped["consistency.events.same_event"]
    assert status == "pass"
    assert message.startswith("4 event(s) dated more than once agree — ")
    # the article's month and day mentions, and the external day, all fit one another
    assert "libya_elections_2021: 2021-12-24, 2021-12-24, 2021-12, 2021-12, 2021-12-24" in message
    assert "ceasefire_agreement: 2020-10, 2020-10-23" in message


def test_the_article_adds_up_and_only_its_context_warns(shipped):
    not_passing = {k: v[0] for k, v in shipped.items() if v[0] != "pass"}
    assert not_passing == {"consistency.context.totals_grow": "warn"}


# Each case changes the ARTICLE (same length, so offsets hold) and the curated cells that
# follow from it: the data still says what the article says, but the article no longer adds
# up. (A curated cell that disagrees with its quote is provenance's to catch, and a row that
# provenance flags is kept out of the arithmetic, so it is reported once.)
ARTICLE_EDITS = [
    # a part larger than its whole: «ما يقرب من 99» of «ما يقرب من 12» million
    ([("269", " 12", 2320), ("11", "99", 2383)],
     [("figures.csv", "figure_id", "f03", "amount", "12000000"),
      ("figures.csv", "figure_id", "f04", "amount", "99000000")],
     "consistency.part_within_parent.f04", "fail",
     "f04 (nearly 99) exceeds f03 (nearly 12), million USD"),
    # a part a little larger: the words allow it, a reader would not expect it
    ([("269", " 12", 2320), ("11", "13", 2383)],
     [("figures.csv", "figure_id", "f03", "amount", "12000000"),
      ("figures.csv", "figure_id", "f04", "amount", "13000000")],
     "consistency.part_within_parent.f04", "warn",
     "f04 (nearly 13) strains f03 (nearly 12), million USD"),
    # a scheduled election dated before publication: «24 فبراير 2021»
    ([("ديسمبر", "فبراير", 304)], [("events.csv", "event_id", "e01", "date", "2021-02-24")],
     "consistency.events.scheduled_after_publication", "fail",
     "e01 is scheduled for 2021-02-24, before publication on 2021-06-23"),
    # and so the article's two dates for the same election no longer agree
    ([("ديسمبر", "فبراير", 304)], [("events.csv", "event_id", "e01", "date", "2021-02-24")],
     "consistency.events.same_event", "fail", "1 event(s) given dates that cannot all hold"),
    # "since 2011" turned into "since 2031"
    ([("2011", "2031", 2142)], [("events.csv", "event_id", "e09", "date", "2031"),
                                ("figures.csv", "figure_id", "f01", "period_start", "2031")],
     "consistency.events.past_before_publication", "fail",
     "e09 reference on 2031, after publication on 2021-06-23"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rewrites", "cells", "check", "status", "words"),
    ARTICLE_EDITS,
    ids=[f"{c[2]}:{c[3]}" for c in ARTICLE_EDITS],
)
def test_an_article_that_does_not_add_up_is_caught(
    libya_copy, rewrites, cells, check, status, words
):
    for old, new, at in rewrites:
        rewrite_article(libya_copy, old, new, at)
    for file, key, row_id, column, value in cells:
        edit_cell(libya_copy / file, key, row_id, column, value)
    found = statuses(libya_copy)
    assert found[check][0] == status, found[check]
    assert words in found[check][1]
    not_consistency = {k: v for k, v in found.items() if v[0] != "pass" and "consistency" not in k}
    assert not_consistency == {}  # the data is faithful: only the article's logic fails


def test_the_hedge_removed_from_the_total(libya_copy):
    """Curated as «850 مليون دولار» (exact): 605 + ≈269 = 860.6–874 cannot be exactly 850 to
    a reader; only the strict reading of «ما يقرب من» allows it → warn."""
    edit_cell(libya_copy / "figures.csv", "figure_id", "f01", "hedge", "exact")
    edit_cell(libya_copy / "figures.csv", "figure_id", "f01", "char_start", "2182")
    edit_cell(libya_copy / "figures.csv", "figure_id", "f01", "quote_ar", "850 مليون دولار")
    found = statuses(libya_copy)
    assert found["consistency.parts_fit.f01"] == (
        "warn",
        "605 + ≈269 = 860.6–874; the stated total is 850 → only under the strict reading; "
        "the parts exceed the headline by up to 24 (million USD, tight reading t=0.05)",
    )
    not_passing = [k for k, v in found.items() if v[0] != "pass" and "context" not in k]
    assert not_passing == ["consistency.parts_fit.f01"]


def test_parts_declared_exhaustive_must_reach_the_total(libya_copy):
    edit_cell(libya_copy / "figures.csv", "figure_id", "f01", "parts_exhaustive", "true")
    status, message = statuses(libya_copy)["consistency.parts_fit.f01"]
    assert status == "pass"  # 860.6–874 can be "more than 850"
    assert "more than 850 → consistent" in message
    edit_cell(libya_copy / "figures.csv", "figure_id", "f03", "parts_exhaustive", "true")
    assert statuses(libya_copy)["consistency.parts_fit.f03"][0] == "fail"  # ≈11 is not ≈269


def test_a_flagged_row_is_kept_out_of_the_arithmetic(libya_copy):
    """A curated amount that contradicts its quote is reported by provenance, once."""
    edit_cell(libya_copy / "figures.csv", "figure_id", "f04", "amount", "400000000")
    found = statuses(libya_copy)
    assert found["provenance.figures"][0] == "fail"
    assert "consistency.part_within_parent.f04" not in found


def test_the_tolerance_is_settable():
    # with t = 1%, "nearly 269" reads as 266.3–269 and the parts 871.3–874: still fine
    found = statuses(LIBYA, tight=Fraction("0.01"))
    assert found["consistency.parts_fit.f01"][1].startswith("605 + ≈269 = 871.3–874;")
    assert found["consistency.parts_fit.f01"][1].endswith("(million USD, tight reading t=0.01)")
