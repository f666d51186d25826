"""The edges of a date already found, as CLDR's own patterns and notes write them, and the
Finnish genitive month (`patterns.py` asks both).

- A two-letter weekday before it, CLDR's "short" width ("ti 3.3.2026", "Th 5/24/2029",
  "lø. 23.5.2020", "la 18.4.2020"); one that is also a small word of English or a
  neighbour ("to", "on", "so", "do", "we", "sa") only with its full stop, or capitalised
  as CLDR writes it where it cannot open an English sentence before a date ("Mo 12/24/2012",
  "wrote We 11/2/2005", "Sa 23.5.2020"; never "On 3 May", "To 3/4", "So 5/6", "Do 3/4",
  nor "We" opening a sentence, "We 12/3 met her").
- "d." (den) between a weekday and the date: "mandag d. 9. august 2010".
- An era after a year ("5/24/2029 AD", "23.5.2020 eKr", "6.6.1997 jKr.", "16.04.2017 n.
  Chr."), as the skeletons with "G" write it.
- The first half of an interval before it, as CLDR's `intervalFormats` write it: a day
  ("16.–18.04.", "6. – 8.6."), a day and a month ("16.04. – 18.05.", "19. desember–21.
  januar"), each with its weekday ("tis 20–tors 22 dec.", "So., 16. – Di., 18. Apr."), and
  thin or no-break spaces around the dash.
- Finnish "maaliskuun 3. päivänä", "kesäkuun 6. päivä": the month in the genitive before
  the day (CLDR writes the partitive, "3. maaliskuuta", which `written_dates.py` reads).

A weekday or an era says as much as the date it goes with (the weekday pins the year), and
a range pins two days: all of it is the date.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from casebook.deid import calendar_words, date_articles, language_weekdays, ordinal_words

Found = tuple[int, int, str]

_CAL = calendar_words.calendar()
# Two-letter weekdays that are also small words of the languages notes are written in.
_SMALL_WORDS = frozenset("to on so do we sa mo mi di fr".split())
# Of those, the ones that are a weekday when capitalised: "Mo", "We", "Sa", "Mi", "Di", "Fr".
_CAPITALISED = frozenset("mo we sa mi di fr".split())
_TWO = frozenset(
    w for w in _CAL.two_letter_weekdays if len(w.rstrip(".")) == 2 and w.rstrip(".").isalpha()
)
_SPACE = "[ \u00a0\u2009\u202f]"
_BEFORE = re.compile(rf"(?<![^\W\d_])([^\W\d_]{{2,}}\.?),?{_SPACE}+(?:(?:d\.|den){_SPACE}+)?\Z")
_ERAS = calendar_words.alternation({e for e in _CAL.eras if e.isascii()})
_ERA_AFTER = re.compile(rf"{_SPACE}?({_ERAS})(?![^\W\d_])")
_DASH = rf"{_SPACE}*[-–—]{_SPACE}*"
_MONTHS = calendar_words.alternation(calendar_words.month_words())
# The first half of an interval: an optional weekday, a day, and a month in digits or words.
_FIRST_HALF = re.compile(
    rf"(?<![\d.,:/])(?:([^\W\d_]{{2,}}\.?),?{_SPACE}+)?(\d{{1,2}})"
    rf"(?:([./])(\d{{1,2}})(\.?)|(?:\.|st|nd|rd|th|:e|:a)?(?:{_SPACE}*({_MONTHS})\.?)?){_DASH}\Z"
)
_LEADING_DAY = re.compile(r"(?:[^\W\d_]+\.?,?[ \u00a0\u2009]+)?(?:d\.[ ]+|den[ ]+)?(\d{1,2})")


def _weekday(text: str, start: int, word: str) -> bool:
    """Whether `word` (lower case, at `start` in `text`) is a weekday here."""
    if word in _CAL.weekdays or word.rstrip(".") in _CAL.weekdays:
        return True
    if word not in _TWO:
        return False
    bare = word.rstrip(".")
    if bare not in _SMALL_WORDS or word.endswith("."):
        return True  # "to.", "Mo."
    if text[start : start + 2] == bare and language_weekdays.weekday_here(text, start, bare):
        return True  # "to 3.7.2025" in a Finnish sentence
    # "Mo 12/24/2012", "We 11/2/2005", "Sa 23.5.": capitalised as CLDR writes them, and no
    # word that opens an English sentence before a date ("On 3 May", "To 3/4", "So 5/6").
    if bare not in _CAPITALISED or text[start : start + 2] != bare.capitalize():
        return False
    if bare == "we":  # "We 12/3 met her": the pronoun opening a sentence
        before = text[max(0, start - 3) : start].rstrip()
        return before != "" and before[-1] not in ".!?:;\n-•*"
    return True


_ISO_CLOCK = re.compile(
    r"t(?:[01]\d|2[0-3])(?::?[0-5]\d){1,2}(?:[.,]\d+)?(?:z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?(?![\w])"
)


def widen(text: str, low: str, found: Found) -> Found:
    """`found` (a date) widened over a two-letter weekday or "d." before it, an era or ISO
    8601's time ("T10:00") after it, and the first half of an interval before it."""
    start, end, kind = found
    before = _BEFORE.search(low, max(0, start - 16), start)
    if before and _weekday(text, before.start(1), before[1]):
        start = before.start()
    if low[end : end + 1] == "t" and low[end - 1 : end].isdigit():
        clock = _ISO_CLOCK.match(low, end)
        if clock:  # "2021-03-03T10:00", ISO 8601's date and time, one word
            end = clock.end()
    if end and low[end - 1].isdigit():
        era = _ERA_AFTER.match(low, end)
        if era and (text[era.start(1)].isupper() or "." in era[1] or len(era[1]) > 2):
            end = era.end()
    first = _FIRST_HALF.search(low, max(0, start - 40), start)
    if first and _interval(text, low, first, start):
        start = first.start()
        if first[1] and not _weekday(text, first.start(1), first[1]):
            start = first.start(2)
    return date_articles.widen(low, (start, end, kind))  # "on the 3rd of May", "den 3:e maj"


