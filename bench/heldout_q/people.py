"""People, places and published sentences of held-out Q, read from `data/` (see README.md).

Given and family names come from Statistics Norway's lists (frimerke/norskenavn) and from the
Finnish Digital and Population Data Services Agency's lists (JouniVatanen/jmisc), filtered in
`build_data`; a few dozen given names of people who moved to the Nordic countries (Somali,
Arabic, Persian, Kurdish, Tigrinya, Polish, Bosnian, Ukrainian) and German and Polish family
names were written here by this set's writer, as were the patronymic and compound family names
of Sweden and Denmark (built from the Norwegian given names and Nordic stems)."""

from __future__ import annotations

import functools
from pathlib import Path

from bench.heldout_q.build_data import WORD_NAMES

DATA = Path(__file__).resolve().parent / "data"

MOVED_GIVEN = (
    "Hodan",
    "Ayaan",
    "Faadumo",
    "Abdirahman",
    "Warsame",
    "Yasmin",
    "Rawan",
    "Khaled",
    "Yousef",
    "Nour",
    "Shirin",
    "Dariush",
    "Parisa",
    "Kaveh",
    "Roj",
    "Berivan",
    "Dilan",
    "Rezan",
    "Selam",
    "Yonas",
    "Tesfay",
    "Helen",
    "Agnieszka",
    "Katarzyna",
    "Tomasz",
    "Wojciech",
    "Emina",
    "Adnan",
    "Jasmina",
    "Mirza",
    "Oksana",
    "Taras",
    "Olena",
    "Bohdan",
)
MOVED_FAMILY = (
    "Warsame",
    "Farah",
    "Abdullahi",
    "Haddad",
    "Nasser",
    "Karimi",
    "Rahimi",
    "Tahir",
    "Kaya",
    "Tesfaye",
    "Gebremedhin",
    "Nowak",
    "Kowalczyk",
    "Wiśniewska",
    "Zieliński",
    "Hodžić",
    "Begović",
    "Kovalenko",
    "Shevchenko",
    "Müller",
    "Schröder",
    "Becker",
    "Hoffmann",
    "Krause",
)
NORDIC_STEMS = (
    "Sjö",
    "Berg",
    "Lind",
    "Ek",
    "Holm",
    "Dahl",
    "Strand",
    "Ljung",
    "Nord",
    "Sand",
    "Ås",
    "Bäck",
    "Hed",
    "Lövg",
    "Frö",
    "Skog",
    "Ros",
    "Bjørk",
    "Kjær",
    "Vester",
)
NORDIC_ENDS = (
    "ström",
    "gren",
    "qvist",
    "lund",
    "berg",
    "dahl",
    "man",
    "sten",
    "by",
    "gaard",
    "holm",
    "vik",
    "ås",
    "näs",
)
ENGLISH_FAMILY = (
    "Ashworth",
    "Blakemore",
    "Cartwright",
    "Dunmore",
    "Fairbank",
    "Galloway",
    "Hartley",
    "Kingsley",
    "Lowther",
    "Marlowe",
    "Newbold",
    "Pemberton",
    "Radcliffe",
    "Sutcliffe",
    "Thornbury",
    "Underhill",
    "Whitlock",
    "Yardley",
    "Oakes",
    "Prescott",
    "Holloway",
    "Brennan",
)


@functools.cache
def names() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in (DATA / "names.tsv").read_text(encoding="utf-8").splitlines():
        key, name = line.split("\t")
        out.setdefault(key, []).append(name)
    return out


@functools.cache
def sentences() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {lang: [] for lang in ("sv", "en", "no", "da", "fi")}
    for line in (DATA / "sentences.tsv").read_text(encoding="utf-8").splitlines():
        lang, _source, text = line.split("\t")
        out[lang].append(text)
    return out


@functools.cache
def given(lang: str) -> tuple[str, ...]:
    n = names()
    nordic = n["given:no:f"] + n["given:no:m"]
    finnish = n["given:fi:f"] + n["given:fi:m"]
    if lang == "fi":
        pool = finnish
    elif lang == "en":
        pool = nordic + list(MOVED_GIVEN) + finnish[:300]
    else:
        pool = nordic + list(MOVED_GIVEN) + [g for g in finnish if g.endswith(("a", "e"))][:200]
    return tuple(sorted(set(pool)))


@functools.cache
def family(lang: str) -> tuple[str, ...]:
    n = names()
    nordic_given = n["given:no:m"]
    made = [s + e for s in NORDIC_STEMS for e in NORDIC_ENDS]
    if lang == "fi":
        pool = n["family:fi"]
    elif lang == "no":
        pool = n["family:no"] + list(MOVED_FAMILY)
    elif lang == "sv":
        pool = [g + "sson" for g in nordic_given if not g.endswith("s")] + made + list(MOVED_FAMILY)
    elif lang == "da":
        pool = [g + "sen" for g in nordic_given if not g.endswith("s")] + made + list(MOVED_FAMILY)
        pool += n["family:no"][:300]
    else:
        pool = list(ENGLISH_FAMILY) + list(MOVED_FAMILY) + made[:60]
    return tuple(sorted(set(pool)))


__all__ = ["WORD_NAMES", "family", "given", "names", "sentences"]
