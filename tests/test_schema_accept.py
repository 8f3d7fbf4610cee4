"""The schema kind's accept-only fast path says what pandera alone says, and only says yes.

Every case runs twice: as the engine runs it (clean tables accepted at once by
``schema_accept``, the rest through pandera) and with the fast path switched off (every
table through pandera). Verdicts, findings, typed records (values and their types) and
typed frames must be identical. Faults: each faulty row of every invalid twin of
``fixtures/tables`` alone in a table beside clean datasets, so that every kind of check in
the schemas fails somewhere (a test below holds the list of kinds to the schema objects).
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from bench.synthetic import write_archive
from tests.conftest import LIBYA
from tests.test_schemas import EXPECTED
from validation.batch import Batch, RawTable
from validation.checks import schema, schema_accept
from validation.load import UnusableInput, decode_text, discover, parse_records, read_folder
from validation.schemas import MODELS

TABLES = Path(__file__).parent / "fixtures" / "tables"
# Rules pandera reports besides the checks attached to columns and tables.
CORE_RULES = {"coerce_dtype", "not_nullable", "field_uniqueness", "column_in_dataframe",
              "column_in_schema"}  # fmt: skip

# Rules that a row breaks only beside another (a repeated id, mention or span).
PAIR_RULES = {"field_uniqueness", "mention_is_unique", "span_is_unique"}


def table_of(fixture: str) -> RawTable:
    path = TABLES / fixture
    return RawTable(*parse_records(decode_text(path.read_bytes(), path), path))


def judged(name: str, raws: list[RawTable]) -> dict:
    """Per position: (verdict as JSON, records as (type, value) cells, typed frame or None)."""
    batch = Batch([None] * len(raws), [{name: raw} for raw in raws])
    out = {}
    for header, positions in batch.header_groups(name):
        for position, (result, typed) in schema.validate_group(
            name, batch, header, positions
        ).items():
            out[position] = (result.as_json(), typed and cells_of(typed), typed and typed.frame())
    return out


def cells_of(typed) -> tuple:
    def cell(value):
        if isinstance(value, float) and math.isnan(value):
            return ("nan",)
        return (type(value).__name__, str(value))

    return typed.rows.columns, [[cell(v) for v in record] for record in typed.rows.records]


def same_both_ways(name: str, raws: list[RawTable], monkeypatch) -> tuple[dict, dict]:
    fast = judged(name, raws)
    with monkeypatch.context() as patch:
        for model in MODELS.values():
            patch.setitem(schema.ACCEPT_RULES, model, None)
        slow = judged(name, raws)
    assert fast.keys() == slow.keys()
    for position in fast:
        (fast_json, fast_cells, fast_frame), (slow_json, slow_cells, slow_frame) = (
            fast[position],
            slow[position],
        )
        assert fast_json == slow_json
        assert fast_cells == slow_cells
        if slow_frame is None:
            assert fast_frame is None
        else:
            pd.testing.assert_frame_equal(fast_frame, slow_frame)
    return fast, slow


def faulty_rows() -> list[tuple[str, int]]:
    cases = []
    for path in sorted(TABLES.glob("*-invalid.csv")):
        cases += [(path.name, number) for number in table_of(path.name).numbers]
    return cases


FAULTS = faulty_rows()


@pytest.mark.parametrize(("fixture", "row"), FAULTS, ids=[f"{f}:{r}" for f, r in FAULTS])
def test_one_faulty_row_beside_clean_datasets_is_judged_as_pandera_judges_it(
    fixture, row, monkeypatch
):
    name = fixture.split("-")[0]
    valid, invalid = table_of(f"{name}-valid.csv"), table_of(fixture)
    alone = RawTable(invalid.header, [invalid.rows[invalid.numbers.index(row)]], [row])
    fast, _ = same_both_ways(name, [valid, alone, valid], monkeypatch)
    pinned = {rule for number, _, rule in EXPECTED[fixture] if number == row}
    if not pinned <= PAIR_RULES:  # a repeat is no fault in a row alone
        assert fast[1][0]["status"] == "fail"  # the fault is found, in pandera's words
    assert fast[0][0]["status"] == fast[2][0]["status"] == "pass"


@pytest.mark.parametrize(
    "fixture",
    [p.name for p in sorted(TABLES.glob("*.csv"))],
)
def test_every_fixture_table_is_judged_as_pandera_judges_it(fixture, monkeypatch):
    name = fixture.split("-")[0]
    same_both_ways(name, [table_of(fixture), table_of(f"{name}-valid.csv")], monkeypatch)


def test_the_faults_fail_every_kind_of_check_the_schemas_hold(monkeypatch):
    """Every check attached to a column or a table in any model, and pandera's own rules,
    is what fails in at least one of the cases above (plus a cell too long for Excel)."""
    declared = set(CORE_RULES)
    for model in MODELS.values():
        batch_schema = schema.BATCH_SCHEMAS[model]
        declared |= {c.name for column in batch_schema.columns.values() for c in column.checks}
        declared |= {c.name for c in batch_schema.checks}
    failed = set()
    for fixture in sorted({f for f, _ in FAULTS} | {"claims-missing-column.csv",
                                                     "figures-extra-column.csv"}):  # fmt: skip
        name = fixture.split("-")[0]
        fast, _ = same_both_ways(name, [table_of(fixture)], monkeypatch)
        failed |= {f["rule"].split("(")[0] for f in fast[0][0]["details"]["findings"]}
    valid = table_of("claims-valid.csv")
    long_quote = [list(valid.rows[0])]
    long_quote[0][valid.header.index("quote_ar")] = "ا" * 32_768
    fast, _ = same_both_ways("claims", [RawTable(valid.header, long_quote)], monkeypatch)
    failed |= {f["rule"].split("(")[0] for f in fast[0][0]["details"]["findings"]}
    assert declared <= failed, f"no fault case for {sorted(declared - failed)}"


def test_clean_archive_is_accepted_at_once_with_pandera_s_records_and_frames(tmp_path, monkeypatch):
    write_archive(tmp_path / "archive", 12, 5)
    datasets = []
    for folder in [*discover([tmp_path / "archive"]), LIBYA]:
        try:
            datasets.append(read_folder(folder)[1])
        except UnusableInput as error:  # pragma: no cover (the archive is valid)
            pytest.fail(error.line())
    accepted = []
    real_accept = schema.accept

    def counted(*args):
        result = real_accept(*args)
        accepted.append(result is not None)
        return result

    monkeypatch.setattr(schema, "accept", counted)
    for name in MODELS:
        raws = [RawTable(*tables[name]) for tables in datasets if name in tables]
        if raws:
            same_both_ways(name, raws, monkeypatch)
    assert accepted and all(accepted)


def test_a_shuffled_header_keeps_the_file_s_column_order(monkeypatch):
    valid = table_of("entities-valid.csv")
    order = list(reversed(range(len(valid.header))))
    shuffled = RawTable(
        [valid.header[i] for i in order], [[r[i] for i in order] for r in valid.rows]
    )
    fast, _ = same_both_ways("entities", [shuffled], monkeypatch)
    assert fast[0][1][0] == tuple(shuffled.header)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda s: s.update_columns({"claim_id": {"unique": True}}), "a unique column"),
        (lambda s: s.update_columns({"paragraph": {"dtype": "float64"}}), "a float column"),
        (lambda s: s.set_index(["claim_id"]), "an index"),
        (lambda s: s.update_columns({"claim_en": {"default": "x"}}), "a default"),
    ],
)
def test_a_schema_setting_the_fast_path_does_not_know_gets_no_fast_path(change, reason):
    claims = schema.BATCH_SCHEMAS[MODELS["claims"]]
    assert schema_accept.rules_for(claims, []) is not None
    assert schema_accept.rules_for(change(claims), []) is None, reason


@pytest.mark.parametrize("name", list(MODELS))
def test_a_table_of_no_rows_is_judged_as_pandera_judges_it(name, monkeypatch):
    header = table_of(f"{name}-valid.csv").header
    fast, _ = same_both_ways(name, [RawTable(header, []), table_of(f"{name}-valid.csv")],
                             monkeypatch)  # fmt: skip
    assert fast[0][0]["message"] == f"0 rows match the {name} schema"
