"""`factdesk new`: a new article becomes a draft dataset a person can review row by row.

The draft holds the article byte for byte, its metadata (``"status": "draft"``) and a row
for every sentence, amount, percent, count, date, entity and mention the engine can read,
each span exact. Every row is written so that the schema, referential, provenance and
coverage kinds pass on it; what the engine cannot read back into the same words becomes an
ignored number with the reason, for the curator. ``review.csv`` lists every drafted row
with what to check (checks/review.py). Drafting quality rises with the extractor
(validation.arabic): the draft keeps only what the provenance check will accept.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

from validation import attribution, parts, vocab
from validation.arabic.dates import DatePhrase
from validation.arabic.lexicon import COUNTRY_NAMES, LOCAL_CURRENCIES
from validation.arabic.money import guess_country
from validation.arabic.numbers import plain_number
from validation.arabic.phrases import read_phrases
from validation.arabic.quantities import Quantity
from validation.arabic.quotes import parse_amount
from validation.arabic.text import fold
from validation.checks.date_readback import ArticleDates, as_event_phrase, date_read_back
from validation.checks.readback import TextCurrencies, read_back
from validation.derived import date_range
from validation.gazetteer import COUNTRY_EN, MORE_COUNTRY_NAMES, Found, find_entities
from validation.layout import joined_over, read_layout, sentences, stated_day
from validation.load import UnusableInput, not_utf8
from validation.schemas import HIDDEN_CONTROLS, MODELS

SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")  # metadata_schema's id pattern
COUNTRY_CODE = re.compile(r"[A-Za-z]{2}")
REVIEW_FILE = "review.csv"
REVIEW_COLUMNS = ("table", "row", "reviewed", "to_check")
# A number after these words is a label (a resolution, an article of law), not a count.
LABEL_BEFORE = re.compile(
    r"(?:رقم|القرار|قرار|المادة|مادة|البند|الفقرة|الصفحة|العدد|الطبعة|النسخة|الدورة|كوفيد|"
    r"covid|g)[^\S\n]*[-–]?[^\S\n]*\(?$",
    re.IGNORECASE,
)
SYMBOL_YEAR = re.compile(r"[^\S\n]*\([^\S\n]*[0-9٠-٩]{4}[^\S\n]*\)")  # 2570 (2021)
LABEL_WORDS = 20  # characters looked back for a label word
# «19/20», «1430/1431»: a fiscal year written as two consecutive years, not two counts.
YEAR_PAIR_AFTER = re.compile(r"[^\S\n]*/[^\S\n]*([0-9٠-٩]{2,4})")
YEAR_PAIR_BEFORE = re.compile(r"([0-9٠-٩]{2,4})[^\S\n]*/[^\S\n]*$")
# «1 8 تريليون»: two numbers a space apart, where a decimal point was lost.
LOST_POINT_AFTER = re.compile(r" [0-9٠-٩]")
LOST_POINT_BEFORE = re.compile(r"[0-9٠-٩] $")
YEAR_BEFORE = re.compile(r"(?<![0-9٠-٩])(?:19|20)[0-9]{2} \Z")
POINTED = re.compile(r"[0-9٠-٩]+[.,٫][0-9٠-٩]")
# «اليوم» closing an outlet's name in a dateline or byline («عمان - وطنا اليوم:», «الدار
# البيضاء اليوم -»): a separator follows it, or it ends a short line segment after one.
TODAY = "اليوم"
AFTER_MASTHEAD = re.compile(r"[^\S\n]*(?:[-–—|/]|$)", re.MULTILINE)
DATELINE_BEFORE = re.compile(r"[-–—|/][^\S\n]*(?:[^\s\-–—|/:.،]+[^\S\n]+){1,3}$")
DATELINE_WORDS = 5  # a dateline's place and outlet: «بيروت - المغرب اليوم»
SINCE_YEAR = re.compile(r"منذ\s+(?:عام\s+|العام\s+)?(\d{4})")
SINCE = re.compile(r"(?:^|\s)[وف]?منذ\s+(?:عام\s+|العام\s+)?$")
# «22الإعلامي»: an outlet's name that begins with digits, no space between.
LETTER_AFTER = re.compile(r"[^\W\d_]")
# «علم24»: an outlet's name that ends with digits: a word of two letters or more glued before
# them; a proclitic alone («و503», «بـ24», «لل2000») still opens a count.
WORD_BEFORE = re.compile(r"[^\W\d_]+$")
PROCLITICS = re.compile(r"[وفبلكـ]+(?:ال)?ـ?")
# «9 /-9- 2025»: a day, a month and a year in digits with stray separators, which the
# extractor reads as no date: its pieces are no counts.
_SEPARATOR = r"[^\S\n]*[-/.](?:[-/.]|[^\S\n])*"
DATE_PIECES = re.compile(
    rf"(?<![0-9٠-٩])(?:[0-9٠-٩]{{1,2}}{_SEPARATOR}[0-9٠-٩]{{1,2}}{_SEPARATOR}[0-9٠-٩]{{4}}|"
    rf"[0-9٠-٩]{{4}}{_SEPARATOR}[0-9٠-٩]{{1,2}}{_SEPARATOR}[0-9٠-٩]{{1,2}})(?![0-9٠-٩])"
)
# A claim holds one paragraph: words a line break cuts («2.2 تريليون⏎جنيه») fit no claim.
ACROSS_PARAGRAPHS = (
    "its words run over a line break, and a claim (which must hold it) is one paragraph: "
    "curate by hand"
)
ONE_WORDS = frozenset(fold("واحد واحدة").split())  # «لمرة واحدة»: once, no count
# The word after a figure, or nothing when a clause ends there.
NEXT_WORD = re.compile(r"[^\S\n]*([^\s\d.,،؛;:!?()\[\]«»\"'/-]+)?")
# Words after «منها 1.1 مليار» that count no noun: the figure is then of its whole's unit.
UNCOUNTED_AFTER = frozenset(
    fold(
        "هذا هذه العام السنة خلال في على من إلى الى عن ضمن لصالح لدعم لتمويل لتغطية سنويا "
        "حتى بحلول عام مخصصة مخصص تذهب ستذهب ذهبت قبل بعد مقابل مقارنة بنهاية و"
    ).split()
)
# The topics and event types a draft guesses from the words of a sentence: (Arabic stems that
# suggest it, English label, Arabic label). A guessed code is declared in the draft's
# metadata.json (vocabularies) with these labels, as a curator declares their own.
TOPIC_WORDS = {
    "aid": ("مساعد منح منحة تمويل قرض تعهد مانح إغاث دعم", "Aid", "المساعدات"),
    "conference": ("مؤتمر اجتماع قمة", "Conference", "المؤتمر"),
    "elections": ("انتخاب", "Elections", "الانتخابات"),
    "ceasefire": ("إطلاق النار هدنة", "Ceasefire", "وقف إطلاق النار"),
    "diplomacy": ("سفير دبلوماس الخارجية زيارة", "Diplomacy", "الدبلوماسية"),
    "governance": ("حكوم موازنة ميزانية وزارة", "Governance", "الحكم"),
    "human_rights": ("حقوق الإنسان", "Human rights", "حقوق الإنسان"),
    "foreign_forces": ("القوات الأجنبية مرتزق", "Foreign forces", "القوات الأجنبية"),
    "un_resolutions": ("مجلس الأمن", "UN resolutions", "قرارات الأمم المتحدة"),
    "counterterrorism": ("إرهاب", "Counter-terrorism", "مكافحة الإرهاب"),
    "sovereignty": ("سيادة", "Sovereignty", "السيادة"),
    "political_process": ("العملية السياسية حوار سياسي", "Political process", "العملية السياسية"),
}
EVENT_WORDS = {
    "press_conference": ("مؤتمر صحفي", "Press conference", "مؤتمر صحفي"),
    "conference": ("مؤتمر اجتماع قمة", "Conference", "مؤتمر"),
    "election": ("انتخاب", "Elections", "الانتخابات"),
    "ceasefire": ("إطلاق النار هدنة", "Ceasefire", "وقف إطلاق النار"),
    "resolution": ("قرار", "Resolution", "قرار"),
    "appointment": ("تعيين", "Appointment", "تعيين"),
    "postponement": ("تأجيل إرجاء", "Postponement", "تأجيل"),
}


@dataclass
class Draft:
    """Everything `factdesk new` writes, as values: files are written by write_draft."""

    source_bytes: bytes
    metadata: dict
    tables: dict[str, list[dict]]
    review: list[dict] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.tables.items()}


# --- Reading the input ------------------------------------------------------------------


def checked_id(dataset_id: str) -> str:
    if not SLUG.fullmatch(dataset_id):
        raise UnusableInput(
            "--id",
            f"{dataset_id!r} is not a lowercase slug (letters a–z, digits and hyphens, "
            "starting with a letter or digit)",
        )
    return dataset_id


def checked_country(country: str | None) -> str | None:
    """--country as an ISO 3166 alpha-2 code, upper case («jo» → «JO»)."""
    if country is None:
        return None
    if not COUNTRY_CODE.fullmatch(country):
        raise UnusableInput(
            "--country", f"{country!r} is not an ISO 3166 alpha-2 code (two letters, e.g. JO)"
        )
    return country.upper()


def country_metadata(code: str) -> dict:
    """metadata.json's country (code, English and Arabic names) and default currency."""
    names = {**COUNTRY_NAMES, **MORE_COUNTRY_NAMES}.get(code)
    said = {
        "country": {
            "code": code,
            "en": COUNTRY_EN.get(code, code),
            "ar": names.split("، ")[0] if names else code,
        }
    }
    local = LOCAL_CURRENCIES.get(code)
    if local:
        said["currency"] = next(iter(local.values()))
    return said


