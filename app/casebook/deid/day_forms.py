"""Dates of a day the grammar of the Nordic languages, Finnish and German writes in forms the
other date rules leave (`patterns.find_patterns` adds these to its dates):

- German "23. August": the month that is also a given name, after a day with its full stop,
  in a sentence of a neighbour language (`note_language.py`, not counting the month itself;
  `written_dates.py` left it to the word's own count, which "August" tipped to a name).
- Danish and Norwegian "d.M" without its closing stop, as CLDR writes them ("fre. 22.12",
  "den 1.9", "Mødet blev flyttet til 6.4"): after a weekday, "den" or "d.", or where a word of
  an event dates it (`dates.cued`) in a Danish, Norwegian, Finnish or German sentence and it
  cannot be a clock time ("til 13.10" stays; "down from 30.5" in an English note is a
  measurement); after
  a weekday only where it cannot be one either ("ons 10.05", "tis 13.10" are hours; a month
  11 or 12, "maanantaina 10.11", is no appointment's minute).
- Finnish two-letter weekdays that are also English words ("to 25.6. toimistolla"): the day
  and month, with its closing stop, in a Finnish sentence (`note_language.py`) that goes on in
  lower case after it or ends with it, its line too ("Hammaslääkäri on to 20.8."; "increased
  to 25.6." is English's, "went to 3.4. then" too: the sentence's language decides),
  or as the value of a date field opening its line ("Päivämäärä: to 14.8.", "Pvm: ma 3.6.",
  also after a transcript's time stamp "[18:10] Päivämäärä:"; an e-mail header's date,
  "Lähetetty: to 1.5.", "Sendt:", "Skickat:", "Sent:", "Gesendet:"): a field that names a date
  holds one, whatever the language, and no English "to" stands before a day there.
- Finnish abbreviations of months the language's own style guide writes and CLDR does not
  ("3. elok.", "14. helmik. 2026"), and the month cut later inside its "-kuu" with the
  abbreviation's full stop, as notes type it ("21. syysku.", "3. elokuu.").
- A numeric date with spaces and a two-digit year ("3. 3. 26"); a day and month with spaces
  ("5. 9.", as CLDR writes them for Czech, Slovak, Slovene and the Balkan languages) where a
  weekday, "den", "am" or a dating word stands before it.
- The first day of a range whose month comes after the second ("vom 6. bis 8. März",
  "6. till 8. mars").

Clock times ("kl. 13.10", "klo 8.10"), decimals and amounts ("den 3.5 procent", "2.5 mg"), a
year alone, versions and section numbers ("kohta 3.3.", "3.3.2") stay.
"""

from __future__ import annotations

import re

from casebook.deid import calendar_words, dates, headings, note_language

Found = tuple[int, int, str]

