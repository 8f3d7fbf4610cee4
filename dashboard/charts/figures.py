"""The figures page's charts: the hierarchy of each headline total, every figure as the
interval its hedge allows (one chart per measure: money in a currency, percents, counts),
and the parts against their whole.

No arithmetic a check owns: intervals come from ``validation.derived``, the sum of the parts
and the gap from the engine's ``consistency.parts_fit`` check.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard import alt_text
from dashboard.article import Article
from dashboard.charts.layout import (
    AXIS_LABEL,
    COLOURS,
    PDI,
    RLI,
    Measure,
    finish,
    in_plot,
    isolate,
    measure_of,
    shortened,
    value_axis,
)
from dashboard.i18n import t
from validation import results


def figure_label(row, lang: str, limit: int | None = None) -> str:
    """The figure's label; with ``limit``, shortened for an axis (the hover and the data
    table keep it whole)."""
    text = row.label_ar if lang == "ar" else row.label_en
    return isolate(shortened(text, limit) if limit else text, lang)


def wording(row, lang: str) -> str:
    return isolate(row.wording_ar, lang) if lang == "ar" else row.wording_en


def figure_hover(row, lang: str) -> str:
    """Arabic quote and English wording, both always: the reader checks one against the other."""
    measure = measure_of(row)
    tight = interval_text(row.tight_low, row.tight_high, lang, measure)
    strict = interval_text(row.strict_low, row.strict_high, lang, measure)
    return (
        f"<b>{figure_label(row, lang)}</b><br>"
        f"{t('hover.article', lang)}: {RLI}{row.quote_ar}{PDI}<br>"
        f"{t('hover.reads_as', lang)}: {row.wording_en}<br>"
        f"{t('hover.tight', lang)}: {tight}<br>{t('hover.strict', lang)}: {strict}"
    )


def interval_text(low, high, lang: str, measure: Measure) -> str:
    if high is None or pd.isna(high):
        return f"{measure.label(low, lang)} – ∞"
    if low == high:
        return f"{measure.label(low, lang)} ({t('hover.exact', lang)})"
    return f"{measure.label(low, lang)} – {measure.label(high, lang)}"


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
    sums = {fit.parent: fit.sum.tight.high for fit in results.parts_fits(checks)}
    return [max(row.amount, sums.get(row.figure_id) or 0) for row in ordered.itertuples()]


def trees(figures: pd.DataFrame) -> list[pd.DataFrame]:
    """Each headline total that has parts, with everything below it: one hierarchy chart
    each (an article may state several totals, in different measures)."""
    children: dict[str, list[str]] = {}
    for row in figures.itertuples():
        if isinstance(row.parent_figure_id, str):
            children.setdefault(row.parent_figure_id, []).append(row.figure_id)
    roots = [r for r in figures.itertuples() if not isinstance(r.parent_figure_id, str)]
    found = []
    for root in roots:
        if root.figure_id not in children:
            continue
        members, queue = [], [root.figure_id]
        while queue:
            figure_id = queue.pop(0)
            members.append(figure_id)
            queue += children.get(figure_id, [])
        found.append(figures[figures["figure_id"].isin(members)])
    return found


def hierarchy_icicle(ordered: pd.DataFrame, lang: str, checks: list[dict]) -> go.Icicle:
    """The boxes: total → parts → part of a part, labelled with the article's hedged words;
    hover shows the Arabic quote and the English wording."""
    colours = ["#9ecae1"] + COLOURS["parts"]
    return go.Icicle(
        ids=ordered["figure_id"],
        parents=ordered["parent_figure_id"].fillna(""),
        labels=[f"{row.figure_id} · {figure_label(row, lang)}" for row in ordered.itertuples()],
        text=[f"<b>{wording(row, lang)}</b>" for row in ordered.itertuples()],
        values=box_sizes(ordered, checks),
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


def hierarchy_chart(
    tree: pd.DataFrame, lang: str, checks: list[dict], article: Article
) -> go.Figure:
    """Icicle of one headline total and its parts (a tree from ``trees``)."""
    ordered = top_down(tree)
    fig = go.Figure(hierarchy_icicle(ordered, lang, checks))
    root = next(ordered[ordered["parent_figure_id"].isna()].itertuples())
    children = ordered[ordered["parent_figure_id"] == root.figure_id]
    joiner = " و" if lang == "ar" else " and "
    parts_words = joiner.join(wording(row, lang) for row in children.itertuples())
    root_words = wording(root, lang)
    title = t("figures.hierarchy_title", lang, root=root_words, parts=parts_words)
    note = t("figures.hierarchy_note", lang, root=root_words)
    finish(fig, title, lang, plot_height=260, source=article.source_line(lang),
           notes=[(note, lang)], legend_rows=0, axis_space=12,
           alt=alt_text.figures_alt(tree, lang, measure_of(root)))  # fmt: skip
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
    add_strict_bands(fig, rows, x_max, lang, legend, where)
    add_tight_bands(fig, rows, lang, legend, where)
    stated = [row for row in rows if row.get("stated") is not None]
    add_stated_marks(fig, stated, lang, legend, where)
    label_stated_values(fig, stated, x_max, where)
    mark_open_ends(fig, rows, x_max, lang, where)


def add_strict_bands(
    fig: go.Figure, rows: list[dict], x_max: float, lang: str, legend: bool, where: dict
) -> None:
    """The strict reading, hatched and wide; an open end runs to the plot's edge."""
    strict_high = [x_max if pd.isna(row["strict"][1]) else row["strict"][1] for row in rows]
    fig.add_trace(
        go.Bar(
            name=t("legend.strict", lang),
            orientation="h",
            y=[row["label"] for row in rows],
            base=[row["strict"][0] for row in rows],
            x=[high - row["strict"][0] for high, row in zip(strict_high, rows, strict=True)],
            width=0.42,
            marker={
                "color": COLOURS["strict"],
                "line": {"color": COLOURS["strict_line"], "width": 1},
                "pattern": {"shape": "/", "fgcolor": COLOURS["strict_line"], "size": 7},
            },
            hovertext=[row["hover"] for row in rows],
            hovertemplate="%{hovertext}<extra></extra>",
            showlegend=legend,
        ),
        **where,
    )


