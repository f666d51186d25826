"""Month/day without a year in a study that writes the month first (US notes): the forms American
clinical and interview notes date a day with, beyond what `dates.cued` and `month_day.bare` read
inside one digit cluster (`patterns.find_patterns` adds these when the study writes the month
first).

Every number "M/D" (month 1-12, day 1-31) is looked at on its own, wherever it stands in a run
of figures ("(6/19 0600)", "trop 0.4-12-3.1 6/19 eves", a stop typed without its space
"home.6/19."). One whose day is over 12 is a date unless a value reading holds
(`month_day.bare`; a pain word earlier no longer makes "pain free since 6/19" a score, pain
being rated out of ten). One that both readings make a date ("3/9", "6/4", "5/12") is a date
only where US writing dates it:

- a clock time after it, with or without "@", "at", "~" or "approx" ("6/4 0600", "6/4 8pm", "6/4
  @ 1400", "6/4 @ approx 2000"), a part of the day after it ("6/4 AM", "6/4 eves"), or an hour
  and minutes before it ("OOB 0700 6/4");
- an event or a test right after it: "6/4 cath", "(6/4 echo: EF 40%", "6/4 CXR", "6/4 admitted",
  "6/4 extubated";
- "today", "yesterday", "tomorrow" or "tonight" before it ("extubate today (6/4)"), a hospital
  or post-operative day ("POD #2 (6/4)"), a date's heading ("Date: 6/4", "DOA 6/4"), or a
  weekday, full or abbreviated ("Tues. 6/4", "Fri, 6/4"; "sat", "mon" and "sun" only with a stop
  or comma, since "sat" is a saturation);
- an event a few words back, also across a count ("s/p stent x2 6/4", "CABG x3 on 6/4"), and
  every word `dates.cued` reads;
- the second end of a range or list after a date ("6/4-6/9", "from 6/4 to 6/9", "6/4 thru 6/9"),
  or the next event's day after a comma ("extub 6/4, pressors off 6/5");
- the head of a line in a log of days: a line opening with it and a word, where another line
  near it opens with a day too ("6/4 Lasix started" under "6/3 A: transfused").

What stays: ventilator and pressure readings named earlier in the clause ("PS 10/5", "CPAP 5/5
this am", "PAP 35/16", "peep/ps 5/10"), set by a verb ("weaned to 10/5", "change to 5/5") or
after another figure of the clause that is no date ("tolerated 15/5 x 2 hrs then 10/5 at 1800";
"5/5 overnight" is a setting kept all night), fractions and parts before a unit or a count ("1/2
NS", "1/4 strength", "2/4 bottles"), scores out of ten ("pain 5/10", "6/10 cp"), a series of
values ("simv 900 10/25 50%"), and blood pressures, which are no month/day at all.
"""

from __future__ import annotations

import re

from casebook.deid import date_ranges, dates, month_day, value_series

Found = tuple[int, int, str]

# "M/D" standing alone: not inside "1/2/3", "7.5/10", "v2/3"; "word.8/31" (a stop typed
# without its space) is read as a sentence's end.
_MD = re.compile(
    r"(?:(?<=[^\W\d_]\.)|(?<![\w/.,:#]))(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])"
    r"(?![\d/]|[.,]\d|%|'s|’s)"
)
_SLASH = re.compile(r"\d/\d")
_DASH = re.compile(r"\d-\d")
_ORD_HINT = re.compile(r"\d(?:st|nd|rd|th)(?![^\W\d_])")


def _starts(hint: re.Pattern[str], low: str, most: int) -> list[int]:
    """Where each figure a `hint` ("3/1", "3-1") falls in starts: its first number, of at most
    `most` digits, walked back from the separator."""
    starts = []
    for match in hint.finditer(low):
        at = match.start()
        while at > 0 and match.start() - at < most - 1 and low[at - 1].isdigit():
            at -= 1
        starts.append(at)
    return starts


