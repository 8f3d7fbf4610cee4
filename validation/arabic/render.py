"""The writers: an amount, its currency and hedge as an Arabic (`render_ar`) or English
(`render_en`) newspaper writes them. Every phrase `render_ar` writes reads back as the
same amount (tests/test_arabic.py), which the synthetic archive relies on.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from decimal import Decimal

from validation.arabic.lexicon import (
    BASE_AR,
    BASE_DEFAULT,
    COUNTRY_ADJECTIVES,
    HEDGE_AR,
    LOCAL_CURRENCIES,
    SCALES_AR,
    SYMBOLS,
)
from validation.arabic.numbers import plain_number
from validation.hedges import WORDS_EN
from validation.vocab import HEDGES

HEDGE_EN = WORDS_EN  # the English words of each hedge (validation/hedges.py)
_SCALES_EN = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))
_SYMBOL_OF = {code: symbol for symbol, code in SYMBOLS.items()}


def _as_decimal(amount: object) -> Decimal:
    """Any number a table cell may hold (int, float, numpy) as an exact decimal."""
    return amount if isinstance(amount, Decimal) else Decimal(str(amount))


def _count(amount: Decimal, scales: Iterable[int]) -> tuple[Decimal, int | None]:
    """(how many, scale) so that how many × scale is the amount to three decimals at most."""
    for scale in scales:
        count = amount / scale
        if count >= 1 and count * 1000 == (count * 1000).to_integral_value():
            whole = count == count.to_integral_value()
            if scale == 10**3 and not (whole and count != 2):
                continue  # «2000 دولار», «1500 دولار»: thousands only as whole counts
            return count.normalize(), scale
    return amount.normalize(), None


def _digits(count: Decimal, grouped: bool = False) -> str:
    value = plain_number(count)
    return f"{value:,}" if grouped else f"{value}"


@functools.cache
def _currency_ar(code: str, plural: bool) -> str:
    """The base word, and the country's adjective unless the word alone means the code
    (remembered: a scan of every country's currencies, asked once per figure read back)."""
    for country, local in LOCAL_CURRENCIES.items():
        for base, local_code in local.items():
            if local_code == code and base != "sterling":
                singular, many, feminine = BASE_AR[base]
                noun = many if plural else singular
                if BASE_DEFAULT.get(base) == code:
                    return noun
                adjective = COUNTRY_ADJECTIVES[country].split()[0]
                return f"{noun} {adjective}{'ة' if plural or feminine else ''}"
    for base, default in BASE_DEFAULT.items():
        if default == code:
            return BASE_AR[base][1 if plural else 0]
    return code


def render_ar(amount: object, currency: str | None = None, hedge: str = "exact") -> str:
    """The amount as an Arabic newspaper writes it.

    >>> render_ar(269000000, "USD", "nearly")
    'ما يقرب من 269 مليون دولار'
    """
    if hedge not in HEDGES:
        raise ValueError(f"unknown hedge {hedge!r}: one of {', '.join(HEDGES)}")
    count, scale = _count(_as_decimal(amount), (s for s, _, _ in SCALES_AR))
    few = count == count.to_integral_value() and 3 <= count <= 10  # 3 ملايين, 10 دولارات
    words = [HEDGE_AR[hedge]]
    if scale is None:
        words.append(_digits(count))
    else:
        singular, plural = next((s, p) for size, s, p in SCALES_AR if size == scale)
        words += [singular] if count == 1 else [_digits(count), plural if few else singular]
    if currency:
        words.append(_currency_ar(currency, plural=few and scale is None))
    return " ".join(w for w in words if w)


def render_en(amount: object, currency: str | None = None, hedge: str = "exact") -> str:
    """The amount as an English newspaper writes it.

    >>> render_en(850000000, "USD", "more_than")
    'more than $850 million'
    """
    if hedge not in HEDGES:
        raise ValueError(f"unknown hedge {hedge!r}: one of {', '.join(HEDGES)}")
    count, scale = _count(_as_decimal(amount), (s for s, _ in _SCALES_EN))
    number = _digits(count, grouped=scale is None)
    if scale is not None:
        number += " " + dict(_SCALES_EN)[scale]
    if currency in _SYMBOL_OF:
        number = _SYMBOL_OF[currency] + number
    elif currency:
        number = f"{currency} {number}"
    return f"{HEDGE_EN[hedge]} {number}".strip()
