"""The "in context" chart: the article's headline among what the same issuer said of the
same kind of figure before and after (context_figures.csv), and, on a panel of its own, the
partial totals of one scope the article's metadata names (context.panel_scope).

The order of the totals, the article's statement, the drops and the parts' range all come
from the engine's consistency.context.* and parts_fit checks.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import textwrap

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard import alt_text
from dashboard.article import Article
from dashboard.charts.figures import interval_text
from dashboard.charts.layout import (
    COLOURS,
    Measure,
    finish,
    in_plot,
    isolate,
    ltr,
    measure_of,
    value_axis,
)
from dashboard.charts.timeline import day_after, domain_of
from dashboard.i18n import date_words, t
from validation import results
from validation.derived import display_date
from validation.vocab import STATUS_MARK

FIRMNESS_COLOURS = {"primary": "#1b7837", "mirror": "#2166ac", "secondary": "#762a83"}
FIRMNESS_BANDS = {
    "primary": "rgba(27, 120, 55, 0.28)",
    "mirror": "rgba(33, 102, 172, 0.28)",
    "secondary": "rgba(118, 42, 131, 0.25)",
}
WARN_COLOUR = "#d95f02"
FIRMNESS_SYMBOL = {"primary": "circle", "mirror": "square", "secondary": "diamond"}
BREAK_AFTER_DAYS = 3 * 365  # a gap this wide between two totals breaks the time axis


def placement_of(checks: list[dict]) -> results.Placement | None:
    """The engine's placement of a headline among the statements: with several headlines the
    engine places each (consistency.context.placement.<figure>); the chart marks the first."""
    return next(iter(results.placements(checks)), None)


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
    measure = measure_of(row)
    tight = interval_text(row.tight_low, row.tight_high, lang, measure)
    strict = interval_text(row.strict_low, row.strict_high, lang, measure)
    note = str(row.note_en) if isinstance(row.note_en, str) else ""
    note = note if len(note) <= 240 else note[:239] + "…"
    return (
        f"<b>{row.context_id}</b> · {hedged(row, lang)} · {stated_when(row, lang)} "
        f"({t(f'precision.{row.date_precision}', lang)}, {t(f'basis.{row.date_basis}', lang)})"
        f"<br>{wrapped_html(row.wording_en)}<br>{covered_period(row, lang)}"
        f"<br>{t('hover.tight', lang)}: {tight}<br>{t('hover.strict', lang)}: {strict}"
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
        add_spans_and_bands(fig, chosen, firmness, where)
    add_strict_lines(fig, rows, where, top)
    for firmness, chosen in rows.groupby("firmness", sort=False):
        add_statement_markers(fig, chosen, firmness, lang, where, firmness not in legend_shown)
        legend_shown.add(firmness)


def statement_outlines(chosen: pd.DataFrame) -> dict[str, tuple[list, list]]:
    """Line coordinates (None between pieces) of some statements: a box for the tight band
    of a month or a year, a bar for a day's, and a span for each month or year stated."""
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
    return {"boxes": (boxes_x, boxes_y), "bars": (bars_x, bars_y), "spans": (spans_x, spans_y)}


def add_spans_and_bands(fig: go.Figure, chosen: pd.DataFrame, firmness: str, where: dict) -> None:
    """The tight bands (boxes and bars) and the stated periods of one firmness's statements,
    in the firmness's colours; silent to the hover, which the markers carry."""
    colour = FIRMNESS_COLOURS.get(firmness, "#444444")
    band = FIRMNESS_BANDS.get(firmness, "rgba(0, 0, 0, 0.2)")
    outlines = statement_outlines(chosen)
    quiet = {"hoverinfo": "skip", "showlegend": False}
    boxes_x, boxes_y = outlines["boxes"]
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
    bars_x, bars_y = outlines["bars"]
    if bars_x:
        fig.add_trace(
            go.Scatter(
                x=bars_x, y=bars_y, mode="lines", line={"color": band, "width": 11}, **quiet
            ),
            **where,
        )
    spans_x, spans_y = outlines["spans"]
    if spans_x:
        fig.add_trace(
            go.Scatter(
                x=spans_x, y=spans_y, mode="lines", line={"color": colour, "width": 4}, **quiet
            ),
            **where,
        )


