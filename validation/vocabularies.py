"""A dataset's vocabularies: the universal codes (vocab.py) and the codes it declares.

Four vocabularies are extensible (vocab.EXTENSIBLE): figure categories, topics, event types
and context scopes. A dataset declares its own codes in metadata.json, each with the words
a reader sees in English and Arabic, so an article about water or about budgets needs no
change to the code:

>>> meta = {"vocabularies": {"topics": [{"code": "water", "en": "Water", "ar": "المياه"}]}}
>>> sorted(allowed_codes(meta, "topics"))
['water']
>>> declared_labels(meta, "topics")["water"]["ar"]
'المياه'
"""

from __future__ import annotations

from validation.vocab import EXTENSIBLE


def declared_labels(metadata: dict, vocabulary: str) -> dict[str, dict[str, str]]:
    """code → {"en", "ar"} for each code the dataset declares in ``vocabulary``."""
    declared = (metadata.get("vocabularies") or {}).get(vocabulary) or []
    return {
        item["code"]: {"en": item.get("en", ""), "ar": item.get("ar", "")}
        for item in declared
        if isinstance(item, dict) and isinstance(item.get("code"), str)
    }


def allowed_codes(metadata: dict, vocabulary: str) -> set[str]:
    """The universal codes of ``vocabulary`` and the ones the dataset declares."""
    return set(EXTENSIBLE[vocabulary][2]) | set(declared_labels(metadata, vocabulary))
