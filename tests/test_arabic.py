"""validation/arabic/: amounts, dates, hedges and currencies as Arabic news writes them."""

from __future__ import annotations

import ast
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import LIBYA, ROOT
from validation.arabic.hedges import _HEDGE_BEFORE, _HEDGE_BEFORE_KEYS
from validation.arabic.lexicon import HEDGE_FILLERS, LABEL_WORDS, RANGE_OPENERS
from validation.arabic.money import BARE_CURRENCY_COUNTRIES, guess_country
from validation.arabic.phrases import _LABEL
from validation.arabic.quantities import _RANGE_OPENER
from validation.arabic.quotes import Amount, parse_amount, parse_date_text
from validation.arabic.render import render_ar
from validation.arabic.text import fold, normalise

ARTICLE = (LIBYA / "source.txt").read_text(encoding="utf-8")
PUBLISHED = date(2021, 6, 23)  # the reference for «الماضي» and «المقبل» in the article
D = Decimal


def amount(value, currency=None, hedge="exact", percent=False) -> Amount:
    return Amount(value, currency, hedge, percent)


# --- parse_amount -----------------------------------------------------------------------

AMOUNTS = [
    # the article's four figures
    ("أكثر من 850 مليون دولار", amount(850_000_000, "USD", "more_than")),
    ("605 مليون دولار", amount(605_000_000, "USD")),
    ("ما يقرب من 269 مليون دولار", amount(269_000_000, "USD", "nearly")),
    ("ما يقرب من ١١ مليون دولار", amount(11_000_000, "USD", "nearly")),
    # every hedge, in its usual words
    ("نحو 500 مليون جنيه مصري", amount(500_000_000, "EGP", "about")),
    ("حوالي ٢٠ ألف دولار", amount(20_000, "USD", "about")),
    ("حوالى 3 ملايين يورو", amount(3_000_000, "EUR", "about")),
    ("زهاء ثلاثة ملايين يورو", amount(3_000_000, "EUR", "about")),
    ("850 مليون دولار تقريباً", amount(850_000_000, "USD", "about")),
    ("بحدود 4 مليارات دولار", amount(4_000_000_000, "USD", "about")),
    ("يقارب 90 مليون يورو", amount(90_000_000, "EUR", "about")),
    ("ما يقترب من 300 ألف دولار", amount(300_000, "USD", "nearly")),
    ("قرابة 1200 دينار ليبي", amount(1200, "LYD", "nearly")),
    ("ما يزيد على ٤ مليارات درهم إماراتي", amount(4_000_000_000, "AED", "more_than")),
    ("ما يزيد عن 7 ملايين دولار", amount(7_000_000, "USD", "more_than")),
    ("يزيد عن 15 مليون يورو", amount(15_000_000, "EUR", "more_than")),
    ("يفوق 12 مليون دينار عراقي", amount(12_000_000, "IQD", "more_than")),
    ("تجاوز 11 مليون يورو", amount(11_000_000, "EUR", "more_than")),
    ("أزيد من 40 ألف درهم مغربي", amount(40_000, "MAD", "more_than")),
    ("لا يقل عن 10 ملايين دولار", amount(10_000_000, "USD", "at_least")),
    ("ما لا يقل عن ٢٠٠ ألف ريال سعودي", amount(200_000, "SAR", "at_least")),
    ("3.42$ على الاقل", amount(D("3.42"), "USD", "at_least")),
    ("أقل من 20 مليار دولار", amount(20_000_000_000, "USD", "less_than")),
    ("دون 1000 يورو", amount(1000, "EUR", "less_than")),
    ("لا يزيد عن 5 ملايين يورو", amount(5_000_000, "EUR", "at_most")),
    ("لا يزيد على ٥٠٠ يورو", amount(500, "EUR", "at_most")),
    ("400 دينار تونسي على الأكثر", amount(400, "TND", "at_most")),
    ("حتى 200 دولار", amount(200, "USD", "at_most")),
    ("بلغ 605 مليون دولار", amount(605_000_000, "USD")),
    ("البالغ 605 مليون دولار", amount(605_000_000, "USD")),
    ("قدرها 750 ألف دينار ليبي", amount(750_000, "LYD")),
    # Arabic-Indic and Persian digits; thousands and decimal separators by group shape
    ("۱۲۰ مليون دولار", amount(120_000_000, "USD")),
    ("١٬٢٥٠ دولار", amount(1250, "USD")),
    ("١٫٥ مليار يورو", amount(1_500_000_000, "EUR")),
    ("١,٣ مليار", amount(1_300_000_000)),
    ("1.3 مليار دولار", amount(1_300_000_000, "USD")),
    ("10,000 دولار", amount(10_000, "USD")),
    ("$10,000.50", amount(D("10000.5"), "USD")),
    ("1.234.567 يورو", amount(1_234_567, "EUR")),
    # scale words without digits, and number words
    ("مليار جنيه", amount(1_000_000_000)),
    ("مليون دولار", amount(1_000_000, "USD")),
    ("ملياري دولار", amount(2_000_000_000, "USD")),
    ("ألفا دولار", amount(2000, "USD")),
    ("نصف مليون دولار", amount(500_000, "USD")),
    ("ربع مليار دولار", amount(250_000_000, "USD")),
    ("ثلاث مليارات ونصف المليار", amount(3_500_000_000)),
    ("مليون ونصف", amount(1_500_000)),
    ("50 مليونا", amount(50_000_000)),  # after a number, «مليونا» is one million, not two
    ("25 ألفاً", amount(25_000)),
    ("30 مليارا", amount(30_000_000_000)),
    ("عشرة دولارات", amount(10, "USD")),
    ("خمسة وعشرون", amount(25)),
    ("مئتا ألف دولار", amount(200_000, "USD")),
    ("ثلاثة آلاف وخمسمائة يورو", amount(3500, "EUR")),
    ("خمسة وعشرين ألف ريال قطري", amount(25_000, "QAR")),
    # compounds
    ("مليار و600 مليون", amount(1_600_000_000)),
    ("3 مليارات و500 مليون دولار", amount(3_500_000_000, "USD")),
    ("3 ملايين و500 ألف", amount(3_500_000)),
    ("20 دولار و43 سنت", amount(D("20.43"), "USD")),
    # glued prefixes
    ("بـ15 مليون", amount(15_000_000)),
    ("و600 مليون", amount(600_000_000)),
    ("لـ3 ملايين دولار", amount(3_000_000, "USD")),
    ("ب20 ألف يورو", amount(20_000, "EUR")),
    ("بعشرة دولارات", amount(10, "USD")),
    ("وأكثر من 5 آلاف دينار كويتي", amount(5000, "KWD", "more_than")),
    ("بنحو 7 ملايين دولار", amount(7_000_000, "USD", "about")),
    # currencies with case endings, plurals and the country named after them
    ("150 دولاراً", amount(150, "USD")),
    ("150 دولارا أمريكيا", amount(150, "USD")),
    ("500 ريالاً سعودياً", amount(500, "SAR")),
    ("100 دينارا كويتيا", amount(100, "KWD")),
    ("50 جنيهاً مصرياً", amount(50, "EGP")),
    ("20 درهما إماراتيا", amount(20, "AED")),
    ("5 دنانير أردنية", amount(5, "JOD")),
    ("3 جنيهات استرلينية", amount(3, "GBP")),
    ("5 ملايين إسترليني", amount(5_000_000, "GBP")),
    ("42 ليرات لبنانية", amount(42, "LBP")),
    ("3000 ليرة سورية", amount(3000, "SYP")),
    ("خمسة آلاف ليرة تركية", amount(5000, "TRY")),
    ("100 مليون دينار جزائري", amount(100_000_000, "DZD")),
    ("500 مليون دينار بحريني", amount(500_000_000, "BHD")),
    ("٣٠٠ مليون ريال عماني", amount(300_000_000, "OMR")),
    ("٧٥٠٠ ريال يمني", amount(7500, "YER")),
    ("1.2 مليار دولار كندي", amount(1_200_000_000, "CAD")),
    ("800 مليون دولار أسترالي", amount(800_000_000, "AUD")),
    ("1.5 تريليون ين ياباني", amount(1_500_000_000_000, "JPY")),
    ("3.2 مليار يوان", amount(3_200_000_000, "CNY")),
    ("40 مليار روبل", amount(40_000_000_000, "RUB")),
    ("5 شواقل", amount(5, "ILS")),
    ("€500 مليون", amount(500_000_000, "EUR")),
    ("£50 مليون", amount(50_000_000, "GBP")),
    ("42 KWD", amount(42, "KWD")),
    ("42 ج.م", amount(42, "EGP")),
    ("10 جنيه", amount(10)),  # Duckling: a bare جنيه is ambiguous
    # percents: the value as written
    ("50.5٪", amount(D("50.5"), percent=True)),
    ("أكثر من 12 في المئة", amount(12, hedge="more_than", percent=True)),
    ("٪90", amount(90, percent=True)),
    ("5 بالمائة", amount(5, percent=True)),
    ("خمسون في المائة", amount(50, percent=True)),
    # a quote may carry other words, and a year, around its one amount
    ("استثمرت الولايات المتحدة أكثر من 850 مليون دولار منذ عام 2011", amount(850_000_000, "USD", "more_than")),
]  # fmt: skip


