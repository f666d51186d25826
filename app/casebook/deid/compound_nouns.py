"""A closed compound noun of one Nordic language that no list holds whole: "Skogshuggare"
(skog + huggare, a woodcutter), "Tandläkartid" (a dentist's appointment), "Barnsköterskor",
"Vattenkokare"; Norwegian and Danish "Skoleveiene", "Regnjakke"; Finnish "Kotikäynti" (a home
visit), "Pöytäkirja" (minutes).

Swedish, Norwegian, Danish and Finnish write a compound as one word, and most compounds are
too rare for a frequency list. Opening a sentence before a verb ("Skogshuggare sa att ..."),
such a word read as a stranger's family name, which in these languages is often itself built
of two words ("Bergström", "Lindqvist", "Kivimäki"). What tells them apart is the last part:
a family name ends in a part typical of names ("-berg", "-ström", "-qvist", "-mäki", the
`vocab.NAME_ELEMENTS` and the endings several family names of the lexicon share), an ordinary
compound in an ordinary noun. So a word is a compound noun when it splits into a first part
and a last part, both ordinary words of the same language's lists (a compound is written in
one language: "make|unga", English and Swedish, is no compound), the last of five letters or
more, uninflected or with a definite or plural ending of the language, neither part a name of
the lexicon, and the last part no ending typical of family names; a name's genitive or Finnish
case ("Sandras", "Mattssonille") is a name, not a compound. The first part may drop or
add a linking letter ("skog|s|huggare", "kvinn|o|klinik", "arbet|e"). A name of the lexicon
is never asked: `unregistered` decides those before.
"""

from __future__ import annotations

from functools import cache

from casebook.deid import lexicon, name_inflection, vocab

_LANGUAGES = ("sv", "nb", "da", "fi")
_SHORTEST_TAIL = 5  # "-besök", "-kirja" are read; "-slav", "-rite", "-by", "-vik" end too many names
_SHORTEST_HEAD = 4  # "barn|", "folk|", "koti|"; "mak|unga" is no compound
# Definite and plural endings a last part may carry: Swedish ("tid|en", "skötersk|or"),
# Norwegian and Danish ("vei|ene", "jakk|en"), none for Finnish (its cases are left alone:
# "-nen", "-lla" and their kind end names as often as words).
_ENDINGS = {
    "sv": ("na", "en", "et", "ar", "er", "or", "n", "t", "r"),
    "nb": ("ene", "en", "et", "er", "a"),
    "da": ("erne", "ene", "en", "et", "er"),
    "fi": (),
}
# Letters that join a first part to the last ("skog|s|huggare", "kvinn|o|klinik",
# "barne|hage"), or that the first part drops ("gruv(a)|arbetare").
_LINKS = ("s", "e", "o", "a", "u")


@cache
def _words(lang: str) -> frozenset[str]:
    return vocab.ordinary_in(("sv",)) if lang == "sv" else vocab.listed(lang)


@cache
def _name_tails() -> frozenset[str]:
    """Endings of five letters or more that two family names of the lexicon or more end in
    after a first part ("-ström", "-qvist", "-järvi", "-gaard"): typical of names."""
    counts: dict[str, int] = {}
    for name in lexicon.family_names():
        for cut in range(1, len(name) - _SHORTEST_TAIL + 1):
            counts[name[cut:]] = counts.get(name[cut:], 0) + 1
    return frozenset(tail for tail, count in counts.items() if count >= 2)


def is_compound_noun(word: str) -> bool:
    """Whether a lower-case word is a compound of two ordinary words of one of the study's
    Nordic languages, its last part no name nor typical of names (see the module docstring)."""
    names = lexicon.all_names()
    if word in names or "-" in word or word[:-1] in names:  # "Sandras": Sandra's
        return False
    if any(base in names for base in name_inflection.bases(word)):
        return False  # "Kokkoselle", "Mattssonin": a name in a Finnish case
    for lang in _LANGUAGES:
        words = _words(lang)
        for cut in range(_SHORTEST_HEAD, len(word) - _SHORTEST_TAIL + 1):
            tail = word[cut:]
            if tail in names or tail in vocab.NAME_ELEMENTS or tail in _name_tails():
                continue
            if not _ordinary_tail(tail, words, lang, names):
                continue
            if _ordinary_head(word[:cut], words, names):
                return True
    return False


def _ordinary_tail(tail: str, words: frozenset[str], lang: str, names: frozenset[str]) -> bool:
    if tail in words:
        return True
    for ending in _ENDINGS[lang]:
        stem = tail[: -len(ending)]
        if (
            tail.endswith(ending)
            and len(stem) >= _SHORTEST_TAIL
            and stem not in names
            and (stem in words or stem + "e" in words or stem + "a" in words)
        ):
            return True
    return False


def _ordinary_head(head: str, words: frozenset[str], names: frozenset[str]) -> bool:
    stems = [head] + [head + link for link in _LINKS]
    if head[-1] in _LINKS:
        stems += [head[:-1], head[:-1] + "a", head[:-1] + "e"]
    return any(
        len(stem) >= _SHORTEST_HEAD and stem in words and stem not in names for stem in stems
    )
