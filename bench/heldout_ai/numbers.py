"""Held-out AI's phone and identity numbers, written here.

Phones: libphonenumber's example mobile number of a region with its last three to five digits
redrawn, kept when valid there, written in one of seven shapes. Identity numbers of ten
countries: a birth date and serial drawn here, the check characters found by trying each and
asking python-stdnum which holds."""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable

import phonenumbers
from phonenumbers import PhoneNumberFormat as F

# region: weight (families who moved have phones of where they came from)
PLANS = {
    "DK": 30, "SE": 8, "NO": 6, "FI": 6, "DE": 5, "PL": 5, "GB": 4, "NL": 3, "FR": 4,
    "TR": 3, "SY": 3, "IQ": 3, "AF": 3, "ER": 2, "UA": 3, "LT": 3, "LV": 2, "RO": 3,
}  # fmt: skip
SHAPES = ("international", "national", "e164", "00", "paren", "dot", "dash")


def draw(rng: random.Random, region: str) -> tuple[str, list[str]]:
    """A valid mobile number of `region`: its national significant number and its groups."""
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = phonenumbers.national_significant_number(example)
    while True:
        k = rng.randint(3, min(5, len(nsn) - 3))
        candidate = nsn[:-k] + "".join(rng.choice("0123456789") for _ in range(k))
        number = phonenumbers.parse("+" + str(example.country_code) + candidate)
        if (
            phonenumbers.is_valid_number(number)
            and phonenumbers.region_code_for_number(number) == region
            and phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE
        ):
            groups = phonenumbers.format_number(number, F.INTERNATIONAL).split(" ")[1:]
            return candidate, groups


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
    """The number as someone would write it, and its shape."""
    cc = str(phonenumbers.country_code_for_region(region))
    number = phonenumbers.parse("+" + cc + nsn)
    e164 = phonenumbers.format_number(number, F.E164)
    shape = rng.choice(SHAPES)
    prefix = phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix or ""
    if shape == "national":
        written = phonenumbers.format_number(number, F.NATIONAL)
    elif shape == "e164":
        written = e164
    elif shape == "00":
        written = "00" + cc + " " + " ".join(groups)
    elif shape == "paren" and prefix == "0":
        written = f"+{cc} (0) " + " ".join(groups)
    elif shape == "dot":
        written = f"+{cc}." + ".".join(groups)
    elif shape == "dash":
        written = f"+{cc}-" + "-".join(groups)
    else:
        shape, written = "international", phonenumbers.format_number(number, F.INTERNATIONAL)
    if not _reads_back(written, region, e164):
        shape, written = "international", phonenumbers.format_number(number, F.INTERNATIONAL)
    return written, shape


def e164(region: str, nsn: str) -> str:
    cc = str(phonenumbers.country_code_for_region(region))
    return phonenumbers.format_number(phonenumbers.parse("+" + cc + nsn), F.E164)


# --- identity numbers -----------------------------------------------------------------------

_FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _date(rng: random.Random, lo: int = 1936, hi: int = 2012) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def _try(module: str, stem: Callable[[], str], tails: list[str]) -> str:
    check = importlib.import_module(f"stdnum.{module}")
    while True:
        base = stem()
        good = [base + t for t in tails if check.is_valid(base + t)]
        if good:
            return good[0]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


_ONE = [str(d) for d in range(10)]
_TWO = [f"{d:02d}" for d in range(100)]


def _dk(rng: random.Random) -> tuple[str, str]:
    def stem() -> str:
        y, m, d = _date(rng, 1940, 1999)
        return f"{d:02d}{m:02d}{y % 100:02d}" + _digits(rng, 3)

    plain = _try("dk.cpr", stem, _ONE)
    if rng.random() < 0.6:
        return plain[:6] + "-" + plain[6:], "dash"
    return plain, "plain"


