"""Vocabularies in two layers: universal codes (validation/vocab.py) and the codes each
dataset declares in metadata.json, every one with its English and Arabic words."""

from __future__ import annotations

import json
import shutil

import pytest

from dashboard.article import article_of
from dashboard.i18n import AR, EN
from tests.conftest import DESK, JO_WATER, edit_cell
from validation import vocab
from validation.engine import check_dataset
from validation.load import load_dataset
from validation.vocabularies import allowed_codes, declared_labels

# The universal vocabularies the interface names, and the prefix of their i18n keys.
LABELLED = {
    "event status": (vocab.EVENT_STATUSES, "status"),
    "date precision": (vocab.DATE_PRECISIONS, "precision"),
    "date basis": (vocab.DATE_BASES, "basis"),
    "verdict": (vocab.VERDICTS, "verdict"),
    "claim type": (vocab.CLAIM_TYPES, "claim_type"),
    "firmness": (vocab.FIRMNESS, "firmness"),
    "check status": (tuple(vocab.STATUS_MARK), "check_status"),
    **{name: (codes, f"code.{name}") for name, (_, _, codes) in vocab.EXTENSIBLE.items()},
}


@pytest.mark.parametrize("name", LABELLED)
def test_every_universal_code_has_english_and_arabic_words(name):
    codes, prefix = LABELLED[name]
    for code in codes:
        assert EN.get(f"{prefix}.{code}") and AR.get(f"{prefix}.{code}"), f"{prefix}.{code}"


@pytest.mark.parametrize("dataset_id", list(DESK))
def test_every_code_a_dataset_uses_is_declared_with_both_labels(dataset_id):
    dataset = load_dataset(DESK[dataset_id])
    _, tables = check_dataset(dataset)
    article = article_of(dataset.id, dataset.metadata, tables["figures"])
    for vocabulary, (table, column, universal) in vocab.EXTENSIBLE.items():
        declared = declared_labels(dataset.metadata, vocabulary)
        for item in declared.values():
            assert item["en"] and item["ar"]
        assert not set(declared) & set(universal), "a universal code is not declared again"
        if table not in tables:
            continue
        used = {code for cell in tables[table][column] for code in str(cell).split(";")}
        assert used <= allowed_codes(dataset.metadata, vocabulary)
        for code in used:
            for lang in ("en", "ar"):
                words = article.label(vocabulary, code, lang)
                assert words and words != code, (vocabulary, code, lang)


def test_the_libya_specific_codes_live_in_its_metadata_not_in_the_code():
    libya = load_dataset(DESK["us-libya-berlin2-2021"]).metadata
    assert "development_security" in declared_labels(libya, "figure_categories")
    assert "covid_humanitarian" in declared_labels(libya, "figure_categories")
    assert "development_security" not in vocab.FIGURE_CATEGORIES
    assert vocab.TOPICS == ()  # every topic is a dataset's own


@pytest.fixture
def water_copy(tmp_path):
    target = tmp_path / JO_WATER.name
    shutil.copytree(JO_WATER, target)
    return target


def verdicts(folder) -> dict:
    report, _ = check_dataset(load_dataset(folder))
    return {c.id: c for c in report.checks}


def test_the_second_dataset_passes_with_its_declared_codes_صرح_and_dinars():
    found = verdicts(JO_WATER)
    assert [c.id for c in found.values() if c.status == "fail"] == []
    assert found["schema.vocabularies"].status == "pass"
    claims = load_dataset(JO_WATER).tables["claims"]
    assert "صرح" in set(claims["reporting_verb_ar"])
    assert "JOD" in set(load_dataset(JO_WATER).tables["figures"]["currency"])


def test_an_undeclared_category_fails_at_its_row_and_column(water_copy):
    edit_cell(water_copy / "figures.csv", "figure_id", "f07", "category", "pumps")
    check = verdicts(water_copy)["schema.vocabularies"]
    assert check.status == "fail"
    assert [(f.file, f.row, f.column, f.value, f.rule) for f in check.findings] == [
        ("figures.csv", 8, "category", "pumps", "declared_code")
    ]
    assert "vocabularies.figure_categories" in check.findings[0].message


def test_declaring_the_category_makes_it_pass(water_copy):
    edit_cell(water_copy / "figures.csv", "figure_id", "f07", "category", "pumps")
    path = water_copy / "metadata.json"
    metadata = json.loads(path.read_text(encoding="utf-8"))
    metadata["vocabularies"]["figure_categories"].append(
        {"code": "pumps", "en": "Pumps", "ar": "المضخات"}
    )
    path.write_text(json.dumps(metadata, ensure_ascii=False), encoding="utf-8")
    found = verdicts(water_copy)
    assert found["schema.vocabularies"].status == "pass"
    assert found["schema.metadata"].status == "pass"


def test_an_undeclared_topic_inside_a_list_is_named_alone(water_copy):
    edit_cell(water_copy / "claims.csv", "claim_id", "c02", "topics", "budget;tourism")
    check = verdicts(water_copy)["schema.vocabularies"]
    assert [(f.row, f.column, f.value) for f in check.findings] == [(3, "topics", "tourism")]


def test_a_declared_code_without_its_arabic_label_fails_the_metadata_schema(water_copy):
    path = water_copy / "metadata.json"
    metadata = json.loads(path.read_text(encoding="utf-8"))
    del metadata["vocabularies"]["topics"][0]["ar"]
    path.write_text(json.dumps(metadata, ensure_ascii=False), encoding="utf-8")
    check = verdicts(water_copy)["schema.metadata"]
    assert check.status == "fail"
    assert [f.column for f in check.findings] == ["vocabularies/topics/0"]


@pytest.mark.parametrize("verb", ["صرح", "أوضح", "أعلن", "كشف", "شدد", "حذر", "دعا", "نفى"])
def test_common_reporting_verbs_are_universal(verb):
    assert verb in vocab.REPORTING_VERBS
