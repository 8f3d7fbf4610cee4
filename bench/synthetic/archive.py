"""An archive: ``factdesk bench-data`` writes N article folders and a marker file.

The marker names a folder this command wrote, so the next run may replace it whole; any
other non-empty folder is refused.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from bench.synthetic.article import build_article

MARKER = "BENCH-DATA.md"  # names a folder written by write_archive, so it may be replaced


def marker_text(articles: int, seed: int) -> str:
    return (
        "# Synthetic datasets for benchmarks\n\n"
        f"Written by `factdesk bench-data --articles {articles} --seed {seed}`: {articles} "
        "synthetic Arabic articles, each a dataset folder that `factdesk validate` passes. Not "
        "news: invented people, amounts and dates in real sentence shapes. This folder may be "
        "replaced whole by the next run.\n"
    )


def prepare(out: Path) -> None:
    """An empty ``out``: absent, empty, or an earlier archive (replaced); else refused."""
    if out.exists():
        if not out.is_dir():
            raise FileExistsError(f"{out} exists and is not a folder")
        if any(out.iterdir()):
            if not (out / MARKER).is_file():
                raise FileExistsError(
                    f"{out} is not empty and holds no {MARKER}: refusing to write into it"
                )
            shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)


def write_archive(out: Path, articles: int, seed: int = 0) -> list[Path]:
    """Write ``articles`` dataset folders under ``out``; returns them in order."""
    out = Path(out)
    prepare(out)
    folders = []
    for index in range(articles):
        article = build_article(seed, index)
        folder = out / article.id
        folder.mkdir()
        for name, data in article.files.items():
            (folder / name).write_bytes(data)
        folders.append(folder)
    (out / MARKER).write_text(marker_text(articles, seed), encoding="utf-8")
    return folders
