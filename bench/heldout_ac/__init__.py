"""Held-out AC: Norwegian notes of a social-services study (case workers' conversation
records, home-visit logs, work logs, e-mails, copied message threads, extracts of letters and
intake sheets) with planted identifiers; the filler text is sentences of the decisions of the
Norwegian Transport Complaints Board (see README.md). Nobody who writes or tunes the redactor
may read this package.

    corpus = generate_heldout_ac(SEED, 5_000_000)   # per_kb identifiers a kilobyte
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from casebook.deid.registry import PERSON, PLACE, NameEntry, ascii_fold

from bench.heldout_ac import lexicon, numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 9413
REALISTIC = 0.7
KINDS = {"name": 0.44, "date": 0.13, "phone": 0.11, "email": 0.07, "address": 0.08,
         "personnummer": 0.07, "place": 0.05, "url": 0.05}  # fmt: skip
WORD_SENTENCE_EVERY = 22  # about one filler sentence in this many serves a word-name
SLOT = re.compile(r"\{(N2|N|G|P|D|A|E|U|I|T)\}")
WORD = re.compile(r"[^\W\d_]+")
ID_WEIGHTS = {"no": 30, "se": 12, "dk": 10, "fi": 10, "pl": 8, "lt": 6, "ee": 6, "gb": 6,
              "nl": 6, "is": 6}  # fmt: skip
ADDRESS_WEIGHTS = {"no": 60, "se": 12, "da": 12, "fi": 8, "en": 8}
KEYS = ["qwertyuiopå", "asdfghjkløæ", "zxcvbnm"]
INVISIBLE = {"soft-hyphen": "\u00ad", "zwsp": "\u200b", "zwj": "\u200d",
             "word-joiner": "\u2060", "bom": "\ufeff"}  # fmt: skip


def hidden(text: str) -> bool:
    """Does `text` hold an invisible or compatibility character?"""
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@dataclass
class _Person:
    key: str
    given: str
    family: str
    country: str
    weight: int = 1


class _Deck:
    """Items drawn as a shuffled deck: every one before any again."""

    def __init__(self, rng: random.Random, items: list) -> None:
        self.rng, self.items, self.left = rng, list(items), []

    def draw(self):
        if not self.left:
            self.left = list(self.items)
            self.rng.shuffle(self.left)
        return self.left.pop()


@dataclass
class _Span:
    start: int
    end: int
    kind: str
    form: str
    value: str
    exact: bool = False
    key: str | None = None
    name_how: str | None = None  # names: how written; the category is computed at the end


@dataclass
class _Note:
    parts: list[str] = field(default_factory=list)
    spans: list[_Span] = field(default_factory=list)
    length: int = 0

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def plant(self, text: str, **info) -> None:
        self.spans.append(_Span(self.length, self.length + len(text), **info))
        self.add(text)

    def text(self) -> str:
        return "".join(self.parts)

    def size(self) -> int:
        return len(self.text().encode("utf-8"))


class _Maker:
    def __init__(self, seed: int, per_kb: float) -> None:
        self.rng = random.Random(seed)
        self.per_kb = per_kb
        rng = self.rng
        self.people, self.entries = self._registry()
        self.forms = {e.key: entry_forms(e) for e in self.entries}
        self.person_forms = sorted(set().union(*(self.forms[p.key] for p in self.people)))
        self.person_form_set = set(self.person_forms)
        self.pool = _Deck(rng, people.pool("nb"))
        words = people.WORD_NAMES_BY_LANG["nb"]
        self.word_turn = _Deck(rng, words)
        self.word_decks = {w: _Deck(rng, people.word_sentences(w)) for w in words}
        self.strangers = _Deck(rng, self._strangers())
        self.decks = {
            name: _Deck(rng, getattr(lexicon, name))
            for name in ("NAME_FRAMES", "GENITIVE_FRAMES", "PHONE_FRAMES", "DATE_FRAMES",
                         "ADDRESS_FRAMES", "EMAIL_FRAMES", "URL_FRAMES", "ID_FRAMES",
                         "PLACE_FRAMES", "PROMPTS")
        }  # fmt: skip
        self.filler_count = 0
        self.done_bytes = 0
        self.done_ids = 0

    # --- the registry ---------------------------------------------------------------------

    def _registry(self) -> tuple[list[_Person], list[NameEntry]]:
        rng = self.rng
        chosen: list[tuple[str, str, str, int]] = []
        taken: set[str] = set()
        no_given, no_family = people.given("no"), people.family("no")
        for w in people.GIVEN_WORD_NAMES["nb"]:
            chosen.append((w, rng.choice(no_family), "no", 6))
        mixed_given = [(g, c) for c in people.NAME_LANGS for g in people.given(c)]
        for w in people.FAMILY_WORD_NAMES["nb"]:
            g, c = rng.choice(mixed_given[: len(no_given)] * 3 + mixed_given)
            chosen.append((g, w, "no", 6))
        for country, n in (("no", 45), ("sv", 20), ("da", 14), ("fi", 14), ("en", 14)):
            gs, fs = people.given(country), people.family(country)
            for _ in range(n):
                chosen.append((rng.choice(gs), rng.choice(fs), country, 1))
        moved = list(people.MOVED.values())
        for i in range(26):
            gs, fs = moved[i % len(moved)]
            chosen.append((rng.choice(gs.split()), rng.choice(fs.split()), "no", 1))
        out, entries = [], []
        for given, family, country, weight in chosen:
            full = f"{given} {family}"
            if full in taken:
                continue
            taken.add(full)
            key = f"ac{len(out) + 1:03d}"
            out.append(_Person(key, given, family, country, weight))
            entries.append(NameEntry(key, full, f"[PERSON_{len(out)}]", kind=PERSON))
        for i, town in enumerate(lexicon.TOWNS, 1):
            entries.append(NameEntry(f"acp{i:02d}", town, f"[PLACE_{i}]", kind=PLACE))
        return out, entries

    def _strangers(self) -> list[tuple[str, str]]:
        registered = {f"{p.given} {p.family}" for p in self.people}
        combos = []
        for country in (*people.NAME_LANGS, "moved"):
            gs, fs = people.given(country), people.family(country)
            for g in gs:
                for f in fs:
                    if f"{g} {f}" not in registered:
                        combos.append((f"{g} {f}", "no" if country == "moved" else country))
        self.rng.shuffle(combos)
        return combos[:6000]

    # --- identifiers ----------------------------------------------------------------------

    def _name(self, note: _Note, style: str, cast: list[_Person], *, glued: bool = False,
              present: bool = False, registered: bool | None = None, full: bool = False,
              plain: bool = False) -> None:  # fmt: skip
        rng = self.rng
        tail = "/present" if present else ""
        if registered is None:
            registered = glued or rng.random() < 0.56
        if not registered:
            written, country = self.strangers.draw()
            note.plant(written, kind="name", form=f"{style}/{country}", value=written,
                       name_how="stranger" + tail)  # fmt: skip
            return
        person = rng.choices(cast, weights=[p.weight for p in cast])[0]
        part = "full" if full else rng.choices(("given", "family", "full"), (5, 2, 3))[0]
        form = {"given": person.given, "family": person.family,
                "full": f"{person.given} {person.family}"}[part]  # fmt: skip
        how = part
        written = form
        r = rng.random()
        if plain or glued:
            r = 0.0 if r < 0.6 or glued else r
        if ascii_fold(form) != form and rng.random() < 0.3:
            written = ascii_fold(form)
        elif r < 0.22:
            pass
        elif r < 0.37:
            written = form.lower()
        elif r < 0.54:
            written = form.upper()
        elif r < 0.66:
            written, how = self._slip(form)
        elif r < 0.80:
            written, how = self._invisible(form)
        elif ascii_fold(form) != form:
            written = ascii_fold(form)
        exact = written == form
        note.plant(written, kind="name", form=f"{style}/{person.country}", value=form,
                   exact=exact, key=person.key, name_how=how + tail)  # fmt: skip

    def _slip(self, form: str) -> tuple[str, str]:
        rng = self.rng
        kinds = ["slip-drop", "slip-double", "slip-swap", "slip-key"]
        if " " in form:
            kinds.append("slip-space")
        kind = rng.choice(kinds)
        spots = [
            j
            for j in range(1, len(form) - 1)
            if form[j].isalpha() and form[j - 1].isalpha() and form[j + 1].isalpha()
        ]
        if not spots:  # "Ro", "Gry": a letter doubled
            return form + form[-1], "slip-double"
        i = rng.choice(spots)
        if kind == "slip-drop":
            out = form[:i] + form[i + 1 :]
        elif kind == "slip-double":
            out = form[: i + 1] + form[i] + form[i + 1 :]
        elif kind == "slip-swap":
            out = form[:i] + form[i + 1] + form[i] + form[i + 2 :]
        elif kind == "slip-key":
            c = form[i].lower()
            row = next((r for r in KEYS if c in r), None)
            if row is None:
                return self._slip_drop(form, i)
            j = row.index(c)
            out = form[:i] + row[j + 1 if j + 1 < len(row) else j - 1] + form[i + 1 :]
        else:
            s = form.index(" ")
            out = form[: s - 1] + " " + form[s - 1] + form[s + 1 :]
        if out == form or out.lower() == form.lower():
            return self._slip_drop(form, i)
        return out, kind

    @staticmethod
    def _slip_drop(form: str, i: int) -> tuple[str, str]:
        return form[:i] + form[i + 1 :], "slip-drop"

    def _invisible(self, form: str) -> tuple[str, str]:
        rng = self.rng
        kinds = [*INVISIBLE, "full-width"] + (["nbsp"] if " " in form else [])
        kind = rng.choice(kinds)
        if kind == "full-width":
            return _full_width(form), "invisible-full-width"
        if kind == "nbsp":
            return form.replace(" ", "\u00a0", 1), "invisible-nbsp"
        i = rng.randint(1, len(form) - 1)
        if form[i - 1] == " " or form[i] == " ":
            i = 1
        return form[:i] + INVISIBLE[kind] + form[i:], f"invisible-{kind}"

    def _phone(self, note: _Note, style: str, cue: str) -> None:
        rng = self.rng
        region = rng.choices(list(numbers.PLANS), list(numbers.PLANS.values()))[0]
        nsn, groups = numbers.draw(rng, region)
        written, shape = numbers.write(rng, region, nsn, groups)
        how = "plain"
        r = rng.random()
        if r < 0.06:
            written, how = _full_width(written), "hidden-full-width"
        elif r < 0.11:
            cut = len(written) // 2
            written, how = written[:cut] + "\u200b" + written[cut:], "hidden-zwsp"
        elif r < 0.15 and " " in written:
            written, how = written.replace(" ", "\u00a0"), "hidden-nbsp"
        note.plant(written, kind="phone", form=f"{style}/{region}/{shape}/{cue}/{how}",
                   value=numbers.e164(region, nsn))  # fmt: skip

    def _id(self, note: _Note, style: str) -> None:
        rng = self.rng
        country = rng.choices(list(ID_WEIGHTS), list(ID_WEIGHTS.values()))[0]
        number, shape = numbers.BUILDERS[country][0](rng)
        written, how = number, "plain"
        r = rng.random()
        if r < 0.06:
            written, how = _full_width(number), "hidden-full-width"
        elif r < 0.12:
            written, how = number[:6] + "\u200b" + number[6:], "hidden-zwsp"
        note.plant(written, kind="personnummer", form=f"{style}/{country}/{shape}/{how}",
                   value=number)  # fmt: skip

    def _date(self, note: _Note, style: str) -> None:
        rng = self.rng
        day = date(2025, 1, 1) + timedelta(days=rng.randint(0, 600))
        d, m, y = day.day, day.month, day.year
        month = lexicon.MONTHS[m - 1]
        wd = day.weekday()
        shapes = {
            "long": f"{d}. {month} {y}",
            "day-month": f"{d}. {month}",
            "numeric": f"{d:02d}.{m:02d}.{y}",
            "short-numeric": f"{d}.{m}.",
            "weekday": f"{lexicon.WEEKDAYS[wd]} {d}. {month}",
            "weekday-short": f"{lexicon.WEEKDAYS_SHORT[wd]} {d:02d}.{m:02d}",
            "iso": day.isoformat(),
            "den": f"den {d}. {month}",
            "slash": f"{d}/{m}",
            "two-digit-year": f"{d:02d}.{m:02d}.{y % 100:02d}",
        }
        if d <= 25:
            shapes["range"] = f"{d}.–{d + rng.randint(1, 3)}. {month}"
        shape = rng.choice(sorted(shapes))
        note.plant(shapes[shape], kind="date", form=f"{style}/nb/{shape}", value=shapes[shape])

    def _address(self, note: _Note, style: str) -> None:
        rng = self.rng
        country = rng.choices(list(ADDRESS_WEIGHTS), list(ADDRESS_WEIGHTS.values()))[0]
        street = rng.choice(lexicon.STREETS[country])
        n = rng.randint(1, 140)
        code, town = rng.choice(lexicon.POSTAL[country])
        with_town = rng.random() < 0.6
        if country == "no":
            line = f"{street} {n}{rng.choice(['', '', 'A', 'B'])}"
            shape = "street"
            if rng.random() < 0.35:
                line += f", H{rng.randint(1, 4):02d}{rng.randint(1, 6):02d}"
                shape = "flat"
            tail = f", {code} {town}"
        elif country == "se":
            line = f"{street} {n}"
            shape = "street"
            if rng.random() < 0.5:
                line += f", lgh {rng.randint(10, 16)}{rng.randint(1, 4):02d}"
                shape = "lgh"
            tail = f", {code} {town}"
        elif country == "da":
            line = f"{street} {n}"
            shape = "street"
            if rng.random() < 0.6:
                line += f", {rng.randint(1, 5)}. {rng.choice(['th.', 'tv.', 'mf.'])}"
                shape = "floor"
            tail = f", {code} {town}"
        elif country == "fi":
            line = f"{street} {n}"
            shape = "street"
            if rng.random() < 0.6:
                line += f" {rng.choice('ABC')} {rng.randint(1, 40)}"
                shape = "staircase"
            tail = f", {code} {town}"
        else:
            line = f"{n} {street}"
            shape = "street"
            if rng.random() < 0.4:
                line = f"Flat {rng.randint(1, 20)}, {line}"
                shape = "flat"
            tail = f", {town} {code}"
        written = line + (tail if with_town else "")
        shape += "-town" if with_town else ""
        note.plant(written, kind="address", form=f"{style}/{country}/{shape}", value=written)

    def _email(self, note: _Note, style: str, cast: list[_Person]) -> None:
        rng = self.rng
        p = rng.choice(cast)
        g = ascii_fold(p.given).lower().replace(" ", "")
        f = ascii_fold(p.family).lower().replace(" ", "")
        shape = rng.choice(("given.family", "g.family", "givenfamily", "family.given"))
        local = {"given.family": f"{g}.{f}", "g.family": f"{g[0]}.{f}",
                 "givenfamily": f"{g}{f}", "family.given": f"{f}.{g}"}[shape]  # fmt: skip
        written = f"{local}@{rng.choice(lexicon.DOMAINS)}"
        note.plant(written, kind="email", form=f"{style}/nb/{shape}", value=written)

    def _url(self, note: _Note, style: str) -> None:
        rng = self.rng
        host = rng.choice(lexicon.DOMAINS)
        path = rng.choice(("skjema/soknad", "sak/oppfolging", "bilder/sommer", "info/bolig",
                           "veiledning", "kurs/foreldre"))  # fmt: skip
        shape = rng.choice(("https", "www", "bare"))
        written = {"https": f"https://{host}/{path}", "www": f"www.{host}/{path}",
                   "bare": f"{host}/{path}"}[shape]  # fmt: skip
        note.plant(written, kind="url", form=f"{style}/nb/{shape}", value=written)

    def _place(self, note: _Note, style: str) -> None:
        i = self.rng.randrange(len(lexicon.TOWNS))
        town = lexicon.TOWNS[i]
        note.plant(town, kind="place", form=f"{style}/no/registered", value=town, exact=True,
                   key=f"acp{i + 1:02d}")  # fmt: skip

    # --- text -----------------------------------------------------------------------------

    def _fill(self, note: _Note, frame: str, style: str, cast: list[_Person]) -> None:
        pos = 0
        for m in SLOT.finditer(frame):
            note.add(frame[pos : m.start()])
            slot = m.group(1)
            if slot in ("N", "N2"):
                self._name(note, style, cast)
            elif slot == "G":
                self._name(note, style, cast, glued=True)
            elif slot == "P":
                self._phone(note, style, "sentence")
            elif slot == "D":
                self._date(note, style)
            elif slot == "A":
                self._address(note, style)
            elif slot == "E":
                self._email(note, style, cast)
            elif slot == "U":
                self._url(note, style)
            elif slot == "I":
                self._id(note, style)
            else:
                self._place(note, style)
            pos = m.end()
        note.add(frame[pos:])

    def _frame_for(self) -> str:
        kind = self.rng.choices(list(KINDS), list(KINDS.values()))[0]
        if kind == "name":
            return self.decks[
                "GENITIVE_FRAMES" if self.rng.random() < 0.12 else "NAME_FRAMES"
            ].draw()
        deck = {"date": "DATE_FRAMES", "phone": "PHONE_FRAMES", "email": "EMAIL_FRAMES",
                "address": "ADDRESS_FRAMES", "personnummer": "ID_FRAMES",
                "place": "PLACE_FRAMES", "url": "URL_FRAMES"}[kind]  # fmt: skip
        return self.decks[deck].draw()

    def _sentence(self) -> str:
        self.filler_count += 1
        if self.filler_count % WORD_SENTENCE_EVERY == 0:
            return self.word_decks[self.word_turn.draw()].draw()
        return self.pool.draw()

    def _paragraph(self, note: _Note, style: str, cast: list[_Person], target: float) -> None:
        """One to three sentences; one of them a frame with an identifier when the note is
        below its density."""
        n = self.rng.randint(1, 3)
        with_id = len(note.spans) < target
        at = self.rng.randrange(n) if with_id else -1
        for i in range(n):
            if i:
                note.add(" ")
            if i == at:
                self._fill(note, self._frame_for(), style, cast)
            else:
                note.add(self._sentence())

    def _target(self, note: _Note) -> float:
        """How many identifiers the note should hold by now: the corpus's density over what
        has been written, less what earlier notes planted (so heavy headers are made up for
        in the bodies of later notes)."""
        return self.per_kb * (self.done_bytes + note.size() + 120) / 1000 - self.done_ids

    # --- layouts --------------------------------------------------------------------------

    def note(self, goal: int) -> _Note:
        rng = self.rng
        cast = rng.sample(self.people, rng.randint(3, 6))
        for _ in range(2):
            word_people = [p for p in self.people if p.weight > 1]
            if rng.random() < 0.8:
                cast.append(rng.choice(word_people))
        layout = rng.choice(("interview", "observation", "diary", "email", "sms", "pasted",
                             "label"))  # fmt: skip
        note = _Note()
        getattr(self, f"_layout_{layout}")(note, cast, goal)
        return note

    def _body(self, note: _Note, cast: list[_Person], goal: int, style: str,
              line: Iterator[None] | None = None, opener=None) -> None:  # fmt: skip
        while note.size() < goal:
            if opener:
                opener(note)
            self._paragraph(note, style, cast, self._target(note))
            note.add("\n")

    def _ref(self) -> str:
        return f"{self.rng.randint(2024, 2026)}-{self.rng.randint(100, 99999):05d}"

    def _layout_interview(self, note: _Note, cast: list[_Person], goal: int) -> None:
        rng = self.rng
        t = lexicon.TITLES["nb"]["interview"]
        note.add(f"{t} – saksnr. {self._ref()}\n")
        if rng.random() < 0.38:
            note.add("Til stede: ")
            for i in range(rng.randint(2, 3)):
                if i:
                    note.add(", ")
                self._name(note, "list", cast, present=True, plain=True,
                           registered=rng.random() < 0.6)  # fmt: skip
                note.add(f" ({rng.choice(lexicon.ROLES)})")
            note.add("\n")
        note.add("\n")
        asker = rng.choice(lexicon.INTERVIEWER)
        speaker = rng.choice(cast)
        label = rng.random() < 0.3
        while note.size() < goal:
            note.add(f"{asker}: {self.decks['PROMPTS'].draw()}\n")
            if label and rng.random() < 0.15:
                self._name(note, "label", [speaker], registered=True, plain=True)
                note.add(": ")
            else:
                note.add(rng.choice(("P: ", "Bruker: ", "Svar: ")))
            self._paragraph(note, "interview", cast, self._target(note))
            note.add("\n")

    def _layout_observation(self, note: _Note, cast: list[_Person], goal: int) -> None:
        rng = self.rng
        note.add(f"{lexicon.TITLES['nb']['observation']}")
        if rng.random() < 0.4:
            note.add(", ")
            self._date(note, "header")
        note.add("\n\n")
        hour, minute = rng.randint(8, 15), rng.randint(0, 59)

        def clock(n: _Note) -> None:
            nonlocal hour, minute
            minute += rng.randint(4, 25)
            hour, minute = hour + minute // 60, minute % 60
            n.add(f"kl. {hour:02d}:{minute:02d} ")

        self._body(note, cast, goal, "observation", opener=clock)

    def _layout_diary(self, note: _Note, cast: list[_Person], goal: int) -> None:
        note.add(f"{lexicon.TITLES['nb']['diary']}, uke {self.rng.randint(1, 52)}\n\n")
        bullet = self.rng.choice(("• ", "", ""))
        self._body(note, cast, goal, "diary", opener=lambda n: n.add(bullet))

    def _layout_email(self, note: _Note, cast: list[_Person], goal: int) -> None:
        rng = self.rng
        mail = lexicon.MAIL["nb"]
        sender = rng.choice(cast)
        note.add(f"{lexicon.TITLES['nb']['email']}\n{mail['from']}: ")
        named = rng.random() < 0.6
        if named:
            self._name(note, "header", [sender], registered=True, full=True, plain=True)
        else:
            note.add(rng.choice(lexicon.TEAMS).split(" ", 1)[1])
        if named and rng.random() < 0.25:
            note.add(" <")
            self._email(note, "header", [sender])
            note.add(">")
        note.add(f"\n{mail['to']}: ")
        if rng.random() < 0.15:
            self._email(note, "header", cast)
        else:
            note.add("postmottak")
        if rng.random() < 0.35:
            note.add(f"\n{mail['sent']}: ")
            self._date(note, "header")
            note.add(f" kl. {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}")
        note.add("\n")
        note.add(f"{mail['subject']}: {rng.choice(lexicon.SUBJECTS)} ({self._ref()})\n\n")
        greeting = rng.choice(lexicon.GREETINGS)
        if rng.random() < 0.5:
            note.add(f"{greeting} ")
            self._name(note, "email", cast, registered=True)
            note.add(",\n\n")
        else:
            note.add(f"{greeting},\n\n")
        self._body(note, cast, goal, "email")
        note.add(f"\n{rng.choice(lexicon.SIGNOFFS)}\n")
        if named and rng.random() < 0.9:
            self._name(note, "signature", [sender], registered=True, plain=True)
            note.add("\n")
            if rng.random() < 0.4:
                note.add("Tlf. ")
                self._phone(note, "signature", "cue")
                note.add("\n")
        else:
            note.add(f"{rng.choice(lexicon.TEAMS)}\n")

    def _layout_sms(self, note: _Note, cast: list[_Person], goal: int) -> None:
        rng = self.rng
        note.add(f"{lexicon.TITLES['nb']['sms']}\n\n")
        other = rng.choice(cast)
        me = rng.choice(lexicon.SMS_ME)
        relation = rng.choice(lexicon.RELATIONS).capitalize()
        named = rng.random() < 0.4
        hour, minute = rng.randint(8, 20), rng.randint(0, 59)
        turn = 0
        while note.size() < goal:
            minute += rng.randint(1, 9)
            hour, minute = (hour + minute // 60) % 24, minute % 60
            if turn % 2 == 0:
                if (turn == 0 and named) or rng.random() < 0.03:
                    self._name(note, "label", [other], registered=True, plain=True)
                else:
                    note.add(relation)
                note.add(f" ({hour:02d}:{minute:02d}): ")
            else:
                note.add(f"{me} ({hour:02d}:{minute:02d}): ")
            self._paragraph(note, "sms", cast, self._target(note))
            note.add("\n")
            turn += 1
        note.add(lexicon.CLOSING["sms"] + "\n")

    def _layout_pasted(self, note: _Note, cast: list[_Person], goal: int) -> None:
        note.add(f"{lexicon.TITLES['nb']['pasted']}\n")
        start = note.length
        while note.size() < goal:
            self._paragraph(note, "pasted", cast, self._target(note))
            note.add(" " if self.rng.random() < 0.7 else "\n\n")
        self._wrap(note, start)
        note.add("\n" + lexicon.CLOSING["pasted"] + "\n")

    def _wrap(self, note: _Note, start: int) -> None:
        """Wrap the text after `start` at 60-76 characters, at spaces outside identifiers
        (a space becomes a line break: offsets stay)."""
        text = list(note.text())
        inside = set()
        for s in note.spans:
            inside.update(range(s.start, s.end))
        width = self.rng.randint(60, 76)
        col = 0
        last_space = -1
        for i in range(start, len(text)):
            if text[i] == "\n":
                col, last_space = 0, -1
                continue
            col += 1
            if text[i] == " " and i not in inside:
                last_space = i
            if col > width and last_space >= 0:
                text[last_space] = "\n"
                col = i - last_space
                last_space = -1
        joined = "".join(text)
        note.parts, note.length = [joined], len(joined)

    def _layout_label(self, note: _Note, cast: list[_Person], goal: int) -> None:
        rng = self.rng
        labels = lexicon.LABELS
        person = rng.choice(cast)
        note.add(f"{lexicon.TITLES['nb']['label']}\n{labels['name']}: ")
        self._name(note, "label", [person], registered=True, full=True, plain=True)
        note.add("\n")
        if rng.random() < 0.1:
            note.add(f"{labels['id']}: ")
            self._id(note, "label")
            note.add("\n")
        if rng.random() < 0.1:
            note.add(f"{labels['address']}: ")
            self._address(note, "label")
            note.add("\n")
        if rng.random() < 0.1:
            note.add(f"{labels['phone']}: ")
            self._phone(note, "label", "cue")
            note.add("\n")
        if rng.random() < 0.1:
            note.add(f"{labels['email']}: ")
            self._email(note, "label", [person])
            note.add("\n")
        if rng.random() < 0.1:
            note.add(f"{labels['kin']}: ")
            self._name(note, "label", cast, registered=rng.random() < 0.6, full=True, plain=True)
            note.add(f" ({rng.choice(lexicon.RELATIONS)}), tlf. ")
            self._phone(note, "label", "cue")
            note.add("\n")
        if rng.random() < 0.1:
            note.add(f"{labels['town']}: ")
            self._place(note, "label")
            note.add("\n")
        if rng.random() < 0.1:
            note.add(f"{labels['date']}: ")
            self._date(note, "label")
            note.add("\n")
        for part in lexicon.SHEET_PARTS:
            if note.size() >= goal:
                break
            note.add(f"\n{part}:\n")
            for _ in range(rng.randint(2, 5)):
                if note.size() >= goal:
                    break
                self._paragraph(note, "sheet", cast, self._target(note))
                note.add("\n")
        self._body(note, cast, goal, "sheet")


def _initial(text: str, start: int) -> bool:
    line = text[:start].rsplit("\n", 1)[-1].rstrip()
    if not line:
        return True
    return line[-1] in ":.!?–-•([" or bool(re.search(r"\d:\d\d\)?$", line))


def _finish(maker: _Maker, idx: int, note: _Note, planted: list[Planted],
            ordinary: list[Ordinary]) -> str:  # fmt: skip
    text = note.text()
    spans = sorted(note.spans, key=lambda s: s.start)
    for s in spans:
        form = s.form
        if s.kind == "name":
            category = name_category(text[s.start : s.end], s.exact, s.key, text, s.start,
                                     s.end, maker.forms)  # fmt: skip
            style, country = form.split("/")
            how = s.name_how or ""
            present = how.endswith("/present")
            how = how.removesuffix("/present")
            form = f"{style}/{country}/{category}/{how}" + ("/present" if present else "")
        planted.append(Planted(idx, s.start, s.end, s.kind, form, s.value, s.exact, s.key))
    covered = [(s.start, s.end) for s in spans]
    for m in WORD.finditer(text):
        if m.group().lower() not in maker.person_form_set:
            continue
        if any(a < m.end() and m.start() < b for a, b in covered):
            continue
        where = "homograph/initial" if _initial(text, m.start()) else "homograph/inner"
        ordinary.append(Ordinary(idx, m.start(), m.end(), m.group(), where))
    return text


def generate_heldout_ac(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    """Notes up to `size` bytes (UTF-8) with about `per_kb` identifiers a kilobyte."""
    maker = _Maker(seed, per_kb)
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    total = 0
    while total < size:
        goal = maker.rng.randint(1200, 4000)
        goal = min(goal, max(size - total - 150, 300))
        note = maker.note(goal)
        text = _finish(maker, len(texts), note, planted, ordinary)
        texts.append(text)
        total += len(text.encode("utf-8"))
        maker.done_bytes, maker.done_ids = total, len(planted)
    return Corpus(texts, list(maker.entries), planted, ordinary)


def check(corpus: Corpus) -> None:
    """Raise ValueError unless every span is its text, inside it, and none overlaps another,
    and every ordinary word is its text and lies outside every identifier."""
    by_text: dict[int, list[tuple[int, int]]] = {}
    for p in corpus.planted:
        text = corpus.texts[p.text]
        if not 0 <= p.start < p.end <= len(text):
            raise ValueError(f"span out of its text: {p}")
        written = text[p.start : p.end]
        if (
            p.exact or p.kind in ("email", "url", "address", "place", "date")
        ) and written != p.value:
            raise ValueError(f"span is not its text: {p}")
        by_text.setdefault(p.text, []).append((p.start, p.end))
    for spans in by_text.values():
        spans.sort()
        for a, b in zip(spans, spans[1:], strict=False):
            if b[0] < a[1]:
                raise ValueError(f"spans overlap: {a} {b}")
    for o in corpus.ordinary:
        if corpus.texts[o.text][o.start : o.end] != o.word:
            raise ValueError(f"ordinary word is not its text: {o}")
        if any(s < o.end and o.start < e for s, e in by_text.get(o.text, [])):
            raise ValueError(f"ordinary word inside an identifier: {o}")


def _vocabulary() -> set[str]:
    """Every word (lower case) of the published and own sentences and this set's frames."""
    texts: list[str] = [s for v in people.sentences().values() for s in v]
    texts += [s for v in people.OWN_ORDINARY.values() for s in v]
    for name in dir(lexicon):
        value = getattr(lexicon, name)
        if name.isupper():
            texts.append(repr(value))
    return {w.lower() for t in texts for w in WORD.findall(t)}
