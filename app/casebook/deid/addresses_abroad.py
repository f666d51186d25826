"""American and Turkish addresses as those countries write them, beside `addresses.py`:

- American: a state and a ZIP code after the city ("9072 Lincoln St, Apt 18, Albany, NY
  12292"), with the street (and a direction before its name, "1297 W Division St") and the
  apartment before them when they are there.
- Turkish: a street with "Cad." / "Caddesi" / "Sok." / "Sokak", then "No: 12" and a flat
  ("D: 5", "Daire 5"), then "District/City" ("Atatürk Cad. No: 112 D: 14, Çankaya/Ankara").
"""

from __future__ import annotations

import re

from casebook.deid import address_tails, vocab
from casebook.deid.addresses import U

Found = tuple[int, int, str]

_WORD = rf"{U}[^\W\d_]+"
_US_TYPES = (
    r"(?:St|Ave|Blvd|Rd|Dr|Ln|Way|Ct|Pl|Pkwy|Hwy|Street|Avenue|Road|Drive|Lane|Boulevard|"
    r"Court|Place|Terrace|Circle)"
)
_US_BEFORE = re.compile(
    rf"(?:(?<![\w])\d{{1,6}}[ ]+(?:[NSEW]\.?[ ]+)?(?:{_WORD}[ ]+){{1,3}}{_US_TYPES}\.?,[ ]*"
    rf"(?:(?:Apt|Unit|Suite|#)\.?[ ]?\w{{1,5}},[ ]*)?)?"
    rf"{_WORD}(?:[ ]{_WORD})?,[ ]*[A-Z]{{2}}[ ]\Z"
)
# The street's name, in any case ("atatürk cad."), or its number ("1443. Cad.", "7. Sk.").
_TR_LEAD = re.compile(r"(?:(?:[^\W\d_]+|\d{1,4}\.)[ ]){1,3}\Z")
# "No: 12", or a bare house number after a capitalised street word ("Moda Cad. 12/4"); the
# flat after it ("/3", "D: 5", "Daire 5", "K:3 D:6"), a postcode, then "District/City" or
# ", District, City".
_TR_NUMBER = (  # "12", "12/4", "122/A"
    r"\d{1,4}[A-Za-z]?(?:[ ]?/[ ]?(?:\d{1,3}[A-Za-z]?|[A-Z](?![^\W\d_])))?(?![\d.,:/-]?\d)"
)
_TR_FLAT = r"(?:[ ,/]*(?i:d|daire|k|kat)[:.]?[ ]?\d{1,3}(?!\d))"
_TR_PLACE = (
    r"(?:(?:,[ ]*[^\W\d_]{2,}(?:[ ]?/[ ]?[^\W\d_]{2,})?"  # ", konak" in any case
    rf"|,?[ ]*{_WORD}(?:[ ]?/[ ]?{_WORD})?)(?![ ]?\d))"
)
_TR_REST = re.compile(
    rf"[ ]*(?i:no)[:.]?[ ]?{_TR_NUMBER}{_TR_FLAT}{{0,2}}(?:[ ]*,?[ ]*\d{{5}}(?!\d))?{_TR_PLACE}?"
    rf"(?:,[ ]*{_WORD}(?=[ ]*(?:[.,;\n]|\Z)))?"
)
_TR_BARE = re.compile(
    rf"[ ]*{_TR_NUMBER}{_TR_FLAT}{{0,2}}(?:[ ]*,?[ ]*\d{{5}}(?!\d))?{_TR_PLACE}?"
    rf"(?:,[ ]*{_WORD}(?=[ ]*(?:[.,;\n]|\Z)))?"
)
# Street words whose capitalised form is Turkish only: "CAD" (coronary artery disease) and
# "Sk" stand in English notes, but "Cad." with its full stop, "Caddesi", "Sokak" do not.
_TR_CAPITALISED = frozenset(("cad.", "caddesi", "sok.", "sokak", "sk.", "bulvarı"))
# Trigger words (lower case, with the space after them; the scanner adds the one before).
TURKISH_STREET_WORDS = ("cad. ", "cad ", "caddesi ", "sok. ", "sokak ", "sk. ", "bulvarı ")


def us_zip(text: str, start: int, end: int) -> Found | None:
    """text[start:end] is five digits: an American address when a city and a two-letter
    state stand right before them ("Albany, NY 12292"), with the street before that."""
    before = _US_BEFORE.search(text, max(0, start - 90), start)
    return (before.start(), end, "address") if before else None


def turkish_street(text: str, low: str, start: int, end: int, n: int) -> Found | None:
    """A Turkish street word at low[start:end] (with the space before and after it): the
    capitalised name before it, "No: 12", a flat and "District/City" after it."""
    lead = _TR_LEAD.search(text, max(0, start - 40), start + 1)
    rest = _TR_REST.match(text, end - 1)
    word = text[start + 1 : end - 1]
    if not rest and word[:1].isupper() and word[1:2].islower() and word.lower() in _TR_CAPITALISED:
        rest = _TR_BARE.match(text, end - 1)  # "Kazım Karabekir Cad. 12/4", "Sokak 5 K:3 D:6"
        if rest and address_tails.AMOUNT_AFTER.match(text, rest.end()):
            return None  # "Lale Sokak 5 times": a count
    if not lead or not rest or rest.end() <= end:
        return None
    begin = lead.start()
    known = vocab.known_words()
    while begin < start and text[begin:start].split(" ", 1)[0].lower() in known:
        begin = text.index(" ", begin) + 1  # "Hembesök İnönü Cad.": the street alone
    return (begin, rest.end(), "address") if begin < start else None
