"""Synthetic dataset folders for benchmarks: shaped like the real one, valid by construction.

>>> article = build_article(seed=7, index=0)
>>> sorted(article.files)[:3], article.rows["claims"] > 0
(['claims.csv', 'entities.csv', 'events.csv'], True)

Each article is written the way a curator reads one, but backwards: the generator picks
what the article says (who speaks, which aid figures, which dates), writes the Arabic
sentence piece by piece, and records every span as it writes it. So an offset is never
computed after the fact, a figure's quote is `render_ar` of its amount behind a hedge
word the extractor knows, and a date's words are chosen from what it is, relative to the
publication day. Nothing in the filler text is a number, a month, a relative date or a
hedge, so every number the extractor can find lies in a figure, event, mention or
ignored span (the coverage check), by construction.

Shape (as `datasets/us-libya-berlin2-2021`): a headline, three lines of page furniture,
then paragraphs of one or two sentences; a sentence of two clauses is two claims. Each
article has 40–100 rows across its tables (claims, figures, events, entities, mentions,
ignored_numbers, verifications), a figure hierarchy whose parts fit their parent under the
tight reading, dated events (stated, inferred from the publication day, and external with
a verification), and metadata.json with the source's sha256.

Deterministic: article ``i`` of seed ``s`` draws from ``random.Random(f"{s}:{i}")`` alone,
so the first 100 articles of a 1,000-article archive are the 100-article archive, and two
runs write byte-identical files.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from validation.arabic import render_ar, render_en
from validation.schemas import MODELS

MIN_ROWS, MAX_ROWS = 40, 100  # rows across the tables of one article
MARKER = "BENCH-DATA.md"  # names a folder written by write_archive, so it may be replaced
CURATED_ON = "2026-11-28"  # fixed: a wall-clock date would break byte-identical output
SOURCE_URL = "https://example.org/factdesk-synthetic"  # reserved domain: plainly not a source

# ---- vocabulary ------------------------------------------------------------------------
# NOTE: every word below was chosen so that the extractor finds no number, month, relative
# date or hedge in it (tests/test_synthetic.py holds it to that).

# (entity_id, Arabic, English, masculine adjective, feminine adjective, currency)
DONORS = [
    ("us", "الولايات المتحدة", "the United States", "الأمريكي", "الأمريكية", "USD"),
    ("germany", "ألمانيا", "Germany", "الألماني", "الألمانية", "EUR"),
    ("france", "فرنسا", "France", "الفرنسي", "الفرنسية", "EUR"),
    ("italy", "إيطاليا", "Italy", "الإيطالي", "الإيطالية", "EUR"),
    ("uk", "بريطانيا", "the United Kingdom", "البريطاني", "البريطانية", "GBP"),
    ("japan", "اليابان", "Japan", "الياباني", "اليابانية", "USD"),
    ("canada", "كندا", "Canada", "الكندي", "الكندية", "CAD"),
    ("qatar", "قطر", "Qatar", "القطري", "القطرية", "QAR"),
    ("uae", "الإمارات", "the United Arab Emirates", "الإماراتي", "الإماراتية", "AED"),
    ("saudi_arabia", "السعودية", "Saudi Arabia", "السعودي", "السعودية", "SAR"),
    ("turkey", "تركيا", "Turkey", "التركي", "التركية", "TRY"),
    ("egypt", "مصر", "Egypt", "المصري", "المصرية", "EGP"),
    ("netherlands", "هولندا", "the Netherlands", "الهولندي", "الهولندية", "EUR"),
    ("spain", "إسبانيا", "Spain", "الإسباني", "الإسبانية", "EUR"),
    ("kuwait", "الكويت", "Kuwait", "الكويتي", "الكويتية", "KWD"),
]
# The country an article is about: (entity_id, Arabic, English, the people's adjective)
SUBJECTS = [
    ("libya", "ليبيا", "Libya", "الليبي"),
    ("sudan", "السودان", "Sudan", "السوداني"),
    ("yemen", "اليمن", "Yemen", "اليمني"),
    ("syria", "سوريا", "Syria", "السوري"),
    ("iraq", "العراق", "Iraq", "العراقي"),
    ("lebanon", "لبنان", "Lebanon", "اللبناني"),
    ("somalia", "الصومال", "Somalia", "الصومالي"),
    ("chad", "تشاد", "Chad", "التشادي"),
    ("niger", "النيجر", "Niger", "النيجري"),
    ("tunisia", "تونس", "Tunisia", "التونسي"),
]
# (entity_id, Arabic, English, feminine)
ORGANIZATIONS = [
    ("un", "الأمم المتحدة", "United Nations", True),
    ("eu", "الاتحاد الأوروبي", "European Union", False),
    ("african_union", "الاتحاد الأفريقي", "African Union", False),
    ("arab_league", "جامعة الدول العربية", "Arab League", True),
    ("world_bank", "البنك الدولي", "World Bank", False),
    ("who", "منظمة الصحة العالمية", "World Health Organization", True),
    ("wfp", "برنامج الأغذية العالمي", "World Food Programme", False),
    ("icrc", "اللجنة الدولية للصليب الأحمر", "International Committee of the Red Cross", True),
    ("unicef", "منظمة الأمم المتحدة للطفولة", "UNICEF", True),
]
# Invented people: (slug, Arabic, English, feminine)
PEOPLE = [
    ("sami_khatib", "سامي الخطيب", "Sami al-Khatib", False),
    ("layla_mansour", "ليلى منصور", "Layla Mansour", True),
    ("karim_haddad", "كريم حداد", "Karim Haddad", False),
    ("nadia_ali", "نادية العلي", "Nadia al-Ali", True),
    ("youssef_omar", "يوسف بن عمر", "Youssef ben Omar", False),
    ("maryam_shami", "مريم الشامي", "Maryam al-Shami", True),
    ("tariq_sayed", "طارق السيد", "Tariq al-Sayed", False),
    ("huda_bakri", "هدى البكري", "Huda al-Bakri", True),
    ("john_miller", "جون ميلر", "John Miller", False),
    ("anna_schmidt", "آنا شميدت", "Anna Schmidt", True),
    ("pierre_laurent", "بيير لوران", "Pierre Laurent", False),
    ("sophie_martin", "صوفي مارتان", "Sophie Martin", True),
    ("marco_rossi", "ماركو روسي", "Marco Rossi", False),
    ("emily_carter", "إميلي كارتر", "Emily Carter", True),
    ("thomas_becker", "توماس بيكر", "Thomas Becker", False),
    ("rania_abdallah", "رانيا عبد الله", "Rania Abdallah", True),
]
CITIES = [
    ("برلين", "Berlin"),
    ("باريس", "Paris"),
    ("روما", "Rome"),
    ("جنيف", "Geneva"),
    ("فيينا", "Vienna"),
    ("مدريد", "Madrid"),
    ("لندن", "London"),
    ("الرباط", "Rabat"),
]
MONTHS_AR = [
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
]  # fmt: skip
MONTHS_LEVANT = [
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
    "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
]  # fmt: skip
MONTHS_EN = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]
# Hedge words as newspapers write them, before or after the amount (SPEC, consistency).
HEDGES_BEFORE = {
    "exact": [""],
    "about": ["نحو", "حوالي", "زهاء", "ما يقارب"],
    "nearly": ["ما يقرب من", "قرابة"],
    "more_than": ["أكثر من", "ما يزيد على", "ما يفوق"],
    "at_least": ["ما لا يقل عن"],
    "less_than": ["أقل من"],
    "at_most": ["ما لا يزيد على", "حتى"],
}
HEDGES_AFTER = {"about": "تقريبا", "at_least": "على الأقل", "at_most": "على الأكثر"}
# What a headline total is for: (Arabic, English)
AIM_OF_TOTAL = [
    ("التنمية الشاملة", "comprehensive development"),
    ("المساعدات", "assistance"),
    ("دعم الاستقرار", "stabilisation support"),
]
# Hedges a headline total takes in the examples (a total is rarely «less than»).
ROOT_HEDGES = ("exact", "about", "nearly", "more_than", "at_least")
# What the money is for: (Arabic, English, category)
PURPOSES = [
    ("المساعدات الإنسانية", "humanitarian assistance", "humanitarian"),
    ("المساعدات التنموية والأمنية", "development and security assistance", "development_security"),
    ("دعم الاستجابة لجائحة كورونا", "the COVID-19 response", "covid_humanitarian"),
    ("برامج إزالة الألغام", "demining programmes", "other"),
    ("دعم التعليم والصحة", "support for education and health", "other"),
    ("مشاريع المياه والطاقة", "water and energy projects", "other"),
    ("دعم المسار الانتخابي", "support for the electoral process", "other"),
    ("برامج الحكم المحلي", "local governance programmes", "other"),
]
# (base, masculine past, feminine past, complementiser, English)
VERBS = {
    "أكد": ("أكد", "أكدت", "أن", "affirmed"),
    "قال": ("قال", "قالت", "إن", "said"),
    "أضاف": ("أضاف", "أضافت", "أن", "added"),
    "ذكر": ("ذكر", "ذكرت", "أن", "stated"),
    "أشار": ("أشار", "أشارت", "إلى أن", "pointed out"),
    "لفت": ("لفت", "لفتت", "إلى أن", "noted"),
}


# ---- what an article says --------------------------------------------------------------


@dataclass
class Entity:
    entity_id: str
    entity_type: str
    name_ar: str
    name_en: str
    role_en: str
    feminine: bool = False
    nested: tuple[str, ...] = ()  # entities whose name stands inside this one's


@dataclass
class Figure:
    label_en: str
    label_ar: str
    amount: int
    currency: str | None
    unit: str
    hedge: str
    hedge_words: str
    category: str
    period_start: str | None = None
    parent: Figure | None = None
    exhaustive: bool | None = None
    percent: bool = False

    @property
    def quote(self) -> str:
        if self.percent:
            number = f"{self.amount}٪"
        else:
            number = render_ar(self.amount, self.currency, "exact")
        if self.hedge_words in HEDGES_AFTER.values():
            return f"{number} {self.hedge_words}"
        return f"{self.hedge_words} {number}".strip()

    @property
    def english(self) -> str:
        if self.percent:
            return f"{render_en(self.amount, None, self.hedge)}%"
        return render_en(self.amount, self.currency, self.hedge)


@dataclass
class Event:
    date: str
    precision: str
    text: str
    event_en: str
    event_type: str
    status: str
    basis: str
    note: str
    entity_id: str | None = None


@dataclass
class Name:
    """A mention of an entity: its name, or a stand-in (``surface``), maybe holding a date."""

    entity: Entity
    surface: str | None = None
    inner: tuple[Event, str] | None = None  # an event whose words stand inside the name


@dataclass
class Ignored:
    text: str
    reason: str


Token = str | Name | Figure | Event | Ignored


@dataclass
class Clause:
    tokens: list[Token]
    english: str
    speaker: Entity
    verb: str
    claim_type: str
    topics: tuple[str, ...]
    checkable: bool


Sentence = list[Clause]
# The speaker of a subjectless clause until it is known (the previous paragraph's).
SUBJECTLESS = Entity("subjectless", "person", "", "", "")


# ---- the cast and the calendar of one article -----------------------------------------


@dataclass
class Story:
    """Who and what one article is about, and when it was published; drawn once."""

    rng: random.Random
    published: dt.date
    donor: tuple
    subject: tuple
    entities: dict[str, Entity] = field(default_factory=dict)
    dates: dict[str, dt.date] = field(default_factory=dict)
    drawn: dict[str, object] = field(default_factory=dict)  # other choices made once
    levantine: bool = False

    # -- entities, created on first use so each is mentioned --
    def entity(self, key: str, make: Callable[[], Entity]) -> Entity:
        if key not in self.entities:
            self.entities[key] = make()
        return self.entities[key]

    def once(self, key: str, draw: Callable[[], object]):
        """A choice made the first time it is asked for, then kept for the whole article."""
        if key not in self.drawn:
            self.drawn[key] = draw()
        return self.drawn[key]

    @property
    def donor_entity(self) -> Entity:
        d = self.donor
        return self.entity(
            "donor",
            lambda: Entity(
                d[0],
                "country",
                d[1],
                d[2].removeprefix("the "),
                "Country whose statement the article reports",
                True,
            ),
        )

    @property
    def subject_entity(self) -> Entity:
        s = self.subject
        return self.entity(
            "subject", lambda: Entity(s[0], "country", s[1], s[2], "Country the article is about")
        )

    def person(self, key: str, role_en: str) -> Entity:
        """A named person (invented), distinct from the others in this article."""

        def make() -> Entity:
            taken = {e.entity_id for e in self.entities.values()}
            slug, ar, en, feminine = self.rng.choice(
                [p for p in PEOPLE if p[0] not in taken] or PEOPLE
            )
            return Entity(slug, "person", ar, en, role_en, feminine)

        return self.entity(key, make)

    def organization(self, key: str) -> Entity:
        def make() -> Entity:
            taken = {e.entity_id for e in self.entities.values()}
            slug, ar, en, feminine = self.rng.choice(
                [o for o in ORGANIZATIONS if o[0] not in taken]
            )
            return Entity(slug, "organization", ar, en, "International organisation", feminine)

        return self.entity(key, make)

    def minister(self) -> Entity:
        return self.person("minister", f"Foreign minister of {self.donor_en}")

    def envoy(self) -> Entity:
        return self.person("envoy", f"Special envoy of {self.donor_en} to {self.subject[2]}")

    def counterpart(self) -> tuple[Entity, tuple]:
        other = self.once(
            "counterpart_country",
            lambda: self.rng.choice([d for d in DONORS if d[0] != self.donor[0]]),
        )
        person = self.person("counterpart", f"Foreign minister of {other[2]}")
        return person, other

    def spokesperson(self) -> Entity:
        d = self.donor
        return self.entity(
            "spokesperson",
            lambda: Entity(
                f"{d[0]}_spokesperson",
                "person",
                f"المتحدث باسم الخارجية {d[4]}",
                f"Spokesperson of the foreign ministry of {self.donor_en}",
                "Spokesperson of the foreign ministry (not named in the article)",
            ),
        )

    def statement(self) -> Entity:
        d = self.donor
        return self.entity(
            "statement",
            lambda: Entity(
                f"{d[0]}_statement",
                "document",
                f"بيان الخارجية {d[4]}",
                f"Statement of the foreign ministry of {self.donor_en}",
                "The statement the article relays",
            ),
        )

    def people(self) -> Entity:
        s = self.subject
        return self.entity(
            "people",
            lambda: Entity(
                f"{s[0]}_people",
                "organization",
                f"الشعب {s[3]}",
                f"People of {s[2]}",
                "The people as a collective actor",
            ),
        )

    def community(self) -> Entity:
        return self.entity(
            "community",
            lambda: Entity(
                "international_community",
                "organization",
                "المجتمع الدولي",
                "International community",
                "Collective of states and organisations",
            ),
        )

    def government(self) -> Entity:
        s = self.subject_entity
        return self.entity(
            "government",
            lambda: Entity(
                f"{s.entity_id}_government",
                "organization",
                f"الحكومة الانتقالية في {s.name_ar}",
                f"Transitional government of {s.name_en}",
                "The country's interim government",
                True,
                (s.entity_id,),
            ),
        )

    def elections(self) -> Entity:
        s = self.subject_entity
        return self.entity(
            "elections",
            lambda: Entity(
                f"{s.entity_id}_elections",
                "event",
                f"الانتخابات العامة في {s.name_ar}",
                f"General elections in {s.name_en}",
                "National elections",
                True,
                (s.entity_id,),
            ),
        )

    def conference(self) -> Entity:
        def make() -> Entity:
            s = self.subject_entity
            city_ar, city_en = self.rng.choice(CITIES)
            if self.rng.random() < 0.4:  # «مؤتمر برلين 2»: a number inside a name
                n = self.rng.randint(2, 4)
                return Entity(
                    f"{city_en.lower()}_conference_{n}",
                    "event",
                    f"مؤتمر {city_ar} {n}",
                    f"{city_en} Conference {n} on {s.name_en}",
                    "International conference",
                )
            return Entity(
                f"{city_en.lower()}_conference",
                "event",
                f"مؤتمر {city_ar} حول {s.name_ar}",
                f"{city_en} Conference on {s.name_en}",
                "International conference",
                False,
                (s.entity_id,),
            )

        return self.entity("conference", make)

    def donors_conference(self) -> Entity:
        s = self.subject_entity
        return self.entity(
            "donors_conference",
            lambda: Entity(
                f"{s.entity_id}_donors_conference",
                "event",
                f"مؤتمر المانحين لدعم {s.name_ar}",
                f"Donors' conference for {s.name_en}",
                "Pledging conference",
                False,
                (s.entity_id,),
            ),
        )

    def ceasefire(self) -> Entity:
        return self.entity(
            "ceasefire",
            lambda: Entity(
                "ceasefire_agreement",
                "document",
                "اتفاق وقف إطلاق النار",
                "Ceasefire agreement",
                "Nationwide ceasefire agreement",
            ),
        )

    def resolution(self) -> tuple[Entity, int]:
        def make() -> tuple:
            # Above 2100, so the symbol's number is never read as a year.
            return self.rng.randint(2200, 2799), self.rng.choice(
                [self.published.year - 1, self.published.year]
            )

        number, year = self.once("resolution", make)
        entity = self.entity(
            "resolution",
            lambda: Entity(
                f"unsc_res_{number}",
                "document",
                f"قرار مجلس الأمن {number} ({year})",
                f"UN Security Council resolution {number} ({year})",
                "Security Council resolution",
            ),
        )
        return entity, year

    # -- the calendar: one date per dated thing, so every mention of it agrees --
    def date_of(self, key: str, earliest: int, latest: int) -> dt.date:
        """A day ``earliest``–``latest`` days from publication (negative = before it)."""
        if key not in self.dates:
            self.dates[key] = self.published + dt.timedelta(days=self.rng.randint(earliest, latest))
        return self.dates[key]

    @property
    def donor_en(self) -> str:
        return self.donor[2]

    def month_ar(self, month: int) -> str:
        return (MONTHS_LEVANT if self.levantine else MONTHS_AR)[month - 1]


def verb(base: str, speaker: Entity, joined: bool) -> str:
    """The reporting verb agreeing with its speaker: «أكد» / «وأكدت»."""
    masculine, feminine, _, _ = VERBS[base]
    return ("و" if joined else "") + (feminine if speaker.feminine else masculine)


def that(base: str) -> str:
    return VERBS[base][2]


def donor_said(story: Story, speaker: Entity, lead: str) -> tuple[list[Token], str]:
    """«أن الولايات المتحدة …», or «أنها …» when the donor itself is speaking."""
    d = story.donor_entity
    if speaker is d:
        return [lead + "ها"], "it"
    return [lead, " ", Name(d)], d.name_en


def amount_figure(
    story: Story, amount: int, hedge: str, label: tuple[str, str, str], **kwargs
) -> Figure:
    """A money figure in the donor's currency, its hedge written one of the usual ways."""
    words = story.rng.choice(HEDGES_BEFORE[hedge])
    if hedge in HEDGES_AFTER and story.rng.random() < 0.3:
        words = HEDGES_AFTER[hedge]
    label_ar, label_en, category = label
    return Figure(
        label_en[:1].upper() + label_en[1:],
        label_ar,
        amount,
        story.donor[5],
        "money",
        hedge,
        words,
        category,
        **kwargs,
    )


