"""The consistency kind: do the article's numbers and dates agree with one another?

Figures are compared as hedged intervals (hedges.py) under both readings: a relation that
is impossible even under the *strict* reading fails; one that only the *tight* reading
breaks warns — the words allow it, but a reader would be misled. Messages show the sums.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from validation.batch import Rows, Subject, missing
from validation.derived import date_range
from validation.hedges import STRICT, SYMBOLS, TIGHT, WORDS_EN, Interval, readings, total
from validation.report import CheckResult, Finding

SYMBOL = SYMBOLS
WORDS = {hedge: f"{words} " if words else "" for hedge, words in WORDS_EN.items()}
SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


def scale_of(amount: int) -> tuple[int, str]:
    """The unit a headline is written in (850000000 → million), so sums read like the article."""
    for size, name in SCALES:
        if amount >= size:
            return size, name
    return 1, ""


def scaled(value: Fraction | None, size: int) -> str:
    """A bound in the headline's unit, to one decimal, rounded half up as a reader would."""
    if value is None:
        return "∞"
    shown = value / size
    if shown.denominator == 1:
        return str(shown.numerator)
    exact = Decimal(shown.numerator) / Decimal(shown.denominator)
    return str(exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)).removesuffix(".0")


def span_text(interval: Interval, size: int) -> str:
    low, high = scaled(interval.low, size), scaled(interval.high, size)
    return low if low == high else f"{low}–{high}"


def status_of(strict_ok: bool, tight_ok: bool) -> str:
    return "pass" if tight_ok else ("warn" if strict_ok else "fail")


def figure_readings(row, tight: Fraction, strict: Fraction) -> dict[str, Interval]:
    return readings(row.amount, row.hedge, tight, strict)


def check_part_within_parent(part, parent, tight: Fraction, strict: Fraction) -> CheckResult:
    """A part can never be more than its whole."""
    p, w = figure_readings(part, tight, strict), figure_readings(parent, tight, strict)
    size, unit = scale_of(parent.amount)
    strict_ok = p["strict"].can_be_at_most(w["strict"])
    tight_ok = p["tight"].can_be_at_most(w["tight"])
    status = status_of(strict_ok, tight_ok)
    relation = "fits within" if tight_ok else ("strains" if strict_ok else "exceeds")
    message = (
        f"{part.figure_id} ({WORDS[part.hedge]}{scaled(Fraction(part.amount), size)}) {relation} "
        f"{parent.figure_id} ({WORDS[parent.hedge]}{scaled(Fraction(parent.amount), size)}), "
        f"{unit} {parent.currency}"
    )
    return CheckResult(
        f"consistency.part_within_parent.{part.figure_id}",
        "consistency",
        status,
        message,
        {
            "part": part.figure_id,
            "parent": parent.figure_id,
            "part_intervals": {k: v.as_json() for k, v in p.items()},
            "parent_intervals": {k: v.as_json() for k, v in w.items()},
        },
        finding_for(status, "figures.csv", part, "amount", message),
    )


def finding_for(status: str, file: str, row, column: str, message: str) -> list[Finding]:
    if status == "pass":
        return []
    return [
        Finding(file, "consistency", message, int(row.Index), column, str(getattr(row, column)))
    ]


