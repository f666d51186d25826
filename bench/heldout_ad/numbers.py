"""Held-out AD's phone and identity numbers: check characters computed here, phone numbers
drawn from libphonenumber's example mobile number of each region with the last digits redrawn
and kept when libphonenumber calls them valid there."""

from __future__ import annotations

import random
from collections.abc import Callable

import phonenumbers
from phonenumbers import PhoneNumberFormat

# Regions of the study's families: Denmark first, its neighbours, and families who moved there.
PLANS = ("DK", "SE", "NO", "FI", "GB", "DE", "PL", "RO", "TR", "SO", "SY", "IQ", "AF", "UA",
         "LT", "PK")  # fmt: skip
WEIGHTS = (30, 8, 6, 5, 5, 4, 5, 3, 3, 3, 3, 3, 2, 3, 2, 2)


def _birth(rng: random.Random, first: int = 1940, last: int = 1999) -> tuple[int, int, int]:
    return rng.randint(first, last), rng.randint(1, 12), rng.randint(1, 28)


def _dk(rng: random.Random) -> tuple[str, str]:
    y, m, d = _birth(rng)
    serial = f"{rng.randint(0, 3)}{rng.randint(0, 999):03d}"
    core = f"{d:02d}{m:02d}{y % 100:02d}"
    shape = rng.choice(["dash", "dash", "plain", "space"])
    sep = {"dash": "-", "plain": "", "space": " "}[shape]
    return f"{core}{sep}{serial}", shape


def _luhn(digits: str) -> int:
    total = 0
    for i, c in enumerate(digits):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return (10 - total % 10) % 10


def _se(rng: random.Random) -> tuple[str, str]:
    y, m, d = _birth(rng)
    body = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    number = body + str(_luhn(body))
    shape = rng.choice(["short", "long", "plain", "long-plain"])
    if shape == "short":
        return f"{number[:6]}-{number[6:]}", shape
    if shape == "long":
        return f"{y // 100}{number[:6]}-{number[6:]}", shape
    if shape == "long-plain":
        return f"{y // 100}{number}", shape
    return number, shape


def _no(rng: random.Random) -> tuple[str, str]:
    while True:
        y, m, d = _birth(rng)
        digits = [int(c) for c in f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(0, 499):03d}"]
        k1 = 11 - sum(w * v for w, v in zip((3, 7, 6, 1, 8, 9, 4, 5, 2), digits, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        digits.append(k1)
        w2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        k2 = 11 - sum(w * v for w, v in zip(w2, digits, strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        number = "".join(map(str, digits)) + str(k2)
        if rng.random() < 0.4:
            return f"{number[:6]} {number[6:]}", "space"
        return number, "plain"


def _fi(rng: random.Random) -> tuple[str, str]:
    y, m, d = _birth(rng)
    serial = rng.randint(2, 899)
    value = int(f"{d:02d}{m:02d}{y % 100:02d}{serial:03d}")
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[value % 31]
    return f"{d:02d}{m:02d}{y % 100:02d}-{serial:03d}{check}", "dash"


def _is(rng: random.Random) -> tuple[str, str]:
    while True:
        y, m, d = _birth(rng)
        body = f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(20, 99):02d}"
        s = sum(w * int(c) for w, c in zip((3, 2, 7, 6, 5, 4, 3, 2), body, strict=True))
        check = 11 - s % 11
        check = 0 if check == 11 else check
        if check == 10:
            continue
        number = f"{body}{check}9"
        if rng.random() < 0.5:
            return f"{number[:6]}-{number[6:]}", "dash"
        return number, "plain"


def _pl(rng: random.Random) -> tuple[str, str]:
    y, m, d = _birth(rng)
    body = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 9999):04d}"
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(w * int(c) for w, c in zip(weights, body, strict=True)) % 10) % 10
    return f"{body}{check}", "plain"


def _ro(rng: random.Random) -> tuple[str, str]:
    y, m, d = _birth(rng)
    body = f"{rng.choice('12')}{y % 100:02d}{m:02d}{d:02d}{rng.randint(1, 40):02d}"
    body += f"{rng.randint(1, 999):03d}"
    s = sum(int(w) * int(c) for w, c in zip("279146358279", body, strict=True)) % 11
    return f"{body}{1 if s == 10 else s}", "plain"


