"""A number with its unit and hedges: the `Quantity` the extractor reports.

Beyond «850 مليون دولار» it reads Saudi wire brackets «(2571) مليون ريال», a percent sign
typed first «%50», cents «20 دولار و43 سنت», and ranges «بين 5 و10 ملايين», read as two
bounds hedged at_least and at_most.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from validation.arabic.hedges import _hedge_after, _hedge_before, _hedge_of_verb
from validation.arabic.lexicon import (
    CARRY_BLOCKERS,
    CARRY_LEADS,
    CARRY_NEXT_WORDS,
    COUNTED_NOUNS,
    COUNTED_PLURALS,
    COUNTED_SINGULARS,
    HEDGE_FILLERS,
    RANGE_OPENERS,
    RANGE_VERBS,
    SYMBOLS,
)
from validation.arabic.money import (
    _SCALE_GLOSS,
    _SYMBOL_FIRST,
    _read_cents,
    _read_currency,
    _read_million_dinars,
)
from validation.arabic.numbers import (
    _SCALE_ROLES,
    _compound,
    _follows,
    _group,
    _Number,
    _read_number,
    _token,
)
from validation.arabic.text import (
    _AND,
    _CLOSE_PARENTHESIS,
    _END,
    _GAP,
    _LETTER,
    _OPEN_PARENTHESIS,
    _PREFIX,
    _SPACE,
    _START,
    TATWEEL,
    _alternation,
    _key,
    _words,
    _WordsBefore,
)


# NOTE: never changed once made (`replace` makes a new one), yet not frozen: a frozen
# dataclass takes three times as long to make, and a 4 MB text makes 20,000 of these.
@dataclass(slots=True)
class Quantity:
    """A number as the text states it: value (None if too long to be one), unit, hedge."""

    start: int
    end: int
    value: Decimal | None
    currency: str | None = None
    hedge: str = "exact"
    percent: bool = False
    scaled: bool = False  # a scale word (مليون) was part of it
    money: bool = False  # a currency was named, even one we cannot resolve (10 جنيه)
    bare: str | None = None  # a bare جنيه/دينار/ريال… left unresolved: its base word


_ARTICLE_BEFORE_DIGIT = re.compile(r"الـ*+(?=[0-9])")
_TO = re.compile(_GAP + r"(?:الي|اليـ*+)" + _END)  # «بين 750 إلى 800 مليون»
_PERCENT = re.compile(_GAP + r"(?:[%٪]|(?:ب|في" + _SPACE + r")ال(?:مئه|مائه|ميه)" + _END + ")")


_RANGE_OPENER = _WordsBefore(  # «بين 5 و10 ملايين»
    _START + _PREFIX + "?(?P<opener>" + _alternation(_words(RANGE_OPENERS)) + ")" + _END
    + "(?:" + _SPACE + _alternation(_words(HEDGE_FILLERS)) + _END + ")?" + _GAP + r"\Z",
    [*_words(RANGE_OPENERS), *_words(HEDGE_FILLERS)],
)  # fmt: skip


_LAST_WORD = re.compile(r"\S++\Z")
_FROM_OPENER = _WordsBefore(  # «من 240 إلى 455 مليون»: a change, or after «تتراوح» a range
    _START + _PREFIX + "?(?P<opener>من)" + _END + _GAP + r"\Z", ["من"]
)
_RANGING = re.compile(_alternation(_words(RANGE_VERBS)))  # inside a word: «وتتراوح»
_RANGING_WINDOW = 40  # characters before «من»: «وتتراوح الرواتب الشهرية للموظفين من»


# Quotation marks a wire sets around a number, either way round in right-to-left text.
_QUOTES = '"“”«»'
_OPEN_QUOTE = re.compile("[" + _QUOTES + "]" + _GAP + r"\Z")
_CLOSE_QUOTE = re.compile(_GAP + "[" + _QUOTES + "]")
_OPENER = re.compile(r"[(" + _QUOTES + "]" + _GAP + r"\Z")


def _opening_of(folded: str, start: int, floor: int) -> int:
    """Where the bracket or quote before the number at ``start`` opens (it is there)."""
    return _OPENER.search(folded, max(floor, start - 4), start).start()


def _parenthesised(folded: str, start: int, floor: int, number: _Number) -> _Number | None:
    """«(2571) مليون ريال», Saudi wire style: the number in brackets, its scale outside."""
    if number.value is None or number.scaled:
        return None
    window = max(floor, start - 4)
    opening = _OPEN_PARENTHESIS.search(folded, window, start)
    closing = _CLOSE_PARENTHESIS.match(folded, number.end)
    quoted = opening is None or closing is None
    if quoted:  # «"2ر3" مليار ريال», Omani wire style: quotes instead of brackets
        opening = _OPEN_QUOTE.search(folded, window, start)
        closing = _CLOSE_QUOTE.match(folded, number.end)
        if opening is None or closing is None:
            return None
    scale = _token(folded, closing.end())
    if _follows(scale, *_SCALE_ROLES):
        scaled = _compound(folded, number.value * scale.value, scale)
        return replace(scaled, numeral=None)
    if quoted:  # a quoted number with no scale after it is a name or a title
        return None
    after = closing.end()
    if _read_currency(folded, after, None)[1] > after or _PERCENT.match(folded, after):
        return _Number(number.value, after)
    return None


def _percent_sign_before(folded: str, start: int, floor: int) -> bool:
    """«%50»: right-to-left keyboards often put the sign first in the stored text."""
    sign = start - 1
    return sign >= floor and folded[sign] in "%٪" and not folded[sign - 1 : sign].isdigit()


def _read_quantity(
    folded: str,
    start: int,
    floor: int,
    default_country: str | None,
    number: _Number | None = None,
) -> Quantity | None:
    """Sign, number, scale, currency or percent, cents and the hedges on either side."""
    currency, percent, money, bare, pos, million = None, False, False, None, start, None
    symbol = _SYMBOL_FIRST.match(folded, pos)
    if symbol:
        currency, money, pos = SYMBOLS[symbol["symbol"]], True, symbol.end()
    if number is None:
        number = _read_number(folded, pos)
    if number is None:
        return None
    value, end = number.value, number.end
    if value is None:
        return Quantity(start, end, None)
    gloss = _SCALE_GLOSS.match(folded, end) if number.scaled else None
    if gloss:  # «72.4 مليار (بليون)»: the scale and its other name, one quantity
        end = gloss.end()
    number_end = end
    if currency is None and _percent_sign_before(folded, start, floor):
        start, percent = start - 1, True
    if currency is None and not percent:
        sign = _PERCENT.match(folded, end)
        if sign:
            percent, end = True, sign.end()
        else:
            currency, end, bare = _read_currency(folded, end, default_country)
            million = None if end > number_end else _read_million_dinars(folded, pos, end)
            if million:  # «645 م د»: Tunisian dinars, in millions
                (factor, end), currency = million, "TND"
                value *= factor
            money = end > number_end
            if money:
                cents, end = _read_cents(folded, end)
                value += cents
    hedge = "exact"
    after = _hedge_after(folded, end, counted=not (money or percent))
    if after:
        hedge, end = after
    before = _hedge_before(folded, start, floor)
    if before is None and hedge == "exact":
        hedge = _hedge_of_verb(folded, start, floor) or hedge
    if before:
        hedge, start = before
        closing = _CLOSE_PARENTHESIS.match(folded, end) if "(" in folded[start:end] else None
        if closing and ")" not in folded[start:end]:  # «ما يناهز (932.000.000 دولار )»
            end = closing.end()
    scaled = number.scaled or bool(million)
    return Quantity(start, end, value, currency, hedge, percent, scaled, money, bare)


def _scale_of(folded: str, quantity: Quantity) -> Decimal | None:
    """The scale word's value in «10 ملايين»: what a bare «5» before «و10 ملايين» takes."""
    token = _token(folded, quantity.start)
    group = _group(folded, token) if token and not token.joined else None
    if group is None:
        return None
    scale = _token(folded, group[1])
    return scale.value if _follows(scale, *_SCALE_ROLES) else None


