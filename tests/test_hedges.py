"""Hedges as intervals: the table of README's Methodology, exactly, and properties that must
always hold."""

from __future__ import annotations

from fractions import Fraction as F

import pytest
from hypothesis import given
from hypothesis import strategies as st

from validation.hedges import (
    STRICT,
    TIGHT,
    Interval,
    interval_for,
    readings,
    strict_interval,
    total,
)
from validation.vocab import HEDGES

X = 850_000_000


@pytest.mark.parametrize(
    ("hedge", "tight", "strict"),
    [
        ("exact", "[850000000, 850000000]", "[850000000, 850000000]"),
        ("about", "[807500000, 892500000]", "[680000000, 1020000000]"),
        ("nearly", "[807500000, 850000000]", "[680000000, 850000000]"),
        ("more_than", "(850000000, 892500000]", "(850000000, ∞)"),
        ("at_least", "[850000000, 892500000]", "[850000000, ∞)"),
        ("less_than", "[807500000, 850000000)", "[0, 850000000)"),
        ("at_most", "[807500000, 850000000]", "[0, 850000000]"),
    ],
)
def test_each_hedge_reads_as_the_spec_table(hedge, tight, strict):
    assert str(interval_for(X, hedge, TIGHT)) == tight
    assert str(strict_interval(X, hedge, STRICT)) == strict


def test_the_articles_parts_add_up_exactly():
    parts = [readings(605_000_000, "exact"), readings(269_000_000, "nearly")]
    tight = total([p["tight"] for p in parts])
    assert (tight.low, tight.high) == (F(860_550_000), F(874_000_000))
    whole = readings(X, "more_than")
    assert tight.can_be_at_most(whole["tight"])
    assert tight.overlaps(whole["tight"])


def test_open_bounds_decide_touching_intervals():
    more_than = Interval(F(10), None, low_open=True)
    assert not Interval(F(10), F(10)).overlaps(more_than)
    assert Interval(F(10), F(11)).overlaps(more_than)
    assert Interval(F(5), F(10)).can_be_at_most(Interval(F(0), F(5)))
    assert not Interval(F(5), F(10), low_open=True).can_be_at_most(Interval(F(0), F(5)))


amounts = st.integers(min_value=0, max_value=10**13)
hedges = st.sampled_from(HEDGES)
tolerances = st.fractions(min_value=0, max_value=F(1, 2), max_denominator=1000)


def contains(outer: Interval, inner: Interval) -> bool:
    low_ok = outer.low < inner.low or (
        outer.low == inner.low and (not outer.low_open or inner.low_open)
    )
    if outer.high is None:
        return low_ok
    if inner.high is None:
        return False
    high_ok = inner.high < outer.high or (
        inner.high == outer.high and (not outer.high_open or inner.high_open)
    )
    return low_ok and high_ok


@given(amounts, hedges, tolerances, tolerances)
def test_strict_reading_contains_tight(amount, hedge, t, extra):
    s = t + extra  # the strict tolerance is never smaller than the tight one
    both = readings(amount, hedge, t, s)
    assert contains(both["strict"], both["tight"])


@given(st.lists(st.tuples(amounts, hedges), min_size=1, max_size=6), amounts, hedges)
def test_sums_are_monotone(figures, extra_amount, extra_hedge):
    intervals = [readings(a, h)["tight"] for a, h in figures]
    before = total(intervals)
    after = total([*intervals, readings(extra_amount, extra_hedge)["tight"]])
    assert after.low >= before.low
    assert before.high is None or after.high is None or after.high >= before.high


@given(amounts, hedges)
def test_the_stated_number_is_always_a_bound_or_inside(amount, hedge):
    tight = readings(amount, hedge)["tight"]
    assert tight.low <= amount
    assert tight.high is None or tight.high >= amount


def test_every_hedge_has_its_english_words_and_symbol():
    """One home for a hedge's words and symbol: a new hedge in the vocabulary must get both."""
    from validation.hedges import SYMBOLS, WORDS_EN
    from validation.vocab import HEDGES

    assert list(WORDS_EN) == list(HEDGES) == list(SYMBOLS)
    assert [h for h in HEDGES if not WORDS_EN[h]] == ["exact"]  # only exact goes unsaid
