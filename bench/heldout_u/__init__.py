"""Held-out U: notes of a study in five languages with planted identifiers, between published
narrative and conversational sentences no other set uses (see README.md). Nobody who writes or
tunes the redactor reads this package."""

from __future__ import annotations

import datetime
import random
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from casebook.deid.registry import PERSON, PLACE, NameEntry

from bench.heldout_u import lexicon as lx
from bench.heldout_u import numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 4733
REALISTIC = 0.7
LANG_WEIGHTS = {"sv": 30, "en": 19, "fi": 17, "no": 15, "da": 19}
STYLE_WEIGHTS = {"interview": 22, "observation": 16, "diary": 13, "email": 14, "sms": 12,
                 "pasted": 10, "list": 13}  # fmt: skip
KIND_WEIGHTS = {"name": 50, "email": 7, "date": 9, "phone": 9, "personnummer": 7, "url": 7,
                "place": 6, "address": 7}  # fmt: skip
CATEGORY_WEIGHTS = {"exact": 22, "unregistered": 29, "lower": 8, "upper": 8, "ascii": 9,
                    "inflected": 8, "misspelt": 11, "invisible": 9}  # fmt: skip
PEOPLE = {"sv": 90, "en": 55, "fi": 55, "no": 55, "da": 55}
TOWNS_REGISTERED = 6
WORD = re.compile(r"[^\W\d_]+")
INVISIBLE = {
    "invisible-soft-hyphen": "\u00ad",
    "invisible-zwsp": "\u200b",
    "invisible-zwj": "\u200d",
    "invisible-word-joiner": "\u2060",
    "invisible-bom": "\ufeff",
}
QWERTY = ("qwertyuiopå", "asdfghjklöä", "zxcvbnm")


def hidden(text: str) -> bool:
    """An invisible or compatibility character inside `text` (as scoring counts it)."""
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


def fold(text: str) -> str:
    text = text.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@dataclass
class _Person:
    entry: NameEntry
    lang: str
    given: str
    family: str


@dataclass
class _Note:
    lang: str
    style: str
    parts: list[str] = field(default_factory=list)
    spans: list[tuple] = field(default_factory=list)  # (start, end, kind, form, value, exact, key)
    length: int = 0
    bytes: int = 0

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)
        self.bytes += len(text.encode("utf-8"))

    def plant(self, written: str, kind: str, form: str, value: str, exact: bool = False,
              key: str | None = None) -> None:  # fmt: skip
        self.spans.append((self.length, self.length + len(written), kind, form, value, exact, key))
        self.add(written)

    def text(self) -> str:
        return "".join(self.parts)

    def size(self) -> int:
        return self.bytes


class _Bag:
    """Every item once, in a seeded order, before any repeats."""

    def __init__(self, items: list, rng: random.Random) -> None:
        self.items = list(items)
        self.rng = rng
        self.queue: list = []

    def take(self):
        if not self.queue:
            self.queue = list(self.items)
            self.rng.shuffle(self.queue)
        return self.queue.pop()


