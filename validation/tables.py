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
