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
import math
import textwrap

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard.i18n import date_words, t
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
WRAP = 95  # characters per line of the source line and notes under a chart


def isolate(text: str, lang: str) -> str:
    """Arabic text inside a right-to-left isolate; English as it is."""
    return f"{RLI}{text}{PDI}" if lang == "ar" and text else text


def wrapped(text: str, text_lang: str, page_lang: str, width: int) -> list[str]:
    """``text`` in lines of ``width``, each isolated in its own direction: an English engine
    message inside an Arabic chart stays left to right, line by line."""
    lines = textwrap.wrap(text, width)
    if page_lang == "ar" and text_lang == "en":
        return [f"{LRI}{line}{PDI}" for line in lines]
    return [isolate(line, text_lang) for line in lines]


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
        return "$" + t("money.million", lang, value=f"{value / 1e6:,.4g}")
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


def footer_lines(lang: str, notes: list[tuple[str, str]]) -> str:
    """Source line, hedge note and a chart's own notes ((text, its language) pairs)."""
    parts = [(t("chart.source", lang), lang), (hedge_note(lang), lang), *notes]
    return "<br>".join(line for text, text_lang in parts
                       for line in wrapped(text, text_lang, lang, WRAP))  # fmt: skip


def finish(
    fig: go.Figure,
    title: str,
    lang: str,
    plot_height: int,
    notes: list[tuple[str, str]] | None = None,
    legend_rows: int = 1,
    axis_space: int = 62,
    title_lang: str | None = None,
) -> None:
    """Title (the finding), legend, plot, then source line and notes, stacked in pixels so
    nothing overlaps; the same in both languages, mirrored only in alignment."""
    foot = footer_lines(lang, notes or [])
    title_lines = wrapped(title, title_lang or lang, lang, 90)
    title_height = 16 + 24 * len(title_lines)
    legend_height = 24 * legend_rows
    foot_height = 16 * (foot.count("<br>") + 1) + 12
    top = title_height + legend_height + 8
    bottom = axis_space + foot_height
    total = top + plot_height + bottom
    right = lang == "ar"
    fig.update_layout(
        title={
            "text": "<br>".join(title_lines),
            "x": 0.99 if right else 0.01,
            "xanchor": "right" if right else "left",
            "xref": "container",
            "yref": "container",
            # plotly grows a <br> title upwards from its anchor: push it down by its lines.
            "y": 1 - (10 + 24 * (len(title_lines) - 1)) / total,
            "yanchor": "top",
            "font": {"size": 17},
        },
        font={"family": FONT, "size": 13, "color": "#222222"},
        height=total,
        margin={"l": 20, "r": 20, "t": top, "b": bottom},
        paper_bgcolor="white",
        plot_bgcolor="white",
        showlegend=legend_rows > 0,
        legend={
            "orientation": "h",
            "yref": "container",
            "y": 1 - title_height / total,
            "yanchor": "top",
            "x": 1 if right else 0,
            "xanchor": "right" if right else "left",
            "font": {"size": 12},
        },
        hoverlabel={"font": {"family": FONT}, "align": "right" if right else "left"},
    )
    fig.add_annotation(
        text=foot,
        xref="paper",
        yref="paper",
        x=1 if right else 0,
        xanchor="right" if right else "left",
        y=0,
        yanchor="top",
        yshift=-axis_space,
        showarrow=False,
        align="right" if right else "left",
        font={"size": 11, "color": "#555555"},
    )


# Figures ------------------------------------------------------------------------------


def figure_label(row, lang: str) -> str:
    return isolate(row.label_ar, lang) if lang == "ar" else row.label_en


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
    finish(fig, title, lang, plot_height=260, notes=[(note, lang)], legend_rows=0, axis_space=12)
    return fig


