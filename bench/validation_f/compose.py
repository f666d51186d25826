"""Held-out F's template language: a sentence with slots becomes labelled segments.

{R} {Rp} {Rs} {Rh}   a registered person of the note's group (any, patient, significant
                     other, professional); ":gen" adds a Swedish genitive, ":pos" an
                     English possessive, both outside the span
{W:Love}             the registered person called (or nicknamed) by that word, as written
{U}                  someone nobody registered (":gen" / ":pos" as above)
{PL}                 a registered place; {PH}, {PNR}, {MAIL}, {URL}, {DATE}, {BDATE},
                     {ADDR} (":co" puts a "c/o" name in it): planted identifiers
{H:word}             an ordinary use of a word that is also a name
{rel}                what the notes call the last registered person named ("mamma")
lower-case slots     plain words that identify no one: {town} {org} {time} {num} {dose}
                     {wd} {month} {score} {money} {week} {year} {room}
"""

from __future__ import annotations

import random
import re

from bench.validation_f import contacts, dates, forms, numbers
from bench.validation_f.cast import Person, Place
from bench.validation_f.names import stranger
from bench.validation_f.note import Mark, Segment, Word

SLOT = re.compile(r"\{([A-Za-z]+)(?::([^}]+))?\}")

TOWNS = (
    "Umeå",
    "Göteborg",
    "Luleå",
    "Malmö",
    "Uppsala",
    "Oulu",
    "Mogadishu",
    "Asmara",
    "Teheran",
    "Belgrad",
    "Kumasi",
    "Santiago",
    "Gran Canaria",
    "Tammerfors",
    "Stockholm",
    "Norrköping",
    "Berlin",
    "London",
    "Istanbul",
    "Kiruna",
)
ORGS_SV = (
    "Försäkringskassan",
    "Arbetsförmedlingen",
    "socialtjänsten",
    "Kronofogden",
    "Danderyds sjukhus",
    "psykakuten",
    "Systembolaget",
    "ICA",
    "Apoteket",
    "Röda korset",
    "Migrationsverket",
    "hyresvärden",
    "biblioteket",
    "Stadsmissionen",
    "1177",
)
ORGS_EN = (
    "the benefits office",
    "the job centre",
    "social services",
    "the Red Cross",
    "the housing company",
    "A&E",
    "the pharmacy",
    "the library",
    "the Samaritans",
)
WEEKDAYS_SV = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_SV = ("januari", "mars", "april", "augusti", "oktober", "december")
MONTHS_EN = ("January", "March", "April", "August", "October", "December")


class Composer:
    def __init__(
        self,
        rng: random.Random,
        group: list[Person],
        places: list[Place],
        everyone: list[Person],
        avoid: set[str],
        lang: str,
    ) -> None:
        self.rng = rng
        self.group = group
        self.places = places
        self.everyone = everyone
        self.avoid = avoid
        self.lang = lang
        self.last: tuple[str, str] | None = None
        self.last_person: Person | None = None
        self.now = ""  # the language of the sentence being written, when the writer knows it

    def fill(self, template: str, *, hurried: bool = False) -> list[Segment]:
        out: list[Segment] = []
        pos = 0
        for m in SLOT.finditer(template):
            if m.start() > pos:
                out.append(template[pos : m.start()])
            out.extend(self.slot(m.group(1), m.group(2) or ""))
            pos = m.end()
        if pos < len(template):
            out.append(template[pos:])
        first = out[0] if out and isinstance(out[0], str) else ""
        if hurried and first[:1].isupper() and not first[1:2].isupper():  # "BP" stays "BP"
            out[0] = out[0][0].lower() + out[0][1:]
        return [s for s in out if s != ""]

    def _person(self, role: str) -> Person:
        pool = [p for p in self.group if role in ("", p.role)] or self.group
        p = self.rng.choice(pool)
        self.last, self.last_person = (p.given, p.family), p
        return p

    def _lang(self) -> str:
        if self.now:
            return self.now
        return self.lang if self.lang != "mix" else self.rng.choice(("sv", "en"))

    def slot(self, name: str, arg: str) -> list[Segment]:
        r = self.rng
        roles = {"R": "", "Rp": "patient", "Rs": "significant other", "Rh": "professional"}
        if name in roles:
            return forms.registered(r, self._person(roles[name]), arg, self.avoid)
        if name == "W":
            p = next(p for p in self.everyone if arg in (p.given, p.nickname))
            self.last, self.last_person = (p.given, p.family), p
            return [Mark(arg, "name", "word-name", p.key)]
        if name == "U":
            who = stranger(r, self.avoid)
            self.last = (who[0], who[1])
            return forms.unregistered(r, who, arg)
        if name == "PL":
            return forms.place(r, r.choice(self.places), arg)
        if name == "H":
            return [Word(arg, self._lang())]
        if name == "rel":
            return [self.last_person.relation if self.last_person else "anhörig"]
        return self._pattern(name, arg) or [self._plain(name)]

    def _pattern(self, name: str, arg: str) -> list[Segment]:
        r = self.rng
        if name == "PH":
            text, form, after = numbers.phone(r, arg or None)
            return [Mark(text, "phone", form), after]
        if name == "PNR":
            text, form = numbers.personnummer(r)
            return [Mark(text, "personnummer", form)]
        if name in ("MAIL", "URL"):
            g, f = self.last or stranger(r, self.avoid)[:2]
            if name == "MAIL":
                text, form = contacts.email(r, g, f)
                return [Mark(text, "email", form)]
            text, form, cue = contacts.link(r, g, f)
            return [cue, Mark(text, "url", form)]
        if name in ("DATE", "BDATE"):
            text, form = dates.date(r, arg or self._lang(), birth=name == "BDATE")
            return [Mark(text, "date", form)]
        if name == "ADDR":
            co = stranger(r, self.avoid)[1] if arg == "co" else ""
            text, form = contacts.address(r, co)
            return [Mark(text, "address", form)]
        return []

    def _plain(self, name: str) -> str:
        r = self.rng
        sv = self._lang() == "sv"
        table = {
            "town": lambda: r.choice(TOWNS),
            "org": lambda: r.choice(ORGS_SV if sv else ORGS_EN),
            "time": lambda: (
                r.choice(["kl 9", "kl. 13.30", "14:00", "10.15", "kl 8"])
                if sv
                else r.choice(["9am", "1.30 pm", "14:00", "10:15"])
            ),
            "num": lambda: str(r.randint(2, 12)),
            "dose": lambda: r.choice(
                ["5 mg", "2x1", "1/2 tabl", "50 mg x 2", "15 mg tn", "0,5 mg"]
            ),
            "wd": lambda: r.choice(WEEKDAYS_SV if sv else WEEKDAYS_EN),
            "month": lambda: r.choice(MONTHS_SV if sv else MONTHS_EN),
            "score": lambda: f"{r.randint(2, 9)}/10",
            "money": lambda: r.choice(["3 500 kr", "12 000 kr", "800 kr", "1 250 kr/mån"]),
            "week": lambda: f"v. {r.randint(2, 51)}" if sv else f"week {r.randint(2, 51)}",
            "year": lambda: str(r.randint(2008, 2025)),
            "room": lambda: f"{r.choice(['rum', 'room'])} {r.randint(101, 420)}",
        }
        return table[name]()
