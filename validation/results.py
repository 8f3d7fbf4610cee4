"""Typed results per check family: what a view reads instead of digging into ``details``.

The JSON report keeps its shape (SPEC: ``{"id", "kind", "status", "message", "details"}``);
these small frozen dataclasses are made from it by the engine's side, so a page or a chart
asks ``parts_fits(checks)`` for the parts-against-whole results rather than matching check
ids by prefix and reading ``details["sum"]["tight"]["high"]``. One place knows the shapes.

    >>> check = {"id": "consistency.part_within_parent.f02", "kind": "consistency",
    ...          "status": "pass", "message": "…", "details": {"part": "f02", "parent": "f01",
    ...          "part_intervals": {"tight": {"low": 5.0, "high": 5.0, "low_open": False,
    ...          "high_open": False}, "strict": {"low": 5.0, "high": 5.0, "low_open": False,
    ...          "high_open": False}}, "parent_intervals": {"tight": {"low": 9.0, "high": 11.0,
    ...          "low_open": False, "high_open": False}, "strict": {"low": 8.0, "high": None,
    ...          "low_open": True, "high_open": False}}}}
    >>> (within,) = parts_within(checks=[check])
    >>> within.part, within.parent, within.parent_readings.strict.high
    ('f02', 'f01', None)
"""

from __future__ import annotations

from dataclasses import dataclass

from validation.report import Finding

PARTS_FIT = "consistency.parts_fit."
PART_WITHIN = "consistency.part_within_parent."
TOTALS_GROW = "consistency.context.totals_grow"
PLACEMENT = "consistency.context.placement"
VERDICTS = "verification.verdicts"


@dataclass(frozen=True)
class Bounds:
    """One reading of a hedged amount: None is unbounded; an open end excludes its value."""

    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False

    @classmethod
    def of(cls, data: dict) -> Bounds:
        return cls(data["low"], data["high"], data["low_open"], data["high_open"])


@dataclass(frozen=True)
class Readings:
    """An amount under the tight and the strict reading of its hedge (validation/hedges.py)."""

    tight: Bounds
    strict: Bounds

    @classmethod
    def of(cls, data: dict) -> Readings:
        return cls(Bounds.of(data["tight"]), Bounds.of(data["strict"]))


@dataclass(frozen=True)
class Verdict:
    """What every result carries: the check's id, status and message as the report says."""

    check_id: str
    status: str
    message: str


@dataclass(frozen=True)
class PartsFit(Verdict):
    """``consistency.parts_fit.<parent>``: the parts' sum against their whole."""

    parent: str
    parts: tuple[str, ...]
    exhaustive: bool
    sum: Readings
    parent_readings: Readings
    excess_over_stated: float | None


@dataclass(frozen=True)
class PartWithin(Verdict):
    """``consistency.part_within_parent.<part>``: one part against its whole."""

    part: str
    parent: str
    part_readings: Readings
    parent_readings: Readings


@dataclass(frozen=True)
class TotalsGrow(Verdict):
    """``consistency.context.totals_grow``: the stated cumulative totals in date order."""

    sequence: tuple[str, ...]
    drops: tuple[tuple[int, str], ...]  # (context_figures.csv row, what the drop says)


@dataclass(frozen=True)
class Placement(Verdict):
    """``consistency.context.placement[.<figure>]``: one headline among the statements."""

    headline: str
    headline_context_id: str | None
    repeats: str | None
    before: tuple[str, ...]
    after: tuple[str, ...]
    parts_high: float


@dataclass(frozen=True)
class VerdictCounts(Verdict):
    """``verification.verdicts``: external verdicts counted, in all and by target table."""

    counts: dict[str, int]
    by_target: dict[str, dict[str, int]]


def findings_of(check: dict) -> list[Finding]:
    """A check's findings, by file, row and column (the engine's own Finding, read back)."""
    fields = ("file", "rule", "message", "row", "column", "value")
    return [
        Finding(**{k: f.get(k) for k in fields})
        for f in (check.get("details") or {}).get("findings", [])
    ]


