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
"12/4.5"), "24/7", the idiom for all the time, and the figures closing a note's heading
when the line under it dates the note with another day (`heading_number`: "Diary
28/2⏎11/11/2026", a document's number).
"""

from __future__ import annotations

import re

from casebook.deid import calendar_words, headings, number_words, value_series

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
    if heading_number(low, start, end, day):
        return False
    return not value_series.unit_follows(low, end)


# The line under a note's heading that dates the note, and nothing else: a weekday or its
# abbreviation, then a day and month in figures ("fre 23/4", "11/11/2026") or a day and a
# month's word ("28 December 2026", "fredag den 29. maj").
_DATE_LINE = re.compile(
    r"(?:[^\W\d_]+\.?,?[ ]+)?(?:den[ ]+)?(\d{1,2})"
    r"(?:[./-]\d{1,2}(?:[./-](?:\d{4}|\d{2}))?\.?|\.?[ ]+([^\W\d_]+)\.?(?:,?[ ]+\d{4})?)"
    r"[ ]*(?:\n|\Z)"
)


# A mark of a document's revision after its number, closing the heading ("(rev.)", "v2",
# "(2)", "*"), and the line's end.
_HEADING_END = re.compile(r"(?:" + headings.REVISION_MARK + r")?[ \t]*\n")
# The first entry under the heading dated in full, its year too, before a colon: "3 September
# 2025: we met", "11/11/2026: ringde".
_ENTRY_DATE = re.compile(
    r"(\d{1,2})(?:[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\.?[ ]+([^\W\d_]+)\.?,?[ ]+\d{4}):[ ]"
)


def heading_number(low: str, start: int, end: int, day: str) -> bool:
    """Whether the figures low[start:end] close the note's first line, its heading (a mark of
    its revision after them at most, "(rev.)", "v2"), and the line under it dates the note
    with another day ("Deltagardagbok 14/2⏎fre 23/4", "Diary 28/2⏎11/11/2026"), alone or as
    its first entry's full date before a colon ("Field log 15/2 (rev.)⏎3 September 2025: we
    ..."): a note is dated once, on the line under its heading, so the heading's figures
    number the document, as notes number theirs ("Välitetty viesti 692/2"). A heading whose
    date the line under it repeats, or with nothing dated under it, keeps its date
    ("Fältdagbok – 24/8", "Protokoll resursgruppsmöte 26/1⏎Närvarande: ...")."""
    if "\n" in low[:start] or not low[:start].strip():
        return False
    heading_end = _HEADING_END.match(low, end)
    if heading_end is None:
        return False
    under = heading_end.end()
    line = _DATE_LINE.match(low, under) or _ENTRY_DATE.match(low, under)
    if line is None or int(line[1]) == int(day) or not 1 <= int(line[1]) <= 31:
        return False
    return line[2] is None or line[2] in calendar_words.month_words()
