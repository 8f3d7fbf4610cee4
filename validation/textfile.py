"""Read one text file, or say in one line why it cannot be read (exit code 2).

Kept apart from load.py, which reads whole datasets with pandas, so that `factdesk
extract` reads its file without importing pandas (the command's start-up is most of its
time on a small file).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

MAX_FILE_BYTES = 50 * 1024 * 1024


class UnusableInput(Exception):
    """Input that cannot be read at all (exit code 2), located as precisely as known."""

    def __init__(self, path: Path | str, reason: str, row: int | None = None, column=None):
        self.path, self.reason, self.row, self.column = str(path), reason, row, column
        super().__init__(self.line())

    def __reduce__(self):  # raised in a worker process, it must arrive whole in the parent
        return UnusableInput, (self.path, self.reason, self.row, self.column)

    def line(self) -> str:
        where = self.path
        if self.row is not None:
            where += f", row {self.row}"
        if self.column is not None:
            where += f", column {self.column}"
        return f"{where}: {self.reason}"


def read_bytes(path: Path, root: Path) -> bytes:
    """A regular file inside ``root``; links that lead outside the dataset are refused.

    The common case costs one lstat and one read (an archive reads 9 files an article);
    anything else (a link, a folder, a missing or oversized file, an error) is judged by
    ``read_carefully``, which says what is wrong."""
    try:
        status = os.lstat(path)
    except OSError:
        return read_carefully(path, root)
    if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_FILE_BYTES:
        return read_carefully(path, root)
    try:
        return path.read_bytes()
    except OSError:
        return read_carefully(path, root)


def whole_file(path: str, size: int) -> bytes:
    """Every byte of a regular file last seen ``size`` bytes long (more if it has grown
    since), in three system calls: ``open(path, "rb").read()`` takes nine. For a folder's
    listed files (cache.files_digest: a cold check hashes nine files an article, and the
    loader takes their bytes from there)."""
    handle = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)  # a pipe: no wait
    try:
        data = os.read(handle, size + 1)
        if len(data) > size:  # grown since it was listed: the rest too, to its end
            parts = [data]
            while part := os.read(handle, 1 << 20):
                parts.append(part)
            data = b"".join(parts)
    finally:
        os.close(handle)
    return data


def present(path: Path) -> bool:
    """``path.exists() or path.is_symlink()`` (a broken link is present) in one lstat."""
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError:
        return path.exists() or path.is_symlink()
    return True


def read_carefully(path: Path, root: Path) -> bytes:
    if path.is_symlink():
        try:
            target = path.resolve()
        except (OSError, RuntimeError):  # a loop of links (RuntimeError before Python 3.13)
            raise UnusableInput(path, "a link that loops back on itself: refused") from None
        if root.resolve() not in target.parents:
            raise UnusableInput(path, "a link pointing outside the dataset folder: refused")
    if not path.exists():
        raise UnusableInput(path, "missing file")
    if path.is_dir():
        raise UnusableInput(path, "a folder where a file should be")
    if not path.is_file():  # reading a pipe or a device would wait forever or never end
        raise UnusableInput(path, "not a regular file (a pipe, socket or device): refused")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnusableInput(
                path, f"file of {size:,} bytes exceeds the limit of {MAX_FILE_BYTES:,}"
            )
        return path.read_bytes()
    except OSError as error:  # no permission, or the file went away while we looked
        raise UnusableInput(path, f"cannot be read: {error.strerror or error}") from None


# Bytes no text file holds (TAB, LF and CR are text); their presence means binary data.
CONTROL_BYTES = frozenset(range(0x20)) - set(b"\t\n\r") | {0x7F}


def looks_like(data: bytes) -> str:
    """Name the encoding undecodable bytes most resemble, for the error message."""
    zeros = max(data[0:200:2].count(0), data[1:200:2].count(0))
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or zeros > 20:
        return "UTF-16"
    sample = data[:65536]
    if any(b in CONTROL_BYTES for b in sample):
        return "binary data, not text"
    # Arabic words in Windows-1256 are runs of high bytes; Latin-1 accents stand alone (café)
    high = [i for i, b in enumerate(sample) if b >= 0x80]
    neighbours = set(high)
    in_runs = sum(1 for i in high if i - 1 in neighbours or i + 1 in neighbours)
    if high and in_runs >= len(high) / 2:
        return "Windows-1256 (Arabic)"
    return "Latin-1 / Windows-1252"


def not_utf8(path: Path | str, data: bytes, error: UnicodeDecodeError) -> UnusableInput:
    line = data[: error.start].count(b"\n") + 1
    return UnusableInput(
        path, f"not UTF-8 (byte {error.start}, line {line}); it looks like {looks_like(data)}"
    )


def decode_text(data: bytes, path: Path | str) -> str:
    """UTF-8 (a leading BOM is dropped, as Excel adds one) with LF line endings."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise not_utf8(path, data, error) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise UnusableInput(path, f"NUL byte on line {line}: not a text file")
    return text.replace("\r\n", "\n")
