"""Locate quotes in a source text, so offsets in curated tables are computed, never typed.

Offsets index the text as a Python ``str`` (code points), 0-based and end-exclusive, so
``text[start:end] == quote`` is the whole provenance contract.

>>> occurrences("a b a", "a")
[(0, 1), (4, 5)]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    """Every (start, end) at which ``quote`` stands in ``text``, overlapping ones included."""
    if not quote:
        return []
    found = []
    start = text.find(quote)
    while start != -1:
        found.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    return found


def locate(text: str, quote: str, nth: int = 1, after: int = 0) -> tuple[int, int]:
    """The ``nth`` occurrence of ``quote`` at or after offset ``after``; ValueError if absent."""
    hits = [span for span in occurrences(text, quote) if span[0] >= after]
    if len(hits) < nth:
        raise ValueError(f"{quote!r} occurs {len(hits)} time(s) after offset {after}, not {nth}")
    return hits[nth - 1]


def main(argv: list[str] | None = None) -> int:
    """Print every occurrence of a quote with its offsets and some context (a curator's aid)."""
    parser = argparse.ArgumentParser(prog="python -m validation.spans", description=main.__doc__)
    parser.add_argument("source", type=Path, help="the source.txt to search")
    parser.add_argument("quote", help="the exact words to find")
    args = parser.parse_args(argv)
    text = args.source.read_text(encoding="utf-8")
    for start, end in occurrences(text, args.quote):
        context = text[max(0, start - 20) : end + 20].replace("\n", " ")
        print(f"{start}\t{end}\t…{context}…")
    return 0


if __name__ == "__main__":
    sys.exit(main())
