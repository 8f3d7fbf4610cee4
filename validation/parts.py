"""Which figure is part of which, from the words between them.

>>> text = "بقيمة 120 مليون يورو، منها 45 مليون يورو للتعليم ونحو 30 مليون يورو للصحة"
>>> figures = [(6, 20, "money"), (27, 40, "money"), (50, 67, "money")]
>>> parents_of(text, figures, [(0, len(text))])
{1: 0, 2: 0}

The words that say part-of (SPEC, "Many articles"): «منها», «من بينها», «بما في ذلك» put the
figures after them inside the last figure before them; «من أصل» puts the figure before it
inside the one after; «حصة A من B» puts A inside B. A part is linked only to a figure of
its own unit (money, percent, count): a share of 5% is no part of 450 million. A part of
unit ``OPEN`` (a scaled number naming no currency, «منها 1.1 مليار») may be a part of
money: its whole tells. Whether the parts add up to their whole (``parts_exhaustive``) is
left for the curator.

>>> text = "تعهدت بتقديم 2.3 مليار يورو منها 1.1 مليار هذا العام"
>>> parents_of(text, [(13, 28, "money"), (34, 44, OPEN)], [(0, len(text))])
{1: 0}
"""

from __future__ import annotations

import re

from validation.arabic.text import fold

LETTER = r"[^\W\d_]"


def marker(words: str) -> str:
    return r"(?<!" + LETTER + r")[وف]?" + r"[^\S\n]+".join(map(re.escape, fold(words).split()))


# «منها» and its kin: every figure after it (to the next marker) is a part of the one before.
INCLUDING = re.compile(
    "|".join(
        marker(w) + r"(?!" + LETTER + ")"
        for w in ("منها", "منهم", "من بينها", "من بينهم", "بما في ذلك", "بما فيها", "بما فيه",
                  "ومن ضمنها", "من ضمنها")
    )
)  # fmt: skip
OUT_OF = re.compile(marker("من أصل") + r"(?!" + LETTER + ")")
SHARE = re.compile(marker("حصة") + r"|" + marker("حصته") + r"|" + marker("حصتها"))
OF = re.compile(r"(?<!" + LETTER + r")من(?!" + LETTER + ")")

Figure = tuple[int, int, str]  # start, end, unit
OPEN = "open"  # a scaled number whose words name no unit: money if its whole is money


def fits(part: str, whole: str) -> bool:
    """A part of this unit can be a part of a whole of that unit."""
    return part == whole or (part == OPEN and whole == "money")


def restated(text: str, figures: list[Figure], i: int) -> bool:
    """The figure stands in brackets right after the one before it: «(2.56 مليار دولار)»."""
    start, end, _ = figures[i]
    before = text[figures[i - 1][1] : start] if i else ""
    return before.strip() == "(" and text[end : end + 2].strip().startswith(")")


def parents_of(
    text: str, figures: list[Figure], sentences: list[tuple[int, int]]
) -> dict[int, int]:
    """Part → parent, as positions in ``figures`` (sorted by start)."""
    folded = fold(text)
    parents: dict[int, int] = {}
    for number, (s_start, s_end) in enumerate(sentences):
        inside = [i for i, f in enumerate(figures) if s_start <= f[0] and f[1] <= s_end]
        before = [i for i, f in enumerate(figures) if f[1] <= s_start]
        previous = [
            i for i in before if sentences[number - 1][0] <= figures[i][0]
        ] if number else []  # fmt: skip
        for match in INCLUDING.finditer(folded, s_start, s_end):
            whole = [i for i in inside if figures[i][1] <= match.start()] or previous
            # NOTE: «2.3 مليار يورو (2.56 مليار دولار) منها 1.1 مليار»: the bracketed sum is
            # the whole restated in another currency; the part is of the sum as written.
            whole = [i for i in whole if not restated(text, figures, i)]
            if not whole:
                continue
            parent = whole[-1]
            following = [i for i in inside if figures[i][0] >= match.end()]
            next_marker = INCLUDING.search(folded, match.end(), s_end)
            stop = next_marker.start() if next_marker else s_end
            for i in following:  # a part restated in brackets is that part again, no other
                if (
                    figures[i][0] < stop
                    and fits(figures[i][2], figures[parent][2])
                    and not restated(text, figures, i)
                ):
                    parents.setdefault(i, parent)
        for match in OUT_OF.finditer(folded, s_start, s_end):
            part = [i for i in inside if figures[i][1] <= match.start()]
            whole = [i for i in inside if figures[i][0] >= match.end()]
            if part and whole and fits(figures[part[-1]][2], figures[whole[0]][2]):
                parents.setdefault(part[-1], whole[0])
        for match in SHARE.finditer(folded, s_start, s_end):
            after = [i for i in inside if figures[i][0] >= match.end()][:2]
            if len(after) == 2:
                a, b = after
                between = OF.search(folded, figures[a][1], figures[b][0])
                if between and fits(figures[a][2], figures[b][2]):
                    parents.setdefault(a, b)
    return parents
