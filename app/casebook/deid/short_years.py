"""A two-digit year after a written day and month: "15 jan 24", "3 mars 24", "3. März 24",
"3 de mayo de 24", "15.Jan.24", "Jan 15 '24", "January 15, 24" (`written_dates.month` asks).

With an apostrophe ("Jan 15 '24", "15 Jan '24") or a dash ("10 jan -24", `dates.SHORT_YEAR`)
the two digits are a year wherever they stand. Written apart by a space or a comma, they may
as well be a count that begins the next phrase ("15 Jan 24 hours later", "3 May 24 patients
came"): they are a year only when the clause ends after them (punctuation, the end of the
line or text) or a word follows that cannot take a count (a preposition or conjunction: "at",
"på", "und", "à", ..., German prepositions fused with their article, "16. April 17 ins
Tagebuch", "am 3. Mai 24 zum Arzt", and Danish and Norwegian ones, "fra", "efter", "etter"),
or a clock time. Glued to a month with its full stop ("15.Jan.24") they
are a year. A month word that is also an ordinary word (`calendar_words.weak_months`: "sty",
"set") takes a two-digit year only with its apostrophe or dash, or after a "de" ("3 de mayo de
24"). A weekday after the year goes with the date ("3 Mayıs 24 Cuma", `date_ranges`).

A month and a two-digit year, "5/97", "(12/93)", as a history is typed by hand: the second
number past 31 is no day, so no day/month or month/day reading competes. It is a date when
something dates it (`dates.cued`, "since 4/97") or a history word (a diagnosis, a fracture,
an operation) stands right before it or brackets close round it ("CABG 1/78", "fx 5/97",
"(12/93)"), and what
follows makes it no value (`month_day.bare`: "3/50 mg", "GCS 3/45", "6/40 40%" stay).
"""

from __future__ import annotations

import re

from casebook.deid import calendar_words, month_day

_JOIN = calendar_words.alternation(set(calendar_words.calendar().joins))
# " 24", ", 24", " de 24" after a day and month; ".24" right after "jan." / "15.jan".
_APART = re.compile(rf"(?:,?[ ]+(?:(?:{_JOIN})[ ]+)?)(\d{{2}})(?!\d|[.,:]\d|[^\W\d_])")
_GLUED = re.compile(r"(?<=\.)(\d{2})(?!\d|[.,:]\d|[^\W\d_])")
_APOSTROPHE = re.compile(r",?[ ]?['’](\d{2})(?!\d|[^\W\d_])")
# Words that cannot take a count, in the languages of the notes: what may follow a year.
_FUNCTION_WORDS = (
    "at in on and or but with for from by to the when then was is had has after before until "
    "since per via "
    "på i och men med för från till när då sedan sen var är hade har efter före kl klockan "
    "om hos vid samt "
    "um und im am mit für von bis nach war ist ins zum zur beim vom ans aufs "
    "og fra til efter etter før ved hos "
    "à et en le la avec pour du au "
    "a y e el con para del di da em no na op met tot "
    "w we z o ve ile"
).split()
_END = re.compile(
    r"[ ]*(?:$|[.,;:!?)\]\n]|[-–—][ ]|"
    rf"(?:{'|'.join(sorted(set(_FUNCTION_WORDS), key=len, reverse=True))})(?![^\W\d_])|"
    r"\d{1,2}[.:]\d\d(?!\d)|"
    rf"(?:{calendar_words.alternation(calendar_words.calendar().weekdays)})(?![^\W\d_]))"
)


def after(low: str, stop: int, weak: bool) -> int | None:
    """The end of a two-digit year at low[stop:], after a day and a month ("15 jan| 24"),
    if there is one (see the module docstring)."""
    quoted = _APOSTROPHE.match(low, stop)
    if quoted:
        return quoted.end()
    if weak:
        return None
    glued = _GLUED.match(low, stop)
    if glued:
        return glued.end()
    apart = _APART.match(low, stop)
    if apart and _END.match(low, apart.end()):
        return apart.end()
    return None


def month_and_year(first: str, second: str) -> bool:
    """Whether "first/second" can only be a month and a two-digit year ("5/97", "1/78")."""
    return 1 <= int(first) <= 12 and 32 <= int(second) <= 99 and len(second) == 2


# What a month and year of a history stands after: "CABG 1/78", "fx 5/97", "(12/93)".
_HISTORY = re.compile(
    r"(?:(?<![^\W\d_])(?:fx|dx|hx|h/o|s/p|ca|cabg|ptca|pci|mi|avr|mvr|surgery|operated|"
    r"diagnosed|dx'd|since|sedan|opererad|diagnostiserad)[ ]+|(\())\Z"
)
_CLOSED = re.compile(r"\)(?![ ]?(?:of|av|in|i)(?![^\W\d_]))")  # not "(3/40) of the group"


def month_year(low: str, start: int, end: int, cued: bool) -> bool:
    """Whether the "5/97" at low[start:end] (`month_and_year`) is a month of a history: dated
    (`cued`, what `dates.cued` says) or after a history word or a bracket, and no value."""
    history = None if cued else _HISTORY.search(low, max(0, start - 12), start)
    if not (cued or history):
        return False
    if history and history[1] and not _CLOSED.match(low, end):
        return False  # a bracket around the month and year alone: "(12/93)"
    return month_day.bare(low, start, end)