# Every figure with a slash ("15/5", "120/80"), of which the month/days are looked at.
_PAIR = re.compile(r"(?:(?<=[^\W\d_]\.)|(?<![\w/.,:#]))\d{1,3}/\d{1,3}(?![\d/]|[.,]\d)")
# What lies between a value and a figure after it in the same clause.
_SAME_CLAUSE = re.compile(r"[^.;!?\n]{0,40}")
# A clock time after the date: military "0500", "7pm", "7:30 pm", after "@", "at", "~".
_TIME_AFTER = re.compile(
    r"\)?[ ]*(?:@|at|~|-)?[ ]*(?:approx\.?|about|around|~)?[ ]*"
    r"(?:(?:[01]\d|2[0-4])[0-5]\d(?!\d|[.,/]\d|[ ]?%)|"
    r"(?:1[0-2]|0?[1-9])(?::[0-5]\d)?[ ]?(?:am|pm|a\.m\.|p\.m\.|a|p)(?![^\W\d_])|noon|midnight|mn)"
    r"(?![^\W\d_])"
)
_DAY_PART_AFTER = re.compile(
    r"[ ]+(?:am|pm|a\.m\.|p\.m\.|eves?|evening|morning|afternoon)"
    r"(?![^\W\d_])"
)
# An event or a test right after the date (with a dash or colon between or not).
_EVENT_AFTER = re.compile(
    r"[ ]?[-:(]?[ ]?(?:cath|catheterization|echo|cxr|mri|mra|ekg|ecg|eeg|tee|cabg|ptca|pci|"
    r"stent|stents|surgery|post[- ]?op|pacer|adm|admit|admitted|readmitted|transferred|"
    r"returned|discharged|extubated|intubated|reintubated|trached|expired|arrested|"
    r"cultured|pancultured|pan[- ]?cultured|persantine|thallium|mibi|ultrasound|doppler|"
    r"biopsy|dialysis)"
    r"(?![^\W\d_])"
)
_DAY_WORD_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:today|yesterday|tomorrow|tonight|this am|this pm|last night|"
    # a hospital or post-operative day ("POD #2 (6/4)", "HD 3, 6/4") and a date's heading
    # ("Date: 6/4", "DOA 6/4", date of admission, surgery, death)
    r"(?:pod|hd|hospital day|post[- ]?op day)[ ]?#?[ ]?\d{1,2}|date|doa|dos|dod)"
    r"[ ]*[,:(]?[ ]*\Z"
)
# A weekday; the short forms that are also words of a note ("sat" a saturation, "mon" to
# monitor) only with their stop or comma.
_WEEKDAY_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?:monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|"
    r"fri|friday|saturday|sunday)\.?|(?:mon|sat|sun)[.,])[ ]*[,(]?[ ]*\Z"
)
# An event a few words back in the clause; the words between may be counts ("x2", "#3").
_EVENT_BACK = re.compile(
    r"(?<![^\W\d_])(?:s/p|status post|admitted|adm|transferred|extubated|intubated|"
    r"cabg|stent|stents|ptca|cath|echo|surgery|cultured|pancultured|dialysis)(?![^\W\d_])"
    r"(?:[ ]+(?:[^\W\d][^\s\d]*|x[ ]?\d{1,2}|#\d{1,3}),?){0,3}[ ]+(?:on[ ]+)?\Z"
)
# A ventilator setting or a pressure named earlier in the clause: "PS 10/5", "CPAP 5/5",
# "pap/plateau 27/20", "mask ventilation 10/5", "PEEP/PS 5/10".
_READING_BACK = re.compile(
    r"(?<![^\W\d_])(?:ps|psv|peep|cpap|bipap|ipap|epap|simv|imv|a/?c|prvc|pcv|vent|vented|"
    r"ventilation|ventilator|settings?|pressure support|flowby|pap|pa|rv|ra|bp|b/p|abp|nbp|"
    r"map|plateau|plat|pcwp|wedge|cvp|svr|ratio|rr|tv|vt)(?![^\W\d_])[^.;!?\n]{0,30}\Z"
)
# A verb setting a value right before: "change to 5/5", "weaned to 10/5", "placed on 15/5".
_SET_TO = re.compile(
    r"(?<![^\W\d_])(?:change[sd]?|changing|wean(?:ed|ing)?|decreas\w*|increas\w*|titrat\w*|"
    r"trial(?:ed)?|tried|placed|put|back|down|up)[ ]+(?:to|on)[ ]*\Z"
)
# A clock time right before, written as the hour and minutes: "OOB 1800 3/9".
_TIME_BEFORE = re.compile(r"(?<![\d.,/:-])(?:[01]\d|2[0-3])[0-5]\d[ ]+\Z")
# After another date of the same sentence, a comma and a few words: the next event's day.
_PARALLEL = re.compile(r"[ ]*(?:,|;|and|&)[ ]*(?:and[ ]+)?(?:[^\W\d][^\s\d,;.]*[ ]+){1,3}\Z")
# Between two dates of a range or a list: "3/10-3/12", "from 3/10 to 3/12", "9/7, 9/9".
_BETWEEN = re.compile(r"[ ]*(?:-|–|to|thru|through|and|&|,|or)[ ]*\Z")
_LINE_DAY = re.compile(
    r"\n[ ]*(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])(?=[ ]?[-:]?[ ]?[^\W\d_](?:[^\W\d_]|:))"
)
_WORD_AFTER = re.compile(r"[ ]?[-:]?[ ]?[^\W\d_](?:[^\W\d_]|:)")  # "9/11 O:NEURO="


