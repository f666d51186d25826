"""Phone numbers of twelve countries from this writer's reading of their numbering plans, and
identity numbers of eight countries from their published check-digit rules. The test checks
every one with phonenumbers (validity only) and python-stdnum; neither builds anything here."""

from __future__ import annotations

import random
from collections.abc import Callable

# --- phone numbers ----------------------------------------------------------------------------
# region: (country code, trunk prefix, [(leading digits, digits after them, grouping), ...])
# grouping splits the national significant number (nsn) for writing.
PLANS: dict[str, tuple[str, str, list[tuple[str, int, tuple[int, ...]]]]] = {
    "SE": (
        "46",
        "0",
        [
            ("70", 7, (2, 3, 2, 2)),
            ("73", 7, (2, 3, 2, 2)),
            ("76", 7, (2, 3, 2, 2)),
            ("8", 7, (1, 3, 2, 2)),
            ("31", 6, (2, 2, 2, 2)),
            ("40", 6, (2, 2, 2, 2)),
        ],
    ),
    "NO": (
        "47",
        "",
        [
            ("41", 6, (3, 2, 3)),
            ("47", 6, (3, 2, 3)),
            ("90", 6, (3, 2, 3)),
            ("98", 6, (3, 2, 3)),
            ("22", 6, (2, 2, 2, 2)),
        ],
    ),
    "DK": (
        "45",
        "",
        [
            ("20", 6, (2, 2, 2, 2)),
            ("26", 6, (2, 2, 2, 2)),
            ("31", 6, (2, 2, 2, 2)),
            ("40", 6, (2, 2, 2, 2)),
            ("60", 6, (2, 2, 2, 2)),
        ],
    ),
    "FI": ("358", "0", [("40", 7, (2, 3, 4)), ("50", 7, (2, 3, 4)), ("9", 7, (1, 4, 3))]),
    "DE": ("49", "0", [("151", 8, (3, 8)), ("170", 7, (3, 7)), ("30", 8, (2, 8))]),
    "GB": (
        "44",
        "0",
        [
            ("7412", 6, (4, 6)),
            ("7766", 6, (4, 6)),
            ("7890", 6, (4, 6)),
            ("207", 7, (2, 4, 4)),
            ("208", 7, (2, 4, 4)),
        ],
    ),
    "US": (
        "1",
        "",
        [
            ("212", 7, (3, 3, 4)),
            ("415", 7, (3, 3, 4)),
            ("617", 7, (3, 3, 4)),
            ("337", 7, (3, 3, 4)),
        ],
    ),
    "PL": ("48", "", [("50", 7, (3, 3, 3)), ("60", 7, (3, 3, 3)), ("69", 7, (3, 3, 3))]),
    "NL": ("31", "0", [("61", 7, (1, 8)), ("64", 7, (1, 8)), ("20", 7, (2, 3, 4))]),
    "FR": (
        "33",
        "0",
        [
            ("61", 7, (1, 2, 2, 2, 2)),
            ("66", 7, (1, 2, 2, 2, 2)),
            ("76", 7, (1, 2, 2, 2, 2)),
            ("4", 8, (1, 2, 2, 2, 2)),
        ],
    ),
    "ES": ("34", "", [("6", 8, (3, 2, 2, 2)), ("91", 7, (3, 3, 3))]),
    "EE": ("372", "", [("5", 7, (4, 4)), ("6", 6, (3, 4))]),
}
REGIONS = tuple(PLANS)


def draw(rng: random.Random, region: str) -> tuple[str, tuple[int, ...]]:
    """A national significant number of `region` and how its digits are grouped."""
    _cc, _trunk, ranges = PLANS[region]
    lead, rest, groups = rng.choice(ranges)
    digits = "".join(str(rng.randrange(10)) for _ in range(rest))
    if region == "US":
        digits = str(rng.randrange(2, 10)) + digits[1:]
        if digits[1:3] == "11" or digits[:3] == "555":
            digits = digits[0] + "34" + digits[3:]
    if region in ("SE", "NO", "DK", "GB", "FI", "DE", "PL", "ES", "EE", "NL", "FR"):
        digits = str(rng.randrange(2, 9)) + digits[1:]  # no leading 0, 1 or 9 after the range
    return lead + digits, groups


def _split(text: str, groups: tuple[int, ...]) -> list[str]:
    out, i = [], 0
    for g in groups:
        out.append(text[i : i + g])
        i += g
    if i < len(text):
        out[-1] += text[i:]
    return [p for p in out if p]


def write(rng: random.Random, region: str, nsn: str, groups: tuple[int, ...]) -> tuple[str, str]:
    """How the number is written, and the shape's name (national, international, e164, 00,
    paren, dot)."""
    cc, trunk, _ = PLANS[region]
    parts = _split(nsn, groups)
    shapes = ("national", "national", "international", "e164", "00", "paren", "dot")
    shape = rng.choice(shapes[:4] + shapes[5:] if region == "US" else shapes)
    if shape == "national":
        if region in ("SE", "FI", "NL", "DE") and len(parts) > 2:
            return f"{trunk}{parts[0]}-{' '.join(parts[1:])}", shape
        if region == "US":
            return f"{parts[0]}-{parts[1]}-{parts[2]}", shape
        return f"{trunk}{parts[0]} {' '.join(parts[1:])}".strip(), shape
    if shape == "international":
        return f"+{cc} {' '.join(parts)}", shape
    if shape == "e164":
        return f"+{cc}{nsn}", shape
    if shape == "00":
        return f"00{cc} {' '.join(parts)}", shape
    if shape == "paren":
        if region == "US":
            return f"({parts[0]}) {parts[1]}-{parts[2]}", shape
        if trunk:
            return f"+{cc} ({trunk}){' '.join(parts)}", shape
        return f"(+{cc}) {' '.join(parts)}", shape
    return f"{trunk}{'.'.join(parts)}", "dot"


