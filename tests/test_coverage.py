"""The coverage kind's two helpers: which cells are plain offsets, and whether a mention
overlaps a captured span (the check itself is exercised on real datasets in
test_referential.py, test_fuzz.py and the golden test)."""

from __future__ import annotations

import random

import pytest

from validation.checks.coverage import Captured, plain_offsets


@pytest.mark.parametrize(
    ("cells", "plain"),
    [([], True), (["", ""], True), (["0", "12", ""], True), (["1" * 18], True),
     (["1" * 19], False), (["12", "3.5"], False), (["١٢"], False), (["-3"], False),
     ([" 3"], False), (["3", "x"], False), (["²"], False)],
)  # fmt: skip
def test_plain_offsets_are_empty_or_ascii_digits_that_fit(cells, plain):
    assert plain_offsets(cells) is plain


def test_captured_says_what_a_scan_of_every_span_says():
    rng = random.Random(16)
    for _ in range(300):
        spans = [(s, s + rng.randint(0, 30)) for s in rng.sample(range(200), rng.randint(0, 12))]
        captured = Captured(spans)
        for _ in range(20):
            start = rng.randint(0, 230)
            end = start + rng.randint(0, 20)
            scan = any(s < end and start < e for s, e in spans)
            assert captured.overlaps(start, end) is scan, (spans, start, end)