def round_amount(value: float) -> int:
    """A newspaper's number: whole millions, or a billion to one decimal (1.3 مليار)."""
    step = 10**8 if value >= 10**9 else 10**6
    return max(10**6, int(value // step) * step)


# ---- dates as the article writes them -----------------------------------------------


def day_text(story: Story, day: dt.date) -> tuple[str, str]:
    return (
        f"{day.day} {story.month_ar(day.month)} {day.year}",
        f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}",
    )


def month_text(story: Story, day: dt.date) -> tuple[str, str]:
    return f"{story.month_ar(day.month)} {day.year}", f"{MONTHS_EN[day.month - 1]} {day.year}"


# ---- paragraphs: each returns its sentences -------------------------------------------
# A template is a function of the story; the speaker of a clause is an entity the clause
# (or the sentence before it) names, as the article's own rules have it.


def pick_speaker(story: Story, minister: bool = True) -> Entity:
    """Who speaks: the donor country, its spokesperson, its statement or its minister."""
    speakers = [lambda: story.donor_entity, story.spokesperson, story.statement, story.minister]
    return speakers[story.rng.randrange(4 if minister else 3)]()


def speaker_tokens(story: Story, speaker: Entity) -> list[Token]:
    if speaker is story.entities.get("statement"):
        return [Name(speaker, "البيان")]
    return [Name(speaker)]


def opening(story: Story, first: bool) -> list[Sentence]:
    d, s, m = story.donor_entity, story.subject_entity, story.minister()
    k, e = story.conference(), story.elections()
    day = story.date_of("elections", 40, 320)
    text_ar, text_en = day_text(story, day)
    event = Event(
        day.isoformat(),
        "day",
        text_ar,
        f"{e.name_en} (scheduled date)",
        "election",
        "scheduled",
        "stated",
        "Status as at publication: the date is still ahead.",
        e.entity_id,
    )
    title = "وزيرة الخارجية" if m.feminine else "وزير الخارجية"
    first_clause = Clause(
        [
            verb("أكد", d, not first),
            " ",
            Name(d),
            " أن مشاركة ",
            title,
            " ",
            story.donor[4] if m.feminine else story.donor[3],
            " ",
            Name(m),
            "، في ",
            Name(k),
            "، تؤكد دعمها للتقدم في ",
            Name(s),
        ],
        f"{d.name_en} affirmed that the participation of its foreign minister {m.name_en} in the "
        f"{k.name_en} confirms its support for progress in {s.name_en}",
        d,
        "أكد",
        "position",
        ("conference", "political_process"),
        True,
    )
    second = Clause(
        ["وتؤكد من جديد اهتمامها بإجراء ", Name(e, "الانتخابات"), " في موعدها المقرر في ", event],
        f"and reaffirms its interest in holding the elections on their scheduled date, {text_en}",
        d,
        "أكد",
        "position",
        ("elections",),
        True,
    )
    return [[first_clause, second]]


def resolution_paragraph(story: Story, first: bool) -> list[Sentence]:
    speaker = pick_speaker(story, minister=False)  # the minister is the one spoken of
    m, k, cf = story.minister(), story.conference(), story.ceasefire()
    res, year = story.resolution()
    adopted = Event(
        str(year),
        "year",
        str(year),
        f"Adoption of {res.name_en}",
        "resolution",
        "occurred",
        "stated",
        "The year is the one in the resolution's symbol.",
        res.entity_id,
    )
    story.dates.setdefault("resolution_day", external_day_in_year(story, year))
    signed = story.date_of("ceasefire", -320, -40)
    last = f"{story.month_ar(signed.month)} الماضي"
    ceasefire = Event(
        signed.strftime("%Y-%m"),
        "month",
        last,
        f"Signing of the {cf.name_en.lower()}",
        "ceasefire",
        "occurred",
        "inferred",
        f"“{MONTHS_EN[signed.month - 1]} last” read against the publication date.",
        cf.entity_id,
    )
    base = story.rng.choice(["قال", "ذكر", "أضاف"])
    pronoun = "her" if m.feminine else "his"
    will = "ستؤكد" if m.feminine else "سيؤكد"
    first_clause = Clause(
        [
            verb(base, speaker, not first),
            " ",
            *speaker_tokens(story, speaker),
            " ",
            that(base),
            " ",
            Name(m),
            f" {will} خلال ",
            Name(k, "المؤتمر"),
            " على دعم تنفيذ ",
            Name(res, inner=(adopted, str(year))),
        ],
        f"{speaker.name_en} {VERBS[base][3]} that {m.name_en} will affirm during the conference "
        f"{pronoun} support for implementing {res.name_en}",
        speaker,
        base,
        "position",
        ("conference", "un_resolutions"),
        True,
    )
    second = Clause(
        [
            "إلى جانب ",
            Name(cf),
            " الذي وقع في ",
            ceasefire,
            "، بما في ذلك انسحاب القوات الأجنبية والمرتزقة",
        ],
        f"alongside the {cf.name_en.lower()} signed last {MONTHS_EN[signed.month - 1]}, including "
        "the withdrawal of foreign forces and mercenaries",
        speaker,
        base,
        "position",
        ("ceasefire", "foreign_forces"),
        True,
    )
    return [[first_clause, second]]


def external_day_in_year(story: Story, year: int) -> dt.date:
    """A day of ``year`` before publication: when a resolution of that year was adopted."""
    last = min(dt.date(year, 12, 31), story.published - dt.timedelta(days=1))
    span = (last - dt.date(year, 1, 1)).days
    return dt.date(year, 1, 1) + dt.timedelta(days=story.rng.randint(0, max(span, 0)))


def press_paragraph(story: Story, first: bool) -> list[Sentence]:
    m, (p, other), d, s, e = (
        story.minister(),
        story.counterpart(),
        story.donor_entity,
        story.subject_entity,
        story.elections(),
    )
    other_entity = story.entity(
        "counterpart_country",
        lambda: Entity(
            other[0],
            "country",
            other[1],
            other[2].removeprefix("the "),
            "Country of the foreign minister's counterpart",
            True,
        ),
    )
    day = story.date_of("elections", 40, 320)
    text = f"{day.day} {story.month_ar(day.month)} المقبل"
    event = Event(
        day.isoformat(),
        "day",
        text,
        f"{e.name_en} (scheduled date)",
        "election",
        "scheduled",
        "inferred",
        f"“{day.day} {MONTHS_EN[day.month - 1]} next”: the year is inferred from "
        "the publication date.",
        e.entity_id,
    )
    counterpart = {
        (False, False): "نظيره",
        (False, True): "نظيرته",
        (True, False): "نظيرها",
        (True, True): "نظيرتها",
    }[(m.feminine, p.feminine)]
    adjective = other[4] if p.feminine else other[3]
    first_clause = Clause(
        [
            verb("قال", m, not first),
            " ",
            Name(m),
            " في مؤتمر صحفي مع ",
            counterpart,
            " ",
            adjective,
            " ",
            Name(p),
            "، إن ",
            Name(d),
            " و",
            Name(other_entity),
            " تشتركان في هدف الوصول إلى ",
            Name(s),
            " آمنة ومستقرة وحرة من المقاتلين الأجانب",
        ],
        f"{m.name_en} said at a press conference with {p.name_en} that {d.name_en} and "
        f"{other_entity.name_en} share the goal of a secure and stable {s.name_en}, free of "
        "foreign fighters",
        m,
        "قال",
        "goal",
        ("diplomacy", "foreign_forces"),
        True,
    )
    second = Clause(
        [
            "معتبرة" if m.feminine else "معتبرا",
            " أن إجراء ",
            Name(e, "الانتخابات"),
            " في موعدها المقرر في ",
            event,
            " هو السبيل إلى ذلك",
        ],
        f"considering that holding the elections on their scheduled date, {day.day} "
        f"{MONTHS_EN[day.month - 1]} next, is the path to that",
        m,
        "اعتبر",
        "assessment",
        ("elections",),
        True,
    )
    return [[first_clause, second]]


def today_paragraph(story: Story, first: bool) -> list[Sentence]:
    m, c, s = story.minister(), story.community(), story.subject_entity
    title = (
        ("وزيرة الخارجية " + story.donor[4]) if m.feminine else ("وزير الخارجية " + story.donor[3])
    )
    event = Event(
        story.published.isoformat(),
        "day",
        "اليوم",
        f"{m.name_en}'s remark that the international community has an opportunity today",
        "press_conference",
        "occurred",
        "inferred",
        "«اليوم» (today) read as the day of publication.",
    )
    clause = Clause(
        [
            verb("أضاف", m, not first),
            " ",
            Name(m, title),
            " أن لدى ",
            Name(c),
            " فرصة ",
            event,
            " لمساعدة ",
            Name(s),
            " على التقدم لم تكن متوافرة في السابق",
        ],
        f"The foreign minister added that the international community has an opportunity today "
        f"to help {s.name_en} progress that was not available before",
        m,
        "أضاف",
        "assessment",
        ("diplomacy", "political_process"),
        True,
    )
    return [[clause]]


def commitment_paragraph(story: Story, first: bool) -> list[Sentence]:
    st, d, people, s, envoy = (
        story.statement(),
        story.donor_entity,
        story.people(),
        story.subject_entity,
        story.envoy(),
    )
    title = "المبعوثة الخاصة" if envoy.feminine else "المبعوث الخاص"
    first_clause = Clause(
        [
            verb("ذكر", st, not first),
            " ",
            Name(st),
            "، أن ",
            Name(d),
            " ستدعم بقوة التقدم الذي أحرزه ",
            Name(people),
            " نحو حل سياسي تفاوضي شامل",
        ],
        f"The statement of the foreign ministry said that {d.name_en} will strongly support the "
        f"progress the people of {s.name_en} have made towards a negotiated political solution",
        st,
        "ذكر",
        "commitment",
        ("political_process",),
        False,
    )
    second = Clause(
        [
            "كما ستلتزم بزيادة تركيزها الدبلوماسي على دعم التقدم في ",
            Name(s),
            "، بما في ذلك من خلال عمل ",
            title,
            " ",
            Name(envoy),
        ],
        "and it will also commit to increasing its diplomatic focus on supporting progress in "
        f"{s.name_en}, including through the work of the special envoy {envoy.name_en}",
        st,
        "ذكر",
        "commitment",
        ("diplomacy", "political_process"),
        True,
    )
    return [[first_clause, second]]


def elections_month_paragraph(story: Story, first: bool) -> list[Sentence]:
    speaker = pick_speaker(story)
    gov, e = story.government(), story.elections()
    day = story.date_of("elections", 40, 320)
    text_ar, text_en = month_text(story, day)
    event = Event(
        day.strftime("%Y-%m"),
        "month",
        text_ar,
        f"{e.name_en} (month as stated)",
        "election",
        "scheduled",
        "stated",
        "The article gives the month only.",
        e.entity_id,
    )
    base = story.rng.choice(["أشار", "لفت", "ذكر"])
    donor, donor_en = donor_said(story, speaker, that(base))
    clause = Clause(
        [
            verb(base, speaker, not first),
            " ",
            *speaker_tokens(story, speaker),
            " ",
            *donor,
            " تدعم بقوة عمل ",
            Name(gov),
            " لضمان إجراء ",
            Name(e, "الانتخابات"),
            " في ",
            event,
        ],
        f"{speaker.name_en} {VERBS[base][3]} that {donor_en} strongly supports the work of the "
        f"{gov.name_en.lower()} to ensure that the elections are held in {text_en}",
        speaker,
        base,
        "position",
        ("elections", "governance"),
        True,
    )
    return [[clause]]


def goal_paragraph(story: Story, first: bool) -> list[Sentence]:
    d, s = story.donor_entity, story.subject_entity
    aims = (
        " ذات سيادة ومستقرة وموحدة وآمنة بدون تدخل خارجي، وحكومة منتخبة ديمقراطيا تدعم حقوق "
        "الإنسان والتنمية، وقادرة على محاربة الإرهاب داخل حدودها"
    )
    aims_en = (
        f"the goal of {d.name_en} is a sovereign, stable, unified and secure {s.name_en} without "
        "foreign interference, and a democratically elected government that supports human rights "
        "and development and can fight terrorism within its borders"
    )
    topics = ("counterterrorism", "governance", "human_rights", "sovereignty")
    if not first and story.rng.random() < 0.5:
        # «ولفت إلى أن …» with no subject continues the speaker of the paragraph before
        # (continue_speakers fills it in once the paragraphs are in order).
        return [
            [
                Clause(
                    ["ولفت إلى أن ", "هدف ", Name(d), " هو إقامة ", Name(s), aims],
                    f"It noted that {aims_en}",
                    SUBJECTLESS,
                    "لفت",
                    "goal",
                    topics,
                    False,
                )
            ]
        ]
    speaker = pick_speaker(story)
    own = speaker is d
    clause = Clause(
        [
            verb("لفت", speaker, not first),
            " ",
            *speaker_tokens(story, speaker),
            " إلى أن ",
            *(["هدفها"] if own else ["هدف ", Name(d)]),
            " هو إقامة ",
            Name(s),
            aims,
        ],
        f"{speaker.name_en} noted that "
        + (aims_en.replace(f"the goal of {d.name_en}", "its goal") if own else aims_en),
        speaker,
        "لفت",
        "goal",
        topics,
        False,
    )
    return [[clause]]


def expectation_paragraph(story: Story, first: bool) -> list[Sentence]:
    d, c, org, e = (
        story.donor_entity,
        story.community(),
        story.organization("partner"),
        story.elections(),
    )
    day = story.date_of("elections", 40, 320)
    text_ar, text_en = month_text(story, day)
    event = Event(
        day.strftime("%Y-%m"),
        "month",
        text_ar,
        f"{e.name_en} (month as stated)",
        "election",
        "scheduled",
        "stated",
        "The article gives the month only.",
        e.entity_id,
    )
    clause = Clause(
        [
            "و" if not first else "",
            "أعربت ",
            Name(d),
            " عن تطلعها إلى العمل مع ",
            Name(c),
            " و",
            Name(org),
            " لضمان دعم قوي لتنظيم ",
            Name(e, "الانتخابات الوطنية"),
            " في ",
            event,
            " واستمرار الانتقال السياسي",
        ],
        f"{d.name_en} expressed that it looks forward to working with the international "
        f"community and the {org.name_en} to ensure strong support for the national elections in "
        f"{text_en} and the continuation of the political transition",
        d,
        "أعرب",
        "goal",
        ("diplomacy", "elections", "political_process"),
        True,
    )
    return [[clause]]


def opposition_paragraph(story: Story, first: bool) -> list[Sentence]:
    d, s = story.donor_entity, story.subject_entity
    clause = Clause(
        [
            verb("أكد", d, not first),
            " ",
            Name(d),
            " على معارضتها جميع التصعيد العسكري والتدخلات العسكرية الأجنبية، بما في ذلك من خلال "
            "المقاتلين الأجانب والقوات بالوكالة، مما يعمق الصراع في ",
            Name(s),
            " ويطيل أمده",
        ],
        f"{d.name_en} affirmed its opposition to all military escalation and foreign military "
        f"interventions, including through foreign fighters and proxy forces, which deepen the "
        f"conflict in {s.name_en} and prolong it",
        d,
        "أكد",
        "position",
        ("foreign_forces",),
        False,
    )
    return [[clause]]


def engagement_paragraph(story: Story, first: bool) -> list[Sentence]:
    speaker = pick_speaker(story)
    s, un = story.subject_entity, story.organization("mediator")
    facilitates = "وتسهله" if un.feminine else "ويسهله"
    donor, donor_en = donor_said(story, speaker, "إلى أن")
    clause = Clause(
        [
            verb("لفت", speaker, not first),
            " ",
            *speaker_tokens(story, speaker),
            " ",
            *donor,
            " تقوم بإشراك أصحاب المصلحة من جميع أطراف النزاع، لتشجيع ضبط النفس وتعزيز حل "
            "سياسي بقيادة وطنية ",
            facilitates,
            " ",
            Name(un),
            " في خدمة السيادة في ",
            Name(s),
        ],
        f"{speaker.name_en} noted that {donor_en} is engaging stakeholders from all parties to "
        f"the conflict to encourage restraint and promote a nationally led political solution "
        f"facilitated by the {un.name_en}, in service of the sovereignty of {s.name_en}",
        speaker,
        "لفت",
        "factual",
        ("diplomacy", "political_process", "sovereignty"),
        False,
    )
    return [[clause]]


def yesterday_paragraph(story: Story, first: bool) -> list[Sentence]:
    st, m, org, s = (
        story.statement(),
        story.minister(),
        story.organization("partner"),
        story.subject_entity,
    )
    event = Event(
        (story.published - dt.timedelta(days=1)).isoformat(),
        "day",
        "أمس",
        f"Meeting of {m.name_en} with the {org.name_en}",
        "other",
        "occurred",
        "inferred",
        "«أمس» (yesterday) read against the publication date.",
    )
    discussed = "بحثت" if m.feminine else "بحث"
    clause = Clause(
        [
            verb("ذكر", st, not first),
            " ",
            Name(st, "البيان"),
            " أن ",
            Name(m),
            " ",
            discussed,
            " خلال اجتماع عقد ",
            event,
            " مع ممثلي ",
            Name(org),
            " سبل دعم العملية السياسية في ",
            Name(s),
        ],
        f"The statement said that {m.name_en} discussed at a meeting held yesterday with "
        f"representatives of the {org.name_en} ways to support the political process in "
        f"{s.name_en}",
        st,
        "ذكر",
        "factual",
        ("diplomacy", "political_process"),
        True,
    )
    return [[clause]]


def next_month_paragraph(story: Story, first: bool) -> list[Sentence]:
    speaker = pick_speaker(story)
    k = story.donors_conference()
    held = story.published.replace(day=1) + dt.timedelta(days=32)
    event = Event(
        held.strftime("%Y-%m"),
        "month",
        "الشهر المقبل",
        f"{k.name_en} (scheduled)",
        "conference",
        "scheduled",
        "inferred",
        "«الشهر المقبل» (next month) read against the publication date.",
        k.entity_id,
    )
    city_ar, city_en = story.rng.choice(CITIES)
    clause = Clause(
        [
            verb("أضاف", speaker, not first),
            " ",
            *speaker_tokens(story, speaker),
            " أن ",
            Name(k),
            " سيعقد ",
            event,
            " في ",
            city_ar,
        ],
        f"{speaker.name_en} added that the {k.name_en} will be held next month in {city_en}",
        speaker,
        "أضاف",
        "factual",
        ("aid", "conference"),
        True,
    )
    return [[clause]]


def ceasefire_day_paragraph(story: Story, first: bool) -> list[Sentence]:
    speaker = pick_speaker(story)
    cf = story.ceasefire()
    signed = story.date_of("ceasefire", -320, -40)
    text_ar, text_en = day_text(story, signed)
    event = Event(
        signed.isoformat(),
        "day",
        text_ar,
        f"Signing of the {cf.name_en.lower()}",
        "ceasefire",
        "occurred",
        "stated",
        "The article gives the full date.",
        cf.entity_id,
    )
    clause_number = str(story.rng.randint(2, 12))
    clause = Clause(
        [
            verb("أكد", speaker, not first),
            " ",
            *speaker_tokens(story, speaker),
            " على أهمية احترام ",
            Name(cf),
            " الموقع في ",
            event,
            "، ولا سيما البند ",
            Ignored(clause_number, "the number of a clause of the agreement, not a quantity"),
            " منه الذي ينص على انسحاب جميع القوات الأجنبية",
        ],
        f"{speaker.name_en} stressed the importance of respecting the {cf.name_en.lower()} signed "
        f"on {text_en}, in particular its clause {clause_number}, which provides for the "
        "withdrawal of all foreign forces",
        speaker,
        "أكد",
        "position",
        ("ceasefire", "foreign_forces"),
        True,
    )
    return [[clause]]


def share_paragraph(story: Story, first: bool) -> list[Sentence]:
    speaker = pick_speaker(story)
    s = story.subject_entity
    hedge = story.rng.choice(["exact", "about", "more_than", "nearly"])
    value = story.rng.randint(12, 88)
    figure = Figure(
        "Share of the aid programmes carried out",
        "نسبة تنفيذ برامج المساعدات",
        value,
        None,
        "percent",
        hedge,
        story.rng.choice(HEDGES_BEFORE[hedge]),
        "other",
        percent=True,
    )
    clause = Clause(
        [
            verb("أضاف", speaker, not first),
            " ",
            *speaker_tokens(story, speaker),
            " أن نسبة تنفيذ برامج المساعدات في ",
            Name(s),
            " بلغت ",
            figure,
        ],
        f"{speaker.name_en} added that the share of the aid programmes carried out in "
        f"{s.name_en} reached {figure.english}",
        speaker,
        "أضاف",
        "factual",
        ("aid",),
        True,
    )
    return [[clause]]


def beneficiaries_paragraph(story: Story, first: bool) -> list[Sentence]:
    speaker = pick_speaker(story)
    s = story.subject_entity
    hedge = story.rng.choice(["more_than", "about", "nearly", "at_least"])
    amount = story.rng.randint(15, 950) * 1000
    figure = Figure(
        "People reached by the programmes",
        "المستفيدون من البرامج",
        amount,
        None,
        "count",
        hedge,
        story.rng.choice(HEDGES_BEFORE[hedge]),
        "other",
    )
    clause = Clause(
        [
            verb("أشار", speaker, not first),
            " ",
            *speaker_tokens(story, speaker),
            " إلى أن البرامج وصلت إلى ",
            figure,
            " شخص في مختلف مناطق ",
            Name(s),
        ],
        f"{speaker.name_en} pointed out that the programmes reached {figure.english} people "
        f"across {s.name_en}",
        speaker,
        "أشار",
        "factual",
        ("aid",),
        True,
    )
    return [[clause]]


def parts_of(story: Story, root: Figure, purposes: list[tuple], exhaustive: bool) -> list[Figure]:
    """Parts of ``root`` that fit it under the tight reading, whatever their hedges.

    Exhaustive parts add up to the root exactly, with hedges that reach it (exact, about,
    nearly); other parts share at most 85% of it, so even their tight highs (+5%) fit.
    """
    rng = story.rng
    if exhaustive:
        amounts = [round_amount(rng.uniform(0.15, 0.6) * 10**9) for _ in purposes]
        root.amount = sum(amounts)
        hedges = [rng.choice(["exact", "about", "nearly"]) for _ in purposes]
    else:
        weights = [rng.uniform(0.2, 1.0) for _ in purposes]
        room = 0.85 * root.amount / sum(weights)
        amounts = [round_amount(room * w * rng.uniform(0.5, 1.0)) for w in weights]
        hedges = [rng.choice(list(HEDGES_BEFORE)) for _ in purposes]
    return [
        amount_figure(story, amount, hedge, purpose, period_start=root.period_start, parent=root)
        for amount, hedge, purpose in zip(amounts, hedges, purposes, strict=True)
    ]


def aid_paragraph(story: Story, first: bool) -> list[Sentence]:
    """The figures: a headline total since a year, its parts, maybe a part of a part."""
    speaker = pick_speaker(story)
    d, s, rng = story.donor_entity, story.subject_entity, story.rng
    since = rng.randint(story.published.year - 14, story.published.year - 2)
    year_event = Event(
        str(since),
        "year",
        f"عام {since}",
        "Start of the period of aid",
        "aid_period",
        "reference",
        "stated",
        "«منذ عام» (since): the start of the period the figures cover.",
    )
    purposes = rng.sample(PURPOSES, k=rng.randint(1, 3))
    exhaustive = len(purposes) > 1 and rng.random() < 0.4
    whole_ar, whole_en = rng.choice(AIM_OF_TOTAL)
    # 120–990 million, or 1.2–9.9 billion; an exhaustive total is the sum of its parts
    total = round_amount(rng.uniform(0.12, 0.99) * (10**10 if rng.random() < 0.25 else 10**9))
    root = amount_figure(
        story,
        total,
        rng.choice(["exact", "about"] if exhaustive else list(ROOT_HEDGES)),
        (f"إجمالي {whole_ar}", f"total {whole_en} since {since}", "total"),
        period_start=str(since),
        exhaustive=exhaustive,
    )
    parts = parts_of(story, root, purposes, exhaustive)
    own = speaker is d
    tokens: list[Token] = [
        verb("ذكر", speaker, not first),
        " ",
        *speaker_tokens(story, speaker),
        " أنها ومنذ " if own else " أنه ومنذ ",
        year_event,
        "، قدمت ",
        *([] if own else [Name(d), " "]),
        root,
        " في ",
        whole_ar,
        " إلى ",
        Name(s),
        "، موزعة بين " if exhaustive else "، بما في ذلك ",
    ]
    english = [
        f"{speaker.name_en} stated that since {since} {'it' if own else d.name_en} has provided "
        f"{root.english} in {whole_en} to {s.name_en}, "
        + ("distributed between " if exhaustive else "including ")
    ]
    for n, part in enumerate(parts):
        if n:
            tokens.append(
                " و" if exhaustive else rng.choice(["، بالإضافة إلى ", "، فضلا عن ", "، و"])
            )
            english.append(" and " if exhaustive else ", in addition to ")
        tokens += [part, " في ", part.label_ar]
        english.append(f"{part.english} in {part.label_en[:1].lower() + part.label_en[1:]}")
        if not exhaustive and n == 0 and part.amount >= 4 * 10**6 and rng.random() < 0.5:
            sub_purpose = rng.choice([p for p in PURPOSES if p not in purposes])
            part.exhaustive = False
            sub = amount_figure(
                story,
                round_amount(part.amount * rng.uniform(0.05, 0.45)),
                rng.choice(["exact", "nearly", "about", "less_than"]),
                sub_purpose,
                period_start=str(since),
                parent=part,
            )
            tokens += ["، منها ", sub, " في ", sub.label_ar]
            english.append(f", of which {sub.english} in {sub_purpose[1]}")
    first_clause = Clause(tokens, "".join(english), speaker, "ذكر", "factual", ("aid",), True)
    second = Clause(
        ["وتنفذ برامج عبر ", Name(s), " لتعزيز الانتقال السياسي السلمي وتقوية مؤسسات الدولة"],
        f"and it is implementing programmes across {s.name_en} to promote a peaceful political "
        "transition and to strengthen state institutions",
        speaker,
        "ذكر",
        "factual",
        ("aid", "governance", "political_process"),
        False,
    )
    return [[first_clause, second]]


def pledge_paragraph(story: Story, first: bool) -> list[Sentence]:
    """A new pledge, maybe with an earmarked part: a second, smaller figure hierarchy."""
    speaker = pick_speaker(story)
    s, rng = story.subject_entity, story.rng
    purpose = rng.choice(PURPOSES)
    pledge = amount_figure(
        story,
        round_amount(rng.uniform(5, 300) * 10**6),
        rng.choice(list(ROOT_HEDGES)),
        ("تعهد جديد", "new pledge", "other"),
        exhaustive=None,
    )
    base = rng.choice(["أضاف", "قال"])
    donor, donor_en = donor_said(story, speaker, that(base))
    tokens: list[Token] = [
        verb(base, speaker, not first),
        " ",
        *speaker_tokens(story, speaker),
        " ",
        *donor,
        " ستقدم ",
        pledge,
        " إضافية في مجال ",
        purpose[0],
        " في ",
        Name(s),
    ]
    english = (
        f"{speaker.name_en} {VERBS[base][3]} that {donor_en} will provide an additional "
        f"{pledge.english} for {purpose[1]} in {s.name_en}"
    )
    if pledge.amount >= 10 * 10**6 and rng.random() < 0.6:
        pledge.exhaustive = False
        (part,) = parts_of(story, pledge, [rng.choice(PURPOSES)], exhaustive=False)
        tokens += ["، منها ", part, " في ", part.label_ar]
        english += f", of which {part.english} in {part.label_en[:1].lower() + part.label_en[1:]}"
    clause = Clause(tokens, english, speaker, base, "commitment", ("aid",), True)
    return [[clause]]


# Paragraph kinds after the opening one, with how often each is drawn.
PARAGRAPHS: list[tuple[Callable[[Story, bool], list[Sentence]], int]] = [
    (resolution_paragraph, 2),
    (press_paragraph, 2),
    (today_paragraph, 1),
    (commitment_paragraph, 2),
    (elections_month_paragraph, 2),
    (goal_paragraph, 2),
    (expectation_paragraph, 2),
    (opposition_paragraph, 2),
    (engagement_paragraph, 2),
    (yesterday_paragraph, 1),
    (next_month_paragraph, 1),
    (ceasefire_day_paragraph, 1),
    (share_paragraph, 2),
    (beneficiaries_paragraph, 2),
    (aid_paragraph, 1),
    (pledge_paragraph, 2),
]
# Each kind of paragraph appears once, but those whose numbers change each time.
ONCE = {kind for kind, _ in PARAGRAPHS} - {
    pledge_paragraph,
    share_paragraph,
    beneficiaries_paragraph,
}


# ---- writing it down: text and spans at once ------------------------------------------


@dataclass
class Written:
    """The article's tables as rows of cells (dicts), filled in while the text is written."""

    text: list[str] = field(default_factory=list)
    length: int = 0
    claims: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    ignored: list[dict] = field(default_factory=list)
    figure_ids: dict[int, str] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)

    def write(self, text: str) -> tuple[int, int]:
        start = self.length
        self.text.append(text)
        self.length += len(text)
        return start, self.length

    def mention(self, entity: Entity, surface: str, start: int) -> None:
        self.entities[entity.entity_id] = entity
        self.mentions.append(
            {
                "entity_id": entity.entity_id,
                "char_start": start,
                "char_end": start + len(surface),
                "surface_ar": surface,
            }
        )


