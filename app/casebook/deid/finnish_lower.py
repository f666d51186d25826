"""A registered name that is a frequent Finnish word, written as the word in a Finnish sentence.

`names.py` reads a registered name as a possible word only where English or Swedish writes it,
and `nordic_lower.py` where Norwegian or Danish does; a name that only Finnish writes as a
word ("aina", always; "usko", believe; "kai", probably; "anna", give; "onni", happiness) was
taken wherever it stood in lower case, so a Finnish note about a participant named Aina lost
every "aina" of its text. In a sentence written in Finnish (`note_language.sentence_language`,
the word itself not counted) such a word in lower case is read like an English or Swedish
homograph (rule 4 of `names.py`): the word, unless its setting says person (a list of people,
a label, "hos", a title; `person_cues`, `lowercase_registered`, `name_lists`).

A sentence too short to tell its language ("Ei ole limainen.") is read as Finnish for a word
right after the Finnish negation verb ("ei", "en", "et", "emme", "ette", "eivät"): Finnish
puts the connegative verb or an adverb there ("ei ole", "en usko", "ei aina"), never a name.

Two things stay names as before: a lower-case word that opens a sentence or a line ("sara
painoi rätin suulleni": Finnish writes a word there capitalised, so the lower case is the
writer's way with a name; not a line that only goes on with a sentence the line before broke
after a lower-case word, "Olen\naina halunnut kirjoittaa", "Maassa oli jo\nlumi.": the word
inside its sentence)
and a word that is not among Finnish's common words (`common_fi.txt`, wordfreq's 20,000
most frequent Finnish words that voikko accepts in lower case).

Finnish has no genitive "s": a registered name with an "s" after it in a Finnish sentence,
when the whole is a common Finnish word ("mies", a man, after a registered "Mie"; "Mies
antoi tilauksen" opening a sentence), is that word, in either case.
"""

from __future__ import annotations

import re
from functools import cache

from casebook.deid import note_language
from casebook.deid.context import sentence_start

_FINNISH = ("fi",)
# The Finnish negation verb in all its persons, right before the word: what follows it is a
# connegative verb or an adverb of the clause ("ei ole", "en usko", "se ei aina toimi").
_NEGATION = re.compile(r"(?<![^\W_])(?:ei|en|et|emme|ette|eivät) \Z", re.IGNORECASE)


@cache
def ordinary_words() -> frozenset[str]:
    """Common Finnish words (`common_fi.txt`, with the spoken forms and the frequent words that
    are foreign family names that `note_language` counts as Finnish)."""
    return note_language.common_words("fi")


def word_here(text: str, start: int, end: int) -> bool:
    """Whether the lower-case registered name text[start:end], a common Finnish word, is the
    word where it stands: it does not open a sentence or a line, and its sentence is Finnish."""
    if sentence_start(text, start) and not _wrapped(text, start, end):
        return False
    language = note_language.sentence_language(text, start, end, count_word=False)
    if language is None and _NEGATION.search(text, max(0, start - 8), start):
        return True  # "Ei ole limainen.": too short to tell its language, but no name there
    return language == _FINNISH


def _wrapped(text: str, start: int, end: int) -> bool:
    """Whether the line text[start:] opens with the word text[start:end] only because the
    line before broke inside a sentence: that line ends in a lower-case letter, no stop or
    colon ("Olen\naina halunnut", "Äitini on\naina varattu"), and the sentence goes on after
    the word on its own line (a lower-case word follows, perhaps after a comma: "sanoo\naina,
    että") or ends with it ("Maassa oli jo\nlumi."); not a list of names, one a line with no
    stop."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 1 or text[i] != "\n" or not text[i - 1].islower():
        return False
    if text[end : end + 1] in _CLOSING and text[end + 1 : end + 2] in _AFTER_CLOSING:
        return True  # "Maassa oli jo\nlumi.": the word closes the sentence the line broke
    after = end + 1 if text[end : end + 1] == "," else end
    return text[after : after + 1] == " " and text[after + 1 : after + 2].islower()


_CLOSING = frozenset(".!?")
_AFTER_CLOSING = frozenset(("", " ", "\n"))


def genitive_word(text: str, low: str, start: int, after: int) -> bool:
    """Whether a registered name with an "s" glued after it, text[start:after], is a common
    Finnish word in a Finnish sentence ("mies", "Mies antoi"), where no genitive "s" is."""
    if low[start:after] not in ordinary_words():
        return False
    return note_language.sentence_language(text, start, after, count_word=False) == _FINNISH
