"""Countries, continents and world regions by their names in the study's neighbours' languages.

`data/places.txt` holds the world's towns and countries by their main names in GeoNames,
mostly English or the country's own ("Greece", "Norway", "Finland"); a note in Norwegian
writes "Hellas", "Noreg" and "Europa", one in Finnish "Ruotsi" and "Venäjä", one in German
"Griechenland" and "Nordamerika", and such a word, which no name list knows, read like a
stranger's name. Babel (a dependency already, for the interface's languages) carries CLDR's
territory names in every language: the single-word names of countries and of continents and
world regions in Swedish, Danish, Norwegian (both written forms), Finnish, German and English
are places too (`lexicon.places`). Not the pseudo-regions and unions ("World", "FN", "EU",
"eurozone"), which are ordinary words or acronyms.

CLDR names the parts of a continent or a country by a word of direction before its name
("North America", "Central America", "Nord-Amerika", "Pohjois-Amerikka", "South Korea",
"Western Europe"), and the name after that word is the whole place ("America", "Korea"),
which English CLDR never lists alone: such a last word is a territory too (`regions`).

A territory that is also a given name of the lexicon ("Kenia", "America") is a name only
where the context says person, as an ordinary word that is a name is ("Kenia ringde", "met
America"; `unregistered.py`), and a registered one always; the three that English speakers
commonly bear ("Jordan", "Chad", "Georgia") stay names as any given name does; one that is a
family name only ("Ruotsi", "Suomi": Finnish names its neighbours so) is left out of the name
lists there (`lexicon.lands_not_given`): alone it is the country, beside a given name a person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale

LANGUAGES = ("sv", "da", "nb", "nn", "fi", "de", "en")
# CLDR's groupings that name no place: the world, unions, pseudo-locales, "outlying" areas
_NOT_PLACES = frozenset({"001", "EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})


# Words of direction or position that open CLDR's names of parts of a place, in `LANGUAGES`
# (a closed class of each language: the compass points, their adjectives, "central", "middle").
_DIRECTIONS = frozenset(
    """north south east west northern southern eastern western central middle southeast
    norra södra nordlige sydlige nordlig sydlig
    nord sør syd øst vest aust sentral mellom sørøst søraust nordlige nordlege sørlige sørlege
    pohjois etelä itä länsi keski väli kaakkois pohjoinen eteläinen
    nord süd ost west zentral mittel nördliches südliches""".split()
)
_PARTS = re.compile(r"[ -]")


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """Lower-case last words of CLDR's two-part names that open with a word of direction
    ("North America", "Nord-Amerika", "Pohjois-Amerikka" -> "america", "amerika", "amerikka")."""
    words: set[str] = set()
    for language in LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            parts = _PARTS.split(name)
            if code in _NOT_PLACES or len(parts) != 2 or parts[0].lower() not in _DIRECTIONS:
                continue
            if parts[1].isalpha() and parts[1][:1].isupper():
                words.add(parts[1].lower())
    return frozenset(words)


@lru_cache(maxsize=1)
def names() -> frozenset[str]:
    """Lower-case single-word territory names in `LANGUAGES` ("hellas", "noreg", "venäjä",
    "nordamerika", "europa"), and the `regions` ("america")."""
    words: set[str] = set()
    for language in LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if code in _NOT_PLACES or " " in name or "-" in name or "’" in name:
                continue
            words.add(name.lower())
    return frozenset(words | regions())
