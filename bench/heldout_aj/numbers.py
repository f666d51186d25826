"""Phone and identity numbers of held-out AJ: valid mobile numbers of 19 regions written in
seven shapes, and identity numbers of ten countries whose check characters python-stdnum
accepts (found by trying each candidate, not computed here)."""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable

import phonenumbers
from phonenumbers import PhoneNumberFormat as Fmt

# region: weight (the North Calotte's three countries first, then neighbours and families)
PLANS = {
    "NO": 24, "SE": 9, "FI": 9, "DK": 3, "IS": 2, "EE": 2, "LT": 3, "PL": 4, "DE": 3, "GB": 3,
    "NL": 2, "RU": 4, "SO": 3, "ER": 3, "PK": 3, "PH": 3, "TH": 3, "IN": 2, "UA": 3,
}  # fmt: skip
SHAPES = ("international", "national", "e164", "00", "paren", "dot", "dash")


def draw(rng: random.Random, region: str) -> tuple[str, list[str]]:
    """A valid mobile number of `region` (its national significant number) and the groups its
    international format writes it in."""
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    base = phonenumbers.national_significant_number(example)
    code = example.country_code
    for _ in range(500):
        tail = rng.randint(2, min(5, len(base) - 2))
        nsn = base[:-tail] + "".join(rng.choice("0123456789") for _ in range(tail))
        n = phonenumbers.parse(f"+{code}{nsn}")
        if (
            phonenumbers.is_valid_number(n)
            and phonenumbers.region_code_for_number(n) == region
            and phonenumbers.number_type(n)
            in (
                phonenumbers.PhoneNumberType.MOBILE,
                phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
            )
        ):
            intl = phonenumbers.format_number(n, Fmt.INTERNATIONAL)
            return nsn, intl.split(" ")[1:]
    raise RuntimeError(region)


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
        and phonenumbers.format_number(n, Fmt.E164) == value
    )


def write(rng: random.Random, region: str, nsn: str, groups: list[str]) -> tuple[str, str]:
    """`nsn` written in one of SHAPES; a shape that does not read back as the same number
    falls back to the international one."""
    value = e164(region, nsn)
    n = phonenumbers.parse(value)
    code = phonenumbers.country_code_for_region(region)
    shape = rng.choice(SHAPES)
    intl = phonenumbers.format_number(n, Fmt.INTERNATIONAL)
    national = phonenumbers.format_number(n, Fmt.NATIONAL)
    if shape == "national":
        written = national
    elif shape == "e164":
        written = value
    elif shape == "00":
        written = "00" + intl[1:]
    elif shape == "paren":
        written = f"+{code} (0) {' '.join(groups)}" if national.startswith("0") else ""
    elif shape == "dot":
        written = f"+{code}." + ".".join(groups)
    elif shape == "dash":
        written = f"+{code}-" + "-".join(groups)
    else:
        written = intl
    if not written or not _same(written, region, value):
        shape, written = "international", intl
    return written, shape


# --- identity numbers -------------------------------------------------------------------------


def _birth(rng: random.Random, lo: int = 1940, hi: int = 2010) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def _first_valid(module: str, candidates: list[str]) -> str | None:
    check = importlib.import_module(f"stdnum.{module}")
    for c in candidates:
        if check.is_valid(c):
            return c
    return None


