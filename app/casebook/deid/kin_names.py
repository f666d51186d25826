"""A relative's given name right after the kin word, typed in lower case or in a note in
capitals: "daughter pat lives close by", "SON ROB 285-…", "dtr laverne speaks some english",
"his wife, rose, left a number".

The lower-case pass (`lowercase_names.py`) takes after a relation only words that cannot be
ordinary ones; but the given names families use most are words as well ("Pat", "Rob",
"Rose", "John", "Eve", "Grace"). Right after a kin word (a comma, a quote or a bracket
between at most), a given name of the lexicon is the relative's name, unless it is one of
the most frequent words ("will", "may", "can": "son will visit"), a verb that follows a
person ("daughter called", "wife said"), a relation, time or month word, or a word of
attendance ("son present"). A family name after it, when it is a name of the lexicon or no
word at all, is taken with it ("his wife, janet logan"), and so is a second given name after
"and" ("daughters sarah and margie"). A given name that is an irregular English past
(`homographs.IRREGULAR_PAST`: "drew", "rose") right after the kin word with a space only, and
with an article or an object pronoun after it, is the kin word's verb: "her daughter drew a
bird", "his son rose the next day", "my husband drew out the sketch" (a particle of a
phrasal verb between them; the noun phrase's subject and its object); "daughter
drew said" and "his wife, rose, left" stay the relative's name.

The text is looked at only where one of the kin words stands (one pass of a small
Aho-Corasick automaton over the text finds every stem at once, no regular expression over
the whole text); capitalised words are the capitalised pass's.
"""

from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick_rs

from casebook.deid import homographs, lexicon, vocab

Found = tuple[int, int]

# Kin and care words that a relative's name follows, and their plurals and abbreviations
# ("dtr", "gf"); English only: the Swedish ones are the lower-case pass's.
KIN = frozenset(
    """daughter daughters dtr dtrs son sons wife husband sister sisters brother brothers
    mother father mom mum dad girlfriend boyfriend fiance fiancee partner niece nephew
    aunt uncle cousin grandson granddaughter caregiver""".split()
)
# Kin words of the neighbouring languages (English: `KIN` above; Swedish: the lower-case
# pass's relations). Not "mann", "far", "mor": the words "man", "far" and "moor" of English.
KIN_WORDS = {
    "nb": "datter sønn kone hustru ektemann bror søster svigersønn svigerdatter samboer",
    "da": "datter søn kone hustru ægtemand bror søster svigersøn svigerdatter samlever",
    "de": "tochter sohn ehefrau ehemann bruder schwester enkel enkelin lebensgefährtin",
}
NEIGHBOUR_KIN = frozenset(" ".join(KIN_WORDS.values()).split())

_STEMS = ("daughter", "dtr", "son", "wife", "husband", "sister", "brother", "mother",
          "father", "mom", "mum", "dad", "friend", "fianc", "partner", "niece", "nephew",
          "aunt", "uncle", "cousin", "grand", "caregiver", "significant other")  # fmt: skip
# Every stem in one automaton: one pass over a note instead of one `str.find` pass per stem.
_STEM_FINDER = ahocorasick_rs.AhoCorasick(_STEMS, implementation=ahocorasick_rs.Implementation.DFA)
_AFTER_KIN = re.compile(r"(?:'s)?(?:,? ?[\"(]?| ?, ?)([a-z][a-z'’-]+)")
_AND_NAME = re.compile(r" (?:and|&) ([a-z][a-z'’-]+)(?![\w])")
_FAMILY = re.compile(r"[ ]([a-z][a-z'’-]{1,})(?![\w])")


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words that are never the relative's name after a kin word."""
    return (
        vocab.function_words()
        | vocab.NAME_FOLLOWERS
        | vocab.PERSON_VERBS
        | vocab.MODALS
        | vocab.ADVERBS
        | vocab.RELATIONS
        | vocab.TIME_WORDS
        | vocab.MONTHS
        | vocab.ATTENDANCE
        | KIN
    )


# The adverb particles of English phrasal verbs, which stand between the verb and its object
# ("drew up a plan", "gave back the keys"; the closed class of CGEL's "particles").
_PARTICLES = frozenset("out up down off back in away over on".split())
_NEXT_WORD = re.compile(r" ([a-z]+)(?![\w'’-])")


def _verb_with_object(low: str, word: str, stop: int) -> bool:
    """Whether `word`, ending at `stop`, is an irregular English past with an object opening
    after it ("drew a bird", "rose the next day"): the verb of the kin word before it."""
    if word not in homographs.IRREGULAR_PAST:
        return False
    after = _NEXT_WORD.match(low, stop)
    if after is not None and after.group(1) in _PARTICLES:
        after = _NEXT_WORD.match(low, after.end())  # "drew out the sketch": a phrasal verb
    return after is not None and homographs.object_opener(after.group(1))


def _given(word: str) -> bool:
    """A given name of the lexicon of three letters or more that may follow a kin word."""
    return len(word) >= 3 and word in lexicon.given_names() and word not in _not_names()


def after_kin(text: str, low: str, taken: list[tuple[int, int, bool]]) -> list[Found]:
    """Given names typed in lower case right after a kin word in `text` (`low` its lower
    case; shouted stretches already lowered in `text`), outside `taken`."""
    found: list[Found] = []
    # Where a stem starts a word (the answer depends on that place only, whichever stem it is).
    starts = {
        at
        for _stem, at, _end in _STEM_FINDER.find_matches_as_indexes(low, overlapping=True)
        if not at or not low[at - 1].isalpha()
    }
    for at in starts:
        hit = _name_after(text, low, at)
        if not hit:
            continue
        joined = _AND_NAME.search(low, hit[0], hit[1])
        # Two names, the "and" between them kept; each stands on its own, so one that
        # another rule took already ("margie visited") leaves the other to be taken here.
        parts = [(hit[0], joined.start()), (joined.start(1), hit[1])] if joined else [hit]
        found += [p for p in parts if not any(s < p[1] and p[0] < e for s, e, _n in taken)]
    return sorted(set(found))


def _name_after(text: str, low: str, at: int) -> Found | None:
    if at and low[at - 1].isalpha():
        return None  # "person", "reason"
    end = at
    while end < len(low) and low[end].isalpha():
        end += 1
    if low.startswith("significant other", at):
        end = at + len("significant other")
    elif low[at:end] not in KIN:
        return None
    match = _AFTER_KIN.match(low, end)
    if not match or not text[match.start(1)].islower():
        return None  # a capitalised name is the capitalised pass's
    if not _given(match.group(1)):
        return None
    stop = match.end(1)
    if match.start(1) == end + 1 and _verb_with_object(low, match.group(1), stop):
        return None  # "her daughter drew a bird": the daughter's verb and its object
    other = _AND_NAME.match(low, stop)  # "daughters sarah and margie"
    if other and text[other.start(1)].islower() and _given(other.group(1)):
        return match.start(1), other.end(1)
    family = _FAMILY.match(low, stop)
    if family and text[family.start(1)].islower():
        second = family.group(1)
        if second not in _not_names() and (
            second in lexicon.family_names() or second not in vocab.known_words()
        ):
            stop = family.end(1)
    return match.start(1), stop
