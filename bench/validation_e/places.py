"""Addresses in several countries' formats, and the places and bodies that identify no one.

`address(rng)` returns `(written, form)`: a street with its number (and, often, flat, postcode
and town), planted as one identifier. Street names without a number, towns, countries and
institutions (`street`, `city`, `institution`) are ordinary text in validation E: they are
left unplanted, so a redactor that removes one pays in precision.
"""

from __future__ import annotations

import random

SV_FIRST = (
    "Lingon",
    "Hallon",
    "Kastanje",
    "Rönnbärs",
    "Smedje",
    "Bryggare",
    "Skeppar",
    "Klockar",
    "Tegel",
    "Kvarn",
    "Fiskar",
    "Humle",
    "Murar",
    "Vävar",
    "Skolhus",
    "Gästgivar",
    "Tuna",
    "Korp",
    "Glimminge",
    "Ängs",
)
SV_LAST = ("gatan", "vägen", "stigen", "gränd", "backen", "allén", "platsen", "leden")
SV_TOWNS = (
    "Sundsvall",
    "Borås",
    "Västerås",
    "Karlstad",
    "Umeå",
    "Lund",
    "Kalmar",
    "Örebro",
    "Gävle",
    "Trollhättan",
    "Mölndal",
    "Jönköping",
    "Norrköping",
    "Falun",
    "Eskilstuna",
    "Halmstad",
    "Luleå",
    "Visby",
    "Kiruna",
    "Ystad",
    "Göteborg",
    "Malmö",
    "Stockholm",
    "Uppsala",
)
ABROAD = (
    "Oslo",
    "Bergen",
    "Aarhus",
    "Odense",
    "Tampere",
    "Turku",
    "Leeds",
    "Glasgow",
    "Hamburg",
    "Leipzig",
    "Gdańsk",
    "Kraków",
    "Vilnius",
    "Riga",
    "Bucharest",
    "Cluj",
    "Tirana",
    "Prishtina",
    "Mosul",
    "Erbil",
    "Mogadishu",
    "Asmara",
    "Teheran",
    "Shiraz",
    "Aleppo",
    "Homs",
    "Chennai",
    "Pune",
    "Guadalajara",
    "Recife",
    "Thessaloniki",
    "Reykjavík",
    "Ljubljana",
    "Brno",
    "Chicago",
    "Toronto",
)
COUNTRIES_SV = (
    "Irak",
    "Syrien",
    "Somalia",
    "Rumänien",
    "Polen",
    "Grekland",
    "Indien",
    "Brasilien",
    "Island",
    "Litauen",
    "Albanien",
    "Kosovo",
    "Mexiko",
    "Finland",
)
COUNTRIES_EN = (
    "Iraq",
    "Syria",
    "Somalia",
    "Romania",
    "Poland",
    "Greece",
    "India",
    "Brazil",
    "Iceland",
    "Lithuania",
    "Albania",
    "Kosovo",
    "Mexico",
    "Finland",
)
INSTITUTIONS_SV = (
    "Försäkringskassan",
    "Arbetsförmedlingen",
    "socialtjänsten",
    "Kronofogden",
    "Migrationsverket",
    "vårdcentralen",
    "akuten",
    "Stadsmissionen",
    "RSMH",
    "Hyresgästföreningen",
    "Fontänhuset",
    "ABF",
    "Röda Korset",
    "tandvården",
    "beroendemottagningen",
    "Sahlgrenska",
    "Karolinska",
    "psykakuten",
    "Skatteverket",
    "Systembolaget",
    "ICA",
    "Apoteket",
)
INSTITUTIONS_EN = (
    "the housing office",
    "the job centre",
    "Social Services",
    "the food bank",
    "the Citizens Advice",
    "A&E",
    "the crisis team",
    "the pharmacy",
    "the Salvation Army",
    "the council",
    "the GP surgery",
    "the Red Cross",
    "Mind",
    "the Samaritans",
    "the library",
    "the day hospital",
)


def sv_street(rng: random.Random) -> str:
    return rng.choice(SV_FIRST) + rng.choice(SV_LAST)


def street(rng: random.Random, lang: str) -> str:
    if lang == "en" and rng.random() < 0.5:
        return (
            f"{rng.choice(('Elm', 'Station', 'Mill', 'Church', 'Park', 'Bridge'))} "
            + rng.choice(("Road", "Street", "Lane", "Avenue"))
        )
    return sv_street(rng)


def city(rng: random.Random) -> str:
    return rng.choice(SV_TOWNS if rng.random() < 0.6 else ABROAD)


def country(rng: random.Random, lang: str) -> str:
    return rng.choice(COUNTRIES_EN if lang == "en" else COUNTRIES_SV)


