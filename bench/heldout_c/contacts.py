"""E-mail addresses, web addresses and street addresses for held-out C, and the place words
that identify no one (cities, agencies, generic units of care), which are never planted."""

from __future__ import annotations

import random
from functools import lru_cache
from typing import Any

from casebook.deid.registry import ascii_fold

from bench.heldout_c.numbers import _hide

DOMAINS = ("gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "live.se", "telia.com",
           "yahoo.com", "icloud.com", "bredband.net", "regionstockholm.se", "vgregion.se",
           "skane.se", "regionuppsala.se", "stockholm.se", "goteborg.se", "gmx.de", "wp.pl",
           "yahoo.fr", "protonmail.com", "spray.se", "kommun.se", "rsmh.se")  # fmt: skip
STREETS = ("Storgatan", "Kyrkogatan", "Drottninggatan", "Skolvägen", "Björkvägen", "Idrottsvägen",
           "Stationsvägen", "Tallvägen", "Järnvägsgatan", "Ringvägen", "Östra Långgatan",
           "Sankt Eriksgatan", "Fabriksgatan", "Västra vägen", "Lillgatan", "Bergsgatan",
           "Hantverkargatan", "Solvägen", "Ekbacksvägen", "Gamla landsvägen")  # fmt: skip
CITIES_SE = ("Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro", "Linköping",
             "Helsingborg", "Jönköping", "Norrköping", "Lund", "Umeå", "Gävle", "Borås",
             "Södertälje", "Eskilstuna", "Halmstad", "Växjö", "Sundsvall", "Luleå", "Kiruna",
             "Haparanda", "Östersund", "Karlstad", "Botkyrka", "Kalix")  # fmt: skip
CITIES_ABROAD = ("Helsingfors", "Tammerfors", "Damaskus", "Bagdad", "Mosul", "Aleppo", "Teheran",
                 "Mogadishu", "Hargeisa", "Kabul", "Herat", "Asmara", "Istanbul", "Ankara",
                 "Sarajevo", "Tuzla", "Bangkok", "Peking", "Mumbai", "Santiago", "Warszawa",
                 "Gdańsk", "Oslo", "Köpenhamn", "London", "Berlin", "Uleåborg", "Erbil",
                 "Chiang Mai", "Valparaíso", "Shiraz", "Izmir")  # fmt: skip
AGENCIES = {  # (Swedish, English) by what a sentence needs: care, money or anything
    "care": (("Psykiatriska akutmottagningen", "akuten", "vårdcentralen", "beroendemottagningen",
              "slutenvården", "BUP", "Psykiatriska akuten", "närakuten"),
             ("Psykiatriska akutmottagningen", "A&E", "the vårdcentral", "the emergency ward",
              "närakuten (the walk-in clinic)")),
    "money": (("Försäkringskassan", "socialtjänsten", "Kronofogden", "Arbetsförmedlingen",
               "Migrationsverket", "kommunen"),
              ("Försäkringskassan", "social services", "Kronofogden (the enforcement agency)",
               "Arbetsförmedlingen", "the Migration Agency")),
    "": (("Systembolaget", "apoteket", "Region Stockholm", "Västra Götalandsregionen",
          "SOS Alarm", "tingsrätten", "Hela Människan", "RSMH", "Stadsmissionen", "ICA",
          "biblioteket"),
         ("Systembolaget", "the pharmacy", "Region Stockholm", "the library", "RSMH",
          "Stadsmissionen")),
}  # fmt: skip
FOREIGN_FAKER = {
    "DE": "de_DE", "FI": "fi_FI", "PL": "pl_PL", "GB": "en_GB", "DK": "da_DK", "NO": "no_NO",
    "FR": "fr_FR", "NL": "nl_NL", "CL": "es_CL", "SE": "sv_SE",
}  # fmt: skip
FOREIGN_MIMESIS = {"TR": "tr", "HR": "hr", "FI": "fi", "PL": "pl", "DE": "de", "ES": "es"}


def _user(rng: random.Random, given: str, family: str) -> str:
    g = ascii_fold(given.lower()).replace(" ", ".")
    f = ascii_fold(family.lower()).replace(" ", "").replace("-", "")
    year = str(rng.randint(50, 99) if rng.random() < 0.5 else rng.randint(1960, 2005))
    n = rng.randint(1, 9)
    return rng.choice((f"{g}.{f}", f"{g[0]}.{f}{year}", f"{g}_{f[0]}", f"{f}.{g}", f"{g}{f}",
                       f"{g}{year}", f"{g}.{f}.{n}", f"{f[:4]}{g[:3]}"))  # fmt: skip