@pytest.mark.parametrize(("quote", "expected"), AMOUNTS, ids=[q for q, _ in AMOUNTS])
def test_parse_amount_reads_value_currency_and_hedge(quote, expected):
    assert parse_amount(quote) == expected


@pytest.mark.parametrize(
    ("quote", "country", "currency"),
    [
        ("600 مليون جنيه", "EG", "EGP"),
        ("5 ملايين دينار", "LY", "LYD"),
        ("150 ريالا", "SA", "SAR"),
        ("20 درهما", "MA", "MAD"),
        ("1000 ليرة", "TR", "TRY"),
        ("5 ملايين دينار", "US", None),  # the United States has no dinar
        ("5 ملايين دينار كويتي", "LY", "KWD"),  # the country named wins
        ("5 ملايين دولار", "CA", "USD"),  # دولار alone is the US dollar
    ],
)
def test_a_bare_currency_takes_the_country_the_text_is_about(quote, country, currency):
    assert parse_amount(quote, default_country=country).currency == currency


def test_whole_values_are_ints_and_others_decimals_never_floats():
    assert type(parse_amount("605 مليون دولار").value) is int
    assert type(parse_amount("1.3 مليار دولار").value) is int
    assert parse_amount("20.43 $").value == D("20.43")
    assert type(parse_amount("20.43 $").value) is Decimal


