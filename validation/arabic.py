"""Numbers, amounts of money, hedges and dates as Arabic news text writes them.

>>> parse_amount("أكثر من 850 مليون دولار")
Amount(value=850000000, currency='USD', hedge='more_than', percent=False)
>>> parse_date_text("أكتوبر الماضي", date(2021, 6, 23))
('2020-10', 'month')
>>> render_en(269000000, "USD", "nearly")
'nearly $269 million'

Every pattern runs on a *folded* copy of the text of exactly the same length, so an offset
found in the copy indexes the original: hamzated alefs become ا, ة becomes ه, ى becomes ي,
Arabic-Indic and Persian digits become 0-9, every diacritic, tatweel or zero-width joiner
becomes a tatweel (ـ) that the patterns allow after any letter, and bidi marks become
spaces. The lexicon below is written as a reader would write it and folded on import.

Beyond plain «850 مليون دولار» it reads the forms whole newspaper articles write: Saudi
wire brackets «(2571) مليون ريال»; a bare ريال/جنيه/دينار in the currency of the country
the text names most (by name, adjective, capital or institution; `guess_country`); years
with an era «2014م», «1436هـ» (Hijri years become the Gregorian years they span, by the
hijridate package); spans «العام المالي 2014 - 2015» (``iso_end``); month pairs «آذار
(مارس)», «يونيو حزيران»; ordinal days «الأول من تموز»; weekdays «الخميس المقبل»; «قبل
ثلاثة أشهر»; «النصف الأول من العام»; hedges apart from their number «ما يزيد على مبلغ»;
and ranges «بين 5 و10 ملايين», read as two bounds hedged at_least and at_most.

`read_phrases` walks a text once: a cheap pattern finds each place where a quantity or a
date may start (a digit, a currency sign, a number word, a month name, «أمس»…), and small
anchored readers take it from there. Hedges are read backwards from the number, within a
short window that never reaches into the previous phrase, so the whole walk is linear.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from validation.arabic_lexicon import (
    AGO_UNITS,
    AGO_WORDS,
    BASE_AR,
    BASE_DEFAULT,
    CENTS,
    COUNTED_NOUNS,
    COUNTRY_ADJECTIVES,
    COUNTRY_NAMES,
    COUNTRY_PLACES,
    CURRENCY_ABBREVIATIONS,
    CURRENCY_WORD_ROWS,
    GREGORIAN_SUFFIX,
    HEDGE_AR,
    HEDGE_FILLERS,
    HEDGE_WORDS_AFTER,
    HEDGE_WORDS_BEFORE,
    HIJRI_SUFFIX,
    LABEL_WORDS,
    LOCAL_CURRENCIES,
    MONTH_NAMES,
    NUMBER_WORD_ROWS,
    ORDINAL_DAYS,
    ORDINALS,
    RANGE_OPENERS,
    RELATIVE_DAYS,
    RELATIVE_PERIODS,
    RELATIVE_WORDS,
    SCALES_AR,
    SYMBOLS,
    THIS_WORDS,
    WEEKDAYS,
    YEAR_HINTS,
    YEAR_PARTS,
    YEAR_SPAN_WORDS,
    YEAR_WEAK_HINTS,
    YEAR_WORDS,
)
from validation.vocab import CURRENCIES, HEDGES

# --- Folding --------------------------------------------------------------------------

TATWEEL = "\u0640"
_MARKS = [*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE), 0x0640, 0x200C, 0x200D]
_BIDI = [0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF]
_FOLD = str.maketrans(
    {
        **dict.fromkeys("أإآٱ", "ا"),
        "ى": "ي",
        "ی": "ي",
        "ة": "ه",
        "ۀ": "ه",
        "ھ": "ه",
        "ک": "ك",
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
        **dict.fromkeys(map(chr, _MARKS), TATWEEL),
        **dict.fromkeys(map(chr, _BIDI), " "),
    }
)
# The same mapping as a list indexed by code point: str.translate reads it about twice as
# fast as the dict, and leaves alone what lies beyond its end (IndexError is a LookupError).
_FOLD_TABLE = [_FOLD.get(code, chr(code)) for code in range(max(_FOLD) + 1)]
_SEPARATORS_TO_WESTERN = str.maketrans({"٫": ".", "٬": ","})
_RUNS_OF_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """The text with spelling variants merged, character for character (same length).

    >>> fold("أكثر من ١١ مليوناً")
    'اكثر من 11 مليوناـ'
    """
    return text.translate(_FOLD_TABLE)


def normalise(text: str) -> str:
    """The text as a comparison sees it: no diacritics or tatweel, one alef, one space.

    >>> normalise("ما يقرب من  ١١ مليوناً")
    'ما يقرب من 11 مليونا'
    """
    plain = fold(text).translate(_SEPARATORS_TO_WESTERN).replace(TATWEEL, "")
    return _RUNS_OF_SPACE.sub(" ", plain).strip()


def _key(words: str) -> str:
    """A lexicon key: folded, without marks, single-spaced."""
    return _RUNS_OF_SPACE.sub(" ", fold(words).replace(TATWEEL, "")).strip()


# --- Lexicon (validation/arabic_lexicon.py), folded into lookup tables -------------------


def _phrases(table: str) -> list[str]:
    """The phrases of a «، »-separated lexicon entry."""
    return [p for p in table.split("، ") if p]


@dataclass(frozen=True)
class _Word:
    role: str
    value: Decimal


NUMBER_WORDS: dict[str, _Word] = {
    _key(word): _Word(role, Decimal(value))
    for role, value, words in NUMBER_WORD_ROWS
    for word in words.split()
}
_SCALE_ROLES = ("scale", "scale_plural", "scale_dual")
# Words that can open a number. A plural scale cannot (ملايين الدولارات is no number), nor
# can «فاصلة».
_OPENING_ROLES = ("unit", "teen_unit", "ten", "tens", "hundred", "scale", "scale_dual", "fraction")

CURRENCY_WORDS = {_key(w): base for base, words in CURRENCY_WORD_ROWS for w in words.split()}
# The countries whose money a bare جنيه/دينار/ريال/درهم/ليرة can mean.
BARE_BASES = ("pound", "dinar", "riyal", "dirham", "lira", "rupee", "franc", "won")
BARE_CURRENCY_COUNTRIES = frozenset(
    country for country, local in LOCAL_CURRENCIES.items() if local.keys() & set(BARE_BASES)
)
# An adjective agrees with its noun: ليبي, ليبية (دنانير ليبية), ليبيا (دينارا ليبيا).
_ADJECTIVE_FORMS = {
    _key(adjective + ending): country
    for country, adjectives in COUNTRY_ADJECTIVES.items()
    for adjective in adjectives.split()
    for ending in ("", "ة", "ا")
}
ABBREVIATIONS = {_key(k): v for k, v in CURRENCY_ABBREVIATIONS.items()}
# Every code a currency word, sign or abbreviation can give; each is in vocab.CURRENCIES,
# the one ISO 4217 list (tests/test_arabic_forms.py), and any code of it written in Latin
# letters after a number («42 KWD») is read as itself.
CURRENCY_CODES = frozenset(
    {*SYMBOLS.values(), *BASE_DEFAULT.values(), *ABBREVIATIONS.values()}
    | {code for local in LOCAL_CURRENCIES.values() for code in local.values()}
)


def _keys(table: dict[str, str]) -> dict[str, str]:
    return {_key(p): name for name, ps in table.items() for p in _phrases(ps)}


_HEDGE_BEFORE_KEYS = _keys(HEDGE_WORDS_BEFORE)
_HEDGE_AFTER_KEYS = _keys(HEDGE_WORDS_AFTER)
_MONTH_KEYS = {_key(name): n for n, names in MONTH_NAMES.items() for name in _phrases(names)}
_ORDINAL_DAY_KEYS = {_key(w): day for day, ws in ORDINAL_DAYS.items() for w in _phrases(ws)}
_WEEKDAY_KEYS = {_key(w): day for day, ws in enumerate(WEEKDAYS) for w in _phrases(ws)}
_RELATIVE_KEYS = {
    _key(word + ending): step
    for step, words in RELATIVE_WORDS.items()
    for word in _phrases(words)
    for ending in ("", "ة")
}
# Phrases that are dates by themselves: (unit, steps from the reference date).
_RELATIVE_PHRASES = {
    **{_key(p): ("day", step) for step, ps in RELATIVE_DAYS.items() for p in _phrases(ps)},
    **{
        _key(f"{noun} {word}"): (unit, step)
        for unit, nouns in RELATIVE_PERIODS.items()
        for noun in _phrases(nouns)
        for word, step in _RELATIVE_KEYS.items()
        if word.endswith("ه") == noun.endswith("ة")  # العام الماضي, السنة الماضية
    },
    **{
        _key(f"{this} {noun}"): (unit, 0)
        for unit, nouns in RELATIVE_PERIODS.items()
        for noun in _phrases(nouns)
        for this in _phrases(THIS_WORDS)
        if (this == "هذه") == noun.endswith("ة")
    },
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


# --- Patterns -------------------------------------------------------------------------

_LETTER = r"[^\W\d_]"  # tatweel, and so every folded diacritic, counts as a letter
_GAP = r"[^\S\n]*+"  # spaces within a line, maybe none
_SPACE = r"[^\S\n]++"
_END = r"ـ*+(?!" + _LETTER + ")"  # the end of a word: its marks, then no more letters
_START = r"(?<!" + _LETTER + ")"
_PREFIX = r"(?:[وبلفك]ـ*+)"  # one glued letter: and, with, for, so, as


def _alternation(phrases: Iterable[str]) -> str:
    """A regex matching any of ``phrases`` (folded), as a trie so a match costs its length."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in _key(phrase):
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: dict) -> str:
    branches = [_atom(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = "|".join(branches)
    if "" in node:
        return f"(?:{body})?"
    return body if len(branches) == 1 else f"(?:{body})"


def _atom(char: str) -> str:
    if char == " ":
        return _SPACE
    if char.isalpha():
        return re.escape(char) + "ـ*+"
    return re.escape(char)


def _words(table: str) -> list[str]:
    return table.split("، ")


_NUMERAL = (
    r"(?P<en>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]++)?+)(?![0-9])"  # 10,000 and 1,234.5
    r"|(?P<ar>[0-9]{1,3}(?:٬[0-9]{3})+(?:[٫.,][0-9]++)?+)(?![0-9])"  # ١٠٬٠٠٠٫٥
    r"|(?P<eu>[0-9]{1,3}(?:\.[0-9]{3}){2,}(?:,[0-9]++)?+)(?![0-9])"  # 1.234.567,5
    r"|(?P<plain>[0-9]++(?:[.,٫][0-9]++)?+)"  # 850, 1.3, ١,٣ (one separator: a decimal)
)
_PIECE = re.compile(_GAP + "(?:(?P<numeral>" + _NUMERAL + ")|(?P<word>" + _LETTER + "++))")
_MONTH = _alternation(_MONTH_KEYS)
_RELATIVE = _alternation(_RELATIVE_KEYS)
# Where a quantity or a date may start: a digit, a currency sign, or a word of the lexicon
# (a number word, a month, a relative date), maybe behind one glued letter (بعشرة، وأمس).
# The lazy prefix tries the whole word first, so «واحد» is one, not «و» + «احد».
_TRIGGER = re.compile(
    r"[0-9$€£]|"
    + _START
    + _PREFIX
    + "??(?P<word>"
    + _alternation(
        [
            *(w for w, entry in NUMBER_WORDS.items() if entry.role in _OPENING_ROLES),
            *_MONTH_KEYS,
            *_RELATIVE_PHRASES,
            *_AGO_PHRASES,
            *_WEEKDAY_KEYS,
            *_ORDINAL_DAY_KEYS,
            *_YEAR_PART_KEYS,
        ]
    )
    + ")"
    + _END
)
_SYMBOL_FIRST = re.compile(r"(?P<symbol>[$€£])" + _GAP)
_CURRENCY = re.compile(  # a line may break between a number and its currency
    _GAP
    + r"(?:\n"
    + _GAP
    + ")?"
    + r"(?:(?P<symbol>[$€£])"
    + r"|(?P<iso>"
    + "|".join(CURRENCIES)
    + r")(?![A-Za-z])"
    + r"|(?P<abbreviation>"
    + "|".join(re.escape(a).replace(r"\.", r"\.[^\S\n]?") for a in ABBREVIATIONS)
    + r")\.?(?!"
    + _LETTER
    + ")"
    + r"|(?P<word>"
    + _alternation(CURRENCY_WORDS)
    + r")"
    + _END
    + r")"
)
_ADJECTIVE = re.compile(_SPACE + "(?P<adjective>" + _alternation(_ADJECTIVE_FORMS) + ")" + _END)
_CENTS_WORD = re.compile(_GAP + _alternation(CENTS.split()) + _END)
_AND = re.compile(_GAP + r"وـ*+")
_TO = re.compile(_GAP + r"(?:الي|اليـ*+)" + _END)  # «بين 750 إلى 800 مليون»
_PERCENT = re.compile(_GAP + r"(?:[%٪]|(?:ب|في" + _SPACE + r")ال(?:مئه|مائه|ميه)" + _END + ")")
_HEDGE_BEFORE = re.compile(  # «ما يزيد على مبلغ 1.4 مليار», «أكثر من (2571) مليون»
    _START + _PREFIX + "?(?P<hedge>" + _alternation(_HEDGE_BEFORE_KEYS) + ")" + _END
    + "(?:" + _SPACE + _PREFIX + "?" + _alternation(_words(HEDGE_FILLERS)) + _END + ")?"
    + _GAP + r"\Z"
)  # fmt: skip
_RANGE_OPENER = re.compile(  # «بين 5 و10 ملايين»
    _START + _PREFIX + "?(?P<opener>" + _alternation(_words(RANGE_OPENERS)) + ")" + _END
    + "(?:" + _SPACE + _alternation(_words(HEDGE_FILLERS)) + _END + ")?" + _GAP + r"\Z"
)  # fmt: skip
_HEDGE_AFTER = re.compile(_GAP + "(?P<hedge>" + _alternation(_HEDGE_AFTER_KEYS) + ")" + _END)
_COUNTED_NOUN = re.compile(_SPACE + _LETTER + "++")
_HEDGE_WINDOW = 60  # characters looked back for a hedge: the longest with room to spare
_YEAR_WORD = re.compile(
    _START + _PREFIX + "?(?P<cue>" + _alternation(_words(YEAR_WORDS)) + ")" + _END + _GAP + r"\Z"
)
_YEAR_HINT = re.compile(
    _START + _PREFIX + "?" + _alternation(_words(YEAR_HINTS)) + _END + _GAP + r"\Z"
)
_YEAR_WEAK_HINT = re.compile(
    _START + _PREFIX + "?" + _alternation(_words(YEAR_WEAK_HINTS)) + _END + _GAP + r"\Z"
)
_CLAUSE_END = re.compile(_GAP + r"(?:[.,،؛;:!?؟)\]\n]|\Z)")
_YEAR_SUFFIX = re.compile(_GAP + _key(GREGORIAN_SUFFIX) + _END)  # 2011م: the Gregorian era
_HIJRI_SUFFIX = re.compile(_GAP + _alternation(_words(HIJRI_SUFFIX)) + _END)  # 1436هـ
_YEAR_SPAN_MARK = re.compile(  # «2015 - 2016», «2015/2016», «2015/16», «٢٠١٠-٢٠١٤»
    _GAP + r"(?P<sep>[-–—/ـ])" + _GAP + r"(?P<year>[0-9]{4}|[0-9]{2})(?![0-9]|[./][0-9])"
)
_YEAR_SPAN_WORD = re.compile(  # «2015 إلى 2019م», «2015 حتى عام 2019»
    _GAP + _alternation(_words(YEAR_SPAN_WORDS)) + _END + _GAP
    + "(?:" + _alternation(["عام", "العام", "سنة", "السنة"]) + _END + _GAP + ")?"
    + r"(?P<year>[0-9]{4})(?![0-9])"
)  # fmt: skip
_TO_A_NUMBER = re.compile(
    _GAP + "(?:" + _alternation(_words(YEAR_SPAN_WORDS)) + "|و)" + _END + _GAP
    + r"(?P<number>[0-9]++)"
)  # fmt: skip
_FROM_BEFORE = re.compile(_START + _PREFIX + "?(?:من|بين)" + _END + _GAP + r"\Z")
_COUNTED_AFTER = re.compile(_SPACE + _PREFIX + "?" + _alternation(COUNTED_NOUNS.split()) + _END)
_NOT_A_YEAR_AFTER = re.compile(  # «2015 مليون», «2020 دولار», «2019%»: a quantity
    _GAP + r"(?:[%٪$€£]|(?:" + _alternation(
        [*(w for w, e in NUMBER_WORDS.items() if e.role in _SCALE_ROLES), *CURRENCY_WORDS]
    ) + ")" + _END + ")"
)  # fmt: skip
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
_MONTH_AFTER = re.compile(_SPACE + _MONTH + _END)
_UNTIL_MONTH_YEAR = re.compile(  # the year written once, after the second month
    _GAP + "(?:(?:" + _alternation(_words(YEAR_SPAN_WORDS)) + ")" + _END + "|وـ*+)" + _GAP
    + _MONTH + _END
    + _GAP + "[,،]?" + _GAP + r"(?P<year>[0-9]{4})(?![0-9])"
)  # fmt: skip
_MONTH_WORD_BEFORE = re.compile(_START + _PREFIX + "?شهر" + _END + _GAP + r"\Z")
_YEAR_PART_OF = re.compile(  # «النصف الأول من العام الجاري», «الربع الثالث من عام 2015»
    _SPACE + "من" + _SPACE + "(?:(?P<noun>" + _alternation(["العام", "السنة", "عام", "سنة"])
    + ")" + _END + ")?" + "(?:" + _SPACE + "(?P<relative>" + _RELATIVE + ")" + _END + ")?"
    + "(?:" + _GAP + r"(?P<year>[0-9]{4})(?![0-9]))?"
)  # fmt: skip
_YEARS_COUNTED = re.compile(_GAP + _alternation(["عام", "عاما", "أعوام", "سنة", "سنوات"]) + _END)
_LABEL = re.compile(
    _START + _PREFIX + "?" + _alternation(_words(LABEL_WORDS)) + _END + _GAP + r"\Z"
)
_ORDINAL = re.compile(_START + _alternation(ORDINALS.split()) + _END + _GAP + r"\Z")
_OPEN_PARENTHESIS = re.compile(r"\(" + _GAP + r"\Z")
_CLOSE_PARENTHESIS = re.compile(_GAP + r"\)")
_AND_BETWEEN = re.compile(_GAP + r"وـ*+" + _GAP)
_NOT_TODAY = re.compile(  # «اليوم العالمي» is a day's name; «اليوم الأحد» is today
    _SPACE + "ال(?!احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)" + _LETTER
)

_OTHER_MONTH = (  # «حزيران/يونيو», «يونيو (حزيران)», «يونيو حزيران»: a second calendar's name
    "(?:(?:" + _GAP + r"[/\-]" + _GAP + "|" + _GAP + r"\(" + _GAP + "|" + _SPACE + ")"
    + "(?P<other>" + _MONTH + ")" + _END + r"(?:" + _GAP + r"\))?)"
)  # fmt: skip
_MONTH_NAMED = "(?P<month>" + _MONTH + ")" + _END + _OTHER_MONTH + "?"
_MONTH_NAMED_ALONE = "(?P<month>" + _MONTH + ")" + _END
_YEAR_AFTER_MONTH = (  # «ديسمبر 2021», «ديسمبر، 2021», «ديسمبر من عام 2021م»
    "(?:" + _GAP + "[,،]?" + _GAP + "(?:(?:من" + _SPACE + ")?(?:عام|العام|سنه|السنه)" + _END
    + _GAP + ")?(?P<year>[0-9]{4})(?![0-9])(?:" + _GAP + "م" + _END + ")?)"
)  # fmt: skip
_AFTER_MONTH = (
    "(?:" + _YEAR_AFTER_MONTH + "|" + _SPACE + "(?P<relative>" + _RELATIVE + ")" + _END + ")"
)
_MONTH_YEAR = re.compile(_MONTH_NAMED + _AFTER_MONTH + "?")  # ديسمبر 2021, أكتوبر الماضي
_MONTH_YEAR_ALONE = re.compile(_MONTH_NAMED_ALONE + _AFTER_MONTH + "?")
_ORDINAL_DAY_MONTH = re.compile(  # «الأول من تموز (يوليو)», «العاشر من شهر مارس 2020»
    "(?P<ordinal>" + _alternation(_ORDINAL_DAY_KEYS) + ")" + _END + _SPACE + "(?:من" + _SPACE + ")?"
    + "(?:شهر" + _SPACE + ")?" + _MONTH_NAMED + _AFTER_MONTH + "?"
)  # fmt: skip
_ORDINAL_DAY_MONTH_ALONE = re.compile(
    "(?P<ordinal>" + _alternation(_ORDINAL_DAY_KEYS) + ")" + _END + _SPACE + "(?:من" + _SPACE + ")?"
    + "(?:شهر" + _SPACE + ")?" + _MONTH_NAMED_ALONE + _AFTER_MONTH + "?"
)  # fmt: skip
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
    + _END + _GAP + r"(?P=sep)" + _GAP + r"(?P<year>[0-9]{4})(?![0-9])"
)  # fmt: skip
_DAY_MONTH_YEAR_NUMERIC = re.compile(  # 23/6/2021, 23-6-2021, 23.6.2021
    r"(?P<day>[0-9]{1,2})" + _GAP + r"(?P<sep>[/.\-])" + _GAP + r"(?P<month>[0-9]{1,2})"
    + _GAP + r"(?P=sep)" + _GAP + r"(?P<year>[0-9]{4})(?![0-9])"
)  # fmt: skip
_YEAR_MONTH_DAY_NUMERIC = re.compile(  # 2021/12/20, 2021-12-20
    r"(?P<year>[0-9]{4})(?P<sep>[/.\-])(?P<month>[0-9]{1,2})(?P=sep)(?P<day>[0-9]{1,2})(?![0-9])"
)
_MONTH_YEAR_NUMERIC = re.compile(r"(?P<month>[0-9]{1,2})/(?P<year>[0-9]{4})(?![0-9/])")  # 6/2021

# --- What the readers return ------------------------------------------------------------


@dataclass(frozen=True)
class Quantity:
    """A number as the text states it: value (None if too long to be one), unit, hedge."""

    start: int
    end: int
    value: Decimal | None
    currency: str | None = None
    hedge: str = "exact"
    percent: bool = False
    scaled: bool = False  # a scale word (مليون) was part of it
    money: bool = False  # a currency was named, even one we cannot resolve (10 جنيه)
    bare: str | None = None  # a bare جنيه/دينار/ريال… left unresolved: its base word


@dataclass(frozen=True)
class DatePhrase:
    """A date as the text states it; ``iso`` is None when it needs a reference date."""

    start: int
    end: int
    iso: str | None
    precision: str  # day, month, year, week or relative
    kind: str = "date"  # "year" for a year standing alone (عام 2011, the 2021 of 2570 (2021))
    iso_end: str | None = None  # the last year (month) of a span: «2015 - 2016»


@dataclass(frozen=True)
class _Number:
    value: Decimal | None
    end: int
    scaled: bool = False
    numeral: str | None = None  # the digits as written, when the number is one numeral


@dataclass(frozen=True)
class _Token:
    role: str
    value: Decimal | None
    end: int
    joined: bool = False  # came after «و» (and)
    numeral: str | None = None
    accusative: bool = False  # ended in a tanwin: «ألفاً» is one thousand, «ألفا» two


_MAX_DIGITS = 20  # longer runs are codes, not quantities: their value is None


# --- Numbers ----------------------------------------------------------------------------


def _numeral_value(match: re.Match) -> Decimal | None:
    written = match["numeral"]
    if len(written) > _MAX_DIGITS and sum(c.isdigit() for c in written) > _MAX_DIGITS:
        return None
    if match["en"]:
        plain = written.replace(",", "")
    elif match["ar"]:
        plain = written.replace("٬", "").replace("٫", ".").replace(",", ".")
    elif match["eu"]:
        plain = written.replace(".", "").replace(",", ".")
    else:
        plain = written.replace(",", ".").replace("٫", ".")
    return Decimal(plain)


def _token(folded: str, pos: int, joinable: bool = True) -> _Token | None:
    """The numeral or number word at ``pos`` (after spaces); a leading «و» joins it."""
    match = _PIECE.match(folded, pos)
    if match is None:
        return None
    if match["numeral"] is not None:
        value = _numeral_value(match)
        return _Token("numeral", value, match.end(), numeral=match["numeral"])
    word = match["word"]
    key = word.replace(TATWEEL, "")
    entry = NUMBER_WORDS.get(key)
    if entry is None and key == "و":  # «و 600», «و600»
        following = _token(folded, match.end(), joinable=False) if joinable else None
        return replace(following, joined=True) if following and not following.joined else None
    if entry is None and key.startswith("و"):  # «وعشرون»
        entry = NUMBER_WORDS.get(key[1:])
        if entry is None:
            return None
        return _Token(entry.role, entry.value, match.end(), joined=True)
    if entry is None:  # «ونصف المليار»
        scale = NUMBER_WORDS.get(key[2:]) if key.startswith("ال") else None
        if scale is None or scale.role != "scale":
            return None
        return _Token("definite_scale", scale.value, match.end())
    return _Token(entry.role, entry.value, match.end(), accusative=word.endswith(TATWEEL))


def _follows(token: _Token | None, *roles: str, joined: bool = False) -> bool:
    return token is not None and token.joined == joined and token.role in roles


def _group(folded: str, token: _Token) -> tuple[Decimal | None, int, str | None] | None:
    """A numeral, or number words below a thousand: (value, end, numeral as written)."""
    if token.role == "numeral":
        return token.value, token.end, token.numeral
    role, value, end = token.role, token.value, token.end
    following = _token(folded, end)
    if role in ("unit", "teen_unit") and _follows(following, "ten"):
        return value + 10, following.end, None  # خمسة عشر
    if role == "unit" and _follows(following, "hundred") and following.value == 100:
        role, value, end = "hundred", value * 100, following.end  # ثلاث مائة
        following = _token(folded, end)
    if role == "hundred":
        if _follows(following, "unit", "teen_unit", "ten", "tens", joined=True):
            rest = _group(folded, replace(following, joined=False))  # خمسمائة وخمسة وعشرون
            if rest is not None and rest[0] < 100:
                return value + rest[0], rest[1], None
        return value, end, None
    if role == "unit" and _follows(following, "tens", joined=True):
        return value + following.value, following.end, None  # خمسة وعشرون
    if role in ("unit", "ten", "tens"):
        return value, end, None
    return None


def _read_number(folded: str, pos: int) -> _Number | None:
    """The whole number at ``pos``: digits or words, a decimal part, scales, compounds."""
    token = _token(folded, pos)
    if token is None or token.joined:
        return None
    if token.role == "fraction":  # نصف مليون
        scale = _token(folded, token.end)
        if not _follows(scale, "scale"):
            return None
        return _compound(folded, token.value * scale.value, scale)
    if token.role in ("scale", "scale_dual"):  # مليون دولار, ملياري دولار
        two = token.role == "scale_dual" and not token.accusative
        return _compound(folded, token.value * (2 if two else 1), token)
    group = _group(folded, token)
    if group is None:
        return None
    value, end, numeral = group
    if value is None:
        return _Number(None, end, numeral=numeral)
    point = _token(folded, end)
    if _follows(point, "point"):  # 1 فاصلة 1
        after = _token(folded, point.end)
        decimals = _group(folded, after) if after and not after.joined else None
        if decimals is not None and decimals[0] is not None:
            digits = decimals[2] or str(int(decimals[0]))
            if digits.isdigit():
                value, end, numeral = value + Decimal(f"0.{digits}"), decimals[1], None
    scale = _token(folded, end)
    if _follows(scale, *_SCALE_ROLES):
        return _compound(folded, value * scale.value, scale)
    return _Number(value, end, numeral=numeral)


def _compound(folded: str, value: Decimal, scale: _Token) -> _Number:
    """What follows a scale with «و»: «مليار و600 مليون», «ثلاث مليارات ونصف المليار»."""
    end, unit = scale.end, scale.value
    while True:
        following = _token(folded, end)
        if following is None or not following.joined:
            break
        if following.role == "fraction":
            value, end = value + following.value * unit, following.end
            same = _token(folded, end)
            if _follows(same, "scale", "definite_scale") and same.value == unit:
                end = same.end
            break
        group = _group(folded, replace(following, joined=False))
        if group is None or group[0] is None:
            break
        smaller = _token(folded, group[1])
        if _follows(smaller, *_SCALE_ROLES) and smaller.value < unit:
            value, end, unit = value + group[0] * smaller.value, smaller.end, smaller.value
            continue
        if _follows(smaller, *_SCALE_ROLES):  # «3 آلاف و5 آلاف»: a second number, no sum
            break
        if group[0] < unit:
            value, end = value + group[0], group[1]
        break
    return _Number(value, end, scaled=True)


# --- Currencies and hedges --------------------------------------------------------------


def _read_currency(
    folded: str, pos: int, default_country: str | None
) -> tuple[str | None, int, str | None]:
    """(ISO code or None, end, base of a bare word left unresolved) of the currency at
    ``pos``; end == pos when there is none."""
    match = _CURRENCY.match(folded, pos)
    if match is None:
        return None, pos, None
    if match["symbol"]:
        return SYMBOLS[match["symbol"]], match.end(), None
    if match["iso"]:
        return match["iso"], match.end(), None
    if match["abbreviation"]:
        return ABBREVIATIONS[_key(match["abbreviation"]).replace(" ", "")], match.end(), None
    base = CURRENCY_WORDS[_key(match["word"])]
    adjective = _ADJECTIVE.match(folded, match.end())
    if adjective:
        country = _ADJECTIVE_FORMS[_key(adjective["adjective"])]
        code = LOCAL_CURRENCIES.get(country, {}).get(base)
        if code:
            return code, adjective.end(), None
    code = BASE_DEFAULT.get(base) or LOCAL_CURRENCIES.get(default_country or "", {}).get(base)
    return code, match.end(), None if code else base


def _read_cents(folded: str, pos: int) -> tuple[Decimal, int]:
    """«و43 سنت» after a currency: (the cents as a fraction, end), or (0, pos)."""
    joined = _AND.match(folded, pos)
    if joined is None:
        return Decimal(0), pos
    cents = _read_number(folded, joined.end())
    if cents is None or cents.value is None or cents.scaled or not 0 <= cents.value < 100:
        return Decimal(0), pos
    word = _CENTS_WORD.match(folded, cents.end)
    if word is None:
        return Decimal(0), pos
    return cents.value / 100, word.end()


def _hedge_before(folded: str, start: int, floor: int) -> tuple[str, int] | None:
    """The hedge written right before ``start`` and where it begins, never before ``floor``."""
    match = _HEDGE_BEFORE.search(folded, max(floor, start - _HEDGE_WINDOW), start)
    if match is None:
        return None
    return _HEDGE_BEFORE_KEYS[_key(match["hedge"])], match.start("hedge")


def _parenthesised(folded: str, start: int, floor: int, number: _Number) -> _Number | None:
    """«(2571) مليون ريال», Saudi wire style: the number in brackets, its scale outside."""
    if number.value is None or number.scaled:
        return None
    opening = _OPEN_PARENTHESIS.search(folded, max(floor, start - 4), start)
    closing = _CLOSE_PARENTHESIS.match(folded, number.end)
    if opening is None or closing is None:
        return None
    scale = _token(folded, closing.end())
    if _follows(scale, *_SCALE_ROLES):
        scaled = _compound(folded, number.value * scale.value, scale)
        return replace(scaled, numeral=None)
    after = closing.end()
    if _read_currency(folded, after, None)[1] > after or _PERCENT.match(folded, after):
        return _Number(number.value, after)
    return None


def _percent_sign_before(folded: str, start: int, floor: int) -> bool:
    """«%50»: right-to-left keyboards often put the sign first in the stored text."""
    sign = start - 1
    return sign >= floor and folded[sign] in "%٪" and not folded[sign - 1 : sign].isdigit()


def _read_quantity(
    folded: str,
    start: int,
    floor: int,
    default_country: str | None,
    number: _Number | None = None,
) -> Quantity | None:
    """Sign, number, scale, currency or percent, cents and the hedges on either side."""
    currency, percent, money, bare, pos = None, False, False, None, start
    symbol = _SYMBOL_FIRST.match(folded, pos)
    if symbol:
        currency, money, pos = SYMBOLS[symbol["symbol"]], True, symbol.end()
    if number is None:
        number = _read_number(folded, pos)
    if number is None:
        return None
    value, end = number.value, number.end
    if value is None:
        return Quantity(start, end, None)
    if currency is None and _percent_sign_before(folded, start, floor):
        start, percent = start - 1, True
    if currency is None and not percent:
        sign = _PERCENT.match(folded, end)
        if sign:
            percent, end = True, sign.end()
        else:
            currency, end, bare = _read_currency(folded, end, default_country)
            money = end > number.end
            if money:
                cents, end = _read_cents(folded, end)
                value += cents
    hedge = "exact"
    after = _HEDGE_AFTER.match(folded, end)
    if after is None and not (money or percent):  # «ثلاثة أشخاص على الأقل»
        noun = _COUNTED_NOUN.match(folded, end)
        after = noun and _HEDGE_AFTER.match(folded, noun.end())
    if after:
        hedge, end = _HEDGE_AFTER_KEYS[_key(after["hedge"])], after.end()
    before = _hedge_before(folded, start, floor)
    if before:
        hedge, start = before
    return Quantity(start, end, value, currency, hedge, percent, number.scaled, money, bare)


def _scale_of(folded: str, quantity: Quantity) -> Decimal | None:
    """The scale word's value in «10 ملايين»: what a bare «5» before «و10 ملايين» takes."""
    token = _token(folded, quantity.start)
    group = _group(folded, token) if token and not token.joined else None
    if group is None:
        return None
    scale = _token(folded, group[1])
    return scale.value if _follows(scale, *_SCALE_ROLES) else None


def _read_range(
    folded: str, first: Quantity, floor: int, default_country: str | None
) -> tuple[Quantity, Quantity] | None:
    """«بين 5 و10 ملايين دولار»: two amounts, the first at_least, the second at_most."""
    # NOTE: a range is two mentions, one per bound, so each keeps its own exact span and
    # every hedge stays one of the SPEC's seven; the first bound borrows the scale,
    # currency and percent sign written only once, after the second.
    if first.hedge != "exact" or first.value is None:
        return None
    opener = _RANGE_OPENER.search(folded, max(floor, first.start - 20), first.start)
    joined = _AND.match(folded, first.end) or _TO.match(folded, first.end)
    if opener is None or joined is None:
        return None
    start = joined.end()
    while start < len(folded) and folded[start] in " \t" + TATWEEL:
        start += 1
    second = _read_quantity(folded, start, first.end, default_country)
    if second is None or second.value is None or second.hedge != "exact":
        return None
    value = first.value
    if not (first.money or first.percent or first.scaled) and second.scaled:
        scale = _scale_of(folded, second)
        if scale is None:
            return None
        value *= scale
    if not (first.money or first.percent):
        first = replace(
            first,
            currency=second.currency,
            money=second.money,
            percent=second.percent,
            bare=second.bare,
            scaled=first.scaled or second.scaled,
        )
    first = replace(first, start=opener.start("opener"), value=value, hedge="at_least")
    return first, replace(second, hedge="at_most")


# --- Dates ------------------------------------------------------------------------------


def _month_of(name: str) -> int:
    return _MONTH_KEYS[_key(name)]


def _year_of_month(month: int, step: int, reference: date) -> int:
    """The year of «<month> الماضي/المقبل/الجاري» said on ``reference``."""
    if step < 0:
        return reference.year if month < reference.month else reference.year - 1
    if step > 0:
        return reference.year if month > reference.month else reference.year + 1
    return reference.year


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
    match: re.Match, start: int, reference: date | None, day: int | None
) -> DatePhrase:
    """A named month, maybe with a day: its year as written, else from the reference date."""
    month = _month_of(match["month"])
    if match["year"]:
        year = int(match["year"])
    elif reference is None:
        if day is not None:
            _real_day_in_some_year(month, day)
        return DatePhrase(start, match.end(), None, "relative")
    else:
        step = _RELATIVE_KEYS[_key(match["relative"])] if match["relative"] else 0
        year = _year_of_month(month, step, reference)
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
    match = _month_match(_DAY_MONTH, _DAY_MONTH_ALONE, folded, start)
    if match:
        return _read_named_month(match, start, reference, int(match["day"]))
    return None


