"""A closed compound noun of one Nordic language that no list holds whole: Swedish
"Skolsköterskor" (school nurses), "Läkarbesök" (a doctor's visit); Norwegian "Skoleveiene",
Danish "Arbejdsløsheden"; Finnish "Kotikäynti" (a home visit), "Pöytäkirja" (minutes).

Swedish, Norwegian, Danish and Finnish write a compound as one word, and most compounds are
too rare for a frequency list. Opening a sentence before a verb ("Skolsköterskor sa att ...")
or a colon ("Kotikäynti: ..."), such a word read as a stranger's family name, which in these
languages is often itself built of two words ("Bergström", "Lindqvist", "Kivimäki"). What
tells them apart is the last part: a family name ends in a part typical of names ("-berg",
"-ström", "-qvist": `vocab.NAME_ELEMENTS`, and `vocatives.family_tails`, the endings of five
letters or more that several family names of the lexicon share), an ordinary compound in an
ordinary noun. So a word is a compound noun when it splits into a first part of four letters
or more and a last part of five or more, both ordinary words of the same language's lists (a
compound is written in one language: "make|unga", English and Swedish, is none), the last
uninflected or with a definite or plural ending of the language, neither part a name of the
lexicon, and the last part no ending typical of family names; in Swedish, Norwegian and Danish
the first part may drop or add a linking letter ("skol|a", "arbejd|s|"), in Finnish it stands
as it is ("koti|käynti": a stem given a vowel would split a misspelt "-inen" family name into
a verb and an inflected noun). A name of the lexicon is never asked (`unregistered`
decides those before), nor its genitive or Finnish case ("Sandras", "Mattssonille"), nor a
word with a patronymic ending ("-sen", "-son": "Stenbrandsen" is a family name).
"""

from __future__ import annotations

from functools import cache

from casebook.deid import lexicon, name_inflection, vocab, vocatives

_LANGUAGES = ("sv", "nb", "da", "fi")
# The patronymic endings of Scandinavian family names ("Hansen", "Karlsson", "-dotter"): a word
# ending so is read as a name however its parts read ("Sten|brandsen").
_PATRONYMIC = ("sen", "son", "dotter")
# "-besök", "-kirja" are read; "-slav", "-rite" ("Kras|o|slav", "Marg|u|rite": strangers'
# given names), "-by", "-vik" end too many names.
_SHORTEST_TAIL = 5
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
# Letters that join a first part to the last ("arbejd|s|løsheden", "kvinn|o|klinik"), or
# that the first part drops ("skol(a)|sköterskor").
_LINKS = ("s", "e", "o", "a", "u")


@cache
def _words(lang: str) -> frozenset[str]:
    return vocab.ordinary_in(("sv",)) if lang == "sv" else vocab.listed(lang)


def is_compound_noun(word: str) -> bool:
    """Whether a lower-case word is a compound of two ordinary words of one of the study's
    Nordic languages, its last part no name nor typical of names (see the module docstring)."""
    names = lexicon.all_names()
    if word in names or "-" in word or word[:-1] in names:  # "Sandras": Sandra's
        return False
    if word.endswith(_PATRONYMIC):
        return False  # "Stenbrandsen", "Stenbacksson": a patronymic family name's shape
    if any(base in names for base in name_inflection.bases(word)):
        return False  # "Kokkoselle", "Mattssonin": a name in a Finnish case
    for lang in _LANGUAGES:
        words = _words(lang)
        for cut in range(_SHORTEST_HEAD, len(word) - _SHORTEST_TAIL + 1):
            tail = word[cut:]
            if tail in names or tail in vocab.NAME_ELEMENTS or tail in vocatives.family_tails():
                continue
            if not _ordinary_tail(tail, words, lang, names):
                continue
            if _ordinary_head(word[:cut], words, names, lang):
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


def _ordinary_head(head: str, words: frozenset[str], names: frozenset[str], lang: str) -> bool:
    if lang == "fi":  # Finnish joins its parts as they stand ("koti|käynti", "pöytä|kirja")
        return len(head) >= _SHORTEST_HEAD and head in words and head not in names
    stems = [head] + [head + link for link in _LINKS]
    if head[-1] in _LINKS:
        stems += [head[:-1], head[:-1] + "a", head[:-1] + "e"]
    return any(
        len(stem) >= _SHORTEST_HEAD and stem in words and stem not in names for stem in stems
    )


# A document's title may end in a short ordinary word ("logg|bok", log book; "dag|bog"), one a
# name of the lexicon too ("Bok"): in that place no person's name stands (`document_titles`).
_TITLE_TAIL = 3


def title_compound(word: str, lang: str) -> bool:
    """Whether a lower-case word is two ordinary words of `lang` (one of the study's Nordic
    languages) written as one, its last part of three letters or more and no ending typical
    of family names: asked only of the word naming a document on a note's first line."""
    if lang not in _LANGUAGES:
        return False
    words, names = _words(lang), lexicon.all_names()
    for cut in range(_SHORTEST_HEAD, len(word) - _TITLE_TAIL + 1):
        tail = word[cut:]
        if (
            tail in words
            and tail not in vocab.NAME_ELEMENTS
            and tail not in vocatives.family_tails()
            and _ordinary_head(word[:cut], words, names - words, lang)
        ):  # a head that is a word as well as a name ("kenttä|päiväkirja": Kenttä) is the word
            return True
    return False


# The definite endings of Swedish, Norwegian and Danish nouns ("pension|en", "skol|an",
# "vei|ene", "hus|et", "børn|ene"), which no one's name carries.
_DEFINITE = {"sv": ("en", "et", "na"), "nb": ("en", "et", "ene"), "da": ("en", "et", "ene", "erne")}


def definite_noun(word: str, shortest: int = 4) -> bool:
    """Whether a lower-case word is a Swedish, Norwegian or Danish noun with its definite
    article, the bare noun (at least `shortest` letters) a word of that language's lists
    ("mottagning|en", the reception; "kontor|et"), neither of them a name of the lexicon
    ("Karen", "Helen" stay): a noun no one is called by."""
    names = lexicon.all_names()
    if word in names:
        return False
    for lang, endings in _DEFINITE.items():
        words = _words(lang)
        for ending in endings:
            bare = word[: -len(ending)]
            if (
                word.endswith(ending)
                and len(bare) >= shortest
                and word in words
                and bare not in names
                and (bare in words or bare + "e" in words)
            ):
                return True
    return False


def definite_compound(word: str, shortest_tail: int = _SHORTEST_TAIL) -> bool:
    """Whether a lower-case compound (`is_compound_noun`) ends in a definite noun of its
    Swedish, Norwegian or Danish last part ("folk|pension|en", the state pension): a common
    noun wherever it stands, for no one is called by a noun with its article. A slot that
    holds a person or a noun alone (a sign-off's line) may ask it with a shorter last part,
    `shortest_tail` letters before the article ("boende|stöd|et", the housing support
    signing)."""
    names = lexicon.all_names()
    for lang, endings in _DEFINITE.items():
        words = _words(lang)
        for ending in endings:
            if not word.endswith(ending):
                continue
            bare = word[: -len(ending)]
            for cut in range(_SHORTEST_HEAD, len(bare) - shortest_tail + 1):
                tail = bare[cut:]
                if (
                    (tail in words or tail + "e" in words)
                    and tail not in names
                    and _ordinary_head(bare[:cut], words, names, lang)
                ):
                    return True
    return False
