"""Where a received article's headline, header lines and body are, and its sentences.

>>> text = "عنوان الخبر\\n\\nقال الوزير إن الحكومة ستدفع الرواتب في موعدها. وأضاف أن ذلك ممكن."
>>> layout = read_layout(text)
>>> layout.body_start, [line.reading for line in layout.header]
(13, ['headline'])
>>> [text[s.start:s.end] for s in sentences(text, layout.body_start)]
['قال الوزير إن الحكومة ستدفع الرواتب في موعدها.', 'وأضاف أن ذلك ممكن.']

Offsets index the text as a Python ``str``. A paragraph is a line that holds a
non-space character, as checks/provenance.py counts them; the body starts at a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from validation.arabic.quotes import parse_date_text
from validation.schemas import FORMULA_START, HIDDEN_CONTROLS

# A line this long, or ending a sentence, is prose: the body has begun.
PROSE_WORDS = 12
SENTENCE_WORDS = 6
MAX_HEADER_LINES = 8  # more short lines than this before any prose: a list, not a header
# A news headline runs to twenty words or so and never closes with a full stop; «..» and «؟»
# inside or at its end are a headline's own punctuation.
HEADLINE_WORDS = 20
CLOSED = re.compile(r"(?<![.])[.:،,؛][\"'»”’)\]]*$")
SENTENCE_END = re.compile(r"[.!?؟…]+[\"'»”’)\]]*(?=\s|$)")
# «د. محمد», «أ. علي»: a one-letter word before a full stop is an abbreviation, not an end.
ABBREVIATION = re.compile(r"(?:^|\s)\w\.$")
BYLINE = re.compile(r"^\s*(?:بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تقرير|متابعة|ترجمة)\b")
ADDRESS = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
# A claim does not start with a bullet or a spreadsheet-formula character.
LEADING_JUNK = re.compile(r"^(?:\s|[•*·▪►◄–—]|" + FORMULA_START + ")+")


@dataclass(frozen=True)
class HeaderLine:
    """A line before the body, kept verbatim, with what it most likely is."""

    line: int  # 1-based, as a text editor numbers it
    text: str
    reading: str
    note: str


@dataclass(frozen=True)
class Layout:
    header: list[HeaderLine]
    body_start: int
    title: str | None  # the headline, when the file opens with one


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # 1-based body paragraph


CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")  # «08:16»: a dateline, not prose


def is_prose(line: str) -> bool:
    words = line.split()
    if CLOCK.search(line) and len(words) < 2 * PROSE_WORDS:
        return False
    return len(words) >= PROSE_WORDS or (
        len(words) >= SENTENCE_WORDS and bool(SENTENCE_END.search(line.rstrip()))
    )


def is_headline(line: str, following: str) -> bool:
    """A first line of prose length that is still a headline: short of twenty words, not
    closed like a sentence or a lead-in («… قال:»), and followed by a paragraph that is
    prose and ends a sentence: real articles pasted with their headline read this way."""
    plain = line.strip()
    return (
        len(plain.split()) <= HEADLINE_WORDS
        and not CLOSED.search(plain)
        and is_prose(following)
        and bool(SENTENCE_END.search(following.rstrip()))
    )


# Where a dateline's date ends: «الأربعاء 17-06-2015 08:32 | كتب: …».
DATELINE_BREAK = re.compile(r"\s*(?:\||(?<![\d:])\d{1,2}:\d{2}(?![\d:]))")


def stated_day(line: str) -> str | None:
    """The ISO day a short header line states: the whole line («15 مارس 2024»), or a
    dateline's opening words before its clock or its «|» («الأربعاء 17-06-2015 08:32 |
    كتب: …»), so the byline after them is no second date. None for anything else."""
    plain = line.strip()
    cut = DATELINE_BREAK.search(plain)
    for words in (plain, plain[: cut.start()] if cut and cut.start() > 0 else None):
        if words is None or len(words.split()) > 6:
            continue
        try:
            iso, precision = parse_date_text(words)
        except ValueError:
            continue
        if precision == "day":
            return iso
    return None


def reading_of(text: str, first: bool) -> tuple[str, str]:
    """(reading, why) of a short line before the body."""
    plain = text.strip()
    if first:
        return "headline", "the file's first line, short and set apart from the body"
    if ADDRESS.match(plain):
        return "address", "a web address standing alone"
    if plain.isdigit():
        return "page furniture", "a number standing alone (a view or comment counter)"
    if BYLINE.match(plain):
        return "byline", "opens with a byline word (بقلم، كتب، إعداد…)"
    if stated_day(plain) is not None:
        return "publication date", "a day date above the body (alone, or before a clock or «|»)"
    return "page furniture", "a short line above the body (caption, section or tag)"


def read_layout(text: str) -> Layout:
    """The header lines (all short lines before the first line of prose) and the body."""
    lines = text.split("\n")
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled:
        return Layout([], 0, None)
    prose = next((i for i in filled if is_prose(lines[i])), None)
    if prose == filled[0] and len(filled) > 1:
        after = next((i for i in filled[1:] if is_prose(lines[i])), None)
        if after is not None and is_headline(lines[prose], lines[after]):
            prose = after
    if prose is None or prose == filled[0]:
        if prose is None and len(filled) > 1:  # all short: a headline, then the body
            prose = filled[1]
        else:
            return Layout([], starts[filled[0]], None)
    before = [i for i in filled if i < prose]
    if len(before) > MAX_HEADER_LINES:
        before, prose = before[:1], before[1]
    header = []
    for n, i in enumerate(before):
        reading, why = reading_of(lines[i], first=n == 0)
        header.append(HeaderLine(i + 1, lines[i], reading, f"Detected by factdesk new: {why}."))
    title = lines[before[0]].strip() if header and header[0].reading == "headline" else None
    return Layout(header, starts[prose], title)


def paragraph_starts(text: str, body_start: int) -> list[int]:
    return [m.start() for m in re.finditer(r"(?m)^(?=[^\S\n]*\S)", text) if m.start() >= body_start]


def trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without surrounding space, bullets or formula characters; None if no word."""
    piece = text[start:end]
    lead = LEADING_JUNK.match(piece)
    start += lead.end() if lead else 0
    piece = text[start:end]
    end -= len(piece) - len(piece.rstrip())
    if end <= start or not re.search(r"\w", text[start:end]):
        return None
    return start, end


