"""Plotly figure builders by page family: pure functions from validated tables to
``go.Figure``, unit-tested without Streamlit.

layout (the frame every chart shares, amounts in the dataset's measure) · figures ·
checks (the consistency page) · timeline · context. No arithmetic a check owns: intervals
come from ``validation.derived`` or from a check's ``details``. A figure holds marks and
axes only; its words (title: the finding, the dataset's source line, the hedge note, notes,
a text description) ride in ``layout.meta`` and ``words_of`` reads them back, for the HTML
a page or an embed puts around the plot (Datawrapper's split: words that wrap on a phone).
"""

from dashboard.charts.checks import (
    check_interval_rows,
    check_intervals_chart,
    check_intervals_table,
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
from dashboard.charts.layout import (
    AXIS_LABEL,
    Measure,
    chart_config,
    in_plot,
    isolate,
    ltr,
    measure_of,
    shortened,
    words_of,
)
from dashboard.charts.timeline import timeline_chart, timeline_table

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
