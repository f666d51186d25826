"""A capitalised word right after a lower-case word, opening a sentence whose full stop was left
out: read by the words on either side of it.

Pasted lines, one item after another and hurried notes run sentences on without their stop:
"... hela veckan Hans mamma ringde", "... please help Mark the date in the calendar", "...
kaikki keittiöön Aina kun hän menee", "... from the library My son was able". `names.py`
takes a capitalised registered word inside a sentence for the person (rule 6), and asked
`word_readings.unpunctuated_start` for a missed stop only after an English noun or adjective.
A person named in mid-sentence is the subject of what follows, so a finite verb follows it
("... i går Hans ringde", "... and then Will called"), or the object or complement of the
word before it, which then is a verb, a preposition, a title or another word that takes a
person ("med Hans", "träffade Hans", "told Mark"). Where neither holds - the word before is
an ordinary word that ends a clause, and the word after is a lower-case word that no
language of Casebook's notes writes as a finite verb ("Hans mamma", "Mark the", "My son",
"Aina kun", "Till slut") - the capital opens a sentence, and the readings of a word opening
one decide (`names.py` rule 7, `neighbour_openings`). Not after a Finnish noun of a place
in a local case ("kasvoi paikassa Kotka ja muutti"): the place's name stands there in
apposition, uninflected; nor after a Finnish past participle ("on auttanut Helmi koko
syksyn"), whose subject Finnish may put after it.

Finite verbs are read loosely, so that a person is not lost to a verb the lists miss: English
auxiliaries, a word in "-s" or "-ed" or an irregular past; Swedish, Norwegian and Danish
presents and pasts by `clause_verbs.finite_verb` and `neighbour_openings.finite`; Finnish
third persons. A bare English verb ("Will stay", "Will call back") is no finite verb of a
person: "Will stays", "Will called".
"""

from __future__ import annotations

from casebook.deid import (
    bare_verb_objects,
    clause_verbs,
    homographs,
    neighbour_openings,
    note_language,
    vocab,
    word_readings,
)
from casebook.deid.context import NEXT_WORD, previous_word

_ENGLISH_FINITE = frozenset(
    """is was are were has had have does did do can could will would shall should may might
    must am isn wasn doesn didn hasn hadn won wouldn couldn""".split()
)


def opens(text: str, low: str, start: int, end: int) -> bool:
    """Whether the capitalised word text[start:end] (`low` the lower-cased text) opens a
    sentence whose full stop was left out: one space after a lower-case word that takes no
    person after it, and one space before a lower-case word that is no finite verb."""
    if start < 3 or text[start - 1] != " " or not text[start - 2].islower():
        return False
    if not text[start + 1 : end].islower():
        return False  # "tar PER med": emphasis or a name in capitals
    following = NEXT_WORD.match(text, end)
    if following is None or not following.group(1).islower():
        return False
    prev, gap = previous_word(low, start)
    if gap or len(prev) < 2 or not prev.isalpha():
        return False
    if text[start - 1 - len(prev) : start - 1] != prev:
        return False  # the word before is written in lower case
    if prev in _FINNISH_PLACE_NOUNS:
        return False  # "kasvoi paikassa Kotka ja ...": the place's name, in apposition
    if bare_verb_objects.object_of_bare_verb(low, start):
        return False  # "them blame Clay for": the bare verb's object, no new sentence
    return _ends_clause(prev) and _no_verb(following.group(1))


# Finnish nouns of a place in the local cases (in, from, to, at: "paikassa", "kaupungista",
# "kuntaan", "paikkakunnalla"), which Finnish writes before a place's name in the nominative
# when the name is not inflected ("kasvoi paikassa Kotka", "asuu kunnassa Isojoki"): the
# name is no new sentence's first word there, even where it is a word as well (kotka, an
# eagle).
_FINNISH_PLACE_NOUNS = frozenset(
    """paikassa paikasta paikkaan paikalla paikalta paikalle kaupungissa kaupungista
    kaupunkiin kaupungilla kunnassa kunnasta kuntaan kunnalla kylässä kylästä kylään
    kylällä paikkakunnalla paikkakunnalta paikkakunnalle paikkakunnassa paikkakunnasta
    maakunnassa maakunnasta maakuntaan kaupunginosassa kaupunginosasta""".split()
)


