"""Hijri dates as Saudi and Gulf papers write them: a day «13 جمادى الأولى 1444هـ», «الأول
من رمضان 1445هـ», or a month «رمضان 1445هـ», turned into the Gregorian calendar by the
hijridate package (Umm al-Qura, 1343–1500 AH). A Hijri month name is a date only with a
year after it, so «رمضان» the name, «صفر» zero and «ربيع» spring stay words; but for
Ramadan after «شهر» or a word like «حلول», «خلال» («قبل حلول شهر رمضان»), which is the
Ramadan nearest the reference date (`_read_ramadan`).
"""

from __future__ import annotations

import re
from datetime import date

from validation.arabic.dates import (
    _ORDINAL_DAY_KEYS,
    _RELATIVE,
    _RELATIVE_KEYS,
    DatePhrase,
    _usable,
)
from validation.arabic.lexicon import HIJRI_MONTH_NAMES, HIJRI_SUFFIX, RAMADAN_CUES
from validation.arabic.text import (
    _END,
    _GAP,
    _PREFIX,
    _SPACE,
    _START,
    _alternation,
    _key,
    _phrases,
    _words,
)

_HIJRI_MONTH_KEYS = {
    _key(name): n for n, names in HIJRI_MONTH_NAMES.items() for name in _phrases(names)
}
_HIJRI_ERA = "(?:" + _GAP + _alternation(_words(HIJRI_SUFFIX)) + _END + ")"
_MONTH_AND_YEAR = (  # «رمضان 1445هـ», «رجب من عام 1440 هـ», «شوال، 1443»
    "(?P<month>" + _alternation(_HIJRI_MONTH_KEYS) + ")" + _END
    + _GAP + "[,،]?" + _GAP
    + "(?:(?:من" + _SPACE + ")?(?:عام|العام|سنه|السنه)" + _END + _GAP + ")?"
    + r"(?P<year>1[34][0-9]{2})(?![0-9])" + _HIJRI_ERA + "?"
)  # fmt: skip
_OF_MONTH = "(?:من" + _SPACE + ")?(?:شهر" + _SPACE + ")?"
_HIJRI_MONTH_YEAR = re.compile(_MONTH_AND_YEAR)
_HIJRI_DAY_MONTH_YEAR = re.compile(  # «13 جمادى الأولى 1444هـ», «5 من شهر شوال 1443»
    r"(?P<day>[0-9]{1,2})(?![0-9])ـ*+" + _GAP + _OF_MONTH + _MONTH_AND_YEAR
)
_HIJRI_NUMERIC_DAY = re.compile(  # «23 / 3 / 1438هـ»: day/month/year in figures, then the era
    r"(?P<day>[0-9]{1,2})" + _GAP + r"(?P<sep>[/.\-])" + _GAP + r"(?P<month>[0-9]{1,2})"
    + _GAP + r"(?P=sep)" + _GAP + r"(?P<year>1[34][0-9]{2})(?![0-9])" + _HIJRI_ERA
)  # fmt: skip
_HIJRI_ORDINAL_DAY = re.compile(  # «الأول من رمضان 1445هـ»
    "(?P<ordinal>" + _alternation(_ORDINAL_DAY_KEYS) + ")" + _END + _SPACE + _OF_MONTH
    + _MONTH_AND_YEAR
)  # fmt: skip


def _gregorian_years(hijri_first: int, hijri_last: int) -> tuple[int, int] | None:
    """The Gregorian years that Hijri years ``hijri_first``–``hijri_last`` fall in (Umm
    al-Qura calendar, by the hijridate package), or None outside its range (1343–1500)."""
    first_month = _gregorian_month(hijri_first, 1)
    last_month = _gregorian_month(hijri_last, 12)
    if first_month is None or last_month is None:
        return None
    return first_month[0].year, last_month[1].year


def _gregorian_month(year: int, month: int) -> tuple[date, date] | None:
    """The first and last Gregorian day of Hijri ``month`` of ``year``, or None outside
    the converter's range."""
    from hijridate import Hijri  # only a Hijri date needs it

    try:
        first = Hijri(year, month, 1)
        last = Hijri(year, month, first.month_length())
    except (ValueError, OverflowError):
        return None
    return first.to_gregorian(), last.to_gregorian()


