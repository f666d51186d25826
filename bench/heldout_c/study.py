"""Held-out C's study: resource groups (cases) of registered people and places.

Each case has a patient, one to three significant others and two or three professionals
(professionals are shared between cases, as a psychiatrist serves several groups), and the
places its notes name: a clinic, a day centre and the patient's street. Every given name that
is also an ordinary word (`HOMOGRAPH_GIVEN`) belongs to at least one registered person. The
registry holds all of them, people first, with tags in the release builder's style.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from casebook.deid.registry import PERSON, PLACE, NameEntry

from bench.heldout_c.namelists import HOMOGRAPH_GIVEN, NICKNAMES
from bench.heldout_c.pool import ORIGINS, Drawn, NamePool

CODE = "23456789BCDFGHJKLMNPQRSTVWXZ"
PREFIX = {"patient": "P", "significant other": "S", "professional": "H"}
RELATIONS = {  # relation of a significant other: (Swedish definite, English, gender or "")
    "mother": ("mamman", "the mother", "f"), "father": ("pappan", "the father", "m"),
    "sister": ("systern", "the sister", "f"), "brother": ("brodern", "the brother", "m"),
    "daughter": ("dottern", "the daughter", "f"), "son": ("sonen", "the son", "m"),
    "partner": ("sambon", "the partner", ""), "friend": ("vännen", "the friend", ""),
    "neighbour": ("grannen", "the neighbour", ""), "aunt": ("mostern", "the aunt", "f"),
    "cousin": ("kusinen", "the cousin", ""), "ex-wife": ("exfrun", "the ex-wife", "f"),
}  # fmt: skip
PROFESSIONS = {  # (Swedish abbreviation or title, Swedish definite, English)
    "case manager": ("CM", "case managern", "the case manager"),
    "psychiatrist": ("läk", "läkaren", "the psychiatrist"),
    "nurse": ("ssk", "sjuksköterskan", "the nurse"),
    "psychologist": ("psykolog", "psykologen", "the psychologist"),
    "social worker": ("kur.", "kuratorn", "the social worker"),
    "occupational therapist": ("arbetsterapeut", "arbetsterapeuten", "the OT"),
    "support worker": ("boendestödjare", "boendestödjaren", "the support worker"),
}  # fmt: skip
CLINICS = ("Psykosmottagningen", "Mottagningen", "Öppenvårdsmottagningen", "Affektiva teamet",
           "Psykiatrimottagning", "Integrerade teamet")  # fmt: skip
DAY_CENTRES = ("Träffpunkt", "Dagverksamheten", "Klubbhuset", "Mötesplats", "Aktivitetshuset")
LOCALITIES = ("Ekudden", "Tallbacken", "Solberga", "Lindängen", "Kvarnholmen", "Fyrklövern",
              "Björkhagen", "Sjövik", "Granbacka", "Rosenlund", "Norrliden", "Västerdal",
              "Ängsbacken", "Stensätra", "Hammarby", "Klövermarken", "Gläntan", "Kompassen",
              "Skutan", "Vindrosen", "Måsen", "Ankaret", "Lärkan", "Tranan")  # fmt: skip
STREET_ROOTS = ("Hagtorns", "Kvarn", "Smedje", "Lönnrots", "Nybergs", "Rönn", "Tegelbruks",
                "Vallmo", "Kopparslagar", "Mjölnar", "Slänt", "Pilgrims", "Ljung", "Hyvlar",
                "Kantors", "Bäck", "Skräddar", "Fältskärs", "Gårds", "Nattviols", "Vitsippe",
                "Blåklints", "Murar", "Snickar", "Fiskar", "Stenhuggar", "Ekorr",
                "Trast")  # fmt: skip
STREET_ENDS = ("vägen", "gatan", "gränd", "backen", "stigen")


@dataclass
class Person:
    key: str
    role: str  # patient, significant other, professional
    relation: str  # a RELATIONS or PROFESSIONS key, "" for the patient
    name: Drawn
    entry: NameEntry


@dataclass
class Place:
    key: str
    kind: str  # clinic, daycentre, street
    entry: NameEntry

    @property
    def short(self) -> str:
        return self.entry.aliases[0] if self.entry.aliases else self.entry.canonical


@dataclass
class Case:
    number: int
    patient: Person
    others: list[Person]
    pros: list[Person]
    places: dict[str, Place] = field(default_factory=dict)


@dataclass
class Study:
    cases: list[Case]
    people: list[Person]
    places: list[Place]

    @property
    def entries(self) -> list[NameEntry]:
        return [p.entry for p in self.people] + [p.entry for p in self.places]


def _code(rng: random.Random, prefix: str, seen: set[str]) -> str:
    while True:
        code = prefix + "-" + "".join(rng.choice(CODE) for _ in range(4))
        if code not in seen:
            seen.add(code)
            return code


def make_study(rng: random.Random, pool: NamePool, n_cases: int) -> Study:
    codes: set[str] = set()
    people: list[Person] = []
    taken = frozenset(w.lower() for w in HOMOGRAPH_GIVEN) - {"per"}  # "Per Olof" stays

    def person(role: str, relation: str, origin: str | None = None) -> Person:
        index = len(people)
        gender = RELATIONS.get(relation, ("", "", ""))[2] or rng.choice("fm")
        drawn = pool.draw(rng, origin, gender=gender, taken=taken)
        aliases = NICKNAMES.get(drawn.given, ())
        aliases = aliases[: rng.randint(0, len(aliases))] if aliases else ()
        key = f"{'participant' if role != 'professional' else 'staff'}:{index + 1}"
        tag = f"[{role} {_code(rng, PREFIX[role], codes)}]"
        entry = NameEntry(key, f"{drawn.given} {drawn.family}", tag, aliases, PERSON)
        people.append(Person(key, role, relation, drawn, entry))
        return people[-1]

    staff = [person("professional", rng.choice(list(PROFESSIONS))) for _ in range(n_cases // 2 + 2)]
    localities = list(LOCALITIES)
    rng.shuffle(localities)
    places: list[Place] = []

    def place(kind: str, canonical: str, aliases: tuple[str, ...]) -> Place:
        key = f"place:{len(places) + 1}"
        tag = f"[place {_code(rng, 'L', codes)}]"
        places.append(Place(key, kind, NameEntry(key, canonical, tag, aliases, PLACE)))
        return places[-1]

    clinics = [
        place("clinic", f"{rng.choice(CLINICS)} {localities[i]}", (localities[i],))
        for i in range(max(2, n_cases // 4))
    ]
    centres = [
        place("daycentre", f"{rng.choice(DAY_CENTRES)} {localities[-1 - i]}", (localities[-1 - i],))
        for i in range(max(2, n_cases // 4))
    ]
    streets = [root + end for root in STREET_ROOTS for end in STREET_ENDS]
    rng.shuffle(streets)
    cases = []
    origins = sorted(ORIGINS)  # every origin has a patient, so every origin is written
    rng.shuffle(origins)
    for number in range(1, n_cases + 1):
        patient = person("patient", "", origins[number - 1] if number <= len(origins) else None)
        others = [person("significant other", rng.choice(list(RELATIONS)))
                  for _ in range(rng.choice((1, 2, 2, 3)))]  # fmt: skip
        pros: list[Person] = []  # of different professions: "the nurse" is one person
        for who in rng.sample(staff, len(staff)):
            if len(pros) < rng.choice((2, 2, 3)) and who.relation not in {p.relation for p in pros}:
                pros.append(who)
        case = Case(number, patient, others, pros)
        case.places = {"clinic": rng.choice(clinics), "daycentre": rng.choice(centres)}
        case.places["street"] = place("street", streets[number - 1], ())
        cases.append(case)
    homographs = sorted(HOMOGRAPH_GIVEN)
    if n_cases >= 30:  # a larger study meets the common ones twice
        homographs += ["Per", "Eva", "Björn", "Max", "Noah", "Love", "Inga", "Bo", "Jack", "May"]
    free = [p for p in people if not p.entry.aliases]
    rng.shuffle(free)
    for word in homographs:
        gender = HOMOGRAPH_GIVEN[word]  # a mother stays a woman; anyone else may change
        who = next(p for p in free if RELATIONS.get(p.relation, ("", "", ""))[2] in ("", gender))
        free.remove(who)
        _rename(who, word, pool.draw(rng, HOMOGRAPH_ORIGIN.get(word, "sv"), taken=taken))
    return Study(cases, people, places)


# Where a person with a homograph given name comes from (for a plausible family name).
HOMOGRAPH_ORIGIN = {
    **{w: "en" for w in "May Mark Rose Bill Will Hope Jack Grace Dawn Amber Sky".split()},
    "Said": "ar", "Ulf": "tornedal", "Inga": "sami", "Iris": "fi",
}  # fmt: skip


def _rename(who: Person, word: str, family: Drawn) -> None:
    """Give `who` the given name `word`, one that is also an ordinary word."""
    gender = HOMOGRAPH_GIVEN[word]
    who.name = Drawn(word, family.family, gender, family.origin, "homograph")
    e = who.entry
    who.entry = NameEntry(e.key, f"{word} {family.family}", e.tag, (), e.kind)
