"""The paragraphs that carry figures: shares, counts, and the money with its hierarchy.

A headline total since a year with its parts (exhaustive parts add up to it; other parts
fit under it under the tight reading), maybe a part of a part, and new pledges.
"""

from __future__ import annotations

from bench.synthetic.lexicon import AIM_OF_TOTAL, HEDGES_BEFORE, PURPOSES, ROOT_HEDGES, VERBS
from bench.synthetic.story import (
    Clause,
    Event,
    Figure,
    Name,
    Sentence,
    Story,
    Token,
    amount_figure,
    donor_said,
    pick_speaker,
    round_amount,
    speaker_tokens,
    that,
    verb,
)


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
    more_tokens, more_english = listed_parts(story, parts, purposes, exhaustive, since)
    tokens += more_tokens
    english += more_english
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


def listed_parts(
    story: Story, parts: list[Figure], purposes: list[tuple], exhaustive: bool, since: int
) -> tuple[list[Token], list[str]]:
    """The parts after «موزعة بين» / «بما في ذلك», the first maybe with a part of its own."""
    rng = story.rng
    tokens: list[Token] = []
    english: list[str] = []
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
    return tokens, english


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
