"""Held-out P's pools: published sentences (subtitles and a chat corpus, `data/sentences.tsv`),
given names (Statistics Sweden's list of every given name borne in Sweden, and the Kantrowitz
English names, `data/names.tsv`), and family names, streets, places and domains made here from
rules written for this set (patronymics and compounds; see README)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bench.heldout_p.build_data import WORD_NAMES as _WORD_NAMES

DATA = Path(__file__).parent / "data"
LANGS = ("sv", "en", "no", "da", "fi")
# Registered people whose given name is an ordinary word of some language of the notes.
WORD_NAMES = _WORD_NAMES


@cache
def sentences() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for line in (DATA / "sentences.tsv").read_text(encoding="utf-8").splitlines():
        lang, _source, text = line.split("\t")
        out[lang].append(text)
    return out


@cache
def names() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in (DATA / "names.tsv").read_text(encoding="utf-8").splitlines():
        kind, _source, name = line.split("\t")
        out.setdefault(kind, []).append(name)
    return out


_FINNISH_LOOK = re.compile(r"(aa|ee|ii|oo|uu|yy|ää|öö|kk|pp|tt|ij|uo|ie|yö)")


@cache
def given(lang: str) -> list[str]:
    """Given names a note in `lang` draws on: Sweden's names for every language (the study is
    Swedish), English names added for English notes, Finnish-looking ones for Finnish notes."""
    pool = names()
    scb = sorted(set(pool["given:f"]) | set(pool["given:m"]))
    if lang == "en":
        return sorted(set(pool["given:en"]) | set(scb[::3]))
    if lang == "fi":
        return [n for n in scb if _FINNISH_LOOK.search(n.lower()) and "-" not in n]
    return scb


_SV_FIRST = (
    "Berg",
    "Lind",
    "Sjö",
    "Ek",
    "Al",
    "Björk",
    "Ny",
    "Sand",
    "Hag",
    "Holm",
    "Lund",
    "Öst",
    "Väst",
    "Norr",
    "Fager",
    "Ljung",
    "Ros",
    "Gran",
    "Kvarn",
    "Strand",
    "Ås",
    "Hed",
    "Dal",
    "Sten",
    "Löv",
    "Nord",
    "Söder",
    "Ström",
    "Mal",
    "Karl",
    "Alm",
    "Ber",
)
_SV_LAST = (
    "berg",
    "ström",
    "lund",
    "gren",
    "qvist",
    "dahl",
    "holm",
    "mark",
    "sten",
    "blad",
    "by",
    "feldt",
    "hammar",
    "vall",
    "ling",
    "man",
    "ström",
    "kvist",
    "näs",
    "bäck",
)
_NO_STEMS = (
    "Haug",
    "Dal",
    "Moen",
    "Bakke",
    "Lie",
    "Strand",
    "Vik",
    "Lunde",
    "Nes",
    "Aas",
    "Myhre",
    "Sol",
    "Bråten",
    "Rud",
    "Hol",
    "Berget",
    "Kleiv",
    "Tveit",
    "Øver",
    "Nedre",
    "Brekke",
    "Lien",
    "Stokke",
    "Eide",
    "Helle",
    "Tjønn",
    "Hovde",
    "Ness",
    "Fjell",
)
_NO_LAST = ("", "by", "land", "stad", "rud", "vik", "berg", "li", "heim", "seth")
_DA_STEMS = (
    "Skov",
    "Dam",
    "Holm",
    "Bak",
    "Lund",
    "Krog",
    "Mølle",
    "Gaard",
    "Bro",
    "Vest",
    "Øster",
    "Nør",
    "Sønder",
    "Kjær",
    "Høj",
    "Stub",
    "Kirke",
    "Lyng",
    "Eng",
    "Bøg",
)
_DA_LAST = ("", "gaard", "bjerg", "holm", "lund", "strup", "rup", "sted", "høj", "by")
_FI_STEMS = (
    "Koivu",
    "Mäki",
    "Lahti",
    "Niemi",
    "Virta",
    "Salo",
    "Lehto",
    "Kallio",
    "Rinne",
    "Saari",
    "Järvi",
    "Kivi",
    "Mänty",
    "Kuusi",
    "Harju",
    "Lampi",
    "Suo",
    "Vuori",
    "Paju",
    "Haapa",
    "Leppä",
    "Pelto",
    "Aho",
    "Rauta",
    "Kari",
    "Oja",
    "Laakso",
    "Kangas",
    "Honka",
    "Vaara",
    "Nummi",
    "Hirvi",
    "Karhu",
    "Kettu",
    "Lohi",
    "Joki",
    "Metsä",
)
_FI_LAST = ("nen", "la", "mäki", "niemi", "lahti", "järvi", "saari", "vaara", "", "pelto", "oja")
_EN_FIRST = (
    "Ash",
    "Brook",
    "Hol",
    "Hart",
    "Wood",
    "Fair",
    "Mill",
    "Whit",
    "Brad",
    "Cran",
    "Lang",
    "Stan",
    "Thorn",
    "Bel",
    "Chad",
    "Dun",
    "Hadd",
    "Marl",
    "Pen",
    "Rad",
)
_EN_LAST = ("ley", "ford", "ton", "well", "wick", "field", "more", "wood", "ham", "bury", "by")
_DE = (
    "Müller",
    "Schmidt",
    "Fischer",
    "Weber",
    "Wagner",
    "Becker",
    "Hoffmann",
    "Schulz",
    "Koch",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Zimmermann",
    "Krüger",
    "Hartmann",
    "Lange",
    "Werner",
    "Lehmann",
    "Köhler",
    "Maier",
    "Huber",
    "Kaiser",
)
_PL = (
    "Nowak",
    "Kowalczyk",
    "Wiśniewski",
    "Wójcik",
    "Kamiński",
    "Lewandowski",
    "Zieliński",
    "Szymański",
    "Woźniak",
    "Dąbrowski",
    "Kozłowski",
    "Jankowski",
    "Mazur",
    "Krawczyk",
    "Piotrowski",
    "Grabowski",
    "Pawłowski",
    "Michalski",
    "Zając",
    "Król",
    "Wieczorek",
)
_ORIGIN_MALE = re.compile(
    r"^(Abd|Abdi|Ahmed|Ali|Hassan|Hussein|Mohamed|Mohammed|Mahmoud|Omar|Osman|Yusuf|Ibrahim|"
    r"Ismail|Karim|Mustafa|Farah|Nur|Rahman|Reza|Said|Salah|Yasin|Jama|Warsame|Hamid|Khalil|"
    r"Amin|Aziz|Bashir|Daud|Hadi|Jafar|Kamal|Majid|Nasser|Rashid|Samir|Tariq)[a-z]*$"
)


@cache
def family(lang: str) -> list[str]:
    """Family names for people of a note in `lang`: patronymics of Sweden's given names and
    compounds of the stems above (see README: the rules, not a published list)."""
    male = sorted(set(names()["given:m"]))
    out: set[str] = set()
    if lang == "sv":
        out.update(f"{m}{'son' if m.endswith('s') else 'sson'}" for m in male[::4] if m.isalpha())
        out.update(a + b for a in _SV_FIRST for b in _SV_LAST if a.lower() != b)
        out.update(m for m in male if _ORIGIN_MALE.match(m))  # a father's name as family name
        out.update(_DE[::2])
        out.update(_PL[::2])
    elif lang in ("no", "da"):
        out.update(f"{m}{'en' if m.endswith('s') else 'sen'}" for m in male[1::5] if m.isalpha())
        stems, last = (_NO_STEMS, _NO_LAST) if lang == "no" else (_DA_STEMS, _DA_LAST)
        out.update(a + b for a in stems for b in last)
        out.update(m for m in male if _ORIGIN_MALE.match(m))
        out.update(_PL[1::2])
    elif lang == "fi":
        out.update(a + b for a in _FI_STEMS for b in _FI_LAST if not a.lower().endswith(b or "#"))
        out.update(a + "nen" for a in ("Heikki", "Mikko", "Pekka", "Antti", "Jussi", "Matti"))
    else:
        out.update(f"{m}son" for m in male[2::6] if m.isalpha() and not m.endswith("s"))
        out.update(a + b for a in _EN_FIRST for b in _EN_LAST)
        out.update(_DE[1::2])
    return sorted(n for n in out if n.lower() not in {w.lower() for w in WORD_NAMES})
