"""Plotly figure builders: pure functions from validated tables to ``go.Figure``.

No Streamlit here, and no arithmetic a check owns: every interval comes from
``validation.derived`` or from a check's ``details``; the numbers in a gap annotation are
the check's own message. Each figure carries its title (the finding), its source line and
its hedge note inside the figure, so an exported PNG keeps them.

Arabic mode keeps every axis left to right (amounts and time grow rightwards in both
languages) and wraps Arabic labels in bidi isolates so digits stay beside their words.

>>> money_label(850_000_000, "en"), money_label(850_000_000, "ar")
('$850 million', '$850 مليون')
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import math
import textwrap

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard import alt_text
from dashboard.embed import ChartWords
from dashboard.i18n import date_words, t
from validation.derived import display_date
from validation.hedges import STRICT, TIGHT

FONT = "Noto Sans, Noto Sans Arabic, Noto Naskh Arabic, Arial, sans-serif"
COLOURS = {
    "strict": "rgba(66, 146, 198, 0.22)",
    "strict_line": "rgba(33, 113, 181, 0.9)",
    "tight": "rgba(8, 81, 156, 0.75)",
    "stated": "#111111",
    "sum": "#b2182b",
    "parts": ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02"],
    "status": {
        "occurred": "#08519c",
        "scheduled": "#d95f02",
        "reference": "#636363",
        "postponed": "#7570b3",
    },
    "inferred": "#b2182b",
}
STATUS_SYMBOL = {
    "occurred": "circle",
    "scheduled": "circle-open",
    "reference": "square",
    "postponed": "x",
}
STATUS_DASH = {"occurred": "solid", "scheduled": "dash", "reference": "solid", "postponed": "dot"}
STATUS_MARK = {"pass": "✓", "warn": "!", "fail": "✗"}
# Bidi isolates: Arabic mixed with digits (and English inside Arabic) stays in order.
RLI, LRI, PDI = "\u2067", "\u2066", "\u2069"
# Characters a line of words drawn inside a plot: a phone leaves the plot ~300 px.
IN_PLOT = 28


def isolate(text: str, lang: str) -> str:
    """Arabic text inside a right-to-left isolate; English as it is."""
    return f"{RLI}{text}{PDI}" if lang == "ar" and text else text


def ltr(text: str, lang: str) -> str:
    """Latin ids and ISO dates inside Arabic text, in a left-to-right isolate ("f02 + f03")."""
    return f"{LRI}{text}{PDI}" if lang == "ar" and text else text


def wrapped(text: str, text_lang: str, page_lang: str, width: int) -> list[str]:
    """``text`` in lines of ``width``, each isolated in its own direction: an English engine
    message inside an Arabic chart stays left to right, line by line."""
    lines = textwrap.wrap(text, width)
    if page_lang == "ar" and text_lang == "en":
        return [f"{LRI}{line}{PDI}" for line in lines]
    return [isolate(line, text_lang) for line in lines]


def in_plot(text: str, lang: str, width: int = IN_PLOT) -> str:
    """Plain words drawn inside a plot, in short lines (each isolated in the language), so
    they fit beside a mark on a phone."""
    return "<br>".join(wrapped(text, lang, lang, width))


def hedge_note(lang: str) -> str:
    return t("chart.hedge_note", lang, tight=f"{float(TIGHT):.0%}", strict=f"{float(STRICT):.0%}")


def chart_config(name: str, lang: str) -> dict:
    """Plotly config: PNG export named after the chart and the language, no plotly logo."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {
            "format": "png",
            "filename": f"factdesk-us-libya-2021-{name}-{lang}",
            "scale": 2,
        },
    }


def money_label(value: float, lang: str) -> str:
    """850000000 → '$850 million': an axis or gap label only, never a checked value.

    NOTE: US dollars, as every figure of the datasets so far; a figure in another currency
    would need its own axis (figures in different currencies are not comparable anyway).
    """
    if value >= 1e9:
        return "$" + t("money.billion", lang, value=f"{value / 1e9:,.3g}")
    if value >= 1e6:
        return "$" + t("money.million", lang, value=f"{value / 1e6:,.5g}")
    return f"${value:,.0f}"


