"""An accept-only fast path for the schema kind, read off the pandera models themselves.

pandera's ``validate`` of a batch is cheap in its checks and dear around them: a frame of
text for every table, numbers read out of it, pandera's own bookkeeping per column (≈ 30 ms
a table even when every row passes), and the typed frame turned back into records — 0.5 ms
an article of an archive whose tables are, nearly always, all clean. Here a table whose
every cell is written as the canonical CSV writes it (``5``, ``true``, empty for missing) is
judged by the very ``Check`` objects of its pandera schema (the checks' own backends, on
columns of the types pandera would hand them), and its records are made from the cells.

It only ever says yes. Its rules are not a copy: each column's type, nullability and checks,
the table's checks, its strictness and its unique fields come from the schema object
(``rules_for``), and a schema using anything this reading does not know gets no fast path at
all. Any doubt — a cell in another form, a check that does not pass, a repeated id, a
header that is not exactly the model's columns — sends the table's whole batch to
pandera (checks/schema.py, ``validate_group``), which says what is wrong in its own words,
so every finding is pandera's (tests/test_schema_accept.py holds the two paths alike).
The typed frame (for export and the dashboard) is made by pandera when first asked for.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from validation.batch import Batch, Rows, missing, record_type

WHOLE_NUMBER = re.compile(r"-?[0-9]{1,18}")  # at most 18 digits: fits in 64 bits
BOOLEANS = {"true": np.True_, "false": np.False_}  # the values pandas' boolean column yields
NAN = math.nan  # a missing text cell, as a text column's records hold it

# Schema settings this reading understands, at the values it understands them.
SCHEMA_SETTINGS = {
    "strict": True,
    "ordered": False,
    "unique": None,
    "unique_column_names": False,
    "add_missing_columns": False,
    "drop_invalid_rows": False,
    "index": None,
    "dtype": None,
}


@dataclass(frozen=True)
class ColumnRule:
    """One column as its schema declares it: how a cell turns into a value, and the checks."""

    name: str
    kind: str  # "text", "int64", "Int64" or "boolean": pandera's dtype, by name
    nullable: bool
    unique: bool
    checks: tuple


@dataclass(frozen=True)
class TableRules:
    columns: dict[str, ColumnRule]
    table_checks: tuple


KINDS = {"string[pyarrow]": "text", "str": "text", "int64": "int64", "Int64": "Int64",
         "boolean": "boolean"}  # fmt: skip


def rules_for(schema, unique_fields: list[str]) -> TableRules | None:
    """The rules of a pandera DataFrameSchema, or None when it uses a setting, a column
    option or a dtype this reading does not know (that table always goes to pandera)."""
    for setting, value in SCHEMA_SETTINGS.items():
        actual = getattr(schema, setting, value)
        if actual is not value and (value is None or actual is None or actual != value):
            return None
    if schema.parsers or not schema.coerce:
        return None
    columns = {}
    for name, column in schema.columns.items():
        kind = KINDS.get(str(column.dtype))
        plain = not (column.regex or column.parsers or column.unique) and column.required
        if kind is None or not plain or column.default is not None:
            return None
        checks = tuple(column.checks)
        if any(check.groupby is not None for check in checks):
            return None
        columns[name] = ColumnRule(name, kind, column.nullable, name in unique_fields, checks)
    if any(check.groupby is not None for check in schema.checks):
        return None
    return TableRules(columns, tuple(schema.checks))


@dataclass
class Accepted:
    """A table's batch that passed: each dataset's records, and a way to the typed frame."""

    rows: dict[int, Rows]
    frame: Callable[[], pd.DataFrame]


def accept(
    rules: TableRules,
    batch: Batch,
    name: str,
    header: tuple[str, ...],
    positions: list[int],
    typed_frame: Callable[[], pd.DataFrame],
) -> Accepted | None:
    """The batch's records when every rule holds for every row of every dataset, else None
    (``typed_frame`` makes the typed frame, by pandera, when someone asks for it)."""
    if len(header) != len(rules.columns) or set(header) != set(rules.columns):
        return None
    tables = [batch.raw[p][name] for p in positions]
    cells = [row for table in tables for row in table.rows]
    columns = list(zip(*cells, strict=True)) if cells else [() for _ in header]
    values, series = [], {}
    index = batch_index(positions, tables)
    for column, column_cells in zip(header, columns, strict=True):
        read = read_column(rules.columns[column], column_cells, index)
        if read is None:
            return None
        values.append(read[0])
        series[column] = read[1]
    if not unique_within_datasets(rules, header, values, positions, tables):
        return None
    for column, column_series in series.items():
        for check in rules.columns[column].checks:
            if not check(column_series).check_passed:
                return None
    if rules.table_checks:
        frame = pd.DataFrame(series, index=index, copy=False)
        if not all(check(frame).check_passed for check in rules.table_checks):
            return None
    return Accepted(records_of(header, values, positions, tables), typed_frame)


def batch_index(positions: list[int], tables: list) -> pd.MultiIndex:
    """(dataset position, spreadsheet row), as the batch's frames are indexed."""
    return pd.MultiIndex.from_arrays(
        [
            np.array([p for p, t in zip(positions, tables, strict=True) for _ in t.rows],
                     dtype="int64"),
            np.array([n for t in tables for n in t.numbers], dtype="int64"),
        ]
    )  # fmt: skip


