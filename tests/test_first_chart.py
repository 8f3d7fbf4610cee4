"""The figures page's kept first chart: a first view with none builds the page and keeps its
first chart; the next first view (a new session, or a new server) sends that very chart
without loading the dataset or importing pandas; an edit to the data or another language is
another key, and a damaged entry is only a chart built again."""

from __future__ import annotations

import json
import subprocess
import sys

import plotly.io as pio
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard import first_chart, pacing
from tests.conftest import LIBYA, ROOT
from validation import checked_cache

APP = ROOT / "dashboard" / "app.py"


def first_view() -> AppTest:
    """A reader opening /figures directly: no other page runs first."""
    at = AppTest.from_file(str(APP), default_timeout=180)
    at.query_params["lang"] = "en"
    at.switch_page("views/figures.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def spec_of(at: AppTest) -> str:
    (chart,) = at.get("plotly_chart")
    return chart.proto.spec


def test_the_first_view_keeps_its_chart_and_the_next_sends_it_without_the_dataset():
    assert first_chart.kept(LIBYA, "en") is None
    built = spec_of(first_view())
    name, figure = first_chart.kept(LIBYA, "en")
    assert name.startswith("hierarchy") and figure.data[0].type == "icicle"
    st.cache_data.clear()  # a new server's caches: the dataset would have to be loaded
    before = dict(checked_cache.counters)
    again = first_view()
    assert json.loads(spec_of(again)) == json.loads(built)  # the same chart
    assert checked_cache.counters == before  # and the dataset was not asked for
    assert len(again.get("bidi_component")) == 1  # the rest still follows once drawn


def test_an_edit_to_the_data_or_another_language_is_another_key(libya_copy):
    key = first_chart.key(libya_copy, "en")
    assert first_chart.key(libya_copy, "ar") != key
    figures = libya_copy / "figures.csv"
    figures.write_bytes(figures.read_bytes() + b"\n")
    assert first_chart.key(libya_copy, "en") not in (key, None)


def test_a_damaged_entry_is_only_a_chart_built_again(libya_copy):
    key = first_chart.key(libya_copy, "en")
    path = first_chart.entry_path(key)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"name": "hierarchy-1", "figure": {"da', encoding="utf-8")
    assert first_chart.kept(libya_copy, "en") is None


FIRST_VIEW_IN_A_NEW_PROCESS = """
import sys
from streamlit.testing.v1 import AppTest
at = AppTest.from_file(sys.argv[1], default_timeout=180)
at.query_params["lang"] = "en"
at.switch_page("views/figures.py").run()
assert not at.exception, [e.value for e in at.exception]
print(len(at.get("plotly_chart")), "pandas" in sys.modules)
"""


def test_a_new_server_s_first_view_of_a_kept_chart_imports_no_pandas():
    def new_process() -> str:
        run = subprocess.run(
            [sys.executable, "-c", FIRST_VIEW_IN_A_NEW_PROCESS, str(APP)],
            cwd=ROOT, capture_output=True, text=True, timeout=600, check=True,
        )  # fmt: skip
        return run.stdout.split()

    assert new_process() == ["1", "True"]  # nothing kept yet: built from the dataset
    assert new_process() == ["1", "False"]  # kept: the chart alone, no pandas


def test_make_run_keeps_each_language_s_first_chart_as_the_page_shows_it():
    assert first_chart.keep_the_desk() == 0
    for lang in ("en", "ar"):
        name, figure = first_chart.kept(LIBYA, lang)
        at = AppTest.from_file(str(APP), default_timeout=180)
        at.query_params["lang"] = lang
        at.switch_page("views/figures.py").run()
        at.session_state[pacing.DRAWN] = True  # the whole page, built from the dataset
        at.run()
        built = json.loads(at.get("plotly_chart")[0].proto.spec)
        assert built == json.loads(pio.to_json(figure)) and figure.data[0].type == "icicle"
        assert at.download_button[0].key == f"embed-{name}"  # the first chart's own embed
