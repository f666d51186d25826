"""A street found by its type word (`street_types.py`) that is really a quantity or a clause:
what clinical charting and running text put around an abbreviation that is also a street
type somewhere ("REG", "SQ", "CNR", "LRG", "BLD", "PLAT", "Std.", "zum").

- The "street" starts glued to a digit: the figure before it carries a unit ("RECEIVED 2U FFP
  PLAT 34K": two units of plasma and platelets).
- A unit of measure follows the house number, glued in lower case or as a word of its own
  ("10u reg SQ", "1 UNIT REG", "4 LITERS ON. CNR.", "3 Std. Anfahrt"): a dose or a duration.
- A word of the name is a conjunction, a pronoun or a verb no street name holds, written in
  lower case or in a note typed in capitals ("1 FOR LRG AMT", "14G AND DRAINING CLEAR BLD",
  "wir den Geburtstagsgutschein zum 67"; not the numeral "cesta VI 313", nor "via", "per"
  or "i", which Italian, Swedish and Polish street names hold).

A street's name holds particles ("Rue de la Gare", "Unter den Linden", "Avenue of the
Americas") and ordinary words ("24 Church Street", "12 Mill Lane"), never these; nor is a
house number after its type written against a lower-case letter ("Jalan Petaling 9g",
"Storgatan 12b" stay): a unit counts glued only to a number before the type.
"""

from __future__ import annotations

import re

from casebook.deid import caseless
from casebook.deid.value_series import UNITS

# Words no street's name holds: conjunctions, pronouns and auxiliaries of English, German
# and Swedish (no article and no preposition: "Am Markt", "In der Aue", "Isle of Dogs").
_CLAUSE_WORDS = frozenset(
    """and or for with is was were are has have had be been we he she they you it my his her
    our their me us him them und oder wir ich er sie es ihr mich mir uns ist war hat haben
    hatte sind nicht auch noch aber och eller jag vi han hon dom är var har hade inte också
    men""".split()
)
_UNIT_WORDS = UNITS | frozenset(
    """liter liters litre litres units unit tab tabs amp amps vial vials bag bags std stunden
    stunde minuten minute stk tim timmar timme""".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER_UNIT = re.compile(r"\d+([a-zµ]+)\b")  # "10u", "20mg": a unit glued in lower case


def not_a_street(text: str, start: int, end: int, type_start: int, type_end: int) -> bool:
    """Whether the street text[start:end] that `street_types` found around its type word
    text[type_start:type_end] is a quantity or a clause (see the module docstring)."""
    if start and text[start - 1].isdigit():
        return True  # "2U FFP PLAT 34K": the figure before carries a unit
    span = text[start:end]
    glued = _NUMBER_UNIT.match(span)
    if glued and glued.group(1) in _UNIT_WORDS and start + glued.end() <= type_start:
        return True  # "10u reg SQ"
    shouted = not caseless._has_lower(text[max(0, start - 60) : end + 60])
    if any(
        m.group().lower() in _CLAUSE_WORDS
        and (m.group().islower() or shouted)
        and not type_start <= start + m.start() < type_end
        for m in _WORD.finditer(span)
    ):
        return True  # "1 FOR LRG", "wir den Geburtstagsgutschein zum 67"
    digit = re.search(r"\d+[ ]+([^\W\d_]+)", span)
    return digit is not None and digit.group(1).lower() in _UNIT_WORDS  # "1 UNIT REG"