def write_token(out: Written, token: Token, claim_id: str, story: Story) -> None:
    if isinstance(token, str):
        out.write(token)
    elif isinstance(token, Name):
        surface = token.surface or token.entity.name_ar
        start, _ = out.write(surface)
        out.mention(token.entity, surface, start)
        if token.surface is None:
            for other_id in token.entity.nested:  # «الحكومة … في ليبيا» also names Libya
                other = next(e for e in story.entities.values() if e.entity_id == other_id)
                out.mention(other, other.name_ar, start + surface.index(other.name_ar))
        if token.inner:
            event, words = token.inner
            at = start + surface.rindex(words)
            add_event(out, event, claim_id, at, at + len(words))
    elif isinstance(token, Figure):
        start, end = out.write(token.quote)
        add_figure(out, token, claim_id, start, end)
    elif isinstance(token, Event):
        start, end = out.write(token.text)
        add_event(out, token, claim_id, start, end)
    elif isinstance(token, Ignored):
        start, end = out.write(token.text)
        out.ignored.append(
            {"char_start": start, "char_end": end, "surface_ar": token.text, "reason": token.reason}
        )


def add_figure(out: Written, figure: Figure, claim_id: str, start: int, end: int) -> None:
    figure_id = f"f{len(out.figures) + 1:02d}"
    out.figure_ids[id(figure)] = figure_id
    out.figures.append(
        {
            "figure_id": figure_id,
            "claim_id": claim_id,
            "label_en": figure.label_en,
            "label_ar": figure.label_ar,
            "amount": figure.amount,
            "currency": figure.currency,
            "unit": figure.unit,
            "hedge": figure.hedge,
            "period_start": figure.period_start,
            "period_end": None,
            "category": figure.category,
            "parent_figure_id": out.figure_ids[id(figure.parent)] if figure.parent else None,
            "char_start": start,
            "char_end": end,
            "quote_ar": figure.quote,
            "parts_exhaustive": figure.exhaustive,
        }
    )


