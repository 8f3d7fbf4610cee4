"""What every chart shares: fonts and colours, bidi isolates, amounts in the dataset's own
measure (its currency, a percent, a count), and the frame: the plot takes its container's
width, its legend sits under it, and its words (title, description, source line, hedge note,
notes) travel in ``layout.meta`` to be shown as HTML around it (``words_of``).

Arabic mode keeps every axis left to right (amounts and time grow rightwards in both
languages) and wraps Arabic labels in bidi isolates so digits stay beside their words.

>>> usd, jod = Measure("money", "USD"), Measure("money", "JOD")
>>> usd.label(850_000_000, "en"), usd.label(850_000_000, "ar")
('$850 million', '850 مليون دولار أمريكي')
>>> jod.label(12_500_000, "en"), Measure("percent").label(48, "en")
('JOD 12.5 million', '48%')
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass

import plotly.graph_objects as go

from dashboard.embed import ChartWords
from dashboard.i18n import t
from validation.currencies import name_ar, name_en, symbol
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
# Bidi isolates: Arabic mixed with digits (and English inside Arabic) stays in order.
RLI, LRI, PDI = "\u2067", "\u2066", "\u2069"
# Characters a line of words drawn inside a plot: a phone leaves the plot ~300 px.
IN_PLOT = 28
AXIS_LABEL = 18  # characters of a category label on an axis: a phone keeps room for the plot


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


def shortened(text: str, limit: int = AXIS_LABEL) -> str:
    """``text`` cut to ``limit`` characters at a word's end, with an ellipsis (an axis label;
    the hover and the data table keep the whole text).

    >>> shortened("Humanitarian aid to Libya", 18)
    'Humanitarian aid…'
    """
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    cut = head.rsplit(" ", 1)[0] if " " in head else head
    return cut.rstrip(" ·,-") + "…"


def hedge_note(lang: str) -> str:
    return t("chart.hedge_note", lang, tight=f"{float(TIGHT):.0%}", strict=f"{float(STRICT):.0%}")


def chart_config(name: str, lang: str, dataset_id: str) -> dict:
    """Plotly config: PNG export named after the dataset, the chart and the language."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {
            "format": "png",
            "filename": f"factdesk-{dataset_id}-{name}-{lang}",
            "scale": 2,
        },
    }


@dataclass(frozen=True)
class Measure:
    """What an amount counts: money in one currency, a percent, or a count. Amounts of two
    measures never share an axis: they are not comparable."""

    unit: str
    currency: str | None = None

    def label(self, value: float, lang: str) -> str:
        """An axis or hover label only, never a checked value: 850000000 → '$850 million'."""
        if self.unit == "percent":
            return f"{value:,.4g}%"
        number = scaled_number(value, lang)
        if self.unit != "money":
            return number
        if lang == "ar":
            return f"{number} {name_ar(self.currency)}".strip()
        sign = symbol(self.currency)
        return f"{sign}{number}" if sign else f"{self.currency} {number}"

    def axis_title(self, lang: str) -> str:
        if self.unit == "money":
            name = name_ar(self.currency) if lang == "ar" else name_en(self.currency)
            return t("axis.amount", lang, currency=name)
        return t(f"axis.{self.unit}", lang)


def scaled_number(value: float, lang: str) -> str:
    """1.2e9 → '1.2 billion'; 605e6 → '605 million'; smaller numbers in full."""
    if value >= 1e9:
        return t("money.billion", lang, value=f"{value / 1e9:,.3g}")
    if value >= 1e6:
        return t("money.million", lang, value=f"{value / 1e6:,.5g}")
    return f"{value:,.0f}"


def measure_of(row) -> Measure:
    """The measure of a figure (or context) row: its unit and, for money, its currency."""
    unit = getattr(row, "unit", "money")
    currency = getattr(row, "currency", None)
    return Measure(unit, currency if unit == "money" and isinstance(currency, str) else None)


def value_axis(x_max: float, lang: str, measure: Measure) -> dict:
    """Tick positions at round amounts, labelled in the measure's words."""
    raw = x_max / 6
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    ticks = [i * step for i in range(int(x_max // step) + 1)]
    return {
        "tickvals": ticks,
        "ticktext": ["0" if v == 0 else isolate(measure.label(v, lang), lang) for v in ticks],
        "range": [0, x_max],
        "title": {"text": measure.axis_title(lang)},
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
    source: str,
    notes: list[tuple[str, str]] | None = None,
    legend_rows: int = 1,
    axis_space: int = 62,
    alt: str = "",
) -> None:
    """The figure holds marks and axes only; its words (the title, the dataset's source
    line, the hedge note, ``notes`` as (text, its language) pairs, ``alt`` the description
    written from the data) are HTML around it (Datawrapper's split): they wrap at any width,
    read right to left in Arabic and reach screen readers.

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
                "source": source,
                "notes": [(hedge_note(lang), lang), *(notes or [])],
            }
        },
    )
    fig.update_xaxes(automargin=True)
    fig.update_yaxes(automargin=True)
