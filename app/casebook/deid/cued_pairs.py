"""Two capitalised words in a slot that a sentence keeps for a person: right after a verb or
preposition of reporting or contact ("Ifølge Mai Nan er der", "Talte med Gun Sim, moren",
"according to Lin Bao"), after a role noun in lower case ("læreren Lai Buhl var også med",
"the nurse Ida Lind"), or before the Finnish "-niminen" (named: "Hanne Kajander nimisen
henkilön", a person called Hanne Kajander).

Short names of two words are often words or towns besides ("Gun", "Sim", "Mai", "Nan",
"Lai", "Buhl" are towns of the gazetteer): the other rules read each half alone and drop it.
In such a slot, written as a name is inside a sentence (one capital, then small letters,
one space between), the pair is a person's given and family name, when:

- the first word is a given name of the lexicon, a town, or no word of the dictionaries
  (not "Statens", "Social", "Human", "Novo": the first word of a body's name is a word);
- the second word is a name of the lexicon, a town, or no word of the dictionaries (not
  "Vegvesen", "Resources", "Kommune");
- neither is among the most frequent words of a language (`note_language.frequent`), a
  month, weekday, title, relation, label or place word, nor ends as an organisation does,
  and the pair is no country;
- a comma, a full stop, a bracket or a lower-case word follows (not a third capitalised
  word: "Ifølge Danske Bank Group").

Two more slots hold a person's name as surely: an apposition after a role noun and its comma,
closed by a mark ("Naboen, Knut Vold, tittet innom"; "Naboen, som altid, kiggede ind" holds
no pair; one word alone there too, closed by a comma or the sentence's full stop: "The
neighbour, Abelardo, had seen her"), and the imperative of calling opening a sentence ("Ring
Sten Vold før du drar": `calling_verbs.IMPERATIVES`; "Ring kommunen" holds no pair). Where
the pair's second word is a name already found (a registered family name the stranger
shares: "Naboen, Knut Vold," with a Vold registered), its first word is taken alone when it
passes the first word's tests here: it is the same stranger's given name, which the other
rules drop as a word ("knut", a knot; "sten", a stone) or a town.

The cues are `cued_names`' verbs of reporting and meeting in mixed case ("ifølge", "talte
med", "enligt", "according to", "spoke with"; not "per" or "called", which take things as
often), and `role_parentheses.ROLES`. A pair that any span found already overlaps is left
to the rule that found it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from casebook.deid import (
    after_word,
    calling_verbs,
    cued_names,
    lexicon,
    note_language,
    role_parentheses,
    vocab,
)
from casebook.deid.context import sentence_start

Found = tuple[int, int]

_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+"
# Cues of reporting or contact that take a thing as often as a person ("per protocol",
# "called back", "reached consensus", "ringde"): left out.
_LOOSE = frozenset("per called paged reached reach notified informed meddelade varslet".split())
# The Finnish adjective "named", in its cases: "X Y niminen henkilö", "X Y nimisen henkilön".
_NAMED_AFTER = re.compile(r" nimi(?:nen|sen|stä|selle|seltä|sellä|sessä|seen|set|siä)\b")
_LANGUAGES = ("sv", "en", "nb", "da", "fi", "de")


@cache
def _cues() -> frozenset[str]:
    """The cues, lower case, their words joined by one space."""
    return frozenset(
        " ".join(cue.split())
        for table in (cued_names.REPORT_CUES, cued_names.MEETING_CUES)
        for cues in table.values()
        for cue in cues.split("|")
        if cue.strip() and cue.strip() not in _LOOSE
    ) | frozenset(role_parentheses.ROLES)


# Two capitalised words after a space (which opens the pattern, for speed), then a mark, a
# lower-case word or the line's end.
_SLOT_PAIR = re.compile(
    rf"[ \t]({_CAPITALISED}) ({_CAPITALISED})(?=[,.;:!?)]|[ \t]+[a-zß-öø-ÿ]|[ \t]*$)",
    re.MULTILINE,
)
# The same pair after a role noun and its comma, closed by a mark: an apposition.
_APPOSITION = re.compile(
    rf"([^\W\d_]+),[ \t]({_CAPITALISED}) ({_CAPITALISED})(?=[,.;:!?)])",
)
# One capitalised word in the same apposition, closed by a comma or the sentence's full stop
# ("The neighbour, Abelardo, had seen her", "She came with a cousin, Dragoljub.").
_APPOSED_WORD = re.compile(rf"([^\W\d_]+),[ \t]({_CAPITALISED})(?=,|\.(?:\s|\Z))")
# The same pair after an imperative of calling that opens the sentence ("Ring Sten Vold før").
_IMPERATIVE = re.compile(
    rf"([^\W\d_]+)[ \t]({_CAPITALISED}) ({_CAPITALISED})(?=[,.;:!?)]|[ \t]+[a-zß-öø-ÿ]|[ \t]*$)",
    re.MULTILINE,
)
_PAIR = re.compile(rf"(?<![^\s(])({_CAPITALISED}) ({_CAPITALISED})(?={_NAMED_AFTER.pattern})")
_LONGEST_CUE = 24

# The three patterns above that open with a word, opened instead at the mark after the word,
# the rest read ahead: the regular expression engine skips to that mark at once, where a
# pattern opening with a word is tried at every letter of the text (most of this module's
# time). `after_word.matches` finds the word before the mark and keeps the matches that
# `re.finditer` of the whole pattern finds, in the same order.
_APPOSITION_TAIL = re.compile(rf",(?=[ \t]({_CAPITALISED}) ({_CAPITALISED})(?=[,.;:!?)]))")
_APPOSED_WORD_TAIL = re.compile(rf",(?=[ \t]({_CAPITALISED})(?=,|\.(?:\s|\Z)))")
_IMPERATIVE_TAIL = re.compile(
    rf"[ \t](?=({_CAPITALISED}) ({_CAPITALISED})(?=[,.;:!?)]|[ \t]+[a-zß-öø-ÿ]|[ \t]*$))",
    re.MULTILINE,
)


def find(text: str, spans: Sequence[Any]) -> list[Found]:
    """The pairs of capitalised words in a person's slot in `text` (module docstring) that
    none of `spans` (with .start and .end) overlaps."""
    out: list[Found] = []
    singles: list[Found] = []
    for match in _SLOT_PAIR.finditer(text):
        if _cued(text, match.start(1)):
            out.append((match.start(1), match.end(2)))
    if ", " in text:
        for _, word, match in after_word.matches(_APPOSITION_TAIL, text):
            if word.lower() in role_parentheses.ROLES:
                out.append((match.start(1), match.end(2)))
        for _, word, match in after_word.matches(_APPOSED_WORD_TAIL, text):
            if word.lower() in role_parentheses.ROLES and _alone(match.group(1)):
                single = (match.start(1), match.end(1))
                if not any(s.start < single[1] and single[0] < s.end for s in spans):
                    singles.append(single)
    for start, word, match in after_word.matches(_IMPERATIVE_TAIL, text):
        if word.lower() in calling_verbs.IMPERATIVES and sentence_start(text, start):
            out.append((match.start(1), match.end(2)))
    if " nimi" in text:
        out += [(m.start(1), m.end(2)) for m in _PAIR.finditer(text)]
    found = set()
    for start, end in out:
        first, second = text[start:end].lower().split(" ")  # two words, one space
        middle = start + len(first) + 1
        if not any(s.start < end and start < s.end for s in spans):
            if _pair(first, second):
                found.add((start, end))
        elif _shared_family(spans, start, middle, end) and _first(first):
            found.add((start, middle - 1))  # "Naboen, Knut Vold," with a Vold registered
    return sorted(found.union(singles))


_ROLE_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+),[ \t]\Z")


def apposed(text: str, start: int, end: int) -> bool:
    """Whether the word text[start:end] stands alone in an apposition after a role noun
    ("The neighbour, Abelardo, had", "with a cousin, Dragoljub."), a person's slot."""
    role = _ROLE_BEFORE.search(text, max(0, start - 30), start)
    if role is None or role.group(1).lower() not in role_parentheses.ROLES:
        return False
    word = _APPOSED_WORD.match(text, role.start())
    return word is not None and word.end(2) == end


