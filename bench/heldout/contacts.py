"""E-mail addresses, web addresses and postal addresses, Swedish and from abroad.

Addresses: Swedish streets are built from this module's own stems and endings ("Tallbacks" +
"gränd"), with house letters, flat numbers ("lgh 1204"), floors ("2 tr") and postcodes; foreign
ones come from Faker's locale providers (Norway, Finland, Denmark, Germany, Poland, the UK).
"""

from __future__ import annotations

import random
import unicodedata

from faker import Faker

from bench.heldout.numbers import Made

STEMS = (
    "Tallbacks Björkhags Kvarn Lövsångar Skvaller Smedje Ängsull Lärk Pilträds Hjortrons Mossa "
    "Bergsmans Glasbruks Sjöbjörns Vindelns Ljungheds Trädgårdsmästar Fiskargårds Blåklint "
    "Gamla Tornfalk Rönnbärs Stenhugg Väderkvarns Klockar Mjölnar Tegelbruks Hagtorns"
).split()
ENDINGS = ("gatan", "vägen", "gränd", "backen", "stigen", "allén", "plan", "torget", "slingan")
TOWNS = (
    ("Sollentuna", "191"), ("Hägersten", "129"), ("Västerås", "723"), ("Umeå", "903"),
    ("Borlänge", "784"), ("Norrköping", "602"), ("Kalmar", "392"), ("Gävle", "802"),
    ("Malmö", "214"), ("Göteborg", "416"), ("Luleå", "972"), ("Sundsvall", "856"),
)  # fmt: skip
FOREIGN = ("no_NO", "fi_FI", "da_DK", "de_DE", "pl_PL", "en_GB")
DOMAINS = (
    "gmail.com", "hotmail.com", "outlook.com", "yahoo.se", "live.se", "icloud.com", "telia.com",
    "regionvast.se", "kommun.se", "ahus.no", "hus.fi", "nhs.net", "protonmail.com", "gmx.de",
)  # fmt: skip
SITES = (
    ("https://www.facebook.com/", "{first}.{last}.{n}", "facebook"),
    ("instagram.com/", "{first}_{last}", "bare-domain"),
    ("https://www.instagram.com/", "{first}{n}/", "instagram"),
    ("www.gofundme.com/f/", "help-{first}-{last}", "www"),
    ("https://se.linkedin.com/in/", "{first}-{last}-{hex}", "linkedin"),
    ("https://www.tiktok.com/@", "{first}{last}{n}", "tiktok"),
    ("http://", "{first}s-dagbok.blogspot.com", "blog"),
    ("https://twitter.com/", "{first}_{n}", "twitter"),
    ("www.youtube.com/@", "{last}{first}", "www"),
    ("https://", "{last}-konsult.se/om-oss", "own-site"),
)  # fmt: skip


def plain(word: str) -> str:
    """A name as it appears in an address or URL: ASCII, lower case, no spaces or hyphens."""
    folded = unicodedata.normalize("NFKD", word.replace("ø", "o").replace("ł", "l"))
    ascii_ = "".join(c for c in folded if c.isascii() and c.isalnum())
    return ascii_.lower() or "x"


class ContactMaker:
    def __init__(self, rng: random.Random, seed: int) -> None:
        self.rng = rng
        self.fakers = {}
        for index, locale in enumerate(FOREIGN):
            fake = Faker(locale)
            fake.seed_instance(seed * 211 + index)
            self.fakers[locale] = fake

    def email(self, first: str, last: str) -> Made:
        rng = self.rng
        f, la = plain(first), plain(last)
        domain = rng.choice(DOMAINS)
        styles = [
            (f"{f}.{la}@{domain}", "first.last"),
            (f"{f[0]}.{la}@{domain}", "initial.last"),
            (f"{f}{la}{rng.randrange(10, 99)}@{domain}", "firstlast-nn"),
            (f"{la}_{f}@{domain}", "last_first"),
            (f"{f}.{la}@{domain}".upper(), "upper"),
            (f"{f}-{rng.randrange(1960, 2006)}@{domain}", "first-year"),
            (self.rng.choice(list(self.fakers.values())).free_email(), "faker"),
        ]
        text, style = rng.choice(styles)
        return text, [style]

    def url(self, first: str, last: str) -> Made:
        rng = self.rng
        prefix, path, label = rng.choice(SITES)
        filled = path.format(
            first=plain(first),
            last=plain(last),
            n=rng.randrange(1, 999),
            hex=f"{rng.randrange(16**6):06x}",
        )
        return prefix + filled, [label]

    def address(self) -> Made:
        rng = self.rng
        if rng.random() < 0.3:
            locale = rng.choice(FOREIGN)
            fake = self.fakers[locale]
            street = fake.street_address().replace("\n", ", ")
            if rng.random() < 0.5:
                return f"{street}, {fake.postcode()} {fake.city()}", ["foreign-full", locale]
            return street, ["foreign-street", locale]
        street = rng.choice(STEMS) + rng.choice(ENDINGS)
        number = str(rng.randrange(1, 140))
        if rng.random() < 0.3:
            number += rng.choice((" A", "B", " C", "D"))
        extra = rng.choice(
            ("", "", f", lgh {rng.randrange(1001, 1604)}", f" {rng.randrange(1, 9)} tr")
        )
        town, code = rng.choice(TOWNS)
        postcode = f"{code} {rng.randrange(10, 99)}"
        if rng.random() < 0.45:
            return f"{street} {number}{extra}, {postcode} {town}", ["swedish-full", "sv_SE"]
        return f"{street} {number}{extra}", ["swedish-street", "sv_SE"]
