"""Held-out Y's phone and identity numbers, written here: a phone number is libphonenumber's
example mobile number of the country with its last digits drawn again until libphonenumber calls
it valid for that country; an identity number is a birth date and serial drawn until
python-stdnum's module for the country accepts it."""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

PLANS = (
    "SE",
    "NO",
    "DK",
    "FI",
    "GB",
    "US",
    "DE",
    "PL",
    "EE",
    "IQ",
    "SO",
    "IR",
    "TR",
    "UA",
    "SY",
    "AF",
    "VN",
    "BA",
    "ER",
)
SHAPES = ("national", "international", "e164", "00", "paren", "dot", "dash")


def draw(rng: random.Random, region: str) -> tuple[str, list[str]]:
    """A valid mobile number of `region`: (national significant number, its national groups)."""
    example = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    if example is None:  # pragma: no cover
        example = phonenumbers.example_number(region)
    nsn = phonenumbers.national_significant_number(example)
    keep = max(2, len(nsn) - 5)
    for _ in range(500):
        digits = nsn[:keep] + "".join(rng.choice("0123456789") for _ in nsn[keep:])
        number = phonenumbers.parse("+" + str(example.country_code) + digits, None)
        if phonenumbers.is_valid_number(number) and (
            phonenumbers.region_code_for_number(number) == region
        ):
            national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
            return digits, national.replace("-", " ").replace("(", "").replace(")", "").split()
    return nsn, phonenumbers.format_number(example, PhoneNumberFormat.NATIONAL).split()


def write(rng: random.Random, region: str, nsn: str, groups: list[str]) -> tuple[str, str]:
    """The number in one of the ways people write it, kept only when libphonenumber reads it
    back to the same number (otherwise E.164)."""
    number = phonenumbers.parse(nsn, region)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    shape = rng.choice(SHAPES)
    written = {
        "national": " ".join(groups),
        "international": intl,
        "e164": e164,
        "00": "00" + intl[1:],
        "paren": f"({groups[0]}) {' '.join(groups[1:])}" if len(groups) > 1 else intl,
        "dot": ".".join(groups) if len(groups) > 1 else intl,
        "dash": "-".join(groups) if len(groups) > 1 else intl,
    }[shape]
    try:
        back = phonenumbers.parse(written, region)
        if phonenumbers.format_number(back, PhoneNumberFormat.E164) == e164 and (
            phonenumbers.is_valid_number(back)
        ):
            return written, shape
    except phonenumbers.NumberParseException:
        pass
    return e164, "e164"


# --- identity numbers ----------------------------------------------------------------------


def _date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1940, 2012), rng.randint(1, 12), rng.randint(1, 28)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _until(module: str, make: Callable[[random.Random], tuple[str, str]]) -> Callable:
    check = importlib.import_module(f"stdnum.{module}")

    def build(rng: random.Random) -> tuple[str, str]:
        for _ in range(20_000):
            number, shape = make(rng)
            if check.is_valid(number):
                return number, shape
        raise RuntimeError(module)  # pragma: no cover

    return build


def _se(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    tail = _digits(rng, 4)
    if rng.random() < 0.5:
        return f"{y % 100:02d}{m:02d}{d:02d}-{tail}", "ten-dash"
    return f"{y}{m:02d}{d:02d}{tail}", "twelve"


def _no(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    serial = f"{rng.randint(0, 499) if y < 2000 else rng.randint(500, 999):03d}{_digits(rng, 2)}"
    if rng.random() < 0.5:
        return f"{d:02d}{m:02d}{y % 100:02d}{serial}", "plain"
    return f"{d:02d}{m:02d}{y % 100:02d} {serial}", "spaced"


def _dk(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    century = rng.choice("0123") if y < 2000 else rng.choice("4")
    return f"{d:02d}{m:02d}{y % 100:02d}-{century}{_digits(rng, 3)}", "dash"


def _fi(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    sign = "-" if y < 2000 else "A"
    body = f"{d:02d}{m:02d}{y % 100:02d}{sign}{rng.randint(2, 899):03d}"
    return body + rng.choice("0123456789ABCDEFHJKLMNPRSTUVWXY"), "sign-" + sign.replace("-", "dash")


def _pl(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    month = m + (20 if y >= 2000 else 0)
    return f"{y % 100:02d}{month:02d}{d:02d}{_digits(rng, 5)}", "plain"


def _ee(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    first = rng.choice("34") if y < 2000 else rng.choice("56")
    return f"{first}{y % 100:02d}{m:02d}{d:02d}{_digits(rng, 4)}", "plain"


def _lt(rng: random.Random) -> tuple[str, str]:
    return _ee(rng)


def _is(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    century = "9" if y < 2000 else "0"
    return f"{d:02d}{m:02d}{y % 100:02d}-{_digits(rng, 3)}{century}", "dash"


def _nl(rng: random.Random) -> tuple[str, str]:
    return rng.choice("123456") + _digits(rng, 8), "plain"


def _gb(rng: random.Random) -> tuple[str, str]:
    digits = rng.choice("456") + _digits(rng, 9)
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}", "spaced"


def _tr(rng: random.Random) -> tuple[str, str]:
    return rng.choice("123456789") + _digits(rng, 10), "plain"


BUILDERS: dict[str, tuple[Callable[[random.Random], tuple[str, str]], str]] = {
    "se": (_until("se.personnummer", _se), "se.personnummer"),
    "no": (_until("no.fodselsnummer", _no), "no.fodselsnummer"),
    "dk": (_until("dk.cpr", _dk), "dk.cpr"),
    "fi": (_until("fi.hetu", _fi), "fi.hetu"),
    "pl": (_until("pl.pesel", _pl), "pl.pesel"),
    "ee": (_until("ee.ik", _ee), "ee.ik"),
    "lt": (_until("lt.asmens", _lt), "lt.asmens"),
    "is": (_until("is_.kennitala", _is), "is_.kennitala"),
    "nl": (_until("nl.bsn", _nl), "nl.bsn"),
    "gb": (_until("gb.nhs", _gb), "gb.nhs"),
    "tr": (_until("tr.tckimlik", _tr), "tr.tckimlik"),
}
