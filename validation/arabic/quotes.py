"""What one quote states: the one amount (`parse_amount`) or the one date
(`parse_date_text`) a figure's or an event's quote holds, or a plain-words error.

The provenance check and `factdesk new` read quotes through these, so a quote is read
exactly as the extractor reads the article it comes from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache

from validation.arabic.dates import DatePhrase
from validation.arabic.numbers import _MAX_DIGITS, plain_number
from validation.arabic.phrases import read_phrases
from validation.arabic.quantities import Quantity
from validation.arabic.text import fold


@dataclass(frozen=True)
class Amount:
    """What a figure's quote states: value (int when whole), ISO currency, hedge; and
    ``bare``, the base word (pound, dinar…) of a currency the quote names without its
    country («7 مليارات جنيه»), which the article's country resolves."""

    value: int | Decimal
    currency: str | None
    hedge: str
    percent: bool = False
    bare: str | None = field(default=None, repr=False, compare=False)


def parse_amount(
    text: str,
    default_country: str | None = None,
    decimal_comma: bool | None = None,
    grouping_point: bool | None = None,
) -> Amount:
    """The one amount a quote states; ValueError when it states none or several.
    ``decimal_comma``: the quote's article writes a decimal comma before a scale word, so
    «19,452 مليار» in it is 19.452 billion (`read_phrases`); None lets the quote decide.
    ``grouping_point``: the article writes decimals with «ر», so «2.022 مليار» is 2,022 billion.

    >>> parse_amount("ما يقرب من ١١ مليون دولار")
    Amount(value=11000000, currency='USD', hedge='nearly', percent=False)
    """
    reading = amount_reading(text, default_country, decimal_comma, grouping_point)
    if isinstance(reading, str):
        raise ValueError(reading)
    return reading


@lru_cache(maxsize=1 << 16)
def amount_reading(
    text: str,
    default_country: str | None,
    decimal_comma: bool | None = None,
    grouping_point: bool | None = None,
) -> Amount | str:
    """parse_amount's answer, or its error's words. NOTE: remembered, as date_reading is: a
    figure written back («170 ألف», «66٪») is read again, and such words come back across
    an archive; Amounts are frozen, so sharing one is safe."""
    try:
        return read_amount(text, default_country, decimal_comma, grouping_point)
    except ValueError as error:
        return str(error)


def read_amount(
    text: str,
    default_country: str | None,
    decimal_comma: bool | None = None,
    grouping_point: bool | None = None,
) -> Amount:
    phrases = read_phrases(
        text, None, default_country, decimal_comma=decimal_comma, grouping_point=grouping_point
    )
    found = [p for p in phrases if isinstance(p, Quantity)]
    if not found:
        raise ValueError(f"no amount in «{text}»: it states no number")
    if len(found) > 1:
        listed = ", ".join(f"«{text[q.start : q.end]}»" for q in found)
        raise ValueError(f"more than one amount in «{text}»: {listed}")
    (quantity,) = found
    if quantity.value is None:
        raise ValueError(f"«{text}» is a run of more than {_MAX_DIGITS} digits, not an amount")
    return Amount(
        plain_number(quantity.value),
        quantity.currency,
        quantity.hedge,
        quantity.percent,
        quantity.bare,
    )


def parse_date_text(text: str, reference: date | None = None) -> tuple[str | None, str]:
    """(ISO date or None, precision) of the one date a phrase states.

    A bare year («2011») counts as a date here, where the phrase is known to be one.
    Relative phrases need ``reference``; without it the date is None, precision
    "relative". ValueError when the phrase states no date, several, or no real day.

    >>> parse_date_text("24 ديسمبر المقبل", date(2021, 6, 23))
    ('2021-12-24', 'day')
    """
    reading = date_reading(text, reference)
    if isinstance(reading, str):
        raise ValueError(reading)
    return reading


@lru_cache(maxsize=1 << 16)
def date_reading(text: str, reference: date | None) -> tuple[str | None, str] | str:
    """parse_date_text's answer, or its error's words. NOTE: remembered: the same words come
    back (a year, «العام الماضي» against the same publication day, one event's date in
    several rows), and reading them walks the whole phrase grammar."""
    try:
        return read_date_text(text, reference)
    except ValueError as error:
        return str(error)


# «من» that opens a span of years in its sentence and stays outside the span's quote.
_SPAN_OPENER = "من "


def read_date_text(text: str, reference: date | None) -> tuple[str | None, str]:
    phrases = _span_of_years(text, reference) or list(read_phrases(text, reference, strict=True))
    dates = [p for p in phrases if isinstance(p, DatePhrase)]
    if not dates and len(phrases) == 1:
        quantity = phrases[0]
        written = fold(text[quantity.start : quantity.end]).strip()
        if quantity.hedge == "exact" and written.isdigit() and len(written) == 4:
            return written, "year"
    if not dates:
        raise ValueError(f"no date in «{text}»")
    if len(dates) > 1:
        listed = ", ".join(f"«{text[d.start : d.end]}»" for d in dates)
        raise ValueError(f"more than one date in «{text}»: {listed}")
    return dates[0].iso, dates[0].precision


def _span_of_years(text: str, reference: date | None) -> list[DatePhrase] | None:
    """«2012 إلى 2016» read whole, as the extractor read it in «من 2012 إلى 2016»: the
    «من» that makes two years a span stays outside the event's quote, and without it the
    quote alone would read as the number 2012 and the year 2016. None unless the quote is
    exactly one span of years once that «من» is put back."""
    if not fold(text).strip()[:4].isdigit():
        return None
    shift = len(_SPAN_OPENER)
    try:
        phrases = list(read_phrases(_SPAN_OPENER + text, reference, strict=True))
    except ValueError:  # the quote's own reading says why, in the quote's own words
        return None
    if len(phrases) != 1 or not isinstance(phrases[0], DatePhrase):
        return None
    span = phrases[0]
    if span.iso_end is None or span.start != shift or span.end != len(text.rstrip()) + shift:
        return None
    return [span]
