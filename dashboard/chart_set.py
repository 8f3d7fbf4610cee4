"""Every chart of a dataset, named as the dashboard's pages name them, for the embeds a desk
drops into an article (``factdesk export --charts`` writes them into the bundle's
``charts/`` folder).

Pure: from a checked dataset's tables and verdicts (no Streamlit), with the intervals and
display dates that ``validation.derived`` computes for the dashboard too, so an embed shows
what its page shows. The names are the pages' own (``ui.show_chart``'s ``name``): the same
chart has the same file name whether downloaded from its page or exported.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from dashboard import charts
from dashboard.embed import bundle_files
from dashboard.i18n import LANGUAGES
from validation.derived import context_with_intervals, events_with_display, figures_with_intervals

CHARTS_FOLDER = "charts"


def figures_charts(figures: pd.DataFrame, checks: list[dict], lang: str) -> list:
    """The figures page: hierarchy, intervals, and the parts against each whole."""
    built = [
        ("hierarchy", charts.hierarchy_chart(figures, lang, checks)),
        ("intervals", charts.intervals_chart(figures, lang)),
    ]
    for check in checks:
        if check["id"].startswith("consistency.parts_fit.") and check["details"]:
            parent = check["details"]["parent"]
            fig = charts.parts_vs_whole_chart(figures, check, lang)
            built.append((f"parts-vs-whole-{parent}", fig))
    return built


def dataset_charts(
    tables: Mapping[str, pd.DataFrame], checks: list[dict], metadata: dict, lang: str
) -> list[tuple[str, go.Figure]]:
    """(name, figure) for every chart the dashboard draws of one dataset, page by page."""
    built: list[tuple[str, go.Figure]] = []
    figures, events = tables.get("figures"), tables.get("events")
    if figures is not None and len(figures):
        built += figures_charts(figures_with_intervals(figures), checks, lang)
    context = tables.get("context_figures")
    if context is not None and len(context):
        built.append(
            ("in-context", charts.context_chart(context_with_intervals(context), checks, lang))
        )
    entities = tables.get("entities")
    if events is not None and len(events) and entities is not None:
        fig = charts.timeline_chart(
            events_with_display(events),
            entities,
            lang,
            publication=metadata.get("publication_date"),
            window="all",
            verifications=tables.get("verifications"),
        )
        built.append(("timeline-all", fig))
    hierarchy = [c for c in checks if charts.is_hierarchy_check(c)]
    if hierarchy:
        built.append(("hierarchy-checks", charts.check_intervals_chart(hierarchy, lang)))
    return built


def chart_files(tables: Mapping[str, pd.DataFrame], checks: list[dict], metadata: dict) -> dict:
    """``charts/<name>-<lang>.html`` for every chart in every language, and the one
    ``charts/plotly.min.js`` they share."""
    triples = [
        (name, fig, charts.words_of(fig))
        for lang in LANGUAGES
        for name, fig in dataset_charts(tables, checks, metadata, lang)
    ]
    files = bundle_files(triples)
    return {f"{CHARTS_FOLDER}/{name}": data for name, data in files.items()}
