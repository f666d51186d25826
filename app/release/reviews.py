"""The private review list: words in free text that look like names but are not registered.
The study lead marks each as a name (redacted from then on) or as safe; `casebook publish
--strict` refuses while any is unreviewed. The list and its examples never leave the
private database."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from app import audit
from app.clock import now
from app.db import write_transaction

DECISIONS = ("name", "safe")


def record_candidates(db: sqlite_utils.Database, candidates: dict[str, str]) -> int:
    """Add newly seen candidate words (word -> an example of its context); returns how many
    were new. Words already decided keep their decision."""
    new = 0
    with write_transaction(db):
        for word, example in candidates.items():
            cursor = db.execute(
                "INSERT INTO name_reviews (word, example, status, first_seen)"
                " VALUES (?, ?, 'pending', ?) ON CONFLICT (word) DO NOTHING",
                [word, example, now()],
            )
            new += cursor.rowcount
    return new


def pending_reviews(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM name_reviews WHERE status = 'pending'").fetchone()[0]


def review_list(db: sqlite_utils.Database, status: str | None = None) -> list[dict[str, Any]]:
    sql = "SELECT * FROM name_reviews" + (" WHERE status = ?" if status else "") + " ORDER BY word"
    return list(db.query(sql, [status] if status else []))


def decide(db: sqlite_utils.Database, word: str, decision: str, actor: audit.Actor) -> None:
    """Mark a candidate as a name to redact or as a safe word."""
    if decision not in DECISIONS:
        raise ValueError(f"decide 'name' or 'safe', not {decision!r}")
    row = db.execute("SELECT status FROM name_reviews WHERE word = ?", [word]).fetchone()
    if row is None:
        raise LookupError(f"{word!r} is not on the review list")
    with write_transaction(db):
        db.execute(
            "UPDATE name_reviews SET status = ?, decided_by = ?, decided_at = ? WHERE word = ?",
            [decision, actor.name, now(), word],
        )
        audit.record(
            db, actor, "update", "name_reviews", word, {"status": row[0]}, {"status": decision}
        )


def words_marked(db: sqlite_utils.Database, decision: str) -> list[str]:
    rows = db.execute("SELECT word FROM name_reviews WHERE status = ? ORDER BY word", [decision])
    return [row[0] for row in rows]
