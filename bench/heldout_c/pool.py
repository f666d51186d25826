"""Where held-out C's names come from: Faker locales, mimesis locales and its own lists.

`NamePool.draw(rng, origin)` returns a `Drawn` name: given name, family name, gender, origin
("sv", "fi", "ar", "so", "sami", ...) and the source of the given name ("faker", "mimesis",
"list"). Only Latin-script names are used (notes are typed in Swedish or English). Every word
of a name is also marked by whether some Faker locale lists it (`in_faker`), since a redactor's
name lexicon built from Faker would know those words and only context can find the others.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bench.heldout_c.namelists import DOUBLE_GIVEN, OWN, PARTICLE_FAMILY

# How often each origin is drawn (roughly Sweden's population by birth country, with the
# minorities of the north over-sampled so that they are measured).
ORIGINS: dict[str, int] = {
    "sv": 30, "fi": 8, "ar": 8, "ku": 3, "pl": 5, "fa": 6, "so": 5, "prs": 4, "ti": 4, "tr": 4,
    "bs": 4, "th": 3, "zh": 3, "in": 3, "cl": 4, "sami": 3, "tornedal": 3, "en": 2, "de": 1,
    "no": 1, "da": 1,
}  # fmt: skip

FAKER_LOCALES: dict[str, tuple[str, ...]] = {
    "sv": ("sv_SE",), "fi": ("fi_FI",), "pl": ("pl_PL",), "tr": ("tr_TR",), "bs": ("hr_HR",),
    "in": ("en_IN",), "cl": ("es_ES",), "en": ("en_GB", "en_US"), "de": ("de_DE",),
    "no": ("no_NO",), "da": ("da_DK",),
}  # fmt: skip
MIMESIS_LOCALES: dict[str, tuple[str, ...]] = {
    "sv": ("sv",), "fi": ("fi",), "pl": ("pl",), "tr": ("tr",), "bs": ("hr",), "cl": ("es",),
    "en": ("en", "en-gb"), "de": ("de",), "no": ("no",), "da": ("da",),
}  # fmt: skip

Lists = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]  # f, m, fam f/m


@dataclass(frozen=True, slots=True)
class Drawn:
    given: str
    family: str
    gender: str  # "f" or "m"
    origin: str
    source: str


def latin(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


def _clean(words: object) -> tuple[str, ...]:
    out = sorted({w.strip() for w in list(words) if isinstance(w, str)})  # type: ignore[call-overload]
    return tuple(w for w in out if latin(w) and " " not in w and len(w) >= 2 and w not in ODD
                 and w[0].isupper())  # fmt: skip


ODD = frozenset({"Namn", "Efternamn", "Förnamn", "Name", "Numbers"})  # placeholders, not names


def _faker(locale: str) -> Lists:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    female, male = _clean(provider.first_names_female), _clean(provider.first_names_male)
    family = _clean(provider.last_names) if len(provider.last_names) > 5 else ()
    return female, male, family, family


# mimesis' Scandinavian given names are largely medieval ("Sighfridh", "Annulv"): its family
# names are used for these locales, its given names are not.
MIMESIS_FAMILY_ONLY = frozenset({"sv", "no", "da"})


def _mimesis(locale: str) -> Lists:
    from mimesis import Locale, Person

    data = Person(Locale(locale))._dataset
    female, male = _clean(data["names"]["female"]), _clean(data["names"]["male"])
    if locale in MIMESIS_FAMILY_ONLY:
        female = male = ()
    surnames = data["surnames"]
    if isinstance(surnames, dict):
        return female, male, _clean(surnames["female"]), _clean(surnames["male"])
    return female, male, _clean(surnames), _clean(surnames)


def _own(origin: str) -> Lists:
    female, male, family = OWN[origin]
    fam_f = tuple(f.split("/")[-1] for f in family)
    fam_m = tuple(f.split("/")[0] for f in family)
    return female, male, fam_f, fam_m


@lru_cache(maxsize=1)
def _sources() -> dict[str, list[tuple[str, Lists]]]:
    out: dict[str, list[tuple[str, Lists]]] = {origin: [] for origin in ORIGINS}
    for origin, locales in FAKER_LOCALES.items():
        out[origin] += [("faker", _faker(loc)) for loc in locales]
    for origin, locales in MIMESIS_LOCALES.items():
        out[origin] += [("mimesis", _mimesis(loc)) for loc in locales]
    for origin in OWN:
        out[origin].append(("list", _own(origin)))
    zh = importlib.import_module("faker.providers.person.zh_CN").Provider
    given = _clean(zh.first_romanized_names)
    out["zh"].append(("faker", (given, given, *(2 * (_clean(zh.last_romanized_names),)))))
    return out


class NamePool:
    """Draws names; never the same full name twice, never a word that `taken` holds."""

    def __init__(self) -> None:
        self.sources = _sources()
        self.used: set[str] = set()

    def draw(self, rng: random.Random, origin: str | None = None, gender: str | None = None,
             taken: frozenset[str] = frozenset()) -> Drawn:  # fmt: skip
        for _ in range(200):
            drawn = self._one(rng, origin, gender)
            words = {w.lower() for w in f"{drawn.given} {drawn.family}".replace("-", " ").split()}
            full = f"{drawn.given} {drawn.family}"
            if full not in self.used and not words & taken:
                self.used.add(full)
                return drawn
        raise RuntimeError("the name pool ran dry")

    def _one(self, rng: random.Random, origin: str | None, gender: str | None) -> Drawn:
        origin = origin or rng.choices(list(ORIGINS), weights=list(ORIGINS.values()))[0]
        gender = gender or rng.choice("fm")
        sources = self.sources[origin]
        source, lists = sources[0] if rng.random() < 0.4 else rng.choice(sources)  # Faker first
        given_list = lists[0] if gender == "f" else lists[1]
        if not given_list:
            source, lists = next(s for s in sources if s[1][0 if gender == "f" else 1])
            given_list = lists[0] if gender == "f" else lists[1]
        given = rng.choice(given_list)
        family_lists = [s[1][2 if gender == "f" else 3] for s in sources]
        family = rng.choice(rng.choice([f for f in family_lists if f]))
        if origin == "sv" and rng.random() < 0.12:
            given, gender = rng.choice(DOUBLE_GIVEN)
            source = "list"
        if origin in ("sv", "ar") and rng.random() < 0.08:
            starts = ("al-",) if origin == "ar" else ("von ", "af ", "de ", "van ")
            family = rng.choice([p for p in PARTICLE_FAMILY if p.startswith(starts)])
        return Drawn(given, family, gender, origin, source)

    def third_party(self, rng: random.Random, taken: frozenset[str]) -> Drawn:
        """An unregistered person: any origin, sometimes a family name with "bin"."""
        drawn = self.draw(rng, taken=taken)
        if drawn.origin in ("ar", "so") and rng.random() < 0.2:
            family = rng.choice([p for p in PARTICLE_FAMILY if p.startswith("bin ")])
            drawn = Drawn(drawn.given, family, drawn.gender, drawn.origin, drawn.source)
        return drawn


@lru_cache(maxsize=1)
def faker_words() -> frozenset[str]:
    """Every given and family name (lower case) in any Faker locale's person provider."""
    import faker.providers.person as person

    words: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in ("first_names", "first_names_female", "first_names_male", "last_names",
                     "first_romanized_names", "last_romanized_names"):  # fmt: skip
            value = getattr(provider, attr, None)
            if isinstance(value, dict | list | tuple):
                words.update(str(w).lower() for w in value)
    return frozenset(words)


def in_faker(name: str) -> bool:
    """Whether every word of `name` is in some Faker name list ("al-" and particles aside)."""
    known = faker_words()
    parts = [p for p in name.replace("-", " ").lower().split() if p not in PARTICLE_WORDS]
    return all(p in known for p in parts)


PARTICLE_WORDS = frozenset("von af de la van der bin al".split())
