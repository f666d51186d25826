"""Figures that read as measured values, not as a number to call.

The generic phone shape (`phones.py`) takes 7 to 15 digits in groups, whatever separates
them, unless the number is clearly something else. Notes about health and care are full of
figures written in groups that are clearly something else by their own shape:

- values with a decimal among them, joined by slashes, dashes or spaces: a blood gas
  "7.38/42/95", "3.5/2.0/1600", a time and a reading "0430 27.5" (a phone number written with
  dots has dots only, in groups of two digits or more: "04.37.91.81.64");
- a series of three values or more, one per slash, with a value of one digit or, with no
  trunk 0, ending in a value of at most two: ventilator settings "600/40/16/5", "40/700/16"
  (not "201/324/1423" nor "01/45/67/89/10");
- a range of values beside a slash: a blood pressure over a shift "110-148/50", "95-130/60-70",
  "121/49-73" (each end of the range at most three digits, the range rising), or a range of
  two such readings "106/61 - 119/63";
- a ratio of two values of at most four digits with no trunk 0 ("1719/182"), or a blood
  pressure and the heart rate after it ("140/60 78", "109/59 (77)");
- a value with one digit before its point and two after among others (a pH in a blood gas,
  "7.41-55-134"), one number with its decimals ("123456.78"), a clock time on the quarter
  hour and a reading after it ("0430 150");
- a rising range of round figures "500-1000", "950-1000", or of clock times on the quarter
  hour, a shift "0700-1900", "1900-0700";
- a figure with a unit of measure right after it, written apart or not ("900-1000 cc",
  "1000-1500ml"), or with "'s" ("the 120-140/60's").

A phone number has none of these: its groups are joined by one kind of separator, never hold
a decimal, and no unit follows. A phone word before or after ("call", "mobile") overrides all
of it: `phones.py` asks only when no such cue stands near (`measured`).
"""

from __future__ import annotations

import re

# Units of measure (SI symbols and the units of clinical notes) that end a figure written
# against it ("1000ml", "20u"); written apart, only those that are no word of their own
# ("500 mg", not "070 123 45 67 min mamma").
UNITS = frozenset(
    """cc ccs ml mls l dl cl mg mcg µg ug g kg gm gms meq mmol mol mmhg cmh2o cm mm km m
    u iu units unit bpm lpm kcal cal hrs hr h min mins sec am pm""".split()
)
UNITS_APART = frozenset(
    """cc ccs ml mls dl cl mg mcg µg ug kg gm gms meq mmol mmhg cmh2o cm mm km iu bpm lpm
    kcal""".split()
)
_ONE_DECIMAL = re.compile(r"\d\.\d(?![\d.])")  # "27.5", "3.5"; not "9.10", "04.37.91"
_DECIMAL = re.compile(r"\d{1,4}\.\d{1,2}")  # one value of a series: "7.52", "2.51"
_GROUPS = re.compile(r"\d+")
_PAIRS = re.compile(r"\d{1,3}/[ ]?\d{1,3}[ ]?[-–][ ]?\d{1,3}/[ ]?\d{1,3}")
_SLASHED_RANGE = re.compile(r"(?<!\d)(\d{1,3})-(\d{1,3})(?!\d)")
_RANGE = re.compile(r"(\d{3,4})[ ]?[-–][ ]?(\d{3,4})")
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])(?:00|15|30|45)")
# A pH with two decimals ("7.38"), among a blood gas's other values.
_UNIT_DECIMAL = re.compile(r"(?<![\d.])[67]\.\d\d(?![\d.])")  # not "9.10", a time
_TIMES = re.compile(r"\d{1,2}[.:]\d{2}[ ]?[-–][ ]?\d{1,2}[.:]\d{2}")  # "7.30–8.15"
_DECIMAL_ALONE = re.compile(r"[1-9]\d{3,}\.\d{1,2}")
_CLOCK_READING = re.compile(r"(?:[01]\d|2[0-3])(?:00|15|30|45) [1-9]\d{1,3}")
_BLOOD_PRESSURE = re.compile(r"([1-9]\d{1,2})/(\d{2,3})(?: \(?| ?[-–] ?)[1-9]\d{1,2}(?!\d)")
_SLASH_SERIES = re.compile(r"\d+(?:/\d+){2,}$")
_UNIT_AFTER = re.compile(r"[ ]?([^\W\d_]+(?:2o)?)(?![^\W\d_])")


