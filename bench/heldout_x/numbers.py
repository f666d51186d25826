"""Held-out X's phone and identity numbers: drawn, then kept only when libphonenumber or
python-stdnum accepts them for their country (the test checks both again)."""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable

import phonenumbers
from stdnum import util  # noqa: F401  (python-stdnum is a project dependency)

# region -> (first digits of mobile numbers as dialled nationally without the trunk prefix,
# length of the national significant number)
PLANS: dict[str, tuple[tuple[str, ...], int]] = {
    "SE": (("70", "72", "73", "76", "79"), 9),
    "NO": (("41", "45", "46", "48", "90", "92", "93", "97"), 8),
    "DK": (("20", "21", "22", "26", "28", "30", "31", "40", "42", "50", "51", "60", "61"), 8),
    "FI": (("40", "41", "44", "45", "50"), 9),
    "GB": (("74", "75", "77", "78", "79"), 10),
    "US": (("201", "212", "303", "415", "503", "617", "773"), 10),
    "DE": (("151", "152", "157", "160", "162", "170", "171", "172", "176"), 11),
    "PL": (("50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"), 9),
    "EE": (("51", "52", "53", "55", "56"), 8),
    "IQ": (("770", "750", "780", "790"), 10),
    "SO": (("61", "62", "63"), 9),
    "IR": (("912", "935", "901", "919"), 10),
    "TR": (("532", "505", "542", "555"), 10),
    "UA": (("50", "67", "63", "93", "97"), 9),
    "SY": (("93", "94", "95", "99"), 9),
    "AF": (("70", "78", "79"), 9),
    "VN": (("90", "91", "98", "97"), 9),
}


def draw(rng: random.Random, region: str) -> tuple[str, list[str]]:
    """A valid mobile number of `region`: its national significant number and the digit groups
    libphonenumber writes it in internationally (without the country code)."""
    prefixes, length = PLANS[region]
    for _ in range(2000):
        first = rng.choice(prefixes)
        nsn = first + "".join(rng.choice("0123456789") for _ in range(length - len(first)))
        if region == "US" and nsn[3] in "01":
            continue
        number = phonenumbers.parse("+" + str(_cc(region)) + nsn, None)
        if phonenumbers.is_valid_number(number) and (
            phonenumbers.region_code_for_number(number) == region
        ):
            intl = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            groups = intl.split(" ")[1:]
            return nsn, groups
    raise ValueError(f"no valid number drawn for {region}")


def _cc(region: str) -> int:
    return phonenumbers.country_code_for_region(region)


def _reads_back(written: str, region: str, e164: str) -> bool:
    try:
        parsed = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed) and (
        phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == e164
    )


SHAPES = ("national", "international", "e164", "00", "paren", "dot", "dash")


def write(rng: random.Random, region: str, nsn: str, groups: list[str]) -> tuple[str, str]:
    """The number written in one of `SHAPES` (each kept only when libphonenumber reads it back
    to the same number; otherwise internationally)."""
    cc = _cc(region)
    e164 = f"+{cc}{nsn}"
    number = phonenumbers.parse(e164, None)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    intl = "+" + str(cc) + " " + " ".join(groups)
    shape = rng.choice(SHAPES)
    nat_groups = national.replace("-", " ").split(" ")
    candidates = {
        "national": national,
        "international": intl,
        "e164": e164,
        "00": "00" + str(cc) + " " + " ".join(groups),
        "paren": (f"({nat_groups[0]}) " + " ".join(nat_groups[1:]))
        if len(nat_groups) > 1
        else intl,
        "dot": ".".join(nat_groups) if len(nat_groups) > 1 else intl,
        "dash": "-".join(nat_groups) if len(nat_groups) > 1 else intl,
    }
    written = candidates[shape]
    if (
        written == intl
        and shape not in ("international",)
        or not _reads_back(written, region, e164)
    ):
        return intl, "international"
    return written, shape


# --- identity numbers ------------------------------------------------------------------------


def _birth(rng: random.Random, first: int = 1950, last: int = 1999) -> datetime.date:
    return datetime.date(rng.randint(first, last), rng.randint(1, 12), rng.randint(1, 28))