def _read_month(folded: str, start: int, floor: int, reference: date | None) -> DatePhrase | None:
    """«ديسمبر 2021», «أكتوبر الماضي», «آذار (مارس)», «شهر مارس»: a month on its own needs a
    second calendar's name or the word «شهر» to be a date, else «آب» could be a father."""
    match = _month_match(_MONTH_YEAR, _MONTH_YEAR_ALONE, folded, start)
    if match is None:
        return None
    named = match.groupdict()
    until = _UNTIL_MONTH_YEAR.match(folded, match.end())
    if not (named["year"] or named["relative"]) and until:  # «من يناير حتى أكتوبر 2021»
        month, year = _month_of(named["month"]), int(until["year"])
        iso = _real_day(year, month, 1).isoformat()[:7]
        return DatePhrase(start, match.end(), iso, "month")
    if not (
        named["year"]
        or named["relative"]
        or named.get("other")
        or _MONTH_WORD_BEFORE.search(folded, max(floor, start - 8), start)
    ):
        return None
    return _read_named_month(match, start, reference, None)


def _read_ordinal_day(folded: str, start: int, reference: date | None) -> DatePhrase | None:
    """«الأول من تموز (يوليو)», «العاشر من شهر مارس 2020»."""
    match = _month_match(_ORDINAL_DAY_MONTH, _ORDINAL_DAY_MONTH_ALONE, folded, start)
    if match is None:
        return None
    return _read_named_month(match, start, reference, _ORDINAL_DAY_KEYS[_key(match["ordinal"])])


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
        end = weekday.end() if weekday else end
    stated = _STATED_YEAR.match(folded, end) if unit == "year" else None
    if stated:  # «العام الجاري 2025»: the year is written out
        return DatePhrase(start, stated.end(), stated["year"], "year", "year")
    return _step(start, end, unit, step, reference)


