"""Where held-out B's names come from: mimesis's locales, and the lists in `namelists`.

`NameSource(seed)` draws a (given, family) pair for a source code: a mimesis locale ("sv",
"no", "da", "fi", "en", "en-gb", "de", "pl", "tr", "es", "fr", "it", "nl", "pt", "cs", "hu",
"hr", "is", "et"), a mimesis locale in Swedish transliteration ("ru", "uk", "el"), or a list
written here ("so", "ti", "ku", "bs", "ar", "fa"). `in_faker(words)` says whether every word is
in one of Faker's name lists, so the report can tell the names a lexicon built from Faker would
know from those only context can find.
"""

from __future__ import annotations

import functools
import random
import zlib

from mimesis import Person
from mimesis.enums import Gender

from bench.heldout_b.namelists import HAND_WRITTEN, transliterate

MIMESIS = ("sv", "no", "da", "fi", "en", "en-gb", "de", "pl", "tr", "es", "fr", "it", "nl", "pt",
           "cs", "hu", "hr", "is", "et")  # fmt: skip
TRANSLITERATED = ("ru", "uk", "el")
SOURCES = MIMESIS + TRANSLITERATED + tuple(HAND_WRITTEN)


def stable_seed(*parts: object) -> int:
    """A seed from the parts that does not change between runs (str hashes do)."""
    return zlib.crc32("/".join(map(str, parts)).encode())


class NameSource:
    """Given and family names by source, deterministic for a seed and the pinned mimesis."""

    def __init__(self, seed: int) -> None:
        self._seed = seed
        self._rng = random.Random(stable_seed(seed, "names"))
        self._people: dict[str, Person] = {}

    def _person(self, locale: str) -> Person:
        if locale not in self._people:
            self._people[locale] = Person(locale, seed=stable_seed(self._seed, locale))
        return self._people[locale]

    def pair(self, source: str, female: bool) -> tuple[str, str]:
        if source in HAND_WRITTEN:
            given, family = HAND_WRITTEN[source]
            return self._rng.choice(given), self._rng.choice(family)
        gender = Gender.FEMALE if female else Gender.MALE
        person = self._person(source)
        given, family = person.first_name(gender), person.last_name(gender)
        if source in TRANSLITERATED:
            given, family = transliterate(given, source), transliterate(family, source)
        return given, family


@functools.cache
def faker_names() -> frozenset[str]:
    """Every given and family name (lower case) in Faker's person providers, all locales."""
    import importlib
    import pkgutil

    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
            listed = getattr(provider, attr, ())
            if not isinstance(listed, (list, tuple, dict)):
                continue
            for name in listed:
                names.update(w.lower() for w in str(name).replace("-", " ").split())
    return frozenset(names)


def in_faker(words: str) -> bool:
    known = faker_names()
    return all(w.lower() in known for w in words.replace("-", " ").split())
