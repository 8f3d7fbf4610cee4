"""The figures page's first chart alone, and the rest once the reader's browser has drawn it.

Why: the browser loads plotly.js (a 4.7 MB chunk) when the first chart arrives, and every
chart that has arrived by then is drawn before any is shown: a reader opening /figures
waited for five charts, the table under the last and their words (measured with the
benchmark's browser: 3.5–4.6 s of the browser's main thread before a chart showed, against
2.1–2.5 s with the first chart alone). So a session's first view of the page holds the first
chart and a watcher; when a chart is drawn and painted, the watcher asks for the rest, which
comes in a second run of the page. From then on the session gets the whole page at once
(plotly.js is loaded).

The watcher is a Streamlit component of our own (``st.components.v2``): a fixed script that
takes no data and reads nothing from the page but whether a chart's SVG exists; it only
says "drawn" (after 8 s it says so anyway, so a browser that draws no chart still gets the
page's text and tables). AppTest has no browser: a test says drawn itself (``DRAWN``).
"""

from __future__ import annotations

import streamlit as st

DRAWN = "fd_first_chart_drawn"  # session state: this reader's browser has drawn a chart
WATCHER_KEY = "fd-first-chart-watcher"
WATCHER_JS = """
export default function ({ setTriggerValue }) {
  const selector = '[data-testid="stPlotlyChart"] svg.main-svg';
  let said = false;
  const say = () => {
    if (said) return;
    said = true;
    // after the frame that shows the chart has been painted
    requestAnimationFrame(() => setTimeout(() => setTriggerValue("drawn", true), 0));
  };
  const fallback = setTimeout(say, 8000);
  const watch = new MutationObserver(() => { if (document.querySelector(selector)) say(); });
  if (document.querySelector(selector)) say();
  else watch.observe(document.body, { childList: true, subtree: true });
  return () => { watch.disconnect(); clearTimeout(fallback); };
}
"""
_watcher = st.components.v2.component("factdesk_first_chart_watcher", js=WATCHER_JS)


def rest_is_wanted() -> bool:
    """Whether this run sends the whole page (the reader's browser has drawn a chart)."""
    return bool(st.session_state.get(DRAWN))


def ask_for_the_rest() -> None:
    """Mount the watcher: the page runs again, whole, once the first chart is drawn."""
    _watcher(key=WATCHER_KEY, on_drawn_change=_drawn, height=0)


def _drawn() -> None:
    st.session_state[DRAWN] = True
