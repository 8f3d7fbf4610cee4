"""The provenance kind: every row says what the article says, in the article's own words.

A span must reproduce its quote exactly; a figure's amount, currency and hedge must be
what its quote reads as; an event's date must be what its words give (with the
publication date as the reference for «الماضي» / «المقبل»).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right

from validation.batch import Rows, Subject, missing
from validation.checks.date_readback import ArticleDates, event_findings
from validation.checks.readback import TextCurrencies, declared_country, figure_findings
from validation.load import Dataset
from validation.report import CheckResult, Finding, verdict
from validation.schemas import QUOTE_COLUMNS

BODY_TABLES = ("claims", "figures", "events", "mentions", "ignored_numbers")


def check_checksum(dataset: Dataset) -> CheckResult:
    actual = hashlib.sha256(dataset.source_bytes).hexdigest()
    stated = dataset.metadata.get("source", {}).get("sha256")
    findings = []
    if stated != actual:
        findings.append(
            Finding(
                "metadata.json",
                "provenance.sha256",
                f"source.txt has sha256 {actual}, metadata says {stated}",
                column="source/sha256",
            )
        )
    return verdict(
        "provenance.sha256",
        "provenance",
        findings,
        f"source.txt is the article as received (sha256 {actual[:16]}…)",
        "source.txt is not the file the metadata describes",
        {"sha256": actual},
    )


def check_header(dataset: Dataset) -> CheckResult:
    """Header lines kept verbatim, and the body starting right after them."""
    lines = dataset.source_text.split("\n")
    findings = []
    for entry in dataset.metadata.get("header_lines", []):
        number, text = entry.get("line"), entry.get("text")
        actual = lines[number - 1] if isinstance(number, int) and 0 < number <= len(lines) else None
        if actual != text:
            findings.append(
                Finding(
                    "metadata.json",
                    "provenance.header",
                    f"header line {number} reads {actual!r} in source.txt, not {text!r}",
                    column="header_lines",
                )
            )
    start = dataset.body_start
    if not 0 <= start < len(dataset.source_text) or (
        start > 0 and dataset.source_text[start - 1] != "\n"
    ):
        findings.append(
            Finding(
                "metadata.json",
                "provenance.header",
                f"body_start {start} is not the start of a line in source.txt",
                column="source/body_start",
            )
        )
    return verdict(
        "provenance.header",
        "provenance",
        findings,
        f"{len(dataset.metadata.get('header_lines', []))} header lines kept verbatim; "
        f"the body starts at character {start}",
        "{n} header problem(s)",
    )


def check_spans(dataset: Dataset, name: str, frame: Rows) -> CheckResult:
    """source.txt[char_start:char_end] reproduces the quote, inside the body."""
    column, text, body = QUOTE_COLUMNS[name], dataset.source_text, dataset.body_start
    findings, checked = [], 0
    where = (f"{name}.csv", f"provenance.spans.{name}")
    # each record's cells by position: building three columns of values first cost as much
    starts, ends, quotes = (frame.columns.index(c) + 1 for c in ("char_start", "char_end", column))
    for record in frame:
        row, start, end, quote = record[0], record[starts], record[ends], record[quotes]
        if missing(start) or missing(end):
            continue  # an external row: it has no span in the article
        checked += 1
        if end > len(text):
            message = f"span {start}–{end} ends past the article's {len(text):,} characters"
        elif start < body:
            message = f"span {start}–{end} lies in the title or header, not the body (≥ {body})"
        elif text[start:end] != quote:
            message = f"the article reads {text[start:end]!r} at {start}–{end}, not the quote"
        else:
            continue
        findings.append(Finding(*where, message, int(row), column, str(quote)))
    return verdict(
        f"provenance.spans.{name}",
        "provenance",
        findings,
        f"{checked:,} spans of {name}.csv match the article word for word",
        f"{{n}} of {checked:,} spans of {name}.csv do not match the article",
        {"spans_checked": checked},
    )


def paragraph_starts(dataset: Dataset) -> list[int]:
    """Offsets at which each body paragraph (a non-empty line) begins."""
    body = dataset.source_text
    return [
        m.start()
        for m in re.finditer(r"(?m)^(?=[^\S\n]*\S)", body)
        if m.start() >= dataset.body_start
    ]


def check_paragraphs(dataset: Dataset, claims: Rows) -> CheckResult:
    starts = paragraph_starts(dataset)  # in increasing order
    findings = []
    for claim in claims:
        row, paragraph, start = claim.Index, claim.paragraph, claim.char_start
        actual = bisect_right(starts, start)
        if actual != paragraph:
            findings.append(
                Finding(
                    "claims.csv",
                    "provenance.paragraphs",
                    f"the span starts in paragraph {actual}, not {paragraph}",
                    int(row),
                    "paragraph",
                    str(paragraph),
                )
            )
    return verdict(
        "provenance.paragraphs",
        "provenance",
        findings,
        f"every claim sits in the paragraph it names ({len(starts)} body paragraphs)",
        "{n} claim(s) name the wrong paragraph",
    )


def check_nesting(tables: dict[str, Rows]) -> CheckResult | None:
    """A figure's or event's words lie inside the words of the claim that states it."""
    if "claims" not in tables:
        return None
    claims = {c.claim_id: (c.char_start, c.char_end) for c in tables["claims"]}
    findings, checked = [], 0
    for name in ("figures", "events"):
        if name not in tables:
            continue
        for item in tables[name]:
            row, claim_id, start, end = item.Index, item.claim_id, item.char_start, item.char_end
            if missing(start) or missing(claim_id) or claim_id not in claims:
                continue
            checked += 1
            c_start, c_end = claims[claim_id]
            if not (c_start <= start and end <= c_end):
                findings.append(
                    Finding(
                        f"{name}.csv",
                        "provenance.nesting",
                        f"span {start}–{end} is outside claim {claim_id} ({c_start}–{c_end})",
                        int(row),
                        "claim_id",
                        str(claim_id),
                    )
                )
    return verdict(
        "provenance.nesting",
        "provenance",
        findings,
        f"all {checked} figure and event spans lie inside their claim's span",
        "{n} span(s) lie outside the claim they cite",
    )


def check_figure_readings(figures: Rows, dataset: Dataset) -> CheckResult:
    """Amount, currency and hedge as the quote reads (a bare جنيه in the currency of the
    article's country; a part naming no currency in its parent's), and the figure written
    back reading as its quote."""
    article = TextCurrencies(dataset.source_text, declared_country(dataset))
    currencies = {row.figure_id: None if missing(row.currency) else row.currency for row in figures}
    findings = []
    for row in figures:
        currency = None if missing(row.currency) else row.currency
        parent = None if missing(row.parent_figure_id) else row.parent_figure_id
        findings += figure_findings(
            row.Index, row.quote_ar, row.amount, currency, row.hedge, article,
            currencies.get(parent), span_of(row),
        )  # fmt: skip
    return verdict(
        "provenance.figures",
        "provenance",
        findings,
        f"all {len(figures)} figures carry the amount, currency and hedge their quotes state, "
        "and read back to the same words",
        "{n} figure value(s) differ from what the quote says",
    )


def span_of(row) -> tuple[int, int] | None:
    """A row's (char_start, char_end), when it has both."""
    start, end = row.char_start, row.char_end
    if missing(start) or missing(end):
        return None
    return int(start), int(end)


