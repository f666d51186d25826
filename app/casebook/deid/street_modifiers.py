"""The position words of a Nordic street name, read around a street already found: Norway,
Denmark and Sweden name a street's upper, lower, old or northern part with a word written
apart from the street word, before it capitalised ("Øvre Slottsgate 12", "Gamle Drammensvei
3", "Nørre Voldgade 5", "Södra Förstadsgatan 4") or after it in lower case ("Tindvegen nedre
44B", "Bygdøy allé søndre 2"), as the national address registers write them (Kartverket's
matrikkel, DAR, Lantmäteriet's belägenhetsadress).

Neither form makes an address alone: `widen_start` moves the start of an address found over
a capitalised word before it, `number_after` lets a glued street word read its house number
after a lower-case word of this list.
"""

from __future__ import annotations

import re

# Norwegian (bokmål and nynorsk), Danish and Swedish: above, below, old, new, great, little,
# inner, outer, middle and the four quarters.
WORDS = frozenset(
    (
        "øvre nedre gamle gamla gammel nye nya ny store stora lille lilla indre inre ytre yttre "
        "midtre nordre søndre søre sønder østre vestre vester øster nørre norra södra östra "
        "västra øvste nedste"
    ).split()
)
_WORDS = "|".join(sorted(WORDS, key=len, reverse=True))
_BEFORE = re.compile(rf"(?<![^\W\d_])(?i:{_WORDS})[ ]\Z")
_AFTER = re.compile(rf"[ ]?(?:{_WORDS})[ ](?=\d)")


def widen_start(text: str, start: int) -> int:
    """The start of an address at `start` (a capitalised street name) with a capitalised
    position word right before it ("Øvre Slottsgate 12"), else `start`."""
    if start < 3 or not text[start].isupper():
        return start
    match = _BEFORE.search(text, max(0, start - 8), start)
    if not match or not text[match.start()].isupper():
        return start
    return match.start()


def number_after(text: str, at: int) -> int:
    """Where a house number may start after a street word ending before `at`: past a
    lower-case position word ("Tindvegen nedre 44B"), else `at`."""
    match = _AFTER.match(text, at)
    return match.end() if match else at