def institution(rng: random.Random, lang: str) -> str:
    return rng.choice(INSTITUTIONS_SV if lang != "en" or rng.random() < 0.3 else INSTITUTIONS_EN)


def _n(rng: random.Random, top: int = 60) -> int:
    return rng.randint(1, top)


def address(rng: random.Random) -> tuple[str, str]:
    r = rng
    pc = f"{r.randint(100, 985)} {r.randint(10, 99)}"
    options = {
        "se-street": f"{sv_street(r)} {_n(r)}",
        "se-letter": f"{sv_street(r)} {_n(r)}{r.choice('ABC')}",
        "se-flat": f"{sv_street(r)} {_n(r)}, lgh {r.randint(1001, 1504)}",
        "se-floor": f"{sv_street(r)} {_n(r)}, {r.randint(1, 6)} tr",
        "se-full": f"{sv_street(r)} {_n(r)}, {pc} {r.choice(SV_TOWNS)}",
        "se-box": f"c/o {r.choice(('Nilsson', 'Haddad', 'Ek'))}, {sv_street(r)} {_n(r)}",
        "no": f"{r.choice(('Sagveien', 'Kirkegata', 'Thereses gate', 'Bogstadveien'))} {_n(r)}, "
        f"{r.randint(1000, 9999):04d} {r.choice(('Oslo', 'Bergen', 'Drammen'))}",
        "dk": f"{r.choice(('Vestergade', 'Nørrebrogade', 'Algade'))} {_n(r)}, "
        f"{r.randint(1, 4)}. {r.choice(('tv', 'th', 'mf'))}, {r.randint(1000, 9990)} "
        f"{r.choice(('Aarhus C', 'København N', 'Odense'))}",
        "fi": f"{r.choice(('Hämeenkatu', 'Aleksanterinkatu', 'Kauppakatu'))} {_n(r)} "
        f"{r.choice('ABC')} {r.randint(1, 40)}, {r.randint(0, 99):02d}{r.randint(100, 990)} "
        f"{r.choice(('Tampere', 'Turku', 'Helsinki'))}",
        "gb": f"{_n(r, 220)} {r.choice(('Elm', 'Station', 'Victoria', 'Mill'))} "
        f"{r.choice(('Road', 'Street', 'Lane'))}, {r.choice(('Leeds', 'Bristol', 'Hull'))} "
        f"{r.choice('LBH')}{r.choice('SEU')}{r.randint(1, 20)} {r.randint(1, 9)}"
        f"{r.choice('ABDEFGHJ')}{r.choice('LNPQRSTUW')}",
        "us": f"{r.randint(100, 9999)} {r.choice(('Maple', 'Oak', 'Lincoln', 'Lake'))} "
        f"{r.choice(('Ave', 'St', 'Blvd', 'Dr'))}, Apt {r.randint(1, 30)}{r.choice('ABC')}, "
        f"{r.choice(('Columbus, OH', 'Minneapolis, MN', 'Austin, TX'))} {r.randint(10000, 99999)}",
        "de": f"{r.choice(('Lindenstraße', 'Bahnhofstr.', 'Am Markt', 'Goethestraße'))} {_n(r)}, "
        f"{r.randint(10000, 99999)} {r.choice(('Berlin', 'Hamburg', 'Köln'))}",
        "pl": f"ul. {r.choice(('Polna', 'Długa', 'Kwiatowa', 'Mickiewicza'))} {_n(r)}/{_n(r, 40)}, "
        f"{r.randint(10, 99)}-{r.randint(100, 999)} {r.choice(('Gdańsk', 'Łódź', 'Kraków'))}",
        "nl": f"{r.choice(('Kerkstraat', 'Dorpsweg', 'Molenlaan'))} {_n(r)}, "
        f"{r.randint(1000, 9999)} "
        f"{r.choice('ABCDGHJK')}{r.choice('ABCDGHJK')} {r.choice(('Utrecht', 'Delft'))}",
        "fr": f"{_n(r)} {r.choice(('rue des Lilas', 'avenue Jean Jaurès', 'rue Victor Hugo'))}, "
        f"{r.randint(10, 95)}{r.randint(0, 999):03d} {r.choice(('Lyon', 'Lille', 'Nantes'))}",
        "lt": f"{r.choice(('Gedimino pr.', 'Vilniaus g.', 'Savanorių pr.'))} {_n(r)}-{_n(r, 80)}, "
        f"LT-{r.randint(10000, 99999)} {r.choice(('Vilnius', 'Kaunas'))}",
    }
    weights = {k: (5 if k.startswith("se") else 2) for k in options}
    key = rng.choices(list(options), list(weights.values()))[0]
    return options[key], key
