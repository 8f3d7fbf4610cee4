"""The verification kind: the second verdict, the article held against primary sources.

Kept apart from consistency on purpose: whether the article's numbers agree with each
other never depends on what the world says, and the other way round. Where the world
contradicts the article the result warns, never fails — the dataset records the article
faithfully; the contradiction is the finding.
"""

from __future__ import annotations

from collections import Counter

from validation.batch import Rows, Subject, missing
from validation.report import CheckResult, Finding, verdict

# The column of each target table whose value an external source can confirm or contradict.
ARTICLE_VALUE = {"figures": "amount", "events": "date", "claims": "quote_ar", "entities": "name_en"}


def check_external_events(events: Rows) -> CheckResult:
    """An event from outside the article has no span and cites the verification behind it."""

    def external(e) -> bool:
        return e.date_basis == "external"

    def has_span(e) -> bool:
        return not missing(e.char_start) or not missing(e.date_text_ar)

    findings = []
    for row in events.where(lambda e: external(e) and missing(e.verification_id)):
        findings.append(
            Finding(
                "events.csv",
                "verification.external_events",
                f"{row.event_id} is dated from outside the article but cites no verification",
                int(row.Index),
                "verification_id",
            )
        )
    for row in events.where(lambda e: external(e) and has_span(e)):
        findings.append(
            Finding(
                "events.csv",
                "verification.external_events",
                f"{row.event_id} is external yet points into the article: leave its span empty",
                int(row.Index),
                "char_start",
            )
        )
    for row in events.where(lambda e: not external(e) and not has_span(e)):
        findings.append(
            Finding(
                "events.csv",
                "verification.external_events",
                f"{row.event_id} has no span in the article, so its date_basis must be external",
                int(row.Index),
                "date_basis",
                row.date_basis,
            )
        )
    count = sum(1 for e in events if external(e))
    return verdict(
        "verification.external_events",
        "verification",
        sorted(findings, key=lambda f: f.row or 0),
        f"all {count} events from outside the article cite their verification",
        "{n} external event problem(s)",
    )


def article_value(tables: dict[str, Rows], table: str, target_id: str) -> str | None:
    rows = tables.get(table)
    column = ARTICLE_VALUE.get(table)
    if rows is None or column is None:
        return None
    key = rows.columns[0]
    match = [
        v for k, v in zip(rows.values(key), rows.values(column), strict=True) if k == target_id
    ]
    return None if not match else str(match[0])


def check_verdicts(tables: dict[str, Rows]) -> CheckResult:
    """Count the verdicts; warn on each contradiction, showing both values."""
    verifications = tables["verifications"]
    counts = Counter(verifications.values("verdict"))
    contradicted = verifications.where(lambda v: v.verdict == "contradicted")
    findings = [
        Finding(
            "verifications.csv",
            "verification.contradicted",
            f"{row.target_table} {row.target_id}: the article says "
            f"{article_value(tables, row.target_table, row.target_id)!s}, "
            f"{row.source_title} says {row.external_value}",
            int(row.Index),
            "external_value",
            None if missing(row.external_value) else str(row.external_value),
        )
        for row in contradicted
    ]
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
    grouped: dict[str, Counter] = {}
    for row in verifications:
        grouped.setdefault(row.target_table, Counter())[row.verdict] += 1
    by_target = {table: dict(sorted(counter.items())) for table, counter in sorted(grouped.items())}
    details = {"verdicts": dict(sorted(counts.items())), "by_target": by_target}
    if findings:
        message = f"{len(findings)} contradiction(s) with primary sources ({summary})"
        return CheckResult(
            "verification.verdicts", "verification", "warn", message, details, findings
        )
    return CheckResult(
        "verification.verdicts",
        "verification",
        "pass",
        f"{len(verifications)} verdicts against primary sources: {summary}",
        details,
    )


def check_verification(subject: Subject) -> list[CheckResult]:
    tables = subject.rows
    results = []
    if "events" in tables and "verifications" in tables:
        results.append(check_external_events(tables["events"]))
    if "verifications" in tables:
        results.append(check_verdicts(tables))
    return results