def _read_weekday(
    folded: str, start: int, end: int, weekday: str, reference: date | None
) -> DatePhrase | None:
    """«الخميس المقبل», «الجمعة الماضية»: a weekday is a date only with its qualifier, so
    «خميس» the name, or «يوم الاثنين» alone, stay words."""
    relative = _RELATIVE_AFTER.match(folded, end)
    if relative is None:
        return None
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


def _read_year_part(
    folded: str, start: int, end: int, part: str, reference: date | None
) -> DatePhrase | None:
    """«النصف الأول من العام», «الربع الثالث من 2015»: a span of months."""
    match = _YEAR_PART_OF.match(folded, end)
    if match is None or not (match["noun"] or match["year"]):
        return None
    first, last = _YEAR_PART_KEYS[_key(part)]
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


def _gregorian_years(hijri_first: int, hijri_last: int) -> tuple[int, int] | None:
    """The Gregorian years that Hijri years ``hijri_first``–``hijri_last`` fall in (Umm
    al-Qura calendar, by the hijridate package), or None outside its range (1343–1500)."""
    from hijridate import Hijri  # only a Hijri year needs it

    try:
        first = Hijri(hijri_first, 1, 1).to_gregorian()
        last_month = Hijri(hijri_last, 12, 1)
        last = Hijri(hijri_last, 12, last_month.month_length()).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return first.year, last.year


