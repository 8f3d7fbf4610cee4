"""Dates as Arabic news writes them, apart from bare years (`years`): numeric dates
«23/6/2021», named months in every calendar's names with the pairs papers print «آذار
(مارس)», spans of months «من جانفي إلى أكتوبر 2018», ordinal days «الأول من تموز», relative
dates «أمس», «أكتوبر الماضي», «الخميس المقبل», «قبل ثلاثة أشهر», parts of a year «النصف الأول
من العام» (and the Maghreb's «السداسي الأول», «الثلاثي الأول»), spans of years next to
the reference year «العامين المقبلين», «السنوات الثلاث الماضية», and a page stamp «الثلاثاء
01/31» (a month and day whose weekday settles their order and the year).

A relative date resolves against a reference date (the article's publication day); without
one its ISO date is None and its precision "relative".
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from validation.arabic.lexicon import (
    AGO_UNITS,
    AGO_WORDS,
    AHEAD_WORDS,
    BEFORE_LAST,
    FUTURE_DAY_WORDS,
    MONTH_NAMES,
    MONTH_PREPOSITIONS,
    MONTH_SPAN_OPENERS,
    MONTHS_COUNTED_BARE,
    MONTHS_COUNTED_NOUNS,
    MONTHS_FIRST_LAST,
    MONTHS_NEVER_ALONE,
    NEXT_PERIOD_PHRASES,
    ORDINAL_DAYS,
    PERIOD_EDGE_NOT_BEFORE,
    PERIOD_EDGE_NOUNS,
    PERIOD_EDGES,
    RECENT_MONTHS,
    RECENT_MONTHS_WAYS,
    RELATIVE_DAYS,
    RELATIVE_PERIODS,
    RELATIVE_WORDS,
    REVOLUTION_DAYS,
    REVOLUTION_WORDS,
    SAME_PERIOD_PHRASES,
    SAME_YEAR_PHRASES,
    SPAN_BETWEEN,
    SPAN_BETWEEN_NOT_AFTER,
    SPAN_CLOSING_EDGES,
    THIS_WORDS,
    WEEKDAY_NOT_AFTER,
    WEEKDAY_NOT_BEFORE,
    WEEKDAYS,
    YEAR_BEFORE_PHRASES,
    YEAR_PART_ADJECTIVES,
    YEAR_PART_NOT_OF,
    YEAR_PARTS,
    YEAR_PARTS_ALONE,
    YEAR_SPAN_COUNTED,
    YEAR_SPAN_COUNTS,
    YEAR_SPAN_DUALS,
    YEAR_SPAN_PLURALS,
    YEAR_SPAN_WAYS,
    YEAR_SPAN_WORDS,
)
from validation.arabic.numbers import _SCALE_ROLES, NUMBER_WORDS, _Number
from validation.arabic.text import (
    _END,
    _GAP,
    _LETTER,
    _PREFIX,
    _SPACE,
    _START,
    _alternation,
    _key,
    _phrases,
    _words,
)


@dataclass(slots=True)  # not frozen, for speed, as `quantities.Quantity`
class DatePhrase:
    """A date as the text states it; ``iso`` is None when it needs a reference date."""

    start: int
    end: int
    iso: str | None
    precision: str  # day, month, year, week or relative
    kind: str = "date"  # "year" for a year standing alone (عام 2011, the 2021 of 2570 (2021))
    iso_end: str | None = None  # the last year (month) of a span: «2015 - 2016»


# «لنفس السنة», «العام نفسه»: read as this placeholder precision, which the walk replaces
# by the year of the nearest year before it in its paragraph (`phrases.read_phrases`).
SAME_YEAR = "same year"
_SAME_YEAR_KEYS = frozenset(_key(p) for p in _phrases(SAME_YEAR_PHRASES))
SAME_PERIOD = "same period"
_SAME_PERIOD_KEYS = frozenset(_key(p) for p in _phrases(SAME_PERIOD_PHRASES))
_MONTH_KEYS = {_key(name): n for n, names in MONTH_NAMES.items() for name in _phrases(names)}
_ORDINAL_DAY_KEYS = {_key(w): day for day, ws in ORDINAL_DAYS.items() for w in _phrases(ws)}
_WEEKDAY_KEYS = {_key(w): day for day, ws in enumerate(WEEKDAYS) for w in _phrases(ws)}
_RELATIVE_KEYS = {
    _key(word + ending): step
    for step, words in RELATIVE_WORDS.items()
    for word in _phrases(words)
    for ending in ("", "ة", "ين")  # «… الماضيين» after two months: «تموز وآب الماضيين»
}
# Phrases that are dates by themselves: (unit, steps from the reference date).
_RELATIVE_PHRASES = {
    **{_key(p): ("day", step) for step, ps in RELATIVE_DAYS.items() for p in _phrases(ps)},
    **{
        _key(f"{form} {word}"): (unit, step)
        for unit, nouns in RELATIVE_PERIODS.items()
        for noun in _phrases(nouns)
        # «للعام المقبل»: after «ل» the article loses its alef, and «لعام» is what remains
        for form in (noun, "ل" + noun.removeprefix("ال"))
        for word, step in _RELATIVE_KEYS.items()
        if word.endswith("ه") == noun.endswith("ة")  # العام الماضي, السنة الماضية
    },
    **{  # «العام قبل الماضي», «السنة قبل الماضية», «للعام قبل الماضي»
        _key(f"{form} {BEFORE_LAST}{'ة' if noun.endswith('ة') else ''}"): (unit, -2)
        for unit, nouns in RELATIVE_PERIODS.items()
        for noun in _phrases(nouns)
        for form in (noun, "ل" + noun.removeprefix("ال"))
    },
    **{
        _key(f"{this} {noun}"): (unit, 0)
        for unit, nouns in RELATIVE_PERIODS.items()
        for noun in _phrases(nouns)
        for this in _phrases(THIS_WORDS)
        if (this == "هذه") == noun.endswith("ة")
    },
    **{_key(p): ("year", -1) for p in _phrases(YEAR_BEFORE_PHRASES)},
    **{
        _key(p): ("month", -1) if way == "month before" else (way, 1)
        for way, ps in NEXT_PERIOD_PHRASES.items()
        for p in _phrases(ps)
    },
}
# «العام السابق»: the year before the period just discussed (`phrases._year_before`)
_YEAR_BEFORE_KEYS = frozenset(_key(p) for p in _phrases(YEAR_BEFORE_PHRASES))
# «الشهر التالي»: the month (or year) after the one just dated (`phrases._next_period`)
_NEXT_PERIOD_KEYS = {
    _key(p): ("month", -1) if way == "month before" else (way, 1)
    for way, ps in NEXT_PERIOD_PHRASES.items()
    for p in _phrases(ps)
}
# «قبل عامين», «منذ شهر»: a unit alone after «قبل» is one of it, its dual two.
_AGO_UNIT_KEYS = {
    _key(word): (unit, count)
    for unit, (words, duals) in AGO_UNITS.items()
    for count, ws in ((1, words), (2, duals))
    for word in ws.split()
}
_AGO_PHRASES = {
    _key(f"{ago} {word}"): value
    for ago in _phrases(AGO_WORDS)
    for word, value in _AGO_UNIT_KEYS.items()
    if value[1] == 2 or word in (_key("عام"), _key("شهر"), _key("أسبوع"), _key("سنة"))
}
_YEAR_PART_KEYS = {_key(p): months for p, months in YEAR_PARTS.items()}
# «للربع الأول من عام 2025»: «ل» before «ال» drops the alif; the same part of the year
_YEAR_PART_KEYS |= {
    _key("لل" + p[2:]): months for p, months in YEAR_PARTS.items() if p.startswith("ال")
}
_RECENT_MONTH_KEYS = {_key(p): count_way for p, count_way in RECENT_MONTHS.items()}
# «نهاية العام», «بداية الشهر»: the unit of the period.
_PERIOD_EDGE_KEYS = {
    _key(f"{edge} {noun}"): unit
    for edge in _phrases(PERIOD_EDGES)
    for unit, nouns in PERIOD_EDGE_NOUNS.items()
    for noun in _phrases(nouns)
}
_YEAR_PARTS_ALONE = {_key(p) for p in _phrases(YEAR_PARTS_ALONE)}
_COUNTED_WITHOUT_WHICH = {_key(p) for p in MONTHS_COUNTED_BARE} | {
    _key("لل" + p[2:]) for p in MONTHS_COUNTED_BARE if p.startswith("ال")
}
_YEAR_PART_ADJECTIVE = re.compile(  # «الاجتماع الثلاثي الأول»: a tripartite meeting
    "(?:" + _alternation(_words(YEAR_PART_ADJECTIVES)) + ")" + _END
)
_DEFINITE_NOUN_BEFORE = re.compile(  # «الاجتماع », «والمخطط »; not «إلى »
    _START + _PREFIX + "?ال(?!ي" + _END + ")" + _LETTER + "{2,}" + _END + _SPACE + r"\Z"
)
_NOT_A_YEAR_AFTER = re.compile(  # «… 2020 مليون»: an amount, no year
    _GAP + "(?:[%٪]|(?:" + _alternation(
        [w for w, e in NUMBER_WORDS.items() if e.role in _SCALE_ROLES]
    ) + ")" + _END + ")"
)  # fmt: skip

# «العامين المقبلين», «للسنوات الخمس الماضية», «الخمس سنوات الأخيرة»: years next to the
# reference year. Each opening word (with the «لل» of «للعامين») is a trigger of the walk.
_YEAR_SPAN_WAY_KEYS = {_key(w): way for way, ws in YEAR_SPAN_WAYS.items() for w in _phrases(ws)}
_YEAR_SPAN_COUNT_KEYS = {_key(w): n for n, ws in YEAR_SPAN_COUNTS.items() for w in _phrases(ws)}
_YEAR_SPAN_NOUN_KEYS = {
    _key(form): count
    for count, nouns in ((2, YEAR_SPAN_DUALS), (None, YEAR_SPAN_PLURALS))
    for noun in _phrases(nouns)
    for form in (noun, "ل" + noun.removeprefix("ا"))  # «للعامين»: «ل» eats the alef
}
YEAR_SPAN_OPENINGS = {*_YEAR_SPAN_NOUN_KEYS, *_YEAR_SPAN_COUNT_KEYS}


_MONTH = _alternation(_MONTH_KEYS)
_RELATIVE = _alternation(_RELATIVE_KEYS)


_AGO_BEFORE = re.compile(
    _START + _PREFIX + "?" + _alternation(_words(AGO_WORDS)) + _END + _GAP + r"\Z"
)
_AGO_UNIT = re.compile(_SPACE + "(?P<unit>" + _alternation(_AGO_UNIT_KEYS) + ")" + _END)
_OF_SOMETHING = re.compile(_GAP + "من" + _END)  # «قبل ثلاثة أشهر من الانتخابات»: not ago
_DIGIT_AFTER = re.compile(_GAP + "[0-9]")
_STATED_YEAR = re.compile(
    _GAP + r"(?P<year>(?:19|20)[0-9]{2})(?![0-9])(?:" + _GAP + "م" + _END + ")?"
)
_WEEKDAY_AFTER = re.compile(
    _SPACE + "(?:يوم" + _END + _SPACE + ")?(?P<weekday>" + _alternation(_WEEKDAY_KEYS) + ")" + _END
)
_RELATIVE_AFTER = re.compile(_SPACE + "(?P<relative>" + _RELATIVE + ")" + _END)
_DATE_AFTER_WEEKDAY = re.compile(r"[^\S\n]*+[،,]?[^\S\n]*+[0-9]")
_DAY_WORD_BEFORE = re.compile(_START + "يوم" + _END + _SPACE + r"\Z")  # «يوم الأربعاء»
_WEEKDAY_NOT_AFTER = re.compile(
    _START + _PREFIX + "?" + _alternation(_words(WEEKDAY_NOT_AFTER)) + _END + _SPACE + r"\Z"
)
_WEEKDAY_NOT_BEFORE = re.compile(_SPACE + _alternation(_words(WEEKDAY_NOT_BEFORE)) + _END)
_FUTURE_VERB_BEFORE = re.compile(  # «سيعقد الثلاثاء», «وستبدأ المفاوضات الرسمية الأحد»
    _START + _PREFIX + "?س[يتن]" + _LETTER + "++"
    + "(?:" + _SPACE + _LETTER + "++){0,2}" + _SPACE + r"\Z"
)  # fmt: skip
_AHEAD_VERB_BEFORE = re.compile(  # «ويبدأ العمل بالقانون في …», «سيعقد …»; not «تموز»,
    # «تراجعت» or the past of «تراجع», «تجاوز» (a «ت» whose third letter is «ا»)
    _START + _PREFIX + "?(?:س[يتن]|ي(?!وم|ناير|ونيو|ونيه|وليو|وليه)|ت(?!موز|شرين|" + _LETTER + "ا))"
    + _LETTER
    + "{2,}+(?<!ت)" + _END + "(?:" + _SPACE + _LETTER + "++" + _END + "){0,4}" + _SPACE + r"\Z"
)  # fmt: skip
_AHEAD_WORD_BEFORE = re.compile(  # «حدد موعد الجلسة في …», «من المقرر أن …»
    _START + _PREFIX + "?" + _alternation(_words(AHEAD_WORDS)) + _END
    + "(?:" + _SPACE + _LETTER + "++" + _END + "){0,4}" + _SPACE + r"\Z"
)  # fmt: skip
_MONTH_AFTER = re.compile(_SPACE + _MONTH + _END)
_BEFORE_LAST_AFTER = re.compile(_SPACE + "قبل" + _SPACE + "الماضيه?" + _END)  # «… قبل الماضي»
_EDGE_WORD = re.compile(_LETTER + "++" + _SPACE)  # «نهاية » before the period's noun
_PERIOD_EDGE_NOT_BEFORE = re.compile(  # «… العام المالي» (not «إلى»), «… نفسه», «… من», «… 2024»
    _SPACE + "(?:ال(?!ي" + _END + ")" + _LETTER
    + "|(?:" + _alternation(_words(PERIOD_EDGE_NOT_BEFORE)) + ")" + _END + ")"
    + "|" + _GAP + "[0-9]"
)  # fmt: skip
_UNTIL_MONTH_YEAR = re.compile(  # the year written once, after the second month
    _GAP + "(?:(?:" + _alternation(_words(YEAR_SPAN_WORDS)) + ")" + _END + "|وـ*+)" + _GAP
    + "(?P<month>" + _MONTH + ")" + _END
    + _GAP + "[,،]?" + _GAP + r"(?P<year>(?:19|20)[0-9]{2})(?![0-9])"
)  # fmt: skip
_MONTH_PREPOSITION_BEFORE = re.compile(
    _START + _PREFIX + "?" + _alternation(_words(MONTH_PREPOSITIONS)) + _END + _SPACE + r"\Z"
)
_NEVER_ALONE = {_key(w) for w in _words(MONTHS_NEVER_ALONE)}
_FOR_BEFORE = re.compile(_START + r"لـ*+\Z")  # «لتشرين الثاني», «لشباط»: «ل» glued to it
_AND_BEFORE = re.compile(
    _GAP + "[،,]?" + _GAP + r"وـ*+\Z"
)  # «في تشرين الثاني وكانون الأول»: a second month
# «شهر مارس», «شهري تموز وآب»
_MONTH_WORD_BEFORE = re.compile(_START + _PREFIX + "?شهري?" + _END + _GAP + r"\Z")
_YEAR_PART_OF = re.compile(  # «النصف الأول من العام الجاري», «الربع الثالث من عام 2015»
    _SPACE + "(?:من" + _SPACE + "|ل(?=ل?عام|ل?سنه|[0-9]))"  # «… للعام 2020», «… ل2010»
    + "(?:(?:هذا|هذه)" + _SPACE + ")?"  # «… من هذا العام»
    + "(?:(?P<noun>" + _alternation(["العام", "السنة", "عام", "سنة", "لعام", "لسنة"])
    + ")" + _END + ")?" + "(?:" + _SPACE + "(?P<relative>" + _RELATIVE + ")" + _END + ")?"
    + "(?:" + _GAP + r"(?P<year>(?:19|20)[0-9]{2})(?![0-9]))?"
)  # fmt: skip

_BRACKETED_YEAR = re.compile(
    _GAP + r"\(" + _GAP + r"(?P<year>(?:19|20)[0-9]{2})" + _GAP + r"\)"
)  # «… الأولى (2018)»
_FISCAL_AFTER = re.compile(_SPACE + "الماليه?" + _END)  # «العام المالي», «السنة المالية»
_SCHOOL_AFTER = re.compile(_SPACE + _alternation(_words(YEAR_PART_NOT_OF)) + _END)
_FIRST_LAST_KEYS = {_key(w): which for w, which in MONTHS_FIRST_LAST.items()}
_FIRST_LAST_MONTHS = re.compile(  # «أول 5 أشهر», «آخر ثلاثة أشهر», «أول شهرين»
    "(?P<which>" + _alternation(_FIRST_LAST_KEYS) + ")" + _END + _SPACE
    + "(?:(?P<dual>شهرين)" + _END + "|(?:(?P<digits>[0-9]{1,2})(?![0-9])|(?P<word>"
    + _alternation(w for w, e in NUMBER_WORDS.items() if e.role in ("unit", "ten"))
    + ")" + _END + ")" + _GAP + _alternation(_words(MONTHS_COUNTED_NOUNS)) + _END + ")"
)  # fmt: skip

# «الـ 11 شهرا الأولى من عام 2022», «ال 9 أشهر الأخيرة من 2019»: the count in digits, after
# the article (read where the digits trigger the walk, the article being behind them).
_ARTICLE_BEFORE_DIGITS = re.compile(_START + "(?:[وفبك]ـ*+)?(?:ال|لل)ـ*+" + _GAP + r"\Z")
_RECENT_WAY_KEYS = {
    _key(word): way
    for way, words in RECENT_MONTHS_WAYS.items()
    for word in _phrases(words)
    if _key(word) != _key("الأخيرة")  # «الـ 6 أشهر الأخيرة» alone is read as before
}
_DIGITS_MONTHS = re.compile(
    r"(?P<digits>[0-9]{1,2})(?![0-9])ـ*+" + _GAP
    + _alternation(["أشهر", "شهور", "شهرا", "شهر"]) + _END + _SPACE
    + "(?P<which>" + _alternation(["الأولى", "الأخيرة", *_RECENT_WAY_KEYS]) + ")" + _END
)  # fmt: skip
_NOUN_BEFORE_DIGITS = re.compile(  # «الأشهر الـ »: the noun first, then the article
    _START + "(?:[وفبك]ـ*+)?" + _alternation(["الأشهر", "الشهور"]) + _END + _SPACE + "الـ*+"
    + _GAP + r"\Z"
)  # fmt: skip
_DIGITS_WHICH = re.compile(  # «10 الأولى» after «الأشهر الـ»
    r"(?P<digits>[0-9]{1,2})(?![0-9])ـ*+" + _SPACE
    + "(?P<which>" + _alternation(["الأولى", "الأخيرة"]) + ")" + _END
)  # fmt: skip
_YEAR_SPAN_WAY = "(?P<way>" + _alternation(_YEAR_SPAN_WAY_KEYS) + ")" + _END
_YEAR_SPAN_COUNT = "(?P<count>" + _alternation(_YEAR_SPAN_COUNT_KEYS) + ")" + _END
_YEAR_SPAN = re.compile(  # the noun, its count (none for a dual), then the way
    "(?:(?P<noun>" + _alternation(_YEAR_SPAN_NOUN_KEYS) + ")" + _END
    + "(?:" + _SPACE + "(?:" + _YEAR_SPAN_COUNT + "|(?:الـ*+)?(?P<digits>[0-9]{1,2})(?![0-9])))?"
    + "|(?P<first>" + _alternation(_YEAR_SPAN_COUNT_KEYS) + ")" + _END + _SPACE
    + _alternation(_words(YEAR_SPAN_COUNTED)) + _END + ")"
    + _SPACE + _YEAR_SPAN_WAY
)  # fmt: skip


_OTHER_MONTH = (  # «حزيران/يونيو», «يونيو (حزيران)», «يونيو حزيران»: a second calendar's name
    "(?:(?:" + _GAP + r"[/\-]" + _GAP + "|" + _GAP + r"\(" + _GAP + "|" + _SPACE + ")"
    + "(?P<other>" + _MONTH + ")" + _END + r"(?:" + _GAP + r"\))?)"
)  # fmt: skip
_MONTH_NAMED = "(?P<month>" + _MONTH + ")" + _END + _OTHER_MONTH + "?"
_MONTH_NAMED_ALONE = "(?P<month>" + _MONTH + ")" + _END
_YEAR_AFTER_MONTH = (  # «ديسمبر 2021», «ديسمبر، 2021», «ديسمبر من عام 2021م»
    "(?:" + _GAP + "[,،]?" + _GAP + "(?:(?:من" + _SPACE + ")?(?:عام|العام|سنه|السنه)" + _END
    + _GAP + ")?(?P<year>(?:19|20)[0-9]{2})(?![0-9])(?:" + _GAP + "م" + _END + ")?)"
)  # fmt: skip
_OF_RELATIVE_YEAR = (  # «أبريل من العام الماضي», «أيلول العام الماضي»: April of last year
    _SPACE + "(?:(?P<of>من)" + _SPACE + ")?(?P<ofyear>(?:العام|السنه|عام|سنه)" + _END + _SPACE
    + "(?P<yearrel>" + _RELATIVE + ")" + "|هذا" + _SPACE + "العام|هذه" + _SPACE + "السنه)"
    + _END
)  # fmt: skip
_AFTER_MONTH = (
    "(?:" + _YEAR_AFTER_MONTH + "|" + _OF_RELATIVE_YEAR
    + "|" + _SPACE + "(?P<relative>" + _RELATIVE + ")" + _END + ")"
)  # fmt: skip
_MONTH_YEAR = re.compile(_MONTH_NAMED + _AFTER_MONTH + "?")  # ديسمبر 2021, أكتوبر الماضي
_MONTH_YEAR_ALONE = re.compile(_MONTH_NAMED_ALONE + _AFTER_MONTH + "?")
_MONTH_SPAN_UNTIL = re.compile(  # «… إلى أكتوبر», «… - أكتوبر», «… وأكتوبر» (after «بين»),
    # «… وحتى نهاية أكتوبر», «… ونهاية شهر ماي» (after «بين»), «من أبريل ليونيو»
    _GAP + "(?:(?P<and>وـ*+)|(?:وـ*+)?(?:" + _alternation([*_words(YEAR_SPAN_WORDS), "لغاية"])
    + ")" + _END + r"|[\-–]|(?P<glued>(?:وـ*+)?لـ*+))" + _GAP
    + "(?:" + _alternation(_words(SPAN_CLOSING_EDGES)) + _END + _SPACE + ")?"
    + "(?:شهر" + _SPACE + ")?(?=" + _MONTH + _END + ")"
)  # fmt: skip
_BETWEEN_BEFORE = re.compile(  # «بين عامي 2015 و2017», «بين يناير وأكتوبر», «بين شهري تموز وآب»
    _START + _PREFIX + "?" + _alternation(_words(SPAN_BETWEEN)) + _END
    + "(?:" + _SPACE + "(?:شهري?|" + _alternation(_words(SPAN_CLOSING_EDGES)) + ")" + _END + ")?"
    + _GAP + r"\Z"
)  # fmt: skip
_COMPARING_BEFORE = re.compile(  # «قارن … بين»: two points compared, no span
    _START + _PREFIX + "?" + _alternation(_words(SPAN_BETWEEN_NOT_AFTER)) + _END + _SPACE
    + r"(?:" + _LETTER + "++" + _SPACE + "){0,2}" + r"\Z"
)  # fmt: skip
_MONTH_SPAN_OPENER = re.compile(  # «من جانفي …», «بين يناير …»
    _START + _PREFIX + "?" + _alternation(_words(MONTH_SPAN_OPENERS)) + _END + _SPACE + r"\Z"
)
_ORDINAL_DAY_MONTH = re.compile(  # «الأول من تموز (يوليو)», «العاشر من شهر مارس 2020»
    "(?P<ordinal>" + _alternation(_ORDINAL_DAY_KEYS) + ")" + _END + _SPACE + "(?:من" + _SPACE + ")?"
    + "(?:شهر" + _SPACE + ")?" + _MONTH_NAMED + _AFTER_MONTH + "?"
)  # fmt: skip
_ORDINAL_DAY_MONTH_ALONE = re.compile(
    "(?P<ordinal>" + _alternation(_ORDINAL_DAY_KEYS) + ")" + _END + _SPACE + "(?:من" + _SPACE + ")?"
    + "(?:شهر" + _SPACE + ")?" + _MONTH_NAMED_ALONE + _AFTER_MONTH + "?"
)  # fmt: skip
_OF_RELATIVE_MONTH = (  # «من الشهر الجاري», «من هذا الشهر»: «من» makes the number a day
    "من" + _SPACE + "(?:الشهر" + _SPACE + "(?P<relative>" + _RELATIVE + ")"
    + "|هذا" + _SPACE + "الشهر)" + _END
)  # fmt: skip
_DAY_OF_RELATIVE_MONTH = re.compile(  # «15 من الشهر الجاري», «في 3 الجاري»: a day of it
    r"(?P<day>[0-9]{1,2})(?![0-9])ـ*+" + _GAP + "(?:" + _OF_RELATIVE_MONTH
    + "|(?P<current>" + _alternation(["الجاري", "الحالي"]) + ")" + _END + ")"
)  # fmt: skip
_ORDINAL_OF_RELATIVE_MONTH = re.compile(  # «العشرين من الشهر الجاري»
    "(?P<ordinal>" + _alternation(_ORDINAL_DAY_KEYS) + ")" + _END + _SPACE + _OF_RELATIVE_MONTH
)
_WEEK_BEFORE = re.compile(  # «الأسبوع الأول من يوليو»: a week of the month, not its first day
    _START + _PREFIX + "?" + _alternation(["الأسبوع", "الاسبوع"]) + _END + _SPACE + r"\Z"
)
_FUTURE_BEFORE = re.compile(  # «التي تنتهي في 31 مارس», «حتى 30 يونيو»
    _START + _PREFIX + "?" + _alternation(_words(FUTURE_DAY_WORDS)) + _END
    + "(?:" + _SPACE + "في" + _END + ")?" + _GAP + r"\Z"
)  # fmt: skip
_MONTH_JUST_BEFORE = re.compile(  # «من 1 يناير حتى 31 مارس»: «حتى» closes a span
    "(?:" + _MONTH + ")" + _END + _GAP + r"\Z"
)
_REVOLUTION_BEFORE = re.compile(  # «ثورة 14 جانفي», «بعد انتفاضة 17 فبراير»
    _START + _PREFIX + "?" + _alternation(_words(REVOLUTION_WORDS)) + _END + _GAP + r"\Z"
)
_DAY_MONTH = re.compile(  # 24 ديسمبر 2021, 24 ديسمبر المقبل, 24 من شهر ديسمبر
    r"(?P<day>[0-9]{1,2})(?![0-9])ـ*+" + _GAP + "(?:من" + _SPACE + ")?(?:شهر" + _SPACE + ")?"
    + _MONTH_NAMED + _AFTER_MONTH + "?"
)  # fmt: skip
_DAY_MONTH_ALONE = re.compile(
    r"(?P<day>[0-9]{1,2})(?![0-9])ـ*+" + _GAP + "(?:من" + _SPACE + ")?(?:شهر" + _SPACE + ")?"
    + _MONTH_NAMED_ALONE + _AFTER_MONTH + "?"
)  # fmt: skip
_DAY_NAMED_MONTH_YEAR = re.compile(  # 3/ أغسطس/ 2011
    r"(?P<day>[0-9]{1,2})" + _GAP + r"(?P<sep>[/\-])" + _GAP + "(?P<month>" + _MONTH + ")"
    + _END + _GAP + r"(?P=sep)" + _GAP + r"(?P<year>(?:19|20)[0-9]{2})(?![0-9])"
)  # fmt: skip
_UNTIL = (  # «وحتى», «إلى», «ولغاية», «إلى حدود», «-»: between the two ends of a span of days
    _GAP + "(?:(?:وـ*+)?(?:" + _alternation([*_words(YEAR_SPAN_WORDS), "لغاية"]) + ")" + _END
    + "(?:" + _SPACE + _alternation(["حدود", "غاية"]) + _END + ")?"
    + r"|[\-–])" + _GAP
)  # fmt: skip
# The year written once, after the last day: «2025», «الماضي», «من العام الجاري».
_UNTIL_DAY_MONTH_YEAR = re.compile(  # «1 يناير وحتى 30 يونيو 2025», «… إلى 31 أغسطس الماضي»
    _UNTIL + r"(?P<day>[0-9]{1,2})(?![0-9])ـ*+" + _GAP + "(?:من" + _SPACE + ")?"
    + "(?:شهر" + _SPACE + ")?(?P<month>" + _MONTH + ")" + _END + _AFTER_MONTH
)  # fmt: skip
_UNTIL_DAY_MONTH = re.compile(  # «من 1 يناير إلى 30 سبتمبر»: no year after the last day
    _UNTIL + r"(?P<day>[0-9]{1,2})(?![0-9])ـ*+" + _GAP + "(?:من" + _SPACE + ")?"
    + "(?:شهر" + _SPACE + ")?(?P<month>" + _MONTH + ")" + _END
)  # fmt: skip
_TWO_DAYS_BEFORE = re.compile(_START + _PREFIX + "?يومي" + _END + _GAP + r"\Z")  # «يومي »
_AND_DAY_SAME_MONTH = re.compile(  # «يومي 12 و13 سبتمبر 2022»: two days, the month once
    r"(?P<first>[0-9]{1,2})(?![0-9])" + _GAP + "وـ*+" + _GAP + r"(?P<day>[0-9]{1,2})(?![0-9])ـ*+"
    + _GAP + "(?:من" + _SPACE + ")?(?:شهر" + _SPACE + ")?(?P<month>" + _MONTH + ")" + _END
    + _AFTER_MONTH + "?"
)  # fmt: skip
_UNTIL_DAY_SAME_MONTH = re.compile(  # «من 10 إلى 15 مارس 2024»: the month written once
    r"(?P<first>[0-9]{1,2})(?![0-9])" + _UNTIL + r"(?P<day>[0-9]{1,2})(?![0-9])ـ*+" + _GAP
    + "(?:من" + _SPACE + ")?(?:شهر" + _SPACE + ")?(?P<month>" + _MONTH + ")" + _END
    + _AFTER_MONTH
)  # fmt: skip
_DAY_MONTH_YEAR_NUMERIC = re.compile(  # 23/6/2021, 23-6-2021, 23.6.2021
    r"(?P<day>[0-9]{1,2})" + _GAP + r"(?P<sep>[/.\-])" + _GAP + r"(?P<month>[0-9]{1,2})"
    + _GAP + r"(?P=sep)" + _GAP + r"(?P<year>[0-9]{4})(?![0-9]|[./\-][0-9])"
)  # fmt: skip
_YEAR_MONTH_DAY_NUMERIC = re.compile(  # 2021/12/20, 2021-12-20
    r"(?P<year>[0-9]{4})(?P<sep>[/.\-])(?P<month>[0-9]{1,2})(?P=sep)(?P<day>[0-9]{1,2})(?![0-9])"
)
_MONTH_YEAR_NUMERIC = re.compile(r"(?P<month>[0-9]{1,2})/(?P<year>[0-9]{4})(?![0-9/])")  # 6/2021


def _month_of(name: str) -> int:
    return _MONTH_KEYS[_key(name)]


def _year_of_month(month: int, step: int, reference: date) -> int:
    """The year of «<month> الماضي/المقبل/الجاري» said on ``reference``."""
    if step < 0:
        return reference.year if month < reference.month else reference.year - 1
    if step > 0:
        return reference.year if month > reference.month else reference.year + 1
    return reference.year


def _nearest_year(month: int, reference: date, ahead: bool = False) -> int:
    """The year that puts ``month`` nearest the reference date, when the text names no
    year, a month ahead counting twice a month back: news reports what was done, and real
    articles name a month already past far more often than one to come (across 40 held-out
    sets: 84 within six months back, 8 within three months ahead). In March 2024,
    «السابع من أكتوبر» is October 2023 and «يونيو» June 2024; in September 2020, «يناير»
    is January 2020 (eight back, not four ahead); in October, «يناير» is the coming one.
    After a verb that speaks of what is to come («ويبدأ العمل بالقانون في نوفمبر»,
    `_said_ahead`) both ways count the same."""
    now = reference.year * 12 + reference.month - 1
    months = min(
        (year * 12 + month - 1 for year in range(reference.year - 1, reference.year + 2)),
        key=lambda m: (
            _distance(m, m, now, ahead),
            m // 12 != reference.year if ahead else m > now,
        ),
    )
    return months // 12


def _distance(begin: int, finish: int, now: int, ahead: bool = False) -> int:
    """How far months ``begin``..``finish`` lie from month ``now``, ahead counting twice
    unless the words speak of what is to come."""
    return max((1 if ahead else 2) * (begin - now), now - finish, 0)


def _after_a_coming_date(previous: object, reference: date | None) -> bool:
    """Whether the phrase read just before is a date after the reference month («في أيلول
    2021، والثالثة قبل نهاية كانون الأول» written in June 2021): a list of dates to come
    goes on ahead."""
    return (
        isinstance(previous, DatePhrase)
        and previous.iso is not None
        and reference is not None
        and previous.iso[:7] > f"{reference.year:04d}-{reference.month:02d}"
    )


def _said_ahead(folded: str, start: int, floor: int = 0) -> bool:
    """Whether the words before ``start`` in its clause speak of what is to come: a verb in
    the present or future up to four words before («وتنتهي المرحلة الثانية في ديسمبر»,
    «سيعقد في مارس»), a word of AHEAD_WORDS («موعد», «بحلول»), or «ل» glued to the month
    («لأكتوبر»): then a month without a year may as well be the coming one."""
    window = max(floor, start - 48)
    return bool(
        _AHEAD_VERB_BEFORE.search(folded, window, start)
        or _AHEAD_WORD_BEFORE.search(folded, window, start)
        or _FOR_BEFORE.search(folded, max(floor, start - 2), start)
    )


def _nearest_part_year(first: int, last: int, reference: date, ahead: bool = False) -> int:
    """The year whose months ``first``..``last`` lie nearest the reference date, when the
    text names no year (ahead counting twice, as for a month alone: `_nearest_year`): in
    May 2020, «الربع الأول» is January–March 2020; in January 2021, «الربع الأخير» is
    October–December 2020; in January 2011, «من أبريل إلى يونيو» is April–June 2010; a tie
    goes to the past (news reports). A span that crosses a year («من نوفمبر إلى مارس»)
    opens in the year returned."""
    now = reference.year * 12 + reference.month - 1

    def distance(year: int) -> tuple[int, int]:
        begin = year * 12 + first - 1
        finish = (year + (first > last)) * 12 + last - 1
        return _distance(begin, finish, now, ahead), year > reference.year

    return min(range(reference.year - 1, reference.year + 2), key=distance)


def _real_day(year: int, month: int, day: int) -> date:
    """The day, or ValueError in plain words when the calendar has none (31 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"there is no day {day} in month {month} of {year}") from None