def read_column(rule: ColumnRule, cells: tuple[str, ...], index) -> tuple[list, pd.Series] | None:
    """(the values a typed frame's records hold, the column pandera's checks would see), or
    None when a cell is not in the canonical form of its type, or missing where it may not."""
    missing = "" in cells
    if missing and (not rule.nullable or rule.kind == "int64"):
        return None
    if rule.kind == "text":
        text = [cell or NAN for cell in cells] if missing else list(cells)
        return text, text_column(text, index)
    if rule.kind == "boolean":
        if not set(cells) <= {"true", "false", ""}:
            return None
        read = [BOOLEANS.get(cell) for cell in cells]
        column = pd.Series(pd.array(read, dtype="boolean"), index=index)
        return [pd.NA if value is None else value for value in read], column
    if not all(map(WHOLE_NUMBER.fullmatch, [c for c in cells if c] if missing else cells)):
        return None
    if rule.kind == "int64":  # no cell is empty (see above)
        numbers = list(map(int, cells))
        return numbers, pd.Series(np.array(numbers, dtype="int64"), index=index)
    numbers = [int(cell) if cell else None for cell in cells]
    column = pd.Series(pd.array(numbers, dtype="Int64"), index=index)
    return [pd.NA if n is None else np.int64(n) for n in numbers], column


TEXT = pd.Series([""], dtype="str").dtype  # the dtype of a batch frame's text column


def text_column(text: list, index) -> pd.Series:
    """``pd.Series(text, index=index, dtype="str")``, the same array (one chunk of pyarrow
    large strings, NaN missing) made by pyarrow directly: a third less time on 7,000 cells."""
    if getattr(TEXT, "storage", None) != "pyarrow":
        return pd.Series(text, index=index, dtype=TEXT)
    import pyarrow

    cells = pyarrow.array(text, type=pyarrow.large_string(), from_pandas=True)
    return pd.Series(pd.arrays.ArrowStringArray(cells, dtype=TEXT), index=index, copy=False)


def unique_within_datasets(
    rules: TableRules, header: tuple, values: list, positions: list[int], tables: list
) -> bool:
    """No dataset repeats a value of a unique field (ids are unique per dataset, not per
    archive: checks/schema.py, ``duplicate_ids``)."""
    for number, column in enumerate(header):
        if not rules.columns[column].unique:
            continue
        start = 0
        for table in tables:
            end = start + len(table.rows)
            present = [v for v in values[number][start:end] if not missing(v)]
            if len(set(present)) != len(present):
                return False
            start = end
    return True


def records_of(header: tuple, values: list, positions: list[int], tables: list) -> dict:
    """Each dataset's records, as records_by_position makes them from a typed frame."""
    numbers = [n for table in tables for n in table.numbers]
    records = list(map(record_type(header)._make, zip(numbers, *values, strict=True)))
    found, start = {}, 0
    for position, table in zip(positions, tables, strict=True):
        end = start + len(table.rows)
        found[position] = Rows(header, records[start:end])
        start = end
    return found
