"""The article's own terms, read from its metadata.json: what a page or a chart says about
this dataset and no other (titles, lede, source line, currency, timeline windows, the
labels of the codes it declares). The interface's own words stay in i18n.py.

Every field is optional in the metadata (a fresh draft has none of them): each falls back
to words that are true of any article.

>>> article = Article("demo", {"title": {"en": "Water", "ar": "المياه"}, "currency": "JOD"})
>>> article.currency, article.title("ar")
('JOD', 'المياه')
>>> article.source_line("en")
'Source: the article “Water”, as curated in this dataset'
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from dashboard.i18n import t
from validation.vocabularies import declared_labels

PAD_DAYS = 60  # room around the first and last date of a computed timeline window
PAD_SHARE = 0.08  # … or this share of the span they cover, when that is more


@dataclass(frozen=True)
class Window:
    """A period the timeline offers: its id, its first and last day, its name in each language."""

    id: str
    start: str
    end: str
    names: dict[str, str]

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("en") or self.id


@dataclass
class Article:
    """One dataset's terms; ``currencies`` are the codes its figures use, most used first."""

    id: str
    metadata: dict
    currencies: list[str] = field(default_factory=list)

    def words(self, key: str, lang: str) -> str | None:
        """A bilingual field of the metadata (lede, source_line) in ``lang``; None if absent."""
        value = self.metadata.get(key)
        return value.get(lang) if isinstance(value, dict) else None

    def title(self, lang: str) -> str:
        return (self.metadata.get("title") or {}).get(lang) or self.id

    def lede(self, lang: str) -> str | None:
        return self.words("lede", lang)

    def source_line(self, lang: str) -> str:
        """The line under every chart: the article's own, or one naming its title."""
        return self.words("source_line", lang) or t(
            "chart.source_default", lang, title=self.title(lang)
        )

    def context_words(self, key: str, lang: str) -> str | None:
        """The "in context" section's own lede or source line, when the metadata has one."""
        value = (self.metadata.get("context") or {}).get(key)
        return value.get(lang) if isinstance(value, dict) else None

    @property
    def panel_scope(self) -> str | None:
        return (self.metadata.get("context") or {}).get("panel_scope")

    @property
    def currency(self) -> str | None:
        """The article's default currency: declared, else the one its figures use most."""
        return self.metadata.get("currency") or next(iter(self.currencies), None)

    @property
    def country(self) -> dict:
        return self.metadata.get("country") or {}

    @property
    def is_draft(self) -> bool:
        return self.metadata.get("status") == "draft"

    def label(self, vocabulary: str, code: str, lang: str) -> str:
        """A code's words: the dataset's declaration, else the interface's (universal codes),
        else the code itself."""
        declared = declared_labels(self.metadata, vocabulary).get(code)
        if declared and declared.get(lang):
            return declared[lang]
        key = f"code.{vocabulary}.{code}"
        try:
            return t(key, lang)
        except KeyError:
            return code

    def windows(self, events: pd.DataFrame | None) -> list[Window]:
        """The periods the timeline offers: the metadata's, else one spanning every date."""
        declared = self.metadata.get("timeline_windows") or []
        if declared:
            return [
                Window(w["id"], w["start"], w["end"], {"en": w["en"], "ar": w["ar"]})
                for w in declared
            ]
        if events is None or events.empty:
            return []
        first = dt.date.fromisoformat(min(events["date_first_day"]))
        last = dt.date.fromisoformat(max(events["date_last_day"]))
        pad = dt.timedelta(days=max(PAD_DAYS, int((last - first).days * PAD_SHARE)))
        names = {lang: t("timeline.window_every", lang) for lang in ("en", "ar")}
        return [Window("all", (first - pad).isoformat(), (last + pad).isoformat(), names)]


def currencies_of(figures: pd.DataFrame | None) -> list[str]:
    """The currencies of the money figures, most used first."""
    if figures is None or "currency" not in figures:
        return []
    money = figures[figures["unit"] == "money"]["currency"].dropna()
    return [code for code, _ in Counter(money).most_common()]


def article_of(dataset_id: str, metadata: dict, figures: pd.DataFrame | None) -> Article:
    return Article(dataset_id, metadata, currencies_of(figures))
