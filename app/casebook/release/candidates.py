"""What one build found for the study lead to review: words in free text that look like names
but belong to no one registered, each with how often it occurs and a few of its contexts.

The builder only collects these (`ReviewLog`); it never writes them anywhere. `publish()` hands
them back, and the command or the web app records them in the private database
(`casebook.release.reviews.record_found`). Contexts are snippets of the *redacted* text, for the
private review list only."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from casebook.deid import Candidate
from casebook.release.redaction import TextCleaner

CONTEXTS_KEPT = 5


@dataclass
class Found:
    """One candidate word in one build: how often it occurs and where (a few snippets)."""

    word: str
    occurrences: int = 0
    contexts: list[str] = field(default_factory=list)


class ReviewLog:
    """Redacts free text with a `TextCleaner` and notes every doubtful word it leaves that
    looks like a name, with a count and several contexts for the review list. Names the
    redactor replaced on its own (`[name]`, near misses) do not wait for review: the cleaner
    lists them in the private review log."""

    def __init__(self, cleaner: TextCleaner, keep: int = CONTEXTS_KEPT) -> None:
        self.cleaner = cleaner
        self.keep = keep
        self.found: dict[str, Found] = {}

    def clean(self, text: str) -> str:
        """The redacted text; candidates are noted on the way."""
        return self.cleaner.clean(text, self._notice)

    def _notice(self, candidate: Candidate) -> None:
        self.note(candidate.word, candidate.snippet)

    def note(self, word: str, snippet: str) -> None:
        entry = self.found.setdefault(word, Found(word))
        entry.occurrences += 1
        if len(entry.contexts) < self.keep and snippet not in entry.contexts:
            entry.contexts.append(snippet)

    def redact_only(self, text: str) -> str:
        """Redact text the study lead wrote for the release (an override reason): registered
        names and patterns as everywhere, and every word that looks like a name as `[name]`
        (nobody reviews this text). Nothing is noted for review."""
        analysed = self.cleaner.analysed(text)  # reused from an earlier build when it can be
        cleaned = analysed.text
        for candidate in analysed.noticed:
            cleaned = re.sub(rf"(?<!\w){re.escape(candidate.word)}(?!\w)", "[name]", cleaned)
        return cleaned

    def results(self) -> list[Found]:
        """Every candidate word found, most frequent first."""
        return sorted(self.found.values(), key=lambda f: (-f.occurrences, f.word))
