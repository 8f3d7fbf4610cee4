"""``make bench`` (``python -m bench``): measure factdesk; write build/bench/results.json,
README.md and a chart.

    python -m bench build/bench [--sizes 100,1000,10000] [--budget 100]
                                [--baseline-budget 45] [--skip-dashboard]
    python -m bench build/bench --only dashboard [--rounds 5]

The cases are in bench/cases.py and bench/browser.py; timings are never asserted in tests:
they are reported against their targets (bench/targets.py).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from bench.archives import Archives
from bench.browser import dashboard_case
from bench.cases import export_case, extract_case, profile_case, validation_cases
from bench.report import entry, machine, target_lines, write_readme
from bench.scaling import write_chart


def sizes(text: str) -> list[int]:
    try:
        values = [int(part) for part in text.replace(",", " ").split()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"sizes are whole numbers: {text!r}") from None
    if not values or min(values) < 1:
        raise argparse.ArgumentTypeError(f"sizes are at least 1: {text!r}")
    return values


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Measure factdesk: validate (against frictionless and pandera alone), "
        "extract, export and the dashboard. Writes results.json, README.md and a chart.",
    )
    parser.add_argument("out", type=Path, help="where to write (e.g. build/bench)")
    parser.add_argument(
        "--sizes",
        type=sizes,
        nargs="+",
        default=[[100, 2000, 10000]],
        metavar="N",
        help="archive sizes in articles, e.g. --sizes 100,1000 (default 100 2000 10000)",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic archives")
    parser.add_argument(
        "--budget",
        type=float,
        default=100,
        metavar="S",
        help="seconds one run of factdesk validate may take; larger sizes are measured on a "
        "prefix and extrapolated (default 100)",
    )
    parser.add_argument(
        "--baseline-budget",
        type=float,
        default=45,
        metavar="S",
        help="the same for frictionless, pandera alone and export (default 45)",
    )
    parser.add_argument(
        "--extract-mb",
        type=float,
        default=4.0,
        metavar="MB",
        help="size of the Arabic text for extract (default 4)",
    )
    parser.add_argument(
        "--profile-articles",
        type=int,
        default=1000,
        metavar="N",
        help="articles profiled: one chunk of the archive engine (default 1000)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="dashboard rounds, ours and bare alternated (default 3)",
    )
    parser.add_argument(
        "--skip-dashboard",
        action="store_true",
        help="leave out the browser and page-switch measurements",
    )
    parser.add_argument(
        "--only",
        choices=["dashboard"],
        help="run one case alone and write only its rows (dashboard.json, with the machine "
        "and its load), e.g. while working on the dashboard's start",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    args.sizes = sorted({n for group in args.sizes for n in group})
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    load_start = [round(x, 2) for x in os.getloadavg()]

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - started:6.0f} s] {message}", flush=True)

    if args.only == "dashboard":
        return dashboard_only(args, out, log, load_start)
    archives = Archives(out / "data", args.seed)
    results, tools = validation_cases(args, archives, log)
    largest = max(archives.generation)
    results.append(
        entry("bench-data", largest, archives.rows[largest], archives.generation[largest])
    )
    results.append(extract_case(args, archives, out, log))
    results += export_case(args, archives, out, log)
    if args.skip_dashboard:
        log("dashboard: skipped (--skip-dashboard)")
    else:
        results += dashboard_case(args, out, log)
    profile = profile_case(args, archives, out, log)
    chart, chart_note = write_chart(tools, args.sizes, out, log)
    info = machine() | {"load_average_start": load_start}
    elapsed = time.perf_counter() - started
    (out / "results.json").write_text(
        json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    (out / "machine.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    write_readme(out, results, args, info, chart, chart_note, profile, elapsed)
    log(f"wrote {out / 'results.json'}, {out / 'README.md'} and {out / chart}")
    return 0


def dashboard_only(args, out: Path, log, load_start: list[float]) -> int:
    """The dashboard case alone: its rows and the machine they were measured on."""
    results = dashboard_case(args, out, log)
    info = machine() | {"load_average_start": load_start}
    info["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    path = out / "dashboard.json"
    path.write_text(
        json.dumps({"results": results, "machine": info}, ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )
    for line in target_lines(results):
        log(line)
    log(f"wrote {path}")
    return 0
