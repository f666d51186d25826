"""Clinical shorthand that the name rules read as a stranger's name: the plural of an
abbreviation ("Monitor CKs Q 6", "when the EMTs arrived", "PVC's noted") and a medicine
written beside its dose or route ("Neo started at 40 mcg/min", "given 40 mg Lasic",
"Ativan IV").

A capitalised word that no dictionary holds is a stranger's name to `unregistered.py` where
the setting says person, and a care note names its laboratory tests, teams and medicines
in the person's place ("Monitor X", "when the X arrived", "X started"). Left out of the
redaction here: a span of one word tagged `[name]` that no registered person gave (no key)
and that is

- an abbreviation in capitals with a plural or possessive "s" ("CKs", "EMTs", "IV's": the
  stem two to five capitals). Nobody's name is written so; or
- a word directly followed by a dose ("Lasic 40 mg", "Neo 0.5 mcg/kg/min", or "Neo
  started at 40-80mcg/minute" through a dosing verb: started, increased, titrated, weaned
  and the like, with "at" or "to") or by a route or a frequency ("Ativan IV", "Lasic po",
  "Dilaudid prn"), or directly preceded by a dose ("given 40mg Lasic"). The word's own
  reading does not matter here: a person is not given at 40 mg, so a given name that a
  medicine shares is dropped only in such a clinical setting, never alone ("Neo called"),
  and never after a title ("Dr Okafor 2 units ordered").

A word the name lexicon holds as a given or family name is left alone whatever stands beside
it: in a note about people, "Farida 20 mg citalopram" and "Her son Karim 2 units" name
someone, and the routes that are words of the study's languages ("im", "pr", "sc": "Ich traf
Yusuf im Park", "med Ahmed pr telefon") are not read at all. This costs a medicine that
shares a given name ("Neo started at 40 mcg/min" stays removed).

A registered participant's name has a key and is never touched; a span of two words or more
is a person's whole name and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from casebook.deid import lexicon, stranger_spans
from casebook.deid.stranger_spans import NameSpan, S

_PLURAL = re.compile(r"[A-Z]{2,5}'?s")
_UNIT = r"(?:mg|mcg|mcgs|g|gm|grams?|mEq|meq|ml|mL|cc|units?|u|U|iu|IU|gtts?|mmol|l|L|L/min)"
_DOSE = rf"\d+(?:\.\d+)?(?:\s*-\s*\d+(?:\.\d+)?)?\s*{_UNIT}(?:/\w+)*\b"
_VERBS = (
    r"(?:started|restarted|begun|increased|decreased|titrated|weaned|turned|changed|"
    r"continued|resumed|running|infusing|gtt|drip)"
)
_AFTER = re.compile(
    rf"\s+(?:{_DOSE}|(?:{_VERBS}\s+)?(?:at|to|@)\s+{_DOSE}"
    r"|(?:iv|ivp|ivpb|po|sl|sq|subq|ngt|prn|qd|bid|tid|qid|qhs|q\d{1,2}h?)\b)",
    re.IGNORECASE,
)
_TITLE = re.compile(r"\b(?:dr|mr|mrs|ms|miss|mx|prof|nurse|sister|rev|fr)\.?\s+$", re.IGNORECASE)
_BEFORE = re.compile(rf"(?<![\w.]){_DOSE}\s+$", re.IGNORECASE)


def kept(text: str, spans: Sequence[S], name_tag: str) -> list[S]:
    """`spans` without the unregistered names that are clinical shorthand (module docstring)."""
    return stranger_spans.without(spans, name_tag, lambda s: _clinical_span(text, s))


def _clinical_span(text: str, span: NameSpan) -> bool:
    word = text[span.start : span.end]
    if not word or not word.replace("'", "").isalpha():
        return False
    if _stem(word) in lexicon.all_names():
        return False  # "Ich traf Yusuf im Park", "Farida 20 mg citalopram", "ALI's mother"
    return clinical(text, span.start, span.end)


def _stem(word: str) -> str:
    low = word.lower()
    for ending in ("'s", "’s", "s"):
        if word[-len(ending) :] in (ending, ending.upper()) and low[: -len(ending)]:
            if low[: -len(ending)] in lexicon.all_names():
                return low[: -len(ending)]
    return low


def clinical(text: str, start: int, end: int) -> bool:
    """Whether the word at `text[start:end]` is clinical shorthand (module docstring)."""
    if _PLURAL.fullmatch(text, start, end):
        return True
    if _TITLE.search(text, max(0, start - 8), start):
        return False  # "Dr Okafor 2 units": a title makes it a person
    if _AFTER.match(text, end):
        return True
    return _BEFORE.search(text, max(0, start - 24), start) is not None
