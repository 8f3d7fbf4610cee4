"""When a four-digit number is a year: «عام 2011», «منذ 2011», «2014م», a span «العام المالي
2014 - 2015», or a Hijri year «1436هـ», which becomes the Gregorian years it spans (by the
hijridate package) — and when it is a count instead: «في 2000 حالة», «2015 مليون».
"""

from __future__ import annotations

import re

from validation.arabic.dates import DatePhrase, _between_before
from validation.arabic.hijri import _gregorian_years
from validation.arabic.lexicon import (
    COUNTED_NOUNS,
    FISCAL_QUALIFIERS,
    GREGORIAN_SUFFIX,
    HIJRI_SUFFIX,
    YEAR_ABOVE,
    YEAR_CHANGE_WORDS,
    YEAR_COMPARED_WITH,
    YEAR_EVENT_NOUNS,
    YEAR_HINTS,
    YEAR_LEDGER_NOUNS,
    YEAR_SPAN_WORDS,
    YEAR_WEAK_HINTS,
    YEAR_WORDS,
)
from validation.arabic.money import CURRENCY_WORDS, _read_currency
from validation.arabic.numbers import _SCALE_ROLES, NUMBER_WORDS, _Number
from validation.arabic.quantities import _PERCENT, Quantity
from validation.arabic.text import (
    _CLOSE_PARENTHESIS,
    _END,
    _GAP,
    _LETTER,
    _OPEN_PARENTHESIS,
    _PREFIX,
    _SPACE,
    _START,
    _alternation,
    _key,
    _phrases,
    _words,
)

_YEAR_WORD = re.compile(  # «العام المالي 2020», «للعام المالي الحالي 1430/1431»
    _START + _PREFIX + "?(?P<cue>" + _alternation(_words(YEAR_WORDS)) + ")" + _END
    + "(?:" + _SPACE + _alternation(_words(FISCAL_QUALIFIERS)) + _END + ")?" + _GAP + r"\Z"
)  # fmt: skip
# «عام 19/20», «موازنة 20/21»: a fiscal year by its last two digits, after a year word or a
# budget word, the second number the year after the first.
_BUDGET_WORDS = ["موازنه", "ميزانيه", "الموازنه", "الميزانيه"]
_SHORT_CUE = re.compile(
    _START + _PREFIX + "?(?P<cue>" + _alternation([*_words(YEAR_WORDS), *_BUDGET_WORDS])
    + ")" + _END + "(?:" + _SPACE + _alternation(_words(FISCAL_QUALIFIERS)) + _END + ")?"
    + _GAP + r"\Z"
)  # fmt: skip
_SHORT_NEXT = re.compile(_GAP + r"[/-]" + _GAP + r"(?P<year>[0-9]{2})(?![0-9]|[./][0-9])")
_YEAR_HINT = re.compile(
    _START + _PREFIX + "?" + _alternation(_words(YEAR_HINTS)) + _END + _GAP + r"\Z"
)
_YEAR_WEAK_HINT = re.compile(
    _START + _PREFIX + "?"
    + "(?:" + _alternation([*_words(YEAR_WEAK_HINTS), *_words(YEAR_EVENT_NOUNS)]) + _END
    + "|" + _alternation(_words(YEAR_LEDGER_NOUNS)) + _END
    + "(?:" + _SPACE + "ال" + _LETTER + "++" + _END + "){0,2})" + _GAP + r"\Z"
)  # fmt: skip
_COMPARED_WITH = re.compile(  # «مقارنة بـ2024», «بالمقارنة مع 2023», «قياسا إلى 2019»
    _START + "و?" + _alternation(_phrases(YEAR_COMPARED_WITH)) + _GAP + r"\Z"
)
_ABOVE = re.compile(_GAP + _alternation(_words(YEAR_ABOVE)) + _END + _GAP)  # «1% عن 2025»
_CHANGE_ABOVE = re.compile(  # «ارتفاعا عن 2024،»: a change from that year
    _START + "و?" + _alternation(_words(YEAR_CHANGE_WORDS)) + _END + _SPACE
    + _alternation(_words(YEAR_ABOVE)) + _END + _GAP + r"\Z"
)  # fmt: skip
_BY_HOW_MUCH = re.compile(_SPACE + "ب(?:نسبه|مقدار)" + _END)  # «… عن 2024 بنسبة 5%»
_CLAUSE_END = re.compile(_GAP + r"(?:[.,،؛;:!?؟)\]\n]|\Z)")
_YEAR_SUFFIX = re.compile(_GAP + _key(GREGORIAN_SUFFIX) + _END)  # 2011م: the Gregorian era
_HIJRI_SUFFIX = re.compile(_GAP + _alternation(_words(HIJRI_SUFFIX)) + _END)  # 1436هـ
_YEAR_SPAN_MARK = re.compile(  # «2015 - 2016», «2015/2016», «2015/16», «٢٠١٠-٢٠١٤»
    _GAP + r"(?P<sep>[-–—/ـ])" + _GAP + r"(?P<year>[0-9]{4}|[0-9]{2})(?![0-9]|[./][0-9])"
)
_YEAR_SPAN_WORD = re.compile(  # «2015 إلى 2019م», «2015 حتى عام 2019», «2012 حتى نهاية 2015»
    _GAP + "(?:وـ*+)?" + _alternation(_words(YEAR_SPAN_WORDS)) + _END + _GAP  # «… وحتى 2019»
    + "(?:" + _alternation(["نهاية", "أواخر", "اواخر"]) + _END + _GAP + ")?"
    + "(?:" + _alternation(["عام", "العام", "سنة", "السنة"]) + _END + _GAP + ")?"
    + r"(?P<year>[0-9]{4})(?![0-9])"
)  # fmt: skip
_FISCAL_TO = re.compile(  # after «2015/2016»: «إلى 2019/2020», «حتى عام 2019/20», «و2019/2020»
    _GAP + "(?:" + _alternation(_words(YEAR_SPAN_WORDS)) + _END + "|(?P<and>و))" + _GAP
    + "(?:" + _alternation(["عام", "العام", "سنة", "السنة"]) + _END + _GAP + ")?"
    + r"(?P<first>[0-9]{4})" + _GAP + "[/-]" + _GAP
    + r"(?P<year>[0-9]{4}|[0-9]{2})(?![0-9]|[./][0-9])"
)  # fmt: skip
_TO_A_NUMBER = re.compile(
    _GAP + "(?:" + _alternation(_words(YEAR_SPAN_WORDS)) + "|و)" + _END + _GAP
    + r"(?P<number>[0-9]++)(?:[.,][0-9]++)?"
)  # fmt: skip
_AND_YEAR = re.compile(  # «… و2017», «… وعام 2017»
    _GAP + r"وـ*+" + _GAP + "(?:" + _alternation(["عام", "العام", "سنة", "السنة"]) + _END + _GAP
    + r")?(?P<year>[0-9]{4})(?![0-9]|[./][0-9])"
)  # fmt: skip
_FROM_BEFORE = re.compile(_START + _PREFIX + "?(?:من|بين)" + _END + _GAP + r"\Z")
_COUNTED_AFTER = re.compile(_SPACE + _PREFIX + "?" + _alternation(COUNTED_NOUNS.split()) + _END)
_NOT_A_YEAR_AFTER = re.compile(  # «2015 مليون», «2020 دولار», «2019%»: a quantity
    _GAP + r"(?:[%٪$€£]|(?:" + _alternation(
        [*(w for w, e in NUMBER_WORDS.items() if e.role in _SCALE_ROLES), *CURRENCY_WORDS]
    ) + ")" + _END + ")"
)  # fmt: skip


