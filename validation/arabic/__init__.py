"""Numbers, amounts of money, hedges and dates as Arabic news text writes them.

>>> from validation.arabic import parse_amount, parse_date_text, render_en
>>> parse_amount("أكثر من 850 مليون دولار")
Amount(value=850000000, currency='USD', hedge='more_than', percent=False)
>>> from datetime import date
>>> parse_date_text("أكتوبر الماضي", date(2021, 6, 23))
('2020-10', 'month')
>>> render_en(269000000, "USD", "nearly")
'nearly $269 million'

Beyond plain «850 مليون دولار» it reads the forms whole newspaper articles write: Saudi
wire brackets «(2571) مليون ريال»; a bare ريال/جنيه/دينار in the currency of the country
the text names most (by name, adjective, capital or institution; `guess_country`); years
with an era «2014م», «1436هـ» (Hijri years become the Gregorian years they span, by the
hijridate package); spans «العام المالي 2014 - 2015» (``iso_end``); month pairs «آذار
(مارس)», «يونيو حزيران»; ordinal days «الأول من تموز»; weekdays «الخميس المقبل»; «قبل
ثلاثة أشهر»; «النصف الأول من العام»; hedges apart from their number «ما يزيد على مبلغ»;
and ranges «بين 5 و10 ملايين», read as two bounds hedged at_least and at_most.

The package keeps its words apart from the code that reads and writes them; each module
imports only those above it in this list, so there is no cycle:

    lexicon     the Arabic words, plain data (written as a reader writes them)
    text        folding (same-length copies whose offsets index the original), and
                the regex building blocks the readers are made of
    numbers     numerals, number words, scales, decimals, compounds
    money       currencies, and which country a text is about
    hedges      hedge phrases before and after a number
    quantities  a number with its currency or percent and hedges; brackets; ranges
    pegs        which riyal or dirham a bare word is, by a dollar restatement's fixed rate
    dates       numeric and named dates, relative dates, parts of a year
    hijri       Hijri days and months «13 جمادى الأولى 1444هـ» in Gregorian (hijridate)
    years       when a four-digit number is a year; Hijri years; spans of years
    phrases     the walk: every quantity and date in a text (`read_phrases`)
    quotes      the one amount or date a quote states (`parse_amount`, `parse_date_text`)
    render      the writers (`render_ar`, `render_en`)

This module re-exports each one's public names, loaded when first asked for (so reading
the lexicon or the writers, as the dashboard does, does not compile every reader); code in
the repository imports them from the module that owns them.
"""

from __future__ import annotations

import importlib

# Each re-exported name → the module that owns it.
OWNERS = {
    **dict.fromkeys(["DatePhrase"], "dates"),
    **dict.fromkeys(
        ["ABBREVIATIONS", "BARE_BASES", "BARE_CURRENCY_COUNTRIES", "CURRENCY_CODES",
         "CURRENCY_WORDS", "guess_country"],
        "money",
    ),
    **dict.fromkeys(["NUMBER_WORDS", "plain_number"], "numbers"),
    **dict.fromkeys(["Phrase", "read_phrases"], "phrases"),
    **dict.fromkeys(["Quantity"], "quantities"),
    **dict.fromkeys(["Amount", "parse_amount", "parse_date_text"], "quotes"),
    **dict.fromkeys(["HEDGE_EN", "render_ar", "render_en"], "render"),
    **dict.fromkeys(["TATWEEL", "fold", "normalise"], "text"),
}  # fmt: skip


def __getattr__(name: str):
    """``validation.arabic.parse_amount`` and the like, imported from their owner on first use."""
    owner = OWNERS.get(name)
    if owner is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{owner}"), name)


__all__ = [
    "ABBREVIATIONS",
    "BARE_BASES",
    "BARE_CURRENCY_COUNTRIES",
    "CURRENCY_CODES",
    "CURRENCY_WORDS",
    "HEDGE_EN",
    "NUMBER_WORDS",
    "TATWEEL",
    "Amount",
    "DatePhrase",
    "Phrase",
    "Quantity",
    "fold",
    "guess_country",
    "normalise",
    "parse_amount",
    "parse_date_text",
    "plain_number",
    "read_phrases",
    "render_ar",
    "render_en",
]
