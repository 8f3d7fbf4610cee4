"""The curated tables by name, in the order a reader meets them: required tables first.

Kept apart from schemas.py so that reading folders and serving cached verdicts need not
import pandas or pandera; schemas.py holds one model per name here (a test ties them).
"""

TABLES = (
    "claims",
    "figures",
    "events",
    "entities",
    "mentions",
    "ignored_numbers",
    "verifications",
    "context_figures",
)
REQUIRED_TABLES = TABLES[:6]
# Cells a draft may leave empty for the curator, by table: see schemas.DRAFT_ONLY.
DRAFT_ONLY_CELLS = {
    "claims": ("claim_en", "topics"),
    "figures": ("label_en",),
    "events": ("event_en",),
    "entities": ("name_en",),
}
