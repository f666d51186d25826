"""Who a cleft sentence puts in focus: "It was Zbyszka who had arranged the meeting", "Det var
Zbyszka som ordnade mötet", "Det var Zbyszka som ordnet møtet", "Det er Zbyszka der bestemmer".

A cleft lifts one part of a clause out in front of a relative clause: "it" and a copula, the
part, then "who"/"som"/"der". English "who" opens a relative clause about a person only (a
thing takes "that" or "which"), so the capitalised words between "It was" and "who" name a
person whatever they are ("It was Mark who", "It was Signe Frisk who"). Swedish, Norwegian
and Danish "som" and Danish "der" serve things as well ("Det var Skatteverket som ringde",
"Det var Göteborg som vann"), and the part lifted out is as often an authority, a town or a
team; there a word is taken only when `unregistered.py` reads it as a name, as no word of
any list, or as a name of the lexicon that is also a word (N, U or C: "Zbyszka", "Hala"; not
"Skatteverket", a known word, nor "Göteborg", a town), shaped
like a name (`lexicon.name_shaped`), not in capitals, and no long compound in the definite
(`inner_strangers.noun_shaped`: "Försäkringskassan").

Finnish clefts ("Se oli Zbyszka, joka") are left to the rules that read Finnish subjects.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from casebook.deid import lexicon, vocab
from casebook.deid.inner_strangers import noun_shaped
from casebook.deid.overlaps import Overlaps

# One to three capitalised words ("Zbyszka", "Signe Frisk", "Anna-Lena van Dam" with its
# particle), each of two letters or more.
_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ɏ][a-zß-öø-ÿā-ɏ'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ɏ][a-zß-öø-ÿā-ɏ]+)?"
_RUN = rf"({_WORD}(?: (?:(?:van|von|de|af|al|el|bin) )?{_WORD}){{0,2}})"
# Each opens with the class of its first letter, the word boundary checked behind it: `re`
# then skips in C to the places that letter stands (a pattern opening with "\b" is tried at
# every character of the note: three times slower).
_ENGLISH = re.compile(
    r"[IiWw](?<!\w[IiWw])(?:(?<=[Ii])(?:t(?: was| is|['’]s)|s it)|(?<=[Ww])as it) "
    rf"{_RUN},? who\b"
)
_NORDIC = re.compile(rf"[Dd](?<!\w[Dd])et (?:var|är|va|er|e) {_RUN},? (?:som|der)\b")
# A name, a word nobody knows, or a name of the lexicon that is also a word of the sentence's
# language ("Det var Hala som": a given name, and "hala" a verb, which Swedish writes in lower
# case inside a sentence).
_NAMELIKE = frozenset({"N", "U", "C"})


def focus(text: str, start: int) -> bool:
    """Whether the capitalised word at text[start] opens the part a cleft puts in focus ("Det
    var Hala som tog upp frågan", "It was Own who"): a person's place, where `slot_slips`
    reads a word one slip from a registered name as that person."""
    begin = max(0, start - 8)
    return any(
        found.start(1) == start
        for pattern in (_ENGLISH, _NORDIC)
        for found in pattern.finditer(text, begin, min(len(text), start + 80))
    )


def find(
    text: str,
    taken: Sequence[Sequence[object]],
    word_class: Callable[[str], str | None],
) -> list[tuple[int, int]]:
    """Where the person a cleft puts in focus is named in `text`, outside the spans `taken`
    ((start, end, ...)): one span per run of capitalised words."""
    if "who" not in text and " som" not in text and " der" not in text:
        return []
    hits = Overlaps(taken)  # type: ignore[arg-type]
    out = []
    for pattern, english in ((_ENGLISH, True), (_NORDIC, False)):
        for match in pattern.finditer(text):
            start, end = match.span(1)
            if hits.hit(start, end):
                continue
            words = [w for w in match.group(1).split() if w[:1].isupper()]
            if english:
                if all(_person_word(w) for w in words):
                    out.append((start, end))
            elif all(_stranger_word(w, word_class) for w in words):
                out.append((start, end))
    return out


def _person_word(word: str) -> bool:
    """A word that can be part of a person's name after "It was" and before "who": not a
    pronoun or other closed-class word ("It is He who", "It was This who"), not a title
    alone, a month or a day."""
    low = word.lower()
    return not (
        low in vocab.most_frequent("en", 300)
        or low in vocab.TITLES
        or low in vocab.MONTHS
        or low in vocab.TIME_WORDS
    )


def _stranger_word(word: str, word_class: Callable[[str], str | None]) -> bool:
    low = word.lower()
    return (
        word_class(word) in _NAMELIKE
        and lexicon.name_shaped(low)
        and not noun_shaped(low)
        and low not in vocab.PLACE_WORDS
    )
