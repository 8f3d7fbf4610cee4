"""The figure builders, without Streamlit: the numbers and hedges a reader sees are in the
figure, every interval is drawn as an interval, and Arabic keeps a left-to-right axis."""

from __future__ import annotations

import json
from pathlib import Path

import plotly.graph_objects as go
import pytest

from dashboard import charts
from dashboard.article import article_of
from dashboard.charts.layout import PDI, RLI, Measure
from dashboard.data import context_with_intervals
from dashboard.i18n import t
from tests.conftest import JO_WATER, LIBYA
from validation import results
from validation.derived import events_with_display, figures_with_intervals
from validation.engine import check_dataset
from validation.load import load_dataset

LANGS = ["en", "ar"]
USD = Measure("money", "USD")


def checked_folder(folder: Path) -> dict:
    dataset = load_dataset(folder)
    report, tables = check_dataset(dataset)
    figures = figures_with_intervals(tables["figures"])
    context = tables.get("context_figures")
    return {
        "dataset": dataset,
        "tables": tables,
        "checks": [c.as_json() for c in report.checks],
        "figures": figures,
        "events": events_with_display(tables["events"]),
        "context": context_with_intervals(context) if context is not None else None,
        "article": article_of(dataset.id, dataset.metadata, figures),
    }


@pytest.fixture(scope="module")
def checked():
    return checked_folder(LIBYA)


@pytest.fixture(scope="module")
def water():
    return checked_folder(JO_WATER)


def measures(checked) -> dict:
    return {row.figure_id: charts.measure_of(row) for row in checked["figures"].itertuples()}


def check(checked, check_id: str) -> dict:
    return next(c for c in checked["checks"] if c["id"] == check_id)


def fit(checked, check_id: str) -> results.PartsFit:
    """A parts_fit verdict as the charts take it: typed (validation/results.py)."""
    return results.parts_fit_of(check(checked, check_id))


def spec(fig: go.Figure) -> str:
    """The figure as the browser receives it (plotly JSON, non-ASCII kept)."""
    return json.dumps(fig.to_plotly_json(), ensure_ascii=False, default=str)


def annotation_texts(fig: go.Figure) -> str:
    """Every annotation's words, with line breaks and bidi isolates taken out."""
    text = " ".join(a.text or "" for a in fig.layout.annotations).replace("<br>", " ")
    return text.translate({ord(c): None for c in "\u2066\u2067\u2069"})


def words_text(fig: go.Figure) -> str:
    """The words under a chart (source line and notes), as the HTML around it shows them."""
    words = charts.words_of(fig)
    return " ".join([words.source, *(text for text, _ in words.notes)])


def assert_reads_left_to_right(fig: go.Figure) -> None:
    axis = fig.layout.xaxis
    assert axis.autorange != "reversed"
    if axis.range is not None:
        assert str(axis.range[0]) < str(axis.range[1]) or axis.range[0] < axis.range[1]


@pytest.mark.parametrize("lang", LANGS)
def test_intervals_chart_shows_850_million_with_its_hedge(checked, lang):
    fig = charts.intervals_chart(checked["figures"], lang, checked["article"], USD)
    text = spec(fig)
    assert "850000000" in text
    wording = "more than $850 million" if lang == "en" else "أكثر من 850 مليون دولار"
    assert wording in text
    assert [trace.type for trace in fig.data] == ["bar", "bar", "scatter"]
    strict, tight, stated = fig.data
    assert list(stated.x) == [850000000, 605000000, 269000000, 11000000]
    assert len(strict.y) == len(tight.y) == 4


@pytest.mark.parametrize("lang", LANGS)
def test_open_ended_strict_reading_is_drawn_as_an_arrow_to_the_edge(checked, lang):
    fig = charts.intervals_chart(checked["figures"], lang, checked["article"], USD)
    strict = fig.data[0]
    x_max = fig.layout.xaxis.range[1]
    # f01 "more than 850": the strict band runs from 850M to the edge of the plot …
    assert strict.base[0] == 850_000_000
    assert strict.base[0] + strict.x[0] == pytest.approx(x_max)
    # … with an arrow and the words "no upper bound"
    assert any(a.showarrow and a.x == x_max for a in fig.layout.annotations)
    assert t("legend.no_upper", lang) in annotation_texts(fig)


