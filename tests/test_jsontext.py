"""The report's JSON writer: json.dumps's bytes, whichever encoder wrote them."""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction

import numpy as np
import pytest

from validation import jsontext

VALUES = [
    {"id": "c01", "share": 0.25, "counts": [1, 2, 3], "nested": {"a": [], "b": {}}},
    {"tiny": 1.5e-07, "small": 2.5e-05, "edge": 1e-4, "big": 1e16, "huge": 1e22},
    {"nan": float("nan"), "inf": float("inf"), "minus": float("-inf"), "zero": -0.0},
    {"int": 2**63, "negative": -(2**63) - 1, "fits": 2**63 - 1},
    {"text": "".join(chr(i) for i in range(0x80)) + "\u2028\u2029\ufeff«نحو ٣٠٠»"},
    {"surrogate": "\ud800"},
    {"day": dt.date(2021, 6, 23), "when": dt.datetime(2021, 6, 23, 12, 5)},
    {"numpy": np.float64(1.5), "numpy_int": np.int64(3), "fraction": Fraction(1, 3)},
    {1: "a key that is not text", "tuple": (1, "two")},
    [True, False, None, 0, 0.0, "", [], {}],
]


@pytest.mark.parametrize("value", VALUES, ids=range(len(VALUES)))
def test_the_text_is_what_json_writes(value):
    assert jsontext.indented(value) == json.dumps(value, ensure_ascii=False, indent=2, default=str)


@pytest.mark.parametrize(
    ("value", "alike"),
    [({"a": [1, 0.5, "x", None, True]}, True), ({"a": 1.5e-07}, False),
     ({"a": float("nan")}, False), ({"a": 2**64}, False), ({"a": np.float64(1.0)}, False),
     ({"a": dt.date(2021, 1, 1)}, False), ({2: "b"}, False)],
)  # fmt: skip
def test_only_plain_values_go_to_orjson(value, alike):
    assert jsontext.writes_alike(value) is alike


def test_without_orjson_json_writes_it_all(monkeypatch):
    monkeypatch.setattr(jsontext, "orjson", None)
    assert jsontext.indented({"a": [1.5e-07]}) == '{\n  "a": [\n    1.5e-07\n  ]\n}'