_YEARS_COUNTED = re.compile(_GAP + _alternation(["عام", "عاما", "أعوام", "سنة", "سنوات"]) + _END)


_AND_BETWEEN = re.compile(_GAP + r"وـ*+" + _GAP)


_SHORT_FISCAL_YEAR = re.compile(r"(?P<first>[0-9]{2})/(?P<year>[0-9]{4})(?![0-9/])")


def _read_short_fiscal_year(
    folded: str, start: int, floor: int, previous: object
) -> DatePhrase | None:
    """«ميزانية عام 02/2003», «للعامين الماليين 00/2001 و01/2002»: a fiscal year with its
    first year cut to two digits. Only after a year word (or right after another such
    span, joined by «و»), so «في 01/2002» stays January 2002."""
    match = _SHORT_FISCAL_YEAR.match(folded, start)
    if match is None:
        return None
    year = int(match["year"])
    if int(match["first"]) != (year - 1) % 100 or not 1900 < year <= 2100:
        return None
    cue = _YEAR_WORD.search(folded, max(floor, start - 30), start)
    chained = (
        isinstance(previous, DatePhrase)
        and previous.kind == "year"
        and previous.iso_end is not None
        and _AND_BETWEEN.fullmatch(folded, previous.end, start) is not None
    )
    if not (cue or chained):
        return None
    opening = cue.start("cue") if cue else start
    return DatePhrase(opening, match.end(), str(year - 1), "year", "year", str(year))


