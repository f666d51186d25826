"""Identity numbers of seven countries, from their published rules (written for held-out K).

Each builder returns (number as written, the label a note puts before it). The test checks every
one with python-stdnum, which is used nowhere else in this package.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable


def _birth(rng: random.Random) -> datetime.date:
    return datetime.date(1938, 1, 1) + datetime.timedelta(days=rng.randrange(61 * 365))


def _luhn(digits: str) -> int:
    total = 0
    for i, d in enumerate(int(c) for c in digits):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def swedish(rng: random.Random) -> tuple[str, str]:
    day = _birth(rng)
    nine = day.strftime("%y%m%d") + f"{rng.randrange(1000):03d}"
    number = nine + str(_luhn(nine))
    shape = rng.random()
    if shape < 0.55:
        text = f"{number[:6]}-{number[6:]}"
    elif shape < 0.85:
        text = f"{day.year // 100}{number[:6]}-{number[6:]}"
    else:
        text = f"{day.year // 100}{number}"
    return text, "pnr"


def norwegian(rng: random.Random) -> tuple[str, str]:
    while True:
        day = _birth(rng)
        digits = [int(c) for c in day.strftime("%d%m%y") + f"{rng.randrange(500):03d}"]
        k1 = 11 - sum(w * d for w, d in zip((3, 7, 6, 1, 8, 9, 4, 5, 2), digits, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        digits.append(k1)
        k2 = (
            11
            - sum(w * d for w, d in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), digits, strict=True)) % 11
        )
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        number = "".join(map(str, digits)) + str(k2)
        return (number if rng.random() < 0.7 else f"{number[:6]} {number[6:]}"), "fnr."


def danish(rng: random.Random) -> tuple[str, str]:
    day = _birth(rng)
    number = day.strftime("%d%m%y") + f"{rng.randrange(4000):04d}"
    return (f"{number[:6]}-{number[6:]}" if rng.random() < 0.8 else number), "CPR-nr."


def finnish(rng: random.Random) -> tuple[str, str]:
    day = _birth(rng)
    serial = f"{rng.randrange(2, 900):03d}"
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(day.strftime("%d%m%y") + serial) % 31]
    return f"{day.strftime('%d%m%y')}-{serial}{check}", "hetu"


def nhs(rng: random.Random) -> tuple[str, str]:
    while True:
        nine = f"{rng.randrange(400_000_000, 800_000_000):09d}"
        check = 11 - sum((10 - i) * int(c) for i, c in enumerate(nine)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            n = nine + str(check)
            return (f"{n[:3]} {n[3:6]} {n[6:]}" if rng.random() < 0.7 else n), "NHS no."


def icelandic(rng: random.Random) -> tuple[str, str]:
    while True:
        day = _birth(rng)
        eight = day.strftime("%d%m%y") + f"{rng.randrange(20, 100):02d}"
        check = (
            11 - sum(w * int(c) for w, c in zip((3, 2, 7, 6, 5, 4, 3, 2), eight, strict=True)) % 11
        )
        check = 0 if check == 11 else check
        if check != 10:
            n = eight + str(check) + "9"
            return f"{n[:6]}-{n[6:]}", "kennitala"


def polish(rng: random.Random) -> tuple[str, str]:
    day = _birth(rng)
    ten = day.strftime("%y%m%d") + f"{rng.randrange(10000):04d}"
    check = (
        10 - sum(w * int(c) for w, c in zip((1, 3, 7, 9, 1, 3, 7, 9, 1, 3), ten, strict=True)) % 10
    ) % 10
    return ten + str(check), "PESEL"


def estonian(rng: random.Random) -> tuple[str, str]:
    day = _birth(rng)
    ten = rng.choice("34") + day.strftime("%y%m%d") + f"{rng.randrange(1000):03d}"
    check = sum(w * int(c) for w, c in zip((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), ten, strict=True)) % 11
    if check == 10:
        check = (
            sum(w * int(c) for w, c in zip((3, 4, 5, 6, 7, 8, 9, 1, 2, 3), ten, strict=True)) % 11
        )
        check = 0 if check == 10 else check
    return ten + str(check), "isikukood"


IDENTITY: dict[str, Callable[[random.Random], tuple[str, str]]] = {
    "se": swedish,
    "no": norwegian,
    "dk": danish,
    "fi": finnish,
    "gb": nhs,
    "is": icelandic,
    "pl": polish,
    "ee": estonian,
}
# The python-stdnum module that checks each (the test's only use of it).
STDNUM = {
    "se": "se.personnummer",
    "no": "no.fodselsnummer",
    "dk": "dk.cpr",
    "fi": "fi.hetu",
    "gb": "gb.nhs",
    "is": "is_.kennitala",
    "pl": "pl.pesel",
    "ee": "ee.ik",
}
