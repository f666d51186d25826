"""Phone numbers and identity numbers of held-out S, written from this set's own reading of
each country's numbering plan and each identity number's published rule (no library's example
numbers; `phonenumbers` and `python-stdnum` only check them, in the test)."""

from __future__ import annotations

import random
from collections.abc import Callable

# --- phone numbers ----------------------------------------------------------------------------
# region: (country code, trunk prefix, [(leading digits, NSN length, national grouping)]).
# A grouping splits the national digits (trunk prefix included) into groups.
PLANS: dict[str, tuple[str, str, list[tuple[tuple[str, ...], int, tuple[int, ...]]]]] = {
    "SE": ("46", "0", [
        (("70", "72", "73", "76", "79"), 9, (3, 3, 2, 2)),
        (("8",), 9, (2, 3, 3, 2)),
        (("31", "40"), 9, (3, 3, 2, 2)),
    ]),
    "NO": ("47", "", [
        (("40", "41", "46", "47", "48", "90", "91", "92", "93", "94", "95", "97", "98"),
         8, (3, 2, 3)),
        (("22", "23"), 8, (2, 2, 2, 2)),
    ]),
    "DK": ("45", "", [
        (("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "61"), 8, (2, 2, 2, 2)),
        (("20", "22", "26", "28", "40", "42", "51", "61"), 8, (4, 4)),
    ]),
    "FI": ("358", "0", [
        (("40", "41", "44", "45", "46", "50"), 9, (3, 3, 4)),
        (("40", "44", "50"), 9, (3, 7)),
    ]),
    "GB": ("44", "0", [
        (("740", "741", "742", "743", "744", "746", "747", "748", "749", "751", "753", "754",
          "755", "756", "757", "758", "759", "771", "772", "773", "774", "775", "776", "777",
          "780", "781", "784", "785", "786", "787", "788", "789", "790", "792", "794", "795",
          "796", "797", "798", "799"), 10, (5, 6)),
        (("207", "208"), 10, (3, 4, 4)),
    ]),
    "US": ("1", "", [
        (("212", "312", "415", "617", "206", "303", "404", "512"), 10, (3, 3, 4)),
    ]),
    "DE": ("49", "0", [
        (("151", "152", "157", "170", "171", "172", "173", "174", "175", "176", "177", "178",
          "179"), 11, (4, 4, 4)),
        (("30",), 10, (3, 8)),
    ]),
    "FR": ("33", "0", [
        (("60", "61", "62", "64", "65", "66", "67", "68", "73", "74", "75", "76", "77", "78"),
         9, (2, 2, 2, 2, 2)),
        (("1",), 9, (2, 2, 2, 2, 2)),
    ]),
    "PL": ("48", "", [
        (("50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"), 9, (3, 3, 3)),
    ]),
    "NL": ("31", "0", [
        (("61", "62", "63", "64", "65"), 9, (2, 8)),
        (("20",), 9, (3, 3, 4)),
    ]),
    "ES": ("34", "", [
        (("6",), 9, (3, 2, 2, 2)),
    ]),
    "IT": ("39", "", [
        (("320", "328", "333", "338", "340", "347", "349", "366", "388", "392"), 10, (3, 3, 4)),
    ]),
}  # fmt: skip
REGION_OF_LANG = {"sv": "SE", "no": "NO", "da": "DK", "fi": "FI", "en": "GB"}
SEPARATORS = (" ", " ", "-", "")


def draw(rng: random.Random, region: str) -> tuple[str, tuple[int, ...]]:
    """A national significant number of `region` and its national grouping."""
    _cc, _trunk, plans = PLANS[region]
    leads, length, groups = rng.choice(plans)
    lead = rng.choice(leads)
    rest = length - len(lead)
    digits = "".join(rng.choice("0123456789") for _ in range(rest))
    if region == "US":
        digits = rng.choice("23456789") + digits[1:]  # an exchange never starts with 0 or 1
        if digits[1:3] == "11" or digits[:3] == "555":
            digits = "7" + digits[1:]
    if region in ("SE", "NO", "FI", "GB", "DE", "NL", "DK") and digits[0] == "0":
        digits = "1" + digits[1:]
    return lead + digits, groups


def _group(digits: str, groups: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for g in groups:
        out.append(digits[i : i + g])
        i += g
    if i < len(digits):
        out[-1] += digits[i:]
    return sep.join(p for p in out if p)


def write(rng: random.Random, region: str, nsn: str, groups: tuple[int, ...]) -> tuple[str, str]:
    """How someone writes it: (text, shape), shape one of national, international, e164, paren,
    dot."""
    cc, trunk, _ = PLANS[region]
    national = trunk + nsn
    shapes = ["national", "national", "international", "e164"]
    if region in ("US", "FR") or trunk:
        shapes.append("dot")
    if region == "US" or trunk:
        shapes.append("paren")
    shape = rng.choice(shapes)
    if shape == "national":
        sep = rng.choice(SEPARATORS)
        head = _group(national, groups, " ")
        if region == "SE" and sep == "-":
            first = groups[0]
            return national[:first] + "-" + _group(national[first:], groups[1:], " "), shape
        if region == "US":
            return f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", shape
        return head.replace(" ", sep) if sep != " " else head, shape
    if shape == "international":
        local = _group(national, groups, " ")[len(trunk) :].lstrip()
        if region == "US":
            local = f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
        prefix = "+" if region == "US" else rng.choice(("+", "+", "00"))
        return f"{prefix}{cc} {local}", shape
    if shape == "e164":
        return f"+{cc}{nsn}", shape
    if shape == "dot":
        if region == "US":
            return f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}", shape
        return _group(national, groups, "."), shape
    # paren: "(212) 734-0198", "(0)70 123 45 67" after the country code, "(08) 123 456 78"
    if region == "US":
        return f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}", shape
    if rng.random() < 0.5:
        local = _group(national, groups, " ")[len(trunk) :].lstrip()
        return f"+{cc} (0){local}", shape
    first = groups[0]
    return f"({national[:first]}) " + _group(national[first:], groups[1:], " "), shape


def e164(region: str, nsn: str) -> str:
    return "+" + PLANS[region][0] + nsn


# --- identity numbers -------------------------------------------------------------------------


def _birth(rng: random.Random, first: int = 1938, last: int = 2012) -> tuple[int, int, int]:
    year = rng.randint(first, last)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    return year, month, day


def _luhn(digits: str) -> int:
    total = 0
    for i, c in enumerate(digits):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def swedish(rng: random.Random) -> tuple[str, str]:
    y, m, d = _birth(rng)
    serial = f"{rng.randint(0, 999):03d}"
    body = f"{y % 100:02d}{m:02d}{d:02d}{serial}"
    check = _luhn(body)
    short = f"{y % 100:02d}{m:02d}{d:02d}"
    shape = rng.choice(("dash", "dash", "compact", "long-dash", "long"))
    if shape == "dash":
        return f"{short}-{serial}{check}", shape
    if shape == "compact":
        return f"{short}{serial}{check}", shape
    if shape == "long-dash":
        return f"{y}{m:02d}{d:02d}-{serial}{check}", shape
    return f"{y}{m:02d}{d:02d}{serial}{check}", shape


def norwegian(rng: random.Random) -> tuple[str, str]:
    while True:
        y, m, d = _birth(rng)
        ind = rng.randint(0, 499) if y < 2000 else rng.randint(500, 999)
        digits = [int(c) for c in f"{d:02d}{m:02d}{y % 100:02d}{ind:03d}"]
        k1 = 11 - sum(w * x for w, x in zip((3, 7, 6, 1, 8, 9, 4, 5, 2), digits, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        weights = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        k2 = 11 - sum(w * x for w, x in zip(weights, [*digits, k1], strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        text = "".join(map(str, digits)) + f"{k1}{k2}"
        if rng.random() < 0.4:
            return f"{text[:6]} {text[6:]}", "spaced"
        return text, "compact"


def danish(rng: random.Random) -> tuple[str, str]:
    y, m, d = _birth(rng)
    if y < 2000:
        seventh = rng.choice("0123")
    else:
        seventh = rng.choice("4") if y < 2037 else "4"
    serial = seventh + f"{rng.randint(0, 999):03d}"
    if rng.random() < 0.7:
        return f"{d:02d}{m:02d}{y % 100:02d}-{serial}", "dash"
    return f"{d:02d}{m:02d}{y % 100:02d}{serial}", "compact"


def finnish(rng: random.Random) -> tuple[str, str]:
    y, m, d = _birth(rng)
    sign = "-" if y < 2000 else "A"
    ind = rng.randint(2, 899)
    key = int(f"{d:02d}{m:02d}{y % 100:02d}{ind:03d}")
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[key % 31]
    return f"{d:02d}{m:02d}{y % 100:02d}{sign}{ind:03d}{check}", "hetu" + sign.replace("-", "")


def polish(rng: random.Random) -> tuple[str, str]:
    y, m, d = _birth(rng)
    month = m + (20 if y >= 2000 else 0)
    body = f"{y % 100:02d}{month:02d}{d:02d}{rng.randint(0, 9999):04d}"
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(w * int(c) for w, c in zip(weights, body, strict=True)) % 10) % 10
    return body + str(check), "pesel"


def estonian(rng: random.Random) -> tuple[str, str]:
    y, m, d = _birth(rng)
    first = rng.choice("34") if y < 2000 else rng.choice("56")
    body = f"{first}{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    digits = [int(c) for c in body]
    r = sum(w * x for w, x in zip((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), digits, strict=True)) % 11
    if r == 10:
        r = sum(w * x for w, x in zip((3, 4, 5, 6, 7, 8, 9, 1, 2, 3), digits, strict=True)) % 11
        r = 0 if r == 10 else r
    return body + str(r), "isikukood"


def icelandic(rng: random.Random) -> tuple[str, str]:
    while True:
        y, m, d = _birth(rng)
        rr = rng.randint(20, 99)
        body = f"{d:02d}{m:02d}{y % 100:02d}{rr:02d}"
        s = sum(w * int(c) for w, c in zip((3, 2, 7, 6, 5, 4, 3, 2), body, strict=True))
        c = 11 - s % 11
        c = 0 if c == 11 else c
        if c == 10:
            continue
        century = "9" if y < 2000 else "0"
        text = f"{body}{c}{century}"
        if rng.random() < 0.6:
            return f"{text[:6]}-{text[6:]}", "dash"
        return text, "compact"


def dutch(rng: random.Random) -> tuple[str, str]:
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum((9 - i) * x for i, x in enumerate(digits))
        last = s % 11
        if last == 10:
            continue
        text = "".join(map(str, digits)) + str(last)
        if rng.random() < 0.3:
            return f"{text[:4]}.{text[4:6]}.{text[6:]}", "dotted"
        return text, "compact"


def nhs(rng: random.Random) -> tuple[str, str]:
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        c = 11 - sum((10 - i) * x for i, x in enumerate(digits)) % 11
        c = 0 if c == 11 else c
        if c == 10:
            continue
        text = "".join(map(str, digits)) + str(c)
        if rng.random() < 0.6:
            return f"{text[:3]} {text[3:6]} {text[6:]}", "spaced"
        return text, "compact"


def us_ssn(rng: random.Random) -> tuple[str, str]:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        text = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if text in ("078-05-1120", "219-09-9999", "457-55-5462"):
            continue
        return text, "dashed"


BUILDERS: dict[str, tuple[Callable[[random.Random], tuple[str, str]], str]] = {
    "se": (swedish, "se.personnummer"),
    "no": (norwegian, "no.fodselsnummer"),
    "dk": (danish, "dk.cpr"),
    "fi": (finnish, "fi.hetu"),
    "pl": (polish, "pl.pesel"),
    "ee": (estonian, "ee.ik"),
    "is": (icelandic, "is_.kennitala"),
    "nl": (dutch, "nl.bsn"),
    "gb": (nhs, "gb.nhs"),
    "us": (us_ssn, "us.ssn"),
}
COUNTRY_OF_LANG = {"sv": "se", "no": "no", "da": "dk", "fi": "fi", "en": "gb"}
