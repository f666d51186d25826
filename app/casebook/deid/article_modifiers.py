"""A capitalised word-name between an article and a noun: the name of a thing, no person.

Notes name rooms, products, funds, shops and events after ordinary words and write them
capitalised inside a sentence: "we met in the Ivory room", "the Petty cash tin", "the Hearty
soup", "a Golden kiosk". Where that word is also a registered person's given name, the
capital alone would make it the person (`names.py`, rule 6). English puts no article right
before a person's name, and a person's name right after one takes no common noun next: "the
Hansen family" and "the Glory sisters" name a family by a noun of its members, "the Rowan I
met" and "the Tad who came" take a pronoun or a relative, "the Tad of old" a preposition.
So a capitalised English word right after "the", "a", "an", "this", "these" or "those"
(lower case, or "The" opening its sentence) or after "pair of", a measure whose noun takes no
article ("a pair of Crisp mittens"), and right before a lower-case English word that can be a
noun there, or a noun in "-ing" that opens a compound with one ("the Kitty bathing hut"; not
a verb whose subject is a person, "the Tad eating lunch"), is that noun's modifier, the name
of a thing; so is such a word before a
capitalised English word that is no name of the lexicon and such a noun ("the Witty Owl quiz
night", not "the Glory Hill report"), after "the" and before punctuation that ends the phrase
("After the Flood, a title"), and after a capitalised "The" inside a sentence, which opens a
title ("the film The Brink is next"), unless a noun of a family or of people or a pronoun
follows ("we saw The Glory sisters").

The word after it must be an English dictionary word (`vocab.listed("en")`, or a common
noun of WordNet, `name_nouns.english_nouns`) that is none of: a pronoun, a preposition, a
determiner or conjunction, an interjection (`closed_words`), a verb a subject takes
(`vocab.STRONG_FOLLOWERS`, `vocab.WEAK_FOLLOWERS`), an English past ("-ed" or irregular,
"bent", "told") or a form in "-ing" that the treebanks use as no noun ("sitting"), an adverb
in "-ly", a noun of a family, a relation or a role (`vocab.FAMILY_NOUNS`,
`vocab.RELATIONS`), a noun of what a person has, lives in or goes through (`_OF_A_PERSON`:
"the Bent house", "the Petty case", "the Ivory visit"), or a noun of people
(`person_nouns_en.person_noun`: "the Glory volunteer" may name the volunteer). Nothing but
one space stands between the three words ("the Tad,\nroom" is no phrase). The word itself
must be an English dictionary word ("Ivory", "Petty"): a name that is no word ("the Hansen
family", "the Lund file") is left to the rules that read it, and so is any word after
another determiner or a possessive ("her Glory bakery" may be "told her Glory was late").

A word in "s" after "the", "these" or "those" may be a family in the plural ("the Browns
were", "met the Hills at the jetty", "the Hills meet at noon"): it names a thing only before
one or two nouns that end the phrase at punctuation, none a verb whose subject is a person in
the treebanks (`clause_subjects.person_verb_forms`): "the Mats car park.", "the Hills jetty,".
After "a" or "an" no family stands ("a Rolls towel").

The phrase is English whatever the note's language, so `names.py` asks this before it judges
the word's language. In the UD English treebanks (all files, `bench/article_modifiers.py`)
43 proper nouns stand where the rule reads a thing, three of them a person's name used as a
modifier ("the Bush administration", "a Hill administration", "The Needle report"): a
registered word-name used so ("the Glory administration") loses the person, but not before a
noun of `_OF_A_PERSON` ("the Glory report"). Put in place of 4,908
proper nouns that annotators mark as a person or tag as a subject, object or apposition, a
word-name is read as a thing 99 times, never where a person's name stood: places, courts,
parties, titles ("the Rhine", "the Court", "appeared in The Conversation"). With the shapes
after "pair of", before "-ing" and of words in "s" (`--substitute Hills Mats Woods Rolls Kitty
Crisp Apple Roach`: 55,400 slots of persons, subjects, objects, obliques, nominal modifiers
and appositions), 4 more: "a Hills administration", where GUM has Clinton, the modifier use
above.
"""

from __future__ import annotations

