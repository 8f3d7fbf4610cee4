"""schema.org ClaimReview items for the external verdicts, one per verified claim.

ClaimReview has a single rating; ours is the *external* verdict only (does the article
agree with its primary sources). Internal consistency is a different question and is not
folded into the rating: it stays in report.json.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

import pandas as pd

from validation.batch import Rows, missing, records_of
from validation.jsontext import orjson, writes_alike
from validation.load import Dataset
from validation.urls import page_url

AUTHOR_TYPES = {"person": "Person", "country": "Organization", "organization": "Organization",
                "document": "Organization", "event": "Organization"}  # fmt: skip
# How each verdict reads on schema.org's 1–5 scale (5 = true to the source); None = unrated.
RATING_VALUE = {
    "confirmed": 5,
    "paraphrased": 4,
    "disputed_attribution": 2,
    "contradicted": 1,
    "unresolved": None,
    "not_checked": None,
}


def claim_items(dataset: Dataset, tables: Mapping[str, pd.DataFrame | Rows]) -> list[dict]:
    """One ClaimReview per claim that has a verdict other than not_checked, in claim id order
    (each table as a frame, or as its checked records: the records are read either way)."""
    if "verifications" not in tables or "claims" not in tables:
        return []
    verified: dict[str, list] = {}  # claim id → its verifications, in file order
    for row in as_records(tables["verifications"]):
        wanted = row.target_table == "claims" and row.verdict != "not_checked"
        if wanted and not missing(row.target_id):  # as groupby, which drops an empty key
            verified.setdefault(row.target_id, []).append(row)
    claims = {row.claim_id: row for row in as_records(tables["claims"])}
    entities = None
    if "entities" in tables:
        entities = {row.entity_id: row for row in as_records(tables["entities"])}
    return [
        claim_review(dataset, claims[claim_id], claim_id, verified[claim_id], entities)
        for claim_id in sorted(verified)
        if claim_id in claims
    ]


def as_records(table: pd.DataFrame | Rows) -> Rows:
    return records_of(table) if isinstance(table, pd.DataFrame) else table


def speaker(claim, entities: dict | None) -> dict:
    if entities is None or claim.speaker_id not in entities:
        return {"@type": "Organization", "name": claim.speaker_id}
    entity = entities[claim.speaker_id]
    return {"@type": AUTHOR_TYPES[entity.entity_type], "name": entity.name_en,
            "alternateName": entity.name_ar}  # fmt: skip


def claim_review(dataset: Dataset, claim, claim_id: str, rows: list, entities) -> dict:
    first = rows[0]  # rows are in verification_id order: the first is the main verdict
    published = dataset.metadata["publication_date"]["value"]
    primary = (dataset.metadata["primary_sources"] or [{}])[0]  # the list may be empty
    rating = {
        "@type": "Rating",
        "alternateName": first.verdict,
        "ratingExplanation": "" if missing(first.note_en) else first.note_en,
    }
    if RATING_VALUE[first.verdict] is not None:
        rating |= {"ratingValue": RATING_VALUE[first.verdict], "bestRating": 5, "worstRating": 1}
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": page_url("claims", dataset=dataset.id, claim=claim_id),
        "identifier": f"{dataset.id}/{claim_id}",
        "claimReviewed": claim.claim_en,
        "itemReviewed": {
            "@type": "Claim",
            "author": speaker(claim, entities),
            "datePublished": published,
            "appearance": {
                "@type": "CreativeWork",
                "text": claim.quote_ar,
                "inLanguage": dataset.metadata["language"],
                "datePublished": published,
                "isBasedOn": primary.get("url"),
            },
        },
        "reviewRating": rating,
        "author": {"@type": "Organization", "name": f"factdesk dataset {dataset.id}"},
        "datePublished": max(row.accessed for row in rows),
        "citation": [
            {"@type": "CreativeWork", "name": r.source_title, "url": r.source_url} for r in rows
        ],
    }


def claimreview_jsonld(dataset: Dataset, tables: Mapping[str, pd.DataFrame | Rows]) -> bytes:
    """The items as one JSON-LD document (a list of ClaimReview), deterministic bytes."""
    items = claim_items(dataset, tables)
    if orjson is not None and writes_alike(items):  # the same bytes as json's, 20× faster
        try:
            return orjson.dumps(items, option=orjson.OPT_INDENT_2) + b"\n"
        except orjson.JSONEncodeError:  # a lone surrogate: json says what it says
            pass
    return (json.dumps(items, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
