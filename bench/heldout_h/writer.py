"""Filling held-out H's sentence templates: every identifier recorded where it is written.

A template is text with slots: `{pat}` the case's patient, `{so}` a significant other, `{pro}`
a professional, `{any}` anyone of the case, `{p2}` someone of another case, `{x}` a third party
nobody registered; after a colon, `gen` (the possessive of the note's language: "Stinas",
"Stina's", "Stinan"), `full`, `given` or `title` ("dr Holm", "Frau Nowak"). `{tel}`, `{date}`
(`{date:wd}` with a weekday before it), `{adr}` (`{adr:street}`), `{mail}`, `{pnr}`, `{url}`,
`{place}`. `<<word>>` is an ordinary use of a word that is also a name.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from bench.heldout_h import numbers, slips, when_where
from bench.heldout_h.people import WORD_NAMES, Person, Study, third_party

SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}|<<(\w+)>>")
CUES = ("tel", "ring", "call", "phone", "mobil", "nummer", "nr", "number", "puh", "handy", "sms",
        "text", "reach", "nå ", "numer", "soitt", "anruf")  # fmt: skip
TITLES = {"sv": ("fru", "herr", "dr", "doktor"), "en": ("Mr", "Mrs", "Ms", "Dr"),
          "no": ("fru", "herr", "dr."), "da": ("fru", "hr.", "dr."), "de": ("Frau", "Herr", "Dr."),
          "fi": ("rouva", "herra", "tohtori")}  # fmt: skip
WORDISH = frozenset(w.lower() for w in WORD_NAMES)


@dataclass
class Draft:
    """One note as it is written: its text so far and what it plants."""

    parts: list[str] = field(default_factory=list)
    size: int = 0
    # (start, end, kind, form, value, exact, key)
    planted: list[tuple] = field(default_factory=list)
    ordinary: list[tuple] = field(default_factory=list)  # (start, end, word, form)

    def put(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def plant(
        self, text: str, kind: str, form: str, exact: bool = False, key: str | None = None
    ) -> None:
        self.planted.append((self.size, self.size + len(text), kind, form, text, exact, key))
        self.put(text)

    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class Writer:
    rng: random.Random
    seed: int
    study: Study
    case: int
    lang: str = "sv"
    upper: bool = False
    avoid: frozenset[str] = frozenset()  # ordinary words: no third party is called so
    taken: frozenset[str] = frozenset()  # no misspelling may become one of these (folded)

    def _up(self, text: str) -> str:
        return text.upper() if self.upper and len(text.upper()) == len(text) else text

    def fill(self, draft: Draft, template: str, lang: str, upper: bool = False) -> None:
        """Write `template` in `lang` onto `draft`, planting every slot."""
        self.lang, self.upper = lang, upper
        at = 0
        for m in SLOT.finditer(template):
            draft.put(self._up(template[at : m.start()]))
            at = m.end()
            if m[3]:
                before = template[: m.start()].rstrip(" \"'“”«»-–•*")
                where = "initial" if not before or before[-1] in ".!?:\n" else "inner"
                form = f"homograph/{where}/{m[3].lower()}"
                draft.ordinary.append((draft.size, draft.size + len(m[3]), m[3], form))
                draft.put(m[3])
            else:
                self._slot(draft, m[1], m[2] or "", template[max(0, m.start() - 30) : m.start()])
        draft.put(self._up(template[at:]))

    # --- people ------------------------------------------------------------------------------

    def _person(self, slot: str) -> Person:
        group = self.study.of_case(self.case)
        if slot == "p2":
            group = [p for p in self.study.people if p.case != self.case]
        elif slot != "any":
            role = {"pat": "patient", "so": "significant other", "pro": "professional"}[slot]
            group = [p for p in group if p.role == role] or group
        return self.rng.choice(group)

    def _registered(self, draft: Draft, person: Person, arg: str) -> None:
        rng = self.rng
        shape = arg or rng.choices(("given", "full", "nick", "family"), (45, 25, 20, 10))[0]
        if shape == "nick" and not person.nicknames:
            shape = "given"
        if shape in ("family", "title") and person.role != "professional":
            shape = "full" if shape == "family" else "given"
        written = {"given": person.given, "full": f"{person.given} {person.family}",
                   "nick": rng.choice(person.nicknames) if person.nicknames else person.given,
                   "family": person.family, "title": person.family,
                   "gen": rng.choice((person.given, *person.nicknames))}[shape]  # fmt: skip
        if shape in ("family", "title"):
            own = person.title if shape == "family" and self.lang == "sv" else ""
            draft.put(self._up((own or rng.choice(TITLES[self.lang])) + " "))
        exact, variant = True, "plain"
        roll = rng.random()
        words_like = any(w.lower() in WORDISH for w in written.split(" "))
        plain = slips.strip_marks(written)  # typed without Nordic or other marked letters
        if self.upper:
            written, exact, variant = written.upper(), False, "caps"
        elif plain != written and roll < 0.25:
            written, exact, variant = plain, False, "no-diacritics"
        elif roll < 0.2:
            words = written.split(" ")
            i = rng.randrange(len(words))
            if len(words[i]) >= 4:
                made = slips.misspell(words[i], rng, self.taken, twice=rng.random() < 0.15)
                if made:
                    words[i] = made[0]
                    written, exact, variant = " ".join(words), False, f"misspelt-{made[1]}"
        elif roll < 0.27 and not words_like:
            written, exact, variant = written.lower(), False, "lower"
        elif roll < 0.32:
            hide = slips.hide_between if " " in written else slips.hide_in_word
            written, facet = hide(written, rng)
            exact, variant = False, facet
        form = f"registered/{person.role.split()[0]}/{shape}/{variant}"
        draft.plant(written, "name", form, exact, person.entry.key)
        if arg == "gen":
            self._possessive(draft, written)

    def _possessive(self, draft: Draft, written: str) -> None:
        if self.lang == "en":
            draft.put(self._up("'s"))
        elif self.lang == "fi":
            draft.put(self._up("n"))
        elif not written.lower().endswith(("s", "x", "z")):
            draft.put(self._up("s"))

    def _third(self, draft: Draft, arg: str) -> None:
        rng = self.rng
        given, family, source = third_party(self.study, rng, self.seed, self.avoid)
        shape = arg or rng.choices(("full", "given", "title"), (45, 30, 25))[0]
        if shape == "title":
            draft.put(self._up(rng.choice(TITLES[self.lang]) + " "))
        written = {"full": f"{given} {family}", "given": given, "title": family, "gen": given,
                   "family": family}[shape]  # fmt: skip
        variant = "plain"
        roll = rng.random()
        if self.upper:
            written, variant = self._up(written), "caps"
        elif roll < 0.05:
            written, variant = written.lower(), "lower"
        elif roll < 0.09:
            hide = slips.hide_between if " " in written else slips.hide_in_word
            written, variant = hide(written, rng)
        draft.plant(written, "name", f"unregistered/{source}/{shape}/{variant}")
        if arg == "gen":
            self._possessive(draft, written)

    # --- the other kinds ---------------------------------------------------------------------

    def _hidden(self, text: str, facets: str, rate: float) -> tuple[str, str]:
        if not self.upper and self.rng.random() < rate:
            text, facet = slips.hide_in_number(text, self.rng)
            facets += "/" + facet
        return text, facets

    def _slot(self, draft: Draft, slot: str, arg: str, before: str) -> None:
        rng = self.rng
        if slot in ("pat", "so", "pro", "any", "p2"):
            self._registered(draft, self._person(slot), arg)
        elif slot == "x":
            self._third(draft, arg)
        elif slot == "tel":
            text, facets = numbers.phone(rng, self.seed)
            cue = "cue" if any(c in before.lower() for c in CUES) else "no-cue"
            text, facets = self._hidden(text, f"{facets}/{cue}", 0.05)
            draft.plant(text, "phone", facets)
        elif slot == "date":
            prefix, text, facets = when_where.date(self.lang, rng, weekday=arg == "wd")
            draft.put(self._up(prefix))
            text, facets = self._hidden(self._up(text), facets, 0.03)
            draft.plant(text, "date", facets)
        elif slot == "adr":
            street, postcode, town, facets = when_where.address(rng, self.seed)
            draft.plant(street, "address", f"{facets}/street")
            if arg != "street":
                draft.put(rng.choice((", ", ", ", " ", "\n")))
                draft.plant(postcode, "address", f"{facets}/postcode")
                draft.put(" " + town)
        elif slot in ("mail", "url"):
            if rng.random() < 0.5:
                person = self._person("any")
                given, family = person.given, person.family
            else:
                given, family, _ = third_party(self.study, rng, self.seed, self.avoid)
            make = numbers.email if slot == "mail" else numbers.profile_link
            text, facets = make(given, family, rng)
            draft.plant(text, "email" if slot == "mail" else "url", facets)
        elif slot == "pnr":
            text, facets = numbers.identity_number(rng, self.seed)
            text, facets = self._hidden(text, facets, 0.04)
            draft.plant(text, "personnummer", facets)
        elif slot == "place":
            entry = rng.choice(self.study.places)
            written, exact = entry.canonical, True
            if self.upper:
                written, exact = written.upper(), False
            draft.plant(written, "place", "registered-place", exact, entry.key)
        else:
            raise ValueError(f"unknown slot {slot!r}")