def check_parts_fit(parent, parts: list, tight: Fraction, strict: Fraction) -> CheckResult:
    """The parts together fit inside the whole; exhaustive parts must also reach it."""
    size, unit = scale_of(parent.amount)
    whole = figure_readings(parent, tight, strict)
    sums = {
        reading: total([figure_readings(p, tight, strict)[reading] for p in parts])
        for reading in ("tight", "strict")
    }
    exhaustive = bool(not missing(parent.parts_exhaustive) and parent.parts_exhaustive)
    strict_ok = sums["strict"].can_be_at_most(whole["strict"])
    tight_ok = sums["tight"].can_be_at_most(whole["tight"])
    if exhaustive:
        strict_ok = strict_ok and sums["strict"].overlaps(whole["strict"])
        tight_ok = tight_ok and sums["tight"].overlaps(whole["tight"])
    status = status_of(strict_ok, tight_ok)
    stated = Fraction(parent.amount)
    addends = " + ".join(f"{SYMBOL[p.hedge]}{scaled(Fraction(p.amount), size)}" for p in parts)
    verdict = {"pass": "consistent", "warn": "only under the strict reading", "fail": "impossible"}
    message = (
        f"{addends} = {span_text(sums['tight'], size)}; the stated total is "
        f"{WORDS[parent.hedge]}{scaled(stated, size)} → {verdict[status]}"
    )
    excess_high = sums["tight"].high - stated if sums["tight"].high is not None else None
    if excess_high is not None and excess_high > 0:
        message += f"; the parts exceed the headline by up to {scaled(excess_high, size)}"
    elif not exhaustive:
        message += "; the parts are not declared exhaustive, so they need not add up to it"
    message += f" ({unit} {parent.currency}, tight reading t={float(tight):g})"
    details = {
        "parent": parent.figure_id,
        "parts": [p.figure_id for p in parts],
        "parts_exhaustive": exhaustive,
        "sum": {k: v.as_json() for k, v in sums.items()},
        "parent_intervals": {k: v.as_json() for k, v in whole.items()},
        "excess_over_stated": None if excess_high is None else float(excess_high),
    }
    return CheckResult(
        f"consistency.parts_fit.{parent.figure_id}",
        "consistency",
        status,
        message,
        details,
        finding_for(status, "figures.csv", parent, "amount", message),
    )


def check_shares(figures: Rows, tight: Fraction) -> CheckResult | None:
    """Each part's share of its whole, stated and as a range under the tight reading."""
    by_id = {row.figure_id: row for row in figures}
    shares, parts_text = [], []
    for row in figures:
        parent = by_id.get(row.parent_figure_id) if isinstance(row.parent_figure_id, str) else None
        if parent is None or parent.amount == 0:
            continue
        part_i = readings(row.amount, row.hedge, tight)["tight"]
        whole_i = readings(parent.amount, parent.hedge, tight)["tight"]
        stated = Fraction(row.amount, parent.amount)
        low = part_i.low / whole_i.high if whole_i.high else Fraction(0)
        high = part_i.high / whole_i.low if whole_i.low and part_i.high is not None else None
        shares.append(
            {
                "figure_id": row.figure_id,
                "parent_figure_id": parent.figure_id,
                "share": float(stated),
                "share_low": float(low),
                "share_high": None if high is None else float(high),
            }
        )
        range_text = (
            f"{float(low):.1%}–{float(high):.1%}" if high is not None else f"≥ {float(low):.1%}"
        )
        parts_text.append(
            f"{row.figure_id} is {float(stated):.1%} of {parent.figure_id} ({range_text})"
        )
    if not shares:
        return None
    return CheckResult(
        "consistency.shares",
        "consistency",
        "pass",
        "; ".join(parts_text),
        {"shares": shares},
    )


def check_figures(figures: Rows, tight: Fraction, strict: Fraction) -> list[CheckResult]:
    by_id = {row.figure_id: row for row in figures}
    results = []
    children: dict[str, list] = {}
    for row in figures:
        parent_id = row.parent_figure_id
        if not isinstance(parent_id, str) or parent_id not in by_id:
            continue
        parent = by_id[parent_id]
        if (row.currency, row.unit) != (parent.currency, parent.unit):
            message = (
                f"{row.figure_id} is in {row.currency} {row.unit}, its parent {parent_id} in "
                f"{parent.currency} {parent.unit}: they cannot be compared"
            )
            results.append(
                CheckResult(
                    f"consistency.part_within_parent.{row.figure_id}",
                    "consistency",
                    "fail",
                    message,
                    {},
                    finding_for("fail", "figures.csv", row, "currency", message),
                )
            )
            continue
        results.append(check_part_within_parent(row, parent, tight, strict))
        children.setdefault(parent_id, []).append(row)
    for parent_id, parts in children.items():
        results.append(check_parts_fit(by_id[parent_id], parts, tight, strict))
    shares = check_shares(figures, tight)
    return results + ([shares] if shares else [])


def event_findings(events: Rows, rule: str, bad) -> list[Finding]:
    return [
        Finding("events.csv", rule, message, int(row.Index), "date", row.date)
        for row in events
        if (message := bad(row))
    ]


JUDGED = {  # the events each order check covers
    "consistency.events.scheduled_after_publication": lambda e: e.status == "scheduled",
    "consistency.events.past_before_publication": lambda e: e.status in ("occurred", "reference"),
    "consistency.events.inferred_near_publication": lambda e: e.date_basis == "inferred",
}


