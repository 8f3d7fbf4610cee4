"""What an article says, before it is written: the cast, the calendar and the tokens.

A Story is drawn once per article from its own ``random.Random``: the donor and subject
countries, the people and organisations it names (each created on first use, so each is
mentioned), and one date per dated thing, so every mention of it agrees. A paragraph is a
list of sentences; a sentence, clauses; a clause, tokens: plain words, or a Name, Figure,
Event or Ignored span that bench/synthetic/writer.py records as it writes it.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from bench.synthetic.lexicon import (
    CITIES,
    DONORS,
    ENTITY_SHAPES,
    HEDGES_AFTER,
    HEDGES_BEFORE,
    MONTHS_AR,
    MONTHS_EN,
    MONTHS_LEVANT,
    ORGANIZATIONS,
    PEOPLE,
    VERBS,
    Donor,
    Subject,
)
from validation.arabic.render import render_ar, render_en


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


@dataclass
class Story:
    """Who and what one article is about, and when it was published; drawn once."""

    rng: random.Random
    published: dt.date
    donor: Donor
    subject: Subject
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

    def country(self, key: str, row: Donor, role_en: str) -> Entity:
        """A donor-like country (feminine, as Arabic treats country names), named once."""
        return self.entity(
            key,
            lambda: Entity(
                row.entity_id, "country", row.ar, row.en.removeprefix("the "), role_en, True
            ),
        )

    @property
    def donor_entity(self) -> Entity:
        return self.country("donor", self.donor, "Country whose statement the article reports")

    @property
    def subject_entity(self) -> Entity:
        s = self.subject
        return self.entity(
            "subject",
            lambda: Entity(s.entity_id, "country", s.ar, s.en, "Country the article is about"),
        )

    def named(self, key: str) -> Entity:
        """The entity ``key`` of lexicon.ENTITY_SHAPES, filled in with this article's countries."""
        shape = ENTITY_SHAPES[key]
        nested = tuple(getattr(self, f"{country}_entity").entity_id for country in shape.nested)

        def make() -> Entity:
            def fill(template: str) -> str:
                return template.format(donor=self.donor, subject=self.subject)

            return Entity(
                fill(shape.entity_id),
                shape.entity_type,
                fill(shape.name_ar),
                fill(shape.name_en),
                fill(shape.role_en),
                shape.feminine,
                nested,
            )

        return self.entity(key, make)

    def person(self, key: str, role_en: str) -> Entity:
        """A named person (invented), distinct from the others in this article."""

        def make() -> Entity:
            taken = {e.entity_id for e in self.entities.values()}
            slug, ar, en, feminine = self.rng.choice(
                [p for p in PEOPLE if p.entity_id not in taken] or PEOPLE
            )
            return Entity(slug, "person", ar, en, role_en, feminine)

        return self.entity(key, make)

    def organization(self, key: str) -> Entity:
        def make() -> Entity:
            taken = {e.entity_id for e in self.entities.values()}
            slug, ar, en, feminine = self.rng.choice(
                [o for o in ORGANIZATIONS if o.entity_id not in taken]
            )
            return Entity(slug, "organization", ar, en, "International organisation", feminine)

        return self.entity(key, make)

    def minister(self) -> Entity:
        return self.person("minister", f"Foreign minister of {self.donor_en}")

    def envoy(self) -> Entity:
        return self.person("envoy", f"Special envoy of {self.donor_en} to {self.subject.en}")

    def counterpart(self) -> tuple[Entity, Donor]:
        """Another donor's foreign minister, and that country (both named once)."""
        other = self.once(
            "counterpart_country",
            lambda: self.rng.choice([d for d in DONORS if d.entity_id != self.donor.entity_id]),
        )
        person = self.person("counterpart", f"Foreign minister of {other.en}")
        return person, other

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
        return self.donor.en

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
        story.donor.currency,
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


def pick_speaker(story: Story, minister: bool = True) -> Entity:
    """Who speaks: the donor country, its spokesperson, its statement or its minister."""
    speakers = [
        lambda: story.donor_entity,
        lambda: story.named("spokesperson"),
        lambda: story.named("statement"),
        story.minister,
    ]
    return speakers[story.rng.randrange(4 if minister else 3)]()


def speaker_tokens(story: Story, speaker: Entity) -> list[Token]:
    if speaker is story.entities.get("statement"):
        return [Name(speaker, "البيان")]
    return [Name(speaker)]


def external_day_in_year(story: Story, year: int) -> dt.date:
    """A day of ``year`` before publication: when a resolution of that year was adopted."""
    last = min(dt.date(year, 12, 31), story.published - dt.timedelta(days=1))
    span = (last - dt.date(year, 1, 1)).days
    return dt.date(year, 1, 1) + dt.timedelta(days=story.rng.randint(0, max(span, 0)))
