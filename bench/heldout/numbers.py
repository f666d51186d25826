"""Phone numbers of many countries, Swedish identity numbers and dates, as people type them.

Every maker returns the written text and its facets (what sort of number it is, which
country's conventions), which become the `form` of the planted identifier: facets joined by
"/", e.g. "national/fr_FR" or "swedish-odd/sv_SE". Phone numbers come from Faker's locale
providers (`Faker(locale).phone_number()`), national and international forms as Faker writes
them, extensions included; Swedish numbers come from this module's own spacing styles.
"""

from __future__ import annotations

import datetime as dt
import random

from faker import Faker

# Twenty countries whose numbers a Swedish study meets: relatives abroad, helplines, new arrivals.
PHONE_LOCALES = (
    "en_US", "en_GB", "fr_FR", "de_DE", "nl_NL", "es_ES", "it_IT", "pl_PL", "fi_FI", "no_NO",
    "da_DK", "tr_TR", "ar_AE", "fa_IR", "el_GR", "pt_PT", "uk_UA", "hu_HU", "bs_BA", "am_ET",
)  # fmt: skip

MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()
MONTHS_SV = "januari februari mars april maj juni juli augusti september oktober november december"
MONTHS_SV_LIST = MONTHS_SV.split()

Made = tuple[str, list[str]]


def digit_count(text: str) -> int:
    return sum(c.isdigit() for c in text)


class PhoneMaker:
    """Deterministic phone numbers: one seeded Faker per locale, plus Swedish styles."""

    def __init__(self, rng: random.Random, seed: int) -> None:
        self.rng = rng
        self.fakers: dict[str, Faker] = {}
        for index, locale in enumerate(PHONE_LOCALES):
            fake = Faker(locale)
            fake.seed_instance(seed * 101 + index)
            self.fakers[locale] = fake

    def foreign(self) -> Made:
        locale = self.rng.choice(PHONE_LOCALES)
        fake = self.fakers[locale]
        for _ in range(20):
            number = fake.phone_number()
            if 7 <= digit_count(number.split("x")[0]) <= 15:
                break
        if "x" in number:
            kind = "extension"
        elif number.startswith(("+", "00", "(+")):
            kind = "international"
        else:
            kind = "national"
        return number, [kind, locale]

    def swedish(self) -> Made:
        """A Swedish mobile or landline in one of the spacings people use, not only the book's."""
        rng = self.rng
        if rng.random() < 0.65:
            a, r = "07" + rng.choice("02369"), f"{rng.randrange(10**7):07d}"
        else:
            a = rng.choice(("08", "031", "040", "018", "019", "0470", "0920", "063"))
            length = {2: rng.choice((7, 8)), 3: rng.choice((6, 7)), 4: rng.choice((5, 6))}[len(a)]
            r = str(rng.randrange(2, 10)) + f"{rng.randrange(10 ** (length - 1)):0{length - 1}d}"
        g = _groups(r)
        styles = [
            f"{a} - {g}",
            f"{a}{r}",
            f"{a}-{g}",
            f"+46 (0){a[1:]} {g}",
            f"0046-{a[1:]}-{r}",
            f"{a} / {g}",
            f"{a}.{g.replace(' ', '.')}",
            f"+46 {a[1:]} {g}",
            f"({a}) {g}",
            f"+46{a[1:]}{r}",
            f"{a}-{r}",
            f"{a} {r[:2]} {r[2:4]} {r[4:]}",
        ]
        if not a.startswith("07") and rng.random() < 0.3:
            number = f"{a}-{g} ankn. {rng.randrange(100, 9999)}"
            return number, ["extension", "sv_SE"]
        return rng.choice(styles), ["swedish-odd", "sv_SE"]

    def make(self) -> Made:
        return self.swedish() if self.rng.random() < 0.3 else self.foreign()


def _groups(digits: str) -> str:
    """A subscriber number grouped as in Sweden: 123 45 67, 123 456 78, 12 34 56, 123 45."""
    n = len(digits)
    if n == 8:
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    if n == 6:
        return f"{digits[:2]} {digits[2:4]} {digits[4:]}"
    if n == 5:
        return f"{digits[:3]} {digits[3:]}"
    return f"{digits[:3]} {digits[3:5]} {digits[5:]}"


def _luhn(nine: str) -> int:
    total = 0
    for index, char in enumerate(nine):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10


def personnummer(rng: random.Random) -> Made:
    """A Swedish personal identity number with a valid check digit, in one of its spellings."""
    born = dt.date(1936, 1, 1) + dt.timedelta(days=rng.randrange(365 * 70))
    coordination = rng.random() < 0.08  # samordningsnummer: day of birth + 60
    day = born.day + (60 if coordination else 0)
    short = f"{born:%y%m}{day:02d}"
    serial = f"{rng.randrange(1000):03d}"
    check = str(_luhn(short + serial))
    tail = serial + check
    long = f"{born.year // 100}{short}"
    styles = [
        (f"{short}-{tail}", "short-dash"),
        (f"{long}-{tail}", "long-dash"),
        (f"{short}{tail}", "short-bare"),
        (f"{long}{tail}", "long-bare"),
        (f"{long} {tail}", "long-space"),
        (f"{short}\u2013{tail}", "en-dash"),  # Word's autocorrect of the hyphen
        (f"{short} - {tail}", "spaced-dash"),
    ]
    text, style = rng.choice(styles)
    return text, ["coordination" if coordination else style]


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def date(rng: random.Random, birth: bool = False) -> Made:
    """A date of an event (2024-2027) or of birth, in one of many English and Swedish forms."""
    start = dt.date(1938, 1, 1) if birth else dt.date(2024, 1, 1)
    span = 365 * (65 if birth else 4)
    d = start + dt.timedelta(days=rng.randrange(span))
    en, sv = MONTHS_EN[d.month - 1], MONTHS_SV_LIST[d.month - 1]
    styles = [
        (f"{d:%Y-%m-%d}", "iso"),
        (f"{d.day}/{d.month}/{d.year}", "day-slash"),
        (f"{d:%d/%m/%Y}", "padded-slash"),
        (f"{d.month}/{d.day}/{d:%y}", "us-slash"),
        (f"{d.day}.{d.month}.{d.year}", "dotted"),
        (f"{d:%d.%m.%y}", "dotted-short"),
        (f"{d:%d-%m-%Y}", "dashed"),
        (f"{d.day} {en} {d.year}", "day-month-year"),
        (f"{d.day} {en[:3]} {d.year}", "abbrev"),
        (f"{en} {d.day}, {d.year}", "month-day-year"),
        (f"{_ordinal(d.day)} of {en}", "ordinal"),
        (f"{en} {_ordinal(d.day)}", "month-ordinal"),
        (f"{d.day} {sv} {d.year}", "swedish"),
        (f"{d.day}:e {sv}", "swedish-ordinal"),
        (f"{d:%Y.%m.%d}", "dotted-iso"),
        (f"{d:%A} {d.day} {en}", "weekday"),
    ]
    text, style = rng.choice(styles)
    return text, ["birth" if birth else "event", style]
