"""dashboard/embed.py: a chart as one HTML file, its words around the plot, a bundle that
shares one plotly.js; the bytes are deterministic and no text can break out of its element."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import plotly.graph_objects as go
import pytest
from plotly.offline import get_plotlyjs

from dashboard.embed import (
    PLOTLY_SCRIPT,
    ChartWords,
    bundle_files,
    caption_html,
    embed_file_name,
    embed_html,
    notes_html,
)

HOSTILE = "</script><script>alert(1)</script><img src=x onerror=alert(1)>"


def bars(hover: str = "f01") -> go.Figure:
    return go.Figure(
        go.Bar(x=[850e6, 605e6], y=["f01", "f02"], orientation="h", hovertext=[hover, "f02"]),
        layout={"height": 320, "width": 900},
    )


WORDS = {
    "en": ChartWords(
        lang="en",
        title="More than $850 million in all",
        alt="Bar chart of 2 figures: the largest is more than $850 million.",
        description="Each figure as the article states it.",
        source="Source: a fact sheet",
        notes=(("Hedged numbers are ranges.", "en"),),
    ),
    "ar": ChartWords(
        lang="ar",
        title="أكثر من 850 مليون دولار إجمالًا",
        alt="رسم بالأعمدة لرقمين: أكبرهما أكثر من 850 مليون دولار.",
        source="المصدر: صحيفة وقائع",
        notes=(("605 + ≈269 = 860.6–874", "en"),),
    ),
}


def text_of(page: bytes) -> str:
    return page.decode("utf-8")


class Tags(HTMLParser):
    """The elements a browser's parser sees (a script's content is text, not markup)."""

    def __init__(self):
        super().__init__()
        self.seen: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.seen.append(tag)


def tags_of(page: bytes) -> list[str]:
    parser = Tags()
    parser.feed(text_of(page))
    return parser.seen


@pytest.mark.parametrize(
    ("lang", "opening"),
    [("en", '<html lang="en" dir="ltr">'), ("ar", '<html lang="ar" dir="rtl">')],
)
def test_the_page_takes_the_language_and_its_direction(lang, opening):
    page = text_of(embed_html(bars(), WORDS[lang], "totals"))
    assert opening in page
    # The plot itself stays left to right inside an Arabic page (tooltips misplace otherwise).
    assert (
        f'<div class="fd-plot" dir="ltr" role="img" aria-labelledby="totals-{lang}-title"' in page
    )


def test_title_description_notes_and_alt_text_are_html_around_the_plot():
    page = text_of(embed_html(bars(), WORDS["en"], "totals"))
    assert '<h2 class="fd-title" id="totals-en-title">More than $850 million in all</h2>' in page
    assert '<p class="fd-description">Each figure as the article states it.</p>' in page
    assert '<footer class="fd-notes"><p>Source: a fact sheet</p><p>Hedged numbers' in page
    assert (
        '<figure class="fd-chart" aria-labelledby="totals-en-title" '
        'aria-describedby="totals-en-alt">' in page
    )
    assert (
        '<p class="fd-alt" id="totals-en-alt">Bar chart of 2 figures: the largest is more than '
        "$850 million.</p>" in page
    )
    assert "<title>More than $850 million in all</title>" in page


def test_an_english_note_in_an_arabic_chart_is_isolated_left_to_right():
    assert notes_html(WORDS["ar"]) == (
        '<p>المصدر: صحيفة وقائع</p><p><bdi dir="ltr" lang="en">605 + ≈269 = 860.6–874</bdi></p>'
    )


def test_the_plot_fills_its_container_and_resizes_with_it():
    page = text_of(embed_html(bars(), WORDS["en"], "totals"))
    call = re.search(r"Plotly\.newPlot\(\"totals-en\",(.*)\);</script>", page).group(1)
    data, layout, config = json.loads(f"[{call}]")
    assert data[0]["type"] == "bar"
    assert layout["autosize"] is True and "width" not in layout and layout["height"] == 320
    assert config == {"displaylogo": False, "responsive": True}


def test_a_single_file_inlines_plotly_and_loads_nothing_from_outside():
    page = text_of(embed_html(bars(), WORDS["ar"], "totals"))
    assert get_plotlyjs() in page
    assert "src=" not in page.replace(get_plotlyjs(), "")
    assert "http://" not in page.replace(get_plotlyjs(), "")


def test_two_writes_are_byte_identical():
    assert embed_html(bars(), WORDS["ar"], "totals") == embed_html(bars(), WORDS["ar"], "totals")


def test_no_text_of_the_data_or_the_words_closes_the_script_or_adds_markup():
    words = ChartWords(lang="en", title=HOSTILE, alt=HOSTILE, source=HOSTILE)
    page = text_of(embed_html(bars(hover=HOSTILE), words, "totals"))
    tags = tags_of(page.encode())
    assert tags.count("script") == 2  # plotly.js, then the plot call
    assert "img" not in tags
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in caption_html(words)
    # In the plot's JSON the hostile text survives as data, its "</" escaped for the parser.
    assert '"<\\/script><script>alert(1)<\\/script><img src=x onerror=alert(1)>"' in page


def test_a_bundle_shares_one_plotly_script_and_each_chart_stays_small():
    charts = [(name, bars(), WORDS[lang]) for name in ("totals", "parts") for lang in WORDS]
    files = bundle_files(charts)
    assert list(files) == [
        "parts-ar.html",
        "parts-en.html",
        PLOTLY_SCRIPT,
        "totals-ar.html",
        "totals-en.html",
    ]
    assert files[PLOTLY_SCRIPT] == get_plotlyjs().encode("utf-8")
    for name, page in files.items():
        if name.endswith(".html"):
            assert f'<script src="{PLOTLY_SCRIPT}"></script>' in text_of(page)
            assert len(page) < 40_000
    assert files == bundle_files(charts)


def test_a_bundle_refuses_two_charts_of_one_name_and_language():
    with pytest.raises(ValueError, match="two charts named 'totals' in en"):
        bundle_files([("totals", bars(), WORDS["en"]), ("totals", bars(), WORDS["en"])])


@pytest.mark.parametrize("name", ["Totals", "../x", "", "a b", "عربي"])
def test_a_chart_name_is_an_ascii_slug(name):
    with pytest.raises(ValueError, match="lowercase letters, digits and '-' only"):
        embed_file_name(name, "en")
