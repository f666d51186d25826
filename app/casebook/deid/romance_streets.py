"""Streets of France, Belgium, Switzerland, Quebec, the Maghreb, Spain, Portugal and Latin
America whose type word, written in lower case as those countries write it, is also an
English word ("rue", "avenue", "boulevard", "impasse", "promenade"), so that `street_types.street`
reads it as a street only with a postcode after it. The same type capitalised, as many write
it too ("5 Rue des Lilas", "4 Impasse du Moulin", "11 Boulevard Saint Germain"), is read the
same way where `street_types` found no other street. Two shapes are streets without one:

- the house number, the type and a capitalised name, as France, Quebec and Algeria write it:
  "71 rue Mohammedi", "18828 boulevard Gilles", "916 allé Bernard", "16 rue de la Gare";
- the type, a capitalised name and the house number, as Switzerland, Belgium and Italy write
  it: "rue Thorens 76", "avenue Arthur Carraux 40", "avenue de Grand 4".

The name must hold a word that is no ordinary word ("Mohammedi", not "North", "Hospital") or
a Romance particle ("de la", "du", "des"), which English prose does not put there; the number
after the name no year, count, time or decimal ("avenue Foch 3 times", "2019", "12.5").
"""

from __future__ import annotations

import re

from casebook.deid import address_words, count_words, vocab

Found = tuple[int, int, str]

# Not "route", "place" or "via": "bus 47 route Arlanda", "came 2 place Jones", "paid 50 via
# Swish" are no streets.
TYPES = frozenset(
    "rue rues avenue avenues boulevard impasse esplanade promenade allée allé chemin quai "
    "ruelle sentier largo travessa alameda calle avenida".split()
)
PARTICLES = frozenset(
    "de des del della delle degli dei di da do dos das du la las los le les lo".split()
)

_NAME_WORD = rf"(?:[dl]['’])?{address_words.U}[^\W\d_]+(?:[-'’][^\W\d_]+)*"
_PARTICLE = r"(?i:de|des|del|della|delle|degli|dei|di|da|do|dos|das|du|la|las|los|le|les|lo)"
# One to four capitalised words, particles among them: "de la Gare", "Arthur Carraux".
_NAME = re.compile(
    rf"(?:(?:{_PARTICLE}|[dl]['’])[ ]+)*{_NAME_WORD}(?:[ ]+(?:{_PARTICLE}[ ]+)*{_NAME_WORD}){{0,3}}"
)
_NUMBER_BEFORE = re.compile(
    r"(?<![\w.,:/%-])\d{1,5}[A-Za-z]?(?:[ ](?:bis|ter|quater))?,?[ ]+\Z", re.IGNORECASE
)
_NUMBER_AFTER = re.compile(
    r"[ ](?:n[°º]|no\.?)?[ ]?(?!(?:19|20)\d\d(?!\d))\d{1,5}(?!\d)[A-Za-z]?(?![^\W\d_])"
    r"(?:[/-]\d{1,4}(?!\d))?(?![.,:]\d|[ ]?%)",
    re.IGNORECASE,
)
# A count or an amount after the number (`count_words.py`), and the people and pages an
# English sentence counts after a street's name and a comma ("Calle Ocho, 5 people came",
# "Rue Cler, 3 pages"): no house number.
_COUNT_AFTER = count_words.after(
    count_words.AFTER_A_HOUSE_NUMBER | set("time people person persons page pages".split()),
    "[ ]+",
    flags=re.IGNORECASE,
)


def street(text: str, start: int, end: int) -> Found | None:
    """text[start:end] is a lower-case street type and the space after it ("rue "): the street
    around it in one of the two shapes above, or None."""
    form = text[start : end - 1].lower()
    if form not in TYPES or not text[start + 1 : end - 1].islower():
        return None  # "rue" or "Rue" ("5 Rue des Lilas"), not a heading's "RUE"
    name = _NAME.match(text, end)
    if not name or not _named(name.group()):
        return None
    before = _NUMBER_BEFORE.search(text, max(0, start - 14), start)
    if before:
        return before.start(), name.end(), "address"
    if start and text[start - 1].isalnum():
        return None
    number = _NUMBER_AFTER.match(text, name.end())
    if not number or _COUNT_AFTER.match(text, number.end()):
        return None
    return start, number.end(), "address"


def _named(name: str) -> bool:
    """Whether a street's name holds a Romance particle or a word that is no ordinary word."""
    known = vocab.known_words()
    for word in name.split():
        lower = word.lower()
        if lower in PARTICLES or lower[:2] in ("d'", "l'", "d’", "l’"):
            return True
        if lower not in known:
            return True
    return False
