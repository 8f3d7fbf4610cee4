"""The article's marks: every captured span becomes a <mark>, nested or crossing spans stay
well formed, and the article's text is escaped before any tag goes around it."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from dashboard.marks import KINDS, Span, mark_up, spans_from_tables
from validation.engine import check_dataset
from validation.load import load_dataset

ROOT = Path(__file__).resolve().parent.parent

LIBYA = ROOT / "datasets" / "us-libya-berlin2-2021"


class Nesting(HTMLParser):
    """Checks that tags close in the order they opened; collects the text and mark ids."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.text, self.ids, self.marks = [], [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.text.append("\n")
            return
        self.stack.append(tag)
        attrs = dict(attrs)
        if tag == "mark":
            self.marks += 1
            if "id" in attrs:
                self.ids.append(attrs["id"])

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, f"</{tag}> closes the wrong element"

    def handle_data(self, data):
        self.text.append(data)


def parse(markup: str) -> Nesting:
    parser = Nesting()
    parser.feed(markup)
    parser.close()
    assert parser.stack == [], "unclosed tags"
    return parser


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([], "abcdef"),
        ([Span(0, 6, "claim", "c01")], "<claim>abcdef</claim>"),
        # nested: a figure inside a claim
        ([Span(0, 6, "claim", "c01"), Span(2, 4, "figure", "f01")],
         "<claim>ab<figure>cd</figure>ef</claim>"),
        # same extent: the outer kind (claim) opens first
        ([Span(2, 4, "mention", "us"), Span(2, 4, "event", "e01")],
         "ab<event><mention>cd</mention></event>ef"),
        # crossing: the later span is closed and reopened
        ([Span(0, 4, "mention", "a"), Span(2, 6, "mention", "b")],
         "<mention>ab<mention>cd</mention></mention><mention>ef</mention>"),
        # ending together
        ([Span(1, 5, "claim", "c01"), Span(3, 5, "figure", "f01")],
         "a<claim>bc<figure>de</figure></claim>f"),
    ],
)  # fmt: skip
def test_spans_nest_and_cross_into_well_formed_marks(spans, expected):
    markup = mark_up("abcdef", spans)
    assert "".join(parse(markup).text) == "abcdef"  # well formed, every character once
    assert by_kind(markup) == expected


def by_kind(markup: str) -> str:
    """<mark class="fd-claim" …>x</mark> written as <claim>x</claim>, to compare structure."""
    stack, out, pos = [], [], 0
    for match in re.finditer(r'<mark class="fd-(\w+)"[^>]*>|</mark>', markup):
        out.append(markup[pos : match.start()])
        if match.group(1):
            stack.append(match.group(1))
            out.append(f"<{match.group(1)}>")
        else:
            out.append(f"</{stack.pop()}>")
        pos = match.end()
    return "".join([*out, markup[pos:]])


def test_text_is_escaped_before_tags_are_added():
    hostile = '<script>alert(1)</script> & <img src=x onerror=alert(1)> "q"'
    markup = mark_up(hostile, [Span(0, 8, "claim", "c01")])
    assert "<script>" not in markup and "<img" not in markup
    assert "&lt;script&gt;" in markup and "&lt;img src=x onerror=alert(1)&gt;" in markup
    assert "".join(parse(markup).text) == hostile


def test_ids_and_titles_are_escaped_too():
    markup = mark_up("abc", [Span(0, 3, "claim", 'c"><script>', title='"><img src=x>')])
    assert "<script>" not in markup and "<img" not in markup


def test_the_linked_span_is_outlined_and_anchored():
    markup = mark_up("abcdef", [Span(0, 6, "claim", "c07")], target="claim-c07")
    assert 'id="claim-c07"' in markup and "outline:" in markup


@pytest.fixture(scope="module")
def article():
    dataset = load_dataset(LIBYA)
    _, tables = check_dataset(dataset)
    return dataset, tables


def test_every_span_of_the_article_is_marked_once_with_its_words(article):
    dataset, tables = article
    spans = spans_from_tables(tables, set(KINDS))
    located = sum(
        int(tables[name][["char_start", "char_end"]].notna().all(axis=1).sum())
        for name in ("claims", "figures", "events", "mentions")
    )
    assert len(spans) == located
    start = dataset.body_start
    markup = mark_up(dataset.source_text[start:], spans, offset=start)
    parsed = parse(markup)
    assert "".join(parsed.text) == dataset.source_text[start:]
    assert len(parsed.ids) == len(spans) == len(set(parsed.ids))
    assert {"claim-c15", "figure-f01", "event-e04", "mention-us-100"} <= set(parsed.ids)


def test_only_the_chosen_kinds_are_marked(article):
    dataset, tables = article
    spans = spans_from_tables(tables, {"figure"})
    markup = mark_up(dataset.source_text, spans)
    assert markup.count('class="fd-figure"') == 4
    assert "fd-claim" not in markup and "fd-mention" not in markup
