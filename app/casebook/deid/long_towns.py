"""Towns whose names run to three words or more ("Salt Lake City", "West Palm Beach", "Bury
St Edmunds"), after the postcode of an address found.

The address rules read a town of one or two capitalised words after a postcode ("43931 Salt
Lake"): a third may open the next sentence in a note typed without full stops ("82806 Paris
Max dose reached"), and a town's words are mostly ordinary ones ("salt", "lake", "city"), so
neither the case nor the dictionary tells it. A published name does: the words after the
postcode, with the one or two capitalised words after them (a short particle in lower case
between, "8622 Mo i Rana", "60311 Frankfurt am Main"), are the town when together they are a
place of GeoNames' cities (`data/places_long.txt`, names of three words or more, made by
`bench/build_long_places.py`); the address then goes on to the end of that name.
"""

from __future__ import annotations

import re

from casebook.deid import vocab

_LONGEST = (
    5  # words in a town's name the list reads ("Palm Beach Gardens", "Rancho Santa Margarita")
)
# The town's words after a postcode's last digit (or a British postcode's letters), to `end`.
_TOWN_BEFORE = re.compile(
    r"\d(?:[A-Z]{2})?[ \u00a0]+((?:[^\W\d_][\w.'’]*[ -]){0,3}[^\W\d_][\w.'’]*)\Z"
)
# A capitalised word after the town (a hyphen or a space between), or a particle inside its
# name, of three letters at most ("Mo i Rana", "Frankfurt am Main").
_PARTICLE = 3
_NEXT_WORD = re.compile(r"([ -])([^\W\d_][\w'’]*\.?)")


def _names() -> frozenset[str]:
    return vocab._read("places_long.txt")


def town_end(text: str, end: int) -> int:
    """The end of an address that stops at `end` after the first words of a town after its
    postcode ("…, 43931 Salt Lake" + " City"): the end of the longest published place of
    three words or more that those words and the capitalised words after them make, else
    `end`."""
    before = _TOWN_BEFORE.search(text, max(0, end - 60), end)
    if before is None or not text[before.start(1)].isupper():
        return end
    words = before.group(1)
    best = end
    at = end
    for _ in range(_LONGEST - len(re.split(r"[ -]", words))):
        word = _NEXT_WORD.match(text, at)
        if word is None:
            break
        lower = not word.group(2)[0].isupper()
        if lower and (len(word.group(2)) > _PARTICLE or word.group(1) != " "):
            break  # a word of the sentence; a town's particle is short ("Mo i Rana")
        words += word.group(0)
        at = word.end()
        if lower:
            continue  # a particle inside the name ends no town: its last word is capitalised
        if words.lower() in _names():
            best = at
        elif words.lower().rstrip(".") in _names():
            best = at - 1  # (the sentence's full stop)
    return best
