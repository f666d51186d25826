"""A capitalised word-name opening its sentence as the modifier of a noun after it.

"Wren song carried over the hedge", "Slater work was done before the storm": a registered
name that is also an English noun ("wren", "slater") opens the sentence, a bare singular
common noun follows, then the verb. The two nouns are one noun phrase, the first its
modifier: a person's name takes no bare singular noun after it before the verb ("Anna work
was done" is no English), while a noun takes one freely ("Car repair used to be", "Land
warfare changed", "Peppermint oil is" in the UD English treebanks, where a proper noun
opens that pattern twice in 16,000 sentences, "Athens today is" and "Neiafu town is").

The noun after it must be one the UD English treebanks give in lower case as a singular
common noun, or else only as a verb, and never as a noun of time (`data/bare_nouns_en.txt`,
`bench/build_bare_nouns.py`: "song", "work"; not "today", "tonight", "songs"), and no
relation or role ("Carter son came" keeps the person) nor a noun of a family ("Pine family
moved away", `vocab.FAMILY_NOUNS`: whose family it is); the verb after it a verb of saying or
doing or an auxiliary (`vocab.STRONG_FOLLOWERS`, `vocab.WEAK_FOLLOWERS` less their adverbs)
or an English past in "-ed" the English lists hold ("carried"). The opening word itself must
be an English dictionary word (`vocab.listed("en")`: wordfreq's English words that Debian's
English word lists hold in lower case, "wren", "lark", "bliss"): "Anna", "Carter" and
"Slater" are none (WordNet's coin, carter and slater are rarer than wordfreq's 100,000 words),
so "Anna work was done" keeps the person.

A plural noun after the opening word makes the same noun phrase when the verb after it is
one only a plural subject takes ("Sexton beetles were busy", "Tulip bulbs are"): "are",
"were", "have", "do" and their negations, the English forms that agree with a plural subject
alone. The agreement says the middle word is a plural noun, the subject: a person's name
before a verb of the third person ("Tulip digs") takes no "were" next. The middle word is
lower case, ends in "s", is no verb a person takes ("Tulip leaves were going" may be "Tulip
leaves, we're going" typed fast: `vocab.STRONG_FOLLOWERS`, `vocab.WEAK_FOLLOWERS`) and no
noun that may name people ("Tulip parents were there", a possessive without its apostrophe,
keeps the person: a noun with a sense of people in WordNet, `person_nouns_en.may_be_people`,
or a relation, `vocab.RELATIONS`, `vocab.FAMILY_NOUNS`). In the UD English dev and test files a
proper noun opens that pattern in no sentence, a common noun four times ("Filter settings
are", "Flower arrangements were").

Typed in lower case the word is read the same way where its clause opens: at a sentence's
start or after a sentence's opening phrase of one to four words and its comma ("Before long,
sander pads were running low", "Sure enough, sander noise filled the room"): a lower-case
person there is as rare as a capitalised one, and the same nouns and verbs decide ("Before
long, sander said yes", "sander repairs bikes", "sander mum called" keep the person). In all
UD English files 40 words stand in that slot, 26 determiners, 9 possessive pronouns, one
proper noun ("XML tags are"), no person.

A simple past right after the word in "-s" says the same of a verb a person takes, and then of
a lower-case word-name anywhere in its sentence too ("He told me that laurel leaves went into
the soup", "Laurel leaves went into the soup"): a verb in "-s" takes no finite past after it,
so "leaves" is the plural noun, the subject. The past must be one whose participle differs
("went", "came", "grew", "did"), not a past in "-ed" that may be a participle after a verb
("leaves tired"), not "was" (no plural takes it) nor "were" ("we're"). The "-s" word must have
an English singular (not "always", "afterwards", "hers") and be no verb of saying or thinking,
whose clause a hurried note writes without its subject ("then laurel says went well" keeps
the person). In all UD English files that "-s" word is a noun in all 131 sentences of the slot.
"""

from __future__ import annotations

import re
from functools import cache

from casebook.deid import person_nouns_en, vocab
from casebook.deid.context import sentence_start

