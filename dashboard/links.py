"""Every internal link of the dashboard, in one place (after Datasette's url_builder): the
dataset is always part of it, then the page's own parameters, then the language.

``target`` gives what ``st.page_link`` takes (a view file and its query); ``url`` the same
address as text, for a permalink a reader copies. The address form itself is
validation.urls', which ClaimReview items use too.

>>> links = Links("jo-water-2023", "ar")
>>> links.url("claims", claim="c03")
'claims?dataset=jo-water-2023&claim=c03&lang=ar'
>>> links.target("source", figure="f02")
('views/source.py', {'dataset': 'jo-water-2023', 'figure': 'f02', 'lang': 'ar'})
"""

from __future__ import annotations

from dataclasses import dataclass

from dashboard.pages import BY_URL
from validation.urls import page_url, query


@dataclass(frozen=True)
class Links:
    """Links from a page showing ``dataset`` in ``lang`` (dataset None: the desk's list)."""

    dataset: str | None
    lang: str

    def params(self, **extra: str | None) -> dict[str, str]:
        return query(self.dataset, **extra, lang=self.lang)

    def target(self, page: str, **extra: str | None) -> tuple[str, dict[str, str]]:
        return BY_URL[page].view, self.params(**extra)

    def url(self, page: str, **extra: str | None) -> str:
        return page_url(page, self.dataset, **extra, lang=self.lang)

    def claim(self, claim_id: str) -> tuple[str, dict[str, str]]:
        """The claim's permalink: its card alone on the claims page."""
        return self.target("claims", claim=claim_id)

    def in_source(self, kind: str, span_id: str) -> tuple[str, dict[str, str]]:
        """A claim, figure or event marked in the article (kind: claim, figure, event)."""
        return self.target("source", **{kind: span_id})

    def dataset_overview(self, dataset_id: str) -> tuple[str, dict[str, str]]:
        """Another dataset's overview, in the same language."""
        return Links(dataset_id, self.lang).target("overview")

    def language(self, page: str, lang: str, **extra: str | None) -> str:
        """The same page in another language."""
        return Links(self.dataset, lang).url(page, **extra)
