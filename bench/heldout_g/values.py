"""Values of held-out G's identifiers: phone numbers, personnummer, dates, e-mail, links and
addresses, each returned as (before, value, after, facet) where only `value` is planted.

Phone numbers are drawn valid for nineteen countries with Google's libphonenumber metadata
(`phonenumbers`) and written in its national, international and E.164 forms plus the ways
people type them (dashes, dots, "00", "(0)", no spaces); addresses and streets come from
Faker's locales; personnummer, dates, e-mail addresses and links are built here.
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
from functools import cache

import phonenumbers as pn
from faker import Generator
from phonenumbers import PhoneNumberFormat as Fmt
from phonenumbers import PhoneNumberType as PType

from bench.heldout_g.hidden import full_width, nbsp_inside

PHONE_REGIONS = ("SE", "SE", "SE", "NO", "DK", "FI", "DE", "PL", "TR", "IR", "IQ", "SY", "SO",
                 "GB", "US", "FR", "BA", "ER", "AF", "NL", "ES")  # fmt: skip
MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
             "september", "oktober", "november", "december")  # fmt: skip
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip
WEEKDAYS_SV = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
ADDRESS_LOCALES = ("de_DE", "pl_PL", "fi_FI", "da_DK", "no_NO", "nl_NL", "fr_FR", "hr_HR")
MAIL_DOMAINS = ("gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "live.se", "telia.com",
                "icloud.com", "protonmail.com", "bredband.net", "spray.se")  # fmt: skip
Value = tuple[str, str, str, str]


@cache
def faker(locale: str) -> Generator:
    """Faker's company, person, address and internet providers of `locale` (what
    `Faker(locale)` would use), without the rest that takes it half a second to build."""
    generator = Generator()
    for kind in ("company", "person", "address", "internet"):
        try:
            module = importlib.import_module(f"faker.providers.{kind}.{locale}")
        except ModuleNotFoundError:
            module = importlib.import_module(f"faker.providers.{kind}")
        generator.add_provider(module.Provider(generator))
    return generator


def seeded(rng: random.Random, locale: str) -> Generator:
    fk = faker(locale)
    fk.seed_instance(rng.getrandbits(32))
    return fk


def _number(rng: random.Random, region: str) -> pn.PhoneNumber:
    kind = PType.MOBILE if rng.random() < 0.7 else PType.FIXED_LINE
    example = pn.example_number_for_type(region, kind) or pn.example_number(region)
    nsn = pn.national_significant_number(example)
    keep = 2 if len(nsn) > 6 else 1
    for _ in range(40):
        digits = nsn[:keep] + "".join(rng.choice("0123456789") for _ in nsn[keep:])
        number = pn.parse(f"+{example.country_code}{digits}")
        if pn.is_valid_number(number):
            return number
    return example


def phone(rng: random.Random) -> Value:
    region = rng.choice(PHONE_REGIONS)
    number = _number(rng, region)
    national = pn.format_number(number, Fmt.NATIONAL)
    international = pn.format_number(number, Fmt.INTERNATIONAL)
    style = rng.choice(("national", "national", "international", "international", "e164",
                        "dashed", "dotted", "double-zero", "compact",
                        "trunk-in-brackets"))  # fmt: skip
    if style == "national":
        text = national
    elif style == "international":
        text = international
    elif style == "e164":
        text = pn.format_number(number, Fmt.E164)
    elif style == "dashed":
        text = national.replace(" ", "-").replace("(", "").replace(")", "")
    elif style == "dotted":
        text = national.replace("-", " ").replace("(", "").replace(")", "").replace(" ", ".")
    elif style == "double-zero":
        text = "00" + international[1:]
    elif style == "compact":
        text = "".join(c for c in national if c.isdigit())
    else:
        cc, _, rest = international.partition(" ")
        text = f"{cc} (0){rest}" if region in ("SE", "GB", "DE") else international
    facet = f"{region}/{style}"
    roll = rng.random()
    if roll < 0.04:
        text, facet = full_width(text), facet + "/full-width"
    elif roll < 0.08 and " " in text:
        text, facet = nbsp_inside(rng, text), facet + "/odd-space"
    return "", text, "", facet


def _luhn(nine: str) -> str:
    total = 0
    for i, c in enumerate(nine):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def birth_date(rng: random.Random, first: int = 1938, last: int = 2006) -> dt.date:
    start = dt.date(first, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randrange(start, dt.date(last, 12, 31).toordinal()))


def personnummer(rng: random.Random) -> Value:
    born = birth_date(rng)
    coordination = rng.random() < 0.12
    day = born.day + (60 if coordination else 0)
    short = f"{born:%y%m}{day:02d}"
    serial = f"{rng.randrange(1000):03d}"
    last4 = serial + _luhn(short + serial)
    style = rng.choice(("short-dash", "short-dash", "long-dash", "long", "short", "space",
                        "en-dash", "plus"))  # fmt: skip
    text = {
        "short-dash": f"{short}-{last4}",
        "long-dash": f"{born.year // 100}{short}-{last4}",
        "long": f"{born.year // 100}{short}{last4}",
        "short": f"{short}{last4}",
        "space": f"{short} {last4}",
        "en-dash": f"{short}\u2013{last4}",
        "plus": f"{short}+{last4}",
    }[style]
    facet = ("samordningsnummer/" if coordination else "") + style
    if rng.random() < 0.05:
        text, facet = full_width(text), facet + "/full-width"
    return "", text, "", facet


def date(rng: random.Random, born: bool = False) -> Value:
    d = birth_date(rng) if born else birth_date(rng, 2022, 2026)
    sv, en = MONTHS_SV[d.month - 1], MONTHS_EN[d.month - 1]
    th = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    forms = {
        "iso": f"{d:%Y-%m-%d}",
        "day-slash-month": f"{d.day}/{d.month} {d.year}" if born else f"{d.day}/{d.month}",
        "dotted": f"{d.day}.{d.month}.{d.year}",
        "dotted-short": f"{d:%d.%m.%y}",
        "sv-words": f"{d.day} {sv} {d.year}",
        "sv-words-no-year": f"{d.day} {sv}",
        "sv-ordinal": f"{d.day}:{'a' if d.day % 10 in (1, 2) and d.day // 10 != 1 else 'e'} {sv}",
        "en-words": f"{d.day} {en} {d.year}",
        "en-us": f"{en} {d.day}, {d.year}",
        "en-ordinal": f"{en} {d.day}{th}",
        "en-of": f"{d.day}{th} of {en}",
        "compact": f"{d:%Y%m%d}",
        "slash-us": f"{d:%m/%d/%Y}",
    }
    style = rng.choice(sorted(forms))
    before = ""
    if style == "en-of":
        before = "the "  # "the 5th of March": the article is no part of the date
    elif not born and rng.random() < 0.2 and style.startswith(("sv", "iso", "day")):
        before = WEEKDAYS_SV[d.weekday()] + " "
    after = ""
    if rng.random() < 0.15:
        after = f" kl. {rng.randint(8, 17)}.{rng.choice(('00', '15', '30', '45'))}"
    return before, forms[style], after, ("birth/" if born else "event/") + style


def email(rng: random.Random, given: str, family: str) -> Value:
    local = _plain(given)
    style = rng.choice(("given.family", "given_family-year", "initial-family", "given-number",
                        "faker"))  # fmt: skip
    if style == "given.family":
        local = f"{_plain(given)}.{_plain(family)}"
    elif style == "given_family-year":
        local = f"{_plain(given)}_{_plain(family)}{rng.randint(60, 99)}"
    elif style == "initial-family":
        local = f"{_plain(given)[:1]}{_plain(family)}"
    elif style == "given-number":
        local = f"{_plain(given)}{rng.randint(1, 999)}"
    else:
        return "", seeded(rng, rng.choice(("sv_SE", "en_GB", "de_DE"))).free_email(), "", style
    return "", f"{local}@{rng.choice(MAIL_DOMAINS)}", "", style


def url(rng: random.Random, given: str, family: str) -> Value:
    who = f"{_plain(given)}.{_plain(family)}"
    options = (
        ("facebook", f"https://www.facebook.com/{who}.{rng.randint(1, 99)}"),
        ("instagram", f"instagram.com/{_plain(given)}_{rng.randint(10, 999)}"),
        ("fundraiser", f"https://www.gofundme.com/f/stod-{_plain(given)}-{_plain(family)}"),
        ("blog", f"www.{_plain(family)}{rng.randint(1, 99)}.blogspot.com"),
        ("linkedin", f"https://se.linkedin.com/in/{_plain(given)}-{_plain(family)}"),
        ("faker", seeded(rng, rng.choice(("sv_SE", "en_US", "pl_PL"))).url()),
    )
    facet, text = rng.choice(options)
    return "", text, "", facet


def _plain(name: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", name.lower().replace("ł", "l").replace("ı", "i"))
    return "".join(c for c in folded if c.isalnum() and c.isascii()) or "x"


def street(rng: random.Random) -> str:
    return seeded(rng, "sv_SE").street_name()


def swedish_address(rng: random.Random, with_town: bool = True) -> tuple[str, str]:
    fk = seeded(rng, "sv_SE")
    text = f"{fk.street_name()} {rng.randint(1, 140)}{rng.choice(('', '', '', 'A', 'B', 'C'))}"
    facet = "sv"
    extra = rng.random()
    if extra < 0.2:
        text += f", lgh {rng.randint(10, 16)}{rng.randint(1, 4):02d}"
        facet += "/flat"
    elif extra < 0.3:
        text += f", {rng.randint(1, 6)} tr"
        facet += "/floor"
    elif extra < 0.38:
        text = f"c/o {seeded(rng, 'sv_SE').last_name()}, {text}"
        facet += "/co"
    if with_town:
        code = rng.randint(10000, 98999)
        text += f", {code // 100} {code % 100:02d} {fk.city()}"
        facet += "/postcode-town"
    return text, facet


def address(rng: random.Random) -> Value:
    if rng.random() < 0.6:
        text, facet = swedish_address(rng, with_town=rng.random() < 0.7)
        return "", text, "", facet
    locale = rng.choice(ADDRESS_LOCALES)
    return "", seeded(rng, locale).address().replace("\n", ", "), "", locale


def street_address(rng: random.Random) -> Value:
    """A street with its number and nothing more (the presidio templates' number and street)."""
    if rng.random() < 0.6:
        return "", swedish_address(rng, with_town=False)[0], "", "sv/street"
    locale = rng.choice(ADDRESS_LOCALES)
    return "", seeded(rng, locale).street_address(), "", locale + "/street"
