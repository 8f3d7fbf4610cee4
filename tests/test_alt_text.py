"""dashboard/alt_text.py: each chart described in words from the shipped dataset's own data,
in English and Arabic."""

from __future__ import annotations

import pytest

from dashboard.alt_text import checks_alt, context_alt, figures_alt, parts_alt, timeline_alt
from dashboard.data import DATASET, check_folder


@pytest.fixture(scope="module")
def libya():
    return check_folder(DATASET)


def check(checked, check_id: str) -> dict:
    return next(c for c in checked.checks if c["id"] == check_id)


def test_the_figures_in_english(libya):
    assert figures_alt(libya.figures, "en") == (
        "Chart of 4 figures from the article. The largest: Total US investment in Libya since "
        "2011 (f01), more than $850 million. The smallest: COVID-19-related humanitarian "
        "assistance (f04), nearly $11 million. 3 of the 4 are hedged: each is drawn as the "
        "range its words allow. 3 are part of another figure."
    )


def test_the_figures_in_arabic(libya):
    assert figures_alt(libya.figures, "ar") == (
        "رسم لـ4 أرقام من المقال. أكبرها: إجمالي الاستثمار الأمريكي في ليبيا منذ 2011 (f01)، "
        "أكثر من 850 مليون دولار. أصغرها: المساعدات الإنسانية المتعلقة بفيروس كورونا (f04)، "
        "ما يقرب من 11 مليون دولار. 3 من 4 مذكورة بصيغة تقريبية: يُرسم كلٌّ منها مدىً تسمح "
        "به كلماته. 3 هي جزء من رقم آخر."
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "The parts f02 ($605 million) + f03 (nearly $269 million) add up to between "
            "$860.55 million and $874 million; the stated total is more than $850 million. "
            "Check consistency.parts_fit.f01: consistent.",
        ),
        (
            "ar",
            "الأجزاء f02 (605 مليون دولار) + f03 (ما يقرب من 269 مليون دولار) مجموعها بين "
            "860.55 مليون دولار و874 مليون دولار؛ والإجمالي المذكور أكثر من 850 مليون دولار. "
            "الفحص consistency.parts_fit.f01: متسق.",
        ),
    ],
)
def test_parts_against_the_whole_take_the_sum_from_the_check(libya, lang, expected):
    assert parts_alt(libya.figures, check(libya, "consistency.parts_fit.f01"), lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "Timeline of 9 dated events of the article, from 2011 to 24 December 2021: "
            "4 occurred, 4 scheduled, 1 other. 3 of the article's dates are inferred, not "
            "stated. 7 dates come from outside the article, 1 of them a postponement.",
        ),
        (
            "ar",
            "خط زمني لـ9 أحداث مؤرخة في المقال، من 2011 إلى 24 ديسمبر 2021: 4 وقعت، و4 مقررة، "
            "و1 غير ذلك. 3 من تواريخ المقال مستنتجة وغير مذكورة صراحة. 7 تواريخ من خارج "
            "المقال، منها 1 تأجيل.",
        ),
    ],
)
def test_the_timeline_counts_events_by_status_and_basis(libya, lang, expected):
    assert timeline_alt(libya.events, lang) == expected


def test_the_headline_in_context_from_the_first_total_to_the_last(libya):
    assert context_alt(libya.context, "en") == (
        "The total as 7 statements gave it, from more than $240 million (April 2014) to more "
        "than $900 million (August 2024); 8 statements of parts of it below."
    )
    assert "من أكثر من 240 مليون دولار (أبريل 2014)" in context_alt(libya.context, "ar")


def test_the_consistency_intervals_count_verdicts():
    checks = [{"status": "pass"}, {"status": "fail"}, {"status": "pass"}]
    assert checks_alt(checks, "ar") == (
        "المجالات وراء 3 فحوص للأجزاء مقابل الكل: 2 متسقة، و0 بتحذير، و1 فاشلة."
    )
