"""Every number, amount, percent and date in an Arabic text, with its exact place.

>>> [(m.kind, m.text, m.value, m.hedge) for m in extract("أنفقت أكثر من 850 مليون دولار")]
[('amount', 'أكثر من 850 مليون دولار', 850000000, 'more_than')]

Offsets index the text as a Python ``str`` (code points), 0-based, end-exclusive, so
``text[m.start:m.end] == m.text`` always; mentions come sorted and never overlap. The
reading itself is `validation.arabic.read_phrases`; this module names each phrase's
kind and gives it the shape of the SPEC's ``factdesk extract`` output.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from validation.arabic.dates import DatePhrase
from validation.arabic.numbers import plain_number
from validation.arabic.phrases import read_phrases
from validation.arabic.quantities import Quantity
from validation.jsontext import indented

KINDS = ("amount", "percent", "number", "date", "year")


@dataclass(frozen=True)
class Mention:
    """One quantity or date as the text states it.

    ``kind`` is amount (a currency or a scale word: «850 مليون دولار», «3 ملايين»), percent
    (value as written: 50.5 for «50.5٪»), number (digits or number words alone, labels
    like «برلين 2» included), date, or year (a year standing alone: «عام 2011»).
    ``hedge`` is set for quantities, ``date`` and ``precision`` for dates and years;
    ``date_end`` is the last year, month or day of a span: «2015 - 2016», «العام المالي
    2014/2015», «1436هـ» (Hijri years straddle two Gregorian ones), «النصف الأول من 2015»,
    «1 يناير وحتى 30 يونيو 2025», «من جانفي إلى أكتوبر 2018», «بين عامي 2015 و2017».
    A range of amounts («بين 5 و10 ملايين») is two amounts, hedged at_least and at_most.
    """

    kind: str
    text: str
    start: int
    end: int
    value: int | Decimal | None = None
    currency: str | None = None
    hedge: str | None = None
    date: str | None = None
    precision: str | None = None
    date_end: str | None = None


def _kind(quantity: Quantity) -> str:
    if quantity.percent:
        return "percent"
    return "amount" if quantity.money or quantity.scaled else "number"


def _kind_of(phrase: Quantity | DatePhrase) -> str:
    return phrase.kind if isinstance(phrase, DatePhrase) else _kind(phrase)


def _mention(text: str, phrase: Quantity | DatePhrase) -> Mention:
    words = text[phrase.start : phrase.end]
    if isinstance(phrase, DatePhrase):
        return Mention(
            _kind_of(phrase),
            words,
            phrase.start,
            phrase.end,
            date=phrase.iso,
            precision=phrase.precision,
            date_end=phrase.iso_end,
        )
    value = None if phrase.value is None else plain_number(phrase.value)
    return Mention(
        _kind_of(phrase), words, phrase.start, phrase.end, value, phrase.currency, phrase.hedge
    )


def extract(
    text: str, reference_date: date | None = None, default_country: str | None = None
) -> list[Mention]:
    """Every mention in ``text``, sorted by start.

    ``reference_date`` (the publication day) dates «أمس» and «أكتوبر الماضي»; without it
    they have precision "relative" and no date. ``default_country`` (ISO 3166 alpha-2)
    is the country the text is about: it gives a bare دينار or جنيه its currency; without
    it, the country the text names most (by name, adjective, capital or institution)
    among those with such a currency does (see `validation.arabic.guess_country`), and
    with no such country the currency stays None.
    """
    phrases = read_phrases(text, reference_date, default_country, guess_currency=True)
    return [_mention(text, p) for p in phrases]


def places(text: str, reference_date: date | None = None) -> list[tuple[str, int, int]]:
    """(kind, start, end) of every mention ``extract(text, reference_date)`` finds, in the
    same order, without reading values: what the coverage check asks (making each Mention,
    with its value, was a tenth of reading an article)."""
    phrases = read_phrases(text, reference_date, None, guess_currency=True)
    return [(_kind_of(p), p.start, p.end) for p in phrases]


def _json_number(value: int | Decimal | None) -> int | float | None:
    return float(value) if isinstance(value, Decimal) else value


def mentions_to_json(mentions: list[Mention]) -> list[dict]:
    """The mentions as ``factdesk extract --format json`` prints them (SPEC, "Commands")."""
    return [
        {
            "kind": m.kind,
            "text": m.text,
            "start": m.start,
            "end": m.end,
            "value": _json_number(m.value),
            "currency": m.currency,
            "hedge": m.hedge,
            "date": m.date,
            "precision": m.precision,
            "date_end": m.date_end,
        }
        for m in mentions
    ]


def mentions_json_text(mentions: list[Mention]) -> str:
    """The JSON text ``factdesk extract`` prints: json.dumps(ensure_ascii=False, indent=2)'s
    very bytes, by orjson when it writes them alike (`validation.jsontext`), as it does for
    every field but ``value``: kind, text and the rest are str or None, start and end ints
    (json's encoder took a third of the command's time on a 4 MB text)."""
    rows = mentions_to_json(mentions)
    return indented(rows, unplain=[row["value"] for row in rows])