def add_event(out: Written, event: Event, claim_id: str | None, start, end) -> dict:
    row = {
        "event_id": f"e{len(out.events) + 1:02d}",
        "claim_id": claim_id,
        "date": event.date,
        "precision": event.precision,
        "date_text_ar": event.text if start is not None else None,
        "char_start": start,
        "char_end": end,
        "event_en": event.event_en,
        "event_type": event.event_type,
        "entity_id": event.entity_id,
        "status": event.status,
        "date_basis": event.basis,
        "note": event.note,
        "verification_id": None,
    }
    out.events.append(row)
    return row


def write_body(story: Story, paragraphs: list[list[Sentence]], out: Written) -> None:
    for number, paragraph in enumerate(paragraphs, start=1):
        if number > 1:
            out.write("\n\n")
        for s, sentence in enumerate(paragraph):
            if s:
                out.write(" ")
            for c, clause in enumerate(sentence):
                if c:
                    out.write("، ")
                claim_id = f"c{len(out.claims) + 1:02d}"
                start = out.length
                for token in clause.tokens:
                    write_token(out, token, claim_id, story)
                out.claims.append(
                    {
                        "claim_id": claim_id,
                        "paragraph": number,
                        "char_start": start,
                        "char_end": out.length,
                        "quote_ar": None,
                        "claim_en": clause.english[:1].upper() + clause.english[1:],
                        "speaker_id": clause.speaker.entity_id,
                        "reporting_verb_ar": clause.verb,
                        "claim_type": clause.claim_type,
                        "topics": ";".join(sorted(set(clause.topics))),
                        "checkable": clause.checkable,
                    }
                )
                out.entities[clause.speaker.entity_id] = clause.speaker
            out.write(".")