import re
from functools import cache

from casebook.deid import (
    clause_subjects,
    closed_words,
    context,
    homographs,
    lexicon,
    name_nouns,
    person_nouns_en,
    vocab,
)

# The article, one space, the word: the article lower case, or "The" opening a sentence; or
# "pair of", a measure whose noun takes no article ("a pair of Crisp mittens").
_BEFORE = re.compile(r"(?<!\w)(the|a|an|this|these|those|The|A|An|This|These|Those|pairs? of) \Z")
# Articles a family in the plural takes ("the Hills were", "those Woods boys").
_PLURAL_ARTICLES = frozenset("the these those".split())
_AFTER = re.compile(r" ([a-z]+)\b(?![-'’])")
# A capitalised English word and a lower-case noun after the word ("the Witty Owl quiz").
_AFTER_TITLED = re.compile(r" ([A-Z][a-z]+) ([a-z]+)\b(?![-'’])")
_AFTER_ANY = re.compile(r" ([A-Za-z]+)\b")
# Punctuation that ends the article's phrase right after the word ("the Flood, a title").
_PHRASE_END = frozenset(",.;:!?")
_CONJUNCTIONS = frozenset("and or but nor so yet than as if because while though versus".split())
# Adverbs of time and place and particles that follow a noun phrase, a person's too ("the
# Tad here", "the French then moved", "the Union already"): no noun of the phrase.
_ADVERBS = frozenset(
    """today tonight tomorrow yesterday now then here there already soon still too out off
    up down away back online like once twice""".split()
)
# Nouns of what a person has, lives in or goes through, which field notes name after the
# person ("the Bent house", "the Petty case", "the Ivory visit went well", "after the Glory
# meeting"): before them the word stays the person, as it did before this reading.
_OF_A_PERSON = frozenset(
    """case cases file files record records report reports notes note visit visits
    interview interviews appointment appointments session sessions meeting meetings
    referral assessment funeral wedding birthday house home flat apartment household place
    farm estate situation affair story diagnosis account request complaint application""".split()
)


@cache
def _english() -> frozenset[str]:
    return vocab.listed("en") | name_nouns.english_nouns()


def noun_here(word: str) -> bool:
    """Whether the lower-case `word` may be the common noun an article's phrase ends with:
    an English noun that is no pronoun, verb, adverb, noun of people or of what a person has
    ("allotments", "room"; not "file", "sisters", "came")."""
    if len(word) < 3 or word not in _english():
        return False
    if (
        word in vocab.PRONOUNS
        or word in _ADVERBS
        or word in vocab.ADVERBS
        or word in vocab.PLURAL_VERBS
        or word in name_nouns.adjectives()
        or word in vocab.DETERMINERS
        or word in _CONJUNCTIONS
        or closed_words.closed(word)
        or closed_words.preposition(word)
        or word in vocab.STRONG_FOLLOWERS
        or word in vocab.WEAK_FOLLOWERS
        or word in homographs.IRREGULAR_PAST
        or word in vocab.FAMILY_NOUNS
        or word in vocab.RELATIONS
        or word in _OF_A_PERSON
        or _people(word)
    ):
        return False
    if word.endswith(("ed", "ing")) and word not in name_nouns.verbal_nouns():
        return False
    return not word.endswith("ly")


def _people(word: str) -> bool:
    """Whether the lower-case `word` is a noun of people, or the plural of a noun one of whose
    senses is people: "the Glory volunteer", "the Hills parents", "the Kitty neighbours" name
    the people of a family, as "the Glory sisters" does."""
    return person_nouns_en.person_noun(word) or (
        word.endswith("s") and person_nouns_en.may_be_people(word)
    )


