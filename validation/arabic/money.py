"""Which currency a number is in, and which country a text is about.

A currency is a sign ($ € £), an ISO code, an abbreviation from Arab price tags (ج.م) or a
word with maybe its country's adjective («دينار ليبي»). A bare ريال/جنيه/دينار names no
currency by itself: the caller's ``default_country`` resolves it, or `guess_country`,
which counts the country names, adjectives, capitals and institutions a text mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from decimal import Decimal

from validation.arabic.lexicon import (
    BASE_DEFAULT,
    CENTS,
    COUNTRY_ADJECTIVES,
    COUNTRY_MARKERS,
    COUNTRY_NAMES,
    COUNTRY_PLACES,
    CURRENCY_ABBREVIATIONS,
    CURRENCY_PHRASES,
    CURRENCY_WORD_ROWS,
    DECIMAL_COMMA_COUNTRIES,
    LOCAL_CURRENCIES,
    NAMES_KEEPING_THE_ARTICLE,
    OUNCE_METALS,
    SYMBOLS,
)
from validation.arabic.numbers import _COMMA_BEFORE_THREE, _read_number, uses_decimal_comma
from validation.arabic.text import (
    _AND,
    _END,
    _GAP,
    _LETTER,
    _SPACE,
    _START,
    _alternation,
    _key,
    _phrases,
    fold,
)
from validation.vocab import CURRENCIES

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
_CURRENCY_PHRASES = {_key(p): code for code, ps in CURRENCY_PHRASES.items() for p in _phrases(ps)}
# Every code a currency word, sign or abbreviation can give; each is in vocab.CURRENCIES,
# the one ISO 4217 list (tests/test_arabic_forms.py), and any code of it written in Latin
# letters after a number («42 KWD») is read as itself.
CURRENCY_CODES = frozenset(
    {*SYMBOLS.values(), *BASE_DEFAULT.values(), *ABBREVIATIONS.values()}
    | set(_CURRENCY_PHRASES.values())
    | {code for local in LOCAL_CURRENCIES.values() for code in local.values()}
)


# A dot after a dotted abbreviation is the sentence's full stop, not the abbreviation's
# closing dot, when the line ends there or a new sentence opens with «و» and a word after it
# («بلغت 156.921.927 د.ك. وأكد أن …»). At the very end of a text (a quote, Duckling's
# «42 ج.م.») the dot stays the abbreviation's.
_FULL_STOP = r"\.(?=[^\S\n]*+\n|[^\S\n]++وـ*+" + _LETTER + ")"


def _abbreviation_pattern(abbreviation: str) -> str:
    """A dotted abbreviation may take a space after a dot and a closing dot («د. ج.»),
    unless that dot is the sentence's full stop (_FULL_STOP); an undotted one («دج») ends
    where it ends, so a full stop after it stays the sentence's."""
    if "." not in abbreviation:
        return re.escape(abbreviation)
    closing = r"(?:(?!" + _FULL_STOP + r")\.)?"
    return re.escape(abbreviation).replace(r"\.", r"\.[^\S\n]?") + closing


_SYMBOL_FIRST = re.compile(r"(?P<symbol>[$€£])" + _GAP)
_CURRENCY = re.compile(  # a line may break between a number and its currency
    _GAP
    + r"(?:\n"
    + _GAP
    + ")?"
    + "#?"  # «٨٥٠٠ مليار #ليرة سورية»: a hashtag made of the currency word
    + r"(?:(?P<symbol>[$€£])"
    + r"|(?P<iso>"
    + "|".join(CURRENCIES)
    + r")(?![A-Za-z])"
    + r"|(?P<abbreviation>"
    + "|".join(_abbreviation_pattern(a) for a in ABBREVIATIONS)
    + r")(?!"
    + _LETTER
    + ")"
    + r"|(?P<phrase>"
    + _alternation(_CURRENCY_PHRASES)
    + r")"
    + _END
    + r"|(?P<word>"
    + _alternation(CURRENCY_WORDS)
    + r")"
    + _END
    + r")"
)
_ADJECTIVE = re.compile(_SPACE + "(?P<adjective>" + _alternation(_ADJECTIVE_FORMS) + ")" + _END)
_OUNCE_OF_METAL = re.compile(
    _SPACE + "(?:من" + _SPACE + ")?" + _alternation(OUNCE_METALS.split()) + _END
)
# Tunisian press shortens «مليون دينار» after a figure: «645 م د», «645 م.د», «12 مليون د»,
# «2.693 مليار د».
_MILLION_DINARS_SHORT = re.compile(_GAP + r"م[^\S\n]*+\.?[^\S\n]*+د(?!" + _LETTER + ")")
_DINARS_SHORT = re.compile(_GAP + r"د(?!" + _LETTER + ")")  # after a written «مليون»
_MILLION = _key("مليون")
_SCALES_BEFORE_D = tuple(_key(w) for w in ("مليون", "مليار", "ملايين", "مليارات"))


def _read_million_dinars(folded: str, number_start: int, end: int) -> tuple[int, int] | None:
    """(factor, end) of «م د» (×10⁶) or of the «د» after «… مليون» or «… مليار» (×1), in
    Tunisian dinars; None otherwise. A lone «د» after a plain number is no currency («5 د»
    may be minutes), nor «م د» glued to a word."""
    short = _MILLION_DINARS_SHORT.match(folded, end)
    if short:
        return 10**6, short.end()
    if folded[number_start:end].endswith(_SCALES_BEFORE_D):
        dinars = _DINARS_SHORT.match(folded, end)
        if dinars:
            return 1, dinars.end()
    return None


