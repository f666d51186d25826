"""Held-out N's people, places and published sentences: the registry drawn from the shipped
name lists, the words that are also registered given names, and the sentence pools."""

from __future__ import annotations

import random
import unicodedata
from functools import cache
from pathlib import Path

from casebook.deid.registry import PERSON, PLACE, NameEntry

DATA = Path(__file__).resolve().parent / "data"
LANGS = ("sv", "en", "fi", "no", "da")

# Given names that are also ordinary words in one of the notes' languages (chosen here): the
# registry holds people with them, so their ordinary uses count.
WORD_NAMES = (
    "Love",
    "May",
    "Mark",
    "Per",
    "Rose",
    "Bill",
    "Will",
    "Hope",
    "Bo",
    "Inga",
    "Alla",
    "Liv",
    "Tor",
    "Aina",
    "Usko",
    "Onni",
    "Satu",
    "Tuuli",
    "Sol",
    "Vilja",
)
# Nordic given and family names with letters beyond ASCII (written here: the shipped list has
# none), so that names written without diacritics occur.
NORDIC_GIVEN = (
    "Åsa",
    "Jörgen",
    "Björn",
    "Märta",
    "Göran",
    "Sören",
    "Øystein",
    "Bjørg",
    "Ævar",
    "Päivi",
    "Jyrki",
    "Säde",
    "Ilkka",
    "Kåre",
    "Tøger",
    "Åke",
    "Lövisa",
    "Örjan",
    "Maarit",
    "Jöns",
    "Hjørdis",
    "Sølvi",
    "Väinö",
    "Elsa-Brita",
    "Ann-Sofie",
)
NORDIC_FAMILY = (
    "Sjöström",
    "Åhlén",
    "Lindén",
    "Sørensen",
    "Jørgensen",
    "Mäkelä",
    "Hämäläinen",
    "Ødegård",
    "Kärkkäinen",
    "Ström",
    "Bäckman",
    "Dahlén",
    "Løvås",
    "Nygård",
    "Söderqvist",
    "Wikström",
    "Højgaard",
    "Päätalo",
    "Östlund",
    "Åberg",
)
PLACES = (
    "Rinkeby",
    "Hjällbo",
    "Rosengård",
    "Husby",
    "Holma",
    "Grorud",
    "Furuset",
    "Tingbjerg",
    "Vollsmose",
    "Mellunmäki",
    "Kontula",
    "Hässleholmen",
    "Gårdsten",
    "Fittja",
    "Skäggetorp",
    "Gellerupparken",
)


@cache
def sentences() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for line in (DATA / "sentences.tsv").read_text(encoding="utf-8").splitlines():
        lang, _source, text = line.split("\t")
        out[lang].append(text)
    return out


@cache
def names() -> dict[str, list[str]]:
    """given:humannames, given:persian, family:nordic, family:polish, ... → names, sorted."""
    out: dict[str, list[str]] = {}
    for line in (DATA / "names.tsv").read_text(encoding="utf-8").splitlines():
        kind, origin, name = line.split("\t")
        out.setdefault(f"{kind}:{origin}", []).append(name)
    return out


def fold(text: str) -> str:
    return (
        "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        .replace("ø", "o")
        .replace("Ø", "O")
        .replace("æ", "ae")
        .replace("Æ", "Ae")
    )


def build_registry(seed: int, size: int = 180) -> tuple[list[NameEntry], set[str]]:
    """People (n001...) and places (np01...), and the lower-case names no third party may use."""
    rng = random.Random(seed * 7 + 1)
    pool = names()
    families = [
        *pool["family:nordic"],
        *pool["family:polish"],
        *pool["family:bosnian"],
        *pool["family:german"],
    ]
    givens = [*pool["given:humannames"], *pool["given:persian"]]
    entries: list[NameEntry] = []
    used: set[str] = set()
    plan = [*WORD_NAMES, *NORDIC_GIVEN]
    while len(plan) < size:
        given = rng.choice(givens if rng.random() < 0.75 else pool["given:persian"])
        if given.lower() not in used and given not in plan:
            plan.append(given)
    for i, given in enumerate(plan):
        family = rng.choice(NORDIC_FAMILY if i % 4 == 1 else families)
        if i % 9 == 3:
            given = f"{given} {rng.choice(givens)}"  # two given names
        canonical = f"{given} {family}"
        entries.append(NameEntry(f"n{i + 1:03d}", canonical, f"[person {i + 1}]", kind=PERSON))
        used.update(w.lower() for w in canonical.split())
    for j, place in enumerate(PLACES):
        entries.append(NameEntry(f"np{j + 1:02d}", place, f"[place {j + 1}]", kind=PLACE))
    return entries, used
