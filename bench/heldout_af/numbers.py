"""Phone and identity numbers of held-out AF. Phones: libphonenumber's example mobile number
of a region with its last digits redrawn, kept when libphonenumber calls it valid for that
region; written in one of several shapes. Identity numbers: birth dates and serials drawn
here, the check character found by trying each and asking python-stdnum which one holds."""

from __future__ import annotations

import random
import string
from collections.abc import Callable

import phonenumbers
from phonenumbers import PhoneNumberFormat as F

# region -> weight (Denmark and Sweden most: the study is in Copenhagen and Malmö)
PLANS = {
    "DK": 10, "SE": 9, "NO": 3, "FI": 3, "IS": 1, "DE": 2, "PL": 2, "LT": 1, "EE": 1,
    "GB": 2, "IE": 1, "SO": 1, "IQ": 1, "SY": 1, "AF": 1, "TR": 1, "IR": 1, "VN": 1, "ET": 1,
    "UA": 1, "BA": 1, "TH": 1, "PH": 1, "BR": 1, "NG": 1,
}  # fmt: skip
SHAPES = ("national", "international", "e164", "00", "paren", "dot")


def draw(rng: random.Random, region: str) -> tuple[str, list[str]]:
    """A valid national significant number of `region` and its international groups."""
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = phonenumbers.national_significant_number(example)
    while True:
        tail = rng.randint(3, min(6, len(nsn) - 2))
        candidate = nsn[:-tail] + "".join(rng.choice(string.digits) for _ in range(tail))
        number = phonenumbers.parse("+" + str(example.country_code) + candidate)
        if (
            phonenumbers.is_valid_number(number)
            and phonenumbers.region_code_for_number(number) == region
        ):
            international = phonenumbers.format_number(number, F.INTERNATIONAL)
            return candidate, international.split(" ")[1:]


def write(rng: random.Random, region: str, nsn: str, groups: list[str]) -> tuple[str, str]:
    """`nsn` written in a drawn shape, and the shape; a shape that does not read back as the
    same number in `region` falls back to the international one."""
    code = str(phonenumbers.country_code_for_region(region))
    number = phonenumbers.parse("+" + code + nsn)
    international = phonenumbers.format_number(number, F.INTERNATIONAL)
    shape = rng.choice(SHAPES)
    if shape == "national":
        written = phonenumbers.format_number(number, F.NATIONAL)
        if region in ("DK", "NO") and rng.random() < 0.5:
            written = nsn[:4] + " " + nsn[4:]
    elif shape == "e164":
        written = phonenumbers.format_number(number, F.E164)
    elif shape == "00":
        written = "00" + code + " " + " ".join(groups)
    elif shape == "paren":
        national = phonenumbers.format_number(number, F.NATIONAL)
        if national.startswith("0"):
            written = f"+{code} (0){national[1:]}"
        else:
            shape, written = "international", international
    elif shape == "dot":
        written = f"+{code}." + ".".join(groups)
    else:
        written = international
    try:
        back = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        back = None
    if back is None or phonenumbers.format_number(back, F.E164) != "+" + code + nsn:
        return international, "international"
    return written, shape


def e164(region: str, nsn: str) -> str:
    return "+" + str(phonenumbers.country_code_for_region(region)) + nsn


def _date(rng: random.Random, low: int = 1938, high: int = 2019) -> tuple[int, int, int]:
    return rng.randint(low, high), rng.randint(1, 12), rng.randint(1, 28)


def _check(module: str, stem: str, alphabet: str = string.digits) -> str | None:
    import importlib

    valid = importlib.import_module(f"stdnum.{module}").is_valid
    for c in alphabet:
        if valid(stem + c):
            return stem + c
    return None


def _until(rng: random.Random, make: Callable[[random.Random], str | None]) -> str:
    while True:
        got = make(rng)
        if got:
            return got


