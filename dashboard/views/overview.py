"""Overview: the article, where it came from, its figures and its verdicts."""

from __future__ import annotations

import html

import streamlit as st

from dashboard import ui
from dashboard.data import checked_dataset, claim_verdict_counts, verdict_counts
from dashboard.i18n import date_words, t
from validation.derived import display_date
from validation.report import check_by_id

KEY_COLUMNS = 4


def source_card(metadata: dict, lang: str) -> None:
    publisher = metadata.get("publisher", {})
    published = metadata.get("publication_date", {})
    name = publisher.get("value") or t("overview.publisher_unknown", lang)
    value = published.get("value")
    date = date_words(value, display_date(value), lang) if value else "—"
    rows = [
        (t("overview.publisher", lang), name, publisher),
        (t("overview.published", lang), date, published),
    ]
    note_style = "font-size:0.85rem;color:#444"
    items = "".join(
        f'<div style="margin-bottom:0.8rem"><b>{html.escape(label)}:</b> {html.escape(value)}'
        f'<div style="{note_style}">'
        f"{html.escape(t('overview.how', lang, basis=t(basis_key(how), lang)))}</div>"
        f'<div dir="ltr" lang="en" style="{note_style}">{html.escape(how.get("note", ""))}</div>'
        "</div>"
        for label, value, how in rows
    )
    received = metadata.get("source", {}).get("received_as", "")
    sources = "".join(
        f'<li><a href="{html.escape(s["url"])}" target="_blank" rel="noopener">'
        f"{html.escape(s['title'])}</a> — {html.escape(s.get('publisher', ''))}, "
        f"{html.escape(s.get('date', ''))} ({html.escape(s.get('kind', ''))})</li>"
        for s in metadata.get("primary_sources", [])
        if str(s.get("url", "")).startswith(("https://", "http://"))
    )
    ui.block(
        f"<h3>{html.escape(t('overview.source_card', lang))}</h3>{items}"
        f"<div><b>{html.escape(t('overview.received', lang))}:</b></div>"
        f'<div dir="ltr" lang="en" style="margin-bottom:0.8rem">{html.escape(received)}</div>'
        f"<div><b>{html.escape(t('overview.primary_sources', lang))}:</b></div>"
        f'<ul dir="ltr" lang="en">{sources}</ul>',
        lang,
        style=ui.CARD_STYLE,
    )


def basis_key(how: dict) -> str:
    basis = how.get("basis", "unknown")
    return f"basis.{basis}" if basis in ("stated", "inferred", "external") else "basis.unknown"


def figure_cards(figures, lang: str) -> None:
    """Every figure as a card, in rows of four, headline totals first (in article order)."""
    ui.heading(t("overview.figures", lang), lang, level=3)
    rows = list(figures.itertuples())
    for start in range(0, len(rows), KEY_COLUMNS):
        figure_row(rows[start : start + KEY_COLUMNS], lang)


def figure_row(rows: list, lang: str) -> None:
    columns = ui.columns(KEY_COLUMNS if len(rows) > 1 else 1, lang)
    for column, row in zip(columns, rows, strict=False):
        label = row.label_ar if lang == "ar" else row.label_en
        words = row.wording_ar if lang == "ar" else row.wording_en
        with column:
            ui.block(
                f"<small>{html.escape(row.figure_id)} · {html.escape(label)}</small>"
                f'<div style="font-size:1.5rem;font-weight:600;margin:0.3rem 0">'
                f"{html.escape(words)}</div>"
                + ui.arabic(row.quote_ar, "color:#555;font-size:0.9rem"),
                lang,
                style=ui.CARD_STYLE,
            )