def email(rng: random.Random, given: str, family: str) -> tuple[str, str]:
    user = _user(rng, given, family).replace("-", rng.choice(("-", ".", "")))
    domain = rng.choice(DOMAINS)
    roll = rng.random()
    if roll < 0.06:
        return f"{user}(at){domain}", "email/at-word"
    if roll < 0.1:
        return f"{user} @ {domain}", "email/spaced-at"
    if roll < 0.2:
        person = _mimesis_person("en")
        person.reseed(rng.randrange(2**32))
        return person.email(), "email/mimesis"
    value, hidden = _hide(rng, f"{user}@{domain}", 0.05)
    return value, "email/name" + (f"/{hidden}" if hidden else "")


def url(rng: random.Random, given: str, family: str) -> tuple[str, str]:
    user = _user(rng, given, family).replace("_", ".")
    slug = f"{ascii_fold(given.lower())}-{ascii_fold(family.lower())}".replace(" ", "-")
    options = {
        "facebook": f"https://www.facebook.com/{user}", "facebook-bare": f"facebook.com/{user}",
        "instagram": f"instagram.com/{user.replace('.', '_')}",
        "instagram-www": f"www.instagram.com/{user}/", "linkedin": f"linkedin.com/in/{slug}",
        "tiktok": f"tiktok.com/@{user}", "blog": f"https://{user.replace('.', '')}.blogg.se",
        "gofundme": f"https://www.gofundme.com/f/help-{slug}",
        "youtube": f"youtube.com/@{user.replace('.', '')}", "x": f"https://x.com/{user}",
        "wordpress": f"https://{slug}.wordpress.com/2024/{rng.randint(1, 12):02d}/min-resa/",
        "hemnet": f"https://www.hemnet.se/bostad/lagenhet-2rum-{rng.randint(10**7, 10**8)}",
        "swish-page": f"https://www.insamling.se/{slug}",
    }  # fmt: skip
    form = rng.choice(list(options))
    return options[form], f"url/{form}"


@lru_cache(maxsize=16)
def _faker(locale: str) -> Any:
    from faker import Faker

    return Faker(locale)


@lru_cache(maxsize=16)
def _mimesis_address(locale: str) -> Any:
    from mimesis import Address, Locale

    return Address(Locale(locale))


@lru_cache(maxsize=4)
def _mimesis_person(locale: str) -> Any:
    from mimesis import Locale, Person

    return Person(Locale(locale))


def address(rng: random.Random, abroad: bool) -> tuple[str, str]:
    if not abroad:
        street = rng.choice(STREETS)
        number = f"{rng.randint(1, 140)}{rng.choice(('', '', '', 'A', 'B', ' C'))}"
        postcode = f"{rng.randint(100, 984)} {rng.randint(10, 99)}"
        options = {
            "street": f"{street} {number}",
            "street+lgh": f"{street} {number}, lgh {rng.randint(10, 16)}{rng.randint(1, 9):02d}",
            "street+tr": f"{street} {number}, {rng.randint(1, 8)} tr",
            "street+postcode": f"{street} {number}, {postcode} {rng.choice(CITIES_SE)}",
            "street+postcode-nocomma": f"{street} {number} {postcode.replace(' ', '')} "
            f"{rng.choice(CITIES_SE).upper()}",
        }
        form = rng.choice(list(options))
        return options[form], f"SE/own/{form}"
    if rng.random() < 0.6:
        country = rng.choice(sorted(FOREIGN_FAKER))
        fake = _faker(FOREIGN_FAKER[country])
        fake.seed_instance(rng.randrange(2**32))
        value, source = fake.address(), "faker"
    else:
        country = rng.choice(sorted(FOREIGN_MIMESIS))
        place = _mimesis_address(FOREIGN_MIMESIS[country])
        place.reseed(rng.randrange(2**32))
        value = f"{place.address()}, {place.postal_code()} {place.city()}"
        source = "mimesis"
    value = ", ".join(line.strip() for line in value.splitlines() if line.strip())
    return value, f"{country}/{source}"


def city(rng: random.Random, abroad: bool = False) -> str:
    return rng.choice(CITIES_ABROAD if abroad else CITIES_SE)


def agency(rng: random.Random, lang: str, what: str = "") -> str:
    return rng.choice(AGENCIES[what][0 if lang == "sv" else 1])