def _read_range(
    folded: str, first: Quantity, floor: int, default_country: str | None
) -> tuple[Quantity, Quantity] | None:
    """«بين 5 و10 ملايين دولار», «تتراوح من 5 إلى 10 ملايين»: two amounts, the first
    at_least, the second at_most. Without «تتراوح», «من 240 إلى 455 مليون يورو» is a change
    (as news writes «ارتفعت … من … إلى», the verb often far back or left out): two exact
    amounts, before and after, «من» outside the first."""
    # NOTE: a range is two mentions, one per bound, so each keeps its own exact span and
    # every hedge stays one of the SPEC's seven; the first bound borrows the scale,
    # currency and percent sign written only once, after the second.
    if first.hedge != "exact" or first.value is None:
        return None
    opener = _RANGE_OPENER.search(folded, max(floor, first.start - 20), first.start)
    joined = _AND.match(folded, first.end) or _TO.match(folded, first.end)
    change = from_to = False
    if opener is None and _TO.match(folded, first.end):
        opener = _FROM_OPENER.search(folded, max(floor, first.start - 8), first.start)
        reach = max(floor, opener.start() - _RANGING_WINDOW) if opener else 0
        change = opener is not None and not _RANGING.search(folded, reach, opener.start())
        from_to = True
    if opener is None or joined is None:
        return None
    start = joined.end()
    while start < len(folded) and folded[start] in " \t" + TATWEEL:
        start += 1
    article = _ARTICLE_BEFORE_DIGIT.match(folded, start)  # «بين الـ20 والـ50 ألف دولار»
    start = article.end() if article else start
    second = _read_quantity(folded, start, first.end, default_country)
    if second is None or second.value is None or second.hedge != "exact":
        return None
    if from_to and not (second.money or second.percent or second.scaled):
        return None  # «من 1 إلى 5 يوليو», «من 5 إلى 7 مدارس»: read as they were
    value = first.value
    if not (first.money or first.percent or first.scaled) and second.scaled:
        scale = _scale_of(folded, second)
        if scale is None:
            return None
        value *= scale
    if not (first.money or first.percent):
        first = replace(
            first,
            currency=second.currency,
            money=second.money,
            percent=second.percent,
            bare=second.bare,
            scaled=first.scaled or second.scaled,
        )
    if change:
        return replace(first, value=value), second
    # «ما بين 250 و300 مليون»: the bound opens at «بين», «ما» before it being no part of it
    opening = opener.start("opener")
    if _key(opener["opener"]).startswith("ما "):
        opening += _LAST_WORD.search(opener["opener"]).start()
    first = replace(first, start=opening, value=value, hedge="at_least")
    return first, replace(second, hedge="at_most")


