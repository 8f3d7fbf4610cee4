"""validation/arabic/render.py: amounts written back as newspapers write them, and read back
the same by the readers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import LIBYA
from validation.arabic.lexicon import HEDGE_AR
from validation.arabic.money import CURRENCY_CODES
from validation.arabic.quotes import Amount, parse_amount
from validation.arabic.render import render_ar, render_en
from validation.vocab import HEDGES

ARTICLE = (LIBYA / "source.txt").read_text(encoding="utf-8")
D = Decimal

ARTICLE_FIGURES = [
    (850_000_000, "USD", "more_than", "أكثر من 850 مليون دولار", "more than $850 million"),
    (605_000_000, "USD", "exact", "605 مليون دولار", "$605 million"),
    (269_000_000, "USD", "nearly", "ما يقرب من 269 مليون دولار", "nearly $269 million"),
    (11_000_000, "USD", "nearly", "ما يقرب من 11 مليون دولار", "nearly $11 million"),
]


@pytest.mark.parametrize(("value", "currency", "hedge", "arabic", "english"), ARTICLE_FIGURES)
def test_the_articles_figures_are_written_back_as_the_article_writes_them(
    value, currency, hedge, arabic, english
):
    assert render_ar(value, currency, hedge) == arabic
    assert render_en(value, currency, hedge) == english
    assert arabic in ARTICLE
    assert parse_amount(arabic) == Amount(value, currency, hedge)


@pytest.mark.parametrize(
    ("value", "currency", "hedge", "arabic", "english"),
    [
        (1_300_000_000, "USD", "exact", "1.3 مليار دولار", "$1.3 billion"),
        (3_000_000, "EUR", "about", "نحو 3 ملايين يورو", "about €3 million"),
        (1_000_000, "USD", "exact", "مليون دولار", "$1 million"),
        (10, "USD", "exact", "10 دولارات", "$10"),
        (10_000, "USD", "exact", "10 آلاف دولار", "$10,000"),
        (750_000, "LYD", "exact", "750 ألف دينار ليبي", "LYD 750,000"),
        (5, "TRY", "at_least", "لا يقل عن 5 ليرات تركية", "at least TRY 5"),
        (D("20.43"), "USD", "exact", "20.43 دولار", "$20.43"),
        (1_000_000_000, None, "less_than", "أقل من مليار", "less than 1 billion"),
        (2000, None, "exact", "2000", "2,000"),
        (1500, "GBP", "at_most", "لا يزيد على 1500 جنيه إسترليني", "at most £1,500"),
        (4_000_000_000, "AED", "more_than", "أكثر من 4 مليارات درهم إماراتي",
         "more than AED 4 billion"),
        (850_000_000.0, "USD", "more_than", "أكثر من 850 مليون دولار", "more than $850 million"),
    ],
)  # fmt: skip
def test_render_writes_amounts_as_newspapers_do(value, currency, hedge, arabic, english):
    assert render_ar(value, currency, hedge) == arabic
    assert render_en(value, currency, hedge) == english


def test_render_refuses_an_unknown_hedge():
    with pytest.raises(ValueError) as error:
        render_ar(5, "USD", "roughly")
    assert str(error.value) == (
        "unknown hedge 'roughly': one of exact, about, nearly, more_than, at_least, "
        "less_than, at_most"
    )


@given(
    value=st.one_of(
        st.integers(min_value=0, max_value=10**17),
        st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False),
    ),
    currency=st.sampled_from([*sorted(CURRENCY_CODES), None]),
    hedge=st.sampled_from(HEDGES),
)
def test_every_amount_we_write_reads_back_the_same(value, currency, hedge):
    assert parse_amount(render_ar(value, currency, hedge)) == Amount(value, currency, hedge)


def test_every_hedge_has_arabic_words():
    assert set(HEDGE_AR) == set(HEDGES)
