"""Phone and identity numbers for held-out AA, built here (no list copied).

Phone numbers: a mobile or fixed-line number drawn for a region by keeping the first digits of
libphonenumber's own example number of that type and drawing the rest, kept when libphonenumber
calls it valid there; then written in one of six shapes. Identity numbers: built with their
check characters here; the test checks each with python-stdnum.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

# region -> (number types tried, how many leading digits of the example are kept)
PLANS: dict[str, tuple[tuple[int, ...], int]] = {
    "SE": ((PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE), 2),
    "NO": ((PhoneNumberType.MOBILE,), 1),
    "DK": ((PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE), 1),
    "FI": ((PhoneNumberType.MOBILE,), 2),
    "GB": ((PhoneNumberType.MOBILE,), 3),
    "DE": ((PhoneNumberType.MOBILE,), 3),
    "PL": ((PhoneNumberType.MOBILE,), 2),
    "EE": ((PhoneNumberType.MOBILE,), 1),
    "LT": ((PhoneNumberType.MOBILE,), 2),
    "IS": ((PhoneNumberType.MOBILE,), 1),
    "NL": ((PhoneNumberType.MOBILE,), 2),
    "ES": ((PhoneNumberType.MOBILE,), 1),
    "UA": ((PhoneNumberType.MOBILE,), 2),
    "TR": ((PhoneNumberType.MOBILE,), 2),
    "SO": ((PhoneNumberType.MOBILE,), 2),
    "ER": ((PhoneNumberType.MOBILE,), 1),
    "IQ": ((PhoneNumberType.MOBILE,), 2),
    "SY": ((PhoneNumberType.MOBILE,), 2),
    "AF": ((PhoneNumberType.MOBILE,), 2),
    "IR": ((PhoneNumberType.MOBILE,), 2),
}

SHAPES = ("national", "international", "e164", "paren", "dot", "double-zero")


def draw(rng: random.Random, region: str) -> tuple[str, list[int]]:
    """A valid national significant number for `region` and its national digit groups."""
    types, keep = PLANS[region]
    kind = rng.choice(types)
    example = phonenumbers.example_number_for_type(region, kind)
    nsn = phonenumbers.national_significant_number(example)
    cc = example.country_code
    for _ in range(200):
        digits = nsn[:keep] + "".join(str(rng.randrange(10)) for _ in range(len(nsn) - keep))
        number = phonenumbers.parse(f"+{cc}{digits}", region)
        if (
            phonenumbers.is_valid_number(number)
            and phonenumbers.region_code_for_number(number) == region
        ):
            national = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
            groups = [len(g) for g in national.split(" ")[1:]]
            return digits, groups
    raise RuntimeError(region)  # pragma: no cover


def _e164(region: str, nsn: str) -> str:
    return f"+{phonenumbers.country_code_for_region(region)}{nsn}"


def _grouped(nsn: str, groups: list[int], sep: str) -> str:
    out, at = [], 0
    for g in groups:
        out.append(nsn[at : at + g])
        at += g
    if at < len(nsn):
        out.append(nsn[at:])
    return sep.join(p for p in out if p)


def write(rng: random.Random, region: str, nsn: str, groups: list[int]) -> tuple[str, str]:
    """`nsn` written as people in and out of `region` write it; a shape that does not read
    back as the same number falls back to the national one."""
    number = phonenumbers.parse(_e164(region, nsn), region)
    cc = number.country_code
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    shape = rng.choice(SHAPES)
    trunk = national.lstrip("+")[0] == "0" and national[0] == "0"
    if shape == "international":
        written = f"+{cc} {_grouped(nsn, groups, ' ')}"
    elif shape == "e164":
        written = _e164(region, nsn)
    elif shape == "paren" and trunk:
        written = f"+{cc} (0){_grouped(nsn, groups, ' ')}"
    elif shape == "dot":
        written = (
            (("0" if trunk else "") + _grouped(nsn, groups, "."))
            if trunk
            else (f"+{cc}." + _grouped(nsn, groups, "."))
        )
    elif shape == "double-zero":
        written = f"00{cc} {_grouped(nsn, groups, ' ')}"
    else:
        shape, written = "national", national
    try:
        back = phonenumbers.parse(written, region)
        same = phonenumbers.format_number(back, PhoneNumberFormat.E164) == _e164(region, nsn)
    except phonenumbers.NumberParseException:
        same = False
    if not same or not phonenumbers.is_valid_number(back):
        return national, "national"
    return written, shape


def e164(region: str, nsn: str) -> str:
    return _e164(region, nsn)


# --- identity numbers ---------------------------------------------------------------------


def _date(rng: random.Random, lo: int = 1940, hi: int = 2008) -> tuple[int, int, int]:
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def _luhn_digit(digits: str) -> int:
    total = 0
    for i, c in enumerate(digits):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return (10 - total % 10) % 10


def se(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    serial = f"{rng.randrange(1000):03d}"
    body = f"{y % 100:02d}{m:02d}{d:02d}{serial}"
    check = _luhn_digit(body)
    shape = rng.choice(("short", "long", "packed", "short", "long-dash"))
    if shape == "short":
        return f"{body[:6]}-{serial}{check}", shape
    if shape == "long":
        return f"{y}{m:02d}{d:02d}{serial}{check}", shape
    if shape == "long-dash":
        return f"{y}{m:02d}{d:02d}-{serial}{check}", shape
    return f"{body}{check}", shape


def no(rng: random.Random) -> tuple[str, str]:
    w1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
    w2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    while True:
        y, m, d = _date(rng, 1940, 1999)
        ind = rng.randint(0, 499)
        base = f"{d:02d}{m:02d}{y % 100:02d}{ind:03d}"
        k1 = 11 - sum(int(a) * b for a, b in zip(base, w1, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(int(a) * b for a, b in zip(base + str(k1), w2, strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        number = base + f"{k1}{k2}"
        return (
            (number, "packed") if rng.random() < 0.6 else (f"{number[:6]} {number[6:]}", "spaced")
        )


def dk(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng, 1940, 1999)
    serial = rng.randint(0, 3999)
    number = f"{d:02d}{m:02d}{y % 100:02d}{serial:04d}"
    return (f"{number[:6]}-{number[6:]}", "dash") if rng.random() < 0.7 else (number, "packed")


def fi(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng, 1940, 2008)
    century = "-" if y < 2000 else "A"
    serial = rng.randint(2, 899)
    value = int(f"{d:02d}{m:02d}{y % 100:02d}{serial:03d}")
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[value % 31]
    return f"{d:02d}{m:02d}{y % 100:02d}{century}{serial:03d}{check}", "standard"


def pl(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng, 1940, 2008)
    month = m + (20 if y >= 2000 else 0)
    base = f"{y % 100:02d}{month:02d}{d:02d}{rng.randrange(10000):04d}"
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(int(a) * b for a, b in zip(base, weights, strict=True)) % 10) % 10
    return base + str(check), "packed"


def _ee_lt_check(base: str) -> int:
    w1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 1)
    w2 = (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)
    c = sum(int(a) * b for a, b in zip(base, w1, strict=True)) % 11
    if c == 10:
        c = sum(int(a) * b for a, b in zip(base, w2, strict=True)) % 11
        if c == 10:
            c = 0
    return c


def ee(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng, 1940, 2008)
    first = (3 if y < 2000 else 5) + rng.randint(0, 1)
    base = f"{first}{y % 100:02d}{m:02d}{d:02d}{rng.randrange(1000):03d}"
    return base + str(_ee_lt_check(base)), "packed"


def lt(rng: random.Random) -> tuple[str, str]:
    return ee(rng)


def is_(rng: random.Random) -> tuple[str, str]:
    weights = (3, 2, 7, 6, 5, 4, 3, 2)
    while True:
        y, m, d = _date(rng, 1940, 1999)
        base = f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(20, 99):02d}"
        c = 11 - sum(int(a) * b for a, b in zip(base, weights, strict=True)) % 11
        c = 0 if c == 11 else c
        if c == 10:
            continue
        number = f"{base}{c}9"
        return (f"{number[:6]}-{number[6:]}", "dash") if rng.random() < 0.6 else (number, "packed")


def nl(rng: random.Random) -> tuple[str, str]:
    while True:
        digits = [rng.randrange(10) for _ in range(8)]
        if digits[0] == 0:
            continue
        s = sum(v * w for v, w in zip(digits, range(9, 1, -1), strict=True))
        last = s % 11
        if last == 10:
            continue
        number = "".join(map(str, digits)) + str(last)
        return number, "packed"


def es(rng: random.Random) -> tuple[str, str]:
    n = rng.randrange(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}", "standard"


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
    "es": (es, "es.dni"),
}
