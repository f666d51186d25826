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
On the line after a sign-off that holds the name and one word more ("Med vennlig
hilsen,⏎Sigvard Gran"), the writer signs with a given and a family name, and the second word
is taken even when it is a town, a relation or a frequent word (not a month, a time, a
title or a label).

Where a phrase that gives a name stands right before ("someone called", "en der hed", "known
as": `person_cues.named_as`) or an indefinite article does ("Hun nævnte en Alma With", a
certain Alma With), the pair of capitalised words is the name whole, even when the second is
a frequent word of another language ("Osama Group", "Alma With") and when the first is one
no rule took alone ("called Mar Linnaeus": a month's abbreviation elsewhere): what is
named there is a person, and a capital inside a sentence marks that word as part of it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from casebook.deid import lexicon, namecontext, person_cues, vocab
from casebook.deid.context import previous_word

_NEXT = re.compile(r" ([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-Za-zß-öø-ÿ][a-zß-öø-ÿ]+)?)(?![^\W\d_])")
_INNER_WORD = re.compile(r"(?<=[^\W\d_,;:]) ([A-Z][a-z]+)\b")


@lru_cache(maxsize=1)
def marked_words() -> frozenset[str]:
    """Words that stand beside a name without being part of it: times, months, titles,
    relations, labels and the verbs of saying and doing that follow a name (also read by
    `capital_halves`)."""
    return (
        vocab.TIME_WORDS
        | vocab.MONTHS
        | vocab.TITLES
        | vocab.RELATIONS
        | vocab.ATTENDANCE
        | vocab.LABELS
        | vocab.SAYING_VERBS
        | vocab.NAME_FOLLOWERS
    )


@lru_cache(maxsize=1)
def _marked() -> frozenset[str]:
    """Words that follow a name without being part of it even after a cue: `marked_words`,
    places and street words."""
    return marked_words() | lexicon.places() | _STREET_WORDS


@lru_cache(maxsize=1)
def _never() -> frozenset[str]:
    """Words that follow a name in running text without being part of it."""
    return vocab.function_words() | _marked()


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
    if found is None or found.end() > limit:
        return end
    word = found.group(1).lower()
    if word not in _NOT_SIGNED and _signature(text, start, found.end()):
        return found.end()  # "Med vennlig hilsen,⏎Sigvard Gran": a town's name, his family's
    cued = word in _frequent_only() and _cued(text, start)
    if (word in _never() and not cued) or title_case_line(text, start, found.start(1) * cued):
        return end
    return found.end()


# What follows a writer's given name on a signature line without being the family name.
_NOT_SIGNED = vocab.TIME_WORDS | vocab.MONTHS | vocab.TITLES | vocab.LABELS


def _signature(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], two words, fills the line after a sign-off ("Mvh⏎Sigvard
    Gran⏎"): the writer's given and family name, the second whatever else it is a word
    for, a town, a relation ("Gran") or a frequent word; not a month, a time, a title or a
    label after the name."""
    begin = max(0, start - 200)
    stop = text.find("\n", end)
    low = text[begin : stop if stop >= 0 else len(text)].lower()
    return end - begin == len(low) and namecontext.signature_name(low, start - begin, end - begin)


# An indefinite article before a name: "en Alma With" (a certain Alma With), "a John Dunn".
_INDEFINITE = frozenset("en ei a an".split())


def _cued(text: str, start: int) -> bool:
    """Whether a phrase that gives a name or an indefinite article stands right before
    text[start] inside its sentence ("someone called X", "en der hed X", "nævnte en X")."""
    begin = max(0, start - 48)
    low = text[begin:start].lower()
    prev, gap = previous_word(low, len(low))
    if gap:
        return False
    return prev in _INDEFINITE or person_cues.named_as(low, len(low), prev)


@lru_cache(maxsize=1)
def _frequent_only() -> frozenset[str]:
    """What `_never` holds only as a frequent or function word: a capitalised word of those
    after a cue is part of the name ("Osama Group"); a month, title, relation, place or
    label never is (`_marked`)."""
    return _never() - _marked()


def start_before(text: str, start: int, end: int, limit: int) -> int:
    """Where the name text[start:end] begins with the capitalised word right before it (not
    before `limit`, where the span before ends) when a phrase that gives a name precedes
    that word ("someone called Mar Linnaeus"), or `start`."""
    found = _PREVIOUS.search(text, max(limit, start - 24), start)
    if found is None or found.start(1) < limit or not _cued(text, found.start(1)):
        return start
    if found.group(1).lower() in vocab.TITLES or title_case_line(text, start):
        return start
    return found.start(1)


_PREVIOUS = re.compile(r"(?<![^\s])([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+) \Z")


def title_case_line(text: str, at: int, besides: int = 0) -> bool:
    """Whether the line around `at` is written in title case (a heading): a frequent word
    capitalised inside it ("Meeting With Anna About Housing"), not after a full stop: an
    article, a preposition or a conjunction, which no name is; the word at `besides` (a
    name's part after a cue, "en Alma With") not counted."""
    begin = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    for word in _INNER_WORD.finditer(text, begin, stop if stop >= 0 else len(text)):
        if word.group(1).lower() in _SMALL_WORDS and word.start(1) != besides:
            return True
    return False