def add_tight_bands(fig: go.Figure, rows: list[dict], lang: str, legend: bool, where: dict) -> None:
    """The tight reading, solid and narrow, drawn over the strict band it lies within."""
    fig.add_trace(
        go.Bar(
            name=t("legend.tight", lang),
            orientation="h",
            y=[row["label"] for row in rows],
            base=[row["tight"][0] for row in rows],
            x=[row["tight"][1] - row["tight"][0] for row in rows],
            width=0.2,
            marker={"color": COLOURS["tight"]},
            hovertext=[row["hover"] for row in rows],
            hovertemplate="%{hovertext}<extra></extra>",
            showlegend=legend,
        ),
        **where,
    )


def add_stated_marks(
    fig: go.Figure, stated: list[dict], lang: str, legend: bool, where: dict
) -> None:
    """A diamond at each stated value (rows without one, such as a check's sum, have none)."""
    if not stated:
        return
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


def label_stated_values(fig: go.Figure, stated: list[dict], x_max: float, where: dict) -> None:
    """The article's words above each diamond, reaching inwards so they stay inside the plot
    at any width."""
    for row in stated:
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


def mark_open_ends(fig: go.Figure, rows: list[dict], x_max: float, lang: str, where: dict) -> None:
    """An arrow and "no upper bound" below each open-ended strict band, so it cannot be
    mistaken for a bounded range."""
    for row in rows:
        if not pd.isna(row["strict"][1]):
            continue
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


def by_measure(figures: pd.DataFrame) -> list[tuple[Measure, pd.DataFrame]]:
    """The figures split by what they count (money in each currency, percents, counts), in
    the order the article first states each: their intervals never share an axis."""
    measures = [measure_of(row) for row in figures.itertuples()]
    keyed = pd.Series(measures, index=figures.index)
    return [(m, figures[keyed == m]) for m in dict.fromkeys(measures)]


def intervals_chart(
    figures: pd.DataFrame, lang: str, article: Article, measure: Measure
) -> go.Figure:
    """Each figure of one measure as the interval its hedge allows, under both readings."""
    rows = interval_rows(figures, lang)
    x_max = axis_max(rows)
    fig = go.Figure()
    add_interval_traces(fig, rows, x_max, lang)
    hedged = int((figures["hedge"] != "exact").sum())
    title = t(
        "figures.intervals_title", lang, hedged=hedged, n=len(figures),
        measure=measure.axis_title(lang),
    )  # fmt: skip
    fig.update_layout(barmode="overlay", bargap=0.3)
    fig.update_xaxes(**value_axis(x_max, lang, measure))
    fig.update_yaxes(
        autorange="reversed",  # rows top to bottom in hierarchy order; the x axis is untouched
        side="right" if lang == "ar" else "left",
        automargin=True,
    )
    finish(fig, title, lang, plot_height=95 * len(rows), source=article.source_line(lang),
           legend_rows=2, alt=alt_text.figures_alt(figures, lang, measure))  # fmt: skip
    return fig


def parts_title(fit: results.PartsFit, parent, parts: pd.DataFrame, lang: str) -> str:
    measure = measure_of(parent)
    parts_words = " + ".join(wording(row, lang) for row in parts.itertuples())
    total = wording(parent, lang)
    excess, status = fit.excess_over_stated, fit.status
    if status == "pass" and excess is not None and excess > 0:
        return t(
            "figures.parts_title.pass_excess",
            lang,
            parts=parts_words,
            total=total,
            excess=measure.label(excess, lang),
        )
    return t(f"figures.parts_title.{status}", lang, parts=parts_words, total=total)


