"""Phone numbers of twelve countries and identity numbers of eight, built for held-out Q from
this writer's reading of each country's numbering plan and each identity number's published
check-digit rule (not from any library's examples). phonenumbers only confirms a drawn number
is valid (`draw` draws again when it is not); python-stdnum checks the identity numbers in the
test."""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable

import phonenumbers

# region: (country code, trunk prefix, [(leading digits, digits after them, grouping)])
PLANS: dict[str, tuple[str, str, list[tuple[str, int, tuple[int, ...]]]]] = {
    "SE": (
        "46",
        "0",
        [
            ("70", 7, (2, 3, 2, 2)),
            ("72", 7, (2, 3, 2, 2)),
            ("73", 7, (2, 3, 2, 2)),
            ("76", 7, (2, 3, 2, 2)),
            ("31", 7, (2, 3, 2, 2)),
            ("8", 8, (1, 3, 3, 2)),
        ],
    ),
    "NO": ("47", "", [("4", 7, (3, 2, 3)), ("9", 7, (2, 2, 2, 2)), ("22", 6, (2, 2, 2, 2))]),
    "DK": (
        "45",
        "",
        [
            ("2", 7, (2, 2, 2, 2)),
            ("3", 7, (2, 2, 2, 2)),
            ("4", 7, (2, 2, 2, 2)),
            ("6", 7, (2, 2, 2, 2)),
        ],
    ),
    "FI": (
        "358",
        "0",
        [("40", 7, (2, 3, 4)), ("50", 7, (2, 3, 4)), ("44", 7, (2, 3, 4)), ("9", 7, (1, 3, 4))],
    ),
    "DE": (
        "49",
        "0",
        [
            ("151", 8, (3, 8)),
            ("160", 7, (3, 7)),
            ("171", 7, (3, 7)),
            ("176", 8, (3, 8)),
            ("30", 8, (2, 8)),
        ],
    ),
    "GB": ("44", "0", [("7", 9, (4, 6)), ("20", 8, (2, 4, 4)), ("161", 7, (3, 3, 4))]),
    "US": (
        "1",
        "",
        [
            ("212", 7, (3, 3, 4)),
            ("312", 7, (3, 3, 4)),
            ("415", 7, (3, 3, 4)),
            ("617", 7, (3, 3, 4)),
            ("206", 7, (3, 3, 4)),
            ("512", 7, (3, 3, 4)),
        ],
    ),
    "FR": (
        "33",
        "0",
        [("6", 8, (1, 2, 2, 2, 2)), ("7", 8, (1, 2, 2, 2, 2)), ("1", 8, (1, 2, 2, 2, 2))],
    ),
    "PL": ("48", "", [("5", 8, (3, 3, 3)), ("6", 8, (3, 3, 3)), ("7", 8, (3, 3, 3))]),
    "NL": ("31", "0", [("6", 8, (1, 8)), ("20", 7, (2, 7))]),
    "ES": ("34", "", [("6", 8, (3, 2, 2, 2)), ("91", 7, (2, 3, 2, 2))]),
    "EE": ("372", "", [("5", 7, (4, 4))]),
}


def _valid(region: str, nsn: str) -> bool:
    try:
        parsed = phonenumbers.parse("+" + PLANS[region][0] + nsn)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(parsed)
        and phonenumbers.region_code_for_number(parsed) == region
    )


def draw(rng: random.Random, region: str) -> tuple[str, tuple[int, ...]]:
    """A national significant number of `region` and how it is grouped when written."""
    for _ in range(200):
        lead, rest, groups = rng.choice(PLANS[region][2])
        first = str(rng.randint(2, 9)) if region == "US" else str(rng.randint(0, 9))
        nsn = lead + first + "".join(str(rng.randint(0, 9)) for _ in range(rest - 1))
        if region == "US" and nsn[3:6] == "555":
            continue
        if _valid(region, nsn):
            return nsn, groups
    raise RuntimeError(region)


def _grouped(digits: str, groups: tuple[int, ...], sep: str = " ") -> str:
    out, i = [], 0
    for g in groups:
        out.append(digits[i : i + g])
        i += g
    if i < len(digits):
        out[-1] += digits[i:]
    return sep.join(x for x in out if x)


def write(rng: random.Random, region: str, nsn: str, groups: tuple[int, ...]) -> tuple[str, str]:
    """The number written one of the ways people write it: (text, shape)."""
    cc, trunk, _ = PLANS[region]
    shapes = ["national", "international", "e164"] + ([] if region == "US" else ["intl00"])
    if region in ("US", "GB"):
        shapes.append("paren")
    if region in ("US", "FR"):
        shapes.append("dot")
    shape = rng.choice(shapes)
    if shape == "e164":
        return f"+{cc}{nsn}", shape
    if shape == "international":
        return f"+{cc} {_grouped(nsn, groups)}", shape
    if shape == "intl00":
        return f"00{cc} {_grouped(nsn, groups)}", shape
    if shape == "paren":
        if region == "US":
            return f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}", shape
        return f"+44 (0){_grouped(nsn, groups)}", shape
    if shape == "dot":
        if region == "US":
            return f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}", shape
        return _grouped(trunk + nsn, (2, 2, 2, 2, 2), "."), shape
    national = trunk + nsn
    if region == "SE" and rng.random() < 0.5:
        head = len(trunk) + groups[0]
        return f"{national[:head]}-{_grouped(national[head:], groups[1:])}", shape
    if region == "US":
        return f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", shape
    first = (groups[0] + len(trunk),) + groups[1:]
    return _grouped(national, first), shape


