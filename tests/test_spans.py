"""Offsets are computed from quotes, never typed."""

import pytest

from tests.conftest import LIBYA
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


def test_the_curators_command_reads_only_the_file_it_is_given(tmp_path, monkeypatch, capsys):
    """A draft article anywhere, run from anywhere: every occurrence, with its context."""
    draft = tmp_path / "draft.txt"
    draft.write_text("قال الوزير\nثم قال الوزير مرة أخرى", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main([draft.name, "قال الوزير"]) == 0
    assert capsys.readouterr().out == (
        "0\t10\t…قال الوزير ثم قال الوزير مرة أ…\n14\t24\t…قال الوزير ثم قال الوزير مرة أخرى…\n"
    )
