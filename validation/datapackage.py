"""A Frictionless Data Package descriptor generated from the pandera models.

pandera cannot export to Frictionless (an open feature request), so this module reads each
``DataFrameModel`` — types, nullability, uniqueness and the checks with their statistics —
and writes the matching Table Schema. Nothing here lists a curated column by hand: a column
added to ``schemas.py`` appears in ``datapackage.json`` with the README's description.

>>> field = table_fields("figures")[4]
>>> field["name"], field["type"], field["constraints"]
('amount', 'integer', {'required': True, 'minimum': 0, 'maximum': 1000000000000000})
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from fractions import Fraction
from functools import cache

from validation.hedges import STRICT, TIGHT
from validation.schemas import (
    DRAFT_ONLY_CELLS,
    FOREIGN_KEYS,
    FORMULA_PREFIXES,
    ISO_PARTIAL_DATE,
    MODELS,
    PRIMARY_KEYS,
)
from validation.vocab import CODE_PATTERN

PROFILE = "tabular-data-resource"
# Known licence codes → their canonical address and title (Data Package `licenses`).
LICENCES = {
    "CC-BY-4.0": (
        "https://creativecommons.org/licenses/by/4.0/",
        "Creative Commons Attribution 4.0",
    ),
    "CC0-1.0": ("https://creativecommons.org/publicdomain/zero/1.0/", "CC0 1.0 Universal"),
    "MIT": ("https://opensource.org/licenses/MIT", "MIT License"),
}
CONTRIBUTORS = [{"title": "factdesk contributors", "role": "author"}]
FULL_DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}"  # ASCII digits, as schemas.ISO_PARTIAL_DATE


def percent(tolerance: Fraction) -> str:
    return f"{float(tolerance * 100):g}%"


def computed_fields(
    tight: Fraction = TIGHT, strict: Fraction = STRICT
) -> dict[str, list[tuple[str, str, str]]]:
    """Columns appended by ``validation.derived`` per table: (name, type, description)."""
    t, s = percent(tight), percent(strict)
    note = "Computed by factdesk, not curated:"
    return {
        "figures": [
            ("wording_en", "string", f"{note} the figure in English words, hedge included."),
            ("wording_ar", "string", f"{note} the figure written back in Arabic."),
            ("tight_low", "number", f"{note} lowest amount under the tight reading (t = {t})."),
            ("tight_high", "number", f"{note} highest amount under the tight reading (t = {t})."),
            (
                "strict_low",
                "number",
                f"{note} lowest amount the words allow (strict reading, s = {s}).",
            ),
            (
                "strict_high",
                "number",
                f"{note} highest amount the words allow (strict reading, s = {s}); "
                "empty = no upper bound (more than, at least).",
            ),
            (
                "share_of_parent",
                "number",
                f"{note} amount / the parent figure's amount, as stated (0.5 = half); "
                "empty for a headline total.",
            ),
        ],
        "events": [
            ("date_display", "string", f"{note} the date in English at its precision."),
            (
                "date_first_day",
                "string",
                f"{note} first day the date can mean (2020-10 → 2020-10-01), ISO.",
            ),
            (
                "date_last_day",
                "string",
                f"{note} last day the date can mean (2020-10 → 2020-10-31), ISO.",
            ),
        ],
    }


def dictionary_description(table: str, column: str) -> str:
    """The column's description exactly as the README data dictionary words it."""
    # NOTE: mirrors validation/docs.py table_section (description + " → `table.column`");
    # tests/test_datapackage.py pins the two together.
    description = MODELS[table].to_schema().columns[column].description
    reference = FOREIGN_KEYS.get((table, column))
    if reference:
        description += f" → `{reference[0]}.{reference[1]}`"
    return description


def frictionless_type(dtype) -> str:
    name = str(dtype).lower()
    if name.startswith(("int", "uint")):
        return "integer"
    if name.startswith("float"):
        return "number"
    if name in ("bool", "boolean"):
        return "boolean"
    return "string"  # text, and partial dates (2020-10) that no date type accepts


def anchorless(pattern: str) -> str:
    """Table Schema patterns match the whole cell (XML Schema style): drop ^ and $."""
    return pattern.removeprefix("^").removesuffix("$")