def _se(rng: random.Random) -> tuple[str, str]:
    def stem() -> str:
        y, m, d = _date(rng)
        return f"{y % 100:02d}{m:02d}{d:02d}-" + _digits(rng, 3)

    dashed = _try("se.personnummer", stem, _ONE)
    if rng.random() < 0.3:
        return dashed.replace("-", ""), "plain"
    return dashed, "dash"


def _no(rng: random.Random) -> tuple[str, str]:
    def stem() -> str:
        y, m, d = _date(rng, 1940, 1999)
        return f"{d:02d}{m:02d}{y % 100:02d}" + _digits(rng, 3)

    plain = _try("no.fodselsnummer", stem, _TWO)
    if rng.random() < 0.4:
        return plain[:6] + " " + plain[6:], "spaced"
    return plain, "plain"


def _fi(rng: random.Random) -> tuple[str, str]:
    def stem() -> str:
        y, m, d = _date(rng)
        sign = "A" if y >= 2000 else "-"
        return f"{d:02d}{m:02d}{y % 100:02d}{sign}" + str(rng.randint(2, 8)) + _digits(rng, 2)

    return _try("fi.hetu", stem, list(_FI_CHECK)), "hetu"


def _is(rng: random.Random) -> tuple[str, str]:
    def stem() -> str:
        y, m, d = _date(rng, 1940, 1999)
        return f"{d:02d}{m:02d}{y % 100:02d}" + _digits(rng, 2)

    plain = _try("is_.kennitala", lambda: stem(), [c + "9" for c in _ONE])
    return plain[:6] + "-" + plain[6:], "dash"


def _pl(rng: random.Random) -> tuple[str, str]:
    def stem() -> str:
        y, m, d = _date(rng, 1940, 1999)
        return f"{y % 100:02d}{m:02d}{d:02d}" + _digits(rng, 4)

    return _try("pl.pesel", stem, _ONE), "plain"


def _ee(rng: random.Random) -> tuple[str, str]:
    def stem() -> str:
        y, m, d = _date(rng, 1940, 1999)
        return str(rng.choice((3, 4))) + f"{y % 100:02d}{m:02d}{d:02d}" + _digits(rng, 3)

    return _try("ee.ik", stem, _ONE), "plain"


def _lt(rng: random.Random) -> tuple[str, str]:
    def stem() -> str:
        y, m, d = _date(rng, 1940, 1999)
        return str(rng.choice((3, 4))) + f"{y % 100:02d}{m:02d}{d:02d}" + _digits(rng, 3)

    return _try("lt.asmens", stem, _ONE), "plain"


def _ro(rng: random.Random) -> tuple[str, str]:
    def stem() -> str:
        y, m, d = _date(rng, 1940, 1999)
        county = rng.randint(1, 40)
        return (
            str(rng.choice((1, 2))) + f"{y % 100:02d}{m:02d}{d:02d}{county:02d}" + _digits(rng, 3)
        )

    return _try("ro.cnp", stem, _ONE), "plain"


def _bg(rng: random.Random) -> tuple[str, str]:
    def stem() -> str:
        y, m, d = _date(rng, 1940, 1999)
        return f"{y % 100:02d}{m:02d}{d:02d}" + _digits(rng, 3)

    return _try("bg.egn", stem, _ONE), "plain"


# country: (builder, python-stdnum module)
BUILDERS: dict[str, tuple[Callable[[random.Random], tuple[str, str]], str]] = {
    "dk": (_dk, "dk.cpr"),
    "se": (_se, "se.personnummer"),
    "no": (_no, "no.fodselsnummer"),
    "fi": (_fi, "fi.hetu"),
    "is": (_is, "is_.kennitala"),
    "pl": (_pl, "pl.pesel"),
    "ee": (_ee, "ee.ik"),
    "lt": (_lt, "lt.asmens"),
    "ro": (_ro, "ro.cnp"),
    "bg": (_bg, "bg.egn"),
}
WEIGHTS = {"dk": 8, "se": 4, "no": 3, "fi": 3, "is": 2, "pl": 2, "ee": 2, "lt": 2, "ro": 2,
           "bg": 2}  # fmt: skip
