"""A chart's embed opened as a desk editor would: from ``file://`` in Chromium with every
request that leaves the file system refused. It must draw its chart, read right to left in
Arabic, carry its alt text, and resize with its container; a bundle's page must draw too,
loading the one plotly.min.js beside it. Both datasets of the desk: the shipped one in US
dollars and the Jordanian test article in dinars."""

from __future__ import annotations

from functools import cache

import pytest

from dashboard import charts
from dashboard.chart_set import dataset_charts
from dashboard.data import check_folder
from dashboard.embed import bundle_files, embed_file_name, embed_html
from tests.conftest import DESK

pytestmark = pytest.mark.e2e

TIMEOUT = 30_000  # ms


@cache
def charts_of(dataset: str) -> list:
    """(name, figure, words) of every chart of a dataset of the desk, in both languages."""
    checked = check_folder(DESK[dataset])
    return [
        (chart.name, chart.figure, charts.words_of(chart.figure))
        for lang in ("en", "ar")
        for chart in dataset_charts(checked, lang)
    ]


def offline_page(browser, width: int = 900):
    """A tab whose every request other than file:// is aborted (and counted)."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    refused: list[str] = []

    def refuse(route):
        refused.append(route.request.url)
        route.abort()

    context.route(lambda url: not url.startswith("file://"), refuse)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    return context, page, refused, errors


def drawn(page, plot_id: str) -> dict:
    page.wait_for_selector(f"#{plot_id} svg.main-svg", timeout=TIMEOUT)
    return page.evaluate(
        """id => {
          const plot = document.getElementById(id);
          const svg = plot.querySelector('svg.main-svg');
          return {marks: plot.querySelectorAll('g.trace, g.slice').length,
                  width: svg.getBoundingClientRect().width,
                  dir: document.documentElement.dir, lang: document.documentElement.lang,
                  alt: document.getElementById(id + '-alt').textContent,
                  described: document.querySelector('figure').getAttribute('aria-describedby'),
                  title: document.querySelector('figcaption h2').textContent};
        }""",
        plot_id,
    )


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("dataset", DESK)
def test_a_single_file_draws_offline_from_file(browser, tmp_path, dataset, lang):
    name, fig, words = next(c for c in charts_of(dataset) if c[2].lang == lang)
    path = tmp_path / embed_file_name(name, lang)
    path.write_bytes(embed_html(fig, words, name))
    context, page, refused, errors = offline_page(browser)
    try:
        page.goto(path.as_uri())
        seen = drawn(page, f"{name}-{lang}")
        page.set_viewport_size({"width": 390, "height": 844})
        page.wait_for_timeout(600)  # plotly's responsive resize runs on the window's resize
        narrow = page.evaluate(
            "id => document.querySelector('#' + id + ' svg.main-svg').getBoundingClientRect()"
            ".width",
            f"{name}-{lang}",
        )
    finally:
        context.close()
    assert seen["marks"] > 0
    assert (seen["dir"], seen["lang"]) == ({"en": "ltr", "ar": "rtl"}[lang], lang)
    assert seen["alt"] == words.alt and seen["described"] == f"{name}-{lang}-alt"
    assert seen["title"] == words.title
    assert seen["width"] > 800 and narrow <= 390
    assert refused == [] and errors == []


@pytest.mark.parametrize("dataset", DESK)
def test_every_chart_of_a_bundle_draws_offline_with_the_one_shared_script(
    browser, tmp_path, dataset
):
    charts = charts_of(dataset)
    for file_name, data in bundle_files(charts).items():
        (tmp_path / file_name).write_bytes(data)
    context, page, refused, errors = offline_page(browser)
    try:
        for name, _, words in charts:
            page.goto((tmp_path / embed_file_name(name, words.lang)).as_uri())
            assert drawn(page, f"{name}-{words.lang}")["marks"] > 0, name
    finally:
        context.close()
    assert refused == [] and errors == []