# Two lower-case words after the opening word, one space before each.
_NEXT_TWO = re.compile(r" ([a-z]+) ([a-z]+)\b")
# The same with a negated verb after them ("Tulip bulbs weren't").
_NEXT_NEG = re.compile(r" ([a-z]+) ([a-z]+n't)\b")
# A plural noun, an adverb of frequency, then a verb ("visits always bring").
_NEXT_ADVERB = re.compile(
    r" ([a-z]+) (?:always|never|often|sometimes|usually|rarely|seldom) ([a-z]+(?:n't)?)\b"
)

# Words of `vocab.WEAK_FOLLOWERS` that are no verb: adverbs, pronouns, relatives.
_NOT_VERBS = frozenset(
    "also always never often sometimes usually still just again herself himself who whose "
    "som".split()
)


@cache
def bare_nouns() -> frozenset[str]:
    """The singular common nouns of `data/bare_nouns_en.txt` (`bench/build_bare_nouns.py`)."""
    return vocab._read("bare_nouns_en.txt")


def _english_words() -> frozenset[str]:
    return vocab.listed("en")


def _verb(word: str) -> bool:
    if word in vocab.STRONG_FOLLOWERS:
        return True
    if word in vocab.WEAK_FOLLOWERS:
        return word not in _NOT_VERBS
    return word.endswith("ed") and word in _english_words()


def modifier(text: str, low: str, start: int, end: int) -> bool:
    """Whether the capitalised word text[start:end], opening its sentence, is an English
    word that modifies the bare singular noun after it, a verb following the two ("Wren song
    carried"), or the plural noun after it, a verb only a plural takes following ("Sexton
    beetles were"): the word, no person."""
    word = text[start:end]
    if word.islower():
        if _before_adverb(text, low, start, end) or _before_preterite(text, low, start, end):
            return True
        return (
            word in _english_words()
            and (sentence_start(text, start) or _after_opening_phrase(text, start))
            and _noun_and_verb_follow(text, end)
        )
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    if low[start:end] not in _english_words() or not sentence_start(text, start):
        return False
    if _before_adverb(text, low, start, end) or _before_preterite(text, low, start, end):
        return True
    return _noun_and_verb_follow(text, end)


# A clause opened by a phrase of time or place and its comma ("Before long, ", "At the back
# table, "): the subject follows.
_OPENING_PHRASE = re.compile(r"(?:^|[.!?:\n][ \t]*)[A-Z][a-z]*(?: [a-z]+){0,3}, \Z")
_OPENING_REACH = 48


def _after_opening_phrase(text: str, start: int) -> bool:
    """Whether the word at `start` follows a sentence's opening phrase of one to four words and
    its comma ("Before long, sander pads", "At the back table, straw chairs")."""
    return _OPENING_PHRASE.search(text, max(0, start - _OPENING_REACH), start) is not None


def _noun_and_verb_follow(text: str, end: int) -> bool:
    """Whether a bare singular common noun and a verb follow the word ending at `end` ("song
    carried"), or a plural noun of things and a verb only a plural takes ("beetles were")."""
    pair = _NEXT_NEG.match(text, end) or _NEXT_TWO.match(text, end)
    if pair is None:
        return False
    noun, verb = pair.group(1), pair.group(2)
    if verb in vocab.PLURAL_VERBS and _plural_thing(noun):
        return True  # "Sexton beetles were busy": the plural noun's modifier
    return (
        noun in bare_nouns()
        and noun not in vocab.RELATIONS
        and noun not in vocab.FAMILY_NOUNS  # "Pine family moved away": whose family it is
        and noun not in vocab.PRONOUNS
        and _verb(verb)
    )


def _before_adverb(text: str, low: str, start: int, end: int) -> bool:
    """Whether the English word low[start:end] modifies the plural noun after it, an adverb
    of frequency and a verb that agrees with a plural only following ("mayor visits always
    bring")."""
    if low[start:end] not in _english_words():
        return False
    found = _NEXT_ADVERB.match(text, end)
    if found is None:
        return False
    noun, verb = found.group(1), found.group(2)
    return _plural_verb(verb) and _plural_thing(noun, verbs=True)