def _real_day_in_some_year(month: int, day: int) -> None:
    """ValueError unless some year has this day («29 فبراير» yes, «31 أبريل» never)."""
    try:
        date(2000, month, day)  # 2000 was a leap year
    except ValueError:
        raise ValueError(f"there is no day {day} in month {month}") from None


def _day_date(start: int, end: int, year: int, month: int, day: int) -> DatePhrase:
    return DatePhrase(start, end, _real_day(year, month, day).isoformat(), "day")


def _month_match(pattern: re.Pattern, alone: re.Pattern, folded: str, start: int):
    """A month phrase; a second name that is not the same month («مايو يونيو») is dropped."""
    match = pattern.match(folded, start)
    if match and match["other"] and _month_of(match["other"]) != _month_of(match["month"]):
        match = alone.match(folded, start)
    return match


def _read_named_month(
    match: re.Match, start: int, reference: date | None, day: int | None, ahead: bool = False
) -> DatePhrase:
    """A named month, maybe with a day: its year as written, else from the reference date."""
    month = _month_of(match["month"])
    if match["year"]:
        year = int(match["year"])
    elif reference is None:
        if day is not None:
            _real_day_in_some_year(month, day)
        return DatePhrase(start, match.end(), None, "relative")
    elif match["ofyear"]:
        year = reference.year + (_RELATIVE_KEYS[_key(match["yearrel"])] if match["yearrel"] else 0)
    elif match["relative"]:
        year = _year_of_month(month, _RELATIVE_KEYS[_key(match["relative"])], reference)
    else:
        year = _nearest_year(month, reference, ahead)
    if day is not None:
        return _day_date(start, match.end(), year, month, day)
    return DatePhrase(start, match.end(), _real_day(year, month, 1).isoformat()[:7], "month")


