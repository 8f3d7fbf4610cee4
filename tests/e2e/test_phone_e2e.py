"""Every chart readable on a phone: Chromium at 390×844 and at 1400×1000, both languages,
every page with a chart, for both datasets of the desk (the shipped Libyan article in US
dollars and the Jordanian test article in dinars, with two totals and three measures). No text of any chart (the SVG ``text`` elements: titles, ticks,
legends, annotations) may be drawn outside the screen or outside its chart's box, no chart
may be wider than the screen, and no page may show an exception box.

Each chart is scrolled into view and photographed as a reader sees it, under
build/screenshots/phone/<viewport>/<dataset>/; the measurements of a run land beside them
in <page>-<lang>.json.
"""

from __future__ import annotations

import json

import pytest

from dashboard.i18n import t
from tests.conftest import JO_WATER, LIBYA
from tests.e2e.drawn import wait_for_charts

pytestmark = pytest.mark.e2e

VIEWPORTS = {"phone": (390, 844), "desktop": (1400, 1000)}
# dataset → page → the charts it draws: Libya's hierarchy, intervals, two parts charts and
# the headline in context; Jordan's two hierarchies, three measures and two parts charts.
CHART_PAGES = {
    LIBYA.name: {"figures": 5, "timeline": 1, "consistency": 1},
    JO_WATER.name: {"figures": 7, "timeline": 1, "consistency": 1},
}
PAGES = [(dataset, name) for dataset, pages in CHART_PAGES.items() for name in pages]
TIMEOUT = 90_000  # ms: the first page of a cold server loads and checks the dataset
SLACK = 1  # px: a glyph's antialiasing may reach a pixel past its box

# Every chart's SVG texts with their boxes, the chart's box and the widest SVG, in one call.
MEASURE = """
() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')].map((chart, index) => {
  const box = chart.getBoundingClientRect();
  const texts = [...chart.querySelectorAll('.js-plotly-plot svg text')]
    .map(node => ({node, rect: node.getBoundingClientRect()}))
    .filter(({node, rect}) => rect.width > 0 && node.textContent.trim() !== ''
            && getComputedStyle(node).visibility !== 'hidden'
            && getComputedStyle(node).display !== 'none')
    .map(({node, rect}) => ({text: node.textContent.trim().slice(0, 80),
                             left: rect.left, right: rect.right}));
  const svgs = [...chart.querySelectorAll('svg.main-svg')].map(s => s.getBoundingClientRect());
  return {index, left: box.left, right: box.right, width: box.width,
          svg_width: Math.max(0, ...svgs.map(r => r.width)), texts};
})
"""

# The chart at the top of its scrolling box, then 140 px back: its HTML title shows.
SCROLL_TO_TITLE = """
node => {
  node.scrollIntoView({block: 'start'});
  let box = node.parentElement;
  while (box && !(['auto', 'scroll'].includes(getComputedStyle(box).overflowY)
                  && box.scrollHeight > box.clientHeight)) {
    box = box.parentElement;
  }
  (box || document.scrollingElement).scrollTop -= 140;
}
"""


def open_chart_page(page, base_url: str, dataset: str, name: str, lang: str) -> None:
    page.goto(f"{base_url}/{name}?dataset={dataset}&lang={lang}")
    main = page.locator('[data-testid="stMain"]')
    main.locator("h1", has_text=t(f"{name}.heading", lang)).wait_for(timeout=TIMEOUT)
    wait_for_charts(page, CHART_PAGES[dataset][name], TIMEOUT)
    page.wait_for_timeout(1200)  # late fonts, plotly's autosize and Streamlit's layout settle


def outside(chart: dict, screen_width: int) -> list[dict]:
    """The chart's texts drawn past the screen's edges or past the chart's own box."""
    low = max(0.0, chart["left"]) - SLACK
    high = min(float(screen_width), chart["right"]) + SLACK
    return [text for text in chart["texts"] if text["left"] < low or text["right"] > high]


def photograph(page, folder, name: str, lang: str, count: int) -> None:
    """Each chart scrolled near the top of the screen, its title above it in view (below
    Streamlit's header), and photographed as the reader sees it."""
    charts = page.locator('[data-testid="stPlotlyChart"]')
    for index in range(count):
        charts.nth(index).scroll_into_view_if_needed()
        charts.nth(index).evaluate(SCROLL_TO_TITLE)
        page.wait_for_timeout(250)
        page.screenshot(path=str(folder / f"{name}-{lang}-{index + 1}.png"))


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize(("dataset", "name"), PAGES)
def test_every_chart_fits_the_screen(
    desk_server, browser, screenshots, viewport, lang, dataset, name
):
    base_url, _ = desk_server
    width, height = VIEWPORTS[viewport]
    context = browser.new_context(viewport={"width": width, "height": height}, locale="en-GB")
    try:
        page = context.new_page()
        open_chart_page(page, base_url, dataset, name, lang)
        assert page.locator('[data-testid="stException"]').count() == 0
        charts = page.evaluate(MEASURE)
        embeds = page.locator('[data-testid="stDownloadButton"]', has_text=t("chart.embed", lang))
        embed_buttons = embeds.count()
        folder = screenshots / "phone" / viewport / dataset
        folder.mkdir(parents=True, exist_ok=True)
        photograph(page, folder, name, lang, len(charts))
    finally:
        context.close()
    cut = {chart["index"]: outside(chart, width) for chart in charts}
    too_wide = [c["index"] for c in charts if c["svg_width"] > width + SLACK]
    summary = {
        "viewport": [width, height],
        "charts": len(charts),
        "texts": sum(len(c["texts"]) for c in charts),
        "texts_outside": sum(len(texts) for texts in cut.values()),
        "charts_too_wide": too_wide,
        "outside": {index: texts for index, texts in cut.items() if texts},
    }
    (folder / f"{name}-{lang}.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1))
    assert len(charts) == CHART_PAGES[dataset][name] == embed_buttons
    assert not too_wide, f"charts wider than {width}px: {too_wide}"
    assert summary["texts_outside"] == 0, (
        f"{summary['texts_outside']} chart texts outside the screen: "
        + "; ".join(f"chart {i}: {[x['text'] for x in texts][:6]}" for i, texts in cut.items())
    )
