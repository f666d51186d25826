"""Free text in a release: the redactor built once from everyone registered in the study,
and the independent verification of the finished release file (`casebook.deid` does the text
work; this module connects it to the study)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlite_utils

from casebook.clock import now
from casebook.deid import PERSON, PLACE, Leak, NameEntry, Redactor, Registry, verify_texts
from casebook.private_files import open_private
from casebook.release.cleaned import Cleaned, Noticed, analyse
from casebook.release.identities import Person
from casebook.release.reviews import words_marked
from casebook.settings import StudySettings

REVIEWED_NAME_TAG = "[name]"
LEAK_LOG = "publish-leaks.log"
REVIEW_LOG = "publish-review.log"


def name_registry(
    people: list[Person], reviewed_names: list[str], safe_words: list[str] = ()
) -> Registry:
    """Everyone (and every place) registered in the study, plus words the study lead marked as
    names on the review list; words marked safe travel with it (to the verifier too)."""
    # Keys follow the person (their tag), not their place in the list, so that a registry
    # entry keeps its key when someone is added before it (`casebook.release.reuse`).
    keys: dict[str, int] = {}
    entries = []
    for person in people:
        seen = keys[person.tag] = keys.get(person.tag, 0) + 1
        entries.append(
            NameEntry(
                f"registered:{person.tag}" + (f"#{seen}" if seen > 1 else ""),
                person.name,
                person.tag,
                tuple(person.aliases),
                kind=PLACE if person.tag.startswith("[place ") else PERSON,
            )
        )
    entries += [NameEntry(f"reviewed:{word}", word, REVIEWED_NAME_TAG) for word in reviewed_names]
    return Registry(entries, safe_words)


class TextCleaner:
    """Redacts every free-text value of a release and reports what the study lead should see.

    Words that still look like names (the doubtful rest) go to the `notice` callback of
    `clean`, for the review list. What the redactor already replaced on its own is written,
    with its context, to the private review log (`REVIEW_LOG` in the instance folder, when one
    is given) and does not wait for review: near misses of registered names ("Kristna" for
    Kristina, replaced by that person's tag), unregistered names replaced by `[name]`, and
    registry forms too short to be matched.
    """

    def __init__(
        self,
        registry: Registry,
        safe_words: list[str],
        phone_regions: tuple[str, ...] = ("SE",),
        log_folder: Path | None = None,
        month_first: bool = False,
    ):
        self.registry = registry
        self.options = (tuple(safe_words), tuple(phone_regions), month_first)
        self._redactor: Redactor | None = None
        self.counts: Counter[str] = Counter()
        self.replaced_names: set[str] = set()
        self.near_misses: dict[tuple[str, str | None], str] = {}  # (word, key) -> context
        self.warnings = registry.warnings()
        self.log_folder = log_folder
        self.prepared: dict[str, Cleaned] = {}
        # Where texts redacted by an earlier build are looked up, and new ones kept
        # (`casebook.release.reuse`); set by the builder.
        self.lookup: Callable[[str], Cleaned | None] = lambda _text: None
        self.keep: Callable[[str, Cleaned], None] = lambda _text, _cleaned: None
        self._logged = False
        if self.warnings:
            self._log("")  # the header and the warnings

    @property
    def redactor(self) -> Redactor:
        """Built on first use: a rebuild that reuses every redaction never needs it."""
        if self._redactor is None:
            safe, regions, month_first = self.options
            self._redactor = Redactor(
                self.registry, safe_words=safe, phone_regions=regions, month_first=month_first
            )
        return self._redactor

    def analysed(self, text: str) -> Cleaned:
        """What redacting `text` gives, from `prepared`, an earlier build, or redacted now."""
        cleaned = self.prepared.get(text) or self.lookup(text)
        if cleaned is None:
            cleaned = analyse(self.redactor, text)
            self.keep(text, cleaned)
        return cleaned

    def clean(self, text: str, notice: Callable[[Noticed], None] | None = None) -> str:
        """The redacted text. Each word left in it that looks like a name is passed to
        `notice`; names the redactor replaced on its own go to the private review log. A text
        in `prepared` (redacted already, by a worker process or an earlier build) is not
        redacted again."""
        return self.apply(self.analysed(text), notice)

    def apply(self, cleaned: Cleaned, notice: Callable[[Noticed], None] | None = None) -> str:
        """Record what redacting one text found (`cleaned`, from `analyse` here, in a worker
        process or from the cache of an earlier build) and return its redacted text."""
        self.counts.update(dict(cleaned.counts))
        for candidate in cleaned.noticed:
            if candidate.redacted:
                self._note_replaced(candidate)
            elif notice is not None:
                notice(candidate)
        for near in cleaned.near_misses:
            if (near.word, near.key) not in self.near_misses:
                self.near_misses[(near.word, near.key)] = near.context
                self._log(
                    f"near miss {near.word!r} redacted as {near.tag} ({near.key}): {near.context}"
                )
        return cleaned.text

    def _note_replaced(self, candidate: Noticed) -> None:
        if candidate.word in self.replaced_names:
            return
        self.replaced_names.add(candidate.word)
        self._log(
            f"unregistered name {candidate.word!r} redacted as {REVIEWED_NAME_TAG}: "
            f"{candidate.snippet}"
        )

    def _log(self, line: str) -> None:
        if self.log_folder is None:
            return
        path = self.log_folder / REVIEW_LOG
        with open_private(path) as log:
            if not self._logged:
                log.write(f"# {now()}: publish\n")
                log.writelines(f"warning: {w}\n" for w in self.warnings)
                self._logged = True
            if line:
                log.write(line + "\n")


def make_cleaner(
    people: list[Person],
    private: sqlite_utils.Database,
    settings: StudySettings | None = None,
    instance: Path | None = None,
) -> TextCleaner:
    safe = words_marked(private, "safe")
    registry = name_registry(people, words_marked(private, "name"), safe)
    regions = settings.phone_regions if settings else ("SE",)
    month_first = settings.month_first if settings else False
    return TextCleaner(registry, safe, regions, instance, month_first)


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
    with open_private(path) as log:
        log.write(f"# {now()}: verification refused the release ({len(leaks)} finding(s))\n")
        for leak in leaks:
            log.write(f"{leak}; registry entry {leak.key}; text {leak.matched!r}\n")
    return path
