"""Consistency: every verdict grouped by kind, the intervals behind the hierarchy checks,
and an upload that re-checks an edited table in memory (nothing is written)."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from dashboard import chart_set, charts, ui
from dashboard.data import (
    MAX_UPLOAD_ROWS,
    changed_verdicts,
    checked_dataset,
    findings_frame,
    fingerprint,
    recheck_upload,
    status_counts,
)
from dashboard.i18n import EN, t
from validation import results
from validation.schemas import MODELS

KIND_ORDER = ("schema", "referential", "provenance", "consistency", "coverage", "verification")
SHOWN_FINDINGS = 50


def kind_label(kind: str, lang: str) -> str:
    key = f"check_kind.{kind}"
    return t(key, lang) if key in EN else kind


def grouped(checks: list[dict]) -> list[tuple[str, list[dict]]]:
    rank = {kind: i for i, kind in enumerate(KIND_ORDER)}
    kinds = sorted({c["kind"] for c in checks}, key=lambda k: (rank.get(k, len(rank)), k))
    return [(kind, [c for c in checks if c["kind"] == kind]) for kind in kinds]


def finding_lines(frame: pd.DataFrame, css_class: str = "fd-findings") -> None:
    """Findings as escaped text (values from an upload may hold anything) and as a table."""
    items = "".join(
        f"<li><code>{html.escape(str(r.file))}</code>"
        + (f", row {int(r.row)}" if pd.notna(r.row) else "")
        + (f", column <code>{html.escape(str(r.column))}</code>" if pd.notna(r.column) else "")
        + f": <bdi>{html.escape(str(r.message))}</bdi>"
        + (f" — <q><bdi>{html.escape(str(r.value))}</bdi></q>" if pd.notna(r.value) else "")
        + "</li>"
        for r in frame.head(SHOWN_FINDINGS).itertuples()
    )
    st.markdown(f'<ul dir="ltr" lang="en" class="{css_class}">{items}</ul>', unsafe_allow_html=True)
    st.dataframe(frame, hide_index=True)


def check_groups(checks: list[dict], lang: str) -> None:
    for kind, members in grouped(checks):
        counts = status_counts(members)
        worst = "fail" if counts["failed"] else ("warn" if counts["warned"] else "pass")
        title = f"{ui.STATUS_MD[worst]} " + t(
            "consistency.kind", lang, kind=kind_label(kind, lang), count=len(members)
        )
        with st.expander(title, expanded=worst != "pass" or kind == "consistency"):
            ui.block(
                "<ul>" + "".join(f"<li>{ui.status_line(c, lang)}</li>" for c in members) + "</ul>",
                lang,
            )
            frame = findings_frame(members)
            if len(frame):
                ui.text(t("consistency.findings", lang), lang, tag="b")
                finding_lines(frame)


def hierarchy_charts(checked, lang: str) -> None:
    """The intervals behind every hierarchy check, each in its figures' own measure."""
    chart = chart_set.checks_chart(checked, lang)
    if chart is None:
        return
    hierarchy = results.arithmetic(checked.checks)
    ui.heading(t("consistency.intervals", lang), lang, level=3)
    data = charts.check_intervals_table(hierarchy, chart_set.check_measures(checked))
    ui.show_chart(chart.figure, chart.name, data, lang)


def upload_section(checked, lang: str) -> None:
    ui.heading(t("upload.heading", lang), lang, level=3)
    ui.text(t("upload.lede", lang), lang)
    table = st.selectbox(t("upload.table", lang), list(MODELS), key="upload_table")
    uploaded = st.file_uploader(
        # The size limit is Streamlit's own (server.maxUploadSize in .streamlit/config.toml).
        t("upload.file", lang, mb=st.get_option("server.maxUploadSize"), rows=MAX_UPLOAD_ROWS),
        type=["csv"],
        key="upload_file",
    )
    if uploaded is None:
        return
    # The name only labels messages: it is never joined to a path or opened.
    folder = ui.selection().folder
    state = fingerprint(folder)
    result = recheck_upload(str(folder), state, table, uploaded.getvalue(), uploaded.name)
    if result.error:
        st.error(t("upload.unreadable", lang, line=ui.md_escape(result.error, limit=300)))
        return
    if result.too_many_rows:
        st.error(t("upload.too_many_rows", lang, rows=result.rows, limit=MAX_UPLOAD_ROWS))
        return
    counts = status_counts(result.checks)
    message = t("upload.result", lang, table=table, rows=result.rows, **counts)
    (st.error if counts["failed"] else st.success)(message)
    changed = changed_verdicts(checked.checks, result.checks)
    ui.text(t("upload.changed", lang), lang, tag="b")
    if changed:
        st.dataframe(pd.DataFrame(changed), hide_index=True)
    else:
        ui.text(t("upload.unchanged", lang), lang, tag="p")
    frame = findings_frame([c for c in result.checks if c["status"] != "pass"])
    ui.text(t("upload.findings", lang), lang, tag="b")
    if len(frame):
        finding_lines(frame, "fd-upload-findings")
    else:
        st.success(t("upload.no_findings", lang))


def main() -> None:
    lang = ui.current_language()
    checked = checked_dataset(ui.selection().folder)
    ui.heading(t("consistency.heading", lang), lang)
    ui.text(t("consistency.lede", lang), lang)
    ui.text(t("consistency.summary", lang, **checked.counts()), lang, tag="h4")
    check_groups(checked.checks, lang)
    hierarchy_charts(checked, lang)
    upload_section(checked, lang)
    ui.footer(lang, checked.article)


main()
