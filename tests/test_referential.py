"""Every id a row names exists; the figure hierarchy is a tree."""

from __future__ import annotations

import pytest

from tests.conftest import delete_row, edit_cell
from validation.engine import check_dataset
from validation.load import load_dataset


def failing(folder) -> dict[str, list[str]]:
    report, _ = check_dataset(load_dataset(folder))
    return {c.id: [f.line() for f in c.findings] for c in report.checks if c.status == "fail"}


@pytest.mark.parametrize(
    ("file", "key", "row_id", "column", "value", "check", "line"),
    [
        ("figures.csv", "figure_id", "f04", "parent_figure_id", "f09",
         "referential.figures.parent_figure_id",
         "figures.csv, row 5, column parent_figure_id: names figure_id 'f09', which figures.csv "
         "does not have (value: 'f09') [referential.figures.parent_figure_id]"),
        ("claims.csv", "claim_id", "c05", "speaker_id", "kerry",
         "referential.claims.speaker_id",
         "claims.csv, row 6, column speaker_id: names entity_id 'kerry', which entities.csv "
         "does not have (value: 'kerry') [referential.claims.speaker_id]"),
        ("events.csv", "event_id", "e09", "claim_id", "c99",
         "referential.events.claim_id",
         "events.csv, row 10, column claim_id: names claim_id 'c99', which claims.csv does not "
         "have (value: 'c99') [referential.events.claim_id]"),
    ],
)  # fmt: skip
def test_a_dangling_reference(libya_copy, file, key, row_id, column, value, check, line):
    edit_cell(libya_copy / file, key, row_id, column, value)
    found = failing(libya_copy)
    assert found == {check: [line]}


def test_a_cycle_in_the_hierarchy(libya_copy):
    edit_cell(libya_copy / "figures.csv", "figure_id", "f01", "parent_figure_id", "f04")
    found = failing(libya_copy)
    assert found["referential.figures.hierarchy"] == [
        "figures.csv, column parent_figure_id: figures are each other's parents: "
        "f01 → f04 → f03 → f01 [referential.figures.hierarchy]"
    ]


def test_a_deleted_figure_orphans_its_part_and_its_words(libya_copy):
    delete_row(libya_copy / "figures.csv", "figure_id", "f03")
    found = failing(libya_copy)
    assert sorted(found) == [
        "coverage.body",  # «ما يقرب من 269 مليون دولار» is no longer captured
        "referential.figures.parent_figure_id",  # f04 names a parent that is gone
        "referential.verifications.target",  # and so does the verification of f03
    ]
    assert (
        "names figure_id 'f03', which figures.csv does not have"
        in (found["referential.figures.parent_figure_id"][0])
    )
    assert found["coverage.body"] == [
        "source.txt, row 27: amount «ما يقرب من 269 مليون دولار» at 2309–2335 is not captured "
        "in figures.csv (value: 'ما يقرب من 269 مليون دولار') [coverage]"
    ]


def test_a_bad_cell_elsewhere_does_not_orphan_references(libya_copy):
    """A claim with a broken paragraph number still exists for the figures that cite it."""
    edit_cell(libya_copy / "claims.csv", "claim_id", "c15", "paragraph", "x")
    found = failing(libya_copy)
    assert list(found) == ["schema.claims"]
