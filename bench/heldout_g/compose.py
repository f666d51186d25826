"""Filling `{{slot}}` templates (presidio-evaluator's and held-out G's own) into a note, planting
what identifies someone and leaving in the text what does not (towns, countries,
organisations, jobs, ages, years, weekdays)."""

from __future__ import annotations

import random
import re

from bench.heldout_g import values
from bench.heldout_g.cast import Person, Place
from bench.heldout_g.forms import Forms
from bench.heldout_g.names import stranger
from bench.heldout_g.note import Note

SLOT = re.compile(r"\{\{(\w+)\}\}")
# presidio-evaluator's name slots: a registered person of the note's group or a stranger.
NAME_SLOTS = {"person", "name", "name_male", "name_female", "first_name", "first_name_male",
              "first_name_female", "first_name_nonbinary", "last_name", "last_name_male",
              "last_name_female"}  # fmt: skip
# Slots whose value is planted (an identifier); every other slot is ordinary text.
PLANTED_SLOTS = NAME_SLOTS | {
    "reg", "reg_gen", "reg_given", "reg_family", "stranger", "stranger_given", "stranger_family",
    "phone", "phone_number", "pnr", "ssn", "date", "date_time", "dob", "date_of_birth", "email",
    "url", "address", "street_address", "place",
}  # fmt: skip
CITIES = ("Stockholm Göteborg Malmö Uppsala Västerås Örebro Linköping Helsingborg Norrköping "
          "Lund Umeå Gävle Borås Södertälje Eskilstuna Halmstad Växjö Karlstad Sundsvall Luleå "
          "Mogadishu Hargeisa Teheran Shiraz Damaskus Aleppo Bagdad Erbil Ankara Istanbul Izmir "
          "Warszawa Kraków Gdańsk Sarajevo Tuzla Mostar Helsingfors Tammerfors Kabul Asmara "
          "Berlin London Oslo Köpenhamn").split()  # fmt: skip
COUNTRIES = ("Somalia Iran Iraq Syria Turkey Poland Bosnia Finland Eritrea Afghanistan Norway "
             "Germany Chile Lebanon Denmark Ethiopia").split()  # fmt: skip
NATIONALITIES = (
    "Somali Iranian Syrian Turkish Polish Bosnian Finnish Kurdish Swedish Eritrean"
).split()
NATION_PLURAL = "Somalis Iranians Syrians Finns Poles Bosnians Kurds Swedes Eritreans".split()
ORGS = ("Försäkringskassan", "Arbetsförmedlingen", "Skatteverket", "Migrationsverket",
        "Kronofogden", "socialtjänsten", "Stadsmissionen", "Röda Korset", "Hyresgästföreningen",
        "Region Uppsala", "Systembolaget", "Coop", "Postnord", "Folkuniversitetet",
        "Fontänhuset", "Hemköp", "SJ", "Vårdcentralen Centrum", "RSMH", "Attention")  # fmt: skip
JOBS = ("undersköterska", "bussförare", "lärare", "städare", "case manager", "nurse",
        "psychiatrist", "kock", "taxichaufför", "elektriker", "student",
        "personlig assistent")  # fmt: skip
TITLES_SV = ("dr", "doktor", "kurator", "sjuksköterskan", "handläggaren", "överläkare")
TITLES_EN = {"prefix_male": ("Mr.", "Mr", "Dr."), "prefix_female": ("Ms.", "Mrs.", "Dr"),
             "prefix": ("Dr.", "Mr.", "Ms.")}  # fmt: skip
# English street names for presidio's "{{street_name}} St." (words that are no one's name).
STREET_WORDS = ("Elm", "Oak", "Mill", "Church", "Station", "Market", "Bridge", "Water", "Park",
                "Chapel", "Castle", "Orchard", "Harbour", "Meadow")  # fmt: skip
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "Monday", "Wednesday", "Friday")
MONTHS = ("januari", "mars", "maj", "augusti", "oktober", "June", "September", "December")


