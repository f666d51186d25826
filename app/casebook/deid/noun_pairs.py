"""A registered name that is a word, opening a sentence joined by "og"/"och"/"eller" to a
bare common noun in lower case: the word, a noun like its partner.

Coordination joins like with like. A person called Stein, Sol, Liv, Storm or Lærke opens a
Norwegian, Danish or Swedish sentence before "og" as the first of two subjects ("Stein og
Kari kom", "Liv og mannen hennes flyttet", "Per og mor kom hjem", "Anna og barna"); the
letters of the same words open it as the first of two nouns ("Stein og grus", stone and
gravel; "Sol og regn", sun and rain; "Liv och hälsa", life and health). What stands after the
conjunction tells them apart: a capitalised word, a pronoun, a kin or role word ("mor",
"tolk", "naboen") or a noun of company ("venner", "barn") goes with a person; a noun in the
definite form ("mannen", "barna", "kona") may be a person's ("her husband", "the children")
and says nothing. A bare common noun in lower case that is none of those, no name of the
lexicon, and a word of the sentence's language ("grus", "regn", "helse", "bjørk") is a thing
like the first conjunct, whose capital only opens the sentence.

A list of bare nouns, one lower-case word each, that the conjunction closes joins its items
so too ("Liv, arbeid og fritid", life, work and leisure; "Sol, vind og regn"): its first item
is read as the partner, and a kin, role or company noun among the items makes it a list of
people ("Liv, mor og far").

Only a first word that is itself a word of the sentence's language is read ("Anna og hund"
keeps Anna, who is no word of Norwegian), and only where the conjunction or the list's comma
follows it right away. `joined_to_noun` answers; `neighbour_openings` asks it for Norwegian
and Danish sentences, `names.py` for a Swedish one after a speaker's label ("Informant: Sten
och grus låg kvar", where the label reads its value as people).

English joins two bare nouns of the same kind so too, as the subject of a plural verb
("Squire and knight were the two parts nobody wanted", "lord and lady were", "mayor and
bishop are"): a registered word-name that is an English noun of a rank, title or office
(`person_nouns_en.rank_noun`, every lemma WordNet files under aristocrat, landowner, ruler,
head of state, civil authority, legislator or clergyman: "squire", "lord", "mayor", "duke"),
in lower case or capitalised at the start of its sentence, before "and", a bare singular
noun of a rank, title or office in lower case ("knight", "lady", "bishop"), and
"were"/"are"/"have"/"do" is that noun (`english_pair`). Coordination joins like with like: a
title stands beside a title, while a person's name takes the people of their day ("Duke and
baby were asleep", "Squire and patient were in the garden", "Duke and driver were gone",
"Duke and guest were late": a noun of people that is no rank keeps the person). In the UD
English treebanks (EWT, GUM, LinES, PUD: dev, test and LinES train) a proper noun stands
before "and" and a bare lower-case singular noun of people in no sentence, a common noun in
54 ("man and woman", "musician and teacher"). A kin, role or company noun after "and" ("Duke
and wife were", "lord and nurse are", "duke and vicar were") may be the person's own and
keeps the person, as does a given name ("duke and earl were", "duke and jack were"), a
capitalised partner ("Duke and Stina were late"), a word-name that is no such noun ("Glen
and knight were") and a word inside its sentence capitalised ("Then Squire and knight
were").

A registered word-name opening an English sentence before "and" and a person is that person
(`english_person_partner`, asked by `names.py`): a pronoun ("Glen and she went"), a
possessive and a noun that may name people or a pet ("Glen and her baby", "Clay and his
dog"), "the" and a singular noun of people ("Glen and the driver"), or a bare noun of people, kin, a
role or company ("Glen and baby were asleep", "Duke and wife"). A thing ("Glen and valley",
"Clay and sand"), two titles ("Lord and lady") and two trades ("Painter and decorator",
"Tanner and saddler") keep the word, as do "you" after an imperative ("Ask and you shall
receive"), a bare plural that is no kin, role or company ("Iris and pupils normal": parts of
the eye) and a word that is itself a plural noun of people ("Friends and family can help").
"""

