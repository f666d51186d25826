"""Phone numbers from each country's numbering plan as read here (never libphonenumber's
example numbers; phonenumbers only confirms a drawn number is valid), and identity numbers
built from each authority's published rule (python-stdnum confirms them in the test)."""

from __future__ import annotations

import datetime
import random

import phonenumbers

# region: (country code, [(national prefix + leading digits, digits after them, groups of
# the national significant number as written nationally)], trunk prefix)
PLANS: dict[str, tuple[str, list[tuple[str, int, tuple[int, ...]]], str]] = {
    "SE": ("46", [("70", 7, (2, 3, 2, 2)), ("72", 7, (2, 3, 2, 2)), ("73", 7, (2, 3, 2, 2)),
                  ("76", 7, (2, 3, 2, 2)), ("8", 7, (1, 3, 2, 2)), ("31", 6, (2, 2, 2, 2)),
                  ("18", 6, (2, 2, 2, 2))], "0"),
    "NO": ("47", [("4", 7, (3, 2, 3)), ("9", 7, (3, 2, 3)), ("22", 6, (2, 2, 2, 2)),
                  ("55", 6, (2, 2, 2, 2))], ""),
    "DK": ("45", [("2", 7, (2, 2, 2, 2)), ("3", 7, (2, 2, 2, 2)), ("4", 7, (2, 2, 2, 2)),
                  ("6", 7, (2, 2, 2, 2))], ""),
    "FI": ("358", [("40", 7, (2, 3, 4)), ("50", 7, (2, 3, 4)), ("44", 7, (2, 3, 4)),
                   ("9", 7, (1, 3, 4))], "0"),
    "GB": ("44", [("7", 9, (4, 6)), ("20", 8, (2, 4, 4)), ("161", 7, (3, 3, 4))], "0"),
    "US": ("1", [("212", 7, (3, 3, 4)), ("617", 7, (3, 3, 4)), ("312", 7, (3, 3, 4)),
                 ("415", 7, (3, 3, 4)), ("337", 7, (3, 3, 4))], ""),
    "DE": ("49", [("151", 8, (3, 8)), ("160", 7, (3, 7)), ("170", 7, (3, 7)),
                  ("30", 8, (2, 8))], "0"),
    "PL": ("48", [("5", 8, (3, 3, 3)), ("6", 8, (3, 3, 3)), ("7", 8, (3, 3, 3))], ""),
    "FR": ("33", [("6", 8, (1, 2, 2, 2, 2)), ("7", 8, (1, 2, 2, 2, 2)),
                  ("1", 8, (1, 2, 2, 2, 2)), ("4", 8, (1, 2, 2, 2, 2))], "0"),
    "NL": ("31", [("6", 8, (1, 8)), ("20", 7, (2, 7))], "0"),
    "IQ": ("964", [("770", 7, (3, 3, 4)), ("750", 7, (3, 3, 4)), ("780", 7, (3, 3, 4))], "0"),
    "TR": ("90", [("532", 7, (3, 3, 2, 2)), ("505", 7, (3, 3, 2, 2)), ("212", 7, (3, 3, 2, 2))],
           "0"),
    "IR": ("98", [("912", 7, (3, 3, 4)), ("935", 7, (3, 3, 4)), ("21", 8, (2, 4, 4))], "0"),
    "SO": ("252", [("61", 7, (2, 7)), ("90", 7, (2, 7))], "0"),
    "ER": ("291", [("7", 6, (1, 3, 3))], "0"),
}  # fmt: skip
# the regions whose numbers the notes of each language lean to
HOME = {"sv": "SE", "en": "GB", "no": "NO", "da": "DK", "fi": "FI"}
FULL_WIDTH = str.maketrans("0123456789+", "０１２３４５６７８９＋")


def _split(digits: str, groups: tuple[int, ...]) -> list[str]:
    out, i = [], 0
    for g in groups:
        out.append(digits[i : i + g])
        i += g
    if i < len(digits):
        out[-1] += digits[i:]
    return out