def check_event_order(events: Rows, published: dt.date) -> list[CheckResult]:
    """Scheduled after publication; occurred and reference dates not after it; inferred
    dates within a year of it (the reading of «الماضي» / «المقبل»)."""
    article = events.where(lambda e: e.date_basis != "external")

    def scheduled(row):
        if row.status == "scheduled" and date_range(row.date)[1] < published:
            return f"{row.event_id} is scheduled for {row.date}, before publication on {published}"

    def past(row):
        if row.status in ("occurred", "reference") and date_range(row.date)[0] > published:
            return f"{row.event_id} {row.status} on {row.date}, after publication on {published}"

    def near(row):
        first, last = date_range(row.date)
        if row.date_basis == "inferred" and not (
            published - dt.timedelta(days=366) <= last
            and first <= published + dt.timedelta(days=366)
        ):
            return (
                f"{row.event_id}: inferred date {row.date} is more than a year from "
                f"publication on {published}"
            )

    checks = [
        ("consistency.events.scheduled_after_publication", scheduled,
         "{n} scheduled event(s) lie after publication ({published})"),
        ("consistency.events.past_before_publication", past,
         "{n} occurred or reference event(s) lie on or before publication ({published})"),
        ("consistency.events.inferred_near_publication", near,
         "{n} inferred date(s) lie within a year of publication ({published})"),
    ]  # fmt: skip
    results = []
    for check_id, bad, passed in checks:
        findings = event_findings(article, check_id, bad)
        judged = [e.event_id for e in article if JUDGED[check_id](e)]
        details = {
            "publication_date": published.isoformat(),
            "event_ids": judged,  # what the verdict covers
        }
        if findings:
            message = "; ".join(f.message for f in findings[:3])
            results.append(CheckResult(check_id, "consistency", "fail", message, details, findings))
        else:
            message = passed.format(n=len(judged), published=published)
            results.append(CheckResult(check_id, "consistency", "pass", message, details))
    return results


def check_same_event(events: Rows) -> CheckResult | None:
    """Mentions of one event (same entity_id) give dates that can all be true at once."""
    if "entity_id" not in events:
        return None
    by_entity: dict[str, list] = {}
    for event in events:
        if not missing(event.entity_id):
            by_entity.setdefault(event.entity_id, []).append(event)
    if not by_entity:
        return None
    findings, groups = [], 0
    for entity_id, group in sorted(by_entity.items()):
        if len(group) < 2:
            continue
        groups += 1
        ranges = [date_range(e.date) for e in group]
        latest_start = max(r[0] for r in ranges)
        earliest_end = min(r[1] for r in ranges)
        if latest_start > earliest_end:
            dates = ", ".join(f"{e.event_id} {e.date}" for e in group)
            findings.append(
                Finding(
                    "events.csv",
                    "consistency.events.same_event",
                    f"{entity_id} is dated differently: {dates}",
                    int(group[0].Index),
                    "date",
                )
            )
    if findings:
        return CheckResult(
            "consistency.events.same_event",
            "consistency",
            "fail",
            f"{len(findings)} event(s) given dates that cannot all hold",
            {},
            findings,
        )
    mentions = {k: [e.date for e in group] for k, group in sorted(by_entity.items())}
    shown = "; ".join(f"{k}: {', '.join(v)}" for k, v in mentions.items() if len(v) > 1)
    return CheckResult(
        "consistency.events.same_event",
        "consistency",
        "pass",
        f"{groups} event(s) dated more than once agree — {shown}",
        {"groups": {k: v for k, v in mentions.items() if len(v) > 1}},
    )


def check_consistency(
    subject: Subject, tight: Fraction = TIGHT, strict: Fraction = STRICT
) -> list[CheckResult]:
    """The article's own arithmetic and calendar, on the rows no earlier kind flagged."""
    tables, published = subject.trusted, subject.dataset.published
    results: list[CheckResult] = []
    if "figures" in tables:
        results += check_figures(tables["figures"], tight, strict)
    if "events" in tables and published is not None:
        results += check_event_order(tables["events"], published)
        same = check_same_event(tables["events"])
        if same:
            results.append(same)
    return results
