"""What each chart shows, in a few sentences of English or Arabic, written from its data.

A screen reader reads this instead of the SVG, an embed carries it in its ``<figure>``, and a
reader whose chart failed to load still learns the finding. Every number is the engine's own
wording of it (``wording_en``/``wording_ar`` from ``validation.derived``, ``render_en``/
``render_ar`` for a check's sum), so the currency is the dataset's, never assumed here.

>>> checks_alt([{"status": "pass"}, {"status": "warn"}], "en")
'Intervals behind 2 checks of parts against their whole: 1 consistent, 1 with a warning, 0 failed.'
"""

from __future__ import annotations

import pandas as pd

from dashboard.i18n import date_words
from validation.arabic import render_ar, render_en
from validation.derived import display_date

# The phrases of the descriptions; {names} are filled from the data.
WORDS = {
    "en": {
        "figures": "Chart of {n} figures from the article.",
        "largest": "The largest: {label} ({figure_id}), {wording}.",
        "smallest": "The smallest: {label} ({figure_id}), {wording}.",
        "hedged": "{hedged} of the {n} {verb} hedged: each is drawn as the range its words allow.",
        "parts": "{parts} {part_verb} part of another figure.",
        "parts_fit": (
            "The parts {parts} add up to between {low} and {high}; the stated total is {total}. "
            "Check {check_id}: {status}."
        ),
        "parts_open": "The parts {parts} add up to at least {low}; the stated total is {total}. "
        "Check {check_id}: {status}.",
        "timeline": (
            "Timeline of {n} dated events of the article, from {first} to {last}: "
            "{occurred} occurred, {scheduled} scheduled, {other} other."
        ),
        "inferred": "{inferred} of the article's dates are inferred, not stated.",
        "external": (
            "{external} dates come from outside the article, {postponed} of them a postponement."
        ),
        "context": (
            "The total as {n} statements gave it, from {first} ({first_date}) to {last} "
            "({last_date}); {others} statements of parts of it below."
        ),
        "checks": (
            "Intervals behind {n} checks of parts against their whole: {passed} consistent, "
            "{warned} with a warning, {failed} failed."
        ),
        "status.pass": "consistent",
        "status.warn": "a warning",
        "status.fail": "failed",
        "joiner": " + ",
    },
    "ar": {
        "figures": "رسم لـ{n} أرقام من المقال.",
        "largest": "أكبرها: {label} ({figure_id})، {wording}.",
        "smallest": "أصغرها: {label} ({figure_id})، {wording}.",
        "hedged": "{hedged} من {n} {verb} بصيغة تقريبية: يُرسم كلٌّ منها مدىً تسمح به كلماته.",
        "parts": "{parts} {part_verb} جزء من رقم آخر.",
        "parts_fit": (
            "الأجزاء {parts} مجموعها بين {low} و{high}؛ والإجمالي المذكور {total}. "
            "الفحص {check_id}: {status}."
        ),
        "parts_open": "الأجزاء {parts} مجموعها {low} على الأقل؛ والإجمالي المذكور {total}. "
        "الفحص {check_id}: {status}.",
        "timeline": (
            "خط زمني لـ{n} أحداث مؤرخة في المقال، من {first} إلى {last}: {occurred} وقعت، "
            "و{scheduled} مقررة، و{other} غير ذلك."
        ),
        "inferred": "{inferred} من تواريخ المقال مستنتجة وغير مذكورة صراحة.",
        "external": "{external} تواريخ من خارج المقال، منها {postponed} تأجيل.",
        "context": (
            "الإجمالي كما ورد في {n} تصريحات، من {first} ({first_date}) إلى {last} "
            "({last_date})؛ وفي الأسفل {others} تصريحات عن أجزاء منه."
        ),
        "checks": (
            "المجالات وراء {n} فحوص للأجزاء مقابل الكل: {passed} متسقة، و{warned} بتحذير، "
            "و{failed} فاشلة."
        ),
        "status.pass": "متسق",
        "status.warn": "تحذير",
        "status.fail": "فاشل",
        "joiner": " + ",
    },
}


def say(key: str, lang: str, **values) -> str:
    return WORDS[lang][key].format(**values)


def label(row, lang: str) -> str:
    return row.label_ar if lang == "ar" else row.label_en


