"""A stranger's name, a word of no lexicon, that a verb of saying, knowing, going or a modal
verb puts in a person's place: the subject after the verb in a Swedish, Norwegian or Danish
main clause that opens with something else ("Stillmans ansikte sa Kinaya ingenting", "men
først vil Zineb sjå", "Då kom Moussa hem"), the verb first ("Sa Ahmed att ..."), and the
English question ("Should Jua have known?", "Did Ushindi say").

`unregistered.py` takes an unknown capitalised word (U: no ordinary word, no name of the
lexicon, no town) only where its rules see a person; after such a verb none of them applies.
Taken here: the word right after one of `_VERBS` (lower case, or capitalised opening the
sentence), when it is U, shaped like a name (`lexicon.name_shaped`), not in capitals, no
part of a run of capitalised words, and followed by a lower-case word or the end of the
clause; or a full name of two such words, the first U or a rare dictionary word ("Efteråt
ville Masset Paslawski inte säga"): a subject of two words after the verb is a given and a
family name. The verbs are chosen so that the word after them is a person, not a thing: no "har",
"får", "tar", "fick", "tog" ("har Waran", "fick Alvedon": a medicine or a brand is an object
there), no "är"/"er"/"var" ("det är Spotify"), no Danish "ved" (a preposition as often:
"ved Middelhavet"); German is left out, its nouns being
capitalised ("wollte Hilfe").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import ahocorasick_rs

from casebook.deid import lexicon

_VERBS = frozenset(
    # Swedish: saying, knowing, thinking, going, sitting, modals
    """sa sade säger tycker tyckte tror trodde vet visste kan kunde ska skall skulle vill
    ville måste borde brukar brukade kom kommer gick går satt sitter stod står bodde bor
    verkar verkade hann ringde svarade frågade berättade"""
    # Norwegian (both written forms) and Danish
    """ sei seier sagde siger trur trudde veit vidste kunne skal vil må måtte burde
    kjem gjekk gikk gik sat sit sidder budde bur boede hadde havde spurde spurte spurgte
    fortalde fortalte svarte svarede ringte"""
    # English question and inverted forms
    """ should would could did does""".split()
)
_MARKS = "\"'«»“”‘’([-–—*"
_U = "U"
_RARE = "R"  # a rare word of the dictionaries (`unregistered.py`)
_WORD = re.compile(r"[^\W\d_]+")
# A capitalised word after a space; the word before it is read with string methods.
_CAPITAL = re.compile(r" ([A-ZÀ-ÖØ-ÞĀ-ɏ][^\W\d_]+)(?![^\W\d_'’-])")


def _written(verb: str) -> set[str]:
    """Every way `find` takes `verb` as written: the rest in lower case, the first letter any
    character that lowers to it (its capital, and the Kelvin sign for "k")."""
    firsts = {verb[0], verb[0].upper()} | ({"\u212a"} if verb[0] == "k" else set())
    return {first + verb[1:] for first in firsts}


# Each written verb with the space after it: one pass of an automaton finds the only places
# `find` can take a word, instead of a Python step for every capitalised word of the text
# (most stand after no verb of the list).
_VERB_FINDER = ahocorasick_rs.AhoCorasick(
    sorted({f"{w} " for verb in _VERBS for w in _written(verb)}),
    implementation=ahocorasick_rs.Implementation.DFA,
)


def find(
    text: str, taken: Sequence[Sequence[object]], word_class: Callable[[str], str | None]
) -> list[tuple[int, int]]:
    """Where such a subject stands in `text`, outside the spans `taken` ((start, end, ...))."""
    out = []
    for match in _after_verbs(text):
        start, end = match.span(1)
        space = text.rfind(" ", max(0, start - 12), start - 1)
        if space < 0 and start > 12:
            continue  # a word of more than ten letters before: no verb of the list
        before = space + 1  # where the verb starts
        verb = text[before : start - 1]
        if verb.lower() not in _VERBS:
            if not verb or verb[-1] == " " or not verb[-1].isalpha():
                continue
            verb = verb.split()[-1].lstrip(_MARKS)  # after a line break or a quotation mark
            if verb.lower() not in _VERBS:
                continue
            before = start - 1 - len(verb)
        if verb[1:] != verb[1:].lower() or (verb[0].isupper() and not _opens(text, before)):
            continue
        word = match.group(1)
        if word.isupper() or len(word) < 3:
            continue
        if any(s < end and start < e for s, e, *_ in taken):  # type: ignore[misc]
            continue
        if not _then_lower(text, end):
            end = _family_after(text, end, word, word_class)  # "ville Masset Paslawski inte"
            if end and not any(s < end and start < e for s, e, *_ in taken):  # type: ignore[misc]
                out.append((start, end))
            continue
        if word_class(word) != _U or not lexicon.name_shaped(word.lower()):
            continue
        out.append((start, end))
    return out


def _family_after(text: str, end: int, given: str, word_class: Callable[[str], str | None]) -> int:
    """Where a full name of two words nobody knows ends, the first at `end` (its word
    `given`), when a lower-case word or the clause's end follows the second: "Efteråt ville
    Masset Paslawski inte säga något mer". The second is unknown (U) and shaped like a name;
    the first unknown or a rare word of the dictionaries (a given name nobody lists may be
    one: "Masset"); else 0."""
    match = _CAPITAL.match(text, end)
    if match is None:
        return 0
    family = match.group(1)
    stop = match.end(1)
    if family.isupper() or len(family) < 3 or not _then_lower(text, stop):
        return 0
    if word_class(family) != _U or not lexicon.name_shaped(family.lower()):
        return 0
    return stop if word_class(given) in (_U, _RARE) else 0


def _opens(text: str, index: int) -> bool:
    """Whether a sentence, a line or a quotation opens at `index`."""
    while index > 0 and text[index - 1] in " \t":  # walk back, copying nothing
        index -= 1
    return index == 0 or text[index - 1] in ".!?:\n\"'«»“”"


def _then_lower(text: str, end: int) -> bool:
    """A lower-case word or the clause's end after the word, not another capitalised word."""
    rest = text[end : end + 3]
    if not rest or rest[0] in ".,;:!?)":
        return True
    if rest[0] != " ":
        return False
    nxt = _WORD.match(text, end + 1)
    return nxt is not None and nxt.group()[0].islower()


def _after_verbs(text: str) -> list[re.Match[str]]:
    """The capitalised words (`_CAPITAL`, from the space before them) that follow a written
    verb of `_VERBS` at once, in text order: each such word once."""
    ends = {end for _i, _at, end in _VERB_FINDER.find_matches_as_indexes(text, overlapping=True)}
    found = []
    for end in sorted(ends):
        match = _CAPITAL.match(text, end - 1)
        if match is not None:
            found.append(match)
    return found