def _n(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def _retry(make: Callable[[random.Random], tuple[str, str] | None]) -> Callable:
    def build(rng: random.Random) -> tuple[str, str]:
        while True:
            got = make(rng)
            if got:
                return got

    return build


@_retry
def _no(rng: random.Random) -> tuple[str, str] | None:
    y, m, d = _birth(rng)
    serial = (rng.randint(0, 499) if y < 2000 else rng.randint(500, 999)) if y >= 1940 else 0
    stem = f"{d:02d}{m:02d}{y % 100:02d}{serial:03d}"
    got = _first_valid("no.fodselsnummer", [stem + f"{k:02d}" for k in range(100)])
    if not got:
        return None
    if rng.random() < 0.4:
        return f"{got[:6]} {got[6:]}", "spaced"
    return got, "plain"


@_retry
def _se(rng: random.Random) -> tuple[str, str] | None:
    y, m, d = _birth(rng)
    stem = f"{y % 100:02d}{m:02d}{d:02d}-{_n(rng, 3)}"
    got = _first_valid("se.personnummer", [stem + str(k) for k in range(10)])
    if not got:
        return None
    if rng.random() < 0.3:
        return f"{y // 100}{got}", "long"
    return got, "dash"


@_retry
def _fi(rng: random.Random) -> tuple[str, str] | None:
    y, m, d = _birth(rng)
    sign = "-" if y < 2000 else "A"
    stem = f"{d:02d}{m:02d}{y % 100:02d}{sign}{rng.randint(2, 899):03d}"
    got = _first_valid("fi.hetu", [stem + c for c in "0123456789ABCDEFHJKLMNPRSTUVWXY"])
    return (got, "plain") if got else None


@_retry
def _dk(rng: random.Random) -> tuple[str, str] | None:
    y, m, d = _birth(rng, 1940, 1999)
    got = _first_valid("dk.cpr", [f"{d:02d}{m:02d}{y % 100:02d}-{_n(rng, 4)}"])
    if not got:
        return None
    return (got, "dash") if rng.random() < 0.7 else (got.replace("-", ""), "plain")


@_retry
def _is(rng: random.Random) -> tuple[str, str] | None:
    y, m, d = _birth(rng)
    century = "9" if y < 2000 else "0"
    stem = f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(20, 99):02d}"
    got = _first_valid("is_.kennitala", [f"{stem}{k}{century}" for k in range(10)])
    if not got:
        return None
    return (f"{got[:6]}-{got[6:]}", "dash") if rng.random() < 0.6 else (got, "plain")


def _baltic(module: str) -> Callable:
    @_retry
    def build(rng: random.Random) -> tuple[str, str] | None:
        y, m, d = _birth(rng)
        g = (3 if y < 2000 else 5) + rng.randint(0, 1)
        stem = f"{g}{y % 100:02d}{m:02d}{d:02d}{_n(rng, 3)}"
        got = _first_valid(module, [stem + str(k) for k in range(10)])
        return (got, "plain") if got else None

    return build


@_retry
def _pl(rng: random.Random) -> tuple[str, str] | None:
    y, m, d = _birth(rng)
    month = m + (20 if y >= 2000 else 0)
    stem = f"{y % 100:02d}{month:02d}{d:02d}{_n(rng, 4)}"
    got = _first_valid("pl.pesel", [stem + str(k) for k in range(10)])
    return (got, "plain") if got else None


@_retry
def _nl(rng: random.Random) -> tuple[str, str] | None:
    stem = str(rng.randint(1, 9)) + _n(rng, 7)
    got = _first_valid("nl.bsn", [stem + str(k) for k in range(10)])
    if not got:
        return None
    return (f"{got[:4]}.{got[4:6]}.{got[6:]}", "dotted") if rng.random() < 0.4 else (got, "plain")


@_retry
def _be(rng: random.Random) -> tuple[str, str] | None:
    y, m, d = _birth(rng, 1940, 1999)
    stem = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(1, 997):03d}"
    got = _first_valid("be.nn", [stem + f"{k:02d}" for k in range(100)])
    if not got:
        return None
    return f"{got[:2]}.{got[2:4]}.{got[4:6]}-{got[6:9]}.{got[9:]}", "dotted"


BUILDERS: dict[str, tuple[Callable[[random.Random], tuple[str, str]], str]] = {
    "no": (_no, "no.fodselsnummer"),
    "se": (_se, "se.personnummer"),
    "fi": (_fi, "fi.hetu"),
    "dk": (_dk, "dk.cpr"),
    "is": (_is, "is_.kennitala"),
    "ee": (_baltic("ee.ik"), "ee.ik"),
    "lt": (_baltic("lt.asmens"), "lt.asmens"),
    "pl": (_pl, "pl.pesel"),
    "nl": (_nl, "nl.bsn"),
    "be": (_be, "be.nn"),
}
WEIGHTS = {"no": 9, "se": 5, "fi": 5, "dk": 2, "is": 2, "ee": 2, "lt": 2, "pl": 2, "nl": 2,
           "be": 2}  # fmt: skip
