"""Held-out V's pools: published sentences (`data/sentences.tsv`), names (`data/names.tsv`),
towns with their postcodes (`data/towns.tsv`), and the registered people who bear a name that
is also a word of their language (`WORD_NAMES`)."""

from __future__ import annotations

import csv
import functools
import re
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
LANGS = ("sv", "en", "fi", "no", "da")
TOKEN = re.compile(r"[^\W\d_]+")

# Given names of the name sources that are also words of the note's language, each used as
# the word in at least eight distinct published sentences of the pool (README: which are new).
WORD_NAMES_BY_LANG: dict[str, tuple[str, ...]] = {
    "sv": ("Bo", "Björn", "Stig", "Lina"),
    "en": ("Guy", "Summer", "Young", "Rich"),
    "fi": ("Arvo", "Toimi", "Kai", "Ilmi", "Alla", "Tuuli", "Anna"),
    "no": ("Bjørn", "Tom", "Hans", "Liv", "Per", "Stein"),
    "da": ("Hans", "Ane", "Rune", "Helle"),
}
WORD_NAMES = tuple(dict.fromkeys(w for ws in WORD_NAMES_BY_LANG.values() for w in ws))
# sentences written for this set where the pool has fewer than eight uses of a word-name
OWN_ORDINARY: dict[str, tuple[str, ...]] = {
    "sv": (
        "Bo i stan eller på landet var det stora valet för familjen.",
        "Björn och varg syns sällan så här långt söderut.",
        "Pappa berättade om en björn som hade gått förbi stugan.",
        "På kvällarna läser vi sagan om en björn som inte kunde sova.",
        "Hon har en gammal björn i filt som hon fick av sin mormor.",
        "Älg, björn och lodjur finns i skogarna runt byn.",
        "I somras såg de spår efter en björn nära vägen.",
        "Lillebror somnar inte utan sin björn.",
        "Jägarna sa att en björn hade rivit två får, men ingen visste säkert.",
        "Stig och väg var täckta av snö hela veckan.",
        "Vi gick en smal stig ner till sjön.",
        "Det finns en stig bakom skolan som barnen tar.",
        "Kommunen har lagt grus på en stig i parken.",
        "Efter regnet var varje stig i skogen lerig.",
        "Hon hittade hem genom att följa en stig längs bäcken.",
        "Till stugan leder väg, stig och spång.",
        "En stig har trampats upp mellan husen.",
        "Lina och krok hänger i förrådet.",
        "Vi spände en lina mellan träden för att torka tvätten.",
        "Barnen fick hålla i en lina när de gick över isen.",
        "Han knöt fast båten med en tjock lina.",
        "Det behövs en längre lina till flaggstången.",
        "Cirkusartisten gick på en lina högt över manegen.",
        "Hon köpte rep, lina och tejp på järnaffären.",
        "Tvätten hängde på en lina ute på balkongen.",
    ),
    "en": (),
    "fi": (),
    "no": (),
    "da": (
        "Hans bror kommer og henter ham efter skole.",
        "Vi talte om hans arbejde og om huslejen.",
        "Hun har lånt hans cykel i denne uge.",
        "Det var hans idé at flytte tættere på byen.",
        "Hun kender ham godt, hans familie også.",
        "Lægen spurgte til hans søvn og hans appetit.",
        "Efter flytningen er hans vej til arbejde blevet længere.",
        "Man kan ane en bedring i hans humør.",
        "Jeg begyndte at ane, at noget var galt.",
        "Hun kunne ikke ane, hvor svært det ville blive.",
        "Man skulle ikke ane, at han lige var flyttet ind.",
        "Vi kunne kun ane omridset af huset i tågen.",
        "Du kan ikke ane, hvor glad hun blev for brevet.",
        "Ingen kunne ane, at bussen ville blive aflyst.",
        "Det var svært at ane, hvad hun mente.",
        "Rune og billede var hugget ind i stenen.",
        "På museet så børnene en sten med en gammel rune.",
        "Han har fået en rune tatoveret på armen.",
        "Læreren forklarede, hvad hver rune betød.",
        "Der står en rune på halskæden, hun fik af sin farmor.",
        "Vi prøvede at tyde en rune på kirkens mur.",
        "Hver rune i alfabetet har sit eget navn.",
        "Bogstav, rune og tegn blev blandet sammen i opgaven.",
        "Helle er det sted i legen, hvor man ikke kan blive fanget.",
        "Børnene løb mod træet, som var helle i fangeleg.",
        "Bænken ved sandkassen var helle hele frikvarteret.",
        "Han råbte helle, så snart han rørte muren.",
        "Der var ingen helle i den leg, de fandt på.",
        "Skolegården havde to steder, der gjaldt som helle.",
        "Hun brugte porten som helle, når de legede tagfat.",
        "Lygtepælen, helle og mållinjen blev tegnet med kridt.",
    ),
}


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


