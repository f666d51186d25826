"""Held-out M's people: given names from name-day calendars (data/given.tsv) and lists written
here for the origins those calendars lack; family names written here. Registered people, the
people whose given names are also ordinary words, and unregistered third parties."""

from __future__ import annotations

import random
from pathlib import Path

DATA = Path(__file__).parent / "data"

# Written for held-out M (common names of each origin, from general knowledge).
GIVEN = {
    "nor": "Sindre Eirik Kjetil Ingrid Solveig Håkon Torunn Vegard Ragnhild Sigrid Øystein Marit "
    "Jørgen Tone Bjørnar Halvard Synnøve Trond Gunnhild Eivind Randi Steinar Åse Torbjørg",
    "fin": "Aino Eero Juhani Kaisa Lauri Mirja Ritva Tapio Veikko Päivi Jyrki Hilkka Teemu Ilkka "
    "Marjatta Oskari Heli Jouni Raili Pirkko Seppo Tarja Kyösti Sirkka Väinö Anneli",
    "ara": "Yousef Rania Khaled Hiba Samir Lina Omar Nour Tariq Amal Bassam Dalia Karim Huda Ziad "
    "Manar Walid Rasha Mustafa Ghada Haitham Suha",
    "som": "Abdirahman Faduma Hodan Mahad Ayaan Deeqa Liban Sahra Abdiaziz Khadra Guled Ifrah "
    "Ubah Sharmarke Idil Abdullahi",
    "fas": "Dariush Shirin Kourosh Parisa Babak Nasrin Arash Golnar Farhad Mahsa Behrouz Roya "
    "Siamak Fereshteh",
    "kur": "Rebin Dilan Azad Hêvî Berivan Shvan Jiyan Rojda Zana Awat Bêrîvan Soran",
    "tir": "Yonas Selam Tesfay Mebrat Dawit Saba Berhane Luwam Filmon Senait Mulugeta",
    "ukr": "Oksana Taras Olena Bohdan Iryna Mykola Yulia Andriy Halyna Serhiy",
    "deu": "Jürgen Heike Dieter Sabine Wolfgang Ute Matthias Birgit Gerhard Renate Ulrich",
    "eng": "Gareth Siobhan Nigel Fiona Declan Harriet Rhys Imogen Alistair Bronwen",
}
FAMILY = {
    "swe": "Wahlberg Söderlund Ekdahl Lindahl Forsman Hedman Bergkvist Nordqvist Sjöstedt Öhman "
    "Almgren Lövgren Rydberg Ståhl Wennerström Blomberg Ljungqvist Dahlén Åkerman Hägglund "
    "Sundqvist Grönlund Edvardsson Tornberg Frisk Åhlin Nyqvist Boström Källström Westerlund",
    "nor": "Haugland Bråten Fjeldstad Rønningen Skaug Sæbø Tveiten Øverland Kvamme Hovland "
    "Nygaard Grøtte Vatne Løvås Skjelbred Hjelmeland",
    "dan": "Mortensen Kjær Østergaard Thomsen Lauridsen Damgaard Søndergaard Poulsen Bruun "
    "Vestergaard Lindhardt Kofoed Mikkelsen Overgaard",
    "fin": "Virtanen Mäkelä Heikkinen Koskinen Järvinen Lehtonen Laaksonen Salminen Rantanen "
    "Hyvönen Kärkkäinen Nieminen Peltola Hämäläinen Väisänen Ketola Lindroos Kokkonen",
    "pol": "Nowak Wójcik Kowalczyk Mazur Krawczyk Zając Król Wieczorek Kaczmarek Pawlak Sikora",
    "hrv": "Hodžić Kovačević Begić Mehmedović Jukić Babić Horvat Delić Ibrahimović Šarić",
    "ara": "Haddad Khalil Mansour Saleh Nasser Darwish Qasim Al-Jabouri Hamdan Abboud Shaker "
    "Al-Rawi Yassin",
    "som": "Warsame Farah Hirsi Jama Abdi Egal Duale Osman Aden Mohamud",
    "fas": "Rahimi Moradi Karimi Tehrani Ghorbani Jafari Sadeghi Rostami Ahmadzadeh Farahani",
    "kur": "Amedi Zebari Hawrami Xoshnaw Duhoki Rashid",
    "tir": "Tesfamariam Gebremedhin Haile Kidane Woldu Habte Tekle",
    "ukr": "Shevchuk Kovalenko Bondarenko Tkachenko Melnyk Kravets Lysenko",
    "deu": "Schäfer Becker Hoffmann Krüger Schröder Köhler Weiß Vogel",
    "eng": "Whitfield Ashworth Pemberton Blackwood Hargreaves Fairclough Kettering",
}
# Origins of the registry and how many people each gets; Swedish first.
ORIGINS = {
    "swe": 46, "fin": 20, "nor": 18, "dan": 16, "ara": 12, "som": 9, "fas": 8, "pol": 8,
    "hrv": 6, "kur": 6, "tir": 5, "ukr": 5, "deu": 5, "eng": 6,
}  # fmt: skip
# People whose given name is also an ordinary word in one of the notes' languages.
HOMOGRAPH_PEOPLE = (
    ("Love", "Söderlund"), ("May", "Pemberton"), ("Mark", "Ashworth"), ("Per", "Ekdahl"),
    ("Rose", "Whitfield"), ("Bill", "Hargreaves"), ("Will", "Blackwood"), ("Hope", "Fairclough"),
    ("Bo", "Forsman"), ("Inga", "Hedman"), ("Alla", "Haddad"), ("Liv", "Haugland"),
    ("Tor", "Skaug"), ("Aina", "Virtanen"), ("Usko", "Mäkelä"), ("Onni", "Koskinen"),
    ("Satu", "Järvinen"), ("Tuuli", "Lehtonen"), ("Ask", "Tveiten"), ("Sol", "Kvamme"),
)  # fmt: skip
WORD_NAMES = tuple(g for g, _ in HOMOGRAPH_PEOPLE)


def _table(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def given_pools() -> dict[str, list[str]]:
    pools: dict[str, list[str]] = {o: sorted(set(v.split())) for o, v in GIVEN.items()}
    for origin, name in _table("given.tsv"):
        pools.setdefault(origin, []).append(name)
    return {o: sorted(set(v)) for o, v in sorted(pools.items())}


def family_pools() -> dict[str, list[str]]:
    return {o: sorted(set(v.split())) for o, v in sorted(FAMILY.items())}


def sentences() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for lang, _source, sentence in _table("sentences.tsv"):
        out.setdefault({"nb": "no", "nn": "no"}.get(lang, lang), []).append(sentence)
    return out


def registry_people(rng: random.Random) -> tuple[list[tuple[str, str, str]], set[str]]:
    """(given, family, origin) of each registered person, and every form they use."""
    given, family = given_pools(), family_pools()
    people: list[tuple[str, str, str]] = [(g, f, "hom") for g, f in HOMOGRAPH_PEOPLE]
    used = {w.lower() for g, f in HOMOGRAPH_PEOPLE for w in (g, f)}
    for origin, count in ORIGINS.items():
        fam_origin = origin if origin in family else "swe"
        for _ in range(count):
            g = rng.choice(given[origin])
            f = rng.choice(family[fam_origin])
            if g.lower() in used and rng.random() < 0.7:
                g = rng.choice(given[origin])
            people.append((g, f, origin))
            used.update((g.lower(), f.lower()))
    return people, used
