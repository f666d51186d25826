"""Registered names that are ordinary words, typed in lower case where a note's layout makes
them a person: the speaker of a logged line and the person who kept the minutes.

- a speaker: the word alone between a time stamp that opens the line and a colon, as chat
  logs, text messages and timed field notes write who spoke ("[17:59] may: her mother
  laughed", "14:57 grace: gruppen föreslog", "sms 22:15: jojo: den anhöriga beskrev"), or
  between a role noun's label and a colon, which names who spoke in that role ("Tutkija:
  lilja: Tikapuut ovat"); a field whose value is a number, an address or a link is no
  speaker ("10:02 tel: 070-…");
- a transcript's answer: the word alone opening a line before a colon and what was said,
  right under a line of a turn label whose turn asks a question ("Q: Who fixed it?⏎may: I
  did."): the line under a question in a transcript is who answered, as the label over it
  is who asked;
- a chat's speaker: the word alone opening a line before a colon and what was said, right
  above or under a turn labelled by a role or the writer's pronoun ("hills: kommer
  senare⏎Saunavært: I am ...", "Minä: ok⏎may: on my way"), as a club's chat labels each
  line by who wrote it;
- a speaker's line: the word alone opening its line before a colon and speech of four words
  or more that opens, capitalised, with a person as its subject: a personal pronoun ("woody: He
  and I set it up"), or an article or possessive and a noun of people ("stamp: His flatmate
  was proud", "shields: The resident found the wifi"), as helpdesk and chat notes write who
  said each line (`speaker_line`, read whatever the word's case). A field's label has its
  value after it ("stamp: two needed", "button: press twice", "button: The one on the
  left"): no sentence with a person for its subject;
- the minute-taker: the word alone after a label of who kept the minutes or chaired the
  meeting, closing its line or item ("Vid protokollet: lotta", "sekreterare: dag", "minutes
  taken by: may."); the label says a person comes, as "Present:" does for
  `namecontext.in_attendance`;
- the owner: the word alone after a repair ticket's or a loan form's label of the owner of
  the thing, alone opening its line, closing its line or item ("Eier: kettle", "Ägare:
  cutter", "Owner: wick."); "Eier: kettle and cups" is no such value.

`cue` is the cheap first test (a colon right after, or a colon close before); `person` decides.
"""

from __future__ import annotations

import re

from casebook.deid import (
    attendance_lists,
    context,
    line_roles,
    person_nouns_en,
    role_parentheses,
    speaker_turns,
    vocab,
)

# A line's opening time stamp, perhaps bracketed, after a word of the channel ("sms 22:15:").
_STAMP = re.compile(
    r"[ \t\-–—•*·]*(?:(?:sms|chat|tel|kl\.?|at)[ \t]+)?[\[(]?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"[\])]?:?[ \t]+$"
)
# A field whose value is a number, an e-mail address or a link: no speaker.
_VALUE = re.compile(r":[ \t]*(?:[+(]?\d|\S*@|https?:|www\.)")
_MINUTES = (
    "vid protokollet:",
    "protokollförare:",
    "sekreterare:",
    "justerare:",
    "justeras:",
    "ordförande:",
    "mötesordförande:",
    "referent:",
    "referat:",
    "referent av:",
    "secretary:",
    "chair:",
    "chaired by:",
    "minutes:",
    "minutes taken by:",
    "minute taker:",
    "note taker:",
    "notes taken by:",
    "antecknat av:",
    "antecknare:",
    "ført av:",
)
# The label of a repair ticket's or a loan form's owner of the thing brought in or lent
# (English "owner", Danish "ejer", Norwegian "eier", Swedish "ägare", Finnish "omistaja", base
# and definite singular): its value is a person ("Eier: kettle", "Ägare: cutter"), as the
# minute-taker's is.
_OWNERS = frozenset("owner ejer ejeren eier eieren ägare ägaren omistaja omistajan".split())
_ITEM_END = frozenset(",.;\n")
# A transcript's label of a role opening the line ("Tutkija: ", "Interviewer: ").
_ROLE_LABEL = re.compile(r"[ \t]*([^\W\d_]+)[ \t]*:[ \t]+")


def _role_label(before: str) -> bool:
    """Whether `before`, the line up to the word, is a role noun's label alone: the word
    after it and before its own colon names who in that role spoke ("Tutkija: lilja: ...",
    "Interviewer: may: so tell me")."""
    label = _ROLE_LABEL.fullmatch(before)
    return label is not None and role_parentheses.role_noun(label.group(1))