_CARRY_NEXT = re.compile(  # what may follow an amount that takes an earlier currency
    # «و14.5 مليار الإنفاق الفعلي»: a word with «ال» is what the sum is, never what it
    # counts (a counted noun after a number is indefinite: «5 ملايين شخص»)
    _GAP + r"(?:[،,.؛;:()\-–»\"'”]|\Z|\n|لـ*+لـ*+" + _LETTER + "|وـ*+" + _LETTER + "|ال" + _LETTER
    + "|"
    + _alternation(_words(CARRY_NEXT_WORDS)) + _END + ")"
)  # fmt: skip
_CARRY_WINDOW = 300  # characters: a sentence rarely runs longer, and reading stays linear
_SENTENCE_END = re.compile(r"[.!?؟][^0-9]|\n")
_BLOCKER = "(?:ال)?" + _alternation(_words(CARRY_BLOCKERS)) + _END
_CARRY_BLOCKER = re.compile(_START + _BLOCKER)
_CARRY_BLOCKER_AFTER = re.compile(  # «و20 مليون المواطنين»: people, not money
    _GAP + "(?:من" + _SPACE + ")?(?:[وبل]ـ*+)?(?:ال)?"
    + _alternation([*_words(CARRY_BLOCKERS), *_words(COUNTED_PLURALS), *COUNTED_NOUNS.split(),
                    *_words(COUNTED_SINGULARS)])
    + _END
)  # fmt: skip
_CARRY_LEAD = _WordsBefore(  # «ارتفاعا من 5.6 مليار», «منها حوالي 16 مليار», «بواقع …»
    _START + _PREFIX + "?" + _alternation(_words(CARRY_LEADS)) + _END + _GAP + r"\Z",
    _words(CARRY_LEADS),
)
_CARRY_LEAD_WINDOW = 16  # characters before the amount (and its hedge): «من بينها»


