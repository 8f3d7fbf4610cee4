"""Read dataset folders into tables of text, or say in one line why they cannot be read.

Everything arrives as text: types are the schemas' business (schemas.py), so a bad cell
becomes a pinned schema failure with its row and column instead of a parser crash.
Accepted as Excel saves them: UTF-8 with or without BOM, CRLF or LF line endings.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from validation.schemas import MODELS, REQUIRED_TABLES

FIRST_DATA_ROW = 2  # rows are numbered as a spreadsheet shows them: the header is row 1
MAX_FILE_BYTES = 50 * 1024 * 1024
csv.field_size_limit(MAX_FILE_BYTES)


class UnusableInput(Exception):
    """Input that cannot be read at all (exit code 2), located as precisely as known."""

    def __init__(self, path: Path | str, reason: str, row: int | None = None, column=None):
        self.path, self.reason, self.row, self.column = str(path), reason, row, column
        super().__init__(self.line())

    def line(self) -> str:
        where = self.path
        if self.row is not None:
            where += f", row {self.row}"
        if self.column is not None:
            where += f", column {self.column}"
        return f"{where}: {self.reason}"


@dataclass
class Dataset:
    """One article: its exact text, its metadata and its curated tables (cells as text)."""

    id: str
    folder: Path
    source_text: str
    source_bytes: bytes
    metadata: dict
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)

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
    return folder.is_dir() and (
        (folder / "metadata.json").exists()
        or any((folder / f"{name}.csv").exists() for name in MODELS)
    )


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
        children = sorted(p for p in path.iterdir() if is_dataset_folder(p))
        if not children:
            raise UnusableInput(path, "no dataset folder here (none holds metadata.json)")
        found.extend(children)
    return found


def read_bytes(path: Path, root: Path) -> bytes:
    """A regular file inside ``root``; links that lead outside the dataset are refused."""
    if path.is_symlink() and root.resolve() not in path.resolve().parents:
        raise UnusableInput(path, "a link pointing outside the dataset folder: refused")
    if not path.exists():
        raise UnusableInput(path, "missing file")
    if path.is_dir():
        raise UnusableInput(path, "a folder where a file should be")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UnusableInput(path, f"file of {size:,} bytes exceeds the limit of {MAX_FILE_BYTES:,}")
    return path.read_bytes()


def looks_like(data: bytes) -> str:
    """Name the encoding undecodable bytes most resemble, for the error message."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[1:200:2].count(0) > 20:
        return "UTF-16"
    arabic = sum(1 for b in data if 0xC1 <= b <= 0xED)
    if arabic > len(data) * 0.05:
        return "Windows-1256 (Arabic)"
    if all(b >= 0x20 or b in b"\t\r\n" for b in data[:512]):
        return "Latin-1 / Windows-1252"
    return "binary data, not text"


def decode_text(data: bytes, path: Path | str) -> str:
    """UTF-8 (a leading BOM is dropped, as Excel adds one) with LF line endings."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise UnusableInput(
            path, f"not UTF-8 (byte {error.start}, line {line}); it looks like {looks_like(data)}"
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise UnusableInput(path, f"NUL byte on line {line}: not a text file")
    return text.replace("\r\n", "\n")


def parse_csv(text: str, path: Path | str) -> pd.DataFrame:
    """Cells as text (empty = missing), indexed by spreadsheet row number."""
    if not text.strip():
        raise UnusableInput(path, "empty file: expected a header row")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
        rows = list(reader)
    except csv.Error as error:
        raise UnusableInput(path, f"unparsable CSV: {error}", row=reader.line_num) from None
    seen = set()
    for name in header:
        if name in seen:
            raise UnusableInput(path, f"duplicate column {name!r} in the header", row=1)
        seen.add(name)
    for number, row in enumerate(rows, start=FIRST_DATA_ROW):
        if len(row) != len(header) and any(row):
            raise UnusableInput(
                path, f"{len(row)} cells where the header has {len(header)}", row=number
            )
    rows = [row for row in rows if any(row)]  # a trailing blank line is not a row
    frame = pd.DataFrame(rows, columns=header, dtype="str")
    frame.index = pd.RangeIndex(FIRST_DATA_ROW, FIRST_DATA_ROW + len(frame))
    return frame.replace("", pd.NA)


def read_table(path: Path, root: Path) -> pd.DataFrame:
    return parse_csv(decode_text(read_bytes(path, root), path), path)


def read_metadata(path: Path, root: Path) -> dict:
    text = decode_text(read_bytes(path, root), path)
    try:
        metadata = json.loads(text)
    except json.JSONDecodeError as error:
        raise UnusableInput(path, f"invalid JSON: {error.msg}", row=error.lineno) from None
    if not isinstance(metadata, dict):
        raise UnusableInput(path, "expected a JSON object")
    return metadata


def load_dataset(folder: Path) -> Dataset:
    """Read one dataset folder; raises UnusableInput naming the first unreadable file."""
    metadata = read_metadata(folder / "metadata.json", folder)
    source_name = str(metadata.get("source", {}).get("file", "source.txt"))
    source_path = folder / source_name
    if Path(source_name).name != source_name:
        raise UnusableInput(folder / "metadata.json", f"source.file {source_name!r} is not a name")
    source_bytes = read_bytes(source_path, folder)
    try:
        source_text = source_bytes.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UnusableInput(
            source_path, f"not UTF-8 (byte {error.start}); looks like {looks_like(source_bytes)}"
        ) from None
    dataset = Dataset(
        id=str(metadata.get("id") or folder.name),
        folder=folder,
        source_text=source_text,
        source_bytes=source_bytes,
        metadata=metadata,
    )
    for name in MODELS:
        path = folder / f"{name}.csv"
        if name in REQUIRED_TABLES or path.exists() or path.is_symlink():
            dataset.tables[name] = read_table(path, folder)
    return dataset


def load_all(paths: list[Path]) -> list[Dataset]:
    return [load_dataset(folder) for folder in discover(paths)]
