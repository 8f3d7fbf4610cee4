"""What a figure's quote reads as, against what its row says: the one rule that the
provenance check (both engines) and `factdesk new` apply, so a draft keeps exactly the
figures the check will accept.

>>> article = TextCurrencies("قالت مصر إن الموازنة تتضمن 7 مليارات جنيه للعلاج")
>>> read_back("7 مليارات جنيه", 7000000000, "EGP", "exact", article)
ReadBack(differences=(), written=None)
>>> read_back("عشرة ملايين يورو", 10000000, "EUR", "exact")
ReadBack(differences=(), written=None)
>>> read_back("عشرة ملايين يورو", 1000000, "EUR", "exact").differences
(('amount', 1000000, 10000000),)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from validation.arabic.lexicon import LOCAL_CURRENCIES
from validation.arabic.money import writes_decimal_comma
from validation.arabic.numbers import uses_decimal_r
from validation.arabic.pegs import country_of_bare
from validation.arabic.quotes import Amount, parse_amount
from validation.arabic.render import render_ar
from validation.arabic.text import fold
from validation.report import Finding
from validation.vocab import FORMER_CODES


@dataclass
class TextCurrencies:
    """The currency a bare جنيه, دينار, ريال… takes in one article: that of the country
    its metadata.json declares, else of the country the article names most among those
    with such a currency (`pegs.country_of_bare`), as `factdesk extract` reads it. Guessed once
    per base word, then remembered."""

    text: str
    country: str | None = None  # metadata.json's country (ISO 3166 alpha-2), when declared
    _guessed: dict[str, str | None] = field(default_factory=dict, repr=False)
    _read: dict[tuple[int, int], tuple] | None = field(default=None, repr=False)
    _decimal_comma: bool | None = field(default=None, repr=False)
    _grouping_point: bool | None = field(default=None, repr=False)

    def decimal_comma(self) -> bool:
        """Whether the article writes a decimal comma before a scale word («10,3 مليار»),
        so that its «19,452 مليار» is 19.452 billion, as `factdesk extract` reads it."""
        if self._decimal_comma is None:
            self._decimal_comma = writes_decimal_comma(fold(self.text))
        return self._decimal_comma

    def grouping_point(self) -> bool:
        """Whether the article writes decimals with «ر» («3ر1163 مليار»), so that its
        «2.022 مليار» is 2,022 billion, as `factdesk extract` reads it."""
        if self._grouping_point is None:
            self._grouping_point = uses_decimal_r(fold(self.text))
        return self._grouping_point

    def carried(self, start: int, end: int) -> str | None:
        """The currency the article's own reading gives the amount at ``start:end`` when
        its words name none: «بقيمة 40 مليون دينار، منها 25 مليونا للمدارس» is dinars, as
        `factdesk extract` reads the sentence. Read once per article, and only when a row
        needs it (a currency its quote alone does not name)."""
        reading = self.reading(start, end)
        return reading[1] if reading and reading[3] == "amount" else None

    def reading(self, start: int, end: int) -> tuple | None:
        """(value, currency, hedge, kind) of the quantity `factdesk extract` reads at exactly
        ``start:end``, or None. Read once per article, and only when a row needs it."""
        if self._read is None:
            from validation.extract import extract

            self._read = {
                (m.start, m.end): (m.value, m.currency, m.hedge, m.kind)
                for m in extract(self.text, default_country=self.country)
                if m.kind in ("amount", "percent", "number") and m.value is not None
            }
        return self._read.get((start, end))

    def of(self, base: str) -> str | None:
        if base not in self._guessed:
            having = {country for country, local in LOCAL_CURRENCIES.items() if base in local}
            # NOTE: a country the curator declared (`factdesk new --country`) settles a bare
            # word its currency has; the article's own words decide only when it is silent.
            declared = self.country if self.country in having else None
            country = declared or country_of_bare(fold(self.text), having)
            self._guessed[base] = LOCAL_CURRENCIES[country][base] if country else None
        return self._guessed[base]


@dataclass(frozen=True)
class ReadBack:
    """How a row and its quote disagree: (column, stated, quoted) for each value that
    differs, and ``written`` when the figure, written back, reads otherwise than its quote."""

    differences: tuple[tuple[str, object, object], ...]
    written: str | None


def declared_country(dataset) -> str | None:
    """The country a dataset's metadata.json declares (ISO 3166 alpha-2), if any."""
    country = dataset.metadata.get("country")
    return country.get("code") if isinstance(country, dict) else None


def currencies_read(
    read: Amount, article: TextCurrencies | None, inherited: str | None = None
) -> tuple[str | None, ...]:
    """The currencies a quote allows: the one it names; for a bare word whose country the
    quote leaves open, none (not decided yet) or the article's country's; for a part whose
    words name no currency at all («منها 17 مليارا»), none or its parent's (``inherited``)."""
    # NOTE: a bare «جنيه» in an Egyptian story is the Egyptian pound, as the extractor reads
    # it; the curator may also leave the cell empty. The country comes from the article
    # itself (TextCurrencies), never from the code.
    if read.currency is None and read.bare and article is not None:
        local = article.of(read.bare)
        if local:
            return (None, local)
    # NOTE: «2.3 مليار يورو منها 1.1 مليار»: the part's figure is in the whole's currency,
    # written once; the row says so through parent_figure_id, which provenance follows.
    if read.currency is None and not read.bare and not read.percent and inherited:
        return (None, inherited)
    # NOTE: «أوقية» names the ouguiya of any year: MRU, or MRO before its 2018 redenomination
    # (the words do not say which; the article's date does, and the drafter reads it so).
    return with_former(read.currency)


