"""What a benchmark writes: results.json rows, and README.md with the targets and tables.

``ratio`` is ``baseline_seconds / seconds``: above 1 means we are faster. Extrapolated rows
say so (``"extrapolated": true`` and how many articles were measured).
"""

from __future__ import annotations

import os
import platform
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from bench import ROOT
from bench.targets import TARGETS

if TYPE_CHECKING:
    from bench.runner import Run


def entry(name: str, articles: int | None, rows: int | None, run: Run | None, **extra) -> dict:
    """One results.json row: the keys every case has first, then what explains them."""
    result = {
        "name": name,
        "articles": articles,
        "rows": rows,
        "seconds": None if run is None else round(run.seconds, 3),
        "peak_rss_mb": None if run is None else round(run.peak_rss_mb, 1),
        "baseline": None,
        "baseline_seconds": None,
        "ratio": None,
    }
    if run is not None:
        result["cpu_seconds"] = round(run.cpu_seconds, 3)
        if rows and run.seconds:
            result["rows_per_second"] = round(rows / run.seconds, 1)
        if run.load_average is not None:
            result["load_average"] = run.load_average
    result.update(extra)
    return result


def with_baseline(result: dict, baseline: str, run: Run | None, **extra) -> dict:
    if run is None:
        return result | {"baseline": baseline} | extra
    ratio = run.seconds / result["seconds"] if result["seconds"] else None
    cpu = result.get("cpu_seconds")
    return (
        result
        | {
            "baseline": baseline,
            "baseline_seconds": round(run.seconds, 3),
            "ratio": None if ratio is None else round(ratio, 3),
            "baseline_peak_rss_mb": round(run.peak_rss_mb, 1),
            "baseline_cpu_seconds": round(run.cpu_seconds, 3),
            "cpu_ratio": round(run.cpu_seconds / cpu, 3) if cpu else None,
        }
        | extra
    )


def fmt(value, digits: int = 2) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def results_table(results: list[dict]) -> list[str]:
    lines = [
        "| case | articles | rows | seconds | CPU s | peak RSS MB | rows/s | baseline | "
        "baseline s | ratio | CPU ratio | load | measured |",
        "|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---|",
    ]
    for r in results:
        if r.get("skipped"):
            how = "skipped: " + r["skipped"]
        elif r.get("extrapolated"):
            how = f"extrapolated from {r['measured_articles']:,}"
        else:
            how = "yes"
        if r.get("baseline_extrapolated"):
            how += f"; baseline extrapolated from {r['baseline_measured_articles']:,}"
        lines.append(
            f"| {r['name']} | {fmt(r['articles'])} | {fmt(r['rows'])} | {fmt(r['seconds'])} | "
            f"{fmt(r.get('cpu_seconds'))} | {fmt(r['peak_rss_mb'], 0)} | "
            f"{fmt(r.get('rows_per_second'), 0)} | {r['baseline'] or '—'} | "
            f"{fmt(r['baseline_seconds'])} | {fmt(r['ratio'], 3)} | "
            f"{fmt(r.get('cpu_ratio'), 3)} | {fmt(r.get('load_average'))} | {how} |"
        )
    return lines


def find(results: list[dict], name: str, articles=None, baseline_prefix: str = "") -> dict | None:
    """The first row of case ``name`` (of that size, against that baseline), or None."""
    for r in results:
        if (
            r["name"] == name
            and (articles is None or r["articles"] == articles)
            and (r.get("baseline") or "").startswith(baseline_prefix)
        ):
            return r
    return None


def met(yes: bool) -> str:
    return "yes" if yes else "no"


def target_lines(results: list[dict]) -> list[str]:
    """Each target with what was measured (never asserted: reported)."""
    lines = ["| target | measured | met |", "|---|---|---|"]
    largest = max((r["articles"] for r in results if r["name"] == "validate"), default=None)
    v = find(results, "validate", largest, "frictionless")
    if v:
        lines += validate_target_lines(v, largest)
    lines += more_target_lines(results)
    e = find(results, "extract")
    if e:
        lines.append(
            f"| extractor {e['target']} | {e['mb_per_s']:.2f} MB/s whole command "
            f"({e['cpu_mb_per_s']:.2f} per CPU s); extract() alone {e['core_mb_per_s']:.2f} "
            f"({e['core_cpu_mb_per_s']:.2f} per CPU s) | {met(e['meets_target'])} |"
        )
    d = find(results, "dashboard first chart")
    if d and not d.get("skipped"):
        times = d["seconds"] / d["baseline_seconds"]
        lines.append(
            f"| dashboard first chart ≤ 1.3× the bare app | {d['seconds']:.2f} s vs "
            f"{d['baseline_seconds']:.2f} s = {times:.2f}× | {met(d['meets_target'])} |"
        )
    w = find(results, "dashboard /figures warm open")
    if w and not w.get("skipped"):
        lines.append(
            f"| /figures opened on a warm server: a chart within 2.5 s | {w['seconds']:.2f} s "
            f"(the bare app's page: {w['baseline_seconds']:.2f} s) | {met(w['meets_target'])} |"
        )
    p = find(results, "dashboard page switch")
    if p and not p.get("skipped"):
        lines.append(
            f"| page switch ≤ 150 ms (server) | {p['seconds'] * 1000:.0f} ms median, "
            f"{p['slowest_ms']:.0f} ms slowest | {met(p['meets_target'])} |"
        )
    return lines