def _dk(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    century = "0123" if y < 2000 else "4"
    number = f"{d:02d}{m:02d}{y % 100:02d}{rng.choice(century)}{rng.randint(0, 999):03d}"
    shape = rng.choice(("dash", "plain", "space"))
    return (number[:6] + {"dash": "-", "plain": "", "space": " "}[shape] + number[6:]), shape


def _se(rng: random.Random) -> tuple[str, str]:
    def make(r: random.Random) -> str | None:
        y, m, d = _date(r)
        return _check("se.personnummer", f"{y % 100:02d}{m:02d}{d:02d}-{r.randint(0, 999):03d}")

    number = _until(rng, make)
    y = rng.choice(("short", "plain"))
    return (number if y == "short" else number.replace("-", "")), y


def _no(rng: random.Random) -> tuple[str, str]:
    def make(r: random.Random) -> str | None:
        y, m, d = _date(r, 1940, 1999)
        stem = f"{d:02d}{m:02d}{y % 100:02d}{r.randint(0, 499):03d}"
        for c in string.digits:
            got = _check("no.fodselsnummer", stem + c)
            if got:
                return got
        return None

    number = _until(rng, make)
    return number, "plain"


def _fi(rng: random.Random) -> tuple[str, str]:
    def make(r: random.Random) -> str | None:
        y, m, d = _date(r)
        sign = "-" if y < 2000 else "A"
        return _check("fi.hetu", f"{d:02d}{m:02d}{y % 100:02d}{sign}{r.randint(2, 899):03d}",
                      string.digits + "ABCDEFHJKLMNPRSTUVWXY")  # fmt: skip

    return _until(rng, make), "plain"


def _is(rng: random.Random) -> tuple[str, str]:
    def make(r: random.Random) -> str | None:
        y, m, d = _date(r, 1940, 1999)
        import stdnum.is_.kennitala as kennitala

        stem = f"{d:02d}{m:02d}{y % 100:02d}{r.randint(20, 99):02d}"
        for c in string.digits:
            if kennitala.is_valid(stem + c + "9"):
                return stem + c + "9"
        return None

    number = _until(rng, make)
    shape = rng.choice(("dash", "plain"))
    return (number[:6] + "-" + number[6:] if shape == "dash" else number), shape


def _pl(rng: random.Random) -> tuple[str, str]:
    def make(r: random.Random) -> str | None:
        y, m, d = _date(r, 1940, 1999)
        return _check("pl.pesel", f"{y % 100:02d}{m:02d}{d:02d}{r.randint(0, 9999):04d}")

    return _until(rng, make), "plain"


def _ee(rng: random.Random) -> tuple[str, str]:
    def make(r: random.Random) -> str | None:
        y, m, d = _date(r, 1940, 1999)
        first = r.choice("34")
        return _check("ee.ik", f"{first}{y % 100:02d}{m:02d}{d:02d}{r.randint(0, 999):03d}")

    return _until(rng, make), "plain"


def _lt(rng: random.Random) -> tuple[str, str]:
    def make(r: random.Random) -> str | None:
        y, m, d = _date(r, 1940, 1999)
        first = r.choice("34")
        return _check("lt.asmens", f"{first}{y % 100:02d}{m:02d}{d:02d}{r.randint(0, 999):03d}")

    return _until(rng, make), "plain"


def _nl(rng: random.Random) -> tuple[str, str]:
    def make(r: random.Random) -> str | None:
        return _check("nl.bsn", f"{r.randint(10_000_000, 99_999_999)}")

    number = _until(rng, make)
    shape = rng.choice(("plain", "dotted"))
    return (f"{number[:4]}.{number[4:6]}.{number[6:]}" if shape == "dotted" else number), shape


def _es(rng: random.Random) -> tuple[str, str]:
    def make(r: random.Random) -> str | None:
        return _check("es.dni", f"{r.randint(10_000_000, 99_999_999)}", string.ascii_uppercase)

    return _until(rng, make), "plain"


# country -> (builder, python-stdnum module that validates it)
BUILDERS = {
    "dk": (_dk, "dk.cpr"), "se": (_se, "se.personnummer"), "no": (_no, "no.fodselsnummer"),
    "fi": (_fi, "fi.hetu"), "is": (_is, "is_.kennitala"), "pl": (_pl, "pl.pesel"),
    "ee": (_ee, "ee.ik"), "lt": (_lt, "lt.asmens"), "nl": (_nl, "nl.bsn"), "es": (_es, "es.dni"),
}  # fmt: skip
ID_WEIGHTS = {"dk": 8, "se": 7, "no": 3, "fi": 3, "is": 2, "pl": 2, "ee": 2, "lt": 2, "nl": 2,
              "es": 2}  # fmt: skip
