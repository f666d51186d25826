"""Held-out O's pools: published sentences (data/sentences.tsv), published given and family names
(data/names.tsv), the study's registry of people and places, and the third parties nobody
registered. Everything is drawn from the seed; the pools are read once."""

from __future__ import annotations

import functools
import random
import re
import unicodedata
from pathlib import Path

from casebook.deid.registry import PERSON, PLACE, NameEntry

DATA = Path(__file__).resolve().parent / "data"
LANGS = ("sv", "en", "no", "da", "fi")

# Given names that are also ordinary words of the notes' languages: the registry holds people
# with each, so the words written as words count as ordinary words a redactor must leave.
WORD_NAMES = (
    "Love", "May", "Mark", "Per", "Rose", "Bill", "Will", "Hope", "Bo", "Inga", "Alla", "Liv",
    "Tor", "Aina", "Usko", "Onni", "Satu", "Tuuli", "Viljo", "Hans", "Tuva", "Sol", "Eli",
)  # fmt: skip

# Districts and towns the study registers as its sites (kind "place"); public facts, chosen here.
PLACES = (
    "Hammarkullen", "Rinkeby", "Tensta", "Rosengård", "Gottsunda", "Biskopsgården", "Hjällbo",
    "Skärholmen", "Fittja", "Hallonbergen", "Araby", "Vivalla", "Navestad", "Bergsjön",
    "Kronogården", "Holma", "Ronna", "Stovner", "Furuset", "Holmlia", "Grorud", "Tøyen",
    "Gellerup", "Vollsmose", "Tingbjerg", "Mjølnerparken", "Ishøj", "Brøndby Strand",
    "Itäkeskus", "Kontula", "Vuosaari", "Myllypuro", "Hervanta", "Varissuo", "Kaukovainio",
    "Alby", "Husby", "Flemingsberg", "Rannebergen", "Frölunda", "Kvarnby", "Sätra",
)  # fmt: skip
# Towns written after an address: ordinary text, not identifiers (see README)
TOWNS = {
    "sv": ("Uppsala", "Västerås", "Örebro", "Norrköping", "Helsingborg", "Jönköping", "Umeå",
           "Borås", "Sundsvall", "Gävle", "Malmö", "Göteborg", "Stockholm", "Linköping"),
    "en": ("Leeds", "Bristol", "Coventry", "Leicester", "Sheffield", "Norwich", "Reading"),
    "no": ("Drammen", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Kristiansand", "Oslo"),
    "da": ("Odense", "Aarhus", "Aalborg", "Esbjerg", "Randers", "Kolding", "Vejle"),
    "fi": ("Tampere", "Turku", "Oulu", "Lahti", "Kuopio", "Jyväskylä", "Pori", "Vaasa"),
}  # fmt: skip
SWEDISH_FAMILY = re.compile(
    r"(berg|ström|qvist|kvist|lund|gren|son|blom|holm|dahl|sjö|backa|bäck|man|fors|ros|lind)$"
)


@functools.cache
def sentences() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for line in (DATA / "sentences.tsv").read_text("utf-8").splitlines():
        lang, _source, text = line.split("\t")
        out[lang].append(text)
    return out


@functools.cache
def names() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in (DATA / "names.tsv").read_text("utf-8").splitlines():
        pool, name = line.split("\t")
        out.setdefault(pool, []).append(name)
    out["family:sv"] = [n for n in out["family:fi"] if SWEDISH_FAMILY.search(n) and " " not in n]
    return out


def fold(text: str) -> str:
    """Diacritics dropped the way a hurried typist drops them (ø -> o, æ -> ae, ß -> ss)."""
    text = text.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")
    text = text.replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _usable(name: str) -> bool:
    return bool(re.fullmatch(r"[A-ZÅÄÖÆØÜÉ][a-zåäöæøüéè]+(?:-[A-ZÅÄÖÆØ][a-zåäöæøéè]+)?", name))


def registry(rng: random.Random, people: int = 440) -> tuple[list[NameEntry], list[str]]:
    """The study's registry (people, then places) and the names none of them carries."""
    pools = names()
    given_pools = {
        "sv": [n for n in pools["given:sv"] if _usable(n)],
        "no": [n for n in pools["given:no"] if _usable(n)],
        "fi": [n for n in pools["given:fi"] if _usable(n)][:4000],
    }
    family_pools = {
        "sv": [n for n in pools["family:sv"] if _usable(n)],
        "no": [n for n in pools["family:no"] if _usable(n)],
        "fi": [n for n in pools["family:fi"] if _usable(n)][:9000],
    }
    weights = {"sv": 5, "no": 2, "fi": 3}
    accented = [n for n in family_pools["sv"] + family_pools["no"] if fold(n) != n]
    entries: list[NameEntry] = []
    used_given: set[str] = set()
    used_family: set[str] = set()

    def origin() -> str:
        return rng.choices(list(weights), list(weights.values()))[0]

    for i in range(people):
        if i < len(WORD_NAMES):
            given = WORD_NAMES[i]
        else:
            given = rng.choice(given_pools[origin()])
        family = rng.choice(family_pools[origin()])
        if rng.random() < 0.3:  # names with diacritics are common; make sure enough are there
            family = rng.choice(accented)
        used_given.add(given)
        used_family.add(family)
        entries.append(
            NameEntry(
                key=f"person-{i:03d}", canonical=f"{given} {family}", tag=f"[P{i:03d}]", kind=PERSON
            )  # fmt: skip
        )
    for j, place in enumerate(PLACES):
        entries.append(
            NameEntry(key=f"place-{j:02d}", canonical=place, tag=f"[L{j:02d}]", kind=PLACE)
        )
    registered = {w.lower() for e in entries for w in re.split(r"[ -]", e.canonical)}
    strangers_given = sorted(
        {n for p in given_pools.values() for n in p if n.lower() not in registered}
    )
    strangers_family = sorted(
        {n for p in family_pools.values() for n in p if n.lower() not in registered}
    )
    third = [f"{rng.choice(strangers_given)} {rng.choice(strangers_family)}" for _ in range(30000)]
    return entries, list(dict.fromkeys(third))
