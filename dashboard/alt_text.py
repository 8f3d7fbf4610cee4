"""What each chart shows, in a few sentences of English or Arabic, written from its data.

A screen reader reads this instead of the SVG, an embed carries it in its ``<figure>``, and a
reader whose chart failed to load still learns the finding. A figure is named by the
engine's own wording of it (``wording_en``/``wording_ar`` from ``validation.derived``) and a
sum in the figure's own measure (``charts.layout.Measure``, passed in by the builders): the
dataset's currency, a percent or a count, never assumed here. The phrases are the
interface's (``alt.*`` in ``dashboard/i18n.py``).

>>> from types import SimpleNamespace as Result
>>> checks_alt([Result(status="pass"), Result(status="warn")], "en")
'Intervals behind 2 checks of parts against their whole: 1 passed, 1 with a warning, 0 failed.'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from dashboard.i18n import date_words, t
from validation.derived import display_date
from validation.results import PartsFit

if TYPE_CHECKING:  # the chart builders import this module: no import back at run time
    from dashboard.charts.layout import Measure


def label(row, lang: str) -> str:
    return row.label_ar if lang == "ar" else row.label_en


def wording(row, lang: str) -> str:
    return row.wording_ar if lang == "ar" else row.wording_en


def figures_alt(figures: pd.DataFrame, lang: str, measure: Measure) -> str:
    """A figures chart (a hierarchy, the intervals of one measure): how many, the largest and
    the smallest in the article's words, how many are hedged and which are parts of another."""
    ordered = figures.sort_values(["amount", "figure_id"], ascending=[False, True])
    largest, smallest = ordered.iloc[0], ordered.iloc[-1]
    sentences = [
        t("alt.figures", lang, n=len(figures), measure=measure.axis_title(lang)),
        t("alt.largest", lang, label=label(largest, lang), figure_id=largest.figure_id,
          wording=wording(largest, lang)),
    ]  # fmt: skip
    if len(figures) > 1:
        sentences.append(
            t("alt.smallest", lang, label=label(smallest, lang), figure_id=smallest.figure_id,
              wording=wording(smallest, lang))
        )  # fmt: skip
    hedged = int((figures["hedge"] != "exact").sum())
    sentences.append(t("alt.hedged", lang, hedged=hedged, n=len(figures)))
    parts = figures.loc[figures["parent_figure_id"].notna(), "figure_id"]
    if len(parts):
        sentences.append(t("alt.parts", lang, parts=", ".join(parts)))
    return " ".join(sentences)


def parts_alt(figures: pd.DataFrame, fit: PartsFit, lang: str, measure: Measure) -> str:
    """A parts-against-whole chart: the parts, the range of their sum (from the check) in the
    whole's ``measure``, the stated total and the check's verdict."""
    by_id = figures.set_index("figure_id", drop=False)
    parent = by_id.loc[fit.parent]
    parts = by_id.loc[list(fit.parts)]
    tight = fit.sum.tight
    values = {
        "parts": " + ".join(f"{r.figure_id} ({wording(r, lang)})" for r in parts.itertuples()),
        "low": measure.label(tight.low, lang),
        "total": wording(parent, lang),
        "check_id": fit.check_id,
        "status": t(f"check_status.{fit.status}", lang),
    }
    if tight.high is None:
        return t("alt.parts_open", lang, **values)
    if tight.high == tight.low:
        return t("alt.parts_exact", lang, **values)
    return t("alt.parts_fit", lang, high=measure.label(tight.high, lang), **values)


def timeline_alt(events: pd.DataFrame, lang: str) -> str:
    """The timeline: how many events over which span, by status and by where the date comes
    from (the article, inferred, or outside it)."""
    external = events[events["date_basis"] == "external"]
    article = events[events["date_basis"] != "external"]
    ordered = (article if len(article) else events).sort_values(["date_first_day", "event_id"])
    first, last = ordered.iloc[0], ordered.iloc[-1]
    status = article["status"]
    occurred, scheduled = int((status == "occurred").sum()), int((status == "scheduled").sum())
    sentences = [
        t(
            "alt.timeline",
            lang,
            n=len(article),
            first=date_words(first.date, first.date_display, lang),
            last=date_words(last.date, last.date_display, lang),
            occurred=occurred,
            scheduled=scheduled,
            other=len(article) - occurred - scheduled,
        )
    ]
    inferred = int((article["date_basis"] == "inferred").sum())
    if inferred:
        sentences.append(t("alt.inferred", lang, inferred=inferred))
    if len(external):
        postponed = int((external["status"] == "postponed").sum())
        sentences.append(t("alt.external", lang, external=len(external), postponed=postponed))
    return " ".join(sentences)


def context_alt(
    totals: pd.DataFrame, panel: pd.DataFrame, scope_words: str | None, lang: str
) -> str:
    """The headline in context: the totals from the first statement to the last, and the
    statements of the scope drawn on the panel below (``scope_words`` names it)."""
    ordered = totals.reset_index(drop=True).sort_values(["stated_first_day", "context_id"])
    first, last = ordered.iloc[0], ordered.iloc[-1]
    hedged = "hedged_ar" if lang == "ar" else "hedged_en"
    sentences = [
        t(
            "alt.context",
            lang,
            n=len(ordered),
            first=first[hedged],
            first_date=date_words(first.stated_on, display_date(first.stated_on), lang),
            last=last[hedged],
            last_date=date_words(last.stated_on, display_date(last.stated_on), lang),
        )
    ]
    if scope_words and len(panel):
        sentences.append(t("alt.context_panel", lang, m=len(panel), scope=scope_words))
    return " ".join(sentences)


def checks_alt(checks: list, lang: str) -> str:
    """The consistency page's interval chart: how many hierarchy checks (typed results,
    validation/results.py), by verdict."""
    counts = {s: sum(c.status == s for c in checks) for s in ("pass", "warn", "fail")}
    return t("alt.checks", lang, n=len(checks), passed=counts["pass"], warned=counts["warn"],
             failed=counts["fail"])  # fmt: skip
