"""Faults to inject into a synthetic article folder, one kind of check at a time.

Each ``*_fault(folder)`` edits the files of one dataset folder as a careless curator might,
so that its kind of check fails (or, for ``layout``, the careful reader is exercised):
``factdesk bench-data --faults N`` injects one in every N articles, kinds in turn, so that
benchmarks measure the slow path too; the golden test injects them to compare two engines.

>>> sorted(FAULTS)[:3]
['checksum', 'consistency', 'coverage']
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path


def read_rows(path: Path) -> tuple[list[str], list[dict]]:
    reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")))
    return list(reader.fieldnames or []), list(reader)


def write_rows(path: Path, header: list[str], rows: list[dict], newline: str = "\n") -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator=newline)
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8", newline="")


def edit(folder: Path, table: str, change) -> None:
    """Apply ``change(rows)`` to a table's rows (list of dicts), keeping its header."""
    header, rows = read_rows(folder / f"{table}.csv")
    change(rows)
    write_rows(folder / f"{table}.csv", header, rows)


def first(rows: list[dict], **wanted) -> dict | None:
    return next((r for r in rows if all(r.get(k) == v for k, v in wanted.items())), None)


def schema_fault(folder: Path) -> None:
    def change(rows):
        rows[0]["amount"] = "12x"
        rows[-1]["hedge"] = "roughly"

    edit(folder, "figures", change)
    edit(folder, "claims", lambda rows: rows[0].update(topics="zzz;aid"))
    edit(folder, "events", lambda rows: rows[-1].update(date="2021-02-30"))


def metadata_fault(folder: Path) -> None:
    path = folder / "metadata.json"
    metadata = json.loads(path.read_text(encoding="utf-8"))
    del metadata["licence"]
    metadata["language"] = "arabic"
    path.write_text(json.dumps(metadata, ensure_ascii=False, indent=2), encoding="utf-8")


def referential_fault(folder: Path) -> None:
    edit(folder, "claims", lambda rows: rows[0].update(speaker_id="nobody_at_all"))
    edit(folder, "verifications", lambda rows: rows[0].update(target_id="c99"))

    def cycle(rows):
        if len(rows) >= 2:
            rows[0]["parent_figure_id"] = rows[1]["figure_id"]
            rows[1]["parent_figure_id"] = rows[0]["figure_id"]

    edit(folder, "figures", cycle)


def provenance_fault(folder: Path) -> None:
    edit(
        folder,
        "mentions",
        lambda rows: rows[0].update(char_start=str(int(rows[0]["char_start"]) + 1)),
    )
    edit(
        folder,
        "claims",
        lambda rows: rows[-1].update(paragraph=str(int(rows[-1]["paragraph"]) + 1)),
    )

    def hedge(rows):
        rows[0]["hedge"] = "about" if rows[0]["hedge"] == "exact" else "exact"

    edit(folder, "figures", hedge)

    def basis(rows):
        row = first(rows, date_basis="stated")
        if row:
            row["date_basis"] = "inferred"

    edit(folder, "events", basis)


def checksum_fault(folder: Path) -> None:
    path = folder / "metadata.json"
    metadata = json.loads(path.read_text(encoding="utf-8"))
    metadata["source"]["sha256"] = "0" * 64
    metadata["header_lines"][0]["text"] += " (edited)"
    path.write_text(json.dumps(metadata, ensure_ascii=False, indent=2), encoding="utf-8")


def consistency_fault(folder: Path) -> None:
    """A part made larger than its whole, the article rewritten to say so; a past event
    declared scheduled."""
    header, rows = read_rows(folder / "figures.csv")
    for row in rows:
        quote, amount = row["quote_ar"], row["amount"]
        if row["parent_figure_id"] and quote[:1].isdigit() and amount[:1] == quote[:1]:
            rewrite_article(folder, quote[0], "9", int(row["char_start"]))
            header, rows = read_rows(folder / "figures.csv")
            target = first(rows, figure_id=row["figure_id"])
            target["amount"] = "9" + amount[1:]
            write_rows(folder / "figures.csv", header, rows)
            break

    def status(rows):
        row = first(rows, status="reference") or first(rows, status="occurred")
        if row:
            row["status"] = "scheduled"

    edit(folder, "events", status)


