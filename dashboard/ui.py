"""Streamlit pieces every page shares: the language, the dataset, right-to-left text, charts
with their source line and data, status marks. Every piece of data text is escaped here
before any tag is put around it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import plotly.graph_objects as go
import streamlit as st

from dashboard import charts, embed
from dashboard.i18n import DIRECTION, LANGUAGES, language_or_default, t
from dashboard.links import Links
from validation.desk import dataset_folders, dataset_title, datasets_root, default_dataset_id
from validation.vocab import STATUS_MARK

if TYPE_CHECKING:  # pandas and the checked dataset only when a page shows a table: the figures
    import pandas as pd  # page's first view (dashboard/first_chart.py) imports neither

    from dashboard.article import Article

STATUS_ICON = STATUS_MARK  # text marks, not emoji: a reader may have no emoji font
STATUS_COLOUR = {"pass": "#1b7837", "warn": "#b35806", "fail": "#b2182b"}
# Verdicts against primary sources: green when a source backs the claim, orange to brown
# when it is in doubt, red when contradicted, grey when nobody checked.
VERDICT_COLOUR = {
    "confirmed": "#1b7837",
    "paraphrased": "#4d9221",
    "disputed_attribution": "#b35806",
    "contradicted": "#b2182b",
    "unresolved": "#8c6d31",
    "not_checked": "#666666",
}
STATUS_MD = {
    status: f":{colour}[{STATUS_MARK[status]}]"
    for status, colour in (("pass", "green"), ("warn", "orange"), ("fail", "red"))
}
# Each block aligns to its own direction (Streamlit's CSS would align Arabic left).
BASE_CSS = """
<style>
[dir="rtl"] { text-align: right; }
[dir="ltr"] { text-align: left; }
.fd-chart-notes { font-size: 0.8rem; color: #555; line-height: 1.4; }
.fd-chart-notes p { margin: 0 0 0.2rem; overflow-wrap: anywhere; }
.fd-description { color: #333; }
/* A phone: charts and tables never wider than the screen; a wide table scrolls in its box. */
[data-testid="stPlotlyChart"], [data-testid="stDataFrame"] { max-width: 100%; }
[data-testid="stDataFrame"] { overflow-x: auto; }
[data-testid="stMarkdownContainer"] { overflow-wrap: anywhere; }
</style>
"""
# Streamlit has no right-to-left mode (issue #552): in Arabic the main column's text runs
# right to left, while charts and tables keep their left-to-right layout.
RTL_CSS = """
<style>
[data-testid="stMain"] [data-testid="stMarkdownContainer"],
[data-testid="stMain"] [data-testid="stCaptionContainer"],
[data-testid="stMain"] [data-testid="stExpander"] summary,
[data-testid="stMain"] [data-testid="stWidgetLabel"],
[data-testid="stMain"] [data-testid="stAlertContainer"],
[data-testid="stSidebar"] [data-testid="stWidgetLabel"] { direction: rtl; text-align: start; }
[data-testid="stPlotlyChart"], [data-testid="stDataFrame"], pre { direction: ltr; }
</style>
"""
CARD_STYLE = (
    "border:1px solid #d9d9d9;border-radius:8px;padding:0.8rem 1rem;margin-bottom:0.6rem;"
    "background:#fafafa"
)


def current_language() -> str:
    """The language from ``?lang=``; kept in the session when navigation drops the query."""
    asked = st.query_params.get("lang")
    if asked in LANGUAGES:
        st.session_state["lang"] = asked
        return asked
    lang = language_or_default(st.session_state.get("lang"))
    st.query_params["lang"] = lang
    st.session_state["lang"] = lang
    return lang


@dataclass(frozen=True)
class Selection:
    """Which dataset the page shows: ``dataset`` and ``folder`` are None when the address
    asks for one the desk does not hold (``asked``, never joined to a path)."""

    dataset: str | None
    folder: Path | None
    lang: str
    datasets: dict[str, Path]
    asked: str | None = None

    @property
    def links(self) -> Links:
        return Links(self.dataset, self.lang)


def current_selection(lang: str) -> Selection:
    """The dataset from ``?dataset=``; kept in the session when navigation drops the query;
    without either, the desk's default (validation.desk). An id is looked up among the
    root's folders by name: a path or markup in the address names nothing."""
    folders = dataset_folders(datasets_root())
    asked = st.query_params.get("dataset") or None  # an empty parameter names nothing
    if asked is not None and asked not in folders:
        return Selection(None, None, lang, folders, asked=str(asked))
    chosen = asked or st.session_state.get("dataset")
    if chosen not in folders:
        chosen = default_dataset_id(list(folders))
    if chosen is None:
        return Selection(None, None, lang, folders)
    st.session_state["dataset"] = chosen
    st.query_params["dataset"] = chosen
    return Selection(chosen, folders[chosen], lang, folders)


def selection() -> Selection:
    """The selection the app made for this run (app.py), for the page it runs."""
    chosen = st.session_state.get("selection")
    return chosen if chosen is not None else current_selection(current_language())


def switch_dataset() -> None:
    chosen = st.session_state.get("dataset_switch")
    st.session_state["dataset"] = chosen
    st.query_params["dataset"] = chosen


def dataset_switch(chosen: Selection) -> None:
    """A choice of dataset in the sidebar (when the desk holds several), written back into
    the address (``?dataset=``)."""
    if len(chosen.datasets) < 2 or chosen.dataset is None:
        return
    st.session_state["dataset_switch"] = chosen.dataset
    titles = {
        dataset_id: dataset_title(folder, chosen.lang)
        for dataset_id, folder in chosen.datasets.items()
    }
    st.sidebar.selectbox(
        t("desk.dataset", chosen.lang),
        list(chosen.datasets),
        format_func=lambda dataset_id: (
            f"{titles[dataset_id]} ({dataset_id})" if titles.get(dataset_id) else dataset_id
        ),
        key="dataset_switch",
        on_change=switch_dataset,
    )


def no_such_dataset(chosen: Selection) -> None:
    """An unknown or hostile ``?dataset=``: say so, escaped, and list what there is."""
    lang = chosen.lang
    if chosen.asked is None:
        st.warning(t("desk.empty", lang, root=md_escape(str(datasets_root()), limit=200)))
        return
    st.error(t("desk.no_such", lang, asked=md_escape(chosen.asked)))
    for dataset_id in chosen.datasets:
        view, params = chosen.links.dataset_overview(dataset_id)
        st.page_link(view, label=dataset_id, icon=":material/folder_open:", query_params=params)


def switch_language() -> None:
    chosen = language_or_default(st.session_state.get("lang_switch"))
    st.session_state["lang"] = chosen
    st.query_params["lang"] = chosen


def language_switch(lang: str) -> None:
    """A switch in the sidebar that writes the choice back into the address (``?lang=``)."""
    st.session_state["lang_switch"] = lang
    st.sidebar.radio(
        t("lang.label", lang),
        LANGUAGES,
        format_func=lambda code: t(f"lang.{code}", code),
        key="lang_switch",
        on_change=switch_language,
        horizontal=True,
    )


def apply_direction(lang: str) -> None:
    st.html(BASE_CSS + (RTL_CSS if lang == "ar" else ""))


def columns(spec: list[int] | int, lang: str) -> list:
    """st.columns in reading order: in Arabic the first column is the rightmost."""
    widths = [1] * spec if isinstance(spec, int) else list(spec)
    if lang != "ar":
        return list(st.columns(widths))
    return list(reversed(st.columns(list(reversed(widths)))))


def block(inner_html: str, lang: str, tag: str = "div", style: str = "") -> None:
    """Already-escaped HTML in a block with the language's direction."""
    style_attr = f' style="{style}"' if style else ""
    st.markdown(
        f'<{tag} dir="{DIRECTION[lang]}" lang="{lang}"{style_attr}>{inner_html}</{tag}>',
        unsafe_allow_html=True,
    )


def text(value: str, lang: str, tag: str = "div", style: str = "") -> None:
    """Plain text (escaped) in the language's direction."""
    block(html.escape(str(value)), lang, tag, style)


def heading(value: str, lang: str, level: int = 1) -> None:
    text(value, lang, tag=f"h{level}")


def arabic(value: str, style: str = "") -> str:
    """Escaped Arabic text in its own right-to-left element, for use inside English blocks."""
    style_attr = f' style="{style}"' if style else ""
    return f'<div dir="rtl" lang="ar"{style_attr}>{html.escape(str(value))}</div>'


def show_chart(
    fig: go.Figure,
    name: str,
    data: pd.DataFrame | None,
    lang: str,
    key: str | None = None,
    table: str | None = None,
    column_config: dict | None = None,
    expanded: bool = False,
) -> None:
    """A chart with its words around it, its embed one click away, and its data under it
    (with each column's description from the schema as its help, when the data is one of
    the tables).

    The title and description above the plot and the source line and notes under it are
    HTML (they wrap on a phone and read right to left in Arabic); the same words go into
    the chart's embed. ``column_config`` adds column types (a link column for addresses);
    ``expanded`` opens the data under the chart from the start."""
    words = charts.words_of(fig)
    dataset = selection().dataset or "factdesk"
    config = charts.chart_config(name, lang, dataset)
    block(embed.caption_html(words, heading="h3"), lang, style="margin-top:0.6rem")
    st.plotly_chart(fig, theme=None, config=config, key=key or name)
    block(f'<div class="fd-chart-notes">{embed.notes_html(words)}</div>', lang)
    st.download_button(
        t("chart.embed", lang),
        # Made only when asked for: an embed inlines plotly.js (about 4.8 MB).
        data=lambda: embed.embed_html(fig, words, name, config),
        file_name=embed.embed_file_name(name, lang),
        mime="text/html",
        help=t("chart.embed_help", lang),
        key=f"embed-{key or name}",
        on_click="ignore",
        icon=":material/code:",
    )
    # The table is drawn only while its expander is open (a rerun when the reader opens it):
    # a page of closed tables sends no grid, so the browser draws its first chart sooner.
    data_key = f"data-{key or name}"
    with st.expander(
        t("chart.data", lang), expanded=expanded, key=data_key, on_change="rerun"
    ) as box:
        if not box.open or data is None:  # None: a kept first chart (first_chart.py)
            return
        from dashboard.data import column_help

        described = column_help(table) if table else {}
        columns = {
            column: st.column_config.Column(help=described[column])
            for column in data.columns
            if described.get(column)
        }
        for column, typed in (column_config or {}).items():
            if described.get(column):
                typed["help"] = described[column]
            columns[column] = typed
        st.dataframe(data, hide_index=True, column_config=columns)
        st.caption(t("chart.png", lang))


def link_column() -> dict:
    """An address column as a link that shows the site's name (reliefweb.int)."""
    return st.column_config.LinkColumn(display_text=r"https?://(?:www\.)?([^/]+)")


def status_line(check: dict, lang: str) -> str:
    """✅ id — message, escaped, for a markdown block."""
    words = t(f"check_status.{check['status']}", lang)
    return (
        f'<b style="color:{STATUS_COLOUR[check["status"]]}">{STATUS_ICON[check["status"]]}</b> '
        f"<code>{html.escape(check['id'])}</code> "
        f'<small>({html.escape(words)})</small> — <span dir="ltr">'
        f"{html.escape(check['message'])}</span>"
    )


def review_list(items: list, lang: str) -> None:
    """A draft's rows that no person has reviewed yet (validation/checks/review.py), as the
    curator will meet them in review.csv: one line each, what to check."""
    if not items:
        return
    import pandas as pd

    with st.expander(t("review.heading", lang, n=len(items))):
        text(t("review.how", lang), lang, style="color:#555;font-size:0.9rem")
        frame = pd.DataFrame(
            {
                t("review.table", lang): [item.table for item in items],
                t("review.row", lang): [item.row for item in items],
                t("review.to_check", lang): [item.to_check for item in items],
            }
        )
        st.dataframe(frame, hide_index=True, width="stretch")


def footer(lang: str, article: Article) -> None:
    """The dataset's source line and its licences, under every page."""
    licence = article.metadata.get("licence") or {}
    st.divider()
    words = t("app.footer", lang, data=licence.get("data", "—"), code=licence.get("code", "—"))
    st.caption(md_escape(article.source_line(lang), limit=400) + " · " + words)


def page_link(page: str, label: str, icon: str | None = None, **params: str) -> None:
    """A link to another page of the same dataset, in the same language (links.py)."""
    view, query = selection().links.target(page, **params)
    st.page_link(view, label=label, icon=icon, query_params=query)


MARKDOWN_SPECIAL = "\\`*_{}[]()#+-.!|<>~$"


def md_escape(value: str, limit: int = 80) -> str:
    """User text (an address parameter, a file name) made inert for a markdown message."""
    value = str(value)[:limit]
    return "".join("\\" + ch if ch in MARKDOWN_SPECIAL else ch for ch in value)
