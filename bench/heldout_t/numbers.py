"""Held-out T's numbers: identity numbers built from each country's published check rule, phone
numbers drawn from each country's mobile and landline ranges (kept when libphonenumber's
metadata calls them valid for that country), and dates written the ways each language writes
them. `BUILDERS`, `PLANS`, `draw` and `write` are what the shared checks of the held-out sets
read (tests/heldout_checks.py)."""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable

import phonenumbers

# --- identity numbers --------------------------------------------------------------------


def _birth(rng: random.Random, first: int = 1940, last: int = 2008) -> datetime.date:
    start = datetime.date(first, 1, 1).toordinal()
    return datetime.date.fromordinal(rng.randrange(start, datetime.date(last, 12, 28).toordinal()))


def _luhn(digits: str) -> int:
    total = 0
    for i, d in enumerate(digits):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def se(rng: random.Random) -> tuple[str, str]:
    b = _birth(rng)
    body = f"{b:%y%m%d}{rng.randrange(1000):03d}"
    number = body + str(_luhn(body))
    shape = rng.choice(["dash10", "dash10", "plain10", "dash12", "plain12"])
    if shape.endswith("12"):
        number = f"{b.year // 100}{number}"
    if shape.startswith("dash"):
        number = number[:-4] + "-" + number[-4:]
    return number, shape


def no(rng: random.Random) -> tuple[str, str]:
    while True:
        b = _birth(rng)
        individual = rng.randrange(0, 500) if b.year < 2000 else rng.randrange(500, 1000)
        d = [int(c) for c in f"{b:%d%m%y}{individual:03d}"]
        k1 = 11 - sum(w * x for w, x in zip((3, 7, 6, 1, 8, 9, 4, 5, 2), d, strict=False)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        d.append(k1)
        k2 = 11 - sum(w * x for w, x in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), d, strict=False)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        number = "".join(map(str, d)) + str(k2)
        if rng.random() < 0.3:
            return number[:6] + " " + number[6:], "space"
        return number, "plain"


def dk(rng: random.Random) -> tuple[str, str]:
    while True:
        b = _birth(rng, 1940, 1999)
        d = [int(c) for c in f"{b:%d%m%y}"] + [
            rng.randrange(4),
            rng.randrange(10),
            rng.randrange(10),
        ]
        rest = sum(w * x for w, x in zip((4, 3, 2, 7, 6, 5, 4, 3, 2), d, strict=False)) % 11
        check = (11 - rest) % 11
        if check == 10:
            continue
        number = "".join(map(str, d)) + str(check)
        if rng.random() < 0.7:
            return number[:6] + "-" + number[6:], "dash"
        return number, "plain"


def fi(rng: random.Random) -> tuple[str, str]:
    b = _birth(rng)
    individual = rng.randrange(2, 900)
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{b:%d%m%y}{individual:03d}") % 31]
    sign = "-" if b.year < 2000 else "A"
    return f"{b:%d%m%y}{sign}{individual:03d}{check}", "century-" + ("dash" if sign == "-" else "a")


def pl(rng: random.Random) -> tuple[str, str]:
    b = _birth(rng)
    month = b.month + (20 if b.year >= 2000 else 0)
    d = [int(c) for c in f"{b.year % 100:02d}{month:02d}{b.day:02d}{rng.randrange(10000):04d}"]
    check = (
        10 - sum(w * x for w, x in zip((1, 3, 7, 9, 1, 3, 7, 9, 1, 3), d, strict=False)) % 10
    ) % 10
    return "".join(map(str, d)) + str(check), "plain"


def _baltic(rng: random.Random) -> str:
    b = _birth(rng)
    first = (3 if b.year < 2000 else 5) + rng.randrange(2)
    d = [int(c) for c in f"{first}{b:%y%m%d}{rng.randrange(1000):03d}"]
    check = sum(((i % 9) + 1) * x for i, x in enumerate(d)) % 11
    if check == 10:
        check = sum((((i + 2) % 9) + 1) * x for i, x in enumerate(d)) % 11
        check = 0 if check == 10 else check
    return "".join(map(str, d)) + str(check)


def ee(rng: random.Random) -> tuple[str, str]:
    return _baltic(rng), "plain"


