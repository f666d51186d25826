"""The private review list: words in free text that look like names but are not registered.

A build finds them (`casebook.release.candidates`); the command or the web app records them here
with how often each occurred and a few contexts. The study lead decides on every form of a
word at once ("Bertil", "bertil", "Bertils"): a **name** is redacted from then on, a **safe**
word is left alone and not listed again. `casebook publish` refuses while any word of the
release awaits a decision. The list, its contexts and its decisions never leave the private
database."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sqlite_utils

from casebook import audit
from casebook.clock import now
from casebook.db import write_transaction

if TYPE_CHECKING:  # casebook.release.redaction reads decisions from here: no import at run time
    from casebook.release.candidates import Found

DECISIONS = ("name", "safe")
_POSSESSIVES = ("'s", "’s", "'", "’")


def record_found(db: sqlite_utils.Database, found: Iterable[Found]) -> int:
    """Record what a build found: new words are added as pending, words already listed get
    this build's count and contexts (their decision stands). Pending words the build did not
    find get a count of 0 (they are no longer in the text). Returns how many are pending with
    at least one occurrence."""
    stamp = now()
    with write_transaction(db):
        db.execute("UPDATE name_reviews SET occurrences = 0 WHERE status = 'pending'")
        for entry in found:
            contexts = json.dumps(entry.contexts, ensure_ascii=False)
            example = entry.contexts[0] if entry.contexts else ""
            db.execute(
                "INSERT INTO name_reviews"
                " (word, example, status, first_seen, occurrences, contexts, last_seen)"
                " VALUES (?, ?, 'pending', ?, ?, ?, ?) ON CONFLICT (word) DO UPDATE SET"
                " occurrences = excluded.occurrences, contexts = excluded.contexts,"
                " last_seen = excluded.last_seen",
                [entry.word, example, stamp, entry.occurrences, contexts, stamp],
            )
    return pending_reviews(db)


def pending_reviews(db: sqlite_utils.Database) -> int:
    """Words awaiting a decision that occur in the latest build's text."""
    return db.execute(
        "SELECT count(*) FROM name_reviews WHERE status = 'pending' AND occurrences > 0"
    ).fetchone()[0]


def review_list(db: sqlite_utils.Database, status: str | None = None) -> list[dict[str, Any]]:
    """Rows of the list (pending ones only while they occur in the text), by word."""
    where = " WHERE status = ?" if status else ""
    if status == "pending":
        where += " AND occurrences > 0"
    params = [status] if status else []
    rows = list(db.query(f"SELECT * FROM name_reviews{where} ORDER BY word", params))
    for row in rows:
        row["contexts"] = json.loads(row["contexts"] or "[]") or [row["example"] or ""]
    return rows


@dataclass
class WordGroup:
    """Every form of one word on the list: case variants and genitives ("Bertil's",
    "Bertils"), decided together."""

    key: str
    words: list[str] = field(default_factory=list)
    occurrences: int = 0
    contexts: list[str] = field(default_factory=list)


def group_key(word: str, known: set[str]) -> str:
    """The form a word is grouped under: case-folded, without a possessive, and without a
    genitive -s when the form without it is also on the list (`known`, already folded)."""
    base = _base(word)
    if base.endswith("s") and base[:-1] in known:
        return base[:-1]
    return base


def _base(word: str) -> str:
    folded = word.casefold()
    for ending in _POSSESSIVES:
        if folded.endswith(ending) and len(folded) > len(ending):
            return folded[: -len(ending)]
    return folded


def pending_groups(db: sqlite_utils.Database, contexts: int = 4) -> list[WordGroup]:
    """Pending words grouped by form, most frequent group first, with up to `contexts`
    snippets drawn from all its forms."""
    rows = review_list(db, "pending")
    known = {_base(row["word"]) for row in rows}
    groups: dict[str, WordGroup] = {}
    for row in rows:
        group = groups.setdefault(group_key(row["word"], known), WordGroup(""))
        group.words.append(row["word"])
        group.occurrences += row["occurrences"]
    by_word = {row["word"]: row for row in rows}
    for key, group in groups.items():
        group.key = key
        group.words.sort(key=lambda w: (-by_word[w]["occurrences"], w))
        group.contexts = _interleave([by_word[w]["contexts"] for w in group.words], contexts)
    return sorted(groups.values(), key=lambda g: (-g.occurrences, g.key))


def _interleave(lists: list[list[str]], limit: int) -> list[str]:
    """Snippets from every form in turn, so each form is shown at least once if it can be."""
    out: list[str] = []
    for index in range(max((len(x) for x in lists), default=0)):
        for snippets in lists:
            if index < len(snippets) and snippets[index] not in out and len(out) < limit:
                out.append(snippets[index])
    return out


def forms_of(db: sqlite_utils.Database, word: str) -> list[str]:
    """`word` and the other pending forms grouped with it ("Bertil" -> Bertil, bertil,
    Bertils); just `word` when it has none (or is not on the list: deciding then says so)."""
    for group in pending_groups(db):
        if word in group.words:
            return [word] + [w for w in group.words if w != word]
    return [word]


def decide(db: sqlite_utils.Database, word: str, decision: str, actor: audit.Actor) -> None:
    """Mark one candidate as a name to redact or as a safe word."""
    decide_words(db, [word], decision, actor)


def decide_words(
    db: sqlite_utils.Database, words: list[str], decision: str, actor: audit.Actor
) -> None:
    """Mark every listed word (the forms of one group) the same way, all or nothing; each
    change gets its own audit row."""
    if decision not in DECISIONS:
        raise ValueError(f"decide 'name' or 'safe', not {decision!r}")
    if not words:
        raise LookupError("no word given")
    stamp = now()
    with write_transaction(db):
        for word in words:
            row = db.execute("SELECT status FROM name_reviews WHERE word = ?", [word]).fetchone()
            if row is None:
                raise LookupError(f"{word!r} is not on the review list")
            db.execute(
                "UPDATE name_reviews SET status = ?, decided_by = ?, decided_at = ? WHERE word = ?",
                [decision, actor.name, stamp, word],
            )
            audit.record(
                db, actor, "update", "name_reviews", word, {"status": row[0]}, {"status": decision}
            )


def words_marked(db: sqlite_utils.Database, decision: str) -> list[str]:
    rows = db.execute("SELECT word FROM name_reviews WHERE status = ? ORDER BY word", [decision])
    return [row[0] for row in rows]
