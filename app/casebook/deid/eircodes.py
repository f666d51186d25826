"""Irish Eircodes written alone: every Eircode names one address (An Post's routing key, a
letter and two digits or "D6W", then a unique identifier of four characters from its own
alphabet, "A65 F4E2", "D02 X285"), so it is replaced wherever it stands, with the town or
Dublin district written just before it ("Galway H91 E2K3", "Dublin 2, D02 X285").

A street line before an Eircode is read by `address_tails` already; this reads the code
where no street stands. The identifier must mix letters and digits, which "T12 1234" or a
reference such as "C57 BL6J" (letters outside Eircode's alphabet) do not.
"""

from __future__ import annotations

import re

from casebook.deid import lexicon

Found = tuple[int, int, str]

_ALPHABET = "0-9AC-FHKNPRTV-Y"
# Where to look: the routing key's digits, a space and the identifier (the engine skips to
# the digit in C); the routing key's letter is checked before it.
_QUICK = re.compile(rf"\d[\dW][ ]?[{_ALPHABET}]{{4}}(?![\w-])")
_KEY_LETTER = frozenset("ACDEFHKNPRTVWXY")
_TOWN_BEFORE = re.compile(r"(?<![^\W\d_])([A-Z][^\W\d_]+)(?:[ ]\d{1,2}W?)?,?[ ]\Z")


def find(text: str) -> list[Found]:
    """Every Eircode in `text`, with the town or district right before it when one stands."""
    found: list[Found] = []
    for match in _QUICK.finditer(text):
        start = match.start() - 1
        if start < 0 or text[start] not in _KEY_LETTER:
            continue
        if start and (text[start - 1].isalnum() or text[start - 1] in "-_/"):
            continue
        unique = match.group()[-4:]
        if not (any(c.isdigit() for c in unique) and any(c.isalpha() for c in unique)):
            continue
        town = _TOWN_BEFORE.search(text, max(0, start - 30), start)
        if town and town.group(1).lower() in lexicon.places():
            start = town.start()
        found.append((start, match.end(), "address"))
    return found
