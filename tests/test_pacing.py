"""/figures on a session's first view: the first chart alone and the watcher; the whole page
once the watcher says the browser drew it (here the test says so, as its callback does)."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest

from dashboard import pacing
from dashboard.i18n import t
from tests.conftest import ROOT

APP = ROOT / "dashboard" / "app.py"


def first_view() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=180)
    at.query_params["lang"] = "en"
    at.run()
    at.switch_page("views/figures.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_a_first_view_sends_the_first_chart_alone_with_the_watcher():
    at = first_view()
    (chart,) = at.get("plotly_chart")
    assert json.loads(chart.proto.spec)["data"][0]["type"] == "icicle"  # the hierarchy first
    assert len(at.get("bidi_component")) == 1
    headings = "\n".join(m.value for m in at.markdown)
    assert t("context.heading", "en") not in headings


def test_once_drawn_the_page_runs_again_whole_and_stays_whole():
    at = first_view()
    at.session_state[pacing.DRAWN] = True  # what the watcher's on_drawn_change sets
    at.run()
    assert not at.exception
    specs = [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]
    assert len(specs) == 5 and specs[0]["data"][0]["type"] == "icicle"
    assert not at.get("bidi_component")
    assert t("context.heading", "en") in "\n".join(m.value for m in at.markdown)
    at.switch_page("views/overview.py").run()
    at.switch_page("views/figures.py").run()
    assert len(at.get("plotly_chart")) == 5


def test_the_watcher_says_drawn_as_the_callback_is_named():
    assert 'setTriggerValue("drawn", true)' in pacing.WATCHER_JS
    assert "svg.main-svg" in pacing.WATCHER_JS  # a drawn chart, not only its container
