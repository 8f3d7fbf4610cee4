"""Verdicts kept between runs: a dataset that has not changed is not checked again.

The key of a dataset is a hash of every file in its folder (names and bytes), of the
engine's own source, of the libraries it runs on and of the tolerances; the entry is the
dataset's rendered report (archive.Rendered), its JSON fragment and text lines as they are
written out, a row of one SQLite file (``STORE``; each worker stores its slice at once). A
folder's files are hashed once: the hash is kept beside the size, times and inode of each
file (``FolderIndex``, as git's index does), and read again only when one of them moved.
A folder holding anything but regular files (a link, a pipe, a subfolder) is always checked:
the loader must say what it thinks of it. Unusable input is never cached (it raises before
there is a report).

``FACTDESK_CACHE_DIR`` names the folder (default: the user's cache folder,
``$XDG_CACHE_HOME/factdesk`` or ``~/.cache/factdesk``); ``factdesk validate --no-cache``
neither reads nor writes it. Nothing here imports pandas: a warm re-check stays light.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
import json
import os
import sqlite3
import stat
import sys
import time
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from validation.textfile import MAX_FILE_BYTES, whole_file

FORMAT = "3"  # bump when the entry's shape changes
SETTLED_NS = 2_000_000_000  # a file unchanged this long has a signature worth keeping
PACKAGE = Path(__file__).resolve().parent
LIBRARIES = ("pandas", "pandera", "numpy", "jsonschema")
counters = {"hits": 0, "misses": 0, "stored": 0, "indexed": 0}  # read by tests: served, checked


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


def folder_digest(folder: Path, index: FolderIndex | None = None) -> str | None:
    """A hash of every entry's name and bytes; None when an entry is not a regular file.

    With an ``index``, a folder whose every file has the size, times and inode recorded
    with its hash is not read again (the index records only files settled for a while)."""
    seen = listing(folder)
    if seen is None:
        return None
    known = index.digest(folder.name, seen.signature) if index is not None else None
    if known is not None:
        counters["indexed"] += 1
        return known
    digest = files_digest(seen)
    if digest is not None and index is not None and seen.settled:
        index.record(folder.name, seen.signature, digest)
    return digest


@dataclass(frozen=True)
class Listing:
    """A folder's entries as one directory read and their stats saw them."""

    paths: tuple[tuple[str, str], ...]  # (name, path) of each entry, sorted by name
    signature: str
    settled: bool
    sizes: tuple[int, ...]  # each entry's size as listed


def listing(folder: Path) -> Listing | None:
    """The folder's entries, or None when one is not a regular file or it cannot be read."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        stats = [entry.stat(follow_symlinks=False) for entry in entries]
    except OSError:
        return None  # the loader will say what is wrong with it
    if not all(stat.S_ISREG(info.st_mode) for info in stats):
        return None
    paths = tuple((entry.name, entry.path) for entry in entries)
    sizes = tuple(info.st_size for info in stats)
    return Listing(paths, stat_signature(entries, stats), settled(stats), sizes)


def files_digest(seen: Listing, contents: dict[str, bytes] | None = None) -> str | None:
    """The hash of every listed entry's name, size and bytes (None when one cannot be read);
    each entry's bytes kept in ``contents`` too, when given."""
    digest = hashlib.sha256()
    try:
        for (name, path), size in zip(seen.paths, seen.sizes, strict=True):
            data = whole_file(path, size)
            digest.update(f"{name}\0{len(data)}\0".encode())
            digest.update(data)
            if contents is not None:
                contents[name] = data
    except OSError:
        return None
    return digest.hexdigest()


def stat_signature(entries, stats) -> str:
    """Every entry's name, size, inode, modification and change times, as one hash."""
    parts = [
        f"{entry.name}\0{info.st_size}\0{info.st_dev}\0{info.st_ino}\0{info.st_mtime_ns}\0"
        f"{info.st_ctime_ns}"
        for entry, info in zip(entries, stats, strict=True)
    ]
    return hashlib.sha256("\0\0".join(parts).encode()).hexdigest()[:32]


