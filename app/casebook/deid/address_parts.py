"""Parts of an address that our own generators never wrote, read around an address found by
`patterns.py` and `addresses.py` (`addresses.widen` calls `widen_after` on every one):

- a floor, flat or entrance after the street and number, in the forms of several countries:
  ", 2nd floor", ", floor 3", ", vån 3", ", våning 2", " lgh 1102", ", uppgång B", ", apt 4",
  Polish " m. 4" (mieszkanie);
- then a postcode and a town (", 00-123 Warszawa", ", 541 30 Skövde");
- or, as English and Swedish write it without a postcode, the town alone after a comma when
  the sentence or line ends there ("12 Elm Road, Croydon.", "Storgatan 12, Skövde").

Also the street words written apart after a capitalised name ("Thereses gate 43", "Vilniaus
g. 8-34", "Kossuth Lajos utca 12", read by `addresses.foreign_street`) and street types
written first ("Calle Mayor 5", read by `addresses.street_prefix`).
"""

from __future__ import annotations

import re

# A capital letter of any Latin script, as `addresses.U`.
_UP = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper() and c.isalpha())
U = f"[{_UP}]"
# Street words written as a word of their own after the name: Norwegian, Danish, Latvian,
# Hungarian, Estonian, Lithuanian ("g." for gatvė).
SEPARATE_STREET_WORDS = frozenset("gate vei veg vej gade iela utca tänav g.".split())
# Street types written first, capitalised, before the name: "Calle Mayor 5", "Rua Augusta
# 12", "Piazza Navona 3" (not "via": "came via Turkey 2015").
STREET_PREFIXES = ("calle ", "avenida ", "rua ", "piazza ", "viale ", "corso ")

_PART = (
    r"(?:\d{1,2}(?:st|nd|rd|th|:e|:a)?[ ]+(?:floor|fl\.?|vån\.?|våningen)"
    r"|\d{1,2}[ºªo](?:[ ]?[A-Z](?![^\W_]))?"  # Spanish "3º B" (read as "3o B")
    r"|(?:floor|vån\.?|våning|plan|lgh|lägenhet|apt\.?|apartment|flat|m\.|uppgång|entrance|"
    r"port|ingång)[ ]+[0-9A-Z]{1,4}(?![^\W_]))"
)
_AFTER = re.compile(rf"(?:[ ]*,[ ]*|[ ]+){_PART}(?:[ ]*,[ ]*{_PART})?")
_POSTAL = re.compile(
    rf"[ ]*,?[ ]*(?:\d{{2}}-\d{{3}}|\d{{3}}[ ]\d{{2}}|\d{{4,5}})[ ]+{U}[^\W\d_]+"
    rf"(?:[ -]{U}[^\W\d_]+)?"
)
# A town alone after a comma, where the sentence or line ends.
_TOWN_ENDING = re.compile(rf"[ ]*,[ ]*{U}[^\W\d_]+(?:[ -]{U}[^\W\d_]+)?(?=[ ]*(?:[.;\n]|$))")


def widen_after(text: str, end: int) -> int:
    """The end of an address that stops at `end`, over a floor, flat or entrance, a postcode
    and town, or a town alone that ends the sentence."""
    part = _AFTER.match(text, end)
    if part:
        end = part.end()
    postal = _POSTAL.match(text, end)
    if postal:
        return postal.end()
    town = _TOWN_ENDING.match(text, end)
    return town.end() if town else end


# A capitalised genitive before a street written as one word: "Mossens Ängsväg 10",
# "Kvarnens Backe 3" (the name of the street is both words).
_GENITIVE_BEFORE = re.compile(rf"(?<![^\W\d_]){U}[^\W\d_]+s[ ]\Z")


def widen_before(text: str, start: int) -> int:
    """The start of an address at `start` with a genitive before its street, else `start`."""
    if start < 3 or not text[start].isupper():
        return start
    match = _GENITIVE_BEFORE.search(text, max(0, start - 30), start)
    return match.start() if match else start
