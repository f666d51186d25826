"""Phone numbers and identity numbers for held-out Z, drawn valid and written the ways people
write them. Phone numbers are drawn digit by digit from the national shape of a country's own
example number and kept only when libphonenumber (PyPI `phonenumbers`) calls them valid for
that country; identity numbers are built with their check characters and kept only when
python-stdnum calls them valid. Nothing here is read from another set."""

from __future__ import annotations

import random
from collections.abc import Callable

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

# Countries whose numbers the notes carry: the five languages' own, and those of families who
# moved to the Nordic countries (Iraq, Syria, Somalia, Iran, Afghanistan, Eritrea, Bosnia,
# Ukraine, Poland, Turkey, Vietnam), and a few neighbours'.
PLANS = ("SE", "NO", "DK", "FI", "GB", "IE", "DE", "PL", "IQ", "SY", "SO", "IR", "AF", "ER",
         "BA", "UA", "TR", "VN", "EE", "LT", "IS", "NL")  # fmt: skip

_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE)


def draw(rng: random.Random, region: str) -> tuple[str, tuple[str, ...]]:
    """A valid national significant number of `region` and its digit groups as libphonenumber
    writes it nationally."""
    for _ in range(400):
        kind = rng.choice(_TYPES)
        example = phonenumbers.example_number_for_type(region, kind)
        if example is None:
            continue
        nsn = phonenumbers.national_significant_number(example)
        keep = max(1, min(len(nsn) - 4, 3))
        digits = nsn[:keep] + "".join(str(rng.randrange(10)) for _ in nsn[keep:])
        number = phonenumbers.parse("+" + str(example.country_code) + digits)
        if not phonenumbers.is_valid_number(number):
            continue
        if phonenumbers.region_code_for_number(number) != region:
            continue
        national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        groups = tuple(g for g in _split(national) if g)
        return digits, groups
    raise RuntimeError(f"no valid number drawn for {region}")


def _split(text: str) -> list[str]:
    out, cur = [], ""
    for c in text:
        if c.isdigit():
            cur += c
        else:
            out.append(cur)
            cur = ""
    out.append(cur)
    return out


def _number(region: str, nsn: str) -> phonenumbers.PhoneNumber:
    code = phonenumbers.country_code_for_region(region)
    return phonenumbers.parse(f"+{code}{nsn}")


def e164(region: str, nsn: str) -> str:
    return phonenumbers.format_number(_number(region, nsn), PhoneNumberFormat.E164)


def write(rng: random.Random, region: str, nsn: str, groups: tuple[str, ...]) -> tuple[str, str]:
    """The number written one of five ways: as the country writes it at home (`national`),
    for a caller abroad (`international`), packed (`e164`), with the trunk zero in brackets
    after the country code (`paren`) or grouped with dots (`dot`). Every shape is checked to
    read back as the same number; a shape that does not falls back to `national`."""
    number = _number(region, nsn)
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    shape = rng.choice(("national", "national", "international", "international", "e164",
                        "paren", "dot"))  # fmt: skip
    if shape == "national":
        written = national
    elif shape == "international":
        written = intl if rng.random() < 0.7 else "00" + intl[1:]
    elif shape == "e164":
        written = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    elif shape == "paren":
        code = intl.split(" ", 1)[0]
        rest = intl.split(" ", 1)[1] if " " in intl else intl[len(code) :]
        written = (
            f"{code} (0){rest}" if national.startswith("0") else f"{code} ({rest[:2]}){rest[2:]}"
        )
    else:
        parts = [g for g in groups if g]
        if len(parts) < 3 or min(len(g) for g in parts) < 2:
            return national, "national"
        written = ".".join(parts)
    if not _reads_back(written, region, number):
        return national, "national"
    return written, shape


def _reads_back(written: str, region: str, number: phonenumbers.PhoneNumber) -> bool:
    try:
        parsed = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(parsed)
        and phonenumbers.region_code_for_number(parsed) == region
        and phonenumbers.format_number(parsed, PhoneNumberFormat.E164)
        == phonenumbers.format_number(number, PhoneNumberFormat.E164)
    )


# --- identity numbers ----------------------------------------------------------------------


def _date(rng: random.Random, first: int = 1940, last: int = 2008) -> tuple[int, int, int]:
    year = rng.randint(first, last)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    return year, month, day