class Composer:
    def __init__(self, rng: random.Random, group: list[Person], places: list[Place],
                 forms: Forms, avoid: set[str]) -> None:  # fmt: skip
        self.rng, self.group, self.places, self.forms, self.avoid = rng, group, places, forms, avoid
        self.named: set[str] = set()  # strangers of this note: each is named once

    def fill(self, note: Note, template: str) -> None:
        for i, piece in enumerate(SLOT.split(template)):
            if i % 2 == 0:
                if piece:
                    note.add(piece)
            else:
                self.slot(note, piece)

    def slot(self, note: Note, name: str) -> None:
        rng = self.rng
        part = "given" if "first" in name or name.endswith("_given") else "any"
        part = "family" if "last" in name or name.endswith("_family") else part
        female = None if not name.endswith(("_male", "_female")) else name.endswith("_female")
        if name.startswith("reg") or (name in NAME_SLOTS and rng.random() < 0.5):
            self._registered(note, part, female, genitive=name == "reg_gen")
        elif name.startswith("stranger") or name in NAME_SLOTS:
            self._stranger(note, part, female)
        elif name == "place":
            place = rng.choice(self.places)
            text = place.name if rng.random() < 0.5 else rng.choice(place.aliases)
            note.plant(text, "place", "place/" + ("name" if text == place.name else "alias"),
                       key=place.entry.key, exact=True)  # fmt: skip
        elif name in ("phone", "phone_number"):
            self._value(note, "phone", values.phone(rng))
        elif name in ("pnr", "ssn"):
            self._value(note, "personnummer", values.personnummer(rng))
        elif name in ("date", "date_time", "dob", "date_of_birth"):
            self._value(note, "date", values.date(rng, born=name in ("dob", "date_of_birth")))
        elif name in ("email", "url"):
            given, family = self._someone()
            make = values.email if name == "email" else values.url
            self._value(note, name, make(rng, given, family))
        elif name == "address":
            self._value(note, "address", values.address(rng))
        elif name == "street_address":
            self._value(note, "address", values.street_address(rng))
        else:
            note.add(self._ordinary(name))

    def _registered(self, note: Note, part: str, female: bool | None, genitive: bool) -> None:
        people = [p for p in self.group if female is None or p.female == female] or self.group
        person = self.rng.choice(people)
        text, suffix, facet, exact = self.forms.write(self.rng, person, part, genitive)
        note.plant(text, "name", f"registered/{facet}", key=person.entry.key, exact=exact)
        if suffix:
            note.add(suffix)

    def _stranger(self, note: Note, part: str, female: bool | None) -> None:
        rng = self.rng
        fem = rng.random() < 0.5 if female is None else female
        if part == "any":
            part = rng.choice(("full", "full", "full", "given", "family"))
        for _ in range(8):
            given, family, source = stranger(rng, fem, self.avoid | self.named)
            text = {"given": given, "family": family}.get(part, f"{given} {family}")
            if not self.named & {given.lower(), family.lower()}:
                break
        self.named |= {given.lower(), family.lower()}
        note.plant(text, "name", f"unregistered/{part}/{source}")

    def _someone(self) -> tuple[str, str]:
        if self.rng.random() < 0.6:
            person = self.rng.choice(self.group)
            return person.given, person.family
        given, family, _ = stranger(self.rng, self.rng.random() < 0.5, self.avoid)
        return given, family

    def _value(self, note: Note, kind: str, value: values.Value) -> None:
        before, text, after, facet = value
        if before:
            note.add(before)
        note.plant(text, kind, facet)
        if after:
            note.add(after)

    def _ordinary(self, name: str) -> str:
        rng = self.rng
        if name in TITLES_EN:
            return rng.choice(TITLES_EN[name])
        table = {
            "title": TITLES_SV, "city": CITIES, "country": COUNTRIES, "nationality": NATIONALITIES,
            "nation_woman": NATIONALITIES, "nation_plural": NATION_PLURAL, "organization": ORGS,
            "org": ORGS, "job": JOBS, "day_of_week": WEEKDAYS, "weekday": WEEKDAYS,
            "month": MONTHS,
        }  # fmt: skip
        if name in table:
            return rng.choice(table[name])
        if name == "street_name":
            return values.street(rng)
        if name == "street_word":
            return rng.choice(STREET_WORDS)
        if name == "age":
            return str(rng.randint(19, 84))
        if name == "year":
            return str(rng.randint(1970, 2025))
        if name == "time":
            return f"{rng.randint(8, 17)}.{rng.choice(('00', '15', '30', '45'))}"
        if name == "score":
            return str(rng.randint(1, 10))
        if name == "num":
            return str(rng.randint(2, 12))
        raise KeyError(f"held-out G has no value for the slot {name!r}")