# ---- one article ------------------------------------------------------------------------


@dataclass
class Article:
    id: str
    files: dict[str, bytes]
    rows: dict[str, int]


def article_id(seed: int, index: int) -> str:
    return f"bench-s{seed}-{index + 1:05d}"


def draw_paragraphs(story: Story, target: int) -> list[list[Sentence]]:
    """Paragraphs in reading order until the article holds about ``target`` rows.

    The aid paragraph (the figures) is always among them; a paragraph that would take the
    article past MAX_ROWS is left out and another kind is drawn.
    """
    rng = story.rng
    paragraphs = [opening(story, True)]
    kinds, weights = zip(*PARAGRAPHS, strict=True)
    used = {opening}
    kind = aid_paragraph
    for _ in range(200):
        if kind not in ONCE or kind not in used:
            new = kind(story, False)
            trial = list(paragraphs)
            at = rng.randint(1, len(paragraphs))
            if rng.random() < 0.25:  # a second sentence in the paragraph before
                trial[at - 1] = trial[at - 1] + new
            else:
                trial.insert(at, new)
            rows = count_rows(trial)
            if rows + RESERVED <= MAX_ROWS:
                paragraphs = trial
                used.add(kind)
                if rows + RESERVED >= target:
                    break
        kind = rng.choices(kinds, weights)[0]
    return continue_speakers(paragraphs)


