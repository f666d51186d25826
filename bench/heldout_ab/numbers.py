"""Held-out AB's phone and identity numbers: phone numbers drawn around libphonenumber's own
example numbers and kept when it calls them valid for their region; identity numbers of ten
countries built with their check characters here (checked by python-stdnum in the test)."""

from __future__ import annotations

import random

import phonenumbers
from phonenumbers import PhoneNumberFormat as F

PLANS = (
    "SE",
    "FI",
    "NO",
    "DK",
    "GB",
    "DE",
    "PL",
    "EE",
    "IS",
    "BA",
    "TR",
    "IR",
    "SO",
    "IQ",
    "AF",
    "TH",
    "UA",
    "LV",
)
SHAPES = ("national", "international", "e164", "zerozero", "paren", "dot")


def draw(rng: random.Random, region: str) -> tuple[str, list[str]]:
    """A valid national significant number of `region` and its national digit groups."""
    kind = rng.choice(
        (phonenumbers.PhoneNumberType.MOBILE,) * 3 + (phonenumbers.PhoneNumberType.FIXED_LINE,)
    )
    example = phonenumbers.example_number_for_type(region, kind) or (
        phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    )
    nsn = phonenumbers.national_significant_number(example)
    while True:
        keep = max(2, len(nsn) - rng.choice((4, 5, 6)))
        candidate = nsn[:keep] + "".join(str(rng.randrange(10)) for _ in nsn[keep:])
        number = phonenumbers.parse("+" + str(example.country_code) + candidate)
        if (
            phonenumbers.is_valid_number(number)
            and phonenumbers.region_code_for_number(number) == region
        ):
            national = phonenumbers.format_number(number, F.NATIONAL)
            groups = [g for g in "".join(c if c.isdigit() else " " for c in national).split()]
            return candidate, groups


def _reads_back(written: str, region: str, e164: str) -> bool:
    try:
        parsed = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(parsed) and phonenumbers.format_number(parsed, F.E164) == e164
    )


def write(rng: random.Random, region: str, nsn: str, groups: list[str]) -> tuple[str, str]:
    """The number written one of six ways; a way that does not read back falls back."""
    number = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn)
    e164 = phonenumbers.format_number(number, F.E164)
    international = phonenumbers.format_number(number, F.INTERNATIONAL)
    national = phonenumbers.format_number(number, F.NATIONAL)
    cc = str(number.country_code)
    shape = rng.choice(SHAPES)
    written = {
        "national": national,
        "international": international,
        "e164": e164,
        "zerozero": "00" + international[1:],
        "paren": international.replace(f"+{cc} ", f"+{cc} (0)", 1),
        "dot": ".".join(groups),
    }[shape]
    if not _reads_back(written, region, e164):
        return national, "national"
    return written, shape


def e164(region: str, nsn: str) -> str:
    number = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn)
    return phonenumbers.format_number(number, F.E164)


# --- identity numbers -----------------------------------------------------------------------


def _date(rng: random.Random, first: int = 1940, last: int = 1999) -> tuple[int, int, int]:
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
    full = body + str(_luhn(body))
    shape = rng.choice(("short-dash", "long", "long-dash", "packed"))
    cent = str(y // 100)
    return {
        "short-dash": f"{full[:6]}-{full[6:]}",
        "long": cent + full,
        "long-dash": f"{cent}{full[:6]}-{full[6:]}",
        "packed": full,
    }[shape], shape


def fi(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng, 1940, 2010)
    sign = "-" if y < 2000 else "A"
    ind = rng.randint(2, 899)
    base = f"{d:02d}{m:02d}{y % 100:02d}{ind:03d}"
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(base) % 31]
    return f"{base[:6]}{sign}{base[6:]}{check}", "hetu"


