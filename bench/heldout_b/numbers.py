"""Swedish identity numbers and dates as held-out B writes them.

Personnummer and samordningsnummer (day + 60) carry a valid check digit (the Luhn sum over the
ten digits) and are written short or long, with a hyphen, an en dash, a space, a no-break
space or nothing, and now and then in full-width digits. Dates come in twenty-odd Swedish and
English forms (facets write "/" as "_"); the weekday, when there is one, stays outside the
planted span.
"""

from __future__ import annotations

import datetime as dt
import random

MONTHS_SV = "januari februari mars april maj juni juli augusti september oktober november december"
MONTHS_EN = "January February March April May June July August September October November December"
SV = MONTHS_SV.split()
EN = MONTHS_EN.split()
WEEKDAYS_SV = "måndag tisdag onsdag torsdag fredag lördag söndag".split()
WEEKDAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def luhn_digit(nine: str) -> int:
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 - i % 2)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def luhn_valid(ten: str) -> bool:
    return luhn_digit(ten[:9]) == int(ten[9])


def personnummer(rng: random.Random) -> tuple[str, str]:
    """A personnummer or samordningsnummer as written, and its facets."""
    born = dt.date(1938, 1, 1) + dt.timedelta(days=rng.randrange(0, 68 * 365))
    coordination = rng.random() < 0.2
    day = born.day + (60 if coordination else 0)
    short = f"{born:%y%m}{day:02d}"
    serial = f"{rng.randrange(0, 1000):03d}"
    check = luhn_digit(short + serial)
    last = f"{serial}{check}"
    century = f"{born.year // 100}"
    shape = rng.choices(
        ["short-hyphen", "long-hyphen", "short-none", "long-none", "short-space", "long-space",
         "short-endash", "long-nbsp"], [30, 20, 10, 12, 8, 8, 7, 5])[0]  # fmt: skip
    head = short if shape.startswith("short") else century + short
    sep = {"hyphen": "-", "none": "", "space": " ", "endash": "–", "nbsp": "\u00a0"}[
        shape.split("-")[1]
    ]
    written = f"{head}{sep}{last}"
    hidden = "plain"
    if rng.random() < 0.07:
        written, hidden = written.translate(_FULL_WIDTH), "full-width"
    kind = "samordningsnummer" if coordination else "personnummer"
    return written, f"{kind}/{shape}/{hidden}"


def date(rng: random.Random, lang: str) -> tuple[str, str, str]:
    """(weekday text before the date or "", the date as written, facets)."""
    d = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 6 * 365))
    wd = ""
    month_sv, month_en = SV[d.month - 1], EN[d.month - 1]
    if lang == "sv":
        ordinal = "a" if d.day in (1, 2, 21, 22, 31) else "e"
        forms = {
            "iso": f"{d:%Y-%m-%d}", "d_m": f"{d.day}/{d.month}",
            "d_m-yy": f"{d.day}/{d.month}-{d:%y}", "d_m yyyy": f"{d.day}/{d.month} {d.year}",
            "dd.mm.yyyy": f"{d:%d.%m.%Y}", "d month yyyy": f"{d.day} {month_sv} {d.year}",
            "d month": f"{d.day} {month_sv}", "d:e month": f"{d.day}:{ordinal} {month_sv}",
            "yyyymmdd": f"{d:%Y%m%d}", "yymmdd": f"{d:%y%m%d}",
            "d mon -yy": f"{d.day} {month_sv[:3]} -{d:%y}", "dd_mm_yyyy": f"{d:%d/%m/%Y}",
        }  # fmt: skip
        weekday = WEEKDAYS_SV[d.weekday()]
    else:
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
        th = suffix.get(d.day, "th")
        forms = {
            "d month yyyy": f"{d.day} {month_en} {d.year}",
            "month d, yyyy": f"{month_en} {d.day}, {d.year}",
            "mon dth": f"{month_en[:3]} {d.day}{th}", "dth of month": f"{d.day}{th} of {month_en}",
            "dd_mm_yyyy": f"{d:%d/%m/%Y}", "m_d_yyyy": f"{d.month}/{d.day}/{d.year}",
            "iso": f"{d:%Y-%m-%d}", "d mon yyyy": f"{d.day} {month_en[:3]} {d.year}",
            "dd.mm.yy": f"{d:%d.%m.%y}",
        }  # fmt: skip
        weekday = WEEKDAYS_EN[d.weekday()]
    shape = rng.choice(list(forms))
    if rng.random() < 0.15 and shape not in ("yyyymmdd", "yymmdd"):
        wd = weekday + (" " if lang == "en" else "en den ")
        if lang == "en" and rng.random() < 0.5:
            wd = weekday[:3] + " "
    return wd, forms[shape], f"{lang}/{shape}"
