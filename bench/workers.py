"""What a measured child process runs: ``python -m bench.workers NAME ARG...``.

Each worker prints one JSON line (the runner reads the last line of the output) and exits
0 when what it checked passed. They run in their own process so that the runner's wait4
reads the cost of that work alone.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from bench import ROOT
from dashboard.pages import PAGES  # the one page list


def frictionless_worker(root: Path) -> int:
    import frictionless

    invalid = []
    folders = sorted(p for p in root.iterdir() if (p / "datapackage.json").is_file())
    for folder in folders:
        report = frictionless.validate(str(folder / "datapackage.json"))
        if not report.valid:
            invalid.append(folder.name)
    print(json.dumps({"packages": len(folders), "invalid": invalid[:20]}))
    return 1 if invalid else 0


def pandera_dtypes(model) -> dict[str, str]:
    """How pandas should read each column so the model's own checks can judge it."""
    kinds = {"int64": "Int64", "Int64": "Int64", "boolean": "boolean"}
    return {
        name: kinds.get(str(column.dtype), "str")
        for name, column in model.to_schema().columns.items()
    }


def pandera_worker(root: Path) -> int:
    import pandas as pd
    import pandera.errors

    from validation.schemas import MODELS

    dtypes = {name: pandera_dtypes(model) for name, model in MODELS.items()}
    failed = []
    folders = sorted(p for p in root.iterdir() if (p / "metadata.json").is_file())
    for folder in folders:
        for name, model in MODELS.items():
            path = folder / f"{name}.csv"
            if not path.exists():
                continue
            frame = pd.read_csv(
                path,
                dtype=dtypes[name],
                keep_default_na=False,
                na_values=[""],
                true_values=["true"],
                false_values=["false"],
            )
            try:
                model.validate(frame, lazy=True)
            except pandera.errors.SchemaErrors:
                failed.append(f"{folder.name}/{name}.csv")
    print(json.dumps({"datasets": len(folders), "failed": failed[:20]}))
    return 1 if failed else 0


def extract_core_worker(path: Path) -> int:
    from validation.extract import extract

    text = path.read_text(encoding="utf-8")
    started, cpu = time.perf_counter(), time.process_time()
    found = extract(text)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu, "mentions": len(found)}))
    return 0


def page_switch_worker(rounds: int) -> int:
    """Server time of each page's script after a warm-up round (Streamlit AppTest)."""
    from streamlit.testing.v1 import AppTest

    from dashboard import pacing

    app = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=300)
    app.query_params["lang"] = "en"
    app.session_state[pacing.DRAWN] = True  # a reader whose browser drew a chart: whole pages
    app.run()
    times: dict[str, list[float]] = {page.url: [] for page in PAGES}
    for round_number in range(rounds + 1):
        for page in (page.url for page in PAGES):
            started = time.perf_counter()
            app.switch_page(f"views/{page}.py").run()
            if round_number:  # the first round fills the caches
                times[page].append(time.perf_counter() - started)
            if app.exception:
                raise RuntimeError(f"{page}: {[e.value for e in app.exception]}")
    print(json.dumps(times))
    return 0


def profile_worker(root: Path, report: Path) -> int:
    """Where `factdesk validate` spends its CPU, per article, on the path the command takes
    (archive.check_folders: read, check, render), in this one process.

    First per stage, by wrapping what the engine calls (the schema, each kind of KINDS), the
    archive's reading and rendering: no profiler overhead, nothing in the engine edited. Then one
    cProfile pass for the top 15 functions by cumulative time.
    """
    import validation.archive as archive
    import validation.engine as engine
    from validation.load import discover

    folders = discover([root])
    total, stages = stage_seconds(archive, engine, folders)
    stats = profiled_stats(archive, folders, report)
    summary = {
        "articles": len(folders),
        "seconds": total,
        "cpu_ms_per_article": {
            stage: round(1000 * seconds / len(folders), 3)
            for stage, seconds in sorted(stages.items(), key=lambda kv: -kv[1])
        },
        "stages": dict(sorted(stages.items(), key=lambda kv: -kv[1])),
        "pandera_share": pandera_share(stats),
        "pandera_checks_share": pandera_checks_share(stats),
        "top": top_functions(stats, 15),
    }
    print(json.dumps(summary))
    return 0


