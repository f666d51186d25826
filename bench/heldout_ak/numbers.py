"""Phone and identity numbers of held-out AK: phone numbers valid by libphonenumber's metadata,
identity numbers whose check characters python-stdnum accepts (found by trying each)."""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

# region: weight (where the study's people and their families live or come from)
PLANS = {"DK": 14, "SE": 9, "NO": 6, "FI": 5, "DE": 3, "GB": 3, "PL": 3, "TR": 3, "IQ": 3,
         "SY": 3, "SO": 3, "AF": 2, "VN": 2, "PH": 2, "TH": 2, "UA": 2, "BA": 2, "XK": 2,
         "IR": 2, "IS": 2, "EE": 1, "FO": 2, "GL": 1}  # fmt: skip
SHAPES = ("international", "national", "e164", "00", "paren", "dot", "dash", "compact")
_MOBILE = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)


def draw(rng: random.Random, region: str) -> tuple[str, list[str]]:
    """A valid mobile national significant number of `region` and its international groups."""
    example = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    base = phonenumbers.national_significant_number(example)
    code = example.country_code
    while True:
        k = rng.randint(2, min(5, len(base) - 2))
        nsn = base[:-k] + "".join(str(rng.randrange(10)) for _ in range(k))
        n = phonenumbers.parse(f"+{code}{nsn}")
        if (
            phonenumbers.is_valid_number(n)
            and phonenumbers.region_code_for_number(n) == region
            and phonenumbers.number_type(n) in _MOBILE
        ):
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
    """`nsn` written in one of `SHAPES`; a shape that does not read back falls back."""
    code = phonenumbers.country_code_for_region(region)
    value = e164(region, nsn)
    n = phonenumbers.parse(value)
    national = phonenumbers.format_number(n, PhoneNumberFormat.NATIONAL)
    shape = rng.choice(SHAPES)
    written = {
        "international": f"+{code} " + " ".join(groups),
        "national": national,
        "e164": value,
        "00": f"00{code} " + " ".join(groups),
        "paren": f"+{code} (0) " + " ".join(groups) if national.startswith("0") else "",
        "dot": f"+{code}." + ".".join(groups),
        "dash": f"+{code}-" + "-".join(groups),
        "compact": f"+{code} " + "".join(groups),
    }[shape]
    if not written or not _same(written, region, value):
        return f"+{code} " + " ".join(groups), "international"
    return written, shape


def _birth(rng: random.Random, lo: int = 1945, hi: int = 2008) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def _first_valid(module: str, candidates: list[str]) -> str | None:
    check = importlib.import_module(f"stdnum.{module}")
    for c in candidates:
        if check.is_valid(c):
            return c
    return None


def _n(rng: random.Random, k: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(k))


def _retry(make: Callable[[random.Random], tuple[str, str] | None]) -> Callable:
    def build(rng: random.Random) -> tuple[str, str]:
        while True:
            out = make(rng)
            if out:
                return out

    return build


def _dk(rng: random.Random) -> tuple[str, str] | None:
    y, m, d = _birth(rng, 1945, 1999)
    head = f"{d:02}{m:02}{y % 100:02}"
    serial = _n(rng, 4)
    dashed = rng.random() < 0.7
    number = f"{head}-{serial}" if dashed else head + serial
    return (number, "dash" if dashed else "plain") if _first_valid("dk.cpr", [number]) else None


def _se(rng: random.Random) -> tuple[str, str] | None:
    y, m, d = _birth(rng)
    serial = _n(rng, 3)
    long = rng.random() < 0.3
    head = f"{y}{m:02}{d:02}" if long else f"{y % 100:02}{m:02}{d:02}"
    found = _first_valid("se.personnummer", [f"{head}-{serial}{c}" for c in range(10)])
    return (found, "century" if long else "dash") if found else None