RESERVED = 2 + 2 * 2  # two verifications at least, and up to two external events with theirs


def count_rows(paragraphs: list[list[Sentence]]) -> int:
    """Rows the paragraphs make: claims, figures, events, ignored numbers, mentions, entities."""
    rows, entities = 0, set()
    for paragraph in paragraphs:
        for sentence in paragraph:
            for clause in sentence:
                rows += 1
                entities.add(clause.speaker.entity_id)
                for token in clause.tokens:
                    if isinstance(token, Name):
                        named = [token.entity.entity_id]
                        if token.surface is None:
                            named += token.entity.nested
                        entities.update(named)
                        rows += len(named) + (token.inner is not None)
                    elif isinstance(token, Figure | Event | Ignored):
                        rows += 1
    entities.discard(SUBJECTLESS.entity_id)
    return rows + len(entities)


def continue_speakers(paragraphs: list[list[Sentence]]) -> list[list[Sentence]]:
    """A subjectless clause is said by whoever spoke last before it."""
    last = None
    for paragraph in paragraphs:
        for sentence in paragraph:
            for clause in sentence:
                if clause.speaker is SUBJECTLESS:
                    clause.speaker = last
                last = clause.speaker
    return paragraphs


def build_article(seed: int, index: int) -> Article:
    """Article ``index`` of the archive drawn from ``seed``: every file's bytes."""
    rng = random.Random(f"{seed}:{index}")
    published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 9 * 365))
    story = Story(rng, published, rng.choice(DONORS), rng.choice(SUBJECTS))
    story.levantine = rng.random() < 0.2
    target = rng.randint(MIN_ROWS, MAX_ROWS)
    paragraphs = draw_paragraphs(story, target)

    d, s = story.donor_entity, story.subject_entity
    headline = rng.choice(
        [
            f"{d.name_ar} تؤكد دعمها للعملية السياسية في {s.name_ar}",
            f"{d.name_ar} تجدد التزامها بدعم الاستقرار في {s.name_ar}",
            f"{d.name_ar} تدعو إلى انسحاب القوات الأجنبية من {s.name_ar}",
            f"{d.name_ar} تعلن عن مساعدات جديدة إلى {s.name_ar}",
        ]
    )
    comments, views = str(rng.randint(0, 40)), str(rng.randint(50, 9000))
    header = [headline, "", comments, views, d.name_ar, "", ""]
    out = Written()
    out.write("\n".join(header))
    body_start = out.length
    write_body(story, paragraphs, out)
    text = "".join(out.text)
    for claim in out.claims:
        claim["quote_ar"] = text[claim["char_start"] : claim["char_end"]]
    add_external_events(story, out)
    verifications = draw_verifications(story, out, target)
    entities = sorted(out.entities.values(), key=lambda e: e.entity_id)
    tables = {
        "claims": out.claims,
        "figures": out.figures,
        "events": out.events,
        "entities": [
            {
                "entity_id": e.entity_id,
                "entity_type": e.entity_type,
                "name_ar": e.name_ar,
                "name_en": e.name_en,
                "role_en": e.role_en,
            }
            for e in entities
        ],
        "mentions": sorted(out.mentions, key=lambda m: (m["char_start"], m["char_end"])),
        "ignored_numbers": out.ignored,
        "verifications": verifications,
    }
    source = text.encode("utf-8")
    identifier = article_id(seed, index)
    files = {f"{name}.csv": table_bytes(name, rows) for name, rows in tables.items()}
    files["source.txt"] = source
    files["metadata.json"] = metadata_bytes(identifier, story, headline, header, source, body_start)
    return Article(identifier, dict(sorted(files.items())), {k: len(v) for k, v in tables.items()})


