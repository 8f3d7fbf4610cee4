"""An archive: ``factdesk bench-data`` writes N article folders and a marker file.

The marker names a folder this command wrote, so the next run may replace it whole; any
other non-empty folder is refused.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from bench.synthetic.article import build_article
from bench.synthetic.faults import FAULTS, fault_of

MARKER = "BENCH-DATA.md"  # names a folder written by write_archive, so it may be replaced


def marker_text(articles: int, seed: int, faults: int = 0) -> str:
    if faults:
        command = f"--articles {articles} --seed {seed} --faults {faults}"
        validity = (f"one in {faults} with a fault injected (bench/synthetic/faults.py, kinds "
                    "in turn), the others passing `factdesk validate`")  # fmt: skip
    else:
        command = f"--articles {articles} --seed {seed}"
        validity = "each a dataset folder that `factdesk validate` passes"
    return (
        "# Synthetic datasets for benchmarks\n\n"
        f"Written by `factdesk bench-data {command}`: {articles} synthetic Arabic articles, "
        f"{validity}. Not news: invented people, amounts and dates in real sentence shapes. "
        "This folder may be replaced whole by the next run.\n"
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


def write_archive(out: Path, articles: int, seed: int = 0, faults: int = 0) -> list[Path]:
    """Write ``articles`` dataset folders under ``out``; returns them in order. With
    ``faults``, one article in that many gets a fault injected (faults.fault_of)."""
    out = Path(out)
    prepare(out)
    folders = []
    for index in range(articles):
        article = build_article(seed, index)
        folder = out / article.id
        folder.mkdir()
        for name, data in article.files.items():
            (folder / name).write_bytes(data)
        fault = fault_of(index, faults)
        if fault is not None:
            FAULTS[fault](folder)
        folders.append(folder)
    (out / MARKER).write_text(marker_text(articles, seed, faults), encoding="utf-8")
    return folders
