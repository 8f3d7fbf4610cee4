"""The timeline: every dated thing at its precision, the article's dates in one lane and
the dates from outside it (each with its verification) in another, over a window the
article's metadata offers (or one spanning every date).
"""

from __future__ import annotations

import datetime as dt
import html
import textwrap

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard import alt_text
from dashboard.article import Article, Window
from dashboard.charts.layout import (
    AXIS_LABEL,
    COLOURS,
    PDI,
    RLI,
    STATUS_DASH,
    STATUS_SYMBOL,
    finish,
    in_plot,
    isolate,
    ltr,
    shortened,
)
from dashboard.i18n import date_words, t
from validation.derived import date_range


def event_label(
    row, names_ar: dict[str, str], lang: str, article: Article, limit: int = AXIS_LABEL
) -> str:
    """A short row label: the event in English, or its entity's Arabic name in Arabic mode
    (else the Arabic label of its event type, as the dataset declares it), cut to ``limit``
    characters so a phone keeps room for the plot (the hover and the table keep it whole)."""
    if lang == "ar":
        entity = getattr(row, "entity_id", None)
        name = names_ar.get(entity) if isinstance(entity, str) else None
        text = name or article.label("event_types", row.event_type, lang)
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


def add_status_traces(
    fig: go.Figure, events: pd.DataFrame, labels: dict, lang: str, window: Window | None = None
) -> None:
    """The article's events by status: spans for a month or a year, points for a day; an
    inferred date ringed, its word on the side of the ring with room (inside the window)."""
    for status in STATUS_SYMBOL:
        chosen = events[events["status"] == status]
        spans = chosen[chosen["precision"] != "day"]
        if len(spans):
            add_status_spans(fig, spans, status, labels, lang)
        days = chosen[chosen["precision"] == "day"]
        if len(days):
            add_status_points(fig, days, status, labels, lang)
    inferred = events[events["date_basis"] == "inferred"]
    if len(inferred):
        ring_inferred_dates(fig, inferred, labels, lang, window)


def add_status_spans(
    fig: go.Figure, spans: pd.DataFrame, status: str, labels: dict, lang: str
) -> None:
    """Events dated to a month or a year, as a thick line over that period, dashed by status."""
    xs, ys, hovers = [], [], []
    for row in spans.itertuples():
        xs += [row.date_first_day, day_after(row.date_last_day), None]
        ys += [labels[row.event_id]] * 2 + [None]
        hovers += [event_hover(row, lang)] * 2 + [None]
    fig.add_trace(
        go.Scatter(
            name=t("timeline.legend_span", lang, status=t(f"status.{status}", lang)),
            mode="lines",
            x=xs,
            y=ys,
            line={"color": COLOURS["status"][status], "width": 12, "dash": STATUS_DASH[status]},
            opacity=0.75,
            hovertext=hovers,
            hovertemplate="%{hovertext}<extra></extra>",
            connectgaps=False,
        ),
        row=1,
        col=1,
    )


