"""English contractions of a pronoun and a verb typed without the apostrophe: "Ive moved",
"Theres a film", "Thats fine", "Im late", "Theyre here".

Chat and quick notes drop the apostrophe of a cliticised "am", "is", "have", "are", "will" or
"would" ("I've" -> "Ive", "there's" -> "theres"); Universal Dependencies' English treebanks
(EWT, GUM, GUMReddit) keep such words as multiword tokens of a pronoun and an auxiliary ("ive"
= "i" + "ve", "thats" = "that" + "s", "theres", "theyre", "shes", "heres", "im"). Some of
them are also names ("Ive" is a Nordic given name, "Theres" a German one), so opening a
sentence they read as a stranger before a verb. `FORMS` is the closed class they make: a
personal, demonstrative or interrogative pronoun or "there"/"here" and a clitic it takes ("m"
after "i" only, "s" after a singular one). A form is the contraction where it opens a
sentence and the two words after it are English words in lower case ("Ive just started",
"Theres a movie about"), or the first of them is one of the 300 most frequent English words
and the second any word in lower case ("Im from hitech music", a firm's name typed in lower
case); "Ive Lindahl", "Ive flyttade till Oslo", "Ive." stay names.
"""

from __future__ import annotations

import re

from casebook.deid import vocab
from casebook.deid.context import sentence_start

_SINGULAR = ("he", "she", "it", "that", "there", "here", "what", "who", "where")
_PLURAL = ("you", "we", "they")
FORMS = frozenset(
    ["im", "ive", "ill", "id"]
    + [p + c for p in _PLURAL for c in ("re", "ve", "ll", "d")]
    + [p + c for p in _SINGULAR for c in ("s", "ll", "d")]
)
_ONE_LETTER = ("a", "i")  # English words of one letter, which the lists leave out
_FREQUENT = 300  # the most frequent English words: "from", "just", "never"
_NEXT_TWO = re.compile(r"[ \t]+([a-z]+)[ \t,]+([a-z]+)")


def opens_clause(text: str, low: str, start: int, end: int) -> bool:
    """Whether text[start:end], capitalised, is one of `FORMS` opening a sentence before two
    English words in lower case: the contraction, no person."""
    if low[start:end] not in FORMS or not sentence_start(text, start):
        return False
    after = _NEXT_TWO.match(text, end)
    if after is None:
        return False
    english = vocab.listed("en")
    if after[1] in vocab.most_frequent("en", _FREQUENT):
        return True  # "Im from hitech music": a frequent word says English, whatever follows
    return all(w in english or w in _ONE_LETTER for w in (after[1], after[2]))