def _year_span(folded: str, end: int, year: int, cued: bool) -> tuple[int, int] | None:
    """(last year, end) of «2015 - 2016», «2015/16», «2015 إلى 2019»; None if no span."""
    mark = _YEAR_SPAN_MARK.match(folded, end)
    if mark:
        written = int(mark["year"])
        if len(mark["year"]) == 2:
            last = year + 1 if written == (year + 1) % 100 and mark["sep"] in "/-" else None
        else:
            last = written if year < written <= year + 50 else None
        if last is not None and not _NOT_A_YEAR_AFTER.match(folded, mark.end()):
            return last, mark.end()
    words = _YEAR_SPAN_WORD.match(folded, end)
    if words and year < int(words["year"]) <= year + 100:
        suffix = _YEAR_SUFFIX.match(folded, words.end())
        if cued or suffix:
            return int(words["year"]), words.end()
    return None


def _read_year(
    folded: str, start: int, number: _Number, floor: int, previous: object
) -> DatePhrase | None:
    """A four-digit number that the words around it make a year, a span of years
    («العام المالي 2014 - 2015») or a Hijri year («1436هـ», converted to Gregorian)."""
    if number.numeral is None or not number.numeral.isdigit() or len(number.numeral) != 4:
        return None
    if folded[start - 1 : start] == "/":  # «S/2015/2016» is a document symbol
        return None
    year, end = int(number.numeral), number.end
    if _PERCENT.match(folded, end) or _read_currency(folded, end, None)[1] > end:
        return None
    if _YEARS_COUNTED.match(folded, end):  # «منذ 2000 عام» counts years
        return None
    window = max(floor, start - 30)
    cue = _YEAR_WORD.search(folded, window, start)
    cued = bool(cue or _FROM_BEFORE.search(folded, window, start))
    span = _year_span(folded, end, year, cued)
    last, end = span if span else (year, end)
    hijri = _HIJRI_SUFFIX.match(folded, end)
    if hijri:
        gregorian = _gregorian_years(year, last)
        if gregorian is None:
            return None
        first, last = gregorian
        start = cue.start("cue") if cue else start
        return DatePhrase(start, hijri.end(), str(first), "year", "year", _span_end(first, last))
    if not (1900 <= year <= 2100 and 1900 <= last <= 2100):
        return None
    suffix = _YEAR_SUFFIX.match(folded, end)
    if cue:
        start = cue.start("cue")
    elif not (span or suffix or _year_hint(folded, window, start, end, previous)):
        return None
    end = suffix.end() if suffix else end
    return DatePhrase(start, end, str(year), "year", "year", _span_end(year, last))


