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

Modules: lexicon (the words, as data), story (the cast, calendar and tokens), paragraphs
and figures (the sentence templates), shapes (which paragraphs an article draws), writer
(text and spans at once), files (CSV and metadata bytes), article, archive.

Deterministic: article ``i`` of seed ``s`` draws from ``random.Random(f"{s}:{i}")`` alone,
so the first 100 articles of a 1,000-article archive are the 100-article archive, and two
runs write byte-identical files.
"""

from bench.synthetic.archive import MARKER, write_archive
from bench.synthetic.article import MAX_ROWS, MIN_ROWS, Article, article_id, build_article

__all__ = [
    "MARKER",
    "MAX_ROWS",
    "MIN_ROWS",
    "Article",
    "article_id",
    "build_article",
    "write_archive",
]
