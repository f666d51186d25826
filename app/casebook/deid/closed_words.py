"""Interjections, pronouns and Finnish adverbs that are nobody's name: the closed words that
open a short subtitle or chat line before a name ("Okei Tuuli", "Kyllä Onni", "Nyt Kerttu",
"Mä ja Ahmed"), where too few words tell the line's language.

`data/closed_words.tsv` (made by `bench/build_closed_words.py`) lists the forms that
Universal Dependencies annotators tag as interjections or pronouns in English, Swedish,
Norwegian and Finnish treebanks, and the frequent Finnish words voikko reads only as an
interjection or an adverb ("joo", "okei", "kyllä", "nyt"), and greetings, thanks and
apologies written by hand ("kiitos", "moikka", "takk"), none of them a name or place of
the lexicon nor a family name's particle. `function_edges` cuts such a word from either end
of the span of a name nobody registered, in any language: no one bears it as a name there.

English also has invented third-person pronouns, which open a sentence before a verb as a
name does ("Xe said xe would bring xyr book", "Per said per would come", "Fae lost faer
keys"). Their sets (`NEOPRONOUNS`, the table of Wikipedia's "Third-person pronoun", section
"Invented pronouns": Spivak ey/em/eir, xe/xem/xyr, ze/hir and ze/zir, zie, sie, per/pers,
fae/faer, ae/aer, ve/ver/vis, tey/tem/ter, co/cos, ne/nem/nir, thon, hu/hum) hold short
forms that are words or names elsewhere ("per", "ve", "co", "hu"), so a form is read as the
pronoun only when the same text shows its set in lower case: by a form that belongs to no
other word ("xyr", "zir", "faer", "perself", "emself": `_OWN`; not "pers", a Swedish "Per's"
as chat writes it), or by a form of the set as the subject of an English auxiliary or verb
of saying ("per would", "xe said"; "per day", "I've had" are no such thing).

Prepositions are a closed class too: `data/prepositions.tsv` (made by
`bench/build_prepositions.py` from UD Swedish, Norwegian and English treebanks, with six
Danish spellings) lists the forms annotators tag ADP nearly always ("på", "hos", "vid", "at").
A genitive "s" stands before its head noun, never before one of them (`preposition`).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_DATA = Path(__file__).with_name("data") / "closed_words.tsv"


@cache
def words() -> frozenset[str]:
    """Every lower-case word of `data/closed_words.tsv`."""
    rows = _DATA.read_text(encoding="utf-8").splitlines()
    return frozenset(row.split("\t")[2] for row in rows if row and not row.startswith("#"))


def closed(word: str) -> bool:
    """Whether `word` (lower case) is an interjection, pronoun or Finnish adverb of the list."""
    return word in words()


@cache
def _interjections() -> frozenset[str]:
    rows = _DATA.read_text(encoding="utf-8").splitlines()
    return frozenset(
        parts[2]
        for row in rows
        if row and not row.startswith("#") and (parts := row.split("\t"))[1] == "INTJ"
    )


def interjection(word: str) -> bool:
    """Whether `word` (lower case) is an interjection of the list ("oh", "uh", "hm", "jaha")."""
    return word in _interjections()


_PREPOSITIONS = Path(__file__).with_name("data") / "prepositions.tsv"


@cache
def _prepositions() -> frozenset[str]:
    rows = _PREPOSITIONS.read_text(encoding="utf-8").splitlines()
    return frozenset(row.split("\t")[1] for row in rows if row and not row.startswith("#"))


def preposition(word: str) -> bool:
    """Whether `word` (lower case) is a simple preposition of Swedish, Norwegian, Danish or
    English ("på", "hos", "ved", "at"): no genitive's head noun."""
    return word in _prepositions()


@cache
def _nordic_prepositions() -> frozenset[str]:
    rows = _PREPOSITIONS.read_text(encoding="utf-8").splitlines()
    return frozenset(row.split("\t")[1] for row in rows if row.split("\t")[0] in _NORWEGIAN_DANISH)


_NORWEGIAN_DANISH = frozenset({"nn", "nb", "da"})


def nordic_preposition(word: str) -> bool:
    """Whether `word` (lower case) is a simple preposition of Norwegian or Danish of the list
    ("i", "på", "hos", "af"): the word lists of those languages leave out words of one
    letter, the preposition "i" among them."""
    return word in _nordic_prepositions()


NEOPRONOUNS: tuple[tuple[str, ...], ...] = (
    ("ey", "em", "eir", "eirs", "emself"),
    ("thon", "thons", "thonself"),
    ("hu", "hum", "hus", "humself"),
    ("ve", "ver", "vis", "verself"),
    ("xe", "xem", "xyr", "xyrs", "xemself"),
    ("xe", "xim", "xis", "ximself"),
    ("xey", "xem", "xyr", "xyrs", "xemself"),
    ("ze", "hir", "hirs", "hirself"),
    ("ze", "zir", "zirs", "zirself"),
    ("zie", "zim", "zir", "zirs", "zimself"),
    ("sie", "hir", "hirs", "hirself"),
    ("per", "pers", "perself"),
    ("fae", "faer", "faers", "faerself"),
    ("ae", "aer", "aers", "aerself"),
    ("tey", "tem", "ter", "ters", "temself"),
    ("co", "cos", "coself"),
    ("ne", "nem", "nir", "nirs", "nemself"),
)
# Forms that are no other word of any language Casebook reads: their presence shows the set.
_OWN = frozenset(
    """eir eirs emself thons thonself humself verself xem xyr xyrs xemself xim ximself hir
    hirs hirself zir zirs zirself zim zimself perself faer faers faerself aer aers
    aerself ters temself coself nem nir nirs nemself""".split()
)


_SUBJECTS = frozenset(s[0] for s in NEOPRONOUNS)
_VERBS = "is|was|has|had|will|would|can|could|should|does|did|said|says|told|asked|wants"


@cache
def _own_forms(word: str) -> re.Pattern[str] | None:
    """Where the sets `word` belongs to show in lower case, as one pattern, or None."""
    sets = [s for s in NEOPRONOUNS if word in s]
    if not sets:
        return None
    own = sorted({f for s in sets for f in s if f in _OWN})
    subjects = sorted({s[0] for s in sets} & _SUBJECTS)
    return re.compile(
        rf"\b(?:{'|'.join(own)})\b|(?<![\w'’])(?:{'|'.join(subjects)})\s+(?:{_VERBS})\b"
    )


def neopronoun(text: str, word: str) -> bool:
    """Whether `word` (lower case) is an invented pronoun whose set shows in `text` by a form
    of its own, in lower case ("Per said per would bring pers book": "pers")."""
    found = _own_forms(word)
    return found is not None and found.search(text) is not None