def money_axis(x_max: float, lang: str) -> dict:
    """Tick positions at round amounts, labelled in millions in the interface language."""
    raw = x_max / 6
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    ticks = [i * step for i in range(int(x_max // step) + 1)]
    return {
        "tickvals": ticks,
        "ticktext": ["0" if v == 0 else isolate(money_label(v, lang), lang) for v in ticks],
        "range": [0, x_max],
        "title": {"text": t("axis.amount", lang)},
        "autorange": False,
        "zeroline": True,
        "gridcolor": "#e5e5e5",
    }


def words_of(fig: go.Figure) -> ChartWords:
    """The words a builder gave its chart (title, alt text, source line, notes): the figure
    carries them in ``layout.meta``, so whoever has the figure (a view, an embed, the
    export) shows the same words around it."""
    words = dict(fig.layout.meta["words"])
    words["notes"] = tuple(tuple(note) for note in words["notes"])
    return ChartWords(**words)


def finish(
    fig: go.Figure,
    title: str,
    lang: str,
    plot_height: int,
    notes: list[tuple[str, str]] | None = None,
    legend_rows: int = 1,
    axis_space: int = 62,
    source: str | None = None,
    alt: str = "",
) -> None:
    """The figure holds marks and axes only; its words are HTML around it (Datawrapper's
    split): they wrap at any width, read right to left in Arabic and reach screen readers.

    The width follows the container; margins grow to fit the axis labels (automargin); the
    legend sits horizontally under the plot, where it wraps into as many rows as a narrow
    screen needs, so the height leaves a row per legend entry; the top margin is the mode
    bar's, so the toolbar covers no text."""
    entries = sum(1 for tr in fig.data if getattr(tr, "showlegend", False) is not False and tr.name)
    legend_height = 22 * entries + 10 if legend_rows > 0 and entries else 0
    top = 34
    right = lang == "ar"
    fig.update_layout(
        font={"family": FONT, "size": 13, "color": "#222222"},
        autosize=True,
        height=top + plot_height + axis_space + legend_height,
        margin={"l": 8, "r": 8, "t": top, "b": 8, "autoexpand": True},
        paper_bgcolor="white",
        plot_bgcolor="white",
        showlegend=legend_rows > 0,
        legend={
            "orientation": "h",
            "yref": "container",
            "y": 0,
            "yanchor": "bottom",
            "x": 1 if right else 0,
            "xanchor": "right" if right else "left",
            "font": {"size": 12},
        },
        hoverlabel={"font": {"family": FONT}, "align": "right" if right else "left"},
        meta={
            "words": {
                "lang": lang,
                "title": title,
                "alt": alt,
                "source": source or t("chart.source", lang),
                "notes": [(hedge_note(lang), lang), *(notes or [])],
            }
        },
    )
    fig.update_xaxes(automargin=True)
    fig.update_yaxes(automargin=True)


# Figures ------------------------------------------------------------------------------


def figure_label(row, lang: str, limit: int | None = None) -> str:
    """The figure's label; with ``limit``, shortened for an axis (the hover and the data
    table keep it whole)."""
    text = row.label_ar if lang == "ar" else row.label_en
    return isolate(shortened(text, limit) if limit else text, lang)


def shortened(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters at a word's end, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ·,-") + "…"


AXIS_LABEL = 18  # characters of a category label on an axis: a phone keeps room for the plot


def wording(row, lang: str) -> str:
    return isolate(row.wording_ar, lang) if lang == "ar" else row.wording_en


def figure_hover(row, lang: str) -> str:
    """Arabic quote and English wording, both always: the reader checks one against the other."""
    return (
        f"<b>{figure_label(row, lang)}</b><br>"
        f"{t('hover.article', lang)}: {RLI}{row.quote_ar}{PDI}<br>"
        f"{t('hover.reads_as', lang)}: {row.wording_en}<br>"
        f"{t('hover.tight', lang)}: {interval_text(row.tight_low, row.tight_high, lang)}<br>"
        f"{t('hover.strict', lang)}: {interval_text(row.strict_low, row.strict_high, lang)}"
    )


def interval_text(low, high, lang: str) -> str:
    if high is None or pd.isna(high):
        return f"{money_label(low, lang)} – ∞"
    if low == high:
        return f"{money_label(low, lang)} ({t('hover.exact', lang)})"
    return f"{money_label(low, lang)} – {money_label(high, lang)}"


def top_down(figures: pd.DataFrame) -> pd.DataFrame:
    """Figures in hierarchy order (a parent before its parts), for rows drawn top to bottom."""
    by_parent: dict[object, list] = {}
    for row in figures.itertuples():
        parent = row.parent_figure_id if isinstance(row.parent_figure_id, str) else None
        by_parent.setdefault(parent, []).append(row.figure_id)
    ordered: list[str] = []

    def visit(parent):
        for figure_id in sorted(by_parent.get(parent, [])):
            ordered.append(figure_id)
            visit(figure_id)

    visit(None)
    ordered += [f for f in figures["figure_id"] if f not in ordered]  # orphans last
    return figures.set_index("figure_id").loc[ordered].reset_index()


def box_sizes(ordered: pd.DataFrame, checks: list[dict]) -> list[float]:
    """Box sizes for the icicle: each figure's stated amount, except that a box must hold
    its parts. Where the engine's parts_fit check says the parts add up to more than the
    stated number ("more than $850 million" over $605M + ≈$269M), the box takes the sum's
    upper bound from that check (layout only: the label keeps the stated words)."""
    sums = {
        c["details"]["parent"]: c["details"]["sum"]["tight"]["high"]
        for c in checks
        if c["id"].startswith("consistency.parts_fit.") and "sum" in c.get("details", {})
    }
    return [max(row.amount, sums.get(row.figure_id) or 0) for row in ordered.itertuples()]


def hierarchy_chart(figures: pd.DataFrame, lang: str, checks: list[dict]) -> go.Figure:
    """Icicle of the figure hierarchy: total → parts → part of a part, labelled with the
    article's hedged words; hover shows the Arabic quote and the English wording."""
    ordered = top_down(figures)
    roots = ordered[ordered["parent_figure_id"].isna()]
    values = box_sizes(ordered, checks)
    colours = ["#9ecae1"] + COLOURS["parts"]
    fig = go.Figure(
        go.Icicle(
            ids=ordered["figure_id"],
            parents=ordered["parent_figure_id"].fillna(""),
            labels=[f"{row.figure_id} · {figure_label(row, lang)}" for row in ordered.itertuples()],
            text=[f"<b>{wording(row, lang)}</b>" for row in ordered.itertuples()],
            values=values,
            branchvalues="total",
            textinfo="label+text",
            textfont={"size": 13, "color": "#111111"},
            insidetextfont={"color": "#111111"},
            hovertext=[figure_hover(row, lang) for row in ordered.itertuples()],
            hovertemplate="%{hovertext}<extra></extra>",
            marker={"colors": colours[: len(ordered)], "line": {"color": "white", "width": 2}},
            tiling={"orientation": "v", "pad": 2},
            pathbar={"visible": False},
            sort=False,
        )
    )
    root_row = next(roots.itertuples(), None)
    root_words = wording(root_row, lang) if root_row is not None else ""
    children = ordered[ordered["parent_figure_id"] == (root_row.figure_id if root_row else None)]
    joiner = " و" if lang == "ar" else " and "
    parts_words = joiner.join(wording(row, lang) for row in children.itertuples())
    title = t("figures.hierarchy_title", lang, root=root_words, parts=parts_words)
    note = t("figures.hierarchy_note", lang, root=root_words)
    finish(fig, title, lang, plot_height=260, notes=[(note, lang)], legend_rows=0, axis_space=12,
           alt=alt_text.figures_alt(figures, lang))  # fmt: skip
    return fig


def interval_rows(figures: pd.DataFrame, lang: str) -> list[dict]:
    """One drawable row per figure: label, stated value, both readings, hover text."""
    return [
        {
            "label": f"{row.figure_id} · {figure_label(row, lang, AXIS_LABEL)}",
            "stated": row.amount,
            "stated_text": wording(row, lang),
            "tight": (row.tight_low, row.tight_high),
            "strict": (row.strict_low, row.strict_high),
            "hover": figure_hover(row, lang),
        }
        for row in top_down(figures).itertuples()
    ]


def axis_max(rows: list[dict]) -> float:
    """Room for every finite bound and stated value, plus space for the open-ended arrow."""
    finite = [
        v
        for row in rows
        for v in (row.get("stated"), *row["tight"], *row["strict"])
        if v is not None and not pd.isna(v)
    ]
    return max(finite) * 1.18 if finite else 1.0


def add_interval_traces(
    fig: go.Figure,
    rows: list[dict],
    x_max: float,
    lang: str,
    legend: bool = True,
    subplot: int | None = None,
) -> None:
    """Strict band (hatched, wide), tight band (solid, narrow) and the stated value (diamond).

    An open-ended strict reading runs to the edge of the plot with an arrow saying it has no
    upper bound, so it cannot be mistaken for a bounded range. Stated values are labelled
    above their band, open ends below it, so no label sits on a band.
    """
    where = {"row": subplot, "col": 1} if subplot else {}
    labels = [row["label"] for row in rows]
    strict_high = [x_max if pd.isna(row["strict"][1]) else row["strict"][1] for row in rows]
    hover = [row["hover"] for row in rows]
    fig.add_trace(
        go.Bar(
            name=t("legend.strict", lang),
            orientation="h",
            y=labels,
            base=[row["strict"][0] for row in rows],
            x=[high - row["strict"][0] for high, row in zip(strict_high, rows, strict=True)],
            width=0.42,
            marker={
                "color": COLOURS["strict"],
                "line": {"color": COLOURS["strict_line"], "width": 1},
                "pattern": {"shape": "/", "fgcolor": COLOURS["strict_line"], "size": 7},
            },
            hovertext=hover,
            hovertemplate="%{hovertext}<extra></extra>",
            showlegend=legend,
        ),
        **where,
    )
    fig.add_trace(
        go.Bar(
            name=t("legend.tight", lang),
            orientation="h",
            y=labels,
            base=[row["tight"][0] for row in rows],
            x=[row["tight"][1] - row["tight"][0] for row in rows],
            width=0.2,
            marker={"color": COLOURS["tight"]},
            hovertext=hover,
            hovertemplate="%{hovertext}<extra></extra>",
            showlegend=legend,
        ),
        **where,
    )
    stated = [row for row in rows if row.get("stated") is not None]
    if stated:
        fig.add_trace(
            go.Scatter(
                name=t("legend.stated", lang),
                mode="markers",
                y=[row["label"] for row in stated],
                x=[row["stated"] for row in stated],
                customdata=[row["stated_text"] for row in stated],
                marker={
                    "symbol": "diamond",
                    "size": 12,
                    "color": COLOURS["stated"],
                    "line": {"color": "white", "width": 1},
                },
                hovertext=[row["hover"] for row in stated],
                hovertemplate="%{hovertext}<extra></extra>",
                showlegend=legend,
            ),
            **where,
        )
    for row in stated:
        # Words reach inwards from their mark, so they stay inside the plot at any width.
        fig.add_annotation(
            x=row["stated"],
            y=row["label"],
            yshift=26,
            xanchor="left" if row["stated"] < 0.5 * x_max else "right",
            text=row["stated_text"],
            showarrow=False,
            font={"size": 12, "color": COLOURS["stated"]},
            **where,
        )
    for row in rows:
        if pd.isna(row["strict"][1]):
            fig.add_annotation(
                x=x_max,
                y=row["label"],
                ax=-70,
                ay=0,
                text="",
                showarrow=True,
                arrowhead=2,
                arrowsize=1.3,
                arrowwidth=2,
                arrowcolor=COLOURS["strict_line"],
                **where,
            )
            fig.add_annotation(
                x=x_max,
                y=row["label"],
                yshift=-30,
                xanchor="right",
                text=isolate(t("legend.no_upper", lang), lang),
                showarrow=False,
                font={"size": 11, "color": COLOURS["strict_line"]},
                **where,
            )


def intervals_chart(figures: pd.DataFrame, lang: str) -> go.Figure:
    """Each figure as the interval its hedge allows, under both readings."""
    rows = interval_rows(figures, lang)
    x_max = axis_max(rows)
    fig = go.Figure()
    add_interval_traces(fig, rows, x_max, lang)
    hedged = int((figures["hedge"] != "exact").sum())
    title = t("figures.intervals_title", lang, hedged=hedged, n=len(figures))
    fig.update_layout(barmode="overlay", bargap=0.3)
    fig.update_xaxes(**money_axis(x_max, lang))
    fig.update_yaxes(
        autorange="reversed",  # rows top to bottom in hierarchy order; the x axis is untouched
        side="right" if lang == "ar" else "left",
        automargin=True,
    )
    finish(fig, title, lang, plot_height=95 * len(rows), legend_rows=2,
           alt=alt_text.figures_alt(figures, lang))  # fmt: skip
    return fig


def parts_title(check: dict, parent, parts: pd.DataFrame, lang: str) -> str:
    parts_words = " + ".join(wording(row, lang) for row in parts.itertuples())
    total = wording(parent, lang)
    excess = check["details"].get("excess_over_stated")
    status = check["status"]
    if status == "pass" and excess is not None and excess > 0:
        return t(
            "figures.parts_title.pass_excess",
            lang,
            parts=parts_words,
            total=total,
            excess=money_label(excess, lang),
        )
    return t(f"figures.parts_title.{status}", lang, parts=parts_words, total=total)


def parts_vs_whole_chart(figures: pd.DataFrame, check: dict, lang: str) -> go.Figure:
    """The stated parts stacked beside the total's interval band, and the gap between them.

    ``check`` is the engine's ``consistency.parts_fit.<parent>`` verdict (``as_json()``):
    the sum's interval and the excess are read from its details, the gap's words are its
    message; nothing here adds the numbers up again.
    """
    details = check["details"]
    by_id = figures.set_index("figure_id", drop=False)
    parent = by_id.loc[details["parent"]]
    parts = by_id.loc[details["parts"]]
    row_parts, row_total = t("figures.row_parts", lang), t("figures.row_total", lang)
    sum_tight = details["sum"]["tight"]
    whole = details["parent_intervals"]
    parent_rows = [
        {
            "label": row_total,
            "stated": parent.amount,
            "stated_text": wording(parent, lang),
            "tight": (whole["tight"]["low"], whole["tight"]["high"]),
            "strict": (whole["strict"]["low"], whole["strict"]["high"]),
            "hover": figure_hover(parent, lang),
        }
    ]
    bounds = [b for b in (sum_tight["low"], sum_tight["high"]) if b is not None]
    x_max = max(axis_max(parent_rows), max(bounds + list(parts["amount"])) * 1.18)
    fig = go.Figure()
    # Stacking is drawing: each part's bar starts where the previous stated part's ends.
    start = 0
    for index, row in enumerate(parts.itertuples()):
        fig.add_trace(
            go.Bar(
                name=f"{row.figure_id} · {figure_label(row, lang)}",
                orientation="h",
                y=[row_parts],
                base=[start],
                x=[row.amount],
                width=0.42,
                marker={"color": COLOURS["parts"][(index + 1) % len(COLOURS["parts"])]},
                text=[f"{row.figure_id}: {wording(row, lang)}"],
                textposition="inside",
                insidetextanchor="middle",
                textfont={"color": "white"},
                hovertext=[figure_hover(row, lang)],
                hovertemplate="%{hovertext}<extra></extra>",
                showlegend=False,
            )
        )
        start += row.amount
    if sum_tight["high"] is not None:
        fig.add_trace(
            go.Scatter(
                name=t("legend.sum_parts", lang),
                mode="lines+markers",
                x=[sum_tight["low"], sum_tight["high"]],
                y=[row_parts, row_parts],
                line={"color": COLOURS["sum"], "width": 3},
                marker={
                    "symbol": "line-ns",
                    "size": 26,
                    "line": {"width": 3, "color": COLOURS["sum"]},
                },
                hovertemplate=isolate(check["message"], lang) + "<extra></extra>",
            )
        )
    add_interval_traces(fig, parent_rows, x_max, lang)
    fig.add_vline(x=parent.amount, line={"dash": "dot", "color": COLOURS["stated"], "width": 1})
    excess = details.get("excess_over_stated")
    if excess is not None and excess > 0 and sum_tight["high"] is not None:
        fig.add_annotation(
            x=sum_tight["high"],
            y=row_parts,
            ax=parent.amount,
            ay=row_parts,
            axref="x",
            ayref="y",
            yshift=-28,
            text="",
            showarrow=True,
            arrowhead=0,
            arrowside="start+end",
            startarrowhead=0,
            arrowcolor=COLOURS["sum"],
        )
        fig.add_annotation(
            x=sum_tight["high"],
            y=row_parts,
            yshift=-42,
            xanchor="right",
            text=in_plot(t("figures.gap", lang, excess=money_label(excess, lang)), lang),
            showarrow=False,
            font={"size": 11, "color": COLOURS["sum"]},
        )
    # A part's words inside its bar are hidden, not shrunk to a blur, when the bar is too
    # narrow (a phone): the hover, the legend and the data table still name it.
    fig.update_layout(barmode="overlay", bargap=0.35, uniformtext={"minsize": 10, "mode": "hide"})
    fig.update_xaxes(**money_axis(x_max, lang))
    fig.update_yaxes(
        categoryorder="array",
        categoryarray=[row_total, row_parts],
        side="right" if lang == "ar" else "left",
        automargin=True,
    )
    notes = [(t("figures.check_note", lang, check_id=check["id"]), lang), (check["message"], "en")]
    finish(fig, parts_title(check, parent, parts, lang), lang, plot_height=260, notes=notes,
           alt=alt_text.parts_alt(figures, check, lang))  # fmt: skip
    return fig


def check_interval_rows(check: dict, lang: str) -> list[dict]:
    """The two intervals a hierarchy check compared, from its details (part/sum and whole)."""
    details = check["details"]
    whole = details["parent_intervals"]
    if "part_intervals" in details:
        first_label = t("consistency.interval_part", lang, figure_id=details["part"])
        first = details["part_intervals"]
    else:
        first_label = t("consistency.interval_sum", lang, parts=" + ".join(details["parts"]))
        first = details["sum"]
    rows = []
    for label, readings in (
        (first_label, first),
        (t("consistency.interval_whole", lang, figure_id=details["parent"]), whole),
    ):
        tight, strict = readings["tight"], readings["strict"]
        hover = (
            f"<b>{label}</b><br>"
            f"{t('hover.tight', lang)}: {interval_text(tight['low'], tight['high'], lang)}<br>"
            f"{t('hover.strict', lang)}: {interval_text(strict['low'], strict['high'], lang)}"
        )
        exact = tight["low"] == tight["high"] == strict["low"] == strict["high"]
        rows.append(
            {
                "label": isolate(label, lang),
                "stated": tight["low"] if exact else None,  # an exact amount is a point
                "stated_text": isolate(money_label(tight["low"], lang), lang),
                "tight": (tight["low"], tight["high"]),
                "strict": (strict["low"], strict["high"]),
                "hover": hover,
            }
        )
    return rows


def check_intervals_chart(checks: list[dict], lang: str) -> go.Figure:
    """The intervals behind every hierarchy check, one panel each, in one figure.

    Each panel's title is the check's own message; the figure's title counts the verdicts.
    """
    fig = make_subplots(
        rows=len(checks),
        cols=1,
        vertical_spacing=0.5 / max(len(checks), 1),
        # A panel's title is its check's id; the check's message, too long for a phone's
        # width, is a note under the chart, where it wraps.
        subplot_titles=[ltr(f"{STATUS_MARK[c['status']]} {c['id']}", lang) for c in checks],
    )
    for index, check in enumerate(checks, start=1):
        rows = check_interval_rows(check, lang)
        x_max = axis_max(rows)
        add_interval_traces(fig, rows, x_max, lang, legend=index == 1, subplot=index)
        fig.update_xaxes(**money_axis(x_max, lang), row=index, col=1)
        fig.update_xaxes(title=None, row=index, col=1)
        fig.update_yaxes(autorange="reversed", side="right" if lang == "ar" else "left",
                         automargin=True, row=index, col=1)  # fmt: skip
    for annotation in fig.layout.annotations[: len(checks)]:  # the panel titles
        annotation.update(font={"size": 12}, x=1 if lang == "ar" else 0,
                          xanchor="right" if lang == "ar" else "left",
                          align="right" if lang == "ar" else "left")  # fmt: skip
    fig.update_layout(barmode="overlay", bargap=0.3)
    counts = {status: sum(c["status"] == status for c in checks) for status in STATUS_MARK}
    title = t("consistency.intervals_title", lang, n=len(checks), **counts)
    notes = [(f"{STATUS_MARK[c['status']]} {c['id']}: {c['message']}", "en") for c in checks]
    finish(fig, title, lang, plot_height=230 * len(checks), axis_space=40, notes=notes,
           alt=alt_text.checks_alt(checks, lang))  # fmt: skip
    return fig


def check_intervals_table(checks: list[dict]) -> pd.DataFrame:
    """The chart's data: both intervals of every hierarchy check, from the checks' details."""
    return pd.DataFrame(
        [
            {
                "check": check["id"],
                "status": check["status"],
                "interval": row["label"],
                "tight_low": row["tight"][0],
                "tight_high": row["tight"][1],
                "strict_low": row["strict"][0],
                "strict_high": row["strict"][1],
            }
            for check in checks
            for row in check_interval_rows(check, "en")
        ]
    )


def is_hierarchy_check(check: dict) -> bool:
    details = check.get("details") or {}
    return "parent_intervals" in details and ("part_intervals" in details or "sum" in details)


def intervals_table(figures: pd.DataFrame) -> pd.DataFrame:
    """The data behind the interval charts, as a reader would tabulate it."""
    columns = ["figure_id", "label_en", "quote_ar", "wording_en", "amount", "hedge",
               "tight_low", "tight_high", "strict_low", "strict_high", "parent_figure_id",
               "share_of_parent"]  # fmt: skip
    return top_down(figures)[[c for c in columns if c in figures.columns]]


# Timeline -------------------------------------------------------------------------------


def event_label(row, names_ar: dict[str, str], lang: str, limit: int = AXIS_LABEL) -> str:
    """A short row label: the event in English, or its entity's Arabic name in Arabic mode."""
    if lang == "ar":
        entity = row.entity_id if isinstance(row.entity_id, str) else None
        name = names_ar.get(entity) if entity else None
        text = name or t(f"event_type.{row.event_type}", lang)
        return f"{row.event_id} · {isolate(shortened(text, limit), lang)}"
    return f"{row.event_id} · {shortened(row.event_en, limit)}"


def event_hover(row, lang: str, source: dict | None = None) -> str:
    """The event, its date at its precision, the article's words; for an event from outside
    the article, the verification that supports it and its source."""
    basis = t(f"basis.{row.date_basis}", lang)
    quoted = row.date_text_ar if isinstance(row.date_text_ar, str) else "—"
    note = "<br>".join(textwrap.wrap(row.note, 70)) if isinstance(row.note, str) else ""
    text = (
        f"<b>{row.event_id}</b> {row.event_en}<br>"
        f"{date_words(row.date, row.date_display, lang)} "
        f"({t(f'precision.{row.precision}', lang)}, "
        f"{t(f'status.{row.status}', lang)}, {basis})<br>"
    )
    if source is None:
        return text + f"{t('hover.article', lang)}: {RLI}{quoted}{PDI}<br>{note}"
    return text + verification_hover(source, lang) + f"<br>{note}"


def verification_hover(source: dict, lang: str) -> str:
    """A verification row (verifications.csv) as hover lines: verdict, source, when read."""
    title = "<br>".join(textwrap.wrap(html.escape(str(source["source_title"])), 70))
    verdict = t(f"verdict.{source['verdict']}", lang)
    return (
        f"<b>{t('hover.verification', lang)} {html.escape(source['verification_id'])}</b>: "
        f"{verdict}<br>"
        f"{t('hover.source', lang)}: {title}<br>"
        f"{html.escape(domain_of(source['source_url']))} · "
        f"{t('hover.accessed', lang, date=ltr(source['accessed'], lang))}"
    )


def domain_of(url: str) -> str:
    """The site of an address, for a short source line: https://www.un.org/… → un.org."""
    host = str(url).split("://", 1)[-1].split("/", 1)[0]
    return host.removeprefix("www.")


def day_after(iso: str) -> str:
    """A span covers its last day too: draw it to the start of the next day."""
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=1)).isoformat()


# "recent" opens two months before October 2020, room for the "inferred" mark left of it.
WINDOWS = {"all": ("2010-07-01", "2022-06-30"), "recent": ("2020-08-01", "2022-01-31")}


def add_status_traces(fig: go.Figure, events: pd.DataFrame, labels: dict, lang: str) -> None:
    """The article's events by status: spans for a month or a year, points for a day."""
    for status in STATUS_SYMBOL:
        chosen = events[events["status"] == status]
        spans = chosen[chosen["precision"] != "day"]
        days = chosen[chosen["precision"] == "day"]
        colour = COLOURS["status"][status]
        status_words = t(f"status.{status}", lang)
        if len(spans):
            xs, ys, hovers = [], [], []
            for row in spans.itertuples():
                xs += [row.date_first_day, day_after(row.date_last_day), None]
                ys += [labels[row.event_id]] * 2 + [None]
                hovers += [event_hover(row, lang)] * 2 + [None]
            fig.add_trace(
                go.Scatter(
                    name=t("timeline.legend_span", lang, status=status_words),
                    mode="lines",
                    x=xs,
                    y=ys,
                    line={"color": colour, "width": 12, "dash": STATUS_DASH[status]},
                    opacity=0.75,
                    hovertext=hovers,
                    hovertemplate="%{hovertext}<extra></extra>",
                    connectgaps=False,
                ),
                row=1,
                col=1,
            )
        if len(days):
            fig.add_trace(
                go.Scatter(
                    name=t("timeline.legend_point", lang, status=status_words),
                    mode="markers",
                    x=list(days["date_first_day"]),
                    y=[labels[e] for e in days["event_id"]],
                    marker={
                        "symbol": STATUS_SYMBOL[status],
                        "size": 13,
                        "color": colour,
                        "line": {"width": 3, "color": colour},
                    },
                    hovertext=[event_hover(row, lang) for row in days.itertuples()],
                    hovertemplate="%{hovertext}<extra></extra>",
                ),
                row=1,
                col=1,
            )
    inferred = events[events["date_basis"] == "inferred"]
    if len(inferred):
        fig.add_trace(
            go.Scatter(
                name=t("timeline.legend_inferred", lang),
                mode="markers+text",
                x=list(inferred["date_first_day"]),
                y=[labels[e] for e in inferred["event_id"]],
                text=[t("timeline.inferred", lang)] * len(inferred),
                textposition="middle left",
                textfont={"color": COLOURS["inferred"], "size": 11},
                marker={
                    "symbol": "circle-open",
                    "size": 24,
                    "color": COLOURS["inferred"],
                    "line": {"width": 1.5, "dash": "dot"},
                },
                hovertext=[event_hover(row, lang) for row in inferred.itertuples()],
                hovertemplate="%{hovertext}<extra></extra>",
            ),
            row=1,
            col=1,
        )


def add_external_traces(
    fig: go.Figure, external: pd.DataFrame, labels: dict, lang: str, sources: dict, row: int
) -> None:
    """Events from outside the article, in their own lane: filled diamonds (a postponement
    an ✗), each hover naming the verification that dates it and its source."""
    for status in STATUS_SYMBOL:
        chosen = external[external["status"] == status]
        if chosen.empty:
            continue
        fig.add_trace(
            go.Scatter(
                name=t("timeline.legend_external", lang, status=t(f"status.{status}", lang)),
                mode="markers",
                x=list(chosen["date_first_day"]),
                y=[labels[e] for e in chosen["event_id"]],
                marker={
                    "symbol": "x-thin-open" if status == "postponed" else "diamond",
                    "size": 16 if status == "postponed" else 13,
                    "color": COLOURS["status"][status],
                    "line": {
                        "width": 3.5 if status == "postponed" else 1.5,
                        "color": COLOURS["status"][status],
                    },
                },
                hovertext=[
                    event_hover(r, lang, sources.get(r.verification_id))
                    for r in chosen.itertuples()
                ],
                hovertemplate="%{hovertext}<extra></extra>",
            ),
            row=row,
            col=1,
        )


def postponed_marks(
    fig: go.Figure, events: pd.DataFrame, labels: dict, lang: str, row: int
) -> None:
    """Beside an outside event that postponed something, the article's scheduled rows of the
    same thing (same entity, same day): a dotted line joins them across the two lanes."""
    external = events[(events["date_basis"] == "external") & (events["status"] == "postponed")]
    for event in external.itertuples():
        scheduled = events[
            (events["date_basis"] != "external")
            & (events["status"] == "scheduled")
            & (events["entity_id"] == event.entity_id)
            & (events["date_first_day"] == event.date_first_day)
        ]
        fig.add_shape(
            type="line",
            xref="x",
            yref="paper",
            x0=event.date_first_day,
            x1=event.date_first_day,
            y0=0,
            y1=1,
            line={"color": COLOURS["status"]["postponed"], "width": 1.5, "dash": "dot"},
        )
        words = t(
            "timeline.postponed_mark",
            lang,
            event_id=event.event_id,
            date=date_words(event.date, event.date_display, lang),
            ids=ltr(", ".join(scheduled["event_id"]), lang) or "—",
        )
        fig.add_annotation(
            x=event.date_first_day,
            y=labels[event.event_id],
            xanchor="right",
            xshift=-14,
            text=f"<b>{in_plot(words, lang)}</b>",
            showarrow=False,
            font={"size": 12, "color": COLOURS["status"]["postponed"]},
            bgcolor="rgba(255,255,255,0.85)",
            row=row,
            col=1,
        )


def publication_mark(fig: go.Figure, publication: dict | None, lang: str) -> None:
    if not (publication and publication.get("value")):
        return
    basis = t(f"basis.{publication.get('basis', 'unknown')}", lang)
    fig.add_shape(
        type="line",
        xref="x",
        yref="paper",
        x0=publication["value"],
        x1=publication["value"],
        y0=0,
        y1=1,
        line={"dash": "dot", "color": "#444", "width": 1},
    )
    words = t(
        "timeline.publication",
        lang,
        basis=basis,
        date=date_words(publication["value"], publication["value"], lang),
    )
    fig.add_annotation(
        x=publication["value"],
        xref="x",
        y=1,
        yref="paper",
        # Inside the plot's top edge: the lane title sits on the line above it.
        yanchor="top",
        bgcolor="rgba(255, 255, 255, 0.85)",
        text=isolate(words, lang),
        showarrow=False,
        xanchor="right",
        font={"size": 11, "color": "#444"},
    )


def verification_sources(verifications: pd.DataFrame | None) -> dict[str, dict]:
    """verification_id → its row, for the hover of the events it supports."""
    if verifications is None:
        return {}
    return {row["verification_id"]: row for row in verifications.to_dict("records")}


def timeline_chart(
    events: pd.DataFrame,
    entities: pd.DataFrame,
    lang: str,
    publication: dict | None = None,
    window: str = "all",
    verifications: pd.DataFrame | None = None,
) -> go.Figure:
    """Every event on a left-to-right time axis, drawn at its precision, in two lanes: the
    article's own dates above, and below them the dates from outside the article (each with
    the verification that supports it), on the same time axis.

    ``events`` is ``validation.derived.events_with_display`` output. A day is a point; a
    month or a year is a bar from ``date_first_day`` to the end of ``date_last_day``.
    Scheduled events are open and dashed, occurred ones solid; inferred dates are ringed.
    """
    names_ar = dict(zip(entities["entity_id"], entities["name_ar"], strict=True))
    events = events.sort_values(["date_first_day", "event_id"])
    labels = {row.event_id: event_label(row, names_ar, lang) for row in events.itertuples()}
    is_external = events["date_basis"] == "external"
    article, external = events[~is_external], events[is_external]
    lanes = [article] + ([external] if len(external) else [])
    plot_height = 40 * len(events) + 70 * (len(lanes) - 1)
    fig = make_subplots(
        rows=len(lanes),
        cols=1,
        shared_xaxes=True,
        row_heights=[len(lane) for lane in lanes],
        vertical_spacing=70 / plot_height if len(lanes) > 1 else 0.02,
        subplot_titles=[
            in_plot(t("timeline.lane_article", lang, n=len(article)), lang),
            in_plot(t("timeline.lane_external", lang, n=len(external)), lang),
        ][: len(lanes)],
    )
    add_status_traces(fig, article, labels, lang)
    if len(external):
        add_external_traces(fig, external, labels, lang, verification_sources(verifications), 2)
        postponed_marks(fig, events, labels, lang, 2)
    publication_mark(fig, publication, lang)
    inferred = int((article["date_basis"] == "inferred").sum())
    title = t(
        "timeline.title",
        lang,
        n=len(article),
        scheduled=int((article["status"] == "scheduled").sum()),
        inferred=inferred,
        external=len(external),
        postponed=int((external["status"] == "postponed").sum()),
    )
    first, last = WINDOWS.get(window, WINDOWS["all"])
    fig.update_xaxes(type="date", range=[first, last], autorange=False, gridcolor="#e5e5e5")
    fig.update_xaxes(title={"text": t("axis.date", lang)}, row=len(lanes), col=1)
    for index, lane in enumerate(lanes, start=1):
        fig.update_yaxes(
            categoryorder="array",
            categoryarray=[labels[e] for e in reversed(list(lane["event_id"]))],
            side="right" if lang == "ar" else "left",
            automargin=True,
            row=index,
            col=1,
        )
    right = lang == "ar"
    for annotation in fig.layout.annotations[: len(lanes)]:  # the lane titles
        annotation.update(
            x=1 if right else 0,
            xanchor="right" if right else "left",
            align="right" if right else "left",
            font={"size": 13, "color": "#333"},
        )
    fig.update_layout(legend={"traceorder": "normal"})
    legend_entries = sum(1 for trace in fig.data if trace.showlegend is not False)
    finish(fig, title, lang, plot_height=plot_height, legend_rows=-(-legend_entries // 2),
           alt=alt_text.timeline_alt(events, lang))  # fmt: skip
    return fig


def timeline_table(events: pd.DataFrame, verifications: pd.DataFrame | None = None) -> pd.DataFrame:
    """The timeline's data; an event from outside the article carries its verification's
    source (title, address, day read)."""
    columns = [
        "event_id",
        "event_en",
        "date",
        "precision",
        "date_display",
        "date_first_day",
        "date_last_day",
        "status",
        "date_basis",
        "date_text_ar",
        "note",
        "verification_id",
    ]
    table = events.sort_values(["date_first_day", "event_id"])[
        [c for c in columns if c in events.columns]
    ]
    if verifications is None or "verification_id" not in table:
        return table
    sources = verifications[["verification_id", "source_title", "source_url", "accessed"]]
    return table.merge(sources, on="verification_id", how="left")


# In context ----------------------------------------------------------------------------

FIRMNESS_COLOURS = {"primary": "#1b7837", "mirror": "#2166ac", "secondary": "#762a83"}
FIRMNESS_BANDS = {
    "primary": "rgba(27, 120, 55, 0.28)",
    "mirror": "rgba(33, 102, 172, 0.28)",
    "secondary": "rgba(118, 42, 131, 0.25)",
}
WARN_COLOUR = "#d95f02"
FIRMNESS_SYMBOL = {"primary": "circle", "mirror": "square", "secondary": "diamond"}
BREAK_AFTER_DAYS = 3 * 365  # a gap this wide between two totals breaks the time axis


def check_of(checks: list[dict], check_id: str) -> dict | None:
    return next((c for c in checks if c["id"] == check_id), None)


def shifted(iso: str, days: int) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


def marker_day(row) -> str:
    """Where a statement's marker sits: its day, or the middle of its month or year."""
    if row.date_precision == "day":
        return row.stated_first_day
    first, last = (
        dt.date.fromisoformat(row.stated_first_day),
        dt.date.fromisoformat(row.stated_last_day),
    )
    return (first + (last - first) / 2).isoformat()


def hedged(row, lang: str) -> str:
    return isolate(row.hedged_ar, lang) if lang == "ar" else row.hedged_en


def stated_when(row, lang: str) -> str:
    """The statement's date at its precision; no line break inside it (no-break spaces)."""
    return date_words(row.stated_on, display_date(row.stated_on), lang).replace(" ", "\u00a0")


def covered_period(row, lang: str) -> str:
    """What the figure covers: "since 2011" (cumulative) or "2015-10 to 2017-09"."""
    if not isinstance(row.period_end, str):
        return t("context.since", lang, start=ltr(row.period_start, lang))
    return t(
        "context.period", lang, start=ltr(row.period_start, lang), end=ltr(row.period_end, lang)
    )


def wrapped_html(text: str, width: int = 80) -> str:
    return "<br>".join(textwrap.wrap(html.escape(text), width))


def context_hover(row, lang: str) -> str:
    """The statement: its words, when and how firmly, both readings, its source."""
    note = str(row.note_en) if isinstance(row.note_en, str) else ""
    note = note if len(note) <= 240 else note[:239] + "…"
    return (
        f"<b>{row.context_id}</b> · {hedged(row, lang)} · {stated_when(row, lang)} "
        f"({t(f'precision.{row.date_precision}', lang)}, {t(f'basis.{row.date_basis}', lang)})"
        f"<br>{wrapped_html(row.wording_en)}<br>{covered_period(row, lang)}"
        f"<br>{t('hover.tight', lang)}: {interval_text(row.tight_low, row.tight_high, lang)}"
        f"<br>{t('hover.strict', lang)}: {interval_text(row.strict_low, row.strict_high, lang)}"
        f"<br>{t(f'firmness.{row.firmness}', lang)}: {wrapped_html(row.source_title)}"
        f"<br>{html.escape(domain_of(row.source_url))}<br><i>{wrapped_html(note)}</i>"
    )


def add_statements(
    fig: go.Figure,
    rows: pd.DataFrame,
    lang: str,
    cell: tuple[int, int],
    top: float,
    legend_shown: set[str],
) -> None:
    """Each statement at its date: a day as a point, a month or a year as a span; above the
    number, its tight reading as a band and its strict reading as a dotted line (to the top,
    with an arrowhead, when the words set no upper bound). Coloured by the source's firmness."""
    where = {"row": cell[0], "col": cell[1]}
    for firmness, chosen in rows.groupby("firmness", sort=False):
        colour = FIRMNESS_COLOURS.get(firmness, "#444444")
        band = FIRMNESS_BANDS.get(firmness, "rgba(0, 0, 0, 0.2)")
        boxes_x, boxes_y, bars_x, bars_y, spans_x, spans_y = [], [], [], [], [], []
        for row in chosen.itertuples():
            first, end = row.stated_first_day, day_after(row.stated_last_day)
            if row.date_precision != "day":
                spans_x += [first, end, None]
                spans_y += [row.amount, row.amount, None]
            if row.tight_high == row.tight_low:
                continue  # exact: no band
            if row.date_precision == "day":
                bars_x += [first, first, None]
                bars_y += [row.tight_low, row.tight_high, None]
            else:
                boxes_x += [first, end, end, first, first, None]
                boxes_y += [
                    row.tight_low,
                    row.tight_low,
                    row.tight_high,
                    row.tight_high,
                    row.tight_low,
                    None,
                ]
        quiet = {"hoverinfo": "skip", "showlegend": False}
        if boxes_x:
            fig.add_trace(
                go.Scatter(
                    x=boxes_x,
                    y=boxes_y,
                    fill="toself",
                    mode="lines",
                    fillcolor=band,
                    line={"width": 0},
                    **quiet,
                ),
                **where,
            )
        if bars_x:
            fig.add_trace(
                go.Scatter(
                    x=bars_x, y=bars_y, mode="lines", line={"color": band, "width": 11}, **quiet
                ),
                **where,
            )
        if spans_x:
            fig.add_trace(
                go.Scatter(
                    x=spans_x, y=spans_y, mode="lines", line={"color": colour, "width": 4}, **quiet
                ),
                **where,
            )
    add_strict_lines(fig, rows, where, top)
    for firmness, chosen in rows.groupby("firmness", sort=False):
        fig.add_trace(
            go.Scatter(
                name=isolate(t(f"firmness.{firmness}", lang), lang),
                legendgroup=f"firmness-{firmness}",
                showlegend=firmness not in legend_shown,
                mode="markers",
                x=[marker_day(row) for row in chosen.itertuples()],
                y=list(chosen["amount"]),
                customdata=list(chosen["context_id"]),
                marker={
                    "symbol": FIRMNESS_SYMBOL.get(firmness, "circle"),
                    "size": 11,
                    "color": FIRMNESS_COLOURS.get(firmness, "#444444"),
                    "line": {"color": "white", "width": 1.5},
                },
                hovertext=[context_hover(row, lang) for row in chosen.itertuples()],
                hovertemplate="%{hovertext}<extra></extra>",
            ),
            **where,
        )
        legend_shown.add(firmness)


def add_strict_lines(fig: go.Figure, rows: pd.DataFrame, where: dict, top: float) -> None:
    """The strict reading as a dotted line; an open end runs to the top with an arrowhead."""
    xs, ys, tops = [], [], []
    for row in rows.itertuples():
        open_end = row.strict_high is None or pd.isna(row.strict_high)
        if row.strict_low == row.strict_high:
            continue  # an exact number: nothing to stretch
        x = marker_day(row)
        xs += [x, x, None]
        ys += [row.strict_low, top if open_end else row.strict_high, None]
        if open_end:
            tops.append(x)
    quiet = {"hoverinfo": "skip", "showlegend": False}
    if xs:
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                line={"color": COLOURS["strict_line"], "width": 1.5, "dash": "dot"},
                **quiet,
            ),
            **where,
        )
    if tops:
        fig.add_trace(
            go.Scatter(
                x=tops,
                y=[top] * len(tops),
                mode="markers",
                marker={"symbol": "triangle-up", "size": 10, "color": COLOURS["strict_line"]},
                cliponaxis=False,
                **quiet,
            ),
            **where,
        )


def label_statements(
    fig: go.Figure,
    rows: pd.DataFrame,
    lang: str,
    cell: tuple[int, int],
    top: float,
    extra: dict[str, str],
) -> None:
    """Each statement's words where nothing else is drawn: a day to the left of its marker
    (the bands and the step line run above and below it); a month or a year under its span,
    or over it when it sits at the foot of the panel. ``extra`` adds a line under a label."""
    for index, row in enumerate(rows.itertuples()):
        words = in_plot(row.hedged_ar if lang == "ar" else row.hedged_en, lang, 14)
        if row.scope != "total":
            words += f"<br>{isolate(covered_period(row, lang), lang)}"
        if row.context_id in extra:
            words += f"<br><b>{extra[row.context_id]}</b>"
        colour = FIRMNESS_COLOURS.get(row.firmness, "#444")
        place: dict = {"xanchor": "right", "xshift": -9, "yanchor": "middle"}
        if row.date_precision != "day":
            low = row.amount < 0.2 * top
            # The first and last of a panel reach inwards from their span's outer end, so a
            # long label stays inside the plot.
            edge = (
                ""
                if len(rows) == 1
                else ("first" if index == 0 else "last" if index == len(rows) - 1 else "")
            )
            place = {
                "xanchor": {"first": "left", "last": "right"}.get(edge, "center"),
                "yanchor": "bottom" if low else "top",
                "yshift": 10 if low else -8,
            }
            if edge == "first":
                place["x"] = row.stated_first_day
            if edge == "last":
                place["x"] = day_after(row.stated_last_day)
        fig.add_annotation(
            **{"x": marker_day(row), **place},
            y=row.amount,
            text=words,
            showarrow=False,
            font={"size": 11, "color": colour},
            bgcolor="rgba(255, 255, 255, 0.85)",
            row=cell[0],
            col=cell[1],
        )


def legend_only(fig: go.Figure, name: str, lang: str, **style) -> None:
    """A legend entry for something drawn as shapes or annotations."""
    fig.add_trace(
        go.Scatter(x=[None], y=[None], name=isolate(name, lang), hoverinfo="skip", **style)
    )


def context_pieces(context: pd.DataFrame, checks: list[dict]) -> dict:
    """What the chart needs from the engine's checks, by their own details: the totals in the
    order consistency.context.totals_grow read them, where the total went down, the article's
    statement and the one before it (consistency.context.placement), and the parts' range
    (consistency.parts_fit of the headline)."""
    grow = check_of(checks, "consistency.context.totals_grow")
    placement = check_of(checks, "consistency.context.placement")
    grow_details = grow["details"] if grow else {}
    place_details = placement["details"] if placement else {}
    sequence = grow_details.get("sequence") or list(
        context.loc[context["scope"] == "total"].sort_values("stated_first_day")["context_id"]
    )
    before, after = place_details.get("before", []), place_details.get("after", [])
    # The article's own statement is the total neither before nor after publication.
    article = [c for c in sequence if c not in before and c not in after] if placement else []
    findings = [f for f in grow_details.get("findings", []) if f.get("row") in context.index]
    headline = place_details.get("headline")
    parts_fit = check_of(checks, f"consistency.parts_fit.{headline}") if headline else None
    return {
        "totals": context.set_index("context_id", drop=False).loc[sequence],
        "article": article[0] if len(article) == 1 else None,
        "previous": before[-1] if before else None,
        "drops": {str(context.loc[f["row"], "context_id"]): f["message"] for f in findings},
        "headline": headline,
        "parts": parts_fit["details"]["sum"]["tight"] if parts_fit else None,
        "parts_ids": parts_fit["details"]["parts"] if parts_fit else [],
        "parts_high": place_details.get("parts_high"),
        "checks": [c for c in (placement, grow) if c],
    }


def context_title(pieces: dict, lang: str) -> str:
    totals = pieces["totals"]
    article, previous = pieces["article"], pieces["previous"]
    if article and previous and pieces["parts_high"]:
        a, p = totals.loc[article], totals.loc[previous]
        return t(
            "context.title",
            lang,
            article=hedged(a, lang),
            article_date=stated_when(a, lang),
            previous=hedged(p, lang),
            previous_date=stated_when(p, lang),
            parts=money_label(pieces["parts_high"], lang),
        )
    first, last = totals.iloc[0], totals.iloc[-1]
    return t(
        "context.title_plain",
        lang,
        first=hedged(first, lang),
        first_date=stated_when(first, lang),
        last=hedged(last, lang),
        last_date=stated_when(last, lang),
    )


def mark_article(fig: go.Figure, pieces: dict, lang: str, cell: tuple[int, int]) -> None:
    """The article's statement ringed and named, and its parts' added-up range beside it
    (the range from the engine's parts_fit check, drawn a few pixels to its right)."""
    row = pieces["totals"].loc[pieces["article"]]
    where = {"row": cell[0], "col": cell[1]}
    x = marker_day(row)
    words = t(
        "context.article_label", lang, figure_id=pieces["headline"] or "", words=hedged(row, lang)
    )
    fig.add_trace(
        go.Scatter(
            name=isolate(
                t("context.legend_article", lang, figure_id=ltr(pieces["headline"] or "", lang)),
                lang,
            ),
            x=[x],
            y=[row.amount],
            mode="markers",
            marker={
                "symbol": "circle-open",
                "size": 24,
                "color": COLOURS["stated"],
                "line": {"width": 2.5},
            },
            hovertext=[context_hover(row, lang)],
            hovertemplate="%{hovertext}<extra></extra>",
        ),
        **where,
    )
    fig.add_annotation(
        x=x,
        y=row.amount,
        # Straight below the ring, centred: the words stay inside a phone's narrow panel.
        ax=0,
        ay=90,
        text=f"<b>{in_plot(words, lang, 20)}</b>",
        showarrow=True,
        arrowhead=0,
        arrowcolor=COLOURS["stated"],
        standoff=12,
        xanchor="center",
        font={"size": 12, "color": COLOURS["stated"]},
        bgcolor="rgba(255, 255, 255, 0.9)",
        **where,
    )
    parts = pieces["parts"]
    if not parts or parts["high"] is None:
        return
    words = in_plot(
        t(
            "context.parts_label",
            lang,
            parts=ltr(" + ".join(pieces["parts_ids"]), lang),
            low=isolate(money_label(parts["low"], lang), lang),
            high=isolate(money_label(parts["high"], lang), lang),
        ),
        lang,
        22,
    )
    fig.add_annotation(
        x=x,
        y=parts["high"],
        ax=x,
        ay=parts["low"],
        axref=fig_ref(fig, cell, "x"),
        ayref=fig_ref(fig, cell, "y"),
        xshift=14,
        text="",
        showarrow=True,
        arrowhead=0,
        arrowwidth=5,
        arrowcolor=COLOURS["sum"],
        hovertext=words,
        **where,
    )
    fig.add_annotation(
        x=x,
        y=parts["high"],
        xshift=14,
        ax=0,
        ay=-75,
        text=words,
        showarrow=True,
        arrowhead=0,
        arrowcolor=COLOURS["sum"],
        xanchor="center",
        font={"size": 11, "color": COLOURS["sum"]},
        bgcolor="rgba(255, 255, 255, 0.9)",
        **where,
    )


def fig_ref(fig: go.Figure, cell: tuple[int, int], axis: str) -> str:
    """The axis reference ("x2", "y3") of a subplot cell, for annotations drawn in data units."""
    subplot = fig.get_subplot(*cell)
    name = (subplot.xaxis if axis == "x" else subplot.yaxis).plotly_name
    return name.replace("axis", "")


def time_break(totals: pd.DataFrame) -> str | None:
    """The day after which the time axis breaks, when two totals lie years apart (one 2014
    statement would otherwise squeeze the other six into a sixth of the width)."""
    days = sorted(marker_day(row) for row in totals.itertuples())
    gaps = [
        ((dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days, a)
        for a, b in itertools.pairwise(days)
    ]
    widest = max(gaps, default=(0, None))
    return widest[1] if widest[0] > BREAK_AFTER_DAYS else None


def x_range(rows: pd.DataFrame, pad_days: int) -> list[str]:
    return [
        shifted(rows["stated_first_day"].min(), -pad_days),
        shifted(rows["stated_last_day"].max(), pad_days),
    ]


def step_trace(rows: pd.DataFrame, lang: str, start: tuple | None, end: str | None, legend: bool):
    """The total as last stated, as a step; it enters a panel at ``start`` (the last total
    before it) and leaves at ``end``."""
    xs = [marker_day(row) for row in rows.itertuples()]
    ys = list(rows["amount"])
    if start:
        xs, ys = [start[0], *xs], [start[1], *ys]
    if end:
        xs, ys = [*xs, end], [*ys, ys[-1]]
    return go.Scatter(
        name=isolate(t("context.legend_step", lang), lang),
        x=xs,
        y=ys,
        mode="lines",
        line={"shape": "hv", "color": "#999999", "width": 1.5, "dash": "dash"},
        hoverinfo="skip",
        showlegend=legend,
        legendgroup="step",
    )


def context_chart(context: pd.DataFrame, checks: list[dict], lang: str) -> go.Figure:
    """The cumulative total as US statements gave it over time, and the article's place among
    them; the humanitarian subtotals below, on a panel and a time axis of their own, as they
    are not comparable over time.

    ``context`` is context_figures with intervals (``derived.context_with_intervals``); the
    order of the totals, the article's statement, the drop and the parts' range come from
    the engine's consistency.context.* and parts_fit checks.
    """
    pieces = context_pieces(context, checks)
    totals = pieces["totals"]
    humanitarian = context[context["scope"] == "humanitarian"].sort_values("stated_first_day")
    cut = time_break(totals)
    days = totals.apply(marker_day, axis=1) if len(totals) else pd.Series(dtype=str)
    groups = [totals[days <= cut], totals[days > cut]] if cut else [totals]
    ranges = [x_range(group, 150) for group in groups]
    spans = [(dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days for a, b in ranges]
    widths = [max(0.2, span / sum(spans)) for span in spans] if cut else [1.0]
    widths = [w / sum(widths) for w in widths]
    specs = [[{}] * len(groups), [{"colspan": len(groups)}] + [None] * (len(groups) - 1)]
    fig = make_subplots(
        rows=2,
        cols=len(groups),
        specs=specs,
        column_widths=widths,
        row_heights=[0.64, 0.36],
        horizontal_spacing=0.03,
        vertical_spacing=0.2,
    )
    top = max(totals["tight_high"].max(), pieces["parts_high"] or 0) * 1.25
    top_humanitarian = humanitarian["tight_high"].max() * 1.35 if len(humanitarian) else 1.0
    legend_shown: set[str] = set()
    drops = {
        context_id: f'<span style="color:{WARN_COLOUR}">'
        f"{isolate('! ' + t('context.drop_label', lang), lang)}</span>"
        for context_id in pieces["drops"]
    }
    for col, (group, span) in enumerate(zip(groups, ranges, strict=True), start=1):
        before = groups[col - 2] if col > 1 else None
        start = (span[0], before["amount"].iloc[-1]) if before is not None else None
        end = span[1] if col < len(groups) else None
        fig.add_trace(step_trace(group, lang, start, end, legend=col == 1), row=1, col=col)
        add_statements(fig, group, lang, (1, col), top, legend_shown)
        shown = group[group["context_id"] != pieces["article"]]
        label_statements(fig, shown, lang, (1, col), top, drops)
        if pieces["article"] in set(group["context_id"]):
            mark_article(fig, pieces, lang, (1, col))
        fig.update_xaxes(range=span, row=1, col=col)
    add_statements(fig, humanitarian, lang, (2, 1), top_humanitarian, legend_shown)
    label_statements(fig, humanitarian, lang, (2, 1), top_humanitarian, {})
    if len(humanitarian):
        fig.update_xaxes(range=x_range(humanitarian, 150), row=2, col=1)
    legend_only(
        fig,
        t("context.legend_tight", lang),
        lang,
        mode="lines",
        line={"color": "rgba(90, 90, 90, 0.35)", "width": 10},
    )
    legend_only(
        fig,
        t("context.legend_strict", lang),
        lang,
        mode="lines+markers",
        line={"color": COLOURS["strict_line"], "dash": "dot", "width": 1.5},
        marker={"symbol": "triangle-up", "color": COLOURS["strict_line"]},
    )
    if pieces["parts"]:
        parts = ltr(" + ".join(pieces["parts_ids"]), lang)
        legend_only(
            fig,
            t("context.legend_parts", lang, parts=parts),
            lang,
            mode="lines",
            line={"color": COLOURS["sum"], "width": 5},
        )
    gap = style_context_axes(fig, lang, len(groups), top, top_humanitarian, cut, groups)
    panel_titles(fig, pieces, lang, len(groups))
    fig.update_layout(
        legend={"traceorder": "normal"},
        hovermode="closest",
    )
    notes = [(gap, lang)] if gap else []
    notes += [
        (f"{STATUS_MARK[c['status']]} {c['id']}: {c['message']}", "en") for c in pieces["checks"]
    ]
    legend_entries = sum(1 for trace in fig.data if trace.showlegend is not False and trace.name)
    # One legend row more than the entries need: the first panel's title sits under it.
    finish(
        fig,
        context_title(pieces, lang),
        lang,
        plot_height=640,
        notes=notes,
        legend_rows=-(-legend_entries // 3) + 1,
        source=t("context.source", lang),
        alt=alt_text.context_alt(context, lang),
    )
    return fig


def style_context_axes(
    fig: go.Figure,
    lang: str,
    columns: int,
    top: float,
    top_humanitarian: float,
    cut: str | None,
    groups: list[pd.DataFrame],
) -> str | None:
    """Date axes left to right in both languages; amounts on the outer side of the panels
    (left in English, right in Arabic), once per row; a broken axis marked as such (//),
    its words returned for the notes under the chart (inside the plot they would sit on the
    panel below on a phone)."""
    right = lang == "ar"
    fig.update_xaxes(type="date", autorange=False, gridcolor="#e5e5e5", automargin=True)
    fig.update_xaxes(title={"text": t("axis.stated_on", lang)}, row=2, col=1)
    labelled = columns if right else 1
    for col in range(1, columns + 1):
        axis = money_axis(top, lang)
        fig.update_yaxes(
            **axis,
            side="right" if right else "left",
            automargin=True,
            showticklabels=col == labelled,
            row=1,
            col=col,
        )
        if col != labelled:
            fig.update_yaxes(title=None, row=1, col=col)
    fig.update_yaxes(
        **money_axis(top_humanitarian, lang),
        side="right" if right else "left",
        automargin=True,
        row=2,
        col=1,
    )
    fig.update_yaxes(title=None, row=2, col=1)
    if cut and columns > 1:
        left, right_group = groups[0], groups[1]
        gap = t(
            "context.axis_break",
            lang,
            start=stated_when(left.iloc[-1], lang),
            end=stated_when(right_group.iloc[0], lang),
        )
        fig.add_annotation(
            xref=f"{fig_ref(fig, (1, 1), 'x')} domain",
            yref=f"{fig_ref(fig, (1, 1), 'y')} domain",
            x=1,
            y=0,
            text="<b>//</b>",
            showarrow=False,
            xshift=10,
            font={"size": 16, "color": "#555"},
        )
        # A lone year in its own panel: one tick, the year.
        fig.update_xaxes(dtick="M12", tickformat="%Y", row=1, col=1)
        return f"// {gap}"
    return None


def panel_titles(fig: go.Figure, pieces: dict, lang: str, columns: int) -> None:
    """Each panel's title above it, on the reading side."""
    right = lang == "ar"
    totals = pieces["totals"]
    titles = [
        (
            t(
                "context.panel_totals",
                lang,
                first=hedged(totals.iloc[0], lang),
                first_date=stated_when(totals.iloc[0], lang),
                last=hedged(totals.iloc[-1], lang),
                last_date=stated_when(totals.iloc[-1], lang),
            ),
            (1, 1),
        ),
        (t("context.panel_humanitarian", lang), (2, 1)),
    ]
    for text, cell in titles:
        domain = fig.get_subplot(*cell).yaxis.domain
        fig.add_annotation(
            xref="paper",
            yref="paper",
            x=1 if right else 0,
            y=domain[1],
            xanchor="right" if right else "left",
            yanchor="bottom",
            yshift=6,
            text=in_plot(text, lang),
            showarrow=False,
            align="right" if right else "left",
            font={"size": 13, "color": "#333"},
        )


def context_table(context: pd.DataFrame) -> pd.DataFrame:
    """The chart's data: every statement, its source first (a reader checks it there), then
    its readings, by date."""
    columns = ["context_id", "stated_on", "scope", "hedged_en", "firmness", "source_url",
               "source_title", "wording_en", "amount", "currency", "hedge", "tight_low",
               "tight_high", "strict_low", "strict_high", "date_precision", "date_basis",
               "period_start", "period_end", "note_en"]  # fmt: skip
    ordered = context.sort_values(["stated_first_day", "context_id"])
    return ordered[[c for c in columns if c in context.columns]].reset_index(drop=True)
