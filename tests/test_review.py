"""The review kind: a draft fails until a person has reviewed every drafted row and said so."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from tests.conftest import FIXTURES, delete_row
from validation.checks.review import check_review, unreviewed
from validation.draft import draft_dataset, write_draft
from validation.engine import check_dataset
from validation.load import load_dataset

ARTICLE = FIXTURES / "drafts" / "relative-dates.txt"


def new_draft(tmp_path: Path) -> Path:
    data = ARTICLE.read_bytes()
    return write_draft(draft_dataset(data, "loan", "a.txt", dt.date(2024, 5, 16)), tmp_path)


def mark_reviewed(folder: Path, keep: set[str] = frozenset()) -> None:
    """What a curator does in review.csv: flip «false» to «true», line by line."""
    path = folder / "review.csv"
    lines = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    for line in lines:
        if line["row"] not in keep:
            line["reviewed"] = "true"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(lines[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(lines)
    path.write_text(out.getvalue(), encoding="utf-8")


def set_status(folder: Path, status: str) -> None:
    path = folder / "metadata.json"
    metadata = json.loads(path.read_text(encoding="utf-8"))
    metadata["status"] = status
    path.write_text(json.dumps(metadata, ensure_ascii=False, indent=2), encoding="utf-8")


def by_id(dataset) -> dict:
    report, _ = check_dataset(dataset)
    return {check.id: check for check in report.checks}


def test_a_fresh_draft_lists_every_row_left_to_review(tmp_path):
    dataset = load_dataset(new_draft(tmp_path))
    checks = by_id(dataset)
    rows = checks["review.rows"]
    assert rows.status == "fail"
    assert rows.message == (
        "29 of 29 drafted rows not reviewed yet (metadata 5, claims 4, figures 3, events 5, "
        "entities 6, mentions 6); the draft holds 4 claims, 3 figures, 5 events, 6 entities, "
        "6 mentions, 0 ignored numbers. Mark each reviewed in review.csv"
    )
    assert rows.findings[5].line() == (
        "claims.csv, row 2: c01: translate (claim_en); speaker world_bank (named after the "
        "verb); verb أعلن; type, topics, checkable guessed [review.claims]"
    )
    assert checks["review.status"].status == "fail"
    assert [(i.table, i.row, i.table_row) for i in unreviewed(dataset)][5:8] == [
        ("claims", "c01", 2),
        ("claims", "c02", 3),
        ("claims", "c03", 4),
    ]


def test_what_is_left_shrinks_as_rows_are_marked(tmp_path):
    folder = new_draft(tmp_path)
    mark_reviewed(folder, keep={"f02", "e03"})
    dataset = load_dataset(folder)
    assert [(i.table, i.row, i.table_row) for i in unreviewed(dataset)] == [
        ("figures", "f02", 3),
        ("events", "e03", 4),
    ]
    assert by_id(dataset)["review.rows"].message.startswith(
        "2 of 29 drafted rows not reviewed yet (figures 1, events 1)"
    )


def test_all_reviewed_but_still_a_draft_fails_on_the_status_alone(tmp_path):
    folder = new_draft(tmp_path)
    mark_reviewed(folder)
    checks = by_id(load_dataset(folder))
    assert checks["review.rows"].status == "pass"
    assert checks["review.rows"].message == (
        "all 29 drafted rows reviewed; the dataset holds 4 claims, 3 figures, 5 events, "
        "6 entities, 6 mentions, 0 ignored numbers"
    )
    assert checks["review.status"].status == "fail"


def test_a_curated_dataset_may_not_keep_cells_left_for_the_curator(tmp_path):
    folder = new_draft(tmp_path)
    mark_reviewed(folder)
    set_status(folder, "curated")
    checks = by_id(load_dataset(folder))
    assert checks["review.status"].status == "pass"
    draft_only = checks["schema.draft_only"]
    assert draft_only.status == "fail"
    assert draft_only.message == (
        "14 cell(s) left for the curator in a dataset that is not a draft"
    )
    assert draft_only.findings[0].line() == (
        "claims.csv, row 2, column claim_en: is empty, which only a draft allows "
        "[schema.draft_only]"
    )
    assert checks["schema.metadata"].status == "fail"  # no English title, no primary source


def test_a_drafted_row_deleted_by_hand_stays_listed_until_marked(tmp_path):
    folder = new_draft(tmp_path)
    delete_row(folder / "mentions.csv", "entity_id", "paris")
    (item,) = [i for i in unreviewed(load_dataset(folder)) if i.row == "paris@425-430"]
    assert item.table_row is None
    finding = next(
        f for f in by_id(load_dataset(folder))["review.rows"].findings if "paris@" in f.message
    )
    assert finding.line() == (
        "mentions.csv: paris@425-430: «باريس» names paris? (row no longer there) [review.mentions]"
    )


def test_review_csv_must_say_true_or_false(tmp_path):
    folder = new_draft(tmp_path)
    path = folder / "review.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace("metadata,title,false", "metadata,title,yes"),
        encoding="utf-8",
    )
    rows = by_id(load_dataset(folder))["review.rows"]
    assert rows.message == "1 problem(s) in review.csv"
    assert rows.findings[0].line() == (
        "review.csv, row 2, column reviewed: must be true or false (value: 'yes') [review.file]"
    )


def test_the_shipped_dataset_was_never_a_draft(tmp_path):
    libya = FIXTURES.parent.parent / "datasets" / "us-libya-berlin2-2021"
    results = check_review(load_dataset(libya))
    assert [(r.id, r.status, r.message) for r in results] == [
        ("schema.draft_only", "pass", "no translation, label or topic is left empty"),
        ("review.status", "pass", 'status is "curated"'),
    ]
