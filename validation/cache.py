"""Verdicts kept between runs: a dataset that has not changed is not checked again.

The key of a dataset is a hash of every file in its folder (names and bytes), of the
engine's own source, of the libraries it runs on and of the tolerances; the entry is the
dataset's rendered report (archive.Rendered). A folder holding anything but regular files
(a link, a pipe, a subfolder) is always checked: the loader must say what it thinks of it.
Unusable input is never cached (it raises before there is a report).

``FACTDESK_CACHE_DIR`` names the folder (default: the user's cache folder,
``$XDG_CACHE_HOME/factdesk`` or ``~/.cache/factdesk``); ``factdesk validate --no-cache``
neither reads nor writes it. Nothing here imports pandas: a warm re-check stays light.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import stat
import sys
import tempfile
from fractions import Fraction
from pathlib import Path

FORMAT = "1"  # bump when the entry's shape changes
PACKAGE = Path(__file__).resolve().parent
LIBRARIES = ("pandas", "pandera", "numpy", "jsonschema")
counters = {"hits": 0, "misses": 0, "stored": 0}  # read by the tests: served vs checked


def cache_dir() -> Path:
    configured = os.environ.get("FACTDESK_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "factdesk"


@functools.cache
def engine_fingerprint() -> str:
    """The engine's source (every module of the package), Python's and the libraries'
    versions: a change to any of them may change a verdict."""
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256(f"{FORMAT} {sys.version}".encode())
    for library in LIBRARIES:
        try:
            digest.update(f"{library} {version(library)}".encode())
        except PackageNotFoundError:
            digest.update(f"{library} absent".encode())
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(str(path.relative_to(PACKAGE)).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def folder_digest(folder: Path) -> str | None:
    """A hash of every entry's name and bytes; None when an entry is not a regular file."""
    digest = hashlib.sha256()
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        for entry in entries:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode):
                return None
            with open(entry.path, "rb") as file:
                data = file.read()
            digest.update(f"{entry.name}\0{len(data)}\0".encode())
            digest.update(data)
    except OSError:
        return None  # the loader will say what is wrong with it
    return digest.hexdigest()


def keys_for(folders: list[Path], tight: Fraction, strict: Fraction) -> list[str | None]:
    engine = f"{engine_fingerprint()} t={tight} s={strict}"
    keys = []
    for folder in folders:
        files = folder_digest(folder)
        keys.append(
            None if files is None else hashlib.sha256(f"{engine} {files}".encode()).hexdigest()
        )
    return keys


def entry_path(key: str) -> Path:
    return cache_dir() / f"v{FORMAT}" / key[:2] / f"{key}.json"


def get(key: str | None):
    """The rendered report cached under ``key``, or None."""
    from validation.archive import Rendered

    if key is None:
        return None
    try:
        entry = json.loads(entry_path(key).read_text(encoding="utf-8"))
        rendered = Rendered.from_cached(entry)
    except (OSError, ValueError, KeyError, TypeError):
        counters["misses"] += 1
        return None
    counters["hits"] += 1
    return rendered


def put(key: str | None, rendered) -> None:
    """Store an entry atomically; a cache that cannot be written is only a slower run."""
    if key is None:
        return
    path = entry_path(key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".entry-", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(rendered.as_cached(), file, ensure_ascii=False)
        os.replace(name, path)
        counters["stored"] += 1
    except OSError:
        return