def parts_vs_whole_chart(
    figures: pd.DataFrame, fit: results.PartsFit, lang: str, article: Article
) -> go.Figure:
    """The stated parts stacked beside the total's interval band, and the gap between them.

    ``fit`` is the engine's ``consistency.parts_fit.<parent>`` verdict, typed
    (validation/results.py): the sum's interval and the excess are read from it, the gap's
    words are its message; nothing here adds the numbers up again.
    """
    by_id = figures.set_index("figure_id", drop=False)
    parent = by_id.loc[fit.parent]
    parts = by_id.loc[list(fit.parts)]
    measure = measure_of(parent)
    row_parts, row_total = t("figures.row_parts", lang), t("figures.row_total", lang)
    parent_rows = [total_row(parent, fit, row_total, lang)]
    sum_tight = fit.sum.tight
    bounds = [b for b in (sum_tight.low, sum_tight.high) if b is not None]
    x_max = max(axis_max(parent_rows), max(bounds + list(parts["amount"])) * 1.18)
    fig = go.Figure()
    add_stacked_parts(fig, parts, row_parts, lang)
    add_sum_of_parts(fig, fit, row_parts, lang)
    add_interval_traces(fig, parent_rows, x_max, lang)
    fig.add_vline(x=parent.amount, line={"dash": "dot", "color": COLOURS["stated"], "width": 1})
    mark_gap(fig, fit, parent.amount, row_parts, measure, lang)
    style_parts_axes(fig, x_max, measure, row_total, row_parts, lang)
    notes = [(t("figures.check_note", lang, check_id=fit.check_id), lang), (fit.message, "en")]
    title = parts_title(fit, parent, parts, lang)
    finish(fig, title, lang, plot_height=260, source=article.source_line(lang), notes=notes,
           alt=alt_text.parts_alt(figures, fit, lang, measure))  # fmt: skip
    return fig


def total_row(parent, fit: results.PartsFit, label: str, lang: str) -> dict:
    """The whole as one drawable interval row, its readings as the check read them."""
    whole = fit.parent_readings
    return {
        "label": label,
        "stated": parent.amount,
        "stated_text": wording(parent, lang),
        "tight": (whole.tight.low, whole.tight.high),
        "strict": (whole.strict.low, whole.strict.high),
        "hover": figure_hover(parent, lang),
    }


def add_stacked_parts(fig: go.Figure, parts: pd.DataFrame, row_parts: str, lang: str) -> None:
    """One bar per stated part, each starting where the previous one ends (stacking is
    drawing, not a sum the chart relies on)."""
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


def add_sum_of_parts(fig: go.Figure, fit: results.PartsFit, row_parts: str, lang: str) -> None:
    """The check's interval for the sum of the parts, when it is bounded."""
    sum_tight = fit.sum.tight
    if sum_tight.high is None:
        return
    fig.add_trace(
        go.Scatter(
            name=t("legend.sum_parts", lang),
            mode="lines+markers",
            x=[sum_tight.low, sum_tight.high],
            y=[row_parts, row_parts],
            line={"color": COLOURS["sum"], "width": 3},
            marker={
                "symbol": "line-ns",
                "size": 26,
                "line": {"width": 3, "color": COLOURS["sum"]},
            },
            hovertemplate=isolate(fit.message, lang) + "<extra></extra>",
        )
    )


def mark_gap(
    fig: go.Figure, fit: results.PartsFit, stated, row_parts: str, measure: Measure, lang: str
) -> None:
    """When the parts add up to more than the stated total: an arrow from the total to the
    sum's top and the excess in words, both as the check computed them."""
    excess, sum_high = fit.excess_over_stated, fit.sum.tight.high
    if not (excess is not None and excess > 0 and sum_high is not None):
        return
    fig.add_annotation(
        x=sum_high,
        y=row_parts,
        ax=stated,
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
        x=sum_high,
        y=row_parts,
        yshift=-42,
        xanchor="right",
        text=in_plot(t("figures.gap", lang, excess=measure.label(excess, lang)), lang),
        showarrow=False,
        font={"size": 11, "color": COLOURS["sum"]},
    )


def style_parts_axes(
    fig: go.Figure, x_max: float, measure: Measure, row_total: str, row_parts: str, lang: str
) -> None:
    """The total's row above the parts' row, on the measure's value axis."""
    # A part's words inside its bar are hidden, not shrunk to a blur, when the bar is too
    # narrow (a phone): the hover, the legend and the data table still name it.
    fig.update_layout(barmode="overlay", bargap=0.35, uniformtext={"minsize": 10, "mode": "hide"})
    fig.update_xaxes(**value_axis(x_max, lang, measure))
    fig.update_yaxes(
        categoryorder="array",
        categoryarray=[row_total, row_parts],
        side="right" if lang == "ar" else "left",
        automargin=True,
    )


def intervals_table(figures: pd.DataFrame) -> pd.DataFrame:
    """The data behind the interval charts, as a reader would tabulate it."""
    columns = ["figure_id", "label_en", "quote_ar", "wording_en", "amount", "hedge",
               "tight_low", "tight_high", "strict_low", "strict_high", "parent_figure_id",
               "share_of_parent"]  # fmt: skip
    return top_down(figures)[[c for c in columns if c in figures.columns]]