def _alone(written: str) -> bool:
    """Whether a capitalised word alone in an apposition may be a person's name: a name of
    the lexicon, a town or no word of the dictionaries, and none of `_never`."""
    word = written.lower()
    return not _never(word) and (
        word in lexicon.all_names() or word in lexicon.places() or word not in vocab.common_words()
    )


def _shared_family(spans: Sequence[Any], start: int, middle: int, end: int) -> bool:
    """Whether the pair's second word, text[middle:end], is a name found, and no span
    overlaps its first word."""
    return any(s.start == middle and s.end == end and s.kind == "name" for s in spans) and not any(
        s.start < middle - 1 and start < s.end for s in spans
    )


def _cued(text: str, start: int) -> bool:
    """Whether a cue of `_cues` ends one space or tab before `start`, after no letter."""
    begin = max(0, start - _LONGEST_CUE)
    words = text[begin:start].lower().split()
    if begin and text[begin - 1].isalpha():
        words = words[1:]  # the window cut a word: not one of the cue's
    cues = _cues()
    return any(" ".join(words[-n:]) in cues for n in range(1, min(3, len(words)) + 1))


def _pair(first: str, second: str) -> bool:
    """Whether two words may be a given and a family name (module docstring)."""
    if _never(first) or _never(second) or f"{first} {second}" in lexicon.lands():
        return False
    common = vocab.common_words()
    return _first(first) and (
        second in lexicon.all_names() or second in lexicon.places() or second not in common
    )


def _first(first: str) -> bool:
    """Whether a word may be a pair's given name: a given name of the lexicon, a town, or no
    word of the dictionaries, and none of the words that never are (`_never`)."""
    if _never(first):
        return False
    return (
        first in lexicon.given_names()
        or first in lexicon.places()
        or first not in vocab.common_words()
    )


def _never(word: str) -> bool:
    return (
        len(word) < 2
        or note_language.frequent(word, _LANGUAGES)
        or word in _not_names()
        or word.endswith(vocab.ORGANISATION_ENDINGS)
        or word in lexicon.lands()
    )


@cache
def _not_names() -> frozenset[str]:
    return (
        vocab.MONTHS
        | vocab.TIME_WORDS
        | vocab.TITLES
        | vocab.RELATIONS
        | vocab.LABELS
        | vocab.ATTENDANCE
        | vocab.PLACE_WORDS
        | role_parentheses.ROLES
    )
