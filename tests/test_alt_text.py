"""dashboard/alt_text.py: each chart described in words from a dataset's own data, in English
and Arabic, in the dataset's own measures (US dollars for Libya; dinars, percents and counts
for the Jordanian test article)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dashboard.alt_text import checks_alt, context_alt, figures_alt, parts_alt, timeline_alt
from dashboard.charts import Measure, by_measure, trees
from dashboard.data import check_folder
from tests.conftest import JO_WATER, LIBYA
from validation import results

USD, JOD = Measure("money", "USD"), Measure("money", "JOD")


@pytest.fixture(scope="module")
def libya():
    return check_folder(LIBYA)


@pytest.fixture(scope="module")
def water():
    return check_folder(JO_WATER)


def check(checked, check_id: str) -> results.PartsFit:
    return results.parts_fit_of(next(c for c in checked.checks if c["id"] == check_id))


def test_the_figures_in_english(libya):
    assert figures_alt(libya.figures, "en", USD) == (
        "Chart of 4 figures from the article; axis: Amount (US dollars). The largest: Total US "
        "investment in Libya since 2011 (f01), more than $850 million. The smallest: "
        "COVID-19-related humanitarian assistance (f04), nearly $11 million. Hedged: 3 of 4, "
        "each drawn as the range its words allow. Parts of another figure: f02, f03, f04."
    )


def test_the_figures_in_arabic(libya):
    assert figures_alt(libya.figures, "ar", USD) == (
        "رسم لـ4 أرقام من المقال؛ المحور: المبلغ (دولار أمريكي). أكبرها: إجمالي الاستثمار "
        "الأمريكي في ليبيا منذ 2011 (f01)، أكثر من 850 مليون دولار. أصغرها: المساعدات الإنسانية "
        "المتعلقة بفيروس كورونا (f04)، ما يقرب من 11 مليون دولار. بصيغة تقريبية: 3 من 4، يُرسم "
        "كلٌّ منها مدىً تسمح به كلماته. أجزاء من رقم آخر: f02, f03, f04."
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "Chart of 3 figures from the article; axis: Percent. The largest: Water lost in the "
            "northern networks (f04), about 46%. The smallest: Rise in regularly supplied "
            "subscribers (f08), 12%. Hedged: 2 of 3, each drawn as the range its words allow.",
        ),
        (
            "ar",
            "رسم لـ3 أرقام من المقال؛ المحور: النسبة المئوية. أكبرها: فاقد المياه في الشبكات "
            "(f04)، نحو 46%. أصغرها: زيادة المشتركين (f08)، 12%. بصيغة تقريبية: 2 من 3، يُرسم "
            "كلٌّ منها مدىً تسمح به كلماته.",
        ),
    ],
)
def test_the_percents_of_another_dataset_are_described_as_percents(water, lang, expected):
    percents = dict(by_measure(water.figures))[Measure("percent")]
    assert figures_alt(percents, lang, Measure("percent")) == expected


def test_each_headline_total_of_another_dataset_is_described_in_dinars(water):
    first, second = trees(water.figures)
    assert "The largest: Water-sector allocations this year (f01), about JOD 320 million." in (
        figures_alt(first, "en", JOD)
    )
    assert "أكبرها: المنح التي تعهد بها المانحون (f05)، أكثر من 45 مليون دينار أردني." in (
        figures_alt(second, "ar", JOD)
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "The parts f02 ($605 million) + f03 (nearly $269 million) add up to between "
            "$860.55 million and $874 million; the stated total is more than $850 million. "
            "Check consistency.parts_fit.f01: passed.",
        ),
        (
            "ar",
            "الأجزاء f02 (605 مليون دولار) + f03 (ما يقرب من 269 مليون دولار) مجموعها بين "
            "860.55 مليون دولار أمريكي و874 مليون دولار أمريكي؛ والإجمالي المذكور أكثر من 850 "
            "مليون دولار. الفحص consistency.parts_fit.f01: ناجح.",
        ),
    ],
)
def test_parts_against_the_whole_take_the_sum_from_the_check(libya, lang, expected):
    parts_fit = check(libya, "consistency.parts_fit.f01")
    assert parts_alt(libya.figures, parts_fit, lang, USD) == expected


def test_an_exact_sum_is_one_amount_in_the_datasets_currency(water):
    parts_fit = check(water, "consistency.parts_fit.f05")
    assert parts_alt(water.figures, parts_fit, "en", JOD) == (
        "The parts f06 (JOD 30 million) add up to JOD 30 million; the stated total is more "
        "than JOD 45 million. Check consistency.parts_fit.f05: passed."
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "Timeline of 9 dated events of the article, from 2011 to 24 December 2021: "
            "4 occurred, 4 scheduled, 1 other. Inferred, not stated: 3 of the article's dates. "
            "From outside the article: 7 dates, 1 of them a postponement.",
        ),
        (
            "ar",
            "خط زمني لـ9 أحداث مؤرخة في المقال، من 2011 إلى 24 ديسمبر 2021: 4 وقعت، و4 مقررة، "
            "و1 غير ذلك. مستنتجة وغير مذكورة صراحة: 3 من تواريخ المقال. من خارج المقال: 7 "
            "تواريخ، منها 1 تأجيل.",
        ),
    ],
)
def test_the_timeline_counts_events_by_status_and_basis(libya, lang, expected):
    assert timeline_alt(libya.events, lang) == expected


def test_a_timeline_without_outside_dates_says_nothing_of_them(water):
    assert timeline_alt(water.events, "en") == (
        "Timeline of 5 dated events of the article, from 3 October 2023 to June 2025: "
        "1 occurred, 3 scheduled, 1 other. Inferred, not stated: 2 of the article's dates."
    )


def test_the_headline_in_context_from_the_first_total_to_the_last(libya):
    context = libya.context
    totals = context[context["scope"] == "total"]
    panel = context[context["scope"] == "humanitarian"]
    assert context_alt(totals, panel, "Humanitarian", "en") == (
        "The total as 7 statements gave it, from more than $240 million (April 2014) to more "
        "than $900 million (August 2024). Below, on a panel of its own: 5 statements of "
        "Humanitarian."
    )
    arabic = context_alt(totals, panel.iloc[0:0], None, "ar")
    assert "من أكثر من 240 مليون دولار (أبريل 2014)" in arabic and "الأسفل" not in arabic


def test_the_consistency_intervals_count_verdicts():
    checks = [SimpleNamespace(status=s) for s in ("pass", "fail", "pass")]
    assert checks_alt(checks, "ar") == (
        "المجالات وراء 3 فحوص للأجزاء مقابل الكل: 2 ناجحة، و0 بتحذير، و1 فاشلة."
    )