def lt(rng: random.Random) -> tuple[str, str]:
    return _baltic(rng), "plain"


def is_(rng: random.Random) -> tuple[str, str]:
    while True:
        b = _birth(rng)
        d = [int(c) for c in f"{b:%d%m%y}{rng.randrange(20, 100):02d}"]
        check = 11 - sum(w * x for w, x in zip((3, 2, 7, 6, 5, 4, 3, 2), d, strict=False)) % 11
        check = 0 if check == 11 else check
        if check == 10:
            continue
        century = "9" if b.year < 2000 else "0"
        number = "".join(map(str, d)) + str(check) + century
        if rng.random() < 0.6:
            return number[:6] + "-" + number[6:], "dash"
        return number, "plain"


def nl(rng: random.Random) -> tuple[str, str]:
    while True:
        d = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(7)]
        last = sum((9 - i) * x for i, x in enumerate(d)) % 11
        if last == 10:
            continue
        number = "".join(map(str, d)) + str(last)
        if rng.random() < 0.4:
            return f"{number[:4]}.{number[4:6]}.{number[6:]}", "dotted"
        return number, "plain"


def gb(rng: random.Random) -> tuple[str, str]:
    while True:
        d = [rng.randrange(4, 7)] + [rng.randrange(10) for _ in range(8)]
        check = 11 - sum((10 - i) * x for i, x in enumerate(d)) % 11
        check = 0 if check == 11 else check
        if check == 10:
            continue
        number = "".join(map(str, d)) + str(check)
        if rng.random() < 0.6:
            return f"{number[:3]} {number[3:6]} {number[6:]}", "spaced"
        return number, "plain"


BUILDERS: dict[str, tuple[Callable[[random.Random], tuple[str, str]], str]] = {
    "se": (se, "se.personnummer"),
    "no": (no, "no.fodselsnummer"),
    "dk": (dk, "dk.cpr"),
    "fi": (fi, "fi.hetu"),
    "pl": (pl, "pl.pesel"),
    "ee": (ee, "ee.ik"),
    "lt": (lt, "lt.asmens"),
    "is": (is_, "is_.kennitala"),
    "nl": (nl, "nl.bsn"),
    "gb": (gb, "gb.nhs"),
}
ID_CUES = {
    "sv": ["Pnr", "Personnr:", "p-nr", "personnummer"],
    "en": ["NHS no.", "ID no.", "number", "ID:"],
    "fi": ["Hetu", "hetu:", "henkilötunnus", "Htun:"],
    "no": ["Fnr", "fødselsnr.", "f.nr.", "personnr:"],
    "da": ["CPR", "CPR-nr.:", "cpr-nummer", "personnr."],
}

# --- phone numbers ------------------------------------------------------------------------

# Region: (country code, [(leading digits, national significant length), ...]).
PLANS: dict[str, tuple[int, list[tuple[str, int]]]] = {
    "SE": (46, [("70", 9), ("72", 9), ("73", 9), ("76", 9), ("8", 9), ("31", 9), ("40", 8),
                ("18", 8), ("90", 8)]),
    "NO": (47, [("4", 8), ("9", 8), ("22", 8), ("55", 8), ("73", 8)]),
    "DK": (45, [("2", 8), ("30", 8), ("40", 8), ("50", 8), ("33", 8), ("86", 8)]),
    "FI": (358, [("40", 9), ("44", 9), ("45", 9), ("50", 9), ("9", 8), ("2", 8), ("3", 8)]),
    "GB": (44, [("7700", 10), ("7800", 10), ("7900", 10), ("20", 10), ("161", 10), ("113", 10)]),
    "PL": (48, [("50", 9), ("60", 9), ("69", 9), ("79", 9), ("22", 9), ("12", 9)]),
    "UA": (380, [("50", 9), ("67", 9), ("97", 9), ("44", 9)]),
    "TR": (90, [("53", 10), ("54", 10), ("50", 10), ("212", 10), ("312", 10)]),
    "DE": (49, [("151", 11), ("160", 10), ("170", 10), ("30", 10), ("40", 10)]),
    "NL": (31, [("6", 9), ("20", 9), ("10", 9)]),
    "US": (1, [("212", 10), ("415", 10), ("617", 10), ("312", 10)]),
    "IQ": (964, [("77", 10), ("78", 10), ("75", 10)]),
    "SO": (252, [("61", 9), ("62", 9), ("90", 9)]),
}  # fmt: skip
PHONE_CUES = {
    "sv": ["Ring", "Mobil:", "Tel.", "nr", "Sms:"],
    "en": ["Call", "Mobile:", "Tel:", "Text", "on"],
    "fi": ["Puh.", "puh:", "Soita", "gsm", "Tekstaa"],
    "no": ["Tlf.", "Mobil:", "Ring", "tlf:", "nr."],
    "da": ["Tlf.", "Mobil:", "Ring", "tlf:", "nr."],
}


