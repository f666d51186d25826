"""Dates that pin a day, as notes write them: Swedish and English forms of events and births.

Written here: day and month in figures ("12/3", "12/3-24", "12.3."), ISO and six-digit dates,
Swedish month names and abbreviations ("12:e mars", "3 jan -24"), English ordinals ("March
12th", "12th of March") and the American order ("03/12/2024"). A weekday before a date and a
time after it are written outside the span by the sentence.
"""

from __future__ import annotations

import random

SV_MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
SV_SHORT = ("jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sept", "okt", "nov", "dec")
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def date(rng: random.Random, lang: str, *, birth: bool = False) -> tuple[str, str]:
    """A date that pins a day, in a Swedish or English form."""
    year = rng.randint(1940, 2004) if birth else rng.randint(2023, 2026)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    yy = f"{year % 100:02d}"
    sv = (
        f"{d}/{m}",
        f"{d}/{m}-{yy}",
        f"{d}/{m} {year}",
        f"{year}-{m:02d}-{d:02d}",
        f"{yy}{m:02d}{d:02d}",
        f"{d}.{m}.",
        f"{d:02d}.{m:02d}.{year}",
        f"{d} {SV_MONTHS[m - 1]}",
        f"{d}:e {SV_MONTHS[m - 1]}",
        f"{d} {SV_MONTHS[m - 1]} {year}",
        f"{d} {SV_SHORT[m - 1]}",
        f"{d} {SV_SHORT[m - 1]} -{yy}",
        f"{d}/{m}/{yy}",
    )
    en = (
        f"{EN_MONTHS[m - 1]} {d}",
        f"{EN_MONTHS[m - 1]} {_ordinal(d)}",
        f"{_ordinal(d)} {EN_MONTHS[m - 1]}",
        f"{d} {EN_MONTHS[m - 1][:3]} {year}",
        f"{_ordinal(d)} of {EN_MONTHS[m - 1]}",
        f"{m:02d}/{d:02d}/{year}",
        f"{d}/{m}/{year}",
        f"{year}-{m:02d}-{d:02d}",
        f"{EN_MONTHS[m - 1][:3]} {d}, {year}",
        f"{d} {EN_MONTHS[m - 1]} {year}",
    )
    if birth:
        sv = (
            f"{year}-{m:02d}-{d:02d}",
            f"{d}/{m} -{yy}",
            f"{yy}{m:02d}{d:02d}",
            f"{d:02d}.{m:02d}.{year}",
            f"{d} {SV_MONTHS[m - 1]} {year}",
        )
        en = (
            f"{d} {EN_MONTHS[m - 1]} {year}",
            f"{m:02d}/{d:02d}/{year}",
            f"{EN_MONTHS[m - 1]} {d}, {year}",
            f"{d}.{m:02d}.{year}",
        )
    forms = sv if lang == "sv" else en
    i = rng.randrange(len(forms))
    return forms[i], f"{'birth' if birth else 'event'}/{lang}{i}"
