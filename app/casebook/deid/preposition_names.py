"""A name that is also a word, capitalised after a preposition that takes a person: "lovade en
ny tid med Kaj", "bor hos Ros", "a meeting with Grace on Monday", "enligt Bill på kontoret".

`unregistered.py` takes a capitalised word after "med", "with", "hos", "enligt" when it is a
name no word list holds (N) or a word nobody knows shaped like a name (U, rule 7); a name
that is also an ordinary word (C: Swedish "kaj" a quay, "ros" a rose, English "grace",
"bill") needs a verb of saying or doing after it (rule 8). But mid-sentence, after the
preposition written in lower case, the ordinary word would stand in lower case in Swedish,
Norwegian, Danish and English alike: the capital says person. Taken here: such a word when

- the preposition is in lower case (not a heading typed in title case, "Meeting With Grace"),
- the word is a C word of the study's languages, three letters or more, not in capitals, no
  pronoun, title, month or time word ("med Maj", "with May": a month), and
- no capitalised word follows it ("med Röda Korset", "with Grace Church": a name of a body
  the other rules judge whole) and no place or organisation word ("with Grace church").

German is not read ("bei", "mit": its nouns are capitalised), nor French "chez".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import ahocorasick_rs

from casebook.deid import vocab

_PREPOSITIONS = ("with ", "med ", "hos ", "enligt ", "ifølge ", "ifølgje ")
_FINDER = ahocorasick_rs.AhoCorasick(
    list(_PREPOSITIONS), implementation=ahocorasick_rs.Implementation.DFA
)
_CAPITALISED = re.compile(r"[ \t]*([A-ZÀ-ÖØ-ÞĀ-ɏ][^\W\d_]+)(?![^\W\d_'’-])")
_NEXT = re.compile(r"[ \t]+([^\W\d_]+)")
_COMMON = "C"
_NOT_PERSONS = vocab.PRONOUNS | vocab.TIME_WORDS | vocab.MONTHS | vocab.TITLES


def find(
    text: str, taken: Sequence[Sequence[object]], word_class: Callable[[str], str | None]
) -> list[tuple[int, int]]:
    """Where such a name stands in `text`, outside the spans `taken` ((start, end, ...))."""
    out: list[tuple[int, int]] = []
    for match in _after_prepositions(text):
        start, end = match.span(1)
        word = match.group(1)
        if len(word) < 3 or word.isupper() or word.lower() in _NOT_PERSONS:
            continue
        nxt = _NEXT.match(text, end)
        if nxt is not None:
            after = nxt.group(1)
            if after[0].isupper() or after.lower() in vocab.PLACE_WORDS:
                continue  # "med Röda Korset", "with Grace church"
        if word_class(word) != _COMMON:
            continue
        if any(s < end and start < e for s, e, *_ in taken):  # type: ignore[misc]
            continue
        out.append((start, end))
    return out


def _after_prepositions(text: str) -> list[re.Match[str]]:
    """The capitalised words right after a preposition of `_PREPOSITIONS` in lower case (one
    pass of an automaton over the text)."""
    found = []
    for _index, at, end in _FINDER.find_matches_as_indexes(text, overlapping=True):
        if at == 0 or not text[at - 1].isalpha():
            match = _CAPITALISED.match(text, end)
            if match is not None:
                found.append(match)
    return found
