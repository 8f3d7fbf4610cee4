"""Every chart of a dataset, named as its page names it: the pages draw them from here, and
``factdesk export --charts`` writes each as a page to embed in the bundle's ``charts/``.

Pure (no Streamlit): from a dataset as the desk checked it (``dashboard.data.Checked``, any
dataset of the desk, in its own currency, windows and totals), so a chart exported and the
same chart on its page come from one call and carry one name (its PNG, its embed, its file
in ``charts/``: ``hierarchy-f01-ar.html``).
"""

from __future__ import annotations

from dataclasses import dataclass

import plotly.graph_objects as go

from dashboard import charts
from dashboard.article import Window
from dashboard.data import Checked
from dashboard.embed import bundle_files
from dashboard.i18n import LANGUAGES
from validation import results

CHARTS_FOLDER = "charts"


@dataclass(frozen=True)
class Chart:
    """One chart as a page shows it: its name (file names, widget keys), its figure, and the
    figure ids its data table holds (figures page)."""

    name: str
    figure: go.Figure
    figure_ids: tuple[str, ...] = ()


def hierarchy_charts(checked: Checked, lang: str) -> list[Chart]:
    """One icicle per headline total that has parts."""
    built = []
    for tree in charts.trees(checked.figures):
        root = tree.loc[tree["parent_figure_id"].isna(), "figure_id"].iloc[0]
        fig = charts.hierarchy_chart(tree, lang, checked.checks, checked.article)
        built.append(Chart(f"hierarchy-{root}", fig, tuple(tree["figure_id"])))
    return built


def interval_charts(checked: Checked, lang: str) -> list[Chart]:
    """Every figure as its interval: one chart per measure (a currency, percents, counts)."""
    built = []
    for index, (measure, figures) in enumerate(charts.by_measure(checked.figures), start=1):
        fig = charts.intervals_chart(figures, lang, checked.article, measure)
        name = "intervals" if index == 1 else f"intervals-{index}"
        built.append(Chart(name, fig, tuple(figures["figure_id"])))
    return built


def parts_chart(checked: Checked, fit: results.PartsFit, lang: str) -> Chart:
    """The stated parts of one whole against it (a parts_fit check)."""
    fig = charts.parts_vs_whole_chart(checked.figures, fit, lang, checked.article)
    return Chart(f"parts-vs-whole-{fit.parent}", fig, (fit.parent, *fit.parts))


def context_chart(checked: Checked, lang: str) -> Chart | None:
    """The headline among the issuer's other statements, when the dataset has them."""
    if checked.context is None:
        return None
    fig = charts.context_chart(checked.context, checked.checks, lang, checked.article)
    return Chart("in-context", fig)


def timeline_chart(checked: Checked, lang: str, window: Window | None) -> Chart | None:
    """The timeline over one of the article's windows (None: no window)."""
    entities = checked.tables.get("entities")
    if checked.events is None or entities is None:
        return None
    fig = charts.timeline_chart(
        checked.events,
        entities,
        lang,
        checked.article,
        window=window,
        publication=checked.dataset.metadata.get("publication_date"),
        verifications=checked.tables.get("verifications"),
    )
    return Chart(f"timeline-{window.id if window else 'all'}", fig)


def check_measures(checked: Checked) -> dict:
    """figure_id → its measure, for the checks' intervals."""
    return {row.figure_id: charts.measure_of(row) for row in checked.figures.itertuples()}


def checks_chart(checked: Checked, lang: str) -> Chart | None:
    """The intervals behind every hierarchy check (the consistency page)."""
    hierarchy = results.arithmetic(checked.checks)
    if not hierarchy or checked.figures is None:
        return None
    fig = charts.check_intervals_chart(hierarchy, lang, checked.article, check_measures(checked))
    return Chart("hierarchy-checks", fig)


def dataset_charts(checked: Checked, lang: str) -> list[Chart]:
    """Every chart the dashboard draws of one dataset, page by page (the timeline once per
    window the article offers)."""
    built: list[Chart | None] = []
    if checked.figures is not None:
        built += hierarchy_charts(checked, lang) + interval_charts(checked, lang)
        built += [parts_chart(checked, fit, lang) for fit in results.parts_fits(checked.checks)]
    built.append(context_chart(checked, lang))
    windows = checked.article.windows(checked.events) or [None]
    built += [timeline_chart(checked, lang, window) for window in windows]
    built.append(checks_chart(checked, lang))
    return [chart for chart in built if chart is not None]


def chart_files(checked: Checked) -> dict[str, bytes]:
    """``charts/<name>-<lang>.html`` for every chart in every language, and the one
    ``charts/plotly.min.js`` they share; each page's PNG button names the dataset."""
    triples, configs = [], {}
    for lang in LANGUAGES:
        for chart in dataset_charts(checked, lang):
            triples.append((chart.name, chart.figure, charts.words_of(chart.figure)))
            configs[(chart.name, lang)] = charts.chart_config(chart.name, lang, checked.dataset.id)
    files = bundle_files(triples, configs)
    return {f"{CHARTS_FOLDER}/{name}": data for name, data in files.items()}
