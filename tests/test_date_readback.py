"""An event's words read alone, else where they stand in the article (the extractor's
reading at exactly their span): the rule provenance and `factdesk new` share."""

from __future__ import annotations

import datetime as dt

import pytest

from validation.arabic.dates import DatePhrase
from validation.checks.date_readback import (
    ArticleDates,
    as_event_date,
    as_event_phrase,
    date_read_back,
    event_findings,
)

PUBLISHED = dt.date(2023, 10, 20)
# Written for these tests: salaries unpaid for two months, a deficit at a month's end, and
# two short fiscal years.
ARTICLE = (
    "لا تكفي الأموال لرواتب تشرين الأول، ولا لتشرين الثاني وكانون الأول، "
    "وبلغ العجز ذروته بنهاية أيلول، مقارنة بعامي 02/2003 و03/2004."
)


def span(words: str, occurrence: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = ARTICLE.index(words, start + 1)
    return start, start + len(words)


@pytest.mark.parametrize(
    ("words", "iso", "precision", "basis"),
    [
        ("تشرين الثاني", "2023-11", "month", "inferred"),  # after «لـ»
        ("كانون الأول", "2023-12", "month", "inferred"),  # a second month after «و»
        ("أيلول", "2023-09", "month", "inferred"),  # after «بنهاية»
        ("03/2004", "2003", "year", "stated"),  # alone: March 2004
        ("عامي 02/2003", "2002", "year", "stated"),  # alone too: no context needed
    ],
)
def test_words_the_extractor_reads_in_place_read_back(words, iso, precision, basis):
    article = ArticleDates(ARTICLE)
    assert date_read_back(words, iso, precision, PUBLISHED, article, span(words)) == (basis, None)


def test_alone_the_same_words_are_refused_with_the_reason():
    assert date_read_back("تشرين الثاني", "2023-11", "month", PUBLISHED) == (
        None,
        "no date in «تشرين الثاني»",
    )
    assert date_read_back("03/2004", "2003", "year", PUBLISHED) == (
        None,
        "its words read as ('2004-03', 'month')",
    )


@pytest.mark.parametrize(
    ("words", "where", "iso", "precision"),
    [
        ("تشرين الثاني", span("تشرين الثاني"), "2024-11", "month"),  # another year
        ("تشرين الثاني", span("تشرين الثاني"), "2023-11-01", "day"),  # another precision
        ("تشرين الثاني", (0, 12), "2023-11", "month"),  # not the article's words there
        ("تشرين الثاني", None, "2023-11", "month"),  # no span to read in place
    ],
)
def test_a_reading_in_place_vouches_only_for_its_own_date_at_its_own_span(
    words, where, iso, precision
):
    found = date_read_back(words, iso, precision, PUBLISHED, ArticleDates(ARTICLE), where)
    assert found == (None, "no date in «تشرين الثاني»")


def test_a_month_alone_without_its_words_company_is_read_as_no_date():
    """«تشرين الأول» right after «رواتب» is no date the extractor reads (no preposition,
    no «شهر»): the row is refused even in place."""
    assert date_read_back(
        "تشرين الأول", "2023-10", "month", PUBLISHED, ArticleDates(ARTICLE), span("تشرين الأول")
    ) == (None, "no date in «تشرين الأول»")


def test_findings_say_what_the_words_give_and_how():
    article = ArticleDates(ARTICLE)
    where = span("03/2004")
    assert event_findings(5, "03/2004", "2003", "year", "stated", PUBLISHED, article, where) == []
    (basis,) = event_findings(5, "03/2004", "2003", "year", "inferred", PUBLISHED, article, where)
    assert (basis.column, basis.value) == ("date_basis", "inferred")
    assert "gives its date alone: date_basis should be stated" in basis.message
    (date,) = event_findings(5, "03/2004", "2004", "year", "stated", PUBLISHED, article, where)
    assert (date.column, date.message) == (
        "date",
        "«03/2004» reads as 2004-03 (month), not 2004 (year)",
    )
    (unread,) = event_findings(
        2, "تشرين الثاني", "2023-11", "month", "inferred", PUBLISHED, article, (0, 12)
    )
    assert (unread.column, unread.message) == (
        "date_text_ar",
        "the words cannot be read as one date: no date in «تشرين الثاني»",
    )


# Friday 20 October 2023 is in ISO week 42 (Monday 16 – Sunday 22 October).
@pytest.mark.parametrize(
    ("words", "monday"),
    [
        ("الأسبوع الماضي", "2023-10-09"),
        ("الاسبوع الماضي", "2023-10-09"),
        ("الأسبوع المنصرم", "2023-10-09"),
        ("هذا الأسبوع", "2023-10-16"),
        ("الأسبوع المقبل", "2023-10-23"),
    ],
)
def test_a_week_reads_back_as_its_first_day(words, monday):
    """Events hold a day, month or year: a week is dated by its Monday, as a span of years
    by its first year; the words give it only with the publication date."""
    assert date_read_back(words, monday, "day", PUBLISHED) == ("inferred", None)


@pytest.mark.parametrize(
    ("iso", "precision"),
    [("2023-10-10", "day"), ("2023-10-15", "day"), ("2023-10", "month"), ("2023-W41", "week")],
)
def test_a_week_is_refused_as_any_other_day_or_as_its_month(iso, precision):
    found, why = date_read_back("الأسبوع الماضي", iso, precision, PUBLISHED)
    assert found is None
    assert why == "its words read as ('2023-W41', 'week')"


def test_a_week_as_an_event_spans_monday_to_sunday_and_other_phrases_stay():
    week = DatePhrase(3, 17, "2023-W41", "week")
    assert as_event_phrase(week) == DatePhrase(3, 17, "2023-10-09", "day", iso_end="2023-10-15")
    year_span = DatePhrase(0, 9, "2015", "year", "year", "2016")
    assert as_event_phrase(year_span) is year_span
    assert as_event_date(("2020-W53", "week")) == ("2020-12-28", "day")
    assert as_event_date((None, "relative")) == (None, "relative")
