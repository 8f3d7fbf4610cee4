"""A dataset as the engine checked it (its report and typed tables), kept between runs under
the verdict cache's key: a dashboard started cold on an unchanged dataset shows the verdicts
of the last check instead of loading and checking it again.

The key is validation/cache.py's (every file's name and bytes, the engine's own source, the
libraries' versions, the tolerances) joined to the folder's resolved path, since the loaded
dataset remembers where it was read from. An entry is written only when the folder still
hashes to the same key after the check (a curator's edit during the check is not stored as
the old state), atomically, in the same cache folder (``FACTDESK_CACHE_DIR``). The entry is
a pickle: the cache folder is the user's own, as for the verdicts beside it. Anything wrong
with an entry (missing, truncated, from another pandas) is only a check run again.

The engine (pandera, every check) is imported only when a dataset has to be checked.

``python -m validation.checked_cache`` keeps the check of every dataset of the desk
(``FACTDESK_DATASETS``, default datasets/) and the column help (validation/column_docs.py)
before a server starts: ``make run`` does, so the first page after an edit shows verdicts
instead of checking first.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from fractions import Fraction
from pathlib import Path

from validation import cache
from validation.hedges import STRICT, TIGHT

FORMAT = "1"  # bump when the entry's shape changes
counters = {"hits": 0, "checked": 0, "stored": 0}  # read by tests: served, checked, kept


def checked_dataset(folder: Path, tight: Fraction = TIGHT, strict: Fraction = STRICT) -> tuple:
    """``(dataset, report, tables)`` for a dataset folder: from the cache when its files and
    the engine are unchanged, else from load_dataset and check_dataset (then kept). Raises
    load.UnusableInput as load_dataset does (unusable input is never kept)."""
    key = entry_key(folder, tight, strict)
    found = read(key)
    if found is not None:
        counters["hits"] += 1
        return found
    from validation.engine import check_dataset
    from validation.load import load_dataset

    dataset = load_dataset(folder)
    report, tables = check_dataset(dataset, tight, strict)
    counters["checked"] += 1
    if key is not None and entry_key(folder, tight, strict) == key:
        write(key, (dataset, report, tables))
    return dataset, report, tables


def entry_key(folder: Path, tight: Fraction, strict: Fraction) -> str | None:
    """The verdict cache's key of the folder, joined to its place; None: never kept."""
    (key,) = cache.keys_for([folder], tight, strict)
    if key is None:
        return None
    place = str(Path(folder).resolve())
    return hashlib.sha256(f"{FORMAT} {key} {place}".encode()).hexdigest()


def entry_path(key: str) -> Path:
    return Path(cache.entries_root()) / "checked" / key[:2] / f"{key}.pickle"


def read(key: str | None) -> tuple | None:
    if key is None:
        return None
    try:
        with open(entry_path(key), "rb") as file:
            found = pickle.load(file)
    except FileNotFoundError:
        return None
    except Exception:  # any damaged or foreign entry is only a check again
        return None
    return found if isinstance(found, tuple) and len(found) == 3 else None


def write(key: str, entry: tuple) -> None:
    """Keep an entry atomically; a cache that cannot be written is only a slower start."""
    try:
        data = pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # a table pickle cannot hold is simply not kept
        return
    if cache.write_atomically(entry_path(key), data):
        counters["stored"] += 1


def keep_the_desk() -> int:
    """Check (or find kept) every dataset of the desk, and keep the column help beside
    them; a dataset the loader cannot read is named in one line on stderr and left for the
    dashboard to explain. Exit 0."""
    from validation.column_docs import column_descriptions
    from validation.desk import dataset_folders, datasets_root
    from validation.textfile import UnusableInput

    column_descriptions()

    for folder in dataset_folders(datasets_root()).values():
        try:
            checked_dataset(folder)
        except UnusableInput as error:
            print(f"factdesk: not kept: {error.line()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(keep_the_desk())
