"""How a tool's cost grows with the archive: the straight line through its runs, and the chart.

The line (least squares, through every run of a tool) is what the runner extrapolates with,
what README's growth table reports, and the dotted line of the chart.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bench.targets import TARGETS

if TYPE_CHECKING:
    from bench.runner import Run


@dataclass
class Point:
    articles: int
    rows: int
    run: Run


@dataclass
class Tool:
    """One way of validating the archives (ours or a baseline) and every run of it."""

    name: str
    command: object  # folder → command
    budget: float
    points: list[Point] = field(default_factory=list)

    def line(self, attribute: str) -> tuple[float, float]:
        """Least-squares intercept and slope of ``attribute`` against articles."""
        xs = [p.articles for p in self.points]
        ys = [getattr(p.run, attribute) for p in self.points]
        if len(set(xs)) < 2:
            return (0.0, ys[0] / xs[0]) if xs else (0.0, 0.0)
        slope, intercept = statistics.linear_regression(xs, ys)
        return intercept, max(slope, 0.0)

    def predict(self, attribute: str, articles: int) -> float:
        intercept, slope = self.line(attribute)
        return intercept + slope * articles

    def affordable(self, articles: int) -> int:
        """How many of ``articles`` one run can take within the budget."""
        if self.predict("seconds", articles) <= self.budget:
            return articles
        intercept, slope = self.line("seconds")
        fit = int((self.budget - intercept) / slope) if slope else articles
        return round_down(max(fit, 1))


def round_down(n: int) -> int:
    """Two significant digits, so archives are reused across tools: 437 → 430."""
    size = 10 ** max(len(str(n)) - 2, 0)
    return n // size * size


def growth(tool: Tool) -> dict:
    """How a tool's cost grows: a start-up, then a cost per article (the fitted line)."""
    startup, per_article = tool.line("seconds")
    _, cpu_per_article = tool.line("cpu_seconds")
    base_mb, mb_per_article = tool.line("peak_rss_mb")
    return {
        "startup_seconds": round(startup, 3),
        "seconds_per_article": round(per_article, 4),
        "cpu_seconds_per_article": round(cpu_per_article, 4),
        "startup_mb": round(base_mb, 1),
        "mb_per_article": round(mb_per_article, 4),
        "runs": sorted(p.articles for p in tool.points),
    }


COLOURS = {"factdesk": "#1f77b4", "frictionless": "#d62728", "pandera": "#2ca02c"}
PANELS = ((1, "seconds"), (2, "peak_rss_mb"))  # column of the chart, attribute of a Run


def scaling_figure(tools: dict[str, Tool], sizes: list[int]):
    """Time and memory against archive size, log–log: each tool's runs, its line, the targets."""
    from plotly.subplots import make_subplots

    figure = make_subplots(
        rows=1,
        cols=2,
        subplot_titles=("Time (s, wall)", "Peak memory (MB, RSS)"),
        horizontal_spacing=0.12,
    )
    for key, tool in tools.items():
        add_tool_traces(figure, key, tool, sizes)
    add_target_markers(figure)
    for column, _ in PANELS:
        figure.update_xaxes(type="log", title_text="articles in the archive", row=1, col=column)
        figure.update_yaxes(type="log", row=1, col=column)
    figure.update_layout(
        title="factdesk validate against its baselines, by archive size "
        "(dots: measured; dotted: linear fit used to extrapolate)",
        width=1300,
        height=560,
        template="plotly_white",
        legend={"orientation": "h", "y": -0.2},
    )
    return figure


def add_tool_traces(figure, key: str, tool: Tool, sizes: list[int]) -> None:
    """A tool's measured runs (dots) and its fitted line (dotted), in both panels."""
    import plotly.graph_objects as go

    measured = sorted(tool.points, key=lambda p: p.articles)
    xs = sorted({p.articles for p in measured} | set(sizes))
    style = {"legendgroup": key}
    for column, attribute in PANELS:
        style["showlegend"] = column == 1
        runs = go.Scatter(
            x=[p.articles for p in measured],
            y=[getattr(p.run, attribute) for p in measured],
            mode="markers+lines",
            name=f"{tool.name} (measured)",
            marker={"color": COLOURS[key]},
            line={"color": COLOURS[key]},
            **style,
        )
        fit = go.Scatter(
            x=xs,
            y=[tool.predict(attribute, x) for x in xs],
            mode="lines",
            name=f"{tool.name} (linear fit)",
            line={"color": COLOURS[key], "dash": "dot"},
            **style,
        )
        figure.add_trace(runs, row=1, col=column)
        figure.add_trace(fit, row=1, col=column)


def add_target_markers(figure) -> None:
    """The targets are points (10,000 articles), drawn as data: shapes on log axes take log10."""
    import plotly.graph_objects as go

    for column, value, label in (
        (1, TARGETS["validate_10000_seconds"], "target: 10,000 articles in ≤ 15 s"),
        (2, TARGETS["validate_10000_peak_mb"], "target: ≤ 1.5 GB at 10,000 articles"),
    ):
        marker = go.Scatter(
            x=[10_000],
            y=[value],
            mode="markers+text",
            text=[label],
            textposition="bottom left",
            marker={"symbol": "star", "size": 14, "color": "black"},
            name="target",
            showlegend=column == 1,
        )
        figure.add_trace(marker, row=1, col=column)


def write_chart(tools: dict[str, Tool], sizes: list[int], out: Path, log) -> tuple[str, str]:
    """The chart as PNG (kaleido); as self-contained HTML when kaleido cannot render."""
    figure = scaling_figure(tools, sizes)
    try:
        (out / "scaling.png").write_bytes(figure.to_image(format="png", scale=1))
        (out / "scaling.html").unlink(missing_ok=True)
        return "scaling.png", ""
    except Exception as error:  # kaleido missing, or no browser for it
        figure.write_html(out / "scaling.html", include_plotlyjs=True)
        (out / "scaling.png").unlink(missing_ok=True)
        reason = f"PNG export unavailable ({type(error).__name__}: {error}); chart written as HTML"
        log(reason)
        return "scaling.html", reason
