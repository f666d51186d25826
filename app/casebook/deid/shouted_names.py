"""A name of the lexicon written alone in capitals inside text typed in mixed case: "Men när
VICTORIA skrek", "ALEKSANDRA on se joka", "Dealers like cleaning SOPHIE'S.", "Den lille
dattera LIAMS".

A word in capitals alone in a note typed in mixed case is mostly an acronym ("NHS", "PHQ",
"BUP") or a word stressed ("NOT", "ALLA"): `unregistered.py` finds it only as a near miss of
a registered name. A writer who shouts a person's name does so too, though, and a name of the
lexicon that is no ordinary word of the note's language (the class `unregistered.py` reads
as a name wherever it stands in mixed case) is neither an acronym nor a stressed word when it
is long enough to carry two vowels. Such a word is read as the same word capitalised would
be, unless it opens a compound with a hyphen ("ULF-enkät"), stands before a figure or a
slash ("SARA 2", "ANNA/BVC": a form's or a scale's code), is a label's abbreviation, or has
another word in capitals near it on its line ("NEURO: PERLA, MAE": a clinical note's
acronyms, pupils equal and reactive).
"""

from __future__ import annotations

import re

from casebook.deid import lexicon, vocab

MIN_LENGTH = 4  # "EVA", "ADA", "IVA" (intensive care): three letters are as often an acronym
_REACH = 30  # characters either side where another word in capitals makes it an acronym's line
_CAPS_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,}(?![^\W\d_])")


def alone(text: str, start: int, end: int, word: str) -> bool:
    """Whether the word text[start:end] in capitals (`word`, its lower case, without a
    genitive ending) may be a name shouted in mixed-case text; the caller has found it to be
    a name of the lexicon and no ordinary word, and lower-case letters on its line."""
    if len(word) < MIN_LENGTH or not lexicon.name_shaped(word):
        return False
    after = text[end : end + 2]
    if after[:1] in ("-", "/", "_") or after[:1].isdigit() or after[1:2].isdigit():
        return False  # "ULF-enkät", "ANNA/BVC", "SARA 2": a code, not a person
    if word in vocab.LABELS or word in vocab.known_words() and word not in lexicon.given_names():
        return False
    if start and text[start - 1] in "-/_":
        return False
    before = text[max(0, start - _REACH) : start].rsplit("\n", 1)[-1]
    after = text[end : end + _REACH].split("\n", 1)[0]
    return not (_CAPS_WORD.search(before) or _CAPS_WORD.search(after.lstrip("'’S")))