def _span_end(first: int, last: int) -> str | None:
    return str(last) if last != first else None


def _year_hint(folded: str, window: int, start: int, end: int, previous: object) -> bool:
    """Words before a bare year that make it one: «منذ 2011», «في 2013» (unless a counted
    noun follows: «في 2000 حالة»), «(2021)», «عامي 2020 و2021»."""
    if _YEAR_HINT.search(folded, window, start):
        return True
    if _YEAR_WEAK_HINT.search(folded, window, start):
        if _CLAUSE_END.match(folded, end):
            return True
        to_number = _TO_A_NUMBER.match(folded, end)  # «من 2000 إلى 3000 طالب»: counts
        if to_number and not 1900 <= int(to_number["number"]) <= 2100:
            return False
        return not (_COUNTED_AFTER.match(folded, end) or _NOT_A_YEAR_AFTER.match(folded, end))
    if _OPEN_PARENTHESIS.search(folded, window, start) and _CLOSE_PARENTHESIS.match(folded, end):
        return True
    return (
        isinstance(previous, DatePhrase)
        and previous.kind == "year"
        and _AND_BETWEEN.fullmatch(folded, previous.end, start) is not None
    )


# --- The walk ---------------------------------------------------------------------------


def _start_of(trigger: re.Match) -> int:
    """Where the phrase begins: after a glued letter («بعشرة» → «عشرة»)."""
    return trigger.start("word") if trigger["word"] is not None else trigger.start()