def _read_numeric_date(folded: str, start: int, reference: date | None) -> DatePhrase | None:
    """A date that opens with a number: 23/6/2021, 2021/12/20, 3/ أغسطس/ 2011, 24 ديسمبر."""
    for pattern in (_YEAR_MONTH_DAY_NUMERIC, _DAY_MONTH_YEAR_NUMERIC):
        match = pattern.match(folded, start)
        if match:
            year, month, day = (int(match[g]) for g in ("year", "month", "day"))
            return _day_date(start, match.end(), year, month, day)
    match = _DAY_NAMED_MONTH_YEAR.match(folded, start)
    if match:
        month = _month_of(match["month"])
        return _day_date(start, match.end(), int(match["year"]), month, int(match["day"]))
    match = _MONTH_YEAR_NUMERIC.match(folded, start)
    if match and 1 <= int(match["month"]) <= 12 and 1900 <= int(match["year"]) <= 2100:
        return DatePhrase(start, match.end(), f"{match['year']}-{int(match['month']):02d}", "month")
    match = _DAY_OF_RELATIVE_MONTH.match(folded, start)
    day = match and _day_of_relative_month(match, start, int(match["day"]), reference)
    if day:
        return day
    two = _read_two_days(folded, start, reference)
    if two:
        return two
    match = _month_match(_DAY_MONTH, _DAY_MONTH_ALONE, folded, start)
    if match and not (match["year"] or match["relative"] or match["ofyear"]):
        span = _read_day_span(match, folded, start, reference)
        if span:
            return span
    if match:
        day = int(match["day"])
        return (
            _revolution_day(match, folded, start, day)
            or _coming_day(match, folded, start, day, reference)
            or _read_named_month(match, start, reference, day, _said_ahead(folded, start))
        )
    match = _UNTIL_DAY_SAME_MONTH.match(folded, start)
    if match:
        month = _month_of(match["month"])
        year = _year_after_month(match, month, reference)
        if year is None:
            _real_day_in_some_year(month, int(match["day"]))
            return DatePhrase(start, match.end(), None, "relative")
        first = _day_date(start, match.end(), year, month, int(match["first"]))
        last = _real_day(year, month, int(match["day"])).isoformat()
        return DatePhrase(first.start, first.end, first.iso, "day", iso_end=last)
    return None


