"""The release's fixed tables: their columns, keys, indexes and full-text indexes.

The wide table per instrument version is not here: its columns come from the instrument
(`casebook.release.tables`)."""

from __future__ import annotations

import sqlite_utils

# A column without type affinity: codes stay text, numbers and booleans stay numbers.
ANY = bytes

SCHEMA: dict[str, tuple[dict[str, type], str | tuple[str, ...]]] = {
    "cases": ({"case": str, "participants": int}, "case"),
    "participants": (
        {"participant": str, "case": str, "role": str, "gender": str, "age_band": str},
        "participant",
    ),
    "staff": ({"staff": str, "role": str}, "staff"),
    "waves": ({"wave": str, "label": str, "month": int, "position": int}, "wave"),
    "responses": (
        {
            "response": str,
            "instrument": str,
            "version": int,
            "kind": str,
            "case": str,
            "participant": str,
            "role": str,
            "wave": str,
            "date": str,
            "status": str,
            "collector": str,
        },
        "response",
    ),
    "answers": (
        {
            "response": str,
            "instrument": str,
            "version": int,
            "item": str,
            "part": str,
            "value": ANY,
            "label": str,
            "text": str,
        },
        ("response", "item", "part"),
    ),
    "topics": (
        {
            "response": str,
            "case": str,
            "participant": str,
            "role": str,
            "wave": str,
            "instrument": str,
            "version": int,
            "topic": str,
            "topic_label": str,
            "covered": int,
            "notes": str,
        },
        ("response", "topic"),
    ),
    "checklist_scores": (
        {
            "response": str,
            "case": str,
            "wave": str,
            "date": str,
            "instrument": str,
            "version": int,
            "checklist": str,
            "checklist_label": str,
            "row": str,
            "row_label": str,
            "score": int,
            "score_label": str,
            "blank": str,
            "reason": str,
            "evidence": str,
        },
        ("response", "checklist", "row"),
    ),
    "codes": (
        {
            "response": str,
            "case": str,
            "wave": str,
            "kind": str,
            "instrument": str,
            "version": int,
            "item": str,
            "item_label": str,
            "value": str,
            "label": str,
        },
        ("response", "item", "value"),
    ),
    "events": (
        {
            "response": str,
            "case": str,
            "wave": str,
            "date": str,
            "instrument": str,
            "version": int,
            "item": str,
            "event": int,
            "offset_seconds": float,
            "clock": str,
            "code": str,
            "label": str,
            "category": str,
            "kind": str,
            "action": str,
            "subject": str,
            "observer": str,
        },
        ("response", "item", "event"),
    ),
    "event_states": (
        {
            "response": str,
            "case": str,
            "wave": str,
            "date": str,
            "instrument": str,
            "version": int,
            "item": str,
            "state": int,
            "code": str,
            "label": str,
            "category": str,
            "subject": str,
            "observer": str,
            "start_seconds": float,
            "stop_seconds": float,
            "duration_seconds": float,
        },
        ("response", "item", "state"),
    ),
    "instruments": (
        {
            "instrument": str,
            "version": int,
            "kind": str,
            "title": str,
            "description": str,
            "hash": str,
            "definition": str,
        },
        ("instrument", "version"),
    ),
    "items": (
        {
            "instrument": str,
            "version": int,
            "item": str,
            "parent": str,
            "position": int,
            "section": str,
            "section_title": str,
            "type": str,
            "label": str,
            "help": str,
            "required": int,
            "show_if": str,
            "policy": str,
        },
        ("instrument", "version", "item"),
    ),
    "choices": (
        {
            "instrument": str,
            "version": int,
            "item": str,
            "value": str,
            "label": str,
            "position": int,
        },
        ("instrument", "version", "item", "value"),
    ),
}
INDEXES = [
    ("responses", ["instrument", "version"]),
    ("responses", ["case", "wave"]),
    ("responses", ["participant"]),
    ("answers", ["item", "value"]),
    ("answers", ["instrument", "version", "item"]),
    ("checklist_scores", ["checklist", "row", "case", "wave"]),
    ("codes", ["item", "value"]),
    ("topics", ["topic", "wave"]),
    ("events", ["code", "case", "wave"]),
    ("event_states", ["code", "case", "wave"]),
    ("participants", ["case"]),
]
TOKENIZE = "unicode61"  # the full-text indexes' tokenizer (`patch` reads text as they do)
FULL_TEXT = {
    "answers": ["text"],
    "topics": ["notes"],
    "checklist_scores": ["evidence", "reason"],
}


def create_schema(db: sqlite_utils.Database) -> None:
    for name, (columns, pk) in SCHEMA.items():
        db[name].create(columns, pk=pk)


def finish(db: sqlite_utils.Database) -> None:
    """Indexes for the common queries and full-text search over the redacted text."""
    for table, columns in INDEXES:
        db[table].create_index(columns)
    for table, columns in FULL_TEXT.items():
        db[table].enable_fts(columns, create_triggers=False, tokenize=TOKENIZE)
