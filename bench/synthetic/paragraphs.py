"""The paragraphs an article is made of, apart from the figures (bench/synthetic/figures.py).

Each paragraph kind is a function ``(story, first) -> list[Sentence]``: it draws what it
needs from the story (entities, dates) and returns the clauses with their English and
claim metadata. ``first`` says whether it opens the article (no «و» before the verb). The
speaker of a clause is an entity the clause (or the sentence before it) names, as the
article's own rules have it. Which kinds an article draws, and how often, is data in
bench/synthetic/shapes.py.

Why this module is long (~650 lines): each paragraph is a sentence template written out
token by token in Arabic beside its English, which reads best whole; the logic they share
lives in story.py.
"""

from __future__ import annotations

import datetime as dt

from bench.synthetic.lexicon import CITIES, MONTHS_EN, VERBS
from bench.synthetic.story import (
    SUBJECTLESS,
    Clause,
    Event,
    Ignored,
    Name,
    Sentence,
    Story,
    day_text,
    donor_said,
    external_day_in_year,
    month_text,
    pick_speaker,
    speaker_tokens,
    that,
    verb,
)


def opening(story: Story, first: bool) -> list[Sentence]:
    d, s, m = story.donor_entity, story.subject_entity, story.minister()
    k, e = story.conference(), story.named("elections")
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
            story.donor.adjective_feminine if m.feminine else story.donor.adjective,
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
    m, k, cf = story.minister(), story.conference(), story.named("ceasefire")
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


def press_paragraph(story: Story, first: bool) -> list[Sentence]:
    m, (p, other), d, s, e = (
        story.minister(),
        story.counterpart(),
        story.donor_entity,
        story.subject_entity,
        story.named("elections"),
    )
    other_entity = story.country(
        "counterpart_country", other, "Country of the foreign minister's counterpart"
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
    adjective = other.adjective_feminine if p.feminine else other.adjective
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
    m, c, s = story.minister(), story.named("community"), story.subject_entity
    title = (
        ("وزيرة الخارجية " + story.donor.adjective_feminine)
        if m.feminine
        else ("وزير الخارجية " + story.donor.adjective)
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
        story.named("statement"),
        story.donor_entity,
        story.named("people"),
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
    gov, e = story.named("government"), story.named("elections")
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
        story.named("community"),
        story.organization("partner"),
        story.named("elections"),
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
        story.named("statement"),
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
    k = story.named("donors_conference")
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
    cf = story.named("ceasefire")
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
