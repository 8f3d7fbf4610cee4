"""The shipped Libya dataset: it validates, and its rows say what the article says."""

from __future__ import annotations

import hashlib
import re

import pandas as pd
import pytest

from tests.conftest import LIBYA
from validation.engine import check_dataset
from validation.load import load_dataset


@pytest.fixture(scope="module")
def checked():
    dataset = load_dataset(LIBYA)
    report, tables = check_dataset(dataset)
    return dataset, report, tables


def test_source_is_the_article_byte_for_byte(checked):
    dataset, _, _ = checked
    digest = hashlib.sha256((LIBYA / "source.txt").read_bytes()).hexdigest()
    assert digest == "7b5e7f63b282239d9c16f5d00ebea60a54f08930381814d2129f0fa744b4aec1"
    assert dataset.metadata["source"]["sha256"] == digest


def test_every_check_passes(checked):
    _, report, _ = checked
    failed = [(c.id, c.message) for c in report.checks if c.status == "fail"]
    assert failed == []
    kinds = {c.kind for c in report.checks}
    assert {"schema", "referential", "provenance"} <= kinds


@pytest.mark.parametrize(
    ("table", "rows"),
    [("figures", 4), ("entities", 20), ("ignored_numbers", 0)],
)
def test_row_counts(checked, table, rows):
    _, _, tables = checked
    assert len(tables[table]) == rows


def test_every_span_reproduces_its_quote(checked):
    dataset, _, tables = checked
    text = dataset.source_text
    pairs = [
        ("claims", "quote_ar"),
        ("figures", "quote_ar"),
        ("events", "date_text_ar"),
        ("mentions", "surface_ar"),
    ]
    checked_spans = 0
    for table, column in pairs:
        frame = tables[table].dropna(subset=["char_start"])
        for start, end, quote in frame[["char_start", "char_end", column]].itertuples(index=False):
            assert text[int(start) : int(end)] == quote
            assert start >= dataset.body_start
            checked_spans += 1
    assert checked_spans > 70


def test_the_four_aid_figures(checked):
    _, _, tables = checked
    figures = tables["figures"].set_index("figure_id")
    assert figures["amount"].to_dict() == {
        "f01": 850000000,
        "f02": 605000000,
        "f03": 269000000,
        "f04": 11000000,
    }
    assert figures["hedge"].to_dict() == {
        "f01": "more_than",
        "f02": "exact",
        "f03": "nearly",
        "f04": "nearly",
    }
    assert figures["parent_figure_id"].fillna("").to_dict() == {
        "f01": "",
        "f02": "f01",
        "f03": "f01",
        "f04": "f03",
    }
    assert set(figures["currency"]) == {"USD"}


def test_the_united_states_is_named_nine_times_in_the_body(checked):
    _, _, tables = checked
    mentions = tables["mentions"]
    assert (mentions["entity_id"] == "us").sum() == 9


def test_claims_cover_every_sentence_of_the_body(checked):
    dataset, _, tables = checked
    covered = set()
    for start, end in tables["claims"][["char_start", "char_end"]].itertuples(index=False):
        covered.update(range(start, end))
    body = dataset.source_text[dataset.body_start :]
    for match in re.finditer(r"[^.\n]+", body):
        sentence = range(dataset.body_start + match.start(), dataset.body_start + match.end())
        letters = [i for i in sentence if dataset.source_text[i].isalnum()]
        if letters:
            assert covered & set(letters), f"sentence not claimed: {match.group()[:40]}"


def test_every_body_digit_is_captured(checked):
    dataset, _, tables = checked
    spans = [
        (int(s), int(e))
        for name in ("figures", "events", "mentions", "ignored_numbers")
        for s, e in tables[name][["char_start", "char_end"]].dropna().itertuples(index=False)
    ]
    body = dataset.source_text
    for match in re.finditer(r"\d+", body[dataset.body_start :]):
        start = dataset.body_start + match.start()
        assert any(s <= start and start + len(match.group()) <= e for s, e in spans), match.group()


def test_inferred_dates_say_why(checked):
    _, _, tables = checked
    events = tables["events"]
    inferred = events[events["date_basis"] == "inferred"]
    assert set(inferred["date"]) >= {"2020-10", "2021-12-24"}
    assert inferred["note"].notna().all()
    assert pd.api.types.is_integer_dtype(events["char_start"])
