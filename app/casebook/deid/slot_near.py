"""A registered name typed with a slip in a slot that only a person fills: "From: Am" (Alm),
"Namn: Sad" (Sand), "Uf (14:48): Ja" (Ulf), "Deltog: Dorota Szymański, Ön (granne)" (Örn).

A slip often turns a short name into a short word of the dictionary ("Sand" into "Sad",
"Alm" into "Am"), which the rules for running text rightly leave alone. But some slots of a
note's layout hold a person and nothing else, and there the word is read as a name:

- the sender of a forwarded e-mail, a "From" header whose value is one word, perhaps with
  the address in angle brackets after it ("From: Am", "Från: San <s@…>"), and a letter's
  or a message's "Sent by" line of the same shape (Danish "Sendt af", Norwegian "Sendt av",
  Swedish "Skickat av", Finnish "Lähettänyt": "Sent by: Nal");
- a form's name field, a line "Name:", "Namn:", "Navn:" or "Nimi:" and one word, or a
  field labelled with a role of two English words, the second an agent noun ("Plot holder:
  Tron", "Key holder:", "Team leader:"; `vocab.EN_ROLE_TAILS`), and one word;
- a letter's salutation, the one word between its greeting opening the line and the comma
  or "!" ending it ("Kære Maka,", "Dear Louse,"; `vocatives.salutation`), there only when
  the slip is of exactly one registered form;
- a letter's sign-off on one line, the one word after its closing formula ending the line and
  its block ("Best wishes, Owne"; `person_slots.signed_on_line`), there only when the slip is
  of exactly one registered form;
- the speaker of a copied text message, one word opening its line before a clock time in
  brackets and a colon ("Uf (14:48): Ja, men ..."), and the sender of a chat export, one word
  after the clock time in brackets and before a colon and speech of four words ("[08:10]
  Fen: When people say ..."), there only when the slip is of exactly one registered name;
- the speaker of a turn whose speech opens with the first person singular's pronoun, one
  word opening its line before a colon and speech of four words ("Oskr: I never said that",
  "Brit: Jag kommer i morgon"), anywhere in a note, there only when the slip is of exactly
  one registered form;
- the speaker of a turn in a thread whose other turns open with a personal pronoun's label
  or an interview party's ("Me:", "Jeg:", "Researcher:"; `layout_slots`' labels of speakers),
  one word opening its line before a colon and speech of four words ("Me: Next visit is
  Monday⏎Rid: The sound quality is good"), there only when the slip is of exactly one
  registered form;
- the speaker of a transcript's turn after its chair's first turn ("Moderator:",
  "Facilitator:", "Mod:", "Q:", "Interviewer:"), one word opening its line before a colon
  and speech of four words ("Moderator: What changed?⏎Oskr: We finally got a new lift"),
  there only when the slip is of exactly one registered form (two people may share it);
- an item of a list of people after its label, one word with a role noun in brackets after
  it ("Deltog: Dorota Szymański, Ön (granne)"; `attendance_lists.listed`,
  `role_parentheses.ROLES`).

In such a slot, a capitalised word one slip from a registered name (a letter dropped, added,
changed or two swapped, the first kept; two letters when one was dropped from a registered
name of three, `nearmiss.NearMisses.slotted`) is that person, even a word of the dictionary;
a word that is no slip of any registered name stays, as does a pronoun, a relation, role,
title or label ("From: Me", "Namn: Mamma", "Jag (14:48):"). A word the registry holds as
written is `names.py`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from casebook.deid import (
    attendance_lists,
    person_slots,
    role_parentheses,
    speaker_turns,
    vocab,
    vocatives,
)
from casebook.deid.nearmiss import NearMiss, NearMisses

_WORD = r"[^\W\d_][^\W\d_]+"
# The sender's header with one word and perhaps its address, and a form's name field.
_FIELD = re.compile(
    r"^[ \t]*(?:from|fra|från|lähettäjä|afsender|avsender|avsändare|sent[ \t]+by|"
    r"sendt[ \t]+a[fv]|skickat[ \t]+av|lähettänyt)"
    rf"[ \t]*:[ \t]*({_WORD})"
    rf"[ \t]*(?:<[^\s<>@]+@[^\s<>@]+>)?[ \t]*$"
    rf"|^[ \t]*(?:name|namn|navn|nimi)[ \t]*:[ \t]*({_WORD})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A field whose label is a role of two English words, the second an agent noun ("Plot holder:",
# "Key holder:", "Team leader:", "Case manager:"; `vocab.EN_ROLE_TAILS`), and one word as its
# value: the person in that role, as after "Name:".
_ROLE_FIELD = re.compile(
    rf"^[ \t]*[^\W\d_]+[ \t]+(?:{'|'.join(t for t in vocab.EN_ROLE_TAILS if not t.endswith('s'))})"
    rf"[ \t]*:[ \t]*({_WORD})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A text message's speaker: one word opening its line before its clock time in brackets.
_SPEAKER = re.compile(
    rf"^[ \t]*({_WORD})[ \t]*\([ \t]*\d{{1,2}}[:.]\d{{2}}[ \t]*\)[ \t]*:", re.MULTILINE
)
# A chat export's sender: its clock time in brackets, then one word and a colon, opening the
# line, before speech of four words at least ("[08:10] Fen: When people say ..."); not a
# field's label before its value ("[12:52] Mail: a@b.dk", "[10:00] Sted: Ashgrove Day Centre").
_CHAT_SENDER = re.compile(
    rf"^[ \t]*\[\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?\][ \t]+({_WORD})[ \t]*:"
    r"(?=(?:[ \t]+[^\W\d_]+[,;.!?]?){4})",
    re.MULTILINE,
)
# A focus group's or interview's chair, as transcripts label the turns that ask ("Moderator:",
# "Facilitator:", "Mod:", "Q:", "Interviewer:", "Intervjuare:", "Haastattelija:").
_CHAIR = re.compile(
    r"^[ \t]*(?:moderator(?:n|en)?|facilitator|mod|q|interviewer|intervjuare(?:n)?|"
    r"intervjuer(?:en)?|haastattelija)[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)
# A turn of a transcript: one word opening its line, a colon and speech of four words at least
# ("Oskr: We finally got a new lift"), an English contraction one word ("Wooss: Aren't you
# supposed to ...").
_TURN = re.compile(
    rf"^[ \t]*({_WORD})[ \t]*:(?=(?:[ \t]+[^\W\d_]+(?:['’][^\W\d_]+)?[,;.!?]?){{4}})",
    re.MULTILINE,
)
# A line's label of one word and its colon, and the labels of a thread's or a transcript's
# speakers that no person bears: personal pronouns ("Me:", "Jeg:") and an interview's parties
# ("Researcher:", "Forsker:"), as `layout_slots` reads them.
_LABEL = re.compile(r"^[ \t]*([^\W\d_]+)[ \t]*:", re.MULTILINE)
_PARTY_LABELS = speaker_turns.PARTIES | attendance_lists.PERSONAL
# The first person singular's subject pronoun of the notes' languages (a closed class): a
# turn whose speech opens with it is the speaker's own words ("Oskr: I never said that").
_FIRST_PERSON = frozenset("i jag jeg eg minä mä".split())
_SPOKEN = re.compile(r"[ \t]*([^\W\d_]+)")
# A letter's salutation line: a greeting of one or two words, one word, and a comma or "!"
# ending the line ("Kære Maka,", "Good morning Louse,"); `vocatives.salutation` checks the
# greeting and the word.
_SALUTE = re.compile(
    rf"^[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]+({_WORD})[,!][ \t]*$", re.MULTILINE
)
# A sign-off on one line: a closing formula, perhaps a comma, and one word ending the line
# ("Best wishes, Sol"); `person_slots.signed_on_line` checks that the line ends its block.
_SIGNOFF = re.compile(
    r"^[ \t]*" + person_slots.CLOSING + rf"[ \t]*,?[ \t]+({_WORD})[ \t]*[.!]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# One word of a list with a role noun in brackets after it: "Ön (granne)".
_ROLE_ITEM = re.compile(rf"(?<![^\W\d_])({_WORD})[ \t]+\(([^\W\d_]+)\)")


def find(
    text: str, low: str, taken: Sequence[tuple[int, int]], near: NearMisses
) -> list[tuple[int, int, NearMiss]]:
    """(start, end, near miss) of each word in a person's slot (module docstring) that no
    span of `taken` overlaps and that is one slip from a registered name."""
    if not near:
        return []
    out = []
    senders = _senders(text)
    turns = _turns(text)
    saluted = _saluted(text, low)
    signed = _signed(text)
    for start, end in _slots(text, low):
        if any(a < end and start < b for a, b in taken):
            continue
        found = near.slotted(low[start:end])
        if found is None:
            continue
        if (start, end) in senders and len(found.entries) != 1:
            continue
        if (start, end) in turns and len(found.forms) != 1:
            continue
        if (start, end) in saluted and len(found.forms) != 1:
            continue
        if (start, end) in signed and len(found.forms) != 1:
            continue
        out.append((start, end, found))
    return out


@lru_cache(maxsize=8)
def _senders(text: str) -> frozenset[tuple[int, int]]:
    """The words of a chat export's senders (`_CHAT_SENDER`): one slip from exactly one
    registered name, a sender is that person; a slip that two names could be stays a word
    there (a chat's senders include "Helpdesk", "Admin", "System"). Cached as `_slots` is:
    `find` and `_slots` ask it of the same text."""
    if "[" not in text:
        return frozenset()
    return frozenset((m.start(1), m.end(1)) for m in _CHAT_SENDER.finditer(text))


@lru_cache(maxsize=8)
def _turns(text: str) -> frozenset[tuple[int, int]]:
    """The speakers' words of a transcript's turns (`_TURN`) after its chair's first turn
    (`_CHAIR`): a focus group's or an interview's participants. One slip from one registered
    name (a form two people may share, "Hanne"), the speaker is that person; a slip of two
    names stays a word (a transcript's turns include "All", "Both", "Voice")."""
    chair = _CHAIR.search(text)
    turns = list(_TURN.finditer(text))
    if any(m.group(1).lower() in _PARTY_LABELS for m in _LABEL.finditer(text)):
        return frozenset((m.start(1), m.end(1)) for m in turns)  # "Me: ...⏎Rid: ..."
    spoken = frozenset((m.start(1), m.end(1)) for m in turns if _first_person(text, m.end()))
    if chair is None:
        return spoken
    return spoken | frozenset((m.start(1), m.end(1)) for m in _TURN.finditer(text, chair.end()))


def _first_person(text: str, colon: int) -> bool:
    """Whether the speech after a turn's colon at text[colon - 1] opens with the first person
    singular's subject pronoun ("Oskr: I never said that", "Brit: Jag kommer i morgon"): the
    word before the colon speaks, a person, not a label ("Note: bring water")."""
    word = _SPOKEN.match(text, colon)
    return word is not None and word.group(1).lower() in _FIRST_PERSON


def first_person_turn(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the one word opening its line before a colon and speech of
    four words opening with the first person singular's pronoun ("rut: I never said that"):
    the speaker, a person, in whatever case it is typed."""
    line = text.rfind("\n", 0, start) + 1
    turn = _TURN.match(text, line)
    return (
        turn is not None
        and (turn.start(1), turn.end(1)) == (start, end)
        and _first_person(text, turn.end())
    )


@lru_cache(maxsize=8)
def _saluted(text: str, low: str) -> frozenset[tuple[int, int]]:
    """The word a letter is written to, between its salutation opening the line and the
    comma or "!" ending it ("Kære Maka,", "Dear Louse,"; `vocatives.salutation`: no pronoun,
    relation, role or title, "Dear all,"). One slip from one registered form, it is that
    person, even a word of the dictionary: "Louse" is an English word, but nobody writes a
    letter to one. A slip of two forms stays a word."""
    if "," not in text and "!" not in text:
        return frozenset()
    return frozenset(
        (m.start(1), m.end(1))
        for m in _SALUTE.finditer(text)
        if vocatives.salutation(low, m.start(1), m.end(1))
    )


@lru_cache(maxsize=8)
def _signed(text: str) -> frozenset[tuple[int, int]]:
    """The writer's word after a closing formula on the same line, the line the last of its
    block ("Best wishes, Owne" for Owen; `person_slots.signed_on_line`). One slip from one
    registered form, it is that person; a slip of two forms stays a word."""
    return frozenset(
        (m.start(1), m.end(1))
        for m in _SIGNOFF.finditer(text)
        if person_slots.signed_on_line(text, m.start(1), m.end(1))
    )


def saluted(text: str, low: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the word a letter's salutation line is written to
    ("Kære Maka,"; `_saluted`)."""
    return (start, end) in _saluted(text, low)


def in_slot(text: str, low: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the word of a person's slot (module docstring): a name
    there, not the ordinary word it also is (`ordinary_near`)."""
    return (start, end) in _slots(text, low)


@lru_cache(maxsize=8)
def _slots(text: str, low: str) -> tuple[tuple[int, int], ...]:
    """The words of `text` standing alone in a person's slot, capitalised, that may be a
    person's name."""
    words: list[tuple[int, int]] = [*_saluted(text, low), *_signed(text)]
    if ":" not in text:
        return _capitalised(words, text, low)
    for match in _FIELD.finditer(text):
        group = 1 if match.group(1) else 2
        words.append((match.start(group), match.end(group)))
    words += [(m.start(1), m.end(1)) for m in _ROLE_FIELD.finditer(text)]
    words += _senders(text)
    words += _turns(text)
    if "(" in text:
        words += [(m.start(1), m.end(1)) for m in _SPEAKER.finditer(text)]
        words += [
            (m.start(1), m.end(1))
            for m in _ROLE_ITEM.finditer(text)
            if m.group(2).lower() in role_parentheses.ROLES
            and attendance_lists.listed(text, low, m.start(1))
        ]
    return _capitalised(words, text, low)


def _capitalised(words: list[tuple[int, int]], text: str, low: str) -> tuple[tuple[int, int], ...]:
    """The slots' words that are capitalised and may be a person's name, in order."""
    return tuple(
        (start, end)
        for start, end in sorted(set(words))
        if text[start].isupper()
        and text[start + 1 : end].islower()
        and _may_be_person(low[start:end])
    )


def _may_be_person(word: str) -> bool:
    """Whether a slot's word may be a person's name: no pronoun, relation, role, title,
    label, month or time word (`attendance_lists.no_person`)."""
    return word not in attendance_lists.no_person() and word not in attendance_lists.PERSONAL
