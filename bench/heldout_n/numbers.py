"""Phone numbers from national numbering plans and identity numbers from their published rules,
written for held-out N (never libphonenumber's example numbers; phonenumbers and python-stdnum
only check them, in tests/test_bench_heldout_n.py)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

# region: (country code, national prefix, leading digits, national significant length,
#          national grouping, international grouping), as each national plan reads
PLANS: dict[str, tuple[str, str, tuple[str, ...], int, tuple[int, ...], tuple[int, ...]]] = {
    "SE": ("46", "0", ("70", "72", "73", "76", "79"), 9, (3, 3, 2, 2), (2, 3, 2, 2)),
    "NO": (
        "47",
        "",
        ("41", "45", "46", "48", "90", "92", "93", "95", "97", "98"),
        8,
        (3, 2, 3),
        (3, 2, 3),
    ),
    "DK": (
        "45",
        "",
        ("20", "21", "22", "26", "28", "30", "31", "40", "42", "50", "60", "61"),
        8,
        (2, 2, 2, 2),
        (2, 2, 2, 2),
    ),
    "FI": ("358", "0", ("40", "41", "44", "45", "50"), 9, (3, 3, 4), (2, 3, 4)),
    "GB": ("44", "0", ("74", "75", "77", "78", "79"), 10, (5, 6), (4, 6)),
    "US": (
        "1",
        "",
        ("212", "312", "415", "617", "206", "303", "404", "512"),
        10,
        (3, 3, 4),
        (3, 3, 4),
    ),
    "DE": ("49", "0", ("151", "152", "160", "170", "171", "175"), 11, (4, 8), (3, 8)),
    "PL": (
        "48",
        "",
        ("50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"),
        9,
        (3, 3, 3),
        (3, 3, 3),
    ),
    "FR": (
        "33",
        "0",
        ("61", "62", "63", "64", "65", "66", "67", "68", "77", "78"),
        9,
        (2, 2, 2, 2, 2),
        (1, 2, 2, 2, 2),
    ),
    "NL": ("31", "0", ("61", "62", "63", "64", "65"), 9, (2, 8), (1, 8)),
    "IQ": ("964", "0", ("770", "771", "780", "781", "750"), 10, (4, 3, 4), (3, 3, 4)),
    "TR": (
        "90",
        "0",
        ("530", "532", "533", "535", "542", "505", "555"),
        10,
        (4, 3, 2, 2),
        (3, 3, 2, 2),
    ),
    "IR": ("98", "0", ("912", "913", "919", "935", "936", "901"), 10, (4, 3, 4), (3, 3, 4)),
    "BA": ("387", "0", ("61", "62", "63", "65"), 8, (3, 3, 3), (2, 3, 3)),
    "UA": (
        "380",
        "0",
        ("50", "66", "67", "68", "96", "97", "98", "63", "73", "93"),
        9,
        (3, 3, 2, 2),
        (2, 3, 2, 2),
    ),
    "SY": ("963", "0", ("93", "94", "95", "96", "98", "99"), 9, (4, 3, 3), (3, 3, 3)),
}


def draw(rng: random.Random, region: str) -> tuple[str, tuple[int, ...]]:
    """A national significant number of the region's mobile (or US geographic) plan, drawn
    again until phonenumbers calls it valid (it only checks; the digits are drawn here)."""
    import phonenumbers

    while True:
        nsn, groups = _draw(rng, region)
        parsed = phonenumbers.parse(e164(region, nsn))
        if (
            phonenumbers.is_valid_number(parsed)
            and phonenumbers.region_code_for_number(parsed) == region
        ):
            return nsn, groups


def _draw(rng: random.Random, region: str) -> tuple[str, tuple[int, ...]]:
    _cc, _prefix, leads, length, _national, _intl = PLANS[region]
    lead = rng.choice(leads)
    rest = "".join(rng.choice("0123456789") for _ in range(length - len(lead)))
    if region == "US":  # exchange: 2-9, never N11, never 555
        rest = str(rng.randint(2, 9)) + rest[1:]
        if rest[1:3] == "11" or rest[:3] == "555":
            rest = "6" + rest[1:]
            rest = rest[:1] + "4" + rest[2:]
    return lead + rest, PLANS[region][4]


def _group(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    out, at = [], 0
    for size in sizes:
        out.append(digits[at : at + size])
        at += size
    if at < len(digits):
        out[-1] += digits[at:]
    return sep.join(p for p in out if p)


def write(rng: random.Random, region: str, nsn: str, groups: tuple[int, ...]) -> tuple[str, str]:
    """The number as someone would write it, and the shape's name."""
    cc, prefix, _leads, _length, national, intl = PLANS[region]
    roll = rng.random()
    if region == "US" and roll < 0.6:
        if rng.random() < 0.5:
            return f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}", "paren"
        return f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}", "dot"
    if region == "FR" and roll < 0.3:
        return _group(prefix + nsn, national, "."), "dot"
    if roll < 0.5:
        sep = rng.choice([" ", " ", "-"]) if region not in ("SE", "NL", "GB") else " "
        written = _group(prefix + nsn, national, sep)
        if region == "SE" and rng.random() < 0.5:
            written = f"{prefix}{nsn[:2]}-{_group(nsn[2:], (3, 2, 2), ' ')}"
        if region == "NL" and rng.random() < 0.5:
            written = f"06-{nsn[1:]}"
        return written, "national"
    if roll < 0.8:
        return f"+{cc} {_group(nsn, intl, ' ')}", "international"
    if roll < 0.9 and region != "US":
        return f"00{cc} {_group(nsn, intl, ' ')}", "international-00"
    return f"+{cc}{nsn}", "e164"


