"""Plotly figure builders by page family: pure functions from validated tables to
``go.Figure``, unit-tested without Streamlit.

layout (the frame every chart shares, amounts in the dataset's measure) · figures ·
checks (the consistency page) · timeline · context. No arithmetic a check owns: intervals
come from ``validation.derived`` or from a check's ``details``. Each figure carries its
title (the finding), the dataset's source line and the hedge note inside it, so an exported
PNG keeps them.
"""

from dashboard.charts.checks import (
    check_interval_rows,
    check_intervals_chart,
    check_intervals_table,
    is_hierarchy_check,
)
from dashboard.charts.context import context_chart, context_table
from dashboard.charts.figures import (
    by_measure,
    hierarchy_chart,
    intervals_chart,
    intervals_table,
    parts_vs_whole_chart,
    trees,
)
from dashboard.charts.layout import Measure, chart_config, isolate, ltr, measure_of
from dashboard.charts.timeline import timeline_chart, timeline_table

__all__ = [
    "Measure",
    "by_measure",
    "chart_config",
    "check_interval_rows",
    "check_intervals_chart",
    "check_intervals_table",
    "context_chart",
    "context_table",
    "hierarchy_chart",
    "intervals_chart",
    "intervals_table",
    "is_hierarchy_check",
    "isolate",
    "ltr",
    "measure_of",
    "parts_vs_whole_chart",
    "timeline_chart",
    "timeline_table",
    "trees",
]