def article_text(data: bytes, name: str) -> str:
    """The article exactly as received: offsets will index this text."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise not_utf8(name, data, error) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise UnusableInput(name, f"NUL byte on line {line}: not a text file")
    if not text.strip():
        raise UnusableInput(name, "empty: there is no article to draft")
    return text


# --- Rows -------------------------------------------------------------------------------


def containing(spans: list[tuple[int, int]], start: int, end: int) -> int | None:
    return next((i for i, (s, e) in enumerate(spans) if s <= start and end <= e), None)


def is_label(text: str, start: int) -> bool:
    return bool(LABEL_BEFORE.search(fold(text[max(0, start - LABEL_WORDS) : start])))


def is_year_pair(text: str, q: Quantity) -> bool:
    """«19/20» or «1430/1431»: this number and the one across the slash are one year apart."""
    value = int(q.value) if q.value is not None and q.value == int(q.value) else None
    after = YEAR_PAIR_AFTER.match(text, q.end)
    before = YEAR_PAIR_BEFORE.search(text[max(0, q.start - 12) : q.start])
    if value is None:
        return False
    if after and int(plain_digits(after[1])) % 100 == (value + 1) % 100:
        return True
    return bool(before) and (int(plain_digits(before[1])) + 1) % 100 == value % 100


def plain_digits(digits: str) -> str:
    return digits.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))


def is_glued_after_word(text: str, q: Quantity) -> bool:
    """«علم24»: digits right after a word (not a lone proclitic): the end of a name."""
    word = WORD_BEFORE.search(text[max(0, q.start - 30) : q.start])
    if not word or not text[q.start].isdigit():
        return False
    return len(word[0]) >= 2 and not PROCLITICS.fullmatch(word[0])


def in_date_pieces(text: str, q: Quantity) -> bool:
    """The quantity is a piece of a date written in digits that the extractor could not read."""
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return any(
        m.start() <= q.start - line_start and q.end - line_start <= m.end()
        for m in DATE_PIECES.finditer(line)
    )


def is_lost_point(text: str, q: Quantity, bare: bool) -> bool:
    """A bare number a space before another («1 8»), or the number a space after it: the
    article lost a decimal point, and neither reading can be trusted."""
    quote = text[q.start : q.end]
    if bare and LOST_POINT_AFTER.match(text, q.end):
        return True
    # NOTE: «خلال التسعة أشهر الأولى من 2025 63.148 مليار د»: a number after a year, or one
    # that has its decimal point, lost none.
    if YEAR_BEFORE.search(text, max(0, q.start - 6), q.start) or POINTED.match(quote):
        return False
    return quote[:1].isdigit() and bool(
        LOST_POINT_BEFORE.search(text[max(0, q.start - 2) : q.start])
    )


def is_masthead(text: str, start: int, end: int) -> bool:
    """«اليوم» as the last word of an outlet's name («وطنا اليوم», «المغرب اليوم»), which a
    dateline or byline shows by a separator right after it, or by a separator before the
    name at the start of a line («عمان - وطنا اليوم:»); «قال الوزير اليوم» stays a date."""
    if fold(text[start:end]) != fold(TODAY):
        return False
    before = text[text.rfind("\n", 0, start) + 1 : start]
    if len(before.split()) > DATELINE_WORDS or not before.strip():
        return False
    if attribution.verb_in(before):  # «وقال الوزير اليوم -»: someone speaks today
        return False
    return bool(AFTER_MASTHEAD.match(text, end) or DATELINE_BEFORE.search(before))


def topics_of(words: str) -> str | None:
    folded = fold(words)
    found = [
        t for t, (keys, *_) in TOPIC_WORDS.items() if any(fold(k) in folded for k in keys.split())
    ]
    return ";".join(sorted(found)) or None


def claim_type_of(words: str) -> str:
    return "commitment" if attribution.speaks_of_future(words) else "factual"


def event_type_of(words: str) -> str:
    folded = fold(words)
    for kind, (keys, *_) in EVENT_WORDS.items():
        if any(fold(k) in folded for k in keys.split()):
            return kind
    return "other"


def words_near(text: str, start: int, end: int, limit: int = 6) -> str:
    """A short Arabic label: the words after a figure up to the clause's end, else before."""
    after = re.split(r"[،,.؛;:\n\d٠-٩]", text[end:])[0].split()[:limit]
    if after and not re.match(r"[\d٠-٩]", after[0]):
        label = " ".join(after)
    else:
        label = " ".join(re.split(r"[،,.؛;:\n]", text[:start])[-1].split()[-limit:])
    label = HIDDEN_CONTROLS.sub("", label).lstrip("=+-@ ")
    return label or text[start:end]