def _interval(text: str, low: str, first: re.Match[str], start: int) -> bool:
    """Whether `first` is the first half of an interval ending in the date at `start`: a
    real day, and without a month of its own a day before the date's day."""
    day = int(first[2])
    if not 1 <= day <= 31:
        return False
    if first[4]:  # "16.04.", "12/24", "lør. 23.05": a closing full stop or a weekday
        weekday = bool(first[1]) and _weekday(text, first.start(1), first[1])
        return 1 <= int(first[4]) <= 12 and (first[3] == "/" or first[5] == "." or weekday)
    if first[6]:
        return True
    lead = _LEADING_DAY.match(low, start)
    return bool(lead) and day < int(lead[1]) <= 31


# The Finnish month stems of CLDR ("maalis" of the stand-alone "maaliskuu").
_STEMS = frozenset(
    w[:-3] for w, where in _CAL.month_locales.items() if "fi" in where and w.endswith("kuu")
)
# "päivä" (day) in the cases a date puts it in: "päivä", "päivänä", "päivää", "päivästä",
# "päivään", "päiväksi", "päivän" ("lokakuun 21. päivän hyökkäyksiin").
_DAY_WORD = r"päivä(?:nä|ä|stä|än|ksi|n)?(?![^\W\d_])"
_GENITIVE = re.compile(
    rf"(?<![^\W\d_])(?:{calendar_words.alternation(_STEMS)})kuun[ \u00a0]+"
    # the day in figures ("3."), or spelled out as an ordinal in any case or with its case
    # ending after a colon ("viides", "kolmantena", "11:nteen"), which "päivä" must follow
    rf"(?:(\d{{1,2}})\.(?:[ \u00a0]+{_DAY_WORD})?"
    rf"|(?:(\d{{1,2}}):[^\W\d_]{{1,6}}|([^\W\d_]+))[ \u00a0]+{_DAY_WORD})"
    # and its year: "kesäkuun 6. päivänä 2012"
    r"(?:,?[ \u00a0]+(?:1\d|20)\d\d(?![\d.,:]\d|[ \u00a0]?(?:euro|€|kpl|km|kg)))?"
)
_FINNISH = frozenset({"fi"})


def finnish_genitive(low: str) -> list[Found]:
    """ "maaliskuun 3. päivänä", "kesäkuun 6. päivä 2012", "maaliskuun viides päivä",
    "joulukuun 11:nteen päivään": a month in the genitive, then the day and its year. Finnish
    writes "the seventh day of February" so, the day in figures or as an ordinal word (CLDR's,
    `ordinal_words`) agreeing with "päivä"; "kesäkuun kolmas viikko" (week) stays."""
    if "kuun" not in low:
        return []
    found = []
    for m in _GENITIVE.finditer(low):
        if m[3] is not None:
            day = ordinal_words.days().get(m[3])
            if day is None or not ordinal_words.shares_language(m[3], _FINNISH):
                continue
        elif not 1 <= int(m[1] or m[2]) <= 31:
            continue
        found.append((m.start(), m.end(), "date"))
    return found