def badge(checked, lang: str) -> None:
    counts = checked.counts()
    colour = "#b2182b" if counts["failed"] else ("#d95f02" if counts["warned"] else "#1b7837")
    sha = checked.dataset.metadata.get("source", {}).get("sha256", "")
    sha_check = check_by_id(checked.checks, "provenance.sha256")
    sha_status = (
        f"{ui.STATUS_ICON[sha_check['status']]} " + t(f"check_status.{sha_check['status']}", lang)
        if sha_check
        else "—"
    )
    ui.block(
        f"<h3>{html.escape(t('overview.badge', lang))}</h3>"
        f'<p style="font-size:1.2rem;color:{colour};font-weight:600">'
        f"{html.escape(t('overview.badge_counts', lang, **counts))}</p>"
        f"<p><small>{html.escape(t('overview.sha', lang, sha=''))}"
        f'<code dir="ltr">{html.escape(sha)}</code><br>'
        f"{html.escape(t('overview.sha_status', lang, check='provenance.sha256', status=''))}"
        f"{html.escape(sha_status)}</small></p>",
        lang,
        style=ui.CARD_STYLE,
    )
    ui.page_link("consistency", t("overview.see_consistency", lang), ":material/rule:")


def count_items(counts: dict[str, int], lang: str) -> str:
    """Every verdict of the vocabulary with its count (19 confirmed · 2 paraphrased · …);
    a zero is greyed, not left out."""
    return " · ".join(
        f'<span class="fd-verdict-count" data-verdict="{verdict}" '
        f'style="color:{ui.VERDICT_COLOUR[verdict] if n else "#999999"};font-weight:600;'
        'white-space:nowrap">'
        f"{n} {html.escape(t(f'verdict.{verdict}', lang))}</span>"
        for verdict, n in counts.items()
    )


def external_card(checked, lang: str) -> None:
    """The second verdict at a glance: counts from the engine's verification.verdicts check,
    and the claims' own verdicts; a link to the cards that show both verdicts."""
    counts = verdict_counts(checked.checks)
    heading = f"<h3>{html.escape(t('overview.external', lang))}</h3>"
    if counts is None:
        ui.block(heading + html.escape(t("overview.no_external", lang)), lang, style=ui.CARD_STYLE)
        return
    claims = claim_verdict_counts(checked)
    ui.block(
        heading + f'<p class="fd-external-counts">'
        f"{html.escape(t('overview.external_counts', lang, n=sum(counts.values())))}<br>"
        f'<span style="font-size:1.05rem">{count_items(counts, lang)}</span></p>'
        + (
            f'<p class="fd-claim-counts"><small>'
            f"{html.escape(t('overview.claim_counts', lang, n=sum(claims.values())))} "
            f"{count_items(claims, lang)}</small></p>"
            if claims
            else ""
        ),
        lang,
        style=ui.CARD_STYLE,
    )
    ui.page_link("claims", t("overview.see_claims", lang), ":material/format_quote:")


def key_claims(checked, lang: str) -> None:
    """Claims that carry a figure or a date: the ones a fact-checker can test."""
    claims = checked.tables.get("claims")
    if claims is None:
        return
    linked = set()
    for name in ("figures", "events"):
        frame = checked.tables.get(name)
        if frame is not None:
            linked |= set(frame["claim_id"].dropna())
    ui.heading(t("overview.key_claims", lang), lang, level=3)
    for row in claims[claims["claim_id"].isin(linked)].itertuples():
        with st.container(border=True):
            ui.block(
                ui.arabic(row.quote_ar, "font-size:1.05rem")
                + f'<div dir="ltr" lang="en" style="color:#444">{html.escape(row.claim_en)}</div>',
                lang,
            )
            ui.page_link("claims", t("overview.open_claim", lang, claim_id=row.claim_id),
                         claim=row.claim_id)  # fmt: skip


def main() -> None:
    lang = ui.current_language()
    checked = checked_dataset(ui.selection().folder)
    metadata = checked.dataset.metadata
    article = checked.article
    first, second = ("ar", "en") if lang == "ar" else ("en", "ar")
    ui.heading(article.title(first), first, level=1)
    ui.text(article.title(second), second, style="font-size:1.25rem;color:#444")
    if article.is_draft:
        st.warning(t("datasets.draft", lang))
        ui.review_list(checked.to_review, lang)
    lede = article.lede(lang)
    if lede:
        ui.text(lede, lang, style="margin-top:0.8rem")
    left, right = ui.columns([3, 2], lang)
    with left:
        source_card(metadata, lang)
    with right:
        badge(checked, lang)
        external_card(checked, lang)
    if checked.figures is not None:
        figure_cards(checked.figures, lang)
    key_claims(checked, lang)
    ui.footer(lang, article)


main()
