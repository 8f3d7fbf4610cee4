"""The form of every internal address of the dashboard: a page and its query, the dataset
first (as Datasette's url_builder puts the database first).

The dashboard's links module builds on this; ClaimReview items (claimreview.py) use it for
their ``url``, so a permalink in an export opens the same claim of the same dataset.

>>> page_url("claims", dataset="jo-water-2023", claim="c03")
'claims?dataset=jo-water-2023&claim=c03'
>>> page_url("overview", lang="ar")
'?lang=ar'
"""

from __future__ import annotations

from urllib.parse import urlencode

# The overview is the app's root page: its address is the bare query.
ROOT_PAGE = "overview"


def query(dataset: str | None = None, **params: str | None) -> dict[str, str]:
    """The query of an internal link: the dataset first, then the rest, empty ones left out."""
    ordered = {"dataset": dataset, **params}
    return {name: str(value) for name, value in ordered.items() if value not in (None, "")}


def page_url(page: str, dataset: str | None = None, **params: str | None) -> str:
    """A relative address: ``claims?dataset=…&claim=…``; the overview is ``?…``."""
    path = "" if page == ROOT_PAGE else page
    encoded = urlencode(query(dataset, **params))
    return f"{path}?{encoded}" if encoded else (path or "./")
