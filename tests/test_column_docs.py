"""The column help kept per engine version: the models' own words, built once, rebuilt when
the kept copy is missing or damaged."""

from __future__ import annotations

from pathlib import Path

from validation import cache, column_docs
from validation.datapackage import computed_fields
from validation.schemas import MODELS


def kept_file() -> Path:
    return Path(cache.entries_root()) / "columns" / f"{cache.engine_fingerprint()}.json"


def test_the_descriptions_are_the_models_and_the_computed_columns_words():
    described = column_docs.column_descriptions()
    assert list(described) == list(MODELS)
    schema = MODELS["figures"].to_schema()
    assert described["figures"]["figure_id"] == schema.columns["figure_id"].description
    (tight_low,) = [text for name, _, text in computed_fields()["figures"] if name == "tight_low"]
    assert described["figures"]["tight_low"] == tight_low
    assert kept_file().is_file()
    assert column_docs.column_descriptions() == described


def test_a_damaged_copy_is_only_built_again():
    built = column_docs.column_descriptions()
    kept_file().write_bytes(b"{not json")
    assert column_docs.column_descriptions() == built
    assert column_docs.column_descriptions() == column_docs.described_by_the_models()
