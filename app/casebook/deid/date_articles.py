"""The article and the preposition that belong to a day's date, as English and the Nordic
languages write them before an ordinal day (`date_edges.widen` asks).

- English names a day of the month with "the" before its ordinal, and "on" (or "by",
  "until", "from", ...) before that: "on the 12th of March", "the 3rd of May", "by 3rd of
  May", "on the 3rd", "the twelfth of March". The date found begins at the ordinal; the whole
  expression is the date, so a release reads "She came back [date], tired." and keeps no
  half of it ("She came back on the [date]").
- Swedish writes "den" (or "d.") before an ordinal day with its colon ending: "den 3:e maj",
  "den 21:a", "d. 1:sta april": the day's article goes with it. A day without that ending
  ("den 3 mars", "den 3. mai", "den 9/9") keeps its "den" out, as the release has always
  written it ("Vi ses den [date]").

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
    "d." before a Swedish ordinal day ("den 3:e")."""
    start, end, kind = found
    window = max(0, start - 20)
    english = _ENGLISH_BEFORE.search(low, window, start)
    if english and _ordinal(low, start):
        return english.start(), end, kind
    nordic = _NORDIC_BEFORE.search(low, window, start)
    if nordic and _DIGIT_ORDINAL.match(low, start):
        return nordic.start(), end, kind
    return found
