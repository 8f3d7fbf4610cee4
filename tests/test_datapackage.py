"""datapackage.json is generated from the pandera models, and frictionless-py accepts it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import frictionless
import pytest

from tests.conftest import LIBYA
from validation import vocab
from validation.datapackage import (
    check_constraints,
    package_descriptor,
    table_fields,
    unexpressed_checks,
)
from validation.docs import cell, data_dictionary, type_name
from validation.engine import check_dataset
from validation.export import bundle_files, write_export
from validation.load import load_dataset
from validation.schemas import FOREIGN_KEYS, MODELS, PRIMARY_KEYS

DATASET_ID = "us-libya-berlin2-2021"
FRICTIONLESS = Path(sys.executable).parent / "frictionless"
ERROR_COLUMNS = ["rowNumber", "fieldName", "type"]


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    """The shipped dataset exported for real; returns its bundle folder."""
    dataset = load_dataset(LIBYA)
    report, tables = check_dataset(dataset)
    out = tmp_path_factory.mktemp("export") / "out"
    write_export({DATASET_ID: bundle_files(dataset, report, tables)}, out)
    return out / DATASET_ID


@pytest.fixture(scope="module")
def descriptor(exported) -> dict:
    return json.loads((exported / "datapackage.json").read_text(encoding="utf-8"))


def resource(descriptor: dict, name: str) -> dict:
    return next(r for r in descriptor["resources"] if r["name"] == name)


def field(descriptor: dict, table: str, name: str) -> dict:
    return next(f for f in resource(descriptor, table)["schema"]["fields"] if f["name"] == name)


def errors_of(report) -> dict[str, list]:
    """Each resource's errors as (row, field, type), the way frictionless reports them."""
    return {task.name: task.flatten(ERROR_COLUMNS) for task in report.tasks}


# ---- generated from the models -----------------------------------------------------------


@pytest.mark.parametrize("table", list(MODELS))
def test_fields_are_the_models_columns_with_the_readme_descriptions(table):
    dictionary = data_dictionary()
    columns = MODELS[table].to_schema().columns
    fields = table_fields(table)
    assert [f["name"] for f in fields] == list(columns)
    for f in fields:
        column = columns[f["name"]]
        row = f"| `{f['name']}` | {type_name(column)} | {cell(f['description'])} |"
        assert row in dictionary, row  # word for word the README's data dictionary


@pytest.mark.parametrize(
    ("table", "name", "expected"),
    [
        (
            "figures",
            "amount",
            {
                "type": "integer",
                "constraints": {"required": True, "minimum": 0, "maximum": 10**15},
            },
        ),
        (
            "figures",
            "figure_id",
            {
                "type": "string",
                "constraints": {"required": True, "unique": True, "pattern": "f[0-9]{2,}"},
            },
        ),
        (
            "figures",
            "hedge",
            {"type": "string", "constraints": {"required": True, "enum": list(vocab.HEDGES)}},
        ),
        (
            "figures",
            "parts_exhaustive",
            {"type": "boolean", "trueValues": ["true"], "falseValues": ["false"]},
        ),
        (
            "figures",
            "period_start",
            {"type": "string", "constraints": {"pattern": "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"}},
        ),
        (
            "events",
            "char_start",
            {"type": "integer", "constraints": {"minimum": 0}},
        ),
        (
            "verifications",
            "accessed",
            {
                "type": "string",
                "constraints": {"required": True, "pattern": "[0-9]{4}-[0-9]{2}-[0-9]{2}"},
            },
        ),
        (
            "entities",
            "name_en",
            {
                "type": "string",
                "constraints": {
                    "required": True,
                    "maxLength": 32767,
                    "pattern": "[^=+\\-@\\t\\r][\\s\\S]*",
                },
            },
        ),
    ],
)
def test_types_and_constraints_come_from_the_model(table, name, expected):
    generated = next(f for f in table_fields(table) if f["name"] == name)
    assert {k: v for k, v in generated.items() if k in expected} == expected
    assert set(generated) - set(expected) <= {"name", "description", "example"}


def test_topics_pattern_is_a_list_of_codes():
    """Which topics a dataset uses is its own declaration (metadata.json); the package
    states the form every one of them has."""
    topics = next(f for f in table_fields("claims") if f["name"] == "topics")
    code = vocab.CODE_PATTERN.removeprefix("^").removesuffix("$")
    assert topics["constraints"]["pattern"] == f"{code}(;{code})*"


def test_every_cell_check_has_a_constraint_but_the_invisible_characters_one():
    """A new pandera check fails here until it is mapped to a Table Schema constraint."""
    unmapped = {
        check.name
        for model in MODELS.values()
        for column in model.to_schema().columns.values()
        for check in column.checks
        if check_constraints(check) is None
    }
    assert unmapped == {"no_hidden_controls"}


def test_row_rules_are_named_in_the_resource_description():
    assert unexpressed_checks("events") == [
        "no_hidden_controls",
        "precision_matches_date",
        "span_is_ordered",
    ]
    assert unexpressed_checks("entities") == ["no_hidden_controls"]