def reads_back(
    quote: str, value, currency, hedge, article: TextCurrencies, span: tuple[int, int]
) -> str | None:
    """Why provenance would refuse this figure, or None when it reads back to its words."""
    try:
        checked = read_back(quote, value, currency, hedge, article, None, span)
    except ValueError as error:
        return str(error)
    if checked.differences:
        return "its words read as " + ", ".join(
            f"{column} {quoted}" for column, _, quoted in checked.differences
        )
    if checked.written is not None:
        return f"written back as «{checked.written}», which reads otherwise than the words"
    return None


def event_note(d: DatePhrase, quote: str, basis: str, published: dt.date | None) -> str | None:
    """Why the date is what it is: a span's last year (events hold one date, the first),
    and the publication day a relative date was read against."""
    # NOTE: events.csv has one date column; a span «العام المالي 2021/2022» is dated by its
    # first year, as SPEC says, and its end is kept here for the curator and the reader.
    said = []
    if d.iso_end and d.iso_end != d.iso:
        said.append(f"«{quote}» spans {d.iso} to {d.iso_end}; date is its first {d.precision}")
    if basis == "inferred":
        said.append(f"«{quote}» read against the publication date {published}")
    return "; ".join(said) or None


def status_of(
    iso: str, words: str, before: str, published: dt.date | None, iso_end: str | None = None
) -> str:
    """What the article says at publication: the date (or the span «2021/2022» up to
    ``iso_end``) against the publication day, and the tense of the sentence where the
    date alone cannot tell."""
    if SINCE.search(before):
        return "reference"
    if published is not None:
        first, last = date_range(iso)[0], date_range(iso_end or iso)[1]
        if last < published:
            return "occurred"
        if first > published:
            return "scheduled"
    return "scheduled" if attribution.speaks_of_future(words) else "occurred"


