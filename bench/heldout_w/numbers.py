"""Phone numbers and identity numbers of held-out W, drawn by this set's own rules.

Phone numbers keep the first digits of each country's mobile range and draw the rest, kept
only when libphonenumber's metadata calls the number valid for its country; every written
shape is kept only when libphonenumber reads it back to the same number. Identity numbers are
drawn with a date of birth and serial and completed with the check digit that python-stdnum's
module for that country accepts (the project's own dependency)."""

from __future__ import annotations

import datetime
import importlib
import random
from collections.abc import Callable

import phonenumbers

# region: (first digits of the national significant number, its length)
PLANS: dict[str, tuple[tuple[str, ...], int]] = {
    "SE": (("70", "72", "73", "76", "79"), 9),
    "NO": (("40", "41", "45", "46", "48", "90", "92", "93", "95", "97", "98"), 8),
    "DK": (("20", "22", "26", "28", "30", "31", "40", "42", "50", "60", "61", "71", "81"), 8),
    "FI": (("40", "41", "44", "45", "46", "50"), 9),
    "GB": (("74", "75", "77", "78", "79"), 10),
    "US": (("201", "212", "312", "415", "617", "718", "919"), 10),
    "DE": (("151", "160", "170", "171", "176"), 11),
    "PL": (("50", "51", "53", "60", "66", "69", "72", "78", "79", "88"), 9),
    "EE": (("51", "52", "53", "55", "56"), 8),
    "IQ": (("770", "750", "780", "790"), 10),
    "SO": (("61", "62", "63"), 9),
    "IR": (("912", "919", "935", "936", "990"), 10),
    "TR": (("501", "505", "530", "532", "542", "555"), 10),
    "UA": (("50", "63", "66", "67", "68", "73", "93", "97"), 9),
    "SY": (("93", "94", "95", "98", "99"), 9),
}
SHAPES = ("national", "international", "e164", "double-zero", "paren", "dot", "dash")


def draw(rng: random.Random, region: str) -> tuple[str, list[str]]:
    """A valid national significant number of `region` and its national grouping."""
    starts, length = PLANS[region]
    for _ in range(200):
        head = rng.choice(starts)
        nsn = head + "".join(rng.choice("0123456789") for _ in range(length - len(head)))
        parsed = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn)
        if (
            phonenumbers.is_valid_number(parsed)
            and phonenumbers.region_code_for_number(parsed) == region
        ):
            national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
            return nsn, [g for g in "".join(c if c.isdigit() else " " for c in national).split()]
    raise RuntimeError(region)


def e164(region: str, nsn: str) -> str:
    return "+" + str(phonenumbers.country_code_for_region(region)) + nsn


def _reads_back(written: str, region: str, value: str) -> bool:
    try:
        parsed = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(parsed)
        and phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == value
    )


def write(rng: random.Random, region: str, nsn: str, groups: list[str]) -> tuple[str, str]:
    """(written, shape): one of SHAPES, kept only when it reads back to the same number."""
    value = e164(region, nsn)
    parsed = phonenumbers.parse(value)
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    international = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    options = {
        "national": national,
        "international": international,
        "e164": value,
        "double-zero": "00" + value[1:].replace(" ", ""),
        "paren": f"({groups[0]}) {' '.join(groups[1:])}" if len(groups) > 1 else national,
        "dot": ".".join(groups),
        "dash": "-".join(groups),
    }
    order = list(SHAPES)
    rng.shuffle(order)
    for shape in order:
        if _reads_back(options[shape], region, value):
            return options[shape], shape
    return value, "e164"


# --- identity numbers ------------------------------------------------------------------------


def _birth(rng: random.Random, first: int = 1940, last: int = 2012) -> datetime.date:
    start = datetime.date(first, 1, 1).toordinal()
    return datetime.date.fromordinal(rng.randrange(start, datetime.date(last, 12, 28).toordinal()))


