"""Each table's column descriptions, as the README data dictionary and the Data Package
write them: the pandera models' ``description=`` and, for the columns validation/derived.py
computes, the Data Package's words (``datapackage.computed_fields``).

Built from the models once per version of the engine and kept beside the verdicts
(``FACTDESK_CACHE_DIR``, under the engine's fingerprint: a change to a description is a
change to the engine's source), so the dashboard's column help on a cold start does not
import pandera. A cache that cannot be read or written is only a rebuild.
"""

from __future__ import annotations

import json
from pathlib import Path

from validation import cache


def column_descriptions() -> dict[str, dict[str, str]]:
    """table → column → description, for every curated table."""
    path = Path(cache.entries_root()) / "columns" / f"{cache.engine_fingerprint()}.json"
    try:
        return json.loads(path.read_bytes())
    except (OSError, ValueError):
        pass
    described = described_by_the_models()
    cache.write_atomically(path, json.dumps(described, ensure_ascii=False).encode())
    return described


def described_by_the_models() -> dict[str, dict[str, str]]:
    """The descriptions, read from the pandera models (imports pandera)."""
    from validation.datapackage import computed_fields
    from validation.schemas import MODELS

    computed = computed_fields()
    described = {}
    for table, model in MODELS.items():
        columns = {
            name: column.description or "" for name, column in model.to_schema().columns.items()
        }
        described[table] = columns | {name: text for name, _, text in computed.get(table, [])}
    return described