def e164(region: str, nsn: str) -> str:
    return f"+{PLANS[region][0]}{nsn}"


# --- identity numbers ----------------------------------------------------------------------


def _birth(rng: random.Random, first: int = 1940, last: int = 2008) -> date:
    return date(first, 1, 1) + timedelta(
        days=rng.randrange((date(last, 12, 31) - date(first, 1, 1)).days)
    )


def _luhn(digits: str) -> int:
    total = 0
    for i, d in enumerate(int(c) for c in digits):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def swedish(rng: random.Random) -> tuple[str, str]:
    born = _birth(rng)
    body = born.strftime("%y%m%d") + f"{rng.randrange(1000):03d}"
    number = body + str(_luhn(body))
    shape = rng.choice(["short", "short", "long", "compact"])
    if shape == "short":
        return f"{number[:6]}-{number[6:]}", shape
    if shape == "long":
        return f"{born.year // 100}{number[:6]}-{number[6:]}", shape
    return number, shape


def norwegian(rng: random.Random) -> tuple[str, str]:
    while True:
        born = _birth(rng, 1940, 1999)
        body = born.strftime("%d%m%y") + f"{rng.randrange(0, 500):03d}"
        w1, w2 = (3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        k1 = 11 - sum(int(a) * b for a, b in zip(body, w1, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(int(a) * b for a, b in zip(body + str(k1), w2, strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        number = body + str(k1) + str(k2)
        return (
            (number, "compact") if rng.random() < 0.6 else (f"{number[:6]} {number[6:]}", "spaced")
        )


def danish(rng: random.Random) -> tuple[str, str]:
    born = _birth(rng, 1940, 1999)
    number = born.strftime("%d%m%y") + f"{rng.randrange(0, 4000):04d}"
    return (f"{number[:6]}-{number[6:]}", "dashed") if rng.random() < 0.7 else (number, "compact")


def finnish(rng: random.Random) -> tuple[str, str]:
    born = _birth(rng)
    sign = "-" if born.year < 2000 else "A"
    serial = f"{rng.randrange(2, 900):03d}"
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(born.strftime("%d%m%y") + serial) % 31]
    return born.strftime("%d%m%y") + sign + serial + check, "hetu"


def polish(rng: random.Random) -> tuple[str, str]:
    born = _birth(rng)
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{rng.randrange(10000):04d}"
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(int(a) * b for a, b in zip(body, weights, strict=True)) % 10) % 10
    return body + str(check), "pesel"


def dutch(rng: random.Random) -> tuple[str, str]:
    while True:
        body = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(7))
        total = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True))
        check = total % 11
        if check < 10:
            return body + str(check), "bsn"


def american(rng: random.Random) -> tuple[str, str]:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}", "ssn"


def spanish(rng: random.Random) -> tuple[str, str]:
    body = rng.randint(10_000_000, 99_999_999)
    return f"{body}{'TRWAGMYFPDXBNJZSQVHLCKE'[body % 23]}", "dni"


def british_nhs(rng: random.Random) -> tuple[str, str]:
    while True:
        body = "".join(rng.choice("0123456789") for _ in range(9))
        check = 11 - sum(int(d) * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            number = body + str(check)
            return f"{number[:3]} {number[3:6]} {number[6:]}", "nhs"


# country: (builder, python-stdnum module that checks it)
BUILDERS: dict[str, tuple[Callable[[random.Random], tuple[str, str]], str]] = {
    "SE": (swedish, "se.personnummer"),
    "NO": (norwegian, "no.fodselsnummer"),
    "DK": (danish, "dk.cpr"),
    "FI": (finnish, "fi.hetu"),
    "PL": (polish, "pl.pesel"),
    "NL": (dutch, "nl.bsn"),
    "US": (american, "us.ssn"),
    "ES": (spanish, "es.dni"),
    "GB": (british_nhs, "gb.nhs"),
}