def draw(rng: random.Random, region: str) -> tuple[str, tuple[int, ...]]:
    """A valid national significant number of the region, and its groups."""
    cc, ranges, _trunk = PLANS[region]
    for _ in range(200):
        lead, rest, groups = rng.choice(ranges)
        nsn = lead + "".join(rng.choice("0123456789") for _ in range(rest))
        if region == "US" and nsn[3] in "01":
            continue
        if phonenumbers.is_valid_number(phonenumbers.parse("+" + cc + nsn)):
            return nsn, groups
    raise RuntimeError(f"no valid number drawn for {region}")


def write(rng: random.Random, region: str, nsn: str, groups: tuple[int, ...]) -> tuple[str, str]:
    """The number as someone would type it, and its shape."""
    cc, _ranges, trunk = PLANS[region]
    parts = _split(nsn, groups)
    shape = rng.choice(("national", "national", "national", "international", "e164"))
    if region == "US":
        shape = rng.choice(("paren", "dot", "dash", "international", "e164"))
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        written = {"paren": f"({a}) {b}-{c}", "dot": f"{a}.{b}.{c}", "dash": f"{a}-{b}-{c}",
                   "international": f"+1 {a} {b} {c}", "e164": f"+1{nsn}"}[shape]  # fmt: skip
        return written, shape
    if shape == "e164":
        return f"+{cc}{nsn}", shape
    if shape == "international":
        joiner = rng.choice((" ", " ", "-"))
        prefix = rng.choice((f"+{cc} ", f"00{cc} ", f"+{cc} "))
        return prefix + joiner.join(parts), shape
    first = trunk + parts[0]
    if region == "SE" and rng.random() < 0.6:
        return first + "-" + " ".join(parts[1:]), "national"
    if region == "FR" and rng.random() < 0.4:
        return ".".join([first, *parts[1:]]), "dot"
    if region in ("NL", "DE") and rng.random() < 0.5:
        return first + "-" + "".join(parts[1:]), "national"
    if region in ("NO", "DK") and rng.random() < 0.3:
        return "".join(parts), "national"
    return " ".join([first, *parts[1:]]), "national"


def e164(region: str, nsn: str) -> str:
    return "+" + PLANS[region][0] + nsn


# --- identity numbers ---------------------------------------------------------------------


def _birth(rng: random.Random, lo: int = 1935, hi: int = 2012) -> datetime.date:
    start = datetime.date(lo, 1, 1).toordinal()
    return datetime.date.fromordinal(start + rng.randrange(365 * (hi - lo)))


def _luhn_digit(digits: str) -> str:
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def se(rng: random.Random) -> tuple[str, str]:
    """Swedish personnummer (Skatteverket): date, three serial digits, a Luhn digit."""
    d = _birth(rng)
    serial = f"{rng.randrange(1, 1000):03d}"
    body = f"{d:%y%m%d}{serial}"
    number = body + _luhn_digit(body)
    sep = "+" if d.year < 1926 else "-"
    shape = rng.choice(("short", "short", "long", "compact"))
    if shape == "long":
        return f"{d.year}{number[2:6]}-{number[6:]}", shape
    if shape == "compact":
        return number, shape
    return f"{number[:6]}{sep}{number[6:]}", shape


