"""E-mail addresses, links and social handles, and street addresses, as written in notes.

Every format is written here: Swedish regional and municipal mail domains and private ones,
profile links and handles of the services people use, and addresses of Sweden and twelve
other countries (flats, floors, "c/o", postcodes), each written as one identifier.
"""

from __future__ import annotations

import random
import unicodedata

_FOLD = str.maketrans({"ı": "i", "ø": "o", "æ": "ae", "ł": "l", "ß": "ss", "ə": "e", "đ": "d"})
MAIL_DOMAINS = (
    "gmail.com",
    "hotmail.com",
    "hotmail.se",
    "outlook.com",
    "live.se",
    "telia.com",
    "icloud.com",
    "yahoo.se",
    "bredband.net",
    "regionstockholm.se",
    "vgregion.se",
    "skane.se",
    "regionuppsala.se",
    "stockholm.se",
    "huddinge.se",
    "norrtalje.se",
    "protonmail.com",
    "me.com",
)


def _slug(text: str) -> str:
    """A name as it can be written in an address or a handle: ASCII letters, digits, '-'."""
    folded = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    return "".join(c for c in folded if c.isascii() and (c.isalnum() or c == "-"))


def email(rng: random.Random, given: str, family: str) -> tuple[str, str]:
    g, f = _slug(given), _slug(family)
    n = rng.randint(1, 99)
    local = rng.choice(
        [
            f"{g}.{f}",
            f"{g}{f}",
            f"{g[0]}{f}",
            f"{g}_{f}{n}",
            f"{g}{n}",
            f"{g}.{f[0]}",
            f"{f}.{g}",
            f"{g}-{f}",
        ]
    )
    domain = rng.choice(MAIL_DOMAINS)
    roll = rng.random()
    if roll < 0.05:
        return f"{local} (at) {domain.replace('.', ' (dot) ')}", "obfuscated"
    if roll < 0.10:
        return f"{local}[at]{domain}", "at-bracket"
    if roll < 0.15:
        return f"{local.title()}@{domain}", "capitalised"
    return f"{local}@{domain}", "plain"


def handle(rng: random.Random, given: str, family: str) -> str:
    g, f = _slug(given), _slug(family)
    return rng.choice(
        [
            f"{g}_{f}",
            f"{g}.{f}{rng.randint(70, 99)}",
            f"{g}{rng.randint(1, 999)}",
            f"the_real_{g}",
            f"{g}.{f[:3]}",
            f"x{g}x",
        ]
    )


def link(rng: random.Random, given: str, family: str) -> tuple[str, str, str]:
    """(written text, form, the cue before it outside the span)."""
    h = handle(rng, given, family)
    g, f = _slug(given), _slug(family)
    choices = [
        (f"https://www.facebook.com/{g}.{f}.{rng.randint(1, 99)}", "facebook", ""),
        (f"facebook.com/{h}", "facebook-bare", ""),
        (f"instagram.com/{h}", "instagram", ""),
        (f"@{h}", "handle-at", rng.choice(["insta ", "på insta ", "on Instagram ", "tiktok: "])),
        (h, "handle-bare", rng.choice(["snap: ", "snapchat ", "hennes snap är ", "kik: "])),
        (f"https://www.linkedin.com/in/{g}-{f}-{rng.randint(100, 999)}a", "linkedin", ""),
        (f"https://www.gofundme.com/f/hjalp-{g}-{f}", "gofundme", ""),
        (f"{g}{f}.blogspot.com", "blog", ""),
        (f"www.{g}{f}.se", "own-site", ""),
        (f"https://www.tiktok.com/@{h}", "tiktok", ""),
        (f"youtube.com/@{h}", "youtube", ""),
        (f"https://x.com/{h}", "x", ""),
    ]
    return rng.choice(choices)


_SV_STEMS = (
    "Björk",
    "Lärk",
    "Rönn",
    "Kvarn",
    "Smed",
    "Skol",
    "Kyrk",
    "Park",
    "Sjö",
    "Tall",
    "Granit",
    "Hamn",
    "Lin",
    "Mälar",
    "Fågel",
    "Äng",
    "Skogs",
    "Solros",
    "Vilebo",
    "Drottning",
    "Tors",
    "Sandhamns",
    "Ring",
    "Runeberg",
    "Valhalla",
)
_SV_ENDS = ("gatan", "vägen", "gränd", "backen", "stigen", "allén", "torget", "slingan")
_SV_TOWNS = (
    ("Stockholm", "1"),
    ("Uppsala", "75"),
    ("Västerås", "72"),
    ("Göteborg", "41"),
    ("Malmö", "21"),
    ("Solna", "16"),
    ("Huddinge", "14"),
    ("Norrtälje", "76"),
    ("Örebro", "70"),
    ("Gävle", "80"),
    ("Södertälje", "15"),
    ("Sundbyberg", "17"),
)