def _ends_clause(prev: str) -> bool:
    """Whether a lower-case word may end a clause before a new sentence: no function word of
    English or Swedish, no frequent word of a neighbour language, no word a person follows
    (`word_readings.before_person`), no verb whose object a person may be."""
    if (
        prev in vocab.function_words()
        or clause_verbs.opener(prev)  # "sidan Rose då vert": a conjunction
        or note_language.frequent(prev, note_language.NEIGHBOURS)
        or word_readings.before_person(prev)
        or prev in vocab.PERSONAL_DATA
    ):
        return False
    if prev.endswith(("ed", "ing")) or prev in homographs.IRREGULAR_PAST:
        return False  # "told", "called", "meeting": a person may be the object
    if prev.endswith("t") and _swedish_supine(prev):
        return False  # "har sökt Inga två gånger"
    if prev.endswith(_FINNISH_PARTICIPLE) and note_language.word_of(prev, "fi"):
        return False  # "on auttanut Helmi koko syksyn": the subject after the perfect, inverted
    return not _finite(prev) and not _swedish_infinitive(prev) and not _loose_verb(prev)


# The Finnish active past participle (VISK § 522: "auttanut", "täyttänyt", plural "-neet"),
# which makes the perfect with "on"/"oli": its subject may stand after it ("Läksyissä on
# auttanut Helmi", a person put last for focus) and so may its object ("oli tavannut Ellan").
_FINNISH_PARTICIPLE = ("nut", "nyt", "neet")


def _loose_verb(word: str) -> bool:
    """Whether a word of Norwegian, Danish or Finnish has a finite verb's ending ("reiser",
    "forstår", "døydde", "kertoi"): a person after it may be its subject, put after the
    verb ("Kanskje forstår Inga at ...") or its object."""
    if word.endswith(("dde", "ede")):
        return True  # a weak past, listed or not ("døydde", "ringede")
    if any(note_language.word_of(word, lang) for lang in ("nb", "da")):
        return word.endswith(("r", "te", "de", "a"))
    return note_language.word_of(word, "fi") and word.endswith(_VERB_ENDINGS[6:])


def _swedish_supine(word: str) -> bool:
    """A Swedish supine whose infinitive the lists hold ("sökt", "ringt", "pratat")."""
    known = vocab.known_words()
    return word[:-1] in known and word[:-1].endswith("a") or word[:-1] + "a" in known


def _swedish_infinitive(word: str) -> bool:
    """A Swedish or Norwegian infinitive in "-a"/"-e" whose present or past the lists hold
    ("träffa", "ringa", "møte"; not "vecka", whose "veckade" no list holds)."""
    if not word.endswith(("a", "e")) or len(word) < 3:
        return False
    known = vocab.known_words()
    stem = word[:-1]
    return any(
        form in known or note_language.word_of(form, "nb")
        for form in (word + "r", word + "de", stem + "er", stem + "te")
    )


# Endings a finite verb of Norwegian, Danish or Finnish may have ("kler", "nikka", "ringde",
# "kikatteli", "tulee"): a frequent word of those languages with one is not read as no verb.
_VERB_ENDINGS = ("r", "a", "ä", "te", "de", "et", "i", "aa", "ää", "ee", "oo", "uu", "yy")


def _no_verb(word: str) -> bool:
    """Whether the lower-case word after the capital cannot be a finite verb of a person:
    an English or Swedish word no list or shape reads as one ("the", "mamma", "nya",
    "son"), or one of a neighbour language's most frequent words without a verb's ending
    ("kun", "hän", "mor"). Other words of Norwegian, Danish and Finnish, whose verbs the
    lists hold only in part ("leikar", "nikka", "kyhjötti"), and words no list holds tell
    nothing."""
    if _finite(word):
        return False
    if word in vocab.known_words():
        return True
    return note_language.frequent(word, note_language.NEIGHBOURS) and not word.endswith(
        _VERB_ENDINGS
    )


def _finite(word: str) -> bool:
    """Whether a lower-case word may be a finite verb of English, Swedish, Norwegian, Danish
    or Finnish (read loosely: a person is not to be lost to a verb a list misses)."""
    if word in _ENGLISH_FINITE or word in homographs.IRREGULAR_PAST:
        return True
    if len(word) > 3 and word.endswith(("s", "ed")):
        return True
    if clause_verbs.finite_verb(word):
        return True
    if clause_verbs.strong_past(word) and word not in vocab.common_words(("en",)):
        return True  # "låg", "gick"; not "for" of "Bill for the electricity"
    return neighbour_openings.finite(word, False) or neighbour_openings.finite(word, True)
