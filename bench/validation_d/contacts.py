"""Addresses of many countries, e-mail addresses and URLs, from word parts written here.

Street names are made of parts (a Swedish "Lind" + "vägen", a German "Linden" + "straße"),
house numbers with letters, flats and floors, postcodes in each country's shape.
"""

from __future__ import annotations

import random

from casebook.deid.registry import ascii_fold

_SV_FIRST = [
    "Lind",
    "Björk",
    "Ek",
    "Rönn",
    "Sjö",
    "Kvarn",
    "Smedje",
    "Skol",
    "Kyrk",
    "Tall",
    "Hassel",
    "Gran",
    "Lärk",
    "Mås",
    "Trast",
    "Vall",
    "Äng",
    "Berg",
    "Strand",
    "Torg",
]
_SV_LAST = ["vägen", "gatan", "stigen", "backen", "gränd", "allén", "plan", "slingan"]
_SV_TOWNS = [
    ("Sollentuna", "191"),
    ("Huddinge", "141"),
    ("Västerås", "722"),
    ("Örebro", "703"),
    ("Borås", "503"),
    ("Luleå", "972"),
    ("Gävle", "802"),
    ("Hässleholm", "281"),
    ("Märsta", "195"),
    ("Kungälv", "442"),
]
FOREIGN = {
    "GB": lambda r: (
        f"{r.randint(2, 140)} {r.choice(['Elm', 'Station', 'Mill', 'Church', 'Park'])} "
        f"{r.choice(['Road', 'Lane', 'Street', 'Close'])}, "
        f"{r.choice(['Leeds LS6', 'Bristol BS3', 'Hull HU5'])}"
        f" {r.randint(1, 9)}{r.choice('ABDEFGHJ')}{r.choice('LNPQRSTUW')}"
    ),
    "US": lambda r: (
        f"{r.randint(100, 9999)} {r.choice(['Maple', 'Oak', 'Cedar', 'Lincoln'])} "
        f"{r.choice(['Ave', 'St', 'Blvd'])}, Apt {r.randint(1, 40)}, "
        f"{r.choice(['Columbus, OH 432', 'Fresno, CA 937', 'Albany, NY 122'])}{r.randint(10, 99)}"
    ),
    "DE": lambda r: (
        f"{r.choice(['Linden', 'Berg', 'Garten', 'Schiller', 'Goethe'])}"
        f"{r.choice(['straße', 'weg', 'str.'])} {r.randint(1, 90)}, "
        f"{r.randint(10, 99)}{r.randint(100, 999)} "
        f"{r.choice(['Berlin', 'Köln', 'Bremen'])}"
    ),
    "FR": lambda r: (
        f"{r.randint(1, 80)} rue {r.choice(['des Lilas', 'de la Gare', 'Victor Hugo'])}, "
        f"{r.choice(['69003 Lyon', '13005 Marseille', '75011 Paris'])}"
    ),
    "NO": lambda r: (
        f"{r.choice(['Skogveien', 'Kirkegata', 'Fjellveien'])} {r.randint(1, 60)}"
        f"{r.choice(['', 'B'])}, "
        f"{r.randint(1000, 9999):04d} {r.choice(['Oslo', 'Bergen', 'Drammen'])}"
    ),
    "FI": lambda r: (
        f"{r.choice(['Koivukuja', 'Rantatie', 'Kauppakatu'])} {r.randint(1, 40)} "
        f"{r.choice('ABC')} {r.randint(1, 30)}, {r.randint(10, 99)}{r.randint(100, 999)} "
        f"{r.choice(['Espoo', 'Tampere', 'Oulu'])}"
    ),
    "PL": lambda r: (
        f"ul. {r.choice(['Długa', 'Polna', 'Leśna'])} {r.randint(1, 90)}/{r.randint(1, 60)}, "
        f"{r.randint(10, 99)}-{r.randint(100, 999)} {r.choice(['Kraków', 'Gdańsk', 'Łódź'])}"
    ),
    "TR": lambda r: (
        f"{r.choice(['Atatürk', 'Cumhuriyet', 'İnönü'])} Cad. No: {r.randint(1, 200)} "
        f"D: {r.randint(1, 20)}, {r.choice(['Kadıköy/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir'])}"
    ),
}


def address(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.3:
        country = rng.choice(list(FOREIGN))
        return FOREIGN[country](rng), f"address/{country}"
    street = rng.choice(_SV_FIRST) + rng.choice(_SV_LAST)
    number = f"{rng.randint(1, 120)}{rng.choice(['', '', 'A', 'B', ' C'])}"
    town, code = rng.choice(_SV_TOWNS)
    postcode = (
        f"{code} {rng.randint(10, 99)}" if rng.random() < 0.7 else f"{code}{rng.randint(10, 99)}"
    )
    shape = rng.choice(("street", "flat", "full", "full", "floor"))
    if shape == "street":
        return f"{street} {number}", "address/SE/street"
    if shape == "flat":
        return f"{street} {number}, lgh {rng.randint(1001, 1304)}", "address/SE/flat"
    if shape == "floor":
        return f"{street} {number}, {rng.randint(1, 8)} tr", "address/SE/floor"
    return f"{street} {number}, {postcode} {town}", "address/SE/full"


_HOSTS = [
    "gmail.com",
    "hotmail.se",
    "outlook.com",
    "yahoo.co.uk",
    "icloud.com",
    "telia.com",
    "regionsthlm.se",
    "vgregion.se",
    "kommun.se",
    "live.se",
    "protonmail.com",
    "gmx.de",
]


def _slug(word: str) -> str:
    return ascii_fold(word.lower()).replace("'", "").replace(" ", "")


def email(rng: random.Random, given: str, family: str) -> tuple[str, str]:
    g, f = _slug(given), _slug(family)
    local = rng.choice(
        [
            f"{g}.{f}",
            f"{g}{f[:1]}",
            f"{g[:1]}{f}",
            f"{g}_{f}{rng.randint(1, 99)}",
            f"{f}.{g}",
            f"{g}{rng.randint(70, 99)}",
            f"{g[:3]}{f[:3]}",
        ]
    )
    return f"{local}@{rng.choice(_HOSTS)}", "email/name"


def url(rng: random.Random, given: str, family: str) -> tuple[str, str]:
    g, f = _slug(given), _slug(family)
    shape = rng.choice(
        [
            f"https://www.facebook.com/{g}.{f}",
            f"instagram.com/{g}_{f}",
            f"https://{g}{f}.blogspot.com",
            f"www.linkedin.com/in/{g}-{f}-{rng.randint(10, 999)}",
            f"https://www.gofundme.com/f/help-{g}-{f}",
            f"tiktok.com/@{g}{rng.randint(1, 99)}",
        ]
    )
    return shape, "url/name"