# --- identity numbers ------------------------------------------------------------------------


def _birth(rng: random.Random, lo: int = 1940, hi: int = 1999) -> datetime.date:
    return datetime.date(rng.randint(lo, hi), 1, 1) + datetime.timedelta(days=rng.randint(0, 364))


def _luhn_digit(digits: str) -> int:
    total = 0
    for i, c in enumerate(digits):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def se(rng: random.Random) -> tuple[str, str]:
    b = _birth(rng)
    core = b.strftime("%y%m%d") + f"{rng.randint(0, 999):03d}"
    full = core + str(_luhn_digit(core))
    shape = rng.choice(["short", "long", "nodash"])
    if shape == "long":
        return f"{b.year // 100}{full[:6]}-{full[6:]}", shape
    if shape == "nodash":
        return full, shape
    return f"{full[:6]}-{full[6:]}", shape


def no(rng: random.Random) -> tuple[str, str]:
    while True:
        b = _birth(rng)
        base = b.strftime("%d%m%y") + f"{rng.randint(0, 499):03d}"
        w1, w2 = (3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        k1 = 11 - sum(int(a) * w for a, w in zip(base, w1, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(int(a) * w for a, w in zip(base + str(k1), w2, strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        number = base + str(k1) + str(k2)
        return (number, "plain") if rng.random() < 0.6 else (f"{number[:6]} {number[6:]}", "spaced")


def dk(rng: random.Random) -> tuple[str, str]:
    b = _birth(rng, 1940, 1999)
    seq = f"{rng.randint(0, 3)}{rng.randint(0, 999):03d}"
    number = b.strftime("%d%m%y") + seq
    return (f"{number[:6]}-{number[6:]}", "dashed") if rng.random() < 0.7 else (number, "plain")


def fi(rng: random.Random) -> tuple[str, str]:
    b = _birth(rng, 1940, 2012)
    sign = "-" if b.year < 2000 else "A"
    ind = f"{rng.randint(2, 899):03d}"
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(b.strftime("%d%m%y") + ind) % 31]
    return b.strftime("%d%m%y") + sign + ind + check, "plain"


def pl(rng: random.Random) -> tuple[str, str]:
    b = _birth(rng)
    base = b.strftime("%y%m%d") + f"{rng.randint(0, 9999):04d}"
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(int(a) * w for a, w in zip(base, weights, strict=True)) % 10) % 10
    return base + str(check), "plain"


def ee(rng: random.Random) -> tuple[str, str]:
    b = _birth(rng)
    base = str(rng.choice((3, 4))) + b.strftime("%y%m%d") + f"{rng.randint(0, 999):03d}"
    w1, w2 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 1), (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)
    r = sum(int(a) * w for a, w in zip(base, w1, strict=True)) % 11
    if r == 10:
        r = sum(int(a) * w for a, w in zip(base, w2, strict=True)) % 11
        r = 0 if r == 10 else r
    return base + str(r), "plain"


def is_(rng: random.Random) -> tuple[str, str]:
    while True:
        b = _birth(rng)
        base = b.strftime("%d%m%y") + f"{rng.randint(20, 99):02d}"
        weights = (3, 2, 7, 6, 5, 4, 3, 2)
        c = 11 - sum(int(a) * w for a, w in zip(base, weights, strict=True)) % 11
        c = 0 if c == 11 else c
        if c == 10:
            continue
        number = base + str(c) + "9"
        return (f"{number[:6]}-{number[6:]}", "dashed") if rng.random() < 0.6 else (number, "plain")


def nl(rng: random.Random) -> tuple[str, str]:
    while True:
        base = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        total = sum(int(a) * w for a, w in zip(base, range(9, 1, -1), strict=True))
        last = total % 11
        if last <= 9:
            return base + str(last), "plain"


BUILDERS: dict[str, tuple[Callable[[random.Random], tuple[str, str]], str]] = {
    "se": (se, "se.personnummer"),
    "no": (no, "no.fodselsnummer"),
    "dk": (dk, "dk.cpr"),
    "fi": (fi, "fi.hetu"),
    "pl": (pl, "pl.pesel"),
    "ee": (ee, "ee.ik"),
    "is": (is_, "is_.kennitala"),
    "nl": (nl, "nl.bsn"),
}
