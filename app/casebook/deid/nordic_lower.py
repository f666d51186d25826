"""A registered name typed in lower case that is a Norwegian or Danish word, in a Norwegian or
Danish sentence.

`names.py` reads a registered name as a possible word only where English or Swedish writes it
("dag", "liv", "may"); a name that only Norwegian or Danish writes as a word ("tove", "vera",
"kim", "mai", "veit", "meir", "anna") is taken wherever it stands in lower case. In a
sentence written in Norwegian or Danish (`note_language.sentence_language`, the word itself
not counted) such a word is the word where the grammar leaves no place for a person:

- after a determiner, a possessive or a quantifier ("en kim til noe nytt", "ei anna
  stilling", "heile tida", "mykje meir"): a name takes none;
- after a preposition of place or time ("flyttet hit i mai", "mellom anna", "over verda");
  not after those that take people as well ("med", "hos", "til", "fra", "på", "om": "snakket
  med tove", "ventar på vera");
- after the infinitive marker "å" ("å vera", "å tru");
- right after a subject pronoun ("eg veit", "vi veit"): a verb or an adverb there, a person
  never follows a subject;
- the word is itself a determiner or quantifier and a lower-case word follows ("heile
  brødet", "sine barn", "meir skatt", "anna moro").

Everywhere else, and in an English or Swedish sentence or one that leans no way, it stays
the name it always was ("tove ringte i dag", "snakket med tove", "then tove rang"): the
setting that marks a person in lower case (`person_cues`, `lowercase_registered`) is rarely
there in a hurried Norwegian note, so the word must show itself.

`ordinary_words` is read once when the matcher is built; `word_here` is asked only for a
lower-case registered word that is one of them.
"""

from __future__ import annotations

import re
from functools import cache

from casebook.deid import context, note_language, vocab

_GROUP = frozenset({"nb", "da"})

# Determiners, possessives and quantifiers of bokmål, nynorsk and Danish: a noun follows them,
# never a name ("en kim", "ei sol", "heile tida", "mykje meir").
DETERMINERS = frozenset(
    """en ei eit et ein den det dei de denne dette desse disse hin
    min mi mitt mine din di ditt dine sin si sitt sine vår vårt våre dykkar deira deres
    dens dets hennar hennes hendes kvar kvart hver hvert hvar hvilken hvilket kva
    all alt alle ingen inga ingi intet noko nokon nokre noe noen noget nogen nogle
    mykje mye meget meir mer mere mest litt lidt lite lille fleire flere mange få færre
    begge same samme heile hele heil hel halve halv anna annan annet anden andet andre
    eine ene einaste eneste enkelte somme slik slikt slike sådan sådanne""".split()
)
# Prepositions of place and time that do not take a person as well ("i mai", "over verda").
_PLACE_TIME = frozenset(
    """i over under gjennom gennem rundt innan innen inden mellom mellem ved utanfor
    utenfor udenfor innanfor innenfor indenfor langs blant iblant sidan siden inntil
    indtil per pr""".split()
)
_SUBJECTS = frozenset("eg jeg du han ho hun vi me dei dere dokker man".split())
_INFINITIVE = frozenset({"å"})
_NEXT_WORD = re.compile(r" ([a-zæøåäöé]+)\b")


@cache
def ordinary_words() -> frozenset[str]:
    """Common Norwegian and Danish words (`common_nb.txt`, `common_da.txt`)."""
    return vocab._read("common_nb.txt") | vocab._read("common_da.txt")


def word_here(text: str, low: str, start: int, end: int) -> bool:
    """Whether the lower-case word low[start:end], a common Norwegian or Danish word, is the
    word where it stands: its sentence is Norwegian or Danish and its setting one of the
    module docstring's."""
    word = low[start:end]
    prev, gap = context.previous_word(low, start)
    before = not gap and (
        prev in DETERMINERS or prev in _PLACE_TIME or prev in _INFINITIVE or prev in _SUBJECTS
    )
    if not before and not (word in DETERMINERS and _NEXT_WORD.match(low, end)):
        return False
    languages = note_language.sentence_language(text, start, end, count_word=False)
    return bool(languages) and not _GROUP.isdisjoint(languages)