def _revolution_day(match: re.Match, folded: str, start: int, day: int) -> DatePhrase | None:
    """«ثورة 14 جانفي», «ثورة الخامس والعشرين من يناير»: a revolution named by its day
    without a year is that day of its year (`lexicon.REVOLUTION_DAYS`), whenever the
    article was written."""
    if match["year"] or match["relative"] or match["ofyear"]:
        return None
    month = _month_of(match["month"])
    year = REVOLUTION_DAYS.get((day, month))
    if year is None or not _REVOLUTION_BEFORE.search(folded, max(0, start - 12), start):
        return None
    return _day_date(start, match.end(), year, month, day)


def _coming_day(
    match: re.Match, folded: str, start: int, day: int, reference: date | None
) -> DatePhrase | None:
    """«السنة المالية التي تنتهي في 31 مارس» written in June 2017: the coming 31 March
    (2018), not the nearest (2017), when a word before it points ahead (FUTURE_DAY_WORDS)
    and no year is written."""
    if match["year"] or match["relative"] or match["ofyear"] or not _usable(reference):
        return None
    ahead = _FUTURE_BEFORE.search(folded, max(0, start - 16), start)
    if ahead is None:
        return None
    opening = ahead.start()
    if _MONTH_JUST_BEFORE.search(folded, max(0, opening - 16), opening):
        return None  # the end of a span of days whose year is that of its first day
    month = _month_of(match["month"])
    _real_day_in_some_year(month, day)
    year = reference.year + ((month, day) < (reference.month, reference.day))
    if month == 2 and day == 29:  # the coming 29 February is in the next leap year
        while not calendar.isleap(year):
            year += 1
    return _day_date(start, match.end(), year, month, day)