Phrase = Quantity | DatePhrase


def _with_range(
    folded: str, quantity: Quantity | None, floor: int, default_country: str | None
) -> Phrase | tuple[Phrase, ...] | None:
    if quantity is None:
        return None
    return _read_range(folded, quantity, floor, default_country) or quantity


def _read_number_at(
    folded: str,
    start: int,
    floor: int,
    previous: object,
    reference: date | None,
    default_country: str | None,
) -> Phrase | tuple[Phrase, ...] | None:
    """A phrase that opens with digits: a numeric date, a label, a bracketed amount, a
    year, a span of years, «قبل 3 أشهر», or a quantity (maybe a range's first bound)."""
    date_phrase = _read_numeric_date(folded, start, reference)
    if date_phrase:
        return date_phrase
    if _LABEL.search(folded, max(floor, start - 20), start):
        number = _token(folded, start)
        return Quantity(start, number.end, number.value)
    number = _read_number(folded, start)
    bracketed = _parenthesised(folded, start, floor, number)
    if bracketed:
        opening = folded.rindex("(", max(floor, start - 4), start)
        quantity = _read_quantity(folded, opening, floor, default_country, bracketed)
        return _with_range(folded, quantity, floor, default_country)
    year = _read_year(folded, start, number, floor, previous)
    if year:
        return year
    ago = _read_ago_count(folded, start, floor, number, reference)
    if ago:
        return ago
    quantity = _read_quantity(folded, start, floor, default_country, number)
    return _with_range(folded, quantity, floor, default_country)


