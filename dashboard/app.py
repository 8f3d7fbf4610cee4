"""factdesk dashboard: navigation and language only; each page is a thin file in views/.

Not ``pages/``: a folder of that name beside app.py makes a fresh server run a cold
permalink such as /claims?claim=c07 as a legacy page, skipping this navigation.

Run with ``streamlit run dashboard/app.py``. Pages by URL path: / (overview), /figures,
/timeline, /claims (?claim=c07), /source (?claim= or ?figure=), /consistency, /downloads;
?lang=en|ar on every page.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `streamlit run` puts dashboard/ on the path, not the project
    sys.path.insert(0, str(ROOT))

from dashboard import ui  # noqa: E402
from dashboard.i18n import t  # noqa: E402

PAGES = (
    ("views/overview.py", "overview", "nav.overview", ":material/home:"),
    ("views/figures.py", "figures", "nav.figures", ":material/bar_chart:"),
    ("views/timeline.py", "timeline", "nav.timeline", ":material/timeline:"),
    ("views/claims.py", "claims", "nav.claims", ":material/format_quote:"),
    ("views/source.py", "source", "nav.source", ":material/article:"),
    ("views/consistency.py", "consistency", "nav.consistency", ":material/rule:"),
    ("views/downloads.py", "downloads", "nav.downloads", ":material/download:"),
)


def main() -> None:
    st.set_page_config(page_title="factdesk", page_icon="📰", layout="wide")
    lang = ui.current_language()
    ui.apply_direction(lang)
    pages = [
        st.Page(path, title=t(key, lang), icon=icon, url_path=url, default=(url == "overview"))
        for path, url, key, icon in PAGES
    ]
    navigation = st.navigation(pages)
    st.sidebar.caption(t("app.title", lang))
    ui.language_switch(lang)
    navigation.run()


main()
