"""Hedged numbers as intervals: what «أكثر من 850» guarantees, and what a reader assumes.

Each hedge has two readings (README, Methodology, "Hedges"): *strict*, what the words guarantee
(more than X → (X, ∞)), and *tight*, what a reader assumes (more than X → (X, (1+t)X]).
Bounds are exact fractions: a verdict never turns on float rounding.

>>> str(interval_for(850_000_000, "more_than", Fraction("0.05")))
'(850000000, 892500000]'
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from fractions import Fraction

# How each hedge reads in English words and as a symbol before an amount: the one home of
# both (the Arabic phrases live in the extractor's lexicon, validation/arabic/lexicon.py).
WORDS_EN = {
    "exact": "",
    "about": "about",
    "nearly": "nearly",
    "more_than": "more than",
    "at_least": "at least",
    "less_than": "less than",
    "at_most": "at most",
}
SYMBOLS = {
    "exact": "",
    "about": "≈",
    "nearly": "≈",
    "more_than": ">",
    "at_least": "≥",
    "less_than": "<",
    "at_most": "≤",
}

TIGHT = Fraction("0.05")  # t: how far a reader takes "about", "nearly", "more than"
STRICT = Fraction("0.20")  # s: how far the words could stretch before they mislead


@dataclass(frozen=True)
class Interval:
    """A range of amounts; ``high=None`` is unbounded. Open ends exclude their bound."""

    low: Fraction
    high: Fraction | None
    low_open: bool = False
    high_open: bool = False

    def __add__(self, other: Interval) -> Interval:
        high = None if self.high is None or other.high is None else self.high + other.high
        return Interval(
            self.low + other.low,
            high,
            self.low_open or other.low_open,
            self.high_open or other.high_open,
        )

    def can_be_at_most(self, other: Interval) -> bool:
        """Some value of ``self`` is ≤ some value of ``other`` (a part can fit its whole)."""
        if other.high is None:
            return True
        if self.low < other.high:
            return True
        return self.low == other.high and not (self.low_open or other.high_open)

    def overlaps(self, other: Interval) -> bool:
        """Some single value lies in both: the two statements can describe the same amount."""
        return self.can_be_at_most(other) and other.can_be_at_most(self)

    def __str__(self) -> str:
        low = f"{'(' if self.low_open else '['}{number(self.low)}"
        high = "∞)" if self.high is None else f"{number(self.high)}{')' if self.high_open else ']'}"
        return f"{low}, {high}"

    def as_json(self) -> dict:
        return {
            "low": float(self.low),
            "high": None if self.high is None else float(self.high),
            "low_open": self.low_open,
            "high_open": self.high_open,
        }


def number(value: Fraction) -> str:
    """An exact bound as a plain number: 892500000, or 860550000.5 when it is not whole."""
    if value.denominator == 1:
        return str(value.numerator)
    return f"{float(value):.6g}" if abs(value) < 1000 else f"{float(value):.1f}"


def interval_for(amount: int | Fraction, hedge: str, tolerance: Fraction) -> Interval:
    """The tight reading: every hedge bounded within ``tolerance`` of the stated number."""
    x = Fraction(amount)
    below, above = (1 - tolerance) * x, (1 + tolerance) * x
    return {
        "exact": Interval(x, x),
        "about": Interval(below, above),
        "nearly": Interval(below, x),
        "more_than": Interval(x, above, low_open=True),
        "at_least": Interval(x, above),
        "less_than": Interval(below, x, high_open=True),
        "at_most": Interval(below, x),
    }[hedge]


def strict_interval(amount: int | Fraction, hedge: str, tolerance: Fraction = STRICT) -> Interval:
    """What the words guarantee: open-ended hedges have no bound on their open side."""
    x = Fraction(amount)
    if hedge == "more_than":
        return Interval(x, None, low_open=True)
    if hedge == "at_least":
        return Interval(x, None)
    if hedge == "less_than":
        return Interval(Fraction(0), x, high_open=True)
    if hedge == "at_most":
        return Interval(Fraction(0), x)
    return interval_for(x, hedge, tolerance)


def readings(
    amount: int | Fraction, hedge: str, tight: Fraction = TIGHT, strict: Fraction = STRICT
) -> dict[str, Interval]:
    """Both readings of one hedged figure, keyed "tight" and "strict"."""
    if type(tight) is Fraction and type(strict) is Fraction:
        tight_reading, strict_reading = remembered_readings(
            amount, hedge, tight.numerator, tight.denominator, strict.numerator, strict.denominator
        )
    else:  # a tolerance given otherwise (an int, a float) is read as it is
        tight_reading, strict_reading = both_readings(amount, hedge, tight, strict)
    return {"tight": tight_reading, "strict": strict_reading}


@functools.lru_cache(maxsize=1 << 16)
def remembered_readings(
    amount: int | Fraction, hedge: str, tight_n: int, tight_d: int, strict_n: int, strict_d: int
) -> tuple[Interval, Interval]:
    """NOTE: remembered: the checks ask for a figure's readings 2–3 times (as a part, as a
    whole, in a sum), and Fraction arithmetic is slow; Intervals are frozen, so sharing is
    safe, and the dict around them is new each call. The tolerances are keyed by their
    numerator and denominator: hashing a Fraction (Python code) cost more than the lookup."""
    return both_readings(amount, hedge, Fraction(tight_n, tight_d), Fraction(strict_n, strict_d))


def both_readings(
    amount: int | Fraction, hedge: str, tight: Fraction, strict: Fraction
) -> tuple[Interval, Interval]:
    return interval_for(amount, hedge, tight), strict_interval(amount, hedge, strict)


def total(intervals: list[Interval]) -> Interval:
    result = Interval(Fraction(0), Fraction(0))
    for interval in intervals:
        result = result + interval
    return result
