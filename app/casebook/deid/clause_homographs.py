"""A name that is also a word, capitalised mid-sentence as the subject of a clause: "men Lisa
drack hälften", "at Dag er ein av dei to", "da Milan promenerte", "että Peter tulee toimeen".

`clause_verbs.subject` reads the slot: right after a conjunction, a question word, "som",
"men"/"but" (or "and"/"och"/"og" before a verb of `subordinate_subjects.FINITE`) and right
before the clause's finite verb. `unregistered.py` takes a word nobody knows there; a name
that is also an ordinary word (C: Swedish "lisa" relief, Norwegian "dag" day, English "mark")
needs a verb of saying or doing after it. But in Swedish, Norwegian, Danish, English and
Finnish an ordinary noun stands in lower case mid-sentence, and the capital in that slot
says person. Taken here: such a word when the word before it is in lower case (not a heading
in title case), the word is three letters or more, not in capitals, no pronoun, title,
relation, month or time word ("att Maj var", "because Mom said", "och Jul är"), and no
capitalised word follows it ("men Röda Korset har": a body the other rules judge whole).

German is not read: its nouns are capitalised, and none of the openers is German.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from casebook.deid import clause_verbs, vocab
from casebook.deid.context import previous_word

# A capitalised word after a space; the capital first and the space looked behind it, so
# that the engine skips in C to a capital rather than trying the look-behind everywhere.
# Not after a full stop or a comma and the space ("... i går. Lisa", "Hej, Lisa"): there
# `previous_word` reads that stop as the gap, which no clause opener has, and most capitals
# of a note open a sentence so (once a Python step and a walk back each).
_CAPITAL = re.compile(r"([A-ZÀ-ÖØ-ÞĀ-ɏ](?<= .)(?<![.,] .)[^\W\d_]{2,})(?![^\W\d_'’-])")
_COMMON = "C"
# The letters of `_CAPITAL`'s first class that have no case ("ƻ", "ǀ"-"ǃ"): every other one is
# a capital where the text holds no lower-case or title-case letter.
_UNCASED = re.compile("[\u01bb\u01c0-\u01c3]")
_NOT_PERSONS = vocab.PRONOUNS | vocab.TIME_WORDS | vocab.MONTHS | vocab.TITLES | vocab.RELATIONS


def find(
    text: str,
    low: str,
    taken: Sequence[Sequence[object]],
    word_class: Callable[[str], str | None],
) -> list[tuple[int, int]]:
    """Where such a name stands in `text` (`low` its lower case, aligned), outside the spans
    `taken` ((start, end, ...))."""
    out: list[tuple[int, int]] = []
    if text.isupper() and _UNCASED.search(text) is None:
        return out  # a note in capitals: each word `_CAPITAL` finds is in capitals, skipped below
    for match in _CAPITAL.finditer(text):
        word = match.group(1)
        if word.isupper():
            continue  # a word in capitals (every word of a note typed in capitals), no call
        start, end = match.span(1)
        prev, gap = previous_word(low, start)
        if gap or not clause_verbs.opener(prev):
            continue  # the common case, in one set lookup
        if low[start:end] in _NOT_PERSONS:
            continue
        if not text[start - len(prev) - 1 : start - 1].islower():
            continue  # "Men Lisa", a heading in title case
        if text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
            continue  # "men Röda Korset har"
        if not clause_verbs.subject(low, end, prev, gap):
            continue
        if word_class(word) != _COMMON:
            continue
        if any(s < end and start < e for s, e, *_ in taken):  # type: ignore[misc]
            continue
        out.append((start, end))
    return out
