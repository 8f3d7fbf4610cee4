"""The archive's report written as each dataset's piece arrives: nothing is kept but counts.

The bytes are those of report.Report.to_json and to_text for the same datasets (the golden
test holds them to it): the JSON's "datasets" list one fragment at a time, then the summary;
the text's lines of each dataset with something to say (all of them in a small archive),
then the counts. ``total`` is known before the first piece (the folders were discovered),
so an archive's clean datasets can be left out of the text from the start.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

MANY = 20  # in text, an archive of more datasets lists only those with something to say


def summary(datasets: Iterable) -> dict[str, int]:
    passed = failed = warned = 0
    for rendered in datasets:
        passed += rendered.counts[0]
        failed += rendered.counts[1]
        warned += rendered.counts[2]
    return {"passed": passed, "failed": failed, "warned": warned}


class Tally:
    """Counts the pieces as they go past."""

    def __init__(self, pieces: Iterable):
        self.pieces, self.counts, self.seen = pieces, [0, 0, 0], 0

    def __iter__(self):
        for rendered in self.pieces:
            for i, count in enumerate(rendered.counts):
                self.counts[i] += count
            self.seen += 1
            yield rendered

    def summary(self) -> dict[str, int]:
        return dict(zip(("passed", "failed", "warned"), self.counts, strict=True))


def write_report(pieces: Iterable, total: int, form: str, out: TextIO) -> dict[str, int]:
    """Write the report of ``total`` datasets to ``out`` as ``pieces`` arrive; its counts."""
    tally = Tally(pieces)
    if form == "json":
        write_json(tally, total, out)
    else:
        write_text(tally, total, out)
    return tally.summary()


def write_json(tally: Tally, total: int, out: TextIO) -> None:
    if not total:
        out.write('{\n  "datasets": [],\n')
    else:
        out.write('{\n  "datasets": [\n')
        separator = ""
        for rendered in tally:
            out.write(separator)
            out.write(rendered.json)
            separator = ",\n"
        out.write("\n  ],\n")
    counts = json.dumps(tally.summary(), indent=2).replace("\n", "\n  ")
    out.write(f'  "summary": {counts}\n}}\n')


def write_text(tally: Tally, total: int, out: TextIO) -> None:
    many = total > MANY
    for rendered in tally:
        if not (many and rendered.all_pass):
            out.write(rendered.text)
            out.write("\n")
    counts = tally.summary()
    out.write(
        f"{tally.seen} dataset(s): {counts['passed']} passed, "
        f"{counts['failed']} failed, {counts['warned']} warned\n"
    )
