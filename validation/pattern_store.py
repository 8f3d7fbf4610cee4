"""Regular expressions compiled once per Python and kept, as bytecode is in ``__pycache__``.

Importing the engine compiles 155 patterns of its own (the extractor's, the tables' and
the checks'): 0.12 s of a cold ``factdesk validate``'s 0.9 s of start-up, spent before the
worker processes fork, while the second core waits. Python parses and compiles each
pattern into a list of numbers that its matcher runs; that list depends only on the
pattern, its flags and the Python that compiled it. Here it is kept in one file per Python
(``patterns.<tag>.<version>.<matcher>.<format>.marshal`` in the package's ``__pycache__``),
so that the next run hands the lists straight to the matcher: 6 ms for all of them.

Only while ``kept()`` is active (around the engine's import), and only a pattern whose
kept form builds a Pattern equal to what ``re.compile`` builds (Pattern equality compares
the compiled code) is ever kept: a run with or without the store matches alike. A missing,
unreadable or foreign store is compiled afresh; one that cannot be written is not written
(as Python does with ``__pycache__``; with ``PYTHONDONTWRITEBYTECODE`` set only by
``python -m validation.pattern_store``, which ``make install`` runs, and so ``make bench``
and ``make run``, as pip compiles a package's bytecode when it installs it).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
import tempfile
from array import array
from collections.abc import Iterator
from pathlib import Path

try:  # the matcher and Python's own compiler of patterns (CPython)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python: every pattern is compiled as ever
    _sre = _compiler = _parser = None

FOLDER = Path(__file__).resolve().parent / "__pycache__"
PACKAGE = Path(__file__).resolve().parent.name  # "validation": whose patterns are kept
# (flags, code, groups, groupindex, indexgroup): _sre.compile's arguments, the code as the
# bytes of its words (a list of ints would hold a Python object per word: 230,000 of them)
Entry = tuple
FORMAT = 2  # bump when an entry's shape changes
WORD = "I" if _sre is not None and array("I").itemsize == _sre.CODESIZE else None


def store_path(folder: Path = FOLDER) -> Path | None:
    """The store for this Python and this matcher, or None where patterns are not kept."""
    tag = sys.implementation.cache_tag
    if WORD is None or tag is None:
        return None
    # the exact version too: a patch release may compile a pattern otherwise (possessive
    # quantifiers were fixed in 3.11) without changing the matcher's MAGIC
    return folder / f"patterns.{tag}.{sys.hexversion:x}.{_sre.MAGIC}.{FORMAT}.marshal"


def loaded(path: Path | None) -> dict[tuple, Entry]:
    """The kept entries by (pattern, flags); none when the file is missing or unreadable."""
    if path is None:
        return {}
    try:
        entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def entry_of(pattern: str | bytes, flags: int) -> Entry:
    """What ``re.compile(pattern, flags)`` hands the matcher, as marshal can keep it."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    total = int(flags | parsed.state.flags)
    words = array(WORD, code).tobytes()
    return total, words, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def built(pattern: str | bytes, entry: Entry) -> re.Pattern:
    """The Pattern a kept entry stands for."""
    flags, words, groups, groupindex, indexgroup = entry
    code = array(WORD, words).tolist()
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


class Store:
    """The patterns of one run: those found kept, those compiled now, those used."""

    def __init__(self, path: Path | None):
        self.path = path
        self._kept: dict[tuple, Entry] | None = None
        self.used: dict[tuple, Entry] = {}
        self.fresh = 0  # patterns compiled this run (the store is then written again)

    @property
    def kept(self) -> dict[tuple, Entry]:
        """The store's entries, read when a pattern is first asked for (an engine already
        imported asks for none)."""
        if self._kept is None:
            self._kept = loaded(self.path)
        return self._kept

    def compile(self, pattern, flags=0):
        """``re.compile``, from the store where the pattern is kept (the package's own
        patterns only: a library may build one anew each run, from a set's order)."""
        ours = sys._getframe(1).f_globals.get("__name__", "").startswith(PACKAGE)
        if not ours or not isinstance(pattern, (str, bytes)) or int(flags) & re.DEBUG:
            return COMPILE(pattern, flags)
        key = (pattern, int(flags))
        entry = self.kept.get(key)
        if entry is not None:
            try:
                compiled = built(pattern, entry)
            except (TypeError, ValueError, RuntimeError, OverflowError):
                compiled = None
            if compiled is not None:
                self.used[key] = entry
                return compiled
        compiled = COMPILE(pattern, flags)
        self.learn(key, compiled)
        return compiled

    def learn(self, key: tuple, compiled: re.Pattern) -> None:
        """Keep a pattern just compiled, if its kept form rebuilds the very same Pattern."""
        if key in self.used:
            return
        try:
            entry = entry_of(*key)
            same = built(key[0], entry) == compiled
        except Exception:  # an internal of re changed: that pattern is not kept
            return
        if same:
            self.used[key] = entry
            self.fresh += 1

    def save(self) -> None:
        """Write the patterns this run used, when some were compiled afresh (atomically:
        a run reading the store meanwhile sees the old file or the new one)."""
        if not self.fresh or self.path is None:
            return
        try:
            self.path.parent.mkdir(exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns-")
            with os.fdopen(handle, "wb") as out:
                out.write(marshal.dumps(self.used))
            os.chmod(temporary, 0o644)  # as readable as the bytecode beside it
            os.replace(temporary, self.path)
        except (OSError, ValueError):
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(temporary)


COMPILE = re.compile  # the standard library's own, which the store stands in for


@contextlib.contextmanager
def kept(folder: Path = FOLDER, write: bool | None = None) -> Iterator[Store]:
    """While active, ``re.compile`` takes patterns from the store (modules imported inside
    compile theirs through it); on leaving, the store is written if it was missing any and
    ``write`` allows (by default: unless Python writes no bytecode)."""
    store = Store(store_path(folder))
    if store.path is None or re.compile is not COMPILE:  # no store here, or one is active
        yield store
        return
    re.compile = store.compile
    try:
        yield store
    finally:
        re.compile = COMPILE
        if not sys.dont_write_bytecode if write is None else write:
            store.save()


def main() -> int:
    """Write the store of the engine's patterns (``python -m validation.pattern_store``)."""
    with kept(write=True) as store:
        import validation.engine  # noqa: F401  (what a checking run imports before it forks)
    print(f"{len(store.used)} patterns kept in {store.path} ({store.fresh} compiled now)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
