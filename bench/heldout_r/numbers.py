"""Phone numbers and identity numbers for held-out R, built from the published numbering plans
and number rules of each country (README.md, "Numbers"), never from a library's examples. The
test checks every number with phonenumbers (valid for its region) and python-stdnum."""

from __future__ import annotations

import random
from collections.abc import Callable

# --- phone numbers -----------------------------------------------------------------------------
# region: (country code, national prefix, [(leading digits, national significant length,
# grouping of the national significant number)], kind). Mobile ranges as the regulators
# publish them (PTS, Nkom, Energistyrelsen, Traficom, Ofcom, NANPA, BNetzA, UKE, ARCEP, ACM,
# the Iraqi and Somali ministries' mobile blocks) plus a few geographic ranges.
PLANS: dict[str, tuple[str, str, list[tuple[str, int, tuple[int, ...]]]]] = {
    "SE": ("46", "0", [("70", 9, (2, 3, 2, 2)), ("72", 9, (2, 3, 2, 2)), ("73", 9, (2, 3, 2, 2)),
                       ("76", 9, (2, 3, 2, 2)), ("8", 9, (1, 3, 3, 2)), ("31", 9, (2, 3, 2, 2))]),
    "NO": ("47", "", [("40", 8, (3, 2, 3)), ("41", 8, (3, 2, 3)), ("46", 8, (3, 2, 3)),
                      ("48", 8, (3, 2, 3)), ("9", 8, (3, 2, 3)), ("22", 8, (2, 2, 2, 2))]),
    "DK": ("45", "", [("2", 8, (2, 2, 2, 2)), ("31", 8, (2, 2, 2, 2)), ("40", 8, (2, 2, 2, 2)),
                      ("42", 8, (2, 2, 2, 2)), ("53", 8, (2, 2, 2, 2)), ("61", 8, (2, 2, 2, 2))]),
    "FI": ("358", "0", [("40", 9, (2, 3, 4)), ("50", 9, (2, 3, 4)), ("44", 9, (2, 3, 4)),
                        ("45", 9, (2, 3, 4)), ("41", 9, (2, 3, 4))]),
    "GB": ("44", "0", [("7400", 10, (4, 6)), ("7412", 10, (4, 6)), ("7484", 10, (4, 6)),
                       ("7508", 10, (4, 6)), ("7702", 10, (4, 6)), ("7738", 10, (4, 6)),
                       ("7786", 10, (4, 6)), ("7810", 10, (4, 6)), ("7858", 10, (4, 6)),
                       ("7931", 10, (4, 6)), ("7979", 10, (4, 6)), ("207", 10, (2, 4, 4)),
                       ("208", 10, (2, 4, 4)), ("161", 10, (3, 3, 4))]),
    "US": ("1", "1", [("212", 10, (3, 3, 4)), ("312", 10, (3, 3, 4)), ("617", 10, (3, 3, 4)),
                      ("206", 10, (3, 3, 4)), ("503", 10, (3, 3, 4))]),
    "DE": ("49", "0", [("151", 11, (3, 8)), ("160", 10, (3, 7)), ("170", 10, (3, 7)),
                       ("176", 11, (3, 8)), ("30", 10, (2, 8))]),
    "PL": ("48", "", [("50", 9, (3, 3, 3)), ("60", 9, (3, 3, 3)), ("69", 9, (3, 3, 3)),
                      ("79", 9, (3, 3, 3))]),
    "FR": ("33", "0", [("61", 9, (1, 2, 2, 2, 2)), ("62", 9, (1, 2, 2, 2, 2)),
                       ("64", 9, (1, 2, 2, 2, 2)), ("67", 9, (1, 2, 2, 2, 2)),
                       ("76", 9, (1, 2, 2, 2, 2)), ("1", 9, (1, 2, 2, 2, 2))]),
    "NL": ("31", "0", [("61", 9, (1, 8)), ("62", 9, (1, 8)), ("64", 9, (1, 8)),
                       ("20", 9, (2, 7))]),
    "IQ": ("964", "0", [("770", 10, (3, 3, 4)), ("750", 10, (3, 3, 4)), ("780", 10, (3, 3, 4))]),
    "SO": ("252", "0", [("61", 9, (2, 7)), ("63", 9, (2, 7))]),
}  # fmt: skip
LANG_REGIONS = {  # whose numbers a note in each language most often holds
    "sv": ["SE"] * 5 + ["NO", "DK", "FI", "GB", "US", "DE", "PL", "FR", "NL", "IQ", "SO"],
    "en": ["GB"] * 3 + ["US"] * 3 + ["SE", "NO", "DK", "FI", "DE", "PL", "FR", "NL", "IQ", "SO"],
    "no": ["NO"] * 5 + ["SE", "DK", "FI", "GB", "US", "DE", "PL", "FR", "NL", "IQ", "SO"],
    "da": ["DK"] * 5 + ["SE", "NO", "FI", "GB", "US", "DE", "PL", "FR", "NL", "IQ", "SO"],
    "fi": ["FI"] * 5 + ["SE", "NO", "DK", "GB", "US", "DE", "PL", "FR", "NL", "IQ", "SO"],
}