# Simple pasts of English whose participle differs ("went", not "gone"; "ate", not "eaten"),
# and "did": finite verbs, never the complement of a verb before them. Not "was", which
# agrees with no plural, nor "were", which a hurried "we're" may be ("Tulip leaves, we're").
_PRETERITES = frozenset(
    """went came did saw took gave grew fell ate drank began ran sang rose wore
    tore broke spoke wrote drove flew blew knew threw froze chose stole woke swam rang sank
    shook""".split()
)
# Verbs of saying, thinking and asking, which take a clause whose subject a hurried note leaves
# out ("roger says went well", "mike reports was tired"): a preterite may follow them.
_CLAUSE_VERBS = frozenset(
    """says reports thinks feels hopes knows believes explains mentions admits agrees
    complains insists suggests argues wonders wishes promises tells adds writes texts
    phones rings calls asks proposes seems sounds""".split()
)
_NEXT_PRETERITE = re.compile(r" ([a-z]+) ([a-z]+)\b")
# Adverbs and pronouns in "-s" whose stem is an English word ("sometime", "her"): no plural.
_S_ADVERBS = frozenset("sometimes besides hers yours ours theirs its this thus".split())


def _before_preterite(text: str, low: str, start: int, end: int) -> bool:
    """Whether the English word low[start:end] modifies the plural noun after it, a simple
    past following the two ("laurel leaves went into the soup"): a verb in "-s" takes no
    finite past right after it, so the "-s" word is the plural noun, the subject, unless it is
    a verb of saying or thinking whose clause has lost its subject ("says went well")."""
    if low[start:end] not in _english_words():
        return False
    found = _NEXT_PRETERITE.match(text, end)
    if found is None:
        return False
    noun, verb = found.group(1), found.group(2)
    return (
        verb in _PRETERITES
        and noun not in _CLAUSE_VERBS
        and noun not in _S_ADVERBS
        and not noun.endswith("wards")  # "afterwards", "towards"
        and _plural_thing(noun, verbs=True)
        and _english_singular(noun)
    )


def _english_singular(word: str) -> bool:
    """Whether the "-s" word has an English singular: "sprigs", "leaves" ("leave", "leaf"),
    "berries"; not "always" or "perhaps", adverbs."""
    words = _english_words()
    stems = {word[:-1]}
    if word.endswith("es"):
        stems.add(word[:-2])
    if word.endswith("ies"):
        stems.add(word[:-3] + "y")
    if word.endswith("ves"):
        stems.update((word[:-3] + "f", word[:-3] + "fe"))
    return any(stem in words and stem not in vocab.PRONOUNS for stem in stems)


def _plural_verb(word: str) -> bool:
    """Whether `word` is a verb form only a plural subject (or "I", "you") takes: "were",
    "don't", or a bare present whose "-s" form is a verb a person takes ("bring")."""
    if word in vocab.PLURAL_VERBS:
        return True
    return (
        not word.endswith("s")
        and word in _english_words()
        and (word + "s" in vocab.STRONG_FOLLOWERS or word + "es" in vocab.STRONG_FOLLOWERS)
    )


def _plural_thing(word: str, verbs: bool = False) -> bool:
    """Whether the lower-case `word` may be a plural noun of things: it ends in "s" (not
    "ss", "us"), is no noun of people or relation, and no verb a person takes unless
    `verbs` allows one ("visits" before "always bring")."""
    if not word.endswith("s") or word.endswith(("ss", "us")) or len(word) < 4:
        return False
    singular = word[:-1]
    return not (
        person_nouns_en.may_be_people(word)
        or (not verbs and word in vocab.STRONG_FOLLOWERS)
        or (not verbs and word in vocab.WEAK_FOLLOWERS)
        or word in vocab.RELATIONS
        or singular in vocab.RELATIONS
        or word in vocab.FAMILY_NOUNS
        or word in vocab.PRONOUNS
    )