from __future__ import annotations

import re
from functools import cache

from casebook.deid import (
    context,
    finnish_owners,
    kin_names,
    lexicon,
    namecontext,
    note_language,
    person_nouns_en,
    role_parentheses,
    vocab,
)

_CONJUNCTIONS = frozenset({"og", "och", "eller"})
_LANGUAGES = ("nb", "da", "sv")
# Nouns of the company a person keeps that the kin and role lists do not hold (children,
# friends, a partner, a man or woman, colleagues, guests; Norwegian, Danish, Swedish): "Liv
# og venner reiste", "Stein och barn kom".
_COMPANY = frozenset(
    """barn børn unger ungar venn venner ven vän vänner kjæreste kjærester kæreste
    kærester flickvän pojkvän mann menn mand mænd man män kvinne kvinner kvinde kvinder
    kvinna kvinnor kolleger kollegaer kollegor gjest gjester gæst gæster gäst gäster""".split()
)
# Nouns of people as a group, which say nothing either way ("Liv og familie", "Sol og folk").
_GROUPS = frozenset("familie familj folk".split())
# A definite ending ("mannen", "barna", "kona", "huset"): the noun may be a person's own.
# Norwegian and Danish feminines end in "-a" ("kona", "jenta"); a bare Swedish noun may
# ("hälsa", "flicka"), its definite forms end in "-n" or "-t" ("flickan", "hälsan").
_DEFINITE = {
    "nb": ("en", "et", "na", "ne", "a"),
    "da": ("en", "et", "ne", "na"),
    "sv": ("en", "et", "na", "n", "t"),
}
_FREQUENT = 100  # the most frequent words of each language: pronouns, determiners, particles


@cache
def _people() -> frozenset[str]:
    """Kin, role and company nouns: after the conjunction, they go with a person."""
    return _COMPANY | vocab.RELATIONS | role_parentheses.ROLE_NOUNS | kin_names.NEIGHBOUR_KIN


def people_nouns() -> frozenset[str]:
    """Kin, role and company nouns of the neighbour languages, English and Swedish ("mor",
    "lege", "kvinne", "venner")."""
    return _people()


@cache
def _not_things() -> frozenset[str]:
    """Words after the conjunction that go with a person or say nothing of a noun."""
    frequent = frozenset().union(*(vocab.most_frequent(lang, _FREQUENT) for lang in _LANGUAGES))
    return (
        _people() | _GROUPS | frequent | vocab.function_words() | vocab.PRONOUNS | vocab.DETERMINERS
    )


_ITEM_AFTER = re.compile(r",[ \t]+([^\W\d_]+)(?![^\W\d_'’-])")
_LISTED = 5  # items between the word and the conjunction, at most


def _list_items(text: str, end: int) -> list[re.Match[str]]:
    """The items, one lower-case word each after a comma, that follow the word ending at
    `end` ("Liv, arbeid og", "Usko, toivo ja"), at most `_LISTED` of them."""
    items: list[re.Match[str]] = []
    position = end
    for _ in range(_LISTED):
        item = _ITEM_AFTER.match(text, position)
        if item is None or not item.group(1).islower():
            break
        items.append(item)
        position = item.end()
    return items


def _conjunct(text: str, low: str, end: int) -> re.Match[str] | None:
    """The word in lower case after "og"/"och"/"eller" right after `end`, or the first item
    of a list of one lower-case word each that such a conjunction closes ("Liv, arbeid og
    fritid"), or the list's first kin, role or company noun ("Liv, mor og far"), else None."""
    items = _list_items(text, end)
    position = items[-1].end() if items else end
    conjunction = context.NEXT_WORD.match(low, position)
    if conjunction is None or conjunction.group(1) not in _CONJUNCTIONS:
        return None
    second = context.NEXT_WORD.match(text, conjunction.end())
    if second is None or not second.group(1).islower():
        return None
    items.append(second)
    people = _people()
    return next((item for item in items if item.group(1) in people), items[0])


def finnish_person(word: str) -> bool:
    """Whether `word` is a Finnish kin, role or company noun, or its plural ("äiti",
    "ystävät", "naapurit")."""
    return _finnish_person(word)