_AUGUST = re.compile(r"(?<![\d.,])([12]?\d|3[01])\.[ \u00a0]?August(?![^\W\d_])")
# "d.M" without the closing stop, nothing glued on either side.
_UNDOTTED = re.compile(r"(?<![\d.,:/\w])(\d{1,2})\.(\d{1,2})(?![\d.,:/]\d|\d|[.][^\s]|%)")
_STRONG_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:den|d\.|{calendar_words.alternation(dates.WEEKDAYS)})[,]?[ \u00a0]+\Z"
)
_CLOCK_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:kl|klo|kello|klockan|klokka|klokken|at|um|ca|cirka|omkring)\.?[ \u00a0]+\Z"
)
_UNIT_AFTER = re.compile(
    r"[ \u00a0]?(?:%|procent|prosent|prozent|percent|prosenttia|kr|kroner|kronor|euro|eur|€|"
    r"mg|ml|g|kg|mmol|km|m|cm|l|timer|timmar|tim|min|h|uhr|sek|s)(?![^\W\d_])"
)
_FI_WEEKDAY = re.compile(
    r"(?<![^\W\d_])(?:[Mm]a|[Tt]i|[Kk]e|[Tt]o|[Pp]e|[Ll]a|[Ss]u)\.?[ \u00a0]+\Z"
)
_FI_DAY_MONTH = re.compile(r"(\d{1,2})\.(\d{1,2})\.(?=,|[ \u00a0]+[a-zäöå]|\.?[ \t]*(?:\n|\Z))")
# The same as the value of a date field, whatever follows: "Päivämäärä: to 14.8.", "Pvm: ma 3.6."
_FI_FIELD_DAY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(?!\d)")
_DATE_FIELD = re.compile(
    r"(?:^|\n)[ \t]*(?:\[[^\]\n]{1,12}\][ \t]*)?"
    r"(?:päivämäärä|päiväys|pvm|date|datum|dato|lähetetty|sent|skickat|sendt|gesendet)"
    r"[ \t]*:[ \t]*\Z"
)
_FI_ABBR = re.compile(
    r"(?<![\d.,])([12]?\d|3[01])\.[ \u00a0]?"
    r"(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)ku{0,2}\."
    r"(?:[ \u00a0]?(?:19|20)\d\d(?!\d))?",
    re.IGNORECASE,
)
_SPACED_SHORT = re.compile(
    r"(?<![\d.,])(\d{1,2})\.[ \u00a0](\d{1,2})\.[ \u00a0](\d\d)(?![\d.,:]\d|\d)"
)
# A day and month with a space between, each with its stop, as CLDR writes them for Czech,
# Slovak, Slovene, Croatian, Bosnian and Serbian ("5. 9."): only where something dates it.
_SPACED_DAY_MONTH = re.compile(r"(?<![\d.,])(\d{1,2})\.[ \u00a0](\d{1,2})\.(?![ \u00a0]?\d|\w)")
_RANGE_AFTER = re.compile(r"[ \u00a0]?[-–][ \u00a0]?\d")
_AM = re.compile(r"(?<![^\W\d_])am[ \u00a0]+\Z")
_RANGE_FIRST = re.compile(
    r"(?<![\d.,])(\d{1,2})\.[ \u00a0]+(?:bis(?: zum)?|till|til|to|–|-)[ \u00a0]+"
    r"(\d{1,2})\.[ \u00a0]?([^\W\d_]+)"
)
_MONTHS = calendar_words.month_words()


def _day(day: str, month: str | int = 1) -> bool:
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


_ANCHOR = re.compile(r"\d\.")  # every form holds a digit and a full stop


def find(text: str, low: str) -> list[Found]:
    """The dates of the forms above in `text` (`low` its lower case), as (start, end, "date").
    One scan for a digit and a full stop; each form is tried only where one stands."""
    found: list[Found] = []
    seen = -1
    for anchor in _ANCHOR.finditer(low):
        at = anchor.start() - (anchor.start() > 0 and low[anchor.start() - 1].isdigit())
        if at <= seen:
            continue
        seen = at
        hit = _at(text, low, at)
        if hit:
            found.append(hit)
    return found


def _at(text: str, low: str, at: int) -> Found | None:
    m = _AUGUST.match(text, at)
    if m and note_language.sentence_language(text, m.end() - 6, m.end(), False):
        return m.start(), m.end(), "date"  # "I'll turn 25. August was hard" stays
    m = _UNDOTTED.match(low, at)
    if m and _undotted(text, low, m):
        return m.start(), m.end(), "date"
    m = _FI_DAY_MONTH.match(text, at)
    if m and _day(m[1], m[2]):
        weekday = _FI_WEEKDAY.search(low, max(0, at - 5), at)
        if weekday and "fi" in (note_language.sentence_language(text, at, m.end()) or ()):
            return weekday.start(), m.end(), "date"  # with its weekday
    m = m or _FI_FIELD_DAY.match(text, at)
    if m and _day(m[1], m[2]):
        weekday = _FI_WEEKDAY.search(low, max(0, at - 5), at)
        if weekday and _DATE_FIELD.search(low, max(0, weekday.start() - 40), weekday.start()):
            return weekday.start(), m.end(), "date"  # "Päivämäärä: to 14.8.": a date field's
    m = _FI_ABBR.match(low, at)
    if m:
        return m.start(), m.end(), "date"
    m = _SPACED_SHORT.match(text, at)
    if m and _day(m[1], m[2]) and not _CLOCK_BEFORE.search(low, max(0, at - 12), at):
        return m.start(), m.end(), "date"
    m = _SPACED_DAY_MONTH.match(low, at)
    if m and _day(m[1], m[2]) and _dated(low, at, m.end()):
        return m.start(), m.end(), "date"
    m = _RANGE_FIRST.match(low, at)
    if m and _day(m[1]) and _day(m[2]) and m[3] in _MONTHS and int(m[1]) < int(m[2]):
        return m.start(), m.end(), "date"
    return None