def _no(rng: random.Random) -> tuple[str, str] | None:
    y, m, d = _birth(rng, 1945, 1999)
    head = f"{d:02}{m:02}{y % 100:02}"
    serial = f"{rng.randint(0, 499):03}"
    spaced = rng.random() < 0.4
    sep = " " if spaced else ""
    found = _first_valid("no.fodselsnummer", [f"{head}{sep}{serial}{c:02}" for c in range(100)])
    return (found, "spaced" if spaced else "plain") if found else None


def _fi(rng: random.Random) -> tuple[str, str] | None:
    y, m, d = _birth(rng)
    sign = "-" if y < 2000 else "A"
    head = f"{d:02}{m:02}{y % 100:02}{sign}{rng.randint(2, 899):03}"
    found = _first_valid("fi.hetu", [head + c for c in "0123456789ABCDEFHJKLMNPRSTUVWXY"])
    return (found, "plain") if found else None


def _is(rng: random.Random) -> tuple[str, str] | None:
    y, m, d = _birth(rng, 1945, 2005)
    century = "9" if y < 2000 else "0"
    head = f"{d:02}{m:02}{y % 100:02}-{rng.randint(20, 99)}"
    found = _first_valid("is_.kennitala", [f"{head}{c}{century}" for c in range(10)])
    return (found, "dash") if found else None


def _ee(rng: random.Random) -> tuple[str, str] | None:
    y, m, d = _birth(rng)
    g = rng.choice("34") if y < 2000 else rng.choice("56")
    head = f"{g}{y % 100:02}{m:02}{d:02}{_n(rng, 3)}"
    found = _first_valid("ee.ik", [f"{head}{c}" for c in range(10)])
    return (found, "plain") if found else None


def _es(rng: random.Random) -> tuple[str, str] | None:
    head = _n(rng, 8)
    found = _first_valid("es.dni", [head + c for c in "TRWAGMYFPDXBNJZSQVHLCKE"])
    return (found, "letter") if found else None


def _gb(rng: random.Random) -> tuple[str, str] | None:
    head = str(rng.randint(4, 7)) + _n(rng, 8)
    found = _first_valid("gb.nhs", [f"{head[:3]} {head[3:6]} {head[6:]}{c}" for c in range(10)])
    return (found, "nhs-spaced") if found else None


def _ie(rng: random.Random) -> tuple[str, str] | None:
    head = _n(rng, 7)
    found = _first_valid("ie.pps", [head + c for c in "ABCDEFGHIJKLMNOPQRSTUVW"])
    return (found, "pps") if found else None


def _de(rng: random.Random) -> tuple[str, str] | None:
    digits = list("0123456789")
    rng.shuffle(digits)
    body = digits[:9]
    if body[0] == "0":
        return None
    body.insert(rng.randrange(1, 10), rng.choice(body))
    head = "".join(body)
    found = _first_valid("de.idnr", [head + str(c) for c in range(10)])
    if found and rng.random() < 0.5:
        spaced = f"{found[:2]} {found[2:5]} {found[5:8]} {found[8:]}"
        if _first_valid("de.idnr", [spaced]):
            return spaced, "spaced"
    return (found, "plain") if found else None


BUILDERS: dict[str, tuple[Callable[[random.Random], tuple[str, str]], str]] = {
    "dk": (_retry(_dk), "dk.cpr"),
    "se": (_retry(_se), "se.personnummer"),
    "no": (_retry(_no), "no.fodselsnummer"),
    "fi": (_retry(_fi), "fi.hetu"),
    "is": (_retry(_is), "is_.kennitala"),
    "ee": (_retry(_ee), "ee.ik"),
    "es": (_retry(_es), "es.dni"),
    "gb": (_retry(_gb), "gb.nhs"),
    "ie": (_retry(_ie), "ie.pps"),
    "de": (_retry(_de), "de.idnr"),
}
WEIGHTS = {"dk": 8, "se": 6, "no": 4, "fi": 3, "is": 2, "ee": 2, "es": 3, "gb": 3, "ie": 3,
           "de": 3}  # fmt: skip