def named_ids(check: dict) -> frozenset[str]:
    """Every id a check names in its details (part, parent, parts, event_ids, headline, …):
    what the check is about, as the engine recorded it — never read out of its message."""

    def strings(value) -> set[str]:
        if isinstance(value, dict):
            return set(map(str, value)) | {s for v in value.values() for s in strings(v)}
        if isinstance(value, list | tuple):
            return {s for v in value for s in strings(v)}
        return {value} if isinstance(value, str) else set()

    return frozenset(strings(check.get("details") or {}))


def _verdict(check: dict) -> dict:
    return {"check_id": check["id"], "status": check["status"], "message": check["message"]}


def parts_fit_of(check: dict) -> PartsFit | None:
    details = check.get("details") or {}
    if not check["id"].startswith(PARTS_FIT) or "sum" not in details:
        return None  # a fault that kept the arithmetic from running (its findings say why)
    return PartsFit(
        **_verdict(check),
        parent=details["parent"],
        parts=tuple(details["parts"]),
        exhaustive=bool(details.get("parts_exhaustive")),
        sum=Readings.of(details["sum"]),
        parent_readings=Readings.of(details["parent_intervals"]),
        excess_over_stated=details.get("excess_over_stated"),
    )


def part_within_of(check: dict) -> PartWithin | None:
    details = check.get("details") or {}
    if not check["id"].startswith(PART_WITHIN) or "part_intervals" not in details:
        return None
    return PartWithin(
        **_verdict(check),
        part=details["part"],
        parent=details["parent"],
        part_readings=Readings.of(details["part_intervals"]),
        parent_readings=Readings.of(details["parent_intervals"]),
    )


def parts_fits(checks: list[dict]) -> list[PartsFit]:
    """Every parts-against-whole result whose arithmetic ran, in report order."""
    return [fit for check in checks if (fit := parts_fit_of(check))]


def parts_within(checks: list[dict]) -> list[PartWithin]:
    return [within for check in checks if (within := part_within_of(check))]


def arithmetic_of(check: dict) -> PartsFit | PartWithin | None:
    """The interval arithmetic a consistency check shows, whichever family it is."""
    return parts_fit_of(check) or part_within_of(check)


def arithmetic(checks: list[dict]) -> list[PartsFit | PartWithin]:
    """Every hierarchy check whose interval arithmetic ran (a part, or the parts' sum,
    against the whole), in report order: what the consistency page draws."""
    return [found for check in checks if (found := arithmetic_of(check))]


def totals_grow(checks: list[dict]) -> TotalsGrow | None:
    check = next((c for c in checks if c["id"] == TOTALS_GROW), None)
    if check is None:
        return None
    details = check.get("details") or {}
    return TotalsGrow(
        **_verdict(check),
        sequence=tuple(details.get("sequence", ())),
        drops=tuple(
            (f["row"], f["message"])
            for f in details.get("findings", [])
            if f.get("row") is not None
        ),
    )


def placements(checks: list[dict]) -> list[Placement]:
    """Each headline's placement (one check, or one per headline when there are several)."""
    found = []
    for check in checks:
        if check["id"] != PLACEMENT and not check["id"].startswith(PLACEMENT + "."):
            continue
        details = check.get("details") or {}
        found.append(
            Placement(
                **_verdict(check),
                headline=details["headline"],
                headline_context_id=details.get("headline_context_id"),
                repeats=details.get("repeats"),
                before=tuple(details.get("before", ())),
                after=tuple(details.get("after", ())),
                parts_high=details.get("parts_high", 0.0),
            )
        )
    return found


def verdict_counts(checks: list[dict]) -> VerdictCounts | None:
    check = next((c for c in checks if c["id"] == VERDICTS), None)
    details = (check or {}).get("details") or {}
    if "verdicts" not in details:
        return None
    return VerdictCounts(
        **_verdict(check),
        counts=dict(details["verdicts"]),
        by_target={k: dict(v) for k, v in details.get("by_target", {}).items()},
    )
