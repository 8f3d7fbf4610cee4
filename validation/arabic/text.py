"""Folding, and the regex building blocks every reader in the package is made of.

Every pattern runs on a *folded* copy of the text of exactly the same length, so an offset
found in the copy indexes the original: hamzated alefs become ا, ة becomes ه, ى becomes ي,
Arabic-Indic and Persian digits become 0-9, every diacritic, tatweel or zero-width joiner
becomes a tatweel (ـ) that the patterns allow after any letter, and bidi marks become
spaces. Lexicon entries are folded the same way (`_key`) before they become patterns
(`_alternation`).

Names with a leading underscore are shared by the modules of `validation.arabic` and by
nothing outside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

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
_FOLD_TABLE = list(map(chr, range(max(_FOLD) + 1)))
for _code, _folded in _FOLD.items():
    _FOLD_TABLE[_code] = _folded
# Each change as (character, replacement). No replacement is itself replaced, so making
# them one after another is making them all at once.
_FOLD_PAIRS = tuple((chr(code), new) for code, new in _FOLD.items() if chr(code) != new)
assert not {new for _, new in _FOLD_PAIRS} & {old for old, _ in _FOLD_PAIRS}
# Characters: from here on a text is folded by str.replace where it can (measured on
# synthetic articles: 1,500 characters 0.040 → 0.010 ms, 400 11 → 4 µs, 150 4.6 → 3.4 µs;
# about even at 100, a quote's length).
_LONG_TEXT = 128
_FEW_KINDS = 16  # of the characters folded, at most this many in a text for str.replace
_SEPARATORS_TO_WESTERN = str.maketrans({"٫": ".", "٬": ","})
_RUNS_OF_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """The text with spelling variants merged, character for character (same length).

    >>> fold("أكثر من ١١ مليوناً")
    'اكثر من 11 مليوناـ'

    A news article holds only a few of the characters folded (ة، أ، إ، ى, a tanwin):
    one str.replace for each it holds folds any text past a short quote several times as
    fast as str.translate, which looks every character up.
    """
    if len(text) >= _LONG_TEXT:
        return _fold_long(text)
    return text.translate(_FOLD_TABLE)


@lru_cache(maxsize=8)  # an article is folded for coverage's reading and twice in provenance
def _fold_long(text: str) -> str:
    present = [pair for pair in _FOLD_PAIRS if pair[0] in text]
    if len(present) > _FEW_KINDS:
        return text.translate(_FOLD_TABLE)
    for old, new in present:
        text = text.replace(old, new)
    return text


def normalise(text: str) -> str:
    """The text as a comparison sees it: no diacritics or tatweel, one alef, one space.

    >>> normalise("ما يقرب من  ١١ مليوناً")
    'ما يقرب من 11 مليونا'
    """
    plain = fold(text).translate(_SEPARATORS_TO_WESTERN).replace(TATWEEL, "")
    return _RUNS_OF_SPACE.sub(" ", plain).strip()


@lru_cache(maxsize=4096)  # the same few words, matched again and again in a long text
def _key(words: str) -> str:
    """A lexicon key: folded, without marks, single-spaced."""
    return _RUNS_OF_SPACE.sub(" ", fold(words).replace(TATWEEL, "")).strip()


def _phrases(table: str) -> list[str]:
    """The phrases of a «، »-separated lexicon entry."""
    return [p for p in table.split("، ") if p]


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


class _WordsBefore:
    """A pattern for the words right before a place (it ends ``_GAP + r"\\Z"``), searched
    in a window behind it.

    The regex tries every place in the window (14 µs a number, for the hedges); `search`
    first checks that the window, its trailing spaces and its marks dropped, ends with one
    of the words the pattern can end with (``last``: the phrases it is made of, whose last
    words are kept), and runs the regex only where it can match. So whoever lets the
    pattern end in other words must give them in ``last`` too.
    """

    def __init__(self, pattern: str, last: Iterable[str]):
        self.pattern = re.compile(pattern)
        self.endings = tuple(sorted({_key(phrase).rpartition(" ")[2] for phrase in last}))

    def search(self, folded: str, pos: int, endpos: int) -> re.Match | None:
        tail = folded[pos:endpos].rstrip().replace(TATWEEL, "")
        return self.pattern.search(folded, pos, endpos) if tail.endswith(self.endings) else None


_AND = re.compile(_GAP + r"وـ*+")


_OPEN_PARENTHESIS = re.compile(r"\(" + _GAP + r"\Z")
_CLOSE_PARENTHESIS = re.compile(_GAP + r"\)")