def modifier(text: str, start: int, end: int) -> bool:
    """Whether the capitalised English word text[start:end] names a thing after an article:
    before a lower-case noun ("the Ivory room", "a Golden kiosk"), before a capitalised
    English word that is nobody's name and a lower-case noun ("the Witty Owl quiz"), after
    "the" at the end of its phrase ("After the Flood, a title"), or after a capitalised "The"
    inside a sentence, a title's own article ("the film The Brink is next"); not "the Glory
    sisters", "the Tad I met", "the Hansen family", "the Glory Hill report"."""
    word = text[start:end]
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    if word.lower() not in vocab.listed("en"):
        return False
    found = _BEFORE.search(text, max(0, start - 10), start)
    if found is None:
        return False
    article = found.group(1)
    if word.endswith("s") and article.lower() in _PLURAL_ARTICLES:
        return _compound_after(text, end)  # "the Browns were": a family in the plural
    if article == "The" and not context.sentence_start(text, found.start(1)):
        return not _names_people_after(text, end)  # "the film The Brink is": a title
    after = _AFTER.match(text, end)
    if after is not None:
        return noun_here(after.group(1)) or _ing_compound(text, after)
    if article.lower() == "the" and text[end : end + 1] in _PHRASE_END:
        return True  # "After the Flood, a title", "met at the Ivory.": the thing itself
    titled = _AFTER_TITLED.match(text, end)
    return (
        titled is not None
        and titled.group(1).lower() in vocab.listed("en")
        and titled.group(1).lower() not in lexicon.all_names()
        and noun_here(titled.group(2))
    )


def _names_people_after(text: str, end: int) -> bool:
    """Whether a noun of a family, a relation or of people follows text[:end] ("The Glory
    sisters")."""
    after = _AFTER_ANY.match(text, end)
    if after is None:
        return False
    word = after.group(1).lower()
    return (
        word in vocab.FAMILY_NOUNS
        or word in vocab.RELATIONS
        or person_nouns_en.person_noun(word)
        or word in vocab.PRONOUNS
    )


def _ing_compound(text: str, after: re.Match[str]) -> bool:
    """Whether the word in `after` is a noun in "-ing" that opens a compound, a lower-case noun
    right after it ("the Kitty bathing hut", "a Golden swimming pool"); not a form of a verb
    whose subject is a person ("the Tad eating lunch")."""
    word = after.group(1)
    if not word.endswith("ing") or word not in _english():
        return False
    if word in clause_subjects.person_verb_forms():
        return False
    head = _AFTER.match(text, after.end())
    return head is not None and noun_here(head.group(1))


def _compound_after(text: str, end: int) -> bool:
    """Whether a word in "s" after "the", "these" or "those" is the modifier of a thing, not a
    family in the plural: one lower-case noun, or two ("car park", "bus stop", "bathing hut"),
    follow that no person does, none a verb whose subject is a person in the treebanks, and
    the phrase ends there at punctuation ("the Mats car park.", "at the Hills jetty,"). A
    family's verb takes its object or adverb after it: not "the Hills were", "met the Hills at
    the jetty", "the Woods boys", "the Hills meet at noon", "the Hills smile through it"."""
    after = _AFTER.match(text, end)
    if after is None:
        return False
    noun = after.group(1)
    if _ing_compound(text, after):
        head = _AFTER.match(text, after.end())
        return head is not None and _ends_phrase(text, head.end())
    if not noun_here(noun) or noun in clause_subjects.person_verb_forms():
        return False
    if _ends_phrase(text, after.end()):
        return True
    head = _AFTER.match(text, after.end())
    return head is not None and _second_noun(head.group(1)) and _ends_phrase(text, head.end())


def _ends_phrase(text: str, end: int) -> bool:
    return text[end : end + 1] in _PHRASE_END


def _second_noun(word: str) -> bool:
    """Whether the lower-case `word` may end a compound of two nouns ("park", "stop"): an English
    noun that is no pronoun, preposition, adverb, person's noun or verb whose subject is a
    person; an interjection may be a noun there ("stop")."""
    return (
        len(word) >= 3
        and word in _english()
        and word not in vocab.PRONOUNS
        and word not in _ADVERBS
        and word not in vocab.ADVERBS
        and word not in vocab.DETERMINERS
        and word not in _CONJUNCTIONS
        and (closed_words.interjection(word) or not closed_words.closed(word))
        and not closed_words.preposition(word)
        and word not in vocab.FAMILY_NOUNS
        and word not in vocab.RELATIONS
        and word not in _OF_A_PERSON
        and not _people(word)
        and word not in clause_subjects.person_verb_forms()
        and not word.endswith(("ed", "ly"))
    )
