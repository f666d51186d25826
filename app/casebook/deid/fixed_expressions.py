"""A name written in lower case inside a fixed expression of English is the expression's word.

"Hon smörjer händerna med aloe vera", "a bloody mary", "a lazy susan", "a doubting thomas",
"st john's wort": the lower-case passes over registered names (and the rules for names
nobody registered) took "vera", "mary", "susan", "thomas", "john" for the participant of that
name. The expressions come from Princeton WordNet 3.0 (`data/fixed_expressions.txt`, built
by `bench/build_fixed_expressions.py`): the multiword lemmas holding a name of the lexicon
that is no common word, less those made of names alone ("jack russell": a person's name)
and those with a title, relation or greeting ("uncle tom", "dear john").

A name span is dropped only when it is that one word, written in lower case, and the whole
expression stands around it in the note, its words separated by spaces or hyphens on one
line ("aloe  vera", "black-eyed susan"). A capitalised name ("Mary Bloody", "Aloe Vera" as
a heading) still goes, and so does one followed by a family name ("aloe vera Lindqvist":
the span then reaches past the expression, or the next word is a family name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TypeVar

from casebook.deid import lexicon, vocab

_SEPARATOR = re.compile(r"[ \t\u00a0-]+")
_SEPARATOR_BEFORE = re.compile(r"[ \t\u00a0-]+$")
_NEXT_WORD = re.compile(r"[ \t\u00a0]+(\w+)")

_PREVIOUS_WORD = re.compile(r"(\w+)[ \t\u00a0]+$")
# An expression opening with a verb whose object is a person ("phone bill", "call mark") is
# the expression only after a determiner or a possessive ("the phone bill", "her phone bill")
_PERSON_VERBS = vocab.PERSON_VERBS | vocab.SAYING_VERBS | vocab.SPEAKING | vocab.PERSON_ACTIONS
_DETERMINERS = vocab.DETERMINERS | frozenset(
    "my your his her our their min din sin hans hennes vår er deras".split()
)

# An expression: its words in lower case ("st", "john's", "wort") and where the name stands
Expression = tuple[tuple[str, ...], int]
SpanT = TypeVar("SpanT", bound=tuple)  # a redactor span: start, end, kind, ...


@cache
def expressions() -> dict[str, tuple[Expression, ...]]:
    """Each name word (without "'s") -> the expressions holding it."""
    names = lexicon.all_names()
    found: dict[str, list[Expression]] = {}
    for line in (vocab.DATA / "fixed_expressions.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        words = tuple(w for w in re.split(r"[ -]", line) if w)
        for at, word in enumerate(words):
            bare = word.removesuffix("'s")
            if bare in names:
                found.setdefault(bare, []).append((words, at))
    return {word: tuple(held) for word, held in found.items()}


def held(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a lower-case name word standing inside one of the
    fixed expressions, the whole expression written out around it."""
    word = text[start:end]
    if not word.isalpha() or not word.islower():
        return False
    forms = expressions().get(word)
    if not forms:
        return False
    first = text.rfind("\n", 0, start) + 1  # an expression stands on one line
    last = text.find("\n", end)
    line = text[first : len(text) if last < 0 else last]
    low = line.lower()
    if len(low) != len(line):  # "İ" lowers to two characters: keep the offsets
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in line)
    low = low.replace("\u2019", "'")
    start, end = start - first, end - first
    return any(_stands(line, low, start, end, words, at) for words, at in forms)


def _stands(line: str, low: str, start: int, end: int, words: tuple[str, ...], at: int) -> bool:
    position = end
    if words[at].endswith("'s"):
        if low[position : position + 2] != "'s":
            return False
        position += 2
    for word in words[at + 1 :]:
        gap = _SEPARATOR.match(low, position)
        if gap is None or not low.startswith(word, gap.end()):
            return False
        position = gap.end() + len(word)
    if low[position : position + 1].isalnum():
        return False
    following = _NEXT_WORD.match(line, position)
    if following and _family(following.group(1)):  # "aloe vera Lindqvist", "... svensson"
        return False
    position = start
    for word in reversed(words[:at]):
        gap = _SEPARATOR_BEFORE.search(low, max(0, position - 8), position)
        if gap is None or not low.endswith(word, 0, gap.start()):
            return False
        position = gap.start() - len(word)
    if position and low[position - 1].isalnum():
        return False
    if words[0] in _PERSON_VERBS:  # "phone bill", "call mark": "the phone bill" only
        before = _PREVIOUS_WORD.search(low, 0, position)
        return before is not None and before.group(1) in _DETERMINERS
    return True


def _family(word: str) -> bool:
    """Whether `word` after an expression reads as a family name: a capitalised name of the
    lexicon ("Smith", "Lindqvist"), or a family name that is no common word ("svensson")."""
    low = word.lower()
    if word[:1].isupper():
        return low in lexicon.all_names()
    return low in _family_only()


@cache
def _family_only() -> frozenset[str]:
    """Family names of the lexicon that are no common word."""
    return lexicon.family_names() - vocab.common_words()


def kept(text: str, spans: Sequence[SpanT]) -> list[SpanT]:
    """`spans` less the name spans that are a word of a fixed expression."""
    return [s for s in spans if s[2] != "name" or not held(text, s[0], s[1])]