class _Writer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.registry: list[NameEntry] = []
        self.people: dict[str, list[_Person]] = defaultdict(list)
        self.places: dict[str, list[str]] = {}
        self.place_keys: dict[str, str] = {}
        self.used_strangers: set[str] = set()
        self.last_name: tuple[str, str] = ("", "")  # (given, family) of the last name planted
        self._register()
        self.forms = {e.key: entry_forms(e) for e in self.registry}
        self.person_forms = set().union(
            *(entry_forms(e) for e in self.registry if e.kind == PERSON)
        )
        pool = people.sentences()
        self.sentences = {lg: _Bag(sorted(pool[lg]), self.rng) for lg in people.LANGS}
        self.word_bags: dict[str, dict[str, _Bag]] = {}
        for lang, words in people.WORD_NAMES_BY_LANG.items():
            bags = {}
            for word in words:
                found = [
                    s for s in (*pool[lang], *people.OWN_ORDINARY[lang])
                    if word.lower() in {w.lower() for w in WORD.findall(s)}
                ]  # fmt: skip
                bags[word] = _Bag(sorted(set(found)), self.rng)
            self.word_bags[lang] = bags
        self.word_turn = {lang: _Bag(list(ws), self.rng) for lang, ws in
                          people.WORD_NAMES_BY_LANG.items()}  # fmt: skip
        self.towns = {lg: [t for t in people.towns(lg) if t not in self.places[lg]]
                      for lg in people.LANGS}  # fmt: skip

    # --- the registry --------------------------------------------------------------------

    def _register(self) -> None:
        rng = self.rng
        taken: set[str] = set()
        n = 0
        for lang in people.LANGS:
            word_names = list(people.WORD_NAMES_BY_LANG[lang])
            given, family = people.given(lang), people.family(lang)
            moved_g, moved_f = people.given("moved"), people.family("moved")
            for i in range(PEOPLE[lang]):
                if i < len(word_names):
                    g, f = word_names[i], rng.choice(family)
                elif i % 8 == 7:
                    g, f = rng.choice(moved_g), rng.choice(moved_f)
                else:
                    g, f = rng.choice(given), rng.choice(family)
                canonical = f"{g} {f}"
                if canonical in taken or g == f:
                    continue
                taken.add(canonical)
                n += 1
                entry = NameEntry(key=f"u{n:03d}", canonical=canonical, tag=f"[Person {n}]")
                self.registry.append(entry)
                self.people[lang].append(_Person(entry, lang, g, f))
        for lang in people.LANGS:
            towns = sorted(rng.sample(people.towns(lang), TOWNS_REGISTERED))
            self.places[lang] = towns
            for town in towns:
                n += 1
                key = f"u{n:03d}"
                self.registry.append(NameEntry(key=key, canonical=town, tag=f"[Place {n}]",
                                               kind=PLACE))  # fmt: skip
                self.place_keys[town] = key

    # --- names ---------------------------------------------------------------------------

    def stranger(self, lang: str) -> str:
        rng = self.rng
        for _ in range(200):
            group = "moved" if rng.random() < 0.2 else lang
            name = f"{rng.choice(people.given(group))} {rng.choice(people.family(group))}"
            words = {w.lower() for w in name.split()}
            if name not in self.used_strangers and not words & self.person_forms:
                self.used_strangers.add(name)
                return name
        raise RuntimeError("no stranger left")

    def slip(self, form: str, own: set[str]) -> tuple[str, str]:
        rng = self.rng
        for _ in range(50):
            kind = rng.choice(("drop", "drop", "key", "key", "double", "swap", "space"))
            i = rng.randrange(1, len(form) - 1) if len(form) > 2 else 1
            if kind == "space" and " " in form:
                s = form.index(" ")
                out = form[: s - 1] + " " + form[s - 1] + form[s + 1 :]
            elif kind == "drop":
                out = form[:i] + form[i + 1 :]
            elif kind == "double":
                out = form[:i] + form[i] + form[i:]
            elif kind == "swap":
                out = (
                    form[:i] + form[i + 1] + form[i] + form[i + 2 :] if i + 1 < len(form) else form
                )
            else:
                c = form[i].lower()
                row = next((r for r in QWERTY if c in r), None)
                if row is None:
                    continue
                j = row.index(c)
                near = [row[k] for k in (j - 1, j + 1) if 0 <= k < len(row)]
                out = form[:i] + rng.choice(near) + form[i + 1 :]
                kind = "key"
            if kind == "space" and " " not in form:
                continue
            if (
                out != form
                and out.lower() not in own
                and fold(out.lower()) not in {fold(f) for f in own}
                and out.strip() == out
                and "  " not in out
            ):
                return out, f"slip-{kind}"
        return form[:-1], "slip-drop"

    def name(self, note: _Note, lang: str, present: bool = False, glued: bool = False) -> None:
        """Plant one name in `note` (the category drawn by weight)."""
        rng = self.rng
        tail = "/present" if present else ""
        cats = list(CATEGORY_WEIGHTS)
        cat = "inflected" if glued else rng.choices(cats, [CATEGORY_WEIGHTS[c] for c in cats])[0]
        if cat == "inflected" and not glued:
            cat = "exact"
        if cat == "unregistered":
            written = self.stranger(lang)
            self.last_name = (written.split()[0], written.split()[-1])
            note.plant(written, "name", f"{note.style}/{lang}/?/stranger{tail}", written)
            return
        person = rng.choice(self.people[lang])
        if cat == "ascii":  # someone whose name has a letter with a diacritic, any language
            marked = [p for p in self.people[lang] if fold(p.entry.canonical) != p.entry.canonical]
            marked = marked or [p for ps in self.people.values() for p in ps
                                if fold(p.entry.canonical) != p.entry.canonical]  # fmt: skip
            person = rng.choice(marked)
        key = person.entry.key
        self.last_name = (person.given, person.family)
        which = rng.choice(("full", "given", "family"))
        form = {"full": person.entry.canonical, "given": person.given, "family": person.family}[
            which
        ]
        own = self.forms[key]
        if cat == "ascii":
            options = [f for f in (person.entry.canonical, person.given, person.family)
                       if fold(f) != f]  # fmt: skip
            if options:
                form = rng.choice(options)
                note.plant(fold(form), "name", f"{note.style}/{lang}/?/ascii{tail}", form, key=key)
                return
            cat = "exact"
        if cat == "lower":
            note.plant(form.lower(), "name", f"{note.style}/{lang}/?/lower{tail}", form, key=key)
        elif cat == "upper":
            note.plant(form.upper(), "name", f"{note.style}/{lang}/?/upper{tail}", form, key=key)
        elif cat == "misspelt":
            written, how = self.slip(form, own)
            note.plant(written, "name", f"{note.style}/{lang}/?/{how}{tail}", form, key=key)
        elif cat == "invisible":
            how = rng.choice((*INVISIBLE, "invisible-full-width", "invisible-nbsp"))
            if how == "invisible-nbsp":
                form = person.entry.canonical
                written = form.replace(" ", "\u00a0", 1)
            elif how == "invisible-full-width":
                written = full_width(form)
            else:
                i = rng.randrange(1, len(form))
                if form[i - 1] == " " or form[i] == " ":
                    i = 1
                written = form[:i] + INVISIBLE[how] + form[i:]
            note.plant(written, "name", f"{note.style}/{lang}/?/{how}{tail}", form, key=key)
        else:
            note.plant(form, "name", f"{note.style}/{lang}/?/{which}{tail}", form, True, key)
            if cat == "inflected":
                note.add("lle" if lang == "fi" and form[-1] in "aeiouyäö" else
                         "ille" if lang == "fi" else "s")  # fmt: skip

    # --- other identifiers ---------------------------------------------------------------

    def phone(self, note: _Note, lang: str) -> str:
        rng = self.rng
        region = rng.choice(numbers.REGIONS[lang])
        nsn, groups = numbers.draw(rng, region)
        written, shape = numbers.write(rng, region, nsn, groups)
        how = rng.choices(("plain", "hidden-full-width", "hidden-nbsp", "hidden-zwsp"),
                          (80, 7, 7, 6))[0]  # fmt: skip
        if how == "hidden-full-width":
            written = full_width(written)
        elif how == "hidden-nbsp" and " " in written:
            written = written.replace(" ", "\u00a0")
        elif how == "hidden-zwsp" and " " in written:
            written = written.replace(" ", " \u200b", 1)
        else:
            how = "plain"
        return self._x(written, "phone", f"{region}/{shape}", how, numbers.e164(region, nsn))

    def _x(self, written: str, kind: str, facets: str, how: str, value: str) -> str:
        self._pending = (written, kind, facets, how, value)
        return "{X}"

    def identity(self, lang: str) -> tuple[str, str, str, str]:
        rng = self.rng
        country = rng.choice(numbers.ID_COUNTRIES[lang])
        number, shape = numbers.BUILDERS[country][0](rng)
        how = rng.choices(("plain", "hidden-full-width", "hidden-zwsp"), (85, 8, 7))[0]
        written = number
        if how == "hidden-full-width":
            written = full_width(number)
        elif how == "hidden-zwsp":
            written = number[:4] + "\u200b" + number[4:]
        cue = rng.choice(numbers.ID_CUES[country])
        return cue, written, f"{country}/{shape}/{how}", number

    def date(self, lang: str) -> tuple[str, str]:
        rng = self.rng
        day = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randrange(0, 700))
        d, m, y = day.day, day.month, day.year
        month = lx.MONTHS[lang].split()[m - 1]
        wd = lx.WEEKDAYS[lang].split()[day.weekday()]
        short = lx.WEEKDAY_SHORT[lang].split()[day.weekday()]
        ords = lx.ORDINALS[lang].split()
        shapes = {
            "sv": {"iso": day.isoformat(), "slash": f"{d}/{m}", "slash-year": f"{d}/{m} {y}",
                   "long": f"{d} {month} {y}", "day-month": f"den {d} {month}",
                   "abbr": f"{d} {month[:3]}", "weekday": f"{wd} {d} {month}",
                   "weekday-short": f"{short} {d}/{m}", "colon-e": f"{d}:e {month}",
                   "ordinal-word": f"den {ords[min(d, 12) - 1]} {month}",
                   "range": f"{d}–{d + 2} {month}" if d < 27 else f"{d} {month}"},
            "en": {"iso": day.isoformat(), "us": f"{m:02d}/{d:02d}/{y}",
                   "uk": f"{d:02d}/{m:02d}/{y}",
                   "long": f"{d} {month} {y}", "month-first": f"{month} {d}, {y}",
                   "abbr": f"{short} {d} {month[:3]}", "th": f"{d}th of {month}" if 4 <= d <= 20
                   else f"{d} {month}", "ordinal-word": f"the {ords[min(d, 12) - 1]} of {month}",
                   "range": f"{d}–{d + 2} {month}" if d < 27 else f"{d} {month}"},
            "no": {"iso": day.isoformat(), "dotted": f"{d:02d}.{m:02d}.{y}",
                   "long": f"{d}. {month} {y}",
                   "day-month": f"{d}. {month}", "weekday": f"{wd} {d}. {month}",
                   "short": f"{d}.{m}.", "ordinal-word": f"den {ords[min(d, 12) - 1]} {month}",
                   "range": f"{d}.–{d + 2}. {month}" if d < 27 else f"{d}. {month}"},
            "da": {"iso": day.isoformat(), "dotted": f"{d}.{m}.{y}", "slash-dash": f"{d}/{m}-{y}",
                   "long": f"{d}. {month} {y}", "weekday": f"{wd} den {d}. {month}",
                   "weekday-short": f"{short} {d}/{m}",
                   "ordinal-word": f"den {ords[min(d, 12) - 1]} {month}",
                   "range": f"{d}.–{d + 2}. {month}" if d < 27 else f"{d}. {month}"},
            "fi": {"iso": day.isoformat(), "dotted": f"{d}.{m}.{y}", "short": f"{d}.{m}.",
                   "long": f"{d}. {month} {y}", "weekday-short": f"{short} {d}.{m}.",
                   "weekday": f"{wd} {d}.{m}.{y}",
                   "ordinal-word": f"{lx.FI_MONTH_GEN.split()[m - 1]} {ords[min(d, 12) - 1]} päivä",
                   "range": f"{d}.–{d + 2}.{m}." if d < 27 else f"{d}.{m}."},
        }[lang]  # fmt: skip
        shape = rng.choice(sorted(shapes))
        return shapes[shape], shape

    def address(self, lang: str) -> str:
        rng = self.rng
        stems, ends = lx.STREETS[lang]
        street = f"{rng.choice(stems)}{rng.choice(ends)} {rng.randint(1, 88)}"
        extra = rng.random()
        if lang == "sv" and extra < 0.3:
            street += f", lgh {rng.randint(1001, 1304)}"
        elif lang == "da" and extra < 0.4:
            street += f", {rng.randint(1, 4)}. {rng.choice(('th', 'tv', 'mf'))}"
        elif lang == "fi" and extra < 0.4:
            street += f" {rng.choice('ABC')} {rng.randint(1, 30)}"
        elif lang == "no" and extra < 0.3:
            street += rng.choice("ABC")
        elif lang == "en" and extra < 0.3:
            street = f"Flat {rng.randint(1, 12)}, {street}"
        if rng.random() < 0.6:
            town = rng.choice(self.towns[lang])
            code = {
                "sv": f"{rng.randint(100, 985)} {rng.randint(10, 99)}",
                "no": f"{rng.randint(1, 9990):04d}",
                "da": f"{rng.randint(1000, 9990)}",
                "fi": f"{rng.randint(100, 99990):05d}",
                "en": f"{rng.choice('BLMNS')}{rng.choice('ELNS')}{rng.randint(1, 20)} "
                f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTUW')}",
            }[lang]
            street += f", {code} {town}"
        return street

    def email(self, lang: str, owner: tuple[str, str] | None = None) -> str:
        """An address made from `owner`'s (given, family) name, or a registered person's."""
        rng = self.rng
        if owner is None:
            p = rng.choice(self.people[lang])
            owner = (p.given, p.family)
        given, family = owner
        local = fold(f"{given}.{family}").lower().replace(" ", "").replace("'", "")
        if rng.random() < 0.3:
            local = fold(given[0] + family).lower().replace(" ", "")
        return f"{local}@{rng.choice(lx.DOMAINS[lang])}"

    def url(self, lang: str) -> str:
        rng = self.rng
        tld = {"sv": "se", "en": "org.uk", "fi": "fi", "no": "no", "da": "dk"}[lang]
        path = rng.choice(("blankett", "kontakt", "info", "sok", "apply", "lomake", "skjema"))
        return f"https://www.{rng.choice(lx.ORGS)}.{tld}/{path}/{rng.randint(10, 999)}"

    # --- lines -----------------------------------------------------------------------------

    def text_line(self, lang: str) -> str:
        rng = self.rng
        if rng.random() < 0.12:
            word = self.word_turn[lang].take()
            return self.word_bags[lang][word].take()
        return " ".join(self.sentences[lang].take() for _ in range(rng.choice((1, 1, 2, 3))))

    def identifier(self, note: _Note) -> None:
        """One line of the note's style carrying one or more identifiers."""
        rng, lang, style = self.rng, note.lang, note.style
        kinds = list(KIND_WEIGHTS)
        kind = rng.choices(kinds, [KIND_WEIGHTS[k] for k in kinds])[0]
        prefix = ""
        if style == "interview":
            pair = rng.choice(lx.SPEAKERS[lang])
            prefix = f"{rng.choice(pair)}: "
        elif style == "observation":
            prefix = f"{rng.randint(7, 21):02d}.{rng.randint(0, 59):02d} "
        elif style == "sms":
            prefix = f"[{rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}] {lx.ME[lang]}: "
        elif style == "list":
            prefix = f"{rng.randint(1, 9)}. "
        if kind == "name":
            where = rng.random()
            if where < 0.2 and style in ("interview", "sms", "diary", "pasted"):
                self.name(note, lang)  # the name opens the line, a published sentence follows
                note.add(": " if style == "interview" else ". ")
                note.add(self.sentences[lang].take() + "\n")
                return
            if where < 0.4:
                note.add(prefix + rng.choice(lx.LABELS[lang]) + " ")
                self.name(note, lang)
                note.add("\n")
                return
            if where < 0.6 and lang != "en":
                frame = rng.choice(lx.GLUED_FRAMES[lang])
                head, rest = frame.split("{N}")
                note.add(prefix + head)
                self.name(note, lang, glued=True)
                note.add(rest.replace("{S}", "") + "\n")
                return
            frame = rng.choice(lx.NAME_FRAMES[lang])
            head, rest = frame.split("{N}")
            note.add(prefix + head)
            self.name(note, lang)
            note.add(rest + " " + self.sentences[lang].take() + "\n")
            return
        if kind == "personnummer":
            cue, written, facets, value = self.identity(lang)
            note.add(f"{prefix}{cue} ")
            note.plant(written, "personnummer", f"{style}/{facets}", value)
            note.add("\n")
            return
        if kind == "phone":
            self.phone(note, lang)
            written, _, facets, how, value = self._pending
            if rng.random() < 0.5:
                cue = rng.choice(numbers.PHONE_CUES[lang])
                note.add(f"{prefix}{cue} ")
                note.plant(written, "phone", f"{style}/{facets}/cue/{how}", value)
                note.add("\n")
            else:
                head, rest = rng.choice(lx.FRAMES["phone"][lang]).split("{X}")
                note.add(prefix + head)
                note.plant(written, "phone", f"{style}/{facets}/bare/{how}", value)
                note.add(rest + "\n")
            return
        if kind == "date":
            written, shape = self.date(lang)
            head, rest = rng.choice(lx.FRAMES["date"][lang]).split("{X}")
            note.add(prefix + head)
            note.plant(written, "date", f"{style}/{lang}/{shape}", written)
            note.add(rest + "\n")
            return
        if kind == "place":
            written = rng.choice(self.places[lang])
            key = self.place_keys[written]
            head, rest = rng.choice(lx.FRAMES["place"][lang]).split("{X}")
            note.add(prefix + head)
            note.plant(written, "place", f"{style}/{lang}/town", written, True, key)
            note.add(rest + "\n")
            return
        make = {"email": self.email, "url": self.url, "address": self.address}[kind]
        written = make(lang)
        head, rest = rng.choice(lx.FRAMES[kind][lang]).split("{X}")
        note.add(prefix + head)
        note.plant(written, kind, f"{style}/{lang}/{kind}", written)
        note.add(rest + "\n")

    def text(self, note: _Note) -> None:
        rng, lang, style = self.rng, note.lang, note.style
        line = self.text_line(lang)
        if style == "interview":
            pair = rng.choice(lx.SPEAKERS[lang])
            note.add(f"{rng.choice(pair)}: {line}\n")
        elif style == "observation":
            note.add(f"{rng.randint(7, 21):02d}.{rng.randint(0, 59):02d} {line}\n")
        elif style == "sms":
            note.add(f"[{rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}] {line}\n")
        elif style == "pasted":
            words, out, width = line.split(), [], rng.randint(58, 78)
            current = ""
            for w in words:
                if current and len(current) + 1 + len(w) > width:
                    out.append(current)
                    current = w
                else:
                    current = f"{current} {w}" if current else w
            out.append(current)
            note.add("\n".join(out) + "\n")
        elif style == "list":
            note.add(f"- {line}\n")
        else:
            note.add(line + "\n")

    def opening(self, note: _Note) -> None:
        """The note's heading and the lines its layout opens with."""
        rng, lang, style = self.rng, note.lang, note.style
        head = rng.choice(lx.HEADINGS[style][lang])
        tail = rng.choice(("", "a", "b", "/2", f" ({lx.DRAFT[lang]})"))
        note.add(f"{head} {rng.randint(1, 999)}{tail}\n")
        if style == "email":
            fr, to, dt, sub = lx.HEADER[lang]
            note.add(fr + " ")
            note.style = "header"
            self.name(note, lang)
            note.add(" <")
            written = self.email(lang, self.last_name)
            note.plant(written, "email", f"header/{lang}/email", written)
            note.add(">\n")
            if rng.random() < 0.4:
                note.add(to + " ")
                written = self.email(lang)
                note.plant(written, "email", f"header/{lang}/email", written)
                note.add("\n")
            if rng.random() < 0.5:
                note.add(dt + " ")
                written, shape = self.date(lang)
                note.plant(written, "date", f"header/{lang}/{shape}", written)
                note.add("\n")
            note.add(f"{sub} {rng.choice(lx.SUBJECTS[lang])}\n\n")
            note.style = "email"
        elif style == "list":
            present, absent = lx.PRESENT[lang]
            note.add(present + " ")
            for i in range(rng.randint(1, 3)):
                if i:
                    note.add(", ")
                self.name(note, lang, present=True)
            if rng.random() < 0.4:
                note.add("\n" + absent + " ")
                self.name(note, lang, present=True)
            note.add("\n\n")
        elif style == "diary":
            written, shape = self.date(lang)
            note.plant(written, "date", f"diary/{lang}/{shape}", written)
            note.add("\n")

    def closing(self, note: _Note) -> None:
        if note.style != "email":
            return
        rng, lang = self.rng, note.lang
        note.style = "signature"
        note.add("\n" + rng.choice(lx.SIGNOFFS[lang]) + "\n")
        self.name(note, lang)
        note.add("\n")
        if rng.random() < 0.6:
            self.phone(note, lang)
            written, _, facets, how, value = self._pending
            note.plant(written, "phone", f"signature/{facets}/bare/{how}", value)
            note.add("\n")
        note.style = "email"


