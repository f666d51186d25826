"""A registered name that is also a possessive determiner, standing before its noun.

"My" is a Swedish given name and the English "my"; "Min" and "Mina" are given names and the
Swedish and Norwegian "min", "mina" (my). Before a noun the word is the determiner: "My son
was able to", "with my delivery", "med mina barn". A person's name before a noun would be a
genitive, and these names write theirs with an "s" ("Mys mamma", "My's flat"), so nothing
is lost; the determiners that end in "s" themselves ("hans", "Hans mamma") are left out, as
a name ending in "s" writes its genitive alike.

A name nobody registered is another matter where a sentence opens (`opens_sentence`): "Hans
nummer i journalen är ...", "Hendes nummer: ..." are the determiner before its noun, not a
stranger Han's or Hende's genitive (`unregistered.py`).

Inside a sentence only: where a sentence starts the words after a name decide as for any
ordinary word (`names.py`, rule 7), and a note in another language may go on with a verb
that is an English noun ("My hat eine neue Nummer").

The noun is read from what follows: one space, then a lower-case word that is a relation or
role ("son", "mamma") or an ordinary word that is no function word, no verb that follows a
subject ("My said", "min kom") and no adverb or time word ("with May yesterday").
"""

from __future__ import annotations

import re

from casebook.deid import vocab
from casebook.deid.context import sentence_start

# Possessive determiners of English, Swedish, Norwegian and Danish that are also given names
# somewhere (Swedish "My", Korean "Min", "Mina"; Norwegian nynorsk "mi"), without a final "s".
DETERMINERS = frozenset("my min mina mine mitt mit din dina dine sin sina sine mi".split())

_NEXT = re.compile(r" ([a-zåäöæøéü]+)\b")
# Adverbs of time that follow a person as readily as a noun follows a determiner ("talked
# with my yesterday", "pratade med my igår"), beyond the most frequent words.
_TIME_ADVERBS = frozenset(
    """yesterday tomorrow tonight earlier later recently igår imorgon ikväll imorse inatt
    nyss förut senare tidigare""".split()
)


# The third person's possessive determiners of Swedish, Danish and Norwegian that end in "s"
# ("hans", his; "hennes", "hendes", her; "dess", its; "deras", their), one of them a given
# name too ("Hans"), the others a slip or two from one.
S_DETERMINERS = frozenset("hans hennes hendes dess deras".split())


def opens_sentence(text: str, low: str, start: int, end: int) -> bool:
    """Whether the word low[start:end], one of `S_DETERMINERS`, opens a sentence before its
    noun: "Hans nummer i journalen är ...", "Hendes nummer: ...". A name nobody registered
    there would be a genitive of "Han" or "Hende" before a noun, and a person named Hans
    opening a sentence goes on with a verb ("Hans ringde") or a family name ("Hans Berg")."""
    if low[start:end] not in S_DETERMINERS or not sentence_start(text, start):
        return False
    match = _NEXT.match(text, end)  # not a label of a list: "Hans tel 070-…" is Hans's
    return match is not None and match.group(1) not in vocab.LABELS and _noun_follows(text, end)


def before_noun(text: str, low: str, start: int, end: int) -> bool:
    """Whether the word low[start:end], a possessive determiner, stands before its noun."""
    if low[start:end] not in DETERMINERS:
        return False
    return _noun_follows(text, end)


def _noun_follows(text: str, end: int) -> bool:
    """Whether one space, then a lower-case noun follow `end` (a relation or role, or an
    ordinary word that is no function word, verb after a subject, adverb or time word)."""
    match = _NEXT.match(text, end)
    if match is None:
        return False
    word = match.group(1)
    if word in vocab.RELATIONS:
        return True  # "My son", "min mamma", "with my friends"
    return (
        len(word) >= 3
        and word in vocab.common_words()
        and word not in vocab.function_words()
        and word not in vocab.NAME_FOLLOWERS
        and word not in vocab.WEAK_FOLLOWERS
        and word not in vocab.MODALS
        and word not in vocab.ADVERBS
        and word not in vocab.TIME_WORDS
        and word not in _TIME_ADVERBS
        and word not in vocab.SAYING_VERBS
    )


def inside(text: str, low: str, start: int, end: int) -> bool:
    """`before_noun`, inside a sentence (not where one starts)."""
    return (
        low[start:end] in DETERMINERS
        and before_noun(text, low, start, end)
        and not sentence_start(text, start)
    )
