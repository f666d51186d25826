"""Ordinary words typed with two letters swapped, which the name rules read as names nobody
knows: "Neice called" (niece), "Nuero: confused" (neuro).

A capitalised word that no dictionary holds and that is shaped like a name is a stranger's
name to `unregistered.py` where the setting says person, and busy note-takers type fast. A
word that is an ordinary word of the study's languages, no name, with two neighbouring
letters swapped is that word, not a person. Left out of the redaction here: a span of one
word tagged `[name]` that no registered person gave (no key), four letters long or more, in
no name list and no ordinary word itself, one of whose swaps of neighbouring letters is an
ordinary word and none a name. A name of the lexicon is never a slip, nor a near miss of a
registered name (it has a key, or the candidates it is near when several are: "Baan"), nor
a word after a title or relation word ("dr Sutt", not "stut") or in a list of people after
its label ("Paikalla: Avdar", not "vadar") or in a line of the layout only a person fills
(`layout_slots`: "Present:⏎Mani Olsen", not "main") or alone in an apposition after a
role noun (`cued_pairs.apposed`: "with a cousin, Greif.", not "grief") or in an e-mail
header's display name ("From: Balster Kukulski <…>", not "blaster"), nor a word a swap
turns into a name ("Andrwe": Andrew), nor a name with an ending ("Ainon", Finnish "Aino's", is no
"anion"), nor a word of a Finnish sentence whose swaps reach no Finnish word ("Sen
jälkeen Herath ei halunnut": "hearth" is English's). A letter left out or struck for
another is not read as a slip: too many family names nobody knows are one letter from a word
("Sparkes", "Tupper").
"""

from __future__ import annotations

import string
from collections.abc import Sequence

from casebook.deid import (
    attendance_lists,
    context,
    cued_pairs,
    layout_slots,
    lexicon,
    namecontext,
    note_language,
    stranger_spans,
    vocab,
)
from casebook.deid.stranger_spans import NameSpan, S

MIN_LENGTH = 4
_LETTERS = string.ascii_lowercase


def kept(text: str, spans: Sequence[S], name_tag: str) -> list[S]:
    """`spans` without the unregistered names that are ordinary words typed with a slip (a
    near miss of several registered names, "Baan", is theirs and stays)."""
    return stranger_spans.without(spans, name_tag, lambda s: _slip_span(text, s))


def _slip_span(text: str, span: NameSpan) -> bool:
    low = text.lower()
    if context.after_person_word(low, span.start):
        return False  # "hos dr Sutt" (not "stut"): a title or relation word says person
    if attendance_lists.listed(text, low, span.start):
        return False  # "Paikalla: Avdar ja ..." (not "vadar"): a list of people
    if layout_slots.in_slot(text, span.start, span.end):
        return False  # "Present:⏎Mani Olsen": a line only a person fills
    if cued_pairs.apposed(text, span.start, span.end):
        return False  # "with a cousin, Greif." (not "grief"): a role noun's apposition
    if "@" in text and any(
        s <= span.start and span.end <= e for s, e in namecontext.header_names(text)
    ):
        return False  # "From: Balster Kukulski <…>" (not "blaster"): the sender's name
    word = text[span.start : span.end]
    if not (word.isalpha() and slip(word.lower())):
        return False
    if note_language.sentence_language(text, span.start, span.end, count_word=False) == ("fi",):
        # "Sen jälkeen Herath ei halunnut" (not "hearth"): the words a swap reaches are
        # English's and Swedish's, and a Finnish sentence is typed with Finnish words
        return any(note_language.word_of(w, "fi") for w in _swaps(word.lower()))
    return True


def slip(word: str) -> bool:
    """Whether `word` (lower case) is an ordinary word typed with a slip (module docstring)."""
    if len(word) < MIN_LENGTH or not word.isascii():
        return False
    names, known = lexicon.all_names(), vocab.known_words()
    if word in names or word in known:
        return False
    if any(word[:-cut] in names for cut in (1, 2, 3) if len(word) - cut >= 3):
        return False  # "ainon", "Ainon": a name inflected ("kävin ainon luona")
    reached = set(_swaps(word))
    if reached & names:
        return False  # "andrwe": a name mistyped
    return not reached.isdisjoint(known)


def _swaps(word: str) -> list[str]:
    return [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)]
