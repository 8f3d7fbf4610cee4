"""Offsets are computed from quotes, never typed."""

import pytest

from tests.conftest import LIBYA, ROOT
from validation.spans import locate, main, occurrences

ARTICLE = (LIBYA / "source.txt").read_text(encoding="utf-8")


def test_occurrences_include_overlaps():
    assert occurrences("aaa", "aa") == [(0, 2), (1, 3)]
    assert occurrences("abc", "") == []


def test_locate_the_nth_occurrence_after_an_offset():
    assert locate(ARTICLE, "ديسمبر", nth=2) == (822, 828)
    assert locate(ARTICLE, "الولايات المتحدة", after=95) == (100, 116)
    with pytest.raises(ValueError, match="occurs 1 time"):
        locate(ARTICLE, "أكتوبر", nth=2)


def test_the_curators_command_prints_offsets(capsys):
    assert main([str(LIBYA / "source.txt"), "أكتوبر الماضي"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("525\t538\t…")
    assert str(ROOT)  # the command reads only the file it is given
