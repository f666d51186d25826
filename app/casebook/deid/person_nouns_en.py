"""English nouns of people: "treasurer", "caretaker", "holder", "helpers".

`data/person_nouns_en.txt` (`bench/build_person_nouns_en.py`) holds the one-word lower-case
nouns more than half of whose senses Princeton WordNet 3.0 files under noun.person. Such a
noun heading a label ("Plot holder:", "Helpers:") or a sentence's subject ("The treasurer,
X, keeps the key") says that a person stands in the slot it opens (`namecontext.py`).

`data/person_senses_en.txt` (same builder) holds the nouns with at least one sense there
("parent", "kid", "guy"): nouns that may name people at all (`may_be_people`).

`data/rank_nouns_en.txt` (same builder) holds the nouns of a rank, title or office, every
lemma WordNet files under aristocrat, landowner, ruler, head of state, civil authority,
legislator or clergyman ("duke", "knight", "lady", "squire", "mayor", "bishop": `rank_noun`).
"""

from __future__ import annotations

from functools import cache

from casebook.deid import vocab


@cache
def _nouns() -> frozenset[str]:
    return vocab._read("person_nouns_en.txt")


def person_noun(word: str) -> bool:
    """Whether the lower-case `word` is an English noun of people, singular or a regular
    plural ("helper", "helpers", "treasurers")."""
    nouns = _nouns()
    return word in nouns or (word.endswith("s") and word[:-1] in nouns)


@cache
def _senses() -> frozenset[str]:
    return vocab._read("person_senses_en.txt")


def may_be_people(word: str) -> bool:
    """Whether the lower-case `word` is an English noun one of whose senses is people, or a
    regular plural of one ("parents", "guys", "kids"; not "leaves", "beetles")."""
    senses = _senses()
    if word in senses or person_noun(word):
        return True
    if not word.endswith("s"):
        return False
    stems = {word[:-1]}
    if word.endswith("es"):
        stems.add(word[:-2])
    if word.endswith("ies"):
        stems.add(word[:-3] + "y")
    return not stems.isdisjoint(senses)


@cache
def _ranks() -> frozenset[str]:
    return vocab._read("rank_nouns_en.txt")


def rank_noun(word: str) -> bool:
    """Whether the lower-case singular `word` is an English noun of a rank, title or office
    ("duke", "knight", "lady", "squire", "mayor", "bishop"; not "nurse", "driver", "guest")."""
    return word in _ranks()
