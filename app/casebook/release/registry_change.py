"""Which texts a change of the name registry can affect, so that a rebuilt release redoes
those and reuses the rest (`casebook.release.reuse`).

The redactor and the verifier depend on the registry only through words that stand in a
text: a registered form (or its genitive), a misspelling of one (a near miss: at most two
edits, `casebook.deid.nearmiss`), a word marked safe, and a registry tag written literally.
So a text is affected by a change when, read as the redactor and the verifier read it (NFC,
invisible characters folded, NFKC, lower case and case-folded, with and without diacritics),
it holds a run of letters that
- equals a piece (a run of two letters or more) of a changed entry's name or aliases, or of
  a changed safe word, or that piece with a genitive "s"; or
- starts with a capital (or a letter of Latin Extended-A/B), has four letters or more and is
  at most two edits from such a piece of four letters or more: the redactor looks for near
  misses only among capitalised words, and never further than two edits; or
when it holds a changed entry's tag. A changed entry is one added, removed or altered (its
name, aliases, tag or kind); the entries keep their order, so the others are unaffected.
Anything else (the redactor's rules, its word lists, the phone regions) changes every text:
that is `RegistryChange(None, state)`, "everything"."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from casebook.deid import Registry, readable
from casebook.deid.nearmiss import stems
from casebook.deid.registry import ascii_fold
from casebook.deid.verify_patterns import as_read

_LETTERS = re.compile(r"[^\W\d_]+")
NEAR_LENGTH = 4  # nearmiss.MIN_LENGTH: shorter words are never near misses
NEAR_EDITS = 2  # nearmiss.max_distance at its widest

State = dict[str, Any]


def registry_state(registry: Registry) -> State:
    """What of a registry the redaction of a text can depend on, as plain data."""
    return {
        "entries": [[e.canonical, e.tag, list(e.aliases), e.kind] for e in registry.entries],
        "safe": sorted(registry.safe_words),
    }


def _entries(state: State) -> set[tuple[str, str, tuple[str, ...], str]]:
    return {(c, t, tuple(a), k) for c, t, a, k in state["entries"]}


class RegistryChange:
    """The difference between the registry an earlier build used (`old`, None when unknown
    or made under other rules) and this build's (`new`)."""

    def __init__(self, old: State | None, new: State) -> None:
        self.everything = old is None
        self.changed_entries = 0
        self._tags: set[str] = set()
        self._exact: set[str] = set()
        self._near: list[str] = []
        self._verdicts: dict[str, bool] = {}
        if old is None:
            return
        changed = _entries(old) ^ _entries(new)
        safe = set(old["safe"]) ^ set(new["safe"])
        self.changed_entries = len(changed) + len(safe)
        pieces: set[str] = set()
        for canonical, tag, aliases, _kind in changed:
            self._tags.add(tag)
            for name in (canonical, *aliases):
                pieces |= _pieces(name)
        for word in safe:
            pieces |= _pieces(word)
        self._exact = pieces | {p + "s" for p in pieces}
        self._near = sorted(p for p in pieces if len(p) >= NEAR_LENGTH)

    @property
    def nothing(self) -> bool:
        return not self.everything and not self.changed_entries

    def affects(self, text: str) -> bool:
        """Whether redacting or verifying `text` may give another result than before."""
        if self.everything:
            return True
        if self.nothing or not text:
            return False
        if "[" in text and any(tag in text for tag in self._tags):
            return True
        return any(self._verdict(word) for word in _words(text))

    def _verdict(self, run: str) -> bool:
        verdict = self._verdicts.get(run)
        if verdict is None:
            variants = _variants(run) if not run.isascii() else {run.lower()}
            verdict = (
                not self._exact.isdisjoint(variants)
                or (
                    # an inflected form of a changed name ("Kristinalle"), as nearmiss reads it
                    len(run) > NEAR_LENGTH
                    and _capitalised(run)
                    and any(not self._exact.isdisjoint(stems(v)) for v in variants)
                )
                or (
                    len(run) >= NEAR_LENGTH
                    and bool(self._near)
                    and _capitalised(run)
                    and any(
                        process.extractOne(
                            variant,
                            self._near,
                            scorer=DamerauLevenshtein.distance,
                            score_cutoff=NEAR_EDITS,
                        )
                        is not None
                        for variant in variants
                    )
                )
            )
            if len(self._verdicts) < 500_000:
                self._verdicts[run] = verdict
        return verdict


def _capitalised(run: str) -> bool:
    """As `unregistered._CAPITALISED` reads a word: an upper-case first letter, or one of
    Latin Extended-A/B (which it takes in either case)."""
    first = run[0]
    return not first.islower() or "\u0100" <= first <= "\u024f"


def _variants(word: str) -> set[str]:
    lower, folded = word.lower(), word.casefold()
    plain = unicodedata.normalize("NFD", folded.replace("ø", "o").replace("æ", "ae"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return {lower, folded, ascii_fold(lower), ascii_fold(folded), plain}


def _pieces(name: str) -> set[str]:
    """Every run of two letters or more of a name, in every form a text may be matched in."""
    return {
        variant for run in _LETTERS.findall(name) for variant in _variants(run) if len(variant) >= 2
    }


def _words(text: str) -> set[str]:
    """The runs of letters of `text` as the redactor and the verifier read it (NFC with
    invisible characters folded; NFKC with format characters deleted), as written."""
    if text.isascii():
        return set(_LETTERS.findall(text))
    nfc = unicodedata.normalize("NFC", text)
    folded = readable.fold(nfc)
    readings = {nfc, folded.text if folded else nfc, as_read(text)}
    return {run for reading in readings for run in _LETTERS.findall(reading)}
