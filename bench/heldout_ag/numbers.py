"""Held-out AG's phone and identity numbers: valid ones, drawn here, written as people do."""

from __future__ import annotations

import random

import phonenumbers

PLANS = ("DK", "SE", "NO", "FI", "DE", "GB", "PL", "NL", "SO", "IQ", "SY", "TR", "IR",
         "VN", "UA", "RO", "EE", "ES", "US", "MA")  # fmt: skip


def draw(rng: random.Random, region: str) -> tuple[str, list[str]]:
    """A valid mobile number of `region` (national significant number) and its groups."""
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    base = str(example.national_number)
    while True:
        cut = rng.randint(3, min(5, len(base) - 2))
        nsn = base[:-cut] + "".join(str(rng.randint(0, 9)) for _ in range(cut))
        number = phonenumbers.parse("+" + str(example.country_code) + nsn)
        if phonenumbers.is_valid_number(number) and (
            phonenumbers.region_code_for_number(number) == region
        ):
            intl = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            return nsn, intl.split(" ")[1:]


def write(rng: random.Random, region: str, nsn: str, groups: list[str]) -> tuple[str, str]:
    code = str(phonenumbers.country_code_for_region(region))
    number = phonenumbers.parse("+" + code + nsn)
    fmt = phonenumbers.PhoneNumberFormat
    shape = rng.choice(["national", "international", "e164", "00", "dot", "paren"])
    if shape == "national":
        written = phonenumbers.format_number(number, fmt.NATIONAL)
    elif shape == "international":
        written = phonenumbers.format_number(number, fmt.INTERNATIONAL)
    elif shape == "e164":
        written = phonenumbers.format_number(number, fmt.E164)
    elif shape == "00":
        written = "00" + code + " " + " ".join(groups)
    elif shape == "dot":
        written = "+" + code + "." + ".".join(groups)
    else:
        written = "+" + code + " (0) " + " ".join(groups)
    try:
        back = phonenumbers.parse(written, region)
        ok = phonenumbers.is_valid_number(back) and back.national_number == number.national_number
    except phonenumbers.NumberParseException:
        ok = False
    if not ok:
        return phonenumbers.format_number(number, fmt.INTERNATIONAL), "international"
    return written, shape


def e164(region: str, nsn: str) -> str:
    return "+" + str(phonenumbers.country_code_for_region(region)) + nsn


# --- identity numbers -----------------------------------------------------------------


def _date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)


def _try(rng: random.Random, module: str, make) -> str:
    import importlib

    check = importlib.import_module(f"stdnum.{module}")
    while True:
        for candidate in make(rng):
            if check.is_valid(candidate):
                return candidate


def _dk(rng):
    y, m, d = _date(rng)
    head = f"{d:02d}{m:02d}{y % 100:02d}"
    digit = "4" if y >= 2000 else str(rng.randint(0, 3))
    yield from (head + digit + f"{rng.randint(0, 999):03d}" for _ in range(40))


def _se(rng):
    y, m, d = _date(rng)
    serial = f"{rng.randint(0, 999):03d}"
    yield from (f"{y % 100:02d}{m:02d}{d:02d}{serial}{c}" for c in "0123456789")


def _no(rng):
    y, m, d = _date(rng)
    ind = rng.randint(0, 499) if y < 2000 else rng.randint(500, 999)
    yield from (f"{d:02d}{m:02d}{y % 100:02d}{ind:03d}{a}{b}" for a in range(10) for b in range(10))


def _fi(rng):
    y, m, d = _date(rng)
    sep = "-" if y < 2000 else "A"
    yield from (f"{d:02d}{m:02d}{y % 100:02d}{sep}{rng.randint(2, 899):03d}{c}"
                for c in "0123456789ABCDEFHJKLMNPRSTUVWXY")  # fmt: skip


def _pl(rng):
    y, m, d = _date(rng)
    mm = m + (20 if y >= 2000 else 0)
    yield from (f"{y % 100:02d}{mm:02d}{d:02d}{rng.randint(0, 9999):04d}{c}" for c in range(10))


def _ee(rng):
    y, m, d = _date(rng)
    first = rng.choice("34") if y < 2000 else rng.choice("56")
    yield from (
        f"{first}{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}{c}" for c in range(10)
    )


def _nl(rng):
    yield from (f"{rng.randint(10000000, 99999999)}{c}" for c in range(10))


def _es(rng):
    body = f"{rng.randint(0, 99999999):08d}"
    yield from (body + c for c in "TRWAGMYFPDXBNJZSQVHLCKE")


def _is(rng):
    y, m, d = _date(rng)
    century = "9" if y < 2000 else "0"
    yield from (
        f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(20, 99):02d}{c}{century}" for c in range(10)
    )


def _be(rng):
    y, m, d = _date(rng)
    head = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(1, 997):03d}"
    yield from (head + f"{c:02d}" for c in range(1, 98))


_MAKERS = {"dk": (_dk, "dk.cpr"), "se": (_se, "se.personnummer"), "no": (_no, "no.fodselsnummer"),
           "fi": (_fi, "fi.hetu"), "pl": (_pl, "pl.pesel"), "ee": (_ee, "ee.ik"),
           "nl": (_nl, "nl.bsn"), "es": (_es, "es.dni"), "is": (_is, "is_.kennitala"),
           "be": (_be, "be.nn")}  # fmt: skip


def _builder(country: str):
    make, module = _MAKERS[country]

    def build(rng: random.Random) -> tuple[str, str]:
        number = _try(rng, module, make)
        if country == "dk" and rng.random() < 0.6:
            return number[:6] + "-" + number[6:], "dash"
        if country == "se" and rng.random() < 0.6:
            return number[:6] + "-" + number[6:], "dash"
        if country == "is" and rng.random() < 0.5:
            return number[:6] + "-" + number[6:], "dash"
        if country == "be" and rng.random() < 0.5:
            n = number
            return f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}", "dotted"
        return number, "plain"

    return build


BUILDERS = {c: (_builder(c), m) for c, (_, m) in _MAKERS.items()}