def no(rng: random.Random) -> tuple[str, str]:
    while True:
        y, m, d = _date(rng)
        digits = [int(c) for c in f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(0, 499):03d}"]
        k1 = 11 - sum(w * x for w, x in zip((3, 7, 6, 1, 8, 9, 4, 5, 2), digits, strict=False)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        digits.append(k1)
        k2 = (
            11
            - sum(w * x for w, x in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), digits, strict=False)) % 11
        )
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        s = "".join(map(str, digits)) + str(k2)
        return (s, "packed") if rng.random() < 0.6 else (f"{s[:6]} {s[6:]}", "spaced")


def dk(rng: random.Random) -> tuple[str, str]:
    while True:
        y, m, d = _date(rng)
        first = f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(0, 3)}{rng.randint(0, 99):02d}"
        weights = (4, 3, 2, 7, 6, 5, 4, 3, 2)
        rest = 11 - sum(w * int(c) for w, c in zip(weights, first, strict=False)) % 11
        if rest == 10:
            continue
        s = first + str(0 if rest == 11 else rest)
        return (f"{s[:6]}-{s[6:]}", "dash") if rng.random() < 0.7 else (s, "packed")


def _baltic(rng: random.Random) -> str:
    y, m, d = _date(rng)
    body = f"{rng.choice((3, 4))}{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    c = sum(w * int(x) for w, x in zip((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), body, strict=False)) % 11
    if c == 10:
        c = sum(w * int(x) for w, x in zip((3, 4, 5, 6, 7, 8, 9, 1, 2, 3), body, strict=False)) % 11
        c = 0 if c == 10 else c
    return body + str(c)


def ee(rng: random.Random) -> tuple[str, str]:
    return _baltic(rng), "isikukood"


def lt(rng: random.Random) -> tuple[str, str]:
    return _baltic(rng), "asmens-kodas"


def pl(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    body = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 9999):04d}"
    c = (
        10
        - sum(w * int(x) for w, x in zip((1, 3, 7, 9, 1, 3, 7, 9, 1, 3), body, strict=False)) % 10
    ) % 10
    return body + str(c), "pesel"


def is_(rng: random.Random) -> tuple[str, str]:
    while True:
        y, m, d = _date(rng)
        body = f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(20, 99):02d}"
        c = 11 - sum(w * int(x) for w, x in zip((3, 2, 7, 6, 5, 4, 3, 2), body, strict=False)) % 11
        if c == 10:
            continue
        s = body + str(0 if c == 11 else c) + "9"
        return f"{s[:6]}-{s[6:]}", "kennitala"


def nl(rng: random.Random) -> tuple[str, str]:
    while True:
        body = str(rng.randint(10_000_000, 99_999_999))
        c = sum(w * int(x) for w, x in zip((9, 8, 7, 6, 5, 4, 3, 2), body, strict=False)) % 11
        if c == 10:
            continue
        s = body + str(c)
        return (f"{s[:4]}.{s[4:6]}.{s[6:]}", "dotted") if rng.random() < 0.5 else (s, "packed")


def gb(rng: random.Random) -> tuple[str, str]:
    while True:
        body = str(rng.randint(400_000_000, 799_999_999))
        c = 11 - sum(w * int(x) for w, x in zip(range(10, 1, -1), body, strict=False)) % 11
        if c == 10:
            continue
        s = body + str(0 if c == 11 else c)
        return f"{s[:3]} {s[3:6]} {s[6:]}", "nhs"


def tr(rng: random.Random) -> tuple[str, str]:
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d)), "tckimlik"


BUILDERS = {
    "se": (se, "se.personnummer"),
    "fi": (fi, "fi.hetu"),
    "no": (no, "no.fodselsnummer"),
    "dk": (dk, "dk.cpr"),
    "ee": (ee, "ee.ik"),
    "lt": (lt, "lt.asmens"),
    "pl": (pl, "pl.pesel"),
    "is": (is_, "is_.kennitala"),
    "nl": (nl, "nl.bsn"),
    "gb": (gb, "gb.nhs"),
    "tr": (tr, "tr.tckimlik"),
}
