"""The figures page's charts, built once per state of a dataset and language and shared by
every reader's session (``st.cache_resource``: a reader opening /figures on a warm server
gets its charts without the context chart's 0.4 s of plotly building each time).

Each group is kept on its own, in the order the page shows them, so a page still sends its
first chart before it builds the next group. A chart held here is never changed after it
is built: ``st.plotly_chart`` and the embed read a figure, they do not edit it.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import chart_set
from dashboard.data import CACHED_DATASETS, checked_dataset, fingerprint
from validation import results

GROUPS = ("hierarchy", "intervals", "parts", "context")  # the figures page's order


@st.cache_resource(show_spinner=False, max_entries=CACHED_DATASETS * 2 * len(GROUPS))
def built_charts(folder: str, state: tuple, lang: str, group: str) -> tuple:
    """One group of the page's charts for one state of the dataset (``fingerprint``)."""
    checked = checked_dataset(Path(folder))
    if group == "hierarchy":
        return tuple(chart_set.hierarchy_charts(checked, lang))
    if group == "intervals":
        return tuple(chart_set.interval_charts(checked, lang))
    if group == "parts":
        fits = results.parts_fits(checked.checks)
        return tuple(chart_set.parts_chart(checked, fit, lang) for fit in fits)
    chart = chart_set.context_chart(checked, lang)
    return () if chart is None else (chart,)


def figures_charts(folder: Path, lang: str, group: str) -> tuple:
    """A group of the figures page's charts (GROUPS), built once per dataset state."""
    return built_charts(str(folder), fingerprint(folder), lang, group)
