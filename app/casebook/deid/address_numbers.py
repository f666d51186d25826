"""The rest of a house number that the street rules stop short of, read around an address
found (`addresses.widen` calls both functions on every one):

- after it: "bis", "ter", "quater" as France, Italy and Spain write them ("Rue Victor Hugo 5
  bis"); Colombia's cross street and distance after "#" or "No." ("Calle 16 # 4-8", "Carrera
  8K # 2-91 Sur", "Cr. 5 Bis # 12-6 Sur"); a Finnish staircase and flat ("Aleksanterinkatu 3
  b 14", "Mannerheimintie 5 B as. 12"; not "Storgatan 5 i 3 år"); a Dutch addition ("Kerkstraat
  12-II", "12 hoog", "6 hs");
- before it: a house number with "bis" or "ter" before a street ("12 bis rue Victor Hugo", "5
  ter, avenue Foch").

Each reads only at an address already found: none of these forms makes an address alone.
"""

from __future__ import annotations

import re

_REST = re.compile(
    r"(?:[ ](?:bis|ter|quater)(?![^\W\d_]))?"
    r"(?:[ ]?(?:#|n[º°o]\.?)[ ]?\d{1,3}[A-Za-z]?-\d{1,3}(?![\d/-])"
    r"(?:[ ](?:sur|este|norte|oeste|bis)(?![^\W\d_]))?"
    r"|[ ]as\.[ ]?\d{1,3}(?![\d/-])"
    r"|(?-i:[ ](?:[A-Z]|[b-df-hj-np-tv-xz])[ ]\d{1,3}(?![\d/,-]))"
    # The Netherlands' addition after the number (PostNL): a floor in Roman figures, a letter
    # after a hyphen, "hoog" (upstairs), "huis"/"hs" (ground floor), "bg", "boven", "beneden"
    # ("Kerkstraat 12-II", "12-A", "12 hoog", "6 hs").
    r"|(?-i:-(?:I{1,3}|IV|[A-Za-z])|[ ](?:I{1,3}|IV))(?![^\W\d_]|-\w)"
    r"|[ -](?:hoog|huis|hs|bg|boven|beneden)(?![^\W\d_]|-\w))?",
    re.IGNORECASE,
)
_ENDS_IN_NUMBER = re.compile(r"(?<![^\W\d_])\d{1,5}[A-Za-z]?\Z|(?<=\d)[ ][A-Za-z]\Z")
_BEFORE = re.compile(r"(?<![\w.,:/-])\d{1,5}[ ](?:bis|ter|quater),?[ ]+\Z", re.IGNORECASE)


def rest_end(text: str, end: int) -> int:
    """The end of an address that stops at `end` with a house number, over "bis", a Colombian
    "# 4-8 Sur" or a Finnish "as. 12" after it, else `end`."""
    if not _ENDS_IN_NUMBER.search(text, max(0, end - 8), end):
        return end
    match = _REST.match(text, end)
    return match.end() if match else end


def rest_start(text: str, start: int) -> int:
    """The start of an address at `start` with "12 bis " before it, else `start`."""
    match = _BEFORE.search(text, max(0, start - 14), start)
    return match.start() if match else start
