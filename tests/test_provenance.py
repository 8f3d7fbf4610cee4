"""Breaking any span, amount, hedge, date or checksum in a copy of the dataset is caught,
by the right check, with a message a journalist understands."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.conftest import FIXTURES, edit_cell
from validation.draft import draft_dataset, write_draft
from validation.engine import check_dataset
from validation.legacy import engine as legacy_engine
from validation.load import load_dataset


def failures(folder) -> dict[str, list[str]]:
    report, _ = check_dataset(load_dataset(folder))
    return {c.id: [f.line() for f in c.findings] for c in report.checks if c.status == "fail"}


def drafted_then_edited(tmp_path, fixture: str, published, edits, country=None) -> list[str]:
    """The provenance.figures findings of a fresh draft of ``fixture`` (which passes it)
    after each (figure, column, value) of ``edits`` is written into figures.csv."""
    article = (FIXTURES / "drafts" / f"{fixture}.txt").read_bytes()
    draft = draft_dataset(article, fixture, published=published, country=country)
    folder = write_draft(draft, tmp_path)
    assert "provenance.figures" not in failures(folder)
    for figure, column, value in edits:
        edit_cell(folder / "figures.csv", "figure_id", figure, column, value)
    return failures(folder).get("provenance.figures", [])


def assert_found(found: list[str], words: str | None) -> None:
    """Nothing found where ``words`` is None, else exactly one finding saying them."""
    if words is None:
        assert found == []
    else:
        assert len(found) == 1 and words in found[0], found


BREAKS = [
    # (file, key column, row id, column, new value, failing check, words in the finding)
    ("figures.csv", "figure_id", "f01", "amount", "805000000", "provenance.figures",
     "figures.csv, row 2, column amount: amount is 805000000 but the quote «أكثر من 850 مليون دولار» says 850000000"),
    ("figures.csv", "figure_id", "f01", "hedge", "exact", "provenance.figures",
     "column hedge: hedge is 'exact' but the quote «أكثر من 850 مليون دولار» says 'more_than'"),
    ("figures.csv", "figure_id", "f03", "hedge", "about", "provenance.figures",
     "row 4, column hedge: hedge is 'about' but the quote «ما يقرب من 269 مليون دولار» says 'nearly'"),
    ("figures.csv", "figure_id", "f02", "currency", "EUR", "provenance.figures",
     "column currency: currency is 'EUR' but the quote «605 مليون دولار» says 'USD'"),
    ("figures.csv", "figure_id", "f02", "char_start", "2236", "provenance.spans.figures",
     "figures.csv, row 3, column quote_ar: the article reads ' 605 مليون دولار' at 2236–2252, not the quote"),
    ("figures.csv", "figure_id", "f04", "char_end", "9999", "provenance.spans.figures",
     "span 2372–9999 ends past the article's 2,533 characters"),
    ("figures.csv", "figure_id", "f04", "claim_id", "c01", "provenance.nesting",
     "figures.csv, row 5, column claim_id: span 2372–2397 is outside claim c01 (95–229)"),
    ("claims.csv", "claim_id", "c01", "char_start", "0", "provenance.spans.claims",
     "span 0–229 lies in the title or header, not the body (≥ 95)"),
    ("claims.csv", "claim_id", "c01", "paragraph", "2", "provenance.paragraphs",
     "claims.csv, row 2, column paragraph: the span starts in paragraph 1, not 2"),
    ("mentions.csv", "surface_ar", "ريتشارد نورلاند", "char_start", "1165", "provenance.spans.mentions",
     "the article reads ' ريتشارد نورلاند' at 1165–1181, not the quote"),
    ("events.csv", "event_id", "e04", "date", "2021-10", "provenance.events",
     "events.csv, row 5, column date: «أكتوبر الماضي» reads as 2020-10 (month), not 2021-10 (month)"),
    ("events.csv", "event_id", "e01", "date_basis", "inferred", "provenance.events",
     "«24 ديسمبر 2021» gives its date alone: date_basis should be stated"),
    ("events.csv", "event_id", "e05", "date_basis", "stated", "provenance.events",
     "«24 ديسمبر المقبل» gives its date only with the publication date: date_basis should be inferred"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("file", "key", "row_id", "column", "value", "check", "words"),
    BREAKS,
    ids=[f"{b[0]}:{b[2]}:{b[3]}" for b in BREAKS],
)
def test_a_broken_cell_is_caught(libya_copy, file, key, row_id, column, value, check, words):
    edit_cell(libya_copy / file, key, row_id, column, value)
    found = failures(libya_copy)
    assert check in found, f"{check} did not fail; failing: {sorted(found)}"
    assert any(words in line for line in found[check]), found[check]
    assert sorted(found) == [check]  # one break, one verdict: nothing downstream echoes it


def test_a_changed_article_breaks_the_checksum(libya_copy):
    source = libya_copy / "source.txt"
    source.write_bytes(source.read_bytes().replace(b"850", b"950"))
    found = failures(libya_copy)
    assert "provenance.sha256" in found
    assert "source.txt has sha256" in found["provenance.sha256"][0]


def test_a_header_line_not_kept_verbatim(libya_copy):
    path = libya_copy / "metadata.json"
    metadata = json.loads(path.read_text(encoding="utf-8"))
    line = next(h for h in metadata["header_lines"] if h["text"] == "182")
    line["text"] = "183"
    path.write_text(json.dumps(metadata, ensure_ascii=False), encoding="utf-8")
    assert failures(libya_copy) == {
        "provenance.header": [
            "metadata.json, column header_lines: header line 4 reads '182' in source.txt, "
            "not '183' [provenance.header]"
        ]
    }


def test_the_passing_messages_give_counts():
    from tests.conftest import LIBYA

    report, _ = check_dataset(load_dataset(LIBYA))
    messages = {c.id: c.message for c in report.checks}
    assert (
        messages["provenance.spans.figures"]
        == "4 spans of figures.csv match the article word for word"
    )
    assert messages["provenance.figures"].startswith(
        "all 4 figures carry the amount, currency and hedge their quotes state"
    )
    assert messages["provenance.events"] == (
        "all 9 dated phrases give the date and precision recorded "
        "(reference: publication date 2021-06-23)"
    )


# --- Quotes written otherwise than render_ar writes them (validation/checks/readback.py) ---

WORDS = [
    # (figure, column, new value, the finding; None when the row still reads right)
    ("f01", "amount", "700000000",
     "amount is 700000000 but the quote «سبعة مليارات دينار» says 7000000000"),
    ("f01", "currency", "USD",
     "currency is 'USD' but the quote «سبعة مليارات دينار» says 'JOD'"),
    ("f01", "currency", "", None),  # a bare دينار may be left open for the curator
    ("f02", "amount", "5387000",
     "amount is 5387000 but the quote «5387 مليون دينار» says 5387000000"),
    ("f04", "amount", "200000", "amount is 200000 but the quote «مليوني دولار» says 2000000"),
    ("f03", "hedge", "more_than",
     "hedge is 'more_than' but the quote «لم تتجاوز 30%» says 'at_most'"),
]  # fmt: skip


@pytest.mark.parametrize(("figure", "column", "value", "words"), WORDS)
def test_a_quote_in_words_is_read_back_by_what_it_states(tmp_path, figure, column, value, words):
    """«سبعة مليارات دينار» is no «7 مليارات دينار», yet states the same amount: provenance
    judges the reading, and still catches a wrong amount, currency or hedge."""
    edits = [(figure, column, value)]
    found = drafted_then_edited(tmp_path, "words-and-spans", dt.date(2023, 11, 20), edits)
    assert_found(found, words)


# --- A part's currency, from its whole; a bare word's, from the declared country ----------

UNNAMED_DAY = dt.date(2025, 3, 2)  # the publication day country-unnamed.txt is drafted with
PARTS = [
    # (figure, column, new value, the finding; None when the row still reads right)
    ("f02", "currency", "", None),  # «منها 25 مليونا» may be left open
    ("f02", "currency", "USD",
     "currency is 'USD' but the quote «25 مليونا» says 'JOD' (nor is it the parent's)"),
    ("f02", "parent_figure_id", "", None),  # the sentence carries its dinar to «منها 25 مليونا»
    ("f03", "currency", "USD",  # «و9 ملايين لتأهيل…»: the sentence carries nothing to it
     "currency is 'USD' but the quote «9 ملايين» says 'JOD' (nor is it the parent's)"),
    ("f06", "parent_figure_id", "f05", None),  # «منها 6 ملايين» is in dinars by its own words:
    ("f06", "currency", "USD",  # the sentence carries them past the bracketed dollars
     "currency is 'USD' but the quote «6 ملايين» says 'JOD' (nor is it the parent's)"),
    ("f07", "currency", "EGP",  # a bare دينار in the declared country: Jordan's dinar
     "currency is 'EGP' but the quote «310 ملايين دينار» says 'JOD'"),
]  # fmt: skip


@pytest.mark.parametrize(("figure", "column", "value", "words"), PARTS)
def test_a_part_takes_its_wholes_currency_and_a_bare_word_the_declared_countrys(
    tmp_path, figure, column, value, words
):
    """«40 مليون دينار، منها 25 مليونا»: the part is read in its parent's currency, and the
    bare دينار of an article that never names its country in that of metadata's country."""
    edits = [(figure, column, value)]
    found = drafted_then_edited(tmp_path, "country-unnamed", UNNAMED_DAY, edits, country="JO")
    assert_found(found, words)


