"""Finnish words that the lists lack but Finnish builds from listed words by its productive
derivation, and compounds written with a hyphen.

Finnish derives and compounds freely, so a word list never holds them all; an answer to a
questionnaire opens with such a word as often as with a listed one ("Turvattomuus, perhe ja
koti", "Työperäinen maahanmuutto ei ...", "Tasa-arvo on ..."), and capitalised there it
was taken for a stranger's name. Read here by the grammar (Iso suomen kielioppi, VISK):

- nouns of quality in "-uus"/"-yys" (VISK § 290), in any case ("-uuden", "-uutta",
  "-yyteen"): of an adjective in "-inen" ("kohtuullinen" -> "kohtuullisuus", "eettinen" ->
  "eettisyyttä"), of an adjective in "-ton"/"-tön" or its noun ("turvaton", "turva" ->
  "turvattomuus"), or of a noun or adjective ending in a vowel ("yrittäjä" -> "yrittäjyys");
  the stem must be listed, or a compound of two listed words. No name of the lexicon is so
  built (checked on its 30,000 family names);
- adjectives in "-inen" (VISK § 273) with their cases and comparison ("-isen", "-iset",
  "-isempi") built on a compound of two listed words ("työ|perä|inen", "korkea|taso|inen"),
  on a superlative ("nuorin" -> "nuorimmainen"), or a listed word before a long adjective in
  "-inen" ("ansio|sidonnainen"); or the comparison and cases of a listed adjective in "-inen"
  ("arvoinen" -> "arvoisempi"). Finnish family names in "-nen" are built on one word
  ("Virta|nen", "Orava|inen", "Haikara|inen") or on a place in "-la"/"-lä" ("Karjala|inen"):
  neither is read here, and a stem part that is a given name ("Kai|vara|inen") is no
  evidence. Of the lexicon's 30,000 family names one alone reads so ("Haikarainen", as
  "hai|kara"), and no name of the lexicon is read here at all;
- nouns of a follower in "-isti" (VISK § 225) with their cases, where the lists hold the
  "-ismi" they are borrowed beside ("liberalismi" -> "liberalisti", "populistit");
- the comparative in "-mpi" of a listed adjective (VISK § 300: "lievä" -> "Lievempi, mutta
  ...", "halpa" -> "halvempi"); no name of the lexicon ends so but lakes' ("Savilampi").

And where a capitalised word is followed by a hyphen and a lower-case word: Finnish writes a
hyphen inside a compound where the first part ends in the vowel the second begins with
(VISK § 150: "tasa-arvo", "linja-auto", "maa-alue"), and a person's double name
capitalises both halves ("Marja-Leena"). Such a first part ("Tasa" of "Tasa-arvo", or of a
line broken after its hyphen, "Tasa- arvoa") is no name, when what follows is a Finnish word
and the whole is no name of the lexicon ("Halla-aho").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from casebook.deid import lexicon, vocab

_VOWELS = "aeiouyäö"
# The "-uus" noun's case forms (back vowels; the front ones swap "u" for "y", "a" for "ä").
_QUALITY_BACK = (
    "uus uuden uutta uuteen uudessa uudesta uudella uudelta uudelle uutena uudeksi uudet"
    " uuksia uuksien uuksiin uuksissa uuksista uuksilla uuksille"
).split()
_QUALITY = tuple(
    sorted(
        {*_QUALITY_BACK, *(e.replace("u", "y").replace("a", "ä") for e in _QUALITY_BACK)},
        key=len,
        reverse=True,
    )
)
# The "-inen" adjective's case forms and comparison: the stem is what stands before them.
_ADJECTIVE_BACK = (
    "inen isen ista iset isia isten iseen isessa isesta isella iselta iselle isena iseksi"
    " isiin isissa isista isilla isille isempi isemman isempaa isemmat isempia isin"
    " isimman isinta isimmat"
).split()
_ADJECTIVE = tuple(
    sorted(
        {*_ADJECTIVE_BACK, *(e.replace("a", "ä") for e in _ADJECTIVE_BACK)},
        key=len,
        reverse=True,
    )
)
_SHORTEST_STEM = 3
_SHORTEST_HEAD = 4  # the last part of a compound stem: "taso", "perä"; not "la", "kara"
_LONG_ADJECTIVE = 10  # "sidonnainen", after a listed word: "ansio|sidonnainen"
_PLACE_STEMS = ("la", "lä")  # "Karjala|inen", "Hämälä|inen": a family name's demonym
_FOLLOWING = re.compile(r"-[ ]?([a-zäöå]+)(?![^\W\d_])")
_AFTER_CAPITAL = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-Þ][^\W\d_]*[ ]\Z")
_PRECEDING = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,})-\Z")


def _stem(word: str, endings: tuple[str, ...]) -> tuple[str, str] | None:
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= _SHORTEST_STEM:
            return word[: -len(ending)], ending
    return None


def _listed_or_compound(stem: str) -> bool:
    """Whether the lists hold `stem`, or it is two listed words written together, the first
    no given name ("yhteisöllinen"; "korkea|taso")."""
    words = vocab.listed("fi")
    if stem in words:
        return True
    return _compound(stem)


def _compound(stem: str) -> bool:
    words, given = vocab.listed("fi"), lexicon.given_names()
    for cut in range(_SHORTEST_STEM, len(stem) - _SHORTEST_HEAD + 1):
        head, modifier = stem[cut:], stem[:cut]
        if head in words and modifier in words and modifier not in given:
            return True
    return False


def _quality_noun(word: str) -> bool:
    """Whether `word` is a noun of quality in "-uus"/"-yys" of a listed word (see module)."""
    found = _stem(word, _QUALITY)
    if found is None:
        return False
    stem, ending = found
    if stem.endswith("is"):
        adjective = stem[:-2] + "inen"
        return _listed_or_compound(adjective) or _adjective(adjective)  # "kohtuullis|uus"
    if stem.endswith(("ttom", "ttöm")):
        bare = stem[:-4]
        back = ending[0] == "u"
        return _listed_or_compound(bare) or bare + ("ton" if back else "tön") in vocab.listed("fi")
    if len(stem) < _SHORTEST_HEAD:
        return False
    return any(_listed_or_compound(stem + vowel) for vowel in "aäe")  # "yrittäj|yys"


def _adjective(word: str) -> bool:
    """Whether `word` is an adjective in "-inen" built on listed words (see module)."""
    found = _stem(word, _ADJECTIVE)
    if found is None:
        return False
    stem = found[0]
    words, names = vocab.listed("fi"), lexicon.all_names()
    if stem[-1] not in _VOWELS or stem[-1] == "i" or stem.endswith(_PLACE_STEMS):
        return False  # "Niemi|nen", "Karjala|inen": the shapes of family names
    if stem + "inen" in words and stem + "inen" not in names:
        return True  # "arvoisempi": a listed adjective compared or in a case
    if stem.endswith(("imma", "immä")) and stem[:-4] + "in" in words:
        return True  # "nuorimmainen": of the superlative "nuorin"
    if stem not in words and _compound(stem):
        return True  # "työ|perä|inen", not "Haikara|inen" (a listed word, as family names)
    given = lexicon.given_names()
    for cut in range(_SHORTEST_HEAD, len(word) - _LONG_ADJECTIVE + 1):
        modifier = word[:cut]
        if modifier in words and modifier not in given and _stem(word[cut:], _ADJECTIVE):
            return True  # "ansio|sidonnainen"
    return False


@lru_cache(maxsize=1 << 14)
def derived(word: str) -> bool:
    """Whether the lower-case `word`, which the Finnish lists lack, is a noun of quality in
    "-uus"/"-yys" or an adjective in "-inen" that Finnish builds from listed words (see the
    module). No name of the lexicon."""
    if len(word) < _SHORTEST_STEM + 4 or word in lexicon.all_names():
        return False
    return _quality_noun(word) or _adjective(word) or _ist_noun(word) or _comparative(word)


# The comparative "-mpi" (VISK § 300) after the adjective's stem: a final "a"/"ä" of two
# syllables turns to "e" ("lievä" -> "lievempi", "vanha" -> "vanhempi"), another vowel
# stays ("iso" -> "isompi"), and the stem's consonant takes its weak grade ("halpa" ->
# "halvempi", "tarkka" -> "tarkempi"). Weak grade -> the strong grades it may come of.
_STRONG = (
    ("v", ("p",)),
    ("k", ("kk",)),
    ("p", ("pp",)),
    ("t", ("tt",)),
    ("d", ("t",)),
    ("nn", ("nt",)),
    ("mm", ("mp",)),
    ("ll", ("lt",)),
    ("rr", ("rt",)),
    ("ng", ("nk",)),
)


def _comparative(word: str) -> bool:
    """Whether `word` is the comparative in "-mpi" of an adjective the lists hold."""
    if not word.endswith("mpi") or len(word) - 3 < _SHORTEST_STEM:
        return False
    stem = word[:-3]
    bases = {stem}
    if stem[-1] == "e":
        bases |= {stem[:-1] + "a", stem[:-1] + "ä"}  # "lieve" -> "lievä"
    words = vocab.listed("fi")
    for base in list(bases):
        body, vowel = base[:-1], base[-1]
        for weak, strongs in _STRONG:
            if body.endswith(weak):
                bases.update(body[: -len(weak)] + strong + vowel for strong in strongs)
    return not bases.isdisjoint(words)


# A noun of a follower in "-isti" and its cases: Finnish borrows "-ismi" and "-isti" in
# pairs (VISK § 225: "fasismi" and "fasisti", "turismi" and "turisti"), so "-isti" is a
# word where the lists hold its "-ismi". Of the lexicon's names in "-isti", none has one
# ("Battisti": no "battismi").
_IST = re.compile(r"([^\W\d_]{3,})ist(?:i|in|it|ia|ina|iksi|ille|ilta|eja|ien|eille|eista|eiksi)")


def _ist_noun(word: str) -> bool:
    """Whether `word` is a noun in "-isti" whose "-ismi" is listed ("rasisti", "turistit")."""
    match = _IST.fullmatch(word)
    return match is not None and match.group(1) + "ismi" in vocab.listed("fi")


def hyphen_compound_end(text: str, start: int, end: int, known: Callable[[str], bool]) -> int:
    """Whether text[start:end], a capitalised word, is the first part of a Finnish compound
    written with a hyphen: a hyphen (perhaps a space after it, a line broken there) and a
    lower-case word beginning with the vowel the first part ends with ("Tasa-arvo", "Tasa-
    arvoa"), that word a Finnish word (`known`, a predicate on a lower-case word), the whole
    no name of the lexicon, and no capitalised word right before it ("Jussi Halla-aho"): the
    end of the compound, else 0."""
    following = _FOLLOWING.match(text, end)
    if following is None or _AFTER_CAPITAL.search(text, max(0, start - 40), start):
        return 0  # "Jussi Halla-aho": a family name of two words after a given name
    first, second = text[start:end].lower(), following.group(1)
    return following.end() if _compound_parts(first, second, known) else 0


def hyphen_second_part(low: str, start: int, end: int) -> bool:
    """Whether the lower-case word at low[start:end] is the second part of such a compound,
    glued by a hyphen to a first part ending in the vowel it begins with ("tasa-arvo ei
    ole"): a word, though a given name in lower case ("arvo") stands so too."""
    if start < 3 or low[start - 1] != "-":
        return False
    before = _PRECEDING.search(low, max(0, start - 40), start)
    if before is None:
        return False
    second = low[start:end].split(" ", 1)[0]
    return _compound_parts(before.group(1), second, lambda word: False)


def _compound_parts(first: str, second: str, known: Callable[[str], bool]) -> bool:
    """Whether `first` and `second`, lower case, are the parts of a compound written with a
    hyphen: the second begins with the vowel the first ends with and is a Finnish word
    (listed, `known`, or `derived`), and the whole is no name of the lexicon."""
    if first[-1] not in _VOWELS or second[:1] != first[-1] or len(second) < _SHORTEST_STEM:
        return False
    if f"{first}-{second}" in lexicon.all_names():
        return False  # "Halla-aho": a family name of two words
    return second in vocab.listed("fi") or known(second) or derived(second)
