"""Datasets: every dataset of the desk, each with its titles, date, validation badge,
counts, headline figure(s) and draft status, linking to its overview."""

from __future__ import annotations

import html

import streamlit as st

from dashboard import ui
from dashboard.data import checked_dataset
from dashboard.i18n import date_words, t
from validation.derived import display_date
from validation.load import UnusableInput

BADGE_COLOUR = {"pass": "#1b7837", "warn": "#b35806", "fail": "#b2182b"}


def worst(counts: dict[str, int]) -> str:
    return "fail" if counts["failed"] else ("warn" if counts["warned"] else "pass")


def headline_words(checked, lang: str) -> str:
    """The headline totals in the article's hedged words, escaped."""
    heads = checked.headlines()
    if heads.empty or "wording_en" not in heads:
        return html.escape(t("datasets.no_headline", lang))
    column = "wording_ar" if lang == "ar" else "wording_en"
    return " · ".join(f"<b>{html.escape(str(w))}</b>" for w in heads[column])


def summary(checked, lang: str) -> str:
    """One dataset as escaped HTML: titles, date, badge, counts and headline figures."""
    article, metadata = checked.article, checked.dataset.metadata
    value = (metadata.get("publication_date") or {}).get("value")
    published = (
        t("datasets.published", lang, date=date_words(value, display_date(value), lang))
        if value
        else t("datasets.published_unknown", lang)
    )
    counts = checked.counts()
    status = worst(counts)
    sizes = {name: len(checked.tables.get(name, ())) for name in ("claims", "figures", "events")}
    draft = (
        f'<p class="fd-draft" style="color:#b35806;font-weight:600">'
        f"{html.escape(t('datasets.draft', lang))}</p>"
        if article.is_draft
        else ""
    )
    return (
        f'<div class="fd-dataset" data-dataset="{html.escape(checked.dataset.id)}">'
        f'<div dir="rtl" lang="ar" style="font-size:1.2rem;font-weight:600">'
        f"{html.escape(article.title('ar'))}</div>"
        f'<div dir="ltr" lang="en" style="color:#333">{html.escape(article.title("en"))}</div>'
        f'<p style="color:#555;font-size:0.9rem"><code>{html.escape(checked.dataset.id)}</code>'
        f" · {html.escape(published)}</p>{draft}"
        f'<p><span class="fd-badge" data-status="{status}" style="color:white;'
        f'background:{BADGE_COLOUR[status]};border-radius:4px;padding:0 0.45rem">'
        f"{html.escape(ui.STATUS_ICON[status])} {html.escape(t(f'datasets.badge.{status}', lang))}"
        f"</span> <small>{html.escape(t('overview.badge_counts', lang, **counts))}</small></p>"
        f"<p>{html.escape(t('datasets.counts', lang, **sizes))}</p>"
        f"<p>{html.escape(t('datasets.headlines', lang))}: {headline_words(checked, lang)}</p>"
        "</div>"
    )


def main() -> None:
    lang = ui.current_language()
    chosen = ui.selection()
    ui.heading(t("datasets.heading", lang), lang)
    ui.text(t("datasets.lede", lang), lang)
    if not chosen.datasets:
        ui.no_such_dataset(chosen)
        return
    for dataset_id, folder in chosen.datasets.items():
        try:
            checked = checked_dataset(folder)
        except UnusableInput as error:  # one unreadable folder does not hide the others
            st.error(f"{ui.md_escape(dataset_id)}: {ui.md_escape(error.line(), limit=300)}")
            continue
        with st.container(border=True):
            ui.block(summary(checked, lang), lang)
            ui.review_list(checked.to_review, lang)
            view, params = chosen.links.dataset_overview(dataset_id)
            st.page_link(view, label=t("datasets.open", lang, dataset_id=dataset_id),
                         icon=":material/arrow_forward:", query_params=params)  # fmt: skip


main()
