"""Identity and phone numbers of held-out O, built from the published rules (not from any example
list): each identity number's check digits are computed here, and python-stdnum only checks
them in the test; phone numbers follow each country's numbering plan as read from its regulator's
published plan, and `phonenumbers` is used only to reject a drawn number it would not call valid.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import phonenumbers

# --- identity numbers -------------------------------------------------------------------------


def _date(rng: random.Random, first: int = 1940, last: int = 2008) -> tuple[int, int, int]:
    year = rng.randint(first, last)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    return year, month, day


def _luhn_digit(digits: str) -> int:
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def swedish(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    body = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    check = _luhn_digit(body)
    shape = rng.choice(["short", "short", "long", "long-nodash"])
    if shape == "short":
        return f"{body[:6]}-{body[6:]}{check}", shape
    if shape == "long":
        return f"{y}{body[2:6]}-{body[6:]}{check}", shape
    return f"{y}{body[2:]}{check}", shape


def norwegian(rng: random.Random) -> tuple[str, str]:
    w1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
    w2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    while True:
        y, m, d = _date(rng, 1940, 1999)
        body = f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(0, 499):03d}"
        k1 = 11 - sum(int(c) * w for c, w in zip(body, w1, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        body += str(k1)
        k2 = 11 - sum(int(c) * w for c, w in zip(body, w2, strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        number = body + str(k2)
        if rng.random() < 0.3:
            return f"{number[:6]} {number[6:]}", "spaced"
        return number, "plain"


def danish(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng, 1940, 1999)
    serial = rng.randint(0, 3999)  # 0-3999: born 1900-1999 whatever the year digits say
    number = f"{d:02d}{m:02d}{y % 100:02d}{serial:04d}"
    if rng.random() < 0.6:
        return f"{number[:6]}-{number[6:]}", "dashed"
    return number, "plain"


def finnish(rng: random.Random) -> tuple[str, str]:
    chars = "0123456789ABCDEFHJKLMNPRSTUVWXY"
    y, m, d = _date(rng)
    serial = rng.randint(2, 899)
    marker = "-" if y < 2000 else "A"
    check = chars[int(f"{d:02d}{m:02d}{y % 100:02d}{serial:03d}") % 31]
    return f"{d:02d}{m:02d}{y % 100:02d}{marker}{serial:03d}{check}", "hetu"


def polish(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    month = m + (20 if y >= 2000 else 0)
    body = f"{y % 100:02d}{month:02d}{d:02d}{rng.randint(0, 9999):04d}"
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 10) % 10
    return body + str(check), "pesel"


def estonian(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    sex = rng.randint(0, 1)
    century = 3 if y < 2000 else 5
    body = f"{century + sex}{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    w1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 1)
    w2 = (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)
    check = sum(int(c) * w for c, w in zip(body, w1, strict=True)) % 11
    if check == 10:
        check = sum(int(c) * w for c, w in zip(body, w2, strict=True)) % 11
        check = 0 if check == 10 else check
    return body + str(check), "isikukood"


def icelandic(rng: random.Random) -> tuple[str, str]:
    weights = (3, 2, 7, 6, 5, 4, 3, 2)
    while True:
        y, m, d = _date(rng, 1940, 1999)
        body = f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(20, 99):02d}"
        check = 11 - sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11
        check = 0 if check == 11 else check
        if check == 10:
            continue
        number = f"{body}{check}9"
        return f"{number[:6]}-{number[6:]}", "kennitala"


def dutch(rng: random.Random) -> tuple[str, str]:
    while True:
        digits = [rng.randint(0, 9) for _ in range(8)]
        if digits[0] == 0:
            continue
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        last = total % 11
        if last == 10:
            continue
        return "".join(map(str, digits)) + str(last), "bsn"


# country -> (builder, python-stdnum module that checks it)
BUILDERS: dict[str, tuple[Callable[[random.Random], tuple[str, str]], str]] = {
    "se": (swedish, "se.personnummer"),
    "no": (norwegian, "no.fodselsnummer"),
    "dk": (danish, "dk.cpr"),
    "fi": (finnish, "fi.hetu"),
    "pl": (polish, "pl.pesel"),
    "ee": (estonian, "ee.ik"),
    "is": (icelandic, "is_.kennitala"),
    "nl": (dutch, "nl.bsn"),
}
# which countries' numbers a note of each language mostly holds
COUNTRY_WEIGHTS = {
    "sv": {"se": 8, "fi": 1, "pl": 1, "ee": 1, "nl": 1},
    "en": {"se": 3, "no": 1, "dk": 1, "pl": 1, "is": 1, "nl": 1, "ee": 1},
    "no": {"no": 7, "se": 1, "is": 1, "pl": 1},
    "da": {"dk": 7, "se": 1, "is": 1, "nl": 1},
    "fi": {"fi": 7, "se": 1, "ee": 2},
}

# --- phone numbers ----------------------------------------------------------------------------

# region -> (country code, trunk prefix, national patterns); a pattern is a list of groups, each
# a string of "d" (any digit) or fixed digits, as the plan allocates mobile and geographic ranges
PLANS: dict[str, tuple[str, str, list[list[str]]]] = {
    "SE": (
        "46",
        "0",
        [
            ["7X", "ddd", "dd", "dd"],
            ["8", "ddd", "dd", "dd"],
            ["31", "dd", "dd", "dd"],
            ["40", "dd", "dd", "dd"],
        ],
    ),  # fmt: skip
    "NO": ("47", "", [["4d", "dd", "ddd"], ["9d", "dd", "ddd"], ["22", "dd", "dd", "dd"]]),
    "DK": (
        "45",
        "",
        [["2d", "dd", "dd", "dd"], ["3d", "dd", "dd", "dd"], ["4d", "dd", "dd", "dd"]],
    ),
    "FI": ("358", "0", [["4Y", "ddd", "dddd"], ["50", "ddd", "dddd"], ["9", "ddd", "dddd"]]),
    "DE": ("49", "0", [["151", "dddd", "dddd"], ["17Z", "ddd", "dddd"], ["30", "dddd", "dddd"]]),
    "PL": ("48", "", [["50d", "ddd", "ddd"], ["60d", "ddd", "ddd"], ["79d", "ddd", "ddd"]]),
    "GB": ("44", "0", [["7W", "ddd", "ddd"], ["20", "dddd", "dddd"]]),
    "US": ("1", "", [["A", "Bdd", "dddd"]]),
    "FR": ("33", "0", [["6", "dd", "dd", "dd", "dd"], ["7", "dd", "dd", "dd", "dd"]]),
    "NL": ("31", "0", [["6", "dd", "dd", "dd", "dd"], ["20", "ddd", "dddd"]]),
    "ES": ("34", "", [["6dd", "ddd", "ddd"], ["91", "ddd", "dd", "dd"]]),
    "EE": ("372", "", [["5d", "dd", "ddd"], ["5dd", "dd", "ddd"]]),
}
_SPECIAL = {
    "X": "02369",  # Swedish mobile ranges 070, 072, 073, 076, 079
    "Y": "0124567",  # Finnish mobile 040-047
    "Z": "0123456789",
    "W": "45789",
    "A": ["212", "312", "415", "503", "617", "713", "802", "919"],  # US area codes
    "B": "23456789",
}
REGION_WEIGHTS = {
    "sv": {
        "SE": 10,
        "FI": 1,
        "NO": 1,
        "DK": 1,
        "DE": 1,
        "PL": 1,
        "GB": 1,
        "US": 1,
        "FR": 1,
        "NL": 1,
        "ES": 1,
        "EE": 1,
    },  # fmt: skip
    "en": {"GB": 3, "US": 3, "SE": 3, "FR": 1, "NL": 1, "DE": 1, "ES": 1, "PL": 1, "NO": 1},
    "no": {"NO": 8, "SE": 2, "PL": 1, "DE": 1},
    "da": {"DK": 8, "SE": 2, "DE": 1, "NL": 1},
    "fi": {"FI": 8, "SE": 2, "EE": 2},
}


def _fill(rng: random.Random, group: str) -> str:
    if group == "A":
        return rng.choice(_SPECIAL["A"])
    out = []
    for ch in group:
        if ch == "d":
            out.append(str(rng.randint(0, 9)))
        elif ch in _SPECIAL:
            out.append(rng.choice(_SPECIAL[ch]))
        else:
            out.append(ch)
    return "".join(out)


def draw(rng: random.Random, region: str) -> tuple[str, list[str]]:
    """A national significant number valid in `region`, and its national grouping."""
    code, _trunk, patterns = PLANS[region]
    while True:
        groups = [_fill(rng, g) for g in rng.choice(patterns)]
        nsn = "".join(groups)
        parsed = phonenumbers.parse("+" + code + nsn)
        if phonenumbers.is_valid_number(parsed) and (
            phonenumbers.region_code_for_number(parsed) == region
        ):
            return nsn, groups


def e164(region: str, nsn: str) -> str:
    return "+" + PLANS[region][0] + nsn


def write(rng: random.Random, region: str, nsn: str, groups: list[str]) -> tuple[str, str]:
    """The number as a person would type it: national, international, e164, paren, dot, 00."""
    code, trunk, _ = PLANS[region]
    shapes = ["national", "national", "international", "e164", "dot"]
    if region != "US":
        shapes.append("idd")
    if trunk or region == "US":
        shapes.append("paren")
    shape = rng.choice(shapes)
    first, rest = trunk + groups[0], groups[1:]
    if shape == "national":
        if region == "US":
            return f"{groups[0]}-{groups[1]}-{groups[2]}", shape
        if region == "SE" and rng.random() < 0.5:
            return f"{first}-{' '.join(rest)}", shape
        return " ".join([first, *rest]), shape
    if shape == "international":
        return f"+{code} " + " ".join(groups), shape
    if shape == "e164":
        return f"+{code}{nsn}", shape
    if shape == "idd":
        return f"00{code} " + " ".join(groups), shape
    if shape == "dot":
        return ".".join([first, *rest]), shape
    # paren
    if region == "US":
        return f"({groups[0]}) {groups[1]}-{groups[2]}", shape
    return f"({first}) " + " ".join(rest), shape
