"""Context: the article's headline among what the same government said before and after.

A cumulative "since 2011" total can only grow. Stated totals that go down over time are a
warning, never a failure: the statements may count different things (allocations,
obligations, disbursements), and the dataset records them as they were made.
"""

from __future__ import annotations

from fractions import Fraction

from validation.batch import Rows, Subject, missing, record_type
from validation.checks.consistency import WORDS, scale_of, scaled
from validation.derived import date_range
from validation.hedges import readings
from validation.report import CheckResult, Finding


def totals_in_order(context: Rows) -> list:
    """Cumulative totals, earliest first; a month or year sorts by its middle day, so an
    undated "about 2021–23" statement filed under its year does not jump the queue."""
    dated = record_type((*context.columns, "sort_day"))._make
    totals = [
        dated((*row, middle_day(row.stated_on)))
        for row in context
        if row.scope == "total" and missing(row.period_end)
    ]
    return sorted(totals, key=lambda row: (row.sort_day, row.context_id))


def middle_day(iso: str):
    first, last = date_range(iso)
    return first + (last - first) / 2


def said(row, size: int) -> str:
    return f"{WORDS[row.hedge]}{scaled(Fraction(row.amount), size)} ({row.stated_on})"


def currency_words(rows: list) -> str:
    """The currency (or currencies) the rows are stated in, as their codes say: "USD"."""
    codes = sorted({row.currency for row in rows if not missing(row.currency)})
    return "/".join(codes) or "no currency"


def headlines(figures: Rows) -> list:
    """The article's headline totals: every total that is no other figure's part. An article
    may state several (a budget and a grant); none is "the" headline by its row order."""
    return [f for f in figures if missing(f.parent_figure_id) and f.category == "total"]


def check_totals_grow(context: Rows) -> CheckResult:
    totals = totals_in_order(context)
    currency = currency_words(totals)
    size, unit = scale_of(int(max(row.amount for row in totals)) if totals else 1)
    findings = []
    previous = None
    for row in totals:
        if previous is not None and row.amount < previous.amount:
            overlap = readings(previous.amount, previous.hedge)["tight"].can_be_at_most(
                readings(row.amount, row.hedge)["tight"]
            )
            findings.append(
                Finding(
                    "context_figures.csv",
                    "consistency.context.totals_grow",
                    f"the cumulative total goes down: {said(previous, size)} then "
                    f"{said(row, size)}"
                    + ("; their hedges overlap, so it may be wording" if overlap else ""),
                    int(row.Index),
                    "amount",
                    str(row.amount),
                )
            )
        previous = row
    sequence = " → ".join(said(r, size) for r in totals)
    status = "warn" if findings else "pass"
    message = (
        f"{len(findings)} drop(s) in the stated cumulative total ({unit} {currency}): {sequence}"
        if findings
        else f"the stated cumulative total only grows ({unit} {currency}): {sequence}"
    )
    return CheckResult(
        "consistency.context.totals_grow",
        "consistency",
        status,
        message,
        {"sequence": [r.context_id for r in totals]},
        findings,
    )


def check_placement(context: Rows, figures: Rows, head, published, check_id: str) -> CheckResult:
    """Where one of the article's headlines stands among the earlier and later statements
    of the same currency."""
    size, unit = scale_of(int(head.amount))
    totals = [r for r in totals_in_order(context) if r.currency == head.currency]
    before = [r for r in totals if r.sort_day < published]
    after = [r for r in totals if r.sort_day > published]
    article = readings(head.amount, head.hedge)
    parts = [f for f in figures if f.parent_figure_id == head.figure_id]
    parts_high = sum((readings(r.amount, r.hedge)["tight"].high or 0) for r in parts)
    words = [f"the article's {WORDS[head.hedge]}{scaled(Fraction(int(head.amount)), size)}"]
    same = [r for r in before if r.amount == head.amount]
    if same:
        earlier = same[-1]
        words.append(
            f"repeats the {WORDS[earlier.hedge] or 'unhedged '}"
            f"{scaled(Fraction(int(earlier.amount)), size)} of {earlier.stated_on}"
        )
    elif before:
        last = before[-1]
        words.append(f"follows {said(last, size)}")
    if after:
        later = ", then ".join(said(r, size) for r in after)
        words.append(f"and precedes {later}")
    message = " ".join(words)
    if parts_high > head.amount:
        exceeded = "both" if same else "the headline"
        message += f"; its parts (up to {scaled(Fraction(parts_high), size)}) exceed {exceeded}"
    message += f" ({unit} {head.currency})"
    findings = []
    earlier_strict = [
        r for r in before
        if not readings(r.amount, r.hedge)["strict"].can_be_at_most(article["strict"])
    ]  # fmt: skip
    for r in earlier_strict:
        findings.append(
            Finding(
                "figures.csv",
                "consistency.context.placement",
                f"the article's headline is below the earlier {said(r, size)}",
                None,
                "amount",
            )
        )
    return CheckResult(
        check_id,
        "consistency",
        "warn" if findings else "pass",
        message,
        {
            "headline": head.figure_id,
            "headline_context_id": next(
                (r.context_id for r in totals if r.sort_day == published), None
            ),
            "repeats": None if not same else same[-1].context_id,
            "before": [r.context_id for r in before],
            "after": [r.context_id for r in after],
            "parts_high": float(parts_high),
        },
        findings,
    )


def check_context(subject: Subject) -> list[CheckResult]:
    """The headline among the same government's other statements, on trusted rows."""
    tables, published = subject.trusted, subject.dataset.published
    if "context_figures" not in tables:
        return []
    context = tables["context_figures"]
    results = [check_totals_grow(context)]
    if "figures" not in tables or published is None:
        return results
    stated_in = {row.currency for row in context if not missing(row.currency)}
    heads = [head for head in headlines(tables["figures"]) if head.currency in stated_in]
    for head in heads:
        # One headline keeps the plain id; several are told apart by their figure ids.
        check_id = "consistency.context.placement"
        if len(heads) > 1:
            check_id += f".{head.figure_id}"
        results.append(check_placement(context, tables["figures"], head, published, check_id))
    return results