def validate_target_lines(v: dict, largest: int) -> list[str]:
    """The targets of `factdesk validate` at the largest size: time, memory, ratio."""
    how = " (extrapolated)" if v.get("extrapolated") else ""
    asked = "" if largest == 10_000 else " (the target is for 10,000)"
    return [
        f"| {largest:,} articles validated cold in ≤ 15 s{asked} | {v['seconds']:,.1f} s "
        f"(CPU {v['cpu_seconds']:,.1f} s){how} | "
        f"{met(v['seconds'] <= TARGETS['validate_10000_seconds'])} |",
        f"| … with ≤ 1.5 GB peak | {v['peak_rss_mb']:,.0f} MB{how} | "
        f"{met(v['peak_rss_mb'] <= TARGETS['validate_10000_peak_mb'])} |",
        f"| ≥ 50× faster than frictionless | ratio {v['ratio']:.2f} "
        f"(CPU time: {v['cpu_ratio']:.2f}) | {met(v['ratio'] >= TARGETS['frictionless_ratio'])} |",
    ]


def more_target_lines(results: list[dict]) -> list[str]:
    """2,000 cold, warm re-checks, the export of 1,000: where they were measured."""
    lines = []
    cold = find(results, "validate", 2000, "frictionless")
    if cold:
        how = " (extrapolated)" if cold.get("extrapolated") else ""
        lines.append(
            f"| 2,000 articles validated cold in ≤ 3 s | {cold['seconds']:,.1f} s "
            f"(CPU {cold['cpu_seconds']:,.1f} s){how} | "
            f"{met(cold['seconds'] <= TARGETS['validate_2000_seconds'])} |"
        )
    for articles in (2000, 10000):
        warm = find(results, "validate (warm)", articles)
        if warm:
            lines.append(
                f"| {articles:,} unchanged articles re-validated in {warm['target']} | "
                f"{warm['seconds']:.2f} s (CPU {warm['cpu_seconds']:.2f} s, peak "
                f"{warm['peak_rss_mb']:,.0f} MB) | {met(warm['meets_target'])} |"
            )
    export = find(results, "export", 1000)
    if export:
        how = " (extrapolated)" if export.get("extrapolated") else ""
        lines.append(
            f"| export of 1,000 articles in ≤ 20 s | {export['seconds']:,.1f} s "
            f"(CPU {export['cpu_seconds']:,.1f} s){how} | "
            f"{met(export['seconds'] <= TARGETS['export_1000_seconds'])} |"
        )
    return lines


