"""The dashboard's pages: one list, read by the app's navigation, the page titles, the links
module and the tests (AppTest and the browser), so a page added here is added everywhere.

>>> [page.url for page in PAGES][:3]
['overview', 'datasets', 'figures']
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    """One page: its view file (under dashboard/), its URL path, its title key, its icon."""

    view: str
    url: str
    title_key: str
    icon: str

    @property
    def needs_dataset(self) -> bool:
        """Every page but the desk's own list shows one dataset."""
        return self.url != "datasets"


PAGES = (
    Page("views/overview.py", "overview", "nav.overview", ":material/home:"),
    Page("views/datasets.py", "datasets", "nav.datasets", ":material/folder_open:"),
    Page("views/figures.py", "figures", "nav.figures", ":material/bar_chart:"),
    Page("views/timeline.py", "timeline", "nav.timeline", ":material/timeline:"),
    Page("views/claims.py", "claims", "nav.claims", ":material/format_quote:"),
    Page("views/source.py", "source", "nav.source", ":material/article:"),
    Page("views/consistency.py", "consistency", "nav.consistency", ":material/rule:"),
    Page("views/downloads.py", "downloads", "nav.downloads", ":material/download:"),
)
BY_URL = {page.url: page for page in PAGES}
DEFAULT_PAGE = "overview"
