"""The README data dictionary is generated from the schemas: they must not drift."""

from __future__ import annotations

from tests.conftest import ROOT
from validation.docs import END, START, data_dictionary, replace_dictionary
from validation.schemas import MODELS


def test_readme_dictionary_matches_the_schemas():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert replace_dictionary(readme) == readme, "README is stale: run `make docs`"


def test_every_column_of_every_table_is_documented():
    dictionary = data_dictionary()
    for name, model in MODELS.items():
        assert f"### `{name}.csv`" in dictionary
        for column, spec in model.to_schema().columns.items():
            assert spec.description, f"{name}.{column} has no description"
            assert f"| `{column}` |" in dictionary


def test_dictionary_shows_types_and_references():
    dictionary = data_dictionary()
    assert "| `amount` | integer | The full number as stated (605000000, not 605)" in dictionary
    assert "| `checkable` | true/false |" in dictionary
    assert "an entity_id in entities.csv. → `entities.entity_id`" in dictionary
    assert dictionary.startswith(START) and dictionary.endswith(END)
