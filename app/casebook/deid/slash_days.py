"""A day and month by a slash whose day can be no month ("18/9", "24/2", "28/3", "13/3"),
read as a date by its shape where no word before it dates it, in a study that writes the day
first: `dates.day_month` asks `by_shape` after its dating words found nothing, on the day and
month it has already read, and adds its own check for a part or a count after the figures
(`dates.month_day_part`).

What else writes two figures by a slash writes the first at most the second: a fraction
("1/2", "3/4"), a score ("8/10", "24/30", "4/5") and a part of a whole; a day of 13 or more
before a month is none of these, and no month/day either (a day up to 12 before a smaller
figure, "6/4", "3/1", stays to the words around it: a US note's "6/4 echo", a result). What
stays: a ratio, odds or a result after its word ("ratio 3/1", "odds 5/2",
"vann 3/1"), a machine's setting ("BiPAP 12/5", "PEEP 10/5"), a number, case or section word
before it ("dnr 14/3", "§ 13/2", "s. 12/3"), a unit, an amount or a counted noun after it
("Targiniq 10/5 mg", "12/4 av dem"), a third figure or a decimal after it ("12/4/3",
"12/4.5"), and "24/7", the idiom for all the time.
"""

from __future__ import annotations

import re

from casebook.deid import number_words, value_series

# A number, part or version word (`number_words.py`), a ratio, a result or a machine's
# setting right before: "dnr 14/3", "ratio 3/1", "vann 3/1", "PEEP 10/5", "# 14/3"; a colon
# may stand between ("Resultat: 18/9").
_NOT_BEFORE = number_words.before(
    number_words.COMMON
    | set(
        """ratio kvot odds result resultat vann förlorade won lost score bipap cpap peep ipap
        epap niv ps #""".split()
    ),
    gap="[ \u00a0:]*",
)
_FIGURE_AFTER = re.compile(r"[/%:]|[.,]\d")


def by_shape(low: str, start: int, end: int, day: str, month: str) -> bool:
    """Whether the day and month low[start:end] ("day/month") is a date by its shape: a day
    that can be no month, standing alone, nothing before it that makes it a ratio, setting or
    number, nothing after it that makes it an amount."""
    if start and (low[start - 1] in "/.,-+" or low[start - 1].isalnum()):
        return False  # "1/2/3", "v2/3", "3,18/9"
    if not (13 <= int(day) <= 31 and 1 <= int(month) <= 12) or (day, month) == ("24", "7"):
        return False
    if _NOT_BEFORE.search(low, max(0, start - 16), start):
        return False
    if _FIGURE_AFTER.match(low, end):
        return False
    return not value_series.unit_follows(low, end)
