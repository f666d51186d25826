"""A two-digit year after a written day and month: "15 jan 24", "3 mars 24", "3. März 24",
"3 de mayo de 24", "15.Jan.24", "Jan 15 '24", "January 15, 24" (`written_dates.month` asks).

With an apostrophe ("Jan 15 '24", "15 Jan '24") or a dash ("10 jan -24", `dates.SHORT_YEAR`)
the two digits are a year wherever they stand. Written apart by a space or a comma, they may
as well be a count that begins the next phrase ("15 Jan 24 hours later", "3 May 24 patients
came"): they are a year only when the clause ends after them (punctuation, the end of the
line or text) or a word follows that cannot take a count (a preposition or conjunction: "at",
"på", "und", "à", ...), or a clock time. Glued to a month with its full stop ("15.Jan.24") they
are a year. A month word that is also an ordinary word (`calendar_words.weak_months`: "sty",
"set") takes a two-digit year only with its apostrophe or dash, or after a "de" ("3 de mayo de
24"). A weekday after the year goes with the date ("3 Mayıs 24 Cuma", `date_ranges`).
"""

from __future__ import annotations

import re

from casebook.deid import calendar_words

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
    "um und im am mit für von bis nach war ist "
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