def _search(rng: random.Random, module: str, make: Callable[[], str]) -> str:
    import importlib

    check = importlib.import_module(f"stdnum.{module}")
    for _ in range(5000):
        number = make()
        if check.is_valid(number):
            return number
    raise ValueError(module)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _se(rng: random.Random) -> tuple[str, str]:
    d = _birth(rng)
    shape = rng.choice(("10-dash", "10-plain", "12-dash", "12-plain"))
    serial = _digits(rng, 3)

    def make() -> str:
        base = d.strftime("%y%m%d") + serial + rng.choice("0123456789")
        return base

    number = _search(rng, "se.personnummer", make)
    digits = number
    if shape.startswith("12"):
        digits = str(d.year)[:2] + number
    cut = len(digits) - 4
    written = digits[:cut] + "-" + digits[cut:] if shape.endswith("dash") else digits
    return _search(rng, "se.personnummer", lambda: written), shape


def _no(rng: random.Random) -> tuple[str, str]:
    d = _birth(rng)
    number = _search(
        rng,
        "no.fodselsnummer",
        lambda: d.strftime("%d%m%y") + f"{rng.randint(0, 499):03d}" + _digits(rng, 2),
    )
    if rng.random() < 0.5:
        return number[:6] + " " + number[6:], "spaced"
    return number, "plain"


def _dk(rng: random.Random) -> tuple[str, str]:
    d = _birth(rng)
    number = _search(rng, "dk.cpr", lambda: d.strftime("%d%m%y") + "-" + _digits(rng, 4))
    return number, "dash"


def _fi(rng: random.Random) -> tuple[str, str]:
    d = _birth(rng, 1950, 2009)
    sign = "-" if d.year < 2000 else "A"

    def make() -> str:
        return (
            d.strftime("%d%m%y")
            + sign
            + f"{rng.randint(2, 899):03d}"
            + rng.choice("0123456789ABCDEFHJKLMNPRSTUVWXY")
        )

    return _search(rng, "fi.hetu", make), "century-minus" if sign == "-" else "century-a"


def _pl(rng: random.Random) -> tuple[str, str]:
    d = _birth(rng)
    return _search(rng, "pl.pesel", lambda: d.strftime("%y%m%d") + _digits(rng, 5)), "plain"


def _ee(rng: random.Random) -> tuple[str, str]:
    d = _birth(rng)
    g = rng.choice("34")
    return _search(rng, "ee.ik", lambda: g + d.strftime("%y%m%d") + _digits(rng, 4)), "plain"


def _lt(rng: random.Random) -> tuple[str, str]:
    d = _birth(rng)
    g = rng.choice("34")
    return _search(rng, "lt.asmens", lambda: g + d.strftime("%y%m%d") + _digits(rng, 4)), "plain"


def _is(rng: random.Random) -> tuple[str, str]:
    d = _birth(rng)
    number = _search(rng, "is_.kennitala", lambda: d.strftime("%d%m%y") + _digits(rng, 3) + "9")
    return number[:6] + "-" + number[6:], "dash"


def _nl(rng: random.Random) -> tuple[str, str]:
    return _search(rng, "nl.bsn", lambda: rng.choice("123456") + _digits(rng, 8)), "plain"


def _gb(rng: random.Random) -> tuple[str, str]:
    number = _search(rng, "gb.nhs", lambda: rng.choice("456") + _digits(rng, 9))
    return f"{number[:3]} {number[3:6]} {number[6:]}", "spaced"


def _tr(rng: random.Random) -> tuple[str, str]:
    return _search(rng, "tr.tckimlik", lambda: rng.choice("123456789") + _digits(rng, 10)), "plain"


# country -> (builder returning (number as written, shape), python-stdnum module)
BUILDERS: dict[str, tuple[Callable[[random.Random], tuple[str, str]], str]] = {
    "se": (_se, "se.personnummer"),
    "no": (_no, "no.fodselsnummer"),
    "dk": (_dk, "dk.cpr"),
    "fi": (_fi, "fi.hetu"),
    "pl": (_pl, "pl.pesel"),
    "ee": (_ee, "ee.ik"),
    "lt": (_lt, "lt.asmens"),
    "is": (_is, "is_.kennitala"),
    "nl": (_nl, "nl.bsn"),
    "gb": (_gb, "gb.nhs"),
    "tr": (_tr, "tr.tckimlik"),
}
