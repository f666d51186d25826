"""Held-out J's identifiers other than names: phone numbers, addresses, e-mail addresses and
links from the @faker-js/faker pools in data/ (build_pools.py), dates written here as people
write them in six languages, identity numbers from identity.py, and the invisible and
compatibility characters a paste from Word, a PDF or a web page leaves inside them."""

from __future__ import annotations

import random
import unicodedata
from functools import cache
from pathlib import Path

from bench.heldout_j import identity

DATA = Path(__file__).parent / "data"
SOFT, ZWSP, ZWJ, WJ, NBSP, NNBSP = "\u00ad", "\u200b", "\u200d", "\u2060", "\u00a0", "\u202f"


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    text = (DATA / name).read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")) for line in text.split("\n") if line)


@cache
def _phones() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for loc, _region, number in table("phones.tsv"):
        out.setdefault(loc, []).append(number)
    return {k: tuple(v) for k, v in sorted(out.items())}


def phone(rng: random.Random, home: str) -> tuple[str, str]:
    """(number, form): mostly the note's own country, else any of 32 locales."""
    pools = _phones()
    loc = home if home in pools and rng.random() < 0.55 else rng.choice(sorted(pools))
    return rng.choice(pools[loc]), f"faker-js-{loc}"


def full_width(text: str) -> str:
    return "".join(chr(ord(c) - 0x30 + 0xFF10) if c.isdigit() else c for c in text)


def hide_in_number(rng: random.Random, value: str) -> tuple[str, str]:
    """A number as a paste may leave it: full-width digits, or odd spaces between groups."""
    how = rng.choice(("full-width", "nbsp", "zwsp", "narrow"))
    if how == "full-width":
        return full_width(value), "hidden-full-width"
    if " " not in value:
        return value[:3] + {"nbsp": NBSP, "zwsp": ZWSP, "narrow": NNBSP}[how] + value[3:], (
            f"hidden-{how}"
        )
    return value.replace(" ", {"nbsp": NBSP, "zwsp": ZWSP, "narrow": NNBSP}[how]), f"hidden-{how}"


def hide_in_name(rng: random.Random, name: str) -> tuple[str, str]:
    """A name with an invisible character pasted inside it (never at either end)."""
    if " " in name and rng.random() < 0.3:
        return name.replace(" ", NBSP, 1), "hidden-nbsp"
    word_start = name.rfind(" ") + 1 if " " in name and rng.random() < 0.5 else 0
    end = name.find(" ", word_start)
    end = len(name) if end < 0 else end
    if end - word_start < 3:
        word_start, end = 0, len(name)
    at = rng.randint(word_start + 1, end - 1)
    ch = rng.choice((SOFT, ZWSP, ZWJ, WJ))
    label = {SOFT: "soft-hyphen", ZWSP: "zwsp", ZWJ: "zwj", WJ: "word-joiner"}[ch]
    return name[:at] + ch + name[at:], f"hidden-{label}"


MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "en": "January February March April May June July August September October November December",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}
_EN_ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def date(rng: random.Random, lang: str) -> tuple[str, str]:
    """A day as people write it in `lang` (a weekday before it is written outside)."""
    year = rng.randint(2019, 2027)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28 if month == 2 else 30)
    name = MONTHS.get(lang, MONTHS["sv"]).split()[month - 1]
    yy = f" {year}" if rng.random() < 0.4 else ""
    forms = {
        "sv": [
            f"{day} {name}{yy}",
            f"{day}:e {name}",
            f"{day}/{month}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day}/{month}-{year % 100:02d}",
            f"{day} {name[:3]}",
        ],
        "en": [
            f"{name} {day}{_EN_ORD.get(day, 'th')}",
            f"{day} {name}{yy}",
            f"{name[:3]} {day}",
            f"the {day}{_EN_ORD.get(day, 'th')} of {name}",
            f"{day:02d}/{month:02d}/{year}",
            f"{month}/{day}/{year % 100:02d}",
        ],
        "no": [f"{day}. {name}{yy}", f"{day}.{month}.{year}", f"{day}.{month:02d}"],
        "da": [f"{day}. {name}{yy}", f"{day}/{month}", f"{day}.{month}.{year}"],
        "fi": [f"{day}. {name}{yy}", f"{day}.{month}.{year}", f"{day}.{month}."],
        "de": [f"{day}. {name}{yy}", f"{day:02d}.{month:02d}.{year}"],
    }
    options = forms.get(lang, forms["sv"])
    i = rng.randrange(len(options))
    return options[i], f"{lang}-{i}"


def identity_number(rng: random.Random, home: str) -> tuple[str, str]:
    countries = sorted(identity.COUNTRIES)
    country = home if home in countries and rng.random() < 0.5 else rng.choice(countries)
    return identity.COUNTRIES[country][0](rng), f"id-{country}"


_NUMBER_FIRST = ("en_US", "en_GB", "fr")


def address(rng: random.Random) -> tuple[str, str, str]:
    """(the address as one identifier, the town written after it or "", form)."""
    loc, street, number, secondary, zipcode, city = rng.choice(table("addresses.tsv"))
    line = f"{number} {street}" if loc in _NUMBER_FIRST else f"{street} {number}"
    if rng.random() < 0.3:
        line += f", {secondary}"
    town = ""
    if rng.random() < 0.5:
        line += f", {zipcode}"
        town = city
    return line, town, f"faker-js-{loc}"


def _ascii(text: str) -> str:
    text = text.replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("ı", "i")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum() or c in ".-_")


def email(rng: random.Random, given: str, family: str) -> tuple[str, str]:
    domains = [v for _loc, field, v in table("internet.tsv") if field in ("domains", "free")]
    user = rng.choice(
        (
            f"{given}.{family}",
            f"{given[0]}{family}",
            f"{given}{rng.randint(1, 99)}",
            f"{family}.{given[0]}",
        )
    )
    user = _ascii(user.replace(" ", ".")) or "kontakt"
    return f"{user}@{rng.choice(domains)}", "faker-js-domain"


def url(rng: random.Random) -> tuple[str, str]:
    rows = table("internet.tsv")
    base = rng.choice([v for _loc, field, v in rows if field == "urls"])
    slug = rng.choice([v for _loc, field, v in rows if field in ("slugs", "users")])
    how = rng.randrange(3)
    if how == 0:
        return f"{base}/{slug}", "faker-js-url-path"
    if how == 1:
        return base.replace("https://", "www.") + f"/{slug.lower()}", "faker-js-www"
    return f"{base}/p/{rng.randint(1000, 99999)}", "faker-js-url-id"
