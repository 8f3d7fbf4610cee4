"""JSON Schema for a dataset's metadata.json: hand-typed metadata is validated, never trusted.

A draft (``"status": "draft"``, written by ``factdesk new``) may leave to its curator what
only a person can supply: the English title, the publication date, the primary sources.
Any other dataset (``"curated"``, or no status: the first round's) must have them all.

Every claim about the source (publisher, date, header lines) carries how it was
established, because a reader must tell what the article says from what we inferred.
"""

from validation.vocab import CODE_PATTERN, CURRENCIES, EXTENSIBLE

BASIS = {"enum": ["stated", "inferred", "external", "unknown"]}
ISO_DATE = {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}
TEXT = {"type": "string", "minLength": 1}
BILINGUAL = {
    "type": "object",
    "required": ["en", "ar"],
    "properties": {"en": TEXT, "ar": TEXT},
}
# A code a dataset adds to a vocabulary, with the words a reader sees in each language.
DECLARED_CODE = {
    "type": "object",
    "required": ["code", "en", "ar"],
    "properties": {"code": {"type": "string", "pattern": CODE_PATTERN}, "en": TEXT, "ar": TEXT},
    "additionalProperties": False,
}
# A period the timeline offers, named in both languages; none declared: computed from events.
TIMELINE_WINDOW = {
    "type": "object",
    "required": ["id", "start", "end", "en", "ar"],
    "properties": {
        "id": {"type": "string", "pattern": CODE_PATTERN},
        "start": {"type": "string", "format": "date"},
        "end": {"type": "string", "format": "date"},
        "en": TEXT,
        "ar": TEXT,
    },
}
ESTABLISHED = {
    "type": "object",
    "required": ["value", "basis", "note"],
    "properties": {"value": {"type": ["string", "null"]}, "basis": BASIS, "note": TEXT},
}

METADATA_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": [
        "id",
        "title",
        "language",
        "source",
        "header_lines",
        "publisher",
        "publication_date",
        "primary_sources",
        "licence",
    ],
    "properties": {
        "id": {"type": "string", "pattern": r"^[a-z0-9][a-z0-9-]*$"},
        "title": {
            "type": "object",
            "required": ["ar", "en"],
            "properties": {"ar": TEXT, "en": {"type": "string"}},  # en: see CURATED
        },
        "language": {"type": "string", "pattern": r"^[a-z]{2}$"},
        "source": {
            "type": "object",
            "required": ["file", "sha256", "body_start"],
            "properties": {
                "file": TEXT,
                "sha256": {"type": "string", "pattern": r"^[0-9a-f]{64}$"},
                "body_start": {"type": "integer", "minimum": 0},
            },
        },
        "header_lines": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["line", "text", "reading", "basis"],
                "properties": {
                    "line": {"type": "integer", "minimum": 1},
                    "text": {"type": "string"},
                    "reading": TEXT,
                    "basis": BASIS,
                },
            },
        },
        "publisher": ESTABLISHED,
        "publication_date": {
            **ESTABLISHED,
            "required": ["value", "precision", "basis", "note"],
            "properties": {
                **ESTABLISHED["properties"],
                "value": {"anyOf": [ISO_DATE, {"type": "null"}]},  # see CURATED
                "precision": {"enum": ["day", "month", "year", None]},
            },
        },
        "status": {"enum": ["draft", "curated"]},
        "primary_sources": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["title", "publisher", "url"],
                "properties": {
                    "title": TEXT,
                    "publisher": TEXT,
                    "date": ISO_DATE,
                    "url": {"type": "string", "pattern": r"^https?://"},
                },
            },
        },
        "licence": {
            "type": "object",
            "required": ["data", "code", "article_text"],
            "properties": {"data": TEXT, "code": TEXT, "article_text": TEXT},
        },
        # What belongs to the article, not the code: the dashboard shows these words.
        "lede": BILINGUAL,
        "source_line": BILINGUAL,
        "country": {
            "type": "object",
            "required": ["code", "en", "ar"],
            "properties": {
                "code": {"type": "string", "pattern": r"^[A-Z]{2}$"},
                "en": TEXT,
                "ar": TEXT,
            },
        },
        "currency": {"enum": list(CURRENCIES)},
        "timeline_windows": {"type": "array", "items": TIMELINE_WINDOW},
        "citation": TEXT,
        "context": {
            "type": "object",
            "properties": {
                "lede": BILINGUAL,
                "source_line": BILINGUAL,
                "panel_scope": {"type": "string", "pattern": CODE_PATTERN},
            },
        },
        "vocabularies": {
            "type": "object",
            "properties": {name: {"type": "array", "items": DECLARED_CODE} for name in EXTENSIBLE},
            "additionalProperties": False,
        },
    },
}

# What every dataset but a draft must have (the JSON Schema's if/else: a draft is let off).
CURATED = {
    "properties": {
        "title": {"properties": {"en": TEXT}},
        "publication_date": {"properties": {"value": ISO_DATE}},
        "primary_sources": {"minItems": 1},
    }
}
METADATA_SCHEMA["if"] = {"required": ["status"], "properties": {"status": {"const": "draft"}}}
METADATA_SCHEMA["else"] = CURATED
