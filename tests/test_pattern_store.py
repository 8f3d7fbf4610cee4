"""Compiled patterns kept between runs: the same Pattern either way, and never a failure."""

from __future__ import annotations

import re

import pytest

from validation import pattern_store

# (pattern, flags): named groups, a lookbehind, Arabic letters, flags, bytes
PATTERNS = [
    (r"(?P<amount>[0-9]+(?:\.[0-9]+)?)\s*(?P<scale>مليون|مليار)", 0),
    (r"(?<![^\W\d_])(?:[وبلفك]ـ*+)??(?P<word>نحو|حوالي)ـ*+(?![^\W\d_])", 0),
    (r"^[^\S\n]*(?=\S)", re.MULTILINE),
    (r"yesterday|أمس", re.IGNORECASE),
    (rb"\x00|\r\n", 0),
]
TEXT = "قالت الوزارة أمس إن نحو 3.4 مليار ليرة صرفت\n  وبحوالي 12 مليون دولار"


def compile_in_package(pattern, flags):
    """``re.compile`` as a module of the package calls it (only theirs are kept)."""
    scope = {"__name__": "validation.probe", "re": re, "pattern": pattern, "flags": flags}
    exec("compiled = re.compile(pattern, flags)", scope)
    return scope["compiled"]


def matches(compiled: re.Pattern) -> list:
    text = TEXT.encode() if isinstance(compiled.pattern, bytes) else TEXT
    return [(m.span(), m.groupdict()) for m in compiled.finditer(text)]


def test_a_kept_pattern_is_the_pattern_re_compiles(tmp_path):
    with pattern_store.kept(tmp_path, write=True) as first:
        for pattern, flags in PATTERNS:
            compile_in_package(pattern, flags)
    assert first.fresh == len(PATTERNS)
    assert pattern_store.store_path(tmp_path).is_file()
    with pattern_store.kept(tmp_path, write=True) as second:
        kept = [compile_in_package(pattern, flags) for pattern, flags in PATTERNS]
    assert second.fresh == 0 and len(second.kept) == len(PATTERNS)
    for compiled, (pattern, flags) in zip(kept, PATTERNS, strict=True):
        fresh = re.compile(pattern, flags)
        assert compiled == fresh  # Pattern equality compares the compiled code
        assert (compiled.flags, compiled.groupindex, compiled.groups) == (
            fresh.flags, fresh.groupindex, fresh.groups
        )  # fmt: skip
        assert matches(compiled) == matches(fresh)
    assert re.compile is pattern_store.COMPILE  # put back on leaving


def test_only_the_package_patterns_are_kept(tmp_path):
    with pattern_store.kept(tmp_path, write=True) as store:
        re.compile(r"[0-9]{4}-only-here")  # this test module is not the package
    assert store.fresh == 0 and not pattern_store.store_path(tmp_path).exists()


def test_nothing_is_written_when_told_not_to(tmp_path):
    with pattern_store.kept(tmp_path, write=False) as store:
        compile_in_package(*PATTERNS[0])
    assert store.fresh == 1 and not pattern_store.store_path(tmp_path).exists()


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", b"\xe9\x00\x00\x00\x00"])
def test_a_damaged_store_is_compiled_afresh_and_written_again(tmp_path, damage):
    path = pattern_store.store_path(tmp_path)
    path.write_bytes(damage)
    with pattern_store.kept(tmp_path, write=True) as store:
        compiled = compile_in_package(*PATTERNS[0])
    assert compiled == re.compile(*PATTERNS[0]) and store.fresh == 1
    assert set(pattern_store.loaded(path)) == {PATTERNS[0]}


def test_a_store_that_cannot_be_written_is_left_alone(tmp_path):
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    with pattern_store.kept(blocked, write=True):
        compiled = compile_in_package(*PATTERNS[1])
    assert compiled == re.compile(*PATTERNS[1]) and blocked.read_text() == ""
