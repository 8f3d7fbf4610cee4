"""The coverage kind: every number, amount and date the extractor finds in the body is
captured — as a figure, an event, a mention, or deliberately ignored with a reason.

An amount must be a figure (a mention is not enough: its value would go unchecked); a
date must be an event or sit inside a mention (a resolution symbol «2570 (2021)»).
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections import Counter

from validation.batch import RawTable, Subject
from validation.extract import places
from validation.report import CheckResult, Finding

# The tables whose spans capture each kind the extractor reports.
CAPTURED_BY = {
    "amount": ("figures", "ignored_numbers"),
    "percent": ("figures", "ignored_numbers"),
    "date": ("events", "mentions", "ignored_numbers"),
    "year": ("events", "mentions", "ignored_numbers"),
    "number": ("figures", "events", "mentions", "ignored_numbers"),
}
WHERE = {
    "amount": "figures.csv",
    "percent": "figures.csv",
    "date": "events.csv",
    "year": "events.csv",
    "number": "figures.csv, events.csv, mentions.csv or ignored_numbers.csv",
}


def spans_of(raw: dict[str, RawTable], name: str) -> list[tuple[int, int]]:
    """Spans as written, read from every row whose offsets are numbers: a row that fails its
    schema for another cell still captures its words (else one fault would be told twice)."""
    if name not in raw or not {"char_start", "char_end"} <= set(raw[name].header):
        return []
    table = raw[name]
    starts, ends = table.column("char_start"), table.column("char_end")
    if plain_offsets(starts) and plain_offsets(ends):
        return [(int(s), int(e)) for s, e in zip(starts, ends, strict=True) if s and e]
    return numeric_spans(starts, ends)  # anything else is read as pandas always read it


def plain_offsets(cells: list[str]) -> bool:
    """Each cell empty, or ASCII digits that fit in 64 bits: read as int() reads them
    (asked of the cells joined: one call, not one a cell)."""
    if not cells:
        return True
    joined = "".join(cells)
    return max(map(len, cells)) < 19 and (not joined or (joined.isascii() and joined.isdigit()))


class Captured:
    """Whether a stretch of the text overlaps a span of some tables: the spans sorted by
    start, with the furthest end reached so far (one bisection a question, not a scan)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [start for start, _ in spans]
        self.reach = list(itertools.accumulate((end for _, end in spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Some span has span_start < end and start < span_end."""
        before = bisect.bisect_left(self.starts, end)
        return before > 0 and self.reach[before - 1] > start


def numeric_spans(starts: list[str], ends: list[str]) -> list[tuple[int, int]]:
    import pandas as pd

    frame = pd.DataFrame({"char_start": starts, "char_end": ends}, dtype="str")
    offsets = frame.replace("", pd.NA).apply(pd.to_numeric, errors="coerce")
    finite = offsets.dropna().itertuples(index=False)  # «inf» is no offset (int() raises)
    return [(int(s), int(e)) for s, e in finite if math.isfinite(s) and math.isfinite(e)]


def check_coverage(subject: Subject) -> list[CheckResult]:
    dataset = subject.dataset
    body_start, text = dataset.body_start, dataset.source_text
    # what extract() finds, kind and place (its values are not asked here)
    found = [place for place in places(text, dataset.published) if place[1] >= body_start]
    spans = {name: spans_of(subject.raw, name) for name in CAPTURED_BY["number"]}
    capture = {
        kind: Captured([span for name in CAPTURED_BY[kind] for span in spans[name]])
        for kind in {kind for kind, _, _ in found}
    }
    findings = []
    for kind, start, end in found:
        captured = capture[kind].overlaps(start, end)
        if not captured:  # row = the line of source.txt, as a text editor numbers it
            words = text[start:end]
            findings.append(
                Finding(
                    "source.txt",
                    "coverage",
                    f"{kind} «{words}» at {start}–{end} is not captured in {WHERE[kind]}",
                    row=text.count("\n", 0, start) + 1,
                    value=words,
                )
            )
    kinds = sorted(Counter(kind for kind, _, _ in found).items())
    counted = ", ".join(f"{n} {kind}" for kind, n in kinds)
    details = {"found": len(found), "by_kind": {k: int(n) for k, n in kinds}}
    if findings:
        return [
            CheckResult(
                "coverage.body",
                "coverage",
                "fail",
                f"{len(findings)} of {len(found)} numbers and dates in the body are not captured",
                details,
                findings,
            )
        ]
    return [
        CheckResult(
            "coverage.body",
            "coverage",
            "pass",
            f"all {len(found)} numbers and dates the extractor finds in the body are captured "
            f"({counted})",
            details,
        )
    ]
