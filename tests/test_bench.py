"""The benchmark harness: it measures child processes, extrapolates honestly and writes
well-formed results. No timing is asserted here: timings are reported in build/bench."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import frictionless
import pytest

from bench import browser, cli, harness
from bench.archives import Archives, write_descriptors
from bench.runner import Run, measure_size, run_measured
from bench.scaling import Point, Tool, round_down
from bench.synthetic import write_archive

ROOT = Path(__file__).resolve().parent.parent
KEYS = ["name", "articles", "rows", "seconds", "peak_rss_mb", "baseline", "baseline_seconds",
        "ratio"]  # fmt: skip


# ---- one child process, measured ---------------------------------------------------------


def test_a_child_is_measured_alone():
    run = run_measured(
        [sys.executable, "-c", "b = bytearray(80 * 1024 * 1024); print('done')"], timeout=60
    )
    assert run.returncode == 0
    assert run.output == "done\n"
    assert run.peak_rss_mb >= 80  # the child's own peak, not this process's
    assert run.cpu_seconds > 0 and run.seconds > 0


def test_a_child_past_its_time_is_stopped():
    run = run_measured([sys.executable, "-c", "import time; time.sleep(60)"], timeout=0.5)
    assert run.returncode < 0  # killed by a signal
    assert run.seconds < 30


def test_the_exit_code_of_a_failing_child_is_kept():
    run = run_measured([sys.executable, "-c", "raise SystemExit(3)"], timeout=60)
    assert run.returncode == 3


# ---- growing with size ---------------------------------------------------------------


def tool_with(points: list[tuple[int, float, float]], budget: float = 100) -> Tool:
    tool = Tool("t", None, budget)
    for articles, seconds, rss in points:
        tool.points.append(Point(articles, articles * 70, Run(seconds, seconds, rss, 0)))
    return tool


def test_the_line_through_the_runs_predicts_seconds_and_memory():
    tool = tool_with([(1, 2.5, 150), (10, 7.0, 160), (100, 52.0, 250)])
    intercept, slope = tool.line("seconds")
    assert slope == pytest.approx(0.5, abs=0.01)
    assert intercept == pytest.approx(2.0, abs=0.2)
    assert tool.predict("peak_rss_mb", 10_000) == pytest.approx(10_150, rel=0.02)


@pytest.mark.parametrize(
    ("articles", "affordable"),
    [(100, 100), (150, 150), (1000, 190), (10_000, 190)],
)
def test_a_size_past_the_budget_is_cut_to_what_fits(articles, affordable):
    tool = tool_with([(1, 2.5, 150), (10, 7.0, 160)], budget=100)  # 2 s + 0.5 s per article
    assert tool.affordable(articles) == affordable


@pytest.mark.parametrize(("n", "rounded"), [(7, 7), (99, 99), (437, 430), (1999, 1900)])
def test_prefix_sizes_keep_two_significant_digits(n, rounded):
    assert round_down(n) == rounded


class CountedArchives(Archives):
    """Archives that are never written: the harness logic without the data."""

    def folder(self, articles: int) -> Path:
        self.rows.setdefault(articles, articles * 70)
        return self.root / f"n{articles}"


def test_a_size_that_does_not_fit_is_measured_on_a_prefix_and_said_to_be_extrapolated(tmp_path):
    # Calibrated already: 2 s + 0.5 s per article, so 100 s hold 190 articles.
    tool = tool_with([(1, 2.5, 150), (10, 7.0, 160)], budget=100)
    tool.command = lambda folder: [sys.executable, "-c", "pass"]
    run, notes = measure_size(tool, CountedArchives(tmp_path, 0), 100_000, lambda _: None)
    assert [p.articles for p in tool.points] == [1, 10, 190]  # the prefix that fits, run
    assert notes["extrapolated"] is True
    assert notes["measured_articles"] == 190
    assert notes["note"] == (
        "100,000 articles would not finish within the 100 s budget: extrapolated linearly "
        "from runs of 1, 10, 190 articles"
    )
    assert run.returncode == 0  # an estimate, not a run


def test_a_prefix_no_larger_than_the_runs_so_far_is_not_run_again(tmp_path):
    tool = tool_with([(1, 2.5, 150), (10, 7.0, 160), (190, 97.0, 300)], budget=100)
    tool.command = None  # nothing may run
    run, notes = measure_size(tool, CountedArchives(tmp_path, 0), 10_000, lambda _: None)
    assert len(tool.points) == 3
    assert (notes["extrapolated"], notes["measured_articles"]) == (True, 190)
    assert run.seconds == pytest.approx(tool.predict("seconds", 10_000))


def test_a_size_that_fits_is_measured_whole(tmp_path):
    tool = Tool("python", lambda folder: [sys.executable, "-c", "pass"], budget=600)
    run, notes = measure_size(tool, CountedArchives(tmp_path, 0), 3, log=lambda _: None)
    assert notes == {"extrapolated": False, "measured_articles": 3}
    assert run.returncode == 0
    assert [p.articles for p in tool.points] == [1, 3]


@pytest.mark.parametrize(("text", "sizes"), [("3", [3]), ("100,1000", [100, 1000]),
                                             ("10 20", [10, 20])])  # fmt: skip
def test_sizes_are_read_from_commas_or_spaces(text, sizes):
    assert cli.sizes(text) == sizes


@pytest.mark.parametrize("text", ["0", "ten", ""])
def test_a_size_must_be_a_positive_whole_number(text):
    with pytest.raises(argparse.ArgumentTypeError):
        cli.sizes(text)


# ---- the baselines judge the same files, and find them valid --------------------------


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("bench") / "archive"
    write_archive(root, 3, 4)
    write_descriptors(root)
    return root


def test_the_datapackage_beside_the_tables_is_what_the_export_generates(archive):
    folder = sorted(archive.glob("bench-*"))[0]
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    figures = next(r for r in descriptor["resources"] if r["name"] == "figures")
    header = (folder / "figures.csv").read_text(encoding="utf-8").split("\n")[0].split(",")
    assert [f["name"] for f in figures["schema"]["fields"]] == header
    assert figures["schema"]["primaryKey"] == ["figure_id"]
    assert figures["hash"].startswith("sha256:")


def test_frictionless_finds_every_synthetic_package_valid(archive):
    for folder in sorted(archive.glob("bench-*")):
        report = frictionless.validate(str(folder / "datapackage.json"))
        assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


@pytest.mark.parametrize("name", ["frictionless", "pandera"])
def test_each_baseline_worker_passes_the_synthetic_archive(archive, name):
    result = subprocess.run(
        [sys.executable, "-m", "bench.workers", name, str(archive)],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    summary = json.loads(result.stdout.splitlines()[-1])
    assert summary.get("invalid", summary.get("failed")) == []


def test_the_dashboard_is_skipped_with_a_reason_when_chromium_is_missing(monkeypatch, tmp_path):
    monkeypatch.setattr(harness, "CHROMIUM", tmp_path / "no-chromium")
    args = cli.build_parser().parse_args([str(tmp_path)])
    results = browser.dashboard_case(args, tmp_path, log=lambda _: None)
    assert [r["name"] for r in results] == [
        "dashboard first chart",
        "dashboard /figures warm open",
        "dashboard page switch",
    ]
    for result in results:
        assert "install Debian chromium" in result["skipped"]
        assert result["seconds"] is None


# ---- a whole tiny run writes well-formed results --------------------------------------


@pytest.fixture(scope="module")
def tiny_run(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bench") / "out"
    command = [sys.executable, "-m", "bench", str(out), "--sizes", "3",
               "--skip-dashboard", "--extract-mb", "0.05", "--profile-articles", "2"]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=1200)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out


@pytest.mark.slow
def test_a_tiny_run_writes_results_with_the_promised_keys(tiny_run):
    results = json.loads((tiny_run / "results.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in results] == [
        "validate", "validate", "validate (warm)", "validate (faults)", "bench-data", "extract",
        "export (Libya)", "export",
    ]  # fmt: skip
    for result in results:
        assert list(result)[:8] == KEYS
        assert result["seconds"] > 0
        assert result["peak_rss_mb"] > 0
        if result["baseline"]:
            # seconds are written to the millisecond: on a tiny run (0.05 s) that rounding
            # alone moves the quotient by a few percent
            assert result["ratio"] == pytest.approx(
                result["baseline_seconds"] / result["seconds"], rel=0.05
            )
    validate = results[:2]
    assert [r["baseline"].split()[0] for r in validate] == ["frictionless-py", "pandera"]
    for result in validate:
        assert (result["articles"], result["extrapolated"]) == (3, False)
        assert result["rows"] > 3 * 40 - 1
    warm = results[2]
    assert (warm["articles"], warm["rows"]) == (3, validate[0]["rows"])
    faults = results[3]
    # three articles, one in three faulty: the third, whose fault is the first kind (schema)
    assert (faults["articles"], faults["faulty_articles"]) == (3, 1)
    assert faults["failed_checks"] >= 1
    assert faults["cpu_vs_clean"] == pytest.approx(
        faults["cpu_seconds"] / validate[0]["cpu_seconds"], rel=0.01
    )
    assert results[5]["megabytes"] >= 0.05 and results[5]["mb_per_s"] > 0


@pytest.mark.slow
def test_a_tiny_run_writes_a_readme_with_its_table_chart_and_profile(tiny_run):
    readme = (tiny_run / "README.md").read_text(encoding="utf-8")
    assert "| case | articles | rows | seconds | CPU s |" in readme
    assert "| target | measured | met |" in readme
    chart = "scaling.png" if (tiny_run / "scaling.png").exists() else "scaling.html"
    assert (tiny_run / chart).stat().st_size > 1000
    assert chart in readme
    if chart == "scaling.html":
        assert "chart written as HTML" in readme
    assert "| stage | ms CPU per article | share |" in readme
    assert "**The slow path.** 3 articles with a fault injected into 1 of them" in readme
    assert "| schema (pandera, JSON Schema) |" in readme and "| coverage |" in readme
    profile = (tiny_run / "profile.txt").read_text(encoding="utf-8")
    assert "validation/checks/schema_accept.py" in profile  # clean tables: the fast path
    assert "pandera/api/checks.py" in profile  # judged by pandera's own Check objects
    machine = json.loads((tiny_run / "machine.json").read_text(encoding="utf-8"))
    assert machine["cpus"] >= 1 and machine["packages"]["pandera"]
