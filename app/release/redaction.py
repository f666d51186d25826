"""Free text in a release: the redactor built once from everyone registered in the study,
and the independent verification of the finished release file (`app.deid` does the text
work; this module connects it to the study)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from app.clock import now
from app.deid import (
    PERSON,
    PLACE,
    Leak,
    NameEntry,
    Redactor,
    Registry,
    name_candidates,
    verify_texts,
)
from app.release.identities import Person
from app.release.reviews import words_marked

REVIEWED_NAME_TAG = "[name]"
LEAK_LOG = "publish-leaks.log"


def name_registry(people: list[Person], reviewed_names: list[str]) -> Registry:
    """Everyone (and every place) registered in the study, plus words the study lead marked as
    names on the review list."""
    entries = [
        NameEntry(
            f"registered:{index}",
            person.name,
            person.tag,
            tuple(person.aliases),
            kind=PLACE if person.tag.startswith("[place ") else PERSON,
        )
        for index, person in enumerate(people)
    ]
    entries += [NameEntry(f"reviewed:{word}", word, REVIEWED_NAME_TAG) for word in reviewed_names]
    return Registry(entries)


class TextCleaner:
    """Redacts every free-text value of a release and notes possible unregistered names."""

    def __init__(self, registry: Registry, safe_words: list[str]):
        self.registry = registry
        self.redactor = Redactor(registry, safe_words=safe_words)
        self.counts: Counter[str] = Counter()
        self.candidates: dict[str, str] = {}

    def clean(self, text: str) -> str:
        redaction = self.redactor.redact(text)
        self.counts.update(redaction.counts_by_kind)
        for candidate in name_candidates(text, self.redactor, redaction=redaction):
            self.candidates.setdefault(candidate.word, candidate.snippet)
        return redaction.text


def make_cleaner(people: list[Person], private: sqlite_utils.Database) -> TextCleaner:
    registry = name_registry(people, words_marked(private, "name"))
    return TextCleaner(registry, words_marked(private, "safe"))


def find_leaks(release: sqlite_utils.Database, registry: Registry) -> list[Leak]:
    """Scan every text value of every table in the release with the independent verifier."""
    return verify_texts(_text_cells(release), registry)


def _text_cells(release: sqlite_utils.Database) -> Iterator[tuple[str, str, object, str]]:
    for table in release.tables:
        if "_fts" in table.name:
            continue
        text_columns = [c.name for c in table.columns if c.type not in ("INTEGER", "FLOAT")]
        if not text_columns:
            continue
        columns = ", ".join(f"[{c}]" for c in text_columns)
        for row in release.execute(f"SELECT rowid, {columns} FROM [{table.name}]"):
            for column, value in zip(text_columns, row[1:], strict=True):
                if isinstance(value, str) and value:
                    yield table.name, column, row[0], value


def write_leak_log(instance: Path, leaks: list[Leak]) -> Path:
    """The details of a failed verification, for the private side only (never published)."""
    path = instance / LEAK_LOG
    with path.open("a", encoding="utf-8") as log:
        log.write(f"# {now()}: verification refused the release ({len(leaks)} finding(s))\n")
        for leak in leaks:
            log.write(f"{leak}; registry entry {leak.key}; text {leak.matched!r}\n")
    path.chmod(0o600)
    return path
