"""Columns computed from the curated tables that users want beside the data: each
figure's interval under both readings, its share of its parent, its wording in English
and Arabic; each event's date written at its precision.

One place computes them, so the export and the dashboard show the same numbers.
"""

from __future__ import annotations

import calendar
import datetime as dt
from fractions import Fraction

import pandas as pd

from validation.arabic.render import render_ar, render_en
from validation.dates import parse_partial_date
from validation.hedges import STRICT, TIGHT, readings

MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def bound(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


def with_unit(words: str, unit: str) -> str:
    """A percent reads as one: "about 46" → "about 46%" (money and counts as rendered)."""
    return f"{words}%" if unit == "percent" else words


def figure_columns(
    amount, currency, hedge, unit, parent, amounts: dict, tight: Fraction, strict: Fraction
) -> tuple:
    """One figure's computed values, in FIGURE_COLUMNS' order (``amounts``: every figure's
    amount by id, for its share of its parent)."""
    both = readings(amount, hedge, tight, strict)
    currency = None if pd.isna(currency) else currency
    parent = parent if isinstance(parent, str) else None
    return (
        with_unit(render_en(amount, currency, hedge), unit),
        with_unit(render_ar(amount, currency, hedge), unit),
        bound(both["tight"].low),
        bound(both["tight"].high),
        bound(both["strict"].low),
        bound(both["strict"].high),
        amount / amounts[parent] if amounts.get(parent) else None,
    )


FIGURE_COLUMNS = ("wording_en", "wording_ar", "tight_low", "tight_high", "strict_low",
                  "strict_high", "share_of_parent")  # fmt: skip


def figures_with_intervals(
    figures: pd.DataFrame, tight: Fraction = TIGHT, strict: Fraction = STRICT
) -> pd.DataFrame:
    """figures.csv plus wording_en, wording_ar, tight/strict bounds and share_of_parent."""
    out = figures.copy()
    amounts = dict(zip(figures["figure_id"], figures["amount"], strict=True))
    rows = []
    for row in figures.itertuples():
        values = figure_columns(row.amount, row.currency, row.hedge, row.unit,
                                row.parent_figure_id, amounts, tight, strict)  # fmt: skip
        rows.append(dict(zip(FIGURE_COLUMNS, values, strict=True)))
    extra = pd.DataFrame(rows, index=figures.index)
    return pd.concat([out, extra], axis=1)


def display_date(iso: str) -> str:
    """'2021-12-24' → '24 December 2021', '2020-10' → 'October 2020', '2011' → '2011'."""
    parsed = parse_partial_date(iso)
    if parsed is None:
        return iso
    day, precision = parsed
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return f"{MONTHS_EN[day.month - 1]} {day.year}"
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def date_range(iso: str) -> tuple[dt.date, dt.date]:
    """First and last day a date of any precision can mean (2021-12 → Dec 1–31)."""
    first, precision = parse_partial_date(iso)
    if precision == "year":
        return first, dt.date(first.year, 12, 31)
    if precision == "month":
        last = calendar.monthrange(first.year, first.month)[1]
        return first, dt.date(first.year, first.month, last)
    return first, first


def date_bounds(iso: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date of its precision covers (for drawing it honestly)."""
    return date_range(iso) if parse_partial_date(iso) else None


def event_columns(date) -> tuple:
    """One event's computed values, in EVENT_COLUMNS' order."""
    bounds = date_bounds(date)
    return (
        display_date(date),
        bounds[0].isoformat() if bounds else None,
        bounds[1].isoformat() if bounds else None,
    )


EVENT_COLUMNS = ("date_display", "date_first_day", "date_last_day")


def events_with_display(events: pd.DataFrame) -> pd.DataFrame:
    out = events.copy()
    out["date_display"] = events["date"].map(display_date)
    bounds = events["date"].map(date_bounds)
    out["date_first_day"] = bounds.map(lambda b: b[0].isoformat() if b else None)
    out["date_last_day"] = bounds.map(lambda b: b[1].isoformat() if b else None)
    return out


def context_with_intervals(
    context: pd.DataFrame, tight: Fraction = TIGHT, strict: Fraction = STRICT
) -> pd.DataFrame:
    """context_figures.csv plus each statement's words in both languages, its interval under
    both readings, and the first and last day its stated_on covers (for drawing it)."""
    rows = []
    for row in context.itertuples():
        both = readings(row.amount, row.hedge, tight, strict)
        first, last = date_range(row.stated_on)
        rows.append(
            {
                "hedged_en": render_en(row.amount, row.currency, row.hedge),
                "hedged_ar": render_ar(row.amount, row.currency, row.hedge),
                "tight_low": bound(both["tight"].low),
                "tight_high": bound(both["tight"].high),
                "strict_low": bound(both["strict"].low),
                "strict_high": bound(both["strict"].high),
                "stated_first_day": first.isoformat(),
                "stated_last_day": last.isoformat(),
            }
        )
    return pd.concat([context, pd.DataFrame(rows, index=context.index)], axis=1)
