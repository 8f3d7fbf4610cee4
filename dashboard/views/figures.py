"""Figures: the hierarchy, each figure as an interval, the parts against the whole, and the
headline in context: what US statements said of the same total before and after."""

from __future__ import annotations

import html

import streamlit as st

from dashboard import charts, ui
from dashboard.data import check_by_id, checked_dataset
from dashboard.i18n import t

CONTEXT_CHECKS = ("consistency.context.placement", "consistency.context.totals_grow")


def parts_fit_checks(checks: list[dict]) -> list[dict]:
    return [c for c in checks if c["id"].startswith("consistency.parts_fit.") and c["details"]]


def check_lines(checks: list[dict], lang: str) -> str:
    """Each check's status line, and under it its findings' own words (escaped)."""
    items = []
    for check in checks:
        findings = "".join(
            f"<li><bdi>{html.escape(str(f.get('message', '')))}</bdi></li>"
            for f in check["details"].get("findings", [])
        )
        items.append(
            f"<li>{ui.status_line(check, lang)}"
            + (f'<ul dir="ltr" lang="en">{findings}</ul>' if findings else "")
            + "</li>"
        )
    return f'<ul class="fd-context-checks">{"".join(items)}</ul>'


def context_section(checked, lang: str) -> None:
    """The article's headline among the earlier and later statements (context_figures.csv),
    the engine's two context checks, and every statement linked to its source."""
    if checked.context is None:
        return
    ui.heading(t("context.heading", lang), lang, level=2)
    ui.text(t("context.lede", lang), lang)
    fig = charts.context_chart(checked.context, checked.checks, lang)
    ui.show_chart(
        fig,
        "in-context",
        charts.context_table(checked.context),
        lang,
        table="context_figures",
        column_config={"source_url": ui.link_column()},
        expanded=True,
    )
    checks = [c for c in (check_by_id(checked.checks, i) for i in CONTEXT_CHECKS) if c]
    if checks:
        ui.block(
            f"<b>{html.escape(t('context.checks', lang))}</b>" + check_lines(checks, lang), lang
        )


def main() -> None:
    lang = ui.current_language()
    checked = checked_dataset()
    ui.heading(t("figures.heading", lang), lang)
    ui.text(t("figures.lede", lang), lang)
    figures = checked.figures
    if figures is None:  # no figure passed the schema: the consistency page says why
        st.warning(t("page.no_rows", lang, failed=checked.counts()["failed"]))
        return
    rows = charts.intervals_table(figures)
    ui.show_chart(
        charts.hierarchy_chart(figures, lang, checked.checks),
        "hierarchy",
        rows,
        lang,
        table="figures",
    )
    ui.show_chart(charts.intervals_chart(figures, lang), "intervals", rows, lang, table="figures")
    for check in parts_fit_checks(checked.checks):
        parent = check["details"]["parent"]
        fig = charts.parts_vs_whole_chart(figures, check, lang)
        data = rows[rows["figure_id"].isin([parent, *check["details"]["parts"]])]
        ui.show_chart(fig, f"parts-vs-whole-{parent}", data, lang, table="figures")
        words = t(f"check_status.{check['status']}", lang)
        ui.block(
            html.escape(t("figures.check", lang, check_id=check["id"], status=words, message=""))
            + f'<div dir="ltr" lang="en">{html.escape(check["message"])}</div>',
            lang,
        )
    context_section(checked, lang)
    ui.footer(lang)


main()
