"""Colombian street lines, whose house number is the cross street and the distance from it:
"Calle 35 # 65-59 Este", "Cr. 82 # 51-86", "Diagonal 116 Bis # 1-8 Sur", "Av. carrera 35 No.
8-96 Sur". The street is a type and a number ("Calle 35"), which alone is no address (a street
with a number for a name reads like a count), so the other street rules leave it; with the
"#" (or "No.", "N°") and the two numbers joined by a hyphen after it, the line says what it is.

The types are those of Colombia's urban nomenclature (calle, carrera, diagonal, transversal,
avenida, autopista, circular) and their usual abbreviations (Cl., Cll., Cra., Cr., Kr., Dg.,
Tv., Av.). `addresses.widen` then reads a flat or office and the postcode and town after it.
"""

from __future__ import annotations

import re

Found = tuple[int, int, str]

# Where to look: "# 65-59", "No. 8-96", "N° 1-8" (a hyphen between two short numbers).
_CROSS = re.compile(
    r"(?:#|(?<![^\W\d_])n[o°º]?\.|(?<![^\W\d_])n[°º])[ ]?\d{1,3}[a-z]?-\d{1,3}(?![\d/-])", re.I
)
# A first look, a character class the engine skips to in C ("#", "°", "º", "."), before the
# slower search of `_CROSS`, whose case-blind "n" it would try at every letter.
_QUICK = re.compile(r"[#°º.][ ]?\d{1,3}[A-Za-z]?-\d")
_TYPE = (
    r"(?:calle|carrera|diagonal|transversal|avenida|autopista|circular|"
    r"cl\.?|cll\.?|cra\.?|kra\.?|cr\.?|kr\.?|dg\.?|tv\.?|av\.?)"
)
# The street before it: "Calle 35 ", "Carrera 2J Este ", "Cr. 34 Bis G ", "Av. calle 24 ".
_STREET_BEFORE = re.compile(
    rf"(?<![\w.])(?:(?:av\.?|avenida)[ ]+)?{_TYPE}[ ]+\d{{1,3}}[a-z]?"
    r"(?:[ ](?:bis|[a-z]|sur|este|norte|oeste)(?![^\W\d_])){0,3}[ ]?\Z",
    re.I,
)
_SIDE_AFTER = re.compile(r"[ ](?:sur|este|norte|oeste)(?![^\W\d_])", re.I)


def find(text: str) -> list[Found]:
    """Every Colombian street line in `text` with its "# 65-59" after the street."""
    found: list[Found] = []
    if "-" not in text or not _QUICK.search(text):
        return found
    for cross in _CROSS.finditer(text):
        street = _STREET_BEFORE.search(text, max(0, cross.start() - 40), cross.start())
        if not street:
            continue
        side = _SIDE_AFTER.match(text, cross.end())
        found.append((street.start(), side.end() if side else cross.end(), "address"))
    return found
