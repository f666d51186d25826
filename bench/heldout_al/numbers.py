"""Held-out AL's phone numbers and identity numbers: phone numbers drawn from
libphonenumber's example mobile numbers with the tail redrawn and kept only when valid, written
in eight shapes; identity numbers of ten countries with dates and serials drawn here and the
check character found by asking python-stdnum which one holds."""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

# region -> weight (the film circles' members, their families and the people they call)
PLANS = {
    "DK": 12,
    "SE": 11,
    "NO": 8,
    "FI": 8,
    "IS": 3,
    "FO": 2,
    "GL": 2,
    "EE": 3,
    "LT": 3,
    "PL": 3,
    "DE": 3,
    "NL": 2,
    "GB": 3,
    "SO": 2,
    "ER": 2,
    "IR": 2,
    "AF": 2,
    "SY": 2,
    "VN": 2,
    "UA": 3,
    "BA": 2,
    "IN": 2,
    "PK": 2,
}
SHAPES = ("international", "national", "e164", "00", "paren", "dot", "dash", "compact")
_MOBILE = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)


def draw(rng: random.Random, region: str) -> tuple[str, list[str]]:
    """A valid mobile national number of `region` and its international digit groups."""
    example = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    base = phonenumbers.national_significant_number(example)
    while True:
        k = rng.randint(2, min(5, len(base) - 2))
        nsn = base[:-k] + "".join(rng.choice("0123456789") for _ in range(k))
        number = phonenumbers.parse("+" + str(example.country_code) + nsn)
        if (
            phonenumbers.is_valid_number(number)
            and phonenumbers.region_code_for_number(number) == region
            and phonenumbers.number_type(number) in _MOBILE
        ):
            written = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
            return nsn, written.split(" ")[1:]


def e164(region: str, nsn: str) -> str:
    code = phonenumbers.country_code_for_region(region)
    return f"+{code}{nsn}"


def _same(written: str, region: str, value: str) -> bool:
    try:
        parsed = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(parsed)
        and phonenumbers.region_code_for_number(parsed) == region
        and phonenumbers.format_number(parsed, PhoneNumberFormat.E164) == value
    )


def write(rng: random.Random, region: str, nsn: str, groups: list[str]) -> tuple[str, str]:
    """The number written in one of the shapes, and the shape's name."""
    code = phonenumbers.country_code_for_region(region)
    value = e164(region, nsn)
    parsed = phonenumbers.parse(value)
    national = phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL)
    shape = rng.choice(SHAPES)
    if shape == "national":
        written = national
    elif shape == "e164":
        written = value
    elif shape == "00":
        written = f"00{code} " + " ".join(groups)
    elif shape == "paren":
        written = f"+{code} (0)" + " ".join(groups) if national.startswith("0") else ""
    elif shape == "dot":
        written = f"+{code}." + ".".join(groups)
    elif shape == "dash":
        written = f"+{code}-" + "-".join(groups)
    elif shape == "compact":
        written = f"+{code} " + "".join(groups)
    else:
        written = f"+{code} " + " ".join(groups)
    if not written or not _same(written, region, value):
        shape = "international"
        written = f"+{code} " + " ".join(groups)
    return written, shape


def _birth(rng: random.Random, lo: int = 1942, hi: int = 2007) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def _first_valid(module: str, candidates: list[str]) -> str | None:
    check = importlib.import_module(f"stdnum.{module}")
    for c in candidates:
        if check.is_valid(c):
            return c
    return None


def _retry(make: Callable[[random.Random], tuple[str, str] | None]) -> Callable:
    def build(rng: random.Random) -> tuple[str, str]:
        while True:
            got = make(rng)
            if got:
                return got

    return build