def _read_at(
    folded: str,
    trigger: re.Match,
    floor: int,
    previous: object,
    reference: date | None,
    default_country: str | None,
) -> Phrase | tuple[Phrase, ...] | None:
    """The phrase (or a range's two) that starts at ``trigger``, or None if the words there
    are no quantity or date."""
    word, start = trigger["word"], _start_of(trigger)
    if word is None and folded[start].isdigit():
        return _read_number_at(folded, start, floor, previous, reference, default_country)
    if word is None:
        return _read_quantity(folded, start, floor, default_country)
    key, end = _key(word), trigger.end()
    if key in _MONTH_KEYS:
        return _read_month(folded, start, floor, reference)
    if key in _RELATIVE_PHRASES:
        if key == "اليوم" and _NOT_TODAY.match(folded, end):
            return None
        return _read_relative(folded, start, end, word, reference)
    if key in _AGO_PHRASES:
        return _read_ago_phrase(folded, start, end, word, reference)
    if key in _WEEKDAY_KEYS:
        return _read_weekday(folded, start, end, word, reference)
    if key in _ORDINAL_DAY_KEYS:
        return _read_ordinal_day(folded, start, reference)
    if key in _YEAR_PART_KEYS:
        return _read_year_part(folded, start, end, word, reference)
    if key in ("عشر", "عشره") and _ORDINAL.search(folded, max(floor, start - 20), start):
        return None
    if key == "ست" and start > trigger.start():  # «لست» is "I am not", not "for six"
        return None
    number = _read_number(folded, start)
    if number is None:
        return None
    ago = _read_ago_count(folded, start, floor, number, reference)
    if ago:
        return ago
    quantity = _read_quantity(folded, start, floor, default_country, number)
    return _with_range(folded, quantity, floor, default_country)


def read_phrases(
    text: str,
    reference: date | None = None,
    default_country: str | None = None,
    strict: bool = False,
    guess_currency: bool = False,
) -> Iterator[Quantity | DatePhrase]:
    """Every quantity and date in ``text``, in order, never overlapping.

    ``reference`` resolves relative dates (أمس، أكتوبر الماضي); ``default_country``
    (ISO 3166 alpha-2, e.g. "LY") resolves a bare دينار. With ``guess_currency``, a bare
    دينار that ``default_country`` leaves open takes the country the text names most among
    those with a dinar (see `guess_country`). A date that names no real day (31 فبراير
    2021) is read as its numbers, or raises ValueError when ``strict``.
    """
    folded = fold(text)
    pos = floor = 0
    previous = None
    guessed: dict[str, str | None] = {}
    while (trigger := _TRIGGER.search(folded, pos)) is not None:
        try:
            phrase = _read_at(folded, trigger, floor, previous, reference, default_country)
        except ValueError as error:
            if strict:
                raise ValueError(f"«{text}» names no real day: {error}") from None
            phrase = _read_quantity(folded, _start_of(trigger), floor, default_country)
        if phrase is None:
            pos = trigger.end()
            continue
        for one in phrase if isinstance(phrase, tuple) else (phrase,):
            if guess_currency and isinstance(one, Quantity) and one.bare:
                yield _currency_from_text(folded, one, guessed)
            else:
                yield one
            pos = floor = one.end
            previous = one


def _currency_from_text(folded: str, quantity: Quantity, guessed: dict) -> Quantity:
    """A bare جنيه/دينار/ريال… in the currency of the country the text is plainly about."""
    base = quantity.bare
    if base not in guessed:
        having = {country for country, local in LOCAL_CURRENCIES.items() if base in local}
        guessed[base] = _guess_country_folded(folded, having)
    country = guessed[base]
    if country is None:
        return quantity
    return replace(quantity, currency=LOCAL_CURRENCIES[country][base], bare=None)


# --- Quotes: one amount, one date -------------------------------------------------------


@dataclass(frozen=True)
class Amount:
    """What a figure's quote states: value (int when whole), ISO currency, hedge."""

    value: int | Decimal
    currency: str | None
    hedge: str
    percent: bool = False


def plain_number(value: Decimal) -> int | Decimal:
    """An int when whole (605000000), else the decimal as written short (20.43)."""
    return int(value) if value == value.to_integral_value() else value.normalize()


