"""The referential kind: every id a row names exists, and the figure hierarchy is a tree."""

from __future__ import annotations

import pandas as pd

from validation.report import CheckResult, Finding, verdict
from validation.schemas import FOREIGN_KEYS, PRIMARY_KEYS


def check_reference(
    tables: dict[str, pd.DataFrame],
    raw: dict[str, pd.DataFrame],
    source: tuple[str, str],
    target: tuple[str, str],
) -> CheckResult | None:
    """Ids are looked up among all rows as written (``raw``): a row with a bad cell elsewhere
    still has its id, and saying it does not would blame the wrong file."""
    (table, column), (target_table, target_column) = source, target
    if table not in tables:
        return None
    values = tables[table][column].dropna()
    if values.empty:
        return None
    check_id = f"referential.{table}.{column}"
    if target_table in raw and target_column not in raw[target_table].columns:
        return None  # the target lost its id column: its schema verdict says so, once
    known = set(raw[target_table][target_column]) if target_table in raw else set()
    findings = [
        Finding(
            f"{table}.csv",
            check_id,
            f"names {target_column} {value!r}, which {target_table}.csv does not have",
            int(row),
            column,
            str(value),
        )
        for row, value in values.items()
        if value not in known
    ]
    return verdict(
        check_id,
        "referential",
        findings,
        f"all {len(values):,} {column} values of {table}.csv resolve in {target_table}.csv",
        f"{{n}} {column} value(s) of {table}.csv name nothing in {target_table}.csv",
    )


def figure_cycles(figures: pd.DataFrame) -> list[list[str]]:
    """Each chain of parent_figure_id that comes back on itself, once."""
    parent = dict(zip(figures["figure_id"], figures["parent_figure_id"], strict=True))
    cycles, cleared = [], set()
    for start in parent:
        path, node = [], start
        while isinstance(node, str) and node in parent and node not in cleared:
            if node in path:
                cycles.append([*path[path.index(node) :], node])
                break
            path.append(node)
            node = parent[node]
        cleared.update(path)
    return cycles


def check_hierarchy(figures: pd.DataFrame) -> CheckResult:
    cycles = figure_cycles(figures)
    findings = [
        Finding(
            "figures.csv",
            "referential.figures.hierarchy",
            "figures are each other's parents: " + " → ".join(cycle),
            column="parent_figure_id",
        )
        for cycle in cycles
    ]
    roots = int(figures["parent_figure_id"].isna().sum())
    return verdict(
        "referential.figures.hierarchy",
        "referential",
        findings,
        f"the figure hierarchy is a tree: {len(figures)} figures under {roots} headline(s)",
        "{n} cycle(s) in the figure hierarchy",
    )


def check_verification_targets(
    tables: dict[str, pd.DataFrame], raw: dict[str, pd.DataFrame]
) -> CheckResult | None:
    if "verifications" not in tables:
        return None
    verifications = tables["verifications"]
    findings = []
    ids = {
        name: set(frame[PRIMARY_KEYS[name][0]])
        for name, frame in raw.items()
        if PRIMARY_KEYS[name][0] in frame.columns  # else its schema verdict says so, once
    }
    for row, target_table, target_id in verifications[["target_table", "target_id"]].itertuples():
        if target_table in raw and target_table not in ids:
            continue
        if target_id not in ids.get(target_table, set()):
            findings.append(
                Finding(
                    "verifications.csv",
                    "referential.verifications.target",
                    f"checks {target_table} row {target_id!r}, which does not exist",
                    int(row),
                    "target_id",
                    str(target_id),
                )
            )
    return verdict(
        "referential.verifications.target",
        "referential",
        findings,
        f"all {len(verifications)} verifications check a row that exists",
        "{n} verification(s) check a row that does not exist",
    )


def check_references(
    tables: dict[str, pd.DataFrame], raw: dict[str, pd.DataFrame]
) -> list[CheckResult]:
    results = [
        check_reference(tables, raw, source, target) for source, target in FOREIGN_KEYS.items()
    ]
    if "figures" in tables:
        results.append(check_hierarchy(tables["figures"]))
    results.append(check_verification_targets(tables, raw))
    return [r for r in results if r is not None]
