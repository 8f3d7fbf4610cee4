"""Waiting for plotly charts in a real browser, shared by the browser tests."""

from __future__ import annotations

# A chart counts as drawn once plotly has put its SVG in the chart's own box; counting SVGs
# would not do (plotly draws more than one per chart), and the figures page sends its charts
# in two runs (dashboard/pacing.py), so a wait must name how many charts it expects.
CHARTS_DRAWN = (
    "n => [...document.querySelectorAll('[data-testid=\"stPlotlyChart\"]')]"
    ".filter(chart => chart.querySelector('svg.main-svg')).length >= n"
)


def wait_for_charts(page, count: int, timeout: int = 90_000) -> None:
    """Until ``count`` plotly charts have drawn their SVG."""
    page.wait_for_function(CHARTS_DRAWN, arg=count, timeout=timeout)