def add_statement_markers(
    fig: go.Figure,
    chosen: pd.DataFrame,
    firmness: str,
    lang: str,
    where: dict,
    show_legend: bool,
) -> None:
    """One marker per statement of one firmness, carrying the hover; its legend entry only
    the first time a panel draws that firmness."""
    fig.add_trace(
        go.Scatter(
            name=isolate(t(f"firmness.{firmness}", lang), lang),
            legendgroup=f"firmness-{firmness}",
            showlegend=show_legend,
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
        # Short lines: the words sit beside a mark in a panel a phone draws ~300 px wide.
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
    grow = results.totals_grow(checks)
    placement = placement_of(checks)
    sequence = (
        list(grow.sequence)
        if grow and grow.sequence
        else list(
            context.loc[context["scope"] == "total"].sort_values("stated_first_day")["context_id"]
        )
    )
    before, after = (placement.before, placement.after) if placement else ((), ())
    # The article's own statement is the total neither before nor after publication.
    article = [c for c in sequence if c not in before and c not in after] if placement else []
    drops = [(row, words) for row, words in (grow.drops if grow else ()) if row in context.index]
    headline = placement.headline if placement else None
    fits = {fit.parent: fit for fit in results.parts_fits(checks)}
    parts_fit = fits.get(headline)
    return {
        "totals": context.set_index("context_id", drop=False).loc[sequence],
        "article": article[0] if len(article) == 1 else None,
        "previous": before[-1] if before else None,
        "drops": {str(context.loc[row, "context_id"]): words for row, words in drops},
        "headline": headline,
        "parts": parts_fit.sum.tight if parts_fit else None,
        "parts_ids": list(parts_fit.parts) if parts_fit else [],
        "parts_high": placement.parts_high if placement else None,
        "checks": [c for c in (placement, grow) if c],
        "measure": Measure("money", currency_of(context)),
    }


def currency_of(context: pd.DataFrame) -> str | None:
    """The currency the cumulative totals are stated in (the most used one)."""
    totals = context.loc[context["scope"] == "total", "currency"].dropna()
    return totals.mode().iloc[0] if len(totals) else None


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
            parts=pieces["measure"].label(pieces["parts_high"], lang),
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
    ring_article(fig, row, x, pieces["headline"] or "", lang, where)
    parts = pieces["parts"]
    if not parts or parts.high is None:
        return
    mark_parts_range(fig, pieces, x, lang, cell)


def ring_article(fig: go.Figure, row, x: str, headline: str, lang: str, where: dict) -> None:
    """An open ring over the article's own statement, with its words straight below."""
    words = t("context.article_label", lang, figure_id=headline, words=hedged(row, lang))
    fig.add_trace(
        go.Scatter(
            name=isolate(t("context.legend_article", lang, figure_id=ltr(headline, lang)), lang),
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


def mark_parts_range(
    fig: go.Figure, pieces: dict, x: str, lang: str, cell: tuple[int, int]
) -> None:
    """The parts' added-up range as a thick bar just right of the ring, named above it."""
    parts = pieces["parts"]
    where = {"row": cell[0], "col": cell[1]}
    words = in_plot(
        t(
            "context.parts_label",
            lang,
            parts=ltr(" + ".join(pieces["parts_ids"]), lang),
            low=isolate(pieces["measure"].label(parts.low, lang), lang),
            high=isolate(pieces["measure"].label(parts.high, lang), lang),
        ),
        lang,
        22,
    )
    fig.add_annotation(
        x=x,
        y=parts.high,
        ax=x,
        ay=parts.low,
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
        y=parts.high,
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


def time_groups(totals: pd.DataFrame) -> tuple[list[pd.DataFrame], list[list[str]], str | None]:
    """The totals in one time panel, or two when the axis breaks; each panel's date range."""
    cut = time_break(totals)
    days = totals.apply(marker_day, axis=1) if len(totals) else pd.Series(dtype=str)
    groups = [totals[days <= cut], totals[days > cut]] if cut else [totals]
    return groups, [x_range(group, 150) for group in groups], cut


def context_grid(ranges: list[list[str]], broken: bool, has_panel: bool) -> go.Figure:
    """The totals' panel(s) on top, as wide as the time they cover; the scope's panel below,
    across the whole width, when there is one."""
    columns = len(ranges)
    spans = [(dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days for a, b in ranges]
    widths = [max(0.2, span / sum(spans)) for span in spans] if broken else [1.0]
    widths = [w / sum(widths) for w in widths]
    specs = [[{}] * columns]
    if has_panel:
        specs.append([{"colspan": columns}] + [None] * (columns - 1))
    return make_subplots(
        rows=len(specs),
        cols=columns,
        specs=specs,
        column_widths=widths,
        row_heights=[0.64, 0.36] if has_panel else [1.0],
        horizontal_spacing=0.03,
        vertical_spacing=0.2 if has_panel else 0.0,
    )


def draw_totals(
    fig: go.Figure, pieces: dict, groups: list, ranges: list, lang: str, top: float, shown: set
) -> None:
    """The cumulative totals as a step over time, each statement with its readings and
    words; drops flagged; the article's own statement ringed with its parts' range."""
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
        add_statements(fig, group, lang, (1, col), top, shown)
        others = group[group["context_id"] != pieces["article"]]
        label_statements(fig, others, lang, (1, col), top, drops)
        if pieces["article"] in set(group["context_id"]):
            mark_article(fig, pieces, lang, (1, col))
        fig.update_xaxes(range=span, row=1, col=col)


def reading_legend(fig: go.Figure, pieces: dict, lang: str) -> None:
    """Legend entries for what is drawn as bands, dotted lines and annotations."""
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


def context_chart(
    context: pd.DataFrame, checks: list[dict], lang: str, article: Article
) -> go.Figure:
    """The cumulative total as the issuer's statements gave it over time, and the article's
    place among them; the partial totals of the article's panel scope below, on a panel and
    a time axis of their own, as they are not comparable over time.

    ``context`` is context_figures with intervals (``derived.context_with_intervals``).
    """
    pieces = context_pieces(context, checks)
    totals = pieces["totals"]
    scope = article.panel_scope
    panel = context[context["scope"] == scope].sort_values("stated_first_day")
    groups, ranges, cut = time_groups(totals)
    fig = context_grid(ranges, bool(cut), has_panel=len(panel) > 0)
    top = max(totals["tight_high"].max(), pieces["parts_high"] or 0) * 1.25
    top_panel = panel["tight_high"].max() * 1.35 if len(panel) else 1.0
    legend_shown: set[str] = set()
    draw_totals(fig, pieces, groups, ranges, lang, top, legend_shown)
    if len(panel):
        add_statements(fig, panel, lang, (2, 1), top_panel, legend_shown)
        label_statements(fig, panel, lang, (2, 1), top_panel, {})
        fig.update_xaxes(range=x_range(panel, 150), row=2, col=1)
    reading_legend(fig, pieces, lang)
    gap = style_context_axes(fig, lang, pieces["measure"],
                             (top, top_panel if len(panel) else None), cut, groups)  # fmt: skip
    scope_words = article.label("context_scopes", scope, lang) if len(panel) else None
    panel_titles(fig, pieces, lang, scope_words)
    fig.update_layout(legend={"traceorder": "normal"}, hovermode="closest")
    notes = [(gap, lang)] if gap else []
    notes += [
        (f"{STATUS_MARK[c.status]} {c.check_id}: {c.message}", "en") for c in pieces["checks"]
    ]
    legend_entries = sum(1 for trace in fig.data if trace.showlegend is not False and trace.name)
    source = article.context_words("source_line", lang) or article.source_line(lang)
    # One legend row more than the entries need: the first panel's title sits under it.
    finish(
        fig,
        context_title(pieces, lang),
        lang,
        plot_height=640 if len(panel) else 420,
        source=source,
        notes=notes,
        legend_rows=-(-legend_entries // 3) + 1,
        alt=alt_text.context_alt(totals, panel, scope_words, lang),
    )
    return fig


def style_context_axes(
    fig: go.Figure,
    lang: str,
    measure: Measure,
    tops: tuple[float, float | None],
    cut: str | None,
    groups: list[pd.DataFrame],
) -> str | None:
    """Date axes left to right in both languages; amounts on the outer side of the panels
    (left in English, right in Arabic), once per row; a broken axis marked as such, its
    words returned for the notes under the chart (None: the axis is whole).
    ``tops`` is the top of the totals' axis and of the scope panel's (None: no panel)."""
    right = lang == "ar"
    columns = len(groups)
    top, top_panel = tops
    fig.update_xaxes(type="date", autorange=False, gridcolor="#e5e5e5", automargin=True)
    fig.update_xaxes(title={"text": t("axis.stated_on", lang)}, row=2 if top_panel else 1, col=1)
    labelled = columns if right else 1
    for col in range(1, columns + 1):
        fig.update_yaxes(
            **value_axis(top, lang, measure),
            side="right" if right else "left",
            automargin=True,
            showticklabels=col == labelled,
            row=1,
            col=col,
        )
        if col != labelled:
            fig.update_yaxes(title=None, row=1, col=col)
    if top_panel:
        fig.update_yaxes(
            **value_axis(top_panel, lang, measure),
            side="right" if right else "left",
            automargin=True,
            row=2,
            col=1,
        )
        fig.update_yaxes(title=None, row=2, col=1)
    if cut and columns > 1:
        return mark_axis_break(fig, groups, lang)
    return None


def mark_axis_break(fig: go.Figure, groups: list[pd.DataFrame], lang: str) -> str:
    """A // where the time axis breaks; the gap it skips in words is returned for the notes
    under the chart (inside the plot they would sit on the panel below on a phone)."""
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


def panel_titles(fig: go.Figure, pieces: dict, lang: str, scope_words: str | None) -> None:
    """Each panel's title above it, on the reading side; ``scope_words`` names the scope of
    the lower panel (None: there is none)."""
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
    ]
    if scope_words:
        titles.append((t("context.panel_scope", lang, scope=scope_words), (2, 1)))
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