def test_a_currency_the_sentence_carries_is_the_words_own_and_no_other(tmp_path):
    """Without a parent, «منها 25 مليونا» is still read as the sentence reads it: dinars."""
    edits = [("f02", "parent_figure_id", ""), ("f02", "currency", "USD")]
    assert drafted_then_edited(tmp_path, "country-unnamed", UNNAMED_DAY, edits, country="JO") == [
        "figures.csv, row 3, column currency: currency is 'USD' but the quote «25 مليونا» "
        "says 'JOD' (value: 'USD') [provenance.figures]"
    ]


def test_without_a_declared_country_a_bare_word_in_a_silent_article_has_no_currency(tmp_path):
    edits = [("f01", "currency", "JOD")]
    assert drafted_then_edited(tmp_path, "country-unnamed", UNNAMED_DAY, edits) == [
        "figures.csv, row 2, column currency: currency is 'JOD' but the quote «40 مليون دينار» "
        "says no currency (value: 'JOD') [provenance.figures]"
    ]


@pytest.mark.parametrize(
    ("event", "column", "value", "words"),
    [
        (None, None, None, None),  # as drafted: months read where they stand pass
        (
            "e02",
            "date",
            "2024-12",
            "«كانون الأول» reads as 2023-12 (month) where it stands, not 2024-12",
        ),
        ("e05", "date", "2004", "«03/2004» reads as 2004-03 (month), not 2004 (year)"),
        ("e01", "date_basis", "stated", "date_basis should be inferred"),
    ],
)
def test_an_event_read_in_place_is_checked_in_place_by_both_engines(
    tmp_path, event, column, value, words
):
    """«لتشرين الثاني وكانون الأول», «عامي 02/2003 و03/2004»: the words alone give no date
    (or another), the extractor reads them where they stand; provenance accepts exactly
    that reading, in both engines."""
    article = (FIXTURES / "drafts" / "months-in-company.txt").read_bytes()
    draft = draft_dataset(article, "company", published=dt.date(2023, 10, 20))
    folder = write_draft(draft, tmp_path)
    if event:
        edit_cell(folder / "events.csv", "event_id", event, column, value)
    dataset = load_dataset(folder)
    for engine in (check_dataset, legacy_engine.check_dataset):
        report, _ = engine(dataset)
        (checked,) = [c for c in report.checks if c.id == "provenance.events"]
        assert_found([f.line() for f in checked.findings], words)