def e164(region: str, nsn: str) -> str:
    return f"+{PLANS[region][0]}{nsn}"


# --- identity numbers ---------------------------------------------------------------------------


def _date(rng: random.Random, first: int = 1940, last: int = 2012) -> tuple[int, int, int]:
    return rng.randrange(first, last), rng.randrange(1, 13), rng.randrange(1, 29)


def _luhn(digits: str) -> str:
    total = 0
    for i, d in enumerate(digits):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def se_personnummer(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    body = f"{y % 100:02d}{m:02d}{d:02d}{rng.randrange(1000):03d}"
    check = _luhn(body)
    shape = rng.choice(("short", "long", "nodash"))
    if shape == "short":
        return f"{body[:6]}-{body[6:]}{check}", shape
    if shape == "long":
        return f"{y}{body[2:6]}-{body[6:]}{check}", shape
    return f"{body}{check}", shape


def no_fodselsnummer(rng: random.Random) -> tuple[str, str]:
    while True:
        y, m, d = _date(rng, 1940, 2000)
        individual = rng.randrange(0, 500)
        base = f"{d:02d}{m:02d}{y % 100:02d}{individual:03d}"
        w1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
        k1 = 11 - sum(int(a) * b for a, b in zip(base, w1, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        w2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        k2 = 11 - sum(int(a) * b for a, b in zip(base + str(k1), w2, strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        number = f"{base}{k1}{k2}"
        return (number, "plain") if rng.random() < 0.6 else (f"{number[:6]} {number[6:]}", "spaced")


def dk_cpr(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng, 1940, 2000)
    seq = rng.randrange(0, 4000)  # 0-3999: born 1900-1999 for any year digits
    number = f"{d:02d}{m:02d}{y % 100:02d}-{seq:04d}"
    return (number, "dash") if rng.random() < 0.7 else (number.replace("-", ""), "plain")


def fi_hetu(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    sep = "-" if y < 2000 else "A"
    individual = rng.randrange(2, 900)
    n = int(f"{d:02d}{m:02d}{y % 100:02d}{individual:03d}")
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31]
    return f"{d:02d}{m:02d}{y % 100:02d}{sep}{individual:03d}{check}", "plain"


def pl_pesel(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    month = m + (20 if y >= 2000 else 0)
    body = f"{y % 100:02d}{month:02d}{d:02d}{rng.randrange(10000):04d}"
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(int(a) * b for a, b in zip(body, weights, strict=True)) % 10) % 10
    return f"{body}{check}", "plain"


def ee_isikukood(rng: random.Random) -> tuple[str, str]:
    while True:
        y, m, d = _date(rng)
        first = (3 if y < 2000 else 5) + rng.randrange(2)
        body = f"{first}{y % 100:02d}{m:02d}{d:02d}{rng.randrange(1000):03d}"
        w1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 1)
        check = sum(int(a) * b for a, b in zip(body, w1, strict=True)) % 11
        if check == 10:
            w2 = (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)
            check = sum(int(a) * b for a, b in zip(body, w2, strict=True)) % 11
            check = 0 if check == 10 else check
        return f"{body}{check}", "plain"


def is_kennitala(rng: random.Random) -> tuple[str, str]:
    while True:
        y, m, d = _date(rng, 1940, 2000)
        body = f"{d:02d}{m:02d}{y % 100:02d}{rng.randrange(20, 100):02d}"
        weights = (3, 2, 7, 6, 5, 4, 3, 2)
        check = 11 - sum(int(a) * b for a, b in zip(body, weights, strict=True)) % 11
        check = 0 if check == 11 else check
        if check == 10:
            continue
        number = f"{body}{check}9"
        return (f"{number[:6]}-{number[6:]}", "dash") if rng.random() < 0.6 else (number, "plain")


def nl_bsn(rng: random.Random) -> tuple[str, str]:
    while True:
        body = f"{rng.randrange(1, 10)}{rng.randrange(10_000_000):07d}"
        total = sum(int(a) * b for a, b in zip(body, range(9, 1, -1), strict=True))
        check = total % 11
        if check == 10:
            continue
        return f"{body}{check}", "plain"


BUILDERS: dict[str, tuple[Callable[[random.Random], tuple[str, str]], str]] = {
    "se": (se_personnummer, "se.personnummer"),
    "no": (no_fodselsnummer, "no.fodselsnummer"),
    "dk": (dk_cpr, "dk.cpr"),
    "fi": (fi_hetu, "fi.hetu"),
    "pl": (pl_pesel, "pl.pesel"),
    "ee": (ee_isikukood, "ee.ik"),
    "is": (is_kennitala, "is_.kennitala"),
    "nl": (nl_bsn, "nl.bsn"),
}
