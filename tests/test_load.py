"""The loader: what it accepts as Excel saves it, and the one line it says for what it cannot read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import LIBYA
from validation.load import (
    UnusableInput,
    discover,
    load_dataset,
    parse_csv,
    read_table,
    unquoted_records,
)

HEADER = "char_start,char_end,surface_ar,reason\n"
ROW = "190,191,2,جزء من اسم المؤتمر\n"


def write(tmp_path: Path, data: bytes, name: str = "ignored_numbers.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "data",
    [
        (HEADER + ROW).encode("utf-8"),
        (HEADER + ROW).encode("utf-8-sig"),
        (HEADER + ROW).replace("\n", "\r\n").encode("utf-8-sig"),
        (HEADER + ROW + "\n").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "excel-bom-crlf", "trailing-blank-line"],
)
def test_accepts_what_excel_saves(tmp_path, data):
    frame = read_table(write(tmp_path, data), tmp_path)
    assert list(frame.columns) == ["char_start", "char_end", "surface_ar", "reason"]
    assert frame.loc[2].tolist() == ["190", "191", "2", "جزء من اسم المؤتمر"]
    assert list(frame.index) == [2]


@pytest.mark.parametrize(
    ("data", "reason", "row"),
    [
        ((HEADER + ROW).encode("cp1256"), "not UTF-8 (byte 48, line 2); it looks like Windows-1256 (Arabic)", None),
        ((HEADER + ROW).encode("utf-16"), "not UTF-8 (byte 0, line 1); it looks like UTF-16", None),
        ((HEADER + "1,2,café,naïve\n").encode("latin-1"), "not UTF-8 (byte 45, line 2); it looks like Latin-1 / Windows-1252", None),
        (b"", "empty file: expected a header row", None),
        (b"\n\n", "empty file: expected a header row", None),
        ((HEADER + '190,191,"2,reason\n').encode(), "unparsable CSV: unexpected end of data", 2),
        ((HEADER + "190,191,2\n").encode(), "3 cells where the header has 4", 2),
        (b"char_start,char_start,surface_ar,reason\n", "duplicate column 'char_start' in the header", 1),
        ((HEADER + "190,\x00191,2,x\n").encode(), "NUL byte on line 2: not a text file", None),
    ],
    ids=["windows-1256", "utf-16", "latin-1", "empty", "blank", "unterminated-quote", "ragged", "duplicate-header", "nul"],
)  # fmt: skip
def test_unreadable_csv_gets_one_line(tmp_path, data, reason, row):
    path = write(tmp_path, data)
    with pytest.raises(UnusableInput) as caught:
        read_table(path, tmp_path)
    assert caught.value.reason == reason
    assert caught.value.row == row
    assert caught.value.line().startswith(str(path))
    assert "\n" not in caught.value.line()


def test_header_only_is_an_empty_table():
    frame = parse_csv(HEADER, "ignored_numbers.csv")
    assert frame.empty
    assert list(frame.columns) == ["char_start", "char_end", "surface_ar", "reason"]


def test_empty_cells_are_missing_not_empty_text():
    frame = parse_csv(HEADER + "190,,2,\n", "x.csv")
    assert frame.loc[2, "char_end"] is not None
    assert frame.isna().loc[2].tolist() == [False, True, False, True]


def test_a_folder_where_a_file_should_be(libya_copy):
    (libya_copy / "mentions.csv").unlink()
    (libya_copy / "mentions.csv").mkdir()
    with pytest.raises(UnusableInput, match="a folder where a file should be"):
        load_dataset(libya_copy)


def test_missing_table_and_missing_source(libya_copy):
    (libya_copy / "claims.csv").unlink()
    with pytest.raises(UnusableInput) as caught:
        load_dataset(libya_copy)
    assert caught.value.line() == f"{libya_copy / 'claims.csv'}: missing file"
    (libya_copy / "source.txt").unlink()
    with pytest.raises(UnusableInput, match=r"source\.txt: missing file"):
        load_dataset(libya_copy)


def test_a_link_out_of_the_dataset_is_refused(libya_copy, tmp_path):
    outside = tmp_path / "elsewhere.csv"
    outside.write_text((libya_copy / "entities.csv").read_text(encoding="utf-8"), encoding="utf-8")
    (libya_copy / "entities.csv").unlink()
    os.symlink(outside, libya_copy / "entities.csv")
    with pytest.raises(UnusableInput, match="a link pointing outside the dataset folder: refused"):
        load_dataset(libya_copy)


def test_invalid_metadata_json_names_the_line(libya_copy):
    (libya_copy / "metadata.json").write_text('{\n  "id": "x",\n  oops\n}', encoding="utf-8")
    with pytest.raises(UnusableInput) as caught:
        load_dataset(libya_copy)
    assert caught.value.row == 3
    assert "invalid JSON" in caught.value.reason


def test_discover_one_dataset_or_a_folder_of_them(tmp_path):
    assert discover([LIBYA]) == [LIBYA]
    assert discover([LIBYA.parent]) == [LIBYA]
    with pytest.raises(UnusableInput, match="no such file or folder"):
        discover([tmp_path / "nope"])
    with pytest.raises(UnusableInput, match="no dataset folder here"):
        discover([tmp_path])


def test_loads_the_libya_dataset():
    dataset = load_dataset(LIBYA)
    assert dataset.id == "us-libya-berlin2-2021"
    assert dataset.body_start == 95
    assert dataset.source_text.startswith("الولايات المتحدة تؤكد")
    assert set(dataset.tables) >= {"claims", "figures", "events", "entities", "mentions"}


def test_a_folder_read_once_for_its_hash_is_not_read_again(monkeypatch):
    from fractions import Fraction

    from validation import cache, load

    key, _, contents = cache.settle_key(LIBYA, Fraction("0.05"), Fraction("0.2"))
    assert key is not None
    assert contents == {p.name: p.read_bytes() for p in LIBYA.iterdir() if p.is_file()}
    expected = load.read_folder(LIBYA)

    def no_reading(path, root):
        raise AssertionError(f"{path} read again")

    monkeypatch.setattr(load, "read_bytes", no_reading)
    monkeypatch.setattr(load, "present", lambda path: pytest.fail(f"{path} looked up"))
    dataset, tables = load.read_folder(LIBYA, contents)
    assert tables == expected[1] and dataset.source_bytes == expected[0].source_bytes
    assert dataset.metadata == expected[0].metadata and dataset.id == expected[0].id


def test_a_file_missing_from_what_was_read_is_read_as_ever(tmp_path):
    import shutil

    from validation import load

    folder = tmp_path / "libya"
    shutil.copytree(LIBYA, folder)
    contents = {p.name: p.read_bytes() for p in folder.iterdir()}
    del contents["source.txt"]  # asked for, not given: read from the folder
    (folder / "source.txt").write_bytes(b"\xff\xfe not utf-8")
    with pytest.raises(UnusableInput, match=r"source\.txt"):
        load.read_folder(folder, contents)


@pytest.mark.parametrize(
    "text",
    ["a,b\n1,2\n", "a,b\n1,2", "a,b\n\n1,2\n", "a,b\n1,\n,\n", "a\n\n\n", "عنوان،نص,ب\nقيمة,\t,x\n",
     "a,b\n1,2,3\n", "a,,b\n,,\n"],
)  # fmt: skip
def test_a_text_without_quotes_is_split_as_csv_reads_it(text):
    import csv
    import io

    assert unquoted_records(text) == list(csv.reader(io.StringIO(text, newline=""), strict=True))


@pytest.mark.parametrize("text", ['a,b\n"1,5",2\n', "a,b\r\n1,2\r\n", "a,b\n1\x00,2\n"])
def test_a_text_with_quotes_cr_or_nul_is_left_to_csv(text):
    assert unquoted_records(text) is None
