"""The verification kind: the second verdict, the article held against primary sources.

Kept apart from consistency on purpose: whether the article's numbers agree with each
other never depends on what the world says, and the other way round. Where the world
contradicts the article the result warns, never fails — the dataset records the article
faithfully; the contradiction is the finding.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from validation.report import CheckResult, Finding, verdict

# The column of each target table whose value an external source can confirm or contradict.
ARTICLE_VALUE = {"figures": "amount", "events": "date", "claims": "quote_ar", "entities": "name_en"}


def check_external_events(events: pd.DataFrame) -> CheckResult:
    """An event from outside the article has no span and cites the verification behind it."""
    external = events["date_basis"] == "external"
    has_span = events["char_start"].notna() | events["date_text_ar"].notna()
    findings = []
    for row in events[external & events["verification_id"].isna()].itertuples():
        findings.append(
            Finding(
                "events.csv",
                "verification.external_events",
                f"{row.event_id} is dated from outside the article but cites no verification",
                int(row.Index),
                "verification_id",
            )
        )
    for row in events[external & has_span].itertuples():
        findings.append(
            Finding(
                "events.csv",
                "verification.external_events",
                f"{row.event_id} is external yet points into the article: leave its span empty",
                int(row.Index),
                "char_start",
            )
        )
    for row in events[~external & ~has_span].itertuples():
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
    count = int(external.sum())
    return verdict(
        "verification.external_events",
        "verification",
        sorted(findings, key=lambda f: f.row or 0),
        f"all {count} events from outside the article cite their verification",
        "{n} external event problem(s)",
    )


def article_value(tables: dict[str, pd.DataFrame], table: str, target_id: str) -> str | None:
    frame = tables.get(table)
    column = ARTICLE_VALUE.get(table)
    if frame is None or column is None:
        return None
    key = frame.columns[0]
    match = frame.loc[frame[key] == target_id, column]
    return None if match.empty else str(match.iloc[0])


def check_verdicts(tables: dict[str, pd.DataFrame]) -> CheckResult:
    """Count the verdicts; warn on each contradiction, showing both values."""
    verifications = tables["verifications"]
    counts = Counter(verifications["verdict"])
    contradicted = verifications[verifications["verdict"] == "contradicted"]
    findings = [
        Finding(
            "verifications.csv",
            "verification.contradicted",
            f"{row.target_table} {row.target_id}: the article says "
            f"{article_value(tables, row.target_table, row.target_id)!s}, "
            f"{row.source_title} says {row.external_value}",
            int(row.Index),
            "external_value",
            None if pd.isna(row.external_value) else str(row.external_value),
        )
        for row in contradicted.itertuples()
    ]
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
    by_target = {
        table: dict(sorted(Counter(rows["verdict"]).items()))
        for table, rows in verifications.groupby("target_table", sort=True)
    }
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


def check_verification(tables: dict[str, pd.DataFrame]) -> list[CheckResult]:
    results = []
    if "events" in tables and "verifications" in tables:
        results.append(check_external_events(tables["events"]))
    if "verifications" in tables:
        results.append(check_verdicts(tables))
    return results
