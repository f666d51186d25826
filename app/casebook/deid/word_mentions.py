"""A word mentioned as a word: the subject of a copula whose predicate is the noun "word".

A sentence can be about a word itself rather than what the word stands for: "Ulla var ikke
et ord hun brugte" ('Ulla' was not a word she used), "Hope is not the word he used", "Vilja
är ett ord hon ofta säger", "Toivo on sana, jota hän käyttää". A person is never a word,
so a capitalised word opening such a sentence, a copula after it (perhaps negated) and a
noun meaning "word" as the predicate (with its article or determiner, and perhaps one
adjective: "et sjældent ord", "a strange word"), is the word, whatever it is and whoever is
registered by that name. The nouns of naming are left out on purpose: "Ulla er et navn"
speaks of a name that may be the person's, and "Navnet Ulla", "hun hedder Ulla" name her.

`named_as_word` reads the words after the one in question; `names.py` asks it first for
every registered word, wherever it stands ("Typ, Holm är ordet för en ö": a word that no
English or Swedish list holds was taken whole before any reading of its sentence),
`neighbour_openings.reading` before a Norwegian, Danish or Finnish copula makes the opening
word a subject, whatever language a short sentence is read in, and
`initial_readings.no_subject` before an English or Swedish one does.

So is a word typed in lower case right after the noun "word" in its definite form ("hade lärt
sig ordet tindra", "she used the word hope", "ordet ebba"; `after_word_noun`): the word is
named, not a person, whose name would be capitalised. The nouns of naming are left out here
too ("namnet tindra", "the name hope" may be a person's name).
"""

from __future__ import annotations

import re

# Copulas of English, Swedish, Norwegian, Danish and Finnish, present and past.
_COPULAS = "is|was|isn't|wasn't|är|var|er|vart|on|oli|ei|eivät"
# Negations (Finnish "ei ole" / "ei ollut": the negation verb, then the copula's stem).
_NEGATIONS = "not|never|inte|ej|aldrig|ikke|ikkje|aldri|ole|ollut"
# Articles and determiners before the predicate noun.
_DETERMINERS = (
    "a|an|the|that|this|no|one|en|ett|et|ei|eit|ein|det|den|dette|detta|noe|noget|något"
    "|nåt|inget|intet|ingen|ikkje|mitt|mit|hennes|hendes|hennar|hans|sitt|sit"
)
# The noun "word" itself, singular, in each language (and its definite and partitive forms).
_WORD_NOUNS = "word|ord|ordet|sana|sanaa"
_MENTION = re.compile(
    rf"[ \t]*(?:{_COPULAS})"
    rf"(?:[ \t]+(?:{_NEGATIONS}))?"
    rf"(?:[ \t]+(?:{_DETERMINERS}))?"
    r"(?:[ \t]+[^\W\d_]+)?"  # one adjective: "et sjældent ord", "a strange word"
    rf"[ \t]+(?:{_WORD_NOUNS})(?![^\W\d_])"
)


def named_as_word(low: str, end: int) -> bool:
    """Whether the word ending at `end` of the lower-cased text `low` is the subject of a
    copula whose predicate is the noun "word": "ulla var ikke et ord", "hope is not the
    word", "vilja är ett ord", "toivo on sana" (not "ulla er et navn", "hope is the nurse")."""
    return _MENTION.match(low, end) is not None


# The noun "word" in its definite form, right before the word it names ("ordet tindra", "the
# word hope"): Swedish, Norwegian and Danish "ordet", English "the word".
# Not after a verb of giving, where "ordet" is the floor of a meeting and a person may take
# it ("gav ordet tindra", gave Tindra the floor).
_WORD_BEFORE = re.compile(
    r"(?<![^\W\d_])(?<!gav )(?<!ger )(?<!ge )(?<!lämnade )(?<!lämnar )(?<!ga )(?<!gir )"
    r"(?<!gi )(?<!gave )(?<!giver )(?:ordet|the[ \t]+word)[ \t]+\Z"
)


def after_word_noun(text: str, low: str, start: int) -> bool:
    """Whether the word at `start` is typed in lower case right after the noun "word" in its
    definite form ("lärt sig ordet tindra", "the word hope"): a word named, no person."""
    return text[start : start + 1].islower() and (
        _WORD_BEFORE.search(low, max(0, start - 24), start) is not None
    )