def sentences(text: str, body_start: int) -> list[Sentence]:
    """Every sentence of the body, in order; hidden controls (bidi, zero-width) split one,
    since a quote holding them fails the schema."""
    found: list[Sentence] = []
    starts = paragraph_starts(text, body_start)
    for number, start in enumerate(starts, start=1):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        cut = start
        pieces = []
        for match in SENTENCE_END.finditer(text, start, end):
            if ABBREVIATION.search(text, max(start, match.start() - 3), match.start() + 1):
                continue
            pieces.append((cut, match.end()))
            cut = match.end()
        pieces.append((cut, end))
        for piece_start, piece_end in pieces:
            bounds = [piece_start]
            for hidden in HIDDEN_CONTROLS.finditer(text, piece_start, piece_end):
                bounds += [hidden.start(), hidden.end()]
            bounds.append(piece_end)
            for a, b in zip(bounds[::2], bounds[1::2], strict=True):
                span = trimmed(text, a, b)
                if span:
                    found.append(Sentence(*span, number))
    return found


def joined_over(found: list[Sentence], spans: list[tuple[int, int]]) -> list[Sentence]:
    """Sentences merged wherever one of ``spans`` (a number, a date) runs across an end, so
    each figure and event lies inside one claim."""
    merged = list(found)
    for start, end in spans:
        inside = [i for i, s in enumerate(merged) if s.start < end and start < s.end]
        if len(inside) > 1 and len({merged[i].paragraph for i in inside}) == 1:
            first, last = merged[inside[0]], merged[inside[-1]]
            merged[inside[0] : inside[-1] + 1] = [Sentence(first.start, last.end, first.paragraph)]
    return merged
