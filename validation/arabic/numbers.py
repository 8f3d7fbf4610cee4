"""Numbers as Arabic text writes them: numerals in three digit-grouping styles, number
words below a thousand, scales (ألف، مليون، مليار…), decimals «1 فاصلة 5» and compounds
«مليار و600 مليون», «ثلاث مليارات ونصف المليار».

A number here has no unit yet: `quantities` adds the currency, percent and hedges.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from validation.arabic.lexicon import CURRENCY_WORD_ROWS, NUMBER_WORD_ROWS, WHICH_SCALE_WORDS
from validation.arabic.text import (
    _CLOSE_PARENTHESIS,
    _END,
    _GAP,
    _LETTER,
    TATWEEL,
    _alternation,
    _key,
)


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
# «33.5 ملياردولار»: a scale word with the currency glued on, a space lost in typesetting.
# Not the yen or the won: «ين» and «وون» end too many words.
_GLUED_SCALE = re.compile(
    "(?P<scale>" + _alternation(w for w, e in NUMBER_WORDS.items() if e.role in _SCALE_ROLES) + ")"
    + "(?=" + _alternation(
        w for base, ws in CURRENCY_WORD_ROWS if base not in ("yen", "won") for w in ws.split()
    ) + _END + ")"
)  # fmt: skip
# «تقارب الملياري دولار»: a dual of a million or more with the article, read only before a
# currency word («الحشد المليوني» is a million-strong crowd; «الألفين» is the year 2000).
DEFINITE_DUALS = {
    "ال" + w: entry
    for w, entry in NUMBER_WORDS.items()
    if entry.role == "scale_dual" and entry.value >= 10**6
}
# «ناهزت العشرين مليار دينار», «الخمسة ملايين», «المئة مليون»: a unit, ten, tens or
# hundred with the article, read as the number only before a scale word («القرن العشرين»,
# «في العشرين من عمره» are an ordinal and an age). Not one or two: «الاثنين» is Monday,
# «الواحد» no count of millions.
DEFINITE_NUMBERS = {
    "ال" + w: entry
    for w, entry in NUMBER_WORDS.items()
    if entry.role in ("unit", "ten", "tens", "hundred") and entry.value > 2
}
# «تفوق المليار دولار», «للمليار السابق»: a scale of a million or more, singular, with the
# article (or «لل»), read as one of it only before a currency word or a word saying which
# sum it is (WHICH_SCALE_WORDS): «نادي المليار» is a club, «المليون نسمة» a count.
DEFINITE_SCALES = {
    article + w: entry
    for w, entry in NUMBER_WORDS.items()
    if entry.role == "scale" and entry.value >= 10**6
    for article in ("ال", "لل")
}
# ... or the end of the text: a drafted figure's quote is the scale alone («للمليار»), and
# reads back as the extractor read it in its sentence.
_WHICH_SCALE_AFTER = re.compile(
    _GAP + "(?:" + _alternation(WHICH_SCALE_WORDS.split("، ")) + _END + r"|\Z)"
)
_CURRENCY_WORD_AFTER = re.compile(
    _GAP + _alternation(w for _, ws in CURRENCY_WORD_ROWS for w in ws.split()) + _END
)
_OPENING_ROLES = ("unit", "teen_unit", "ten", "tens", "hundred", "scale", "scale_dual", "fraction")


_NUMERAL = (
    r"(?P<en>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]++)?+)(?![0-9])"  # 10,000 and 1,234.5
    r"|(?P<ar>[0-9]{1,3}(?:٬[0-9]{3})+(?:[٫.,][0-9]++)?+)(?![0-9])"  # ١٠٬٠٠٠٫٥
    r"|(?P<eu>[0-9]{1,3}(?:\.[0-9]{3}){2,}(?:,[0-9]++)?+)(?![0-9])"  # 1.234.567,5
    # Egyptian and Saudi wire copy (MENA, SPA) set a decimal with «ر», the fraction typed
    # first: «5ر13» is 13.5; digit groups the same way: «000ر000ر410» is 410,000,000.
    r"|(?P<wire>[0-9]++(?:[^\S\n]?ر[^\S\n]?[0-9]++)++)(?![0-9])"
    # 850, 1.3, ١,٣, and «6،7» as Maghrebi papers write it (one separator: a decimal)
    r"|(?P<plain>[0-9]++(?:[.,٫،][0-9]++)?+)"
)
_PIECE = re.compile(_GAP + "(?:(?P<numeral>" + _NUMERAL + ")|(?P<word>" + _LETTER + "++))")


# NOTE: _Number and _Token are never changed once made (`replace` makes new ones), yet not
# frozen: a frozen dataclass takes three times as long to make, and a 4 MB text makes
# 70,000 of them.
@dataclass(slots=True)
class _Number:
    value: Decimal | None
    end: int
    scaled: bool = False
    numeral: str | None = None  # the digits as written, when the number is one numeral


@dataclass(slots=True)
class _Token:
    role: str
    value: Decimal | None
    end: int
    joined: bool = False  # came after «و» (and)
    numeral: str | None = None
    accusative: bool = False  # ended in a tanwin: «ألفاً» is one thousand, «ألفا» two


_MAX_DIGITS = 20  # longer runs are codes, not quantities: their value is None


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
    elif match["wire"]:
        parts = [part.strip() for part in written.split("ر")]
        plain = f"{parts[1]}.{parts[0]}" if len(parts) == 2 else "".join(reversed(parts))
    else:
        plain = written.replace(",", ".").replace("٫", ".").replace("،", ".")
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
    if entry is None:  # «ملياردولار»: the scale alone; the currency is read after it
        glued = _GLUED_SCALE.match(folded, match.start("word"))
        if glued:
            scale = NUMBER_WORDS[_key(glued["scale"])]
            return _Token(scale.role, scale.value, glued.end("scale"))
    if entry is None and key in DEFINITE_DUALS and _CURRENCY_WORD_AFTER.match(folded, match.end()):
        return _Token("scale_dual", DEFINITE_DUALS[key].value, match.end())
    if entry is None and key in DEFINITE_NUMBERS:
        number = DEFINITE_NUMBERS[key]
        scale = _token(folded, match.end(), joinable=False)
        if _follows(scale, *_SCALE_ROLES):
            return _Token(number.role, number.value, match.end())
        return None
    if entry is None:  # «ونصف المليار», «للمليار السابق»
        scale = NUMBER_WORDS.get(key[2:]) if key.startswith(("ال", "لل")) else None
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


def _read_number(folded: str, pos: int, thousands_of_a_scale: bool = True) -> _Number | None:
    """The whole number at ``pos``: digits or words, a decimal part, scales, compounds;
    without ``thousands_of_a_scale`` (after «بين»), «10 آلاف و20 مليون» stops at «آلاف»."""
    token = _token(folded, pos)
    if token is None or token.joined:
        return None
    if token.role == "fraction":  # نصف مليون
        scale = _token(folded, token.end)
        if not _follows(scale, "scale"):
            return None
        return _compound(folded, token.value * scale.value, scale, thousands_of_a_scale)
    if token.role == "definite_scale":  # «المليار دولار», «للمليار السابق»
        if _CURRENCY_WORD_AFTER.match(folded, token.end) or _WHICH_SCALE_AFTER.match(
            folded, token.end
        ):
            return _Number(token.value, token.end, scaled=True)
        return None
    if token.role in ("scale", "scale_dual"):  # مليون دولار, ملياري دولار
        two = (
            token.role == "scale_dual" and not token.accusative and not _one_and_more(folded, token)
        )
        return _compound(folded, token.value * (2 if two else 1), token, thousands_of_a_scale)
    group = _group(folded, token)
    if group is None:
        return None
    value, end, numeral = group
    if value is None:
        return _Number(None, end, numeral=numeral)
    point = scale = _token(folded, end)  # what follows: a decimal point, or the scale
    if _follows(point, "point"):  # 1 فاصلة 1
        after = _token(folded, point.end)
        decimals = _group(folded, after) if after and not after.joined else None
        if decimals is not None and decimals[0] is not None:
            digits = decimals[2] or str(int(decimals[0]))
            if digits.isdigit():
                value, end, numeral = value + Decimal(f"0.{digits}"), decimals[1], None
                scale = _token(folded, end)
    if _follows(scale, *_SCALE_ROLES):
        return _compound(folded, value * scale.value, scale, thousands_of_a_scale)
    return _Number(value, end, numeral=numeral)


def _compound(
    folded: str, value: Decimal, scale: _Token, thousands_of_a_scale: bool = True
) -> _Number:
    """What follows a scale with «و»: «مليار و600 مليون», «ثلاث مليارات ونصف المليار»;
    and a thousand of a larger scale, «70 ألف مليون» (a billion) or «ألف مليار» (a trillion)."""
    end, unit = scale.end, scale.value
    larger = _token(folded, end) if unit == _THOUSAND else None
    if _follows(larger, "scale") and larger.value > unit:
        value, end, unit = value * larger.value, larger.end, larger.value
    elif unit == _THOUSAND and thousands_of_a_scale:
        thousands = _thousands_of_a_scale(folded, value, end)
        if thousands:
            value, end, unit = thousands
    while True:
        bracketed = _bracketed_part(folded, end, unit)  # «(2) مليار و(500) مليون»
        if bracketed:
            value, end, unit = value + bracketed[0], bracketed[1], bracketed[2]
            continue
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


# NOTE: «ألف مليون» counts thousands of millions, as Tunisian, Algerian and Iraqi papers
# write a billion («يقارب 70 الف مليون دينار»); after ألف/آلاف/ألفي the counted noun is
# singular, so only a singular scale joins it, right after and unjoined: «آلاف ملايين» is a
# vague «thousands of millions», and «70 ألف ومليون دينار» or «ألف، مليون» two numbers.
_THOUSAND = Decimal(1000)
_MOST_THOUSANDS = 99 * _THOUSAND  # «99 ألفا و…مليار»: 99 trillion and more is no budget
_AND_OPENING = re.compile(_GAP + "وـ*+" + _GAP + r"\(")


def _thousands_of_a_scale(
    folded: str, thousands: Decimal, pos: int
) -> tuple[Decimal, int, Decimal] | None:
    """«14 ألفا و862 مليار», «ألف و500 مليون»: thousands and some hundreds of one larger
    scale, Algerian budget style (14,862 billion): (value, end, that scale), or None when
    the part after «و» is no count of a larger scale («14 ألفا و862 موظفا»)."""
    following = _token(folded, pos)
    if following is None or not following.joined or following.role == "fraction":
        return None
    group = _group(folded, replace(following, joined=False))
    if group is None or group[0] is None or not 0 < group[0] < _THOUSAND:
        return None
    # a whole count of hundreds after no more than 99 thousands: «بين 500 ألف و2 مليون»
    # and «ألف و1.5 مليون» are two amounts, never 500,002 or 1,001.5 millions
    if group[0] != int(group[0]) or thousands > _MOST_THOUSANDS:
        return None
    larger = _token(folded, group[1])
    # after a count the dual's spelling is the accusative singular: «862 مليارا»
    if not _follows(larger, "scale", "scale_dual") or larger.value <= _THOUSAND:
        return None
    return (thousands + group[0]) * larger.value, larger.end, larger.value


_AND_A_NUMBER_AFTER = re.compile(r"[^\S\n]*+وـ*+[^\S\n]*+[0-9]")  # «مليارا و300 مليون»


def _one_and_more(folded: str, token: _Token) -> bool:
    """«مليارا و300 مليون دولار»: «مليارا» with «و» and digits after it is one billion in
    the accusative (1.3 billion), not the dual of «مليارا دولار» (two billion dollars)."""
    return folded[token.end - 1] == "ا" and _AND_A_NUMBER_AFTER.match(folded, token.end) is not None


def _bracketed_part(folded: str, pos: int, unit: Decimal) -> tuple[Decimal, int, Decimal] | None:
    """«و(500) مليون» after «(2) مليار», Saudi wire style: (value added, end, its scale),
    or None when the words there are not a smaller scaled part."""
    opening = _AND_OPENING.match(folded, pos)
    inner = opening and _token(folded, opening.end(), joinable=False)
    if not inner or inner.role != "numeral" or inner.value is None:
        return None
    closing = _CLOSE_PARENTHESIS.match(folded, inner.end)
    smaller = closing and _token(folded, closing.end(), joinable=False)
    if not _follows(smaller, *_SCALE_ROLES) or smaller.value >= unit:
        return None
    return inner.value * smaller.value, smaller.end, smaller.value


# A comma with one or two digits after it, before a scale of a million or more, is a
# decimal comma (AFP and Monte Carlo Doualiya copy: «10,3 مليار دولار»): no one groups
# thousands in twos. A text that writes one also writes «19,452 مليار دينار» for 19.452
# billion; a text that writes none means 1.5 billion by «1,500 مليون دولار».
_LARGE_SCALE_WORDS = [
    w for w, e in NUMBER_WORDS.items() if e.role in _SCALE_ROLES and e.value >= 10**6
]
_LARGE_SCALE = _GAP + "(?:" + _alternation(_LARGE_SCALE_WORDS) + ")"
# Both open with the comma itself, a literal found fast in a long text; the digits before
# it are counted by hand (`_opens_a_number`), as a lookbehind cannot vary in width.
# NOTE: a pattern that opens with a lookbehind is tried at every character, 40 times as
# slow on a 4 MB text.
_DECIMAL_COMMA = re.compile(r",[0-9]{1,2}(?![0-9])" + _LARGE_SCALE)
_COMMA_BEFORE_THREE = re.compile(r",(?=[0-9]{3}(?![0-9.,٫٬])" + _LARGE_SCALE + ")")
_COMMA_BEFORE_PLURAL = re.compile(
    r",[0-9]{3}(?![0-9.,٫٬])" + _GAP + _alternation(["مليارات", "ملايين", "بلايين", "تريليونات"])
)


def _opens_a_number(folded: str, comma: int, most: int) -> bool:
    """One to ``most`` digits stand before ``comma``, a number's first, not a group after
    another comma or a point («1,234,5»)."""
    start = comma
    while start > 0 and "0" <= folded[start - 1] <= "9":
        start -= 1
    return 0 < comma - start <= most and (start == 0 or folded[start - 1] not in ".,٫٬")


def uses_decimal_comma(folded: str) -> bool:
    """Whether the text writes a decimal comma before a scale word («10,3 مليار»), or one
    digit, a comma and three before a plural scale («3,228 مليارات»: a plural counts three
    to ten, so 3,228 is 3.228; 3,228 billions would be «3228 مليار»)."""
    return any(
        _opens_a_number(folded, m.start(), len(folded)) for m in _DECIMAL_COMMA.finditer(folded)
    ) or any(_opens_a_number(folded, m.start(), 1) for m in _COMMA_BEFORE_PLURAL.finditer(folded))


def read_decimal_commas(folded: str) -> str:
    """The folded text with the comma of «19,452 مليار» made a point (same length), the
    reading of a text that `uses_decimal_comma`: there a comma and three digits before a
    scale word are a decimal too, not a thousands group (19 trillion dinars in a budget)."""
    commas = [
        m.start()
        for m in _COMMA_BEFORE_THREE.finditer(folded)
        if _opens_a_number(folded, m.start(), 3)
    ]
    return _marks_replaced(folded, commas, ".")


def _marks_replaced(folded: str, places: list[int], mark: str) -> str:
    """The folded text with the one-character mark at each of ``places`` made ``mark``
    (same length, so every offset still indexes the text)."""
    if not places:
        return folded
    pieces, last = [], 0
    for place in places:
        pieces += [folded[last:place], mark]
        last = place + 1
    return "".join(pieces) + folded[last:]


# A wire that writes its decimals with «ر» («3ر1163 مليار», APS and KUNA style) groups
# thousands with a point: in it «2.022 مليار دينار» is 2,022 billion, not 2.022. Only in a
# local currency, where sums run to thousands of billions (Algeria's budget in dinars);
# «1.250 مليار دولار» stays 1.25 billion dollars.
_DECIMAL_R = re.compile(r"[0-9]ر[0-9]")
_LOCAL_MONEY = ("دينار", "دنانير", "ريال", "درهم", "دراهم", "جنيه", "ليره", "ليرات")
_POINT_BEFORE_THREE = re.compile(
    r"\.(?=[0-9]{3}(?![0-9.,٫٬])" + _LARGE_SCALE + _GAP + "(?:" + "|".join(_LOCAL_MONEY) + "))"
)


def uses_decimal_r(folded: str) -> bool:
    """Whether the text writes a decimal with «ر» between digits («88ر5 مليار»)."""
    return _DECIMAL_R.search(folded) is not None


def read_grouping_points(folded: str) -> str:
    """The folded text with the point of «2.022 مليار» made a thousands comma (same
    length), the reading of a text that `uses_decimal_r`."""
    points = [
        m.start()
        for m in _POINT_BEFORE_THREE.finditer(folded)
        if _opens_a_number(folded, m.start(), 3) and folded[m.start() - 2 : m.start()] != " 0"
    ]
    return _marks_replaced(folded, points, ",")


def plain_number(value: Decimal) -> int | Decimal:
    """An int when whole (605000000), else the decimal as written short (20.43)."""
    return int(value) if value == value.to_integral_value() else value.normalize()
