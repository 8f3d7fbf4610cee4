"""The desk: the folder of datasets factdesk serves and checks by default, and which one a
link without ``?dataset=`` means.

``FACTDESK_DATASETS=DIR`` names the root (default: the project's ``datasets/``). A dataset's
id is its folder's name, a lowercase slug; an id is looked up among the root's folders,
never joined to a path, so a hostile id (``../../etc``) names nothing.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from validation.load import MAX_FILE_BYTES, is_dataset_folder

PROJECT = Path(__file__).resolve().parent.parent
# The first article, and the dataset every link from before the desk means (SPEC).
DEFAULT_DATASET_ID = "us-libya-berlin2-2021"
ROOT_VARIABLE = "FACTDESK_DATASETS"
DEFAULT_VARIABLE = "FACTDESK_DEFAULT_DATASET"
DATASET_ID = re.compile(r"[a-z0-9][a-z0-9-]*")


def datasets_root() -> Path:
    """The folder of dataset folders: $FACTDESK_DATASETS, else the project's datasets/."""
    named = os.environ.get(ROOT_VARIABLE)
    return Path(named).expanduser().resolve() if named else PROJECT / "datasets"


def dataset_folders(root: Path) -> dict[str, Path]:
    """id → folder for every dataset folder directly under ``root``, sorted by id."""
    if not root.is_dir():
        return {}
    return {
        folder.name: folder
        for folder in sorted(root.iterdir())
        if DATASET_ID.fullmatch(folder.name) and is_dataset_folder(folder)
    }


def default_dataset_id(ids: list[str]) -> str | None:
    """The only dataset; else $FACTDESK_DEFAULT_DATASET; else the first article; else the
    first by id (None for an empty root)."""
    if len(ids) == 1:
        return ids[0]
    for wanted in (os.environ.get(DEFAULT_VARIABLE), DEFAULT_DATASET_ID):
        if wanted in ids:
            return wanted
    return ids[0] if ids else None


TITLE_LIMIT = 120  # characters: a sidebar choice longer than that wraps into a paragraph


def dataset_title(folder: Path, lang: str) -> str | None:
    """The title a dataset's metadata.json gives in ``lang`` (else its other language), or
    None when it has none that can be read: a choice among articles names them as a reader
    knows them, not by folder. Read as plain JSON, without checking the dataset (a choice
    must not wait on a check); the checks judge the same file when the dataset is opened."""
    path = folder / "metadata.json"
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None
        metadata = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    titles = metadata.get("title") if isinstance(metadata, dict) else None
    if not isinstance(titles, dict):
        return None
    for language in (lang, "en", "ar"):
        text = titles.get(language)
        if isinstance(text, str) and text.strip():
            text = " ".join(text.split())
            return text if len(text) <= TITLE_LIMIT else text[: TITLE_LIMIT - 1] + "…"
    return None