def draw(rng: random.Random, region: str) -> tuple[str, list[str]]:
    """A valid national significant number of `region` and the groups its national format
    shows (the trunk prefix included, as people write it at home)."""
    code, ranges = PLANS[region]
    for _ in range(500):
        lead, length = rng.choice(ranges)
        nsn = lead + "".join(str(rng.randrange(10)) for _ in range(length - len(lead)))
        number = phonenumbers.parse(f"+{code}{nsn}")
        if (
            phonenumbers.is_valid_number(number)
            and phonenumbers.region_code_for_number(number) == region
        ):
            national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            groups = [g for g in "".join(c if c.isdigit() else " " for c in national).split()]
            return nsn, groups
    raise RuntimeError(f"no valid number drawn for {region}")


def write(rng: random.Random, region: str, nsn: str, groups: list[str]) -> tuple[str, str]:
    """One way of writing the number: (written, shape)."""
    code = PLANS[region][0]
    trunk = "".join(groups).startswith("0") or "".join(groups).startswith("8") and region == "UA"
    intl = phonenumbers.format_number(
        phonenumbers.parse(f"+{code}{nsn}"), phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    shape = rng.choice(["national", "national", "international", "e164", "paren", "dot", "intl00"])
    if shape == "national":
        sep = rng.choice([" ", " ", "-"])
        if len(groups) >= 2 and rng.random() < 0.5:
            return groups[0] + "-" + " ".join(groups[1:]), shape
        return sep.join(groups), shape
    if shape == "dot":
        return ".".join(groups), shape
    if shape == "paren":
        if trunk and len(groups) >= 2:
            return f"({groups[0]}) " + " ".join(groups[1:]), shape
        return f"+{code} ({groups[0]}) " + " ".join(groups[1:]), shape
    if shape == "international":
        return intl, shape
    if shape == "intl00":
        return ("011 " if region == "US" else "00") + intl[1:], shape
    return f"+{code}{nsn}", shape


# --- dates --------------------------------------------------------------------------------

MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "en": "January February March April May June July August September October November December",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
}
WEEKDAYS = {
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina",
}
SHORT_WEEKDAYS = {"sv": "mån tis ons tors fre lör sön", "fi": "ma ti ke to pe la su",
                  "en": "Mon Tue Wed Thu Fri Sat Sun", "no": "man. tir. ons. tor. fre. lør. søn.",
                  "da": "man. tirs. ons. tors. fre. lør. søn."}  # fmt: skip
ORDINAL_WORDS = {
    "sv": "första andra tredje fjärde femte sjätte sjunde åttonde nionde tionde",
    "en": "first second third fourth fifth sixth seventh eighth ninth tenth",
    "no": "første andre tredje fjerde femte sjette sjuende åttende niende tiende",
    "da": "første anden tredje fjerde femte sjette syvende ottende niende tiende",
    "fi": "ensimmäinen toinen kolmas neljäs viides kuudes seitsemäs kahdeksas yhdeksäs kymmenes",
}
FI_GENITIVE = "tammikuun helmikuun maaliskuun huhtikuun toukokuun kesäkuun heinäkuun elokuun "
FI_GENITIVE += "syyskuun lokakuun marraskuun joulukuun"

