"""Names of people nobody registered: relatives, staff, neighbours, someone on the phone.

Sources chosen for this set, each recorded in the planted form ("src-..."):
- `sv-hand`: Swedish given names of every generation written here (how a ward or a family in
  Sweden is named), with family names from mimesis' Swedish list;
- `nordic-mimesis`: Finnish, Danish and Norwegian given and family names from mimesis;
- `faker-<locale>`: Hungarian, Italian, French, Dutch, Croatian, Indonesian, Zulu, Twi,
  Austrian German, Chilean Spanish, Swahili and Azerbaijani names from Faker's locale lists;
- `hand-<origin>`: Somali, Tigrinya, Kurdish, Dari, Syrian Arabic, Thai, Bosnian and Polish
  names written here, spelled as Swedish forms and papers spell them.
Names that are also common words, and names of registered people, are left out, so that a
third party is never confused with a registered person or an ordinary word.
"""

from __future__ import annotations

import random
from functools import cache

SV_GIVEN = """Agneta Albin Alice Alva Anders Ann-Britt Anneli Anton Arvid Astrid Axel Barbro
Bengt Berit Britt-Marie Carina Caroline Christer Conny Dennis Ebbe Edvin Elsa Elvira Emil Emma
Eskil Evert Filip Folke Gerd Gösta Gudrun Gun Hanna Harriet Hjalmar Holger Ida Ines Isak Jan-Erik
Jessica Jimmy Joakim Jonna Kajsa Kenneth Kerstin Kjell Klas Krister Lage Leif Lena Liam Lilian
Linus Lisbeth Lovisa Lucas Magnus Malin Maud Melker Mona Nellie Nils Noah Nora Ove Pernilla
Peter Rolf Rune Saga Sebastian Signe Sigrid Siv Stina Sture Susanne Sven-Åke Sylvia Thea Therese
Tilde Tomas Torbjörn Tove Ulla Valter Vera Viggo Viktor Wilma Yvonne Åke Östen Ebba Tuva Hugo
Alma Idun Kent Roger Lotten Gunvor Majken Sixten""".split()

HAND: dict[str, tuple[list[str], list[str]]] = {
    "somali": (
        "Abdirahman Faadumo Hibaaq Ayaan Mahad Ikraan Sahra Abdullahi Hamdi Idil Khadar "
        "Nimco Ubah Yusuf Ilhan Samatar".split(),
        "Jama Farah Abdi Hersi Yusuf Osman Ismail Duale Warsame Egal Hassan Aden".split(),
    ),
    "tigrinya": (
        "Yonas Selam Tesfalem Senait Mulugeta Hiwet Berhane Luwam Aklilu Saba Filmon "
        "Mehret Tsega".split(),
        "Ghebremedhin Tesfamariam Woldu Kidane Habte Berhe Tekle Okbamichael Asmerom "
        "Gebreyesus".split(),
    ),
    "kurdish": (
        "Rojda Dilan Azad Berfin Rebwar Zana Shirin Baran Hejar Nazdar Kawa Rozhin Soran".split(),
        "Barzani Ahmadi Rashid Kurdi Qadir Hawrami Zebari Mahmoud Sindi Goran".split(),
    ),
    "dari": (
        "Farid Zarghona Wahid Mursal Habiba Naweed Shabnam Ramin Mariam Sohrab Freshta "
        "Jawid".split(),
        "Sultani Noori Ahmadzai Hashimi Wardak Sadat Popal Rahimi Qaderi Safi".split(),
    ),
    "arabic": (
        "Rami Lina Omar Rania Tarek Hiba Bassel Nour Ghaith Yara Marwan Dima Khaled".split(),
        "Haddad Khoury Al-Hassan Darwish Sabbagh Nasser Kassab Mansour Halabi Aziz".split(),
    ),
    "thai": (
        "Siriporn Somchai Kanya Nattapong Pim Chaiwat Malee Arunee Wichai Ratana".split(),
        "Srisuk Chaiyaporn Boonmee Thongdee Kaewkla Saelim Wongsawat Phromma".split(),
    ),
    "bosnian": (
        "Amra Emir Lejla Adnan Selma Haris Jasmina Mirza Aida Edin Nermina Senad".split(),
        "Hodžić Begić Mujić Hadžić Delić Kovačević Salihović Omerović Imamović".split(),
    ),
    "polish": (
        "Agnieszka Krzysztof Małgorzata Wojciech Katarzyna Paweł Joanna Grzegorz "
        "Magdalena Tomasz".split(),
        "Wiśniewski Kowalczyk Zielińska Szymański Woźniak Kamińska Lewandowski Dąbrowska "
        "Jankowski".split(),
    ),
}

