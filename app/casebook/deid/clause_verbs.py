"""The subject of a clause whose verb no list of `subordinate_subjects` holds, and of a clause
that a question word, a relative "som" or "but" opens: "medan Soufiane låg i rummet", "var
Jua hade varit", "kvar Zaituni står", "why Ushindi didn't say", "men Moussa ryckte på
axlarna", "että Makuu hallitsee musiikin kentän".

`subordinate_subjects.clause_subject` reads an unknown capitalised word (U in
`unregistered.py`: no ordinary word, no name of the lexicon, no town) after a conjunction as
the subject when one of its finite verbs or negations follows ("att Quang är"). The finite
verbs of Swedish, Norwegian and Danish have shapes of their own: the present ends in "-r"
("står", "skriver"), the weak past in "-de"/"-te"/"-dde" ("promenerte", "ringde"), and the
strong past is a short list ("låg", "satt", "gick"); English's weak past ends in "-ed"
("replied"), its "has"/"is" may be clipped onto the subject ("Arinola's got"); Finnish's
third person present ends in a long vowel ("hallitsee", "sanoo") and its conditional in
"-isi" ("tulisi"). A question word ("var", "hur", "kvar", "hvor", "why", "where"), a
relative "som" and "men"/"but" open a clause whose subject comes first, as the conjunctions
do. Such a word after one of `OPENERS` (or `subordinate_subjects.SUBORDINATORS`) and before
a finite verb of that shape, a known word, is the clause's subject, and a capitalised subject
that no list knows, shaped like a name, is a person or a body.

Left alone: a word after a preposition that is also a conjunction ("om", "för", "innan",
"once", "until") or after "and"/"och"/"og" before a word that only looks finite ("om Kinaya
under", "tea and Kinaya biscuits"), after "that" unless "has"/"is" is clipped onto it ("that
Covid is over": a thing as often), a participle ending like a past ("att Östersjöfisken
fortfarande är"), a Finnish word in a case of place ("kun Kempeleessä oli": a town no
gazetteer holds), German, whose subordinate clauses put the verb last.
"""

from __future__ import annotations

import re
from functools import lru_cache

from casebook.deid import vocab, wordforms
from casebook.deid.subordinate_subjects import FINITE, SUBORDINATORS, clause_subject

# Words that open a clause whose subject follows them: question words, the relative "som",
# and "men"/"but" (a main clause whose subject comes first); Finnish conjunctions and
# relatives (`subordinate_subjects` reads no Finnish).
OPENERS = frozenset(
    """var vart varifrån hur varför vem vad som men
    kvar kva kven korleis kvifor kor hvor hvorfor hvordan hvem hvad hva
    where why how what who whom but
    että kun koska jos jotta vaikka kunnes jossa jolla jonka joka mutta""".split()
)
# Conjunctions that are prepositions as often ("om Kinaya", "för Kinaya", "before Kinaya"):
# only the verbs of `FINITE` say the clause there, never a shape.
_PREPOSITIONS_TOO = frozenset("om för innan tills sedan før sidan sia once until".split())
# "and" opens a clause as often as it joins two nouns ("Mark Lay and Kuchanua is", "tea and
# Kinaya biscuits"): the verbs of `FINITE` only, as after `_PREPOSITIONS_TOO`.
_AND = frozenset("and och og".split())
_FINNISH = frozenset("että kun koska jos jotta vaikka kunnes jossa jolla jonka joka mutta".split())
# Strong pasts of Swedish, Norwegian and Danish verbs of what a person does.
_STRONG = frozenset(
    """låg satt stod gick kom såg fick tog gav drack sov for blev bad drog flög föll
    försvann grät höll log ljög skrev slog sprang steg strök svor teg vann
    låg sat gjekk gikk gik fekk tok ga gav drakk sov vart ble bad drog skreiv skrev
    heldt holdt gret grein lo sprang steig vann""".split()
)
# Words ending as a finite verb does that are none: prepositions, adverbs, pronouns, and the
# negation "inte" ("in" + "-te" reads as a weak past; "Var inte så rädd", be not so afraid:
# the negation stands after the finite verb, which is "Var" itself).
_NOT_FINITE = frozenset(
    """eller efter över under för per där här när hur var mer fler ner hennar hennes er
    etter over under ofte heller hjå hjemme bare annars aldrig inte""".split()
)
_CLIPPED = re.compile(r"['’](?:s|d|ll|ve|re)[ \t]+([^\W\d_]+)")
_NEXT = re.compile(r"[ \t]+([^\W\d_]+(?:'t)?)(?![^\W\d_])")
_PLACE_CASES = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle")
_FINNISH_FINITE = frozenset("on ei oli olisi voi ovat olivat eivät saa sai".split())
_LONG_VOWELS = ("aa", "ee", "ii", "oo", "uu", "yy", "ää", "öö")