def no(rng: random.Random) -> tuple[str, str]:
    """Norwegian fødselsnummer: DDMMYY, individual number by century, two mod-11 controls."""
    w1, w2 = (3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    while True:
        d = _birth(rng, 1940, 2010)
        ind = rng.randrange(500, 750) if d.year >= 2000 else rng.randrange(0, 500)
        digits = f"{d:%d%m%y}{ind:03d}"
        k1 = 11 - sum(int(a) * b for a, b in zip(digits, w1, strict=True)) % 11
        if k1 == 10:
            continue
        digits += str(k1 % 11)
        k2 = 11 - sum(int(a) * b for a, b in zip(digits, w2, strict=True)) % 11
        if k2 == 10:
            continue
        number = digits + str(k2 % 11)
        return (number, "plain") if rng.random() < 0.7 else (f"{number[:6]} {number[6:]}", "space")


def dk(rng: random.Random) -> tuple[str, str]:
    """Danish CPR: DDMMYY, a digit giving the century with the year, three more digits."""
    d = _birth(rng, 1940, 2010)
    seventh = rng.choice("0123") if d.year < 2000 else rng.choice("4")
    number = f"{d:%d%m%y}{seventh}{rng.randrange(0, 1000):03d}"
    return (f"{number[:6]}-{number[6:]}", "dash") if rng.random() < 0.8 else (number, "plain")


def fi(rng: random.Random) -> tuple[str, str]:
    """Finnish henkilötunnus: DDMMYY, century sign, individual number 002-899, mod-31 check."""
    d = _birth(rng, 1940, 2015)
    sign = "-" if d.year < 2000 else "A"
    ind = f"{rng.randrange(2, 900):03d}"
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{d:%d%m%y}{ind}") % 31]
    return f"{d:%d%m%y}{sign}{ind}{check}", "century-" + ("dash" if sign == "-" else "a")


def pl(rng: random.Random) -> tuple[str, str]:
    """Polish PESEL: YYMMDD with the century in the month, serial, a weighted check digit."""
    d = _birth(rng, 1940, 2012)
    month = d.month + (20 if d.year >= 2000 else 0)
    body = f"{d:%y}{month:02d}{d.day:02d}{rng.randrange(0, 10000):04d}"
    check = (10 - sum(int(a) * w for a, w in zip(body, (1, 3, 7, 9) * 3, strict=False)) % 10) % 10
    return body + str(check), "plain"


def nl(rng: random.Random) -> tuple[str, str]:
    """Dutch BSN: nine digits passing the eleven test (weights 9..2 and -1)."""
    while True:
        digits = [rng.randrange(10) for _ in range(8)]
        if digits[0] == 0:
            continue
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        last = total % 11
        if last < 10:
            number = "".join(map(str, digits)) + str(last)
            return (number, "plain") if rng.random() < 0.6 else (
                f"{number[:4]}.{number[4:6]}.{number[6:]}", "dotted")  # fmt: skip


def is_(rng: random.Random) -> tuple[str, str]:
    """Icelandic kennitala: DDMMYY, two digits, a mod-11 check digit, the century digit."""
    w = (3, 2, 7, 6, 5, 4, 3, 2)
    while True:
        d = _birth(rng, 1940, 2010)
        body = f"{d:%d%m%y}{rng.randrange(20, 100):02d}"
        check = (11 - sum(int(a) * b for a, b in zip(body, w, strict=True)) % 11) % 11
        if check == 10:
            continue
        number = f"{body}{check}{'9' if d.year < 2000 else '0'}"
        return f"{number[:6]}-{number[6:]}", "dash"


def us(rng: random.Random) -> tuple[str, str]:
    """US social security number: area 001-665 or 667-899, group 01-99, serial 0001-9999."""
    while True:
        area = rng.randrange(1, 900)
        if area != 666:
            break
    return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}", "dash"


def ee(rng: random.Random) -> tuple[str, str]:
    """Estonian isikukood: sex and century digit, YYMMDD, serial, a two-pass mod-11 check."""
    d = _birth(rng, 1940, 2010)
    first = rng.choice("34") if d.year < 2000 else rng.choice("56")
    body = f"{first}{d:%y%m%d}{rng.randrange(0, 1000):03d}"
    w1, w2 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 1), (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)
    check = sum(int(a) * b for a, b in zip(body, w1, strict=True)) % 11
    if check == 10:
        check = sum(int(a) * b for a, b in zip(body, w2, strict=True)) % 11
        check = 0 if check == 10 else check
    return body + str(check), "plain"


# country: (builder, python-stdnum module)
BUILDERS = {
    "se": (se, "se.personnummer"), "no": (no, "no.fodselsnummer"), "dk": (dk, "dk.cpr"),
    "fi": (fi, "fi.hetu"), "pl": (pl, "pl.pesel"), "nl": (nl, "nl.bsn"),
    "is": (is_, "is_.kennitala"), "us": (us, "us.ssn"), "ee": (ee, "ee.ik"),
}  # fmt: skip
ID_HOME = {"sv": "se", "en": "us", "no": "no", "da": "dk", "fi": "fi"}
