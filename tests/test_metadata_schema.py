"""The compiled metadata schema only says yes where jsonschema says yes: the verdicts and
findings of schema.metadata stay jsonschema's (validation/checks/schema.py)."""

from __future__ import annotations

import copy
import json

import pytest

from bench.synthetic import build_article
from tests.conftest import LIBYA, ROOT
from validation.checks.schema import METADATA_VALIDATOR, accepted_at_once

OTHER_VALUES = [True, False, 0, 1, 1.0, -1, 2.5, "", "x", "2021-02-30", None, [], {}, [1], {"a": 1}]


def shipped() -> list[dict]:
    paths = sorted((ROOT / "datasets").glob("*/metadata.json"))
    paths += sorted((ROOT / "tests" / "fixtures").rglob("metadata.json"))
    found = []
    for path in paths:
        try:
            found.append(json.loads(path.read_text(encoding="utf-8")))
        except (ValueError, UnicodeDecodeError, RecursionError):
            continue  # an unusable file never reaches the schema
    synthetic = [build_article(3, i).files["metadata.json"] for i in range(5)]
    return found + [json.loads(data) for data in synthetic]


def places(value, path=()):
    """Every place in a JSON value: its path."""
    yield path
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from places(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from places(inner, (*path, index))


def changed(metadata: dict, path: tuple, value) -> dict:
    copied = copy.deepcopy(metadata)
    target = copied
    for key in path[:-1]:
        target = target[key]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return copied


DELETE = object()


def jsonschema_accepts(metadata) -> bool:
    return not any(METADATA_VALIDATOR.iter_errors(metadata))


def test_the_compiled_schema_accepts_what_we_ship():
    for metadata in shipped():
        if jsonschema_accepts(metadata):
            assert accepted_at_once(metadata)


@pytest.mark.parametrize("source", ["libya", "synthetic"])
def test_no_change_anywhere_is_accepted_by_one_and_rejected_by_the_other(source):
    if source == "libya":
        base = json.loads((LIBYA / "metadata.json").read_text(encoding="utf-8"))
    else:
        base = json.loads(build_article(0, 1).files["metadata.json"])
    tried = wrongly = 0
    for path in list(places(base))[1:]:
        for value in [*OTHER_VALUES, DELETE]:
            metadata = changed(base, path, value)
            fast, slow = accepted_at_once(metadata), jsonschema_accepts(metadata)
            tried += 1
            assert not (fast and not slow), (path, value)
            wrongly += slow and not fast  # only slower, never wrong: counted, not failed
    assert tried > 500 and wrongly < tried // 20