def settled(stats) -> bool:
    """Whether every file was last changed long enough ago that a change now must show.

    NOTE: git's "racy clean" rule: a file changed twice within one tick of the file system's
    clock keeps its times, so a signature is trusted only for files older than SETTLED_NS.
    The change time (ctime) cannot be set back by a user, as the modification time can."""
    now = time.time_ns()
    return all(now - max(info.st_ctime_ns, info.st_mtime_ns) > SETTLED_NS for info in stats)


class FolderIndex:
    """The files hash of each dataset folder of one parent folder, by stat signature: a
    warm check of 10,000 folders reads 10,000 directory listings, not 90,000 files."""

    def __init__(self, parent: Path):
        name = hashlib.sha256(str(parent.resolve()).encode()).hexdigest()
        self.path = Path(entries_root()) / "folders" / f"{name}.json"
        try:
            self.entries = json.loads(self.path.read_bytes())
        except (OSError, ValueError):
            self.entries = {}
        if not isinstance(self.entries, dict):
            self.entries = {}
        self.changed = False

    def digest(self, name: str, signature: str) -> str | None:
        entry = self.entries.get(name)
        if isinstance(entry, list) and len(entry) == 2 and entry[0] == signature:
            return entry[1]
        return None

    def record(self, name: str, signature: str, digest: str) -> None:
        self.entries[name] = [signature, digest]
        self.changed = True

    def save(self) -> None:
        if self.changed:
            write_atomically(self.path, json.dumps(self.entries).encode())


def keys_for(folders: list[Path], tight: Fraction, strict: Fraction) -> list[str | None]:
    engine = engine_key(tight, strict)
    indexes: dict[Path, FolderIndex] = {}
    keys = []
    for folder in folders:
        parent = folder.parent
        if parent not in indexes:
            indexes[parent] = FolderIndex(parent)
        keys.append(key_of(engine, folder_digest(folder, indexes[parent])))
    for index in indexes.values():
        index.save()
    return keys


def engine_key(tight: Fraction, strict: Fraction) -> str:
    return f"{engine_fingerprint()} t={tight} s={strict}"


def key_of(engine: str, files: str | None) -> str | None:
    """The entry key of a folder whose files hash to ``files`` (None: never cached)."""
    return None if files is None else hashlib.sha256(f"{engine} {files}".encode()).hexdigest()


# A folder whose key is not known before it is checked: its files are hashed where they are
# checked (in a worker), not one by one in the parent before any worker starts.
PENDING = "pending"


def plan_keys(folders: list[Path], tight: Fraction, strict: Fraction) -> list[str | None]:
    """Every folder's key, where it can be had cheaply, else PENDING.

    NOTE: a cold check of 10,000 folders hashed 90,000 files in the parent (0.17 ms an
    article, before any worker started); now a folder the index does not know is hashed by
    the worker that checks it (``settle_key``), in parallel. The parent still hashes unknown
    folders while their entries are in the cache (a copied archive: new inodes, the same
    bytes), so such a run is served without starting workers or importing pandas; the first
    one missing from the cache shows a cold run, and the rest are left PENDING."""
    engine = engine_key(tight, strict)
    indexes: dict[Path, FolderIndex] = {}
    keys: list[str | None] = []
    hashing = True
    for folder in folders:
        parent = folder.parent
        if parent not in indexes:
            indexes[parent] = FolderIndex(parent)
        index = indexes[parent]
        if not hashing and folder.name not in index.entries:
            keys.append(PENDING)  # nothing to look up by its file times: not even listed
            continue
        seen = listing(folder)
        if seen is None:
            keys.append(None)
            continue
        known = index.digest(folder.name, seen.signature)
        if known is not None:
            counters["indexed"] += 1
            keys.append(key_of(engine, known))
            continue
        if not hashing:
            keys.append(PENDING)
            continue
        digest = files_digest(seen)
        if digest is not None and seen.settled:
            index.record(folder.name, seen.signature, digest)
        keys.append(key_of(engine, digest))
        hashing = keys[-1] is not None and has(keys[-1])
    for index in indexes.values():
        index.save()
    return keys