def check_event_dates(dataset: Dataset, events: Rows) -> CheckResult:
    """Each date is what its words give, alone or where they stand in the article
    (date_readback); 'stated' only when the words give it without the publication date."""
    reference = dataset.published
    article = ArticleDates(dataset.source_text)
    findings = []
    quoted = events.where(lambda e: not missing(e.date_text_ar) and not missing(e.char_start))
    for row in quoted:
        findings += event_findings(
            row.Index, row.date_text_ar, row.date, row.precision, row.date_basis, reference,
            article, span_of(row),
        )  # fmt: skip
    return verdict(
        "provenance.events",
        "provenance",
        findings,
        f"all {len(quoted)} dated phrases give the date and precision recorded "
        f"(reference: publication date {reference})",
        "{n} event date(s) differ from what the words say",
    )


def check_provenance(subject: Subject) -> list[CheckResult]:
    dataset, tables = subject.dataset, subject.rows
    results = [check_checksum(dataset), check_header(dataset)]
    spanned = dict(tables)  # rows whose span reproduces its quote: the rest are reported once
    for name in BODY_TABLES:
        if name in tables:
            spans = check_spans(dataset, name, tables[name])
            results.append(spans)
            spanned[name] = tables[name].without({f.row for f in spans.findings})
    if "claims" in spanned:
        results.append(check_paragraphs(dataset, spanned["claims"]))
    results.append(check_nesting(spanned))
    if "figures" in tables:
        results.append(check_figure_readings(tables["figures"], dataset))
    if "events" in tables:
        results.append(check_event_dates(dataset, tables["events"]))
    return [r for r in results if r is not None]
