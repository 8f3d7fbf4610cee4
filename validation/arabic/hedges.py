"""Hedge phrases around a number: «أكثر من 850 مليون», «ثلاثة أشخاص على الأقل».

A hedge before the number is looked for backwards from it, within a short window that
never reaches into the previous phrase, so reading stays linear in the text's length.
(What a hedge means as an interval is `validation.hedges`, not this module.)
"""

from __future__ import annotations

import re

from validation.arabic.lexicon import (
    HEDGE_FILLERS,
    HEDGE_VERBS_BEFORE_SUBJECT,
    HEDGE_WORDS_AFTER,
    HEDGE_WORDS_BEFORE,
)
from validation.arabic.text import (
    _END,
    _GAP,
    _LETTER,
    _OPEN_PARENTHESIS,
    _PREFIX,
    _SPACE,
    _START,
    _alternation,
    _key,
    _phrases,
    _words,
    _WordsBefore,
)


def _keys(table: dict[str, str]) -> dict[str, str]:
    """Each phrase, and a phrase opening with «ما» also written with «ما» glued to the next
    word («مايقرب من», «مالا يقل عن»), as hurried typing often does."""
    keys = {_key(p): name for name, ps in table.items() for p in _phrases(ps)}
    glued = {"ما" + k.removeprefix("ما "): n for k, n in keys.items() if k.startswith("ما ")}
    return {**keys, **glued}


_HEDGE_BEFORE_KEYS = _keys(HEDGE_WORDS_BEFORE)
_HEDGE_AFTER_KEYS = _keys(HEDGE_WORDS_AFTER)


_HEDGE_BEFORE = _WordsBefore(  # «ما يزيد على مبلغ 1.4 مليار», «أكثر من (2571) مليون»
    _START + _PREFIX + "?(?P<hedge>" + _alternation(_HEDGE_BEFORE_KEYS) + ")" + _END
    + "(?:" + _SPACE + _PREFIX + "?" + _alternation(_words(HEDGE_FILLERS)) + _END + ")?"
    + _GAP + r"\Z",
    [*_HEDGE_BEFORE_KEYS, *_words(HEDGE_FILLERS)],
)  # fmt: skip


# «تقدر بنحو 226 مليار», «يقدر بحوالي»: an estimate verb with its «ب» before a second
# «about» hedge is part of it; the verbs are those of the «… ب» hedges («تقدر بـ 5»).
_ESTIMATE_VERBS = [
    p.removesuffix(" ب") for p in _phrases(HEDGE_WORDS_BEFORE["about"]) if p.endswith(" ب")
]
_ESTIMATE_BEFORE = _WordsBefore(
    _START + _PREFIX + "?(?P<verb>" + _alternation(_ESTIMATE_VERBS) + ")" + _END + _GAP
    + r"بـ*+" + _GAP + r"\Z",
    ["ب"],
)  # fmt: skip
_ESTIMATE_WINDOW = 16  # characters: «ما يقدر بـ » and a little room


_HEDGE_AFTER = re.compile(_GAP + "(?P<hedge>" + _alternation(_HEDGE_AFTER_KEYS) + ")" + _END)
_COUNTED_NOUN = re.compile(_SPACE + _LETTER + "++")
_HEDGE_WINDOW = 60  # characters looked back for a hedge: the longest with room to spare


def _hedge_before(folded: str, start: int, floor: int) -> tuple[str, int] | None:
    """The hedge written right before ``start`` and where it begins, never before ``floor``."""
    opening = _OPEN_PARENTHESIS.search(folded, max(floor, start - 4), start)
    if opening:  # «ما يناهز (932.000.000 دولار )»: the hedge before the bracket
        start = opening.start()
    match = _HEDGE_BEFORE.search(folded, max(floor, start - _HEDGE_WINDOW), start)
    if match is None:
        return None
    hedge, begins = _HEDGE_BEFORE_KEYS[_key(match["hedge"])], match.start("hedge")
    if hedge == "about":
        verb = _ESTIMATE_BEFORE.search(folded, max(floor, begins - _ESTIMATE_WINDOW), begins)
        begins = verb.start("verb") if verb else begins
    return hedge, begins


_VERB_HEDGE_KEYS = _keys(HEDGE_VERBS_BEFORE_SUBJECT)
_VERB_BEFORE_SUBJECT = re.compile(  # «تجاوزت القروض المصروفة 3 مليارات»
    _START + _PREFIX + "?(?P<hedge>" + _alternation(_VERB_HEDGE_KEYS) + ")" + _END
    + "(?:" + _SPACE + _LETTER + "++" + _END + "){1,3}" + _SPACE + r"\Z"
)  # fmt: skip
_PREPOSITION_BEFORE = re.compile(  # the number governed by a preposition, not the verb
    _START + "(?:" + _alternation(["ب", "في", "من", "على", "إلى", "الى", "عن", "ل", "خلال",
                                   "بنسبة", "بمبلغ", "بقيمة"]) + ")ـ*+" + _SPACE + r"\Z"
)  # fmt: skip
_NEGATION_BEFORE = re.compile(_START + "[وف]?(?:لم|لا|لن)" + _SPACE + r"\Z")  # «ولم تتجاوز»
_VERB_WINDOW = 56  # characters: the verb and a subject of up to three words


def _hedge_of_verb(folded: str, start: int, floor: int) -> str | None:
    """The hedge of a verb before the subject of the sentence whose object is the number at
    ``start`` (HEDGE_VERBS_BEFORE_SUBJECT); the number's words stay its own."""
    match = _VERB_BEFORE_SUBJECT.search(folded, max(floor, start - _VERB_WINDOW), start)
    if match is None or _PREPOSITION_BEFORE.search(folded, match.end("hedge"), start):
        return None  # «تجاوزت الحكومة الأزمة بـ 5 مليارات»: by 5 billion, no bound
    hedge = _VERB_HEDGE_KEYS[_key(match["hedge"])]
    verb = match.start("hedge")
    if _NEGATION_BEFORE.search(folded, max(floor, verb - 8), verb):  # «لم تتجاوز الإيرادات 1.2»
        return "at_most" if hedge == "more_than" else None
    return hedge


def _hedge_after(folded: str, end: int, counted: bool) -> tuple[str, int] | None:
    """The hedge written right after a number that ends at ``end``, and where it ends; a
    count may have its noun in between: «ثلاثة أشخاص على الأقل»."""
    after = _HEDGE_AFTER.match(folded, end)
    if after is None and counted:
        noun = _COUNTED_NOUN.match(folded, end)
        after = noun and _HEDGE_AFTER.match(folded, noun.end())
    if not after:
        return None
    return _HEDGE_AFTER_KEYS[_key(after["hedge"])], after.end()