FAKER_LOCALES = (
    "hu_HU",
    "it_IT",
    "fr_FR",
    "nl_NL",
    "hr_HR",
    "id_ID",
    "zu_ZA",
    "tw_GH",
    "de_AT",
    "es_CL",
    "sw",
    "az_AZ",
)
MIMESIS_NORDIC = ("fi", "da", "no")

# Words that are names too; a third party never bears them (they are measured as ordinary words).
NOT_FOR_STRANGERS = set(
    """per dag inga bo max will may mark rose hope love grace bill sten stig sky my said sol joy
    dawn june april summer faith guy pat miles grant frank young king long rich hall church wood
    green white black gay star holly ivy pearl iris lily olive ruby daisy amber jade august
    christian earl bar han hon man men sin vi du den det ek lind berg holm strand ask al mai
    bella nova""".split()
)


def _ok(word: str) -> bool:
    return (
        len(word) >= 2
        and word[0].isupper()
        and word.replace("-", "").replace(" ", "").isalpha()
        and word.lower() not in NOT_FOR_STRANGERS
    )


def _faker_lists(locale: str) -> tuple[list[str], list[str]]:
    import faker

    fake = faker.Faker(locale)
    prov = next(p for p in fake.get_providers() if "person" in type(p).__module__)
    given = list(dict.fromkeys([*prov.first_names_female, *prov.first_names_male]))
    return [g for g in given if _ok(g)], [f for f in prov.last_names if _ok(f)]


def _mimesis_lists(locale: str) -> tuple[list[str], list[str]]:
    from mimesis import Locale, Person

    data = Person(Locale(locale))._dataset
    given = [*data["names"]["female"], *data["names"]["male"]]
    surnames = data["surnames"]
    if isinstance(surnames, dict):
        surnames = [s for v in surnames.values() for s in v]
    return [g for g in given if _ok(g)], [f for f in surnames if _ok(f)]


@cache
def pools() -> dict[str, tuple[list[str], list[str]]]:
    """source -> (given names, family names), sorted so that a seed gives the same names."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    sv_family = _mimesis_lists("sv")[1]
    out["sv-hand"] = ([g for g in SV_GIVEN if _ok(g)], sv_family)
    for loc in MIMESIS_NORDIC:
        out[f"nordic-mimesis-{loc}"] = _mimesis_lists(loc)
    for loc in FAKER_LOCALES:
        out[f"faker-{loc}"] = _faker_lists(loc)
    for origin, (given, family) in HAND.items():
        out[f"hand-{origin}"] = ([g for g in given if _ok(g)], [f for f in family if _ok(f)])
    return {k: (sorted(set(g)), sorted(set(f))) for k, (g, f) in sorted(out.items())}


# How often each group of sources is drawn: a Swedish study's third parties are mostly Swedish.
_WEIGHTS = {"sv-hand": 40, "nordic": 10, "faker": 30, "hand": 20}


def stranger(rng: random.Random, avoid: set[str]) -> tuple[str, str, str]:
    """(given, family, source) of someone nobody registered, never a registered name."""
    table = pools()
    groups = {
        "sv-hand": ["sv-hand"],
        "nordic": [k for k in table if k.startswith("nordic")],
        "faker": [k for k in table if k.startswith("faker")],
        "hand": [k for k in table if k.startswith("hand")],
    }
    while True:
        group = rng.choices(list(_WEIGHTS), weights=list(_WEIGHTS.values()))[0]
        source = rng.choice(groups[group])
        given, family = table[source]
        g, f = rng.choice(given), rng.choice(family)
        if g.lower() not in avoid and f.lower() not in avoid:
            return g, f, "src-" + source