def _gregorian_day(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Hijri day; None outside the converter's years, ValueError in
    plain words when the Hijri month has no such day (like «31 فبراير»)."""
    days = _gregorian_month(year, month)
    if days is None:
        return None
    first, last = days
    if not 1 <= day <= (last - first).days + 1:
        raise ValueError(f"there is no day {day} in Hijri month {month} of {year}")
    return date.fromordinal(first.toordinal() + day - 1)


def _read_hijri_day(folded: str, start: int) -> DatePhrase | None:
    """«13 جمادى الأولى 1444هـ»: the Gregorian day, precision day."""
    match = _HIJRI_DAY_MONTH_YEAR.match(folded, start)
    if match is None:
        return None
    return _day_phrase(start, match, int(match["day"]))


def _read_hijri_numeric(folded: str, start: int) -> DatePhrase | None:
    """«23 / 3 / 1438هـ», as royal decrees and Saudi wires date things: the Gregorian day.
    Only with the era written after it: «23/3/1438» alone stays a Gregorian reading."""
    match = _HIJRI_NUMERIC_DAY.match(folded, start)
    if match is None or not 1 <= int(match["month"]) <= 12:
        return None
    try:
        gregorian = _gregorian_day(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:  # a day the Hijri month lacks: no date, as «31 فبراير» is none
        return None
    if gregorian is None:
        return None
    return DatePhrase(start, match.end(), gregorian.isoformat(), "day")


def _read_hijri_month(folded: str, start: int) -> DatePhrase | None:
    """«رمضان 1445هـ» (a month) or «الأول من رمضان 1445هـ» (a day)."""
    ordinal = _HIJRI_ORDINAL_DAY.match(folded, start)
    if ordinal:
        return _day_phrase(start, ordinal, _ORDINAL_DAY_KEYS[_key(ordinal["ordinal"])])
    match = _HIJRI_MONTH_YEAR.match(folded, start)
    if match is None:
        return None
    days = _gregorian_month(int(match["year"]), _HIJRI_MONTH_KEYS[_key(match["month"])])
    if days is None:
        return None
    # NOTE: a Hijri month runs from mid one Gregorian month to mid the next (Ramadan 1445
    # is 11 March – 9 April 2024), so it is a span of months: `date` is the Gregorian month
    # of its first day and `date_end` that of its last (None when both fall in one month).
    first, last = (day.isoformat()[:7] for day in days)
    return DatePhrase(start, match.end(), first, "month", iso_end=last if last != first else None)


def _day_phrase(start: int, match: re.Match, day: int) -> DatePhrase | None:
    month = _HIJRI_MONTH_KEYS[_key(match["month"])]
    gregorian = _gregorian_day(int(match["year"]), month, day)
    if gregorian is None:
        return None
    return DatePhrase(start, match.end(), gregorian.isoformat(), "day")


_RAMADAN = 9
_RAMADAN_ALONE = re.compile(  # «رمضان», «رمضان المقبل», «رمضان الماضي»
    "رمضان" + _END + "(?:" + _SPACE + "(?P<relative>" + _RELATIVE + ")" + _END + ")?"
)
_MONTH_WORD_BEFORE = re.compile(  # «شهر رمضان», «لشهر رمضان»: the span opens at «شهر»
    _START + _PREFIX + "?(?P<word>شهر)" + _END + _SPACE + r"\Z"
)
_RAMADAN_CUE_BEFORE = re.compile(  # «قبل حلول رمضان», «خلال رمضان»
    _START + _PREFIX + "?" + _alternation(_words(RAMADAN_CUES)) + _END + _SPACE + r"\Z"
)


def _read_ramadan(folded: str, start: int, floor: int, reference: date | None) -> DatePhrase | None:
    """«قبل حلول شهر رمضان», «خلال رمضان المقبل»: Ramadan without a year, from its first
    Gregorian day to its last (Umm al-Qura), in the Hijri year that puts it nearest the
    reference date, or the one before or after it by «الماضي»/«المقبل»; only after «شهر»
    (then the phrase opens there) or a word of RAMADAN_CUES, or with «الماضي»/«المقبل»
    after it, so «محمد رمضان» stays a name."""
    match = _RAMADAN_ALONE.match(folded, start)
    if match is None:
        return None
    window = max(floor, start - 10)
    month_word = _MONTH_WORD_BEFORE.search(folded, window, start)
    cued = match["relative"] or _RAMADAN_CUE_BEFORE.search(folded, window, start)
    if month_word is None and not cued:
        return None
    opening = month_word.start("word") if month_word else start
    if not _usable(reference):
        return DatePhrase(opening, match.end(), None, "relative")
    step = _RELATIVE_KEYS[_key(match["relative"])] if match["relative"] else 0
    days = _ramadan_of(reference, step)
    if days is None:
        return None
    first, last = days
    return DatePhrase(opening, match.end(), first.isoformat(), "day", iso_end=last.isoformat())


def _ramadan_of(reference: date, step: int) -> tuple[date, date] | None:
    """The first and last Gregorian days of the Ramadan nearest ``reference`` (``step`` 0),
    the last one ended before it (-1) or the next one begun after it (1)."""
    from hijridate import Gregorian  # only a Hijri date needs it

    try:
        year = Gregorian(reference.year, reference.month, reference.day).to_hijri().year
    except (ValueError, OverflowError):
        return None
    spans = [_gregorian_month(y, _RAMADAN) for y in (year - 1, year, year + 1)]
    spans = [(first, last) for first, last in filter(None, spans)]
    if step < 0:
        spans = [s for s in spans if s[1] < reference]
        return spans[-1] if spans else None
    if step > 0:
        spans = [s for s in spans if s[0] > reference]
        return spans[0] if spans else None

    def distance(span: tuple[date, date]) -> int:
        return max((span[0] - reference).days, (reference - span[1]).days, 0)

    return min(spans, key=distance) if spans else None
