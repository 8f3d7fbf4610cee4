"""schema.org ClaimReview items for the external verdicts, one per verified claim.

ClaimReview has a single rating; ours is the *external* verdict only (does the article
agree with its primary sources). Internal consistency is a different question and is not
folded into the rating: it stays in report.json.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

import pandas as pd

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


def claim_items(dataset: Dataset, tables: Mapping[str, pd.DataFrame]) -> list[dict]:
    """One ClaimReview per claim that has a verdict other than not_checked."""
    if "verifications" not in tables or "claims" not in tables:
        return []
    verifications = tables["verifications"]
    verified = verifications[
        (verifications["target_table"] == "claims") & (verifications["verdict"] != "not_checked")
    ]
    claims = tables["claims"].set_index("claim_id")
    entities = tables["entities"].set_index("entity_id") if "entities" in tables else None
    items = []
    for claim_id, rows in verified.groupby("target_id", sort=True):
        if claim_id not in claims.index:
            continue
        items.append(claim_review(dataset, claims.loc[claim_id], claim_id, rows, entities))
    return items


def speaker(claim, entities) -> dict:
    if entities is None or claim["speaker_id"] not in entities.index:
        return {"@type": "Organization", "name": claim["speaker_id"]}
    entity = entities.loc[claim["speaker_id"]]
    return {"@type": AUTHOR_TYPES[entity["entity_type"]], "name": entity["name_en"],
            "alternateName": entity["name_ar"]}  # fmt: skip


def claim_review(dataset: Dataset, claim, claim_id: str, rows: pd.DataFrame, entities) -> dict:
    first = rows.iloc[0]  # rows are in verification_id order: the first is the main verdict
    published = dataset.metadata["publication_date"]["value"]
    primary = (dataset.metadata["primary_sources"] or [{}])[0]  # the list may be empty
    rating = {
        "@type": "Rating",
        "alternateName": first["verdict"],
        "ratingExplanation": first["note_en"] if pd.notna(first["note_en"]) else "",
    }
    if RATING_VALUE[first["verdict"]] is not None:
        rating |= {"ratingValue": RATING_VALUE[first["verdict"]], "bestRating": 5, "worstRating": 1}
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": page_url("claims", dataset=dataset.id, claim=claim_id),
        "identifier": f"{dataset.id}/{claim_id}",
        "claimReviewed": claim["claim_en"],
        "itemReviewed": {
            "@type": "Claim",
            "author": speaker(claim, entities),
            "datePublished": published,
            "appearance": {
                "@type": "CreativeWork",
                "text": claim["quote_ar"],
                "inLanguage": dataset.metadata["language"],
                "datePublished": published,
                "isBasedOn": primary.get("url"),
            },
        },
        "reviewRating": rating,
        "author": {"@type": "Organization", "name": f"factdesk dataset {dataset.id}"},
        "datePublished": max(rows["accessed"]),
        "citation": [
            {"@type": "CreativeWork", "name": r.source_title, "url": r.source_url}
            for r in rows.itertuples()
        ],
    }


def claimreview_jsonld(dataset: Dataset, tables: Mapping[str, pd.DataFrame]) -> bytes:
    """The items as one JSON-LD document (a list of ClaimReview), deterministic bytes."""
    items = claim_items(dataset, tables)
    return (json.dumps(items, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