def _complete(rng: random.Random, module: str, stem: Callable[[random.Random], str],
              alphabet: str = "0123456789") -> str:  # fmt: skip
    check = importlib.import_module(f"stdnum.{module}")
    for _ in range(500):
        base = stem(rng)
        for c in alphabet:
            number = base.replace("?", c)
            try:
                if check.is_valid(number):
                    return number
            except Exception:  # noqa: BLE001 - any rejection means "draw again"
                continue
    raise RuntimeError(module)


def _se(rng: random.Random) -> tuple[str, str]:
    d = _birth(rng)
    long = rng.random() < 0.35
    dash = rng.random() < 0.75
    head = d.strftime("%Y%m%d" if long else "%y%m%d")
    serial = f"{rng.randrange(1000):03d}"
    number = _complete(rng, "se.personnummer", lambda r: f"{head}{'-' if dash else ''}{serial}?")
    return number, ("12" if long else "10") + ("-dash" if dash else "-plain")


def _no(rng: random.Random) -> tuple[str, str]:
    def stem(r: random.Random) -> str:
        d = _birth(r, 1940, 1999)
        return d.strftime("%d%m%y") + f"{r.randrange(500):03d}" + "??"

    check = importlib.import_module("stdnum.no.fodselsnummer")
    for _ in range(2000):
        base = stem(rng)
        for a in "0123456789":
            for b in "0123456789":
                number = base.replace("??", a + b)
                if check.is_valid(number):
                    return (number if rng.random() < 0.6 else number[:6] + " " + number[6:]), "11"
    raise RuntimeError("no")


def _dk(rng: random.Random) -> tuple[str, str]:
    d = _birth(rng)
    number = _complete(
        rng, "dk.cpr", lambda r: d.strftime("%d%m%y") + "-" + f"{r.randrange(4000):04d}"[:3] + "?"
    )
    return number, "dash"


def _fi(rng: random.Random) -> tuple[str, str]:
    d = _birth(rng, 1940, 2012)
    sign = "A" if d.year >= 2000 else "-"
    head = d.strftime("%d%m%y") + sign + f"{rng.randrange(2, 900):03d}"
    return _complete(rng, "fi.hetu", lambda r: head + "?", "0123456789ABCDEFHJKLMNPRSTUVWXY"), (
        "century-a" if sign == "A" else "dash"
    )


def _pl(rng: random.Random) -> tuple[str, str]:
    d = _birth(rng, 1940, 1999)
    head = d.strftime("%y%m%d") + f"{rng.randrange(10000):04d}"
    return _complete(rng, "pl.pesel", lambda r: head + "?"), "11"


def _ee(rng: random.Random) -> tuple[str, str]:
    d = _birth(rng, 1940, 1999)
    head = rng.choice("34") + d.strftime("%y%m%d") + f"{rng.randrange(1000):03d}"
    return _complete(rng, "ee.ik", lambda r: head + "?"), "11"


def _lt(rng: random.Random) -> tuple[str, str]:
    d = _birth(rng, 1940, 1999)
    head = rng.choice("34") + d.strftime("%y%m%d") + f"{rng.randrange(1000):03d}"
    return _complete(rng, "lt.asmens", lambda r: head + "?"), "11"


def _is(rng: random.Random) -> tuple[str, str]:
    d = _birth(rng, 1940, 1999)

    def stem(r: random.Random) -> str:
        return d.strftime("%d%m%y") + f"{r.randrange(20, 99):02d}" + "?9"

    number = _complete(rng, "is_.kennitala", stem)
    return (number[:6] + "-" + number[6:] if rng.random() < 0.7 else number), "10"


def _nl(rng: random.Random) -> tuple[str, str]:
    return _complete(rng, "nl.bsn", lambda r: f"{r.randrange(10**7, 10**8):08d}?"), "9"


def _gb(rng: random.Random) -> tuple[str, str]:
    number = _complete(
        rng, "gb.nhs", lambda r: f"{r.randrange(400, 499)}{r.randrange(10**5, 10**6)}?"
    )
    return f"{number[:3]} {number[3:6]} {number[6:]}", "spaced"


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
}
