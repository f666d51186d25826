"""German nouns that the name lexicon also holds as family names ("Tasche", "Faust",
"Kratzer", "Richter", "Gläser" of "Glaser"), read as nouns where German grammar says noun.

German writes every noun capitalised, and `common_de.txt` leaves out the nouns that are also
names, so in a German sentence "in der Tasche", "kleine Kratzer" or "die Faust" lost the noun
as a stranger's name. `data/nouns_de.txt` (`bench/build_german_nouns.py`, from `wngerman`)
lists those nouns; such a word after a determiner ("der", "dem", "seinen") or after an
inflected German adjective ("kleine", "teuren", "preiswerte") is the noun. Not after "Herr",
"Frau" or a role ("Richter" in "Herr Richter", "Frau Faust" stay names), and only in a sentence
`note_language` reads as German.
"""

from __future__ import annotations

import re
from functools import cache

from casebook.deid import vocab

_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t]+\Z")
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


@cache
def nouns() -> frozenset[str]:
    """German nouns that are family names of the lexicon (`data/nouns_de.txt`)."""
    return vocab._read("nouns_de.txt")


def after_modifier(
    text: str, start: int, word: str, determiners: frozenset[str], german: frozenset[str]
) -> bool:
    """Whether `word` (lower case) at text[start] is a noun of `nouns` after one of
    `determiners` or after an inflected adjective of `german` (the language's ordinary words)
    written in lower case: "der Tasche", "kleine Kratzer". The caller checks the sentence is
    German."""
    if word not in nouns():
        return False
    last = _LAST_WORD.search(text, max(0, start - 24), start)
    if last is None:
        return False
    before = last.group(1)
    if before.lower() in determiners:
        return True
    return (
        before.islower()
        and len(before) >= 4
        and before.endswith(_ADJECTIVE_ENDINGS)
        and before in german
        and before not in vocab.known_words()  # "meine" is German; "offene" no English word
    )
