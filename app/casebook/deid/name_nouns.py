"""Registered names that are rarer English nouns, typed in lower case after a determiner.

A registered name that no common-word list holds (`vocab.common_words`) is a name wherever it
stands, in any case. Some are English nouns all the same, rarer than the common words: a tree
("rowan"), a gem ("opal"), a plant ("fern"), a trade ("fowler"). Typed in lower case right
after an English article or possessive determiner, at once or after an adjective of the UD
English treebanks (`data/adjectives_en.txt`: "a rowan", "the old fowler", "an opal"), such
a word is the noun the phrase is built on (`lowercase_registered.determined_noun`: in UD
English 46 of 23,222 lower-case words there are proper nouns, none a person's name). The
word must be an English dictionary word: a rarer known word (`data/known_en.txt`, wordfreq
ranks 20,001-100,000 that a spelling dictionary lists in lower case) or a word that WordNet
lists as a common noun, a name of the lexicon or not (`data/name_nouns_en.txt`,
`bench/build_name_nouns.py`). Capitalised it stays the person ("the Rowan I met"), and so
does a word after a role noun or relation ("the treasurer rowan said", "my son rowan") or
after "her" ("told her rowan was late"), and so does a word before a noun of a family or its
members or a relation ("we visited the dahl family", "the dahl kids"): the family's name.

An article and one or two lower-case words that modify the noun make the same phrase when it
closes right after the word ("we kept the belt sander for the next evening", "a worn teddy.":
`modified`); a verb or other word after it may open a relative clause whose subject the
person is ("the bike teddy fixed was red"), and a noun of people before it is the person's
role ("the nurse sander"). In all UD English files none of 2,485 words in that slot is a
person's name.

Two more slots hold such a noun without an article. After a quantifying determiner, "some" or
"any", stands a mass or plural noun ("with some prudence", "without any opal"); a name
takes none ("some Anna" is capitalised). And a noun repeated around "by" is a distributive
phrase ("rowan by rowan", "step by step"), no person.
"""

from __future__ import annotations

import re
from functools import cache

from casebook.deid import (
    closed_words,
    compound_openings,
    context,
    greetings,
    lowercase_registered,
    person_nouns_en,
    vocab,
)

# The determiners `lowercase_registered.determined_noun` reads, right before the word.
_DETERMINERS = frozenset(lowercase_registered.DETERMINERS)


@cache
def english_nouns() -> frozenset[str]:
    """Rarer English dictionary words and the lexicon's names that WordNet lists as common
    nouns (see the module's docstring)."""
    return vocab.listed("en") | vocab._read("name_nouns_en.txt")


@cache
def verbal_nouns() -> frozenset[str]:
    """English words in "-ed" or "-ing" the UD treebanks use as nouns (`data/verbal_nouns_en.txt`,
    `bench/build_verbal_nouns_en.py`): "evening", "meeting"; not "faded"."""
    return vocab._read("verbal_nouns_en.txt")


@cache
def adjectives() -> frozenset[str]:
    """English adjectives of the UD treebanks, never a noun there (`data/adjectives_en.txt`,
    `bench/build_english_adjectives.py`): "old", "tiny"; not "treasurer", "caretaker"."""
    return vocab._read("adjectives_en.txt")


# Nouns for a family or a set of its members (`vocab.FAMILY_NOUNS` and the kin a note counts
# as a set): a word before one is the family's name ("the dahl family", "the dahl twins").
_FAMILY_NOUNS = vocab.FAMILY_NOUNS | frozenset("boys girls siblings clan".split())


def _names_family(low: str, end: int) -> bool:
    kind, after, _ = context.next_word(low, end)
    return kind == "w" and (after in _FAMILY_NOUNS or after in vocab.RELATIONS)


# Nouns for some members of a family ("kids", "twins"), and for the family as a whole, which
# is a botanist's too ("the rose family includes"): a registered word before one, with a verb a
# subject takes after it, names whose they are.
_MEMBERS = _FAMILY_NOUNS - frozenset("family families household clan".split())
_WHOLE = frozenset("family families household".split())


def members_follow(low: str, start: int, end: int) -> bool:
    """Whether a noun for a family or its members follows the word low[start:end], and a verb
    follows that noun: "Pine sisters were singing", "then the pine kids came", "the pine
    family moved away" are the Pine family whatever "pine" also means. The verb is one of
    saying or doing or one only a plural takes ("give young girls who are fans" is an
    adjective's noun; an English adjective is never read so). After "family" only a verb of
    saying or doing counts ("the rose family is large", "includes" stay the botanist's);
    "pine kids' toys" or "the pine twins" at a line's end say no more than the word does."""
    kind, noun, index = context.next_word(low, end)
    if kind != "w" or (noun not in _MEMBERS and noun not in _WHOLE):
        return False
    kind, verb, _ = context.next_word(low, index + len(noun))
    if kind != "w" or low[start:end] in adjectives():
        return False
    return verb in vocab.STRONG_FOLLOWERS or (noun in _MEMBERS and verb in vocab.PLURAL_VERBS)