def add_external_events(story: Story, out: Written) -> None:
    """What happened outside the article, dated by a source: no span, a verification each."""
    internal = list(out.events)
    by_entity = {row["entity_id"]: row for row in internal if row["entity_id"]}
    if "ceasefire_agreement" in by_entity and "ceasefire" in story.dates:
        day = story.dates["ceasefire"]
        add_event(
            out,
            Event(
                day.isoformat(),
                "day",
                "",
                "Ceasefire agreement signed",
                "ceasefire",
                "occurred",
                "external",
                "The day, from the agreement's text; the article gives less.",
                "ceasefire_agreement",
            ),
            None,
            None,
            None,
        )
    resolution = story.entities.get("resolution")
    if resolution and resolution.entity_id in by_entity:
        day = story.dates["resolution_day"]
        add_event(
            out,
            Event(
                day.isoformat(),
                "day",
                "",
                f"Adoption of {resolution.name_en}",
                "resolution",
                "occurred",
                "external",
                "The day of adoption, from the Security Council's records.",
                resolution.entity_id,
            ),
            None,
            None,
            None,
        )


def draw_verifications(story: Story, out: Written, target: int) -> list[dict]:
    """One verdict per external event, then verdicts on rows until the article holds
    ``target`` rows (never fewer than two, never more than the rows that can be checked)."""
    rng = story.rng
    external = [row for row in out.events if row["date_basis"] == "external"]
    checkable = (
        [("claims", c["claim_id"]) for c in out.claims]
        + [("figures", f["figure_id"]) for f in out.figures]
        + [("events", e["event_id"]) for e in out.events if e["date_basis"] != "external"]
    )
    rows = (
        len(out.claims)
        + len(out.figures)
        + len(out.events)
        + len(out.entities)
        + len(out.mentions)
        + len(out.ignored)
        + len(external)
    )
    wanted = max(2, min(target, MAX_ROWS) - rows)
    chosen = sorted(rng.sample(range(len(checkable)), k=min(wanted, len(checkable))))
    verdicts = ["confirmed"] * 6 + ["paraphrased", "unresolved", "not_checked"]
    found: list[dict] = []
    for n in chosen:
        table, target_id = checkable[n]
        verdict = rng.choice(verdicts)
        found.append(verification(len(found), table, target_id, verdict, None, story))
    for row in external:
        v = verification(len(found), "events", row["event_id"], "confirmed", row["date"], story)
        row["verification_id"] = v["verification_id"]
        found.append(v)
    return found


