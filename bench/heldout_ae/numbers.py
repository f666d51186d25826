"""Held-out AE's phone and identity numbers. Phone numbers: libphonenumber's example mobile
number of a region with its last digits redrawn, kept when libphonenumber calls it valid there,
written in a shape drawn here. Identity numbers of ten countries, check characters computed
here (the test proves them valid with python-stdnum)."""

from __future__ import annotations

import datetime as dt
import random

import phonenumbers
from phonenumbers import PhoneNumberFormat

# region: weight (Denmark most: the study is Danish)
PLANS = {
    "DK": 34, "SE": 7, "NO": 6, "FI": 5, "GB": 7, "DE": 4, "PL": 4, "UA": 3, "SY": 3,
    "SO": 3, "TR": 3, "PK": 2, "VN": 2, "IR": 2, "BA": 2, "ER": 2, "LK": 2, "IS": 2, "NL": 3,
    "ES": 2,
}  # fmt: skip


def draw(rng: random.Random, region: str) -> tuple[str, list[int]]:
    """A valid national significant number of `region` and the group lengths libphonenumber
    writes it in."""
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    base = str(example.national_number)
    for _ in range(200):
        k = rng.randint(3, min(6, len(base) - 2))
        nsn = base[:-k] + "".join(rng.choice("0123456789") for _ in range(k))
        n = phonenumbers.parse("+" + str(example.country_code) + nsn)
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
            intl = phonenumbers.format_number(n, PhoneNumberFormat.INTERNATIONAL)
            groups = [len(g) for g in intl.split(" ")[1:]]
            return nsn, groups
    raise RuntimeError(region)


def _e164(region: str, nsn: str) -> str:
    return f"+{phonenumbers.country_code_for_region(region)}{nsn}"


def _reads_back(written: str, region: str, nsn: str) -> bool:
    try:
        n = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(n)
        and phonenumbers.region_code_for_number(n) == region
        and phonenumbers.format_number(n, PhoneNumberFormat.E164) == _e164(region, nsn)
    )


