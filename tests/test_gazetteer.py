"""Names the drafter finds by pattern (ministries, central banks, people after a title)."""

from __future__ import annotations

import pytest

from validation.gazetteer import find_entities


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # Written for these tests: a ministry, then when it spoke.
        ("أعلنت وزارة التخطيط الاحد أنها وقعت اتفاقا", "وزارة التخطيط"),
        ("قالت وزارة المالية اليوم إن العجز تراجع", "وزارة المالية"),
        ("وذكرت وزارة الصحة العامة الخميس أن المستشفيات تلقت الدعم", "وزارة الصحة العامة"),
        ("وأكدت وزارة التربية والتعليم الإثنين أن المدارس جاهزة", "وزارة التربية والتعليم"),
        # near misses: words of the name that only begin like a weekday or «اليوم»
        ("قالت وزارة الاحداث الرياضية إن البطولة تأجلت", "وزارة الاحداث الرياضية"),
        ("وأعلنت وزارة الجمعيات الأهلية أن المشروع بدأ", "وزارة الجمعيات الأهلية"),
    ],
)
def test_a_weekday_after_a_ministry_is_no_word_of_its_name(sentence, name):
    (found,) = [f for f in find_entities(sentence) if f.role_en == "Ministry"]
    assert found.surface == name
    assert sentence[found.start : found.end] == name
