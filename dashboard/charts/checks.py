"""The consistency page's chart: the two intervals behind every hierarchy check (a part
or the sum of the parts, against the whole), read from each check's typed result.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard import alt_text
from dashboard.article import Article
from dashboard.charts.figures import add_interval_traces, axis_max, interval_text
from dashboard.charts.layout import Measure, finish, isolate, ltr, value_axis
from dashboard.i18n import t
from validation.results import PartsFit, PartWithin
from validation.vocab import STATUS_MARK

Arithmetic = PartsFit | PartWithin  # a hierarchy check's typed result


def check_interval_rows(found: Arithmetic, lang: str, measure: Measure) -> list[dict]:
    """The two intervals a hierarchy check compared (part or sum, and whole), as the engine
    gave them (validation/results.py)."""
    if isinstance(found, PartWithin):
        first_label = t("consistency.interval_part", lang, figure_id=found.part)
        first = found.part_readings
    else:
        first_label = t("consistency.interval_sum", lang, parts=" + ".join(found.parts))
        first = found.sum
    rows = []
    for label, readings in (
        (first_label, first),
        (t("consistency.interval_whole", lang, figure_id=found.parent), found.parent_readings),
    ):
        tight, strict = readings.tight, readings.strict
        hover = (
            f"<b>{label}</b><br>"
            f"{t('hover.tight', lang)}: "
            f"{interval_text(tight.low, tight.high, lang, measure)}<br>"
            f"{t('hover.strict', lang)}: "
            f"{interval_text(strict.low, strict.high, lang, measure)}"
        )
        exact = tight.low == tight.high == strict.low == strict.high
        rows.append(
            {
                "label": isolate(label, lang),
                "stated": tight.low if exact else None,  # an exact amount is a point
                "stated_text": isolate(measure.label(tight.low, lang), lang),
                "tight": (tight.low, tight.high),
                "strict": (strict.low, strict.high),
                "hover": hover,
            }
        )
    return rows


def check_intervals_chart(
    checks: list[Arithmetic], lang: str, article: Article, measures: dict[str, Measure]
) -> go.Figure:
    """The intervals behind every hierarchy check, one panel each, in one figure.

    Each panel's title is its check's id, and the check's own message a note under the chart
    (too long for a phone's width, it wraps there); the figure's title counts the verdicts.
    ``measures`` gives each figure's measure (figure_id → Measure): a panel is in its whole's.
    """
    fig = make_subplots(
        rows=len(checks),
        cols=1,
        vertical_spacing=0.5 / max(len(checks), 1),
        subplot_titles=[ltr(f"{STATUS_MARK[c.status]} {c.check_id}", lang) for c in checks],
    )
    for index, check in enumerate(checks, start=1):
        measure = measure_of_check(check, measures)
        rows = check_interval_rows(check, lang, measure)
        x_max = axis_max(rows)
        add_interval_traces(fig, rows, x_max, lang, legend=index == 1, subplot=index)
        fig.update_xaxes(**value_axis(x_max, lang, measure), row=index, col=1)
        fig.update_xaxes(title=None, row=index, col=1)
        fig.update_yaxes(autorange="reversed", side="right" if lang == "ar" else "left",
                         automargin=True, row=index, col=1)  # fmt: skip
    for annotation in fig.layout.annotations[: len(checks)]:  # the panel titles
        annotation.update(font={"size": 12}, x=1 if lang == "ar" else 0,
                          xanchor="right" if lang == "ar" else "left",
                          align="right" if lang == "ar" else "left")  # fmt: skip
    fig.update_layout(barmode="overlay", bargap=0.3)
    counts = {status: sum(c.status == status for c in checks) for status in STATUS_MARK}
    title = t("consistency.intervals_title", lang, n=len(checks), **counts)
    notes = [(f"{STATUS_MARK[c.status]} {c.check_id}: {c.message}", "en") for c in checks]
    finish(fig, title, lang, plot_height=230 * len(checks), source=article.source_line(lang),
           axis_space=40, notes=notes, alt=alt_text.checks_alt(checks, lang))  # fmt: skip
    return fig


def measure_of_check(found: Arithmetic, measures: dict[str, Measure]) -> Measure:
    return measures.get(found.parent, Measure("count"))


def check_intervals_table(checks: list[Arithmetic], measures: dict[str, Measure]) -> pd.DataFrame:
    """The chart's data: both intervals of every hierarchy check, as the engine gave them."""
    return pd.DataFrame(
        [
            {
                "check": check.check_id,
                "status": check.status,
                "interval": row["label"],
                "tight_low": row["tight"][0],
                "tight_high": row["tight"][1],
                "strict_low": row["strict"][0],
                "strict_high": row["strict"][1],
            }
            for check in checks
            for row in check_interval_rows(check, "en", measure_of_check(check, measures))
        ]
    )