def read_back(
    quote: str,
    amount,
    currency: str | None,
    hedge: str,
    article: TextCurrencies | None = None,
    inherited: str | None = None,
    span: tuple[int, int] | None = None,
) -> ReadBack:
    """Compare a figure's amount, currency and hedge with what its quote reads as
    (`parse_amount`); ValueError when the quote states no amount or several.

    The figure is then written back (`render_ar`) and read again: that reading must be the
    quote's. ``inherited`` is the currency of the figure's parent, which a part whose words
    name none takes; ``span``, where the quote stands in the article, lets a currency the
    sentence carries to it count too (`TextCurrencies.carried`). The words may differ —
    «عشرة ملايين يورو», «مليونا دولار», «5387 مليون ريال», «108 مليار و798 مليون جنيه» are
    written otherwise than render_ar writes them — as long as they state the same amount,
    currency and hedge.
    """
    # NOTE: a quote in place reads its numerals as its article does: «19,452 مليار» is
    # 19.452 billion in a text that writes «10,3 مليار», a thousands group elsewhere.
    placed = in_place(article, quote, span)
    read = parse_amount(
        quote,
        decimal_comma=article.decimal_comma() if placed else None,
        grouping_point=article.grouping_point() if placed else None,
    )
    allowed = currencies_read(read, article, inherited)
    if currency not in allowed and names_none(read) and placed:
        carried = article.carried(*span)
        allowed = (*allowed, *with_former(carried)) if carried else allowed
    quoted_currency = currency if currency in allowed else allowed[-1]
    differences = compare(amount, currency, hedge, read.value, allowed, read.hedge)
    if differences and placed:
        # NOTE: «بين 750 و800 مليون دولار», «من 240 إلى 455 مليون يورو»: a range's first
        # bound is «بين 750» and states its scale, currency and hedge only with the words
        # after it; where the article's own reading at exactly this span says more than
        # the words alone, that reading is the one the row must state, as for a carried
        # currency and a date read in its words' company. (Read only for a row that the
        # words alone refuse, so a valid archive never pays for it.) The words alone say
        # less, so there is nothing to write back.
        in_context = read_in_place(article, span, read)
        if in_context is not None:
            return ReadBack(compare(amount, currency, hedge, *in_context), None)
    if differences:
        return ReadBack(differences, None)
    written = render_ar(amount, currency, hedge)
    again = read if written == quote else parse_amount(written)  # the same words read alike
    same = (again.value, again.currency, again.hedge) == (read.value, quoted_currency, read.hedge)
    return ReadBack((), None if same else written)


def read_in_place(article: TextCurrencies, span, read: Amount) -> tuple | None:
    """(value, currencies allowed, hedge) the extractor gives at exactly ``span`` reading
    the whole article, when that says another amount or hedge than the words alone."""
    reading = article.reading(*span)
    if reading is None or (reading[0], reading[2]) == (read.value, read.hedge):
        return None
    value, currency, hedge, _ = reading
    # a currency the words name must be the reading's; one they leave open may stay empty
    allowed = (
        with_former(currency)
        if read.currency or currency is None
        else (None, *with_former(currency))
    )
    return value, allowed, hedge


def with_former(code: str | None) -> tuple[str | None, ...]:
    """A code and, for a redenominated currency, its former code («أوقية» read in place
    without the article's date is MRU; a 2015 article's row says MRO)."""
    return (code, FORMER_CODES[code][0]) if code in FORMER_CODES else (code,)


def compare(amount, currency, hedge, value, allowed, quoted_hedge) -> tuple:
    """(column, stated, quoted) for each of amount, currency, hedge the row states otherwise."""
    quoted_currency = currency if currency in allowed else allowed[-1]
    return tuple(
        (column, stated, quoted)
        for column, stated, quoted in (
            ("amount", amount, value),
            ("currency", currency, quoted_currency),
            ("hedge", hedge, quoted_hedge),
        )
        if stated != quoted
    )


def names_none(read: Amount) -> bool:
    """The quote names no currency, not even a bare word, and is no percent."""
    return read.currency is None and not read.bare and not read.percent


def in_place(article: TextCurrencies | None, quote: str, span) -> bool:
    """The quote is the article's text at ``span`` (else the span check reports it, and no
    reading of the article there may vouch for the row)."""
    if article is None or span is None:
        return False
    start, end = span
    return 0 <= start < end <= len(article.text) and article.text[start:end] == quote


def shorten(text: str, limit: int = 80) -> str:
    """A quote short enough for a one-line message (the cell itself is in the file)."""
    text = str(text).replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def said(value) -> str:
    return "no currency" if value is None else repr(value)


def figure_findings(
    row: int,
    quote: str,
    amount,
    currency: str | None,
    hedge: str,
    article: TextCurrencies,
    inherited: str | None = None,
    span: tuple[int, int] | None = None,
) -> list[Finding]:
    """The provenance findings of one figure row (both engines report through this);
    ``inherited`` is its parent figure's currency, if it has a parent; ``span`` its place
    in the article, if it has one."""
    where = ("figures.csv", "provenance.figures")
    try:
        checked = read_back(quote, amount, currency, hedge, article, inherited, span)
    except ValueError as error:
        return [Finding(*where, f"quote cannot be read: {shorten(str(error))}", row, "quote_ar")]
    findings = [
        Finding(
            *where,
            f"{column} is {said(stated)} but the quote «{shorten(quote)}» says {said(quoted)}"
            + (" (nor is it the parent's)" if column == "currency" and inherited else ""),
            row,
            column,
            str(stated),
        )
        for column, stated, quoted in checked.differences
    ]
    if checked.written is not None:
        findings.append(
            Finding(
                "figures.csv",
                "provenance.round_trip",
                f"written back as «{checked.written}», which reads otherwise than the quote "
                f"«{shorten(quote)}»",
                row,
                "quote_ar",
            )
        )
    return findings