def _year_span(
    folded: str, end: int, year: int, cued: bool, between: bool = False
) -> tuple[int, int] | None:
    """(other year, end) of «2015 - 2016», «2015/16», «2015 إلى 2019» or the backwards
    «2020/2017» (the caller puts the smaller year first); None if no span."""
    mark = _YEAR_SPAN_MARK.match(folded, end)
    if mark:
        written = int(mark["year"])
        if len(mark["year"]) == 2:
            last = year + 1 if written == (year + 1) % 100 and mark["sep"] in "/-" else None
        elif year < written <= year + 50:
            last = written
        else:  # «2020/2017», as some outlets write a span: the smaller year is its first
            backwards = mark["sep"] == "/" and 1900 <= written < year <= 2100
            last = written if backwards and year - written <= 50 else None
        if last is not None and not _NOT_A_YEAR_AFTER.match(folded, mark.end()):
            return _chained_years(folded, year, last, mark, between)
    words = _YEAR_SPAN_WORD.match(folded, end)
    if words and year < int(words["year"]) <= year + 100:
        suffix = _YEAR_SUFFIX.match(folded, words.end())
        if cued or suffix:
            return int(words["year"]), words.end()
    return None


def _chained_years(
    folded: str, year: int, last: int, mark: re.Match, between: bool
) -> tuple[int, int]:
    """(last year, end) of a span of years that may go on: «2019- 2020- 2021» (each year the
    one after the one before, joined by a dash), or «2015/2016 إلى 2019/2020», fiscal year
    to fiscal year (`_FISCAL_TO`; joined by «و» only after «بين»)."""
    end = mark.end()
    if last == year + 1 and mark["sep"] in "-–—" and len(mark["year"]) == 4:
        while (more := _YEAR_SPAN_MARK.match(folded, end)) and more["sep"] in "-–—":
            if more["year"] != str(last + 1) or _NOT_A_YEAR_AFTER.match(folded, more.end()):
                break
            last, end = last + 1, more.end()
        if end > mark.end():
            return last, end
    fiscal = _FISCAL_TO.match(folded, end) if last == year + 1 else None
    if fiscal and (between or not fiscal["and"]):
        first, second = int(fiscal["first"]), fiscal["year"]
        closes = int(second) == first + 1 or (len(second) == 2 and int(second) == (first + 1) % 100)
        if (
            last <= first <= year + 50
            and closes
            and not _NOT_A_YEAR_AFTER.match(folded, fiscal.end())
        ):
            return first + 1, fiscal.end()
    return last, end


def _and_year(folded: str, end: int, year: int) -> tuple[int, int] | None:
    """(last year, end) of «بين 2015 و2017», «بين عامي 2015 و2017», «بين عام 2015 وعام
    2017» (the caller saw «بين»); not «بين 2015 و2017 موظفا» (counts), nor a second year
    earlier than the first, nor a Hijri «بين 1436 و1438هـ»."""
    match = _AND_YEAR.match(folded, end)
    if match is None or not 1900 <= year < int(match["year"]) <= min(year + 100, 2100):
        return None
    after = match.end()
    if (
        _COUNTED_AFTER.match(folded, after)
        or _NOT_A_YEAR_AFTER.match(folded, after)
        or _PERCENT.match(folded, after)
        or _YEARS_COUNTED.match(folded, after)
        or _HIJRI_SUFFIX.match(folded, after)
    ):
        return None
    return int(match["year"]), after


def _glued_fiscal_year(folded: str, start: int, number: _Number, floor: int) -> DatePhrase | None:
    """«للسنة المالية 20152016»: two years in a row whose slash a web page lost, after a word
    that names a year; any other eight digits are a number."""
    first, last = int(number.numeral[:4]), int(number.numeral[4:])
    cue = _YEAR_WORD.search(folded, max(floor, start - 30), start)
    if cue is None or last != first + 1 or not 1900 <= first < 2100:
        return None
    return DatePhrase(cue.start("cue"), number.end, str(first), "year", "year", str(last))


def _read_year(
    folded: str, start: int, number: _Number, floor: int, previous: object
) -> DatePhrase | None:
    """A four-digit number that the words around it make a year, a span of years
    («العام المالي 2014 - 2015») or a Hijri year («1436هـ», converted to Gregorian)."""
    if number.numeral is not None and number.numeral.isdigit() and len(number.numeral) == 2:
        return _short_fiscal_year(folded, start, number, floor)
    if number.numeral is not None and number.numeral.isdigit() and len(number.numeral) == 8:
        return _glued_fiscal_year(folded, start, number, floor)
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
    opening = cue.start() if cue else start
    between = _between_before(folded, floor, opening)
    span = _year_span(folded, end, year, cued, bool(between)) or (
        between and _and_year(folded, end, year)
    )
    last, end = span if span else (year, end)
    year, last = min(year, last), max(year, last)
    hijri = _HIJRI_SUFFIX.match(folded, end)
    if hijri or (cue and _hijri_fiscal(_key(cue["cue"]), year, last)):
        gregorian = _gregorian_years(year, last)
        if gregorian is None:
            return None
        first, last = gregorian
        start = cue.start("cue") if cue else start
        end = hijri.end() if hijri else end
        return DatePhrase(start, end, str(first), "year", "year", _span_end(first, last))
    if not (1900 <= year <= 2100 and 1900 <= last <= 2100):
        return None
    suffix = _YEAR_SUFFIX.match(folded, end)
    if cue:
        start = cue.start("cue")
    elif not (span or suffix or _year_hint(folded, window, start, end, previous)):
        return None
    end = suffix.end() if suffix else end
    return DatePhrase(start, end, str(year), "year", "year", _span_end(year, last))


