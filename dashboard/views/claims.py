"""Claims: every claim as a card, filtered by speaker, topic, type and text; ?claim=c07
opens that one card."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from dashboard import ui
from dashboard.data import checked_dataset, verdicts_for
from dashboard.i18n import date_words, t


def speaker_names(entities: pd.DataFrame, lang: str) -> dict[str, str]:
    column = "name_ar" if lang == "ar" else "name_en"
    return dict(zip(entities["entity_id"], entities[column], strict=True))


def filters(claims: pd.DataFrame, names: dict[str, str], lang: str) -> pd.Series:
    """The filter widgets; returns which claims pass them."""
    speakers = sorted(claims["speaker_id"].unique(), key=lambda s: names.get(s, s))
    topics = sorted({code for value in claims["topics"] for code in value.split(";")})
    types = sorted(claims["claim_type"].unique())
    col1, col2, col3 = ui.columns(3, lang)
    chosen_speakers = col1.multiselect(
        t("claims.speaker", lang),
        speakers,
        format_func=lambda s: names.get(s, s),
        key="f_speaker",
        placeholder=t("claims.any", lang),
    )
    chosen_topics = col2.multiselect(
        t("claims.topic", lang),
        topics,
        format_func=lambda c: t(f"topic.{c}", lang),
        key="f_topic",
        placeholder=t("claims.any", lang),
    )
    chosen_types = col3.multiselect(
        t("claims.type", lang), types, format_func=lambda c: t(f"claim_type.{c}", lang),
        key="f_type",
        placeholder=t("claims.any", lang),
    )  # fmt: skip
    query = st.text_input(t("claims.search", lang), key="f_search").strip().casefold()
    keep = pd.Series(True, index=claims.index)
    if chosen_speakers:
        keep &= claims["speaker_id"].isin(chosen_speakers)
    if chosen_topics:
        keep &= claims["topics"].map(lambda v: bool(set(v.split(";")) & set(chosen_topics)))
    if chosen_types:
        keep &= claims["claim_type"].isin(chosen_types)
    if query:
        haystack = (
            claims["quote_ar"] + " " + claims["claim_en"] + " " + claims["speaker_id"].map(names)
        )
        keep &= haystack.str.casefold().str.contains(query, regex=False)
    return keep


def linked_items(checked, claim_id: str, lang: str) -> tuple[str, str, set[str], set[str]]:
    """The claim's figures and events as escaped HTML lists, and their ids."""
    figures, events = checked.figures, checked.events
    figure_rows = figures[figures["claim_id"] == claim_id] if figures is not None else []
    event_rows = events[events["claim_id"] == claim_id] if events is not None else []
    figure_html = "".join(
        f"<li><b>{html.escape(r.figure_id)}</b> "
        f"{html.escape(r.wording_ar if lang == 'ar' else r.wording_en)} — "
        f"{html.escape(r.label_ar if lang == 'ar' else r.label_en)} "
        f'(<span dir="rtl" lang="ar">{html.escape(r.quote_ar)}</span>)</li>'
        for r in getattr(figure_rows, "itertuples", list)()
    )
    event_html = "".join(
        f"<li><b>{html.escape(r.event_id)}</b> "
        f"{html.escape(date_words(r.date, r.date_display, lang))} "
        f"({html.escape(t(f'precision.{r.precision}', lang))}, "
        f"{html.escape(t(f'status.{r.status}', lang))}, "
        f"{html.escape(t(f'basis.{r.date_basis}', lang))}) — "
        f'<span dir="ltr" lang="en">{html.escape(r.event_en)}</span> '
        f'(<span dir="rtl" lang="ar">{html.escape(str(r.date_text_ar))}</span>)</li>'
        for r in getattr(event_rows, "itertuples", list)()
    )
    figure_ids = set(getattr(figure_rows, "figure_id", []))
    event_ids = set(getattr(event_rows, "event_id", []))
    return figure_html, event_html, figure_ids, event_ids


VERDICT_COLOUR = {"confirmed": "#1b7837", "paraphrased": "#4d9221", "contradicted": "#b2182b",
                  "disputed_attribution": "#b35806", "unresolved": "#b35806",
                  "not_checked": "#666666"}  # fmt: skip


