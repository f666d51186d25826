"""A stranger named with the office or service they come from, opening a sentence: "Bertil
Wahlgren from the housing office joined late", "Florin Krenarsen på legekontoret kom sent",
"Hars Hjertsen fra boligkontoret kom sent", "Senaa Mäkivaara asuntotoimistosta tuli myöhässä".

Notes name third parties by where they work. Two capitalised words open the sentence; then a
preposition of place or origin and a definite noun (Swedish, Norwegian and Danish glue the
article on, "-en", "-et", "-an": "på vårdcentralen", "fra boligkontoret"; English writes
"the": "from the housing office"), or a Finnish noun in a local case ("-sta"/"-stä" from,
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

from casebook.deid.context import sentence_start

# After the run: a preposition of place or origin and a definite noun (Swedish, Norwegian,
# Danish), "from"/"at" and "the" (English), or a Finnish noun in a local case; then a word in
# lower case, the clause's verb.
_WORKPLACE = re.compile(
    r"[ \t]+(?:"
    r"(?:på|från|fra|hos|vid|ved)[ \t]+[a-zåäöæø]{2,}(?:en|et|an)"
    r"|(?:from|at)[ \t]+the(?:[ \t]+[a-z]+){1,2}"
    r"|[a-zäöå]{3,}(?:sta|stä|lta|ltä|ssa|ssä)"
    r")[ \t]+[a-zåäöæø]"
)


def named_by_workplace(text: str, start: int, end: int) -> bool:
    """Whether the run of capitalised words text[start:end] opens a sentence (or a line, after
    a speaker's label or a time stamp) and the office or service the person comes from
    follows it, then the rest of the clause in lower case (the module's docstring)."""
    return _WORKPLACE.match(text, end) is not None and sentence_start(text, start)