def _dated(low: str, start: int, end: int) -> bool:
    """A weekday, "den", "d." or German "am" right before, or a word that dates it."""
    window = max(0, start - 12)
    if _STRONG_BEFORE.search(low, window, start) or _AM.search(low, window, start):
        return True
    return dates.cued(low, start, end)


# Danish and Norwegian "fra" (from) before a weekday, with no "til" and a time after the
# figures: "Fra fre. 12.09 har han ..."; "fra ons. 10.00 til 12.00" is hours.
_FROM_BEFORE = re.compile(r"(?<![^\W\d_])fra[ \u00a0]+\Z")
_UNTIL_AFTER = re.compile(r"[ \u00a0]*(?:til|till|to|-|–)[ \u00a0]*(?:kl\.?[ \u00a0]*)?\d")
# A clock time after the figures: then they are no clock time themselves ("Sendt: ons. 16.04
# kl. 08:16").
_CLOCK_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:kl|klo|klokka|klokken|klockan)\.?[ \u00a0]*)?"
    r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)"
)
# A case's act done on a day in Norwegian and Danish, a meeting's clock never being what it
# names: sent, reported, received, dated, moved in ("Søknaden ble sendt ons. 08.04", "Saken
# ble meldt lør. 21.02", "Hun flyttet inn fre. 19.09"). A meeting ("Møte ons 10.05") has its
# hour.
_DONE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:sendt|meldt|innmeldt|anmeldt|mottatt|modtaget|datert|dateret|"
    r"flyttet|flyttede|flytta)(?:[ \u00a0]+(?:inn|ind|ut|ud))?[ \u00a0]+\Z"
)


def _weekday_dated(low: str, weekday: int, end: int) -> bool:
    """Whether a weekday and figures that could be its clock time ("ons. 16.04", "lør.
    21.02") are a day and month all the same, as CLDR writes one ("E d.M."; Norwegian writes
    a weekday's clock with a colon, "E HH:mm"): something dates them where a clock time would
    not stand: a date field or an e-mail header's "Sendt:" opening the line ("Dato: tir.
    18.02", "Sendt: ons. 16.04"), a clock time after them ("ons. 16.04 kl. 08:16"), the close
    of the note's first line after its heading ("Hjemmebesøk, logg, søn. 21.06"), a case's act
    done on a day right before the weekday (`_DONE_BEFORE`), or "fra" with no end of a span of
    hours after them. "Møte ons 10.05" and "tis 13.10" stay hours."""
    if _DATE_FIELD.search(low, max(0, weekday - 40), weekday):
        return True
    if _CLOCK_AFTER.match(low, end) or headings.dated_heading(low, weekday, end):
        return True
    if _FROM_BEFORE.search(low, max(0, weekday - 6), weekday):
        return not _UNTIL_AFTER.match(low, end)
    return _DONE_BEFORE.search(low, max(0, weekday - 20), weekday) is not None


def _undotted(text: str, low: str, m: re.Match[str]) -> bool:
    day, month = m[1], m[2]
    if not _day(day, month) or _UNIT_AFTER.match(low, m.end()):
        return False
    start = m.start()
    if _CLOCK_BEFORE.search(low, max(0, start - 12), start):
        return False
    if _RANGE_AFTER.match(low, m.end()):
        return False  # "ons 13.10-14.00": hours
    clock = len(month) == 2 and int(day) <= 23  # "til 13.10" may be ten past one
    strong = _STRONG_BEFORE.search(low, max(0, start - 12), start)
    if strong and strong[0].startswith(("den", "d.")):
        return True  # "den 1.9", "d. 6.4", "den 10.05"
    if strong:  # a weekday: "tirs. 28.10", "fre. 22.12", never "ons 10.05" or "tis 13.10"
        if not clock or month in ("11", "12"):
            return True  # "maanantaina 10.11": eleven or twelve past is no appointment's hour
        return _weekday_dated(low, strong.start(), m.end())
    if clock or not dates.cued(low, start, m.end()):
        return False
    # Only a neighbour's sentence writes a day this way: in English or Swedish, and in notes
    # in capitals, "HCT 28.3 down from 30.5" and "intubated with 7.5 ETT" are measurements.
    return note_language.sentence_language(text, start, m.end(), False) is not None