_CENTS_WORD = re.compile(_GAP + _alternation(CENTS.split()) + _END)


# «72.4 مليار (بليون) دولار»: a scale glossed by its other name, in brackets, before the money.
_GLOSSED_SCALES = ("مليون", "ملايين", "مليار", "مليارات", "بليون", "بلايين", "تريليون", "ترليون")
_SCALE_GLOSS = re.compile(_GAP + r"\(" + _GAP + _alternation(_GLOSSED_SCALES) + _GAP + r"\)")


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
    if match["phrase"]:
        return _CURRENCY_PHRASES[_key(match["phrase"])], match.end(), None
    if match["abbreviation"]:
        return (
            ABBREVIATIONS[_key(match["abbreviation"]).replace(" ", "").rstrip(".")],
            match.end(),
            None,
        )
    base = CURRENCY_WORDS[_key(match["word"])]
    if base == "ouguiya" and _OUNCE_OF_METAL.match(folded, match.end()):
        return None, pos, None
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


def _country_form(form: str) -> str:
    """A name's key without its «ال» (the pattern allows one), unless bare it is a given name."""
    if form.startswith("ال") and " " not in form and form not in _KEEP_THE_ARTICLE:
        form = form.removeprefix("ال")
    return _key(form)


_KEEP_THE_ARTICLE = frozenset(_phrases(NAMES_KEEPING_THE_ARTICLE))
_COUNTRY_FORMS = {
    _country_form(form): country
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
    cities, and institutions (`lexicon.COUNTRY_PLACES`).

    None when no country is named or two lead together; when none of ``among`` is named,
    how the article writes its money may tell («3000 م د»). (A bare word restated in
    dollars at a fixed rate is settled before this: `pegs.country_of_bare`.) ``among``
    limits the choice, e.g.
    to BARE_CURRENCY_COUNTRIES when the guess is to resolve a bare دينار: the article on
    US aid to Libya names the United States 17 times and Libya 19, and a close second
    place that has no dinar should never win the guess. «مصرف» is no «مصر»: a name counts
    only as a whole word.

    >>> guess_country("قالت ليبيا إن الحكومة الليبية ستدفع 5 ملايين دينار")
    'LY'
    """
    return _guess_country_folded(fold(text), among)


def writes_decimal_comma(folded: str) -> bool:
    """Whether the text's «6,832 مليار» is 6.832 billion: it writes a decimal comma before
    a scale word elsewhere («10,3 مليار»), or it is about Morocco, Algeria or Tunisia, whose
    press writes decimals with a comma, as French does (6,832 billion dirhams would be five
    times Morocco's yearly output)."""
    if uses_decimal_comma(folded):
        return True
    # only a text with a comma and three digits before a scale word has anything to decide
    return bool(_COMMA_BEFORE_THREE.search(folded)) and (
        _guess_country_folded(folded, None) in DECIMAL_COMMA_COUNTRIES
    )


_MARKER_COUNTRY = {
    _key(phrase): country
    for country, phrases in COUNTRY_MARKERS.items()
    for phrase in _phrases(phrases)
}
_COUNTRY_MARKER = re.compile(_START + _alternation(_MARKER_COUNTRY) + _END)


def _guess_country_folded(folded: str, among: Collection[str] | None) -> str | None:
    named = (_COUNTRY_FORMS[_key(match["name"])] for match in _COUNTRY.finditer(folded))
    counts = Counter(country for country in named if among is None or country in among)
    if not counts:
        # NOTE: a text that names no such country may still write its money the way only
        # one country's press does («3000 م د», «4747 مليار دج», «25 د.ت»): a bare «دينار»
        # in a Tunisian budget story that never says «تونس» is the Tunisian dinar.
        marked = (
            _MARKED_COUNTRY[_letters(m["mark"] or "م د")] for m in _MARKED_MONEY.finditer(folded)
        )
        counts = Counter(country for country in marked if among is None or country in among)
    if not counts:  # «برسم 2023», «صندوق المقاصة»: words only one country's press writes
        marked = (_MARKER_COUNTRY[_key(m[0])] for m in _COUNTRY_MARKER.finditer(folded))
        counts = Counter(country for country in marked if among is None or country in among)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _marks() -> dict[str, str]:
    """Abbreviations after a figure that only one country's money takes, and its country."""
    countries: dict[str, set[str]] = {}
    for country, local in LOCAL_CURRENCIES.items():
        for code in local.values():
            countries.setdefault(code, set()).add(country)
    marks = {k: next(iter(countries[code])) for k, code in ABBREVIATIONS.items()
             if len(countries.get(code, ())) == 1}  # fmt: skip
    return {**marks, "م د": "TN", "م.د": "TN"}


def _letters(mark: str) -> str:
    """A mark as written («د. ت.», «م د») by its letters alone, the key of _MARKED_COUNTRY."""
    return "".join(ch for ch in _key(mark) if ch not in ". ")


_MARKS = _marks()
_MARKED_COUNTRY = {_letters(mark): country for mark, country in _MARKS.items()}
_MARKED_MONEY = re.compile(  # «645 م د», «4747 مليار دج», «(25) د.ت», «12 مليون د»
    r"(?:(?:[0-9٠-٩)]|" + _alternation(_phrases(fold("مليون، مليار، ملايين، مليارات"))) + ")"
    + _GAP + "(?P<mark>"
    + "|".join(_abbreviation_pattern(a) for a in sorted(_MARKS, key=len, reverse=True))
    + ")|" + _alternation(_SCALES_BEFORE_D) + _GAP + "د)(?!" + _LETTER + ")"
)  # fmt: skip
