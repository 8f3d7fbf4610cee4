"""factdesk dashboard: navigation, dataset and language only; each page is a thin file in
views/.

Not ``pages/``: a folder of that name beside app.py makes a fresh server run a cold
permalink such as /claims?claim=c07 as a legacy page, skipping this navigation.

Run with ``streamlit run dashboard/app.py``. It serves the datasets root
(``FACTDESK_DATASETS``, default datasets/); the pages are listed in dashboard/pages.py.
``?dataset=<id>`` and ``?lang=en|ar`` on every page; without ``?dataset=``, the desk's
default dataset, so a link from before the desk still opens what it opened.
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
from dashboard.pages import BY_URL, DEFAULT_PAGE, PAGES  # noqa: E402


def main() -> None:
    # A Material icon, not the 📰 emoji: any non-ASCII icon makes Streamlit import its whole
    # emoji catalogue (streamlit.emojis, ≈ 0.1 s of a cold start's CPU).
    st.set_page_config(
        page_title=t("app.title", "en"), page_icon=":material/newspaper:", layout="wide"
    )
    lang = ui.current_language()
    ui.apply_direction(lang)
    chosen = ui.current_selection(lang)
    st.session_state["selection"] = chosen
    pages = [
        st.Page(p.view, title=t(p.title_key, lang), icon=p.icon, url_path=p.url,
                default=(p.url == DEFAULT_PAGE))
        for p in PAGES
    ]  # fmt: skip
    navigation = st.navigation(pages)
    st.sidebar.caption(t("app.title", lang))
    ui.dataset_switch(chosen)
    ui.language_switch(lang)
    page = BY_URL.get(navigation.url_path or DEFAULT_PAGE, BY_URL[DEFAULT_PAGE])
    if page.needs_dataset and chosen.folder is None:
        ui.no_such_dataset(chosen)
        return
    navigation.run()


main()