def _short_fiscal_year(folded: str, start: int, number: _Number, floor: int) -> DatePhrase | None:
    """«العام المالي 19/20», «موازنة 20/21»: the Gregorian years 2019–2020, 2020–2021."""
    cue = _SHORT_CUE.search(folded, max(floor, start - 30), start)
    after = _SHORT_NEXT.match(folded, number.end)
    first = int(number.numeral)
    if cue is None or after is None or int(after["year"]) != (first + 1) % 100:
        return None
    if _NOT_A_YEAR_AFTER.match(folded, after.end()) or _PERCENT.match(folded, after.end()):
        return None
    # NOTE: two digits name a year of this century up to 69, of the last from 70 («99/00»).
    year = first + (2000 if first < 70 else 1900)
    return DatePhrase(cue.start("cue"), after.end(), str(year), "year", "year", str(year + 1))


def _hijri_fiscal(cue: str, first: int, last: int) -> bool:
    """«السنة المالية 1439/1440», «العام المالي 1440»: a fiscal year numbered 13xx–14xx is
    a Hijri one even without «هـ» (Saudi budgets kept Hijri years until the mid-2010s)."""
    return "مالي" in cue and 1300 <= first <= last <= 1499


def _span_end(first: int, last: int) -> str | None:
    return str(last) if last != first else None


def _year_hint(folded: str, window: int, start: int, end: int, previous: object) -> bool:
    """Words before a bare year that make it one: «منذ 2011», «في 2013» (unless a counted
    noun follows: «في 2000 حالة»), «(2021)», «عامي 2020 و2021»."""
    if _YEAR_HINT.search(folded, window, start):
        return True
    if _compared_year(folded, window, start, end, previous):
        return True
    if _YEAR_WEAK_HINT.search(folded, window, start):
        if _CLAUSE_END.match(folded, end):
            return True
        to_number = _TO_A_NUMBER.match(folded, end)  # «من 2000 إلى 3000 طالب»: counts
        if (
            to_number
            and not 1900 <= int(to_number["number"]) <= 2100
            # «في 2019 و613 مليونا في 2020»: an amount of the next year follows, no count
            and not _NOT_A_YEAR_AFTER.match(folded, to_number.end())
        ):
            return False
        return not (_COUNTED_AFTER.match(folded, end) or _NOT_A_YEAR_AFTER.match(folded, end))
    if _OPEN_PARENTHESIS.search(folded, window, start) and (
        _CLOSE_PARENTHESIS.match(folded, end)
        or (folded[start:end].isdigit() and _and_year_closing(folded, end, int(folded[start:end])))
    ):
        return True
    return (
        isinstance(previous, DatePhrase)
        and previous.kind == "year"
        and _AND_BETWEEN.fullmatch(folded, previous.end, start) is not None
    )


def _and_year_closing(folded: str, end: int, year: int) -> bool:
    """«(2023 و2024)»: another, later year and the bracket's close follow the year, so the
    two are years (each a mention of its own; the second follows the first by «و»)."""
    other = _and_year(folded, end, year)
    return other is not None and _CLOSE_PARENTHESIS.match(folded, other[1]) is not None


def _compared_year(folded: str, window: int, start: int, end: int, previous: object) -> bool:
    """A year something is compared with: «مقارنة بـ2024», «بزيادة 1% عن 2025» (after a
    percent), «ارتفاعا عن 2024،» (after a change word, then the clause's end or «بنسبة»);
    never one a counted noun or an amount follows: «زيادة عن 2025 موظف» counts staff."""
    if _COUNTED_AFTER.match(folded, end) or _NOT_A_YEAR_AFTER.match(folded, end):
        return False
    if _COMPARED_WITH.search(folded, window, start):
        return True
    if (
        isinstance(previous, Quantity)
        and previous.percent
        and _ABOVE.fullmatch(folded, previous.end, start) is not None
    ):
        return True
    return bool(
        _CHANGE_ABOVE.search(folded, window, start)
        and (_CLAUSE_END.match(folded, end) or _BY_HOW_MUCH.match(folded, end))
    )
