"""Timeline: every dated thing at its precision, scheduled and occurred told apart; the
dates from outside the article in a lane of their own, each with its verification."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, ui
from dashboard.data import checked_dataset
from dashboard.i18n import t


def main() -> None:
    lang = ui.current_language()
    checked = checked_dataset()
    ui.heading(t("timeline.heading", lang), lang)
    ui.text(t("timeline.lede", lang), lang)
    events, entities = checked.events, checked.tables.get("entities")
    if events is None or entities is None:
        st.warning(t("page.no_rows", lang, failed=checked.counts()["failed"]))
        return
    window = st.segmented_control(
        t("timeline.window", lang),
        ["all", "recent"],
        format_func=lambda w: t(f"timeline.window_{w}", lang),
        default="all",
        key="timeline_window",
    )
    verifications = checked.tables.get("verifications")
    fig = charts.timeline_chart(
        events,
        entities,
        lang,
        publication=checked.dataset.metadata.get("publication_date"),
        window=window or "all",
        verifications=verifications,
    )
    data = charts.timeline_table(events, verifications)
    ui.show_chart(
        fig,
        f"timeline-{window or 'all'}",
        data,
        lang,
        table="events",
        column_config={"source_url": ui.link_column()},
    )
    ui.footer(lang)


main()
