"""Glued street words at the end of a phrase: "Adresse: 35 Schorpioenstraat", "bor på 577
Lystoftevej, sammen med", "(12 Kirkeveien)". The street words glued to the end of a name
("-straat", "-vej", "-veien", "-gatan") are triggers with the space after them
(`street_types.triggers`), so a street written number first ("144 Kadetvej", as the Danish,
Dutch, Icelandic and Baltic lines of Faker and mimesis write it) was read only inside running
text and not where it ends the note, a sentence or a bracket. The same word with a full stop,
comma, semicolon, bracket or line break after it is a trigger too; `street_types.street` then
asks what it always asks of a glued word with the number before it (a capitalised compound that
is no ordinary word, family name or town, a number that is no year).
"""

from __future__ import annotations

from functools import cache

from casebook.deid import address_words

ENDS = ".,;)\n"


@cache
def triggers() -> dict[str, str]:
    """Each glued street word with a character that ends a phrase after it."""
    return {f"{form}{c}": "street_dict" for form in address_words.glued_suffixes() for c in ENDS}