def _baltic(rng: random.Random) -> str:
    y, m, d = _birth(rng)
    body = f"{rng.choice('34')}{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    digits = [int(c) for c in body]
    check = sum(w * v for w, v in zip((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), digits, strict=True)) % 11
    if check == 10:
        check = sum(w * v for w, v in zip((3, 4, 5, 6, 7, 8, 9, 1, 2, 3), digits, strict=True))
        check = check % 11 % 10
    return f"{body}{check}"


def _ee(rng: random.Random) -> tuple[str, str]:
    return _baltic(rng), "plain"


def _lt(rng: random.Random) -> tuple[str, str]:
    return _baltic(rng), "plain"


def _nl(rng: random.Random) -> tuple[str, str]:
    while True:
        body = f"{rng.randint(1, 9)}{rng.randint(0, 9_999_999):07d}"
        s = sum(w * int(c) for w, c in zip(range(9, 1, -1), body, strict=True)) % 11
        if s == 10:
            continue
        number = f"{body}{s}"
        if rng.random() < 0.3:
            return f"{number[:4]}.{number[4:6]}.{number[6:]}", "dots"
        return number, "plain"


# country: (builder, python-stdnum module that checks it)
BUILDERS: dict[str, tuple[Callable[[random.Random], tuple[str, str]], str]] = {
    "dk": (_dk, "dk.cpr"),
    "se": (_se, "se.personnummer"),
    "no": (_no, "no.fodselsnummer"),
    "fi": (_fi, "fi.hetu"),
    "is": (_is, "is_.kennitala"),
    "pl": (_pl, "pl.pesel"),
    "ro": (_ro, "ro.cnp"),
    "ee": (_ee, "ee.ik"),
    "lt": (_lt, "lt.asmens"),
    "nl": (_nl, "nl.bsn"),
}
ID_WEIGHTS = (40, 10, 6, 7, 4, 8, 6, 5, 6, 8)


def draw(rng: random.Random, region: str) -> tuple[str, list[str]]:
    """A valid mobile number of `region`: its national significant number and the groups of
    its national format."""
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = phonenumbers.national_significant_number(example)
    while True:
        tail = rng.randint(4, min(6, len(nsn) - 2))
        candidate = nsn[:-tail] + "".join(str(rng.randint(0, 9)) for _ in range(tail))
        number = phonenumbers.parse("+" + str(example.country_code) + candidate)
        if phonenumbers.is_valid_number(number) and (
            phonenumbers.region_code_for_number(number) == region
        ):
            national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
            return candidate, national.replace("(", "").replace(")", "").split()


def _reads_back(written: str, region: str, nsn: str) -> bool:
    try:
        number = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(number)
        and phonenumbers.region_code_for_number(number) == region
        and phonenumbers.national_significant_number(number) == nsn
    )


def write(rng: random.Random, region: str, nsn: str, groups: list[str]) -> tuple[str, str]:
    """The number written in one of six shapes; a shape that does not read back as the same
    number falls back to the national one, then the international one."""
    code = str(phonenumbers.country_code_for_region(region))
    national = " ".join(groups)
    trunk = national[0] == "0"
    inner = national.lstrip("0").strip() if trunk else national
    if region == "DK":
        pairs = " ".join(nsn[i : i + 2] for i in range(0, len(nsn), 2))
        national = rng.choice([pairs, pairs, nsn, f"{nsn[:4]} {nsn[4:]}"])
        inner = pairs
    shape = rng.choices(["national", "international", "e164", "00", "paren", "dot"],
                        [30, 25, 12, 12, 8, 13])[0]  # fmt: skip
    if shape == "paren" and not trunk:
        shape = "international"
    candidates = {
        "national": national,
        "international": f"+{code} {inner}",
        "e164": f"+{code}{nsn}",
        "00": f"00{code} {inner}",
        "paren": f"+{code} (0){inner}",
        "dot": national.replace(" ", ".") if " " in national else f"+{code}.{inner}",
    }
    for option in (shape, "national", "international"):
        if _reads_back(candidates[option], region, nsn):
            return candidates[option], option
    return f"+{code}{nsn}", "e164"


def e164(written: str, region: str) -> str:
    return phonenumbers.format_number(phonenumbers.parse(written, region), PhoneNumberFormat.E164)