@functools.cache
def _sentences() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], dict]:
    by_lang: dict[str, list[str]] = defaultdict(list)
    pool: dict[str, list[str]] = defaultdict(list)
    by_source: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in _rows("sentences.tsv"):
        by_lang[r["language"]].append(r["sentence"])
        if r["use"] == "pool":
            pool[r["language"]].append(r["sentence"])
        by_source[r["language"]][r["source"]] += 1
    return (
        {lang: tuple(by_lang[lang]) for lang in LANGS},
        {lang: tuple(pool[lang]) for lang in LANGS},
        {lang: dict(by_source[lang]) for lang in LANGS},
    )


def sentences() -> dict[str, tuple[str, ...]]:
    """Every shipped sentence by language: the pool the notes draw from, and further
    sentences that use a word-name (drawn only as ordinary uses)."""
    return _sentences()[0]


def pool() -> dict[str, tuple[str, ...]]:
    """The sentences notes draw their text from (capped per language, round-robin over the
    language's sources)."""
    return _sentences()[1]


def sources() -> dict[str, dict[str, int]]:
    return _sentences()[2]


@functools.cache
def _pool_words() -> frozenset[str]:
    words: set[str] = set()
    for lang in LANGS:
        for s in sentences()[lang]:
            words.update(TOKEN.findall(s.lower()))
    for lang in LANGS:
        for s in OWN_ORDINARY[lang]:
            words.update(TOKEN.findall(s.lower()))
    return frozenset(words)


@functools.cache
def names() -> dict[str, tuple[str, ...]]:
    """Given and family names by group ("sv/given", "moved/family", ...) and towns by country
    ("no/town"); a name that any pool sentence writes as a word is left out (the word-names
    aside), so that ordinary words are the word-names' alone."""
    words = _pool_words()
    keep_words = {w.lower() for w in WORD_NAMES}
    out: dict[str, list[str]] = defaultdict(list)
    for r in _rows("names.tsv"):
        name = r["name"]
        if name.lower() in words and name.lower() not in keep_words:
            continue
        out[f"{r['group']}/{r['part']}"].append(name)
        if r["group"] == "moved" and r["part"] == "given":
            out["moved/family"].append(name)  # fathers' names serve as family names
    for r in _rows("towns.tsv"):
        if r["town"].lower() not in words:
            out[f"{r['country']}/town"].append(r["town"])
    return {k: tuple(dict.fromkeys(v)) for k, v in sorted(out.items())}


def given(lang: str) -> tuple[str, ...]:
    return names()[f"{lang}/given"]


def family(lang: str) -> tuple[str, ...]:
    return names()[f"{lang}/family"]


def towns(lang: str) -> tuple[str, ...]:
    return names()[f"{lang}/town"]


@functools.cache
def postcodes() -> dict[str, tuple[tuple[str, str], ...]]:
    """(postcode, town) pairs by country, for addresses (Finland's and Sweden's towns come
    without postcodes: the generator writes a postcode of the country's shape)."""
    words = _pool_words()
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in _rows("towns.tsv"):
        if r["town"].lower() not in words:
            out[r["country"]].append((r["postcode"], r["town"]))
    return {k: tuple(v) for k, v in out.items()}
