"""Held-out AC's identity and phone numbers. Identity numbers of ten countries with their
check characters computed here (the test checks them with python-stdnum); phone numbers of
sixteen regions drawn from libphonenumber's example number (its last digits redrawn, kept when
libphonenumber calls the result valid for the region) and written in six shapes."""

from __future__ import annotations

import random
from collections.abc import Callable

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType


def _birth(rng: random.Random, first: int = 1942, last: int = 1999) -> tuple[int, int, int]:
    year = rng.randint(first, last)
    month = rng.randint(1, 12)
    return year, month, rng.randint(1, 28)


def _no(rng: random.Random) -> tuple[str, str]:
    while True:
        y, m, d = _birth(rng)
        body = f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(0, 499):03d}"
        digits = [int(c) for c in body]
        k1 = 11 - sum(a * b for a, b in zip((3, 7, 6, 1, 8, 9, 4, 5, 2), digits, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        digits.append(k1)
        k2 = (
            11
            - sum(a * b for a, b in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), digits, strict=True)) % 11
        )
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        number = body + f"{k1}{k2}"
        if rng.random() < 0.3:
            return f"{number[:6]} {number[6:]}", "spaced"
        return number, "plain"


def _luhn(digits: str) -> int:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def _se(rng: random.Random) -> tuple[str, str]:
    y, m, d = _birth(rng)
    body = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    c = _luhn(body)
    shape = rng.choice(("short", "long", "long-plain", "short-plain"))
    if shape == "short":
        return f"{body[:6]}-{body[6:]}{c}", shape
    if shape == "long":
        return f"{y // 100}{body[:6]}-{body[6:]}{c}", shape
    if shape == "long-plain":
        return f"{y // 100}{body}{c}", shape
    return f"{body}{c}", shape


def _dk(rng: random.Random) -> tuple[str, str]:
    y, m, d = _birth(rng)
    serial = f"{rng.randint(0, 3)}{rng.randint(0, 999):03d}"
    number = f"{d:02d}{m:02d}{y % 100:02d}"
    if rng.random() < 0.7:
        return f"{number}-{serial}", "dashed"
    return number + serial, "plain"


_HETU = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _fi(rng: random.Random) -> tuple[str, str]:
    y, m, d = _birth(rng)
    serial = rng.randint(2, 899)
    head = f"{d:02d}{m:02d}{y % 100:02d}"
    return f"{head}-{serial:03d}{_HETU[int(head + f'{serial:03d}') % 31]}", "plain"


def _pl(rng: random.Random) -> tuple[str, str]:
    y, m, d = _birth(rng)
    body = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 9999):04d}"
    s = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=True))
    return body + str((10 - s % 10) % 10), "plain"


def _baltic(rng: random.Random) -> str:
    y, m, d = _birth(rng)
    while True:
        body = f"{rng.choice((3, 4))}{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
        digits = [int(c) for c in body]
        c = sum(a * b for a, b in zip((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), digits, strict=True)) % 11
        if c == 10:
            c = sum(a * b for a, b in zip((3, 4, 5, 6, 7, 8, 9, 1, 2, 3), digits, strict=True)) % 11
            c = 0 if c == 10 else c
        return body + str(c)


def _ee(rng: random.Random) -> tuple[str, str]:
    return _baltic(rng), "plain"


def _lt(rng: random.Random) -> tuple[str, str]:
    return _baltic(rng), "plain"


