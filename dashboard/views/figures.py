"""Figures: the hierarchy, each figure as an interval, and the parts against the whole."""

from __future__ import annotations

import html

import streamlit as st

from dashboard import charts, ui
from dashboard.data import checked_dataset
from dashboard.i18n import t


def parts_fit_checks(checks: list[dict]) -> list[dict]:
    return [c for c in checks if c["id"].startswith("consistency.parts_fit.") and c["details"]]


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
    ui.footer(lang)


main()
