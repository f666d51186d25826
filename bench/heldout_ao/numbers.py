"""Held-out AO's phone and identity numbers: phone numbers valid and mobile for their region
(libphonenumber's metadata through PyPI `phonenumbers`), identity numbers whose check
characters python-stdnum accepts (found by trying each candidate)."""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

PLANS = {  # region: weight
    "SE": 5,
    "DK": 5,
    "NO": 5,
    "FI": 5,
    "IS": 2,
    "EE": 2,
    "LV": 2,
    "LT": 2,
    "PL": 3,
    "DE": 3,
    "GB": 3,
    "NL": 2,
    "FO": 2,
    "GL": 1,
    "SY": 2,
    "SO": 2,
    "IQ": 2,
    "ER": 1,
    "AF": 2,
    "TR": 2,
    "UA": 2,
    "VN": 1,
    "BA": 2,
    "TH": 1,
}
SHAPES = ("international", "national", "e164", "00", "paren", "dot", "dash", "compact")
_MOBILE = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)


def _ok(region: str, nsn: str) -> bool:
    code = phonenumbers.country_code_for_region(region)
    n = phonenumbers.parse(f"+{code}{nsn}")
    return (
        phonenumbers.is_valid_number(n)
        and phonenumbers.region_code_for_number(n) == region
        and phonenumbers.number_type(n) in _MOBILE
    )


def draw(rng: random.Random, region: str) -> tuple[str, list[str]]:
    """A mobile national significant number of `region` and its international groups."""
    example = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    base = str(example.national_number)
    for _ in range(500):
        k = rng.randint(2, min(5, len(base) - 2))
        nsn = base[:-k] + "".join(rng.choice("0123456789") for _ in range(k))
        if _ok(region, nsn):
            break
    else:
        nsn = base
    n = phonenumbers.parse(f"+{phonenumbers.country_code_for_region(region)}{nsn}")
    groups = phonenumbers.format_number(n, PhoneNumberFormat.INTERNATIONAL).split(" ")
    return nsn, groups


def e164(region: str, nsn: str) -> str:
    return f"+{phonenumbers.country_code_for_region(region)}{nsn}"


def _reads_back(written: str, region: str, value: str) -> bool:
    try:
        n = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(n)
        and phonenumbers.region_code_for_number(n) == region
        and phonenumbers.format_number(n, PhoneNumberFormat.E164) == value
    )


def write(rng: random.Random, region: str, nsn: str, groups: list[str]) -> tuple[str, str]:
    """The number written in one of `SHAPES` (falling back to international), and the shape."""
    value = e164(region, nsn)
    n = phonenumbers.parse(value)
    national = phonenumbers.format_number(n, PhoneNumberFormat.NATIONAL)
    cc, rest = groups[0], groups[1:]
    shape = rng.choice(SHAPES)
    if shape == "national":
        written = national
    elif shape == "e164":
        written = value
    elif shape == "00":
        written = "00" + " ".join([cc[1:], *rest])
    elif shape == "paren":
        written = f"{cc} (0){' '.join(rest)}" if national.startswith("0") else ""
    elif shape == "dot":
        written = f"{cc}.{'.'.join(rest)}"
    elif shape == "dash":
        written = f"{cc}-{'-'.join(rest)}"
    elif shape == "compact":
        written = f"{cc} {''.join(rest)}"
    else:
        written = " ".join(groups)
    if not written or not _reads_back(written, region, value):
        shape, written = "international", " ".join(groups)
    return written, shape


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def _birth(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1942, 2003), rng.randint(1, 12), rng.randint(1, 28)


def _valid(module: str, candidate: str) -> bool:
    try:
        return bool(importlib.import_module(f"stdnum.{module}").is_valid(candidate))
    except Exception:  # noqa: BLE001  # a candidate stdnum cannot parse is not valid
        return False


def _builder(module: str, make: Callable[[random.Random], list[tuple[str, str]]]) -> Callable:
    def build(rng: random.Random) -> tuple[str, str]:
        while True:
            candidates = make(rng)
            good = [(c, shape) for c, shape in candidates if _valid(module, c)]
            if good:
                return rng.choice(good)

    return build