@pytest.mark.parametrize(
    ("quote", "message"),
    [
        ("قال الوزير", "no amount in «قال الوزير»: it states no number"),
        ("24 ديسمبر 2021", "no amount in «24 ديسمبر 2021»: it states no number"),
        (
            "605 مليون دولار و269 مليون دولار",
            "more than one amount in «605 مليون دولار و269 مليون دولار»: "
            "«605 مليون دولار», «269 مليون دولار»",
        ),
        ("9" * 25, f"«{'9' * 25}» is a run of more than 20 digits, not an amount"),
    ],
)
def test_parse_amount_says_why_it_cannot_read_a_quote(quote, message):
    with pytest.raises(ValueError) as error:
        parse_amount(quote)
    assert str(error.value) == message


# --- parse_date_text --------------------------------------------------------------------

DATES = [
    # Egyptian and Gulf month names, with their spelling variants
    ("24 ديسمبر 2021", ("2021-12-24", "day")),
    ("ديسمبر 2021", ("2021-12", "month")),
    ("5 يونيه 2019", ("2019-06-05", "day")),
    ("3 يوليه 2013", ("2013-07-03", "day")),
    ("اغسطس 2014", ("2014-08", "month")),
    ("ابريل 2020", ("2020-04", "month")),
    ("15 أبريل 2023", ("2023-04-15", "day")),
    ("24 من ديسمبر 2021", ("2021-12-24", "day")),
    ("24 ديسمبر، 2021", ("2021-12-24", "day")),
    # Levantine, alone and doubled with the Egyptian name
    ("كانون الثاني 2020", ("2020-01", "month")),
    ("كانون ثاني 2020", ("2020-01", "month")),
    ("15 شباط 2021", ("2021-02-15", "day")),
    ("آذار 2019", ("2019-03", "month")),
    ("نيسان 2018", ("2018-04", "month")),
    ("3 أيار 2017", ("2017-05-03", "day")),
    ("حزيران 2016", ("2016-06", "month")),
    ("تموز 2015", ("2015-07", "month")),
    ("4 آب 2020", ("2020-08-04", "day")),
    ("أيلول 2014", ("2014-09", "month")),
    ("تشرين الأول 2019", ("2019-10", "month")),
    ("تشرين الثاني 2013", ("2013-11", "month")),
    ("كانون الأول 2012", ("2012-12", "month")),
    ("حزيران/يونيو 2021", ("2021-06", "month")),
    ("يونيو (حزيران) 2021", ("2021-06", "month")),
    ("23 حزيران/يونيو 2021", ("2021-06-23", "day")),
    # Maghrebi (Algeria, Tunisia) and Moroccan
    ("14 جانفي 2011", ("2011-01-14", "day")),
    ("فيفري 2019", ("2019-02", "month")),
    ("مارس 2020", ("2020-03", "month")),
    ("أفريل 2021", ("2021-04", "month")),
    ("12 ماي 2022", ("2022-05-12", "day")),
    ("جوان 2020", ("2020-06", "month")),
    ("5 جويلية 2022", ("2022-07-05", "day")),
    ("أوت 2018", ("2018-08", "month")),
    ("يوليوز 2020", ("2020-07", "month")),
    ("غشت 2020", ("2020-08", "month")),
    ("شتنبر 2019", ("2019-09", "month")),
    ("نونبر 2018", ("2018-11", "month")),
    ("دجنبر 2017", ("2017-12", "month")),
    # numeric
    ("3/ أغسطس/ 2011", ("2011-08-03", "day")),
    ("19/نوفمبر/ 2020", ("2020-11-19", "day")),
    ("2021/12/20", ("2021-12-20", "day")),
    ("2021-12-20", ("2021-12-20", "day")),
    ("23/6/2021", ("2021-06-23", "day")),
    ("23-6-2021", ("2021-06-23", "day")),
    ("٢٣/٦/٢٠٢١", ("2021-06-23", "day")),
    ("6/2021", ("2021-06", "month")),
    ("29 فبراير 2020", ("2020-02-29", "day")),
    # years
    ("عام 2011", ("2011", "year")),
    ("2011", ("2011", "year")),
    ("العام 2020", ("2020", "year")),
    ("سنة ٢٠١٩", ("2019", "year")),
    ("2011م", ("2011", "year")),
    ("منذ عام 2011", ("2011", "year")),
]


