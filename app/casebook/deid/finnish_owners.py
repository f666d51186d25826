"""A stranger in the Finnish genitive before a postposition of a person's company or home or
before a relative: "Xhevdetin kanssa" (with Xhevdet), "asuu Xhevdetin luona" (at Xhevdet's),
"Xhevdetin äiti soitti" (Xhevdet's mother).

A capitalised word nobody knows is a name only where the setting says so (`unregistered`
rule 7). In Finnish a person's company and home are said by the genitive before "kanssa",
"luona", "luokse", "luota", "kera", and a relative by the genitive before the relation
("äiti", "veljensä"): bodies and places take other postpositions ("Kelan mukaan", "Helsingin
kautta", "Tampereen lähellä"), which are left out, and a town is no one's mother. Where a
published Finnish sentence has "hänen kanssaan", "hänen luonaan" or "hänen äitinsä", a note
writes the person's genitive; the word must end as a genitive does ("-n") and be no known
word (the caller passes only class U), nor a town's genitive ("Oulun luona", near Oulu;
`name_inflection.bases`).
"""

from __future__ import annotations

import re

from casebook.deid import lexicon
from casebook.deid.name_inflection import bases

# Postpositions of company and home (with and without the possessive suffix).
COMPANY = frozenset(
    {
        "kanssa",
        "kanssaan",
        "luona",
        "luonaan",
        "luokse",
        "luokseen",
        "luota",
        "luotaan",
        "kera",
    }
)
# Relatives, bare and with the third person's possessive suffix ("äitinsä", "veljensä").
KIN = frozenset(
    {
        "äiti",
        "isä",
        "veli",
        "sisko",
        "sisar",
        "vaimo",
        "mies",
        "aviomies",
        "puoliso",
        "avopuoliso",
        "poika",
        "tytär",
        "lapsi",
        "lapset",
        "ystävä",
        "naapuri",
        "tyttöystävä",
        "poikaystävä",
        "serkku",
        "täti",
        "setä",
        "eno",
        "mummo",
        "vaari",
        "isoäiti",
        "isoisä",
        "äitinsä",
        "isänsä",
        "veljensä",
        "siskonsa",
        "sisarensa",
        "vaimonsa",
        "miehensä",
        "aviomiehensä",
        "puolisonsa",
        "avopuolisonsa",
        "poikansa",
        "tyttärensä",
        "lapsensa",
        "ystävänsä",
        "naapurinsa",
        "tyttöystävänsä",
        "poikaystävänsä",
        "serkkunsa",
        "tätinsä",
        "setänsä",
        "enonsa",
        "mumminsa",
        "mummonsa",
        "isoäitinsä",
        "isoisänsä",
    }
)
_NEXT = re.compile(r"[ \t]+([^\W\d_]+)")


def owner(low: str, start: int, end: int) -> bool:
    """Whether the unknown word low[start:end] is a genitive ("-n", four letters or more, or
    a foreign name with ":n", "Xhevdet:n") right before a postposition of company or home
    or a relative."""
    if low.startswith(":n", end):
        after = end + 2
    elif end - start >= 4 and low[end - 1] == "n":
        after = end
    else:
        return False
    following = _NEXT.match(low, after)
    if following is None or not (following.group(1) in COMPANY or following.group(1) in KIN):
        return False
    places = lexicon.places()
    return not any(base in places for base in bases(low[start:end]))
