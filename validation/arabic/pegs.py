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

# A rate within this of a peg is that peg: sums restated in dollars are rounded to three
# or four figures (1.38 bn / 368 m = 3.75), and the pegs lie 1% or more apart (AED 3.6725,
# QAR 3.64).
_TOLERANCE = 0.006
# Cheap test before reading the article again: a dollar inside brackets.
_MAYBE_CONVERTED = re.compile(r"\([^()\n]{0,40}دولار")
_BRACKET_BETWEEN = re.compile(r"[^\S\n]*\([^\S\n]*")  # «ريال (368 مليون دولار)»


def _opens_bracket(folded: str, end: int, start: int) -> bool:
    """Only a bracket opens between the two sums (or opens the second: «(368) مليون دولار»)."""
    return bool(
        _BRACKET_BETWEEN.fullmatch(folded, end, start)
        or (folded[start] == "(" and not folded[end:start].strip())
    )


def pegged_country(folded: str, among: Collection[str]) -> str | None:
    """The one country among ``among`` whose fixed dollar rate the article's own bare sums
    and their bracketed dollar amounts give, or None (no conversion, or no peg, or two)."""
    if not _MAYBE_CONVERTED.search(folded):
        return None
    from validation.arabic.phrases import read_phrases  # reads without guessing: no cycle

    found: set[str] = set()
    previous = None
    for phrase in read_phrases(folded):
        bare = getattr(previous, "bare", None)
        if (
            bare
            and getattr(phrase, "currency", None) == "USD"
            and previous.value
            and phrase.value
            and _opens_bracket(folded, previous.end, phrase.start)
        ):
            rate = float(previous.value) / float(phrase.value)
            found |= {
                country
                for country in among
                if bare in LOCAL_CURRENCIES.get(country, {})
                and country in DOLLAR_PEGS
                and abs(rate / DOLLAR_PEGS[country] - 1) <= _TOLERANCE
            }
        previous = phrase
    return found.pop() if len(found) == 1 else None