def _dk(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    head = f"{d:02d}{m:02d}{y % 100:02d}"
    serial = _digits(rng, 3)
    dash = rng.random() < 0.6
    return [
        (f"{head}-{serial}{c}" if dash else f"{head}{serial}{c}", "dash" if dash else "plain")
        for c in "0123456789"
    ]


def _se(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    serial = _digits(rng, 3)
    if rng.random() < 0.3:
        return [(f"{y}{m:02d}{d:02d}-{serial}{c}", "century") for c in "0123456789"]
    return [(f"{y % 100:02d}{m:02d}{d:02d}-{serial}{c}", "dash") for c in "0123456789"]


def _no(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    if y >= 2000:
        first = rng.choice("56789")
    else:
        first = rng.choice("01234")
    serial = first + _digits(rng, 2)
    spaced = rng.random() < 0.4
    out = []
    for c in range(100):
        body = f"{d:02d}{m:02d}{y % 100:02d}"
        tail = f"{serial}{c:02d}"
        out.append((f"{body} {tail}" if spaced else body + tail, "spaced" if spaced else "plain"))
    return out


def _fi(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    sign = "A" if y >= 2000 else "-"
    head = f"{d:02d}{m:02d}{y % 100:02d}{sign}{rng.randint(2, 899):03d}"
    return [(head + c, "plain") for c in "0123456789ABCDEFHJKLMNPRSTUVWXY"]


def _is(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    head = f"{d:02d}{m:02d}{y % 100:02d}-{rng.randint(20, 99)}"
    century = "9" if y < 2000 else "0"
    return [(f"{head}{c}{century}", "dash") for c in "0123456789"]


def _ee(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    first = rng.choice("34") if y < 2000 else rng.choice("56")
    head = f"{first}{y % 100:02d}{m:02d}{d:02d}{_digits(rng, 3)}"
    return [(head + c, "plain") for c in "0123456789"]


def _lt(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    first = rng.choice("34") if y < 2000 else rng.choice("56")
    head = f"{first}{y % 100:02d}{m:02d}{d:02d}{_digits(rng, 3)}"
    return [(head + c, "plain") for c in "0123456789"]


def _pl(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    mm = m + (20 if y >= 2000 else 0)
    head = f"{y % 100:02d}{mm:02d}{d:02d}{_digits(rng, 4)}"
    return [(head + c, "plain") for c in "0123456789"]


def _lv(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    century = "1" if y < 2000 else "2"
    head = f"{d:02d}{m:02d}{y % 100:02d}-{century}{_digits(rng, 3)}"
    return [(head + c, "dash") for c in "0123456789"]


def _cz(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    mm = m + (50 if rng.random() < 0.5 else 0)
    head = f"{y % 100:02d}{mm:02d}{d:02d}/{_digits(rng, 3)}"
    return [(head + c, "slash") for c in "0123456789"]


BUILDERS: dict[str, tuple[Callable[[random.Random], tuple[str, str]], str]] = {
    "dk": (_builder("dk.cpr", _dk), "dk.cpr"),
    "se": (_builder("se.personnummer", _se), "se.personnummer"),
    "no": (_builder("no.fodselsnummer", _no), "no.fodselsnummer"),
    "fi": (_builder("fi.hetu", _fi), "fi.hetu"),
    "is": (_builder("is_.kennitala", _is), "is_.kennitala"),
    "ee": (_builder("ee.ik", _ee), "ee.ik"),
    "lt": (_builder("lt.asmens", _lt), "lt.asmens"),
    "pl": (_builder("pl.pesel", _pl), "pl.pesel"),
    "lv": (_builder("lv.pvn", _lv), "lv.pvn"),
    "cz": (_builder("cz.rc", _cz), "cz.rc"),
}
WEIGHTS = {"dk": 5, "se": 5, "no": 5, "fi": 5, "is": 2, "ee": 2, "lt": 2, "pl": 2, "lv": 2, "cz": 2}
