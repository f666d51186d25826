"""Two people as one subject: "Andronis og Cozzi deler værelse", "Moteff ja Muehlberg asuvat
samassa huoneessa", "Thamer Sandersen och Tewalt delar rum", "Söderqvist ja Kusler asuvat".

Two capitalised words joined by "and", "och", "og" or "ja" (Finnish "and") before a finite
verb are the subject of that verb, and the subject of a verb that a note reports is a person
as often as not. An unknown capitalised word (U in `unregistered.py`: no ordinary word of
the study's languages, no name of the lexicon, no town) standing there, shaped like a name
(`lexicon.name_shaped`) and not as a noun is (`inner_strangers.noun_shaped`: a long compound
in the definite, "Europautvalet og Stortinget er"), is taken as a name, whether it is the
first conjunct or the second.
The other conjunct must be capitalised too, and may be two words ("Thamer Sandersen och
Tewalt"); "both", "båda", "begge", "molemmat" and the like may stand before the verb.

The verb is read by its shape in each of the study's languages: a verb of saying or doing
(`vocab.STRONG_FOLLOWERS`), a listed auxiliary, a Swedish, Norwegian or Danish present or
past (`neighbour_openings.finite`: "delar", "deler", "bodde"), a Finnish finite verb of the
third person, singular or plural ("asuu", "tulivat", "asuvat"), an English past
("shared"). An English present ("share") has no shape of its own and is left alone, as is
a lower-case conjunct ("tea and Kinaya biscuits" is `clause_verbs`'s to leave).
"""

from __future__ import annotations

import re
from functools import lru_cache

from casebook.deid import neighbour_openings, note_language, vocab
from casebook.deid.inverted_subjects import FINITE as _NORDIC_FINITE
from casebook.deid.subordinate_subjects import FINITE as _CLAUSE_FINITE

_AND = r"(?:and|och|og|ja|&)"
_BOTH = r"(?:both|together|båda|tillsammans|begge|sammen|begge\s+to|molemmat|yhdessä)"
_CAPITALISED = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*"
# After the first conjunct: the conjunction, the second (one or two capitalised words), the
# verb.
_SECOND = re.compile(
    rf"[ \t]+{_AND}[ \t]+{_CAPITALISED}(?:[ \t]+{_CAPITALISED})?(?:[ \t]+{_BOTH})?"
    r"[ \t]+([^\W\d_]+)(?![^\W\d_'’-])"
)
# Before the second conjunct: a capitalised word, then the conjunction.
_FIRST = re.compile(rf"(?<![^\W\d_])({_CAPITALISED})[ \t]+{_AND}[ \t]+\Z")
_VERB_AFTER = re.compile(rf"(?:[ \t]+{_BOTH})?[ \t]+([^\W\d_]+)(?![^\W\d_'’-])")


def first_conjunct(text: str, end: int) -> bool:
    """Whether the word ending at `end` is followed by "and"/"och"/"og"/"ja", a capitalised
    word (or two) and a finite verb: "Andronis og Cozzi deler"."""
    match = _SECOND.match(text, end)
    return match is not None and finite(match.group(1))


def second_conjunct(text: str, start: int, end: int) -> bool:
    """Whether the word text[start:end] follows a capitalised word and "and"/"och"/"og"/"ja",
    and a finite verb follows it: "Söderqvist ja Kusler asuvat"."""
    if _FIRST.search(text, max(0, start - 48), start) is None:
        return False
    match = _VERB_AFTER.match(text, end)
    return match is not None and finite(match.group(1))


@lru_cache(maxsize=4096)
def finite(verb: str) -> bool:
    """Whether a word, as written, is a finite verb of one of the study's languages by list or
    shape (see the module's docstring)."""
    if not verb.islower():
        return False
    if verb in vocab.STRONG_FOLLOWERS or verb in _CLAUSE_FINITE or verb in _NORDIC_FINITE:
        return True
    if verb in vocab.function_words() or verb in vocab.PRONOUNS:
        return False  # "for", "er": a preposition, a pronoun as often
    if neighbour_openings.finite(verb, False) or neighbour_openings.finite(verb, True):
        return True
    if verb.endswith(("vat", "vät")) and len(verb) > 5:
        return note_language.word_of(verb, "fi")  # "asuvat", "tulevat": they live, they come
    return _english_past(verb)


def _english_past(verb: str) -> bool:
    """A regular English past: "-ed" on a stem the English list holds ("shared", "agreed")."""
    if not verb.endswith("ed") or len(verb) < 5:
        return False
    english = vocab.common_words(("en",))
    return any(stem in english for stem in (verb[:-1], verb[:-2]))