@dataclass
class Drafter:
    """Builds the rows of one article; each builder appends rows and their review notes."""

    text: str
    body_start: int
    published: dt.date | None
    country: str | None = None  # --country: the ISO 3166 code bare currency words take
    tables: dict[str, list[dict]] = field(default_factory=lambda: {n: [] for n in MODELS})
    notes: dict[tuple[str, str], str] = field(default_factory=dict)
    currencies: TextCurrencies = field(init=False)
    dates: ArticleDates = field(init=False)  # the extractor's dates, for words read in place
    open_figures: set[str] = field(default_factory=set)  # a part of money, if its whole is

    def __post_init__(self) -> None:
        self.currencies = TextCurrencies(self.text, self.country)
        self.dates = ArticleDates(self.text)

    def ignore(self, start: int, end: int, reason: str) -> None:
        self.tables["ignored_numbers"].append(
            {"char_start": start, "char_end": end, "surface_ar": self.text[start:end],
             "reason": reason}
        )  # fmt: skip
        self.notes[("ignored_numbers", f"{start}-{end}")] = f"«{self.text[start:end]}»: {reason}"

    def run(self) -> None:
        read = list(
            read_phrases(
                self.text, self.published, default_country=self.country, guess_currency=True
            )
        )
        self.dates.remember(self.published, read)
        phrases = [p for p in read if p.start >= self.body_start]
        found = find_entities(self.text, self.body_start)
        claims = joined_over(
            sentences(self.text, self.body_start), [(p.start, p.end) for p in phrases]
        )
        spans = [(c.start, c.end) for c in claims]
        self.add_entities(found)
        self.add_claims(claims, found)
        figures = self.add_figures([p for p in phrases if isinstance(p, Quantity)], spans, found)
        self.add_parents(figures, spans)
        self.add_events([p for p in phrases if isinstance(p, DatePhrase)], spans, found)
        self.tables["mentions"].sort(key=lambda r: (r["entity_id"], r["char_start"]))
        self.tables["ignored_numbers"].sort(key=lambda r: r["char_start"])
        self.tables = {n: rows for n, rows in self.tables.items() if n in REQUIRED}

    def add_entities(self, found: list[Found]) -> None:
        seen: dict[str, dict] = {}
        for f in found:
            if f.entity_id not in seen:
                seen[f.entity_id] = {
                    "entity_id": f.entity_id,
                    "entity_type": f.entity_type,
                    "name_ar": f.name_ar,
                    "name_en": f.name_en,
                    "role_en": f.role_en,
                }
                guess = "the English name" if f.name_en is None else "the type and name"
                self.notes[("entities", f.entity_id)] = (
                    f"{f.entity_type} «{f.name_ar}» found by {how_found(f)}: check {guess}, "
                    "the id, and whether it is one entity"
                )
            self.tables["mentions"].append(
                {"entity_id": f.entity_id, "char_start": f.start, "char_end": f.end,
                 "surface_ar": f.surface}
            )  # fmt: skip
            self.notes[("mentions", f"{f.entity_id}@{f.start}-{f.end}")] = (
                f"«{f.surface}» names {f.entity_id}?"
            )
        self.tables["entities"] = sorted(seen.values(), key=lambda r: r["entity_id"])

    def add_claims(self, claims, found: list[Found]) -> None:
        speaker = None
        for number, claim in enumerate(claims, start=1):
            words = self.text[claim.start : claim.end]
            verb = attribution.verb_in(words)
            speaker, why = self.speaker_of(claim, verb, found, speaker)
            claim_id = f"c{number:02d}"
            self.tables["claims"].append(
                {
                    "claim_id": claim_id,
                    "paragraph": claim.paragraph,
                    "char_start": claim.start,
                    "char_end": claim.end,
                    "quote_ar": words,
                    "claim_en": None,
                    "speaker_id": speaker,
                    "reporting_verb_ar": verb[0] if verb else None,
                    "claim_type": claim_type_of(words),
                    "topics": topics_of(words),
                    "checkable": False,  # set true below when it states a figure or a date
                }
            )
            self.notes[("claims", claim_id)] = (
                f"translate (claim_en); speaker {why}; verb "
                f"{verb[0] if verb else 'none found'}; type, topics, checkable guessed"
            )

    def speaker_of(self, claim, verb, found: list[Found], previous: str | None):
        if verb is None:
            return None, "none (no reporting verb: the article's own voice?)"
        verb_start, verb_end = claim.start + verb[1], claim.start + verb[2]
        words = self.text[claim.start : claim.end]
        inside = [f for f in found if claim.start <= f.start and f.end <= claim.end]
        after = [f for f in inside if f.start >= verb_end]
        if after and attribution.names_subject(self.text[verb_end : after[0].start]):
            return after[0].entity_id, f"{after[0].entity_id} (named after the verb)"
        before = [f for f in inside if f.end <= verb_start]
        if before and 0 <= verb_start - before[-1].end <= attribution.SUBJECT_GAP:
            return before[-1].entity_id, f"{before[-1].entity_id} (named before the verb)"
        if not attribution.subject_after(words, verb[2]) and previous:
            return previous, f"{previous} (carried from the claim before)"
        return None, "not found (name it, or add the entity)"

    def add_figures(self, quantities: list[Quantity], spans, found: list[Found]) -> list[dict]:
        names = [(f.start, f.end) for f in found]
        figures = []
        for q in quantities:
            bare = not (q.percent or q.money or q.scaled)
            if bare and any(s <= q.start and q.end <= e for s, e in names):
                continue  # part of a name («مجموعة العشرين»): the mention captures it
            refused = self.why_not_a_figure(q, bare, names)
            if refused:
                self.ignore(q.start, q.end, refused)
                continue
            claim = containing(spans, q.start, q.end)
            if claim is None:
                self.ignore(q.start, q.end, ACROSS_PARAGRAPHS)
                continue
            figures.append(self.figure_row(f"f{len(figures) + 1:02d}", q, claim, spans))
            if self.names_no_unit(q):
                self.open_figures.add(figures[-1]["figure_id"])
            self.tables["claims"][claim]["checkable"] = True
            self.notes[("figures", figures[-1]["figure_id"])] = self.figure_note(figures[-1], q)
        self.tables["figures"] = figures
        return figures

    def names_no_unit(self, q: Quantity) -> bool:
        """«منها 1.1 مليار هذا العام»: a scaled number naming no currency and counting no
        noun (what follows is a clause's end, a preposition or «لل…»): a part of money,
        in its whole's currency, if the words make it a part of a sum of money."""
        if q.money or q.percent or not q.scaled:
            return False
        following = NEXT_WORD.match(self.text, q.end)
        word = fold(following[1]) if following and following[1] else ""
        if not word or word in UNCOUNTED_AFTER or word.startswith("لل"):
            return True
        return word.startswith("لت") and not word.startswith("لتر")  # لتأهيل, not لترات

    def why_not_a_figure(self, q: Quantity, bare: bool, names) -> str | None:
        """Why the quantity is no figure (a label, a whole amount's fraction, a reading the
        provenance check would refuse), or None when it is one."""
        if bare and SYMBOL_YEAR.match(self.text, q.end):
            return "a document symbol («2570 (2021)»), not a count"
        if bare and any(0 <= q.start - e <= 1 for s, e in names):
            return "part of a name («برلين 2»), not a count"
        if bare and LETTER_AFTER.match(self.text, q.end) and self.text[q.start].isdigit():
            return "digits glued to a word («22الإعلامي»): part of a name, not a count"
        if bare and is_glued_after_word(self.text, q):
            return "digits glued after a word («علم24»): part of a name, not a count"
        if bare and in_date_pieces(self.text, q):
            return (
                "a piece of a date written in digits that the extractor cannot read "
                "(«9 /-9- 2025»): not a count; date it by hand"
            )
        if bare and fold(self.text[q.start : q.end]) in ONE_WORDS:
            return "the word for one («لمرة واحدة»): an adjective, not a count"
        if bare and is_label(self.text, q.start):
            return "a label (a resolution, an article), not a count"
        if bare and is_year_pair(self.text, q):
            return "a fiscal year written «19/20» or «1430/1431», not a count; date it by hand"
        if is_lost_point(self.text, q, bare):
            return (
                "two numbers a space apart («1 8 تريليون»): a decimal point lost in the "
                "article? curate by hand"
            )
        value = None if q.value is None else plain_number(q.value)
        if value is None or isinstance(value, Decimal):
            # NOTE: figures.amount is a whole number (schemas, SPEC: "the full number"); a
            # percent or a sum with a fraction has no exact row, and a rounded one would
            # state what the article does not: it stays for the curator, with the reason.
            if value is None:
                return "too long to be a number: figures hold whole amounts; curate by hand"
            what = "a percent" if q.percent else "an amount"
            return (
                f"{what} with a fraction ({value}): figures.amount holds whole numbers only, "
                "so no row can state it exactly; curate by hand (a note, or a claim)"
            )
        refused = reads_back(self.text[q.start : q.end], value, q.currency, q.hedge,
                             self.currencies, (q.start, q.end))  # fmt: skip
        return f"not drafted as a figure: {refused}" if refused else None

    def figure_row(self, figure_id: str, q: Quantity, claim: int, spans) -> dict:
        return {
            "figure_id": figure_id,
            "claim_id": self.tables["claims"][claim]["claim_id"],
            "label_en": None,
            "label_ar": words_near(self.text, q.start, q.end),
            "amount": plain_number(q.value),
            "currency": q.currency,
            "unit": "percent" if q.percent else ("money" if q.money else "count"),
            "hedge": q.hedge,
            "period_start": self.since_year(spans[claim], q.start),
            "period_end": None,
            "category": "other",
            "parent_figure_id": None,
            "char_start": q.start,
            "char_end": q.end,
            "quote_ar": self.text[q.start : q.end],
            "parts_exhaustive": None,
        }

    def since_year(self, claim: tuple[int, int], before: int) -> str | None:
        """«منذ عام 2016» earlier in the claim: the period the figure covers starts then."""
        years = SINCE_YEAR.findall(self.text[claim[0] : before])
        return years[-1] if years else None

    def figure_note(self, row: dict, q: Quantity) -> str:
        said = f"«{row['quote_ar']}» = {row['amount']} {row['currency'] or ''} {row['hedge']}"
        extra = ""
        read = parse_amount(row["quote_ar"])
        if q.money and q.currency and not (read.currency or read.bare):
            extra = (
                f"; its words name no currency: {q.currency}, as the sentence carries it from "
                "the sum of money before it (check)"
            )
        if q.money and q.currency and read.bare:
            whose = (
                f"of {self.country}, given with --country"
                if self.currencies.country and q.currency in LOCAL_CURRENCIES.get(
                    self.country, {}).values()
                else "the currency of the country the article names most"
            )  # fmt: skip
            extra = f"; the words name no country: {q.currency} is {whose} (check)"
        if q.money and q.currency is None:
            country = guess_country(self.text)
            extra = "; the currency is not named"
            if q.bare:
                extra = (
                    f"; a bare currency word ({q.bare}) and no country whose currency it is: "
                    "give --country, or write the code"
                )
            if country:
                extra += f" (the article is about {country}: its currency? or give --country)"
        return f"{said}{extra}; write label_en, check label_ar and category"

    def add_parents(self, figures: list[dict], spans) -> None:
        keyed = [
            (f["char_start"], f["char_end"],
             parts.OPEN if f["figure_id"] in self.open_figures else f["unit"])
            for f in figures
        ]  # fmt: skip
        for part, whole in parts.parents_of(self.text, keyed, spans).items():
            if self.makes_cycle(figures, part, whole):
                continue
            figures[part]["parent_figure_id"] = figures[whole]["figure_id"]
        self.inherit_currencies(figures)
        self.money_beside(figures)
        for whole in {f["parent_figure_id"] for f in figures} - {None}:
            parent = next(f for f in figures if f["figure_id"] == whole)
            parent["category"] = "total"
            children = [f["figure_id"] for f in figures if f["parent_figure_id"] == whole]
            self.notes[("figures", whole)] += (
                f"; parts {', '.join(children)}: decide parts_exhaustive (do they add up to it?)"
            )
        for f in figures:
            if f["parent_figure_id"]:
                self.notes[("figures", f["figure_id"])] += (
                    f"; part of {f['parent_figure_id']} (from the words): check"
                )

    def inherit_currencies(self, figures: list[dict]) -> None:
        """A part whose words name no unit («منها 1.1 مليار») is money when its whole is,
        in the whole's currency, as provenance reads it; a whole that took one passes it on."""
        ids = {f["figure_id"]: f for f in figures}
        waiting = [f for f in figures if f["figure_id"] in self.open_figures]
        while ready := [
            f for f in waiting
            if (whole := ids.get(f["parent_figure_id"])) is not None
            and whole["unit"] == "money" and whole not in waiting
        ]:  # fmt: skip
            for f in ready:
                whole = ids[f["parent_figure_id"]]
                f["unit"], f["currency"] = "money", whole["currency"]
                taken = whole["currency"] or "no currency (give --country?)"
                self.notes[("figures", f["figure_id"])] += (
                    f"; its words name no currency: money in {taken}, as {whole['figure_id']}, "
                    "the sum it is part of (check)"
                )
                waiting.remove(f)

    def money_beside(self, figures: list[dict]) -> None:
        """«500 مليار جنيه مقابل 579.9 ملياراً», «137 مليار ريال للتعليم و61 مليارا للصحة»,
        «… 36.6 مليار دينار. … إيرادات مبيعات النفط بلغت 37.3 مليار»: a scaled number naming
        no unit right after a sum of money in the same paragraph is money too; its currency
        is the curator's call (provenance reads one only through a parent)."""
        paragraph = {c["claim_id"]: c["paragraph"] for c in self.tables["claims"]}
        for before, f in pairwise(figures):
            if f["figure_id"] not in self.open_figures or f["unit"] != "count":
                continue
            if f["parent_figure_id"] or paragraph[before["claim_id"]] != paragraph[f["claim_id"]]:
                continue
            if before["unit"] != "money":
                continue
            f["unit"] = "money"
            self.notes[("figures", f["figure_id"])] += (
                f"; its words name no currency: money, as {before['figure_id']} before it "
                f"(«{before['quote_ar']}», {before['currency'] or 'no currency'})? A currency "
                "here needs a parent (parent_figure_id) that has it, else leave it empty"
            )

    @staticmethod
    def makes_cycle(figures: list[dict], part: int, whole: int) -> bool:
        ids = {f["figure_id"]: f for f in figures}
        seen, current = {figures[part]["figure_id"]}, figures[whole]
        while current is not None:
            if current["figure_id"] in seen:
                return True
            seen.add(current["figure_id"])
            current = ids.get(current["parent_figure_id"])
        return False

    def add_events(self, dates: list[DatePhrase], spans, found: list[Found]) -> None:
        names = [(f.start, f.end) for f in found]
        for d in map(as_event_phrase, dates):
            if any(s <= d.start and d.end <= e for s, e in names):
                continue  # a year inside a name: the mention captures it
            basis, refused = self.event_basis(d)
            claim = containing(spans, d.start, d.end)
            if claim is None and not refused:
                refused = ACROSS_PARAGRAPHS
            if refused:
                self.ignore(d.start, d.end, refused)
                continue
            event = self.event_row(d, claim, spans, basis)
            self.tables["events"].append(event)
            self.tables["claims"][claim]["checkable"] = True
            span = f" to {d.iso_end}" if d.iso_end and d.iso_end != d.iso else ""
            self.notes[("events", event["event_id"])] = (
                f"«{event['date_text_ar']}» = {d.iso}{span} ({d.precision}, {basis}), "
                f"{event['status']}: write event_en, check the type, status and what is dated"
            )

    def event_basis(self, d: DatePhrase) -> tuple[str | None, str | None]:
        """(date basis, None) for a date an event can carry, else (None, why not)."""
        if is_masthead(self.text, d.start, d.end):
            return None, "part of an outlet's name («… اليوم») in a dateline, not a date"
        if d.iso is None:
            return None, "a relative date: give --published to date it"
        if d.precision not in ("day", "month", "year"):
            return None, (
                f"a date of precision {d.precision}: events are dated to a day, "
                "month or year; curate by hand"
            )
        quote = self.text[d.start : d.end]
        basis, refused = date_read_back(
            quote, d.iso, d.precision, self.published, self.dates, (d.start, d.end)
        )
        return (None, f"not drafted as an event: {refused}") if refused else (basis, None)

    def event_row(self, d: DatePhrase, claim: int, spans, basis: str) -> dict:
        claim_row = self.tables["claims"][claim]
        words = claim_row["quote_ar"]
        before = self.text[spans[claim][0] : d.start]
        quote = self.text[d.start : d.end]
        return {
            "event_id": f"e{len(self.tables['events']) + 1:02d}",
            "claim_id": claim_row["claim_id"],
            "date": d.iso,
            "precision": d.precision,
            "date_text_ar": quote,
            "char_start": d.start,
            "char_end": d.end,
            "event_en": None,
            "event_type": event_type_of(words),
            "entity_id": None,
            "status": status_of(d.iso, words, before, self.published, d.iso_end),
            "date_basis": basis,
            "note": event_note(d, quote, basis, self.published),
            "verification_id": None,
        }


