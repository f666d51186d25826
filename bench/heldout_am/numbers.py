"""Phone and identity numbers for held-out AM: valid phone numbers of many regions written in
several shapes (libphonenumber), identity numbers of ten countries whose check characters
python-stdnum accepts."""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

PLANS = {  # region: weight
    "DK": 5, "SE": 5, "NO": 4, "FI": 4, "IS": 2, "FO": 1, "GL": 1, "EE": 2, "LV": 2,
    "LT": 2, "PL": 2, "DE": 2, "GB": 2, "IE": 1, "UA": 2, "SO": 2, "ER": 1, "IQ": 1, "IR": 1,
    "AF": 1, "SY": 1, "VN": 1, "TH": 1, "BA": 1, "TR": 1, "CL": 1, "ET": 1,
}  # fmt: skip
SHAPES = ("international", "national", "e164", "00", "paren", "dot", "dash", "compact")
_MOBILE = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)


def draw(rng: random.Random, region: str) -> tuple[str, list[str]]:
    """A valid mobile number of `region`: its national significant number and the groups of
    its international form."""
    example = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    base = str(example.national_number)
    for _ in range(200):
        k = rng.randint(2, min(5, len(base) - 2))
        nsn = base[:-k] + "".join(str(rng.randint(0, 9)) for _ in range(k))
        n = phonenumbers.parse("+" + str(example.country_code) + nsn)
        if phonenumbers.is_valid_number_for_region(n, region) and (
            phonenumbers.number_type(n) in _MOBILE
        ):
            break
    else:
        nsn = base
        n = example
    groups = phonenumbers.format_number(n, PhoneNumberFormat.INTERNATIONAL).split()[1:]
    return nsn, groups


def e164(region: str, nsn: str) -> str:
    code = phonenumbers.country_code_for_region(region)
    return f"+{code}{nsn}"


def _same(written: str, region: str, value: str) -> bool:
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
    """`(written, shape)` for the number, in a shape drawn at random."""
    value = e164(region, nsn)
    code = str(phonenumbers.country_code_for_region(region))
    n = phonenumbers.parse(value)
    national = phonenumbers.format_number(n, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(n, PhoneNumberFormat.INTERNATIONAL)
    shape = rng.choice(SHAPES)
    written = {
        "international": intl,
        "national": national,
        "e164": value,
        "00": "00" + intl[1:],
        "paren": f"+{code} (0) " + " ".join(groups) if national.startswith("0") else intl,
        "dot": f"+{code}." + ".".join(groups),
        "dash": f"+{code}-" + "-".join(groups),
        "compact": f"+{code} " + "".join(groups),
    }[shape]
    if shape == "paren" and not national.startswith("0"):
        shape = "international"
    if not _same(written, region, value):
        return intl, "international"
    return written, shape


def _digits(rng: random.Random, k: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def _birth(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1944, 2006), rng.randint(1, 12), rng.randint(1, 28)


def _valid(module: str, candidate: str) -> bool:
    return importlib.import_module(f"stdnum.{module}").is_valid(candidate)


def _builder(module: str, make: Callable[[random.Random], list[tuple[str, str]]]) -> Callable:
    def build(rng: random.Random) -> tuple[str, str]:
        for _ in range(400):
            for written, shape in make(rng):
                if _valid(module, written):
                    return written, shape
        raise RuntimeError(module)

    return build


def _dk(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    head = f"{d:02d}{m:02d}{y % 100:02d}"
    tail = rng.choice("0123" if y < 2000 else "4") + _digits(rng, 3)
    return [(f"{head}-{tail}", "dash")] if rng.random() < 0.6 else [(head + tail, "plain")]


def _se(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    stem = f"{y % 100:02d}{m:02d}{d:02d}-{_digits(rng, 3)}"
    out = [(stem + str(c), "dash") for c in range(10)]
    if rng.random() < 0.35:
        out = [(f"{y // 100}{w}", "century") for w, _ in out]
    return out


def _no(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    individual = rng.randint(0, 499) if y < 2000 else rng.randint(500, 999)
    stem = f"{d:02d}{m:02d}{y % 100:02d}{individual:03d}"
    spaced = rng.random() < 0.3
    return [
        (
            f"{stem[:6]} {stem[6:]}{k:02d}" if spaced else f"{stem}{k:02d}",
            "spaced" if spaced else "plain",
        )
        for k in range(100)
    ]


def _fi(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    sign = "-" if y < 2000 else "A"
    stem = f"{d:02d}{m:02d}{y % 100:02d}{sign}{rng.randint(2, 899):03d}"
    return [(stem + c, "plain") for c in "0123456789ABCDEFHJKLMNPRSTUVWXY"]


def _is(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    stem = f"{d:02d}{m:02d}{y % 100:02d}-{rng.randint(20, 99)}"
    century = "9" if y < 2000 else "0"
    return [(f"{stem}{c}{century}", "dash") for c in range(10)]


def _ee(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    first = rng.choice("34") if y < 2000 else rng.choice("56")
    stem = f"{first}{y % 100:02d}{m:02d}{d:02d}{_digits(rng, 3)}"
    return [(stem + str(c), "plain") for c in range(10)]


def _pl(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    mm = m + (20 if y >= 2000 else 0)
    stem = f"{y % 100:02d}{mm:02d}{d:02d}{_digits(rng, 4)}"
    return [(stem + str(c), "plain") for c in range(10)]


def _be(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    stem = f"{y % 100:02d}.{m:02d}.{d:02d}-{rng.randint(1, 997):03d}."
    return [(f"{stem}{c:02d}", "dotted") for c in range(1, 98)]


def _ro(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = _birth(rng)
    first = rng.choice("12") if y < 2000 else rng.choice("56")
    stem = f"{first}{y % 100:02d}{m:02d}{d:02d}{rng.randint(1, 46):02d}{rng.randint(1, 999):03d}"
    return [(stem + str(c), "plain") for c in range(10)]


def _cz(rng: random.Random) -> list[tuple[str, str]]:
    y, m, d = rng.randint(1954, 2006), rng.randint(1, 12), rng.randint(1, 28)
    mm = m + (50 if rng.random() < 0.5 else 0)
    stem = f"{y % 100:02d}{mm:02d}{d:02d}/{_digits(rng, 3)}"
    return [(stem + str(c), "slash") for c in range(10)]


BUILDERS: dict[str, tuple[Callable[[random.Random], tuple[str, str]], str]] = {
    "dk": (_builder("dk.cpr", _dk), "dk.cpr"),
    "se": (_builder("se.personnummer", _se), "se.personnummer"),
    "no": (_builder("no.fodselsnummer", _no), "no.fodselsnummer"),
    "fi": (_builder("fi.hetu", _fi), "fi.hetu"),
    "is": (_builder("is_.kennitala", _is), "is_.kennitala"),
    "ee": (_builder("ee.ik", _ee), "ee.ik"),
    "pl": (_builder("pl.pesel", _pl), "pl.pesel"),
    "be": (_builder("be.nn", _be), "be.nn"),
    "ro": (_builder("ro.cnp", _ro), "ro.cnp"),
    "cz": (_builder("cz.rc", _cz), "cz.rc"),
}
WEIGHTS = {"dk": 4, "se": 4, "no": 3, "fi": 3, "is": 2, "ee": 2, "pl": 2, "be": 2, "ro": 2, "cz": 2}
