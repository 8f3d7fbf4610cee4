"""What an event's words read as, against what its row says: the one rule that the
provenance check (both engines) and `factdesk new` apply, so a draft keeps exactly the
events the check will accept, each at the extractor's own span.

The quote is read alone first. A month named alone is a date only in its words' company
(«رواتب لتشرين الثاني وكانون الاول», «بنهاية يناير», «عامي 02/2003 و03/2004»): where the
quote alone states no date, several, or another one, the article's own reading at the
quote's exact span vouches for it, as `factdesk extract` reads the sentence.

>>> article = ArticleDates("الرواتب غير مؤمنة لتشرين الثاني وكانون الاول")
>>> date_read_back("كانون الاول", "2015-12", "month", date(2015, 10, 28), article, (33, 44))
('inferred', None)
>>> date_read_back("كانون الاول", "2015-12", "month", date(2015, 10, 28))
(None, 'no date in «كانون الاول»')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from validation.arabic.dates import DatePhrase
from validation.arabic.phrases import read_phrases
from validation.arabic.quotes import parse_date_text
from validation.checks.readback import shorten
from validation.report import Finding

HOW_GIVEN = {"stated": "alone", "inferred": "only with the publication date"}

Reading = tuple[str | None, str]  # (ISO date or None, precision)

_ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def as_event_date(reading: Reading | None) -> Reading | None:
    """The reading as an event dates it: events hold a day, month or year (SPEC), so a week
    («الأسبوع الماضي», ISO «2023-W04») is dated by its first day, as a span of years
    «2015 - 2016» is by its first year; any other reading is itself."""
    if reading is None or reading[1] != "week" or reading[0] is None:
        return reading
    week = _ISO_WEEK.fullmatch(reading[0])
    if week is None:
        return reading
    return date.fromisocalendar(int(week[1]), int(week[2]), 1).isoformat(), "day"


def as_event_phrase(phrase: DatePhrase) -> DatePhrase:
    """A week the extractor read, as the drafter's event carries it: its Monday at day
    precision, its Sunday the span's end (the note says so); other phrases unchanged."""
    first = as_event_date((phrase.iso, phrase.precision))
    if first == (phrase.iso, phrase.precision):
        return phrase
    last = date.fromisoformat(first[0]) + timedelta(days=6)
    return replace(phrase, iso=first[0], precision="day", iso_end=last.isoformat())


@dataclass
class ArticleDates:
    """The dates the extractor reads in one article, by exact span, for one reference day
    (the publication date) or none. Read once per reference, and only when a row needs it
    (a quote that does not read alone as its row's date)."""

    text: str
    _read: dict[date | None, dict[tuple[int, int], Reading]] = field(
        default_factory=dict, repr=False
    )

    def remember(self, reference: date | None, phrases) -> None:
        """Take a reading already made (the drafter's, of the same text and reference)."""
        self._read[reference] = {
            (p.start, p.end): (p.iso, p.precision) for p in phrases if isinstance(p, DatePhrase)
        }

    def at(self, start: int, end: int, reference: date | None) -> Reading | None:
        if reference not in self._read:
            self.remember(reference, read_phrases(self.text, reference))
        return self._read[reference].get((start, end))

    def holds(self, quote: str, span: tuple[int, int] | None) -> bool:
        """The quote is the article's text at ``span`` (else the span check reports it,
        and no reading of the article there may vouch for the row)."""
        if span is None:
            return False
        start, end = span
        return 0 <= start < end <= len(self.text) and self.text[start:end] == quote


def date_read_back(
    quote: str,
    iso: str | None,
    precision: str,
    reference: date | None,
    article: ArticleDates | None = None,
    span: tuple[int, int] | None = None,
) -> tuple[str | None, str | None]:
    """(basis, None) when the words give ``iso`` at ``precision`` — "stated" when they
    give it without the publication date, else "inferred" — or (None, why not)."""
    try:
        alone = parse_date_text(quote, None)
        with_reference = parse_date_text(quote, reference)
    except ValueError as error:
        alone = with_reference = None
        why = str(error)
    else:
        if as_event_date(with_reference) == (iso, precision):
            return ("stated" if alone == with_reference else "inferred"), None
        why = f"its words read as {with_reference}"
    # NOTE: a quote that reads otherwise alone is judged where it stands: the extractor's
    # reading at exactly this span, with and without the publication date, as for a
    # figure's carried currency (readback.TextCurrencies.carried).
    if article is not None and article.holds(quote, span):
        in_place = article.at(*span, reference)
        if in_place is not None and as_event_date(in_place) == (iso, precision):
            bare = article.at(*span, None)
            return ("stated" if bare == in_place else "inferred"), None
    return None, why


def event_findings(
    row: int,
    quote: str,
    iso: str | None,
    precision: str,
    basis: str,
    reference: date | None,
    article: ArticleDates | None = None,
    span: tuple[int, int] | None = None,
) -> list[Finding]:
    """The provenance findings of one event row with words (both engines report through
    this): its date and precision are what the words give, its basis how they give it."""
    where = ("events.csv", "provenance.events")
    found, why = date_read_back(quote, iso, precision, reference, article, span)
    if found is None:
        reading, where_read = read_for_message(quote, reference, article, span)
        if reading is None:
            message = f"the words cannot be read as one date: {shorten(why)}"
            return [Finding(*where, message, row, "date_text_ar")]
        return [
            Finding(
                *where,
                f"«{shorten(quote)}» reads as {reading[0]} ({reading[1]}){where_read}, "
                f"not {iso} ({precision})",
                row,
                "date",
                iso,
            )
        ]
    if basis != found:
        return [
            Finding(
                *where,
                f"«{shorten(quote)}» gives its date {HOW_GIVEN[found]}: "
                f"date_basis should be {found}",
                row,
                "date_basis",
                basis,
            )
        ]
    return []


def read_for_message(
    quote: str, reference: date | None, article: ArticleDates | None, span
) -> tuple[Reading | None, str]:
    """What to tell a curator the words give: their reading alone, else where they stand
    (said so), else None (they give no one date)."""
    try:
        return parse_date_text(quote, reference), ""
    except ValueError:
        pass
    if article is not None and article.holds(quote, span):
        in_place = article.at(*span, reference)
        if in_place is not None:
            return in_place, " where it stands"
    return None, ""