# Every word `opener` accepts, in one set: it is asked at each capitalised word of a note.
_OPENING = OPENERS | SUBORDINATORS | _AND | {"that"}


def opener(prev: str) -> bool:
    """Whether the lower-case word `prev` may open a clause whose subject follows it."""
    return prev in _OPENING


def subject(low: str, end: int, prev: str, gap: str) -> bool:
    """Whether the word ending at `end` (in the lower-cased text `low`, its word before `prev`,
    `gap` the punctuation between) is the subject of a clause: `clause_subject`'s reading,
    or after one of `OPENERS` or a conjunction, before a finite verb by its shape."""
    if clause_subject(low, end, prev, gap):
        return True
    if gap or not opener(prev):
        return False
    clipped = _CLIPPED.match(low, end)
    if clipped is not None:  # "that Arinola's got", "why Jua'd never"
        return prev not in _FINNISH and clipped.group(1) in _AFTER_CLIPPED
    match = _NEXT.match(low, end)
    if match is None or prev == "that":
        return False  # "that Covid is over": a thing as often, and "that" a determiner
    verb = match.group(1)
    if prev in _FINNISH:
        return not low[:end].endswith(_PLACE_CASES) and _finnish_finite(verb)
    if verb in FINITE:
        return True
    if prev in _PREPOSITIONS_TOO or prev in _AND:
        return False  # "om Kinaya under", "tea and Kinaya biscuits"
    return _finite_shape(verb)


_AFTER_CLIPPED = frozenset(
    "got been gone had not never always just already done said told left come".split()
)


def _finite_shape(verb: str) -> bool:
    """Whether a lower-case word is a finite verb of Swedish, Norwegian, Danish or English by
    its shape and a word list: a known word ending as the present or past does, or an English
    verb in the Swedish past ("mailade": `wordforms.borrowed_past`)."""
    if verb in _STRONG:
        return True
    if len(verb) < 3 or verb in _NOT_FINITE or verb in vocab.PRONOUNS:
        return False
    if not verb.endswith(("r", "de", "te", "ed")) or verb.endswith(("ande", "ende")):
        return False  # "fortfarande", "gjennomgåande": a participle, an adverb as often
    return verb in vocab.known_words() or wordforms.borrowed_past(verb, vocab.common_words(("en",)))


def strong_past(verb: str) -> bool:
    """Whether a lower-case word is a listed strong past of Swedish, Norwegian or Danish."""
    return verb in _STRONG


def finnish_finite(verb: str) -> bool:
    """Whether a lower-case Finnish word is a finite verb of the third person by its shape."""
    return _finnish_finite(verb)


@lru_cache(maxsize=1 << 15)
def finite_verb(verb: str) -> bool:
    """Whether a lower-case word is a finite verb of Swedish, Norwegian or Danish by its shape
    (`_finite_shape`), and no English word ("applied", "never", "made"; "for", a preposition
    of Norwegian and Danish too, though a Swedish past). Cached: a function of the word and
    the word lists only, asked of the word after each sentence opening of a note."""
    return (
        not verb.endswith("ed")
        and _finite_shape(verb)
        and verb not in vocab.common_words(("en",))
        and (verb in _STRONG or _infinitive_known(verb))
    )


def _infinitive_known(verb: str) -> bool:
    """Whether a word ending as a Swedish present or weak past does has an infinitive Casebook
    knows: "lyssnar"/"lyssnade" -> "lyssna", "sätter" -> "sätta", "ryckte" -> "rycka", "bodde"
    -> "bo"; a plural noun has none ("arbetstider", "möjligheter")."""
    known = vocab.known_words()
    if verb.endswith("r"):
        stems = (verb[:-1], verb[:-2] + "a")  # "lyssna-r", "gå-r"; "sätt-er"
    else:
        stems = (verb[:-2], verb[:-2] + "a", verb[:-3])  # "lyssna-de"; "ryck-te"; "bo-dde"
    return any(len(stem) >= 2 and stem in known for stem in stems)


def _finnish_finite(verb: str) -> bool:
    """Whether a lower-case Finnish word is a finite verb of the third person by its shape."""
    if verb in _FINNISH_FINITE:
        return True
    return len(verb) >= 4 and (verb.endswith(_LONG_VOWELS) or verb.endswith("isi"))
