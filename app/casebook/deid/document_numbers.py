"""Numbers of identity documents and registrations, replaced as `[id]`: a passport, a driving
licence, an identity card, a national insurance or social security number, a car's
registration, a medical record, a bank account ("passport no. 98765432", "körkortsnummer:
7712034", "NI number QQ 12 34 56 C", "car reg ABC 123", "IBAN SE45 5000 0000 0583 9825 7466").

Each such number names one person as surely as a personnummer does, and no format is shared
across countries, so the word before it decides, not the number's shape: one of
`DOCUMENT_WORDS` (triggers of the name automaton, `patterns.TRIGGERS`), then at most a
"no.", "nr", "number", "#", a colon, "is" or "är", then the value: letters in capitals and
digits, five to 34 of them with at least two digits, in groups separated by single spaces,
dashes or, between digits, dots ("AB 123 456", "X1234567", "id-nummer 241.036.186.29"). A date
after the word ("passport expired 2025-01-01", "licence since 12/3") is no document number, and
a lower-case word ends the search ("licence was renewed").
"""

from __future__ import annotations

import re

Found = tuple[int, int, str]


DOCUMENT_WORDS = frozenset(
    """passport passport-nr passnummer passet pass-nr körkort körkortet körkortsnummer
    licence license id-kort id-kortet id-nummer id-nr id-number identitetskort
    ssn registration reg regnr reg.nr registreringsnummer mrn iban kontonummer""".split()
)
# Names of two words: a space inside, so never inside a word. Not "ID:" alone: in a clinical
# note it heads the infectious-disease section ("ID: TMAX 99.5").
_TWO_WORDS = (
    "id no",
    "id nr",
    "id number",
    "id card",
    "identity card",
    "ni no",
    "ni number",
    "national insurance",
    "social security",
    "account no",
    "account number",
    "account nr",
    "number plate",
    "medical record",
)
# The word, then a space, a colon or a full stop; a name of two words as it stands.
TRIGGERS = {f"{w}{c}": "document" for w in DOCUMENT_WORDS for c in " :.\n"} | {
    w: "document" for w in _TWO_WORDS
}
# Between the word and its number: another word of the document's name ("licence number",
# "security number", "card no."), a "no."/"nr"/"#", a colon, "is"/"är", in any order, briefly.
_LINK = re.compile(
    r"(?:[ \t]*(?:number|nummer|numret|no\.?|nr\.?|#|card|kort|plate|record|driving|"
    r"ins(?:urance)?|security|:|is|är|=|(?<=o)\.|(?<=[ \t])[-\u2013](?=[ \t])))*"
    r"[ \t]*\n?[ \t]*",  # ("ID no. - 123", the number on the next line)
    re.IGNORECASE,
)
# (a dot joins digits only: "id-nummer 241.036.186.29"; "ABC123. Then" ends at the dot)
_VALUE = re.compile(r"[A-Z0-9](?:[A-Z0-9]|[ -](?=[A-Z0-9])|(?<=\d)\.(?=\d)){4,40}(?![\w-])")
_DATE = re.compile(r"\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?(?!\d)")


def after_word(text: str, low: str, start: int, end: int, n: int) -> Found | None:
    """The number after a document word at low[start:end] (the trigger, with its space,
    colon or full stop)."""
    if (start and low[start - 1].isalnum()) or end > n:
        return None  # inside a word: "bypass ", "Dreg "; or the note's closing line break
    link = _LINK.match(text, end - 1 if low[end - 1] in ":.\n" else end)
    at = link.end() if link else end
    value = _VALUE.match(text, at)
    if value is None:
        return None
    found = value.group()
    groups = re.split(r"[ .-]", found)
    while len(groups) > 1 and len(groups[-1]) > 1 and groups[-1].isalpha():
        groups.pop()  # a word in capitals after the number: "ABC 123 OK", not its letter
    found = found[: len(" ".join(groups))]
    digits = sum(c.isdigit() for c in found)
    if digits < 2 or _DATE.fullmatch(found):
        return None
    compact = found.replace(" ", "").replace("-", "").replace(".", "")
    if len(compact) < 5:
        return None
    return value.start(), value.start() + len(found), "id"
