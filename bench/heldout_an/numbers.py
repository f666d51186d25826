"""Held-out AN's phone numbers (libphonenumber's example mobile numbers with new last digits,
kept only when valid and mobile in their region) and identity numbers (dates and serials drawn
here, check characters found by asking python-stdnum)."""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

PLANS = {  # region: weight
    "DK": 8, "SE": 8, "NO": 8, "FI": 8, "IS": 3, "EE": 3, "LT": 3, "LV": 3, "PL": 4, "DE": 4,
    "NL": 3, "GB": 4, "UA": 3, "SO": 3, "SY": 3, "IQ": 2, "AF": 2, "ER": 2, "VN": 2, "TR": 2,
    "BA": 2, "RS": 2, "HU": 2,
}  # fmt: skip
SHAPES = ("international", "national", "e164", "00", "paren", "dot", "dash", "compact")
_MOBILE = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)


def draw(rng: random.Random, region: str) -> tuple[str, list[str]]:
    """A valid mobile number of `region`: its national significant number and the groups of
    its international form after the country code."""
    example = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    nsn = phonenumbers.national_significant_number(example)
    while True:
        k = rng.randint(2, min(5, len(nsn) - 2))
        candidate = nsn[:-k] + "".join(rng.choice("0123456789") for _ in range(k))
        number = phonenumbers.parse("+" + str(example.country_code) + candidate)
        if (
            phonenumbers.is_valid_number(number)
            and phonenumbers.number_type(number) in _MOBILE
            and phonenumbers.region_code_for_number(number) == region
        ):
            written = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
            return candidate, written.split(" ")[1:]


def e164(region: str, nsn: str) -> str:
    code = phonenumbers.country_code_for_region(region)
    return f"+{code}{nsn}"


def _same(written: str, region: str, value: str) -> bool:
    try:
        number = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(number)
        and phonenumbers.region_code_for_number(number) == region
        and phonenumbers.format_number(number, PhoneNumberFormat.E164) == value
    )


def write(rng: random.Random, region: str, nsn: str, groups: list[str]) -> tuple[str, str]:
    """The number written in one of `SHAPES`; a shape that does not read back as the same
    number falls back to the international form."""
    value = e164(region, nsn)
    number = phonenumbers.parse(value)
    code = str(number.country_code)
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    international = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    shape = rng.choice(SHAPES)
    if shape == "national":
        written = national
    elif shape == "e164":
        written = value
    elif shape == "00":
        written = "00" + international[1:]
    elif shape == "paren":
        written = f"+{code} (0){' '.join(groups)}" if national.startswith("0") else ""
    elif shape == "dot":
        written = f"+{code}." + ".".join(groups)
    elif shape == "dash":
        written = f"+{code}-" + "-".join(groups)
    elif shape == "compact":
        written = f"+{code} " + "".join(groups)
    else:
        written = international
    if not written or not _same(written, region, value):
        return international, "international"
    return written, shape


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def _birth(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)


def _valid(module: str, candidate: str) -> bool:
    return importlib.import_module(f"stdnum.{module}").is_valid(candidate)


def _builder(module: str, make: Callable[[random.Random], list[tuple[str, str]]]) -> Callable:
    def build(rng: random.Random) -> tuple[str, str]:
        while True:
            options = make(rng)
            rng.shuffle(options)
            for number, shape in options:
                if _valid(module, number):
                    return number, shape

    return build


def _dk(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    head = f"{d:02d}{m:02d}{y % 100:02d}"
    serial = _digits(rng, 4)
    return [(f"{head}-{serial}", "dash"), (f"{head}{serial}", "plain")]


def _se(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    out = []
    for c in "0123456789":
        serial = _digits(rng, 3) + c
        out += [(f"{y % 100:02d}{m:02d}{d:02d}-{serial}", "dash"),
                (f"{y}{m:02d}{d:02d}-{serial}", "century")]  # fmt: skip
    return out


def _no(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    individual = rng.randint(0, 499) if y < 2000 else rng.randint(500, 999)
    head = f"{d:02d}{m:02d}{y % 100:02d}"
    out = []
    for k in range(100):
        tail = f"{individual:03d}{k:02d}"
        out += [(head + tail, "plain"), (f"{head} {tail}", "spaced")]
    return out


def _fi(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    sign = "-" if y < 2000 else "A"
    number = f"{d:02d}{m:02d}{y % 100:02d}{sign}{rng.randint(2, 899):03d}"
    return [(number + c, "hetu") for c in "0123456789ABCDEFHJKLMNPRSTUVWXY"]


def _is(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    head = f"{d:02d}{m:02d}{y % 100:02d}"
    century = "9" if y < 2000 else "0"
    return [(f"{head}-{_digits(rng, 2)}{c}{century}", "dash") for c in "0123456789"]


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
    month = m if y < 2000 else m + 20
    head = f"{y % 100:02d}{month:02d}{d:02d}{_digits(rng, 4)}"
    return [(head + c, "plain") for c in "0123456789"]


def _bg(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    month = m if y < 2000 else m + 40
    head = f"{y % 100:02d}{month:02d}{d:02d}{_digits(rng, 3)}"
    return [(head + c, "plain") for c in "0123456789"]


def _cz(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    month = m + rng.choice((0, 50))
    head = f"{y % 100:02d}{month:02d}{d:02d}"
    tail = _digits(rng, 3)
    return [(f"{head}/{tail}{c}", "slash") for c in "0123456789"]


BUILDERS: dict[str, tuple[Callable[[random.Random], tuple[str, str]], str]] = {
    "dk": (_builder("dk.cpr", _dk), "dk.cpr"),
    "se": (_builder("se.personnummer", _se), "se.personnummer"),
    "no": (_builder("no.fodselsnummer", _no), "no.fodselsnummer"),
    "fi": (_builder("fi.hetu", _fi), "fi.hetu"),
    "is": (_builder("is_.kennitala", _is), "is_.kennitala"),
    "ee": (_builder("ee.ik", _ee), "ee.ik"),
    "lt": (_builder("lt.asmens", _lt), "lt.asmens"),
    "pl": (_builder("pl.pesel", _pl), "pl.pesel"),
    "bg": (_builder("bg.egn", _bg), "bg.egn"),
    "cz": (_builder("cz.rc", _cz), "cz.rc"),
}
WEIGHTS = {"dk": 4, "se": 4, "no": 4, "fi": 4, "is": 2, "ee": 2, "lt": 2, "pl": 2, "bg": 2, "cz": 2}