# English quantifying determiners that open a phrase of a mass or plural noun. Not "much"
# ("thanks so much rowan" greets a person) nor "no" (nynorsk "now": "no rowan kom").
_QUANTIFIERS = frozenset({"some", "any"})


def quantified(text: str, low: str, start: int, end: int) -> bool:
    """Whether the lower-case registered word `low[start:end]`, an English noun, stands right
    after "some" or "any" ("with some prudence the fund lasts") or around "by" with itself
    ("rowan by rowan"): the noun, no person (see the module's docstring)."""
    word = low[start:end]
    if not (text[start : start + 1].islower() and word in english_nouns()):
        return False
    before, gap = context.previous_word(low, start)
    if not gap and before in _QUANTIFIERS:
        return True
    if not gap and before == "one" and _counted(low, start, end):
        return True
    after = end + 4 + len(word)
    if low.startswith(" by " + word, end) and not low[after : after + 1].isalpha():
        return True
    begin = start - 4 - len(word)
    return (
        begin >= 0 and low.startswith(word + " by ", begin) and not low[begin - 1 : begin].isalpha()
    )


# Words before "one" that make it a pronoun, the head of its own phrase ("the one rowan
# picked", "which one rowan wanted", "no one rowan knew"), rather than a numeral before a noun.
_PRONOUN_ONE = _DETERMINERS | frozenset(
    "this that which what whichever no any some only single other little every each".split()
)


def _counted(low: str, start: int, end: int) -> bool:
    """Whether "one" right before the word at `start` counts it ("planted one rowan for each
    child"): no determiner, wh-word or adjective before "one" ("the last one rowan bought"),
    and no verb or "and" after the word."""
    one = start - 4
    before, gap = context.previous_word(low, one)
    return not (
        gap == "" and (before in _PRONOUN_ONE or before in adjectives())
    ) and _no_verb_after(low, end)


def determined(text: str, low: str, start: int, end: int) -> bool:
    """Whether the lower-case registered word `low[start:end]` is an English noun after its
    determiner ("planted a rowan", "the fowler and his dog"), at once or after an adjective
    ("an old fowler"; not "the treasurer rowan", a role noun before the person)."""
    if not (text[start : start + 1].islower() and low[start:end] in english_nouns()):
        return False
    if _names_family(low, end):
        return False
    if _modified(text, low, start, end):
        return True
    if not lowercase_registered.determined_noun(text, low, start):
        return False
    before, _ = context.previous_word(low, start)
    return (
        before in _DETERMINERS
        or before in adjectives()
        or (_participle(before) and _after_article(low, start) and _no_verb_after(low, end))
    )


# An article, then one or two lower-case words that modify the noun after them ("the belt
# sander", "an electric hand sander", "a worn teddy"), one space after each.
_MODIFIED = re.compile(r"(?<![^\W_])(?:a|an|the) ((?:[a-z]+ ){1,2})\Z")
_MODIFIED_REACH = 40


def modified(text: str, low: str, start: int, end: int) -> bool:
    """Whether the lower-case registered word `low[start:end]`, an English noun, heads a noun
    phrase after an article and one or two words that modify it ("a palm sander.", "the
    belt sander for the next evening"): the thing, no person (see `_modified`)."""
    return (
        text[start : start + 1].islower()
        and low[start:end] in english_nouns()
        and not _names_family(low, end)
        and _modified(text, low, start, end)
    )


def _modified(text: str, low: str, start: int, end: int) -> bool:
    """Whether the word at `start` heads a noun phrase after an article and one or two
    English words that modify it, no verb or "and" after it ("the belt sander went into
    the box" is refused; "a palm sander." and "an orbital sander in the box" are kept): the
    thing, no person. A modifier is an English word that names no people, relation or role
    ("the nurse sander", "the treasurer rowan" keep the person) and is no pronoun, verb a
    person takes, or determiner; after the bare head a verb may open a relative clause whose
    subject a lower-case name is ("the bike teddy fixed")."""
    match = _MODIFIED.search(low, max(0, start - _MODIFIED_REACH), start)
    if match is None or not text[match.start(1) : start].islower():
        return False
    if not _head_closes(low, end) or _thanked(low, match.start()):
        return False
    return all(_modifier_word(word) for word in match.group(1).split())


