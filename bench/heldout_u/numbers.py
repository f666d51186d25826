"""Held-out U's phone numbers and identity numbers, written here from the numbering plans and
the published check rules (libphonenumber's metadata says which drawn phone numbers are valid;
python-stdnum checks the identity numbers in the test only)."""

from __future__ import annotations

import random
from collections.abc import Callable

import phonenumbers

# --- identity numbers ----------------------------------------------------------------------


def _date(rng: random.Random, first: int = 1950, last: int = 1999) -> tuple[int, int, int]:
    return rng.randint(first, last), rng.randint(1, 12), rng.randint(1, 28)


def _luhn(digits: str) -> int:
    total = 0
    for i, c in enumerate(digits):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def se(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    body = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    number = body + str(_luhn(body))
    shape = rng.choice(("dash", "twelve-dash", "plain", "twelve"))
    if shape == "dash":
        return f"{number[:6]}-{number[6:]}", shape
    if shape == "twelve-dash":
        return f"{y // 100}{number[:6]}-{number[6:]}", shape
    if shape == "twelve":
        return f"{y // 100}{number}", shape
    return number, shape


def no(rng: random.Random) -> tuple[str, str]:
    while True:
        y, m, d = _date(rng)
        base = f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(0, 499):03d}"
        w1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
        k1 = 11 - sum(int(a) * b for a, b in zip(base, w1, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        base += str(k1)
        w2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        k2 = 11 - sum(int(a) * b for a, b in zip(base, w2, strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        number = base + str(k2)
        if rng.random() < 0.5:
            return f"{number[:6]} {number[6:]}", "spaced"
        return number, "plain"


def dk(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    number = f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(0, 3)}{rng.randint(0, 999):03d}"
    if rng.random() < 0.6:
        return f"{number[:6]}-{number[6:]}", "dash"
    return number, "plain"


def fi(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng, 1950, 2012)
    individual = rng.randint(2, 899)
    head = f"{d:02d}{m:02d}{y % 100:02d}"
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{head}{individual:03d}") % 31]
    sign = "-" if y < 2000 else "A"
    return f"{head}{sign}{individual:03d}{check}", "dash" if sign == "-" else "a"


def pl(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    body = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 9999):04d}"
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(int(a) * b for a, b in zip(body, weights, strict=True)) % 10) % 10
    return body + str(check), "plain"


def _baltic(body: str) -> str:
    w1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 1)
    c = sum(int(a) * b for a, b in zip(body, w1, strict=True)) % 11
    if c == 10:
        w2 = (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)
        c = sum(int(a) * b for a, b in zip(body, w2, strict=True)) % 11
        c = 0 if c == 10 else c
    return body + str(c)


def ee(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    return _baltic(
        f"{rng.choice('34')}{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    ), "plain"


def lt(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    return _baltic(
        f"{rng.choice('34')}{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    ), "plain"


def is_(rng: random.Random) -> tuple[str, str]:
    while True:
        y, m, d = _date(rng)
        body = f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(20, 99):02d}"
        weights = (3, 2, 7, 6, 5, 4, 3, 2)
        c = 11 - sum(int(a) * b for a, b in zip(body, weights, strict=True)) % 11
        c = 0 if c == 11 else c
        if c == 10:
            continue
        number = f"{body}{c}9"
        if rng.random() < 0.5:
            return f"{number[:6]}-{number[6:]}", "dash"
        return number, "plain"


def nl(rng: random.Random) -> tuple[str, str]:
    while True:
        body = f"{rng.randint(1, 9)}{rng.randint(0, 9999999):07d}"
        total = sum(int(a) * b for a, b in zip(body, range(9, 1, -1), strict=True))
        c = total % 11
        if c == 10:
            continue
        number = body + str(c)
        if rng.random() < 0.4:
            return f"{number[:4]}.{number[4:6]}.{number[6:]}", "dotted"
        return number, "plain"


def gb(rng: random.Random) -> tuple[str, str]:
    while True:
        body = f"{rng.randint(400, 799)}{rng.randint(0, 999999):06d}"
        c = 11 - sum(int(a) * b for a, b in zip(body, range(10, 1, -1), strict=True)) % 11
        c = 0 if c == 11 else c
        if c == 10:
            continue
        number = body + str(c)
        if rng.random() < 0.6:
            return f"{number[:3]} {number[3:6]} {number[6:]}", "spaced"
        return number, "plain"


# country: (builder, python-stdnum module)
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
# The identity numbers a note of each language mostly carries, and the others'.
ID_COUNTRIES = {
    "sv": ("se", "se", "se", "fi", "pl", "ee", "lt", "nl"),
    "no": ("no", "no", "no", "se", "is", "pl", "lt"),
    "da": ("dk", "dk", "dk", "is", "nl", "pl", "se"),
    "fi": ("fi", "fi", "fi", "ee", "se", "lt"),
    "en": ("gb", "gb", "gb", "nl", "pl", "ee", "is"),
}
ID_CUES = {
    "se": ("Personnr:", "pnr", "personnummer", "P-nr"),
    "no": ("Fødselsnr.:", "fnr.", "fødselsnummer"),
    "dk": ("CPR:", "cpr-nr.", "CPR-nummer"),
    "fi": ("Henkilötunnus:", "hetu", "HETU"),
    "pl": ("PESEL:", "PESEL nr"),
    "ee": ("isikukood:", "Isikukood"),
    "lt": ("asmens kodas:", "AK"),
    "is": ("kennitala:", "kt."),
    "nl": ("BSN:", "BSN-nummer"),
    "gb": ("NHS number:", "NHS no."),
}

# --- phone numbers -------------------------------------------------------------------------

# region: (national significant number lengths, leading digits) drawn until libphonenumber
# calls the number valid for that region.
PLANS: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    "SE": ((9,), ("70", "72", "73", "76", "79", "8", "31", "40", "18", "90")),
    "NO": ((8,), ("4", "9", "2", "5", "7")),
    "DK": ((8,), ("2", "3", "4", "5", "6", "7", "8")),
    "FI": ((9, 10), ("40", "41", "44", "45", "50", "9", "2", "3")),
    "GB": ((10,), ("7", "20", "161", "121", "113", "131")),
    "PL": ((9,), ("5", "6", "7", "8", "22", "12")),
    "DE": ((10, 11), ("151", "160", "170", "171", "30", "40", "89")),
    "TR": ((10,), ("5", "212", "312")),
    "SO": ((8, 9), ("61", "62", "65", "90")),
    "IQ": ((10,), ("75", "77", "78", "79")),
    "SY": ((9,), ("9", "11")),
    "UA": ((9,), ("50", "63", "66", "67", "68", "93", "44")),
    "IR": ((10,), ("91", "93", "21")),
    "US": ((10,), ("2", "3", "4", "6", "7", "8")),
}
REGIONS = {
    "sv": ("SE", "SE", "SE", "SE", "FI", "SO", "IQ", "PL", "DE", "SY"),
    "no": ("NO", "NO", "NO", "NO", "SE", "PL", "SO", "UA", "GB"),
    "da": ("DK", "DK", "DK", "DK", "SE", "TR", "IR", "DE", "NO"),
    "fi": ("FI", "FI", "FI", "FI", "SE", "UA", "SO", "IQ", "DE"),
    "en": ("GB", "GB", "GB", "GB", "US", "PL", "IR", "TR", "SY"),
}
PHONE_CUES = {
    "sv": ("Tel:", "Mobil:", "ring", "nås på", "nummer:"),
    "no": ("Tlf.:", "Mobil:", "ring", "nummeret er"),
    "da": ("Tlf.:", "Mobil:", "ring på", "nummer:"),
    "fi": ("Puh.", "puh:", "numero:", "soita"),
    "en": ("Tel:", "Mobile:", "call", "rang from"),
}


def draw(rng: random.Random, region: str) -> tuple[str, list[str]]:
    """A valid national significant number of `region` and its national groups."""
    lengths, leads = PLANS[region]
    code = phonenumbers.country_code_for_region(region)
    for _ in range(2000):
        lead = rng.choice(leads)
        length = rng.choice(lengths)
        nsn = lead + "".join(str(rng.randint(0, 9)) for _ in range(length - len(lead)))
        parsed = phonenumbers.PhoneNumber(country_code=code, national_number=int(nsn))
        if phonenumbers.is_valid_number(parsed) and (
            phonenumbers.region_code_for_number(parsed) == region
        ):
            national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
            groups = [
                g for g in national.replace("(", "").replace(")", "").replace("-", " ").split() if g
            ]
            return nsn, groups
    raise RuntimeError(region)


SHAPES = ("national", "international", "e164", "paren", "dot", "zerozero", "dash")


def write(rng: random.Random, region: str, nsn: str, groups: list[str]) -> tuple[str, str]:
    """The number written one way a person writes it, and that way's name."""
    code = phonenumbers.country_code_for_region(region)
    parsed = phonenumbers.PhoneNumber(country_code=code, national_number=int(nsn))
    shape = rng.choice(SHAPES)
    if shape == "national":
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL), shape
    if shape == "international":
        written = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return written, shape
    if shape == "e164":
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164), shape
    if shape == "zerozero":
        prefix = "011" if region == "US" else "00"
        return f"{prefix}{code} " + " ".join(_intl_groups(parsed)), shape
    if shape == "paren" and len(groups) >= 2:
        return f"({groups[0]}) " + " ".join(groups[1:]), shape
    if shape == "dot" and len(groups) >= 2:
        return ".".join(groups), "dot"
    if len(groups) >= 2:
        return f"{groups[0]}-{''.join(groups[1:])}", "dash"
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL), "national"


def _intl_groups(parsed: phonenumbers.PhoneNumber) -> list[str]:
    written = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return written.split()[1:]


def e164(region: str, nsn: str) -> str:
    code = phonenumbers.country_code_for_region(region)
    return f"+{code}{nsn}"
