"""Identifiers other people's generators write: phone numbers (Google's libphonenumber and
Faker), dates (CLDR through Babel), identity numbers (Faker), addresses, e-mail addresses and
links (Faker and mimesis). Each function returns (text, facets) from a seeded `random.Random`.
"""

from __future__ import annotations

import datetime
import random
from functools import cache
from typing import Any

import phonenumbers
from babel.dates import format_date, format_skeleton
from faker import Faker
from mimesis import Address, Internet, Locale, Person

from bench import pinned_ssn

# Regions for libphonenumber: the study's neighbours, English-speaking countries and the
# countries most people who move to Sweden come from.
PN_REGIONS = ("SE", "NO", "DK", "FI", "DE", "GB", "US", "FR", "PL", "TR", "IR", "IQ", "SY",
              "SO", "ER", "AF", "ES", "IT", "NL", "ET", "BA", "TH", "CA", "AU")  # fmt: skip
FAKER_PHONES = ("sv_SE", "no_NO", "da_DK", "fi_FI", "de_AT", "de_CH", "pl_PL", "hu_HU",
                "uz_UZ", "tw_GH", "id_ID", "el_GR", "cs_CZ", "en_NZ")  # fmt: skip
_TYPES = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
_FMT = phonenumbers.PhoneNumberFormat


@cache
def faker(locale: str) -> Faker:
    f = Faker(locale)
    f.seed_instance(sum(map(ord, locale)) * 7919)
    return f


def _pn_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    example = phonenumbers.example_number_for_type(region, rng.choice(_TYPES))
    if example is None:
        example = phonenumbers.example_number(region)
    national = str(example.national_number)
    for _ in range(40):
        keep = max(2, len(national) - rng.randint(4, 6))
        digits = national[:keep] + "".join(str(rng.randint(0, 9)) for _ in national[keep:])
        number = phonenumbers.parse(digits, region)
        if phonenumbers.is_valid_number(number):
            return number
    return example


def _regroup(digits: str, sep: str, size: int) -> str:
    return sep.join(digits[i : i + size] for i in range(0, len(digits), size))


def phone(rng: random.Random) -> tuple[str, list[str]]:
    """A phone number and its facets: source, region or locale, format."""
    if rng.random() < 0.3:
        locale = rng.choice(FAKER_PHONES)
        return faker(locale).phone_number(), ["faker", locale, "faker-format"]
    region = rng.choice(PN_REGIONS)
    number = _pn_number(rng, region)
    national = phonenumbers.format_number(number, _FMT.NATIONAL)
    style = rng.choice(("national", "national", "international", "international", "e164",
                        "plain", "dots", "pairs", "slash", "zero-zero", "rfc3966"))  # fmt: skip
    code = number.country_code
    if style == "national":
        text = national
    elif style == "international":
        text = phonenumbers.format_number(number, _FMT.INTERNATIONAL)
    elif style == "e164":
        text = phonenumbers.format_number(number, _FMT.E164)
    elif style == "rfc3966":
        text = phonenumbers.format_number(number, _FMT.RFC3966).removeprefix("tel:")
    else:
        digits = "".join(c for c in national if c.isdigit())
        if style == "plain":
            text = digits
        elif style == "dots":
            text = _regroup(digits, ".", rng.choice((2, 3)))
        elif style == "pairs" and len(digits) % 2 == 0 and len(digits) <= 8:
            text = _regroup(digits, " ", 2)
        elif style == "pairs":
            head = 3 if len(digits) % 2 else 4
            text = digits[:head] + "-" + _regroup(digits[head:], " ", 2)
        elif style == "slash":
            text = digits[:4] + "/" + digits[4:]
        else:
            text = f"00{code} " + _regroup(str(number.national_number), " ", 3)
    return text, ["pn", region, style]


def _day(rng: random.Random, birth: bool = False) -> datetime.date:
    if birth:
        return datetime.date(1938, 1, 1) + datetime.timedelta(days=rng.randint(0, 24000))
    return datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randint(0, 1400))


DATE_LOCALES = {"sv": "sv_SE", "en": "en_GB", "us": "en_US", "no": "nb_NO", "da": "da_DK",
                "fi": "fi_FI", "de": "de_DE"}  # fmt: skip
_SKELETONS = ("yMMMd", "MMMMd", "MMMd", "yMd", "Md", "yMMMMd")


def date(rng: random.Random, lang: str, birth: bool = False) -> tuple[str, list[str]]:
    """A date of a day written as CLDR writes it for `lang`, or as people type it."""
    day = _day(rng, birth)
    locale = DATE_LOCALES.get(lang, "sv_SE")
    pick = rng.random()
    if pick < 0.45:
        style = rng.choice(("short", "medium", "long"))
        return format_date(day, style, locale=locale), [lang, "cldr", style]
    if pick < 0.8:
        skeleton = rng.choice(_SKELETONS)
        return format_skeleton(skeleton, day, locale=locale), [lang, "cldr", skeleton]
    typed = rng.choice(("iso", "dmy-dash", "dmy-slash", "dm-dot", "ordinal"))
    d, m, y = day.day, day.month, day.year
    text = {
        "iso": day.isoformat(),
        "dmy-dash": f"{d:02d}-{m:02d}-{y}",
        "dmy-slash": f"{d}/{m} {y}" if lang == "sv" else f"{d}/{m}/{str(y)[2:]}",
        "dm-dot": f"{d}.{m}.{y}",
        "ordinal": f"{d}:{'a' if d in (1, 2, 21, 22, 31) else 'e'} "
        + format_skeleton("MMMM", day, locale="sv_SE")
        if lang == "sv"
        else format_skeleton("MMMMd", day, locale=locale),
    }[typed]
    return text, [lang, "typed", typed]


