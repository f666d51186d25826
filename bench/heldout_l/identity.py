"""Identity numbers of nine countries, each built from its published rule (not from a library).

Each function takes a random generator and returns (written, value, country). The test checks
every one with python-stdnum.
"""

from __future__ import annotations

import datetime
import random

FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _birth(rng: random.Random, first: int = 1935, last: int = 2004) -> datetime.date:
    start = datetime.date(first, 1, 1).toordinal()
    return datetime.date.fromordinal(rng.randint(start, datetime.date(last, 12, 31).toordinal()))


def luhn_digit(digits: str) -> int:
    total = 0
    for i, c in enumerate(digits):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def swedish(rng: random.Random) -> tuple[str, str]:
    """Personnummer: YYMMDD, a birth number, and a Luhn digit over the ten short digits."""
    born = _birth(rng)
    short = born.strftime("%y%m%d") + f"{rng.randint(0, 999):03d}"
    full = short + str(luhn_digit(short))
    value = born.strftime("%Y") + full[2:]
    shape = rng.choice(("short-dash", "short-dash", "long-dash", "long", "short"))
    written = {
        "short-dash": f"{full[:6]}-{full[6:]}",
        "long-dash": f"{value[:8]}-{value[8:]}",
        "long": value,
        "short": full,
    }[shape]
    return written, shape


def norwegian(rng: random.Random) -> tuple[str, str]:
    """Fødselsnummer: DDMMYY, an individual number (000-499 for 1900-1999), two mod-11 digits."""
    while True:
        born = _birth(rng, 1940, 1999)
        base = born.strftime("%d%m%y") + f"{rng.randint(0, 499):03d}"
        w1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
        k1 = 11 - sum(int(c) * w for c, w in zip(base, w1, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        base += str(k1)
        w2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        k2 = 11 - sum(int(c) * w for c, w in zip(base, w2, strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        number = base + str(k2)
        shape = rng.choice(("plain", "plain", "spaced"))
        return (number if shape == "plain" else f"{number[:6]} {number[6:]}"), shape


def danish(rng: random.Random) -> tuple[str, str]:
    """CPR: DDMMYY and four digits, the first of which with the year gives the century."""
    born = _birth(rng, 1937, 1999)
    seq = f"{rng.randint(0, 3)}{rng.randint(0, 999):03d}"  # 0-3: born 1900-1999
    number = born.strftime("%d%m%y") + seq
    shape = rng.choice(("dash", "dash", "plain"))
    return (f"{number[:6]}-{number[6:]}" if shape == "dash" else number), shape


def finnish(rng: random.Random) -> tuple[str, str]:
    """Henkilötunnus: DDMMYY, the century sign, ZZZ (002-899) and a check character mod 31."""
    born = _birth(rng, 1935, 2004)
    sign = "-" if born.year < 2000 else "A"
    zzz = f"{rng.randint(2, 899):03d}"
    digits = born.strftime("%d%m%y") + zzz
    return born.strftime("%d%m%y") + sign + zzz + FI_CHECK[int(digits) % 31], "hetu"


def polish(rng: random.Random) -> tuple[str, str]:
    """PESEL: YYMMDD (month + 20 after 1999), a serial and a weighted check digit."""
    born = _birth(rng, 1940, 2004)
    month = born.month + (20 if born.year >= 2000 else 0)
    base = f"{born.year % 100:02d}{month:02d}{born.day:02d}{rng.randint(0, 9999):04d}"
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(int(c) * w for c, w in zip(base, weights, strict=True)) % 10) % 10
    return base + str(check), "pesel"


def nhs(rng: random.Random) -> tuple[str, str]:
    """NHS number: nine digits and a mod-11 check digit (weights 10 to 2), written 3-3-4."""
    while True:
        base = str(rng.randint(4, 6)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        check = 11 - sum(int(c) * w for c, w in zip(base, range(10, 1, -1), strict=True)) % 11
        check = 0 if check == 11 else check
        if check == 10:
            continue
        n = base + str(check)
        return f"{n[:3]} {n[3:6]} {n[6:]}", "nhs"


def dutch(rng: random.Random) -> tuple[str, str]:
    """BSN: nine digits passing the eleven test (9*d1 + ... + 2*d8 - d9, a multiple of 11)."""
    while True:
        base = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        total = sum(int(c) * w for c, w in zip(base, range(9, 1, -1), strict=True))
        last = total % 11
        if last < 10:
            n = base + str(last)
            return (n if rng.random() < 0.6 else f"{n[:4]}.{n[4:6]}.{n[6:]}"), "bsn"


def estonian(rng: random.Random) -> tuple[str, str]:
    """Isikukood: sex and century (3 or 4: 1900s), YYMMDD, a serial and a two-pass mod-11 digit."""
    born = _birth(rng, 1940, 1999)
    base = f"{rng.choice('34')}{born.strftime('%y%m%d')}{rng.randint(0, 999):03d}"
    check = sum(int(c) * w for c, w in zip(base, (1, 2, 3, 4, 5, 6, 7, 8, 9, 1), strict=True)) % 11
    if check == 10:
        check = (
            sum(int(c) * w for c, w in zip(base, (3, 4, 5, 6, 7, 8, 9, 1, 2, 3), strict=True)) % 11
        )
        check = 0 if check == 10 else check
    return base + str(check), "isikukood"


def icelandic(rng: random.Random) -> tuple[str, str]:
    """Kennitala: DDMMYY, two digits, a mod-11 check digit (3 2 7 6 5 4 3 2) and the century."""
    while True:
        born = _birth(rng, 1940, 1999)
        base = born.strftime("%d%m%y") + f"{rng.randint(20, 99):02d}"
        rest = (
            11 - sum(int(c) * w for c, w in zip(base, (3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
        )
        rest = 0 if rest == 11 else rest
        if rest == 10:
            continue
        n = base + str(rest) + "9"
        return f"{n[:6]}-{n[6:]}", "kennitala"


# country -> (builder, python-stdnum module that checks it)
BUILDERS = {
    "se": (swedish, "se.personnummer"),
    "no": (norwegian, "no.fodselsnummer"),
    "dk": (danish, "dk.cpr"),
    "fi": (finnish, "fi.hetu"),
    "pl": (polish, "pl.pesel"),
    "gb": (nhs, "gb.nhs"),
    "nl": (dutch, "nl.bsn"),
    "ee": (estonian, "ee.ik"),
    "is": (icelandic, "is_.kennitala"),
}
