"""Given names of Python Faker's person providers, for the benches that put names in text.

first_names(("sv_SE", "no_NO"))   # lower case, every first-name list of those locales
"""

from __future__ import annotations

import importlib
from functools import cache


@cache
def first_names(locales: tuple[str, ...]) -> frozenset[str]:
    """Lower-case first names (plain, male and female lists) of Faker's `locales`."""
    names: set[str] = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            found = getattr(provider, attr, ())
            names.update(n.lower() for n in (found.keys() if isinstance(found, dict) else found))
    return frozenset(names)