def _luhn_digit(digits: str) -> str:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _se(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    body = f"{y % 100:02d}{m:02d}{d:02d}{rng.randrange(1000):03d}"
    number = body + _luhn_digit(body)
    shape = rng.choice(("dash", "dash", "long", "packed"))
    if shape == "dash":
        return f"{number[:6]}-{number[6:]}", shape
    if shape == "long":
        return f"{y // 100}{number[:6]}-{number[6:]}", shape
    return number, shape


def _mod11(digits: str, weights: tuple[int, ...]) -> int | None:
    rest = sum(int(c) * w for c, w in zip(digits, weights, strict=False)) % 11
    check = (11 - rest) % 11
    return None if check == 10 else check


def _no(rng: random.Random) -> tuple[str, str]:
    while True:
        y, m, d = _date(rng)
        individual = rng.randrange(0, 500) if y < 2000 else rng.randrange(500, 1000)
        body = f"{d:02d}{m:02d}{y % 100:02d}{individual:03d}"
        k1 = _mod11(body, (3, 7, 6, 1, 8, 9, 4, 5, 2))
        if k1 is None:
            continue
        k2 = _mod11(body + str(k1), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
        if k2 is None:
            continue
        number = body + str(k1) + str(k2)
        shape = rng.choice(("packed", "space"))
        return (number if shape == "packed" else f"{number[:6]} {number[6:]}"), shape


def _dk(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng, 1940, 1999)
    serial = rng.randrange(0, 4000)
    number = f"{d:02d}{m:02d}{y % 100:02d}{serial:04d}"
    shape = rng.choice(("dash", "dash", "packed"))
    return (f"{number[:6]}-{number[6:]}" if shape == "dash" else number), shape


_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _fi(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    serial = rng.randrange(2, 900)
    sign = "-" if y < 2000 else "A"
    check = _HETU_CHECK[int(f"{d:02d}{m:02d}{y % 100:02d}{serial:03d}") % 31]
    return f"{d:02d}{m:02d}{y % 100:02d}{sign}{serial:03d}{check}", "hetu"


def _pl(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    month = m + (20 if y >= 2000 else 0)
    body = f"{y % 100:02d}{month:02d}{d:02d}{rng.randrange(10000):04d}"
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 10) % 10
    return body + str(check), "packed"


def _ee(rng: random.Random) -> tuple[str, str]:
    while True:
        y, m, d = _date(rng)
        century = (3 if y < 2000 else 5) + rng.randrange(2)
        body = f"{century}{y % 100:02d}{m:02d}{d:02d}{rng.randrange(1000):03d}"
        check = _ee_check(body)
        return body + str(check), "packed"


def _ee_check(body: str) -> int:
    w1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 1)
    check = sum(int(c) * w for c, w in zip(body, w1, strict=True)) % 11
    if check == 10:
        w2 = (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)
        check = sum(int(c) * w for c, w in zip(body, w2, strict=True)) % 11
        if check == 10:
            check = 0
    return check


def _lt(rng: random.Random) -> tuple[str, str]:
    y, m, d = _date(rng)
    century = (3 if y < 2000 else 5) + rng.randrange(2)
    body = f"{century}{y % 100:02d}{m:02d}{d:02d}{rng.randrange(1000):03d}"
    return body + str(_ee_check(body)), "packed"


def _is(rng: random.Random) -> tuple[str, str]:
    while True:
        y, m, d = _date(rng)
        body = f"{d:02d}{m:02d}{y % 100:02d}{rng.randrange(20, 100):02d}"
        weights = (3, 2, 7, 6, 5, 4, 3, 2)
        rest = sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11
        check = (11 - rest) % 11
        if check == 10:
            continue
        number = body + str(check) + ("9" if y < 2000 else "0")
        shape = rng.choice(("dash", "packed"))
        return (f"{number[:6]}-{number[6:]}" if shape == "dash" else number), shape


def _nl(rng: random.Random) -> tuple[str, str]:
    while True:
        body = f"{rng.randrange(1, 10)}{rng.randrange(10**7):07d}"
        total = sum(int(c) * w for c, w in zip(body, range(9, 1, -1), strict=True))
        check = total % 11
        if check == 10:
            continue
        return body + str(check), "packed"


def _tr(rng: random.Random) -> tuple[str, str]:
    digits = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(8)]
    d10 = ((sum(digits[0::2]) * 7) - sum(digits[1::2])) % 10
    d11 = (sum(digits) + d10) % 10
    return "".join(map(str, digits)) + str(d10) + str(d11), "packed"


# country -> (builder, python-stdnum module that validates it)
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
    "tr": (_tr, "tr.tckimlik"),
}
