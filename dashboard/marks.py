"""The article as HTML with every captured span in a ``<mark>``, text escaped first.

Spans nest (a mention inside a figure inside a claim) and may cross; crossing spans are
closed and reopened so the HTML stays well formed. Offsets index the text as a Python str,
as every table does.

>>> mark_up("a<b", [Span(0, 3, "claim", "c01"), Span(2, 3, "figure", "f01")])
... # doctest: +ELLIPSIS
'<mark class="fd-claim" ...>a&lt;<mark class="fd-figure" ...>b</mark></mark>'
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd

KINDS = ("claim", "figure", "event", "mention")
KIND_ORDER = {kind: i for i, kind in enumerate(KINDS)}  # outer first when extents tie
STYLE = {
    "claim": "background-color:transparent;border-bottom:2px solid #6baed6;padding:0 0 2px 0",
    "figure": "background-color:#fdd49e;font-weight:600;padding:1px 2px;border-radius:3px",
    "event": "background-color:#c7e9c0;padding:1px 2px;border-radius:3px",
    "mention": "background-color:#e0dcf0;border-bottom:2px solid #9e9ac8;padding:0 1px",
}
TARGET_STYLE = "outline:3px solid #b2182b;outline-offset:2px"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    span_id: str
    title: str = ""

    @property
    def anchor(self) -> str:
        """The element id a link can point at: claim-c07, figure-f01, mention-us-100."""
        if self.kind == "mention":
            return f"mention-{self.span_id}-{self.start}"
        return f"{self.kind}-{self.span_id}"


def spans_from_tables(tables: dict[str, pd.DataFrame], kinds: set[str]) -> list[Span]:
    """Every span of the chosen kinds, from the typed tables."""
    sources = {
        "claim": ("claims", "claim_id", "claim_en"),
        "figure": ("figures", "figure_id", "label_en"),
        "event": ("events", "event_id", "event_en"),
        "mention": ("mentions", "entity_id", "surface_ar"),
    }
    spans = []
    for kind in KINDS:
        name, id_column, title_column = sources[kind]
        frame = tables.get(name)
        if kind not in kinds or frame is None:
            continue
        located = frame.dropna(subset=["char_start", "char_end"])
        for row in located.itertuples():
            row_id = getattr(row, id_column)
            title = f"{row_id} · {getattr(row, title_column)}"
            spans.append(Span(int(row.char_start), int(row.char_end), kind, row_id, title))
    return spans


def open_tag(span: Span, first: bool, target: str | None) -> str:
    style = STYLE[span.kind] + (";" + TARGET_STYLE if span.anchor == target else "")
    anchor = f' id="{html.escape(span.anchor)}"' if first else ""
    return (
        f'<mark class="fd-{span.kind}" data-kind="{span.kind}"{anchor} '
        f'title="{html.escape(span.title)}" style="{style}">'
    )


def escaped(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def mark_up(text: str, spans: list[Span], target: str | None = None, offset: int = 0) -> str:
    """``text`` (which starts at ``offset`` of the article) escaped, with spans marked."""
    end_of_text = offset + len(text)
    inside = sorted(
        (s for s in spans if offset <= s.start < s.end <= end_of_text),
        key=lambda s: (s.start, -s.end, KIND_ORDER[s.kind]),
    )
    points = sorted({offset, end_of_text} | {s.start for s in inside} | {s.end for s in inside})
    starting: dict[int, list[Span]] = {}
    for span in inside:
        starting.setdefault(span.start, []).append(span)
    out: list[str] = []
    stack: list[Span] = []
    last = offset
    for point in points:
        out.append(escaped(text[last - offset : point - offset]))
        last = point
        if any(s.end == point for s in stack):
            reopen = []
            while any(s.end == point for s in stack):
                span = stack.pop()
                out.append("</mark>")
                if span.end != point:
                    reopen.append(span)  # crosses a closing span: continue it after
            for span in reversed(reopen):
                out.append(open_tag(span, first=False, target=target))
                stack.append(span)
        for span in starting.get(point, []):
            out.append(open_tag(span, first=True, target=target))
            stack.append(span)
    return "".join(out) + "</mark>" * len(stack)
