"""Phone numbers (valid by libphonenumber's metadata) and identity numbers (check characters
found by trying each and asking python-stdnum which holds) for held-out AH."""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable

import phonenumbers
from phonenumbers import PhoneNumberFormat as F

PLANS = ("DK", "SE", "NO", "FI", "GB", "DE", "NL", "PL", "TR", "SY", "IQ", "IR", "SO", "VN",
         "UA", "RO", "EE", "ES", "MA", "US", "IS", "LT")  # fmt: skip
WEIGHTS = (30, 14, 7, 6, 5, 4, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1)


def draw(rng: random.Random, region: str) -> tuple[str, list[str]]:
    """A valid mobile number of `region`: its example number with the last 3-5 digits
    redrawn; returns the national significant number and its international groups."""
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = phonenumbers.national_significant_number(example)
    for _ in range(200):
        k = rng.randint(3, min(5, len(nsn) - 2))
        candidate = nsn[:-k] + "".join(str(rng.randrange(10)) for _ in range(k))
        parsed = phonenumbers.parse("+" + str(example.country_code) + candidate)
        if phonenumbers.is_valid_number(parsed) and (
            phonenumbers.region_code_for_number(parsed) == region
        ):
            nsn = candidate
            break
    parsed = phonenumbers.parse("+" + str(example.country_code) + nsn)
    groups = phonenumbers.format_number(parsed, F.INTERNATIONAL).split(" ")[1:]
    return nsn, groups


def _reads_back(written: str, region: str, e164: str) -> bool:
    try:
        parsed = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(parsed)
        and phonenumbers.region_code_for_number(parsed) == region
        and phonenumbers.format_number(parsed, F.E164) == e164
    )


def write(rng: random.Random, region: str, nsn: str, groups: list[str]) -> tuple[str, str]:
    code = phonenumbers.country_code_for_region(region)
    parsed = phonenumbers.parse(f"+{code}{nsn}")
    e164 = phonenumbers.format_number(parsed, F.E164)
    intl = phonenumbers.format_number(parsed, F.INTERNATIONAL)
    shape = rng.choices(("international", "00", "e164", "dot", "national", "paren"),
                        (26, 18, 16, 14, 16, 10))[0]  # fmt: skip
    if shape == "national":
        written = phonenumbers.format_number(parsed, F.NATIONAL)
    elif shape == "00":
        written = "00" + intl[1:]
    elif shape == "e164":
        written = e164
    elif shape == "dot":
        written = f"+{code} " + ".".join(groups)
    elif shape == "paren":
        written = f"+{code} (0) " + " ".join(groups)
    else:
        written = intl
    if not _reads_back(written, region, e164):
        written, shape = intl, "international"
    return written, shape


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _date(rng: random.Random, lo: int = 1940, hi: int = 2008) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def _try(module: str, stems: Callable[[], list[str]]) -> str:
    check = importlib.import_module(f"stdnum.{module}")
    for _ in range(500):
        for candidate in stems():
            if check.is_valid(candidate):
                return candidate
    raise ValueError(module)


def _dk(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    n = _try("dk.cpr", lambda: [f"{d:02}{m:02}{y % 100:02}{_digits(rng, 4)}"])
    return (n[:6] + "-" + n[6:], "dashed") if rng.random() < 0.6 else (n, "plain")


def _se(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)

    def stems() -> list[str]:
        stem = f"{y % 100:02}{m:02}{d:02}{_digits(rng, 3)}"
        return [f"{stem[:6]}-{stem[6:]}{c}" for c in "0123456789"]

    n = _try("se.personnummer", stems)
    return (n, "dashed") if rng.random() < 0.6 else (n.replace("-", ""), "plain")


def _no(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng, 1940, 1999)

    def stems() -> list[str]:
        stem = f"{d:02}{m:02}{y % 100:02}{rng.randint(0, 499):03}"
        return [stem + f"{k:02}" for k in range(100)]

    return _try("no.fodselsnummer", stems), "plain"


def _fi(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng, 1940, 1999)
    stem = f"{d:02}{m:02}{y % 100:02}-{rng.randint(2, 899):03}"
    return _try("fi.hetu", lambda: [stem + c for c in "0123456789ABCDEFHJKLMNPRSTUVWXY"]), "hetu"


def _is(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng, 1940, 1999)

    def stems() -> list[str]:
        stem = f"{d:02}{m:02}{y % 100:02}{rng.randint(20, 99)}"
        return [f"{stem}{c}9" for c in "0123456789"]

    n = _try("is_.kennitala", stems)
    return n[:6] + "-" + n[6:], "dashed"


def _pl(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng, 1940, 1999)

    def stems() -> list[str]:
        stem = f"{y % 100:02}{m:02}{d:02}{_digits(rng, 4)}"
        return [stem + str(c) for c in range(10)]

    return _try("pl.pesel", stems), "plain"


def _ee(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng, 1940, 1999)

    def stems() -> list[str]:
        stem = f"{rng.choice('34')}{y % 100:02}{m:02}{d:02}{_digits(rng, 3)}"
        return [stem + str(c) for c in range(10)]

    return _try("ee.ik", stems), "plain"


def _nl(rng: random.Random) -> tuple[str, str]:
    def stems() -> list[str]:
        stem = str(rng.randint(1, 9)) + _digits(rng, 7)
        return [stem + str(c) for c in range(10)]

    return _try("nl.bsn", stems), "plain"


def _es(rng: random.Random) -> tuple[str, str]:
    stem = _digits(rng, 8)
    return _try("es.dni", lambda: [stem + c for c in "TRWAGMYFPDXBNJZSQVHLCKE"]), "dni"


def _be(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng, 1940, 1999)

    def stems() -> list[str]:
        stem = f"{y % 100:02}{m:02}{d:02}{rng.randint(1, 997):03}"
        return [stem + f"{k:02}" for k in range(100)]

    n = _try("be.nn", stems)
    if rng.random() < 0.5:
        return f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}", "dotted"
    return n, "plain"


BUILDERS = {
    "dk": (_dk, "dk.cpr"),
    "se": (_se, "se.personnummer"),
    "no": (_no, "no.fodselsnummer"),
    "fi": (_fi, "fi.hetu"),
    "is": (_is, "is_.kennitala"),
    "pl": (_pl, "pl.pesel"),
    "ee": (_ee, "ee.ik"),
    "nl": (_nl, "nl.bsn"),
    "es": (_es, "es.dni"),
    "be": (_be, "be.nn"),
}
ID_WEIGHTS = (24, 16, 10, 8, 7, 7, 7, 7, 7, 7)
