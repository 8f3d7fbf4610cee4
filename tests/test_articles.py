"""Whole articles of our own writing (tests/fixtures/articles): every amount and date.

Each ``<name>.txt`` was written for these tests in the style of one outlet type (Saudi
wire, Egyptian budget story, Jordanian aid pledge, Libyan central-bank story); its
``<name>.expected.json`` lists, checked by hand, every mention the extractor must find
with its span, value, currency, hedge, date, date_end and precision, read against the
article's publication day.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.conftest import FIXTURES
from validation.extract import extract, mentions_to_json

ARTICLES = FIXTURES / "articles"
NAMES = sorted(p.name.removesuffix(".txt") for p in ARTICLES.glob("*.txt"))


def expected(name: str) -> dict:
    return json.loads((ARTICLES / f"{name}.expected.json").read_text(encoding="utf-8"))


def test_there_are_four_articles():
    assert NAMES == ["egypt_budget", "jordan_pledge", "libya_salaries", "saudi_wire_relief"]


@pytest.mark.parametrize("name", NAMES)
def test_extract_reproduces_the_hand_checked_list(name):
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    wanted = expected(name)
    found = mentions_to_json(extract(text, date.fromisoformat(wanted["reference_date"])))
    assert found == wanted["mentions"]
    for row in found:
        assert text[row["start"] : row["end"]] == row["text"]


@pytest.mark.parametrize("name", NAMES)
def test_every_money_amount_has_a_currency(name):
    amounts = [m for m in expected(name)["mentions"] if m["kind"] == "amount" and m["currency"]]
    assert amounts, "each article states money in its own currency"
    assert all(m["currency"] in ("SAR", "EGP", "JOD", "LYD", "USD", "EUR") for m in amounts)