REQUIRED = ("claims", "figures", "events", "entities", "mentions", "ignored_numbers")


def how_found(f: Found) -> str:
    if f.entity_type == "person":
        return "a title before the name"
    return "name" if f.name_en else "pattern"


# --- Metadata ---------------------------------------------------------------------------


def header_date(layout) -> dt.date | None:
    for line in layout.header:
        if line.reading == "publication date":
            return dt.date.fromisoformat(stated_day(line.text))
    return None


def publication(published: dt.date | None, from_header: dt.date | None) -> dict:
    if published is not None:
        return {"value": published.isoformat(), "precision": "day", "basis": "external",
                "note": "Given by the curator to factdesk new (--published)."}  # fmt: skip
    if from_header is not None:
        return {"value": from_header.isoformat(), "precision": "day", "basis": "inferred",
                "note": "Read by factdesk new from a date line above the body."}  # fmt: skip
    return {"value": None, "precision": None, "basis": "unknown",
            "note": "Not given and not found in the file: to establish."}  # fmt: skip


def guessed_vocabularies(tables: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The topics and event types the draft guessed that are not universal, declared with
    their labels (metadata.json, vocabularies), so the draft's codes pass schema.vocabularies."""
    used = {
        "topics": {c for row in tables.get("claims", []) for c in (row["topics"] or "").split(";")},
        "event_types": {row["event_type"] for row in tables.get("events", [])},
    }
    words = {"topics": TOPIC_WORDS, "event_types": EVENT_WORDS}
    declared = {}
    for vocabulary, codes in used.items():
        universal = vocab.EXTENSIBLE[vocabulary][2]
        entries = [
            {"code": code, "en": words[vocabulary][code][1], "ar": words[vocabulary][code][2]}
            for code in sorted(codes)
            if code and code not in universal
        ]
        if entries:
            declared[vocabulary] = entries
    return declared


def draft_metadata(
    dataset_id: str, data: bytes, layout, first_sentence: str, published: dict, options: dict
) -> dict:
    source = {"file": "source.txt", "sha256": hashlib.sha256(data).hexdigest(),
              "body_start": layout.body_start}  # fmt: skip
    if options.get("url"):
        source["url"] = options["url"]
    publisher = options.get("publisher")
    return {
        "id": dataset_id,
        "status": "draft",
        "title": {"ar": layout.title or first_sentence, "en": ""},
        "language": "ar",
        "source": source,
        "header_lines": [
            {
                "line": h.line,
                "text": h.text,
                "reading": h.reading,
                "basis": "inferred",
                "note": h.note,
            }
            for h in layout.header
        ],
        "publisher": {
            "value": publisher,
            "basis": "external" if publisher else "unknown",
            "note": "Given by the curator to factdesk new (--publisher)."
            if publisher
            else "Not given: to establish.",
        },
        "publication_date": published,
        "primary_sources": [],
        "licence": {
            "data": "CC-BY-4.0",
            "code": "MIT",
            "article_text": "The article text belongs to its publisher; it is kept here only so "
            "that every figure can be verified against its exact words.",
        },
        "curation": {
            "method": "Drafted by factdesk new: every row is a machine reading of the article, "
            "to be reviewed row by row (review.csv) before the status becomes curated."
        },
    }


def metadata_notes(metadata: dict) -> list[tuple[str, str]]:
    date = metadata["publication_date"]
    return [
        ("title", "write the English title; check the Arabic one"
         + ("" if metadata["header_lines"] else " (no headline found: the first sentence)")),
        ("header_lines", f"{len(metadata['header_lines'])} header line(s) read as "
         + (", ".join(h["reading"] for h in metadata["header_lines"]) or "none")
         + f"; the body starts at {metadata['source']['body_start']}"),
        ("publisher", f"publisher {metadata['publisher']['value'] or 'unknown'}"),
        ("publication_date", f"publication date {date['value'] or 'unknown'} ({date['basis']})"),
        *([("country", f"country {metadata['country']['code']} and currency "
            f"{metadata.get('currency', 'none')} given with --country: check the names")]
          if "country" in metadata else []),
        ("primary_sources", "name the primary sources the article reports on"),
    ]  # fmt: skip


def draft_dataset(
    data: bytes,
    dataset_id: str,
    name: str = "FILE",
    published: dt.date | None = None,
    url: str | None = None,
    publisher: str | None = None,
    country: str | None = None,
) -> Draft:
    """Read ``data`` (the article's bytes) into a draft; UnusableInput if it is no article.
    ``country`` (ISO 3166 alpha-2) is the article's country when its words do not say it."""
    checked_id(dataset_id)
    country = checked_country(country)
    text = article_text(data, name)
    layout = read_layout(text)
    date = publication(published, header_date(layout))
    reference = dt.date.fromisoformat(date["value"]) if date["value"] else None
    drafter = Drafter(text, layout.body_start, reference, country)
    drafter.run()
    claims = drafter.tables["claims"]
    first = claims[0]["quote_ar"] if claims else text.strip().split("\n")[0]
    metadata = draft_metadata(
        dataset_id, data, layout, first, date, {"url": url, "publisher": publisher}
    )
    if country:
        metadata.update(country_metadata(country))
    vocabularies = guessed_vocabularies(drafter.tables)
    if vocabularies:
        metadata["vocabularies"] = vocabularies
    review = [
        {"table": "metadata", "row": key, "reviewed": False, "to_check": note}
        for key, note in metadata_notes(metadata)
    ] + [
        {"table": table, "row": row, "reviewed": False, "to_check": note}
        for (table, row), note in drafter.notes.items()
    ]
    order = {name: i for i, name in enumerate(("metadata", *REQUIRED))}
    review.sort(key=lambda r: order[r["table"]])
    return Draft(data, metadata, drafter.tables, review)


# --- Writing ----------------------------------------------------------------------------


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def csv_bytes(columns: list[str], rows: list[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([cell(row[c]) for c in columns] for row in rows)
    return out.getvalue().encode("utf-8")


def draft_files(draft: Draft) -> dict[str, bytes]:
    files = {
        "source.txt": draft.source_bytes,
        "metadata.json": (json.dumps(draft.metadata, ensure_ascii=False, indent=2) + "\n").encode(
            "utf-8"
        ),
        REVIEW_FILE: csv_bytes(list(REVIEW_COLUMNS), draft.review),
    }
    for name, rows in draft.tables.items():
        files[f"{name}.csv"] = csv_bytes(list(MODELS[name].to_schema().columns), rows)
    return files


def write_draft(draft: Draft, out: Path) -> Path:
    """Write ``out/<id>/`` whole or not at all: a temporary folder beside it, then a rename."""
    target = out / draft.metadata["id"]
    if target.exists() or target.is_symlink():
        raise UnusableInput(target, "already exists: factdesk new never writes over a dataset")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UnusableInput(out, f"cannot be created: {error.strerror or error}") from None
    temporary = Path(tempfile.mkdtemp(prefix=f".{draft.metadata['id']}.", dir=out))
    try:
        for name, data in draft_files(draft).items():
            (temporary / name).write_bytes(data)
        if target.exists():  # written by someone else meanwhile: a rename would merge into it
            raise UnusableInput(target, "already exists: factdesk new never writes over a dataset")
        temporary.rename(target)
    finally:
        if temporary.exists():
            shutil.rmtree(temporary)
    return target