def _finnish_person(word: str) -> bool:
    """Whether `word` is a Finnish kin, role or company noun, or its plural ("ystävät",
    "naapurit": the nominative plural adds "-t" to the stem)."""
    people = _finnish_people()
    return word in people or (word.endswith("t") and word[:-1] in people)


@cache
def _finnish_people() -> frozenset[str]:
    """Finnish kin and company nouns ("äiti", "naapuri", "ystävä"), the role nouns, and the
    Nordic kin, role and company nouns."""
    return finnish_owners.KIN | _people()


_FINNISH_CONJUNCTIONS = frozenset({"ja", "tai"})


def finnish_list_of_nouns(text: str, low: str, start: int, end: int) -> bool:
    """Whether the capitalised word text[start:end], opening a Finnish sentence, opens a list
    of bare nouns, one lower-case word each, that "ja"/"tai" closes: a word of Finnish like
    its items ("Usko, toivo ja rakkaus", faith, hope and love; "Lumi, jää tai sade"). Finnish
    writes a person's name with a capital wherever it stands, so a list of people keeps its
    capitals ("Usko, Toivo ja Arvo"); a kin, role or company noun among the items makes it a
    list of people all the same ("Usko, äiti ja isä", "Usko, naapurit ja lapset"). The item
    after the conjunction must be a word of Finnish that is no name, and the sentence
    Finnish."""
    found = _list_items(text, end)
    items = [item.group(1) for item in found]
    position = found[-1].end() if found else end
    conjunction = context.NEXT_WORD.match(low, position)
    if not items or conjunction is None or conjunction.group(1) not in _FINNISH_CONJUNCTIONS:
        return False
    last = context.NEXT_WORD.match(text, conjunction.end())
    if last is None or not last.group(1).islower():
        return False
    noun = last.group(1)
    return (
        len(noun) >= 3
        and not any(_finnish_person(word) for word in (*items, noun))
        and noun not in lexicon.all_names()
        and note_language.word_of(noun, "fi")
        and note_language.word_of(low[start:end], "fi")
        and note_language.sentence_language(text, start, end, count_word=False) == ("fi",)
    )


def joined_to_noun(text: str, low: str, start: int, end: int) -> bool:
    """Whether the capitalised word text[start:end] (`low` the text in lower case), opening
    a sentence, is joined by "og"/"och"/"eller" to a bare common noun in lower case of the
    sentence's language (Norwegian, Danish or Swedish), and is itself a word of it: "Stein
    og grus lå", "Sol og regn skiftet", "Sten och grus låg" (not "Stein og mor", "Liv og
    mannen hennes", "Anna og barna", "Sol og Per")."""
    second = _conjunct(text, low, end)
    if second is None:
        return False
    noun = second.group(1)
    if (
        len(noun) < 3
        or noun in _not_things()
        or noun in lexicon.given_names()
        or text[second.end() : second.end() + 1] in ("-", "'", "’")
    ):
        return False
    languages = note_language.sentence_language(
        text, start, end, count_word=False
    ) or namecontext.local_language(low, start, end)
    if not languages:
        return False
    word = low[start:end]
    # A family name of the lexicon that is a frequent word of the language too ("spiker",
    # nails; "vik", a cove: `vocab.frequent_words`, wordfreq's top 20,000 a spelling dictionary
    # lists) is that noun here: nobody writes a person's family name alone and in lower case
    # as the second of a pair. A given name in lower case ("Stein og kari") may be a
    # person's, typed in haste: never read as a noun.
    named = noun in lexicon.all_names()
    return any(
        lang in _LANGUAGES
        and not noun.endswith(_DEFINITE[lang])
        and note_language.word_of(word, lang)
        and (not named or noun in vocab.frequent_words(lang))
        and note_language.word_of(noun, lang)
        for lang in languages
    )


# Endings of a Norwegian or Danish noun's definite form, longest first: "mannen", "kona"
# (kone), "barna", "naboen", "vennene".
_DEFINITE_ENDINGS = ("ene", "en", "et", "na", "ne", "a", "n")


