"""Who a sentence says is speaking, and with which reporting verb.

>>> verb_in("وقال السفير في مؤتمر صحفي إن الحزمة جديدة")
('قال', 1, 4)
>>> verb_in("مشيرا إلى أن المنح تراجعت")
('أشار', 0, 5)

Each base verb of vocab.REPORTING_VERBS is found as news writes it: past (masculine,
feminine, plural), with a glued «و»/«ف», and as the participle that continues a sentence
(«مؤكدا», «مشيرة»). A draft's guess: the curator reviews every claim.
"""

from __future__ import annotations

import re

from validation.arabic.text import fold
from validation.vocab import REPORTING_VERBS

# Base form → the other forms written in news (past feminine and plural come by rule).
FORMS = {
    "قال": "قائلا قائلة",
    "أكد": "مؤكدا مؤكدة",
    "أضاف": "مضيفا مضيفة",
    "ذكر": "ذاكرا",
    "أشار": "مشيرا مشيرة",
    "لفت": "لافتا لافتة",
    "أعرب": "معربا معربة",
    "اعتبر": "معتبرا معتبرة",
    "صرح": "مصرحا",
    "أوضح": "موضحا موضحة",
    "أعلن": "معلنا معلنة",
    "كشف": "كاشفا كاشفة",
    "شدد": "مشددا مشددة",
    "تابع": "متابعا",
    "بين": "مبينا مبينة",
    "أفاد": "مفيدا",
    "نوه": "منوها منوهة",
    "حذر": "محذرا محذرة",
    "دعا": "داعيا داعية دعت دعوا",
    "طالب": "مطالبا مطالبة",
    "رأى": "رأت رأوا",
    "نفى": "نافيا نافية نفت نفوا",
}
LETTER = r"[^\W\d_]"


def forms_of(base: str) -> list[str]:
    extra = FORMS.get(base, "").split()
    weak = base.endswith(("ا", "ى"))  # دعا → دعت, not دعات
    return [base, *([] if weak else [base + "ت", base + "وا"]), *extra]


VERB_OF = {fold(form): base for base in REPORTING_VERBS for form in forms_of(base)}
VERB = re.compile(
    r"(?<!"
    + LETTER
    + r")(?P<glue>[وف]?)(?P<verb>"
    + "|".join(sorted(map(re.escape, VERB_OF), key=len, reverse=True))
    + r")ـ*(?!"
    + LETTER
    + ")"
)
# After a verb, these say the subject was named before («وأضاف أن», «وأشار إلى»): the
# sentence continues the last speaker.
NO_SUBJECT = set(fold("أن إن إلى في خلال بأن الى ان، ،").split())
SUBJECT_GAP = 3  # characters between the verb and its subject: a space or two
# Words that announce the future: the event a sentence dates is scheduled.
FUTURE = re.compile(
    r"(?<!" + LETTER + r")(?:[وف]?س[يتن]" + LETTER + r"{2,}|سوف|"
    + "|".join(fold(w) for w in ("المقرر", "يعتزم", "تعتزم", "على أن", "المرتقب", "المقبل",
                                  "القادم", "المزمع", "يرتقب"))
    + ")"
)  # fmt: skip
NOT_FUTURE = set(
    fold(
        "سياسة سياسي سياسية سيارة سيارات ستة ستين سنة سنوات سنوي سنوية سيادة سيطرة ستار "
        "سنتيم سيناريو سيول سيولة سينما سيدة سيد سيما سياق ستمائة ستون سنتات سنويا"
    ).split()
)


def verb_in(text: str) -> tuple[str, int, int] | None:
    """The first reporting verb: (base form, start, end) of its word without the glue."""
    match = VERB.search(fold(text))
    if match is None:
        return None
    return VERB_OF[match["verb"].replace("ـ", "")], match.start("verb"), match.end("verb")


def speaks_of_future(text: str) -> bool:
    """True when a word of ``text`` marks the future (سيعقد، ستصرف، من المقرر، المقبل)."""
    folded = fold(text).replace("ـ", "")
    for match in FUTURE.finditer(folded):
        word = re.match(r"\S+", folded[match.start() :]).group()
        if word.lstrip("وف") not in NOT_FUTURE and word not in NOT_FUTURE:
            return True
    return False


TITLE_GAP = 40  # characters a title may take between the verb and the name (السفير، وزير المالية)


def names_subject(between: str) -> bool:
    """True when the words between a verb and a name are only a title: no «أن», no clause
    break — «وقال السفير بيير دوبون», not «وقال إن الاتحاد»."""
    words = fold(between).replace("ـ", "").split()
    if len(between) > TITLE_GAP or re.search(r"[،,.؛:]", between):
        return False
    return not any(w in NO_SUBJECT for w in words)


def subject_after(text: str, verb_end: int) -> bool:
    """False when the verb is followed by «أن», «إلى»… rather than by a named subject."""
    following = fold(text[verb_end:]).split()
    return bool(following) and following[0].strip("،,") not in NO_SUBJECT