def test_tight_and_strict_readings_differ_from_an_exact_value(checked):
    """nearly 269: tight [255.55, 269], strict [215.2, 269]; exact 605: a single point."""
    fig = charts.intervals_chart(checked["figures"], "en", checked["article"], USD)
    strict, tight, _ = fig.data
    rows = {label.split(" · ")[0]: i for i, label in enumerate(strict.y)}
    f03, f02 = rows["f03"], rows["f02"]
    assert (tight.base[f03], tight.base[f03] + tight.x[f03]) == (255_550_000, 269_000_000)
    assert (strict.base[f03], strict.base[f03] + strict.x[f03]) == (215_200_000, 269_000_000)
    assert tight.x[f02] == strict.x[f02] == 0
    assert strict.marker.pattern.shape == "/" and tight.marker.pattern.shape is None


@pytest.mark.parametrize("lang", LANGS)
def test_arabic_mode_keeps_a_left_to_right_axis(checked, lang):
    figures, events = checked["figures"], checked["events"]
    built = [
        charts.intervals_chart(figures, lang, checked["article"], USD),
        charts.parts_vs_whole_chart(
            figures, fit(checked, "consistency.parts_fit.f01"), lang, checked["article"]
        ),
        charts.timeline_chart(events, checked["tables"]["entities"], lang, checked["article"]),
        charts.context_chart(checked["context"], checked["checks"], lang, checked["article"]),
    ]
    for fig in built:
        assert_reads_left_to_right(fig)
    if lang == "ar":
        assert all(fig.layout.yaxis.side == "right" for fig in built)


def test_arabic_labels_sit_in_bidi_isolates(checked):
    fig = charts.intervals_chart(checked["figures"], "ar", checked["article"], USD)
    labels = list(fig.data[0].y)
    assert all(RLI in label and PDI in label for label in labels)
    assert "\u2067أكثر من 850 مليون دولار\u2069" in spec(fig)


@pytest.mark.parametrize("lang", LANGS)
def test_hover_shows_the_arabic_quote_and_the_english_wording(checked, lang):
    fig = charts.intervals_chart(checked["figures"], lang, checked["article"], USD)
    f01_hover = fig.data[2].hovertext[0]
    assert "أكثر من 850 مليون دولار" in f01_hover
    assert "more than $850 million" in f01_hover


@pytest.mark.parametrize("lang", LANGS)
def test_hierarchy_nests_total_parts_and_covid(checked, lang):
    fig = charts.hierarchy_chart(checked["figures"], lang, checked["checks"], checked["article"])
    icicle = fig.data[0]
    assert icicle.type == "icicle"
    assert list(icicle.ids) == ["f01", "f02", "f03", "f04"]
    assert list(icicle.parents) == ["", "f01", "f01", "f03"]
    # The headline box holds its parts (874M from the parts_fit check), the others their amount
    sum_high = fit(checked, "consistency.parts_fit.f01").sum.tight.high
    assert list(icicle.values) == [sum_high, 605_000_000, 269_000_000, 11_000_000]
    wording = "more than $850 million" if lang == "en" else "أكثر من 850 مليون دولار"
    assert wording in icicle.text[0] and wording in charts.words_of(fig).title


@pytest.mark.parametrize("lang", LANGS)
def test_parts_vs_whole_annotates_the_gap_from_the_check(checked, lang):
    parts_fit = fit(checked, "consistency.parts_fit.f01")
    fig = charts.parts_vs_whole_chart(checked["figures"], parts_fit, lang, checked["article"])
    names = [trace.name for trace in fig.data]
    assert len(fig.data) == 6  # two stacked parts, the parts' sum, strict, tight, stated
    assert names[2] == t("legend.sum_parts", lang)
    sum_trace = fig.data[2]
    assert list(sum_trace.x) == [
        parts_fit.sum.tight.low,
        parts_fit.sum.tight.high,
    ]
    assert parts_fit.message in words_text(fig)  # the engine's own message, word for word
    assert USD.label(parts_fit.excess_over_stated, lang) in spec(fig)


