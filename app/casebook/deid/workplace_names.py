"""A stranger named with the office or service they come from, opening a sentence: "Bertil
Wahlgren from the housing office joined late", "Florin Krenarsen på legekontoret kom sent",
"Hars Hjertsen fra boligkontoret kom sent", "Senaa Mäkivaara asuntotoimistosta tuli myöhässä".

Notes name third parties by where they work. Two capitalised words open the sentence (or
follow an additive adverb that does, `vocab.ALSO_WORDS`: "Også Agnar Nystad i kommunen var
med", the subject right after it); then a preposition of place or origin and a definite noun
(Swedish, Norwegian and Danish glue the article on, "-en", "-et", "-an": "på vårdcentralen",
"fra boligkontoret", "i kommunen"; English writes "the": "from the housing office", "in the
pharmacy"), or a Finnish noun in a local case ("-sta"/"-stä" from,
"-lta"/"-ltä" from, "-ssa"/"-ssä" at: "asuntotoimistosta"); then the clause goes on in lower
case (its verb: "kom sent", "joined late", "tuli myöhässä"). A person is the subject there,
and the given names the lexicon lacks or reads as words somewhere ("Florin" a coin, "Cilia",
"Arian") are taken with the family name beside them.

`unregistered.py` asks this only for a run of two capitalised words of which one at least is
a name or a word nobody knows: two rare dictionary words, a town or a firm's words in
capitals stay with the other rules ("Röda Korset på ...": ordinary words, not asked).
"""

from __future__ import annotations

import re
from functools import cache

from casebook.deid import vocab
from casebook.deid.context import sentence_start

# After the run: a preposition of place or origin and a definite noun (Swedish, Norwegian,
# Danish), "from"/"at" and "the" (English), or a Finnish noun in a local case; then a word in
# lower case, the clause's verb.
_WORKPLACE = re.compile(
    r"[ \t]+(?:"
    r"(?:på|från|fra|hos|vid|ved|i)[ \t]+[a-zåäöæø]{2,}(?:en|et|an)"
    r"|(?:from|at|in)[ \t]+the(?:[ \t]+[a-z]+){1,2}"
    r"|[a-zäöå]{3,}(?:sta|stä|lta|ltä|ssa|ssä)"
    r")[ \t]+[a-zåäöæø]"
)


# How many of each language's most frequent words an opening word may be among and still be
# read as a given name: an adverb or conjunction opens the sentence there ("Varsinkin Meta
# kakkosesta käsin", "Kun Mäkivaara ..."), the rules for one word then decide.
FREQUENT = 10_000
_LANGUAGES = ("sv", "en", "nb", "da", "fi")


@cache
def _frequent() -> frozenset[str]:
    return frozenset().union(*(vocab.most_frequent(lang, FREQUENT) for lang in _LANGUAGES))


# The additive adverb opening the sentence before the run: "Også Agnar Nystad i kommunen".
_ALSO_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(vocab.ALSO_WORDS) + r")[ \t]+\Z", re.I)


def _after_also(text: str, start: int) -> bool:
    """Whether an additive adverb ("Også", "Även", "Also", `vocab.ALSO_WORDS`), capitalised,
    opens the sentence right before `start`: the subject follows it there."""
    found = _ALSO_BEFORE.search(text, max(0, start - 12), start)
    return (
        found is not None and text[found.start()].isupper() and sentence_start(text, found.start())
    )


def named_by_workplace(text: str, start: int, end: int) -> bool:
    """Whether the run of capitalised words text[start:end] opens a sentence (or a line, after
    a speaker's label or a time stamp), its first word is none of the most frequent words of
    the study's languages, and the office or service the person comes from follows it, then
    the rest of the clause in lower case (the module's docstring)."""
    if _WORKPLACE.match(text, end) is None:
        return False
    if not sentence_start(text, start) and not _after_also(text, start):
        return False
    first = text[start:end].split(" ", 1)[0].split("-", 1)[0].lower()
    return first not in _frequent()
