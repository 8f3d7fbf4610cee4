"""The interface strings: both languages complete and in step."""

from __future__ import annotations

import string

import pytest

from dashboard.i18n import AR, EN, LANGUAGES, date_words, language_or_default, t


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_languages_have_the_same_keys():
    assert set(EN) - set(AR) == set(), "missing in Arabic"
    assert set(AR) - set(EN) == set(), "missing in English"


def test_each_pair_has_the_same_placeholders():
    """Every key at once (one test, not one per key): the message names each pair that differs."""
    differing = {
        key: (placeholders(EN[key]), placeholders(AR[key]))
        for key in sorted(EN)
        if placeholders(EN[key]) != placeholders(AR.get(key, ""))
    }
    assert differing == {}


def test_no_string_is_empty():
    empty = [key for key in sorted(EN) if not (EN[key].strip() and AR.get(key, "").strip())]
    assert empty == []


def test_arabic_strings_are_arabic():
    """Every Arabic string but the shared ones holds Arabic letters (nothing left untranslated)."""
    shared = {"lang.label", "lang.en", "lang.ar", "downloads.csv", "consistency.kind", "app.title"}
    untranslated = [
        key
        for key, text in AR.items()
        if key not in shared and not any("\u0600" <= ch <= "\u06ff" for ch in text)
    ]
    assert untranslated == []


@pytest.mark.parametrize(
    ("value", "expected"), [("en", "en"), ("ar", "ar"), ("fr", "en"), (None, "en"), ("", "en")]
)
def test_unknown_languages_fall_back_to_english(value, expected):
    assert language_or_default(value) == expected


def test_t_fills_placeholders_in_both_languages():
    assert t("claims.count", "en", shown=3, total=16) == "3 of 16 claims shown"
    for lang in LANGUAGES:
        filled = t("claims.count", lang, shown=3, total=16)
        assert "3" in filled and "16" in filled and "{" not in filled, (lang, filled)


@pytest.mark.parametrize(
    ("iso", "english", "lang", "expected"),
    [
        ("2021-06-23", "23 June 2021", "en", "23 June 2021"),
        ("2021-06-23", "23 June 2021", "ar", "23 يونيو 2021"),
        ("2020-10", "October 2020", "ar", "أكتوبر 2020"),
        ("2011", "2011", "ar", "2011"),
    ],
)
def test_dates_are_written_at_their_precision(iso, english, lang, expected):
    assert date_words(iso, english, lang) == expected