def wording(row, lang: str) -> str:
    return row.wording_ar if lang == "ar" else row.wording_en


def agreement(count: int, lang: str) -> dict[str, str]:
    """The verbs that agree with a count ("1 is", "3 are")."""
    if lang == "ar":
        return {
            "verb": "مذكور" if count == 1 else "مذكورة",
            "part_verb": "هو" if count == 1 else "هي",
        }
    one = count == 1
    return {"verb": "is" if one else "are", "part_verb": "is" if one else "are"}


def figures_alt(figures: pd.DataFrame, lang: str) -> str:
    """The figures charts (hierarchy, intervals): how many, the largest and the smallest in
    the article's words, how many are hedged and how many are parts of another."""
    ordered = figures.sort_values(["amount", "figure_id"], ascending=[False, True])
    largest, smallest = ordered.iloc[0], ordered.iloc[-1]
    hedged = int((figures["hedge"] != "exact").sum())
    parts = int(figures["parent_figure_id"].notna().sum())
    sentences = [say("figures", lang, n=len(figures))]
    sentences.append(say("largest", lang, label=label(largest, lang),
                         figure_id=largest.figure_id, wording=wording(largest, lang)))  # fmt: skip
    if len(figures) > 1:
        small = {"label": label(smallest, lang), "wording": wording(smallest, lang)}
        sentences.append(say("smallest", lang, figure_id=smallest.figure_id, **small))
    words = agreement(hedged, lang)
    tail = say("hedged", lang, hedged=hedged, n=len(figures), verb=words["verb"])
    parts_words = agreement(parts, lang)
    sentences.append(
        tail + " " + say("parts", lang, parts=parts, part_verb=parts_words["part_verb"])
    )
    return " ".join(sentences)


def money(value, currency: str | None, lang: str) -> str:
    render = render_ar if lang == "ar" else render_en
    return render(value, currency, "exact")


def parts_alt(figures: pd.DataFrame, check: dict, lang: str) -> str:
    """A parts-against-whole chart: the parts, the range of their sum (from the check), the
    stated total and the check's verdict."""
    details = check["details"]
    by_id = figures.set_index("figure_id", drop=False)
    parent = by_id.loc[details["parent"]]
    parts = by_id.loc[details["parts"]]
    names = WORDS[lang]["joiner"].join(f"{row.figure_id} ({wording(row, lang)})"
                                       for row in parts.itertuples())  # fmt: skip
    tight = details["sum"]["tight"]
    currency = parent.get("currency")
    values = {
        "parts": names,
        "low": money(tight["low"], currency, lang),
        "total": wording(parent, lang),
        "check_id": check["id"],
        "status": say(f"status.{check['status']}", lang),
    }
    if tight["high"] is None:
        return say("parts_open", lang, **values)
    return say("parts_fit", lang, high=money(tight["high"], currency, lang), **values)


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
        say(
            "timeline",
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
        sentences.append(say("inferred", lang, inferred=inferred))
    if len(external):
        postponed = int((external["status"] == "postponed").sum())
        sentences.append(say("external", lang, external=len(external), postponed=postponed))
    return " ".join(sentences)


def context_alt(context: pd.DataFrame, lang: str) -> str:
    """The headline in context: the totals from the first statement to the last."""
    totals = context[context["scope"] == "total"].sort_values(["stated_first_day", "context_id"])
    if totals.empty:
        totals = context.sort_values(["stated_first_day", "context_id"])
    first, last = totals.iloc[0], totals.iloc[-1]
    hedged = "hedged_ar" if lang == "ar" else "hedged_en"
    return say(
        "context",
        lang,
        n=len(totals),
        first=first[hedged],
        first_date=date_words(first.stated_on, display_date(first.stated_on), lang),
        last=last[hedged],
        last_date=date_words(last.stated_on, display_date(last.stated_on), lang),
        others=len(context) - len(totals),
    )


def checks_alt(checks: list[dict], lang: str) -> str:
    """The consistency page's interval chart: how many hierarchy checks, by verdict."""
    counts = {s: sum(c["status"] == s for c in checks) for s in ("pass", "warn", "fail")}
    return say("checks", lang, n=len(checks), passed=counts["pass"], warned=counts["warn"],
               failed=counts["fail"])  # fmt: skip
