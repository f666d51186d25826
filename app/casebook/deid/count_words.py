"""The words that make a number before them a count, an amount or a part, not a day or a
house number: "3 gånger", "2 dagar", "5 mg", "1/2 tabl", "120 kr", "12 %".

Two lists, for two kinds of figures:

- after a date's figures (`dates.AMOUNT_AFTER`, which `dates`, `written_dates`,
  `paired_dates` and `us_short_dates` ask): a dose, a part and what is counted or scored
  besides the units of time, money and measure ("1/2 tabl", "2/3 av dem", "2/3 af pengene",
  "3/5 frågor", "4/5 stars", "Maj 3 gånger", "Juli 8 kg", "Maj, 3 år");
- after a house number or a postcode (`address_tails.AMOUNT_AFTER`, which
  `croatian_streets`, `address_units` and `addresses_abroad` ask, and `street_types` and
  `romance_streets`): the units of time, money and measure only, in the languages of the
  streets the rules read ("Engelska 2 gånger", "Ilica 3 puta", "Lale Sokak 5 times",
  "Storgatan 12 %"). A part or a dose word is left out: "Storgatan 5 av" or "Gate 3 del"
  opens a clause after an address more often than it counts.

`finnish_streets` keeps its own list (Finnish inflects these words, and writes a floor and
"e" for euros after a number), and so does `month_day.PART_AFTER`, the parts and doses a US
note writes after a month/day's figures ("1/2 in", "3/4 tabs", "1/3 x").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# How many times: Swedish, Norwegian, Danish, English, German, Finnish, Croatian.
TIMES = frozenset("gånger ganger gange gangen gang ggr times mal kertaa kerran puta".split())
# Spans of time.
DURATIONS = frozenset(
    """år års year years yr yrs jahre vuotta vuoden godina mjeseci dagar dager dage day days
    dana veckor uker uger week weeks tjedna month months timmar timme timer tim hour hours
    sati h minuter minutter minute minutes minuta min""".split()
)
# Money and shares.
MONEY = frozenset(
    "kr kronor kroner sek nok dkk euro euros eur usd dollar dollars pound pounds % € $ £".split()
)
# Measures: weight, volume, length.
MEASURES = frozenset("mg g kg lb lbs ml dl l km m meter metre metres cm mm".split())
# Points of a score or a test, and pieces ("st", Danish and Norwegian "stk").
POINTS = frozenset("poäng points pisteet".split())
PIECES = frozenset("st stk".split())
# Doses and parts, counted people and questions: what follows a fraction or a count of
# them ("1/2 tabl", "2/3 av dem", "3/5 frågor", "3 barn"), never after a house number.
PARTS = frozenset(
    """tabl tablett tabletter dos doser glas portion cup cups of av af del delar criteria
    kriterier kriterierna items frågor questions spørsmål rätt correct ns nss amp amps barn
    kids children people personer""".split()
)
# A rating's stars ("4/5 stars", "3/5 stjerner", "4/5 tähteä"): a review's score, no day.
PARTS |= frozenset("star stars stjerne stjerner stjärna stjärnor tähti tähteä".split())
AFTER_A_DATE = TIMES | DURATIONS | MONEY | MEASURES | POINTS | PIECES | PARTS
AFTER_A_HOUSE_NUMBER = TIMES | DURATIONS | MONEY | MEASURES | POINTS | PIECES


def after(
    words: Iterable[str], space: str, end: str = r"(?![^\W\d_])", flags: int = 0
) -> re.Pattern[str]:
    """A pattern to match right after a number: `space`, one of `words`, then `end`."""
    alternation = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"{space}(?:{alternation}){end}", flags)