@pytest.mark.parametrize(("phrase", "expected"), DATES, ids=[p for p, _ in DATES])
def test_parse_date_text_reads_stated_dates_alone(phrase, expected):
    assert parse_date_text(phrase, None) == expected
    assert parse_date_text(phrase, PUBLISHED) == expected


RELATIVE_DATES = [
    ("أكتوبر الماضي", ("2020-10", "month")),
    ("يونيو الماضي", ("2020-06", "month")),  # said in June: last year's June
    ("مارس المنصرم", ("2021-03", "month")),
    ("ديسمبر الفائت", ("2020-12", "month")),
    ("ديسمبر المقبل", ("2021-12", "month")),
    ("يناير القادم", ("2022-01", "month")),
    ("يونيو الجاري", ("2021-06", "month")),
    ("أيار الماضي", ("2021-05", "month")),
    ("24 ديسمبر المقبل", ("2021-12-24", "day")),
    ("10 يناير المقبل", ("2022-01-10", "day")),
    ("24 ديسمبر", ("2020-12-24", "day")),  # no year: six months back beats six ahead
    ("اليوم", ("2021-06-23", "day")),
    ("أمس", ("2021-06-22", "day")),
    ("أول أمس", ("2021-06-21", "day")),
    ("غداً", ("2021-06-24", "day")),
    ("بعد غد", ("2021-06-25", "day")),
    ("الشهر الماضي", ("2021-05", "month")),
    ("الشهر المقبل", ("2021-07", "month")),
    ("العام الماضي", ("2020", "year")),
    ("السنة الماضية", ("2020", "year")),
    ("العام المقبل", ("2022", "year")),
    ("العام الحالي", ("2021", "year")),
    ("هذا العام", ("2021", "year")),
    ("الأسبوع الماضي", ("2021-W24", "week")),  # an ISO week: no day, month or year fits
]


