"""The measured cases, each a function of the parsed arguments returning results.json rows.

1. ``factdesk validate`` over synthetic archives of each size (all kinds of check), cold
   (an empty verdict cache of its own), then warm (the same archive again, unchanged), and
   cold once more with a fault in one article in 20 (the slow path: pandera explaining);
2. frictionless-py over the same files, with the datapackage.json our export generates
   (curated columns only: the synthetic tables carry no computed columns);
3. pandera alone over the same tables (the models in validation/schemas.py, no other check);
4. ``factdesk extract`` on a large Arabic text, in MB/s;
5. ``factdesk export`` of the Libya dataset and of 1,000 articles;
6. the dashboard (bench/browser.py);
and a profile of where ``factdesk validate`` spends its time.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from bench import ROOT
from bench.archives import Archives, count_rows
from bench.report import entry, find, with_baseline
from bench.runner import factdesk, measure_size, run_measured, worker
from bench.scaling import Tool, growth
from bench.targets import TARGETS

LIBYA = ROOT / "datasets" / "us-libya-berlin2-2021"


def validation_cases(args, archives: Archives, log) -> tuple[list[dict], dict[str, Tool]]:
    """Cases 1–3: ours, frictionless and pandera alone on the same archives."""
    cold = ColdCommand(args.out / "cache")
    tools = {
        "factdesk": Tool("factdesk validate", cold, args.budget),
        "frictionless": Tool(
            "frictionless", lambda f: worker("frictionless", str(f)), args.baseline_budget
        ),
        "pandera": Tool("pandera only", lambda f: worker("pandera", str(f)), args.baseline_budget),
    }
    results = []
    for articles in args.sizes:
        log(f"validate: {articles:,} articles")
        ours, notes = measure_size(tools["factdesk"], archives, articles, log)
        rows = archives.rows.get(articles) or round(archives.mean_rows() * articles)
        base = entry("validate", articles, rows, ours, **notes)
        warm = None if notes["extrapolated"] else warm_case(cold, archives.folder(articles),
                                                            articles, rows, log)  # fmt: skip
        for key, label in (
            ("frictionless", "frictionless-py (our datapackage.json)"),
            ("pandera", "pandera only (schemas.py models)"),
        ):
            baseline, baseline_notes = measure_size(tools[key], archives, articles, log)
            prefixed = {f"baseline_{k}": v for k, v in baseline_notes.items()}
            results.append(with_baseline(dict(base), label, baseline, **prefixed))
        if warm:
            results.append(warm)
    for result in results:  # the lines are final once every size has run
        if result["name"] != "validate":
            continue
        result["growth"] = growth(tools["factdesk"])
        key = "frictionless" if result["baseline"].startswith("frictionless") else "pandera"
        result["baseline_growth"] = growth(tools[key])
    results.append(faults_case(args, archives, cold, results, log))
    return results, tools


FAULTY_ARTICLES = 2000  # the size whose slow path is measured (or the largest, if smaller)
FAULT_EVERY = 20  # one article in this many gets a fault, kinds in turn
CHECKS_COUNTED = re.compile(r"(\d+) dataset\(s\): (\d+) passed, (\d+) failed, (\d+) warned")


def faults_case(args, archives: Archives, cold: ColdCommand, results: list[dict], log) -> dict:
    """``factdesk validate`` cold on the archive with faults injected: every kind of check
    fails somewhere, so pandera's own validation explains the rejected tables and the
    careful reader opens the odd files. Compared with the clean archive of the same size."""
    articles = min(FAULTY_ARTICLES, max(args.sizes))
    every = min(FAULT_EVERY, articles)
    folder = archives.faulty(articles, every)
    log(f"validate with faults: {articles:,} articles, one in {every} faulty")
    run = run_measured(cold(folder), timeout=1800)
    counted = CHECKS_COUNTED.search(run.output)
    if run.returncode != 1 or counted is None or int(counted[3]) == 0:
        raise RuntimeError(
            f"validate of the faulty archive exited {run.returncode} (1 expected, with "
            f"failed checks): {run.output[-1500:]}"
        )
    log(f"  {run.seconds:.1f} s (CPU {run.cpu_seconds:.1f} s), {counted[3]} checks failed")
    clean = find(results, "validate", articles, "frictionless")
    compared = {}
    if clean and not clean.get("extrapolated"):
        compared = {
            "clean_seconds": clean["seconds"],
            "clean_cpu_seconds": clean["cpu_seconds"],
            "cpu_vs_clean": round(run.cpu_seconds / clean["cpu_seconds"], 3),
        }
    return entry(
        "validate (faults)", articles, None, run,
        faulty_articles=articles // every, failed_checks=int(counted[3]), **compared,
        note=f"a fault in one article in {every} (bench/synthetic/faults.py, kinds in turn), "
        "checked cold: the slow path, beside the clean archive of the same size",
    )  # fmt: skip


class ColdCommand:
    """``factdesk validate DIR`` with an empty verdict cache of its own each run (a prefix of
    an archive already checked would otherwise be served); the last cache of each archive is
    kept for the warm run."""

    def __init__(self, root: Path):
        self.root, self.count, self.last = root, 0, {}

    def __call__(self, folder: Path) -> list[str]:
        self.count += 1
        cache = self.root / f"run{self.count}"
        shutil.rmtree(cache, ignore_errors=True)
        self.last[folder] = cache
        return ["env", f"FACTDESK_CACHE_DIR={cache}", *factdesk("validate", str(folder))]

    def warm(self, folder: Path) -> list[str]:
        cache = self.last[folder]
        return ["env", f"FACTDESK_CACHE_DIR={cache}", *factdesk("validate", str(folder))]


def warm_case(cold: ColdCommand, folder: Path, articles: int, rows: int, log) -> dict:
    """The same archive validated again, unchanged: every verdict from the cache."""
    run = run_measured(cold.warm(folder), timeout=600)
    if run.returncode:
        raise RuntimeError(f"warm validate exited {run.returncode}: {run.output[-1500:]}")
    log(f"  warm: {articles:,} articles in {run.seconds:.2f} s (CPU {run.cpu_seconds:.2f} s)")
    target = TARGETS.get(f"warm_{articles}_seconds")
    return entry(
        "validate (warm)", articles, rows, run,
        target=None if target is None else f"≤ {target:g} s",
        meets_target=None if target is None else run.seconds <= target,
        note="the archive validated again, unchanged: every verdict served from the cache",
    )  # fmt: skip


def extract_case(args, archives: Archives, out: Path, log) -> dict:
    """Case 4: `factdesk extract` on a large Arabic text (articles of the archive, joined)."""
    from bench.synthetic import build_article

    path = out / "extract" / "arabic.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    parts, size, index = [], 0, 0
    while size < args.extract_mb * 1e6:
        text = build_article(args.seed, index).files["source.txt"]
        parts.append(text)
        size += len(text) + 2
        index += 1
    data = b"\n\n".join(parts)
    path.write_bytes(data)
    megabytes = len(data) / 1e6
    log(f"extract: {megabytes:.1f} MB")
    run = run_measured(factdesk("extract", str(path), "--format", "json"), timeout=600)
    core = run_measured(worker("extract-core", str(path)), timeout=600)
    found = json.loads(core.output.strip().splitlines()[-1])
    return entry(
        "extract",
        None,
        found["mentions"],
        run,
        megabytes=round(megabytes, 3),
        mb_per_s=round(megabytes / run.seconds, 3),
        cpu_mb_per_s=round(megabytes / run.cpu_seconds, 3),
        core_seconds=round(found["seconds"], 3),
        core_cpu_mb_per_s=round(megabytes / found["cpu_seconds"], 3),
        core_mb_per_s=round(megabytes / found["seconds"], 3),
        target=f"≥ {TARGETS['extract_mb_per_s']:g} MB/s",
        meets_target=megabytes / run.seconds >= TARGETS["extract_mb_per_s"],
        note="seconds: the whole command (start-up, reading, JSON out); core: extract() alone; "
        "cpu_*: megabytes per CPU second, which other work on the machine does not slow",
    )


def export_case(args, archives: Archives, out: Path, log) -> list[dict]:
    """Case 5: `factdesk export` of the Libya dataset, and of 1,000 articles (or the sizes)."""
    target = out / "export"
    shutil.rmtree(target, ignore_errors=True)
    results = []
    log("export: Libya")
    run = run_measured(factdesk("export", str(LIBYA), "--out", str(target / "libya")), 600)
    if run.returncode:
        raise RuntimeError(f"export of the Libya dataset failed: {run.output}")
    results.append(entry("export (Libya)", 1, count_rows(LIBYA), run))
    articles = min(1000, max(args.sizes))
    tool = Tool(
        "export",
        lambda f: factdesk("export", str(f), "--out", str(target / f.name)),
        args.baseline_budget,
    )
    log(f"export: {articles:,} articles")
    run, notes = measure_size(tool, archives, articles, log)
    rows = archives.rows.get(articles) or round(archives.mean_rows() * articles)
    results.append(entry("export", articles, rows, run, **notes))
    shutil.rmtree(target, ignore_errors=True)  # gigabytes of xlsx and zips: not kept
    return results


def profile_case(args, archives: Archives, out: Path, log) -> dict:
    """Where `factdesk validate` spends its time on the first articles (the profile worker)."""
    articles = min(args.profile_articles, max(args.sizes))
    folder = archives.folder(articles)
    log(f"profile: {articles} articles")
    run = run_measured(worker("profile", str(folder), str(out / "profile.txt")), timeout=1800)
    if run.returncode:
        raise RuntimeError(f"profile worker failed: {run.output}")
    return json.loads(run.output.strip().splitlines()[-1])
