"""Figures: the hierarchy of each headline total, each figure as an interval (one chart per
measure), the parts against the whole, and the headline in context: what the same issuer
said of the same total before and after."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import streamlit as st

from dashboard import charts, first_chart, pacing, ui
from dashboard.i18n import t
from validation import results

if TYPE_CHECKING:
    from dashboard import chart_set

CONTEXT_CHECKS = ("consistency.context.placement", "consistency.context.totals_grow")


def check_lines(checks: list[dict], lang: str) -> str:
    """Each check's status line, and under it its findings' own words (escaped)."""
    items = []
    for check in checks:
        findings = "".join(
            f"<li><bdi>{html.escape(f.message)}</bdi></li>" for f in results.findings_of(check)
        )
        items.append(
            f"<li>{ui.status_line(check, lang)}"
            + (f'<ul dir="ltr" lang="en">{findings}</ul>' if findings else "")
            + "</li>"
        )
    return f'<ul class="fd-context-checks">{"".join(items)}</ul>'


def context_checks(checks: list[dict]) -> list[dict]:
    """The engine's context checks: the totals' order and each headline's placement."""
    return [c for c in checks if c["id"].startswith(CONTEXT_CHECKS)]


def context_section(checked, lang: str) -> None:
    """The article's headline among the earlier and later statements (context_figures.csv),
    the engine's context checks, and every statement linked to its source."""
    if checked.context is None:
        return
    article = checked.article
    ui.heading(t("context.heading", lang), lang, level=2)
    ui.text(article.context_words("lede", lang) or t("context.lede", lang), lang)
    from dashboard.chart_cache import figures_charts

    (chart,) = figures_charts(ui.selection().folder, lang, "context")
    ui.show_chart(
        chart.figure,
        chart.name,
        charts.context_table(checked.context),
        lang,
        table="context_figures",
        column_config={"source_url": ui.link_column()},
        expanded=True,
    )
    checks = context_checks(checked.checks)
    if checks:
        ui.block(
            f"<b>{html.escape(t('context.checks', lang))}</b>" + check_lines(checks, lang), lang
        )


def show_figures_chart(chart: chart_set.Chart, rows, lang: str) -> None:
    """A chart of figures with the rows of the figures it draws."""
    data = rows[rows["figure_id"].isin(chart.figure_ids)]
    ui.show_chart(chart.figure, chart.name, data, lang, table="figures")


def first_view(lang: str) -> bool:
    """A session's first view from the kept first chart (first_chart.py), when there is one:
    the heading, the lede and that chart, then the watcher (pacing.py); no dataset loaded,
    no pandas. Its data table is not sent: it opens below a chart not yet drawn, and the
    whole page follows once the chart is drawn."""
    kept = first_chart.kept(ui.selection().folder, lang)
    if kept is None:
        return False
    name, figure = kept
    ui.heading(t("figures.heading", lang), lang)
    ui.text(t("figures.lede", lang), lang)
    ui.show_chart(figure, name, None, lang, table="figures")
    pacing.ask_for_the_rest()
    return True


def main() -> None:
    lang = ui.current_language()
    if not pacing.rest_is_wanted() and first_view(lang):
        return
    # The whole page: the checked dataset and the chart builders (pandas) only from here on.
    from dashboard.chart_cache import figures_charts
    from dashboard.data import checked_dataset

    checked = checked_dataset(ui.selection().folder)
    ui.heading(t("figures.heading", lang), lang)
    ui.text(t("figures.lede", lang), lang)
    figures = checked.figures
    if figures is None:  # no figure passed the schema: the consistency page says why
        st.warning(t("page.no_rows", lang, failed=checked.counts()["failed"]))
        return
    rows = charts.intervals_table(figures)
    folder = ui.selection().folder
    # One icicle per headline total that has parts, then every figure as its interval (one
    # chart per measure: a currency, percents, counts), then the parts against each whole.
    # Each group is built (once per dataset state, chart_cache) when its turn comes: the
    # first chart is on its way to the reader before the next group is built. A session's
    # first view sends the first chart alone; the rest once the browser has drawn it (pacing).
    in_order = (chart for group in ("hierarchy", "intervals")
                for chart in figures_charts(folder, lang, group))  # fmt: skip
    for number, chart in enumerate(in_order):
        show_figures_chart(chart, rows, lang)
        if number == 0:  # for the next session's first view, even after a restart
            first_chart.keep(folder, lang, chart.name, chart.figure)
        if not pacing.rest_is_wanted():
            pacing.ask_for_the_rest()
            return
    fits = results.parts_fits(checked.checks)
    for fit, chart in zip(fits, figures_charts(folder, lang, "parts"), strict=True):
        show_figures_chart(chart, rows, lang)
        words = t(f"check_status.{fit.status}", lang)
        ui.block(
            html.escape(t("figures.check", lang, check_id=fit.check_id, status=words, message=""))
            + f'<div dir="ltr" lang="en">{html.escape(fit.message)}</div>',
            lang,
        )
    context_section(checked, lang)
    ui.footer(lang, checked.article)


main()
