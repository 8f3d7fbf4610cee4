"""Where a pasted article's headline ends and its body begins (validation/layout.py).

Real articles arrive with a headline of ten to twenty words on the first line, often with
the body's first paragraph right under it; the headline is no claim of the body. Every line
below is written for these tests."""

import pytest

from validation.layout import read_layout

LEAD = (
    "قالت وزارة المالية في بيان صدر اليوم إن الحكومة صرفت الدفعة الأولى من المنحة "
    "المقدمة من الصندوق العربي لدعم الموازنة العامة للدولة."
)

# First lines that are a headline: short of twenty words, never closed by a full stop.
HEADLINES = [
    "الحكومة تتسلم الدفعة الأولى من منحة الصندوق العربي بقيمة 120 مليون دولار لدعم الموازنة",
    "بعد أشهر من المفاوضات.. البرلمان يقر موازنة العام المقبل بعجز يتجاوز ثلاثة مليارات دينار",
    "وزير المالية: الرواتب ستصرف كاملة قبل نهاية الشهر الجاري رغم تأخر وصول أموال المانحين",
    "هل تكفي قروض البنك الدولي الجديدة لسد عجز الموازنة في العام المقبل؟",
    "المانحون يتعهدون بأكثر من ملياري دولار في مؤتمر إعادة الإعمار الثالث…",
    "الصندوق الكويتي للتنمية يقرض الأردن 50 مليون دينار لتمويل مشروع مياه في الجنوب",
    '"البنك المركزي" يعلن ارتفاع الاحتياطيات الأجنبية إلى 35 مليار دولار في نهاية يونيو',
    "بقيمة 300 مليون يورو .. الاتحاد الأوروبي يمول برنامجا جديدا للتعليم والصحة في البلاد",
    "الإمارات تقدم 25 مليون درهم لدعم مدارس اللاجئين خلال العام الدراسي الجديد",
    "عجز الميزانية يتراجع إلى 4.2% من الناتج المحلي في الأشهر التسعة الأولى من العام",
    "مجلس الوزراء يوافق على اتفاقية قرض ميسر مع بنك التنمية الإسلامي لإنشاء محطة كهرباء",
    "صندوق النقد: النمو الاقتصادي سيتباطأ هذا العام بسبب تراجع أسعار النفط وارتفاع الفائدة",
]

# First lines that are the body's own first paragraph: closed like a sentence or a lead-in,
# or too long for a headline.
BODIES = [
    "أعلنت وزارة التخطيط اليوم توقيع اتفاقية منحة بقيمة 40 مليون دولار مع الاتحاد الأوروبي.",
    "وقال وزير المالية في مؤتمر صحفي عقده في العاصمة صباح اليوم ما يلي:",
    "أقر البرلمان بالأغلبية مساء أمس مشروع قانون الموازنة العامة للدولة للعام المقبل، الذي "
    "يتوقع إيرادات تبلغ 12 مليار دينار ونفقات تبلغ 15 مليار دينار وعجزا يبلغ ثلاثة مليارات،",
    "تعهد المانحون في مؤتمر جنيف اليوم بتقديم مساعدات إنسانية تزيد على مليار دولار للسودان.",
    "كشف تقرير رسمي صدر أمس عن ارتفاع الدين العام إلى مستوى قياسي، في حين تراجعت الإيرادات "
    "النفطية بنسبة كبيرة خلال الربع الأول من العام الجاري مقارنة بالفترة نفسها من العام الماضي",
]


@pytest.mark.parametrize("headline", HEADLINES)
def test_a_first_line_under_twenty_words_not_closed_is_the_headline(headline):
    text = f"{headline}\n{LEAD}\n\nوأضاف البيان أن الدفعة الثانية ستصل الشهر المقبل."
    layout = read_layout(text)
    assert [h.reading for h in layout.header] == ["headline"]
    assert layout.title == headline
    assert text[layout.body_start :].startswith("قالت وزارة المالية")


@pytest.mark.parametrize("first", BODIES)
def test_a_first_line_closed_like_a_sentence_or_too_long_is_the_body(first):
    text = f"{first}\n{LEAD}"
    layout = read_layout(text)
    assert layout.header == []
    assert layout.body_start == 0
    assert layout.title is None


def test_a_headline_then_a_subheading_then_the_body():
    headline = "الحكومة تقر خطة إنفاق بقيمة 4 مليارات دولار على مدى خمس سنوات لدعم الزراعة"
    subheading = "تشمل قروضا ميسرة للمزارعين ومشاريع للري"
    text = f"{headline}\n{subheading}\n\n{LEAD}"
    layout = read_layout(text)
    assert [(h.line, h.reading) for h in layout.header] == [
        (1, "headline"),
        (2, "page furniture"),
    ]
    assert layout.body_start == text.index(LEAD)


def test_a_headline_over_a_paragraph_that_ends_no_sentence_stays_the_body():
    """Without a sentence end under it there is no telling a headline from a first
    paragraph that lost its full stop: the file is read as all body, as before."""
    headline = HEADLINES[0]
    text = f"{headline}\n{LEAD.rstrip('.')}"
    assert read_layout(text).header == []


def test_a_single_line_is_all_body():
    assert read_layout(HEADLINES[0]).header == []
