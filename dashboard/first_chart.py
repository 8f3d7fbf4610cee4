"""The figures page's first chart, kept on disk between runs of the server: a session's first
view of /figures (pacing.py) sends it without loading the checked dataset or importing the
chart builders, which import pandas (a cold start's first chart cost ≈ 0.4 s of CPU importing
pandas, 0.1 s loading the checked tables and 0.2 s building the page's first group of charts).

The entry is the figure as plotly writes it (its words ride in ``layout.meta``), read back
into the same figure (the same JSON, its layout's keys in plotly's own order: the whole
page's run then sends the built figure, which plotly.js finds unchanged). Its key joins the
dataset's key in the engine's cache (``validation.checked_cache.entry_key``: every file's
bytes, the engine's source, the libraries' versions, the tolerances, the folder's place),
the page's language and the dashboard's own source (with plotly's and Streamlit's
versions), so an edit to the data, the engine, a chart builder or a word, or another
plotly, makes a new key: the page builds its charts, and keeps its first chart again. The
whole page keeps it (``keep``) when it draws its first chart; entries sit beside the
engine's in the cache folder (``FACTDESK_CACHE_DIR``), written atomically. Anything wrong
with an entry (missing, truncated) is only a chart built again.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import sys
from importlib.metadata import version
from pathlib import Path

import plotly.graph_objects as go
import plotly.io as pio
import streamlit as st

from validation import cache
from validation.checked_cache import entry_key
from validation.hedges import STRICT, TIGHT

FORMAT = "1"  # bump when the entry's shape changes
DASHBOARD = Path(__file__).resolve().parent


@functools.cache
def dashboard_source() -> str:
    """A digest of every Python file of the dashboard (the builders and the words) and of
    the versions of plotly (the figure's JSON) and Streamlit (its template in the figure)."""
    digest = hashlib.sha256(f"plotly {version('plotly')} streamlit {version('streamlit')}".encode())
    for path in sorted(DASHBOARD.rglob("*.py")):
        digest.update(str(path.relative_to(DASHBOARD)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def key(folder: Path, lang: str) -> str | None:
    """The entry's key for the dataset in ``folder`` shown in ``lang``; None: never kept."""
    dataset = entry_key(folder, TIGHT, STRICT)
    if dataset is None:
        return None
    joined = f"{FORMAT} {dataset} {lang} {dashboard_source()}"
    return hashlib.sha256(joined.encode()).hexdigest()


def entry_path(entry: str) -> Path:
    return Path(cache.entries_root()) / "first-chart" / entry[:2] / f"{entry}.json"


def kept(folder: Path | None, lang: str) -> tuple[str, go.Figure] | None:
    """``(name, figure)`` of the page's first chart as last built for this state of the
    dataset, or None when there is none kept."""
    entry = None if folder is None else key(folder, lang)
    if entry is None or not entry_path(entry).exists():
        return None
    return read(entry)


@st.cache_resource(show_spinner=False, max_entries=64)
def read(entry: str) -> tuple[str, go.Figure] | None:
    """One entry, read once per server and shared by every session (a figure shown is
    never changed: ``st.plotly_chart`` and the embed only read it)."""
    try:
        found = json.loads(entry_path(entry).read_text(encoding="utf-8"))
        return found["name"], go.Figure(found["figure"])
    except Exception:  # a missing, truncated or foreign entry is only a chart built again
        return None


def keep(folder: Path | None, lang: str, name: str, figure: go.Figure) -> None:
    """Keep the page's first chart for the next first view (once per state of the data)."""
    entry = None if folder is None else key(folder, lang)
    if entry is None or entry_path(entry).exists():
        return
    text = json.dumps({"name": name, "figure": json.loads(pio.to_json(figure, validate=False))})
    cache.write_atomically(entry_path(entry), text.encode())  # not kept: built next time


def page_first_chart(checked, lang: str):
    """The chart the figures page shows first: its first icicle, else its first interval
    chart (views/figures.py); None when it shows none."""
    from dashboard import chart_set

    if checked.figures is None:
        return None
    first = chart_set.hierarchy_charts(checked, lang) or chart_set.interval_charts(checked, lang)
    return first[0] if first else None


def keep_the_desk() -> int:
    """Keep the figures page's first chart of every dataset of the desk in each language
    (``make run``, after ``python -m validation.checked_cache``): the first reader after a
    start gets it kept. A dataset the loader cannot read is left for the page to explain."""
    # Run from the command line there is no Streamlit runtime: the dashboard's caches would
    # each warn that they keep results in memory, which is all this run needs.
    logging.getLogger("streamlit.runtime.caching.cache_data_api").setLevel(logging.ERROR)
    from dashboard.data import check_folder
    from dashboard.i18n import LANGUAGES
    from validation.desk import dataset_folders, datasets_root
    from validation.textfile import UnusableInput

    for folder in dataset_folders(datasets_root()).values():
        try:
            checked = check_folder(folder)
        except UnusableInput:
            continue
        for lang in LANGUAGES:
            chart = page_first_chart(checked, lang)
            if chart is not None:
                keep(folder, lang, chart.name, chart.figure)
    return 0


if __name__ == "__main__":
    sys.exit(keep_the_desk())