def settle_key(folder: Path, tight: Fraction, strict: Fraction) -> tuple:
    """A PENDING folder's key, hashed where it is checked; (folder name, signature, digest)
    for its parent's index when its files are settled (else None); and every entry's bytes
    as read for the hash, for the loader (load.read_folder), or None when the folder is odd
    (a link, a file too large: the loader's careful path says what is wrong)."""
    seen = listing(folder)
    if seen is None:
        return None, None, None
    contents: dict[str, bytes] = {}
    digest = files_digest(seen, contents)
    record = (folder.name, seen.signature, digest) if digest and seen.settled else None
    whole = digest is not None and all(len(data) <= MAX_FILE_BYTES for data in contents.values())
    return key_of(engine_key(tight, strict), digest), record, contents if whole else None


def learn(records: list[tuple[Path, tuple]]) -> None:
    """Keep in each parent folder's index the digests workers hashed (``settle_key``)."""
    indexes: dict[Path, FolderIndex] = {}
    for parent, (name, signature, digest) in records:
        if parent not in indexes:
            indexes[parent] = FolderIndex(parent)
        indexes[parent].record(name, signature, digest)
    for index in indexes.values():
        index.save()


def store_path() -> str:
    return os.path.join(entries_root(), STORE)


def entries_root() -> str:
    """The folder of this format's entries (a string: it is joined 10,000 times a run)."""
    environ = os.environ
    return _entries_root(
        environ.get("FACTDESK_CACHE_DIR"), environ.get("XDG_CACHE_HOME"), environ.get("HOME")
    )


@functools.cache
def _entries_root(configured, xdg, home) -> str:
    return str(cache_dir() / f"v{FORMAT}")


# NOTE: the verdicts live in one SQLite file (the standard library's), not a file per dataset:
# a cold check of 10,000 articles created, wrote and renamed 10,000 entry files (0.08 ms of
# CPU each where the disk is idle, 0.2–1.0 ms of system time on a shared one); a worker now
# stores its whole slice in one transaction. SQLite's locking lets the workers and the
# parent write and read it at once; a connection is never carried across a fork.
STORE = "verdicts.sqlite"
TABLE = (
    "CREATE TABLE IF NOT EXISTS verdicts (key TEXT PRIMARY KEY, id TEXT NOT NULL,"
    " passed INTEGER NOT NULL, failed INTEGER NOT NULL, warned INTEGER NOT NULL,"
    " json BLOB NOT NULL, text BLOB NOT NULL)"  # UTF-8, as the report writes them
)
_connections: dict[tuple[int, str], sqlite3.Connection] = {}


def connection(create: bool = False) -> sqlite3.Connection | None:
    """This process's connection to the store; None when there is none yet (and ``create``
    is not asked) or it cannot be opened: then nothing is served, nothing kept."""
    path = store_path()
    place = (os.getpid(), path)
    known = _connections.get(place)
    if known is not None:  # (looked for again before writing: a warm run reads 10,000 times)
        if not create or os.path.isfile(path):
            return known
        _connections.pop(place).close()  # removed since (a test's folder, a cleared cache)
    if not create and not os.path.isfile(path):
        return None
    opened = opened_store(path)
    if opened is None and create and os.path.isfile(path):
        with contextlib.suppress(OSError):  # not a store (a broken file): begun again
            os.unlink(path)
        opened = opened_store(path)
    if opened is not None:
        _connections[place] = opened
    return opened


def opened_store(path: str) -> sqlite3.Connection | None:
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        opened = sqlite3.connect(path, timeout=60, isolation_level=None)
    except (OSError, sqlite3.Error):
        return None
    try:
        # a cache: a verdict lost with the machine is only checked again
        opened.execute("PRAGMA synchronous=OFF")
        # a verdict is ≈ 16 kB: pages of 64 kB read it in one call, not four
        opened.execute("PRAGMA page_size=65536")
        opened.execute("PRAGMA cache_size=-1024")  # KiB: a worker's slice passes through it
        opened.execute(TABLE)
    except sqlite3.Error:
        opened.close()
        return None
    return opened


