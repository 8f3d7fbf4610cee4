"""One child process, measured; a size measured or, past the time budget, extrapolated.

Every measured command runs as a child process, as a user runs it (``factdesk validate
DIR``), and is read with ``os.wait4``: wall seconds, CPU seconds and peak RSS of that child
alone. A size that would not finish within the time budget is measured on its first k
articles (an archive of seed s is a prefix of every larger one of seed s) and extrapolated
linearly from every run of that tool.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bench import ROOT
from bench.scaling import Point, Tool

if TYPE_CHECKING:
    from bench.archives import Archives

CALIBRATION = (1, 10)  # articles: startup, then a first slope
PREFIX_GROWTH = 1.5  # a new prefix run must be this much larger than the largest so far


@dataclass
class Run:
    """What one child process cost: wall and CPU seconds, peak resident memory."""

    seconds: float
    cpu_seconds: float
    peak_rss_mb: float
    returncode: int
    output: str = ""
    load_average: float | None = None  # 1-minute, when it ended: other work slows wall time


def run_measured(command: list[str], timeout: float, cwd: Path = ROOT) -> Run:
    """Run ``command`` to the end (killed after ``timeout`` s); its own rusage via wait4."""
    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=log, stderr=subprocess.STDOUT)
        killer = threading.Timer(timeout, process.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            killer.cancel()
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        output = log.read().decode("utf-8", "replace")
    return Run(
        seconds,
        usage.ru_utime + usage.ru_stime,
        usage.ru_maxrss / 1024,  # Linux reports kilobytes
        process.returncode,
        output[-4000:],
        round(os.getloadavg()[0], 2),
    )


def factdesk(*args: str) -> list[str]:
    """The ``factdesk`` command as a user runs it, with this interpreter."""
    return [sys.executable, "-m", "validation.cli", *args]


def worker(*args: str) -> list[str]:
    """One of bench/workers.py's measurements, as its own child process."""
    return [sys.executable, "-m", "bench.workers", *args]


def estimate(tool: Tool, articles: int) -> Run:
    """The straight-line prediction for ``articles`` from every run of ``tool``."""
    return Run(
        tool.predict("seconds", articles),
        tool.predict("cpu_seconds", articles),
        tool.predict("peak_rss_mb", articles),
        0,
    )


def measure_size(tool: Tool, archives: Archives, articles: int, log) -> tuple[Run, dict]:
    """Run ``tool`` on ``articles`` (or the prefix the budget allows); the run and its notes."""
    for calibration in CALIBRATION:
        if calibration < articles and all(p.articles != calibration for p in tool.points):
            run_point(tool, archives, calibration, log)
    measured = tool.affordable(articles)
    largest = max((p.articles for p in tool.points), default=0)
    # A prefix barely larger than the runs so far would add time, not information.
    if measured == articles or measured >= PREFIX_GROWTH * largest:
        point = run_point(tool, archives, measured, log)
        if measured == articles:
            return point.run, {"extrapolated": False, "measured_articles": articles}
    runs = sorted({p.articles for p in tool.points})
    return estimate(tool, articles), {
        "extrapolated": True,
        "measured_articles": max(runs),
        "note": f"{articles:,} articles would not finish within the {tool.budget:g} s budget: "
        f"extrapolated linearly from runs of {', '.join(f'{n:,}' for n in runs)} articles",
    }


def run_point(tool: Tool, archives: Archives, articles: int, log) -> Point:
    """One measured run of ``tool`` on the first ``articles`` of the archive, kept as a point."""
    folder = archives.folder(articles)
    run = run_measured(tool.command(folder), timeout=max(3 * tool.budget, 120))
    if run.returncode:
        raise RuntimeError(
            f"{tool.name} on {articles} articles exited {run.returncode}: {run.output[-1500:]}"
        )
    point = Point(articles, archives.rows[articles], run)
    tool.points.append(point)
    log(
        f"  {tool.name}: {articles:,} articles in {run.seconds:.1f} s "
        f"(CPU {run.cpu_seconds:.1f} s, peak {run.peak_rss_mb:.0f} MB)"
    )
    return point
