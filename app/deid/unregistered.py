"""Names nobody registered: a third party typed once ("Bertil Wahlgren from the housing office
joined late"), a misspelt registered name ("Kristna").

Runs after the registered names and the patterns, on the capitalised words they left (one
regular-expression pass; only the rare word that is not an ordinary word is looked at further).
Each such word is one of:

- N, a name: in the name lexicon (`lexicon.py`) and not an ordinary word of the note's
  language, or shaped like a family name ("-sson", "-gren", "-ović", ...);
- C, an ordinary word that is also a name ("Will", "Hope", "Grace", "Mark", "Rose", "Young");
- U, unknown: neither ordinary nor in the lexicon ("Zlatko", "Konsum", "Farsta").

Words already registered are left to `names.py` (it has decided), and so are the words the
study lead marked safe. Rules, the first that applies deciding:

1. U: a near miss of a registered name (`nearmiss.py`) takes that person's tag, or `[name]`
   when several people are as near. So does an ordinary word that is a near miss where the
   context says it is a name ("Kristna came": "kristna" is Swedish for Christians).
2. A run of adjacent capitalised words ("Bertil Wahlgren", "Anna-Lena Wiik") with two N, or
   with one N and no place or organisation word after it ("Bertil Green", not "Maria
   Ungdom Clinic"): one name, replaced whole by one `[name]`.
3. After a title ("Dr", "Mrs", "herr", "fru"), a relation word ("my neighbour", "dottern")
   or a verb whose object is a person ("told", "rang", "met", "träffade"): a name, N, C or U.
4. N alone: a name, wherever it stands, unless a place or organisation word follows.
5. U after "with" or "med" (a person is meant more often than not; not after "to", "in",
   "and": places follow those), or followed by a verb of saying or doing ("Zlatko said", not
   "Konsum has") or by "from" ("Zlatko from the choir"): a name.
6. C followed by a verb of saying or doing ("Grace said", "and Hope came"), or with a
   possessive in mid-sentence ("with Grace's help"): a name.

Everything else stays, and the review list (`review.py`) offers what still looks like a name.
ALL-CAPS words count only in runs ("BERTIL WAHLGREN"); acronyms ("NHS", "ADHD") never do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from app.deid import lexicon, vocab
from app.deid.context import guess_languages, previous_word, sentence_start
from app.deid.nearmiss import MIN_LENGTH, NearMisses
from app.deid.registry import Registry, ascii_fold

# A capitalised word: an upper-case letter of the Latin, Greek or Cyrillic script (Latin
# Extended mixes cases: str.isupper decides), then letters. One character class first, so that
# the scan is a fast C loop; a capital inside a word ("McKenzie") is dropped afterwards.
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΏΑ-ΩЀ-Я][^\W\d_]*")
_NAME, _COMMON, _UNKNOWN = "N", "C", "U"
_NEAR_IF_NAMED, _GENITIVE = "near?", "N+s"
_MISSING = object()
_RUN_JOINERS = frozenset({" ", "-"})
_POSSESSIVE = ("'s", "’s")
_FROM = frozenset({"from", "från"})  # "Zlatko from the choir", "Zlatko från kören"


class Found(NamedTuple):
    start: int
    end: int
    entries: tuple[int, ...]  # registry entries for a near miss, else ()
    via: str  # "near" or "lexicon"


class _Word(NamedTuple):
    start: int
    end: int
    cls: str
    caps: bool


class UnregisteredNames:
    """Finds names that are not in the registry. Build once per registry."""

    def __init__(self, registry: Registry, languages: tuple[str, ...], safe: Iterable[str]):
        self.languages = languages
        self.registered = frozenset(registry.word_owners())
        self.safe = frozenset(w.lower() for w in safe)
        self.near = NearMisses(registry)
        self.names = lexicon.all_names()
        self._sets = _language_sets(languages)  # the possible outcomes of guess_languages
        # Very frequent words of either language are ordinary in every note ("The" in a
        # Swedish note), unless they are names as well ("Hans", "Inga"): their class is then
        # the same whatever the language, and most notes need no language guess here.
        shared = vocab.function_words() - self.names
        self._common = {langs: vocab.common_words(langs) | shared for langs in self._sets}
        self._any_common = vocab.common_words(languages)
        # Each capitalised word's class under each language guess (cached: the same wherever
        # the word stands), and the words of no interest under any.
        self._classes: dict[str, tuple[object, ...]] = {}
        self._boring: set[str] = set()

    def find(
        self,
        text: str,
        low: str,
        taken: list[tuple[int, int, bool]],
        language: list[tuple[str, ...]],
    ) -> list[Found]:
        """Names in `text` (`low` is its lower case, same length) outside the sorted,
        non-overlapping stretches `taken` (start, end, whether it is a name). `language`
        holds the guessed languages of the text once guessed (shared with the caller)."""
        distinct = set(_CAPITALISED.findall(text))
        distinct -= self._boring  # most texts end here: only ordinary and registered words
        if not distinct:
            return []
        if len(self._classes) > 50_000:  # bounded memory on a very large release
            self._classes.clear()
            self._boring.clear()
        rows = {}
        for written in distinct:
            per_language = self._classes.get(written)
            if per_language is None:
                per_language = self._classes[written] = tuple(
                    self._word_class(written, self._common[langs]) for langs in self._sets
                )
                if not any(per_language):
                    self._boring.add(written)
            rows[written] = per_language
        column = 0
        if any(len(set(row)) > 1 for row in rows.values()):
            if not language:
                language.append(guess_languages(low, self.languages))
            column = self._sets.index(language[0])
        classes = {w: row[column] for w, row in rows.items() if row[column] is not None}
        if not classes:
            return []
        words: list[_Word] = []
        found: list[Found] = []
        index, count = 0, len(taken)
        for start, written in _occurrences(text, list(classes)):
            end = start + len(written)
            while index < count and taken[index][1] <= start:
                index += 1
            if index < count and taken[index][0] < end:
                continue
            cls = classes[written]
            if cls == _NEAR_IF_NAMED:
                # An ordinary word may still be a misspelt registered name where the context
                # says it is a name ("Kristna came", "Kristna Ek"; "kristna" is Swedish).
                if _named_here(text, low, start, end, taken, index):
                    near = self.near.find(written.lower())
                    if near:
                        found.append(Found(start, end, near.entries, "near"))
                continue
            if cls == _GENITIVE:  # "Bertils": the name without its genitive s
                cls, end = _NAME, end - 1
            words.append(_Word(start, end, str(cls), written.isupper()))
        if words:
            found += self._decide(text, low, words)
        return found

    def _word_class(self, written: str, common: frozenset[str]) -> str | None:
        """What a capitalised word is, the same wherever it stands (so it is cached)."""
        if len(written) < 2 or not written[0].isupper():
            return None
        word = written.lower()
        if word in self._any_common and word not in self.names:
            if (
                len(word) >= MIN_LENGTH
                and word not in self.safe
                and self.near
                and self.near.plausible(word)
                and self.near.find(word)
            ):
                return _NEAR_IF_NAMED
            return None
        cls = self._classify(word, common)
        if cls == _UNKNOWN and word.endswith("s") and len(word) > 3:
            base = word[:-1]
            if base in self.registered or base in self.safe:
                return None  # a registered name's genitive: names.py has decided
            if self._classify(base, common) == _NAME:
                return _GENITIVE
        return cls

    def _classify(self, word: str, common: frozenset[str]) -> str | None:
        if word in self.registered or word in self.safe or word in vocab.TITLES:
            return None
        if word in self.names or ascii_fold(word) in self.names:
            # Only here does the language of the note matter: "Inga" is a name in English
            # notes, an ordinary word ("inga problem") in Swedish ones.
            return _COMMON if word in common else _NAME
        if word in self._any_common:
            return None  # an ordinary word of either language is no name ("Several", "Det")
        return _NAME if lexicon.surname_shaped(word) else _UNKNOWN

    def _decide(self, text: str, low: str, words: list[_Word]) -> list[Found]:
        found: list[Found] = []
        i = 0
        while i < len(words):
            j = i
            while j + 1 < len(words) and _joined(text, words[j], words[j + 1]):
                j += 1
            run = words[i : j + 1]
            i = j + 1
            found += self._run(text, low, run)
        return found

    def _run(self, text: str, low: str, run: list[_Word]) -> list[Found]:
        names = sum(w.cls == _NAME for w in run)
        if len(run) > 1 and low[run[0].start : run[-1].end] in self.safe:
            return []  # the study lead marked the whole name safe
        if len(run) > 1 and (names >= 2 or (names and not _place_follows(low, run[-1].end))):
            return [Found(run[0].start, run[-1].end, (), "lexicon")]
        found = []
        for word in run:
            near = None
            if word.cls == _UNKNOWN and self.near:
                near = self.near.find(low[word.start : word.end])
            if near:
                found.append(Found(word.start, word.end, near.entries, "near"))
            elif word.caps and len(run) == 1:
                continue  # an acronym or a shouted word alone
            elif self._is_name(text, low, word, run):
                found.append(Found(word.start, word.end, (), "lexicon"))
        return found

    def _is_name(self, text: str, low: str, word: _Word, run: list[_Word]) -> bool:
        start, end, cls, _caps = word
        first = run[0].start
        prev, gap = previous_word(low, first)
        if prev and (gap in ("", ",") or (gap == "." and prev in vocab.TITLES)):
            if prev in vocab.TITLES or prev in vocab.RELATIONS or prev in vocab.PERSON_VERBS:
                return True  # rule 3
        if cls == _NAME:
            return not _place_follows(low, run[-1].end)  # rule 4
        after = _next_word(low, run[-1].end)
        if cls == _UNKNOWN:
            if prev in vocab.PERSON_PREPOSITIONS and not gap:
                return not _place_follows(low, run[-1].end)
            return after in vocab.STRONG_FOLLOWERS or after in _FROM  # rule 5
        if after in vocab.STRONG_FOLLOWERS:
            return True  # rule 6
        return not sentence_start(text, first) and text.startswith(_POSSESSIVE, end)


def _occurrences(text: str, words: list[str]) -> list[tuple[int, str]]:
    """Where each of `words` stands in `text` as a whole word, in text order."""
    found = []
    size = len(text)
    for word in words:
        length = len(word)
        index = text.find(word)
        while index >= 0:
            end = index + length
            if (not index or not text[index - 1].isalpha()) and (
                end == size or not text[end].isalpha()
            ):
                found.append((index, word))
            index = text.find(word, end)
    found.sort()
    return found


def _named_here(
    text: str, low: str, start: int, end: int, taken: list[tuple[int, int, bool]], index: int
) -> bool:
    """Whether the context says the word text[start:end] is a name: a title, relation word or
    person verb before it, a verb of saying or doing after it, or a name right next to it
    (`index` is that of the first stretch of `taken` after the word)."""
    prev, gap = previous_word(low, start)
    if prev and (gap in ("", ",") or (gap == "." and prev in vocab.TITLES)):
        if prev in vocab.TITLES or prev in vocab.RELATIONS or prev in vocab.PERSON_VERBS:
            return True
    if _next_word(low, end) in vocab.STRONG_FOLLOWERS:
        return True
    after = taken[index] if index < len(taken) else None
    before = taken[index - 1] if index else None
    return bool(
        (after and after[2] and after[0] == end + 1 and text[end] in _RUN_JOINERS)
        or (before and before[2] and before[1] == start - 1 and text[start - 1] in _RUN_JOINERS)
    )


def _language_sets(languages: tuple[str, ...]) -> list[tuple[str, ...]]:
    return [languages, *((lang,) for lang in languages if (lang,) != languages)]


def _joined(text: str, left: _Word, right: _Word) -> bool:
    return right.start - left.end == 1 and text[left.end] in _RUN_JOINERS


def _next_word(low: str, index: int) -> str:
    rest = low[index : index + 24].split(None, 1)
    return rest[0].strip(",.;:!?") if rest else ""


def _place_follows(low: str, index: int) -> bool:
    return _next_word(low, index) in vocab.PLACE_WORDS
