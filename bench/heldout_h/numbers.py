"""Phone numbers, identity numbers, e-mail addresses and profile links for held-out H.

Phones come from Google's libphonenumber (`phonenumbers`: each region's example mobile or
fixed-line number with its last digits drawn anew until the library calls it valid, then
written as NATIONAL, INTERNATIONAL or E164, or as people also type them: "00" for "+", a "(0)",
dots, no spaces) and from Faker's phone providers of nine locales, as they come. Each returns
the written text and its facets ("/"-separated: source, region, format).
"""

from __future__ import annotations

import random
import unicodedata

import phonenumbers as pn

from bench import pinned_ssn
from bench.heldout_h.people import faker

# Region, weight: a Swedish study; relatives and helplines abroad.
REGIONS = (("SE", 30), ("NO", 5), ("DK", 4), ("FI", 5), ("DE", 4), ("GB", 4), ("US", 4),
           ("PL", 3), ("TR", 3), ("ES", 2), ("FR", 2), ("NL", 2), ("IT", 2), ("SO", 3),
           ("IR", 2), ("IQ", 2), ("SY", 2), ("VN", 2), ("EE", 1), ("ER", 1), ("BA", 2))  # fmt: skip
FAKER_PHONES = ("sv_SE", "sv_SE", "no_NO", "da_DK", "fi_FI", "de_DE", "en_GB", "pl_PL", "fr_FR",
                "nl_NL", "it_IT", "en_US")  # fmt: skip
TYPES = (pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE)


def _number(region: str, rng: random.Random) -> pn.PhoneNumber:
    example = pn.example_number_for_type(region, rng.choice(TYPES))
    if example is None:
        example = pn.example_number(region)
    digits = str(example.national_number)
    keep = max(2, len(digits) - 5)
    for _ in range(40):
        drawn = digits[:keep] + "".join(rng.choice("0123456789") for _ in digits[keep:])
        number = pn.parse("+" + str(example.country_code) + drawn)
        if pn.is_valid_number(number):
            return number
    return example


def _written(number: pn.PhoneNumber, style: str) -> str:
    national = pn.format_number(number, pn.PhoneNumberFormat.NATIONAL)
    international = pn.format_number(number, pn.PhoneNumberFormat.INTERNATIONAL)
    if style == "national":
        return national
    if style == "international":
        return international
    if style == "e164":
        return pn.format_number(number, pn.PhoneNumberFormat.E164)
    if style == "double-zero":
        return "00" + international[1:]
    if style == "compact":
        return "".join(c for c in national if c.isdigit())
    if style == "dots":
        groups = national.replace("(", "").replace(")", "").replace("-", " ").split()
        return ".".join(groups)
    if style == "dashes":
        return "-".join(national.replace("(", "").replace(")", "").replace("-", " ").split())
    # "+44 (0)7400 123456": the trunk zero kept in brackets
    code = f"+{number.country_code}"
    rest = national[1:] if national.startswith("0") else national
    return f"{code} (0){rest}" if national.startswith("0") else international


STYLES = ("national", "national", "national", "international", "international", "e164",
          "double-zero", "compact", "dots", "dashes", "trunk-zero")  # fmt: skip


def phone(rng: random.Random, seed: int) -> tuple[str, str]:
    """A phone number as written in a note, and its facets ("pn/SE/national")."""
    if rng.random() < 0.25:
        locale = rng.choice(FAKER_PHONES)
        f = faker(locale, seed)
        while True:
            text = f.phone_number()
            if not any(c.isalpha() for c in text):
                return text, f"faker/{locale}"
    region = rng.choices([r for r, _ in REGIONS], [w for _, w in REGIONS])[0]
    style = rng.choice(STYLES)
    return _written(_number(region, rng), style), f"pn/{region}/{style}"


def _luhn(digits: str) -> int:
    total = 0
    for i, c in enumerate(digits):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def identity_number(rng: random.Random, seed: int) -> tuple[str, str]:
    """A Swedish personnummer or samordningsnummer in one of its written forms, or a
    Norwegian, Finnish or Danish identity number, and its facets."""
    country = rng.choices(("SE", "NO", "FI", "DK"), (8, 1, 1, 1))[0]
    year, month, day = rng.randint(1938, 2005), rng.randint(1, 12), rng.randint(1, 28)
    if country == "NO":
        return pinned_ssn.ssn(faker("no_NO", seed), "no_NO"), "no/fodselsnummer"
    if country == "FI":
        return pinned_ssn.ssn(faker("fi_FI", seed), "fi_FI"), "fi/henkilotunnus"
    if country == "DK":
        return f"{day:02d}{month:02d}{year % 100:02d}-{rng.randint(0, 9999):04d}", "dk/cpr"
    form = rng.choice(("short", "short", "long", "long-plain", "coordination", "short-plain"))
    shown_day = day + 60 if form == "coordination" else day
    nine = f"{year % 100:02d}{month:02d}{shown_day:02d}{rng.randint(0, 999):03d}"
    whole = nine + str(_luhn(nine))
    if form in ("short", "coordination"):
        return f"{whole[:6]}-{whole[6:]}", f"se/{form}"
    if form == "short-plain":
        return whole, "se/short-plain"
    long = f"{year // 100}{whole}"
    return (f"{long[:8]}-{long[8:]}" if form == "long" else long), f"se/{form}"


DOMAINS = ("gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "live.se", "icloud.com",
           "telia.com", "yahoo.se", "gmx.de", "online.no", "wp.pl", "regionvastmanland.se",
           "vgregion.se", "skane.se", "kommun.falun.se", "protonmail.com")  # fmt: skip


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ø", "o").replace("ł", "l"))
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c == "-"))


def email(given: str, family: str, rng: random.Random) -> tuple[str, str]:
    """An address made from a person's name as people make them, and its facets."""
    g, f = _plain(given) or "x", _plain(family) or "y"
    shape = rng.randrange(7)
    local = (f"{g}.{f}", f"{g}{f}{rng.randint(1, 99)}", f"{g[0]}{f}", f"{g}_{f}",
             f"{f}.{g}", f"{g}{rng.randint(1950, 2005)}", f"{g}.{f[0]}")[shape]  # fmt: skip
    domain = rng.choice(DOMAINS)
    return f"{local}@{domain}", f"shape{shape}"


def profile_link(given: str, family: str, rng: random.Random) -> tuple[str, str]:
    """A social-media profile address, with or without its scheme, and its facets."""
    g, f = _plain(given) or "x", _plain(family) or "y"
    site = rng.randrange(4)
    if site == 0:
        return f"facebook.com/{g}.{f}.{rng.randint(1, 999)}", "facebook"
    if site == 1:
        return f"https://www.instagram.com/{g}_{f}{rng.randint(1, 99)}/", "instagram"
    if site == 2:
        return f"https://www.linkedin.com/in/{g}-{f}-{rng.randrange(16**6):06x}", "linkedin"
    return f"www.tiktok.com/@{g}{f[:3]}{rng.randint(10, 99)}", "tiktok"