def _year_after_month(match: re.Match, month: int, reference: date | None) -> int | None:
    """The year written after ``month`` («2025», «الماضي», «من العام الجاري»), or None
    when it is relative and there is no reference date to resolve it."""
    if match["year"]:
        return int(match["year"])
    if not _usable(reference):
        return None
    if match["ofyear"]:
        return reference.year + (_RELATIVE_KEYS[_key(match["yearrel"])] if match["yearrel"] else 0)
    return _year_of_month(month, _RELATIVE_KEYS[_key(match["relative"])], reference)


def _read_yearless_day_span(
    match: re.Match, folded: str, start: int, reference: date | None
) -> DatePhrase | None:
    """«من 1 يناير إلى 30 سبتمبر»: no year written; the months lie nearest the reference
    date, as a span of months without a year does (`_nearest_part_year`)."""
    until = _UNTIL_DAY_MONTH.match(folded, match.end())
    if until is None or not _usable(reference):
        return None
    first_month, last_month = _month_of(match["month"]), _month_of(until["month"])
    first_year = _nearest_part_year(first_month, last_month, reference, _said_ahead(folded, start))
    last_year = first_year + (first_month > last_month)
    last = _real_day(last_year, last_month, int(until["day"])).isoformat()
    first = _day_date(start, until.end(), first_year, first_month, int(match["day"]))
    return DatePhrase(first.start, first.end, first.iso, "day", iso_end=last)


def _read_two_days(folded: str, start: int, reference: date | None) -> DatePhrase | None:
    """«يومي 12 و13 سبتمبر 2022»: after «يومي» (on the two days), two days of one month,
    the month and its year written once; with no year, the month nearest the reference."""
    if not _TWO_DAYS_BEFORE.search(folded, max(0, start - 8), start):
        return None
    match = _AND_DAY_SAME_MONTH.match(folded, start)
    if match is None:
        return None
    month = _month_of(match["month"])
    if match["year"] or match["relative"] or match["ofyear"]:
        year = _year_after_month(match, month, reference)
    else:
        ahead = _said_ahead(folded, start)
        year = _nearest_year(month, reference, ahead) if _usable(reference) else None
    if year is None:
        return DatePhrase(start, match.end(), None, "relative")
    first = _day_date(start, match.end(), year, month, int(match["first"]))
    last = _real_day(year, month, int(match["day"])).isoformat()
    return DatePhrase(first.start, first.end, first.iso, "day", iso_end=last)


def _read_day_span(
    match: re.Match, folded: str, start: int, reference: date | None
) -> DatePhrase | None:
    """«1 يناير وحتى 30 يونيو 2025», «من 01 يناير إلى 31 أغسطس الماضي»: the first day
    borrows the year written after the last, or the year before when its month comes later
    in the calendar («من 1 يوليو إلى 30 يونيو 2021»: 2020-07-01), as a span of months
    does; ``iso_end`` is the last day."""
    until = _UNTIL_DAY_MONTH_YEAR.match(folded, match.end())
    if until is None:
        return _read_yearless_day_span(match, folded, start, reference)
    first_month, last_month = _month_of(match["month"]), _month_of(until["month"])
    year = _year_after_month(until, last_month, reference)
    if year is None:
        _real_day_in_some_year(first_month, int(match["day"]))
        _real_day_in_some_year(last_month, int(until["day"]))
        return DatePhrase(start, until.end(), None, "relative")
    last = _real_day(year, last_month, int(until["day"])).isoformat()
    first_year = year - (first_month > last_month)
    first = _day_date(start, until.end(), first_year, first_month, int(match["day"]))
    return DatePhrase(first.start, first.end, first.iso, "day", iso_end=last)


def _read_month(
    folded: str, start: int, floor: int, reference: date | None, previous: object = None
) -> DatePhrase | None:
    """«ديسمبر 2021», «أكتوبر الماضي», «آذار (مارس)», «شهر مارس»: a month on its own needs a
    second calendar's name or the word «شهر» to be a date, else «آب» could be a father.
    ``previous`` is the phrase read just before, for a second month joined by «و»."""
    match = _month_match(_MONTH_YEAR, _MONTH_YEAR_ALONE, folded, start)
    if match is None:
        return None
    named = match.groupdict()
    span = _read_month_span(match, folded, start, floor, reference)
    if span:
        return span
    if named["ofyear"] and not named["of"] and not _month_is_a_date(match, folded, start, floor):
        # «مارس العام الماضي» with nothing before it may be the verb «practised»
        return _read_month_alone(match, folded, start, floor, reference, previous)
    until = _UNTIL_MONTH_YEAR.match(folded, match.end())
    # «من يناير حتى أكتوبر 2021»: the first month borrows the year written after the last
    if not (named["year"] or named["relative"] or named["ofyear"]) and until:
        month, year = _month_of(named["month"]), int(until["year"])
        year -= month > _month_of(until["month"])  # «من ديسمبر حتى مارس 2021»: December 2020
        iso = _real_day(year, month, 1).isoformat()[:7]
        return DatePhrase(start, match.end(), iso, "month")
    if not (
        named["year"]
        or named["relative"]
        or named["ofyear"]
        or named.get("other")
        or _MONTH_WORD_BEFORE.search(folded, max(floor, start - 8), start)
    ):
        return _read_month_alone(match, folded, start, floor, reference, previous)
    ahead = _said_ahead(folded, start, floor) or _after_a_coming_date(previous, reference)
    return _read_named_month(match, start, reference, None, ahead)


_UNTIL_MONTH_OF_YEAR = re.compile(  # «… وحتى سبتمبر 2017», «… - سبتمبر 2017», «… ونهاية
    # ديسمبر 2017» (after «بين نهاية»)
    _GAP + "(?:(?:وـ*+)?(?:" + _alternation([*_words(YEAR_SPAN_WORDS), "لغاية"]) + ")" + _END
    + r"|[\-–]|(?P<and>وـ*+))" + _GAP
    + "(?:" + _alternation(_words(SPAN_CLOSING_EDGES)) + _END + _SPACE + ")?"
    + "(?:شهر" + _SPACE + ")?(?P<month>" + _MONTH + ")" + _END
    + _OTHER_MONTH + "?" + _GAP + "[,،]?" + _GAP + r"(?P<year>(?:19|20)[0-9]{2})(?![0-9])"
)  # fmt: skip


def _read_month_to_month(match: re.Match, folded: str, start: int) -> DatePhrase | None:
    """«أكتوبر 2016 وحتى سبتمبر 2017»: from a month of one year to a month of a later one;
    joined by «و» only after «بين» («بين نهاية ديسمبر 2016 ونهاية ديسمبر 2017»)."""
    until = _UNTIL_MONTH_OF_YEAR.match(folded, match.end())
    if until is None or (until["and"] and not _between_before(folded, 0, start)):
        return None
    first = int(match["year"]) * 12 + _month_of(match["month"]) - 1
    last = int(until["year"]) * 12 + _month_of(until["month"]) - 1
    if not 0 < last - first <= 240:
        return None
    return DatePhrase(
        start,
        until.end(),
        f"{first // 12:04d}-{first % 12 + 1:02d}",
        "month",
        iso_end=f"{last // 12:04d}-{last % 12 + 1:02d}",
    )


def _read_month_span(
    match: re.Match, folded: str, start: int, floor: int, reference: date | None
) -> DatePhrase | None:
    """«من جانفي إلى أكتوبر 2018», «بين يناير وأكتوبر 2018», «يناير - أكتوبر 2018»: one
    span of months, ``iso`` the first and ``iso_end`` the last. The year (or «الماضي», «من
    العام المقبل») written after the last month is the first's too, or the year before when
    the first comes later in the calendar («من ديسمبر حتى مارس 2021»: December 2020). With
    no year the span is the one nearest the reference date; then it needs «من»/«بين» (or
    what makes its first month a date alone) before it. «يناير وأكتوبر» without «بين» is
    two months. A first month with its own year spans to a last with its own
    («أكتوبر 2016 وحتى سبتمبر 2017», «سبتمبر 2016- سبتمبر 2017»), up to twenty years on."""
    if match["year"]:
        return _read_month_to_month(match, folded, start)
    if match["relative"] or match["ofyear"]:
        return None
    until = _MONTH_SPAN_UNTIL.match(folded, match.end())
    if until is None:
        return None
    opener = _MONTH_SPAN_OPENER.search(folded, max(floor, start - 8), start)
    if until["and"] and not _between_before(folded, floor, start):
        return None
    if until["glued"] and not opener:  # «… ليونيو» closes a span only after «من»
        return None
    last = _month_match(_MONTH_YEAR, _MONTH_YEAR_ALONE, folded, until.end())
    first_month, last_month = _month_of(match["month"]), _month_of(last["month"])
    if first_month == last_month:
        return None
    dated = last["year"] or last["relative"] or last["ofyear"]
    if not (dated or opener or _month_is_a_date(match, folded, start, floor)):
        return None
    if not (last["year"] or _usable(reference)):
        return DatePhrase(start, last.end(), None, "relative")
    if last["year"]:
        year = int(last["year"])
    elif last["ofyear"]:
        year = reference.year + (_RELATIVE_KEYS[_key(last["yearrel"])] if last["yearrel"] else 0)
    elif last["relative"]:
        year = _year_of_month(last_month, _RELATIVE_KEYS[_key(last["relative"])], reference)
    else:
        ahead = _said_ahead(folded, start, floor)
        year = _nearest_part_year(first_month, last_month, reference, ahead)
        year += first_month > last_month
    first = _real_day(year - (first_month > last_month), first_month, 1).isoformat()[:7]
    return DatePhrase(start, last.end(), first, "month", iso_end=f"{year:04d}-{last_month:02d}")


def _month_is_a_date(match: re.Match, folded: str, start: int, floor: int) -> bool:
    """Whether a month name with no year is a date by what surrounds it: a second
    calendar's name («آذار/مارس»), «شهر», a preposition («في», «منذ», «نهاية») or a glued
    «ل» before it."""
    return bool(
        match.groupdict().get("other")
        or _MONTH_WORD_BEFORE.search(folded, max(floor, start - 8), start)
        or _MONTH_PREPOSITION_BEFORE.search(folded, max(floor, start - 12), start)
        or _FOR_BEFORE.search(folded, max(floor, start - 2), start)
    )


