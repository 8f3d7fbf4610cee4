"""Tooling around factdesk, kept out of the engine: benchmarks and synthetic archives.

``python -m bench build/bench`` (``make bench``) measures the engine and the dashboard as a
user runs them; ``bench.synthetic`` writes the archives it measures (``factdesk
bench-data``); ``bench.harness`` starts and probes a Streamlit server for the benchmark and
the browser tests alike. Nothing in validation/ or dashboard/ imports this package, except
the ``bench-data`` command, lazily.

Modules: runner (a child process measured, sizes extrapolated), scaling (the straight line
through a tool's runs, and its chart), archives (the synthetic archives on disk), cases
(validate, extract, export, profile), browser (the dashboard's cold start and page switch),
harness, workers (what a measured child process runs), report (results.json rows and
README.md), targets (what README's Performance section measures against).
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the project: measured commands run here
