"""Read dataset folders into tables of text, or say in one line why they cannot be read.

Everything arrives as text: types are the schemas' business (schemas.py), so a bad cell
becomes a pinned schema failure with its row and column instead of a parser crash.
Accepted as Excel saves them: UTF-8 with or without BOM, CRLF or LF line endings.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from validation.tables import REQUIRED_TABLES, TABLES
from validation.textfile import (  # noqa: F401 (read here, imported from here by others)
    CONTROL_BYTES,
    MAX_FILE_BYTES,
    UnusableInput,
    decode_text,
    looks_like,
    not_utf8,
    present,
    read_bytes,
)

if TYPE_CHECKING:
    import pandas as pd

FIRST_DATA_ROW = 2  # rows are numbered as a spreadsheet shows them: the header is row 1
csv.field_size_limit(MAX_FILE_BYTES)


@dataclass
class Dataset:
    """One article: its exact text, its metadata and its curated tables (cells as text)."""

    id: str
    folder: Path
    source_text: str
    source_bytes: bytes
    metadata: dict
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)  # cells as text

    @property
    def body_start(self) -> int:
        return int(self.metadata.get("source", {}).get("body_start", 0) or 0)

    @property
    def published(self) -> dt.date | None:
        """The publication day, the reference for «الماضي» and «المقبل»; None unless a day."""
        value = self.metadata.get("publication_date", {}).get("value")
        try:
            return (
                dt.date.fromisoformat(value)
                if isinstance(value, str) and len(value) == 10
                else None
            )
        except ValueError:
            return None


def is_dataset_folder(folder: Path) -> bool:
    return folder.is_dir() and holds_dataset(str(folder))


def holds_dataset(folder: str) -> bool:
    """Whether a folder holds metadata.json or one of the tables (strings, not Paths: an
    archive's 10,000 folders are asked this on every run, warm runs too)."""
    return os.path.exists(os.path.join(folder, "metadata.json")) or any(
        os.path.exists(os.path.join(folder, f"{name}.csv")) for name in TABLES
    )


def dataset_children(folder: Path) -> list[Path]:
    """The dataset folders in ``folder``, sorted by name."""
    with os.scandir(folder) as entries:
        names = [e.name for e in entries if e.is_dir() and holds_dataset(e.path)]
    return [folder / name for name in sorted(names)]


def discover(paths: list[Path]) -> list[Path]:
    """Dataset folders named by ``paths``: each a dataset folder or a folder of them."""
    found: list[Path] = []
    for path in paths:
        if not path.exists():
            raise UnusableInput(path, "no such file or folder")
        if not path.is_dir():
            raise UnusableInput(path, "expected a dataset folder or a folder of datasets")
        if is_dataset_folder(path):
            found.append(path)
            continue
        children = dataset_children(path)
        if not children:
            raise UnusableInput(path, "no dataset folder here (none holds metadata.json)")
        found.extend(children)
    return found


def parse_records(text: str, path: Path | str) -> tuple[list[str], list[list[str]]]:
    """(header, rows of cells as written): the one careful reading of every CSV, so each
    unusable file is told in the same line whether it comes alone or in an archive."""
    if not text.strip():
        raise UnusableInput(path, "empty file: expected a header row")
    records: list[list[str]] = []
    try:
        records.extend(
            unquoted_records(text) or csv.reader(io.StringIO(text, newline=""), strict=True)
        )
    except csv.Error as error:
        # the row that fails is the one after those read, not the line the reader stopped
        # on: an unclosed quote runs on to the end of the file
        raise UnusableInput(path, f"unparsable CSV: {error}", row=len(records) + 1) from None
    header, rows = records[0], records[1:]
    if len(set(header)) != len(header):
        seen = set()
        for name in header:
            if name in seen:
                raise UnusableInput(path, f"duplicate column {name!r} in the header", row=1)
            seen.add(name)
    width = len(header)
    for number, row in enumerate(rows, start=FIRST_DATA_ROW):
        if len(row) != width and any(row):
            raise UnusableInput(path, f"{len(row)} cells where the header has {width}", row=number)
    return header, [row for row in rows if any(row)]  # a trailing blank line is not a row


def unquoted_records(text: str) -> list[list[str]] | None:
    """The records csv.reader reads from a text with no quote and no CR (three files in
    four an archive holds), split in two calls instead of parsed; None for any other text.
    Without a quote character no field spans lines or holds a comma, and a blank line is
    a record of no cells, as csv.reader gives it."""
    if '"' in text or "\r" in text or "\x00" in text or len(text) > MAX_FILE_BYTES:
        return None  # csv.reader reads it, or says why it cannot
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()  # the last line's end, not a line
    return [line.split(",") if line else [] for line in lines]


def parse_csv(text: str, path: Path | str) -> pd.DataFrame:
    """Cells as text (empty = missing), indexed by spreadsheet row number."""
    return records_frame(*parse_records(text, path))


def read_table(path: Path, root: Path) -> pd.DataFrame:
    return parse_csv(decode_text(read_bytes(path, root), path), path)


def read_metadata(path: Path, root: Path, data: bytes | None = None) -> dict:
    text = decode_text(read_bytes(path, root) if data is None else data, path)
    try:
        metadata = json.loads(text)
    except json.JSONDecodeError as error:
        raise UnusableInput(path, f"invalid JSON: {error.msg}", row=error.lineno) from None
    except RecursionError:
        raise UnusableInput(path, "invalid JSON: nested too deeply") from None
    if not isinstance(metadata, dict):
        raise UnusableInput(path, "expected a JSON object")
    check_walkable(metadata, path)
    return metadata


# The parts of metadata.json the loader and the checks walk before its JSON Schema is judged
# (schema.metadata reports every other problem): of another shape, they are unusable.
WALKED = {"source": dict, "publication_date": dict, "header_lines": list}
JSON_TYPES = {dict: "an object", list: "an array", str: "a string", bool: "true or false",
              int: "a number", float: "a number", type(None): "null"}  # fmt: skip


def check_walkable(metadata: dict, path: Path) -> None:
    for key, kind in WALKED.items():
        value = metadata.get(key, kind())
        if not isinstance(value, kind):
            raise UnusableInput(
                path, f"must be {JSON_TYPES[kind]}, not {JSON_TYPES[type(value)]}", column=key
            )
    for entry in metadata.get("header_lines", []):
        if not isinstance(entry, dict):
            raise UnusableInput(
                path, f"each line must be an object, not {JSON_TYPES[type(entry)]}",
                column="header_lines",
            )  # fmt: skip
    body_start = metadata.get("source", {}).get("body_start")
    if body_start is not None and type(body_start) is not int:  # True and 95.0 too
        raise UnusableInput(
            path, f"must be a whole number, not {body_start!r}", column="source/body_start"
        )


def read_folder(
    folder: Path, files: dict[str, bytes] | None = None
) -> tuple[Dataset, dict[str, tuple[list[str], list[list[str]]]]]:
    """A dataset folder's article and metadata, and each table's (header, rows) as written;
    raises UnusableInput naming the first unreadable file, in the order a reader opens them.

    ``files``, when given, is every entry of the folder (all regular files, none too large)
    as just read by whoever hashed it (cache.settle_key): not read a second time. A name it
    lacks is absent, or read here as ever."""
    read = functools.partial(read_entry, folder, files)
    metadata = read_metadata(folder / "metadata.json", folder, read("metadata.json", False))
    source_name = str(metadata.get("source", {}).get("file", "source.txt"))
    source_path = folder / source_name
    if Path(source_name).name != source_name:
        raise UnusableInput(folder / "metadata.json", f"source.file {source_name!r} is not a name")
    source_bytes = read(source_name)
    try:
        source_text = source_bytes.decode("utf-8")  # exactly: offsets index these characters
    except UnicodeDecodeError as error:
        raise not_utf8(source_path, source_bytes, error) from None
    dataset = Dataset(
        id=str(metadata.get("id") or folder.name),
        folder=folder,
        source_text=source_text,
        source_bytes=source_bytes,
        metadata=metadata,
    )
    tables = {}
    for name in TABLES:
        file = f"{name}.csv"
        path = folder / file
        known = files is not None and file in files
        if name in REQUIRED_TABLES or known or (files is None and present(path)):
            tables[name] = parse_records(decode_text(read(file), path), path)
    return dataset, tables


def read_entry(folder: Path, files: dict[str, bytes] | None, name: str, fallback: bool = True):
    """The bytes of ``folder / name``: from ``files`` when it holds them, else read (with
    ``fallback``) or None."""
    if files is not None and name in files:
        return files[name]
    return read_bytes(folder / name, folder) if fallback else None


def records_frame(header: list[str], rows: list[list[str]]):
    """Cells as text (empty = missing), indexed by spreadsheet row number."""
    import pandas as pd

    frame = pd.DataFrame(rows, columns=header, dtype="str")
    frame.index = pd.RangeIndex(FIRST_DATA_ROW, FIRST_DATA_ROW + len(frame))
    return frame.replace("", pd.NA)


def load_dataset(folder: Path) -> Dataset:
    """Read one dataset folder; raises UnusableInput naming the first unreadable file."""
    dataset, tables = read_folder(folder)
    dataset.tables = {name: records_frame(*table) for name, table in tables.items()}
    return dataset


def load_all(paths: list[Path]) -> list[Dataset]:
    return [load_dataset(folder) for folder in discover(paths)]