# Two days and months in digits with a dash between, as the interval formats write them
# ("16.04.–18.05.", "16.04. – 18.05.", "12/24 – 12/26", "23.05–25.05"), or a day alone
# before the second ("16.–18.04.", "6. – 8.6.", "30.–2.1.").
_NUMERIC_RANGE = re.compile(
    rf"(\d{{1,2}})(?:([./])(\d{{1,2}})(\.?)|(\.)){_DASH}(\d{{1,2}})([./])(\d{{1,2}})(\.?)"
    r"((?<=[./])(?:19|20)\d\d)?(?![\d/]|\.\d)"  # and a year: "06.–08.07.2014"
)


def _day_month(a: str, b: str, separator: str) -> bool:
    """Whether a/b (or a.b) is a day and a month, either way round after a slash ("12/24")."""
    x, y = int(a), int(b)
    if 1 <= x <= 31 and 1 <= y <= 12:
        return True
    return separator == "/" and 1 <= x <= 12 and 1 <= y <= 31


def _clock(hour: str, minute: str) -> bool:
    return int(hour) <= 23 and len(minute) == 2 and int(minute) <= 59


def numeric_range(
    text: str,
    low: str,
    start: int,
    cued: Callable[[int], bool],
    closing: Callable[[int, int], bool] | None = None,
) -> Found | None:
    """The interval of two days in digits at `start` (see `_NUMERIC_RANGE`): with its full
    stops written out ("16.04.–18.05.", "16.–18.04.") a date on its own, else only after a
    word that dates it (`cued`: "am 16.04 - 18.05", "on 12/24 – 12/26"), never a score or a
    fraction ("3/5 – 4/5" alone). `closing(second, stop)`: whether a range whose second day
    and month start at `second`, their full stop at `stop`, ends a sentence as a date."""
    iso = _ISO_RANGE.match(text, start)
    if iso:  # "2005-12-20–22", "2012-05-15–06-17": Swedish and ISO intervals
        month, day = (iso[3], iso[4]) if iso[4] else (iso[1], iso[3])
        if _day_month(iso[2], iso[1], ".") and _day_month(day, month, "."):
            return start, iso.end(), "date"
        return None
    match = _NUMERIC_RANGE.match(text, start)
    if not match or not _day_month(match[6], match[8], match[7]):
        return None
    if match[5]:  # "16.–18.04.": a day alone, then the day and month
        if match[7] != "." or not 1 <= int(match[1]) <= 31:
            return None
        # One day as a range ("14.–14.3.", a form filled in) pins it too, and so does a first
        # day above the second ("30.–2.1.", over a month's end with its month left out, or a
        # slip) when the month's full stop closes it and a word dates it ("Lähetetty:",
        # `cued`) or it ends its sentence as a date does (`closing`: "Muutto tapahtui
        # lopulta 30.–2.1."); inside a sentence alone it may be a result ("Tulos 5.–3.10.").
        if int(match[1]) > int(match[6]) and not (
            match[9]
            and (
                cued(match.end()) or (closing is not None and closing(match.start(6), match.end(8)))
            )
        ):
            return None
        return start, match.end(), "date"
    if match[10]:
        return None  # "1.2-3.4.2024": a year after the second only, with a day alone first
    if match[2] != match[7] or not _day_month(match[1], match[3], match[2]):
        return None
    stops = match[2] == "." and match[4] == "." and match[9] == "." and not match[10]
    if match[2] == "." and not stops and _clock(match[1], match[3]) and _clock(match[6], match[8]):
        return None  # "tisdag 8.05–9.05": the hours of a meeting
    end = match.end() if match[4] or not match[9] else match.end() - 1  # (a sentence's stop)
    return (start, end, "date") if stops or cued(end) else None


_ISO_RANGE = re.compile(rf"(?:19|20)\d\d-(\d\d)-(\d\d){_DASH}(\d\d)(?:-(\d\d))?(?![\d-])")
# (the groups: month, day, then the last day, or the last month and its day)


def weekday_start(low: str, start: int) -> int | None:
    """Where the weekday `weekday_before` finds right before `start` begins, if any."""
    before = _BEFORE.search(low, max(0, start - 16), start)
    if before is None or not _weekday(low, before.start(1), before[1]):
        return None
    return before.start(1)


def weekday_before(low: str, start: int) -> bool:
    """Whether a weekday, two letters or more, stands right before `start` ("la 18.4.",
    "ma. 3.5."); a small word that is also a weekday ("to", "on") only with its full stop."""
    return weekday_start(low, start) is not None
