"""A word opening a Norwegian or Danish sentence before a copula and an indefinite noun phrase
whose noun is no person's: the subject is a thing, no person.

A predicate noun says what its subject is: a person is "en klok kvinne", "ein god lærar",
"et geni"; a thing or a kind is "et gammelt håndværk", "et tungt treslag", "en klok fugl". A
person called Smed, Eik or Ravn is registered; the note's Norwegian and Danish lines open
generic sentences with the same letters as bare nouns ("Smed er et gammelt håndværk", "Eik er
et tungt treslag å jobbe med", "Ravn er en klok fugl, sier bestemor"). So the copula ("er",
"var", "blir", "ble", "blei", "blev", "bliver", "vart", "vert"), perhaps with "ikke", "ikkje",
"også", "jo" or "nok", right after the opening word, then an indefinite article ("en", "ei",
"ein", "et", "eit") and one to three lower-case words up to the end of the clause (a stop, a
comma, a pronoun, a preposition, "å", "som": "en fugl vi ser", "et treslag å jobbe med"; a
conjunction inside leaves the phrase unread) make it
the word when every one of those words is a word of the sentence's language and none of them
- is a noun of people: the kin, role and company nouns (`noun_pairs.people_nouns`: "mor",
  "lege", "kvinne", "venn"), or a noun the published treebanks use for people
  (`data/person_nouns_nordic.txt`, `bench/build_person_nouns.py`: the predicate of a personal
  pronoun or a proper noun, "han er ein god lærar", "hun var et geni", "et forbilde", or the
  subject of a verb whose pronoun subjects are people, "bonden sa", "gutten tenkte"), in
  any of the forms they give it;
- is the phrase's last word, its head, and has the shape of a noun of agents or nationals
  ("-er", "-ar", "-ør", "-or", "-ist", "-ent", "-ant", "-log", "-inne", "-ske", "-ing":
  "snekker", "rektor", "pianist", "student", "psykolog", "venninne"; a thing so ending is left
  to the person too), or is among the 300 most frequent words of Norwegian, Danish, Swedish or
  English ("en annen nå");
- or is a name of the lexicon.
"Ravn er en klok kvinne", "Smed er en dyktig snekker", "Eik er et geni" stay the person, as
does every opening before anything else (`neighbour_openings.py` asks).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from casebook.deid import closed_words, lexicon, note_language, noun_pairs, vocab

_COPULAS = frozenset("er var blir ble blei blev bliver vart vert".split())
_BETWEEN = frozenset("ikke ikkje også jo nok".split())
_ARTICLES = frozenset("en ei ein et eit".split())
_LANGUAGES = ("nb", "da")
_AGENT_ENDINGS = (
    "er", "ar", "ør", "or", "ist", "ent", "ant", "log", "inne", "ske", "ing",
)  # fmt: skip
_JOINING = frozenset("og eller men".split())  # "en skarp og markant debattant": left alone
_NOUN_WORDS = 3
_FREQUENT = 300
_READ = ("nb", "da", "sv", "en")  # words between the article and the end of the clause, at most
_WORD = re.compile(r"[ \t]+([^\W\d_]+)(?![^\W\d_'’-])")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?]|\Z|\n)")
_PERSON_NOUNS = Path(__file__).with_name("data") / "person_nouns_nordic.txt"


@cache
def person_nouns() -> frozenset[str]:
    """Every form of the Norwegian and Danish nouns the treebanks use for people
    (`data/person_nouns_nordic.txt`: lemma, forms)."""
    forms: set[str] = set()
    for line in _PERSON_NOUNS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            forms.update(line.split("\t")[1].split("|"))
    return frozenset(forms)


@cache
def _stops() -> frozenset[str]:
    """Words that end the noun phrase: pronouns, the infinitive mark, relatives, conjunctions
    (a preposition ends it too: `closed_words.preposition`)."""
    return vocab.PRONOUNS | frozenset("å som der at".split())


@cache
def _frequent() -> frozenset[str]:
    """The 300 most frequent words of Norwegian, Danish, Swedish and English: pronouns,
    determiners, adverbs, particles; no head of a noun phrase is read among them."""
    return frozenset().union(*(vocab.most_frequent(lang, _FREQUENT) for lang in _READ))


def _thing_word(word: str, languages: tuple[str, ...]) -> bool:
    return (
        len(word) > 1
        and word not in person_nouns()
        and word not in noun_pairs.people_nouns()
        and word not in lexicon.all_names()
        and any(note_language.word_of(word, lang) for lang in languages)
    )


def thing_predicate(low: str, end: int, languages: tuple[str, ...]) -> bool:
    """Whether the word ending at `end` (in the lower-cased `low`), opening a sentence of
    Norwegian or Danish (`languages`), is followed by a copula, an indefinite article and a
    noun phrase that names no person ("smed er et gammelt håndværk.", "ravn er en klok
    fugl, sier"): a thing's predicate."""
    languages = tuple(lang for lang in languages if lang in _LANGUAGES)
    found = _WORD.match(low, end)
    if not languages or found is None or found.group(1) not in _COPULAS:
        return False
    found = _WORD.match(low, found.end())
    if found is not None and found.group(1) in _BETWEEN:
        found = _WORD.match(low, found.end())
    if found is None or found.group(1) not in _ARTICLES:
        return False
    words: list[str] = []
    index = found.end()
    while not _CLAUSE_END.match(low, index):
        found = _WORD.match(low, index)
        if found is None:
            return False  # a number, a hyphen, an apostrophe: no plain noun phrase
        word = found.group(1)
        if word in _stops() or closed_words.preposition(word):
            break  # "en fugl vi ser", "et treslag å jobbe med"; "en af dem" ends empty
        if word in _JOINING or len(words) == _NOUN_WORDS:
            return False  # "en skarp og markant debattant", a longer phrase: not read
        words.append(word)
        index = found.end()
    return (
        bool(words)
        and not words[-1].endswith(_AGENT_ENDINGS)  # the head: "en dyktig snekker"
        and words[-1] not in _frequent()  # "en annen nå", "en av": no noun at its end
        and all(_thing_word(w, languages) for w in words)
    )


# A copula, perhaps a negation or a particle, an indefinite article and one to three words up
# to the end of the clause or a preposition: "er en god venn av familien", "var en flink
# lærer.", "är en bra vän,".
_PERSON_PHRASE = re.compile(
    r"(?:er|var|ble|blev|blei|vart|är|blir|bliver)[ \t]+"
    r"(?:(?:ikke|ikkje|inte|også|också|jo|nok)[ \t]+)?(?:en|ei|ein|et|eit|ett)"
    r"((?:[ \t]+[^\W\d_]+){1,3}?)"
    r"(?=[ \t]*(?:[.,;:!?]|\n|\Z)|[ \t]+(?:av|af|for|för|til|till|i|på|som|med|fra|från|hos)"
    r"(?![^\W\d_]))"
)


def person_noun_predicate(low: str, index: int) -> bool:
    """Whether the words from `index` (lower case, a verb's start after a sentence's opening
    word) are a Norwegian, Danish or Swedish copula and an indefinite noun phrase whose head is
    a noun of people ("er en god venn av familien", "var en dyktig lærer.", "är en bra vän"):
    what only a person is, so the opening word is the person. A kin, role or company noun
    counts alone; a noun of the treebanks' list only with an agent's ending ("lærer"), since
    that list holds a few things too ("Bonde er et hårdt arbejde" keeps its word)."""
    found = _PERSON_PHRASE.match(low, index)
    if found is None:
        return False
    head = found.group(1).split()[-1]
    if head in noun_pairs.people_nouns():
        return True  # "en god venn", "en ung pasient"
    # the treebanks' list holds things too ("et hårdt arbejde"): an agent's shape with it
    return head in person_nouns() and head.endswith(_AGENT_ENDINGS)