def verifications_html(checked, claim_id: str, lang: str) -> str:
    """The second verdict (verifications.csv) on this claim, with its source, escaped."""
    table = checked.tables.get("verifications")
    if table is None:
        return ""
    rows = table[(table["target_table"] == "claims") & (table["target_id"] == claim_id)]
    return "".join(
        f'<li><b style="color:{VERDICT_COLOUR.get(r.verdict, "#333")}">'
        f"{html.escape(t(f'verdict.{r.verdict}', lang))}</b> — "
        f'<a href="{html.escape(r.source_url)}" target="_blank" rel="noopener">'
        f"{html.escape(r.source_title)}</a>"
        + (
            f'<br><small dir="ltr" lang="en">{html.escape(r.note_en)}</small>'
            if isinstance(r.note_en, str)
            else ""
        )
        + "</li>"
        for r in rows.itertuples()
        if str(r.source_url).startswith(("https://", "http://"))
    )


def card(checked, row, names: dict[str, str], lang: str) -> None:
    verb = html.escape(row.reporting_verb_ar)
    checkable = t("claims.checkable" if row.checkable else "claims.not_checkable", lang)
    topics = " · ".join(t(f"topic.{c}", lang) for c in row.topics.split(";"))
    figure_html, event_html, figure_ids, event_ids = linked_items(checked, row.claim_id, lang)
    with st.container(border=True):
        ui.block(
            f'<div id="claim-{html.escape(row.claim_id)}" class="claim-card">'
            f"<b>{html.escape(row.claim_id)}</b> · "
            f"{html.escape(t('claims.paragraph', lang, n=row.paragraph))} · "
            f"<b>{html.escape(names.get(row.speaker_id, row.speaker_id))}</b> · "
            f"{html.escape(t('claims.verb', lang))}: "
            f'<span dir="rtl" lang="ar">«{verb}»</span> · '
            f"{html.escape(t(f'claim_type.{row.claim_type}', lang))}</div>"
            + ui.arabic(row.quote_ar, "font-size:1.15rem;margin:0.5rem 0;line-height:1.9")
            + f'<div dir="ltr" lang="en" style="color:#333">{html.escape(row.claim_en)}</div>'
            f'<div style="color:#666;font-size:0.85rem;margin-top:0.3rem">'
            f"{html.escape(t('claims.topics', lang))}: {html.escape(topics)} · "
            f"{html.escape(checkable)}</div>",
            lang,
        )
        if figure_html:
            ui.block(f"<b>{html.escape(t('claims.figures', lang))}</b><ul>{figure_html}</ul>", lang)
        if event_html:
            ui.block(f"<b>{html.escape(t('claims.events', lang))}</b><ul>{event_html}</ul>", lang)
        if figure_ids or event_ids:
            verdicts = verdicts_for(checked, figure_ids, event_ids)
            lines = "".join(f"<li>{ui.status_line(c, lang)}</li>" for c in verdicts)
            ui.block(
                f"<b>{html.escape(t('claims.verdicts', lang))}</b>"
                + (f"<ul>{lines}</ul>" if lines else
                   f"<p>{html.escape(t('claims.no_verdicts', lang))}</p>"),
                lang,
            )  # fmt: skip
        external = verifications_html(checked, row.claim_id, lang)
        if external:
            ui.block(f"<b>{html.escape(t('claims.external', lang))}</b><ul>{external}</ul>", lang)
        left, right = ui.columns(2, lang)
        left.page_link(
            "views/claims.py",
            label=t("claims.link", lang),
            icon=":material/link:",
            query_params={"claim": row.claim_id, "lang": lang},
        )
        right.page_link(
            "views/source.py",
            label=t("claims.in_source", lang),
            icon=":material/article:",
            query_params={"claim": row.claim_id, "lang": lang},
        )


def show_all() -> None:
    st.query_params.pop("claim", None)


def main() -> None:
    lang = ui.current_language()
    checked = checked_dataset()
    ui.heading(t("claims.heading", lang), lang)
    ui.text(t("claims.lede", lang), lang)
    claims, entities = checked.tables.get("claims"), checked.tables.get("entities")
    if claims is None or entities is None:
        st.warning(t("page.no_rows", lang, failed=checked.counts()["failed"]))
        return
    names = speaker_names(entities, lang)
    keep = filters(claims, names, lang)
    wanted = st.query_params.get("claim")
    if wanted:
        if wanted in set(claims["claim_id"]):
            keep &= claims["claim_id"] == wanted
            st.info(t("claims.permalink", lang, claim_id=wanted))
        else:
            st.warning(t("claims.permalink_missing", lang, claim_id=ui.md_escape(wanted)))
        st.button(t("claims.show_all", lang), on_click=show_all)
    shown = claims[keep]
    ui.text(t("claims.count", lang, shown=len(shown), total=len(claims)), lang, tag="p")
    if shown.empty:
        st.info(t("claims.none", lang))
    for row in shown.itertuples():
        card(checked, row, names, lang)
    ui.footer(lang)


main()
