"""The synthetic archives of `factdesk bench-data`: shaped like the real dataset, valid by
construction, byte-identical for a seed. Timings live in build/bench, never here."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from collections import Counter
from pathlib import Path

import pytest

from bench.synthetic import MARKER, MAX_ROWS, MIN_ROWS, article_id, build_article, write_archive
from bench.synthetic.faults import FAULTS, FOUND_BY, fault_of
from bench.synthetic.lexicon import DONORS, HEDGES_AFTER, HEDGES_BEFORE
from tests.conftest import run_factdesk
from validation.arabic.quotes import parse_amount, parse_date_text
from validation.arabic.render import render_ar
from validation.engine import validate_datasets
from validation.load import load_dataset
from validation.vocab import CURRENCIES

SAMPLE = [(seed, index) for seed in (0, 1, 7) for index in range(100)]  # 300 articles
TABLES = ("claims", "figures", "events", "entities", "mentions", "ignored_numbers", "verifications")


def rows_of(article, name: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(article.files[f"{name}.csv"].decode("utf-8"))))


@pytest.fixture(scope="module")
def sample():
    return [build_article(seed, index) for seed, index in SAMPLE]


# ---- the words it writes: every hedge and currency reads back as written -------------------


@pytest.mark.parametrize("currency", sorted({d.currency for d in DONORS}))
def test_every_donor_currency_reads_back(currency):
    assert currency in CURRENCIES
    amounts = [1_000_000, 2_000_000, 5_000_000, 97_000_000, 1_300_000_000]  # the scale words
    read = [parse_amount(render_ar(amount, currency, "exact")) for amount in amounts]
    assert [(r.value, r.currency, r.hedge) for r in read] == [
        (a, currency, "exact") for a in amounts
    ]


@pytest.mark.parametrize(
    ("hedge", "words"),
    [(h, w) for h, ws in HEDGES_BEFORE.items() for w in ws if w]
    + [(h, w) for h, w in HEDGES_AFTER.items()],
)
def test_every_hedge_wording_reads_as_its_hedge(hedge, words):
    number = render_ar(269_000_000, "USD", "exact")
    quote = f"{number} {words}" if words in HEDGES_AFTER.values() else f"{words} {number}"
    assert parse_amount(quote).hedge == hedge


# ---- shape -------------------------------------------------------------------------------


def test_every_article_has_40_to_100_rows_across_its_tables(sample):
    totals = [sum(article.rows.values()) for article in sample]
    assert min(totals) >= MIN_ROWS
    assert max(totals) <= MAX_ROWS
    assert len(set(totals)) > 30  # spread over the range, not one size


def test_every_article_has_the_tables_of_the_real_dataset(sample):
    names = {f"{name}.csv" for name in TABLES} | {"source.txt", "metadata.json"}
    for article in sample:
        assert set(article.files) == names
        assert article.rows["claims"] >= 4
        assert article.rows["figures"] >= 2
        assert article.rows["events"] >= 1
        assert article.rows["mentions"] >= article.rows["entities"]


def test_figure_hierarchies_take_every_form(sample):
    """Parts, exhaustive parents, non-exhaustive parents, parts of parts, percents, counts."""
    seen = Counter()
    for article in sample:
        figures = {f["figure_id"]: f for f in rows_of(article, "figures")}
        for figure in figures.values():
            parent = figures.get(figure["parent_figure_id"])
            seen["part"] += parent is not None
            seen["part of a part"] += bool(parent and parent["parent_figure_id"])
            seen[f"exhaustive={figure['parts_exhaustive']}"] += 1
            seen[figure["unit"]] += 1
            seen[figure["hedge"]] += 1
    for form in ("part", "part of a part", "exhaustive=true", "exhaustive=false", "money",
                 "percent", "count", "exact", "about", "nearly", "more_than", "at_least",
                 "less_than", "at_most"):  # fmt: skip
        assert seen[form] > 0, form


def test_events_are_stated_inferred_and_external(sample):
    seen = Counter()
    for article in sample:
        for event in rows_of(article, "events"):
            seen[(event["date_basis"], event["precision"])] += 1
            if event["date_basis"] == "external":
                assert event["verification_id"] and not event["char_start"]
    assert {basis for basis, _ in seen} == {"stated", "inferred", "external"}
    assert {precision for _, precision in seen} == {"day", "month", "year"}


def test_header_lines_body_start_and_checksum_are_right(sample):
    for article in sample:
        metadata = json.loads(article.files["metadata.json"])
        text = article.files["source.txt"].decode("utf-8")
        lines = text.split("\n")
        assert metadata["id"] == article.id
        assert (
            metadata["source"]["sha256"] == hashlib.sha256(article.files["source.txt"]).hexdigest()
        )
        for header in metadata["header_lines"]:
            assert lines[header["line"] - 1] == header["text"]
        body_start = metadata["source"]["body_start"]
        assert text[body_start - 1] == "\n" and text[body_start] != "\n"


def test_every_span_is_its_quote(sample):
    quoted = {"claims": "quote_ar", "figures": "quote_ar", "events": "date_text_ar",
              "mentions": "surface_ar", "ignored_numbers": "surface_ar"}  # fmt: skip
    for article in sample:
        text = article.files["source.txt"].decode("utf-8")
        for table, column in quoted.items():
            for row in rows_of(article, table):
                if row["char_start"]:
                    assert text[int(row["char_start"]) : int(row["char_end"])] == row[column]


def test_claims_cover_every_word_of_the_body(sample):
    for article in sample:
        text = article.files["source.txt"].decode("utf-8")
        body = json.loads(article.files["metadata.json"])["source"]["body_start"]
        covered = set()
        for claim in rows_of(article, "claims"):
            covered.update(range(int(claim["char_start"]), int(claim["char_end"])))
        outside = [i for i in range(body, len(text)) if text[i].isalnum() and i not in covered]
        assert not outside, (article.id, text[outside[0] : outside[0] + 20])


def test_every_entity_is_mentioned_and_every_reference_resolves(sample):
    for article in sample:
        entities = {e["entity_id"] for e in rows_of(article, "entities")}
        mentioned = {m["entity_id"] for m in rows_of(article, "mentions")}
        assert entities == mentioned
        assert {c["speaker_id"] for c in rows_of(article, "claims")} <= entities
        assert {e["entity_id"] for e in rows_of(article, "events") if e["entity_id"]} <= entities


def test_quotes_read_back_as_their_rows(sample):
    """What provenance checks: amount, currency and hedge; date and precision."""
    for article in sample:
        published = json.loads(article.files["metadata.json"])["publication_date"]["value"]
        reference = dt.date.fromisoformat(published)
        for figure in rows_of(article, "figures"):
            read = parse_amount(figure["quote_ar"])
            assert (str(read.value), read.currency or "", read.hedge) == (
                figure["amount"], figure["currency"], figure["hedge"]
            )  # fmt: skip
        for event in rows_of(article, "events"):
            if event["date_text_ar"]:
                assert parse_date_text(event["date_text_ar"], reference) == (
                    event["date"], event["precision"]
                )  # fmt: skip


def test_the_extractor_finds_nothing_outside_the_captured_spans(tmp_path):
    """Coverage, by construction, over 300 articles: checked with the engine's own check, as
    `factdesk validate` runs it over an archive."""
    root = tmp_path / "archive"
    for seed in (0, 1, 7):
        write_archive(root / str(seed), 100, seed)
    seeds = [str(root / str(seed)) for seed in (0, 1, 7)]
    result = run_factdesk("validate", *seeds, "--format", "json", "--no-cache")
    datasets = json.loads(result.stdout)["datasets"]
    assert len(datasets) == 300
    coverage = {
        d["id"]: next(c for c in d["checks"] if c["id"] == "coverage.body") for d in datasets
    }
    failing = {name: c["message"] for name, c in coverage.items() if c["status"] != "pass"}
    assert failing == {}


# ---- valid: factdesk validate passes, with no warning either ----------------------------


@pytest.mark.parametrize(("seed", "articles"), [(0, 6), (3, 4), (2024, 5)])
def test_validate_passes_every_check_of_every_article(tmp_path, seed, articles):
    folders = write_archive(tmp_path / "archive", articles, seed)
    report = validate_datasets([load_dataset(folder) for folder in folders])
    problems = [
        (d.id, c.id, c.message) for d in report.datasets for c in d.checks if c.status != "pass"
    ]
    assert problems == []
    assert len(report.datasets) == articles


def test_factdesk_validate_exits_0_on_an_archive(tmp_path):
    out = tmp_path / "archive"
    written = run_factdesk("bench-data", "--articles", "5", "--out", str(out), "--seed", "11")
    assert written.returncode == 0, written.stderr
    assert written.stdout == f"5 synthetic dataset(s) written to {out} (seed 11)\n"
    checked = run_factdesk("validate", str(out), "--format", "json")
    assert checked.returncode == 0, checked.stdout[-2000:]
    summary = json.loads(checked.stdout)["summary"]
    assert summary["failed"] == 0 and summary["warned"] == 0 and summary["passed"] > 100


# ---- deterministic -------------------------------------------------------------------


def files_under(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_two_runs_of_the_command_are_byte_identical(tmp_path):
    for name in ("a", "b"):
        result = run_factdesk("bench-data", "--articles", "7", "--out", str(tmp_path / name),
                              "--seed", "5")  # fmt: skip
        assert result.returncode == 0, result.stderr
    first, second = files_under(tmp_path / "a"), files_under(tmp_path / "b")
    assert len(first) == 7 * 9 + 1
    assert first == second


def test_another_seed_writes_other_articles(tmp_path):
    one = build_article(1, 0).files["source.txt"]
    other = build_article(2, 0).files["source.txt"]
    assert one != other


def test_a_small_archive_is_the_start_of_a_larger_one(tmp_path):
    """Article i depends on the seed and i alone: the bench measures prefixes of an archive."""
    write_archive(tmp_path / "small", 3, 9)
    write_archive(tmp_path / "large", 6, 9)
    small, large = files_under(tmp_path / "small"), files_under(tmp_path / "large")
    first_three = {article_id(9, i) for i in range(3)}
    assert {k: v for k, v in small.items() if k != MARKER} == {
        k: v for k, v in large.items() if k.split("/")[0] in first_three
    }


# ---- where it writes -------------------------------------------------------------------


def test_an_earlier_archive_is_replaced_whole(tmp_path):
    out = tmp_path / "archive"
    write_archive(out, 4, 0)
    write_archive(out, 2, 0)
    assert sorted(p.name for p in out.iterdir()) == [MARKER, article_id(0, 0), article_id(0, 1)]


def test_a_folder_of_other_files_is_refused_with_one_line(tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    result = run_factdesk("bench-data", "--articles", "1", "--out", str(out))
    assert result.returncode == 2
    assert result.stderr == (
        f"factdesk: {out}: is not empty and holds no {MARKER}: refusing to write into it\n"
    )
    assert (out / "notes.txt").read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize("articles", ["0", "-3", "two"])
def test_the_article_count_must_be_a_positive_whole_number(tmp_path, articles):
    result = run_factdesk("bench-data", "--articles", articles, "--out", str(tmp_path / "x"))
    assert result.returncode == 2
    assert "a whole number of articles, at least 1" in result.stderr
    assert not (tmp_path / "x").exists()


# ---- kinds of story, and faults on purpose ------------------------------------------------


def test_the_kinds_of_story_each_show(sample):
    """Percents, counts, several headline totals and many currencies, not one kind of story."""
    shown = Counter()
    for article in sample:
        figures = rows_of(article, "figures")
        units = Counter(row["unit"] for row in figures)
        totals = [r for r in figures if r["unit"] == "money" and not r["parent_figure_id"]]
        shown["percents"] += units["percent"] >= 3
        shown["counts"] += units["count"] >= 3
        shown["several totals"] += len(totals) >= 2
        shown.update(f"currency {row['currency']}" for row in figures[:1] if row["currency"])
    assert min(shown["percents"], shown["counts"], shown["several totals"]) >= 10, shown
    assert sum(1 for key in shown if key.startswith("currency ")) >= 8


def test_with_faults_each_one_injected_is_found_and_the_rest_pass(tmp_path):
    every = 2
    folders = write_archive(tmp_path / "faulty", 2 * len(FAULTS), 5, faults=every)
    reports = validate_datasets([load_dataset(folder) for folder in folders])
    injected = [fault_of(index, every) for index in range(len(folders))]
    assert sorted(kind for kind in injected if kind) == sorted(FAULTS)
    for kind, report in zip(injected, reports.datasets, strict=True):
        failing = {check.id for check in report.checks if check.status != "pass"}
        if kind is None:
            assert failing == set(), report.id
        else:
            assert FOUND_BY[kind] <= failing, (kind, failing)


def test_bench_data_says_how_many_have_a_fault(tmp_path):
    result = run_factdesk(
        "bench-data", "--articles", "4", "--out", str(tmp_path / "a"), "--faults", "2"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("(seed 0, a fault in one of every 2)\n")
    assert "--faults 2" in (tmp_path / "a" / MARKER).read_text(encoding="utf-8")
