"""The position words of a Nordic street name, read around a street already found: Norway,
Denmark and Sweden name a street's upper, lower, old or northern part with a word written
apart from the street word, before it capitalised ("Øvre Slottsgate 12", "Gamle Drammensvei
3", "Nørre Voldgade 5", "Södra Förstadsgatan 4") or after it in lower case ("Tindvegen nedre
44B", "Bygdøy allé søndre 2"), as the national address registers write them (Kartverket's
matrikkel, DAR, Lantmäteriet's belägenhetsadress).

Streets are named after a person with a title or a particle written apart too, which the
street word glued to the family name leaves out: "Burgemeester de Vlugtlaan 125", "Sint
Jansstraat 5A", "Van Woustraat 18", "Prins Hendrikkade 12", "Dronning Mauds gate 3".

None of these forms makes an address alone: `widen_start` moves the start of an address
found over a capitalised word of these lists before it, `number_after` lets a glued street
word read its house number after a lower-case position word.
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
# The titles of the people streets are named after, in Dutch, Flemish and the Nordic
# languages (with "St." and "Burg." as street signs abbreviate them).
TITLES = frozenset(
    (
        "Sint St Burgemeester Burg Prins Prinses Koning Koningin Graaf Gravin Hertog Dokter "
        "Professor Prof Generaal Kapitein Pastoor Pater Kardinaal Bisschop Admiraal "
        "Kolonel Meester Kong Dronning Kronprins Kronprinsesse Prinsesse Drottning Kung "
        "Prinsessan Biskop Kaptein Doktor General"
    ).split()
)
_WORDS = "|".join(sorted(WORDS, key=len, reverse=True))
_TITLES = "|".join(sorted(TITLES, key=len, reverse=True))
_PARTICLES = r"(?:van|de|der|den|ter|ten|von|'t)"
_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:(?i:{_WORDS})|(?:{_TITLES})\.?(?:[ ]{_PARTICLES}){{0,2}}"
    rf"|(?:Van|De|Ter|Ten|Von)(?:[ ](?:der|den|de))?)[ ]\Z"
)
_AFTER = re.compile(rf"[ ]?(?:{_WORDS})[ ](?=\d)")


def widen_start(text: str, start: int) -> int:
    """The start of an address at `start` (a capitalised street name) with capitalised
    position words, titles or particles right before it ("Øvre Slottsgate 12", "Burgemeester
    de Vlugtlaan 125", "Van Woustraat 18"), else `start`."""
    for _ in range(3):
        if start < 3 or not text[start].isupper():
            return start
        match = _BEFORE.search(text, max(0, start - 30), start)
        if not match or not text[match.start()].isupper():
            return start
        start = match.start()
    return start


def number_after(text: str, at: int) -> int:
    """Where a house number may start after a street word ending before `at`: past a
    lower-case position word ("Tindvegen nedre 44B"), else `at`."""
    match = _AFTER.match(text, at)
    return match.end() if match else at
