"""A family name that is also an ordinary word, right after a stranger's name: "Lisa Fang
translated", "Nguyen Minh Park" (Chinese, Korean and Vietnamese family and given names are
often English words: Fang, Park, Young, Long). Left outside the tag, the word names the
person in part.

A capitalised word is taken with the name before it when it stands on the same line, one
space on, written as a name is (one capital, then small letters, a hyphenated second part
allowed: "Min-ji"), and is none of what follows names in running text: a word of the 300
most frequent ("Lisa I think", "Anna And"), a weekday, month or holiday ("saw Anna
Monday"), a title, role or relation ("Maja Sjukgymnast"), a town ("Sara Stockholm"), a
street word ("Ahmed Hassan Street"), a label, nor a word of a line written in title case
("Meeting With Anna About Housing"). Only names nobody registered are extended: a
registered name keeps its person's tag, and its neighbour is judged as a name of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from casebook.deid import lexicon, vocab

_NEXT = re.compile(r" ([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-Za-zß-öø-ÿ][a-zß-öø-ÿ]+)?)(?![^\W\d_])")
_INNER_WORD = re.compile(r"(?<=[^\W\d_,;:]) ([A-Z][a-z]+)\b")


@lru_cache(maxsize=1)
def _never() -> frozenset[str]:
    """Words that follow a name in running text without being part of it."""
    return (
        vocab.function_words()
        | vocab.TIME_WORDS
        | vocab.MONTHS
        | vocab.TITLES
        | vocab.RELATIONS
        | vocab.ATTENDANCE
        | vocab.LABELS
        | vocab.SAYING_VERBS
        | vocab.NAME_FOLLOWERS
        | lexicon.places()
        | _STREET_WORDS
    )


_SMALL_WORDS = vocab.DETERMINERS | frozenset(
    """and or but of for to in on at from by with about into och eller men av för till på
    från med om hos""".split()
)
_STREET_WORDS = frozenset(
    """street road avenue lane drive way close court place square gata gatan väg vägen gränd
    gränden torg torget allé allén plan backe backen""".split()
)


def end_after(text: str, start: int, end: int, limit: int) -> int:
    """Where the name text[start:end] ends with the family name that is also a word right
    after it (not past `limit`, where the next span starts), or `end`."""
    found = _NEXT.match(text, end)
    if (
        found is None
        or found.end() > limit
        or found.group(1).lower() in _never()
        or _title_case_line(text, start)
    ):
        return end
    return found.end()


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line around `at` is written in title case (a heading): a frequent word
    capitalised inside it ("Meeting With Anna About Housing"), not after a full stop: an
    article, a preposition or a conjunction, which no name is."""
    begin = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    for word in _INNER_WORD.finditer(text, begin, stop if stop >= 0 else len(text)):
        if word.group(1).lower() in _SMALL_WORDS:
            return True
    return False