@pytest.mark.parametrize(
    ("figure", "value", "words"),
    [
        (None, None, None),  # as drafted: «18,734 مليار» read as the article reads it passes
        ("f03", "18734000000000", "amount is 18734000000000 but the quote «18,734 مليار دينار» "
         "says 18734000000"),
        ("f07", "9000", "amount is 9000 but the quote «يقارب 9 آلاف مليون دينار» says 9000000000"),
    ],
)  # fmt: skip
def test_a_decimal_comma_the_article_writes_is_read_in_its_quotes_by_both_engines(
    tmp_path, figure, value, words
):
    """An article that writes «6,2 مليار» means 18.734 billion by «18,734 مليار»; its
    quote, read alone, would be 18,734 billion. Provenance reads a quote in place as its
    article does, in both engines, and still refuses the thousands reading."""
    article = (FIXTURES / "drafts" / "decimal-comma.txt").read_bytes()
    draft = draft_dataset(article, "comma", published=dt.date(2025, 1, 19))
    folder = write_draft(draft, tmp_path)
    if figure:
        edit_cell(folder / "figures.csv", "figure_id", figure, "amount", value)
    dataset = load_dataset(folder)
    for engine in (check_dataset, legacy_engine.check_dataset):
        report, _ = engine(dataset)
        (checked,) = [c for c in report.checks if c.id == "provenance.figures"]
        assert_found([f.line() for f in checked.findings], words)


