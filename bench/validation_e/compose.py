"""Validation E's template language: a sentence with slots becomes text and planted spans.

Slots (`{name}` or `{name:modifier}`):

- people of the note's case, registered: `{pat}`, `{so}` (a significant other), `{pro}` (a
  professional); `:gen` adds the Swedish genitive, `:pos` the English possessive; `:pron` and
  `:obj` are a pronoun for them (no identifier). `{rel}` / `{prof}` is the relation of the
  sentence's significant other / the profession of its professional, as words.
- `{stranger}` (`:pos`): a person nobody registered (given, full, or title and family name);
  `{family}` a stranger's family name alone (after "Dr").
- `{place}` a registered place (name or alias); `{phone}`, `{date}`, `{addr}`, `{email}`,
  `{url}`, `{pnr}`: planted identifiers.
- ordinary text, never planted: `{city}`, `{country}`, `{street}` (no number), `{inst}`,
  `{num}`, `{kg}`, `{time}`, `{dose}`, `{week}`, `{room}`, `{bus}`, `{sum}`, `{year}`,
  `{score}`, `{bp}`.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from bench.validation_e import numbers, places
from bench.validation_e.cast import Person, Study, stranger
from bench.validation_e.forms import hide, mention, slip
from bench.validation_e.words import PROFESSIONS_EN, PROFESSIONS_SV, RELATIONS_EN, RELATIONS_SV

SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")
TITLES = {
    "sv": ("dr", "Dr.", "sjuksköterska", "kurator", "pastor"),
    "en": ("Dr", "Mr", "Ms", "Nurse", "Mrs"),
}
DOSES = ("1 tabl", "2x50 mg", "5 mg", "½ tabl", "10 ml", "1+1+2", "0,5 mg")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    form: str
    exact: bool = False
    key: str | None = None
    value: str = ""


class Sentence:
    """One sentence of a note, its people chosen once so `{so}` and `{rel}` agree."""

    def __init__(self, rng: random.Random, study: Study, case: int, lang: str, she: bool) -> None:
        self.rng, self.study, self.lang, self.she = rng, study, lang, she
        people = study.cases[case]
        self.pat = people[0]
        self.sos = [p for p in people if p.role == "significant other"]
        self.pros = [p for p in people if p.role == "professional"]
        self.so = rng.choice(self.sos)
        self.pro = rng.choice(self.pros)
        self.places = study.places[case]
        self.text = ""
        self.marks: list[Mark] = []

    def _plant(
        self,
        written: str,
        kind: str,
        form: str,
        exact: bool = False,
        key: str | None = None,
        after: str = "",
    ) -> None:
        start = len(self.text)
        self.text += written
        self.marks.append(Mark(start, len(self.text), kind, form, exact, key, written))
        self.text += after

    def _person(self, person: Person, mod: str | None) -> None:
        if mod in ("pron", "obj"):
            words = {
                ("sv", "pron"): ("hon", "han"),
                ("sv", "obj"): ("henne", "honom"),
                ("en", "pron"): ("she", "he"),
                ("en", "obj"): ("her", "him"),
            }
            self.text += words[("en" if self.lang == "en" else "sv", mod)][0 if self.she else 1]
            return
        possessive = {"gen": "sv", "pos": "en"}.get(mod or "", "")
        written, after, form, exact = mention(self.rng, person, possessive=possessive)
        self._plant(written, "name", form, exact, person.entry.key, after)

    def _stranger(self, mod: str | None, family_only: bool = False) -> None:
        rng = self.rng
        given, family = stranger(rng, self.study)
        roll = rng.random()
        if family_only:
            written, form = family, "stranger/family"
        elif roll < 0.4:
            written, form = f"{given} {family}", "stranger/full"
        elif roll < 0.75:
            written, form = given, "stranger/given"
        else:
            self.text += rng.choice(TITLES["en" if self.lang == "en" else "sv"]) + " "
            written, form = family, "stranger/title"
        twist = rng.random()
        if twist < 0.06:
            written, form = written.lower(), form + "/lower"
        elif twist < 0.1:
            written, form = slip(rng, written), form + "/misspelt"
        elif twist < 0.14:
            written, form = hide(rng, written), form + "/hidden"
        after = ("'s" if not written.endswith("s") else "'") if mod == "pos" else ""
        self._plant(written, "name", form, after=after)

    def fill(self, template: str) -> tuple[str, list[Mark]]:
        rng, lang = self.rng, self.lang
        sv = lang != "en"
        pos = 0
        for m in SLOT.finditer(template):
            self.text += template[pos : m.start()]
            pos = m.end()
            slot, mod = m.group(1), m.group(2)
            if slot in ("pat", "so", "pro"):
                self._person({"pat": self.pat, "so": self.so, "pro": self.pro}[slot], mod)
            elif slot == "stranger":
                self._stranger(mod)
            elif slot == "family":
                self._stranger(mod, family_only=True)
            elif slot == "rel":
                self.text += (RELATIONS_SV if sv else RELATIONS_EN)[self.so.relation]
            elif slot == "prof":
                self.text += (PROFESSIONS_SV if sv else PROFESSIONS_EN)[self.pro.relation % 8]
            elif slot == "place":
                entry = rng.choice(self.places)
                name = rng.choice((entry.canonical, *entry.aliases))
                exact = True
                if rng.random() < 0.1:
                    name, exact = name.lower(), False
                self._plant(name, "place", "place", exact, entry.key)
            elif slot == "phone":
                written, form = numbers.phone(rng)
                self._plant(written, "phone", form)
            elif slot == "date":
                written, form = numbers.date(rng, "en" if lang == "en" else "sv")
                self._plant(written, "date", form)
            elif slot == "addr":
                written, form = places.address(rng)
                self._plant(written, "address", form)
            elif slot in ("email", "url"):
                person = rng.choice((self.pat, self.so))
                written, form = getattr(numbers, slot)(rng, person.given, person.family)
                self._plant(written, slot, form)
            elif slot == "pnr":
                written, form = numbers.personnummer(rng)
                self._plant(written, "personnummer", form)
            else:
                self.text += self._ordinary(slot)
        self.text += template[pos:]
        return self.text, self.marks

    def _ordinary(self, slot: str) -> str:
        rng, lang = self.rng, self.lang
        values = {
            "city": lambda: places.city(rng),
            "country": lambda: places.country(rng, lang),
            "street": lambda: places.street(rng, lang),
            "inst": lambda: places.institution(rng, lang),
            "num": lambda: str(rng.randint(2, 95)),
            "kg": lambda: str(rng.randint(45, 130)),
            "time": lambda: (
                f"{rng.randint(8, 19)}{rng.choice(':.')}{rng.choice(('00', '15', '30', '45'))}"
            ),
            "dose": lambda: rng.choice(DOSES),
            "week": lambda: str(rng.randint(1, 52)),
            "room": lambda: f"{rng.randint(1, 4)}{rng.randint(10, 40)}",
            "bus": lambda: str(rng.choice((1, 3, 16, 55, 158, 512))),
            "sum": lambda: f"{rng.randint(2, 90)} {rng.randint(100, 999)}",
            "year": lambda: str(rng.randint(1975, 2024)),
            "score": lambda: str(rng.randint(0, 10)),
            "bp": lambda: f"{rng.randint(105, 160)}/{rng.randint(60, 100)}",
        }
        return values[slot]()