def _finish(w: _Writer, index: int, note: _Note, planted: list, ordinary: list) -> str:
    text = note.text()
    spans = []
    for start, end, kind, form, value, exact, key in note.spans:
        written = text[start:end]
        if kind == "name":
            category = name_category(written, exact, key, text, start, end, w.forms)
            parts = form.split("/")
            parts[2] = category
            form = "/".join(parts)
        planted.append(Planted(index, start, end, kind, form, value, exact, key))
        spans.append((start, end))
    for m in WORD.finditer(text):
        if m.group().lower() not in w.person_forms:
            continue
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        before = text[: m.start()].rstrip(" \t")
        initial = not before or before[-1] in "\n.!?:"
        where = "initial" if initial else "inner"
        ordinary.append(Ordinary(index, m.start(), m.end(), m.group(), f"homograph/{where}"))
    return text


def generate_heldout_u(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    """Notes of about `size` bytes with `per_kb` identifiers per kilobyte, made the same way
    every time for the same seed."""
    w = _Writer(seed)
    rng = w.rng
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    total = 0
    count = 0
    langs, lweights = list(LANG_WEIGHTS), list(LANG_WEIGHTS.values())
    styles, sweights = list(STYLE_WEIGHTS), list(STYLE_WEIGHTS.values())
    while total < size:
        lang = rng.choices(langs, lweights)[0]
        style = rng.choices(styles, sweights)[0]
        note = _Note(lang, style)
        target = rng.randint(1100, 3900)
        w.opening(note)
        while True:
            size_now = note.size()
            if size_now >= target or total + size_now >= size:
                break
            due = per_kb * (total + size_now) / 1000 - (count + len(note.spans))
            if due > 0:
                w.identifier(note)
            else:
                w.text(note)
        w.closing(note)
        index = len(texts)
        text = _finish(w, index, note, planted, ordinary)
        texts.append(text)
        total += len(text.encode("utf-8"))
        count = len(planted)
    return Corpus(texts=texts, registry_people=list(w.registry), planted=planted,
                  ordinary=ordinary)  # fmt: skip


def check(corpus: Corpus) -> None:
    """Raise ValueError when a gold span or ordinary word is not what its offsets say."""
    by_text: dict[int, list[Planted]] = defaultdict(list)
    for p in corpus.planted:
        if not 0 <= p.start < p.end <= len(corpus.texts[p.text]):
            raise ValueError(f"{p} is out of its text")
        by_text[p.text].append(p)
    for spans in by_text.values():
        spans.sort(key=lambda p: p.start)
        for a, b in zip(spans, spans[1:], strict=False):
            if b.start < a.end:
                raise ValueError(f"{a} and {b} overlap")
    for o in corpus.ordinary:
        if corpus.texts[o.text][o.start : o.end] != o.word:
            raise ValueError(f"{o} is not its text")
        if any(p.start < o.end and o.start < p.end for p in by_text.get(o.text, [])):
            raise ValueError(f"{o} is inside an identifier")