def check_constraints(check) -> dict | None:
    """The Table Schema constraint a pandera check amounts to; None when there is none."""
    stats = check.statistics
    name = check.name
    if name == "isin":
        return {"enum": list(stats["allowed_values"])}
    if name == "greater_than_or_equal_to":
        return {"minimum": stats["min_value"]}
    if name == "less_than_or_equal_to":
        return {"maximum": stats["max_value"]}
    if name == "str_matches":
        return {"pattern": anchorless(stats["pattern"])}
    if name == "real_partial_date":
        return {"pattern": anchorless(ISO_PARTIAL_DATE.pattern)}
    if name == "real_day":
        return {"pattern": FULL_DATE}
    if name == "codes_in":
        code = "(" + "|".join(stats["allowed"]) + ")"
        return {"pattern": f"{code}(;{code})*"}
    if name == "code_list":
        code = anchorless(CODE_PATTERN)
        return {"pattern": f"{code}(;{code})*"}
    if name == "str_length" and stats.get("max_value") is not None:
        return {"maxLength": stats["max_value"]}
    if name == "no_formula_prefix":
        excluded = "".join("\\" + c if c in "-]^\\" else c for c in FORMULA_PREFIXES)
        excluded = excluded.replace("\t", "\\t").replace("\r", "\\r")
        return {"pattern": f"[^{excluded}][\\s\\S]*"}
    return None


def column_constraints(column) -> dict:
    constraints: dict = {}
    if not column.nullable:
        constraints["required"] = True
    if column.unique:
        constraints["unique"] = True
    for check in column.checks:
        extra = check_constraints(check) or {}
        if "pattern" in extra and "pattern" in constraints:
            raise ValueError(f"column {column.name!r}: two pattern checks cannot be combined")
        constraints.update(extra)
    return constraints


def unexpressed_checks(table: str) -> list[str]:
    """The model's checks no Table Schema constraint states: rows and some cell rules.

    The exported rows pass them all (nothing is exported unless `factdesk validate` passes);
    the resource description names them so a reader knows what `frictionless` cannot see.
    """
    schema = MODELS[table].to_schema()
    names = {check.name for check in schema.checks}
    for column in schema.columns.values():
        names |= {c.name for c in column.checks if check_constraints(c) is None}
    return sorted(names)


def table_fields(table: str) -> list[dict]:
    """The Table Schema fields of a curated table, in the model's column order."""
    return [
        {**field, "constraints": dict(field["constraints"])} if "constraints" in field else
        dict(field)
        for field in described_fields(table)
    ]  # fmt: skip


@cache  # read from the models once: every bundle of an export describes the same columns
def described_fields(table: str) -> tuple[dict, ...]:
    fields = []
    for name, column in MODELS[table].to_schema().columns.items():
        field = {
            "name": name,
            "type": frictionless_type(column.dtype),
            "description": dictionary_description(table, name),
        }
        if field["type"] == "boolean":
            field |= {"trueValues": ["true"], "falseValues": ["false"]}
        example = (column.metadata or {}).get("example")
        if example:
            field["example"] = example
        constraints = column_constraints(column)
        if name in DRAFT_ONLY_CELLS.get(table, ()):
            # NOTE: only curated data is exported (a draft is refused), so what a draft may leave
            # empty is required in every package.
            constraints = {"required": True, **constraints}
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    return tuple(fields)


def computed_table_fields(
    table: str, tight: Fraction = TIGHT, strict: Fraction = STRICT
) -> list[dict]:
    fields = []
    for name, kind, description in computed_fields(tight, strict).get(table, []):
        field = {"name": name, "type": kind, "description": description}
        if name.startswith("date_") and name.endswith("_day"):
            field["constraints"] = {"pattern": FULL_DATE}
        fields.append(field)
    return fields


def foreign_keys(table: str, present: set[str]) -> list[dict]:
    """References whose target table is in the bundle; a table's own is resource ""."""
    keys = []
    for (source, column), (target, target_column) in FOREIGN_KEYS.items():
        if source != table or target not in present:
            continue
        keys.append(
            {
                "fields": [column],
                "reference": {
                    "resource": "" if target == table else target,
                    "fields": [target_column],
                },
            }
        )
    return keys