def draw(rng: random.Random, region: str) -> tuple[str, tuple[int, ...]]:
    """A national significant number of `region` and its grouping."""
    _, _, ranges = PLANS[region]
    lead, length, groups = rng.choice(ranges)
    digits = lead + "".join(str(rng.randrange(10)) for _ in range(length - len(lead)))
    if region == "DK":  # the third digit of a Danish number is never 0 in the blocks in use
        digits = digits[:2] + str(rng.randrange(1, 10)) + digits[3:]
    if region == "US":  # exchange code: 2-9, never N11, never the 555 fiction block
        ex = str(rng.randrange(2, 10)) + str(rng.randrange(10)) + str(rng.randrange(2, 10))
        while ex[1:] == "11" or ex == "555":
            ex = str(rng.randrange(2, 10)) + str(rng.randrange(10)) + str(rng.randrange(2, 10))
        digits = digits[:3] + ex + digits[6:]
    return digits, groups


def _grouped(nsn: str, groups: tuple[int, ...], sep: str) -> list[str]:
    out, i = [], 0
    for g in groups:
        out.append(nsn[i : i + g])
        i += g
    if i < len(nsn):
        out[-1] += nsn[i:]
    return [p for p in out if p]


def write(rng: random.Random, region: str, nsn: str, groups: tuple[int, ...]) -> tuple[str, str]:
    """The number written one of the ways people write it: (text, shape)."""
    cc, prefix, _ = PLANS[region]
    parts = _grouped(nsn, groups, " ")
    shape = rng.choice(["national", "national", "national", "international", "e164", "paren", "dot",
                        "compact"])  # fmt: skip
    if region == "US":
        area, ex, line = nsn[:3], nsn[3:6], nsn[6:]
        options = {
            "national": f"{area}-{ex}-{line}",
            "paren": f"({area}) {ex}-{line}",
            "dot": f"{area}.{ex}.{line}",
            "international": f"+1 {area} {ex} {line}",
            "e164": f"+1{nsn}",
            "compact": f"1-{area}-{ex}-{line}",
        }
        return options[shape], shape
    if shape == "national":
        first = prefix + parts[0]
        if region == "SE" and rng.random() < 0.6:
            return f"{first}-{' '.join(parts[1:])}", shape
        return " ".join([first, *parts[1:]]), shape
    if shape == "international":
        return f"+{cc} " + " ".join(parts), shape
    if shape == "e164":
        return f"+{cc}{nsn}", shape
    if shape == "paren":
        if prefix:
            return f"+{cc} ({prefix}){' '.join(parts)}", shape
        return f"(+{cc}) " + " ".join(parts), shape
    if shape == "dot":
        if region == "FR":
            pairs = [nsn[i : i + 2] for i in range(1, len(nsn), 2)]
            return ".".join([prefix + nsn[0], *pairs]), shape
        return prefix + ".".join(parts), shape
    return prefix + nsn, shape  # compact: every digit together


def e164(region: str, nsn: str) -> str:
    return f"+{PLANS[region][0]}{nsn}"


# --- identity numbers ---------------------------------------------------------------------------


def _birth(rng: random.Random, first: int = 1938, last: int = 2008) -> tuple[int, int, int]:
    year = rng.randrange(first, last)
    month = rng.randrange(1, 13)
    day = rng.randrange(1, 29)
    return year, month, day


def _luhn(digits: str) -> int:
    total = 0
    for i, c in enumerate(digits):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def swedish(rng: random.Random) -> tuple[str, str]:
    """YYMMDD-NNNC (Skatteverket): Luhn over the nine digits; 12-digit form with the century;
    '+' for the over-hundreds; coordination numbers add 60 to the day."""
    y, m, d = _birth(rng, 1945, 2006)
    serial = f"{rng.randrange(1000):03d}"
    body = f"{y % 100:02d}{m:02d}{d:02d}{serial}"
    check = _luhn(body)
    shape = rng.choice(["dash", "dash", "long"])
    if shape == "long":
        return f"{y}{m:02d}{d:02d}-{serial}{check}", shape
    return f"{body[:6]}-{body[6:]}{check}", shape


def norwegian(rng: random.Random) -> tuple[str, str]:
    """DDMMYYIIIKK (Skatteetaten): individual numbers 000-499 for 1900-1999, two mod-11 checks."""
    while True:
        y, m, d = _birth(rng, 1940, 2000)
        ind = f"{rng.randrange(500):03d}"
        body = f"{d:02d}{m:02d}{y % 100:02d}{ind}"
        k1 = (
            11
            - sum(int(c) * w for c, w in zip(body, (3, 7, 6, 1, 8, 9, 4, 5, 2), strict=False)) % 11
        )
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        body += str(k1)
        k2 = (
            11
            - sum(int(c) * w for c, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=False))
            % 11
        )
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        number = body + str(k2)
        if rng.random() < 0.3:
            return f"{number[:6]} {number[6:]}", "spaced"
        return number, "bare"