def find(text: str, low: str) -> list[Found]:
    """The month/day dates of the forms above in `text` (`low` its lower case). A cheap scan
    for a digit, a slash or dash and a digit (or an ordinal's suffix) finds where to look."""
    found: list[Found] = []
    last_end = last_value = -1
    for at in _starts(_SLASH, low, 3):
        pair = _PAIR.match(low, at)
        if not pair:
            continue
        m = _MD.match(low, at)
        if m and m.end() == pair.end() and _is_date(low, m, last_end, last_value):
            found.append((m.start(), m.end(), "date"))
            last_end = m.end()
        else:
            last_value = pair.end()  # "15/5", "120/80", "1/2": a value, not a date
    for at in _starts(_DASH, low, 2):
        m = _MD_DASH.match(low, at)
        if m and _dash_date(low, m):
            found.append((m.start(), m.end(), "date"))
    for hint in _ORD_HINT.finditer(low):
        m = _ORDINAL.search(low, max(0, hint.start() - 24), hint.end())
        if m and m.end() == hint.end() and _suffix_fits(int(m[2]), m[3]):
            if date_ranges._AFTER_DAY.match(low, m.end()):
                found.append((m.start(2), m.end(), "date"))
    return found


# A month and a day over 12 joined by a dash, as US notes write a day ("s/p CABG 3-17"): a
# date only where the same context dates it as a month/day that both readings make a date,
# never after "from", "on" or "to", which ranges of values follow ("CVP from 13-16").
_MD_DASH = re.compile(
    r"(?<![\w/.,:#+-])(1[0-2]|0?[1-9])-(1[3-9]|2\d|3[01])(?![\d/-]|[.,]\d|%|'s|’s)"
)


def _dash_date(low: str, m: re.Match[str]) -> bool:
    start, end = m.span()
    if _READING_BACK.search(low, max(0, start - 40), start) or not _plain_dash(low, end):
        return False
    if _TIME_AFTER.match(low, end) or _DAY_PART_AFTER.match(low, end):
        return True
    if _EVENT_AFTER.match(low, end):
        return True
    window = max(0, start - 30)
    if _DAY_WORD_BEFORE.search(low, window, start) or _WEEKDAY_BEFORE.search(low, window, start):
        return True
    return _EVENT_BACK.search(low, max(0, start - 60), start) is not None


# A span of time or a count after a range of numbers: "3-20 yrs ago", "4-14 mos", "3-15 y/o".
_COUNT_AFTER = re.compile(
    r"[ ]?(?:y|yrs?|years?|yo|y/o|mos?|months?|wks?|weeks?|d|days?|beats?|episodes?|"
    r"breaths?|times?|x)(?![^\W\d_])"
)


def _plain_dash(low: str, end: int) -> bool:
    """No unit, part or further value after "3-17"."""
    if _COUNT_AFTER.match(low, end):
        return False
    if month_day.PART_AFTER.match(low, end) or value_series.unit_follows(low, end):
        return bool(_DAY_PART_AFTER.match(low, end))
    return not month_day.VALUE_AFTER.match(low, end) or bool(_TIME_AFTER.match(low, end))


# A day named by its ordinal alone after a weekday, or after "on", "since", "until" or "by"
# without "the" ("Tues the 3rd", "extubated on 17th"); "on 3rd floor" has a word after it.
_ORDINAL = re.compile(
    r"(?<![^\W\d_])(?:(on|since|until|till|by)|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|"
    r"sun)(?:day|sday|nesday|rsday|urday)?\.?,?(?:[ ]+the)?)[ ]+"
    r"(3[01]|[12]\d|0?[1-9])(st|nd|rd|th)(?![^\W\d_])"
)


def _suffix_fits(day: int, suffix: str) -> bool:
    last = day % 10 if day not in (11, 12, 13) else 0
    return suffix == {1: "st", 2: "nd", 3: "rd"}.get(last, "th")


