"""ClaimReview JSON-LD: one item per verified claim, each with the required properties."""

from __future__ import annotations

import json

import pytest

from tests.conftest import LIBYA
from validation.claimreview import claimreview_jsonld
from validation.engine import check_dataset
from validation.load import load_dataset


@pytest.fixture(scope="module")
def items():
    dataset = load_dataset(LIBYA)
    _, tables = check_dataset(dataset)
    return json.loads(claimreview_jsonld(dataset, tables)), tables


def test_one_item_per_verified_claim(items):
    reviews, tables = items
    v = tables["verifications"]
    verified = v[(v["target_table"] == "claims") & (v["verdict"] != "not_checked")]
    assert len(reviews) == verified["target_id"].nunique() == 12
    assert [r["identifier"] for r in reviews] == sorted(r["identifier"] for r in reviews)


def test_every_item_has_the_required_claimreview_properties(items):
    reviews, _ = items
    for review in reviews:
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        claim_id = review["identifier"].split("/")[1]
        assert review["claimReviewed"]
        assert review["url"] == f"claims?dataset=us-libya-berlin2-2021&claim={claim_id}"
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["author"]["name"] and item["author"]["@type"] in {"Person", "Organization"}
        assert item["appearance"]["@type"] == "CreativeWork"
        assert item["appearance"]["inLanguage"] == "ar"
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating"
        assert rating["alternateName"] in {
            "confirmed",
            "paraphrased",
            "disputed_attribution",
            "contradicted",
            "unresolved",
        }
        assert review["author"]["name"] == "factdesk dataset us-libya-berlin2-2021"
        assert all(c["url"].startswith("http") for c in review["citation"])


def test_the_disputed_quote_and_the_paraphrase(items):
    reviews, tables = items
    by_claim = {r["identifier"].split("/")[1]: r for r in reviews}
    verdicts = tables["verifications"].set_index("verification_id")
    disputed = verdicts[verdicts["verdict"] == "disputed_attribution"]["target_id"].tolist()
    assert len(disputed) == 1
    review = by_claim[disputed[0]]
    assert review["reviewRating"]["alternateName"] == "disputed_attribution"
    assert review["reviewRating"]["ratingValue"] == 2
    assert review["itemReviewed"]["author"]["name"] == "Antony Blinken"
    assert "لم تكن متوافرة في السابق" in review["itemReviewed"]["appearance"]["text"]