def test_parts_title_does_not_claim_an_excess_when_there_is_none(checked):
    fig = charts.parts_vs_whole_chart(
        checked["figures"], fit(checked, "consistency.parts_fit.f03"), "en", checked["article"]
    )
    assert "exceed" not in charts.words_of(fig).title
    assert "fit" in charts.words_of(fig).title


@pytest.mark.parametrize("lang", LANGS)
def test_timeline_draws_each_event_at_its_precision(checked, lang):
    events = checked["events"]
    fig = charts.timeline_chart(events, checked["tables"]["entities"], lang, checked["article"])
    drawn_ids = {label.split(" · ")[0] for trace in fig.data for label in trace.y if label}
    assert drawn_ids == set(events["event_id"])
    spans = [trace for trace in fig.data if trace.mode == "lines"]
    points = [trace for trace in fig.data if (trace.mode == "markers" and "a day" in trace.name)
              or (trace.mode == "markers" and "يوم" in trace.name)]  # fmt: skip
    # month and year events are spans from their first day to the day after their last
    span_count = sum(len([x for x in trace.x if x is not None]) // 2 for trace in spans)
    assert span_count == int((events["precision"] != "day").sum())
    e04 = events.set_index("event_id").loc["e04"]  # October 2020, inferred
    assert any(
        list(trace.x[i : i + 2]) == ["2020-10-01", "2020-11-01"]
        for trace in spans
        for i in range(0, len(trace.x), 3)
    )
    assert e04.date_basis == "inferred"
    external = [trace for trace in fig.data if trace.name and external_name(lang) in trace.name]
    drawn_days = sum(len(trace.x) for trace in points + external)
    assert drawn_days == int((events["precision"] == "day").sum())
    assert fig.layout.xaxis.type == "date"


def external_name(lang: str) -> str:
    """The words every legend entry of the outside lane starts with."""
    return t("timeline.legend_external", lang, status="").rstrip(" :")


@pytest.mark.parametrize("lang", LANGS)
def test_timeline_puts_outside_events_in_their_own_lane_with_e16_postponed(checked, lang):
    events, verifications = checked["events"], checked["tables"]["verifications"]
    fig = charts.timeline_chart(
        events, checked["tables"]["entities"], lang, checked["article"], verifications=verifications
    )
    outside = set(events.loc[events["date_basis"] == "external", "event_id"])
    lanes = {}
    for trace in fig.data:
        for label in trace.y:
            if label:
                lanes.setdefault(label.split(" · ")[0], set()).add(trace.yaxis)
    # the outside events on the second lane, the article's on the first, none on both
    assert {e for e, axes in lanes.items() if axes == {"y2"}} == outside
    assert {e for e, axes in lanes.items() if axes == {"y"}} == set(events["event_id"]) - outside
    postponed = next(
        trace
        for trace in fig.data
        if trace.name == t("timeline.legend_external", lang, status=t("status.postponed", lang))
    )
    assert [label.split(" · ")[0] for label in postponed.y] == ["e16"]
    assert postponed.x[0] == "2021-12-24"
    # its hover names the verification and its source
    v03 = verifications.set_index("verification_id").loc["v03"]
    assert "v03" in postponed.hovertext[0] and "news.cn" in postponed.hovertext[0]
    assert v03["source_title"][:40] in postponed.hovertext[0].replace("<br>", " ")
    # beside it, the article's scheduled rows of the same elections on the same day
    scheduled = events[
        (events["status"] == "scheduled") & (events["date_first_day"] == "2021-12-24")
    ]
    mark = next(a.text for a in fig.layout.annotations if "e16" in (a.text or ""))
    assert all(event_id in mark for event_id in scheduled["event_id"])
    assert any(shape.x0 == "2021-12-24" for shape in fig.layout.shapes)


def context_points(fig: go.Figure, axes: set[str]) -> dict[str, float]:
    """context_id → amount of every statement marker drawn on these y axes."""
    return {
        context_id: y
        for trace in fig.data
        if trace.customdata is not None and trace.yaxis in axes
        for context_id, y in zip(trace.customdata, trace.y, strict=True)
    }


@pytest.mark.parametrize("lang", LANGS)
def test_context_chart_draws_the_seven_totals_over_time(checked, lang):
    context = checked["context"]
    fig = charts.context_chart(context, checked["checks"], lang, checked["article"])
    grow = check(checked, "consistency.context.totals_grow")
    totals = context.set_index("context_id").loc[grow["details"]["sequence"]]
    # the totals panel may be broken in two (2014 | 2020–2024): its y axes are y and y2
    points = context_points(fig, {"y", "y2"})
    assert points == dict(zip(totals.index, totals["amount"], strict=True))
    assert len(points) == 7 and {850_000_000, 900_000_000} <= set(points.values())
    # the humanitarian subtotals on a panel of their own
    humanitarian = context[context["scope"] == "humanitarian"]
    assert context_points(fig, {"y3"}) == dict(
        zip(humanitarian["context_id"], humanitarian["amount"], strict=True)
    )
    scope = checked["article"].label("context_scopes", "humanitarian", lang)
    assert scope == {"en": "Humanitarian", "ar": "إنسانية"}[lang]  # from the metadata
    assert t("context.panel_scope", lang, scope=scope) in annotation_texts(fig)


@pytest.mark.parametrize("lang", LANGS)
def test_context_chart_marks_the_article_and_its_parts_from_the_checks(checked, lang):
    fig = charts.context_chart(checked["context"], checked["checks"], lang, checked["article"])
    placement = check(checked, "consistency.context.placement")
    parts = fit(checked, "consistency.parts_fit.f01").sum.tight
    name = t("context.legend_article", lang, figure_id=charts.ltr("f01", lang))
    ring = next(trace for trace in fig.data if trace.name == charts.isolate(name, lang))
    assert list(ring.x) == ["2021-06-23"] and list(ring.y) == [850_000_000]
    bracket = next(a for a in fig.layout.annotations if a.axref and a.axref.startswith("x"))
    assert (bracket.ay, bracket.y) == (parts.low, parts.high)
    assert USD.label(placement["details"]["parts_high"], lang) in charts.words_of(fig).title
    # the engine's two context checks, word for word, under the chart
    foot = words_text(fig)
    for check_id in ("consistency.context.placement", "consistency.context.totals_grow"):
        assert check(checked, check_id)["message"] in foot


@pytest.mark.parametrize("lang", LANGS)
def test_context_chart_draws_more_than_as_open_and_a_year_as_a_span(checked, lang):
    context = checked["context"].set_index("context_id")
    fig = charts.context_chart(checked["context"], checked["checks"], lang, checked["article"])
    top = fig.layout.yaxis.range[1]
    arrows = [tr for tr in fig.data if tr.marker and tr.marker.symbol == "triangle-up" and tr.x[0]]
    open_ended = context[(context["scope"] == "total") & context["strict_high"].isna()]
    assert sum(len(trace.x) for trace in arrows) == len(open_ended) == 6
    assert all(y == top for trace in arrows if trace.yaxis == "y" for y in trace.y)
    # x13 "more than $840 million", dated only to 2022: a line from 1 January to 31 December
    spans = [trace for trace in fig.data if trace.mode == "lines" and trace.line.width == 4]
    assert any(
        list(trace.x[i : i + 2]) == ["2022-01-01", "2023-01-01"]
        and trace.y[i] == context.loc["x13", "amount"]
        for trace in spans
        for i in range(0, len(trace.x), 3)
    )


def test_context_table_links_every_statement_to_its_source(checked):
    table = charts.context_table(checked["context"])
    assert len(table) == len(checked["tables"]["context_figures"]) == 15
    assert table["source_url"].str.match(r"^https?://").all()
    x12 = table.set_index("context_id").loc["x12"]
    assert (x12["tight_low"], x12["tight_high"]) == (850_000_000, 892_500_000)


def test_timeline_styles_scheduled_apart_from_occurred_and_marks_inferred(checked):
    events = checked["events"]
    fig = charts.timeline_chart(events, checked["tables"]["entities"], "en", checked["article"])
    by_name = {trace.name: trace for trace in fig.data}
    assert by_name["Scheduled: a day"].marker.symbol == "circle-open"
    assert by_name["Occurred: a day"].marker.symbol == "circle"
    assert by_name["Scheduled: a month or a year (span)"].line.dash == "dash"
    inferred = by_name[t("timeline.legend_inferred", "en")]
    assert len(inferred.x) == int((events["date_basis"] == "inferred").sum())


@pytest.mark.parametrize("lang", LANGS)
def test_every_chart_states_source_hedges_a_finding_and_alt_text_around_it(checked, lang):
    figures, events = checked["figures"], checked["events"]
    built = [
        charts.hierarchy_chart(figures, lang, checked["checks"], checked["article"]),
        charts.intervals_chart(figures, lang, checked["article"], USD),
        charts.parts_vs_whole_chart(
            figures, fit(checked, "consistency.parts_fit.f01"), lang, checked["article"]
        ),
        charts.timeline_chart(events, checked["tables"]["entities"], lang, checked["article"]),
        charts.check_intervals_chart(
            results.arithmetic(checked["checks"]),
            lang,
            checked["article"],
            measures(checked),
        ),
        charts.context_chart(checked["context"], checked["checks"], lang, checked["article"]),
    ]
    article = checked["article"]
    sources = (article.source_line(lang)[:30], article.context_words("source_line", lang)[:30])
    for fig in built:
        words = charts.words_of(fig)
        assert words.lang == lang and words.title and len(words.alt) > 60
        assert any(source in words.source for source in sources)
        assert "20%" in words_text(fig)  # the hedge note names the strict tolerance
        # The figure holds marks and axes only: its words are HTML around it.
        assert fig.layout.title.text is None
        assert not any(source in annotation_texts(fig) for source in sources)
        assert "20%" not in annotation_texts(fig)


def test_hierarchy_check_charts_use_the_check_details(checked):
    hierarchy = results.arithmetic(checked["checks"])
    assert {c.check_id for c in hierarchy} == {
        "consistency.part_within_parent.f02",
        "consistency.part_within_parent.f03",
        "consistency.part_within_parent.f04",
        "consistency.parts_fit.f01",
        "consistency.parts_fit.f03",
    }
    fig = charts.check_intervals_chart(hierarchy, "en", checked["article"], measures(checked))
    panel_titles = [a.text for a in fig.layout.annotations[:5]]
    assert panel_titles == [f"✓ {c.check_id}" for c in hierarchy]  # short enough for a phone
    notes = [text for text, _ in charts.words_of(fig).notes]
    assert notes[1:] == [f"✓ {c.check_id}: {c.message}" for c in hierarchy]
    assert "5 hierarchy checks: 5 passed" in charts.words_of(fig).title
    # one strict band, one tight band and (f02 being exact) one point in the first panel
    first_panel = [trace for trace in fig.data if trace.xaxis == "x"]
    assert [trace.type for trace in first_panel] == ["bar", "bar", "scatter"]
    assert list(first_panel[2].x) == [605_000_000]  # the exact part is drawn as a point
    f01_whole = first_panel[0]
    assert f01_whole.base[1] == 850_000_000  # f01's strict reading starts at 850M …
    table = charts.check_intervals_table(hierarchy, measures(checked))
    assert len(table) == 10 and table["strict_high"].isna().sum() == 3  # … and is open


@pytest.mark.parametrize("lang", LANGS)
def test_png_export_has_a_sensible_ascii_file_name(lang):
    config = charts.chart_config("intervals", lang, "jo-water-2024")
    options = config["toImageButtonOptions"]
    assert options["format"] == "png"
    assert options["filename"] == f"factdesk-jo-water-2024-intervals-{lang}"
    assert options["filename"].isascii()


# --- the second dataset: another currency, two headline totals, percents and counts --------


@pytest.mark.parametrize("lang", LANGS)
def test_a_dataset_in_dinars_draws_its_money_in_dinars(water, lang):
    money = [(m, f) for m, f in charts.by_measure(water["figures"]) if m.unit == "money"]
    assert [m.currency for m, _ in money] == ["JOD"]
    fig = charts.intervals_chart(money[0][1], lang, water["article"], money[0][0])
    axis = fig.layout.xaxis
    name = {"en": "Jordanian dinars", "ar": "دينار أردني"}[lang]
    assert axis.title.text == t("axis.amount", lang, currency=name)
    assert any(name in text or "JOD" in text for text in axis.ticktext)
    drawn = spec(fig)
    for foreign in ("$", "US dollars", "دولار", "Libya", "ليبيا", "State Department"):
        assert foreign not in drawn


@pytest.mark.parametrize("lang", LANGS)
def test_every_measure_gets_its_own_interval_chart(water, lang):
    measures = charts.by_measure(water["figures"])
    assert [(m.unit, m.currency) for m, _ in measures] == [
        ("money", "JOD"),
        ("percent", None),
        ("count", None),
    ]
    percents = dict(measures)[Measure("percent")]
    fig = charts.intervals_chart(percents, lang, water["article"], Measure("percent"))
    assert fig.layout.xaxis.title.text == t("axis.percent", lang)
    assert "46%" in " ".join(fig.layout.xaxis.ticktext) or "40%" in " ".join(
        fig.layout.xaxis.ticktext
    )


@pytest.mark.parametrize("lang", LANGS)
def test_two_headline_totals_give_two_hierarchies(water, lang):
    trees = charts.trees(water["figures"])
    assert [sorted(tree["figure_id"]) for tree in trees] == [["f01", "f02", "f03"], ["f05", "f06"]]
    for tree in trees:
        fig = charts.hierarchy_chart(tree, lang, water["checks"], water["article"])
        assert set(fig.data[0].ids) == set(tree["figure_id"])


@pytest.mark.parametrize("lang", LANGS)
def test_every_chart_of_the_second_dataset_carries_its_own_source_line(water, lang):
    article = water["article"]
    figures = water["figures"]
    built = [
        charts.hierarchy_chart(charts.trees(figures)[0], lang, water["checks"], article),
        charts.parts_vs_whole_chart(
            figures, fit(water, "consistency.parts_fit.f05"), lang, article
        ),
        charts.timeline_chart(
            water["events"], water["tables"]["entities"], lang, article,
            window=article.windows(water["events"])[0],
        ),
    ]  # fmt: skip
    for fig in built:
        words = charts.words_of(fig)
        assert words.source == article.source_line(lang)
        assert "State Department" not in words_text(fig) + annotation_texts(fig)
    for fig in built[:2]:  # the money charts describe their amounts in dinars
        assert ("دينار" if lang == "ar" else "JOD") in charts.words_of(fig).alt


def test_without_windows_in_its_metadata_the_timeline_spans_every_date(water):
    (window,) = water["article"].windows(water["events"])
    # 8% of the span of its dates (2023-10-03 to 2025-12-31) on either side
    assert (window.start, window.end) == ("2023-07-30", "2026-03-06")
    assert window.name("ar") == t("timeline.window_every", "ar")


def test_the_libya_windows_come_from_its_metadata(checked):
    windows = checked["article"].windows(checked["events"])
    assert [(w.id, w.start, w.end) for w in windows] == [
        ("all", "2010-07-01", "2022-06-30"),
        ("recent", "2020-08-01", "2022-01-31"),
    ]


def test_an_event_type_label_in_arabic_is_the_datasets_own(water):
    fig = charts.timeline_chart(
        water["events"], water["tables"]["entities"], "ar", water["article"]
    )
    labels = {label for trace in fig.data for label in trace.y if label}
    assert any("حملة" in label or "وزارة المياه والري" in label for label in labels)


@pytest.mark.parametrize("lang", LANGS)
def test_words_near_the_start_of_the_window_reach_into_it(water, lang):
    """On a phone the plot is ~250 px: the publication's words and the word by an inferred
    date sit on the side of their mark with room, in short lines."""
    article = water["article"]
    (window,) = article.windows(water["events"])
    fig = charts.timeline_chart(
        water["events"], water["tables"]["entities"], lang, article, window=window,
        publication=water["dataset"].metadata["publication_date"],
    )  # fmt: skip
    inferred = next(tr for tr in fig.data if tr.name == t("timeline.legend_inferred", lang))
    assert list(inferred.x) == ["2024-01-01", "2024-03-01"]  # early in 2023-07 … 2026-03
    assert list(inferred.textposition) == ["middle right", "middle right"]
    publication = next(
        a for a in fig.layout.annotations if "2024" in (a.text or "") and a.yref == "paper"
    )
    assert publication.xanchor == "left"
    assert all(len(line) <= 22 for line in publication.text.split("<br>"))