def _between_before(folded: str, floor: int, opening: int) -> bool:
    """Whether «بين» stands right before ``opening``, so that a «و» after it closes a span
    («بين عامي 2015 و2017»); not after a word that compares («قارن التقرير بين …»)."""
    between = _BETWEEN_BEFORE.search(folded, max(floor, opening - 12), opening)
    if between is None:
        return False
    window = max(floor, between.start() - 40)
    return _COMPARING_BEFORE.search(folded, window, between.start()) is None


def _read_month_alone(
    match: re.Match,
    folded: str,
    start: int,
    floor: int,
    reference: date | None,
    previous: object = None,
) -> DatePhrase | None:
    """«حتى سبتمبر», «منذ مارس», «لشباط»: a month after a preposition (or a glued «ل»), in
    the year that puts it nearest the reference date (`_nearest_year`); «وكانون الأول» right
    after a month read so is a second one, in the year that follows the first's."""
    if match.groupdict().get("other"):
        return None
    end = match.end("month")
    second = _second_month(match, folded, start, floor, previous)
    if second is not None:  # «تموز وآب»: after a month, «آب» is August
        return second
    if _key(match["month"]) in _NEVER_ALONE:
        return None
    if not (
        _MONTH_PREPOSITION_BEFORE.search(folded, max(floor, start - 12), start)
        or _FOR_BEFORE.search(folded, max(floor, start - 2), start)
    ):
        return None
    if not _usable(reference):
        return DatePhrase(start, end, None, "relative")
    month = _month_of(match["month"])
    ahead = _said_ahead(folded, start, floor) or _after_a_coming_date(previous, reference)
    return DatePhrase(
        start, end, f"{_nearest_year(month, reference, ahead):04d}-{month:02d}", "month"
    )


def _second_month(
    match: re.Match, folded: str, start: int, floor: int, previous: object
) -> DatePhrase | None:
    """«في تشرين الثاني وكانون الأول»: a month glued to «و» right after a month phrase takes
    the first's year, or the next year when it comes earlier in the calendar («ديسمبر ويناير»)."""
    if not (
        isinstance(previous, DatePhrase)
        and (previous.precision == "month" or _MONTH_YEAR_ALONE.match(folded, previous.start))
        and previous.iso_end is None
        and previous.end == floor
        and _AND_BEFORE.fullmatch(folded, floor, start)
    ):
        return None
    end = match.end("month")
    if previous.iso is None or previous.precision != "month":
        return DatePhrase(start, end, None, "relative")
    year, first = int(previous.iso[:4]), int(previous.iso[5:7])
    month = _month_of(match["month"])
    year += month <= first
    return DatePhrase(start, end, f"{year:04d}-{month:02d}", "month")


def _read_ordinal_day(
    folded: str, start: int, reference: date | None, floor: int = 0
) -> DatePhrase | None:
    """«الأول من تموز (يوليو)», «العاشر من شهر مارس 2020», «العشرين من الشهر الجاري»;
    «الأسبوع الأول من يوليو» is a week of July: the month, its words from «الأسبوع»."""
    week = _WEEK_BEFORE.search(folded, max(floor, start - 12), start)
    relative = _ORDINAL_OF_RELATIVE_MONTH.match(folded, start)
    if relative and week:  # «الأسبوع الثاني من الشهر الجاري»: that month
        step = _RELATIVE_KEYS[_key(relative["relative"])] if relative["relative"] else 0
        return _step(week.start(), relative.end(), "month", step, reference)
    if relative:
        day = _ORDINAL_DAY_KEYS[_key(relative["ordinal"])]
        return _day_of_relative_month(relative, start, day, reference)
    match = _month_match(_ORDINAL_DAY_MONTH, _ORDINAL_DAY_MONTH_ALONE, folded, start)
    if match is None:
        return None
    if week:
        month = _read_named_month(match, start, reference, None)
        month.start = week.start()
        return month
    day = _ORDINAL_DAY_KEYS[_key(match["ordinal"])]
    return _revolution_day(match, folded, start, day) or _read_named_month(
        match, start, reference, day, _said_ahead(folded, start, floor)
    )


