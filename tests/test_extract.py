"""validation/extract.py: every number, amount, percent and date, at its exact place."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES, LIBYA, ROOT
from validation.arabic.lexicon import HEDGE_WORDS_BEFORE, MONTH_NAMES
from validation.arabic.money import CURRENCY_WORDS
from validation.extract import KINDS, Mention, extract, mentions_to_json, places

ARTICLE = (LIBYA / "source.txt").read_text(encoding="utf-8")
PUBLISHED = date(2021, 6, 23)  # every sentence below is read as if published that day
DUCKLING = json.loads((FIXTURES / "duckling_ar.json").read_text(encoding="utf-8"))
D = Decimal


def amount(text, value, currency=None, hedge="exact"):
    return ("amount", text, value, currency, hedge, None, None)


def number(text, value, hedge="exact"):
    return ("number", text, value, None, hedge, None, None)


def percent(text, value, hedge="exact"):
    return ("percent", text, value, None, hedge, None, None)


def day_or_month(text, iso, precision):
    return ("date", text, None, None, None, iso, precision)


def year(text, iso):
    return ("year", text, None, None, None, iso, "year")


def found(text, reference=PUBLISHED, country=None):
    return [
        (m.kind, m.text, m.value, m.currency, m.hedge, m.date, m.precision)
        for m in extract(text, reference, country)
    ]


# --- Sentences in newspaper style -------------------------------------------------------

SENTENCES = [
    (
        "وأعلنت الحكومة تخصيص ١,٣ مليار دولار لدعم قطاع الصحة.",
        [amount("١,٣ مليار دولار", 1300000000, "USD")],
    ),
    (
        "وبلغت قيمة الصفقة 2.5 مليار يورو بحسب بيان الشركة.",
        [amount("2.5 مليار يورو", 2500000000, "EUR")],
    ),
    (
        "وقال الوزير إن البنك المركزي ضخ نحو 500 مليون جنيه مصري في السوق.",
        [amount("نحو 500 مليون جنيه مصري", 500000000, "EGP", "about")],
    ),
    (
        "وارتفع عدد الضحايا إلى أكثر من 300 قتيل خلال يومين.",
        [number("أكثر من 300", 300, "more_than")],
    ),
    (
        "وتراجع معدل التضخم إلى 5.2% في مايو الماضي.",
        [percent("5.2%", D("5.2")), day_or_month("مايو الماضي", "2021-05", "month")],
    ),
    (
        "وأظهرت البيانات أن البطالة بلغت 12 في المئة العام الماضي.",
        [percent("12 في المئة", 12), day_or_month("العام الماضي", "2020", "year")],
    ),
    (
        "وقدرت الخسائر بما يزيد على ٤ مليارات درهم إماراتي.",
        [amount("ما يزيد على ٤ مليارات درهم إماراتي", 4000000000, "AED", "more_than")],
    ),
    (
        "وحصلت البلدية على منحة قدرها 750 ألف دينار ليبي.",
        [amount("750 ألف دينار ليبي", 750000, "LYD")],
    ),
    (
        "وتعهد المانحون بتقديم ما لا يقل عن 10 ملايين دولار.",
        [amount("ما لا يقل عن 10 ملايين دولار", 10000000, "USD", "at_least")],
    ),
    ("ويبلغ سعر التذكرة 150 ريالا سعوديا فقط.", [amount("150 ريالا سعوديا", 150, "SAR")]),
    (
        "وقالت الأمم المتحدة إن حوالي ٢٠ ألف شخص نزحوا منذ يناير 2020.",
        [
            amount("حوالي ٢٠ ألف", 20000, None, "about"),
            day_or_month("يناير 2020", "2020-01", "month"),
        ],
    ),
    (
        "ووقعت البلدان اتفاقا بقيمة 3 مليارات و500 مليون دولار.",
        [amount("3 مليارات و500 مليون دولار", 3500000000, "USD")],
    ),
    (
        "وصرفت الحكومة دعما نقديا بلغ خمسة آلاف ليرة تركية لكل أسرة.",
        [amount("خمسة آلاف ليرة تركية", 5000, "TRY")],
    ),
    (
        "وأنفقت الوزارة زهاء ثلاثة ملايين يورو على المشروع.",
        [amount("زهاء ثلاثة ملايين يورو", 3000000, "EUR", "about")],
    ),
    (
        "وانخفضت الليرة اللبنانية بنسبة ٪90 من قيمتها منذ عام 2019.",
        [percent("٪90", 90), year("عام 2019", "2019")],
    ),
    (
        "وتوقع الصندوق أن يصل النمو إلى 3,5 بالمئة في 2022.",
        [percent("3,5 بالمئة", D("3.5")), year("2022", "2022")],
    ),
    (
        "وقد جرى التصويت يوم 3/ أغسطس/ 2011 بحضور الأعضاء.",
        [day_or_month("3/ أغسطس/ 2011", "2011-08-03", "day")],
    ),
    (
        "وأُعلنت النتائج في 19/نوفمبر/ 2020 بعد فرز الأصوات.",
        [day_or_month("19/نوفمبر/ 2020", "2020-11-19", "day")],
    ),
    ("وانتهت المهلة في 2021/12/20 دون اتفاق.", [day_or_month("2021/12/20", "2021-12-20", "day")]),
    (
        "ونشر القرار في الجريدة الرسمية بتاريخ 23/6/2021.",
        [day_or_month("23/6/2021", "2021-06-23", "day")],
    ),
    (
        "واجتمع المجلس في 15 آذار 2021 لمناقشة الموازنة.",
        [day_or_month("15 آذار 2021", "2021-03-15", "day")],
    ),
    (
        "وعقد المؤتمر في حزيران/يونيو 2019 في بيروت.",
        [day_or_month("حزيران/يونيو 2019", "2019-06", "month")],
    ),
    (
        "ووصل الوفد إلى الجزائر في 5 جويلية 2022.",
        [day_or_month("5 جويلية 2022", "2022-07-05", "day")],
    ),
    (
        "ونظمت الانتخابات التشريعية في أكتوبر 2019.",
        [day_or_month("أكتوبر 2019", "2019-10", "month")],
    ),
    (
        "وقال الوزير أمس إن الحكومة ستعلن خطتها غدا.",
        [day_or_month("أمس", "2021-06-22", "day"), day_or_month("غدا", "2021-06-24", "day")],
    ),
    (
        "وكان الرئيس قد التقى نظيره الأسبوع الماضي في القاهرة.",
        [day_or_month("الأسبوع الماضي", "2021-W24", "week")],
    ),
    (
        "وارتفعت الصادرات خلال الشهر الماضي بنسبة 7 في المائة.",
        [day_or_month("الشهر الماضي", "2021-05", "month"), percent("7 في المائة", 7)],
    ),
    ("ويحظر القانون رقم 10 لسنة 2018 تصدير الخردة.", [number("10", 10), year("سنة 2018", "2018")]),
    ("وطالب المجلس بتنفيذ القرار رقم 1973 بحذافيره.", [number("1973", 1973)]),
    ("وشارك في مؤتمر برلين 2 وزراء خارجية 16 دولة.", [number("2", 2), number("16", 16)]),
    (
        "وأدين المتهم بدفع رشوة قدرها 20 ألف جنيه إسترليني.",
        [amount("20 ألف جنيه إسترليني", 20000, "GBP")],
    ),
    (
        "وتجاوزت قيمة المبادلات 8 مليارات دولار أمريكي خلال 2020.",
        [amount("8 مليارات دولار أمريكي", 8000000000, "USD", "more_than"), year("2020", "2020")],
    ),
    (
        "وسيحصل كل لاجئ على مبلغ لا يزيد على ٥٠٠ يورو شهريا.",
        [amount("لا يزيد على ٥٠٠ يورو", 500, "EUR", "at_most")],
    ),
    (
        "وبلغ عجز الموازنة نحو 7.5 مليار دينار كويتي.",
        [amount("نحو 7.5 مليار دينار كويتي", 7500000000, "KWD", "about")],
    ),
    (
        "وأعلن البنك الدولي عن قرض بقيمة مليار دولار لمصر.",
        [amount("مليار دولار", 1000000000, "USD")],
    ),
    (
        "وخصصت الحكومة مليوني دينار أردني لإعادة الإعمار.",
        [amount("مليوني دينار أردني", 2000000, "JOD")],
    ),
    (
        "وقدرت تكلفة المشروع بنحو نصف مليون دولار.",
        [amount("نحو نصف مليون دولار", 500000, "USD", "about")],
    ),
    (
        "وبلغت الاستثمارات ما يقرب من ثلاثة مليارات ونصف المليار دولار.",
        [amount("ما يقرب من ثلاثة مليارات ونصف المليار دولار", 3500000000, "USD", "nearly")],
    ),
    (
        "وتبرع رجل أعمال بمبلغ خمسة وعشرين ألف ريال قطري.",
        [amount("خمسة وعشرين ألف ريال قطري", 25000, "QAR")],
    ),
    ("ونقلت الوكالة عن مصدر أن خمسة عشر شخصا أصيبوا.", [number("خمسة عشر", 15)]),
    ("ويعيش في المخيم قرابة ١٢٠٠ عائلة.", [number("قرابة ١٢٠٠", 1200, "nearly")]),
    (
        "وبلغ سعر برميل النفط 75.3 دولارا في تعاملات اليوم.",
        [amount("75.3 دولارا", D("75.3"), "USD"), day_or_month("اليوم", "2021-06-23", "day")],
    ),
    (
        "وقالت الشركة إن أرباحها تخطت 1.2 مليار ريال خلال الربع الأول.",
        [
            amount("تخطت 1.2 مليار ريال", 1200000000, None, "more_than"),
            # a quarter with no year: the first of the year of the reference date
            day_or_month("الربع الأول", "2021-01", "month"),
        ],
    ),
    (
        "ويقدر عدد السكان بحوالى ١١٫٥ مليون نسمة.",
        [amount("حوالى ١١٫٥ مليون", 11500000, None, "about")],
    ),
    (
        "وكانت الحرب قد اندلعت في 15 أبريل 2023 بين الجيش وقوات الدعم السريع.",
        [day_or_month("15 أبريل 2023", "2023-04-15", "day")],
    ),
    ("وأعلن عن الهدنة في أيار الماضي.", [day_or_month("أيار الماضي", "2021-05", "month")]),
    (
        "واستمرت المفاوضات حتى ديسمبر الماضي دون نتيجة.",
        [day_or_month("ديسمبر الماضي", "2020-12", "month")],
    ),
    ("وتم تحويل 850,000 دولار إلى حساب الجمعية.", [amount("850,000 دولار", 850000, "USD")]),
    ("وأشار التقرير إلى أن 60% من الشباب عاطلون عن العمل.", [percent("60%", 60)]),
    (
        "وحصل الفريق على جائزة قيمتها 50 ألف دولار تقريبا.",
        [amount("50 ألف دولار تقريبا", 50000, "USD", "about")],
    ),
    (
        "وقال مسؤول إن المساعدات تجاوزت 11 مليون يورو.",
        [amount("تجاوزت 11 مليون يورو", 11000000, "EUR", "more_than")],
    ),
    (
        "ويتوقع أن تبلغ الإيرادات ١٥٠ مليون دينار بحلول عام 2025.",
        [amount("١٥٠ مليون دينار", 150000000), year("عام 2025", "2025")],
    ),
    (
        "واعتمد مجلس الأمن القرار 2254 (2015) بالإجماع.",
        [number("2254", 2254), year("2015", "2015")],
    ),
    ("وبلغت تكلفة الإصلاحات 600 مليون جنيه.", [amount("600 مليون جنيه", 600000000)]),
    (
        "وقال البنك إن احتياطاته تراجعت إلى أقل من 20 مليار دولار.",
        [amount("أقل من 20 مليار دولار", 20000000000, "USD", "less_than")],
    ),
    ("ومنذ 2011 تعيش البلاد أزمة سياسية.", [year("2011", "2011")]),
    ("وتوفي في المستشفى ثلاثة أشخاص على الأقل.", [number("ثلاثة أشخاص على الأقل", 3, "at_least")]),
    (  # the six months after the reference month: found by its first month
        "ووعدت الحكومة بتوظيف 5 آلاف شاب في الأشهر الستة المقبلة.",
        [amount("5 آلاف", 5000), day_or_month("الأشهر الستة المقبلة", "2021-07", "month")],
    ),
    ("ووعدت الحكومة بتوظيف 5 آلاف شاب في الأشهر الستة من عقده.", [amount("5 آلاف", 5000)]),
    (
        "وأفادت الصحيفة أن الصفقة تبلغ قيمتها 1.5 تريليون ين ياباني.",
        [amount("1.5 تريليون ين ياباني", 1500000000000, "JPY")],
    ),
    ("ودفعت روسيا ما يعادل 40 مليار روبل.", [amount("40 مليار روبل", 40000000000, "RUB")]),
    (
        "وقتل جنديان في هجوم وقع في 22 شباط 2022.",
        [day_or_month("22 شباط 2022", "2022-02-22", "day")],
    ),
    ("وافتتح المعرض في 12 ماي 2022 بالرباط.", [day_or_month("12 ماي 2022", "2022-05-12", "day")]),
    (
        "وأجريت الانتخابات بين عامي 2019 و2020 على مراحل.",
        [year("عامي 2019 و2020", "2019")],
    ),
    (
        "وبلغ حجم التبادل التجاري بحدود 4 مليارات دولار.",
        [amount("بحدود 4 مليارات دولار", 4000000000, "USD", "about")],
    ),
    ("وتضم القائمة ما يقارب 200 اسم.", [number("ما يقارب 200", 200, "about")]),
    ("وقيمة العقد تقارب 90 مليون يورو.", [amount("تقارب 90 مليون يورو", 90000000, "EUR", "about")]),
    ("وأصيب ما يقترب من ۳۰۰ شخص في الحادث.", [number("ما يقترب من ۳۰۰", 300, "nearly")]),
    (
        "وصادرت السلطات أسلحة بقيمة تفوق 12 مليون دينار عراقي.",
        [amount("تفوق 12 مليون دينار عراقي", 12000000, "IQD", "more_than")],
    ),
    (
        "وأرباح الشركة تزيد عن ٣٠٠ مليون ريال عماني.",
        [amount("تزيد عن ٣٠٠ مليون ريال عماني", 300000000, "OMR", "more_than")],
    ),
    (
        "وأزيد من 40 ألف طالب اجتازوا الامتحان.",
        [amount("أزيد من 40 ألف", 40000, None, "more_than")],
    ),
    (
        "وسجلت الأسعار ارتفاعا يزيد عن 15 في المئة.",
        [percent("يزيد عن 15 في المئة", 15, "more_than")],
    ),
    (
        "وفرضت غرامة لا تقل عن 5 آلاف درهم مغربي.",
        [amount("لا تقل عن 5 آلاف درهم مغربي", 5000, "MAD", "at_least")],
    ),
    ("وبيعت اللوحة بسعر دون 1000 يورو.", [amount("دون 1000 يورو", 1000, "EUR", "less_than")]),
    ("ويمكن للمودعين سحب حتى 200 دولار أسبوعيا.", [amount("حتى 200 دولار", 200, "USD", "at_most")]),
    (
        "ويتقاضى الموظف 400 دينار تونسي على الأكثر.",
        [amount("400 دينار تونسي على الأكثر", 400, "TND", "at_most")],
    ),
    ("وبلغ متوسط الراتب ٧٥٠٠ ريال يمني.", [amount("٧٥٠٠ ريال يمني", 7500, "YER")]),
    ("وبلغت الميزانية 1.2 مليار دولار كندي.", [amount("1.2 مليار دولار كندي", 1200000000, "CAD")]),
    (
        "واشترت أستراليا معدات بـ 800 مليون دولار أسترالي.",
        [amount("800 مليون دولار أسترالي", 800000000, "AUD")],
    ),
    ("وحصل النادي على £50 مليون من صفقة البيع.", [amount("£50 مليون", 50000000, "GBP")]),
    ("وبلغ سعر الأونصة $1,800 في نهاية التعاملات.", [amount("$1,800", 1800, "USD")]),
    ("وخصص الاتحاد الأوروبي €500 مليون للاجئين.", [amount("€500 مليون", 500000000, "EUR")]),
    ("وفاز الفريق بعد أن سجل ثلاثة أهداف.", [number("ثلاثة", 3)]),
    ("وأمضى في السجن إحدى عشرة سنة.", [number("إحدى عشرة", 11)]),
    ("واستغرقت الرحلة ثماني عشرة ساعة.", [number("ثماني عشرة", 18)]),
    ("وتوفي عن عمر مائة وعشرين عاما.", [number("مائة وعشرين", 120)]),
    (
        "وتنفق الدولة سنويا أكثر من ثلاثمائة مليون دولار.",
        [amount("أكثر من ثلاثمائة مليون دولار", 300000000, "USD", "more_than")],
    ),
    (
        "ويبلغ عدد سكان المدينة مليونين ونصف المليون نسمة.",
        [amount("مليونين ونصف المليون", 2500000)],
    ),
    ("وتراجعت الأسهم بنسبة ٢٫٥٪ في ختام التداول.", [percent("٢٫٥٪", D("2.5"))]),
    ("ونسبة المشاركة بلغت 48,3 في المائة.", [percent("48,3 في المائة", D("48.3"))]),
    ("وتعود الأزمة إلى مطلع 2014 حين اندلع القتال.", [year("2014", "2014")]),
    ("وتأسست الشركة في عام ٢٠٢٠ برأسمال محلي.", [year("عام ٢٠٢٠", "2020")]),
    (
        "وقال المتحدث إن الاجتماع عقد أول أمس في جنيف.",
        [day_or_month("أول أمس", "2021-06-21", "day")],
    ),
    ("ومن المقرر أن تجرى الانتخابات العام المقبل.", [day_or_month("العام المقبل", "2022", "year")]),
    (
        "وارتفعت الأسعار خلال السنة الماضية بشكل كبير.",
        [day_or_month("السنة الماضية", "2020", "year")],
    ),
    ("وتستأنف المحادثات غداً في الدوحة.", [day_or_month("غداً", "2021-06-24", "day")]),
    (
        "وسيعقد الاجتماع في 5 يوليو المقبل في فيينا.",
        [day_or_month("5 يوليو المقبل", "2021-07-05", "day")],
    ),
    (
        "وتنتهي ولاية المجلس في 10 يناير المقبل.",
        [day_or_month("10 يناير المقبل", "2022-01-10", "day")],
    ),
    (
        "وأعلن وقف إطلاق النار في فبراير المنصرم.",
        [day_or_month("فبراير المنصرم", "2021-02", "month")],
    ),
    (
        "واندلعت الثورة التونسية في 14 جانفي 2011.",
        [day_or_month("14 جانفي 2011", "2011-01-14", "day")],
    ),
    ("وتم توقيع الاتفاق في غشت 2020 بالرباط.", [day_or_month("غشت 2020", "2020-08", "month")]),
    ("واحتفلت المنظمة باليوم العالمي للمرأة.", []),
    ("وشارك أحد المسؤولين في الاجتماع.", []),
    ("لست أدري ما الذي سيحدث.", []),
    ("وشهد القرن التاسع عشر تحولات كبرى.", []),
    ("وأنفقت الحكومة ملايين الدولارات على الدعم.", []),
    # A weekday alone is the last one on or before the day of publication (issue 14);
    # only a future verb «ستعقد» turns it forward.
    (
        "وتعقد الجلسة يوم الاثنين في البرلمان.",
        [day_or_month("يوم الاثنين", "2021-06-21", "day")],
    ),
    (
        "وستعقد الجلسة يوم الاثنين في البرلمان.",
        [day_or_month("يوم الاثنين", "2021-06-28", "day")],
    ),
    ("ودفعت الشركة غرامة قدرها مليونا دولار.", [amount("مليونا دولار", 2000000, "USD")]),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES, ids=[s for s, _ in SENTENCES])
def test_extract_finds_each_mention_in_a_news_sentence(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "country", "expected"),
    [
        ("وبلغت تكلفة الإصلاحات 600 مليون جنيه.", "EG", amount("600 مليون جنيه", 600_000_000, "EGP")),
        ("وخصصت الحكومة الليبية 5 ملايين دينار للبلديات.", "LY", amount("5 ملايين دينار", 5_000_000, "LYD")),
        ("وخصصت الحكومة 5 ملايين دينار للبلديات.", None, amount("5 ملايين دينار", 5_000_000)),
        ("وبلغت الأرباح 1.2 مليار ريال.", "SA", amount("1.2 مليار ريال", 1_200_000_000, "SAR")),
    ],
)  # fmt: skip
def test_a_bare_currency_takes_the_default_country(sentence, country, expected):
    assert found(sentence, country=country) == [expected]


# --- The first article ------------------------------------------------------------------

ARTICLE_MENTIONS = [
    # the header lines (0 and 182), before the body at offset 95
    ("number", "0", 71, 72, 0, None, "exact", None, None),
    ("number", "182", 73, 76, 182, None, "exact", None, None),
    ("number", "2", 190, 191, 2, None, "exact", None, None),  # «برلين 2»
    ("date", "24 ديسمبر 2021", 301, 315, None, None, None, "2021-12-24", "day"),
    ("number", "2570", 456, 460, 2570, None, "exact", None, None),
    ("year", "2021", 462, 466, None, None, None, "2021", "year"),
    ("number", "2571", 470, 474, 2571, None, "exact", None, None),
    ("year", "2021", 476, 480, None, None, None, "2021", "year"),
    ("date", "أكتوبر الماضي", 525, 538, None, None, None, "2020-10", "month"),
    ("date", "24 ديسمبر المقبل", 819, 835, None, None, None, "2021-12-24", "day"),
    ("date", "اليوم", 912, 917, None, None, None, "2021-06-23", "day"),
    ("date", "ديسمبر 2021", 1325, 1336, None, None, None, "2021-12", "month"),
    ("date", "ديسمبر 2021", 1655, 1666, None, None, None, "2021-12", "month"),
    ("year", "عام 2011", 2138, 2146, None, None, None, "2011", "year"),
    ("amount", "أكثر من 850 مليون دولار", 2174, 2197, 850_000_000, "USD", "more_than", None, None),
    ("amount", "605 مليون دولار", 2237, 2252, 605_000_000, "USD", "exact", None, None),
    ("amount", "ما يقرب من 269 مليون دولار", 2309, 2335, 269_000_000, "USD", "nearly", None, None),
    ("amount", "ما يقرب من 11 مليون دولار", 2372, 2397, 11_000_000, "USD", "nearly", None, None),
]  # fmt: skip


def test_extract_finds_every_mention_in_the_article():
    mentions = extract(ARTICLE, reference_date=PUBLISHED)
    assert [
        (m.kind, m.text, m.start, m.end, m.value, m.currency, m.hedge, m.date, m.precision)
        for m in mentions
    ] == ARTICLE_MENTIONS
    assert all(ARTICLE[m.start : m.end] == m.text for m in mentions)


@pytest.mark.parametrize("reference", [PUBLISHED, None])
def test_places_are_the_kinds_and_places_of_what_extract_finds(reference):
    articles = [ARTICLE, *(p.read_text(encoding="utf-8") for p in sorted(
        (FIXTURES / "articles").rglob("*.txt")))]  # fmt: skip
    for text in articles:
        found = [(m.kind, m.start, m.end) for m in extract(text, reference_date=reference)]
        assert places(text, reference) == found
    assert places(ARTICLE, PUBLISHED)[-1] == ("amount", 2372, 2397)


def test_without_a_reference_date_the_articles_relative_dates_stay_relative():
    relative = [
        (m.text, m.date, m.precision) for m in extract(ARTICLE) if m.precision == "relative"
    ]
    assert relative == [
        ("أكتوبر الماضي", None, "relative"),
        ("24 ديسمبر المقبل", None, "relative"),
        ("اليوم", None, "relative"),
    ]


def test_mentions_to_json_has_the_specs_shape():
    mentions = extract("ارتفع التضخم إلى 50.5٪ وأنفقت الحكومة أكثر من 850 مليون دولار")
    assert mentions_to_json(mentions) == [
        {
            "kind": "percent",
            "text": "50.5٪",
            "start": 17,
            "end": 22,
            "value": 50.5,
            "currency": None,
            "hedge": "exact",
            "date": None,
            "precision": None,
            "date_end": None,
        },
        {
            "kind": "amount",
            "text": "أكثر من 850 مليون دولار",
            "start": 38,
            "end": 61,
            "value": 850000000,
            "currency": "USD",
            "hedge": "more_than",
            "date": None,
            "precision": None,
            "date_end": None,
        },
    ]
    assert type(mentions_to_json(mentions)[1]["value"]) is int


def test_the_articles_mentions_survive_a_round_trip_through_json():
    rows = mentions_to_json(extract(ARTICLE, PUBLISHED))
    assert json.loads(json.dumps(rows, ensure_ascii=False)) == rows
    assert [r["value"] for r in rows if r["kind"] == "amount"] == [
        850000000,
        605000000,
        269000000,
        11000000,
    ]


# --- Duckling's Arabic corpus (tests/fixtures/duckling_ar.json) --------------------------


@pytest.mark.parametrize("case", DUCKLING["money"], ids=[c["text"] for c in DUCKLING["money"]])
def test_each_duckling_money_phrase_is_one_amount(case):
    mentions = extract(case["text"])
    assert [(m.kind, m.text, m.currency, m.hedge) for m in mentions] == [
        ("amount", case["text"], case["currency"], case["hedge"])
    ]
    assert mentions[0].value == D(str(case["value"]))


@pytest.mark.parametrize("case", DUCKLING["numeral"], ids=[c["text"] for c in DUCKLING["numeral"]])
def test_each_duckling_numeral_is_one_number(case):
    mentions = extract(case["text"])
    assert [m.text for m in mentions] == [case["text"]]
    assert mentions[0].kind in ("number", "amount")  # «3 ملايين» carries a scale word
    assert mentions[0].value == D(str(case["value"]))


# --- Any text at all --------------------------------------------------------------------

# Pieces of Arabic news text that the reader reacts to, to build texts hypothesis can
# shuffle into the near misses that plain random text almost never reaches.
PIECES = [
    *"0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹,.٫٬/-()%٪$€£ ـ\n\u200f\u064b",
    "و", "ب", "بـ", "ل", "ال", "الـ", "مليون", "ملايين", "مليار", "ألف", "آلاف", "ألفا",
    "نصف", "ونصف", "المليار", "عشر", "عشرة", "خمسة", "وعشرون", "مائة", "ثلاث", "أحد",
    "ست", "فاصلة", "سنت", "ليبي", "كويتية", "على الأقل", "تقريبا", "الماضي", "المقبل",
    "عام", "منذ", "في", "حتى", "اليوم", "أمس", "الأسبوع", "رقم", "القرار", "الحادي", "ج.م",
    "KWD", "أشخاص", "2021", "1999", "31", "29",
    *CURRENCY_WORDS, *(w for ws in HEDGE_WORDS_BEFORE.values() for w in ws.split("، ")),
    *(n for ns in MONTH_NAMES.values() for n in ns.split("، ")),
]  # fmt: skip
NEWS_LIKE = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
ANY_TEXT = st.text(st.characters(exclude_categories=()))  # surrogates and controls too
REFERENCES = st.one_of(st.none(), st.dates())


def assert_well_formed(text: str, mentions: list[Mention]) -> None:
    end = 0
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= end  # sorted and never overlapping
        assert m.kind in KINDS
        end = m.end
    json.dumps(mentions_to_json(mentions))


@settings(max_examples=400)
@given(text=st.one_of(ANY_TEXT, NEWS_LIKE), reference=REFERENCES)
def test_any_text_gives_well_formed_mentions(text, reference):
    assert_well_formed(text, extract(text, reference, "LY"))


@given(pieces=st.lists(st.one_of(ANY_TEXT, NEWS_LIKE), max_size=4))
def test_mentions_stay_well_formed_whatever_surrounds_them(pieces):
    text = " ".join(pieces)
    assert_well_formed(text, extract(text, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "9" * 200_000,
        "١٢٣٬٤٥٦" * 20_000,
        "ستـ" + "ـ" * 200_000 + "x",
        "5" + " " * 200_000 + "x",
        "و " * 100_000 + "5",
        "أكثر من " * 30_000 + "5",
        "(" * 100_000 + "2021" + ")" * 100_000,
        "م" + "\u064b" * 200_000 + "ليون",
        "1/" * 20_000,
        "ألف " * 20_000,
    ],
    ids=[
        "digits", "grouped digits", "tatweel", "spaces", "conjunctions", "hedges",
        "parentheses", "diacritics", "slashes", "thousands",
    ],
)  # fmt: skip
def test_long_runs_take_linear_time(text):
    started = time.perf_counter()
    mentions = extract(text)
    assert time.perf_counter() - started < 10  # a quadratic walk takes minutes here
    assert_well_formed(text, mentions)


def test_a_run_of_digits_too_long_for_a_quantity_has_no_value():
    (mention,) = extract("رقم الحساب 123456789012345678901234")
    assert (mention.kind, mention.text, mention.value) == (
        "number",
        "123456789012345678901234",
        None,
    )


def test_factdesk_extract_does_not_import_pandas():
    """Extracting is the quick path an editor runs on one article: pandas (about a second
    to import) belongs to validating tables, never to reading a text."""
    script = (
        "import sys; from validation import cli;"
        f"code = cli.main(['extract', '--format', 'text', {str(LIBYA / 'source.txt')!r}]);"
        "print(code, 'pandas' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)  # fmt: skip
    lines = run.stdout.splitlines()
    assert "301-315\tdate\t24 ديسمبر 2021 2021-12-24 day" in lines
    assert lines[-1] == "0 False"
