"""A registered name that is an English word, opening a sentence before an adverb of time or
sequence and a past: "Love then developed ataxia", "Mark later admitted it".

`opening_finites` reads a capitalised registered word opening a sentence right before an
English past as the person ("Mark decided", "Rose denied this"): a bare noun is rarely an
English subject, a past after one is a person's act. A clinical note puts an adverb of time
or sequence between the subject and its verb as often ("then", "later", "subsequently"), and
the person was then read as the word, since "Love then" is no pair `names.py` knows. The
adverb says nothing of the subject: after it, the past decides as it does right after the
word. The adverbs are the temporal and sequencing adverbs that English grammars place between
subject and verb (a closed class; not "never", "still", "always", "just", which `names.py`
weighs as weak followers). The opening word itself must be no focusing adverb ("Even then
decided", "Only later learned"), nor a function word (`opening_finites`).
"""

from __future__ import annotations

import re

_NEXT = re.compile(r"[ \t]+([^\W\d_]+)(?![^\W\d_'’-])")
# Adverbs of time and sequence that stand between an English subject and its verb.
_BETWEEN = frozenset(
    """then later subsequently eventually finally initially previously recently suddenly
    soon once already also again reportedly apparently""".split()
)
# Focusing adverbs: an opening word of this class modifies the adverb, it is no subject.
_FOCUSING = frozenset("even only just also too merely simply".split())


def past_after_adverb(low: str, start: int, end: int) -> int | None:
    """Where the word after an adverb of time or sequence following low[start:end] starts
    ("love then developed" -> the index of "developed"), or None: no such adverb follows, or
    the opening word is a focusing adverb. The caller asks whether that word is a past."""
    if low[start:end] in _FOCUSING:
        return None
    adverb = _NEXT.match(low, end)
    if adverb is None or adverb.group(1) not in _BETWEEN:
        return None
    verb = _NEXT.match(low, adverb.end())
    return verb.start(1) if verb is not None else None
