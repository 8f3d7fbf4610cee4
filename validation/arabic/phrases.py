"""The walk: every quantity and date in a text, in order, never overlapping.

`read_phrases` walks a text once: a cheap pattern finds each place where a quantity or a
date may start (a digit, a currency sign, a number word, a month name, «أمس»…), and the
small anchored readers of `quantities`, `dates` and `years` take it from there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from validation.arabic.dates import (
    _AGO_PHRASES,
    _FIRST_LAST_KEYS,
    _MONTH_KEYS,
    _NEXT_PERIOD_KEYS,
    _ORDINAL_DAY_KEYS,
    _PERIOD_EDGE_KEYS,
    _RECENT_MONTH_KEYS,
    _RELATIVE_PHRASES,
    _SAME_PERIOD_KEYS,
    _SAME_YEAR_KEYS,
    _WEEKDAY_KEYS,
    _YEAR_BEFORE_KEYS,
    _YEAR_PART_KEYS,
    A_YEAR_BEFORE,
    SAME_PERIOD,
    SAME_YEAR,
    YEAR_SPAN_OPENINGS,
    DatePhrase,
    _read_ago_count,
    _read_ago_phrase,
    _read_first_months,
    _read_month,
    _read_months_counted_in_digits,
    _read_numeric_date,
    _read_ordinal_day,
    _read_period_edge,
    _read_recent_months,
    _read_relative,
    _read_same_period,
    _read_weekday,
    _read_year_part,
    _read_year_span,
    edge_of_part,
)
from validation.arabic.hijri import (
    _HIJRI_MONTH_KEYS,
    _read_hijri_day,
    _read_hijri_month,
    _read_hijri_numeric,
    _read_ramadan,
)
from validation.arabic.lexicon import (
    COMPARED_WORDS,
    DAY_NAME_WORDS,
    DECIMAL_COMMA_COUNTRIES,
    LABEL_WORDS,
    LOCAL_CURRENCIES,
    ORDINALS,
    OUTLET_NOUNS,
    OUTLETS_BEFORE_TODAY,
    TODAY_NOT_AFTER,
)
from validation.arabic.money import writes_decimal_comma
from validation.arabic.numbers import (
    _LARGE_SCALE_WORDS,
    _OPENING_ROLES,
    DEFINITE_DUALS,
    DEFINITE_NUMBERS,
    DEFINITE_SCALES,
    NUMBER_WORDS,
    _read_number,
    _token,
    read_decimal_commas,
    read_grouping_points,
    uses_decimal_r,
)
from validation.arabic.pegs import country_of_bare
from validation.arabic.quantities import (
    _RANGE_OPENER,
    Quantity,
    _carry_currency,
    _carry_currency_to_range,
    _carry_scale,
    _opening_of,
    _parenthesised,
    _read_quantity,
    _read_range,
)
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
    _WordsBefore,
    fold,
)
from validation.arabic.years import _YEAR_WORD, _read_short_fiscal_year, _read_year
from validation.vocab import FORMER_CODES

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
            *DEFINITE_DUALS,
            *DEFINITE_NUMBERS,
            *DEFINITE_SCALES,
            *_MONTH_KEYS,
            *_HIJRI_MONTH_KEYS,
            *_RELATIVE_PHRASES,
            *_AGO_PHRASES,
            *_WEEKDAY_KEYS,
            *_ORDINAL_DAY_KEYS,
            *_YEAR_PART_KEYS,
            *_RECENT_MONTH_KEYS,
            *_PERIOD_EDGE_KEYS,
            *YEAR_SPAN_OPENINGS,
            *_FIRST_LAST_KEYS,
            *_SAME_YEAR_KEYS,
            *_SAME_PERIOD_KEYS,
        ]
    )
    + ")"
    + _END
)


_LABEL = _WordsBefore(
    _START + _PREFIX + "?" + _alternation(_words(LABEL_WORDS)) + _END + _GAP + r"\Z",
    _words(LABEL_WORDS),
)
_ORDINAL = re.compile(_START + _alternation(ORDINALS.split()) + _END + _GAP + r"\Z")


_IN_BRACKETS = re.compile(r"\([^\S\n]*\Z")
_NOT_TODAY = re.compile(  # «اليوم العالمي» is a day's name; «اليوم الأحد» is today
    _SPACE
    + "ال(?:"
    + _LETTER
    + "*?ي"
    + _END
    + "|"
    + _alternation(_words(DAY_NAME_WORDS))
    + _END
    + ")"
)  # … and «تبدأ قطر اليوم العمل بموازنة» is today: a noun after it, not a day's adjective

_NOT_THIS_DAY = re.compile(  # «في مثل هذا اليوم»: that day in another year
    _START + _PREFIX + "?" + _alternation(_words(TODAY_NOT_AFTER)) + _END + _SPACE + r"\Z"
)
_OUTLET_BEFORE_TODAY = re.compile(  # «الرباط - المغرب اليوم:», «صحيفة المصري اليوم»
    r"(?:(?P<line>^" + _GAP + r")|(?P<dateline>[\-–—:/|]" + _GAP + ")"
    + "|(?P<noun>" + _START + _PREFIX + "?"
    + _alternation(_phrases(OUTLET_NOUNS)) + _END + _SPACE + "))?"
    + _START + _PREFIX + "?" + _alternation(_phrases(OUTLETS_BEFORE_TODAY)) + _END
    + _SPACE + r"\Z",
    re.MULTILINE,
)  # fmt: skip
_SEPARATOR_AFTER = re.compile(_GAP + r"(?:[\-–—:/|]|$)", re.MULTILINE)
_OUTLET_WINDOW = 24  # characters looked back for an outlet's name and what precedes it


def _outlet_named_today(folded: str, start: int, end: int, floor: int) -> bool:
    """Whether this «اليوم» ends an outlet's name («المغرب اليوم») in a dateline or byline
    (a separator before the name, or the name opening its line with a separator or the
    line's end after it) or after «صحيفة»; «يشهد المغرب اليوم», «وقالت مصر اليوم:» and
    «قال الوزير اليوم» stay today."""
    name = _OUTLET_BEFORE_TODAY.search(folded, max(floor, start - _OUTLET_WINDOW), start)
    if name is None:
        return False
    if name["dateline"] is not None or name["noun"] is not None:
        return True
    return name["line"] is not None and _SEPARATOR_AFTER.match(folded, end) is not None


def _not_after_between(folded: str, start: int, floor: int) -> bool:
    """Whether no «بين» opens a range right before ``start``: after one, «10 آلاف و20
    مليون» is a range's two bounds, not 10,020 millions (`numbers._thousands_of_a_scale`)."""
    return _RANGE_OPENER.search(folded, max(floor, start - 20), start) is None


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
    date_phrase = (
        _read_short_fiscal_year(folded, start, floor, previous)
        or _read_hijri_day(folded, start)
        or _read_hijri_numeric(folded, start)
        or _read_numeric_date(folded, start, reference)
        or _read_months_counted_in_digits(folded, start, floor, reference)
    )
    if date_phrase:
        return date_phrase
    if _LABEL.search(folded, max(floor, start - 20), start):
        number = _token(folded, start)
        return Quantity(start, number.end, number.value)
    year = folded.startswith(("19", "20"), start) and _year_before_a_scale(folded, start, floor)
    if year:
        return year
    number = _read_number(folded, start, _not_after_between(folded, start, floor))
    bracketed = _parenthesised(folded, start, floor, number)
    if bracketed:
        opening = _opening_of(folded, start, floor)
        quantity = _read_quantity(folded, opening, floor, default_country, bracketed)
        return _with_range(folded, quantity, floor, default_country)
    year = _read_year(folded, start, number, floor, previous)
    if year:
        return year
    return _ago_or_quantity(folded, start, floor, number, reference, default_country)


_YEAR_DIGITS_BEFORE_SCALE = re.compile(  # «2001 مليارا و295 مليون»: a year, then an amount
    r"(?P<year>(?:19|20)[0-9]{2})(?![0-9]|[.,٫٬][0-9])" + _GAP
    + "(?=(?:" + _alternation(_LARGE_SCALE_WORDS) + ")" + _END + ")"
)  # fmt: skip


_IN_BEFORE = re.compile(_START + _PREFIX + "?(?:في|خلال)" + _END + _SPACE + r"\Z")
_ONE_SCALE_AND_MORE = re.compile(
    _GAP + "(?:مليارا|مليونا|بليونا)" + _END + _GAP + r"وـ*+" + _GAP + "[0-9]"
)


def _year_before_a_scale(folded: str, start: int, floor: int) -> DatePhrase | None:
    """«في العام 2001 مليارا و295 مليون دولار»: after «العام», «عام», «سنة» (YEAR_WORDS), four
    digits of a year before a scale word are that year, and the amount starts at the
    scale («مليارا و295 مليون دولار», 1.295 billion); not 2,001 billion. After «في» alone,
    only before «مليارا و…» (one billion and more), never «في 2020 مليار»."""
    match = _YEAR_DIGITS_BEFORE_SCALE.match(folded, start)
    if match is None:
        return None
    cue = _YEAR_WORD.search(folded, max(floor, start - 24), start)
    if cue:
        return DatePhrase(cue.start("cue"), match.end("year"), match["year"], "year", "year")
    # «وفي 2003 مليارا و270 مليون»: «مليارا» then «و» and digits is one billion and more
    if _IN_BEFORE.search(folded, max(floor, start - 8), start) and _ONE_SCALE_AND_MORE.match(
        folded, match.end()
    ):
        return DatePhrase(start, match.end("year"), match["year"], "year", "year")
    return None


def _ago_or_quantity(
    folded: str,
    start: int,
    floor: int,
    number,
    reference: date | None,
    default_country: str | None,
) -> Phrase | tuple[Phrase, ...] | None:
    """What a number that is no year reads as: a time ago («قبل ثلاثة أشهر»), else a
    quantity, with the range it may close."""
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
    hijri = _read_hijri_month(folded, start) if key in _HIJRI_MONTH_KEYS else None
    if hijri is None and key == "رمضان":
        hijri = _read_ramadan(folded, start, floor, reference)
    if hijri:
        return hijri
    if key in _SAME_YEAR_KEYS:  # «لنفس السنة»: the walk gives it its year
        return DatePhrase(start, end, None, SAME_YEAR)
    if key in _SAME_PERIOD_KEYS:  # «نفس الفترة من العام الماضي»: the walk gives its months
        return _read_same_period(folded, start, end, reference)
    months = _read_first_months(folded, start, reference) if key in _FIRST_LAST_KEYS else None
    if months:  # «أول 5 أشهر من 2024»; else maybe «أول يوليو»
        return months
    if key in DEFINITE_NUMBERS:  # «العشرين مليار»; else maybe «العشرين من الشهر»
        number = _read_number(folded, start, _not_after_between(folded, start, floor))
        if number is not None:
            return _ago_or_quantity(folded, start, floor, number, reference, default_country)
    if key in YEAR_SPAN_OPENINGS:
        span = _read_year_span(folded, start, reference)
        if span or key not in _ORDINAL_DAY_KEYS:  # «العشرين من الشهر» is a day
            return span
    if key in _MONTH_KEYS:
        return _read_month(folded, start, floor, reference, previous)
    if key in _RELATIVE_PHRASES:
        if key == "اليوم" and _NOT_TODAY.match(folded, end):
            return None
        if key == "اليوم" and _outlet_named_today(folded, start, end, floor):
            return None
        if key == "هذا اليوم" and _NOT_THIS_DAY.search(folded, max(floor, start - 8), start):
            return None
        return _read_relative(folded, start, end, word, reference)
    if key in _AGO_PHRASES:
        return _read_ago_phrase(folded, start, end, word, reference)
    if key in _WEEKDAY_KEYS:
        return _read_weekday(folded, start, end, word, reference, floor)
    if key in _ORDINAL_DAY_KEYS:
        return _read_hijri_month(folded, start) or _read_ordinal_day(
            folded, start, reference, floor
        )
    if key in _YEAR_PART_KEYS:
        part = _read_year_part(folded, start, end, word, reference)
        if part:  # «نهاية النصف الأول من العام»: its last month
            return edge_of_part(folded, part, floor)
        if key not in _RECENT_MONTH_KEYS:
            return part
    if key in _RECENT_MONTH_KEYS:  # «الأشهر الثلاثة الأخيرة» with no year after it
        return _read_recent_months(folded, start, end, word, reference)
    if key in _PERIOD_EDGE_KEYS:
        return _read_period_edge(folded, start, end, word, reference)
    if key in ("عشر", "عشره") and _ORDINAL.search(folded, max(floor, start - 20), start):
        return None
    if key == "ست" and start > trigger.start():  # «لست» is "I am not", not "for six"
        return None
    number = _read_number(folded, start, _not_after_between(folded, start, floor))
    if number is None:
        return None
    return _ago_or_quantity(folded, start, floor, number, reference, default_country)


def read_phrases(
    text: str,
    reference: date | None = None,
    default_country: str | None = None,
    strict: bool = False,
    guess_currency: bool = False,
    decimal_comma: bool | None = None,
    grouping_point: bool | None = None,
) -> Iterator[Quantity | DatePhrase]:
    """Every quantity and date in ``text``, in order, never overlapping.

    ``reference`` resolves relative dates (أمس، أكتوبر الماضي); ``default_country``
    (ISO 3166 alpha-2, e.g. "LY") resolves a bare دينار. With ``guess_currency``, a bare
    دينار that ``default_country`` leaves open takes the country the text names most among
    those with a dinar (see `pegs.country_of_bare`), and a scaled amount with no currency takes
    that of the last amount of money in its sentence («40 مليار دولار، منها 17 مليار»).
    A date that names no real day (31 فبراير 2021) is read as its numbers, or raises
    ValueError when ``strict``.

    A text that writes a decimal comma before a scale word («10,3 مليار») reads «19,452
    مليار» as 19.452 billion too (`read_decimal_commas`); ``decimal_comma`` says whether
    to, for words whose article decided it (a quote), else the text decides. A text that
    writes its decimals with «ر» («3ر1163 مليار») groups thousands with a point: «2.022
    مليار» is 2,022 billion (`read_grouping_points`); ``grouping_point`` likewise.
    """
    folded = fold(text)
    # the text writes a decimal comma, Latin or Arabic («60،3 مليار»): `_currency_from_text`
    guessed_comma = _ARABIC_DECIMAL_COMMA.search(folded) is not None
    if uses_decimal_r(folded) if grouping_point is None else grouping_point:
        folded = read_grouping_points(folded)
    elif writes_decimal_comma(folded) if decimal_comma is None else decimal_comma:
        folded = read_decimal_commas(folded)
        guessed_comma = True
    pos = floor = 0
    previous = money = None
    named_year: DatePhrase | None = None  # the last date with one year, for «نفس السنة»
    named_span: DatePhrase | None = None  # the last span of months, for «نفس الفترة»
    dated: DatePhrase | None = None  # the last date, for «العام السابق»
    guessed: dict[str, str | None] = {}
    former = _former_codes(reference)
    while (trigger := _TRIGGER.search(folded, pos)) is not None:
        try:
            phrase = _read_at(folded, trigger, floor, previous, reference, default_country)
        except ValueError as error:
            if strict:
                raise ValueError(f"«{text}» names no real day: {error}") from None
            phrase = _read_quantity(folded, _start_of(trigger), floor, default_country)
        if isinstance(phrase, DatePhrase):
            phrase = _anaphora(folded, phrase, named_year, named_span, dated)
        if phrase is None:
            pos = trigger.end()
            continue
        if guess_currency and isinstance(phrase, tuple) and _two_quantities(phrase):
            phrase = _carry_currency_to_range(folded, phrase, money)
        for one in phrase if isinstance(phrase, tuple) else (phrase,):
            if isinstance(one, DatePhrase) and _names_one_year(folded, one):
                named_year = one
            if isinstance(one, DatePhrase) and _months_of_one_year(one):
                named_span = one
            if isinstance(one, DatePhrase) and _DATED.match(one.iso or ""):
                dated = one
            if former and isinstance(one, Quantity) and one.currency in former:
                one = replace(one, currency=former[one.currency])
            if guess_currency and isinstance(one, Quantity):
                one = _carry_currency(folded, _carry_scale(folded, one, money), money)
                # a conversion in brackets «(13.03 مليار دولار)» is no currency to carry on
                converted = _IN_BRACKETS.search(folded, max(floor, one.start - 3), one.start)
                money = one if one.money and not converted else money
            if guess_currency and isinstance(one, Quantity) and one.bare:
                yield _currency_from_text(folded, one, guessed, guessed_comma)
            else:
                yield one
            pos = floor = one.end
            previous = one


def _two_quantities(phrase: tuple) -> bool:
    """A range's two bounds, or a change's two amounts (`quantities._read_range`)."""
    return len(phrase) == 2 and all(isinstance(one, Quantity) for one in phrase)


_YEAR_DIGITS = re.compile(r"[0-9]{4}")


def _names_one_year(folded: str, phrase: DatePhrase) -> bool:
    """Whether the date writes its year and lies in it («لسنة 2023», «مارس 2022», «2004م»;
    not «أكتوبر» whose year was guessed, nor «2019 - 2020»)."""
    iso, end = phrase.iso, phrase.iso_end
    if iso is None or (end is not None and end[:4] != iso[:4]):
        return False
    return _YEAR_DIGITS.search(folded, phrase.start, phrase.end) is not None


_ANAPHORIC_OPENINGS = ("ال", "لل", "قبل", "عام", "سنه")  # how the phrases it resolves open


def _anaphora(folded, phrase, named_year, named_span, dated) -> DatePhrase | None:
    """A date that points back into its paragraph («لنفس السنة», «نفس الفترة», «العام
    السابق», «الشهر التالي»), resolved from the dates read before it there."""
    precision = phrase.precision
    if precision == SAME_YEAR:
        return _same_year(folded, phrase, named_year)
    if precision == SAME_PERIOD:
        return _same_period(folded, phrase, named_span)
    if precision not in ("month", "year") or not folded.startswith(
        _ANAPHORIC_OPENINGS, phrase.start
    ):
        return phrase
    if precision == "year":
        phrase = _year_before(folded, phrase, dated)
    return _next_period(folded, phrase, dated)


def _paragraph_break(folded: str, start: int, end: int) -> bool:
    """Whether a new line stands between ``start`` and ``end`` (found, not copied)."""
    return folded.find("\n", start, end) != -1


def _same_year(folded: str, phrase: DatePhrase, named: DatePhrase | None) -> DatePhrase | None:
    """«لنفس السنة» after «لسنة 2023» in its paragraph: 2023; None when no date writing its
    one year stands before it in the paragraph."""
    if named is None or _paragraph_break(folded, named.end, phrase.start):
        return None
    return DatePhrase(phrase.start, phrase.end, named.iso[:4], "year")


def _months_of_one_year(phrase: DatePhrase) -> bool:
    """A span of months within one year («الأشهر التسعة الأولى من 2018»). NOTE: a single
    month before «الفترة نفسها» is most often where a year-to-date count stops («حتى نهاية
    يوليو»), and measurers read the period either way: the year alone says less but is right."""
    iso, end = phrase.iso, phrase.iso_end
    return (
        phrase.precision == "month" and iso is not None and end is not None and iso[:4] == end[:4]
    )


def _same_period(folded: str, phrase: DatePhrase, named: DatePhrase | None) -> DatePhrase | None:
    """«نفس الفترة لسنة 2012» after «الأشهر الـ 11 الأولى من 2013» in its paragraph: the
    same months of 2012; with no span of months before it there, the year alone."""
    alone = named is None or _paragraph_break(folded, named.end, phrase.start)
    if phrase.iso == A_YEAR_BEFORE:  # «نفس الفترة قبل عام»: that span, a year back
        if alone:
            return None
        year = f"{int(named.iso[:4]) - 1:04d}"
    else:
        year = phrase.iso
    if alone:
        return DatePhrase(phrase.start, phrase.end, year, "year")
    first, last = named.iso[5:7], named.iso_end[5:7]
    return DatePhrase(
        phrase.start, phrase.end, f"{year}-{first}", "month", iso_end=f"{year}-{last}"
    )


_DATED = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?\Z")  # a year, month or day
_AGO_ONE_YEAR = frozenset(_key(p) for p in ("قبل عام", "قبل سنة"))
_COMPARED_BEFORE = re.compile(_START + _PREFIX + "?" + _alternation(_words(COMPARED_WORDS)) + _END)


def _year_before(folded: str, phrase: DatePhrase, dated: DatePhrase | None) -> DatePhrase:
    """«بنمو 9٪ عن العام السابق» after «للعام 2024» in its paragraph: 2023; «مقابل 167,2
    مليار درهم قبل سنة» after «الأشهر الإحدى عشر الأولى من السنة الجارية»: those months a
    year back (YEAR_BEFORE_PHRASES). ``phrase`` as read (the year before the reference's)
    when no date stands before it in the paragraph, or for «قبل عام» with no comparison
    before it in its sentence (then it counts back from today)."""
    if dated is None or _paragraph_break(folded, dated.end, phrase.start):
        return phrase
    key = _key(folded[phrase.start : phrase.end])
    if key in _AGO_ONE_YEAR:
        sentence = max(folded.rfind(".", 0, phrase.start), folded.rfind("\n", 0, phrase.start))
        if not _COMPARED_BEFORE.search(folded, max(sentence + 1, phrase.start - 120), phrase.start):
            return phrase
    elif key not in _YEAR_BEFORE_KEYS:
        return phrase
    back = _a_year_back(dated.iso)
    end = dated.iso_end and _a_year_back(dated.iso_end)
    if key in _AGO_ONE_YEAR and dated.precision in ("month", "year"):
        return DatePhrase(phrase.start, phrase.end, back, dated.precision, iso_end=end)
    # «العام السابق» names a year: after «سبتمبر 2025» it is 2024, after «2015-2016» 2014-2015
    end = end and end[:4] if end and end[:4] != back[:4] else None
    return DatePhrase(phrase.start, phrase.end, back[:4], "year", iso_end=end)


_MONTH_OF_BEFORE = re.compile(
    "(?:" + _alternation(_MONTH_KEYS) + ")" + _END + r"(?:[^\S\n]*+[(/][^\n]{0,12}?)?"
    + _SPACE + "من" + _SPACE + r"\Z"
)  # fmt: skip


def _next_period(folded: str, phrase: DatePhrase, dated: DatePhrase | None) -> DatePhrase | None:
    """«في حزيران/يونيو … في الشهر التالي»: July of that year; «مقارنة بالشهر الذي سبقه»:
    May; «العام التالي» after «عام 2015»: 2016 (NEXT_PERIOD_PHRASES). ``phrase`` as read
    (counted from the reference's) with no date of that unit or finer before it in the
    paragraph."""
    unit, step = _NEXT_PERIOD_KEYS.get(_key(folded[phrase.start : phrase.end]), (None, 0))
    if unit is not None and _MONTH_OF_BEFORE.search(
        folded, max(0, phrase.start - 24), phrase.start
    ):
        return None  # «حتى نهاية جوان من العام التالي»: how every fiscal year runs, no date
    if unit is None or dated is None or _paragraph_break(folded, dated.end, phrase.start):
        return phrase
    if unit == "year":
        return DatePhrase(phrase.start, phrase.end, f"{int(dated.iso[:4]) + step:04d}", "year")
    if len(dated.iso) < 7 or (dated.iso_end and dated.iso_end[:7] != dated.iso[:7]):
        return phrase  # after a year or a span of months, «الشهر التالي» is no month of it
    months = int(dated.iso[:4]) * 12 + int(dated.iso[5:7]) - 1 + step
    return DatePhrase(
        phrase.start, phrase.end, f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
    )


def _a_year_back(iso: str) -> str:
    """«2024-03» → «2023-03»: the same month (or year) one year earlier."""
    return f"{int(iso[:4]) - 1:04d}{iso[4:]}"


def _former_codes(reference: date | None) -> dict[str, str]:
    """The codes a currency word had on the reference day, where it was redenominated since
    («أوقية» of 2015 is MRO); without a reference day, today's codes."""
    if reference is None:
        return {}
    iso = reference.isoformat()
    return {code: former for code, (former, until) in FORMER_CODES.items() if iso < until}


_ARABIC_DECIMAL_COMMA = re.compile(r"[0-9]،[0-9]{1,2}(?![0-9])")


def _currency_from_text(
    folded: str, quantity: Quantity, guessed: dict, comma: bool = False
) -> Quantity:
    """A bare جنيه/دينار/ريال… in the currency of the country the text is plainly about;
    naming none, a text that writes a decimal comma («60،3 مليار درهم») writes as one
    country's press does, when only one such country has the word (the dirham: Morocco,
    not the Emirates)."""
    base = quantity.bare
    if base not in guessed:
        having = {country for country, local in LOCAL_CURRENCIES.items() if base in local}
        guessed[base] = country_of_bare(folded, having)
        commas = having & set(DECIMAL_COMMA_COUNTRIES) if comma else set()
        if guessed[base] is None and len(commas) == 1:
            guessed[base] = commas.pop()
    country = guessed[base]
    if country is None:
        return quantity
    return replace(quantity, currency=LOCAL_CURRENCIES[country][base], bare=None)
