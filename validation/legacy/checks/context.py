"""Context: the article's headline among what the same government said before and after.

A cumulative "since 2011" total can only grow. Stated totals that go down over time are a
warning, never a failure: the statements may count different things (allocations,
obligations, disbursements), and the dataset records them as they were made.
"""

from __future__ import annotations

from fractions import Fraction

import pandas as pd

from validation.derived import date_range
from validation.hedges import readings
from validation.legacy.checks.consistency import WORDS, scale_of, scaled
from validation.report import CheckResult, Finding


def totals_in_order(context: pd.DataFrame) -> pd.DataFrame:
    """Cumulative totals, earliest first; a month or year sorts by its middle day, so an
    undated "about 2021–23" statement filed under its year does not jump the queue."""
    totals = context[(context["scope"] == "total") & context["period_end"].isna()].copy()
    totals["sort_day"] = totals["stated_on"].map(middle_day)
    return totals.sort_values(["sort_day", "context_id"])


def middle_day(iso: str):
    first, last = date_range(iso)
    return first + (last - first) / 2


def said(row, size: int) -> str:
    return f"{WORDS[row.hedge]}{scaled(Fraction(row.amount), size)} ({row.stated_on})"


def currency_words(rows: pd.DataFrame) -> str:
    """The currency (or currencies) the rows are stated in, as their codes say: "USD"."""
    codes = sorted(set(rows["currency"].dropna())) if "currency" in rows else []
    return "/".join(codes) or "no currency"


def headlines(figures: pd.DataFrame) -> pd.DataFrame:
    """The article's headline totals: every total that is no other figure's part. An article
    may state several (a budget and a grant); none is "the" headline by its row order."""
    return figures[figures["parent_figure_id"].isna() & (figures["category"] == "total")]


def check_totals_grow(context: pd.DataFrame) -> CheckResult:
    totals = totals_in_order(context)
    currency = currency_words(totals)
    size, unit = scale_of(int(totals["amount"].max()) if len(totals) else 1)
    findings = []
    previous = None
    for row in totals.itertuples():
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
    sequence = " → ".join(said(r, size) for r in totals.itertuples())
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
        {"sequence": [r.context_id for r in totals.itertuples()]},
        findings,
    )


def check_placement(
    context: pd.DataFrame, figures: pd.DataFrame, head, published, check_id: str
) -> CheckResult:
    """Where one of the article's headlines stands among the earlier and later statements
    of the same currency."""
    size, unit = scale_of(int(head["amount"]))
    totals = totals_in_order(context)
    totals = totals[totals["currency"] == head["currency"]]
    before = totals[totals["sort_day"] < published]
    after = totals[totals["sort_day"] > published]
    article = readings(head["amount"], head["hedge"])
    parts = figures[figures["parent_figure_id"] == head["figure_id"]]
    parts_high = sum((readings(r.amount, r.hedge)["tight"].high or 0) for r in parts.itertuples())
    words = [f"the article's {WORDS[head['hedge']]}{scaled(Fraction(int(head['amount'])), size)}"]
    same = before[(before["amount"] == head["amount"])]
    if not same.empty:
        earlier = same.iloc[-1]
        words.append(
            f"repeats the {WORDS[earlier['hedge']] or 'unhedged '}"
            f"{scaled(Fraction(int(earlier['amount'])), size)} of {earlier['stated_on']}"
        )
    elif not before.empty:
        last = before.iloc[-1]
        words.append(f"follows {said(last, size)}")
    if not after.empty:
        later = ", then ".join(said(r, size) for r in after.itertuples())
        words.append(f"and precedes {later}")
    message = " ".join(words)
    if parts_high > head["amount"]:
        exceeded = "both" if not same.empty else "the headline"
        message += f"; its parts (up to {scaled(Fraction(parts_high), size)}) exceed {exceeded}"
    message += f" ({unit} {head['currency']})"
    findings = []
    earlier_strict = [
        r for r in before.itertuples()
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
            "headline": head["figure_id"],
            "headline_context_id": next(
                (r.context_id for r in totals.itertuples() if r.sort_day == published), None
            ),
            "repeats": None if same.empty else same.iloc[-1]["context_id"],
            "before": list(before["context_id"]),
            "after": list(after["context_id"]),
            "parts_high": float(parts_high),
        },
        findings,
    )


def check_context(tables: dict[str, pd.DataFrame], published) -> list[CheckResult]:
    if "context_figures" not in tables:
        return []
    context = tables["context_figures"]
    results = [check_totals_grow(context)]
    if "figures" not in tables or published is None:
        return results
    stated_in = set(context["currency"].dropna())
    heads = headlines(tables["figures"])
    heads = heads[heads["currency"].isin(stated_in)]
    for head in heads.to_dict("records"):
        # One headline keeps the plain id; several are told apart by their figure ids.
        check_id = "consistency.context.placement"
        if len(heads) > 1:
            check_id += f".{head['figure_id']}"
        results.append(check_placement(context, tables["figures"], head, published, check_id))
    return results