def verification(n: int, table: str, target_id: str, verdict: str, value, story: Story) -> dict:
    firmness = "verified" if verdict == "confirmed" else "unresolved"
    return {
        "verification_id": f"v{n + 1:02d}",
        "target_table": table,
        "target_id": target_id,
        "verdict": verdict,
        "external_value": value,
        "source_title": f"Synthetic primary source on {story.subject[2]} ({story.donor_en})",
        "source_url": f"{SOURCE_URL}/{story.donor[0]}/{story.subject[0]}/{target_id}",
        "accessed": CURATED_ON,
        "note_en": f"{firmness}: synthetic verdict for benchmarking; no source was read.",
    }


# ---- files ------------------------------------------------------------------------------


def columns_of(name: str) -> list[str]:
    return list(MODELS[name].to_schema().columns)


_COLUMNS: dict[str, list[str]] = {}


def cell(value) -> str:
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    return str(value)


def table_bytes(name: str, rows: list[dict]) -> bytes:
    """A curated CSV as the real dataset has it: UTF-8, LF, the model's columns in order."""
    if name not in _COLUMNS:
        _COLUMNS[name] = columns_of(name)
    columns = _COLUMNS[name]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([cell(row.get(column)) for column in columns] for row in rows)
    return buffer.getvalue().encode("utf-8")


# The codes the generated articles use beyond the universal ones (vocab.EXTENSIBLE), with
# their labels, declared in each article's metadata.json as a curated dataset declares its own.
VOCABULARIES = {
    "figure_categories": [
        {
            "code": "development_security",
            "en": "Development and security assistance",
            "ar": "المساعدات التنموية والأمنية",
        },
        {"code": "humanitarian", "en": "Humanitarian assistance", "ar": "المساعدات الإنسانية"},
        {
            "code": "covid_humanitarian",
            "en": "COVID-19 humanitarian assistance",
            "ar": "المساعدات الإنسانية لمواجهة كورونا",
        },
    ],
    "topics": [
        {"code": "aid", "en": "Aid", "ar": "المساعدات"},
        {"code": "ceasefire", "en": "Ceasefire", "ar": "وقف إطلاق النار"},
        {"code": "conference", "en": "Conference", "ar": "المؤتمر"},
        {"code": "counterterrorism", "en": "Counter-terrorism", "ar": "مكافحة الإرهاب"},
        {"code": "diplomacy", "en": "Diplomacy", "ar": "الدبلوماسية"},
        {"code": "elections", "en": "Elections", "ar": "الانتخابات"},
        {"code": "foreign_forces", "en": "Foreign forces", "ar": "القوات الأجنبية"},
        {"code": "governance", "en": "Governance", "ar": "الحكم"},
        {"code": "human_rights", "en": "Human rights", "ar": "حقوق الإنسان"},
        {"code": "political_process", "en": "Political process", "ar": "العملية السياسية"},
        {"code": "sovereignty", "en": "Sovereignty", "ar": "السيادة"},
        {"code": "un_resolutions", "en": "UN resolutions", "ar": "قرارات الأمم المتحدة"},
    ],
    "event_types": [
        {"code": "election", "en": "Elections", "ar": "الانتخابات"},
        {"code": "conference", "en": "Conference", "ar": "مؤتمر"},
        {"code": "ceasefire", "en": "Ceasefire", "ar": "وقف إطلاق النار"},
        {"code": "resolution", "en": "UN resolution", "ar": "قرار أممي"},
        {"code": "appointment", "en": "Appointment", "ar": "تعيين"},
        {"code": "press_conference", "en": "Press conference", "ar": "مؤتمر صحفي"},
        {"code": "aid_period", "en": "Aid period", "ar": "فترة المساعدات"},
        {"code": "postponement", "en": "Postponement", "ar": "تأجيل"},
    ],
    "context_scopes": [
        {"code": "humanitarian", "en": "Humanitarian", "ar": "إنسانية"},
        {"code": "development_security", "en": "Development and security", "ar": "تنموية وأمنية"},
        {"code": "covid", "en": "COVID-19 response", "ar": "الاستجابة لجائحة كورونا"},
    ],
}


def metadata_bytes(
    identifier: str, story: Story, headline: str, header: list[str], source: bytes, body_start: int
) -> bytes:
    d, s = story.donor_entity, story.subject_entity
    furniture = {3: "comment count", 4: "page-view counter", 5: "featured image caption"}
    metadata = {
        "id": identifier,
        "title": {"ar": headline, "en": f"{d.name_en} on {s.name_en} (synthetic article)"},
        "language": "ar",
        "source": {
            "file": "source.txt",
            "sha256": hashlib.sha256(source).hexdigest(),
            "body_start": body_start,
            "received_as": "Synthetic: written by factdesk bench-data for benchmarks; the "
            "headline on line 1, page furniture on lines 3–5, then the body.",
        },
        "header_lines": [
            {
                "line": 1,
                "text": headline,
                "reading": "headline",
                "basis": "inferred",
                "note": "First line, set apart by a blank line.",
            }
        ]
        + [
            {
                "line": n,
                "text": header[n - 1],
                "reading": reading,
                "basis": "inferred",
                "note": "Page furniture, not a fact.",
            }
            for n, reading in furniture.items()
        ],
        "publisher": {"value": None, "basis": "unknown", "note": "Synthetic: no publisher."},
        "publication_date": {
            "value": story.published.isoformat(),
            "precision": "day",
            "basis": "stated",
            "note": "Synthetic: drawn by the generator; relative dates are read against it.",
        },
        "primary_sources": [
            {
                "title": f"Statement of the foreign ministry of {story.donor_en} (synthetic)",
                "publisher": story.donor_en,
                "date": story.published.isoformat(),
                "kind": "statement",
                "url": f"{SOURCE_URL}/{story.donor[0]}",
                "firmness": "verified",
                "note": "Synthetic: no such document exists.",
            }
        ],
        "licence": {
            "data": "CC0-1.0",
            "code": "MIT",
            "article_text": "Synthetic text written by factdesk bench-data; no rights reserved.",
        },
        "curation": {"curated_on": CURATED_ON, "method": "Generated by validation/synthetic.py."},
        "vocabularies": VOCABULARIES,
    }
    return (json.dumps(metadata, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# ---- an archive -------------------------------------------------------------------------


def marker_text(articles: int, seed: int) -> str:
    return (
        "# Synthetic datasets for benchmarks\n\n"
        f"Written by `factdesk bench-data --articles {articles} --seed {seed}`: {articles} "
        "synthetic Arabic articles, each a dataset folder that `factdesk validate` passes. Not "
        "news: invented people, amounts and dates in real sentence shapes. This folder may be "
        "replaced whole by the next run.\n"
    )


def prepare(out: Path) -> None:
    """An empty ``out``: absent, empty, or an earlier archive (replaced); else refused."""
    if out.exists():
        if not out.is_dir():
            raise FileExistsError(f"{out} exists and is not a folder")
        if any(out.iterdir()):
            if not (out / MARKER).is_file():
                raise FileExistsError(
                    f"{out} is not empty and holds no {MARKER}: refusing to write into it"
                )
            shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)


def write_archive(out: Path, articles: int, seed: int = 0) -> list[Path]:
    """Write ``articles`` dataset folders under ``out``; returns them in order."""
    out = Path(out)
    prepare(out)
    folders = []
    for index in range(articles):
        article = build_article(seed, index)
        folder = out / article.id
        folder.mkdir()
        for name, data in article.files.items():
            (folder / name).write_bytes(data)
        folders.append(folder)
    (out / MARKER).write_text(marker_text(articles, seed), encoding="utf-8")
    return folders