def _dk(rng: random.Random) -> tuple[str, str] | None:
    y, m, d = _birth(rng)
    century = {19: "0123", 20: "4"}[y // 100] if y < 2000 else "4"
    serial = rng.choice(century) + _digits(rng, 2)
    head = f"{d:02d}{m:02d}{y % 100:02d}"
    got = _first_valid("dk.cpr", [f"{head}{serial}{c}" for c in "0123456789"])
    if not got:
        return None
    if rng.random() < 0.6:
        return f"{got[:6]}-{got[6:]}", "dash"
    return got, "plain"


def _se(rng: random.Random) -> tuple[str, str] | None:
    y, m, d = _birth(rng)
    head = f"{y % 100:02d}{m:02d}{d:02d}"
    serial = _digits(rng, 3)
    got = _first_valid("se.personnummer", [f"{head}-{serial}{c}" for c in "0123456789"])
    if not got:
        return None
    if rng.random() < 0.3:
        return f"{y}{m:02d}{d:02d}{got[7:]}", "century"
    return got, "dash"


def _no(rng: random.Random) -> tuple[str, str] | None:
    y, m, d = _birth(rng, 1942, 1999)
    head = f"{d:02d}{m:02d}{y % 100:02d}"
    individual = f"{rng.randint(0, 499):03d}"
    got = _first_valid(
        "no.fodselsnummer",
        [f"{head}{individual}{a}{b}" for a in "0123456789" for b in "0123456789"],
    )
    if not got:
        return None
    if rng.random() < 0.4:
        return f"{got[:6]} {got[6:]}", "spaced"
    return got, "plain"


def _fi(rng: random.Random) -> tuple[str, str] | None:
    y, m, d = _birth(rng)
    sign = "-" if y < 2000 else "A"
    head = f"{d:02d}{m:02d}{y % 100:02d}{sign}{rng.randint(2, 899):03d}"
    got = _first_valid("fi.hetu", [head + c for c in "0123456789ABCDEFHJKLMNPRSTUVWXY"])
    return (got, "plain") if got else None


def _is(rng: random.Random) -> tuple[str, str] | None:
    y, m, d = _birth(rng, 1942, 1999)
    head = f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(20, 99):02d}"
    got = _first_valid("is_.kennitala", [f"{head}{c}9" for c in "0123456789"])
    if not got:
        return None
    return f"{got[:6]}-{got[6:]}", "dash"


def _ee(rng: random.Random) -> tuple[str, str] | None:
    y, m, d = _birth(rng)
    first = ("3" if y < 2000 else "5") if rng.random() < 0.5 else ("4" if y < 2000 else "6")
    head = f"{first}{y % 100:02d}{m:02d}{d:02d}{_digits(rng, 3)}"
    got = _first_valid("ee.ik", [head + c for c in "0123456789"])
    return (got, "plain") if got else None


def _lt(rng: random.Random) -> tuple[str, str] | None:
    y, m, d = _birth(rng)
    first = ("3" if y < 2000 else "5") if rng.random() < 0.5 else ("4" if y < 2000 else "6")
    head = f"{first}{y % 100:02d}{m:02d}{d:02d}{_digits(rng, 3)}"
    got = _first_valid("lt.asmens", [head + c for c in "0123456789"])
    return (got, "plain") if got else None


def _pl(rng: random.Random) -> tuple[str, str] | None:
    y, m, d = _birth(rng)
    month = m + (20 if y >= 2000 else 0)
    head = f"{y % 100:02d}{month:02d}{d:02d}{_digits(rng, 4)}"
    got = _first_valid("pl.pesel", [head + c for c in "0123456789"])
    return (got, "plain") if got else None


def _nl(rng: random.Random) -> tuple[str, str] | None:
    head = str(rng.randint(1, 9)) + _digits(rng, 7)
    got = _first_valid("nl.bsn", [head + c for c in "0123456789"])
    if not got:
        return None
    if rng.random() < 0.4:
        return f"{got[:4]}.{got[4:6]}.{got[6:]}", "dotted"
    return got, "plain"


def _bg(rng: random.Random) -> tuple[str, str] | None:
    y, m, d = _birth(rng)
    month = m + (40 if y >= 2000 else 0)
    head = f"{y % 100:02d}{month:02d}{d:02d}{_digits(rng, 3)}"
    got = _first_valid("bg.egn", [head + c for c in "0123456789"])
    return (got, "plain") if got else None


BUILDERS: dict[str, tuple[Callable[[random.Random], tuple[str, str]], str]] = {
    "dk": (_retry(_dk), "dk.cpr"),
    "se": (_retry(_se), "se.personnummer"),
    "no": (_retry(_no), "no.fodselsnummer"),
    "fi": (_retry(_fi), "fi.hetu"),
    "is": (_retry(_is), "is_.kennitala"),
    "ee": (_retry(_ee), "ee.ik"),
    "lt": (_retry(_lt), "lt.asmens"),
    "pl": (_retry(_pl), "pl.pesel"),
    "nl": (_retry(_nl), "nl.bsn"),
    "bg": (_retry(_bg), "bg.egn"),
}
WEIGHTS = {"dk": 3, "se": 3, "no": 2, "fi": 2, "is": 2, "ee": 3, "lt": 3, "pl": 3, "nl": 3, "bg": 3}