def has(key: str | None) -> bool:
    if key is not None:
        store = connection()
        try:
            found = (
                store is not None
                and store.execute("SELECT 1 FROM verdicts WHERE key = ?", (key,)).fetchone()
            )
        except sqlite3.Error:
            found = False
        if found:
            return True
    counters["misses"] += 1
    return False


def present(keys: list[str | None]) -> set[str]:
    """Those of ``keys`` the store holds, asked a few hundred at a time (``has`` for each
    of a warm archive's 10,000 was a fifth of its run)."""
    store = connection()
    wanted = sorted({key for key in keys if key is not None and key != PENDING})
    found: set[str] = set()
    if store is not None:
        try:
            for start in range(0, len(wanted), ASKED_AT_ONCE):
                asked = wanted[start : start + ASKED_AT_ONCE]
                marks = ",".join("?" * len(asked))
                query = f"SELECT key FROM verdicts WHERE key IN ({marks})"
                found.update(key for (key,) in store.execute(query, asked))
        except sqlite3.Error:
            found = set()
    counters["misses"] += sum(key not in found for key in keys)
    return found


ASKED_AT_ONCE = 500  # keys in one query (SQLite allows 32,766 parameters)


def get(key: str | None):
    """The rendered report cached under ``key``, or None: its JSON fragment and text lines
    kept as they are written out, nothing to parse."""
    from validation.archive import Rendered

    store = None if key is None else connection()
    if store is None:
        return None
    try:
        row = store.execute(
            "SELECT id, passed, failed, warned, json, text FROM verdicts WHERE key = ?", (key,)
        ).fetchone()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    try:
        json_text, text = row[4].decode(), row[5].decode()
    except (AttributeError, UnicodeDecodeError):  # not as put_many writes it
        return None
    counters["hits"] += 1
    return Rendered(row[0], (row[1], row[2], row[3]), json_text, text)


def put(key: str | None, rendered) -> None:
    """Store one entry; a cache that cannot be written is only a slower run."""
    put_many([(key, rendered)])


def put_many(entries: list[tuple[str | None, object]]) -> None:
    """Store entries (key, rendered report) in one transaction: all of them or none."""
    kept = [(key, rendered) for key, rendered in entries if key is not None]
    if not kept:
        return
    store = connection(create=True)
    if store is None:
        return
    # NOTE: the texts go in as UTF-8 bytes encoded one row at a time: bound as str, each
    # report would keep its UTF-8 copy for as long as it lives (+55 MB a worker's slice)
    rows = (
        (key, rendered.id, *rendered.counts, rendered.json.encode(), rendered.text.encode())
        for key, rendered in kept
    )
    try:
        with store:  # one transaction
            store.execute("BEGIN IMMEDIATE")
            store.executemany("INSERT OR REPLACE INTO verdicts VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    except sqlite3.Error:
        return
    counters["stored"] += len(kept)


def write_atomically(path: Path | str, data: bytes) -> bool:
    """``data`` in ``path``, whole or not at all: written under a name of this process's own
    in the same folder, then renamed over it (an entry written by two processes at once is
    either one's bytes, both alike)."""
    path = str(path)
    folder = os.path.dirname(path)
    temporary = os.path.join(folder, f".entry-{os.getpid()}-{next(_written)}")
    try:
        handle = create(temporary, folder)
    except OSError:
        return False
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return False
    return True


# NOTE: a cold run stores one entry per dataset: checking that its folder exists once per
# process (not once per entry), and naming the temporary file by process id and a count
# (not mkstemp's random names), halves what storing costs (0.2 → 0.1 ms an entry).
_made: set[str] = set()
_written = itertools.count()


def create(path: str, folder: str) -> int:
    """A new file's descriptor, its folder made first unless this process has made it."""
    if folder in _made:
        try:
            return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileNotFoundError:  # removed since (a test's folder, a pruned cache)
            _made.discard(folder)
    os.makedirs(folder, exist_ok=True)
    _made.add(folder)
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