def _is_date(low: str, m: re.Match[str], last_end: int, last_value: int = -1) -> bool:
    start, end = m.span()
    aside = start and low[start - 1] == "("  # "CO/CI/SVR (10/17 0500)": a date in brackets
    if not aside and _READING_BACK.search(low, max(0, start - 40), start):
        return False  # "PS 10/5", "PAP 35/16", "CPAP 5/5 this am"
    if _SET_TO.search(low, max(0, start - 24), start):
        return False  # "plan to change to 5/5 at 0500", "weaned to 10/5"
    if month_day.only_month_day(m[1], m[2]) and month_day.bare(low, start, end):
        return True
    if not _plain(low, start, end, m[1], m[2]):
        return False
    if 0 <= last_value < start and _SAME_CLAUSE.fullmatch(low, last_value, start):
        return False  # "tolerated 15/5 x 2 hrs then 10/5 at 1800": another setting
    if _TIME_AFTER.match(low, end) or _DAY_PART_AFTER.match(low, end):
        return True
    clock_before = _TIME_BEFORE.search(low, max(0, start - 8), start)
    if clock_before and not month_day.VALUE_AFTER.match(low, end):
        return True  # "OOB 1800 3/9."
    if dates.cued(low, start, end):
        return True  # what `dates.day_month` reads too; a date for the lists below
    if _EVENT_AFTER.match(low, end):
        return True
    window = max(0, start - 30)
    if _DAY_WORD_BEFORE.search(low, window, start) or _WEEKDAY_BEFORE.search(low, window, start):
        return True
    if _EVENT_BACK.search(low, max(0, start - 60), start):
        return True
    if 0 <= last_end < start and _BETWEEN.match(low[last_end:start]):
        return True  # the second of a range or a list
    if 0 <= last_end < start and _PARALLEL.match(low[last_end:start]):
        return True  # "extub 4/1, epi weaned 4/1, levo weaned 4/2": one event a day
    if _range_head(low, end, int(m[1]), int(m[2])):
        return True  # "3/10-3/12", "3/10 thru 3/14"
    return _log_head(low, start, end, int(m[1]), int(m[2]))


_RANGE_TAIL = re.compile(
    r"[ ]*(?:-|–|to|thru|through)[ ]*(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])(?![\d/]|[.,]\d|%)"
)


def _range_head(low: str, end: int, month: int, day: int) -> bool:
    """Whether another month/day follows as the end of a range, later by at most a month and a
    half, and is no value itself ("3/10-3/12"; "1/2-3/4 strength" stays)."""
    m = _RANGE_TAIL.match(low, end)
    if not m or not _plain(low, m.start(1), m.end(), m[1], m[2]):
        return False
    days = (int(m[1]) - month) * 31 + int(m[2]) - day
    return 0 < days <= 45


_IN_PLACE = re.compile(r"[ ]in[ ]+(?!x\b|by\b)[^\W\d_]{2}")


def _plain(low: str, start: int, end: int, first: str, second: str) -> bool:
    """Whether nothing makes "first/second" a value: a unit or a part after it, a score out of
    ten, or a series of values around it."""
    if _IN_PLACE.match(low, end):
        pass  # "6/4 in clinic": "in" before a word is no inch
    elif month_day.PART_AFTER.match(low, end) or dates.AMOUNT_AFTER.match(low, end):
        if not _DAY_PART_AFTER.match(low, end):
            return False  # "1/2 NS", "2/4 bottles", "1/2 hr"; "8/12 AM" is a part of a day
    if value_series.unit_follows(low, end) and not _DAY_PART_AFTER.match(low, end):
        return False
    if dates.score(low, start, first, second) or (second == "10" and _ten(low, start)):
        return False
    return month_day.bare(low, start, end, after=False)


_OUT_OF_TEN = re.compile(r"(?<![^\W\d_])(?:pain|cp|cpain|rating|rated|as|of|#)[ ]*\Z")
_RATED_AFTER = re.compile(r"[ ]*(?:cp|cpain|pain|chest pain|discomfort|ha|headache)(?![^\W\d_])")


def _ten(low: str, start: int) -> bool:
    """ "pain 5/10", "c/o 3-4/10", "rating 3/10", "(7/10)", "experiencing 6/10 cp": a figure
    out of ten after what is rated, a number or a bracket, or before a pain."""
    before = low[max(0, start - 12) : start]
    if _OUT_OF_TEN.search(before) or before.endswith(("-", "(", "#")):
        return True
    end = low.find("/", start) + 3
    return bool(_RATED_AFTER.match(low, end))


def _log_head(low: str, start: int, end: int, month: int, day: int) -> bool:
    """A day opening a line before a word, where another line within a few lines opens with a
    day too, at most a month and a half apart, as a log's entries are ("6/3 A: transfused" and
    "6/4 Lasix started"; a list "1/2 cup flour", "3/4 cup sugar" is of parts)."""
    if start and low[start - 1] != "\n" or not _WORD_AFTER.match(low, end):
        return False
    if _EVENT_AFTER.match(low, end) is None and month_day.PART_AFTER.match(low, end):
        return False
    before = low[max(0, start - 400) : start]
    before = before[before.find("\n") :] if start > 400 else "\n" + before  # whole lines
    around = before + "\n" + low[end : end + 400]
    return any(
        abs((int(other[1]) - month) * 31 + int(other[2]) - day) <= 45
        and not month_day.PART_AFTER.match(around, other.end())
        and not dates.AMOUNT_AFTER.match(around, other.end())
        for other in _LINE_DAY.finditer(around)
    )
