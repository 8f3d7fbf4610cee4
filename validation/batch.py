"""Many datasets' tables at once, as the checks read them.

pandera sees one frame per table for the whole batch (a ``(dataset position, row)`` index),
so its fixed cost is paid once, not once per article. Every other check reads each
dataset's rows as records — the very values ``DataFrame.itertuples`` gives, ``row.Index``
the spreadsheet row — because pandas' per-call cost on frames of 2–45 rows was most of the
time an archive took. A single dataset is a batch of one: there is one implementation.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache

from validation.load import FIRST_DATA_ROW, Dataset


@cache
def record_type(columns: tuple[str, ...]):
    return namedtuple("Row", ["Index", *columns], rename=True)


class Rows:
    """One table of one dataset: column names in file order, rows as records."""

    __slots__ = ("columns", "records")

    def __init__(self, columns: tuple[str, ...], records: list):
        self.columns, self.records = columns, records

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator:
        return iter(self.records)

    def __contains__(self, column: str) -> bool:
        return column in self.columns

    def values(self, column: str) -> list:
        index = self.columns.index(column) + 1
        return [record[index] for record in self.records]

    def where(self, keep: Callable) -> Rows:
        return Rows(self.columns, [record for record in self.records if keep(record)])

    def without(self, rows: set) -> Rows:
        """Less the records at these spreadsheet rows."""
        if not rows:
            return self
        return Rows(self.columns, [r for r in self.records if r.Index not in rows])


@dataclass
class RawTable:
    """One table of one dataset as written: cells as text, "" where a cell is empty."""

    header: list[str]
    rows: list[list[str]]
    numbers: list[int] = field(default_factory=list)  # the spreadsheet row of each

    def __post_init__(self):
        if not self.numbers:
            self.numbers = list(range(FIRST_DATA_ROW, FIRST_DATA_ROW + len(self.rows)))

    def column(self, name: str) -> list[str]:
        index = self.header.index(name)
        return [row[index] for row in self.rows]

    def cell(self, row: int, column: str) -> str | None:
        """The cell as written, None when empty or absent."""
        if column not in self.header or row not in self.numbers:
            return None
        return self.rows[self.numbers.index(row)][self.header.index(column)] or None


def raw_from_frame(frame) -> RawTable:
    """A table read into a frame (load_dataset, an upload) back as cells of text."""
    cells = frame.astype(object).where(frame.notna(), "").to_numpy().tolist()
    return RawTable([str(c) for c in frame.columns], cells, [int(i) for i in frame.index])


@dataclass
class Batch:
    """Datasets checked together: their articles and metadata, their tables as written."""

    datasets: list[Dataset]
    raw: list[dict[str, RawTable]]

    @classmethod
    def from_datasets(cls, datasets: list[Dataset]) -> Batch:
        raw = [{n: raw_from_frame(f) for n, f in d.tables.items()} for d in datasets]
        return cls(datasets, raw)

    def __len__(self) -> int:
        return len(self.datasets)

    def header_groups(self, name: str) -> list[tuple[tuple[str, ...], list[int]]]:
        """(header, dataset positions) of each distinct header of table ``name``."""
        groups: dict[tuple[str, ...], list[int]] = {}
        for position, tables in enumerate(self.raw):
            if name in tables:
                groups.setdefault(tuple(tables[name].header), []).append(position)
        return list(groups.items())

    def frame(self, name: str, header: tuple[str, ...], positions: list[int]):
        """One frame of text cells for these datasets' table, indexed (position, row)."""
        import pandas as pd

        tables = [self.raw[p][name] for p in positions]
        cells = [row for table in tables for row in table.rows]
        frame = pd.DataFrame(cells, columns=list(header), dtype="str")
        frame.index = pd.MultiIndex.from_arrays(
            [
                pd.Index([p for p, t in zip(positions, tables, strict=True) for _ in t.rows],
                         dtype="int64"),
                pd.Index([n for t in tables for n in t.numbers], dtype="int64"),
            ]
        )  # fmt: skip
        return frame.replace("", pd.NA)


def column_values(column) -> list:
    """A column's values as iterating it gives them. Text through numpy: iterating a
    pyarrow-backed text column in Python costs 7× more, for the same str and NaN values."""
    if getattr(column.dtype, "name", "") in ("str", "string"):
        return column.to_numpy(dtype=object).tolist()
    return list(column)


def records_by_position(frame) -> dict[int, Rows]:
    """A typed batch frame as each dataset's records (the values itertuples gives)."""
    columns = tuple(str(c) for c in frame.columns)
    make = record_type(columns)._make
    # the index level by level: a MultiIndex's tolist() builds its tuples in Python first
    # (0.15 ms an article, more than the rest of this function)
    index = zip(*(frame.index.get_level_values(n).tolist() for n in (0, 1)), strict=True)
    values = [column_values(frame[c]) for c in frame.columns]
    found: dict[int, list] = {}
    rows = zip(*values, strict=True) if values else [()] * len(frame.index)
    for (position, row), cells in zip(index, rows, strict=True):
        found.setdefault(position, []).append(make((row, *cells)))
    return {position: Rows(columns, records) for position, records in found.items()}


def records_of(frame) -> Rows:
    """One dataset's typed frame as records."""
    columns = tuple(str(c) for c in frame.columns)
    make = record_type(columns)._make
    return Rows(columns, [make(r) for r in frame.itertuples(name=None)])


@dataclass
class Subject:
    """One dataset as a check kind sees it: the article, its tables as written, the rows that
    passed the schema, and those no earlier kind flagged (what arithmetic may trust)."""

    dataset: Dataset
    raw: dict[str, RawTable]
    rows: dict[str, Rows]
    trusted: dict[str, Rows] = field(default_factory=dict)


def missing(value) -> bool:
    """An empty cell, as the typed tables hold it: NaN in text, pd.NA in numbers."""
    kind = type(value)
    if kind is str or kind is int:  # most cells: asked 300 times an article
        return False
    if value is None:
        return True
    if isinstance(value, float):
        return value != value
    return kind.__name__ == "NAType"