def test_a_quote_out_of_place_keeps_the_comma_a_thousands_group():
    """Without the article around it, «18,734 مليار دينار» is 18,734 billion: only the
    article's own decimal comma makes it a decimal."""
    from validation.arabic.quotes import parse_amount

    assert parse_amount("18,734 مليار دينار").value == 18734000000000
    assert parse_amount("18,734 مليار دينار", decimal_comma=True).value == 18734000000
    assert parse_amount("1,500 مليون دولار").value == 1500000000


RANGE_BOUNDS = [
    # (figure, column, new value, the finding): a bound read in place, then edited
    ("f01", "amount", "750", "amount is 750 but the quote «بين 750» says 750000000"),
    ("f01", "hedge", "exact", None),  # «بين 750» alone reads as an exact 750: refused below
    ("f04", "currency", "USD", "currency is 'USD' but the quote «240» says 'EUR'"),
    ("f07", "hedge", "about", "hedge is 'about' but the quote «من 20» says 'at_least'"),
]  # fmt: skip


@pytest.mark.parametrize(("figure", "column", "value", "words"), RANGE_BOUNDS)
def test_a_range_bound_is_vouched_for_only_by_exactly_what_the_article_reads_there(
    tmp_path, figure, column, value, words
):
    """The article's own reading at the bound's span vouches for its row only when the row
    says exactly that reading; any other amount, currency or hedge is refused."""
    found = drafted_then_edited(tmp_path, "ranges", dt.date(2025, 4, 8), [(figure, column, value)])
    if words is None:
        assert any("«بين 750»" in line and "hedge" in line for line in found), found
    else:
        assert_found(found, words)


# --- Currencies a sentence carries: after a lead-in, to a range, to «للمليار» ----------

CARRIED_DAY = dt.date(2024, 5, 2)  # the publication day carried-forms.txt is drafted with
CARRIED = [
    # (figure, column, new value, the finding; None when the row still reads right)
    ("f02", "currency", "USD",  # «ارتفاعاً من 5.6 مليار كانت»: the lead-in carries the dinar
     "currency is 'USD' but the quote «5.6 مليار» says 'KWD'"),
    ("f04", "currency", "USD",  # «ما بين 250 و300 مليون منها»: both bounds in dinars
     "currency is 'USD' but the quote «بين 250» says 'KWD'"),
    ("f07", "currency", "KWD",  # «إضافة للمليار السابق» after «مليارين دولار»
     "currency is 'KWD' but the quote «للمليار» says 'USD'"),
    ("f07", "amount", "1000000", "amount is 1000000 but the quote «للمليار» says 1000000000"),
    ("f02", "currency", "", None),  # a carried currency may be left open
]  # fmt: skip


@pytest.mark.parametrize(("figure", "column", "value", "words"), CARRIED)
def test_a_currency_the_sentence_carries_reads_back_in_place(
    tmp_path, figure, column, value, words
):
    """The drafted rows pass as drafted (`drafted_then_edited` checks), and a wrong
    currency or amount in them is caught: the quote is read where it stands."""
    found = drafted_then_edited(tmp_path, "carried-forms", CARRIED_DAY, [(figure, column, value)])
    assert_found(found, words)
