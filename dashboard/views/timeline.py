"""Timeline: every dated thing at its precision, scheduled and occurred told apart; the
dates from outside the article in a lane of their own, each with its verification."""

from __future__ import annotations

import streamlit as st

from dashboard import chart_set, charts, ui
from dashboard.data import checked_dataset
from dashboard.i18n import t


def chosen_window(windows: list, lang: str):
    """The period shown: the article's windows to choose from (the first by default)."""
    if len(windows) < 2:
        return windows[0] if windows else None
    by_id = {w.id: w for w in windows}
    chosen = st.segmented_control(
        t("timeline.window", lang),
        list(by_id),
        format_func=lambda w: by_id[w].name(lang),
        default=windows[0].id,
        key="timeline_window",
    )
    return by_id.get(chosen, windows[0])


def main() -> None:
    lang = ui.current_language()
    checked = checked_dataset(ui.selection().folder)
    article = checked.article
    ui.heading(t("timeline.heading", lang), lang)
    ui.text(t("timeline.lede", lang), lang)
    events, entities = checked.events, checked.tables.get("entities")
    if events is None or entities is None:
        st.warning(t("page.no_rows", lang, failed=checked.counts()["failed"]))
        return
    window = chosen_window(article.windows(events), lang)
    chart = chart_set.timeline_chart(checked, lang, window)
    data = charts.timeline_table(events, checked.tables.get("verifications"))
    ui.show_chart(
        chart.figure,
        chart.name,
        data,
        lang,
        table="events",
        column_config={"source_url": ui.link_column()},
    )
    ui.footer(lang, article)


main()