@pytest.mark.parametrize(("phrase", "expected"), RELATIVE_DATES, ids=[p for p, _ in RELATIVE_DATES])
def test_relative_dates_need_the_reference_date(phrase, expected):
    assert parse_date_text(phrase, PUBLISHED) == expected
    assert parse_date_text(phrase, None) == (None, "relative")


def test_last_month_in_january_is_december_of_the_year_before():
    assert parse_date_text("الشهر الماضي", date(2021, 1, 15)) == ("2020-12", "month")
    assert parse_date_text("أكتوبر المقبل", date(2021, 11, 2)) == ("2022-10", "month")


@pytest.mark.parametrize(
    ("phrase", "message"),
    [
        ("31 فبراير 2021", "there is no day 31 in month 2 of 2021"),
        ("29 فبراير 2021", "there is no day 29 in month 2 of 2021"),
        ("30/2/2021", "there is no day 30 in month 2 of 2021"),
        ("2021/13/01", "there is no day 1 in month 13 of 2021"),
        ("31 أبريل", "there is no day 31 in month 4"),
    ],
)
def test_a_date_that_names_no_real_day_is_rejected(phrase, message):
    with pytest.raises(ValueError) as error:
        parse_date_text(phrase, None)
    assert str(error.value) == f"«{phrase}» names no real day: {message}"


@pytest.mark.parametrize(
    ("phrase", "message"),
    [
        ("قال الوزير", "no date in «قال الوزير»"),
        ("850 مليون دولار", "no date in «850 مليون دولار»"),
        (
            "من 24 ديسمبر 2021 إلى يناير 2022",
            "more than one date in «من 24 ديسمبر 2021 إلى يناير 2022»: "
            "«24 ديسمبر 2021», «يناير 2022»",
        ),
    ],
)
def test_parse_date_text_says_why_it_cannot_read_a_phrase(phrase, message):
    with pytest.raises(ValueError) as error:
        parse_date_text(phrase, PUBLISHED)
    assert str(error.value) == message


# --- normalise, fold, guess_country -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("ما يقرب من  ١١ مليوناً", "ما يقرب من 11 مليونا"),
        ("جنيه إسترليني", "جنيه استرليني"),
        ("الأمريكيّة", "الامريكيه"),
        ("آذار", "اذار"),
        ("مستشفى", "مستشفي"),
        ("ـــدولار", "دولار"),
        ("١٫٥ مليار", "1.5 مليار"),
        ("۱۲۰ مليون", "120 مليون"),
        ("\u200f850\u200f مليون", "850 مليون"),
        ("  أكثر\tمن\n850  ", "اكثر من 850"),
    ],
)
def test_normalise_ignores_what_a_reader_ignores(text, normalised):
    assert normalise(text) == normalised


@pytest.mark.parametrize(
    ("value", "currency", "hedge", "quote"),
    [
        (11_000_000, "USD", "nearly", "ما يقرب من ١١ مليون دولارٍ"),
        (850_000_000, "USD", "more_than", "أكثرُ من  850 مليون دولار"),
        (1_300_000_000, "USD", "exact", "١٫٣ مليار دولار"),
    ],
)
def test_a_quote_matches_its_written_figure_once_normalised(value, currency, hedge, quote):
    assert normalise(render_ar(value, currency, hedge)) == normalise(quote)


@given(st.text())
def test_fold_keeps_every_offset(text):
    assert len(fold(text)) == len(text)


# Every character fold changes, and letters and digits it leaves alone.
FOLDABLE = sorted(
    {*"أإآٱىیةۀھک", *map(chr, range(0x0660, 0x066A)), *map(chr, range(0x06F0, 0x06FA))}
    | {*map(chr, range(0x064B, 0x0660)), "\u0670", "\u0640", "\u200c", "\u200f", "\ufeff"}
    | {*"ابتجدرسعلمنهوي 059\n"}
)


