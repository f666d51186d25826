"""The name lexicon: given names and family names of many countries, for names nobody
registered (see `unregistered.py`; how the lists were made: `data/README.md`).

All words are lower case and also stored without diacritics ("södergren" and "sodergren"),
but for a name whose spelling without them is a common English word ("Bašić", not "basic").
A word can be a given name, a family name, or both. Whether it is also an ordinary word
("will", "rose", "berg") is not decided here: `vocab.common_words` says so, and the rules that
use the lexicon ask for context then.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from casebook.deid import territories, vocab
from casebook.deid.registry import ascii_fold

DATA = Path(__file__).with_name("data")


def name_shaped(word: str) -> bool:
    """Three letters or more, two of them vowels in any script's Latin letters ("Zlatko",
    "Barın", "Oyelaran", Azerbaijani "Səbinə": its schwa is a vowel that no folding turns
    into "a" or "e"); not the abbreviations of clinical notes ("Lt", "Vr", "Pcv")."""
    return len(word) >= 3 and sum(c in "aeiouyə" for c in ascii_fold(word)) >= 2


# Endings that mark a family name in the languages the lexicon covers ("Wahlgren",
# "Lindqvist", "Hodžić", "Kowalczyk", "Virtanen", "Öztürkoğlu", "Hosseinzadeh",
# "Jónsdóttir"); an
# unknown capitalised word with one of them counts as a family name. Chosen so that no common
# English or Swedish word ends with them (tests/test_deid_names.py checks this).
SURNAME_ENDINGS = (
    "sson",
    "ström",
    "strom",
    "qvist",
    "kvist",
    "gren",
    "ović",
    "ovic",
    "ević",
    "evic",
    "wicz",
    "czyk",
    "oğlu",
    "oglu",
    "zadeh",
    "ainen",
    "äinen",
    "escu",
    "opoulos",
    "shvili",
    "dóttir",  # Icelandic patronymics ("Brynjólfsdóttir"); "-son" is too short to tell
    "dottir",
    # East Slavic, Georgian and Armenian family names as English, Swedish and German notes
    # romanise them (Faker's uk_UA, ru_RU, bg_BG, ka_GE and hy_AM providers end so):
    # "Tkachenko", "Kravchuk", "Ostapiuk", "Petrovych", "Morozov", "Ivanova", "Sergeev",
    # "Beridze", "Gevorgyan".
    "enko",
    "chuk",
    "czuk",
    "iuk",
    "ovych",
    "evych",
    "ovich",
    "evich",
    "ovna",
    "evna",
    "idze",
    "adze",
    "yan",
    # "-ov", "-ev", "-ova", "-eva" alone end Swedish words ("blodprov", "beskrev",
    # "överleva", "supernova"): only the consonants before them that no such word has.
    *(f"{c}ov" for c in ("k", "n", "t", "d", "z", "b", "m")),
    *(f"{c}ev" for c in ("y", "i", "e", "a")),
    *(f"{c}ova" for c in ("k", "d", "z", "r", "m", "t")),
    *(f"{c}eva" for c in ("y", "i", "a")),
)


def _read(name: str) -> frozenset[str]:
    """One name list, each name also without its diacritics ("södergren" and "sodergren"),
    unless that spelling is a common English word and no Swedish one: the lists hold
    Croatian "Bašić", "Magić", "Topić", never "basic", "magic" or "topic", which are words
    ("Microsoft Basic", "a Basic macro"). Swedish "Rosén" stays "Rosen" too: Swedes drop the
    accent of their own names, and "rosen" being a Swedish word says nothing of that."""
    english, swedish = vocab.common_words(("en",)), vocab.common_words(("sv",))
    words: set[str] = set()
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if word and not word.startswith("#"):
            words.add(word)
            folded = ascii_fold(word)
            if folded == word or folded not in english or folded in swedish:
                words.add(folded)
    return frozenset(words)


@lru_cache(maxsize=2)
def romanised(section: str) -> frozenset[str]:
    """The names of `data/names_romanised.txt` of one section, "given" or "family": Faker's
    Cyrillic and Greek names as notes spell them in Latin letters ("Serhiy", "Sjevtjenko",
    "Sofoklis") and its Swahili ones (`bench/build_romanised_names.py`)."""
    words: set[str] = set()
    for line in (DATA / "names_romanised.txt").read_text(encoding="utf-8").splitlines():
        kind, _, word = line.partition("\t")
        if kind == section and word:
            words.add(word)
    return frozenset(words)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return _read("names_given.txt") | romanised("given")


@lru_cache(maxsize=1)
def family_names() -> frozenset[str]:
    return _read("names_family.txt") | romanised("family")


@lru_cache(maxsize=1)
def all_names() -> frozenset[str]:
    return given_names() | family_names()


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Single-word names of towns, cities and countries (`data/places.txt`, made by
    `bench/build_places.py` from GeoNames, and the hand-written `data/places_extra.txt`), and
    of countries and world regions in the neighbours' languages (`territories`: "Hellas",
    "Venäjä"), lower case and without diacritics too: a town is not a person."""
    words: set[str] = set(territories.names())
    words.update(ascii_fold(w) for w in territories.names())
    for name in ("places.txt", "places_extra.txt"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                for word in line.split():
                    words.add(word)
                    words.add(ascii_fold(word))
    return frozenset(words)


def lands() -> frozenset[str]:
    """Countries and world regions in the neighbours' languages (`territories`), lower case:
    their genitive is a place's too ("Noregs historie"), unlike a town's, which a given name
    with an "s" often spells ("Nardos" beside the town of Nardò)."""
    return territories.names()


@lru_cache(maxsize=1)
def lands_not_given() -> frozenset[str]:
    """Countries and world regions (`lands`) that are family names but no given name: Finnish
    writes its neighbours as its own family names do ("Ruotsi", "Saksa", "Tanska", "Viro");
    alone, such a word is the country, and a stranger of that name is still found beside a
    given name ("Pekka Ruotsi")."""
    return (lands() & family_names()) - given_names()


def surname_shaped(word: str) -> bool:
    """Whether a lower-case word ends like a family name ("wahlgren", "hodžić")."""
    return len(word) >= 6 and word.endswith(SURNAME_ENDINGS)


def names_of_a_stranger(words: Sequence[str]) -> bool:
    """Whether lower-case `words` read as a stranger's name: each a name of the lexicon (no
    function word, title or relation word) or a word nobody knows shaped like a name, and one
    of them at least no ordinary word ("lorrie morales", "andrwe o'connell")."""
    known = vocab.known_words()
    return all(_name_like(w, known) for w in words) and any(w not in known for w in words)


def _name_like(word: str, known: frozenset[str]) -> bool:
    if word in vocab.function_words() or word in vocab.TITLES or word in vocab.RELATIONS:
        return False
    if word in all_names():
        return True
    return word not in known and word not in places() and name_shaped(word)
