"""ISO dates of day, month or year precision: what a date cell means, in plain Python.

Its own module (not schemas.py) so the readers of a checked dataset — validation/derived.py,
the dashboard — tell a date's precision without importing pandera.

>>> parse_partial_date("2020-10")
(datetime.date(2020, 10, 1), 'month')
>>> parse_partial_date("2021-02-30") is None
True
"""

from __future__ import annotations

import datetime as dt
import re

ISO_PARTIAL_DATE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")  # ASCII digits only


def parse_partial_date(text: str) -> tuple[dt.date, str] | None:
    """``"2020-10"`` → (2020-10-01, "month"); None for anything not a real calendar date."""
    if not isinstance(text, str) or not ISO_PARTIAL_DATE.fullmatch(text):
        return None
    parts = [int(p) for p in text.split("-")]
    precision = ("year", "month", "day")[len(parts) - 1]
    try:
        return dt.date(parts[0], *(parts[1:] + [1] * (3 - len(parts)))), precision
    except ValueError:
        return None
