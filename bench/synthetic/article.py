"""One article: its paragraphs drawn, written down, and its tables and files made.

Article ``i`` of seed ``s`` draws from ``random.Random(f"{s}:{i}")`` alone, so the first
100 articles of a 1,000-article archive are the 100-article archive.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from bench.synthetic import shapes
from bench.synthetic.files import metadata_bytes, table_bytes
from bench.synthetic.lexicon import CURATED_ON, DONORS, HEADLINES, SOURCE_URL, SUBJECTS
from bench.synthetic.story import (
    SUBJECTLESS,
    Event,
    Figure,
    Ignored,
    Name,
    Sentence,
    Story,
)
from bench.synthetic.writer import Written, add_event, write_body

MIN_ROWS, MAX_ROWS = 40, 100  # rows across the tables of one article


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
    paragraphs = [shapes.OPENING(story, True)]
    weights = [kind.weight for kind in shapes.KINDS]
    repeats = {kind.build for kind in shapes.KINDS if kind.repeats}
    used = set()
    build = shapes.ALWAYS
    for _ in range(200):
        if build in repeats or build not in used:
            new = build(story, False)
            trial = list(paragraphs)
            at = rng.randint(1, len(paragraphs))
            if rng.random() < 0.25:  # a second sentence in the paragraph before
                trial[at - 1] = trial[at - 1] + new
            else:
                trial.insert(at, new)
            rows = count_rows(trial)
            if rows + RESERVED <= MAX_ROWS:
                paragraphs = trial
                used.add(build)
                if rows + RESERVED >= target:
                    break
        build = rng.choices(shapes.KINDS, weights)[0].build
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
    header = draw_header(story)
    out = Written()
    out.write("\n".join(header))
    body_start = out.length
    write_body(story, paragraphs, out)
    text = "".join(out.text)
    for claim in out.claims:
        claim["quote_ar"] = text[claim["char_start"] : claim["char_end"]]
    add_external_events(story, out)
    tables = tables_of(out, draw_verifications(story, out, target))
    source = text.encode("utf-8")
    identifier = article_id(seed, index)
    files = {f"{name}.csv": table_bytes(name, rows) for name, rows in tables.items()}
    files["source.txt"] = source
    files["metadata.json"] = metadata_bytes(identifier, story, header, source, body_start)
    return Article(identifier, dict(sorted(files.items())), {k: len(v) for k, v in tables.items()})


def draw_header(story: Story) -> list[str]:
    """The lines above the body: a headline, then page furniture (comments, views, byline)."""
    d, s = story.donor_entity, story.subject_entity
    headline = story.rng.choice(HEADLINES).format(donor=d.name_ar, subject=s.name_ar)
    comments, views = str(story.rng.randint(0, 40)), str(story.rng.randint(50, 9000))
    return [headline, "", comments, views, d.name_ar, "", ""]


def tables_of(out: Written, verifications: list[dict]) -> dict[str, list[dict]]:
    """The curated tables of the written article, as rows of cells."""
    entities = sorted(out.entities.values(), key=lambda e: e.entity_id)
    return {
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
        "source_title": f"Synthetic primary source on {story.subject.en} ({story.donor_en})",
        "source_url": f"{SOURCE_URL}/{story.donor.entity_id}/{story.subject.entity_id}/{target_id}",
        "accessed": CURATED_ON,
        "note_en": f"{firmness}: synthetic verdict for benchmarking; no source was read.",
    }