def danish(rng: random.Random) -> tuple[str, str]:
    """DDMMYY-SSSS (CPR): the seventh digit 0-3 for people born 1900-1999."""
    y, m, d = _birth(rng, 1940, 2000)
    serial = str(rng.randrange(4)) + f"{rng.randrange(1000):03d}"
    number = f"{d:02d}{m:02d}{y % 100:02d}-{serial}"
    return (number, "dash") if rng.random() < 0.8 else (number.replace("-", ""), "bare")


def finnish(rng: random.Random) -> tuple[str, str]:
    """DDMMYYCZZZQ (DVV): century sign '-' (1900s) or 'A' (2000s), check character mod 31."""
    y, m, d = _birth(rng, 1940, 2008)
    sign = "-" if y < 2000 else "A"
    ind = f"{rng.randrange(2, 900):03d}"
    n = int(f"{d:02d}{m:02d}{y % 100:02d}{ind}")
    return f"{d:02d}{m:02d}{y % 100:02d}{sign}{ind}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[
        n % 31
    ], sign


def polish(rng: random.Random) -> tuple[str, str]:
    """PESEL: YYMMDDZZZXQ, month +20 for 2000s, weights 1 3 7 9."""
    y, m, d = _birth(rng, 1940, 2008)
    mm = m + (20 if y >= 2000 else 0)
    body = f"{y % 100:02d}{mm:02d}{d:02d}{rng.randrange(10000):04d}"
    q = (10 - sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9) * 3, strict=False)) % 10) % 10
    return body + str(q), "bare"


def dutch(rng: random.Random) -> tuple[str, str]:
    """BSN: nine digits passing the eleven test (9..2 weights, last digit -1)."""
    while True:
        body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(7))
        total = sum(int(c) * w for c, w in zip(body, range(9, 1, -1), strict=False))
        last = total % 11
        if last < 10:
            number = body + str(last)
            if rng.random() < 0.4:
                return f"{number[:4]}.{number[4:6]}.{number[6:]}", "dotted"
            return number, "bare"


def british_nhs(rng: random.Random) -> tuple[str, str]:
    """NHS number: ten digits, weights 10..2, check 11 - sum mod 11 (10 is never issued)."""
    while True:
        body = str(rng.randrange(4, 7)) + "".join(str(rng.randrange(10)) for _ in range(8))
        check = 11 - sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=False)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            number = body + str(check)
            return f"{number[:3]} {number[3:6]} {number[6:]}", "spaced"


def german_idnr(rng: random.Random) -> tuple[str, str]:
    """Steuerliche Identifikationsnummer: ten digits, the first not 0, one digit twice and the
    rest once; check digit ISO 7064 MOD 11,10."""
    while True:
        digits = rng.sample(range(10), 9)
        twice = rng.choice(digits)
        digits.insert(rng.randrange(len(digits) + 1), twice)
        if digits[0] == 0:
            continue
        product = 10
        for d in digits:
            total = (d + product) % 10 or 10
            product = (2 * total) % 11
        check = (11 - product) % 10
        number = "".join(map(str, digits)) + str(check)
        return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}", "spaced"


def estonian(rng: random.Random) -> tuple[str, str]:
    """Isikukood: GYYMMDDSSSC, two weight rounds mod 11."""
    y, m, d = _birth(rng, 1940, 2008)
    g = (3 if y < 2000 else 5) + rng.randrange(2)
    body = f"{g}{y % 100:02d}{m:02d}{d:02d}{rng.randrange(1000):03d}"
    c = sum(int(x) * w for x, w in zip(body, (1, 2, 3, 4, 5, 6, 7, 8, 9, 1), strict=False)) % 11
    if c == 10:
        c = sum(int(x) * w for x, w in zip(body, (3, 4, 5, 6, 7, 8, 9, 1, 2, 3), strict=False)) % 11
        c = 0 if c == 10 else c
    return body + str(c), "bare"


BUILDERS: dict[str, tuple[Callable[[random.Random], tuple[str, str]], str]] = {
    "SE": (swedish, "se.personnummer"),
    "NO": (norwegian, "no.fodselsnummer"),
    "DK": (danish, "dk.cpr"),
    "FI": (finnish, "fi.hetu"),
    "PL": (polish, "pl.pesel"),
    "NL": (dutch, "nl.bsn"),
    "GB": (british_nhs, "gb.nhs"),
    "DE": (german_idnr, "de.idnr"),
    "EE": (estonian, "ee.ik"),
}
LANG_IDS = {
    "sv": ["SE"] * 6 + ["NO", "DK", "FI", "PL", "DE", "EE", "NL"],
    "en": ["GB"] * 4 + ["SE", "NO", "DK", "FI", "PL", "NL", "DE", "EE"],
    "no": ["NO"] * 6 + ["SE", "DK", "FI", "PL", "DE", "EE"],
    "da": ["DK"] * 6 + ["SE", "NO", "FI", "PL", "DE", "NL"],
    "fi": ["FI"] * 6 + ["SE", "NO", "EE", "PL", "DE"],
}
