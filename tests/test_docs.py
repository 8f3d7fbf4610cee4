"""README's generated sections (data dictionary, hedge table) must not drift from the code."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from validation.arabic.quotes import parse_amount
from validation.arabic.render import render_ar
from validation.docs import (
    END,
    START,
    data_dictionary,
    hedge_section,
    regenerate,
    replace_dictionary,
)
from validation.schemas import MODELS
from validation.vocab import HEDGES


def test_readme_dictionary_matches_the_schemas():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert replace_dictionary(readme) == readme, "README is stale: run `make docs`"


def test_readme_hedge_table_matches_the_code():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert regenerate(readme) == readme, "README is stale: run `make docs`"


def test_the_hedge_table_has_a_row_per_hedge_with_words_that_read_back_as_it():
    rows = {line.split(" | ")[0].strip("| `"): line for line in hedge_section().splitlines()[4:-2]}
    assert list(rows) == list(HEDGES)
    for hedge, row in rows.items():
        if hedge == "exact":
            assert "| no hedge word |" in row
            continue
        first = row.split(" | ")[1].split("، ")[0].split(";")[0]
        assert parse_amount(f"{first} {render_ar(100, None, 'exact')}").hedge == hedge, row
    assert "«نحو 100», about 100: tight [95, 105], strict [80, 120]" in rows["about"]


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


def modules_with_examples() -> list[str]:
    """Every module of the three packages whose docstrings hold a ``>>>`` example."""
    found = []
    for package in ("validation", "bench", "dashboard"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if "views" in path.parts or path.name == "app.py":
                continue  # pages run when imported: they hold no examples
            if ">>> " in path.read_text(encoding="utf-8"):
                parts = path.relative_to(ROOT).with_suffix("").parts
                found.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return found


@pytest.mark.parametrize("module", modules_with_examples())
def test_the_examples_in_docstrings_run(module):
    """A docstring that opens with a runnable example (sqlite-utils' habit) stays runnable."""
    import doctest
    import importlib

    outcome = doctest.testmod(importlib.import_module(module))
    assert outcome.attempted > 0 and outcome.failed == 0