def _day_of_relative_month(
    match: re.Match, start: int, day: int, reference: date | None
) -> DatePhrase | None:
    """The day ``day`` of the month «الشهر الجاري/الماضي/المقبل» (or «الجاري» alone) names."""
    if not 1 <= day <= 31:
        return None
    if not _usable(reference):
        return DatePhrase(start, match.end(), None, "relative")
    step = _RELATIVE_KEYS[_key(match["relative"])] if match["relative"] else 0
    months = reference.year * 12 + reference.month - 1 + step
    return _day_date(start, match.end(), months // 12, months % 12 + 1, day)


def _usable(reference: date | None) -> bool:
    """A reference far enough from date.min and date.max to count days and years from."""
    return reference is not None and date.min.year + 200 < reference.year < date.max.year - 200


def _step(start: int, end: int, unit: str, step: int, reference: date | None) -> DatePhrase:
    """The day, ISO week, month or year ``step`` units from the reference date."""
    # NOTE: a relative date resolves to the unit it names, at that precision («أمس» a day,
    # «الشهر الماضي» a month, «الأسبوع الماضي» an ISO week): the precision says how much the
    # words pin down; without a reference the date is None and the precision "relative".
    if not _usable(reference):
        return DatePhrase(start, end, None, "relative")
    if unit == "day":
        return DatePhrase(start, end, (reference + timedelta(days=step)).isoformat(), "day")
    if unit == "week":
        year, week, _ = (reference + timedelta(weeks=step)).isocalendar()
        return DatePhrase(start, end, f"{year:04d}-W{week:02d}", "week")
    if unit == "month":
        months = reference.year * 12 + reference.month - 1 + step
        return DatePhrase(start, end, f"{months // 12:04d}-{months % 12 + 1:02d}", "month")
    return DatePhrase(start, end, f"{reference.year + step:04d}", "year")


def _read_relative(
    folded: str, start: int, end: int, phrase: str, reference: date | None
) -> DatePhrase:
    """«أمس», «الشهر الماضي», and «أمس الخميس» with the weekday that confirms it."""
    unit, step = _RELATIVE_PHRASES[_key(phrase)]
    if unit == "day":
        weekday = _WEEKDAY_AFTER.match(folded, end)
        if weekday and _usable(reference):
            return _named_day(start, weekday.end(), weekday["weekday"], step, reference)
        end = weekday.end() if weekday else end
    stated = _STATED_YEAR.match(folded, end) if unit == "year" else None
    if stated:  # «العام الجاري 2025»: the year is written out
        return DatePhrase(start, stated.end(), stated["year"], "year", "year")
    return _step(start, end, unit, step, reference)


def _named_day(start: int, end: int, weekday: str, step: int, reference: date) -> DatePhrase:
    """«اليوم الأربعاء», «أمس الخميس»: the named weekday the word counts to. The weekday is
    the writer's own word for the day, and a page's date is the day it went up, not always
    the day it was written: the weekday wins, at most a day after the counted day (a wire's
    time zone) and else the last such day before it («اليوم الأحد» on a page of Thursday
    is the Sunday before)."""
    counted = reference + timedelta(days=step)
    drift = (_WEEKDAY_KEYS[_key(weekday)] - counted.weekday()) % 7
    days = step + (drift - 7 if drift > 1 else drift)
    return _step(start, end, "day", days, reference)


def _read_weekday(
    folded: str, start: int, end: int, weekday: str, reference: date | None, floor: int = 0
) -> DatePhrase | None:
    """«الخميس المقبل», «الجمعة الماضية», and a weekday alone «قال الوزير الثلاثاء», «يوم
    الأربعاء»: the last such day on or before the reference date (news reports what was
    done), or the next on or after it when a future verb stands before it («سيعقد
    الثلاثاء»). «خميس» without the article is a name; «صلاة الجمعة», «الأحد عشر» (eleven)
    and «بين الاثنين» (the two) are no dates."""
    relative = _RELATIVE_AFTER.match(folded, end)
    if relative is None:
        return _read_weekday_alone(folded, start, end, weekday, reference, floor)
    end, step = relative.end(), _RELATIVE_KEYS[_key(relative["relative"])]
    if not _usable(reference):
        return DatePhrase(start, end, None, "relative")
    wanted = _WEEKDAY_KEYS[_key(weekday)]
    if step < 0:
        days = -((reference.weekday() - wanted) % 7 or 7)
    elif step > 0:
        days = (wanted - reference.weekday()) % 7 or 7
    else:
        days = wanted - reference.weekday()
    return _step(start, end, "day", days, reference)


def _read_weekday_alone(
    folded: str, start: int, end: int, weekday: str, reference: date | None, floor: int
) -> DatePhrase | None:
    if not folded.startswith("ال", start) or _WEEKDAY_NOT_BEFORE.match(folded, end):
        return None
    if _DATE_AFTER_WEEKDAY.match(folded, end):  # «الجمعة 22 أيلول 2017»: the date says it
        return _read_weekday_stamp(folded, start, end, weekday, reference)
    window = max(floor, start - 20)
    if _WEEKDAY_NOT_AFTER.search(folded, window, start):
        return None
    day_word = _DAY_WORD_BEFORE.search(folded, window, start)
    opening = day_word.start() if day_word else start
    if not _usable(reference):
        return DatePhrase(opening, end, None, "relative")
    wanted = _WEEKDAY_KEYS[_key(weekday)]
    if _FUTURE_VERB_BEFORE.search(folded, max(floor, opening - 40), opening):
        days = (wanted - reference.weekday()) % 7
    else:
        days = -((reference.weekday() - wanted) % 7)
    return _step(opening, end, "day", days, reference)


_DAY_AND_MONTH_AFTER = re.compile(  # «الثلاثاء 01/31», a page stamp with no year
    r"[^\S\n]*+[،,]?[^\S\n]*+(?P<first>[0-9]{1,2})/(?P<second>[0-9]{1,2})(?![0-9]|[./-][0-9])"
)


def _read_weekday_stamp(
    folded: str, start: int, end: int, weekday: str, reference: date | None
) -> DatePhrase | None:
    """«الثلاثاء 01/31»: a weekday, then a month and day without a year (either order) —
    a day of the reference year, taken only when the weekday fits exactly one reading."""
    match = _DAY_AND_MONTH_AFTER.match(folded, end)
    if match is None or not _usable(reference):
        return None
    first, second = int(match["first"]), int(match["second"])
    wanted = _WEEKDAY_KEYS[_key(weekday)]
    fits = set()
    for month, day in ((first, second), (second, first)):
        try:
            day_of_year = date(reference.year, month, day)
        except ValueError:
            continue
        if day_of_year.weekday() == wanted:
            fits.add(day_of_year)
    if len(fits) != 1:
        return None
    return DatePhrase(start, match.end(), fits.pop().isoformat(), "day")


def _read_ago_phrase(
    folded: str, start: int, end: int, phrase: str, reference: date | None
) -> DatePhrase | None:
    """«قبل عامين», «منذ شهر»; not «منذ عام 2011», «قبل عام من الانتخابات»."""
    if _DIGIT_AFTER.match(folded, end) or _OF_SOMETHING.match(folded, end):
        return None
    if _MONTH_AFTER.match(folded, end):
        return None
    unit, count = _AGO_PHRASES[_key(phrase)]
    return _step(start, end, unit, -count, reference)


def _read_ago_count(
    folded: str, start: int, floor: int, number: _Number, reference: date | None
) -> DatePhrase | None:
    """«قبل ثلاثة أشهر», «منذ 5 سنوات»: a count of units back from the reference date."""
    if number.value is None or number.scaled or not 1 <= number.value <= 100:
        return None
    if number.value != number.value.to_integral_value():
        return None
    ago = _AGO_BEFORE.search(folded, max(floor, start - 8), start)
    unit = ago and _AGO_UNIT.match(folded, number.end)
    if not unit or _OF_SOMETHING.match(folded, unit.end()):
        return None
    kind = _AGO_UNIT_KEYS[_key(unit["unit"])][0]
    return _step(ago.start(), unit.end(), kind, -int(number.value), reference)


_OF_THIS_YEAR = re.compile(
    _SPACE + "من" + _SPACE + "(?:العام|السنه)" + _END
    + "(?:" + _SPACE + _alternation(["الجاري", "الحالي", "الجارية", "الحالية"]) + _END + ")?"
    + r"(?!" + _GAP + "(?:19|20)[0-9]{2}(?![0-9]|[.,][0-9])|"
    + _SPACE + "(?:الماضي|السابق|المقبل|القادم))"
)  # fmt: skip
_OF_AFTER = re.compile(  # «… من المشروع», «… للعام 2020», «… ل2010»; not «… ليبلغ»
    _SPACE + "(?:من" + _END + "|ل(?=ل?عام|ل?سنه|ـ*+[0-9]))"
)


def _read_recent_months(
    folded: str, start: int, end: int, phrase: str, reference: date | None
) -> DatePhrase | None:
    """«الأشهر الأربعة الماضية», «الشهرين المقبلين»: the months just before or after the
    reference month. Followed by a year («… الأخيرة من 2019») it is that year's part; of
    anything else («… الأخيرة من المشروع», «… من عقده») it is no date."""
    this_year = _OF_THIS_YEAR.match(folded, end)
    if this_year:  # «الشهور السبعة الماضية من العام»: the same months, in the reference's year
        end = this_year.end()
    elif _OF_AFTER.match(folded, end):
        return None
    count, way = _RECENT_MONTH_KEYS[_key(phrase)]
    return _recent_months(start, end, count, way, reference)


def _recent_months(
    start: int, end: int, count: int, way: int, reference: date | None
) -> DatePhrase:
    """The ``count`` months before (``way`` < 0) or after the reference month."""
    if not _usable(reference):
        return DatePhrase(start, end, None, "relative")
    month = reference.year * 12 + reference.month - 1
    first, last = (month - count, month - 1) if way < 0 else (month + 1, month + count)
    return DatePhrase(
        start,
        end,
        f"{first // 12:04d}-{first % 12 + 1:02d}",
        "month",
        iso_end=f"{last // 12:04d}-{last % 12 + 1:02d}",
    )


def _read_year_part(
    folded: str, start: int, end: int, part: str, reference: date | None
) -> DatePhrase | None:
    """«النصف الأول من العام», «الربع الثالث من 2015», «السداسي الثاني 2019»: a span of
    months; «الاجتماع الثلاثي الأول» is a meeting."""
    if _YEAR_PART_ADJECTIVE.match(folded, start) and _DEFINITE_NOUN_BEFORE.search(
        folded, max(0, start - 20), start
    ):
        return None
    half = _half_of_a_month(folded, start, end, part, reference)
    if half:
        return half
    first, last = _YEAR_PART_KEYS[_key(part)]
    return _months_of_a_year(folded, start, end, first, last, reference, part)


_HALVES = {_key("النصف الأول"): 1, _key("النصف الثاني"): 2}
_OF_A_MONTH = re.compile(_SPACE + "من" + _SPACE + "(?:شهر" + _SPACE + ")?")
_RELATIVE_MONTH = re.compile("الشهر" + _SPACE + "(?P<relative>" + _RELATIVE + ")" + _END)


def _half_of_a_month(
    folded: str, start: int, end: int, part: str, reference: date | None
) -> DatePhrase | None:
    """«النصف الثاني من شباط المنصرم», «النصف الأول من الشهر الماضي»: the month's days 1–15
    or 16 to its last, of the month named as a month alone would be."""
    half = _HALVES.get(_key(part))
    of = _OF_A_MONTH.match(folded, end) if half else None
    if of is None:
        return None
    relative = _RELATIVE_MONTH.match(folded, of.end())
    if relative:
        month = _step(
            start, relative.end(), "month", _RELATIVE_KEYS[_key(relative["relative"])], reference
        )
    else:
        named = _month_match(_MONTH_YEAR, _MONTH_YEAR_ALONE, folded, of.end())
        if named is None:
            return None
        month = _read_named_month(named, start, reference, None)
        month.end = named.end()
    if month.iso is None or len(month.iso) != 7:
        return DatePhrase(start, month.end, None, "relative")
    year, number = int(month.iso[:4]), int(month.iso[5:7])
    last = calendar.monthrange(year, number)[1]
    first_day, last_day = (1, 15) if half == 1 else (16, last)
    return DatePhrase(
        start,
        month.end,
        f"{month.iso}-{first_day:02d}",
        "day",
        iso_end=f"{month.iso}-{last_day:02d}",
    )


def _read_first_months(folded: str, start: int, reference: date | None) -> DatePhrase | None:
    """«أول 5 أشهر من العام 2024», «آخر ثلاثة أشهر من 2019»: a year's first or last months,
    read as «الأشهر الخمسة الأولى من العام 2024»; «أول 5 أشهر من الحرب» is none."""
    match = _FIRST_LAST_MONTHS.match(folded, start)
    if match is None:
        return None
    if match["dual"]:
        count = 2
    elif match["digits"]:
        count = int(match["digits"])
    else:
        count = int(NUMBER_WORDS[_key(match["word"])].value)
    if not 1 <= count <= 12:
        return None
    first_months = _FIRST_LAST_KEYS[_key(match["which"])] == "first"
    first, last = (1, count) if first_months else (13 - count, 12)
    return _months_of_a_year(folded, start, match.end(), first, last, reference)


def _read_months_counted_in_digits(
    folded: str, start: int, floor: int, reference: date | None
) -> DatePhrase | None:
    """«الـ 11 شهرا الأولى من عام 2022», «ال 9 أشهر الأخيرة من 2019»: a year's first or last
    months, counted in digits after the article; ``start`` is the digits', the phrase opens
    at the article. None without a year after it («الـ 6 أشهر الأولى من الحرب»)."""
    article = _ARTICLE_BEFORE_DIGITS.search(folded, max(floor, start - 8), start)
    match = _DIGITS_MONTHS.match(folded, start) if article else None
    if match is None and "شه" in folded[max(floor, start - 16) : start]:
        # «الأشهر الـ 10 الأولى من 2011»: the noun before the digits
        article = _NOUN_BEFORE_DIGITS.search(folded, max(floor, start - 16), start)
        match = _DIGITS_WHICH.match(folded, start) if article else None
    if match is None:  # «7 شهور من العام»: only where a month noun follows
        found = "شه" in folded[start : start + 8]
        return _months_counted_bare(folded, start, floor, reference) if found else None
    if not 1 <= (count := int(match["digits"])) <= 12:
        return None
    which = _key(match["which"])
    if which in _RECENT_WAY_KEYS:  # «الـ3 أشهر الماضية»: the months before the reference's
        if _OF_AFTER.match(folded, match.end()) and not _OF_THIS_YEAR.match(folded, match.end()):
            return None
        way = _RECENT_WAY_KEYS[which]
        return _recent_months(article.start(), match.end(), count, way, reference)
    first, last = (1, count) if which == "الاولي" else (13 - count, 12)
    return _months_of_a_year(folded, article.start(), match.end(), first, last, reference)


_DIGITS_MONTHS_BARE = re.compile(  # «11 شهرا», «7 شهور» (then «من» and a year)
    r"(?P<digits>[0-9]{1,2})(?![0-9])ـ*+" + _GAP
    + _alternation(["أشهر", "شهور", "شهرا", "شهرًا", "شهراً"]) + _END
)  # fmt: skip
_DURING_BEFORE = re.compile(  # «خلال 7 شهور …», «في الـ 9 أشهر …»
    _START + "(?:[وف]ـ*+)?(?:خلال|في)" + _END + _SPACE + "(?:الـ*+" + _GAP + r")?\Z"
)  # fmt: skip


def _months_counted_bare(
    folded: str, start: int, floor: int, reference: date | None
) -> DatePhrase | None:
    """«خلال 7 شهور من العام الحالي», «في الـ 9 أشهر من 2009»: counted months with no
    «الأولى», after «خلال/في» and before «من» and a year, are that year's first months."""
    during = _DURING_BEFORE.search(folded, max(floor, start - 12), start)
    match = _DIGITS_MONTHS_BARE.match(folded, start) if during else None
    if match is None or not 1 <= (count := int(match["digits"])) <= 12:
        return None
    of = _YEAR_PART_OF.match(folded, match.end())
    if of is None or not (of["noun"] or of["year"]):
        return None
    article = _ARTICLE_BEFORE_DIGITS.search(folded, max(floor, start - 8), start)
    opening = article.start() if article else start
    return _months_of_a_year(folded, opening, match.end(), 1, count, reference)


def _months_of_a_year(
    folded: str,
    start: int,
    end: int,
    first: int,
    last: int,
    reference: date | None,
    part: str | None = None,
) -> DatePhrase | None:
    """Months ``first``..``last`` of the year the words after ``end`` name («من العام
    الجاري», «2015», «للعام 2020»), or of the nearest year for a ``part`` that stands alone.
    Counted months of a fiscal year («أول 7 أشهر من العام المالي») are none: its first
    month is the country's, not January."""
    # NOTE: a half or quarter «من العام المالي» is still read as the calendar's (the
    # egypt_budget fixture says so); the same rule would suit it.
    bracketed = _BRACKETED_YEAR.match(folded, end)
    if bracketed:  # «الشهور التسعة الأولى (2018)»
        year = bracketed["year"]
        return DatePhrase(
            start, bracketed.end(), f"{year}-{first:02d}", "month", iso_end=f"{year}-{last:02d}"
        )
    match = _YEAR_PART_OF.match(folded, end)
    bare = part is not None and _key(part) in _COUNTED_WITHOUT_WHICH
    if bare and not (match and (match["noun"] or match["year"])):
        return None  # «التسعة أشهر» without «من» and a year after: a duration
    counted = part is None or "شهر" in _key(part)
    if match and match["noun"] and _SCHOOL_AFTER.match(folded, match.end("noun")):
        return None  # «الفصل الأول من العام الدراسي»: a school term
    if counted and match and match["noun"] and _FISCAL_AFTER.match(folded, match.end("noun")):
        return None
    stated = None if match else _STATED_YEAR.match(folded, end)
    if stated and not _NOT_A_YEAR_AFTER.match(folded, stated.end()):
        year = stated["year"]
        return DatePhrase(
            start, stated.end(), f"{year}-{first:02d}", "month", iso_end=f"{year}-{last:02d}"
        )
    alone = part is not None and _key(part) in _YEAR_PARTS_ALONE
    if match is None and alone:  # «أرباح الربع الأول»
        if not _usable(reference):
            return DatePhrase(start, end, None, "relative")
        year = _nearest_part_year(first, last, reference, _said_ahead(folded, start))
        return DatePhrase(
            start, end, f"{year:04d}-{first:02d}", "month", iso_end=f"{year:04d}-{last:02d}"
        )
    if match is None or not (match["noun"] or match["year"]):
        return None  # «الربع الأول من القرن», «النصف الأول من المباراة»
    if match["year"]:
        year = int(match["year"])
    elif not _usable(reference):
        return DatePhrase(start, match.end(), None, "relative")
    else:
        step = _RELATIVE_KEYS[_key(match["relative"])] if match["relative"] else 0
        year = reference.year + step
    return DatePhrase(
        start, match.end(), f"{year:04d}-{first:02d}", "month", iso_end=f"{year:04d}-{last:02d}"
    )


def _read_period_edge(
    folded: str, start: int, end: int, phrase: str, reference: date | None
) -> DatePhrase | None:
    """«حتى نهاية العام», «في بداية الشهر»: the year or month the reference date lies in, as
    a whole. «نهاية العام الماضي» is «العام الماضي» as before (the edge word stays outside);
    «نهاية العام المالي», «… العام نفسه», «… العام من الحرب» and «نهاية العام 2024» (the
    year reader's) are not this."""
    relative = _RELATIVE_AFTER.match(folded, end) or _BEFORE_LAST_AFTER.match(folded, end)
    span = _year_opening_to_month(folded, start, end, phrase, relative, reference)
    if span:
        return span
    if relative:
        noun = _EDGE_WORD.match(folded, start).end()
        return _read_relative(
            folded, noun, relative.end(), folded[noun : relative.end()], reference
        )
    if _PERIOD_EDGE_NOT_BEFORE.match(folded, end):
        return None
    return _step(start, end, _PERIOD_EDGE_KEYS[_key(phrase)], 0, reference)


def _opening_step(relative: re.Match | None) -> int:
    """The years back or ahead «مطلع العام الماضي/المقبل/قبل الماضي» names (0 alone)."""
    if relative is None:
        return 0
    if relative.groupdict().get("relative"):
        return _RELATIVE_KEYS[_key(relative["relative"])]
    return -2  # «العام قبل الماضي»


_UNTIL_EDGE_MONTH = re.compile(  # «… وحتى نهاية سبتمبر», «… ولنهاية تموز», «… إلى أبريل»
    _GAP + "[,،]?" + _GAP + "(?:وـ*+)?(?:(?:" + _alternation([*_words(YEAR_SPAN_WORDS), "لغاية"])
    + ")" + _END + _GAP + "|لـ*+)"
    + "(?:" + _alternation(_words(SPAN_CLOSING_EDGES)) + _END + _SPACE + ")?"
    + "(?:شهر" + _SPACE + ")?(?=" + _MONTH + _END + ")"
)  # fmt: skip


def _year_opening_to_month(
    folded: str, start: int, end: int, phrase: str, relative: re.Match | None, reference
) -> DatePhrase | None:
    """«مطلع العام الجاري وحتى نهاية سبتمبر الماضي», «منذ بداية العام ولنهاية تموز»: from
    the year's first month to the month named, in that month's year (as written, or
    resolved: «الماضي»), else the year the opening names."""
    if _PERIOD_EDGE_KEYS[_key(phrase)] != "year":
        return None
    if _key(_EDGE_WORD.match(folded, start).group().strip()) not in _OPENING_EDGES:
        return None
    until = _UNTIL_EDGE_MONTH.match(folded, relative.end() if relative else end)
    if until is None:
        return None
    last = _month_match(_MONTH_YEAR, _MONTH_YEAR_ALONE, folded, until.end())
    if last is None:
        return None
    month = _month_of(last["month"])
    if last["year"]:
        year = int(last["year"])
    elif not _usable(reference):
        return DatePhrase(start, last.end(), None, "relative")
    elif last["relative"]:
        year = _year_of_month(month, _RELATIVE_KEYS[_key(last["relative"])], reference)
    elif last["ofyear"]:
        year = reference.year + (_RELATIVE_KEYS[_key(last["yearrel"])] if last["yearrel"] else 0)
    else:
        year = reference.year + _opening_step(relative)
    return DatePhrase(
        start, last.end(), f"{year:04d}-01", "month", iso_end=f"{year:04d}-{month:02d}"
    )


def _read_year_span(folded: str, start: int, reference: date | None) -> DatePhrase | None:
    """«العامين المقبلين», «السنوات الثلاث الماضية», «الخمس سنوات الأخيرة»: ``iso`` the first
    year, ``iso_end`` the last; the reference year is in neither way (see the lexicon's
    NOTE). Not «خلال عامين» (a duration), «السنوات الثلاث الأولى», «العامين الدراسيين»."""
    match = _YEAR_SPAN.match(folded, start)
    if match is None:
        return None
    noun = match["noun"]
    count = _YEAR_SPAN_NOUN_KEYS[noun] if noun else None
    if count is None and (match["count"] or match["first"]):
        count = _YEAR_SPAN_COUNT_KEYS[match["count"] or match["first"]]
    elif count is None and match["digits"]:
        count = int(match["digits"])
    if count is None or not 2 <= count <= 50:
        return None
    if not _usable(reference):
        return DatePhrase(start, match.end(), None, "relative")
    way = _YEAR_SPAN_WAY_KEYS[match["way"]]
    first = reference.year + 1 if way > 0 else reference.year - count
    last = first + count - 1
    return DatePhrase(start, match.end(), f"{first:04d}", "year", iso_end=f"{last:04d}")


_YEAR_BEFORE = re.compile(_SPACE + "قبل" + _SPACE + "(?:عام|سنه)" + _END)  # «… قبل عام»
A_YEAR_BEFORE = "a year before"  # the placeholder's year: the span before it, one year back


def _read_same_period(folded: str, start: int, end: int, reference: date | None):
    """«نفس الفترة لسنة 2012», «الفترة ذاتها من السنة الماضية», «الفترة المقابلة من (2017)»:
    a placeholder holding the year written after it (``iso``), which the walk turns into the
    months of the span named before it (`phrases._same_period`); «نفس الفترة قبل عام» is
    that span a year back; None with no year after."""
    before = _YEAR_BEFORE.match(folded, end)
    if before:
        return DatePhrase(start, before.end(), A_YEAR_BEFORE, SAME_PERIOD)
    bracketed = _BRACKETED_YEAR.match(folded, _SPACE_OF.match(folded, end).end())
    if bracketed:
        return DatePhrase(start, bracketed.end(), bracketed["year"], SAME_PERIOD)
    match = _YEAR_PART_OF.match(folded, end)
    if match is None or not (match["noun"] or match["year"]):
        return None
    if match["year"]:
        return DatePhrase(start, match.end(), match["year"], SAME_PERIOD)
    if not match["relative"] or not _usable(reference):
        return None
    year = reference.year + _RELATIVE_KEYS[_key(match["relative"])]
    return DatePhrase(start, match.end(), f"{year:04d}", SAME_PERIOD)


_SPACE_OF = re.compile("(?:" + _SPACE + "من)?")  # «… من (2017)»


_EDGE_BEFORE_PART = re.compile(
    _START + _PREFIX + "?(?P<edge>" + _alternation(_phrases(PERIOD_EDGES)) + ")" + _END + _GAP
    + r"\Z"
)  # fmt: skip
_CLOSING_EDGES = frozenset(_key(w) for w in ("نهاية", "أواخر", "ختام", "موفى"))
_OPENING_EDGES = frozenset(_key(w) for w in ("بداية", "مطلع", "أوائل", "مستهل"))


def edge_of_part(folded: str, part: DatePhrase, floor: int) -> DatePhrase:
    """«نهاية النصف الأول من العام الجاري», «مطلع الربع الثالث من 2018»: the part's last or
    first month; ``part`` unchanged without such a word right before it."""
    edge = _EDGE_BEFORE_PART.search(folded, max(floor, part.start - 12), part.start)
    if edge is None or part.iso is None or part.iso_end is None or part.precision != "month":
        return part
    word = _key(edge["edge"])
    if word in _CLOSING_EDGES:
        return DatePhrase(edge.start("edge"), part.end, part.iso_end, "month")
    if word in _OPENING_EDGES:
        return DatePhrase(edge.start("edge"), part.end, part.iso, "month")
    return part