def _swedish_address(rng: random.Random, co: str) -> tuple[str, str]:
    stem = rng.choice(_SV_STEMS)
    street = stem + rng.choice(_SV_ENDS)
    number = f"{rng.randint(1, 140)}{rng.choice(['', '', '', ' A', 'B', ' C'])}"
    out = f"{street} {number}"
    form = "sv"
    if rng.random() < 0.35:
        out += rng.choice(
            [
                f", lgh {rng.randint(1001, 1604)}",
                f", {rng.randint(1, 8)} tr",
                f" lgh {rng.randint(1001, 1604)}",
                f", {rng.randint(1, 6)} tr ned",
            ]
        )
        form += "/flat"
    if rng.random() < 0.45:
        town, prefix = rng.choice(_SV_TOWNS)
        code = prefix + "".join(str(rng.randrange(10)) for _ in range(5 - len(prefix)))
        out += f", {code[:3]} {code[3:]} {town}"
        form += "/postcode"
    if co:
        out = f"c/o {co}, {out}"
        form += "/co"
    return out, form


def _foreign_address(rng: random.Random) -> tuple[str, str]:
    n = rng.randint(1, 220)
    d = lambda k: "".join(str(rng.randrange(10)) for _ in range(k))  # noqa: E731
    table = [
        (
            "GB",
            f"{n} {rng.choice(['Cranbrook', 'Ashgrove', 'Mill', 'Station'])} Road, "
            f"{rng.choice(['Leeds LS6', 'London E11', 'Bristol BS5'])} {d(1)}RT",
        ),
        (
            "US",
            f"{n * 10 + 7} {rng.choice(['W Division St', 'Maple Ave', 'Lake Shore Dr'])}, "
            f"{rng.choice(['Chicago, IL', 'Minneapolis, MN', 'Seattle, WA'])} {d(5)}",
        ),
        (
            "DE",
            f"{rng.choice(['Hauptstraße', 'Bergstraße', 'Lindenallee'])} {n}, {d(5)} "
            f"{rng.choice(['Berlin', 'Bremen', 'Köln'])}",
        ),
        (
            "FI",
            f"{rng.choice(['Mannerheimintie', 'Hämeenkatu', 'Kauppakatu'])} {n} A {d(1)}, "
            f"{d(5)} {rng.choice(['Helsinki', 'Tampere', 'Oulu'])}",
        ),
        (
            "NO",
            f"{rng.choice(['Storgata', 'Kirkeveien', 'Thorvald Meyers gate'])} {n}, {d(4)} Oslo",
        ),
        (
            "DK",
            f"{rng.choice(['Nørrebrogade', 'Vesterbrogade', 'Jagtvej'])} {n}, "
            f"{rng.randint(1, 5)}. {rng.choice(['tv', 'th', 'mf'])}, {d(4)} København N",
        ),
        (
            "PL",
            f"ul. {rng.choice(['Długa', 'Kwiatowa', 'Polna'])} {n}/{rng.randint(1, 40)}, "
            f"{d(2)}-{d(3)} {rng.choice(['Warszawa', 'Gdańsk', 'Kraków'])}",
        ),
        (
            "FR",
            f"{n} rue {rng.choice(['des Lilas', 'Victor Hugo', 'de la Paix'])}, {d(5)} "
            f"{rng.choice(['Paris', 'Lyon', 'Lille'])}",
        ),
        (
            "IT",
            f"Via {rng.choice(['Roma', 'Garibaldi', 'Mazzini'])} {n}, {d(5)} "
            f"{rng.choice(['Milano', 'Torino', 'Bologna'])}",
        ),
        (
            "ES",
            f"Calle {rng.choice(['Mayor', 'de Alcalá', 'Sierpes'])} {n}, {rng.randint(1, 6)}º "
            f"{rng.choice('ABCD')}, {d(5)} {rng.choice(['Madrid', 'Sevilla', 'Valencia'])}",
        ),
        (
            "NL",
            f"{rng.choice(['Keizersgracht', 'Kerkstraat', 'Dorpsweg'])} {n}, {d(4)} "
            f"{rng.choice(['CJ', 'AB', 'KL'])} {rng.choice(['Amsterdam', 'Utrecht'])}",
        ),
        (
            "TR",
            f"{rng.choice(['Atatürk Cad.', 'Bağdat Cad.', 'İnönü Sok.'])} No: {n} D: "
            f"{rng.randint(1, 12)}, {rng.choice(['Kadıköy', 'Çankaya', 'Konak'])}",
        ),
    ]
    country, text = rng.choice(table)
    return text, f"foreign/{country}"


def address(rng: random.Random, co: str = "") -> tuple[str, str]:
    if not co and rng.random() < 0.25:
        return _foreign_address(rng)
    text, form = _swedish_address(rng, co)
    if rng.random() < 0.06:
        return text.lower(), form + "/lower"
    return text, form
