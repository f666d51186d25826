"""A capitalised word before the capitalised noun of a shop, a room, a lane or a cup: the
name of that place or trade, no person.

Notes name the places people borrow from, work at or meet in after an ordinary word and a
head noun, both capitalised: "clamps from Rise Tools", "a receipt from Peg Supplies", "moves
to the Staples Workshop", "the Wheat Room was closing down", "the Broom Cup", "the Hardy Lane
allotments". Where the word is also a registered person's name, the capital alone would make
it the person (`names.py`, rule 6). A person's given name is followed by a family name, and a
family name by nothing of the kind: a noun that heads a name of a shop, a workplace, a room,
a road or path, an award, or the tools, hardware and supplies a trade sells (`data/
place_heads_en.txt`, the lemmas of those WordNet synsets and their plurals,
`bench/build_place_heads.py`) says that the pair is the place's name.

The word must be an English dictionary word or a WordNet common noun written with one
capital ("Rise", "Staples", "Teddy"; `name_nouns.english_nouns`; a name that is no word,
"Hansen Tools", is left to the rules that read it), and the head must
follow after one space, written with one capital, and be no noun of people. A head that is
also a given or family name ("Lane", "Hall", "Street", "Pike", "Room": the lexicon, or
Faker's name lists for English words the lexicon leaves out, `data/place_heads_named_en.txt`)
is a person's family name as often: "Peg Lane", "I met Rose Street", "we asked Mark Pike" are
people. It counts only where English puts no person, after "the" (or "The" opening the
sentence), and a name of the lexicon only before a lower-case noun the pair also
modifies ("the Hardy Lane allotments"; `article_modifiers.noun_here`), not "the Peg Lane
file" (a noun of what a person has) nor "met Peg Lane".
"""

from __future__ import annotations

import re
from functools import cache

from casebook.deid import article_modifiers, lexicon, name_nouns, person_nouns_en, vocab
from casebook.deid.context import sentence_start

# One space, then the head with one capital, a whole word (no hyphen or apostrophe after).
_HEAD = re.compile(r" ([A-Z][a-z]+)(?![^\W\d_]|[-'’])")
_THE = re.compile(r"(?<![^\W\d_])(the|The) \Z")
_NOUN_AFTER = re.compile(r" ([a-z]+)\b(?![-'’])")


@cache
def heads() -> frozenset[str]:
    """The lower-case nouns that head names of shops, workplaces, rooms, roads, awards and
    trade goods (`data/place_heads_en.txt`)."""
    return vocab._read("place_heads_en.txt")


@cache
def named_heads() -> frozenset[str]:
    """The heads that Faker's person providers list as a given or family name, though the
    lexicon leaves them out as English words ("street", "pike", "stack", "room":
    `data/place_heads_named_en.txt`): "I met Rose Street", "we asked Mark Pike" are people."""
    return vocab._read("place_heads_named_en.txt")


def headed(text: str, start: int, end: int) -> bool:
    """Whether the capitalised English word text[start:end] opens the name of a place or a
    trade before its head noun ("Rise Tools", "the Wheat Room", "the Hardy Lane allotments");
    not "Peg Lane", "Rowan Lane came", "the Peg Lane file", "Hansen Tools"."""
    word = text[start:end]
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    if word.lower() not in name_nouns.english_nouns():
        return False
    found = _HEAD.match(text, end)
    if found is None:
        return False
    head = found.group(1).lower()
    if head not in heads() or person_nouns_en.person_noun(head):
        return False
    named = head in lexicon.all_names()
    if not named and head not in named_heads():
        return True
    # A head that is also a name ("Lane", "Street"): only after "the"; a name of the lexicon
    # only before the noun it modifies too.
    article = _THE.search(text, max(0, start - 4), start)
    if article is None or (article.group(1) == "The" and not sentence_start(text, article.start())):
        return False
    if not named:
        return True
    noun = _NOUN_AFTER.match(text, found.end())
    return noun is not None and article_modifiers.noun_here(noun.group(1))