def measured(text: str, low: str, start: int, end: int) -> bool:
    """Whether text[start:end], a stretch of digit groups, is a series of measured values
    (see the module's docstring)."""
    value = text[start:end]
    if _ONE_DECIMAL.search(value) and any(c in value for c in "/- "):
        return True  # "0430 27.5", "5.5-6.0/2.8": a decimal among values ("9.10" is a time)
    if _UNIT_DECIMAL.search(value) and any(c in value for c in "/- ") and not _TIMES.search(value):
        return True  # "7.41-55-134", "88-34-7.38": a pH among a blood gas's values
    if _DECIMAL_ALONE.fullmatch(value):
        return True  # "123456.78": one number with its decimals
    if _CLOCK_READING.fullmatch(value):
        return True  # "0430 150", "1515 373": a time on the quarter hour and its reading
    pressure = _BLOOD_PRESSURE.match(value)
    if pressure and 300 > int(pressure[1]) > int(pressure[2]):
        return True  # "140/60 78", "109/59 (77": a pressure and the heart rate after it
    slashes = value.count("/")
    groups = _GROUPS.findall(value)
    if slashes >= 2 and any(_DECIMAL.fullmatch(part.strip()) for part in value.split("/")):
        return True  # "128/30/7.52", "4.8/2.51/1265": a reading with decimals among others
    if slashes >= 2 and slashes != len(groups) - 1:
        series = _SLASH_SERIES.search(value)  # "1:1-75/94/35/59": a label, then the series
        if series and series.start() and value[series.start() - 1] in "- ":
            value = series.group()
            groups = _GROUPS.findall(value)
    if slashes >= 2 and value.count("/") == len(groups) - 1:
        if min(map(len, groups)) == 1 or (len(groups[-1]) <= 2 and value[0] != "0"):
            return True  # "600/40/16/5", "40/700/16"; not "201/324/1423", "01/45/67/89/10"
    if _PAIRS.fullmatch(value):
        return True  # "106/61- 119/63": a range of two readings
    if slashes == 1 and len(groups) == 2 and value[0] != "0" and max(map(len, groups)) <= 4:
        return True  # a ratio "1719/182"; not "0711/123456" (a trunk 0)
    if (
        slashes == 1
        and value[0] != "0"
        and any(
            int(a) < int(b) and "0" not in (a[0], b[0]) for a, b in _SLASHED_RANGE.findall(value)
        )
    ):  # "110-148/50", "121/49-73"; not "061/009-158" (a trunk 0, a group of a number)
        return True
    rising = _RANGE.fullmatch(value)
    if rising:
        a, b = rising.groups()
        if int(a) < int(b) and a.endswith("00") and b.endswith("00"):
            return True  # "500-1000", "900-1100"
        if int(a) < int(b) <= 2 * int(a) and a.endswith("0") and b.endswith("000"):
            return True  # "950-1000", "1250-2000": a rising range up to a round figure
        if _CLOCK.fullmatch(a) and _CLOCK.fullmatch(b) and a != b:
            return True  # "0700-1900", "1900-0700": a shift
    return unit_follows(low, end)


def unit_follows(low: str, end: int) -> bool:
    """A unit of measure or "'s" right after the figure ("1000-1500ml", "120-140/60's")."""
    if low.startswith(("'s", "’s"), end):
        return True
    match = _UNIT_AFTER.match(low, end)
    if not match:
        return False
    unit = match.group(1).split("/")[0]
    return unit in (UNITS_APART if low[end : end + 1] == " " else UNITS)