def _carry_currency(folded: str, quantity: Quantity, money: Quantity | None) -> Quantity:
    """«بقيمة 40 مليار دولار، منها 17 مليار»: a scaled amount without a currency takes the
    currency of ``money``, the last amount of money before it, when both stand in one
    sentence and nothing says the later one counts something else («30 مليون نسمة»): the
    word after it is one a sum takes (CARRY_NEXT_WORDS), or a lead-in before it ties it to
    the sum («ارتفاعا من 5.6 مليار كانت», «بواقع ثلاثة مليارات كل عام»)."""
    if (
        money is None
        or not quantity.scaled
        or quantity.money
        or quantity.percent
        or quantity.value is None
        or quantity.start - money.end > _CARRY_WINDOW
        or _SENTENCE_END.search(folded, money.end, quantity.start)
        or _CARRY_BLOCKER.search(folded, money.end, quantity.start)
        or _CARRY_BLOCKER_AFTER.match(folded, quantity.end)
        or not (
            _CARRY_NEXT.match(folded, quantity.end)
            or _CARRY_LEAD.search(
                folded, max(money.end, quantity.start - _CARRY_LEAD_WINDOW), quantity.start
            )
        )
    ):
        return quantity
    return replace(quantity, currency=money.currency, money=True, bare=money.bare)


def _carry_currency_to_range(
    folded: str, bounds: tuple[Quantity, Quantity], money: Quantity | None
) -> tuple[Quantity, Quantity]:
    """«ما بين 250 و300 مليون منها» after «400 مليون شيقل»: the currency the sentence
    carries to the second bound is the first's too, as a currency written after the second
    is (`_read_range`)."""
    first, second = bounds
    second = _carry_currency(folded, second, money)
    if first.money or first.percent or not second.money or second is bounds[1]:
        return first, second
    return replace(first, currency=second.currency, money=True, bare=second.bare), second


_VERSUS_BEFORE = re.compile(_START + "(?:و)?مقابل" + _END + _GAP + r"\Z")  # «… مقابل 636,2»
_VERSUS_WINDOW = 80  # characters from the amount compared with: «… في سنة 2017، مقابل»
_FIRST_DIGIT = re.compile(r"[0-9]")
_VERSUS_NEXT = re.compile(  # what may follow the bare number: a stop, or when it was
    _GAP + r"(?:[.,،؛:)\-–]|$|(?:[وفل]ـ*+)?(?:" + _alternation(
        ["في", "خلال", "قبل", "العام", "عام", "سنة", "السنة", "الشهر", "الفترة", "نهاية",
         "فقط", "سنويا", "شهريا", "حسب", "وفق", "بحسب"]
    ) + ")" + _END + ")",
    re.MULTILINE,
)  # fmt: skip


def _carry_scale(folded: str, quantity: Quantity, money: Quantity | None) -> Quantity:
    """«685 مليار درهم مقابل 636,2 في سنة 2016»: a bare number right after «مقابل», set
    against an amount of money with a scale in its sentence, is that scale and currency,
    when it is of the same size (a fifth to five times the amount's own number); else it
    stays a number («مقابل 3 في المائة», «مقابل 12 شركة» are caught by their words)."""
    if (
        money is None
        or not money.scaled
        or money.value is None
        or quantity.scaled
        or quantity.money
        or quantity.percent
        or quantity.value is None
        or quantity.start - money.end > _VERSUS_WINDOW
        or not _VERSUS_BEFORE.search(folded, max(money.end, quantity.start - 12), quantity.start)
        or _SENTENCE_END.search(folded, money.end, quantity.start)
        or _CARRY_BLOCKER.search(folded, money.end, quantity.start)
        or not _VERSUS_NEXT.match(folded, quantity.end)
        or (quantity.value == int(quantity.value) and 1900 <= quantity.value <= 2100)  # a year
    ):
        return quantity
    digit = _FIRST_DIGIT.search(folded, money.start, money.end)
    scale = _scale_of(folded, replace(money, start=digit.start())) if digit else None
    if not scale or not money.value / 5 <= quantity.value * scale <= money.value * 5:
        return quantity
    return replace(
        quantity,
        value=quantity.value * scale,
        currency=money.currency,
        scaled=True,
        money=True,
        bare=money.bare,
    )
