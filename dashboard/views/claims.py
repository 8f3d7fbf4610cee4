"""Claims: every claim as a card with its two verdicts side by side (internal consistency,
and against primary sources), filtered by speaker, topic, type, verdict and text;
?claim=c07 opens that one card."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from dashboard import charts, ui
from dashboard.article import Article
from dashboard.data import checked_dataset, claim_verdicts, verdicts_for, verifications_for
from dashboard.i18n import date_words, t
from validation.vocab import VERDICTS


def speaker_names(entities: pd.DataFrame, lang: str) -> dict[str, str]:
    """Every entity's name in the interface language (speakers, and names a claim holds)."""
    column = "name_ar" if lang == "ar" else "name_en"
    return dict(zip(entities["entity_id"], entities[column], strict=True))


def filters(
    claims: pd.DataFrame,
    names: dict[str, str],
    verdicts: dict[str, set[str]],
    lang: str,
    article: Article,
) -> pd.Series:
    """The filter widgets; returns which claims pass them. ``verdicts`` is each claim's
    verdict(s) against primary sources (``data.claim_verdicts``)."""
    speakers = sorted(claims["speaker_id"].unique(), key=lambda s: names.get(s, s))
    topics = sorted({code for value in claims["topics"] for code in value.split(";")})
    types = sorted(claims["claim_type"].unique())
    present = {v for found in verdicts.values() for v in found}
    col1, col2, col3, col4 = ui.columns(4, lang)
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
        format_func=lambda c: article.label("topics", c, lang),
        key="f_topic",
        placeholder=t("claims.any", lang),
    )
    chosen_types = col3.multiselect(
        t("claims.type", lang), types, format_func=lambda c: t(f"claim_type.{c}", lang),
        key="f_type",
        placeholder=t("claims.any", lang),
    )  # fmt: skip
    chosen_verdicts = col4.multiselect(
        t("claims.verdict", lang),
        [v for v in VERDICTS if v in present],
        format_func=lambda v: t(f"verdict.{v}", lang),
        key="f_verdict",
        placeholder=t("claims.any", lang),
    )
    query = st.text_input(t("claims.search", lang), key="f_search").strip().casefold()
    keep = pd.Series(True, index=claims.index)
    if chosen_speakers:
        keep &= claims["speaker_id"].isin(chosen_speakers)
    if chosen_topics:
        keep &= claims["topics"].map(lambda v: bool(set(v.split(";")) & set(chosen_topics)))
    if chosen_types:
        keep &= claims["claim_type"].isin(chosen_types)
    if chosen_verdicts:
        wanted = set(chosen_verdicts)
        keep &= claims["claim_id"].map(lambda c: bool(verdicts.get(c, set()) & wanted))
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


BADGE_STYLE = (
    "display:inline-block;color:white;border-radius:4px;padding:0 0.45rem;font-weight:600;"
    "font-size:0.85rem"
)
NOTE_STYLE = "font-size:0.85rem;color:#333;margin:0.2rem 0"


def verdict_badge(verdict: str, lang: str) -> str:
    colour = ui.VERDICT_COLOUR.get(verdict, "#333333")
    return (
        f'<span class="fd-verdict" data-verdict="{html.escape(verdict)}" '
        f'style="{BADGE_STYLE};background:{colour}">{html.escape(t(f"verdict.{verdict}", lang))}'
        "</span>"
    )


def via_words(row, names: dict[str, str], lang: str) -> str:
    """What a verification is about, from the claim's point of view: itself, one of its
    figures or dates, or a name in it."""
    if row.via_table == "entities":
        return t("claims.via_entities", lang, name=names.get(row.via_id, row.via_id))
    return t(f"claims.via_{row.via_table}", lang, target_id=row.via_id)