def coverage_fault(folder: Path) -> None:
    edit(folder, "ignored_numbers", lambda rows: rows.clear())

    def drop_event(rows):
        quoted = [r for r in rows if r["date_text_ar"]]
        if quoted:
            rows.remove(quoted[-1])

    edit(folder, "events", drop_event)


def verification_fault(folder: Path) -> None:
    def contradict(rows):
        rows[0].update(verdict="contradicted", external_value="2019-01-01")

    edit(folder, "verifications", contradict)

    def external(rows):
        rows[0]["date_basis"] = "external"

    edit(folder, "events", external)


def layout_fault(folder: Path) -> None:
    """Files a careful reader must take apart: CRLF, a BOM, columns in another order, a
    duplicate id, an optional table absent."""
    header, rows = read_rows(folder / "claims.csv")
    write_rows(folder / "claims.csv", header, rows, newline="\r\n")
    header, rows = read_rows(folder / "mentions.csv")
    write_rows(folder / "mentions.csv", list(reversed(header)), rows)
    data = (folder / "entities.csv").read_bytes()
    (folder / "entities.csv").write_bytes(b"\xef\xbb\xbf" + data)
    edit(folder, "figures", lambda rows: rows.append(dict(rows[-1])))
    (folder / "verifications.csv").unlink()
    (folder / "ignored_numbers.csv").write_text("char_start,char_end,surface_ar,reason \n")


FAULTS = {
    "schema": schema_fault,
    "metadata": metadata_fault,
    "referential": referential_fault,
    "provenance": provenance_fault,
    "checksum": checksum_fault,
    "consistency": consistency_fault,
    "coverage": coverage_fault,
    "verification": verification_fault,
    "layout": layout_fault,
}


def rewrite_article(folder: Path, old: str, new: str, at: int) -> None:
    """Change the article itself at offset ``at``, as if it had been published so: the same
    number of characters, so every offset still holds; every quote that spans the change
    and the sha256 in the metadata follow it. For testing checks on the article's own logic.
    """
    assert len(old) == len(new)
    source = folder / "source.txt"
    text = source.read_text(encoding="utf-8")
    assert text[at : at + len(old)] == old
    text = text[:at] + new + text[at + len(old) :]
    source.write_bytes(text.encode("utf-8"))
    quote_columns = {"claims": "quote_ar", "figures": "quote_ar", "events": "date_text_ar",
                     "mentions": "surface_ar", "ignored_numbers": "surface_ar"}  # fmt: skip
    for table, column in quote_columns.items():
        path = folder / f"{table}.csv"
        rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
        if not rows:
            continue
        for row in rows:
            if row["char_start"] and int(row["char_start"]) <= at < int(row["char_end"]):
                row[column] = text[int(row["char_start"]) : int(row["char_end"])]
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        path.write_text(out.getvalue(), encoding="utf-8")
    metadata_path = folder / "metadata.json"
    metadata = json.loads(metadata_path.read_text(encoding="utf-8"))
    metadata["source"]["sha256"] = hashlib.sha256(source.read_bytes()).hexdigest()
    metadata_path.write_text(json.dumps(metadata, ensure_ascii=False, indent=2), encoding="utf-8")


# The checks each fault makes fail, whatever the article it lands on (tests hold it).
FOUND_BY = {
    "schema": {"schema.figures", "schema.claims", "schema.events"},
    "metadata": {"schema.metadata"},
    "referential": {
        "referential.claims.speaker_id",
        "referential.verifications.target",
        "referential.figures.hierarchy",
    },
    "provenance": {
        "provenance.spans.mentions",
        "provenance.paragraphs",
        "provenance.figures",
        "provenance.events",
    },
    "checksum": {"provenance.sha256", "provenance.header"},
    "consistency": {"consistency.events.scheduled_after_publication"},
    "coverage": {"coverage.body"},
    "verification": {"verification.verdicts", "verification.external_events"},
    "layout": {"schema.figures", "schema.ignored_numbers"},
}


def fault_of(index: int, every: int) -> str | None:
    """The fault article ``index`` gets when one in ``every`` articles gets one (kinds in
    turn), or None: article i's fate depends on i alone, so a small archive is still the
    start of a larger one."""
    if every < 1 or (index + 1) % every:
        return None
    kinds = list(FAULTS)
    return kinds[(index // every) % len(kinds)]