def joined_to_company(text: str, low: str, start: int, end: int) -> bool:
    """Whether the capitalised word text[start:end], opening a Norwegian or Danish sentence,
    is joined by "og"/"eller" to a kin, role or company noun in lower case, bare or in its
    definite form: the first of two people ("Stein og kona flyttet", "Sol og venner dro",
    "Liv og mannen hennes", "Ulla og naboen")."""
    second = _conjunct(text, low, end)
    if second is None:
        return False
    noun, people = second.group(1), _people()
    if noun in people:
        return True
    for ending in _DEFINITE_ENDINGS:
        if noun.endswith(ending) and len(noun) > len(ending) + 1:
            stem = noun[: -len(ending)]
            if stem in people or stem + "e" in people:
                return True
    return False


_ITEM_BEFORE = re.compile(r"([^\W\d_]+), \Z")
_ITEMS_READ = 6  # items before the word looked at, at most


def among_nouns(text: str, low: str, start: int, end: int) -> bool:
    """Whether the lower-case word low[start:end] (`text` as written) is an item of a list
    of bare common nouns: the items before it, one word each after a comma, are written in
    lower case, none is a kin, role or companion noun, and one at least is a bare noun of
    Norwegian, Danish or Swedish that is no name; the list goes on or closes after the word
    ("både bison, hjort, elg, bjørn og dei fleste store dyr"; not "tolk, lege, bjørn og
    anna" nor "mamma, pappa, bjørn og kari", lists of people)."""
    if not low.startswith((", ", " og ", " och ", " eller "), end):
        return False
    people, things = _people(), _not_things()
    noun = False
    at = start
    for _ in range(_ITEMS_READ):
        item = _ITEM_BEFORE.search(low, max(0, at - 40), at)
        if item is None:
            break
        word = item.group(1)
        if not text[item.start()].islower() or word in people:
            return False
        noun = noun or (
            len(word) >= 3
            and word not in things
            and word not in lexicon.all_names()
            and any(
                not word.endswith(_DEFINITE[lang]) and note_language.word_of(word, lang)
                for lang in _LANGUAGES
            )
        )
        at = item.start()
    return noun


def swedish_among_nouns(text: str, low: str, start: int, end: int) -> bool:
    """Whether the lower-case word low[start:end], a word of Swedish in a Swedish sentence, is
    an item of a list of bare common nouns (`among_nouns`: "Hon plockade kottar, kvist och
    stenar"; not "Vi ringde mamma, kvist och pappa" nor "pelle, kvist och anna"), or is joined
    by "och"/"eller" to a bare common noun (`joined_to_noun`: "Ute i viken, holm eller skär,
    låg fåglarna"; not "holm och mamma", "holm och lind"). A sentence `note_language` reads
    as Norwegian, Danish or Finnish is none ("Det var vilde og hendes mor"): the Norwegian and
    Danish words are read by `nordic_lower.word_here` and `nordic_lower.word_slot`."""
    return (
        note_language.word_of(low[start:end], "sv")
        and (among_nouns(text, low, start, end) or joined_to_noun(text, low, start, end))
        and namecontext.local_language(low, start, end) == ("sv",)
        and not note_language.sentence_language(text, start, end, count_word=False)
    )


# "and", a bare lower-case noun, then a verb only a plural subject takes ("and knight were").
_ENGLISH_PARTNER = re.compile(r" and ([a-z]+) ([a-z]+(?:n't)?)\b")