def stage_seconds(archive, engine, folders: list[Path]) -> tuple[float, dict[str, float]]:
    """One run of the archive engine with each stage's names wrapped in a CPU timer; the
    total and each stage's CPU seconds (the rest is engine glue)."""
    from dataclasses import replace

    from validation.hedges import STRICT, TIGHT

    wrapped = [(archive, "read_folder", "load (read and parse files)"),
               (engine, "check_schema", "schema (pandera, JSON Schema)"),
               (engine, "without_flagged_rows", "without_flagged_rows"),
               (archive, "render", "report (render JSON and text)")]  # fmt: skip
    originals = {(module, name): getattr(module, name) for module, name, _ in wrapped}
    originals[(engine, "KINDS")] = engine.KINDS
    stages: dict[str, float] = {}

    def timed(stage: str, function):
        stages.setdefault(stage, 0.0)

        def wrapper(*args, **kwargs):
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                stages[stage] += time.process_time() - started

        return wrapper

    for module, name, stage in wrapped:
        setattr(module, name, timed(stage, originals[(module, name)]))
    engine.KINDS = tuple(replace(kind, run=timed(kind.name, kind.run)) for kind in engine.KINDS)
    started = time.process_time()
    try:
        archive.check_folders(folders, TIGHT, STRICT)
    finally:
        for (module, name), function in originals.items():
            setattr(module, name, function)
    total = time.process_time() - started
    stages["other (batch frames, engine glue)"] = max(total - sum(stages.values()), 0.0)
    return total, stages


def profiled_stats(archive, folders: list[Path], report: Path):
    """One run under cProfile; the 60 costliest functions written to ``report``."""
    import cProfile
    import io
    import pstats

    from validation.hedges import STRICT, TIGHT

    profiler = cProfile.Profile()
    profiler.enable()
    archive.check_folders(folders, TIGHT, STRICT)
    profiler.disable()
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text).sort_stats("cumulative")
    stats.print_stats(60)
    report.write_text(text.getvalue(), encoding="utf-8")
    return stats


def pandera_share(stats) -> float:
    """pandera's DataFrameSchema.validate as a share of check_folders (cumulative time)."""
    profiled = max(
        (ct for (_, _, name), (_, _, _, ct, _) in stats.stats.items() if name == "check_folders"),
        default=0.0,
    )
    pandera = sum(  # DataFrameSchema.validate: a model's validate calls it too
        ct
        for (file, _, name), (_, _, _, ct, _) in stats.stats.items()
        if name == "validate" and file.endswith("pandera/api/pandas/container.py")
    )
    return pandera / profiled if profiled else 0.0


def pandera_checks_share(stats) -> float:
    """pandera's Check objects called (by the schema kind's fast path, which accepts a clean
    table without validate, and by validate itself) as a share of check_folders."""
    profiled = max(
        (ct for (_, _, name), (_, _, _, ct, _) in stats.stats.items() if name == "check_folders"),
        default=0.0,
    )
    checks = sum(
        ct
        for (file, _, name), (_, _, _, ct, _) in stats.stats.items()
        if name == "__call__" and file.endswith("pandera/api/checks.py")
    )
    return checks / profiled if profiled else 0.0


def top_functions(stats, count: int) -> list[dict]:
    """The costliest functions by cumulative time, leaving out this harness's own frames."""
    top = []
    for key in stats.fcn_list:
        file, line, name = key
        if "/bench/" in file or name == "<built-in method builtins.exec>":
            continue
        calls, primitive, tottime, cumtime, _ = stats.stats[key]
        short = file.split("site-packages/")[-1].replace(str(ROOT) + "/", "")
        top.append(
            {
                "ncalls": calls if calls == primitive else f"{calls}/{primitive}",
                "tottime": tottime,
                "cumtime": cumtime,
                "function": f"{short}:{line}({name})",
            }
        )
        if len(top) == count:
            break
    return top


def main(argv: list[str]) -> int:
    """Run the worker ``argv[0]`` with the arguments after it; its exit code."""
    name, *rest = argv
    if name == "frictionless":
        return frictionless_worker(Path(rest[0]))
    if name == "pandera":
        return pandera_worker(Path(rest[0]))
    if name == "extract-core":
        return extract_core_worker(Path(rest[0]))
    if name == "page-switch":
        return page_switch_worker(int(rest[0]))
    if name == "profile":
        return profile_worker(Path(rest[0]), Path(rest[1]))
    raise SystemExit(f"unknown worker {name!r}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
