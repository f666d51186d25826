"""Street lines as India and Bangladesh write them, which the street rules read only in part:

- a house number with its word, then the street or locality: "H.No. 230, Bhandari Ganj",
  "House No. 8, Jagannath Road", "Holding No. 254, Shibganj Center", "Plot No. 12/3, ..."
  (the word says what the number is; a locality and a town with its PIN after a second
  comma are read when the six-digit PIN is there: "H.No. 13, Tank Nagar, Salem-207562");
- a house number (often a flat and a building, "91/627") and a comma before a locality
  whose last word is one of India's locality words: "91/627, Bhalla Nagar", "83, Merchant
  Chowk", "45/91, Goel Chowk, Gudivada 222858" (Nagar, Chowk, Ganj, Marg, Colony, Puram,
  Bagh, Gali, Vihar, Enclave);
- a flat and a building, a name and a town with its six-digit PIN: "34/703, Sha, Aligarh
  760865" (the PIN says it; "12/05, Stockholm" has none).

"Room No. 12", "Building No. 3" with no name after a comma, a "Nagar" with no number before
it, a fraction in prose ("3/4, Gandhi said") and a score before a person named Nagar ("12/20,
Vikram Nagar scored") are not read.
"""

from __future__ import annotations

import re

from casebook.deid.literal_cues import AnyOf

Found = tuple[int, int, str]

_NAME = r"[A-Z][^\W\d_]*(?:[ ][A-Z][^\W\d_]*){0,2}"
_PIN = r"[ -][1-9]\d{5}(?!\d)"
_HOUSE = re.compile(
    r"(?<![\w.])(?:H\.[ ]?No|House[ ]No|Holding[ ]No|Plot[ ]No|Door[ ]No|D\.[ ]?No|Building[ ]No)"
    rf"\.?[ ]?\d{{1,4}}[A-Za-z]?(?:[/-]\d{{1,4}})?,[ ]*{_NAME}(?:,[ ]*{_NAME}{_PIN})?"
)
# The locality ends the phrase (or a preposition follows): "Vikram Nagar scored" is a person.
_AFTER = "with|in|on|at|from|since|and|med|sedan|i|på|og|hos|bei|mit|seit|und|viime|ja"
_LOCALITY = re.compile(
    r"(?<![\w/.,-])\d{1,4}(?:/\d{1,4})?,[ ]+(?:[A-Z][^\W\d_]+[ ]){1,2}"
    r"(?:Nagar|Chowk|Ganj|Marg|Colony|Puram|Bagh|Gali|Vihar|Enclave)(?![\w])"
    rf"(?:,[ ]*{_NAME}{_PIN}|(?=[ ]*(?:[,.;:)\n]|\Z|[ ](?:{_AFTER})[ ])))"
)
_FLAT_PIN = re.compile(rf"(?<![\w/.,-])\d{{1,4}}/\d{{1,4}},[ ]+{_NAME},[ ]+{_NAME}{_PIN}")
# All three shapes hold a number, a comma and a capital: found from the comma (a literal the
# engine skips to in C) with the digit looked behind it, rather than tried at every digit.
_QUICK = re.compile(r",(?<=\d,)[ ]*[A-Z]")
_CUES = AnyOf(("No", "Nagar", "Chowk", "Ganj", "Marg", "Colony", "Puram", "Bagh", "Gali", "Vihar"))


def find(text: str) -> list[Found]:
    """Every Indian or Bangladeshi street line of the three shapes above in `text`."""
    found: list[Found] = []
    if not _QUICK.search(text):
        return found
    if "/" in text:
        found.extend((m.start(), m.end(), "address") for m in _FLAT_PIN.finditer(text))
    if not _CUES.found_in(text):
        return found
    for pattern in (_HOUSE, _LOCALITY):
        found.extend((m.start(), m.end(), "address") for m in pattern.finditer(text))
    return found