def english_pair(text: str, low: str, start: int, end: int) -> bool:
    """Whether the word text[start:end], an English noun of a rank, title or office in lower
    case or opening its sentence capitalised, is joined by "and" to a bare singular noun of a
    rank, title or office that a plural verb follows ("squire and knight were", "Mayor and
    bishop are"): the two nouns are the subject, no person ("Duke and baby were", "Duke and
    wife were", "duke and jack were", "Duke and Stina were" keep the person)."""
    lower = low[start:end]
    if not person_nouns_en.rank_noun(lower) or lower not in vocab.listed("en"):
        return False  # two set lookups first: most words the matcher asks about are no rank
    word = text[start:end]
    if not word.islower() and not (
        word[:1].isupper() and word[1:].islower() and context.sentence_start(text, start)
    ):
        return False
    found = _ENGLISH_PARTNER.match(text, end)
    if found is None or found.group(2) not in vocab.PLURAL_VERBS:
        return False
    partner = found.group(1)
    return (
        not partner.endswith("s")
        and partner in vocab.listed("en")
        and person_nouns_en.rank_noun(partner)
        and partner not in _people()
        and partner not in vocab.FAMILY_NOUNS
        and partner not in vocab.PRONOUNS
        and partner not in lexicon.given_names()
    )


# English pronouns a person is joined to ("Glen and I", "Glen and she"), and the possessive
# and definite determiners before a noun of people ("Glen and her baby", "and the driver").
# Not "you": "Ask and you shall receive", "Wait and you will see" join an imperative to a
# promise, no person to a person.
_ENGLISH_PRONOUNS = frozenset("i me he she we they him her us them".split())
_ENGLISH_OWNERS = frozenset("his her their my our your".split())
_ENGLISH_PERSON_AFTER_AND = re.compile(r"(?:and|&) ([A-Za-z]+)(?: ([a-z]+))?")


def _people_en(word: str) -> bool:
    """An English noun of people by more than half its WordNet senses, or a kin, role or
    company noun ("baby", "guest", "driver", "wife", "son", "neighbour", "kids")."""
    return person_nouns_en.person_noun(word) or word in _people() or word in vocab.FAMILY_NOUNS


def english_person_partner(text: str, low: str, start: int, end: int, at: int) -> bool:
    """Whether the word text[start:end], opening its sentence, is joined by "and" (starting at
    `at`) to a person: a pronoun ("Glen and I", "Glen and she"), a noun of people bare
    ("Glen and baby were asleep", "Duke and driver"), after "the" ("Glen and the driver"), or
    after a possessive ("Glen and her baby", "Clay and his dog": a pet goes with its owner).
    Coordination joins like with like, so the word is a person too. Not a thing ("Glen and
    valley", "Clay and sand", "Clay and the sand") nor a rank beside a rank ("Lord and lady",
    "Squire and knight": two nouns of a title)."""
    found = _ENGLISH_PERSON_AFTER_AND.match(text, at)
    if found is None:
        return False
    word = low[start:end]
    plural = low[start:at].rstrip(" \t")
    if plural.endswith("s") and person_nouns_en.may_be_people(plural[:-1]):
        return False  # "Friends and family can help": a plural noun of people, no one's name
    first, second = found.group(1), found.group(2) or ""
    if first in _ENGLISH_OWNERS and second:
        return person_nouns_en.may_be_people(second)
    if first == "I" or first in _ENGLISH_PRONOUNS:
        return True
    if not first.islower():
        return False
    if first == "the" and second:
        # one person ("Glen and the driver"); "Hope and the sisters of the order sang" names
        # a group, as a relative without a possessive says nothing (`note_subjects`)
        return not second.endswith("s") and _people_en(second)
    if person_nouns_en.rank_noun(word) and person_nouns_en.rank_noun(first):
        return False  # "Lord and lady of the manor": two titles
    if first in _people() or first in vocab.FAMILY_NOUNS:
        return True  # "Tanner and wife came": kin, a role, company
    if _trade(word) and _trade(first):
        return False  # "Painter and decorator is his trade", "Tanner and saddler were"
    # a bare plural is read only when kin, a role or company ("Glen and kids"): "Iris and
    # pupils normal" joins two parts of the eye, and "pupils" names people by most senses
    return not first.endswith("s") and _people_en(first)


_AGENT_ENDINGS = ("er", "or", "ist")


def _trade(word: str) -> bool:
    """Whether the lower-case `word` is an English agent noun that may name people, the form
    of a trade ("painter", "tanner", "sawyer", "saddler", "decorator"): two such nouns joined
    are the names of two trades, like with like."""
    return word.endswith(_AGENT_ENDINGS) and person_nouns_en.may_be_people(word)