def parse_amount(text: str, default_country: str | None = None) -> Amount:
    """The one amount a quote states; ValueError when it states none or several.

    >>> parse_amount("ما يقرب من ١١ مليون دولار")
    Amount(value=11000000, currency='USD', hedge='nearly', percent=False)
    """
    found = [p for p in read_phrases(text, None, default_country) if isinstance(p, Quantity)]
    if not found:
        raise ValueError(f"no amount in «{text}»: it states no number")
    if len(found) > 1:
        listed = ", ".join(f"«{text[q.start : q.end]}»" for q in found)
        raise ValueError(f"more than one amount in «{text}»: {listed}")
    (quantity,) = found
    if quantity.value is None:
        raise ValueError(f"«{text}» is a run of more than {_MAX_DIGITS} digits, not an amount")
    return Amount(plain_number(quantity.value), quantity.currency, quantity.hedge, quantity.percent)


def parse_date_text(text: str, reference: date | None = None) -> tuple[str | None, str]:
    """(ISO date or None, precision) of the one date a phrase states.

    A bare year («2011») counts as a date here, where the phrase is known to be one.
    Relative phrases need ``reference``; without it the date is None, precision
    "relative". ValueError when the phrase states no date, several, or no real day.

    >>> parse_date_text("24 ديسمبر المقبل", date(2021, 6, 23))
    ('2021-12-24', 'day')
    """
    phrases = list(read_phrases(text, reference, strict=True))
    dates = [p for p in phrases if isinstance(p, DatePhrase)]
    if not dates and len(phrases) == 1:
        quantity = phrases[0]
        written = fold(text[quantity.start : quantity.end]).strip()
        if quantity.hedge == "exact" and written.isdigit() and len(written) == 4:
            return written, "year"
    if not dates:
        raise ValueError(f"no date in «{text}»")
    if len(dates) > 1:
        listed = ", ".join(f"«{text[d.start : d.end]}»" for d in dates)
        raise ValueError(f"more than one date in «{text}»: {listed}")
    return dates[0].iso, dates[0].precision


# --- Writing amounts back ---------------------------------------------------------------

HEDGE_EN = {
    "exact": "",
    "about": "about",
    "nearly": "nearly",
    "more_than": "more than",
    "at_least": "at least",
    "less_than": "less than",
    "at_most": "at most",
}
_SCALES_EN = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))
_SYMBOL_OF = {code: symbol for symbol, code in SYMBOLS.items()}


def _as_decimal(amount: object) -> Decimal:
    """Any number a table cell may hold (int, float, numpy) as an exact decimal."""
    return amount if isinstance(amount, Decimal) else Decimal(str(amount))


def _count(amount: Decimal, scales: Iterable[int]) -> tuple[Decimal, int | None]:
    """(how many, scale) so that how many × scale is the amount to three decimals at most."""
    for scale in scales:
        count = amount / scale
        if count >= 1 and count * 1000 == (count * 1000).to_integral_value():
            whole = count == count.to_integral_value()
            if scale == 10**3 and not (whole and count != 2):
                continue  # «2000 دولار», «1500 دولار»: thousands only as whole counts
            return count.normalize(), scale
    return amount.normalize(), None


def _digits(count: Decimal, grouped: bool = False) -> str:
    value = plain_number(count)
    return f"{value:,}" if grouped else f"{value}"


def _currency_ar(code: str, plural: bool) -> str:
    """The base word, and the country's adjective unless the word alone means the code."""
    for country, local in LOCAL_CURRENCIES.items():
        for base, local_code in local.items():
            if local_code == code and base != "sterling":
                singular, many, feminine = BASE_AR[base]
                noun = many if plural else singular
                if BASE_DEFAULT.get(base) == code:
                    return noun
                adjective = COUNTRY_ADJECTIVES[country].split()[0]
                return f"{noun} {adjective}{'ة' if plural or feminine else ''}"
    for base, default in BASE_DEFAULT.items():
        if default == code:
            return BASE_AR[base][1 if plural else 0]
    return code


def render_ar(amount: object, currency: str | None = None, hedge: str = "exact") -> str:
    """The amount as an Arabic newspaper writes it.

    >>> render_ar(269000000, "USD", "nearly")
    'ما يقرب من 269 مليون دولار'
    """
    if hedge not in HEDGES:
        raise ValueError(f"unknown hedge {hedge!r}: one of {', '.join(HEDGES)}")
    count, scale = _count(_as_decimal(amount), (s for s, _, _ in SCALES_AR))
    few = count == count.to_integral_value() and 3 <= count <= 10  # 3 ملايين, 10 دولارات
    words = [HEDGE_AR[hedge]]
    if scale is None:
        words.append(_digits(count))
    else:
        singular, plural = next((s, p) for size, s, p in SCALES_AR if size == scale)
        words += [singular] if count == 1 else [_digits(count), plural if few else singular]
    if currency:
        words.append(_currency_ar(currency, plural=few and scale is None))
    return " ".join(w for w in words if w)


def render_en(amount: object, currency: str | None = None, hedge: str = "exact") -> str:
    """The amount as an English newspaper writes it.

    >>> render_en(850000000, "USD", "more_than")
    'more than $850 million'
    """
    if hedge not in HEDGES:
        raise ValueError(f"unknown hedge {hedge!r}: one of {', '.join(HEDGES)}")
    count, scale = _count(_as_decimal(amount), (s for s, _ in _SCALES_EN))
    number = _digits(count, grouped=scale is None)
    if scale is not None:
        number += " " + dict(_SCALES_EN)[scale]
    if currency in _SYMBOL_OF:
        number = _SYMBOL_OF[currency] + number
    elif currency:
        number = f"{currency} {number}"
    return f"{HEDGE_EN[hedge]} {number}".strip()


# --- Which country a text is about ------------------------------------------------------

_COUNTRY_FORMS = {
    _key(form.removeprefix("ال") if form.startswith("ال") and " " not in form else form): country
    for country, names in COUNTRY_NAMES.items()
    for form in [
        *_phrases(names),
        *COUNTRY_ADJECTIVES[country].split(),
        *_phrases(COUNTRY_PLACES.get(country, "")),
    ]
}
_COUNTRY = re.compile(
    _START
    + "(?:[وف]ـ*+)?(?:[بلك]ـ*+)?(?:ال|ل)?(?P<name>"
    + _alternation(_COUNTRY_FORMS)
    + ")(?:ه|ين|ون|يين|يون)?"
    + _END
)


def guess_country(text: str, among: Collection[str] | None = None) -> str | None:
    """The country (ISO 3166 alpha-2) named most often, by names, adjectives, capitals and
    cities, and institutions (`arabic_lexicon.COUNTRY_PLACES`).

    None when no country is named or two lead together. ``among`` limits the choice, e.g.
    to BARE_CURRENCY_COUNTRIES when the guess is to resolve a bare دينار: the article on
    US aid to Libya names the United States 17 times and Libya 19, and a close second
    place that has no dinar should never win the guess. «مصرف» is no «مصر»: a name counts
    only as a whole word.

    >>> guess_country("قالت ليبيا إن الحكومة الليبية ستدفع 5 ملايين دينار")
    'LY'
    """
    return _guess_country_folded(fold(text), among)


def _guess_country_folded(folded: str, among: Collection[str] | None) -> str | None:
    named = (_COUNTRY_FORMS[_key(match["name"])] for match in _COUNTRY.finditer(folded))
    counts = Counter(country for country in named if among is None or country in among)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]