# A line of a transcript's turn that asks: a one-word label, its colon, a question.
_QUESTION_TURN = re.compile(r"[ \t]*[^\W\d_]+[ \t]*:[ \t]+[^\n]*\?[ \t]*")


def _answer_under_question(low: str, line_start: int, before: str) -> bool:
    """Whether a word alone opening its line (`before`, the line up to it, holds no word) sits
    right under a turn that asks a question ("Q: Who fixed it?⏎may: I did.")."""
    if before.strip(context.LINE_MARGIN) or line_start < 2:
        return False
    above = low.rfind("\n", 0, line_start - 1) + 1
    return _QUESTION_TURN.fullmatch(low, above, line_start - 1) is not None


# A line of a thread's turn: a one-word label, its colon, what was said; not a form's field
# whose value is people ("Kontaktperson: Crisp", "Present: ...").
_FIELDS_OF_PEOPLE = vocab.ATTENDANCE | attendance_lists.LABELS
_LABELLED_TURN = re.compile(r"[ \t]*([^\W\d_]+)[ \t]*:[ \t]+\S")


def _beside_role_turn(low: str, line_start: int, before: str, end: int) -> bool:
    """Whether a word alone opening its line before a colon and speech (`before`, the line up
    to it, holds no word) sits right above or under a turn labelled by a role or by the
    writer's own pronoun ("hills: kommer senare⏎Saunavært: I am ...", "Minä: ok⏎may: on my
    way"; `line_roles.role_at`, `speaker_turns.self_label`): a club's chat labels each line by
    who wrote it, a role or a member."""
    if before.strip(context.LINE_MARGIN) or not low[end + 1 : end + 3].strip():
        return False
    lines = []
    if line_start >= 2:
        lines.append(low.rfind("\n", 0, line_start - 1) + 1)
    below = low.find("\n", end)
    if below >= 0:
        lines.append(below + 1)
    for at in lines:
        turn = _LABELLED_TURN.match(low, at)
        if (
            turn is not None
            and turn.group(1) not in _FIELDS_OF_PEOPLE
            and (
                line_roles.role_at(low, turn.start(1), turn.end(1))
                or speaker_turns.self_label(low, turn.start(1), turn.end(1))
            )
        ):
            return True
    return False


def cue(low: str, start: int, end: int) -> bool:
    """Whether `person` may say yes for low[start:end] (cheap)."""
    return low[end : end + 1] == ":" or ":" in low[max(0, start - 3) : start]


def person(low: str, start: int, end: int) -> bool:
    """Whether the lower-case registered word low[start:end] is a speaker or a minute-taker
    by the layout around it (module docstring)."""
    line_start = low.rfind("\n", 0, start) + 1
    before = low[line_start:start]
    if low[end : end + 1] == ":":
        if _VALUE.match(low, end) is not None:
            return False
        return (
            _STAMP.fullmatch(before) is not None
            or _role_label(before)
            or _answer_under_question(low, line_start, before)
            or _beside_role_turn(low, line_start, before, end)
        )
    if low[end : end + 1] not in _ITEM_END and end != len(low):
        return False
    label = before.rstrip(" \t")
    if label.endswith(":") and label[:-1].strip(context.LINE_MARGIN) in _OWNERS:
        return True  # "Eier: kettle", "Ägare: cutter": the owner of the thing brought in
    return label.endswith(_MINUTES) and len(label.split()) <= 4


# A turn's speech: a capitalised first word, then three words more at least ("His flatmate was
# proud of ...", "He and I backed up ...").
_SPEECH = re.compile(r"[ \t]+([^\W\d_]+)[ \t]+([^\W\d_]+)(?:[ \t,]+[^\W\d_'’-]+){2}")
# Personal pronouns as subjects of English, Swedish, Norwegian and Danish, opening speech ("He
# and I", "We sorted out", "Hun ringede"); not "De", "Den", "Det" (particles, things).
_SUBJECTS = frozenset("I He She We They Jag Hon Vi Jeg Hun Eg Ho".split())
# Articles and possessives opening a subject that is a person ("The resident", "Her mother").
_PERSON_DETERMINERS = frozenset("The His Her My Our Their Your".split())


def speaker_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the one word opening its line before a colon and speech
    whose subject is a person (module docstring: "stamp: His flatmate was proud")."""
    if text[end : end + 1] != ":":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t"):
        return False
    speech = _SPEECH.match(text, end + 1)
    if speech is None:
        return False
    first, second = speech.group(1), speech.group(2)
    if first in _SUBJECTS:
        return True
    low = second.lower()
    return first in _PERSON_DETERMINERS and (
        person_nouns_en.person_noun(low) or low in vocab.RELATIONS
    )
