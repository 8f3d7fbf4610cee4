"""Reading one file: every byte of it, however its size changed since it was looked at."""

from __future__ import annotations

import pytest

from validation.textfile import read_bytes, whole_file


@pytest.mark.parametrize("seen", [0, 5, 8999, 9000, 9001, 65536])
def test_a_file_is_read_whole_whatever_size_it_was_seen_at(tmp_path, seen):
    path = tmp_path / "grown.csv"
    path.write_bytes(b"id,value\n" * 1000)  # 9,000 bytes: more than some sizes it was seen at
    assert whole_file(str(path), seen) == path.read_bytes()


def test_a_file_of_a_dataset_is_read_as_written(tmp_path):
    path = tmp_path / "source.txt"
    path.write_bytes("بلغت الصادرات 5 مليارات دولار\n".encode())
    assert read_bytes(path, tmp_path) == path.read_bytes()
