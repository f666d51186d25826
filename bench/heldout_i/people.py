"""The study's people and places, and the ways a note writes a name.

Registered people come from Faker locales (mostly Swedish, then the neighbours, English and
the larger immigrant groups, written in Latin letters); unregistered third parties from
mimesis, a second generator, so no registered name list is also the unregistered one. Some
registered given names are also ordinary words (Per, Bo, My, Love, Will, May ...).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from casebook.deid.registry import PERSON, PLACE, NameEntry
from mimesis import Locale, Person

from bench.heldout_i.build_real import HOMOGRAPHS
from bench.heldout_i.values import _mimesis, faker

REGISTERED_LOCALES = ("sv_SE",) * 8 + ("fi_FI", "no_NO", "da_DK", "en_GB", "pl_PL",
                      "tr_TR", "de_DE", "uz_UZ", "az_AZ", "tw_GH", "yo_NG", "vi_VN",
                      "id_ID", "nl_NL")  # fmt: skip
UNREGISTERED_LOCALES = (Locale.SV, Locale.SV, Locale.SV, Locale.FI, Locale.NO, Locale.DA,
                        Locale.EN, Locale.EN_GB, Locale.DE, Locale.PL, Locale.TR, Locale.IS,
                        Locale.ET, Locale.HU, Locale.CS, Locale.HR, Locale.ES, Locale.IT,
                        Locale.NL, Locale.AZ)  # fmt: skip
# Registered people whose given name is also a word, as Casebook's studies have them.
WORD_GIVEN = ("Per", "Bo", "Hans", "Sten", "Dag", "Saga", "Klara", "Liv", "Vilja", "Stig",
              "Björn", "My", "Love", "Will", "May", "Mark", "Bill", "Rose", "Hope", "Grace",
              "Frank", "Iris", "Linnea", "Ray", "Sue", "Joy", "Robin", "Ruby")  # fmt: skip
NICKNAMES = {"Kristina": "Kicki", "Margareta": "Maggan", "Elisabeth": "Lisa", "William": "Wille",
             "Robert": "Robban", "Charlotte": "Lotta", "Katarina": "Kattis", "Thomas": "Tompa",
             "Johanna": "Hanna", "Alexander": "Alex", "Susanne": "Sussie", "Christer": "Criss",
             "Andreas": "Andy", "Magnus": "Manne", "Mikael": "Micke", "Anders": "Adde"}  # fmt: skip


@dataclass(frozen=True)
class Person_:
    key: str | None  # None: nobody registered this person
    given: str
    family: str


def _clean(name: str) -> str:
    return " ".join(w for w in name.split() if w.isalpha() or "-" in w)


Registry = tuple[list[NameEntry], list[Person_], list[NameEntry]]


def build_registry(rng: random.Random, people: int = 96) -> Registry:
    """(registry entries, registered people, registered places)."""
    entries: list[NameEntry] = []
    persons: list[Person_] = []
    seen: set[str] = set()
    words = list(WORD_GIVEN)
    rng.shuffle(words)
    while len(persons) < people:
        f = faker(rng.choice(REGISTERED_LOCALES))
        given, family = _clean(f.first_name()), _clean(f.last_name())
        if words and rng.random() < 0.3:
            given = words.pop()
        if not given or not family or given.lower() in HOMOGRAPHS and given not in WORD_GIVEN:
            continue
        if given in ("Anna", "Karin") and rng.random() < 0.5:
            given += rng.choice(("-Karin", "-Lena", "-Maria"))
        canonical = f"{given} {family}"
        if canonical in seen:
            continue
        seen.add(canonical)
        i = len(persons) + 1
        role = ("participant", "contact", "staff")[i % 3]
        aliases = (NICKNAMES[given],) if given in NICKNAMES and rng.random() < 0.7 else ()
        entries.append(NameEntry(f"{role}:{i}", canonical, f"[{role}-{i:03d}]", aliases, PERSON))
        persons.append(Person_(f"{role}:{i}", given, family))
    places = []
    for i, name in enumerate(_place_names(rng), start=1):
        places.append(NameEntry(f"place:{i}", name, f"[place-{i:02d}]", (), PLACE))
    return entries + places, persons, places


def _place_names(rng: random.Random) -> list[str]:
    """Places a study registers: small home towns (Faker's Swedish towns) and the homes,
    clinics and day centres a resource group meets at (names of our own)."""
    towns: list[str] = []
    f = faker("sv_SE")
    while len(towns) < 6:
        town = f.city()
        if town not in towns and " " not in town:
            towns.append(town)
    own = ["Björkhagsgården", "Lärkbacken", "Mottagning Tallåsen", "Träffpunkt Ekudden",
           "Solvändan", "Gläntans dagverksamhet"]  # fmt: skip
    rng.shuffle(own)
    return towns + own[:4]


def unregistered(rng: random.Random) -> Person_:
    for _ in range(50):
        p = _mimesis(Person, rng.choice(UNREGISTERED_LOCALES), rng)
        given, family = _clean(p.first_name()), _clean(p.last_name())
        if given and family and given.lower() not in HOMOGRAPHS:
            return Person_(None, given, family)
    return Person_(None, "Bertil", "Wahlgren")


_INVISIBLE = ("\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
_NEAR = {"a": "sq", "e": "wr", "i": "uo", "o": "ip", "u": "yi", "n": "bm", "m": "n",
         "r": "et", "t": "ry", "s": "ad", "l": "k", "k": "jl", "d": "sf", "h": "gj",
         "g": "fh", "y": "tu"}  # fmt: skip
_SOUNDS = (("ph", "f"), ("th", "t"), ("ck", "k"), ("ss", "s"), ("nn", "n"), ("ll", "l"),
           ("ie", "ei"), ("y", "i"), ("e", "ä"), ("k", "c"), ("ö", "ø"), ("å", "o"),
           ("ks", "x"), ("w", "v"))  # fmt: skip


def misspelt(rng: random.Random, word: str) -> str:
    """One slip of the kind a hurried typist or a careful listener makes: a neighbouring key,
    a dropped, doubled or swapped letter, or the name written as it sounds."""
    for _ in range(20):
        i = rng.randint(1, len(word) - 2)
        how = rng.randint(0, 4)
        if how == 0 and word[i].lower() in _NEAR:
            out = word[:i] + rng.choice(_NEAR[word[i].lower()]) + word[i + 1 :]
        elif how == 1:
            out = word[:i] + word[i + 1 :]
        elif how == 2:
            out = word[:i] + word[i] + word[i:]
        elif how == 3:
            out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        else:
            low = word.lower()
            pairs = [(a, b) for a, b in _SOUNDS if a in low[1:]]
            if not pairs:
                continue
            a, b = rng.choice(pairs)
            j = low.index(a, 1)
            out = word[:j] + b + word[j + len(a) :]
        if out.lower() != word.lower():
            return out
    return word[0] + word[2] + word[1] + word[3:]


def invisible(rng: random.Random, word: str) -> tuple[str, str]:
    """The word as text pasted from Word, a PDF, a web page or a Mac carries it."""
    decomposed = unicodedata.normalize("NFD", word)
    if decomposed != word and rng.random() < 0.4:
        return decomposed, "nfd"
    for pair, lig in (("ffi", "\ufb03"), ("fi", "\ufb01"), ("fl", "\ufb02"), ("ff", "\ufb00")):
        if pair in word and rng.random() < 0.5:
            return word.replace(pair, lig, 1), "ligature"
    if rng.random() < 0.12:
        wide = "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalpha() else c for c in word)
        return wide, "full-width"
    mark = rng.choice(_INVISIBLE)
    i = rng.randint(1, len(word) - 1)
    return word[:i] + mark + word[i:], f"U+{ord(mark):04X}"


def hidden_number(rng: random.Random, text: str) -> tuple[str, str]:
    """A number with what pasting leaves in it: full-width digits, no-break or thin spaces,
    a soft hyphen or a non-breaking hyphen."""
    how = rng.choice(("full-width", "nbsp", "thin", "soft-hyphen", "nb-hyphen"))
    if how == "full-width":
        return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in text), how
    if how in ("nbsp", "thin") and " " in text:
        return text.replace(" ", "\u00a0" if how == "nbsp" else "\u2009"), how
    if how == "nb-hyphen" and "-" in text:
        return text.replace("-", "\u2011"), how
    digits = [i for i, c in enumerate(text) if c.isdigit()][1:-1]
    i = rng.choice(digits) if digits else 1
    return text[:i] + "\u00ad" + text[i:], "soft-hyphen"