# Words a number may follow, glued letters, marks and spaces: what the patterns searched
# behind a number (hedges, range openers, labels) meet in text.
BEHIND = [*_HEDGE_BEFORE_KEYS, *HEDGE_FILLERS.split("، "), *RANGE_OPENERS.split("، ")]
BEHIND += [*LABEL_WORDS.split("، "), "من", "مبلغ", "العرب", "ثمن", "حتى", "يقدر بـ", "في"]
BITS = st.sampled_from([*BEHIND, " ", "  ", "\t", "\n", "و", "ب", "ـ", "\u064b", "(", "،", "5"])


@pytest.mark.parametrize("before", [_HEDGE_BEFORE, _RANGE_OPENER, _LABEL])
@given(
    bits=st.lists(BITS, max_size=8),
    last=st.sampled_from(BEHIND),
    glued=st.sampled_from(["", "و", "ب", "(", "5"]),
    after=st.sampled_from(["", " ", "  ", "ـ", "ـ ", "\u064b ", "\n", " ،"]),
    window=st.integers(0, 70),
)
def test_a_pattern_behind_a_number_is_looked_for_wherever_it_can_match(
    before, bits, last, glued, after, window
):
    """`_WordsBefore` skips the regex where the text cannot end in one of its words: it
    must find exactly what the regex alone finds, wherever it is."""
    folded = fold("".join(bits) + " " + glued + last + after)
    end, start = len(folded), max(0, len(folded) - window)
    found, alone = before.search(folded, start, end), before.pattern.search(folded, start, end)
    assert (found and found.span()) == (alone and alone.span())


@pytest.mark.parametrize("before", [_HEDGE_BEFORE, _RANGE_OPENER, _LABEL])
def test_every_phrase_behind_a_number_is_found_as_the_regex_finds_it(before):
    fillers = HEDGE_FILLERS.split("، ")
    phrases = BEHIND + [f"{word} {filler}" for word in BEHIND for filler in fillers]
    for phrase in phrases:
        for glued in ("", "و", "(", "5"):
            for after in ("", " ", "ـ", "\u064b ", "\n"):
                folded = fold("قال " + glued + phrase + after)
                found = before.search(folded, 0, len(folded))
                alone = before.pattern.search(folded, 0, len(folded))
                assert (found and found.span()) == (alone and alone.span()), folded


@given(st.text(alphabet=st.sampled_from(FOLDABLE), min_size=1, max_size=60))
def test_a_long_text_folds_as_each_of_its_characters_does(piece):
    text = piece * (5000 // len(piece) + 1)  # long: folded by str.replace where it can
    assert fold(text) == "".join(fold(char) for char in text)


@pytest.mark.parametrize(
    ("text", "among", "country"),
    [
        (ARTICLE, None, "LY"),
        (ARTICLE, BARE_CURRENCY_COUNTRIES, "LY"),
        ("قال الرئيس الأمريكي إن الولايات المتحدة وأمريكا اللاتينية", None, "US"),
        ("وصل الوزير المصري إلى القاهرة قادما من مصر", None, "EG"),
        ("قال الوزير إن الحكومة ستدفع", None, None),
        ("التقى وزير الخارجية الليبي نظيره التونسي", None, None),  # a tie
        ("قالت الولايات المتحدة والولايات المتحدة إن لبنان", BARE_CURRENCY_COUNTRIES, "LB"),
    ],
)
def test_guess_country_counts_names_and_adjectives(text, among, country):
    assert guess_country(text, among) == country


def test_each_module_of_the_package_imports_only_those_listed_above_it():
    """The layout in validation/arabic/__init__.py is the import order: no cycles."""
    package = ROOT / "validation" / "arabic"
    docstring = (package / "__init__.py").read_text(encoding="utf-8")
    layout = docstring.split("so there is no cycle:\n\n")[1].split("\n\n")[0]
    order = [
        line.split()[0]
        for line in layout.splitlines()
        if line.startswith("    ") and line[4] != " "
    ]
    assert sorted(order) == sorted(p.stem for p in package.glob("*.py") if p.stem != "__init__")
    for position, name in enumerate(order):
        tree = ast.parse((package / f"{name}.py").read_text(encoding="utf-8"))
        imported = {
            node.module.removeprefix("validation.arabic.")
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            and (node.module or "").startswith("validation.arabic.")
        }
        assert imported <= set(order[:position]), (
            f"{name} imports {imported - set(order[:position])}"
        )