def _gb(rng: random.Random) -> tuple[str, str]:
    while True:
        body = f"{rng.randint(400, 799)}{rng.randint(0, 999999):06d}"
        c = 11 - sum(int(x) * w for x, w in zip(body, range(10, 1, -1), strict=True)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            number = body + str(c)
            return f"{number[:3]} {number[3:6]} {number[6:]}", "spaced"


def _nl(rng: random.Random) -> tuple[str, str]:
    while True:
        body = f"{rng.randint(1, 9)}{rng.randint(0, 9999999):07d}"
        last = sum(int(x) * w for x, w in zip(body, range(9, 1, -1), strict=True)) % 11
        if last != 10:
            return body + str(last), "plain"


def _is(rng: random.Random) -> tuple[str, str]:
    while True:
        y, m, d = _birth(rng)
        body = f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(20, 99):02d}"
        c = 11 - sum(int(x) * w for x, w in zip(body, (3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            return f"{body[:6]}-{body[6:]}{c}9", "dashed"


BUILDERS: dict[str, tuple[Callable[[random.Random], tuple[str, str]], str]] = {
    "no": (_no, "no.fodselsnummer"),
    "se": (_se, "se.personnummer"),
    "dk": (_dk, "dk.cpr"),
    "fi": (_fi, "fi.hetu"),
    "pl": (_pl, "pl.pesel"),
    "ee": (_ee, "ee.ik"),
    "lt": (_lt, "lt.asmens"),
    "gb": (_gb, "gb.nhs"),
    "nl": (_nl, "nl.bsn"),
    "is": (_is, "is_.kennitala"),
}

# regions and how often a note names one (Norway most)
PLANS = {"NO": 40, "SE": 10, "DK": 8, "FI": 6, "GB": 5, "DE": 4, "PL": 5, "LT": 4, "SO": 3,
         "ER": 2, "SY": 3, "IR": 3, "VN": 2, "PH": 2, "LK": 2, "IQ": 3}  # fmt: skip


def draw(rng: random.Random, region: str) -> tuple[str, list[str]]:
    """A valid national significant number of `region` and its national groups."""
    example = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    nsn = phonenumbers.national_significant_number(example)
    for _ in range(200):
        k = min(len(nsn) - 2, rng.randint(4, 6))
        tail = "".join(str(rng.randint(0, 9)) for _ in range(k))
        candidate = nsn[: len(nsn) - k] + tail
        parsed = phonenumbers.parse("+" + str(example.country_code) + candidate)
        if (phonenumbers.is_valid_number(parsed)
                and phonenumbers.region_code_for_number(parsed) == region):  # fmt: skip
            national = phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL)
            return candidate, national.replace("(", "").replace(")", "").replace("-", " ").split()
    return nsn, phonenumbers.format_number(example, PhoneNumberFormat.NATIONAL).split()


def _reads_back(written: str, region: str, e164: str) -> bool:
    try:
        parsed = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return False
    return (phonenumbers.is_valid_number(parsed)
            and phonenumbers.format_number(parsed, PhoneNumberFormat.E164) == e164)  # fmt: skip


def e164(region: str, nsn: str) -> str:
    return f"+{phonenumbers.country_code_for_region(region)}{nsn}"


def write(rng: random.Random, region: str, nsn: str, groups: list[str]) -> tuple[str, str]:
    """`nsn` written in one of six shapes; a shape that does not read back falls back."""
    code = phonenumbers.country_code_for_region(region)
    target = e164(region, nsn)
    parsed = phonenumbers.parse(target)
    intl = phonenumbers.format_number(parsed, PhoneNumberFormat.INTERNATIONAL)
    trunk = groups[0].startswith("0")
    bare = [*groups]
    if trunk:
        bare[0] = bare[0][1:] or bare[0]
    shapes = {
        "national": " ".join(groups),
        "international": intl,
        "e164": target,
        "00": "00" + intl[1:],
        "paren": f"+{code} (0){' '.join(bare)}" if trunk else intl,
        "dot": ".".join(groups),
    }
    if region == "NO":  # Norwegians write 8 digits in pairs or 3-2-3
        digits = nsn
        shapes["national"] = rng.choice((f"{digits[:3]} {digits[3:5]} {digits[5:]}",
                                         " ".join(digits[i:i + 2] for i in range(0, 8, 2)),
                                         digits))  # fmt: skip
        shapes["dot"] = ".".join(digits[i : i + 2] for i in range(0, 8, 2))
    shape = rng.choice(tuple(shapes))
    if shape == "paren" and not trunk:
        shape = "international"
    written = shapes[shape]
    if not _reads_back(written, region, target):
        shape, written = "national", shapes["national"]
        if not _reads_back(written, region, target):
            shape, written = "international", intl
    return written, shape
