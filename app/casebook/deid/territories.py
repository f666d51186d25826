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

A territory that is also a given name of the lexicon ("Kenia", "Virginia") stays a name
where the context says person (`unregistered.py` asks the name lists first); one that is a
family name only ("Ruotsi", "Suomi": Finnish names its neighbours so) is left out of the name
lists there (`lexicon.lands_not_given`): alone it is the country, beside a given name a person.
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale

LANGUAGES = ("sv", "da", "nb", "nn", "fi", "de", "en")
# CLDR's groupings that name no place: the world, unions, pseudo-locales, "outlying" areas
_NOT_PLACES = frozenset({"001", "EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})


@lru_cache(maxsize=1)
def names() -> frozenset[str]:
    """Lower-case single-word territory names in `LANGUAGES` ("hellas", "noreg", "venäjä",
    "nordamerika", "europa")."""
    words: set[str] = set()
    for language in LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if code in _NOT_PLACES or " " in name or "-" in name or "’" in name:
                continue
            words.add(name.lower())
    return frozenset(words)
