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

Beside a person found already, given and family name, the first conjunct is a person even
when it is an ordinary word or a name the lexicon lacks (`beside_a_person`): "Phoebe and Huong
Nguyen argued mildly" (the bird's name), "Bah and Åsa Isaksson argued" (a registered Bach
typed short, an interjection). In UD (English, Swedish, Norwegian, Danish, Finnish, German)
the capitalised word before "and" and two capitalised words and such a verb is a proper noun
20 times of 22; the others are a committee's title ("Agriculture and Rural Development is"),
no person's name, and a king's numeral ("Felipe V and Carlos IV would"). Not a function
word, a pronoun, a title, a weekday, a month, a word of kin or a role ("Pt and Ahmet Topal
attended"), a word of Swedish, Norwegian or Danish ("Arbetsförmedlingen och Ubah Guled kom",
"Frp og Siv Jensen har"), nor the last of a run of capitalised words ("Melodi Grand Prix og
Damli Aaberge skal"); the name beside it is capitalised. Run over the UD sentences with such
a pair (83), it takes "Bjørndalen" ("Både Bjørndalen og Hegle Svendsen hadde") and nothing
else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from casebook.deid import context, neighbour_openings, note_language, vocab
from casebook.deid.inverted_subjects import FINITE as _NORDIC_FINITE
from casebook.deid.overlaps import Overlaps
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


def beside_a_person(text: str, taken: Sequence[Any]) -> list[tuple[int, int]]:
    """The capitalised words joined by "and"/"och"/"og"/"ja" to a person's name of two words or
    more found already (`taken`: spans with .start, .end and .kind) before a finite verb,
    outside `taken`: "Phoebe and Huong Nguyen argued" (see the module's docstring)."""
    found: list[tuple[int, int]] = []
    people = [
        (s.start, s.end) for s in taken if s.kind == "name" and _full_name(text[s.start : s.end])
    ]
    if not people:
        return found
    hits = Overlaps((s.start, s.end) for s in taken)
    for start, end in people:
        first = _FIRST.search(text, max(0, start - 48), start)
        if first is None:
            continue
        verb = _VERB_AFTER.match(text, end)
        if verb is None or not finite(verb.group(1)):
            continue
        if (
            _person_word(first.group(1))
            and not _in_a_run(text, first.start())
            and not hits.hit(*first.span(1))
        ):
            found.append(first.span(1))
    return found


# A capitalised word right before, inside its sentence: the first conjunct ends a title or an
# organisation's name ("Melodi Grand Prix og Damli Aaberge skal"), no one-word name.
_RUN_BEFORE = re.compile(rf"(?<![^\W\d_]){_CAPITALISED}[ \t]+\Z")


def _in_a_run(text: str, start: int) -> bool:
    """Whether a capitalised word inside its sentence stands right before `start` ("Grand
    Prix"); not a capitalised word opening the sentence ("Både Bjørndalen og")."""
    run = _RUN_BEFORE.search(text, max(0, start - 40), start)
    return run is not None and not context.sentence_start(text, run.start())


def _full_name(written: str) -> bool:
    """Whether a name found is a given and a family name written capitalised ("Huong Nguyen"; not
    "ubah guled", which a list in lower case may hold as well)."""
    words = written.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _person_word(written: str) -> bool:
    """Whether a capitalised word may name a person: no function word, pronoun, title, weekday,
    holiday, month, kin or role word, no word of Swedish, Norwegian or Danish, and written as
    a name is ("Phoebe", not "USA"). A town's name may be a person's too ("Bah")."""
    word = written.lower()
    return (
        len(word) >= 2
        and written.istitle()
        and word not in vocab.function_words()
        and word not in vocab.PRONOUNS
        and word not in vocab.TITLES
        and word not in vocab.TIME_WORDS  # "Monday and Huong Nguyen argued"
        and word not in vocab.MONTHS
        and word not in vocab.RELATIONS  # "Mum and Anna Berg came": kin or a role, no name
        and word not in vocab.SWEDISH_ROLE_SHORTHAND  # "Pt and Ahmet Topal attended"
        and not any(word in note_language.ordinary_words(lang) for lang in _NORDIC)
    )


# A word of Swedish, Norwegian or Danish is an agency or a thing in their notes
# ("Arbetsförmedlingen och Ubah Guled kom"), as English words are not ("Phoebe", the bird).
_NORDIC = ("sv", "nb", "da")


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