def add_status_points(
    fig: go.Figure, days: pd.DataFrame, status: str, labels: dict, lang: str
) -> None:
    """Events dated to a day, as a point in the status's symbol."""
    colour = COLOURS["status"][status]
    fig.add_trace(
        go.Scatter(
            name=t("timeline.legend_point", lang, status=t(f"status.{status}", lang)),
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


def ring_inferred_dates(
    fig: go.Figure, inferred: pd.DataFrame, labels: dict, lang: str, window: Window | None
) -> None:
    """A dotted ring round each date the article implies rather than states, its word on the
    side of the ring with room inside the window."""
    fig.add_trace(
        go.Scatter(
            name=t("timeline.legend_inferred", lang),
            mode="markers+text",
            x=list(inferred["date_first_day"]),
            y=[labels[e] for e in inferred["event_id"]],
            text=[t("timeline.inferred", lang)] * len(inferred),
            textposition=[
                "middle right" if early(day, window) else "middle left"
                for day in inferred["date_first_day"]
            ],
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


def publication_mark(
    fig: go.Figure, publication: dict | None, lang: str, window: Window | None = None
) -> None:
    """A dotted line at the publication date, named beside it: on its left, unless the date
    sits in the left half of the window (the words would run off the plot)."""
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
        # Short lines: on a phone half the plot is ~130 px.
        text=in_plot(words, lang, 20),
        showarrow=False,
        align="left" if early(publication["value"], window) else "right",
        xanchor="left" if early(publication["value"], window) else "right",
        font={"size": 11, "color": "#444"},
    )


def early(day: str, window: Window | None) -> bool:
    """Whether ``day`` lies in the first half of the window shown."""
    if window is None:
        return False
    start, end = dt.date.fromisoformat(window.start), dt.date.fromisoformat(window.end)
    return date_range(day)[0] < start + (end - start) / 2


def verification_sources(verifications: pd.DataFrame | None) -> dict[str, dict]:
    """verification_id → its row, for the hover of the events it supports."""
    if verifications is None:
        return {}
    return {row["verification_id"]: row for row in verifications.to_dict("records")}


def lanes_of(events: pd.DataFrame) -> list[pd.DataFrame]:
    """The article's own dates, and (when there are any) the dates from outside it."""
    is_external = events["date_basis"] == "external"
    article, external = events[~is_external], events[is_external]
    return [article] + ([external] if len(external) else [])


def lane_grid(lanes: list[pd.DataFrame], lang: str) -> tuple[go.Figure, int]:
    """One row of the figure per lane, sized by its events, sharing the time axis."""
    plot_height = 40 * sum(len(lane) for lane in lanes) + 70 * (len(lanes) - 1)
    external = lanes[1] if len(lanes) > 1 else lanes[0].iloc[0:0]
    fig = make_subplots(
        rows=len(lanes),
        cols=1,
        shared_xaxes=True,
        row_heights=[len(lane) for lane in lanes],
        vertical_spacing=70 / plot_height if len(lanes) > 1 else 0.02,
        subplot_titles=[
            in_plot(t("timeline.lane_article", lang, n=len(lanes[0])), lang),
            in_plot(t("timeline.lane_external", lang, n=len(external)), lang),
        ][: len(lanes)],
    )
    return fig, plot_height


def timeline_title(lanes: list[pd.DataFrame], lang: str) -> str:
    article = lanes[0]
    external = lanes[1] if len(lanes) > 1 else article.iloc[0:0]
    if external.empty:  # nothing from outside the article: say nothing of it
        return t(
            "timeline.title_article",
            lang,
            n=len(article),
            scheduled=int((article["status"] == "scheduled").sum()),
            inferred=int((article["date_basis"] == "inferred").sum()),
        )
    return t(
        "timeline.title",
        lang,
        n=len(article),
        scheduled=int((article["status"] == "scheduled").sum()),
        inferred=int((article["date_basis"] == "inferred").sum()),
        external=len(external),
        postponed=int((external["status"] == "postponed").sum()),
    )


def style_lanes(
    fig: go.Figure, lanes: list[pd.DataFrame], labels: dict, lang: str, window: Window | None
) -> None:
    """Dates left to right over the window; each lane's events top to bottom in date order,
    labelled on the reading side; lane titles on the reading side too."""
    shown = {"range": [window.start, window.end], "autorange": False} if window else {}
    fig.update_xaxes(type="date", gridcolor="#e5e5e5", **shown)
    fig.update_xaxes(title={"text": t("axis.date", lang)}, row=len(lanes), col=1)
    right = lang == "ar"
    for index, lane in enumerate(lanes, start=1):
        fig.update_yaxes(
            categoryorder="array",
            categoryarray=[labels[e] for e in reversed(list(lane["event_id"]))],
            side="right" if right else "left",
            automargin=True,
            row=index,
            col=1,
        )
    for annotation in fig.layout.annotations[: len(lanes)]:  # the lane titles
        annotation.update(
            x=1 if right else 0,
            xanchor="right" if right else "left",
            align="right" if right else "left",
            font={"size": 13, "color": "#333"},
        )


def timeline_chart(
    events: pd.DataFrame,
    entities: pd.DataFrame,
    lang: str,
    article: Article,
    window: Window | None = None,
    publication: dict | None = None,
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
    labels = {
        row.event_id: event_label(row, names_ar, lang, article) for row in events.itertuples()
    }
    lanes = lanes_of(events)
    fig, plot_height = lane_grid(lanes, lang)
    add_status_traces(fig, lanes[0], labels, lang, window)
    if len(lanes) > 1:
        add_external_traces(fig, lanes[1], labels, lang, verification_sources(verifications), 2)
        postponed_marks(fig, events, labels, lang, 2)
    publication_mark(fig, publication, lang, window)
    style_lanes(fig, lanes, labels, lang, window)
    fig.update_layout(legend={"traceorder": "normal"})
    legend_entries = sum(1 for trace in fig.data if trace.showlegend is not False)
    finish(fig, timeline_title(lanes, lang), lang, plot_height=plot_height,
           source=article.source_line(lang), legend_rows=-(-legend_entries // 2),
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