def write(rng: random.Random, region: str, nsn: str, groups: list[int]) -> tuple[str, str]:
    """`nsn` written as people write it: national, international, E.164, "00", the trunk zero
    in brackets, or dots; a shape that does not read back falls back."""
    n = phonenumbers.parse(_e164(region, nsn))
    national = phonenumbers.format_number(n, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(n, PhoneNumberFormat.INTERNATIONAL)
    cc = str(n.country_code)
    shape = rng.choices(
        ["national", "international", "e164", "00", "paren", "dot"], [28, 22, 12, 12, 14, 12]
    )[0]
    if region == "DK" and shape == "national":
        shape = rng.choice(["national", "national-pairs", "national-plain", "national-4"])
    if shape == "national":
        written = national
    elif shape == "national-pairs":
        written = " ".join(nsn[i : i + 2] for i in range(0, 8, 2))
    elif shape == "national-plain":
        written = nsn
    elif shape == "national-4":
        written = nsn[:4] + " " + nsn[4:]
    elif shape == "international":
        written = intl
    elif shape == "e164":
        written = _e164(region, nsn)
    elif shape == "00":
        written = "00" + intl[1:]
    elif shape == "paren":
        if national.startswith("0"):
            written = f"+{cc} (0)" + intl[len(cc) + 2 :]
        else:
            written, shape = intl, "international"
    else:  # dots between the groups of the international form
        written = f"+{cc}." + ".".join(intl.split(" ")[1:])
    if not _reads_back(written, region, nsn):
        written, shape = intl, "international"
    return written, shape.split("-")[0] if shape.startswith("national") else shape


# --- identity numbers ---------------------------------------------------------------------


def _birth(rng: random.Random, lo: int = 1948, hi: int = 2012) -> dt.date:
    return dt.date(rng.randint(lo, hi), 1, 1) + dt.timedelta(days=rng.randint(0, 364))


def _dk(rng: random.Random) -> tuple[str, str]:
    d = _birth(rng, 1950, 1999)
    # seventh digit 0-3 gives 1900-1999
    serial = f"{rng.randint(0, 3)}{rng.randint(0, 999):03d}"
    body = d.strftime("%d%m%y") + serial
    shape = rng.choice(["dash", "plain", "space"])
    sep = {"dash": "-", "plain": "", "space": " "}[shape]
    return body[:6] + sep + body[6:], shape


def _luhn_digit(digits: str) -> int:
    total = 0
    for i, c in enumerate(reversed(digits)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return (10 - total % 10) % 10


def _se(rng: random.Random) -> tuple[str, str]:
    d = _birth(rng)
    serial = f"{rng.randint(0, 999):03d}"
    short = d.strftime("%y%m%d") + serial
    check = _luhn_digit(short)
    shape = rng.choice(["dash", "long-dash", "plain", "long"])
    yy = d.strftime("%Y")
    if shape == "dash":
        return f"{short[:6]}-{short[6:]}{check}", shape
    if shape == "long-dash":
        return f"{yy[:2]}{short[:6]}-{short[6:]}{check}", shape
    if shape == "plain":
        return f"{short}{check}", shape
    return f"{yy[:2]}{short}{check}", shape


def _no(rng: random.Random) -> tuple[str, str]:
    while True:
        d = _birth(rng, 1950, 1999)
        individual = f"{rng.randint(0, 499):03d}"
        digits = [int(c) for c in d.strftime("%d%m%y") + individual]
        k1 = 11 - sum(w * x for w, x in zip([3, 7, 6, 1, 8, 9, 4, 5, 2], digits, strict=False)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        digits.append(k1)
        k2 = (
            11
            - sum(w * x for w, x in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], digits, strict=False)) % 11
        )
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        number = "".join(map(str, digits)) + str(k2)
        if rng.random() < 0.3:
            return number[:6] + " " + number[6:], "space"
        return number, "plain"


def _fi(rng: random.Random) -> tuple[str, str]:
    d = _birth(rng)
    sign = "-" if d.year < 2000 else "A"
    individual = f"{rng.randint(2, 899):03d}"
    number = int(d.strftime("%d%m%y") + individual)
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[number % 31]
    return f"{d.strftime('%d%m%y')}{sign}{individual}{check}", "century-" + (
        "dash" if sign == "-" else "a"
    )


def _is(rng: random.Random) -> tuple[str, str]:
    while True:
        d = _birth(rng, 1950, 1999)
        body = d.strftime("%d%m%y") + f"{rng.randint(20, 99):02d}"
        s = sum(w * int(c) for w, c in zip([3, 2, 7, 6, 5, 4, 3, 2], body, strict=False))
        k = (11 - s % 11) % 11
        if k == 10:
            continue
        number = body + str(k) + "9"
        if rng.random() < 0.5:
            return number[:6] + "-" + number[6:], "dash"
        return number, "plain"


def _pl(rng: random.Random) -> tuple[str, str]:
    d = _birth(rng, 1950, 2012)
    month = d.month + (20 if d.year >= 2000 else 0)
    body = f"{d.year % 100:02d}{month:02d}{d.day:02d}{rng.randint(0, 9999):04d}"
    s = sum(w * int(c) for w, c in zip([1, 3, 7, 9, 1, 3, 7, 9, 1, 3], body, strict=False))
    return body + str((10 - s % 10) % 10), "plain"


def _baltic_check(body: str) -> int:
    s = sum(w * int(c) for w, c in zip([1, 2, 3, 4, 5, 6, 7, 8, 9, 1], body, strict=False)) % 11
    if s == 10:
        s = sum(w * int(c) for w, c in zip([3, 4, 5, 6, 7, 8, 9, 1, 2, 3], body, strict=False)) % 11
        if s == 10:
            s = 0
    return s


def _ee(rng: random.Random) -> tuple[str, str]:
    d = _birth(rng, 1950, 2012)
    first = (3 if d.year < 2000 else 5) + rng.randint(0, 1)
    body = f"{first}{d.strftime('%y%m%d')}{rng.randint(0, 999):03d}"
    return body + str(_baltic_check(body)), "plain"


def _lt(rng: random.Random) -> tuple[str, str]:
    number, _ = _ee(rng)
    return number, "plain"


def _nl(rng: random.Random) -> tuple[str, str]:
    while True:
        body = f"{rng.randint(1, 9)}" + "".join(str(rng.randint(0, 9)) for _ in range(7))
        s = sum(w * int(c) for w, c in zip(range(9, 1, -1), body, strict=False))
        k = s % 11
        if k == 10:
            continue
        number = body + str(k)
        if rng.random() < 0.4:
            return f"{number[:4]}.{number[4:6]}.{number[6:]}", "dotted"
        return number, "plain"


def _es(rng: random.Random) -> tuple[str, str]:
    n = rng.randint(10_000_000, 99_999_999)
    letter = "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]
    if rng.random() < 0.4:
        return f"{n}-{letter}", "dash"
    return f"{n}{letter}", "plain"


# country: (builder, python-stdnum module that validates it)
BUILDERS = {
    "dk": (_dk, "dk.cpr"),
    "se": (_se, "se.personnummer"),
    "no": (_no, "no.fodselsnummer"),
    "fi": (_fi, "fi.hetu"),
    "is": (_is, "is_.kennitala"),
    "pl": (_pl, "pl.pesel"),
    "ee": (_ee, "ee.ik"),
    "lt": (_lt, "lt.asmens"),
    "nl": (_nl, "nl.bsn"),
    "es": (_es, "es.dni"),
}
COUNTRY_WEIGHTS = {"dk": 34, "se": 9, "no": 8, "fi": 8, "is": 7, "pl": 7, "ee": 7, "lt": 7,
                   "nl": 7, "es": 7}  # fmt: skip
