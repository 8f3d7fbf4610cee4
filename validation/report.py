"""Verdicts of the checks, and their two renderings: text for people, JSON for machines.

A check's message shows its arithmetic or its count in plain words; its ``details`` carry
the numbers and the list of findings (file, row, column, value, rule) behind it.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field

from validation.vocab import STATUS_MARK

SHOWN_FINDINGS = 10  # per check in text output; the rest are summarised with counts


@dataclass(frozen=True)
class Finding:
    """One problem at one place: a journalist can open the file and go to the cell."""

    file: str
    rule: str
    message: str
    row: int | None = None
    column: str | None = None
    value: str | None = None

    def line(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column {self.column}"
        shown = "" if self.value is None else f" (value: {shorten(self.value)})"
        return f"{where}: {self.message}{shown} [{self.rule}]"


# Every kind of check, in the order the engine runs them, with what it proves in a phrase
# (`factdesk validate --help` lists them; README's "What validated means" says it in full).
KINDS = {
    "schema": "each table matches its model; metadata.json its JSON Schema",
    "referential": "every id a row names exists",
    "provenance": "each quote is the article's text at its offsets; the source's sha256",
    "consistency": "figures fit their parents under the hedges; dates in order",
    "coverage": "every number in the body is captured or ignored",
    "verification": "the second verdict: what outside sources say",
    "review": "a draft's rows each reviewed by a person, and its status no longer draft",
}


@dataclass
class CheckResult:
    id: str
    kind: str
    status: str
    message: str
    details: dict = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    def as_json(self) -> dict:
        details = dict(self.details)
        if self.findings:
            details["findings"] = [asdict(f) for f in self.findings]
        return {
            "id": self.id,
            "kind": self.kind,
            "status": self.status,
            "message": self.message,
            "details": details,
        }


def check_by_id(checks: list[dict], check_id: str) -> dict | None:
    """The check ``check_id`` among a report's checks as JSON (``as_json``), or None."""
    return next((c for c in checks if c["id"] == check_id), None)


def verdict(
    check_id: str,
    kind: str,
    findings: list[Finding],
    passed: str,
    failed: str,
    details: dict | None = None,
) -> CheckResult:
    """Pass with ``passed`` when nothing was found, else fail with ``failed`` (``{n}`` = count)."""
    if findings:
        return CheckResult(
            check_id, kind, "fail", failed.format(n=f"{len(findings):,}"), details or {}, findings
        )
    return CheckResult(check_id, kind, "pass", passed, details or {})


@dataclass
class DatasetReport:
    id: str
    checks: list[CheckResult]


@dataclass
class Report:
    datasets: list[DatasetReport]

    def counts(self) -> dict[str, int]:
        statuses = Counter(c.status for d in self.datasets for c in d.checks)
        return {
            "passed": statuses["pass"],
            "failed": statuses["fail"],
            "warned": statuses["warn"],
        }

    @property
    def ok(self) -> bool:
        return self.counts()["failed"] == 0

    def as_json(self) -> dict:
        return {
            "datasets": [
                {"id": d.id, "checks": [c.as_json() for c in d.checks]} for d in self.datasets
            ],
            "summary": self.counts(),
        }

    def to_json(self) -> str:
        return json.dumps(self.as_json(), ensure_ascii=False, indent=2, default=str) + "\n"

    def to_text(self) -> str:
        lines: list[str] = []
        many = len(self.datasets) > 20
        for dataset in self.datasets:
            if many and all(c.status == "pass" for c in dataset.checks):
                continue  # an archive's clean datasets are counted in the summary, not listed
            lines.append(f"{dataset.id}")
            for check in dataset.checks:
                lines.extend(render_check(check))
        counts = self.counts()
        lines.append(
            f"{len(self.datasets)} dataset(s): {counts['passed']} passed, "
            f"{counts['failed']} failed, {counts['warned']} warned"
        )
        return "\n".join(lines) + "\n"


def render_check(check: CheckResult) -> list[str]:
    lines = [f"  {STATUS_MARK[check.status]} {check.id} — {check.message}"]
    for finding in check.findings[:SHOWN_FINDINGS]:
        lines.append(f"      {finding.line()}")
    hidden = check.findings[SHOWN_FINDINGS:]
    if hidden:
        by_rule = Counter(f.rule for f in hidden)
        summary = ", ".join(f"{rule}: {count:,}" for rule, count in by_rule.most_common())
        lines.append(f"      … and {len(hidden):,} more ({summary})")
    return lines


def shorten(value: str, limit: int = 60) -> str:
    text = str(value).replace("\n", "⏎")
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
