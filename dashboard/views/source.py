"""Source: the article right to left, every captured span marked by kind; ?claim=,
?figure= or ?event= marks one span and offers a jump to it."""

from __future__ import annotations

import html

import streamlit as st

from dashboard import ui
from dashboard.data import checked_dataset
from dashboard.i18n import t
from dashboard.marks import KINDS, STYLE, mark_up, spans_from_tables

LINK_PARAMS = {"claim": "claim", "figure": "figure", "event": "event"}
ARTICLE_STYLE = (
    "font-size:1.15rem;line-height:2.2;font-family:'Noto Naskh Arabic','Noto Sans Arabic',serif;"
    "border:1px solid #e0e0e0;border-radius:8px;padding:1rem 1.2rem;background:white"
)


def legend(lang: str) -> str:
    return " ".join(
        f'<mark style="{STYLE[kind]}">{html.escape(t(f"kind.{kind}", lang))}</mark>'
        for kind in KINDS
    )


def linked_target(spans) -> tuple[str | None, str | None, str | None]:
    """(kind, id, anchor) of the span named in the address, if any."""
    for param, kind in LINK_PARAMS.items():
        wanted = st.query_params.get(param)
        if wanted:
            for span in spans:
                if span.kind == kind and span.span_id == wanted:
                    return kind, wanted, span.anchor
            return kind, wanted, None
    return None, None, None


def main() -> None:
    lang = ui.current_language()
    checked = checked_dataset(ui.selection().folder)
    dataset = checked.dataset
    ui.heading(t("source.heading", lang), lang)
    ui.text(t("source.lede", lang), lang)
    shown = st.pills(
        t("source.highlight", lang),
        KINDS,
        selection_mode="multi",
        default=list(KINDS),
        format_func=lambda kind: t(f"kind.{kind}", lang),
        key="source_kinds",
    )
    all_spans = spans_from_tables(checked.tables, set(KINDS))
    kind, wanted, anchor = linked_target(all_spans)
    chosen = set(shown or []) | ({kind} if anchor else set())
    spans = [s for s in all_spans if s.kind in chosen]
    ui.block(f"<b>{html.escape(t('source.legend', lang))}:</b> {legend(lang)}", lang, tag="p")
    if wanted and anchor:
        target = next(s for s in all_spans if s.anchor == anchor)
        excerpt = dataset.source_text[target.start : target.end]
        ui.block(
            html.escape(t("source.target", lang, kind=t(f"kind.{kind}", lang), span_id=wanted))
            + ui.arabic(excerpt, "font-size:1.1rem;margin:0.4rem 0")
            + f'<a href="#{html.escape(anchor)}" target="_self">'
            f"{html.escape(t('source.jump', lang))} ↓</a>",
            lang,
            style=ui.CARD_STYLE,
        )
    elif wanted:
        st.warning(t("source.target_missing", lang, span_id=ui.md_escape(wanted)))
    body_start = dataset.body_start
    text = dataset.source_text
    ui.text(t("source.header_note", lang, body_start=body_start), lang, tag="p",
            style="color:#666;font-size:0.85rem")  # fmt: skip
    header = html.escape(text[:body_start]).replace("\n", "<br>")
    body = mark_up(text[body_start:], spans, target=anchor, offset=body_start)
    st.markdown(
        f'<div dir="rtl" lang="ar" style="{ARTICLE_STYLE}">'
        f'<div style="color:#888;font-size:0.95rem">{header}</div>{body}</div>',
        unsafe_allow_html=True,
    )
    ui.footer(lang, checked.article)


main()