def test_keys_come_from_the_engine(descriptor):
    assert [r["name"] for r in descriptor["resources"]] == list(MODELS)
    for table, key in PRIMARY_KEYS.items():
        assert resource(descriptor, table)["schema"]["primaryKey"] == key
    references = {
        (r["name"], fk["fields"][0]): (
            fk["reference"]["resource"] or r["name"],
            *fk["reference"]["fields"],
        )
        for r in descriptor["resources"]
        for fk in r["schema"].get("foreignKeys", [])
    }
    assert references == FOREIGN_KEYS
    parent = resource(descriptor, "figures")["schema"]["foreignKeys"][1]
    assert parent == {
        "fields": ["parent_figure_id"],
        "reference": {"resource": "", "fields": ["figure_id"]},
    }


def test_references_to_a_table_not_in_the_bundle_are_left_out():
    metadata = json.loads((LIBYA / "metadata.json").read_text(encoding="utf-8"))
    tables = {name: None for name in MODELS if name != "verifications"}
    events = resource(package_descriptor(metadata, tables), "events")
    assert [fk["fields"] for fk in events["schema"]["foreignKeys"]] == [
        ["claim_id"],
        ["entity_id"],
    ]


def test_computed_columns_are_described(descriptor):
    assert field(descriptor, "figures", "strict_high") == {
        "name": "strict_high",
        "type": "number",
        "description": "Computed by factdesk, not curated: highest amount the words allow "
        "(strict reading, s = 20%); empty = no upper bound (more than, at least).",
    }
    assert field(descriptor, "events", "date_last_day")["constraints"] == {
        "pattern": "[0-9]{4}-[0-9]{2}-[0-9]{2}"
    }


def test_package_metadata(descriptor, exported):
    assert descriptor["name"] == DATASET_ID
    assert descriptor["title"].startswith("The United States affirms the necessity")
    assert descriptor["version"] == "2026.11.28"
    assert descriptor["created"] == "2026-11-28T00:00:00Z"
    assert descriptor["licenses"] == [
        {
            "name": "CC-BY-4.0",
            "title": "Creative Commons Attribution 4.0 (data)",
            "path": "https://creativecommons.org/licenses/by/4.0/",
        },
        {
            "name": "MIT",
            "title": "MIT License (code)",
            "path": "https://opensource.org/licenses/MIT",
        },
    ]
    assert [s["path"] for s in descriptor["sources"]] == [
        "source.txt",
        "https://www.miragenews.com/united-states-and-libya-583321",
        "https://www.state.gov/secretary-antony-j-blinken-and-german-foreign-minister-heiko-maas-at-a-joint-press-availability/",
    ]
    assert descriptor["contributors"] == [{"title": "factdesk contributors", "role": "author"}]
    assert {"fact-checking", "elections", "ceasefire"} <= set(descriptor["keywords"])
    for r in descriptor["resources"]:
        assert {k: r[k] for k in ("profile", "format", "mediatype", "encoding")} == {
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
        }
        assert r["path"] == f"{r['name']}.csv"
        assert r["bytes"] == (exported / r["path"]).stat().st_size
        assert r["schema"]["missingValues"] == [""]


# ---- frictionless-py accepts it, and pins what breaks ------------------------------------


def test_frictionless_validates_the_export(exported):
    report = frictionless.validate(str(exported / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert report.stats["errors"] == 0
    assert report.stats["tasks"] == len(MODELS)
    assert {task.name: task.stats.get("rows", 0) for task in report.tasks} == {
        "claims": 16,
        "figures": 4,
        "events": 16,
        "entities": 20,
        "mentions": 52,
        "ignored_numbers": 0,
        "verifications": 27,
        "context_figures": 15,
    }


def test_frictionless_command_line_validates_the_export(exported):
    result = subprocess.run(
        [str(FRICTIONLESS), "validate", "datapackage.json"],
        cwd=exported,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "INVALID" not in result.stdout
    assert result.stdout.count("VALID") == len(MODELS)


def replace_line(path: Path, number: int, old: str, new: str) -> None:
    """Edit one line of an exported CSV (line 1 is the header), as a careless hand would."""
    lines = path.read_text(encoding="utf-8").split("\n")
    assert old in lines[number - 1]
    lines[number - 1] = lines[number - 1].replace(old, new, 1)
    path.write_text("\n".join(lines), encoding="utf-8")


def test_frictionless_pins_what_a_broken_copy_gets_wrong(exported, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(exported, broken)
    replace_line(broken / "figures.csv", 3, "f02,c15,", "f01,c15,")  # duplicated key
    replace_line(broken / "figures.csv", 4, ",269000000,USD,", ",269e6,USD,")  # not an integer
    replace_line(broken / "claims.csv", 2, ",us,", ",nobody,")  # no such speaker
    replace_line(broken / "entities.csv", 3, ",Antony Blinken,", ',"=HYPERLINK(""x"")",')
    report = frictionless.validate(str(broken / "datapackage.json"))
    assert not report.valid
    assert errors_of(report) == {
        "claims": [
            [2, None, "foreign-key"],
            [None, None, "hash-count"],
            [None, None, "byte-count"],
        ],
        "figures": [
            [3, "figure_id", "unique-error"],
            [3, None, "primary-key"],
            [4, "amount", "type-error"],
            [None, None, "hash-count"],
            [None, None, "byte-count"],
        ],
        "events": [],
        "entities": [
            [3, "name_en", "constraint-error"],
            [None, None, "hash-count"],
            [None, None, "byte-count"],
        ],
        "mentions": [],
        "ignored_numbers": [],
        "verifications": [],
        "context_figures": [],
    }
    figures = next(task for task in report.tasks if task.name == "figures")
    assert figures.errors[2].note == 'type is "integer/default"'
    assert figures.errors[2].cell == "269e6"
