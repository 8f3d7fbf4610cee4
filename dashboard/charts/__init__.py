"""Plotly figure builders by page family: pure functions from validated tables to
``go.Figure``, unit-tested without Streamlit.

layout (the frame every chart shares, amounts in the dataset's measure) · figures ·
checks (the consistency page) · timeline · context. No arithmetic a check owns: intervals
come from ``validation.derived`` or from a check's ``details``. A figure holds marks and
axes only; its words (title: the finding, the dataset's source line, the hedge note, notes,
a text description) ride in ``layout.meta`` and ``words_of`` reads them back, for the HTML
a page or an embed puts around the plot (Datawrapper's split: words that wrap on a phone).
"""

import importlib

# Each name is imported from its module on first use (PEP 562): the figures page's first view
# reads ``words_of`` and ``chart_config`` from layout without importing the builders, which
# import pandas (≈ 0.4 s of a cold start's CPU).
_HOMES = {
    "checks": ("check_interval_rows", "check_intervals_chart", "check_intervals_table"),
    "context": ("context_chart", "context_table"),
    "figures": (
        "by_measure",
        "hierarchy_chart",
        "intervals_chart",
        "intervals_table",
        "parts_vs_whole_chart",
        "trees",
    ),
    "layout": (
        "AXIS_LABEL",
        "Measure",
        "chart_config",
        "in_plot",
        "isolate",
        "ltr",
        "measure_of",
        "shortened",
        "words_of",
    ),
    "timeline": ("timeline_chart", "timeline_table"),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str):
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'dashboard.charts' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"dashboard.charts.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "AXIS_LABEL",
    "Measure",
    "by_measure",
    "chart_config",
    "check_interval_rows",
    "check_intervals_chart",
    "check_intervals_table",
    "context_chart",
    "context_table",
    "hierarchy_chart",
    "in_plot",
    "intervals_chart",
    "intervals_table",
    "isolate",
    "ltr",
    "measure_of",
    "parts_vs_whole_chart",
    "shortened",
    "timeline_chart",
    "timeline_table",
    "trees",
    "words_of",
]