def verification_item(row, names: dict[str, str], lang: str) -> str:
    """One verification: verdict, what it is about, the reasoning (English), the outside
    value where the source adds one, and the source with the day it was read; escaped."""
    url = str(row.source_url)
    link = (
        f'<a href="{html.escape(url)}" target="_blank" rel="noopener">'
        f"{html.escape(row.source_title)}</a>"
        if url.startswith(("https://", "http://"))
        else html.escape(row.source_title)
    )
    value = (
        f'<div style="{NOTE_STYLE}"><b>{html.escape(t("claims.external_value", lang, value=""))}'
        f'</b><code dir="ltr">{html.escape(row.external_value)}</code></div>'
        if isinstance(row.external_value, str)
        else ""
    )
    note = (
        f'<div dir="ltr" lang="en" style="{NOTE_STYLE}">{html.escape(row.note_en)}</div>'
        if isinstance(row.note_en, str)
        else ""
    )
    return (
        f'<li class="fd-verification" data-verification="{html.escape(row.verification_id)}" '
        'style="margin-bottom:0.6rem">'
        f"{verdict_badge(row.verdict, lang)} <small>{html.escape(row.verification_id)} · "
        f"{html.escape(via_words(row, names, lang))}</small>{note}{value}"
        f'<div style="font-size:0.85rem"><span dir="ltr" lang="en">{link}</span> · '
        f"{html.escape(t('claims.read_on', lang, date=charts.ltr(row.accessed, lang)))}</div></li>"
    )


def external_column(checked, claim_id: str, names: dict[str, str], lang: str) -> str:
    """The second verdict: what primary sources say of the claim and what it contains."""
    rows = verifications_for(checked, claim_id)
    items = "".join(verification_item(r, names, lang) for r in rows.itertuples())
    return (
        f'<div class="fd-external"><b>{html.escape(t("claims.external", lang))}</b>'
        f'<div style="color:#666;font-size:0.85rem">'
        f"{html.escape(t('claims.external_lede', lang))}</div>"
        + (
            f'<ul style="list-style:none;padding-inline-start:0">{items}</ul>'
            if items
            else f"<p>{html.escape(t('claims.no_verifications', lang))}</p>"
        )
        + "</div>"
    )


def internal_column(checked, figure_ids: set[str], event_ids: set[str], lang: str) -> str:
    """The first verdict: the consistency checks on the claim's figures and dates."""
    verdicts = verdicts_for(checked, figure_ids, event_ids) if figure_ids or event_ids else []
    lines = "".join(f"<li>{ui.status_line(c, lang)}</li>" for c in verdicts)
    return (
        f'<div class="fd-internal"><b>{html.escape(t("claims.internal", lang))}</b>'
        f'<div style="color:#666;font-size:0.85rem">'
        f"{html.escape(t('claims.internal_lede', lang))}</div>"
        + (f"<ul>{lines}</ul>" if lines else f"<p>{html.escape(t('claims.no_verdicts', lang))}</p>")
        + "</div>"
    )


def card(checked, row, names: dict[str, str], lang: str) -> None:
    """One claim: who says it and how, its figures and dates, and its two verdicts."""
    verb = html.escape(row.reporting_verb_ar)
    checkable = t("claims.checkable" if row.checkable else "claims.not_checkable", lang)
    topics = " · ".join(checked.article.label("topics", c, lang) for c in row.topics.split(";"))
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
        # The two verdicts side by side (in reading order: internal first).
        internal, external = ui.columns(2, lang)
        with internal:
            ui.block(internal_column(checked, figure_ids, event_ids, lang), lang)
        with external:
            ui.block(external_column(checked, row.claim_id, names, lang), lang)
        left, right = ui.columns(2, lang)
        links = ui.selection().links
        view, params = links.claim(row.claim_id)
        left.page_link(view, label=t("claims.link", lang), icon=":material/link:",
                       query_params=params)  # fmt: skip
        view, params = links.in_source("claim", row.claim_id)
        right.page_link(view, label=t("claims.in_source", lang), icon=":material/article:",
                        query_params=params)  # fmt: skip


def show_all() -> None:
    st.query_params.pop("claim", None)


def main() -> None:
    lang = ui.current_language()
    checked = checked_dataset(ui.selection().folder)
    ui.heading(t("claims.heading", lang), lang)
    ui.text(t("claims.lede", lang), lang)
    claims, entities = checked.tables.get("claims"), checked.tables.get("entities")
    if claims is None or entities is None:
        st.warning(t("page.no_rows", lang, failed=checked.counts()["failed"]))
        return
    names = speaker_names(entities, lang)
    keep = filters(claims, names, claim_verdicts(checked), lang, checked.article)
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
    ui.footer(lang, checked.article)


main()