def _luhn(digits: str) -> str:
    total = 0
    for i, c in enumerate(digits):
        n = int(c) * (2 - i % 2)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def identity_number(rng: random.Random) -> tuple[str, list[str], str]:
    """An identity number, its facets and the word a note puts before it."""
    pick = rng.random()
    if pick < 0.55:
        day = _day(rng, birth=True)
        dd = day.day + (60 if rng.random() < 0.12 else 0)  # samordningsnummer
        body = f"{day:%y%m}{dd:02d}{rng.randint(0, 999):03d}"
        body += _luhn(body)
        style = rng.choice(("short-dash", "long-dash", "long", "short", "long-space"))
        century = f"{day:%Y}"[:2]
        text = {
            "short-dash": f"{body[:6]}-{body[6:]}",
            "long-dash": f"{century}{body[:6]}-{body[6:]}",
            "long": f"{century}{body}",
            "short": body,
            "long-space": f"{century}{body[:6]} {body[6:]}",
        }[style]
        cue = rng.choice(("personnummer", "pnr", "pers.nr", "personnr", "p-nr", ""))
        return text, ["se", style, "samordning" if dd > 31 else "pnr"], cue
    locale, cue = rng.choice((("no_NO", "fødselsnummer"), ("fi_FI", "henkilötunnus"),
                              ("pl_PL", "PESEL"), ("nl_NL", "BSN"), ("et_EE", "isikukood"),
                              ("ro_RO", "CNP"), ("it_IT", "codice fiscale"),
                              ("en_GB", "NI number"), ("hr_HR", "OIB")))  # fmt: skip
    return pinned_ssn.ssn(faker(locale), locale), [locale, "faker"], cue


ADDRESS_LOCALES = ("sv_SE", "sv_SE", "sv_SE", "no_NO", "da_DK", "fi_FI", "de_DE", "en_GB",
                   "pl_PL", "nl_NL")  # fmt: skip


def address(rng: random.Random) -> tuple[str, str, list[str]]:
    """A street address (with its flat or postcode), the town written after it (ordinary
    text: a town alone identifies nobody) and its facets, from Faker or mimesis."""
    if rng.random() < 0.3:
        a = _mimesis(Address, Locale.SV, rng)
        street, post, town = a.address(), a.postal_code(), a.city()
        source = "mimesis"
    else:
        locale = rng.choice(ADDRESS_LOCALES)
        f = faker(locale)
        street, post, town = f.street_address().replace("\n", ", "), f.postcode(), f.city()
        source = locale
    pick = rng.random()
    if pick < 0.4:
        return street, "", [source, "street"]
    if pick < 0.5 and source in ("sv_SE", "mimesis"):
        return f"{street} lgh {rng.randint(1001, 1605)}", "", [source, "flat"]
    return f"{street}, {post}", f" {town}", [source, "postcode"]


def email(rng: random.Random, who: tuple[str, str] | None = None) -> tuple[str, list[str]]:
    """An e-mail address: a person's own, or one Faker or mimesis makes up."""
    if who is not None:
        f = faker(rng.choice(("sv_SE", "en_GB", "fi_FI")))
        given, family = (_ascii(w).lower() for w in who)
        number = rng.randint(1, 99)
        local = rng.choice((f"{given}.{family}", f"{given[0]}{family}", f"{given}{number}"))
        return f"{local}@{f.free_email_domain()}", ["person"]
    if rng.random() < 0.5:
        return _mimesis(Person, Locale.EN, rng).email(), ["mimesis"]
    return faker(rng.choice(("sv_SE", "no_NO", "de_DE", "en_GB"))).email(), ["faker"]


def link(rng: random.Random, who: tuple[str, str] | None = None) -> tuple[str, list[str]]:
    """A link: a person's profile page, or a page Faker or mimesis makes up."""
    if who is not None:
        handle = ".".join(_ascii(w).lower() for w in who)
        site = rng.choice(("https://www.facebook.com/", "facebook.com/", "instagram.com/",
                           "https://www.linkedin.com/in/", "https://twitter.com/"))  # fmt: skip
        return site + handle, ["profile"]
    if rng.random() < 0.5:
        return _mimesis(Internet, None, rng).url(), ["mimesis"]
    return faker(rng.choice(("sv_SE", "en_GB", "da_DK"))).uri(), ["faker"]


@cache
def _provider(kind: type, locale: Locale | None) -> Any:
    return kind(seed=0) if locale is None else kind(locale, seed=0)


def _mimesis(kind: type, locale: Locale | None, rng: random.Random) -> Any:
    """A mimesis provider reseeded from `rng` (so the notes follow the set's seed)."""
    provider = _provider(kind, locale)
    provider.reseed(rng.randint(0, 10**9))
    return provider


def _ascii(word: str) -> str:
    table = str.maketrans("åäöøæéèüÅÄÖØÆÉÜ", "aaooaeeuAAOOAEU")
    return "".join(c for c in word.translate(table) if c.isascii() and c.isalnum())