def table_schema(
    table: str, present: set[str], tight: Fraction = TIGHT, strict: Fraction = STRICT
) -> dict:
    schema = {
        "fields": table_fields(table) + computed_table_fields(table, tight, strict),
        "missingValues": [""],
        "primaryKey": list(PRIMARY_KEYS[table]),
    }
    references = foreign_keys(table, present)
    if references:
        schema["foreignKeys"] = references
    return schema


def row_rules(table: str) -> str:
    names = unexpressed_checks(table)
    if not names:
        return ""
    return " Also checked by `factdesk validate`: " + ", ".join(names) + "."


def table_resource(
    table: str,
    present: set[str],
    csv: bytes | None = None,
    tight: Fraction = TIGHT,
    strict: Fraction = STRICT,
) -> dict:
    """One tabular resource: ``<table>.csv``, canonical UTF-8, with its schema and hash."""
    resource = {
        "name": table,
        "path": f"{table}.csv",
        "profile": PROFILE,
        "title": f"{table}.csv",
        "description": MODELS[table].to_schema().description + row_rules(table),
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
    }
    if csv is not None:
        resource["bytes"] = len(csv)
        resource["hash"] = "sha256:" + hashlib.sha256(csv).hexdigest()
    resource["schema"] = table_schema(table, present, tight, strict)
    return resource


def licences(metadata: dict) -> list[dict]:
    """The data licence first, then the code's, each with its address where known."""
    entries = []
    for part in ("data", "code"):
        name = metadata["licence"][part]
        path, title = LICENCES.get(name, (None, name))
        entry = {"name": name, "title": f"{title} ({part})"}
        if path:
            entry["path"] = path
        entries.append(entry)
    return entries


def sources(metadata: dict) -> list[dict]:
    """The article itself, then each primary source it reports on, with its address."""
    article = {
        "title": f"The article: «{metadata['title']['ar']}» (source.txt, as received)",
        "path": "source.txt",
    }
    found = [article]
    for primary in metadata["primary_sources"]:
        entry = {"title": f"{primary['title']} — {primary['publisher']}", "path": primary["url"]}
        found.append(entry)
    return found


def keywords(metadata: dict, topics: list[str]) -> list[str]:
    """The claims' topics in words, after what the package is."""
    words = ["fact-checking", "news", f"language:{metadata['language']}"]
    return words + sorted({t.replace("_", " ") for t in topics})


def package_version(metadata: dict) -> str:
    """Calendar version from the curation day: 2026-11-28 → 2026.11.28."""
    day = curation_day(metadata)
    return f"{day.year}.{day.month}.{day.day}"


def curation_day(metadata: dict) -> dt.date:
    """The day the data was last curated: the export's only date, so runs agree."""
    for value in (
        metadata.get("curation", {}).get("curated_on"),
        metadata.get("publication_date", {}).get("value"),
    ):
        try:
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            continue
    return dt.date(1980, 1, 1)


def package_descriptor(
    metadata: dict,
    tables: Mapping[str, object],
    csv_files: Mapping[str, bytes] | None = None,
    topics: list[str] | None = None,
    tight: Fraction = TIGHT,
    strict: Fraction = STRICT,
) -> dict:
    """The whole ``datapackage.json`` for one dataset's tables (names in ``tables``)."""
    present = {name for name in MODELS if name in tables}
    csv_files = csv_files or {}
    title = metadata["title"]
    licence_note = metadata["licence"]["article_text"]
    description = (
        f"{title['en']} — facts curated by hand from one Arabic news article "
        f"(«{title['ar']}»), each row traceable to the article's exact words and "
        f"validated by `factdesk validate` (hedges read with t = {percent(tight)}, "
        f"s = {percent(strict)}). {licence_note}"
    ).strip()
    return {
        "profile": "tabular-data-package",
        "name": metadata["id"],
        "title": title["en"],
        "description": description,
        "version": package_version(metadata),
        "created": f"{curation_day(metadata).isoformat()}T00:00:00Z",
        "licenses": licences(metadata),
        "sources": sources(metadata),
        "contributors": CONTRIBUTORS,
        "keywords": keywords(metadata, topics or []),
        "resources": [
            table_resource(name, present, csv_files.get(f"{name}.csv"), tight, strict)
            for name in MODELS
            if name in present
        ],
    }
