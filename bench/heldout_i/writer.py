"""Filling a line's slots and a real sentence's pronouns, recording every span exactly."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from casebook.deid.registry import NameEntry

from bench.heldout_i import values
from bench.heldout_i.build_real import HOMOGRAPHS
from bench.heldout_i.people import Person_, hidden_number, invisible, misspelt, unregistered

SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}|\[(\w+)\]")
_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ə": "e", "Ə": "E", "ı": "i",
                          "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ß": "ss"})  # fmt: skip


def _plain(word: str) -> str:
    """The word typed on a keyboard without its letters: "Söderberg" as "Soderberg"."""
    bare = unicodedata.normalize("NFD", word.translate(_LETTERS))
    return "".join(c for c in bare if not unicodedata.combining(c))


@dataclass
class Line:
    """A line's text and its spans: (start, end, kind, form, exact, key) and ordinary words
    (start, end, form)."""

    text: str = ""
    planted: list[tuple[int, int, str, str, bool, str | None]] = field(default_factory=list)
    ordinary: list[tuple[int, int, str]] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.text += text

    def plant(self, value: str, kind: str, form: str, exact: bool = False,
              key: str | None = None, after: str = "") -> None:  # fmt: skip
        start = len(self.text)
        self.text += value
        self.planted.append((start, start + len(value), kind, form, exact, key))
        self.text += after


class Writer:
    def __init__(self, rng: random.Random, persons: list[Person_], places: list[NameEntry],
                 aliases: dict[str, tuple[str, ...]]) -> None:  # fmt: skip
        self.rng, self.persons, self.places, self.aliases = rng, persons, places, aliases

    # --- names --------------------------------------------------------------------------
    def _name(self, line: Line, person: Person_, part: str, lang: str, genitive: bool) -> None:
        rng = self.rng
        words = {"given": person.given, "family": person.family,
                 "full": f"{person.given} {person.family}"}  # fmt: skip
        alias = self.aliases.get(person.key or "", ())
        if part == "given" and alias and rng.random() < 0.25:
            words["given"] = alias[0]
        written, how, exact = words[part], "exact", True
        pick = rng.random()
        if person.key is None:
            how, exact = "unregistered", False
            if pick < 0.05 and not genitive:
                written, how = written.lower(), "unregistered-lower"
        elif pick < 0.12:
            written, how, exact = written.lower(), "lower", False
        elif pick < 0.16:
            written, how, exact = written.upper(), "upper", False
        elif pick < 0.26 and any(_plain(w) != w for w in (written, words["full"])):
            if _plain(written) == written:  # the diacritics are in the rest of the name
                written = words["full"]
            written, how, exact = _plain(written), "ascii", False
        elif pick < 0.38:
            parts = written.split(" ")
            i = rng.randrange(len(parts))
            if len(parts[i]) >= 4:
                parts[i] = misspelt(rng, parts[i])
                written, how, exact = " ".join(parts), "misspelt", False
        elif pick < 0.46:
            parts = written.split(" ")
            i = rng.randrange(len(parts))
            parts[i], mark = invisible(rng, parts[i])
            written, how, exact = " ".join(parts), f"invisible-{mark}", False
        after = ""
        if genitive:
            ends_s = written[-1].lower() in "sxz"
            after = ("'" if ends_s else "s") if lang == "sv" else ("'" if ends_s else "'s")
        form = f"{'registered' if person.key else 'unregistered'}/{part}/{how}"
        form += "/genitive" if genitive else ""
        line.plant(written, "name", form, exact, person.key, after)

    def person(self, line: Line, variant: str | None, lang: str) -> None:
        person = self.rng.choice(self.persons)
        part = {"given": "given", "gen": "given"}.get(variant or "", "")
        if not part:
            part = self.rng.choice(("full", "full", "given", "given", "given", "family"))
        self._name(line, person, part, lang, variant == "gen")

    def stranger(self, line: Line, variant: str | None, lang: str) -> None:
        part = {"given": "given", "family": "family", "gen": "given"}.get(variant or "", "full")
        self._name(line, unregistered(self.rng), part, lang, variant == "gen")

    # --- other kinds ---------------------------------------------------------------------
    def _number(self, line: Line, text: str, kind: str, facets: list[str]) -> None:
        if self.rng.random() < 0.08:
            text, how = hidden_number(self.rng, text)
            facets = [*facets, f"hidden-{how}"]
        line.plant(text, kind, "/".join(facets))

    def slot(self, line: Line, kind: str, variant: str | None, lang: str) -> None:
        rng = self.rng
        who = rng.choice(self.persons)
        pair = (who.given.split("-")[0], who.family.split(" ")[-1])
        if kind == "p":
            self.person(line, variant, lang)
        elif kind == "u":
            self.stranger(line, variant, lang)
        elif kind == "ph":
            text, facets = values.phone(rng)
            self._number(line, text, "phone", [*facets, "no-cue" if variant else "cue"])
        elif kind == "date":
            text, facets = values.date(rng, "us" if lang == "en" and rng.random() < 0.3 else lang,
                                       birth=variant == "birth")  # fmt: skip
            self._number(line, text, "date", facets)
        elif kind == "id":
            text, facets, cue = values.identity_number(rng)
            if cue and variant != "bare":
                line.add(cue + (": " if rng.random() < 0.4 else " "))
            self._number(line, text, "personnummer", facets)
        elif kind == "addr":
            text, town, facets = values.address(rng)
            line.plant(text, "address", "/".join(facets), after=town)
        elif kind == "email":
            text, facets = values.email(rng, pair if variant == "p" else None)
            line.plant(text, "email", "/".join(facets))
        elif kind == "url":
            text, facets = values.link(rng, pair if variant == "p" else None)
            line.plant(text, "url", "/".join(facets))
        elif kind == "place":
            place = rng.choice(self.places)
            line.plant(place.canonical, "place", "registered/exact", True, place.key)
        else:
            raise ValueError(f"unknown slot {kind}")

    def template(self, template: str, lang: str) -> Line:
        line, at = Line(), 0
        for m in SLOT.finditer(template):
            line.add(template[at : m.start()])
            if m.group(3):
                start = len(line.text)
                line.add(m.group(3))
                where = "initial" if start == 0 else "inner"
                line.ordinary.append((start, len(line.text), f"homograph/{where}/own"))
            else:
                self.slot(line, m.group(1), m.group(2), lang)
            at = m.end()
        line.add(template[at:])
        return line

    def real(self, row: tuple[str, str, str, list[tuple[int, int, str]]], names: bool) -> Line:
        """A published sentence; with `names`, its pronouns become people's names."""
        source, lang, text, marks = row
        line, at = Line(), 0
        swap = [m for m in marks if m[2] in ("subj", "poss")]
        chosen = set(self.rng.sample(range(len(swap)), k=min(len(swap), 2))) if names else set()
        for start, end, role in marks:
            line.add(text[at:start])
            at = end
            if role in ("subj", "poss") and swap.index((start, end, role)) in chosen:
                genitive = "gen" if role == "poss" else "given"
                if self.rng.random() < 0.6:
                    self.person(line, genitive, lang)
                else:
                    self.stranger(line, genitive if role == "poss" else None, lang)
                continue
            begin = len(line.text)
            line.add(text[start:end])
            if role.startswith("word:") or text[start:end].lower() in HOMOGRAPHS:
                where = "initial" if start == 0 else "inner"
                line.ordinary.append((begin, len(line.text), f"homograph/{where}/{source}/{role}"))
        line.add(text[at:])
        return line
