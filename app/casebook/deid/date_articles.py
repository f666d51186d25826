"""The article and the preposition that belong to a day's date, as English and the Nordic
languages write them before an ordinal day (`date_edges.widen` asks).

- English names a day of the month with "the" before its ordinal, and "on" (or "by",
  "until", "from", ...) before that: "on the 12th of March", "the 3rd of May", "by 3rd of
  May", "on the 3rd", "the twelfth of March". The date found begins at the ordinal; the whole
  expression is the date, so a release reads "She came back [date], tired." and keeps no
  half of it ("She came back on the [date]").
- Swedish, Norwegian and Danish write "den" (or "d.") before a day of the month, which
  they read as an ordinal whatever its digits show: "den 3 mars" is said "den tredje mars",
  as "den 3:e maj", "den 3. mai", "d. 3. marts", "den 9/9", "den femte mars" are. The day's
  article goes with it, so a release reads "Återbesök bokat [date]." as it reads "Vi ses
  [date]" for "den 3:e maj", and keeps no half of the expression.

Only a date already found is widened, and only over these words right before it: an ordinal
of things ("the 3rd of the children") is no date and stays, and so does every other word.
"""

from __future__ import annotations

import re

from casebook.deid import ordinal_words

Found = tuple[int, int, str]

_SPACE = "[ \u00a0]"
# English prepositions of a day's date, before "the" or right before an ordinal day.
_PREPOSITIONS = "on|by|until|till|from|since|before|after|around|through"
_ENGLISH_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:(?:{_PREPOSITIONS}){_SPACE}+(?:the{_SPACE}+)?|the{_SPACE}+)\Z"
)
_NORDIC_BEFORE = re.compile(rf"(?<![^\W\d_])(?:den|d\.){_SPACE}+\Z")
# A day in digits as the Nordic languages write it after "den": "3. mai", "3 mars", "9/9".
_NORDIC_DAY = re.compile(r"(?:0?[1-9]|[12]\d|3[01])(?:\.|:[a-z]{1,4}|/\d{1,2})?(?!\d)")
# An ordinal day in digits, as English and Swedish write it: "12th", "3rd", "3:e", "1:sta".
_DIGIT_ORDINAL = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|:e|:a|:dje|:sta|:dra)(?![^\W_])")


def _ordinal(low: str, start: int) -> bool:
    """Whether an ordinal day, in digits or spelled out ("12th", "twelfth", "femte"), opens
    `low` at `start`."""
    if _DIGIT_ORDINAL.match(low, start):
        return True
    word = re.match(r"[^\W\d_]+(?:[- ][^\W\d_]+)?", low[start : start + 30])
    if not word:
        return False
    days = ordinal_words.days()
    return any(w.replace("-", " ") in days for w in (word.group(), word.group().split(" ")[0]))


def widen(low: str, found: Found) -> Found:
    """`found` (a date) widened over "the", "on the", "on" before an ordinal day, or "den",
    "d." before a Nordic day ("den 3 mars", "den 3:e", "d. 3. marts", "den femte mars")."""
    start, end, kind = found
    window = max(0, start - 20)
    english = _ENGLISH_BEFORE.search(low, window, start)
    if english and _ordinal(low, start):
        return english.start(), end, kind
    nordic = _NORDIC_BEFORE.search(low, window, start)
    if nordic and (_NORDIC_DAY.match(low, start) or _ordinal(low, start)):
        return nordic.start(), end, kind
    return found