DATE_SHAPES = {
    "sv": ["iso", "slash-dm", "slash-dmy", "dot", "spelled", "spelled-noyear", "abbr",
           "weekday", "weekday-abbr", "ordinal-e", "ordinal-word", "range"],
    "en": ["iso", "us-slash", "uk-slash", "spelled", "month-first", "abbr", "weekday",
           "ordinal-th", "ordinal-word", "range"],
    "no": ["dot", "dot-short", "spelled", "spelled-noyear", "weekday", "iso", "range",
           "ordinal-word"],
    "da": ["dot", "slash-dash", "spelled", "weekday", "iso", "range", "ordinal-word",
           "weekday-abbr"],
    "fi": ["dot", "dot-short", "spelled", "weekday-abbr", "weekday-ess", "abbr", "iso", "range",
           "ordinal-word"],
}  # fmt: skip


def _en_ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }".replace(" ", "")


def date(rng: random.Random, lang: str, shape: str | None = None) -> tuple[str, str]:
    """(written, shape) of a day of 2025-2027 in one of `lang`'s ways (`shape`, or drawn)."""
    start = datetime.date(2025, 1, 1).toordinal()
    d = datetime.date.fromordinal(start + rng.randrange(3 * 365))
    shape = shape or rng.choice(DATE_SHAPES[lang])
    if shape == "ordinal-word":
        d = d.replace(day=rng.randrange(1, 11))
    if shape == "range":
        d = d.replace(day=min(d.day, 24))
    m = MONTHS[lang].split()[d.month - 1]
    wd = WEEKDAYS[lang].split()[d.weekday()]
    swd = SHORT_WEEKDAYS[lang].split()[d.weekday()]
    day, mon, yr = d.day, d.month, d.year
    end = day + rng.randrange(1, 4)
    ordw = ORDINAL_WORDS[lang].split()[min(day, 10) - 1]
    if shape == "iso":
        return d.isoformat(), shape
    if lang == "sv":
        table = {
            "slash-dm": f"{day}/{mon}",
            "slash-dmy": f"{day}/{mon} {yr}",
            "dot": f"{day}.{mon}.{yr}",
            "spelled": f"{day} {m} {yr}",
            "spelled-noyear": f"{day} {m}",
            "abbr": f"{day} {m[:3]}",
            "weekday": f"{wd} {day} {m}",
            "weekday-abbr": f"{swd} {day}/{mon}",
            "ordinal-e": f"{day}:{'a' if day % 10 in (1, 2) and day not in (11, 12) else 'e'} {m}",
            "ordinal-word": f"den {ordw} {m}",
            "range": f"{day}–{end} {m}",
        }
    elif lang == "en":
        table = {
            "us-slash": f"{mon:02d}/{day:02d}/{yr}",
            "uk-slash": f"{day:02d}/{mon:02d}/{yr}",
            "spelled": f"{day} {m} {yr}",
            "month-first": f"{m} {day}, {yr}",
            "abbr": f"{day} {m[:3]} {yr}",
            "weekday": f"{wd} {day} {m}",
            "ordinal-th": f"{_en_ordinal(day)} {m}",
            "ordinal-word": f"the {ordw} of {m}",
            "range": f"{day}–{end} {m}",
        }
    elif lang == "no":
        table = {
            "dot": f"{day:02d}.{mon:02d}.{yr}",
            "dot-short": f"{day}.{mon}.",
            "spelled": f"{day}. {m} {yr}",
            "spelled-noyear": f"{day}. {m}",
            "weekday": f"{wd} {day}. {m}",
            "range": f"{day}.–{end}. {m}",
            "ordinal-word": f"den {ordw} {m}",
        }
    elif lang == "da":
        table = {
            "dot": f"{day}.{mon}.{yr}",
            "slash-dash": f"{day}/{mon}-{yr}",
            "spelled": f"{day}. {m} {yr}",
            "weekday": f"{wd} den {day}. {m}",
            "weekday-abbr": f"{swd} {day}/{mon}",
            "range": f"{day}.–{end}. {m}",
            "ordinal-word": f"den {ordw} {m}",
        }
    else:
        table = {
            "dot": f"{day}.{mon}.{yr}",
            "dot-short": f"{day}.{mon}.",
            "spelled": f"{day}. {m} {yr}",
            "weekday-abbr": f"{swd} {day}.{mon}.",
            "weekday-ess": f"{wd} {day}.{mon}.{yr}",
            "abbr": f"{day}. {m[:6]}.",
            "range": f"{day}.–{end}.{mon}.",
            "ordinal-word": f"{FI_GENITIVE.split()[mon - 1]} {ordw} päivä",
        }
    return table[shape], shape
