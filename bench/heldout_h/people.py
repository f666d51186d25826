"""Who held-out H's notes are about: the registry of a Swedish resource-group study and the
third parties nobody registered.

Registered people come from Faker's sv_SE, nb/no_NO, fi_FI, da_DK, de_DE, pl_PL, tr_TR and
hr_HR name lists and from short lists written here (Somali, Arabic, Persian and Eritrean names
as Swedish records transliterate them; names that are also words: Love, May, Per, Mark, Rose,
Bill, Will, Hope, Grace, Dag, Bo, Stig, Klara, My). Nicknames are the Swedish, Polish and
English short forms people go by. Third parties come from other Faker locales (es_ES, es_MX,
vi_VN, en_PK, ha_NG, sw, en_KE, az_AZ, uz_UZ, et_EE, is_IS, ro_RO, nl_NL, fr_FR, it_IT, pt_BR,
hu_HU, cs_CZ, lt_LT, en_GB, en_US and the Nordic ones) and from the lists here.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from functools import cache

from casebook.deid.registry import PERSON, PLACE, NameEntry
from faker import Faker

from bench.heldout_h.slips import fold

ROLES = ("patient", "significant other", "professional")
# Written here: names as Swedish population records and school lists spell them.
SOMALI_GIVEN = (
    "Hodan",
    "Fadumo",
    "Ayaan",
    "Sahra",
    "Hawa",
    "Ifrah",
    "Abdirahman",
    "Abdullahi",
    "Mahad",
    "Guled",
    "Hamse",
    "Liban",
    "Warsame",
    "Deeqa",
    "Nasteho",
    "Ubah",
)
SOMALI_FAMILY = (
    "Warsame",
    "Jama",
    "Farah",
    "Abdi",
    "Osman",
    "Hirsi",
    "Nur",
    "Egal",
    "Dahir",
    "Mohamud",
    "Aden",
    "Shire",
    "Yusuf",
    "Ismail",
)
ARABIC_GIVEN = (
    "Rania",
    "Yasmin",
    "Layla",
    "Nour",
    "Reem",
    "Samir",
    "Karim",
    "Tariq",
    "Bassam",
    "Ghassan",
    "Hiba",
    "Dalia",
    "Walid",
    "Mazen",
    "Rasha",
    "Ziad",
    "Lina",
)
ARABIC_FAMILY = (
    "Haddad",
    "Khalil",
    "Nasser",
    "Saleh",
    "Mansour",
    "Al-Hassan",
    "Darwish",
    "Abboud",
    "Al-Jaberi",
    "Shaker",
    "Qasim",
    "Hamdan",
    "Kanaan",
    "Al-Obaidi",
)
PERSIAN_GIVEN = (
    "Shirin",
    "Parisa",
    "Maryam",
    "Niloufar",
    "Golnar",
    "Dariush",
    "Kaveh",
    "Babak",
    "Farhad",
    "Arash",
    "Shahram",
    "Mahsa",
    "Roya",
    "Behrouz",
    "Azadeh",
)
PERSIAN_FAMILY = (
    "Hosseini",
    "Karimi",
    "Rahimi",
    "Mohammadi",
    "Ahmadi",
    "Jafari",
    "Moradi",
    "Rezaei",
    "Tehrani",
    "Kazemi",
    "Sadeghi",
    "Nourbakhsh",
    "Ghorbani",
)
ERITREAN_GIVEN = (
    "Yonas",
    "Senait",
    "Mehari",
    "Tesfay",
    "Semhar",
    "Filmon",
    "Helen",
    "Luwam",
    "Biniam",
    "Saba",
    "Daniel",
    "Ruta",
)
ERITREAN_FAMILY = (
    "Tesfaye",
    "Haile",
    "Gebremedhin",
    "Berhane",
    "Kidane",
    "Tekle",
    "Woldu",
    "Ghebreab",
    "Asmerom",
)
OWN_LISTS = {
    "somali": (SOMALI_GIVEN, SOMALI_FAMILY),
    "arabic": (ARABIC_GIVEN, ARABIC_FAMILY),
    "persian": (PERSIAN_GIVEN, PERSIAN_FAMILY),
    "eritrean": (ERITREAN_GIVEN, ERITREAN_FAMILY),
}  # fmt: skip
# Given names that are also ordinary words in English or Swedish, and the people so named.
WORD_NAMES = ("Love", "May", "Per", "Mark", "Rose", "Hope", "Grace", "Dag", "Bo", "Stig",
              "Klara", "My")  # fmt: skip
NICKNAMES = {
    "Kristina": ("Stina", "Kicki"), "Katarina": ("Kattis",), "Margareta": ("Maggan",),
    "Elisabeth": ("Lisa", "Bettan"), "Joakim": ("Jocke",), "Thomas": ("Tompa",),
    "Mikael": ("Micke",), "Lars": ("Lasse",), "Peter": ("Pelle",), "Anders": ("Ante",),
    "Robert": ("Robban",), "Magnus": ("Manne",), "Fredrik": ("Fredde",), "Charlotte": ("Lotta",),
    "Susanne": ("Sanna",), "Annika": ("Anki",), "Jan": ("Janne",), "Karl": ("Kalle",),
    "Birgitta": ("Gittan", "Birgit"), "Ulrika": ("Ulla",), "Johanna": ("Hanna",),
    "Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Agnieszka": ("Aga",),
    "Mehmet": ("Memo",), "William": ("Bill", "Will"), "Abdirahman": ("Abdi",),
    "Gustav": ("Gurra",), "Christoffer": ("Chrille",), "Marianne": ("Majsan",),
    "Per": ("Pelle",), "Kristoffer": ("Krille",), "Alexander": ("Alex",), "Sebastian": ("Sebbe",),
}  # fmt: skip
REGISTERED_LOCALES = ("sv_SE",) * 8 + ("no_NO", "fi_FI", "da_DK", "de_DE", "pl_PL", "tr_TR",
                                        "hr_HR")  # fmt: skip
THIRD_LOCALES = ("sv_SE", "sv_SE", "no_NO", "da_DK", "fi_FI", "de_DE", "en_GB", "en_US", "pl_PL",
                 "tr_TR", "es_ES", "es_MX", "vi_VN", "en_PK", "ha_NG", "sw", "en_KE", "az_AZ",
                 "uz_UZ", "et_EE", "is_IS", "ro_RO", "nl_NL", "fr_FR", "it_IT", "pt_BR", "hu_HU",
                 "cs_CZ", "lt_LT", "hr_HR", "somali", "arabic", "persian", "eritrean", "somali",
                 "arabic")  # fmt: skip
PLACE_NAMES = ("Solgläntan", "Björkebo", "Tallåsens träffpunkt", "Lindvreten",
               "Ekbackens gruppboende", "Kvarnängen", "Sjöviksgården")  # fmt: skip


@cache
def faker(locale: str, seed: int) -> Faker:
    f = Faker(locale)
    f.seed_instance(seed * 7919 + zlib.crc32(locale.encode()))
    return f


def _names(provider_names: object) -> tuple[str, ...]:
    """Faker keeps names as tuples or as {name: weight}: the names, sorted."""
    return tuple(sorted(provider_names))  # type: ignore[call-overload]


@cache
def _vietnamese() -> tuple[tuple[str, ...], tuple[str, ...]]:
    from faker.providers.person.vi_VN import Provider

    given = _names(Provider.first_names_male) + _names(Provider.first_names_female)
    return given, _names(Provider.last_names)


def draw_name(source: str, rng: random.Random, seed: int) -> tuple[str, str]:
    """(given, family) from a Faker locale or a list written here; one word each."""
    if source in OWN_LISTS:
        given, family = OWN_LISTS[source]
        return rng.choice(given), rng.choice(family)
    if source == "vi_VN":
        given, family = _vietnamese()
        return rng.choice(given), rng.choice(family)
    f = faker(source, seed)
    return f.first_name().split(" ")[0], f.last_name().split(" ")[-1]


@dataclass
class Person:
    entry: NameEntry
    role: str
    case: int
    given: str
    family: str
    nicknames: tuple[str, ...]
    title: str = ""  # professionals: "dr", "sjuksköterskan", ...


@dataclass
class Study:
    people: list[Person]
    places: list[NameEntry]
    taken: set[str]  # every registered form, folded: third parties avoid them

    @property
    def entries(self) -> list[NameEntry]:
        return [p.entry for p in self.people] + self.places

    def of_case(self, case: int) -> list[Person]:
        return [p for p in self.people if p.case == case]


TITLES = ("dr", "Dr", "sjuksköterskan", "kuratorn", "skötaren", "psykologen", "case manager")


def build_study(rng: random.Random, seed: int, cases: int = 14) -> Study:
    """`cases` resource groups: a patient, one to three significant others and two or three
    professionals each; some people go by a nickname or have an earlier family name."""
    people: list[Person] = []
    seen: set[str] = set()
    word_names = list(WORD_NAMES)
    rng.shuffle(word_names)
    for case in range(cases):
        roles = ["patient"] + ["significant other"] * rng.randint(1, 3)
        roles += ["professional"] * rng.randint(2, 3)
        for role in roles:
            while True:
                source = rng.choice(REGISTERED_LOCALES + ("somali", "arabic", "persian"))
                given, family = draw_name(source, rng, seed)
                if rng.random() < 0.15:
                    given = rng.choice(sorted(NICKNAMES))  # someone who goes by a short form
                if word_names and rng.random() < 0.18:
                    given = word_names.pop()
                if f"{given} {family}" not in seen and len(given) > 1 and len(family) > 2:
                    break
            seen.add(f"{given} {family}")
            nick = NICKNAMES.get(given, ())
            nicknames = tuple(n for n in nick if rng.random() < 0.7)
            aliases = list(nicknames)
            if role != "professional" and rng.random() < 0.12:
                aliases.append(f"{given} {draw_name('sv_SE', rng, seed)[1]}")  # a former name
            n = len(people) + 1
            tag = f"[{role.split()[0]} H-{n:02d}]"
            entry = NameEntry(f"h:{n}", f"{given} {family}", tag, tuple(aliases), kind=PERSON)
            title = rng.choice(TITLES) if role == "professional" else ""
            people.append(Person(entry, role, case, given, family, nicknames, title))
    places = [NameEntry(f"h:place{i}", name, f"[place H-{i}]", kind=PLACE)
              for i, name in enumerate(PLACE_NAMES, 1)]  # fmt: skip
    taken = set()
    for entry in [p.entry for p in people] + places:
        for form in (entry.canonical, *entry.aliases):
            taken.update(fold(w) for w in form.split(" "))
            taken.add(fold(form))
    return Study(people, places, taken)


def third_party(
    study: Study, rng: random.Random, seed: int, avoid: frozenset[str]
) -> tuple[str, str, str]:
    """(given, family, source) of someone nobody registered: no word of it is a registered
    form or one of `avoid` (the ordinary words the notes record)."""
    while True:
        source = rng.choice(THIRD_LOCALES)
        given, family = draw_name(source, rng, seed)
        words = {fold(given), fold(family)}
        if words & study.taken or words & avoid or len(given) < 2 or len(family) < 2:
            continue
        return given, family, source
