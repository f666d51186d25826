"""A turn of a transcript after its speaker's label: what follows "Interviewer:", "Doctor:",
"Läkare:" is what the speaker said, not a person.

`namecontext.in_attendance` reads the first word after a label whose value is people as a name
("Present: Will, Grace", "Granne: Rose Lind", "Kontaktperson: Mark Holm, 070-…"): a label
naming a role ("Granne:", "Kontaktperson:") gives a field, and its value is a person. An
interview or a consultation typed as a transcript has labels of the same shape before every
turn ("Interviewer: Will you tell me more?", "Nurse: May I take your blood pressure?",
"Läkare: Inga smärtor?", "Mother: Mark my words"), and there the first word opens a sentence
and is an ordinary word as often as anywhere.

`speech_follows` tells a turn from a field by what follows the word on its line: a field's
value is a name, alone or with its family name (a capitalised word), a list ("Will and Grace",
"Per, Ole"), a phone number or an address; a turn goes on with a word in lower case that is no
conjunction, or with the pronoun "I" ("May I", "Will you", "Inga smärtor", "Mark my").
`opens_speech` asks it only of a word that is an ordinary word as well: a word that is
nothing but a name opens speech as its subject ("Från träffpunkten: Firuze rapporterar att").
A word alone before a full stop stays a person ("Nurse: Rose. Time for your tablets": she is
spoken to), as does a word at the end of its line. A name used in speech still meets the
rules that find a name anywhere ("Doctor: Mark said it hurts": a verb of saying after it;
"Interviewer: Anna Berg came": a lexicon name).
"""

from __future__ import annotations

import re

from casebook.deid import vocab

# Words that join a list of people in a field's value ("Present: Will and Grace", "Till: Per
# och Inga", "Fremmødt: Bo og Liv", "Anwesend: Frank und Ernst", "Läsnä: Satu ja Toivo").
_JOINERS = frozenset("and och og und ja & or eller samt".split())
_NEXT = re.compile(r"[ \t]+([^\W\d_]+|&)")


def speech_follows(text: str, end: int) -> bool:
    """Whether the word that ends at text[end] is followed, on its line, by a word in lower
    case that is no conjunction, or by "I": the rest of a spoken sentence ("Will you", "Inga
    smärtor"), not the rest of a field's value ("Mark Holm", "Will and Grace", "Rose, 070-…")."""
    following = _NEXT.match(text, end)
    if following is None:
        return False
    word = following.group(1)
    return (word.islower() and word not in _JOINERS) or word == "I"  # "May I ask"


def opens_speech(text: str, low: str, start: int, end: int) -> bool:
    """Whether text[start:end], first after a label, is an ordinary word (of the study's
    languages' lists) that opens a spoken sentence (`speech_follows`): "Will you", not
    "Firuze rapporterar"."""
    return speech_follows(text, end) and low[start:end] in vocab.known_words()
