"""One pandera DataFrameModel per curated table: the single source of truth for columns.

The README data dictionary, the Data Package field descriptions and the dashboard's
column help are all generated from these models, so a column is described once, here.
CSV cells arrive as text; ``coerce=True`` turns them into the declared types and reports
every cell that will not turn (``lazy=True`` in the loader), row by row.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pandas as pd
import pandera.extensions as extensions
import pandera.pandas as pa
from pandera.typing import Series

from validation import vocab
from validation.dates import ISO_PARTIAL_DATE, parse_partial_date  # noqa: F401  (re-exported)
from validation.tables import DRAFT_ONLY_CELLS, REQUIRED_TABLES, TABLES  # noqa: F401  (re-exported)

# Spreadsheet formula injection (OWASP): a cell starting with one of these may run as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CELL_LIMIT = 32_767  # the most a spreadsheet cell holds: a longer text would be cut in Excel
FORMULA_START = r"[=+\-@\t\r]"
# Bidi embeddings/overrides/isolates, bidi marks and zero-width characters: invisible in a
# diff, they can reorder or hide what a reviewer reads.
HIDDEN_CONTROLS = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
ENTITY_ID = r"^[a-z][a-z0-9_]*$"
CLAIM_ID, FIGURE_ID, EVENT_ID, VERIFICATION_ID = (rf"^{p}[0-9]{{2,}}$" for p in "cfev")


# The checks are vectorised (a Series in, a boolean Series out): an archive of thousands of
# articles is validated table by table, and a Python call per cell would dominate the time.
# Missing cells are not judged here: nullability is each field's own rule.


@contextmanager
def without_hypothesis() -> Iterator[None]:
    """pandera's data-generation strategies imported as where hypothesis is not installed.

    NOTE: registering a check imports them, and they import hypothesis (a test library, in
    the dev install only) whenever it is there: 0.08–0.13 s of every cold check's start-up,
    before its workers fork, for strategies nothing here (tests included) draws data from.
    Where hypothesis is already imported, they get it as ever."""
    if "hypothesis" in sys.modules:
        yield
        return
    sys.modules["hypothesis"] = None  # an import of it fails as if it were not installed
    try:
        yield
    finally:
        if "hypothesis" in sys.modules and sys.modules["hypothesis"] is None:
            del sys.modules["hypothesis"]


with without_hypothesis():
    import pandera.strategies.pandas_strategies  # noqa: F401  (what registering imports)


def by_unique_value(series: pd.Series, rule) -> pd.Series:
    """Apply ``rule`` once per distinct value: dates and codes repeat across rows."""
    verdicts = {value: bool(rule(value)) for value in series.dropna().unique()}
    return series.map(verdicts).fillna(True).astype(bool)


@extensions.register_check_method(statistics=[])
def no_formula_prefix(series: pd.Series) -> pd.Series:
    """Text must not start like a spreadsheet formula."""
    return ~series.str.match(FORMULA_START).fillna(False).astype(bool)


@extensions.register_check_method(statistics=[])
def no_hidden_controls(series: pd.Series) -> pd.Series:
    """Text must hold no bidi-override or zero-width control characters."""
    return ~series.str.contains(HIDDEN_CONTROLS.pattern, regex=True).fillna(False).astype(bool)


@extensions.register_check_method(statistics=[])
def real_partial_date(series: pd.Series) -> pd.Series:
    """An ISO date of day, month or year precision that exists on the calendar."""
    return by_unique_value(series, lambda v: parse_partial_date(v) is not None)


@extensions.register_check_method(statistics=["allowed"])
def codes_in(series: pd.Series, *, allowed) -> pd.Series:
    """A ';'-separated list of codes, each from the vocabulary, sorted, without repeats."""

    def valid(value) -> bool:
        codes = str(value).split(";")
        return all(c in allowed for c in codes) and codes == sorted(set(codes))

    return by_unique_value(series, valid)


@extensions.register_check_method(statistics=[])
def code_list(series: pd.Series) -> pd.Series:
    """A ';'-separated list of codes in code form, sorted, without repeats; which codes a
    dataset may use is its own declaration (checks/schema.py, declared_codes)."""
    pattern = re.compile(vocab.CODE_PATTERN)

    def valid(value) -> bool:
        codes = str(value).split(";")
        return all(pattern.match(c) for c in codes) and codes == sorted(set(codes))

    return by_unique_value(series, valid)


@extensions.register_check_method(statistics=[])
def real_day(series: pd.Series) -> pd.Series:
    """An ISO date of day precision (YYYY-MM-DD) that exists on the calendar."""
    return by_unique_value(series, lambda v: (parse_partial_date(v) or (0, ""))[1] == "day")


def repeated(df: pd.DataFrame, columns: list[str]) -> pd.Series:
    """Rows whose ``columns`` repeat another row of the same dataset (an archive is validated
    as one frame whose index starts with the dataset's position)."""
    keys = df[columns].copy()
    if isinstance(df.index, pd.MultiIndex):
        keys["_dataset"] = df.index.get_level_values(0)
    return keys.duplicated(keep=False)


def text(description: str, example: str, **kwargs) -> pa.Field:
    """A text field that is safe to open in a spreadsheet and to read in a diff."""
    return pa.Field(
        description=description,
        str_length={"max_value": CELL_LIMIT},
        no_formula_prefix=(),
        no_hidden_controls=(),
        metadata={"example": example},
        **kwargs,
    )


ISO_4217 = "ISO 4217 codes, the active ones and MRO before 2018 (validation/vocab.py, CURRENCIES)"


def code(
    description: str, example: str, allowed: tuple[str, ...], named: str = "", **kwargs
) -> pa.Field:
    """A field that holds one code of a controlled vocabulary; a long, standard one is
    ``named`` in the dictionary rather than listed."""
    listed = f"One of {len(allowed)} {named}." if named else f"One of: {', '.join(allowed)}."
    return pa.Field(
        description=f"{description} {listed}",
        isin=list(allowed),
        metadata={"example": example},
        **kwargs,
    )


def extensible_code(description: str, example: str, vocabulary: str) -> pa.Field:
    """A code from a vocabulary a dataset extends: the universal codes, or one the dataset
    declares in metadata.json (checked per dataset by checks/schema.py, declared_codes)."""
    universal = vocab.EXTENSIBLE[vocabulary][2]
    return pa.Field(
        description=f"{description} Universal codes: {', '.join(universal)}; a dataset adds its "
        f"own in metadata.json, vocabularies.{vocabulary}.",
        str_matches=vocab.CODE_PATTERN,
        metadata={"example": example, "vocabulary": vocabulary},
    )


def offset(description: str, example: str, nullable: bool = False) -> pa.Field:
    return pa.Field(description=description, ge=0, nullable=nullable, metadata={"example": example})


# What only a person can write (a translation, a label) may wait for the curator in a draft
# (metadata "status": "draft"); checks/review.py fails such an empty cell anywhere else.
DRAFT_ONLY = "Empty only in a draft."
START = "Start of the quoted span in source.txt: 0-based code-point offset (Python str index)."
END = "End of the quoted span in source.txt, exclusive: source[char_start:char_end] == quote."


class CuratedModel(pa.DataFrameModel):
    """A curated table: exactly its declared columns, in any order (``strict``), each cell
    turned into its declared type or reported (``coerce``). Every model below is one."""

    class Config:
        strict = True
        coerce = True


class SpanModel(CuratedModel):
    """Rows that point into the article must point at a real, non-empty span."""

    @pa.dataframe_check(name="span_is_ordered", ignore_na=False)
    def span_is_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        start, end = df["char_start"], df["char_end"]
        both_missing = start.isna() & end.isna()
        return (both_missing | (end > start)).fillna(False).astype(bool)


class Claims(SpanModel):
    """Every claim the article makes; together their spans cover every sentence of the body."""

    claim_id: Series[str] = pa.Field(
        unique=True,
        str_matches=CLAIM_ID,
        description="Claim identifier, in reading order (primary key).",
        metadata={"example": "c01"},
    )
    paragraph: Series[int] = pa.Field(
        ge=1,
        description="1-based number of the body paragraph the claim stands in.",
        metadata={"example": "1"},
    )
    char_start: Series[int] = offset(START, "95")
    char_end: Series[int] = offset(END, "205")
    quote_ar: Series[str] = text("The claim's exact words in the article (Arabic).", "أكدت …")
    claim_en: Series[str] = text(
        f"Faithful English translation of the quote. {DRAFT_ONLY}", "The US …", nullable=True
    )
    speaker_id: Series[str] = pa.Field(
        nullable=True,
        str_matches=ENTITY_ID,
        description="Who the article says makes the claim: an entity_id in entities.csv; "
        "empty when the article says it in its own voice.",
        metadata={"example": "blinken"},
    )
    reporting_verb_ar: Series[str] = code(
        "Base form of the Arabic reporting verb; empty when the sentence has none.",
        "أكد",
        vocab.REPORTING_VERBS,
        nullable=True,
    )
    claim_type: Series[str] = code("What kind of claim it is.", "position", vocab.CLAIM_TYPES)
    topics: Series[str] = pa.Field(
        nullable=True,
        code_list=(),
        description="Topics, ';'-separated and sorted: codes the dataset declares in "
        f"metadata.json, vocabularies.topics. {DRAFT_ONLY}",
        metadata={"example": "diplomacy;elections", "vocabulary": "topics"},
    )
    checkable: Series[pd.BooleanDtype] = pa.Field(
        description="true when the claim can be checked against an outside source.",
        metadata={"example": "true"},
    )

    class Config:
        description = "Every claim in the article body, with who makes it and how."


class Figures(SpanModel):
    """Every stated quantity, with its hedge and its place in the figure hierarchy."""

    figure_id: Series[str] = pa.Field(
        unique=True,
        str_matches=FIGURE_ID,
        description="Figure identifier (primary key).",
        metadata={"example": "f01"},
    )
    claim_id: Series[str] = pa.Field(
        str_matches=CLAIM_ID,
        description="The claim that states the figure: a claim_id in claims.csv.",
        metadata={"example": "c20"},
    )
    label_en: Series[str] = text(
        f"Short English label. {DRAFT_ONLY}", "US assistance to Libya since 2011", nullable=True
    )
    label_ar: Series[str] = text("Short Arabic label.", "إجمالي الاستثمار الأمريكي")
    amount: Series[int] = pa.Field(
        ge=0,
        le=10**15,
        description="The full number as stated (605000000, not 605), before any hedge.",
        metadata={"example": "850000000"},
    )
    currency: Series[str] = code(
        "ISO 4217 currency code.", "USD", vocab.CURRENCIES, ISO_4217, nullable=True
    )
    unit: Series[str] = code("What the amount counts.", "money", vocab.FIGURE_UNITS)
    hedge: Series[str] = code(
        "How the article qualifies the number (more_than = «أكثر من»).", "more_than", vocab.HEDGES
    )
    period_start: Series[str] = pa.Field(
        nullable=True,
        real_partial_date=(),
        description="Start of the period the figure covers (ISO date, month or year).",
        metadata={"example": "2011"},
    )
    period_end: Series[str] = pa.Field(
        nullable=True,
        real_partial_date=(),
        description="End of the period; empty = up to the article's publication.",
        metadata={"example": ""},
    )
    category: Series[str] = extensible_code(
        "What the figure is a total of.", "total", "figure_categories"
    )
    parent_figure_id: Series[str] = pa.Field(
        nullable=True,
        str_matches=FIGURE_ID,
        description="The figure this one is part of (a figure_id); empty for a headline total.",
        metadata={"example": "f01"},
    )
    char_start: Series[int] = offset(START, "2170")
    char_end: Series[int] = offset(END, "2193")
    quote_ar: Series[str] = text(
        "The figure's exact words: hedge, number, scale and currency.", "أكثر من 850 مليون دولار"
    )
    parts_exhaustive: Series[pd.BooleanDtype] = pa.Field(
        nullable=True,
        description="On a parent: true when its parts should add up to it; empty on leaves.",
        metadata={"example": "false"},
    )

    class Config:
        description = "Every stated quantity in the article, hedged, in a hierarchy."


class Events(SpanModel):
    """Every dated thing: stated or inferred from the article, or external with a citation."""

    event_id: Series[str] = pa.Field(
        unique=True,
        str_matches=EVENT_ID,
        description="Event identifier (primary key).",
        metadata={"example": "e01"},
    )
    claim_id: Series[str] = pa.Field(
        nullable=True,
        str_matches=CLAIM_ID,
        description="The claim that dates the event; empty for an event from outside the article.",
        metadata={"example": "c02"},
    )
    date: Series[str] = pa.Field(
        real_partial_date=(),
        description="ISO date at its precision: 2021-12-24, 2020-10 or 2011.",
        metadata={"example": "2021-12-24"},
    )
    precision: Series[str] = code("How precise the date is.", "day", vocab.DATE_PRECISIONS)
    date_text_ar: Series[str] = text(
        "The date's exact words in the article; empty for external events.",
        "24 ديسمبر 2021",
        nullable=True,
    )
    char_start: Series[pd.Int64Dtype] = offset(START, "301", nullable=True)
    char_end: Series[pd.Int64Dtype] = offset(END, "315", nullable=True)
    event_en: Series[str] = text(
        f"What happens on that date, in English. {DRAFT_ONLY}", "Libyan elections", nullable=True
    )
    event_type: Series[str] = extensible_code("Kind of event.", "election", "event_types")
    entity_id: Series[str] = pa.Field(
        nullable=True,
        str_matches=ENTITY_ID,
        description="The event or document dated (an entity_id): rows naming the same one "
        "must agree on its date.",
        metadata={"example": "libya_elections_2021"},
    )
    status: Series[str] = code(
        "What the article says at publication.", "scheduled", vocab.EVENT_STATUSES
    )
    date_basis: Series[str] = code("How the date was established.", "stated", vocab.DATE_BASES)
    note: Series[str] = text("Why a date was inferred, or other remarks.", "", nullable=True)
    verification_id: Series[str] = pa.Field(
        nullable=True,
        str_matches=VERIFICATION_ID,
        description="For external events: the verification_id that supports the date.",
        metadata={"example": ""},
    )

    @pa.dataframe_check(name="precision_matches_date")
    def precision_matches_date(cls, df: pd.DataFrame) -> Series[bool]:
        """Only judged where date and precision are each valid: else those cells fail alone."""
        shape = df["date"].map(lambda d: (parse_partial_date(d) or (None, None))[1])
        judged = shape.notna() & df["precision"].isin(vocab.DATE_PRECISIONS)
        return ~judged | (shape == df["precision"])

    class Config:
        description = "Every dated thing in the article, and dated facts from outside it."


class Entities(CuratedModel):
    """Every person, organisation, country, document and event the article names."""

    entity_id: Series[str] = pa.Field(
        unique=True,
        str_matches=ENTITY_ID,
        description="Entity identifier, a lowercase slug (primary key).",
        metadata={"example": "blinken"},
    )
    entity_type: Series[str] = code("Kind of entity.", "person", vocab.ENTITY_TYPES)
    name_ar: Series[str] = text("Name in Arabic, as the article gives it.", "أنتوني بلينكن")
    name_en: Series[str] = text(f"Name in English. {DRAFT_ONLY}", "Antony Blinken", nullable=True)
    role_en: Series[str] = text(
        "Role at the time, in English.", "US Secretary of State", nullable=True
    )

    class Config:
        description = "People, organisations, countries, documents and events named."


class Mentions(SpanModel):
    """Every mention of an entity in the body (title and header lines are not body)."""

    entity_id: Series[str] = pa.Field(
        str_matches=ENTITY_ID,
        description="The entity mentioned: an entity_id in entities.csv.",
        metadata={"example": "us"},
    )
    char_start: Series[int] = offset(START, "100")
    char_end: Series[int] = offset(END, "116")
    surface_ar: Series[str] = text("The mention's exact words.", "الولايات المتحدة")

    @pa.dataframe_check(name="mention_is_unique")
    def mention_is_unique(cls, df: pd.DataFrame) -> Series[bool]:
        return ~repeated(df, ["entity_id", "char_start", "char_end"])

    class Config:
        description = "Each mention of each entity in the article body."


class IgnoredNumbers(SpanModel):
    """Digits in the body deliberately not captured, each with the reason."""

    char_start: Series[int] = offset(START, "190")
    char_end: Series[int] = offset(END, "191")
    surface_ar: Series[str] = text("The digits as they stand in the article.", "2")
    reason: Series[str] = text("Why the number is not a figure or a date.", "part of a name")

    @pa.dataframe_check(name="span_is_unique")
    def span_is_unique(cls, df: pd.DataFrame) -> Series[bool]:
        return ~repeated(df, ["char_start", "char_end"])

    class Config:
        description = "Numbers in the body that are deliberately not captured."


class Verifications(CuratedModel):
    """The second verdict: each checked row held against a primary source."""

    verification_id: Series[str] = pa.Field(
        unique=True,
        str_matches=VERIFICATION_ID,
        description="Verification identifier (primary key).",
        metadata={"example": "v01"},
    )
    target_table: Series[str] = code(
        "The table of the row checked.", "figures", ("claims", "figures", "events", "entities")
    )
    target_id: Series[str] = pa.Field(
        str_matches=ENTITY_ID,
        description="The id of the row checked, in target_table.",
        metadata={"example": "f01"},
    )
    verdict: Series[str] = code("What the primary source says of it.", "confirmed", vocab.VERDICTS)
    external_value: Series[str] = text(
        "The number or date the outside source gives, where it adds one.",
        "2020-10-23",
        nullable=True,
    )
    source_title: Series[str] = text("Title of the outside source.", "United States and Libya")
    source_url: Series[str] = pa.Field(
        str_matches=r"^https?://\S+$",
        description="Address of the outside source.",
        metadata={"example": "https://www.miragenews.com/united-states-and-libya-583321"},
    )
    accessed: Series[str] = pa.Field(
        real_day=(),
        description="The day the source was read (ISO date).",
        metadata={"example": "2026-11-28"},
    )
    note_en: Series[str] = text(
        "The reasoning, with the firmness: verified / corroborated / unresolved.",
        "verified: …",
        nullable=True,
    )

    class Config:
        description = "External verdicts: the article held against its primary sources."


class ContextFigures(CuratedModel):
    """Earlier and later statements of the same kind of figure, from outside the article."""

    context_id: Series[str] = pa.Field(
        unique=True,
        str_matches=r"^x[0-9]{2,}$",
        description="Context statement identifier (primary key).",
        metadata={"example": "x01"},
    )
    stated_on: Series[str] = pa.Field(
        real_partial_date=(),
        description="When the statement was made (ISO date at its precision).",
        metadata={"example": "2020-11-04"},
    )
    date_precision: Series[str] = code("Precision of stated_on.", "day", vocab.DATE_PRECISIONS)
    date_basis: Series[str] = code(
        "How stated_on was established: stated by the source, or inferred (e.g. from an address).",
        "stated",
        ("stated", "inferred"),
    )
    amount: Series[int] = pa.Field(
        ge=0,
        le=10**15,
        description="The full number as the statement gives it, before any hedge.",
        metadata={"example": "850000000"},
    )
    currency: Series[str] = code("ISO 4217 currency code.", "USD", vocab.CURRENCIES, ISO_4217)
    hedge: Series[str] = code("How the statement qualifies the number.", "exact", vocab.HEDGES)
    scope: Series[str] = extensible_code("What the figure totals.", "total", "context_scopes")
    period_start: Series[str] = pa.Field(
        nullable=True,
        real_partial_date=(),
        description="Start of the period the figure covers (ISO date at its precision).",
        metadata={"example": "2011"},
    )
    period_end: Series[str] = pa.Field(
        nullable=True,
        real_partial_date=(),
        description="End of the period; empty = up to the statement (cumulative).",
        metadata={"example": ""},
    )
    wording_en: Series[str] = text(
        "The statement's words, as quoted in English.", "more than $715 million"
    )
    source_title: Series[str] = text("Title of the source.", "Libya COVID-19 Response")
    source_url: Series[str] = pa.Field(
        str_matches=r"^https?://\S+$",
        description="Address of the source.",
        metadata={"example": "https://reliefweb.int/report/libya/libya-covid-19-response"},
    )
    firmness: Series[str] = code("How firmly the source stands.", "primary", vocab.FIRMNESS)
    note_en: Series[str] = text("Remarks: what the figure counts, caveats.", "", nullable=True)

    @pa.dataframe_check(name="precision_matches_date")
    def precision_matches_date(cls, df: pd.DataFrame) -> Series[bool]:
        shape = df["stated_on"].map(lambda d: (parse_partial_date(d) or (None, None))[1])
        judged = shape.notna() & df["date_precision"].isin(vocab.DATE_PRECISIONS)
        return ~judged | (shape == df["date_precision"])

    class Config:
        description = "What the same source said of the same figures at other times."


# Table name (file stem) → model, in the order a reader meets them. Required tables first.
MODELS: dict[str, type[pa.DataFrameModel]] = {
    "claims": Claims,
    "figures": Figures,
    "events": Events,
    "entities": Entities,
    "mentions": Mentions,
    "ignored_numbers": IgnoredNumbers,
    "verifications": Verifications,
    "context_figures": ContextFigures,
}
assert tuple(MODELS) == TABLES, "validation/tables.py names the same tables in the same order"
PRIMARY_KEYS = {
    "claims": ["claim_id"],
    "figures": ["figure_id"],
    "events": ["event_id"],
    "entities": ["entity_id"],
    "mentions": ["entity_id", "char_start", "char_end"],
    "ignored_numbers": ["char_start", "char_end"],
    "verifications": ["verification_id"],
    "context_figures": ["context_id"],
}
# (table, column) → (table, column) it references; checked by checks/referential.py and
# written as foreignKeys into datapackage.json.
FOREIGN_KEYS = {
    ("claims", "speaker_id"): ("entities", "entity_id"),
    ("figures", "claim_id"): ("claims", "claim_id"),
    ("figures", "parent_figure_id"): ("figures", "figure_id"),
    ("events", "claim_id"): ("claims", "claim_id"),
    ("events", "verification_id"): ("verifications", "verification_id"),
    ("events", "entity_id"): ("entities", "entity_id"),
    ("mentions", "entity_id"): ("entities", "entity_id"),
}
# Tables whose rows quote the article, with the column holding the quote.
QUOTE_COLUMNS = {
    "claims": "quote_ar",
    "figures": "quote_ar",
    "events": "date_text_ar",
    "mentions": "surface_ar",
    "ignored_numbers": "surface_ar",
}