def growth_lines(results: list[dict]) -> list[str]:
    """How each tool's cost grows with the archive: the straight line through its runs."""
    tools = {}
    for r in results:
        if r["name"] == "validate" and "growth" in r:
            tools["factdesk validate"] = r["growth"]
            tools[r["baseline"]] = r["baseline_growth"]
    if not tools:
        return []
    lines = [
        "## How time and memory grow",
        "",
        "The straight line through each tool's runs (the one the extrapolated rows use): a "
        "fixed start-up (interpreter, imports), then a cost per article.",
        "",
        "| tool | start-up s | s / article | CPU s / article | MB at start | MB / article | "
        "runs (articles) |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for name, g in tools.items():
        lines.append(
            f"| {name} | {g['startup_seconds']:.2f} | {g['seconds_per_article']:.4f} | "
            f"{g['cpu_seconds_per_article']:.4f} | {g['startup_mb']:.0f} | "
            f"{g['mb_per_article']:.3f} | {', '.join(f'{n:,}' for n in g['runs'])} |"
        )
    return [*lines, ""]


def profile_lines(profile: dict) -> list[str]:
    count = profile["articles"]
    lines = [
        f"Measured on {count} articles in one process ({profile['seconds']:.2f} CPU s, "
        f"{1000 * profile['seconds'] / count:.1f} ms CPU per article, without the profiler): "
        "CPU per stage, from wrappers around the archive engine's calls (reading, each check "
        "kind, rendering; nothing in the engine edited). `factdesk validate` runs this in "
        "worker processes, a chunk of articles at a time.",
        "",
        "| stage | ms CPU per article | share |",
        "|---|---:|---:|",
    ]
    for stage, seconds in profile["stages"].items():
        lines.append(
            f"| {stage} | {1000 * seconds / count:.2f} | {seconds / profile['seconds']:.1%} |"
        )
    lines += [
        "",
        f"pandera's `DataFrameSchema.validate` alone (the tables the schema kind's fast path "
        f"does not accept): {profile['pandera_share']:.1%} of the profiled time; its `Check` "
        f"objects called (by the fast path, and by validate): "
        f"{profile.get('pandera_checks_share', 0.0):.1%}. "
        "Top 15 functions by cumulative time (cProfile, whose overhead inflates "
        "every number by the same order; compare shares, not seconds):",
        "",
        "| ncalls | tottime | cumtime | function |",
        "|---:|---:|---:|---|",
    ]
    for row in profile["top"]:
        lines.append(
            f"| {row['ncalls']} | {row['tottime']:.3f} | {row['cumtime']:.3f} | "
            f"`{row['function']}` |"
        )
    return lines


def machine() -> dict:
    from importlib.metadata import PackageNotFoundError, version

    versions = {}
    for package in ("pandas", "pandera", "frictionless", "streamlit", "plotly", "kaleido"):
        try:
            versions[package] = version(package)
        except PackageNotFoundError:
            versions[package] = None
    return {
        "commit": commit(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "packages": versions,
    }


def commit() -> str | None:
    """The commit measured, and whether the tree had changes on top of it."""
    try:
        described = subprocess.run(
            ["git", "describe", "--always", "--dirty"],
            cwd=ROOT, capture_output=True, text=True, timeout=30,
        )  # fmt: skip
    except OSError:
        return None
    return described.stdout.strip() or None


def write_readme(out: Path, results, args, info, chart, chart_note, profile, elapsed) -> None:
    """build/bench/README.md: how it was measured, the targets, every row, growth, profile."""
    lines = [
        *intro_lines(out, args, info, elapsed),
        "## Targets",
        "",
        *target_lines(results),
        "",
        "## Results",
        "",
        *results_table(results),
        "",
    ]
    if any(r.get("extrapolated") or r.get("baseline_extrapolated") for r in results):
        lines += extrapolation_lines(args)
    lines += faults_lines(results)
    lines += growth_lines(results)
    lines += chart_lines(chart, chart_note)
    lines += ["## Where `factdesk validate` spends its time", ""]
    lines += profile_lines(profile) if profile else ["(not profiled)"]
    lines += [
        "",
        "Full profile: [profile.txt](profile.txt). Data: [results.json](results.json).",
        "",
    ]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


def intro_lines(out: Path, args, info: dict, elapsed: float) -> list[str]:
    """Title, the machine and its load, and how each command was measured."""
    return [
        "# factdesk benchmarks",
        "",
        f"Written by `python -m bench {out}` (`make bench`) in {elapsed:,.0f} s, "
        f"commit {info['commit']}, on "
        f"{info['cpus']} CPUs, Python {info['python']}, {info['platform']}. Packages: "
        + ", ".join(f"{k} {v}" for k, v in info["packages"].items() if v)
        + f". Load average at the start {info['load_average_start']}, at the end "
        f"{info['load_average']}: other work on the machine slows wall times; CPU seconds "
        "are less sensitive to it.",
        "",
        f"Synthetic archives: `factdesk bench-data --seed {args.seed}` (Arabic articles of 40–100 "
        "rows each, valid by construction). Each measured command is a child process "
        "(`os.wait4`: wall and CPU seconds, peak RSS of that process). `ratio` = "
        "baseline_seconds / seconds: above 1, factdesk is faster.",
        "",
    ]


def faults_lines(results: list[dict]) -> list[str]:
    """The slow path: the archive with faults, against the clean one of the same size."""
    f = find(results, "validate (faults)")
    if f is None:
        return []
    against = ""
    if "cpu_vs_clean" in f:
        against = (
            f" The clean archive of the same size: {f['clean_seconds']:,.2f} s (CPU "
            f"{f['clean_cpu_seconds']:,.2f} s); the faults cost {f['cpu_vs_clean']:.2f}× its CPU."
        )
    return [
        f"**The slow path.** {f['articles']:,} articles with a fault injected into "
        f"{f['faulty_articles']:,} of them (every kind of check in turn), checked cold: "
        f"{f['seconds']:,.2f} s (CPU {f['cpu_seconds']:,.2f} s, peak {f['peak_rss_mb']:,.0f} MB), "
        f"{f['failed_checks']:,} checks failed.{against}",
        "",
    ]


def extrapolation_lines(args) -> list[str]:
    return [
        "**Extrapolated rows.** A size that would not finish within the time budget "
        f"(`--budget {args.budget:g}` s for factdesk, `--baseline-budget "
        f"{args.baseline_budget:g}` s for baselines and export) was measured on its first "
        "k articles (every archive of a seed is a prefix of the larger ones) and "
        "extrapolated with a straight line through every run of that tool: seconds, CPU "
        "seconds and peak RSS alike. Those rows say so above and in results.json "
        '(`"extrapolated": true`, `measured_articles`, `note`). Give a larger `--budget` '
        "to measure more.",
        "",
    ]


def chart_lines(chart: str, chart_note: str) -> list[str]:
    lines = [
        "## Scaling",
        "",
        f"![time and memory against archive size]({chart})"
        if chart.endswith(".png")
        else f"The chart is [{chart}]({chart}) (interactive HTML).",
        "",
    ]
    return [*lines, chart_note, ""] if chart_note else lines
