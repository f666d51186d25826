"""Independent verification of a finished release: does any identifier remain?

This is deliberately NOT the redactor run again. It shares no matching code with `names.py`
or `patterns.py`: it splits each cell into runs of letters with its own regular expression,
case-folds them (`str.casefold`, where the redactor lowers), and compares word sequences
against needles it derives itself from the registry entries, and it has its own small
patterns for the highest-risk kinds. A bug in the redactor's automaton, boundary rules or
patterns therefore does not hide itself here.

Every cell is first read as a reader sees it (`verify_patterns.as_read`: NFKC, format
characters such as soft hyphens and zero-width spaces deleted), with its own code: a name
written "El\u00adin" or a number in full-width digits is found. A no-break space pasted
between two letters of a single-word needle ("Kar\u00a0una") is dropped first (`_unsplit`).
Offsets of a `Leak` refer to that folded text.

What it looks for:
- every registered full name and every multi-word alias (always: a sequence of words is never
  an accident); forms of one letter ("G") are ignored, as by the redactor;
- a given name of the name lexicon followed by a family name of it, both capitalised and
  neither an ordinary word nor marked safe: someone nobody registered ("Bertil Wahlgren");
- every given name, family name, part of a hyphenated name and one-word alias or place name
  that is not also a common word ("Elin", "Lasse", "Huddinge"; not "May", "Berg"), in any
  capitalisation, with a genitive "s" allowed;
- all of these also without diacritics ("Akesson" for "Åkesson");
- URLs, street addresses, e-mail addresses, phone numbers in Swedish, international and
  foreign national shapes, personnummer (`verify_patterns.py`, its own patterns).

Tags (`[patient P-9XZ2]`, `[email]`, the registry's tags) and pseudonym codes (`P-4K7Q`,
`R-…`: `casebook.pseudonyms.CODE`, an alphabet without vowels) are blanked before scanning.

A `Leak` names the table, column, row and kind. Its `matched` text is for the private log only:
`str(leak)` and `repr(leak)` never contain it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from casebook.deid import lexicon, vocab
from casebook.deid.registry import PERSON, Registry
from casebook.deid.verify_patterns import as_read, scan_patterns
from casebook.pseudonyms import CODE as _PSEUDONYM_CODE

Cell = tuple[str, str, object, str]  # table, column, row key, text

_LETTERS = re.compile(r"[^\W\d_]+")
_TAGLIKE = re.compile(r"\[[^\[\]\n]{1,80}\]")
_TAG_CODE = re.compile(r"\[[a-z][a-z ]{0,40} [A-Z]{1,3}-[0-9A-Z]{2,12}\]")
_GENERIC_TAGS = frozenset(
    ["[email]", "[phone]", "[personnummer]", "[address]", "[url]", "[date]", "[name]"]
)


@dataclass(frozen=True, slots=True)
class Leak:
    """An identifier found in a release cell. `matched` is private: never log it publicly."""

    table: str
    column: str
    row: object
    kind: str  # "name", "place", "email", "phone", "personnummer", "url", "address"
    key: str | None = None  # the registry entry, for names and places
    start: int = 0
    end: int = 0
    matched: str = field(default="", repr=False, compare=False)

    def __str__(self) -> str:
        return f"{self.kind} found in {self.table}.{self.column}, row {self.row!r}"


@dataclass(frozen=True)
class _Needle:
    words: tuple[str, ...]
    kind: str
    key: str


Found = list[tuple[str, str | None, int, int, str]]  # kind, key, start, end, matched


class Verifier:
    """The verification of one registry, built once and applied to any number of texts
    (`verify_texts` uses one; a worker process of the release builder keeps one)."""

    def __init__(self, registry: Registry) -> None:
        self.index = _Index(_needles(registry), registry.safe_words)
        self.tags = frozenset(e.tag for e in registry.entries) | _GENERIC_TAGS

    def scan(self, text: str) -> Found:
        """What `text` holds that it must not: (kind, key, start, end, matched) each."""
        return _scan_text(text, self.index, self.tags) if text else []


def verify_texts(cells: Iterable[Cell], registry: Registry) -> list[Leak]:
    """Every leak in `cells` ((table, column, row key, text) tuples), in input order."""
    verifier = Verifier(registry)
    leaks: list[Leak] = []
    # A release holds most texts several times (answers, topics, the wide tables): scan each
    # distinct text once, keyed by a 128-bit digest so the cache stays small.
    seen: dict[bytes, Found] = {}
    for table, column, row, text in cells:
        if not text:
            continue
        digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        found = seen.get(digest)
        if found is None:
            found = seen[digest] = verifier.scan(text)
        for kind, key, start, end, matched in found:
            leaks.append(Leak(table, column, row, kind, key, start, end, matched))
    return leaks


def _scan_text(
    text: str, index: _Index, tags: frozenset[str]
) -> list[tuple[str, str | None, int, int, str]]:
    read = as_read(_unsplit(text, index) if not text.isascii() else text)
    found: list[tuple[str, str | None, int, int]] = []
    clean = _blank_tags(read, tags)
    if "-" in clean:  # pseudonyms (P-4K7Q, R-…) hold no vowels, so no name: set them aside
        clean = _PSEUDONYM_CODE.sub(lambda m: " " * len(m.group()), clean)
    words = _LETTERS.findall(clean.casefold())
    if index.may_contain(words):
        found += _scan_names(clean, index.single, index.multi)
    if index.may_pair(words):
        found += _scan_pairs(clean, index)
    found += ((kind, None, start, end) for kind, start, end in scan_patterns(clean))
    return [(kind, key, start, end, read[start:end]) for kind, key, start, end in found]


_NO_BREAK_INSIDE = re.compile(r"([^\W\d_]+)[\u00a0\u2007\u202f]([^\W\d_]+)")


def _unsplit(text: str, index: _Index) -> str:
    """`text` without the no-break spaces pasted inside a needle's word ("Kar\u00a0una"):
    only where the letters on both sides spell one single-word needle, or its genitive."""
    if "\u00a0" not in text and "\u2007" not in text and "\u202f" not in text:
        return text

    def join(match: re.Match[str]) -> str:
        word = match.group(1) + match.group(2)
        return word if word.casefold() in index.singles else match.group()

    return _NO_BREAK_INSIDE.sub(join, text)


class _Index:
    """The needles, and sets that rule out most cells without scanning them word by word."""

    def __init__(self, needles: list[_Needle], safe: frozenset[str]) -> None:
        common = vocab.common_words()
        registered = {w for needle in needles for w in needle.words}
        ignore = common | registered | safe
        self.given = lexicon.given_names() - ignore
        self.family = lexicon.family_names() - ignore
        self.safe = safe
        self.single: dict[str, _Needle] = {}
        self.multi: dict[str, list[_Needle]] = {}
        second: dict[str, set[str]] = {}
        for needle in needles:
            first = needle.words[0]
            if len(needle.words) == 1:
                self.single.setdefault(first, needle)
            else:
                self.multi.setdefault(first, []).append(needle)
                following = needle.words[1]
                second.setdefault(first, set()).update((following, following + "s"))
        self._singles = set(self.single) | {w + "s" for w in self.single}
        self.singles = frozenset(self._singles)
        self._firsts = set(self.multi)
        self._second = second

    def may_pair(self, words: list[str]) -> bool:
        """Whether a cell may hold a given name followed by a family name nobody registered."""
        return not self.given.isdisjoint(words) and not self.family.isdisjoint(words)

    def may_contain(self, words: list[str]) -> bool:
        """Whether a cell with these (case-folded) words may hold a needle: one of the single
        words (or its genitive), or the first two words of a longer needle."""
        if not self._singles.isdisjoint(words):
            return True
        firsts = self._firsts.intersection(words)
        if not firsts:
            return False
        present = set(words)
        return any(not self._second[first].isdisjoint(present) for first in firsts)


def _needles(registry: Registry) -> list[_Needle]:
    common = vocab.common_words()
    found: dict[tuple[tuple[str, ...], str, str], None] = {}  # insertion-ordered set
    split: dict[str, tuple[tuple[str, ...], ...]] = {}

    def variants(name: str) -> tuple[tuple[str, ...], ...]:
        """The case-folded words of `name`, and of `name` without accents if different."""
        if name not in split:
            plain = tuple(w.casefold() for w in _LETTERS.findall(name.replace("İ", "I")))
            folded = tuple(w.casefold() for w in _LETTERS.findall(_without_accents(name)))
            split[name] = (plain,) if folded == plain else (plain, folded)
        return split[name]

    def words(name: str) -> tuple[str, ...]:
        return variants(name)[0]

    def add(name: str, kind: str, key: str, always: bool) -> None:
        for seq in variants(name):
            if len(seq) == 1 and len(seq[0]) < 2:
                continue  # "G": too short to tell a name by (Registry.warnings says so)
            if seq and (always or len(seq) > 1 or seq[0] not in common):
                found[(seq, kind, key)] = None

    for entry in registry.entries:
        kind = "name" if entry.kind == PERSON else "place"
        add(entry.canonical, kind, entry.key, always=len(words(entry.canonical)) > 1)
        for alias in entry.aliases:
            add(alias, kind, entry.key, always=len(words(alias)) > 1)
        if entry.kind == PERSON:
            parts = list(entry.given_names)
            if entry.family_name:
                parts.append(entry.family_name)
            for part in parts:
                add(part, kind, entry.key, always=False)
                for piece in part.replace(" ", "-").split("-"):
                    if piece.lower() not in ("von", "van", "de", "af", "la", "der", "den"):
                        add(piece, kind, entry.key, always=False)
    return [_Needle(seq, kind, key) for seq, kind, key in found]


_FOLDED: dict[str, str] = {}


def _without_accents(name: str) -> str:
    """ "Åkesson" -> "Akesson": names typed without diacritics are still names."""
    folded = _FOLDED.get(name)
    if folded is None:
        plain = name.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")
        decomposed = unicodedata.normalize("NFD", plain)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
        _FOLDED[name] = folded
    return folded


def _blank_tags(text: str, tags: frozenset[str]) -> str:
    if "[" not in text:
        return text

    def blank(match: re.Match[str]) -> str:
        tag = match.group()
        return " " * len(tag) if tag in tags or _TAG_CODE.fullmatch(tag) else tag

    return _TAGLIKE.sub(blank, text)


def _scan_names(
    text: str, single: dict[str, _Needle], multi: dict[str, list[_Needle]]
) -> Iterable[tuple[str, str, int, int]]:
    tokens = [(m.start(), m.end(), m.group().casefold()) for m in _LETTERS.finditer(text)]
    i = 0
    while i < len(tokens):
        start, end, word = tokens[i]
        bare = word[:-1] if word.endswith("s") else None
        hit = None
        for needle in multi.get(word, []) + (multi.get(bare, []) if bare else []):
            count = len(needle.words)
            window = tokens[i : i + count]
            if len(window) == count and _sequence_matches(text, window, needle.words):
                hit = (needle, window[-1][1], count)
                break
        if hit:
            needle, stop, count = hit
            yield needle.kind, needle.key, start, stop
            i += count
            continue
        needle = single.get(word) or (single.get(bare) if bare else None)
        if needle:
            yield needle.kind, needle.key, start, end
        i += 1


def _scan_pairs(text: str, index: _Index) -> Iterable[tuple[str, None, int, int]]:
    """A capitalised given name of the lexicon, then a capitalised family name, joined by a
    space or a hyphen, neither an ordinary word: someone nobody registered ("Bertil
    Wahlgren"), which the redactor always replaces."""
    tokens = list(_LETTERS.finditer(text))
    for first, second in zip(tokens, tokens[1:], strict=False):
        a, b = first.group(), second.group()
        if not (a[0].isupper() and b[0].isupper()):
            continue
        if second.start() - first.end() != 1 or text[first.end()] not in " -":
            continue
        a, b = a.casefold(), b.casefold()
        if a in index.given and b in index.family and f"{a} {b}" not in index.safe:
            yield "name", None, first.start(), second.end()


def _sequence_matches(
    text: str, window: list[tuple[int, int, str]], words: tuple[str, ...]
) -> bool:
    for k, (_start, _end, word) in enumerate(window):
        expected = words[k]
        if word != expected and not (k == len(words) - 1 and word == expected + "s"):
            return False
        if k:
            gap = text[window[k - 1][1] : window[k][0]]
            if "\n" in gap or len(gap) > 3 or gap.strip() not in ("", "-", ":", ".", "'", "’"):
                return False  # words of a name are separated by a space, "-", "S:t", "St."
    return True
