"""Name lists of the held-out set: none Swedish, so none from the development set's sources.

Faker's locale providers give Norwegian, Finnish, English, Polish, Turkish, Danish, German,
Irish, Estonian, Kenyan and Yoruba names; Faker has no Latin-script lists for the largest
groups that move to Sweden from the Middle East and the Horn of Africa, so Arabic, Persian,
Somali, Kurdish, Tigrinya, Bosnian, Greek and Chilean names are written out here by hand
(common names, in the spellings used in Swedish registers).
"""

from __future__ import annotations

from functools import cache

from faker import Faker

REGISTERED_FAKER = ("no_NO", "fi_FI", "en_GB", "pl_PL", "tr_TR", "en_KE")
UNREGISTERED_FAKER = ("de_DE", "en_IE", "da_DK", "et_EE", "yo_NG", "en_US", "no_NO", "fi_FI")

# Registered participants whose given name is also an ordinary English or Swedish word.
HOMOGRAPH_GIVEN = ("Love", "May", "Mark", "Per", "Rose", "Bill", "Will", "Hope", "Inga")

OWN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "arabic": (
        tuple(
            "Amira Yasmin Rania Nour Layla Khaled Omar Tariq Samir Hiba Dalia Bassam Mahmoud "
            "Rasha Ziad Wafa Karim Salma Jamal Huda Fadi Lubna Munir Safiya Rafiq".split()
        ),
        tuple(
            "Haddad Khoury Mansour Nasser Saleh Darwish Haidar Barakat Qasim Abboud Hamdan "
            "Suleiman Zayed Al-Hassan Shalabi Jaber Issa Tamimi".split()
        ),
    ),
    "persian": (
        tuple(
            "Shirin Parisa Dariush Behnam Golnar Farhad Roya Kian Maryam Arash Nasrin Omid "
            "Shahla Kaveh Leila Bahareh Siavash Negin".split()
        ),
        tuple(
            "Tehrani Ahmadi Moradi Karimi Rostami Hosseini Farahani Jafari Sadeghi Najafi "
            "Ebrahimi Ghorbani Shirazi Kazemi".split()
        ),
    ),
    "somali": (
        tuple(
            "Hodan Faadumo Ayaan Sahra Abdirahman Ilhan Hamdi Xamse Deeqa Ubah Ismaaciil "
            "Sagal Hibaaq Liban Mukhtar Nimco".split()
        ),
        tuple(
            "Warsame Farah Jama Hirsi Egal Dualeh Guled Samatar Mohamud Aden Yusuf Osman "
            "Gedi Ahmed Cali".split()
        ),
    ),
    "kurdish": (
        tuple("Rojda Dilan Berivan Shilan Hevi Aram Baran Zana Rebwar Serhat Nazdar".split()),
        tuple("Barzani Zebari Amedi Hawrami Kurdi Doski Bamarni Hakkari".split()),
    ),
    "tigrinya": (
        tuple("Selam Yonas Tesfay Mebrat Senait Habtom Kidane Rahel Eden Filmon".split()),
        tuple("Tesfamariam Ghebremedhin Woldemichael Haile Berhane Kahsay Tekle".split()),
    ),
    "bosnian": (
        tuple("Amra Edin Emina Jasmin Mirza Selma Adnan Lejla Haris Enisa".split()),
        tuple("Hodžić Begović Mehmedović Kovačević Delić Hadžić Salihović Mujić".split()),
    ),
    "greek": (
        tuple("Eleni Dimitris Sotiris Katerina Yannis Vasiliki Stavros".split()),
        tuple("Papadopoulos Georgiou Nikolaidis Vlachos Antoniou Karagiannis".split()),
    ),
    "chilean": (
        tuple("Catalina Joaquín Valentina Matías Constanza Ignacio".split()),
        tuple("Fuentes Rojas Contreras Sepúlveda Araya Valdés".split()),
    ),
}
REGISTERED_OWN = ("arabic", "persian", "somali")
UNREGISTERED_OWN = ("kurdish", "tigrinya", "bosnian", "greek", "chilean", "arabic", "persian")

NICKNAMES = {
    "Katarzyna": "Kasia", "Małgorzata": "Gosia", "Aleksander": "Olek", "Abdirahman": "Abdi",
    "Faadumo": "Fadi", "Elizabeth": "Lizzie", "Dariush": "Dari", "Ismaaciil": "Ismail",
    "Mahmoud": "Hamoudi", "Johannes": "Jussi", "Mohammed": "Mo", "Kristoffer": "Kris",
}  # fmt: skip


@cache
def faker_names(locale: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Given names and family names of one Faker locale, drawn in a fixed order."""
    fake = Faker(locale)
    fake.seed_instance(7)
    given = dict.fromkeys(fake.first_name() for _ in range(400))
    family = dict.fromkeys(fake.last_name() for _ in range(400))
    return tuple(n for n in given if _usable(n)), tuple(n for n in family if _usable(n))


def _usable(name: str) -> bool:
    plain = name.replace("-", "").isalpha() and len(name) >= 2 and " " not in name
    return plain and name.lower() not in swedish_names()


@cache
def swedish_names() -> frozenset[str]:
    """Faker's Swedish given and family names, lower case: the development set's country, so
    the held-out set draws none of them (the homograph given names apart)."""
    from faker.providers.person.sv_SE import Provider

    names: set[str] = set()
    for attr in dir(Provider):
        if attr.startswith(("first_names", "last_names")):
            names.update(str(n).lower() for n in getattr(Provider, attr))
    return frozenset(names)


def own_names(group: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A hand-written list without the names it shares with Sweden ("Selma", "Adam")."""
    given, family = OWN[group]
    return tuple(n for n in given if _usable(n)), tuple(n for n in family if _usable(n))


@cache
def every_faker_name() -> frozenset[str]:
    """Every given and family name of every Faker person provider, lower case: a name outside
    it can only be found by its context, never by a lexicon built from Faker."""
    import importlib
    import pkgutil

    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in dir(provider):
            if attr.startswith(("first_names", "last_names")):
                value = getattr(provider, attr)
                if isinstance(value, dict | tuple | list | set | frozenset):
                    names.update(str(n).lower() for n in value)
    return frozenset(names)
