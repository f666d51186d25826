"""Identity numbers of ten countries, built from their published rules (check digits and
layout), so that no generator anybody here used drew them. `tests/test_bench_heldout_j.py`
proves every one valid with `python-stdnum`."""

from __future__ import annotations

import random
from collections.abc import Callable


def _birth(rng: random.Random) -> tuple[int, int, int]:
    year = rng.randint(1935, 2012)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    return year, month, day


def _luhn(digits: str) -> int:
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def se(rng: random.Random) -> str:
    """Swedish personnummer, YYMMDD-NNNC (Luhn over the nine digits before C)."""
    y, m, d = _birth(rng)
    body = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    sep = "+" if y < 1926 else "-"
    return f"{body[:6]}{sep}{body[6:]}{_luhn(body)}"


def no(rng: random.Random) -> str:
    """Norwegian fødselsnummer: DDMMYY, three individual digits, two mod-11 check digits."""
    while True:
        y, m, d = _birth(rng)
        ind = rng.randint(500, 749) if y >= 2000 else rng.randint(0, 499)
        base = [int(c) for c in f"{d:02d}{m:02d}{y % 100:02d}{ind:03d}"]
        k1 = 11 - sum(a * b for a, b in zip((3, 7, 6, 1, 8, 9, 4, 5, 2), base, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        base.append(k1)
        w2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        k2 = 11 - sum(a * b for a, b in zip(w2, base, strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 != 10:
            return "".join(map(str, base)) + str(k2)


def dk(rng: random.Random) -> str:
    """Danish CPR, DDMMYY-SSSS (no check digit since 2007; the seventh digit gives the century)."""
    y, m, d = _birth(rng)
    seventh = rng.choice("0123") if y < 2000 else rng.choice("4")
    return f"{d:02d}{m:02d}{y % 100:02d}-{seventh}{rng.randint(0, 999):03d}"


def fi(rng: random.Random) -> str:
    """Finnish henkilötunnus, DDMMYYCZZZQ: century sign, check character of the number mod 31."""
    y, m, d = _birth(rng)
    ind = rng.randint(2, 899)
    sign = "-" if y < 2000 else "A"
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{d:02d}{m:02d}{y % 100:02d}{ind:03d}") % 31]
    return f"{d:02d}{m:02d}{y % 100:02d}{sign}{ind:03d}{check}"


def pl(rng: random.Random) -> str:
    """Polish PESEL: YYMMDD (month + 20 after 2000), four serial digits, a weighted check."""
    y, m, d = _birth(rng)
    mm = m + (20 if y >= 2000 else 0)
    base = f"{y % 100:02d}{mm:02d}{d:02d}{rng.randint(0, 9999):04d}"
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(int(c) * w for c, w in zip(base, weights, strict=True)) % 10) % 10
    return base + str(check)


def ee(rng: random.Random) -> str:
    """Estonian isikukood: sex and century, YYMMDD, serial, two-stage mod-11 check."""
    while True:
        y, m, d = _birth(rng)
        first = rng.choice("34") if y < 2000 else rng.choice("56")
        base = f"{first}{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
        w1, w2 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 1), (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)
        check = sum(int(c) * w for c, w in zip(base, w1, strict=True)) % 11
        if check == 10:
            check = sum(int(c) * w for c, w in zip(base, w2, strict=True)) % 11
            if check == 10:
                check = 0
        return base + str(check)


def nl(rng: random.Random) -> str:
    """Dutch BSN: nine digits passing the eleven test (weights 9..2 and -1)."""
    while True:
        digits = [rng.randint(0, 9) for _ in range(8)]
        if digits[0] == 0:
            continue
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        last = total % 11
        if last < 10:
            return "".join(map(str, digits)) + str(last)


def tr(rng: random.Random) -> str:
    """Turkish T.C. kimlik no: eleven digits, the last two from the first nine."""
    digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    d10 = ((sum(digits[0:9:2]) * 7) - sum(digits[1:8:2])) % 10
    d11 = (sum(digits) + d10) % 10
    return "".join(map(str, digits)) + f"{d10}{d11}"


def is_(rng: random.Random) -> str:
    """Icelandic kennitala, DDMMYY-RRCM: a mod-11 check digit and the century."""
    while True:
        y, m, d = _birth(rng)
        base = f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(20, 99):02d}"
        weights = (3, 2, 7, 6, 5, 4, 3, 2)
        check = 11 - sum(int(c) * w for c, w in zip(base, weights, strict=True)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            century = "9" if y < 2000 else "0"
            return f"{base[:6]}-{base[6:]}{check}{century}"


def es(rng: random.Random) -> str:
    """Spanish DNI: eight digits and the letter of the number mod 23."""
    number = rng.randint(10_000_000, 99_999_999)
    return f"{number}{'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}"


# country -> (builder, the python-stdnum module that validates it, word used before it)
COUNTRIES: dict[str, tuple[Callable[[random.Random], str], str]] = {
    "SE": (se, "se.personnummer"),
    "NO": (no, "no.fodselsnummer"),
    "DK": (dk, "dk.cpr"),
    "FI": (fi, "fi.hetu"),
    "PL": (pl, "pl.pesel"),
    "EE": (ee, "ee.ik"),
    "NL": (nl, "nl.bsn"),
    "TR": (tr, "tr.tckimlik"),
    "IS": (is_, "is_.kennitala"),
    "ES": (es, "es.dni"),
}
