"""Which paragraphs an article is made of: the story shapes, as data.

An article opens with ``OPENING``, always carries the aid paragraph (the figure
hierarchy), and draws the others by weight until it holds its number of rows. A kind
that does not ``repeat`` appears at most once. To add a shape, write a paragraph function
``(story, first) -> list[Sentence]`` and list it here; keep the order (the draws follow it,
and archives are byte-identical for a seed).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bench.synthetic import figures, paragraphs
from bench.synthetic.story import Sentence, Story


@dataclass(frozen=True)
class ParagraphKind:
    build: Callable[[Story, bool], list[Sentence]]
    weight: int  # how often it is drawn, against the others
    repeats: bool = False  # numbers that change each time: it may appear more than once


OPENING = paragraphs.opening
ALWAYS = figures.aid_paragraph  # the figures: every article has them
KINDS = [
    ParagraphKind(paragraphs.resolution_paragraph, 2),
    ParagraphKind(paragraphs.press_paragraph, 2),
    ParagraphKind(paragraphs.today_paragraph, 1),
    ParagraphKind(paragraphs.commitment_paragraph, 2),
    ParagraphKind(paragraphs.elections_month_paragraph, 2),
    ParagraphKind(paragraphs.goal_paragraph, 2),
    ParagraphKind(paragraphs.expectation_paragraph, 2),
    ParagraphKind(paragraphs.opposition_paragraph, 2),
    ParagraphKind(paragraphs.engagement_paragraph, 2),
    ParagraphKind(paragraphs.yesterday_paragraph, 1),
    ParagraphKind(paragraphs.next_month_paragraph, 1),
    ParagraphKind(paragraphs.ceasefire_day_paragraph, 1),
    ParagraphKind(figures.share_paragraph, 2, repeats=True),
    ParagraphKind(figures.beneficiaries_paragraph, 2, repeats=True),
    ParagraphKind(figures.aid_paragraph, 1),
    ParagraphKind(figures.pledge_paragraph, 2, repeats=True),
]
