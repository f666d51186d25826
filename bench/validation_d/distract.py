"""What looks like an identifier and is not: towns and countries that name no one, medicines,
agencies and units of care, weekdays, months, titles, doses, times, scores, sums, rooms,
years, week numbers and fractions. Written outside every planted span, so a redactor that
removes one loses precision.
"""

from __future__ import annotations

import random

CITIES = [
    "Stockholm",
    "Göteborg",
    "Malmö",
    "Uppsala",
    "Umeå",
    "Linköping",
    "Jönköping",
    "Norrköping",
    "Oslo",
    "Helsingfors",
    "Köpenhamn",
    "Berlin",
    "London",
    "Bagdad",
    "Damaskus",
    "Teheran",
    "Kabul",
    "Mogadishu",
    "Asmara",
    "Sarajevo",
    "Ankara",
    "Warszawa",
    "Paris",
    "Madrid",
    "Aleppo",
    "Tammerfors",
    "Åbo",
    "Gdańsk",
    "Mosul",
]
COUNTRIES = {
    "sv": [
        "Finland",
        "Irak",
        "Syrien",
        "Iran",
        "Somalia",
        "Eritrea",
        "Polen",
        "Turkiet",
        "Bosnien",
        "Afghanistan",
        "Norge",
        "Danmark",
        "Tyskland",
        "Chile",
        "Etiopien",
    ],
    "en": [
        "Finland",
        "Iraq",
        "Syria",
        "Iran",
        "Somalia",
        "Eritrea",
        "Poland",
        "Turkey",
        "Bosnia",
        "Afghanistan",
        "Norway",
        "Denmark",
        "Germany",
        "Chile",
        "Ethiopia",
    ],
}
DRUGS = [
    "Sertralin",
    "Olanzapin",
    "Quetiapin",
    "Litium",
    "Lamotrigin",
    "Zopiklon",
    "Propavan",
    "Atarax",
    "Elvanse",
    "Concerta",
    "Abilify Maintena",
    "Xeplion",
    "Risperdal",
    "Mirtazapin",
    "Venlafaxin",
    "Clozapine",
    "Melatonin",
    "Theralen",
    "Haldol",
    "Lergigan",
    "Voxra",
    "Escitalopram",
    "Aripiprazol",
    "Lyrica",
    "Circadin",
]
AGENCIES = {
    "sv": [
        "Försäkringskassan",
        "Arbetsförmedlingen",
        "Socialtjänsten",
        "Kronofogden",
        "Migrationsverket",
        "CSN",
        "Beroendemottagningen",
        "psykiatriska akutmottagningen",
        "Samordningsförbundet",
        "Region Stockholm",
        "1177",
        "BUP",
        "Stadsmissionen",
        "Hyresgästföreningen",
        "LSS-handläggaren",
        "kommunens boendestöd",
    ],
    "en": [
        "the Job Centre",
        "Social Services",
        "the housing office",
        "the DWP",
        "the crisis team",
        "Citizens Advice",
        "the Red Cross",
        "A&E",
        "the GP surgery",
        "the Salvation Army",
        "the benefits office",
        "the early intervention team",
    ],
}
TITLES = {
    "sv": [
        "överläkaren",
        "kuratorn",
        "sjuksköterskan",
        "boendestödjaren",
        "handläggaren",
        "arbetsterapeuten",
        "psykologen",
        "ST-läkaren",
        "skötaren",
        "tolken",
    ],
    "en": [
        "the consultant",
        "the duty nurse",
        "the OT",
        "the social worker",
        "the psychologist",
        "the registrar",
        "the key worker",
        "the interpreter",
    ],
}
SCALES = ["PHQ-9", "GAF", "MADRS", "AUDIT", "HoNOS", "BPRS", "GAD-7", "CGI-S", "WHODAS"]