# Prepositions of place and company that a noun phrase of a thing closes before ("by the
# door", "round the circle") and `closed_words.preposition` leaves out as not ADP only.
_AFTER_HEAD = frozenset(
    {"by", "round", "near", "onto", "off", "to", "without", "behind", "beside", "across", "through"}
)


def _head_closes(low: str, end: int) -> bool:
    """Whether the noun phrase closes after the word ending at `end`: a preposition follows
    ("a palm sander in the box"), or a full stop, comma, colon or semicolon; not a comma
    before "who" ("the break teddy, who was tired": a person the phrase ends before), nor
    "!" or "?", which close a call to someone ("nice work on the repair teddy!"), nor a verb
    or any other word, which may go on a relative clause ("the class teddy taught")."""
    kind, after, at = context.next_word(low, end)
    if kind == "w":
        return closed_words.preposition(after) or after in _AFTER_HEAD
    if kind not in (".", ",", ";", ":"):
        return kind == ""
    following, word, _ = context.next_word(low, at + 1)
    return not (kind == "," and following == "w" and word in ("who", "whom", "whose"))


def _thanked(low: str, article: int) -> bool:
    """Whether the sentence before the article holds a thanks or greeting ("thanks for the
    coffee teddy", "hi and welcome to the repair cafe teddy"): the word after the phrase may
    be the one spoken to."""
    begin = max(low.rfind(mark, 0, article) for mark in ".!?\n") + 1
    return any(
        greetings.no_name_edge(word) or greetings.opens_greeting(word) or word == "thank"
        for word in re.findall(r"[^\W\d_]+", low[begin:article])
    )


# The most frequent English words, which hold the prepositions, conjunctions and adverbs
# ("of", "to", "and", "than") that stand between an article and a name ("the trial of
# donald"); an adjective or noun among them is read from `adjectives` and `bare_nouns`.
_FUNCTION_RANK = 300


def _modifier_word(word: str) -> bool:
    """Whether the lower-case `word` may modify a noun of things after an article: an English
    word that names no people and is no relation, title, pronoun, determiner or verb a person
    takes."""
    return (
        (
            word in adjectives()
            or word in compound_openings.bare_nouns()
            or (
                word in vocab.listed("en")
                and not word.endswith(("ed", "s"))
                and word not in vocab.most_frequent("en", _FUNCTION_RANK)
                and not closed_words.preposition(word)
            )
        )
        and word not in _DETERMINERS
        and word not in vocab.PRONOUNS
        and word not in vocab.RELATIONS
        and word not in vocab.TITLES
        and word not in vocab.STRONG_FOLLOWERS
        and word not in vocab.WEAK_FOLLOWERS
        and not person_nouns_en.may_be_people(word)
        and not person_nouns_en.rank_noun(word)
    )


# Articles before a participle; after a possessive an "-ing" word may be a gerund taking the
# person as its object ("his following rowan to the station").
_ARTICLES = frozenset({"a", "an", "the", "every", "each", "another"})


def _after_article(low: str, start: int) -> bool:
    """Whether the participle before the word at `start` follows an article (not "his")."""
    participle, _ = context.previous_word(low, start)
    at = low.rfind(participle, 0, start)
    article, gap = context.previous_word(low, at)
    return not gap and article in _ARTICLES


def _participle(word: str) -> bool:
    """Whether `word` reads as an English participle used as an attribute ("a travelling",
    "the faded"): a form in "-ed" or "-ing" of the English lists (`vocab.listed("en")`) that
    the UD English treebanks do not use as a noun (`compound_openings.bare_nouns`,
    `data/verbal_nouns_en.txt`, `bench/build_verbal_nouns_en.py`: not "meeting", "evening",
    "shed")."""
    return (
        len(word) > 4
        and word.endswith(("ed", "ing"))
        and word in vocab.listed("en")
        and word not in compound_openings.bare_nouns()
        and word not in verbal_nouns()
        and word not in vocab.RELATIONS
        and word not in vocab.TITLES
    )


def _no_verb_after(low: str, end: int) -> bool:
    """Whether no verb, no "and"/"or" follows the word ending at `end`: after "the
    morning" or "at the gathering" a lower-case name may open the next clause ("at the
    gathering rowan said", "the evening rowan and I met"), a participle's noun goes on
    ("a travelling fowler once came", "a faded opal ring")."""
    kind, after, _ = context.next_word(low, end)
    if kind != "w":
        return True
    return not (
        after in vocab.STRONG_FOLLOWERS
        or after in vocab.WEAK_FOLLOWERS
        or after in ("and", "or", "och", "og")
        or (after.endswith("ed") and after in vocab.listed("en"))
    )