def interval_rows(figures: pd.DataFrame, lang: str) -> list[dict]:
    """One drawable row per figure: label, stated value, both readings, hover text."""
    return [
        {
            "label": f"{row.figure_id} · {figure_label(row, lang)}",
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
        near_edge = row["stated"] < 0.12 * x_max
        fig.add_annotation(
            x=row["stated"],
            y=row["label"],
            yshift=26,
            xanchor="left" if near_edge else "center",
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
    finish(fig, title, lang, plot_height=95 * len(rows), legend_rows=2)
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
            text=isolate(t("figures.gap", lang, excess=money_label(excess, lang)), lang),
            showarrow=False,
            font={"size": 11, "color": COLOURS["sum"]},
        )
    fig.update_layout(barmode="overlay", bargap=0.35)
    fig.update_xaxes(**money_axis(x_max, lang))
    fig.update_yaxes(
        categoryorder="array",
        categoryarray=[row_total, row_parts],
        side="right" if lang == "ar" else "left",
        automargin=True,
    )
    notes = [(t("figures.check_note", lang, check_id=check["id"]), lang), (check["message"], "en")]
    finish(fig, parts_title(check, parent, parts, lang), lang, plot_height=260, notes=notes)
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
        subplot_titles=[
            "<br>".join(wrapped(f"{STATUS_MARK[c['status']]} {c['message']}", "en", lang, 100))
            for c in checks
        ],
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
    finish(fig, title, lang, plot_height=230 * len(checks), axis_space=40)
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


def event_label(row, names_ar: dict[str, str], lang: str, limit: int = 44) -> str:
    """A short row label: the event in English, or its entity's Arabic name in Arabic mode."""
    if lang == "ar":
        entity = row.entity_id if isinstance(row.entity_id, str) else None
        name = names_ar.get(entity) if entity else None
        text = name or t(f"event_type.{row.event_type}", lang)
        return f"{row.event_id} · {isolate(text, lang)}"
    text = row.event_en if len(row.event_en) <= limit else row.event_en[: limit - 1] + "…"
    return f"{row.event_id} · {text}"


def event_hover(row, lang: str) -> str:
    basis = t(f"basis.{row.date_basis}", lang)
    quoted = row.date_text_ar if isinstance(row.date_text_ar, str) else "—"
    note = "<br>".join(textwrap.wrap(row.note, 70)) if isinstance(row.note, str) else ""
    return (
        f"<b>{row.event_id}</b> {row.event_en}<br>"
        f"{date_words(row.date, row.date_display, lang)} "
        f"({t(f'precision.{row.precision}', lang)}, "
        f"{t(f'status.{row.status}', lang)}, {basis})<br>"
        f"{t('hover.article', lang)}: {RLI}{quoted}{PDI}<br>{note}"
    )


def day_after(iso: str) -> str:
    """A span covers its last day too: draw it to the start of the next day."""
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=1)).isoformat()


WINDOWS = {"all": ("2010-07-01", "2022-06-30"), "recent": ("2020-09-01", "2022-01-31")}


def timeline_chart(
    events: pd.DataFrame,
    entities: pd.DataFrame,
    lang: str,
    publication: dict | None = None,
    window: str = "all",
) -> go.Figure:
    """Every event on a left-to-right time axis, drawn at its precision.

    ``events`` is ``validation.derived.events_with_display`` output. A day is a point; a
    month or a year is a bar from ``date_first_day`` to the end of ``date_last_day``.
    Scheduled events are open and dashed, occurred ones solid; inferred dates are ringed.
    """
    names_ar = dict(zip(entities["entity_id"], entities["name_ar"], strict=True))
    events = events.sort_values(["date_first_day", "event_id"])
    labels = {row.event_id: event_label(row, names_ar, lang) for row in events.itertuples()}
    fig = go.Figure()
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
                )
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
                )
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
            )
        )
    external = events[events["date_basis"] == "external"]
    if len(external):
        fig.add_trace(
            go.Scatter(
                name=t("timeline.legend_external", lang),
                mode="markers",
                x=list(external["date_first_day"]),
                y=[labels[e] for e in external["event_id"]],
                marker={
                    "symbol": "square-open",
                    "size": 22,
                    "color": COLOURS["status"]["reference"],
                    "line": {"width": 1.5},
                },
                hovertext=[event_hover(row, lang) for row in external.itertuples()],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    if publication and publication.get("value"):
        basis = t(f"basis.{publication.get('basis', 'unknown')}", lang)
        fig.add_vline(x=publication["value"], line={"dash": "dot", "color": "#444", "width": 1})
        fig.add_annotation(
            x=publication["value"],
            y=1,
            yref="paper",
            yanchor="bottom",
            text=isolate(
                t(
                    "timeline.publication",
                    lang,
                    basis=basis,
                    date=date_words(publication["value"], publication["value"], lang),
                ),
                lang,
            ),
            showarrow=False,
            xanchor="right",
            font={"size": 11, "color": "#444"},
        )
    scheduled = int((events["status"] == "scheduled").sum())
    title = t(
        "timeline.title",
        lang,
        n=len(events),
        scheduled=scheduled,
        inferred=len(inferred),
    )
    first, last = WINDOWS.get(window, WINDOWS["all"])
    fig.update_xaxes(
        type="date",
        range=[first, last],
        autorange=False,
        title={"text": t("axis.date", lang)},
        gridcolor="#e5e5e5",
    )
    fig.update_yaxes(
        categoryorder="array",
        categoryarray=list(reversed(labels.values())),
        side="right" if lang == "ar" else "left",
        automargin=True,
    )
    # Three legend entries a row: nine one-per-line entries would push the plot far down.
    fig.update_layout(legend={"traceorder": "normal", "entrywidth": 0.33,
                              "entrywidthmode": "fraction"})  # fmt: skip
    legend_entries = sum(1 for trace in fig.data if trace.showlegend is not False)
    finish(fig, title, lang, plot_height=40 * len(events), legend_rows=-(-legend_entries // 3))
    return fig


def timeline_table(events: pd.DataFrame) -> pd.DataFrame:
    columns = ["event_id", "event_en", "date", "precision", "date_display", "date_first_day",
               "date_last_day", "status", "date_basis", "date_text_ar", "note"]  # fmt: skip
    return events.sort_values(["date_first_day", "event_id"])[
        [c for c in columns if c in events.columns]
    ]