def trap(rng: random.Random, slot: str, lang: str) -> str:
    sv = lang == "sv"
    r = rng.randint
    if slot == "city":
        return rng.choice(CITIES)
    if slot == "country":
        return rng.choice(COUNTRIES["sv" if sv else "en"])
    if slot == "drug":
        return rng.choice(DRUGS)
    if slot == "dose":
        mg = rng.choice([2.5, 5, 10, 15, 25, 50, 100, 150, 200, 300, 400, 600, 1200])
        amount = str(mg).replace(".", "," if sv else ".").removesuffix(",0").removesuffix(".0")
        return rng.choice(
            [
                f"{amount} mg",
                f"{amount} mg x {r(1, 3)}",
                f"{amount}mg 1+0+1",
                f"{amount} mg till natten" if sv else f"{amount} mg at night",
                f"{r(1, 2)} tabl. à {amount} mg" if sv else f"{r(1, 2)} tab {amount}mg",
                "1/2 tabl." if sv else "1/2 tablet",
            ]
        )
    if slot == "agency":
        return rng.choice(AGENCIES["sv" if sv else "en"])
    if slot == "title":
        return rng.choice(TITLES["sv" if sv else "en"])
    if slot == "day":
        return rng.choice(
            ["måndag", "tisdag", "onsdag", "torsdag", "fredag"]
            if sv
            else ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
        )
    if slot == "month":
        return rng.choice(
            ["januari", "mars", "maj", "augusti", "oktober"]
            if sv
            else ["January", "March", "May", "August", "October"]
        )
    if slot == "time":
        h, m = r(7, 20), rng.choice([0, 15, 30, 45, 5, 10])
        return rng.choice(
            [
                f"kl. {h}.{m:02d}" if sv else f"at {h}:{m:02d}",
                f"{h}:{m:02d}",
                f"{h}.{m:02d}–{h + 1}.{m:02d}",
                f"{h}{'-tiden' if sv else ' ish'}",
            ]
        )
    if slot == "score":
        return f"{rng.choice(SCALES)} {r(3, 70)}" + rng.choice(
            ["", "p", "/100" if rng.random() < 0.2 else ""]
        )
    if slot == "amount":
        return rng.choice(
            [
                f"{r(1, 9)} {r(100, 999)} kr",
                f"{r(100, 900)}:-",
                f"£{r(20, 400)}",
                f"{r(2, 12)} 000 kr",
                f"${r(40, 900)}",
            ]
        )
    if slot == "room":
        return rng.choice(
            [
                f"rum {r(101, 420)}" if sv else f"room {r(101, 420)}",
                f"avd. {r(11, 96)}" if sv else f"ward {r(11, 96)}",
            ]
        )
    if slot == "bus":
        return f"{r(1, 199)}:an" if sv else f"the {r(1, 199)}"
    if slot == "year":
        y = r(1975, 2026)
        return rng.choice([str(y), f"{y}–{y + r(1, 4)}", f"{'våren' if sv else 'spring'} {y}"])
    if slot == "week":
        return f"v. {r(1, 52)}" if sv else f"week {r(1, 52)}"
    if slot == "freq":
        return rng.choice(
            [
                f"{r(2, 6)} ggr/vecka" if sv else f"{r(2, 6)} times a week",
                f"{r(2, 14)} dagar" if sv else f"{r(2, 14)} days",
                f"{r(2, 12)} km",
            ]
        )
    if slot == "bp":
        return f"{r(100, 160)}/{r(60, 95)}"
    if slot == "hours":
        return rng.choice(
            [f"{r(3, 12)} h", f"{r(3, 9)},{r(1, 9)} tim" if sv else f"{r(3, 9)}.5 hrs"]
        )
    if slot == "count":
        return rng.choice([f"{r(2, 90)} %", f"{r(2, 30)} st" if sv else f"{r(2, 30)} people"])
    raise KeyError(slot)


SLOTS = (
    "city",
    "country",
    "drug",
    "dose",
    "agency",
    "title",
    "day",
    "month",
    "time",
    "score",
    "amount",
    "room",
    "bus",
    "year",
    "week",
    "count",
    "freq",
    "bp",
    "hours",
)
