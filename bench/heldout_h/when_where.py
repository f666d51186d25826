"""Dates of a day and street addresses as held-out H's notes write them.

Dates: numeric (ISO, d/m, d.m.yy, US m/d/yyyy), written months in Swedish, English, Norwegian,
Danish, Finnish and German, abbreviated months, ordinals; a weekday before it stays outside the
span (a weekday alone identifies no one), a year inside it is part of it. Addresses: Faker's
street and postcode providers of ten locales; the street line (with a flat number) is one
span, the postcode another, and the town after it is ordinary text (towns alone identify no
one, as in the other sets).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.heldout_h.people import faker

MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "en": "January February March April May June July August September October November December",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
}
WEEKDAYS = {
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina",
}
FIRST_DAY = dt.date(2024, 1, 1)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def date(lang: str, rng: random.Random, weekday: bool = False) -> tuple[str, str, str]:
    """(weekday prefix or "", the date as written, its facets) in a note's language; with
    `weekday`, always with the date's own weekday before it."""
    day = FIRST_DAY + dt.timedelta(days=rng.randrange(4 * 365))
    d, m, y = day.day, day.month, day.year
    month = MONTHS[lang if lang in MONTHS else "en"].split()[m - 1]
    day_name = WEEKDAYS[lang if lang in WEEKDAYS else "en"].split()[day.weekday()]
    numeric = (
        ("iso", f"{y}-{m:02d}-{d:02d}"),
        ("d/m", f"{d}/{m}"),
        ("d/m/yyyy", f"{d}/{m} {y}" if lang == "sv" else f"{d}/{m}/{y}"),
        ("d.m.yyyy", f"{d}.{m}.{y}"),
        ("dd.mm.yy", f"{d:02d}.{m:02d}.{y % 100:02d}"),
        ("yymmdd", f"{y % 100:02d}{m:02d}{d:02d}"),
    )
    sv_ordinal = "a" if d % 10 in (1, 2) and d not in (11, 12) else "e"
    written = {
        "sv": (("d month", f"{d} {month}"), ("d month yyyy", f"{d} {month} {y}"),
               ("d:e month", f"{d}:{sv_ordinal} {month}"),
               ("d abbr", f"{d} {month[:3]}")),
        "en": (("d month yyyy", f"{d} {month} {y}"), ("month d, yyyy", f"{month} {d}, {y}"),
               ("ordinal of month", f"{_ordinal(d)} of {month}"),
               ("d abbr yy", f"{d}-{month[:3]}-{y % 100:02d}"), ("month d", f"{month} {d}"),
               ("m/d/yyyy", f"{m}/{d}/{y}"), ("d abbr", f"{d} {month[:3]}")),
        "de": (("d. month yyyy", f"{d}. {month} {y}"), ("d. month", f"{d}. {month}")),
        "no": (("d. month yyyy", f"{d}. {month} {y}"), ("d. month", f"{d}. {month}")),
        "da": (("d. month yyyy", f"{d}. {month} {y}"), ("d. month", f"{d}. {month}")),
        "fi": (("d. month yyyy", f"{d}. {month} {y}"), ("d.m.", f"{d}.{m}.")),
    }[lang if lang in MONTHS else "en"]  # fmt: skip
    form, text = rng.choice(written if rng.random() < 0.6 else numeric)
    prefix = ""
    if weekday or rng.random() < 0.2:
        short = day_name[:3] if rng.random() < 0.4 and lang != "fi" else day_name
        prefix = short + (", " if lang == "en" else " ")
        form += "/weekday"
    return prefix, text, f"{lang}/{form}"


ADDRESS_LOCALES = (("sv_SE", 10), ("no_NO", 2), ("da_DK", 2), ("fi_FI", 2), ("de_DE", 2),
                   ("en_GB", 1), ("en_US", 1), ("pl_PL", 2), ("nl_NL", 1), ("fr_FR", 1),
                   ("es_ES", 1))  # fmt: skip


def address(rng: random.Random, seed: int) -> tuple[str, str, str, str]:
    """(street line, postcode, town, facets): Swedish most often, with a flat number now and
    then ("lgh 1102", "3 tr"), the postcode as the locale writes it."""
    locale = rng.choices([x for x, _ in ADDRESS_LOCALES], [w for _, w in ADDRESS_LOCALES])[0]
    f = faker(locale, seed)
    street, postcode, town = f.street_address(), f.postcode(), f.city()
    facets = locale
    if locale == "sv_SE":
        if rng.random() < 0.5:
            postcode = f"{postcode[:3]} {postcode[3:]}"
        if rng.random() < 0.3:
            street += rng.choice((f" lgh {rng.randint(1001, 1603)}", f", {rng.randint(1, 6)} tr"))
            facets += "/flat"
    return street, postcode, town, facets
