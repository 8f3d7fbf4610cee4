"""Which country's riyal, dirham or dinar a bare word is, by the article's own conversion.

A Saudi grant to Yemen is counted in Saudi riyals while the article names Yemen most: the
name count (`money.guess_country`) would say Yemeni riyal. But wires restate the sum in
dollars, «1.38 مليار ريال (368 مليون دولار)», and 3.75 riyals a dollar is the Saudi riyal's
fixed rate, never the Yemeni one's. Only currencies held to the dollar for decades are
listed (`lexicon.DOLLAR_PEGS`), so a rate read in an article of any year identifies them.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from validation.arabic.lexicon import DOLLAR_PEGS, LOCAL_CURRENCIES
from validation.arabic.money import _guess_country_folded
from validation.arabic.numbers import _read_number
from validation.arabic.quantities import Quantity, _opening_of, _parenthesised, _read_quantity

# A rate within this of a peg is that peg: sums restated in dollars are rounded to three
# or four figures (1.38 bn / 368 m = 3.75), and the pegs lie 1% or more apart (AED 3.6725,
# QAR 3.64).
_TOLERANCE = 0.006
# A bracket whose first figure is followed, inside it, by «دولار».
_CONVERSION = re.compile(r"\((?P<lead>[^()\n0-9٠-٩]{0,12})(?=[0-9٠-٩][^()\n]{0,30}دولار)")
# Where the restated sum may start: a word, a figure (also after «و» or «بـ»), a bracket.
_SUM_START = re.compile(r"(?:(?<=[\sـ])|^)[^\s(]|(?<![0-9٠-٩.,])[0-9٠-٩]")
_REACH = 60  # characters before the bracket where the restated sum may start


def country_of_bare(folded: str, among: Collection[str]) -> str | None:
    """The country whose currency a bare word takes (of ``among``, those with such a word):
    the one the article's restatement in dollars pegs, else the one it names most (or
    writes money as), else None."""
    return pegged_country(folded, among) or _guess_country_folded(folded, among)


def pegged_country(folded: str, among: Collection[str]) -> str | None:
    """The one country among ``among`` whose fixed dollar rate the article's bare sums and
    their bracketed dollar amounts give, or None (no conversion, no peg, or two)."""
    found: set[str] = set()
    for bracket in _CONVERSION.finditer(folded):
        dollars = _read_quantity(folded, bracket.end(), bracket.start(), None)
        sum_ = _sum_before(folded, bracket.start())
        if dollars is None or dollars.currency != "USD" or not dollars.value or sum_ is None:
            continue
        rate = float(sum_.value) / float(dollars.value)
        found |= {
            country
            for country in among
            if sum_.bare in LOCAL_CURRENCIES.get(country, {})
            and country in DOLLAR_PEGS
            and abs(rate / DOLLAR_PEGS[country] - 1) <= _TOLERANCE
        }
    return found.pop() if len(found) == 1 else None


def _sum_before(folded: str, bracket: int) -> Quantity | None:
    """The longest sum with a bare currency word that ends right before the bracket."""
    end = len(folded[:bracket].rstrip())
    floor = max(0, end - _REACH)
    for start in _SUM_START.finditer(folded, floor, end):
        found = _read_sum(folded, start.start())
        if found is not None and found.end == end and found.bare and found.value:
            return found
    return None


def _read_sum(folded: str, start: int) -> Quantity | None:
    """The sum written at ``start``, a Saudi wire's «(375) مليون ريال» too, as the walk
    (`phrases`) reads it."""
    if folded[start].isdigit():
        bracketed = _parenthesised(folded, start, start - 4, _read_number(folded, start))
        if bracketed:
            opening = _opening_of(folded, start, start - 4)
            return _read_quantity(folded, opening, opening, None, bracketed)
    return _read_quantity(folded, start, start, None)
