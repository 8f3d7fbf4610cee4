"""Writing an article down: the text and every span of it at once.

Each token is appended to the text and, if it is a name, figure, event or ignored number,
recorded with the offsets it was written at: an offset is never computed after the fact.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bench.synthetic.story import Entity, Event, Figure, Ignored, Name, Sentence, Story, Token


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
