"""Held-out AE: fieldwork notes of a Danish study of how schools run their computers (teachers,
IT coordinators, parents), written in English with Danish contact sheets and Danish handbook
excerpts pasted in. `generate_heldout_ae(seed, size, per_kb)` returns a `Corpus` whose every
identifier is recorded exactly, and every ordinary use of a registered person's name-word.
Nobody who writes or tunes the redactor may read this package (see README.md)."""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from casebook.deid.registry import PERSON, PLACE, NameEntry, ascii_fold

from bench.heldout_ae import lexicon, numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 9631
REALISTIC = 0.7

KIND_WEIGHTS = {"name": 20, "date": 14, "phone": 11, "place": 9, "address": 8, "email": 7,
                "url": 6, "personnummer": 7}  # fmt: skip
LAYOUTS = {"ticket": 16, "minutes": 14, "interview": 15, "chat": 14, "email": 15, "sheet": 11,
           "diary": 15}  # fmt: skip
REGISTERED = {"da": 48, "en": 14, "sv": 16, "no": 12, "fi": 12, "moved": 28}
STRANGER_LANGS = {"da": 34, "en": 20, "sv": 12, "no": 10, "fi": 10, "moved": 14}
COUNTRY = {"da": "da", "en": "en", "sv": "sv", "no": "no", "fi": "fi", "moved": "da"}
WORD_SENTENCE_EVERY = 34  # one filler sentence in this many serves a word-name
DANISH_BLOCK = 0.3  # share of notes with a pasted Danish excerpt
HIDDEN_NAME = {
    "invisible-soft-hyphen": "\u00ad",
    "invisible-zwsp": "\u200b",
    "invisible-zwj": "\u200d",
    "invisible-word-joiner": "\u2060",
    "invisible-bom": "\ufeff",
}
KEYS_NEAR = {
    "a": "sq", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj",
    "i": "uo", "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o",
    "r": "et", "s": "ad", "t": "ry", "u": "yi", "v": "cb", "w": "qe", "y": "tu",
}  # fmt: skip
SLOT = re.compile(r"\{(N2|Ng|N|D|P|T|A|E|U|C)\}")
WORD = re.compile(r"[^\W\d_]+")


def hidden(text: str) -> bool:
    """An invisible or compatibility character inside `text` (scoring's reading)."""
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


@cache
def _vocabulary() -> frozenset[str]:
    """Every word the notes write outside identifiers: published and own sentences, frames,
    labels, prompts, streets and towns (lower case)."""
    texts: list[str] = [*people.OWN_ORDINARY["en"]]
    for sentences in people.sentences().values():
        texts += sentences
    for value in vars(lexicon).values():
        stack = [value]
        while stack:
            v = stack.pop()
            if isinstance(v, str):
                texts.append(v)
            elif isinstance(v, dict):
                stack += list(v.keys()) + list(v.values())
            elif isinstance(v, list | tuple):
                stack += list(v)
    return frozenset(w.lower() for t in texts for w in WORD.findall(t))


@dataclass
class _Person:
    key: str | None
    given: str
    family: str
    lang: str
    weight: float = 1.0

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


class _Deck:
    def __init__(self, items: list, rng: random.Random) -> None:
        self.items, self.rng, self.left = list(items), rng, []

    def draw(self):  # noqa: ANN201
        if not self.left:
            self.left = self.items[:]
            self.rng.shuffle(self.left)
        return self.left.pop()


class _Note:
    def __init__(self, budget: int) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.b = 0
        self.left = budget
        self.spans: list[list] = []

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)
        self.b += len(s.encode("utf-8"))

    def plant(self, kind: str, written: str, value: str, form: list, key: str | None = None,
              exact: bool = False) -> None:  # fmt: skip
        start = self.n
        self.add(written)
        self.spans.append([start, self.n, kind, form, value, exact, key])
        self.left -= 1

    def text(self) -> str:
        return "".join(self.parts)


def _fold(s: str) -> str:
    """`s` without diacritics, its case kept ("Søren" -> "Soren")."""
    out = []
    for c in s:
        f = ascii_fold(c.lower()) if c.isalpha() else c
        out.append(f.upper() if c.isupper() else f)
    return "".join(out)


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in s)


class _Gen:
    def __init__(self, seed: int, per_kb: float) -> None:
        self.rng = rng = random.Random(seed)
        self.per_kb = per_kb
        self.bytes = 0
        self.planted = 0
        self.registered: list[_Person] = []
        self.strangers: dict[str, tuple[list[str], list[str]]] = {}
        self._people()
        self.towns = [(f"ae-t{i}", t) for i, t in enumerate(lexicon.TOWNS)]
        self.en = _Deck(people.pool("en"), rng)
        self.da = _Deck(people.pool("da"), rng)
        words = people.WORD_NAMES_BY_LANG["en"]
        published = people.word_sentences("en")
        self.word_turn = _Deck(words, rng)
        self.word_decks = {
            w: _Deck(
                [s for s in people.OWN_ORDINARY["en"] if w.lower() in _words_of(s)]
                + published.get(w.lower(), []),
                rng,
            )
            for w in words
        }
        self.filler_count = 0
        self.frames = {k: _Deck(v, rng) for k, v in lexicon.FRAMES.items()}
        self.frames["genitive"] = _Deck([f for f in lexicon.FRAMES["name"] if "{Ng}" in f], rng)
        self.frames["name"] = _Deck([f for f in lexicon.FRAMES["name"] if "{Ng}" not in f], rng)
        self.da_frames = {k: _Deck(v, rng) for k, v in lexicon.DANISH_FRAMES.items()}

    # --- people ---------------------------------------------------------------------------

    def _people(self) -> None:
        rng = self.rng
        taken: set[str] = set()
        for lang in (*people.NAME_LANGS, "moved"):
            g, f = people.given(lang), people.family(lang)
            rng.shuffle(g)
            rng.shuffle(f)
            kg, kf = round(len(g) * 0.62), round(len(f) * 0.62)
            self.strangers[lang] = (g[kg:], f[kf:])
            made = 0
            while made < REGISTERED[lang]:
                p = _Person(None, rng.choice(g[:kg]), rng.choice(f[:kf]), lang)
                if p.full in taken:
                    continue
                taken.add(p.full)
                p.key = f"ae-p{len(self.registered)}"
                p.weight = 1.6 if COUNTRY[lang] == "da" else 1.0
                self.registered.append(p)
                made += 1
        en = [p for p in self.registered if p.lang == "en"]
        for w in people.GIVEN_WORD_NAMES["en"]:
            p = _Person(f"ae-p{len(self.registered)}", w, rng.choice(en).family, "en", 0.0)
            self.registered.append(p)
        for w in people.FAMILY_WORD_NAMES["en"]:
            p = _Person(f"ae-p{len(self.registered)}", rng.choice(en).given, w, "en", 0.0)
            self.registered.append(p)
        reg_words = {w.lower() for p in self.registered for w in (p.given, p.family)}
        for lang, (g, f) in self.strangers.items():
            self.strangers[lang] = (
                [x for x in g if x.lower() not in reg_words],
                [x for x in f if x.lower() not in reg_words],
            )
        self.weights = [p.weight for p in self.registered]
        self.word_people = _Deck([p for p in self.registered if p.weight == 0.0], rng)

    def entries(self) -> list[NameEntry]:
        out = [
            NameEntry(key=p.key or "", canonical=p.full, tag=f"[PERSON {i + 1}]", kind=PERSON)
            for i, p in enumerate(self.registered)
        ]
        out += [
            NameEntry(key=k, canonical=t, tag=f"[PLACE {i + 1}]", kind=PLACE)
            for i, (k, t) in enumerate(self.towns)
        ]
        return out

    def person(self) -> _Person:
        rng = self.rng
        if rng.random() < 0.7:
            if rng.random() < 0.3:  # the word-name bearers in turn
                return self.word_people.draw()
            return rng.choices(self.registered, self.weights)[0]
        lang = rng.choices(list(STRANGER_LANGS), list(STRANGER_LANGS.values()))[0]
        g, f = self.strangers[lang]
        return _Person(None, rng.choice(g), rng.choice(f), lang)

    # --- identifiers ----------------------------------------------------------------------

    def name(self, note: _Note, style: str, p: _Person | None = None, genitive: bool = False,
             present: bool = False, part: str | None = None) -> _Person:  # fmt: skip
        rng = self.rng
        p = p or self.person()
        extra = ["present"] if present else []
        country = COUNTRY[p.lang]
        if p.key is None:
            written = p.full
            note.plant("name", written, written, [style, country, None, "stranger", *extra])
            if genitive:
                note.add("'s")
            return p
        family_word = p.family in people.FAMILY_WORD_NAMES["en"]
        part = (
            part
            or rng.choices(
                ["given", "full", "family"], [8, 50, 42] if family_word else [50, 33, 17]
            )[0]
        )
        form = {"given": p.given, "full": p.full, "family": p.family}[part]
        how = rng.choices(
            ["exact", "lower", "upper", "ascii", "misspelt", "invisible", "inflected"],
            [40, 9, 8, 9, 10, 9, 0] if not genitive else [20, 3, 3, 3, 4, 3, 90],
        )[0]
        if how == "ascii" and _fold(form) == form and p.weight == 0.0:
            how = "exact"  # a word-name bearer keeps their turn
        if how == "ascii" and _fold(form) == form:
            with_marks = [q for q in self.registered if _fold(q.full) != q.full]
            p = rng.choice(with_marks)
            country = COUNTRY[p.lang]
            form = {"given": p.given, "full": p.full, "family": p.family}[part]
            if _fold(form) == form:
                form, part = p.full, "full"
        if how == "inflected" and form.endswith(("s", "x", "z")):
            how = "exact"
        written, exact, detail = form, False, part
        if how == "exact":
            exact = True
        elif how == "inflected":
            exact = True
        elif how == "lower":
            written = form.lower()
        elif how == "upper":
            written = form.upper()
        elif how == "ascii":
            written = _fold(form)
            if written.lower() == form.lower():
                written, exact = form, True
        elif how == "misspelt":
            written, detail = self.slip(form, p)
            if written == form:
                exact = True
        elif how == "invisible":
            written, detail = self.invisible(form, p)
            if part != "full" and detail == "invisible-nbsp":
                form = p.full
        note.plant("name", written, form, [style, country, None, detail, *extra], p.key, exact)
        if genitive:
            note.add("s" if how == "inflected" else "'s")
        return p

    def slip(self, form: str, p: _Person) -> tuple[str, str]:
        rng = self.rng
        own = {f.lower() for f in (p.given, p.family, p.full)}
        folded = {ascii_fold(f) for f in own}
        for _ in range(30):
            kind = rng.choice(["slip-drop", "slip-double", "slip-swap", "slip-key", "slip-space"])
            w = form
            letters = [i for i in range(1, len(w) - 1) if w[i].isalpha() and w[i - 1].isalpha()]
            if not letters:
                break
            i = rng.choice(letters)
            if kind == "slip-drop":
                w = w[:i] + w[i + 1 :]
            elif kind == "slip-double":
                w = w[:i] + w[i] + w[i:]
            elif kind == "slip-swap":
                if w[i] == w[i + 1] or not w[i + 1].isalpha():
                    continue
                w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
            elif kind == "slip-key":
                near = KEYS_NEAR.get(w[i].lower())
                if not near:
                    continue
                w = w[:i] + rng.choice(near) + w[i + 1 :]
            else:  # the space typed a letter early: "Mett eNielsen"
                if " " not in w:
                    continue
                j = w.index(" ")
                w = w[: j - 1] + " " + w[j - 1] + w[j + 1 :]
            if w.lower() not in own and ascii_fold(w.lower()) not in folded and w.strip() == w:
                return w, kind
        return form, "exact"

    def invisible(self, form: str, p: _Person) -> tuple[str, str]:
        rng = self.rng
        how = rng.choice([*HIDDEN_NAME, "invisible-full-width", "invisible-nbsp"])
        if how == "invisible-full-width":
            return _fullwidth(form), how
        if how == "invisible-nbsp":
            return p.given + "\u00a0" + p.family, how
        i = rng.randint(1, len(form) - 1)
        return form[:i] + HIDDEN_NAME[how] + form[i:], how

    def date(self, note: _Note, style: str, lang: str | None = None) -> None:
        rng = self.rng
        lang = lang or ("da" if rng.random() < 0.15 else "en")
        d = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 729))
        end = d + dt.timedelta(days=rng.randint(1, 4))
        if end.month != d.month:
            end = d
        months, days = lexicon.MONTHS[lang], lexicon.WEEKDAYS[lang]
        m, w, y, day = months[d.month - 1], days[d.weekday()], d.year, d.day
        if lang == "en":
            suffix = (
                "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
            )
            shapes = {
                "dmy": f"{day} {m} {y}",
                "mdy": f"{m} {day}, {y}",
                "abbr": f"{day} {m[:3]} {y}",
                "slash": f"{day:02d}/{d.month:02d}/{y}",
                "dotted": f"{day}.{d.month}.{y}",
                "iso": d.isoformat(),
                "weekday": f"{w} {day} {m}",
                "weekday-abbr": f"{w[:3]} {day}/{d.month}",
                "ordinal": f"the {day}{suffix} of {m}",
                "ordinal-short": f"{day}{suffix} {m}",
                "range": f"{day}–{end.day} {m}" if end != d else f"{day} {m}",
                "slash-short": f"{day}/{d.month}",
                "month-day": f"{m} {day}",
            }
        else:
            shapes = {
                "da-long": f"{day}. {m} {y}",
                "da-short": f"{day}. {m}",
                "da-numeric": f"{day:02d}.{d.month:02d}.{y}",
                "da-weekday": f"{w} den {day}. {m}",
                "da-range": f"{day}.–{end.day}. {m}" if end != d else f"{day}. {m}",
                "da-den": f"den {day}. {m}",
            }
        shape = rng.choice(list(shapes))
        written = shapes[shape]
        note.plant("date", written, d.isoformat(), [style, lang, shape])

    def phone(self, note: _Note, style: str, cue: str) -> None:
        rng = self.rng
        region = rng.choices(list(numbers.PLANS), list(numbers.PLANS.values()))[0]
        nsn, groups = numbers.draw(rng, region)
        written, shape = numbers.write(rng, region, nsn, groups)
        value = f"+{numbers.phonenumbers.country_code_for_region(region)}{nsn}"
        how = "plain"
        r = rng.random()
        if r < 0.05:
            written, how = _fullwidth(written), "hidden-full-width"
        elif r < 0.10:
            i = rng.randint(2, len(written) - 2)
            written, how = written[:i] + "\u200b" + written[i:], "hidden-zwsp"
        elif r < 0.15:
            if " " not in written:
                ph = numbers.phonenumbers
                written = ph.format_number(ph.parse(value), ph.PhoneNumberFormat.INTERNATIONAL)
                shape = "international"
            written, how = written.replace(" ", "\u00a0"), "hidden-nbsp"
        note.plant("phone", written, value, [style, region, shape, cue, how])

    def identity(self, note: _Note, style: str) -> None:
        rng = self.rng
        c = numbers.COUNTRY_WEIGHTS
        country = rng.choices(list(c), list(c.values()))[0]
        value, shape = numbers.BUILDERS[country][0](rng)
        written, how = value, "plain"
        r = rng.random()
        if r < 0.08:
            written, how = _fullwidth(value), "hidden-full-width"
        elif r < 0.16:
            i = rng.randint(2, len(value) - 2)
            written, how = value[:i] + "\u200b" + value[i:], "hidden-zwsp"
        note.plant("personnummer", written, value, [style, country, shape, how])

    def town(self, note: _Note, style: str) -> None:
        key, town = self.rng.choice(self.towns)
        note.plant("place", town, town, [style, "da", "registered"], key, True)

    def address(self, note: _Note, style: str) -> None:
        rng = self.rng
        L = lexicon
        country = rng.choices(["dk", "se", "no", "fi", "gb"], [60, 10, 10, 10, 10])[0]
        n = rng.randint(1, 120)
        town = rng.random() < 0.6
        if country == "dk":
            s = f"{rng.choice(L.DA_STREETS)} {n}{rng.choice(['', '', 'A', 'B'])}"
            shape = "street"
            if rng.random() < 0.4:
                s += f", {rng.choice(['st.', '1.', '2.', '3.', '4.'])} {rng.choice(['tv.', 'th.', 'mf.'])}"  # noqa: E501
                shape = "street-floor"
            if town:
                s += f", {rng.choice(L.DA_POST)}"
        elif country == "se":
            s, shape = f"{rng.choice(L.SV_STREETS)} {n}, lgh {rng.randint(1001, 1704)}", "lgh"
            if town:
                s += f", {rng.choice(L.SV_POST)}"
        elif country == "no":
            s, shape = f"{rng.choice(L.NO_STREETS)} {n}{rng.choice(['', 'B', 'C'])}", "street"
            if town:
                s += f", {rng.choice(L.NO_POST)}"
        elif country == "fi":
            s = f"{rng.choice(L.FI_STREETS)} {n} {rng.choice('ABC')} {rng.randint(1, 40)}"
            shape = "staircase"
            if town:
                s += f", {rng.choice(L.FI_POST)}"
        else:
            s, shape = f"{n} {rng.choice(L.EN_STREETS)}", "street"
            if rng.random() < 0.4:
                s, shape = f"Flat {rng.randint(1, 12)}, {s}", "flat"
            s += f", {rng.choice(L.EN_POST)}"
            town = True
        note.plant("address", s, s, [style, country, shape + ("-town" if town else "")])

    def email(self, note: _Note, style: str, p: _Person | None = None) -> None:
        rng = self.rng
        p = p or rng.choices(self.registered, self.weights)[0]

        def clean(s: str) -> str:
            return re.sub(r"[^a-z]", "", ascii_fold(s.lower()))

        shape = rng.choice(["first.last", "first", "initials"])
        g, f = clean(p.given), clean(p.family)
        local = {"first.last": f"{g}.{f}", "first": g, "initials": f"{g[:1]}{f[:3]}"}[shape]
        if shape == "initials":
            local += str(rng.randint(10, 99))
        written = f"{local}@{rng.choice(lexicon.DOMAINS)}"
        note.plant("email", written, written, [style, "en", shape])

    def url(self, note: _Note, style: str) -> None:
        rng = self.rng
        code = rng.choice(["7b", "4a", "9c", "3x", "lab", "aula", str(rng.randint(100, 9999))])
        t = rng.choice(lexicon.URLS)
        written = t.format(c=code)
        note.plant("url", written, written, [style, "en", "www" if written[0] == "w" else "https"])

    # --- text -----------------------------------------------------------------------------

    def frame(self, note: _Note, style: str, frame: str, cue: str = "sentence",
              lang: str = "en") -> None:  # fmt: skip
        for i, piece in enumerate(SLOT.split(frame)):
            if i % 2 == 0:
                note.add(piece)
            else:
                self.slot(note, style, piece, cue, lang)

    def slot(self, note: _Note, style: str, slot: str, cue: str, lang: str = "en") -> None:
        if slot in ("N", "N2"):
            self.name(note, style)
        elif slot == "Ng":
            self.name(note, style, genitive=True)
        elif slot == "D":
            self.date(note, style, "da" if lang == "da" else None)
        elif slot == "P":
            self.phone(note, style, cue)
        elif slot == "T":
            self.town(note, style)
        elif slot == "A":
            self.address(note, style)
        elif slot == "E":
            self.email(note, style)
        elif slot == "U":
            self.url(note, style)
        else:
            self.identity(note, style)

    def kind(self) -> str:
        return self.rng.choices(list(KIND_WEIGHTS), list(KIND_WEIGHTS.values()))[0]

    def id_frame(self, note: _Note, style: str, lang: str = "en") -> None:
        kind = self.kind()
        if lang == "da" and kind in self.da_frames:
            self.frame(note, style, self.da_frames[kind].draw(), lang="da")
            return
        if kind == "name" and self.rng.random() < 0.6:
            kind = "genitive"
        for _ in range(10):
            f = self.frames[kind].draw()
            if len(SLOT.findall(f)) <= max(1, note.left):
                break
        self.frame(note, style, f, "cue" if kind == "phone" and "on {P}" in f else "sentence")

    def filler(self, k: int | None = None) -> str:
        rng = self.rng
        out = []
        for _ in range(k or rng.choice([1, 1, 2, 2, 3])):
            self.filler_count += 1
            if self.filler_count % WORD_SENTENCE_EVERY == 0:
                if not out:  # a word-name sentence follows another sentence
                    out.append(self.en.draw())
                out.append(self.word_decks[self.word_turn.draw()].draw())
            else:
                out.append(self.en.draw())
        return " ".join(out)

    def want(self, note: _Note, target: int) -> bool:
        if note.left <= 0:
            return False
        room = max(1, target - note.b)
        return note.b >= target or self.rng.random() < min(1.0, note.left * 120 / room)

    def body(self, note: _Note, target: int, style: str, prefix) -> None:  # noqa: ANN001
        rng = self.rng
        while note.b < target or note.left > 0:
            note.add(prefix())
            if self.want(note, target):
                self.id_frame(note, style)
                if rng.random() < 0.4:
                    note.add(" " + self.filler(1))
            else:
                note.add(self.filler())
            note.add("\n")
            if note.b > target + 2500:
                break

    def danish_block(self, note: _Note) -> None:
        rng = self.rng
        note.add(rng.choice(lexicon.DANISH_HEAD) + "\n")
        note.add(" ".join(self.da.draw() for _ in range(rng.choice([1, 1, 2]))) + "\n")
        note.add(rng.choice(lexicon.DANISH_TAIL) + "\n")

    # --- layouts --------------------------------------------------------------------------

    def label(self, note: _Note, label: str, kind: str, alt: str, style: str = "label",
              p: _Person | None = None) -> _Person | None:  # fmt: skip
        note.add(label + " ")
        who = None
        if note.left > 0 and self.rng.random() < 0.5:
            if kind == "name":
                who = self.name(note, style, p)
            elif kind == "phone":
                self.phone(note, style, "cue")
            elif kind == "date":
                self.date(note, style, "da" if style == "sheet" else None)
            elif kind == "email":
                self.email(note, style, p)
            elif kind == "address":
                self.address(note, style)
            elif kind == "personnummer":
                self.identity(note, style)
            elif kind == "place":
                self.town(note, style)
        else:
            note.add(alt)
        note.add("\n")
        return who

    def ticket(self, note: _Note, target: int) -> None:
        rng = self.rng
        note.add(f"{lexicon.TITLES['en']['ticket']} {rng.randint(1000, 9999)}\n")
        reporter = rng.choice(["a pupil in 7B", "office", "a parent"])
        self.label(note, "Reported by:", "name", reporter)
        self.label(note, "Assigned to:", "name", rng.choice(lexicon.TEAMS))
        if rng.random() < 0.5:
            self.label(note, "Contact:", "phone", "via the office")
        note.add("Description:\n")
        self.body(note, int(target * 0.55), "ticket", lambda: "")
        if rng.random() < DANISH_BLOCK:
            self.danish_block(note)
        note.add("Log:\n")
        while note.b < target or note.left > 0:
            note.add(rng.choice(lexicon.CLOCK) + " ")
            if note.left > 0 and rng.random() < 0.5:
                self.name(note, "ticket")
            else:
                note.add(rng.choice(lexicon.TEAMS))
            note.add(": ")
            if self.want(note, target):
                self.id_frame(note, "ticket")
            else:
                note.add(self.filler())
            note.add("\n")
            if note.b > target + 2500:
                break
        note.add(rng.choice(lexicon.STATUS) + "\n")

    def minutes(self, note: _Note, target: int) -> None:
        rng = self.rng
        note.add(f"{lexicon.TITLES['en']['minutes']} meeting {rng.randint(1, 400)}\n")
        note.add("Present: ")
        k = rng.randint(2, 5)
        for i in range(k):
            if note.left > 2 or (note.left > 0 and rng.random() < 0.3):
                self.name(note, "list", present=True)
            else:
                note.add(rng.choice(["the head", "two teachers", "the caretaker"]))
            if rng.random() < 0.5:
                note.add(f" ({rng.choice(lexicon.ROLES)})")
            note.add(", " if i < k - 1 else "\n")
        if rng.random() < 0.4:
            self.label(note, "Apologies:", "name", "none", "list")
        items = rng.sample(lexicon.ITEMS, rng.randint(2, 4))
        for j, item in enumerate(items):
            note.add(f"Item {j + 1} – {item}\n")
            self.body(note, int(target * (j + 1) / (len(items) + 0.5)), "minutes", lambda: "")
            if rng.random() < 0.5:
                note.add("Action: ")
                if note.left > 0:
                    self.name(note, "minutes")
                else:
                    note.add(rng.choice(lexicon.ACTORS))
                note.add(f" {rng.choice(lexicon.ACTIONS)}.\n")
        if rng.random() < DANISH_BLOCK:
            self.danish_block(note)
        self.label(note, "Next meeting:", "date", "to be decided")

    def interview(self, note: _Note, target: int) -> None:
        rng = self.rng
        code = f"T-{rng.randint(1, 99):02d}"
        note.add(f"{lexicon.TITLES['en']['interview']} {code}\n")
        who = self.label(note, "Teacher:", "name", code)
        if rng.random() < 0.5:
            note.add("Also present: ")
            if note.left > 0:
                self.name(note, "list", present=True)
            else:
                note.add("nobody")
            note.add(f" ({rng.choice(lexicon.ROLES)})\n")
        q = rng.choice(lexicon.INTERVIEWER)
        a = rng.choice(lexicon.ANSWER)
        speaker = who if who is not None and who.key is not None and rng.random() < 0.6 else None
        while note.b < target or note.left > 0:
            note.add(f"{q} {rng.choice(lexicon.PROMPTS)}\n")
            if speaker is not None and note.left > 0 and rng.random() < 0.7:
                self.name(note, "interview", speaker, part="given")
                note.add(": ")
            else:
                note.add(a + " ")
            if self.want(note, target):
                self.id_frame(note, "interview")
                note.add(" " + self.filler(1))
            else:
                note.add(self.filler())
            note.add("\n")
            if note.b > target + 2500:
                break

    def chat(self, note: _Note, target: int) -> None:
        rng = self.rng
        note.add(f"{lexicon.TITLES['en']['chat']}{rng.choice(lexicon.CHANNELS)}\n")
        while note.b < target or note.left > 0:
            note.add(f"[{rng.choice(lexicon.CLOCK)}] ")
            if note.left > 0 and rng.random() < 0.25:
                self.name(note, "chat")
            else:
                note.add(rng.choice(["me", "Helpdesk", "IT team", "office"]))
            note.add(": ")
            if self.want(note, target):
                self.id_frame(note, "chat")
            else:
                note.add(self.filler(rng.choice([1, 1, 2])))
            note.add("\n")
            if note.b > target + 2500:
                break
        note.add("(end of export)\n")

    def email_note(self, note: _Note, target: int) -> None:
        rng = self.rng
        note.add(lexicon.TITLES["en"]["email"] + "\n")
        note.add("From: ")
        sender = None
        if note.left > 0 and rng.random() < 0.6:
            sender = self.name(note, "header", part="full")
            if note.left > 0 and rng.random() < 0.4:
                note.add(" <")
                self.email(note, "header", sender)
                note.add(">")
        else:
            note.add(rng.choice(lexicon.TEAMS))
        note.add("\nTo: research team\n")
        if rng.random() < 0.3:
            self.label(note, "Cc:", "name", "head of school", "header")
        if rng.random() < 0.5:
            self.label(note, "Date:", "date", "yesterday", "header")
        note.add(f"Subject: {rng.choice(lexicon.SUBJECTS)} {rng.randint(2, 40)}\n\n")
        if note.left > 0 and rng.random() < 0.5:
            g = rng.choice(lexicon.GREETINGS_NAMED)
            head, tail = g.split("{G}")
            note.add(head)
            self.name(note, "email", part="given")
            note.add(tail + "\n")
        else:
            note.add(rng.choice(lexicon.GREETINGS_PLAIN) + "\n")
        reserve = min(note.left, rng.choice([1, 1, 2])) if sender is not None else 0
        note.left -= reserve
        self.body(note, target, "email", lambda: "")
        note.left += reserve
        note.add(rng.choice(lexicon.SIGNOFFS) + "\n")
        if sender is not None and note.left > 0:
            self.name(note, "signature", sender, part=rng.choice(["given", "full"]))
            note.add("\n")
        else:
            note.add(rng.choice(lexicon.TEAMS) + "\n")
        if note.left > 0 and rng.random() < 0.5:
            note.add(rng.choice(["Mobile: ", "Tel. ", "Mobil: ", "Phone "]))
            self.phone(note, "signature", "cue")
            note.add("\n")

    def sheet(self, note: _Note, target: int) -> None:
        rng = self.rng
        code = f"E-{rng.randint(100, 999)}"
        note.add(f"{lexicon.TITLES['en']['sheet']} {code}\n")
        self.label(note, "Elev:", "name", code, "sheet")
        fields = [("Forælder:", "name", "se skolens system"),
                  ("Cpr-nr.:", "personnummer", "ikke oplyst"),
                  ("Adresse:", "address", "ikke oplyst"), ("Mobil:", "phone", "ikke oplyst"),
                  ("E-mail:", "email", "ikke oplyst"), ("Kommune:", "place", "ikke oplyst"),
                  ("Dato:", "date", "ikke oplyst")]  # fmt: skip
        for label, kind, alt in fields:
            if rng.random() < 0.6:
                self.label(note, label, kind, alt, "sheet")
        note.add(rng.choice(["Bemærkninger:", "Noter:", "Notes:"]) + "\n")
        if rng.random() < 0.5:
            note.add("- ")
            self.frame(note, "sheet", self.da_frames[rng.choice(["name", "date", "phone"])].draw(),
                       lang="da")  # fmt: skip
            note.add("\n")
        if rng.random() < DANISH_BLOCK * 1.5:
            self.danish_block(note)
        self.body(note, target, "sheet", lambda: "- ")

    def diary(self, note: _Note, target: int) -> None:
        rng = self.rng
        note.add(f"{lexicon.TITLES['en']['diary']} day {rng.randint(1, 180)}\n")
        bullet = rng.choice(["- ", "• ", ""])
        if rng.random() < DANISH_BLOCK:
            self.body(note, target // 2, "diary", lambda: bullet)
            self.danish_block(note)
        self.body(note, target, "diary", lambda: bullet)

    # --- assembling -----------------------------------------------------------------------


def _words_of(s: str) -> set[str]:
    return {w.lower() for w in WORD.findall(s)}


def _initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(" ")
    if not before or before[-1] in "\n.!?:-–•([":
        return True
    return bool(re.search(r"\d\d:\d\d\]?$", before))


def generate_heldout_ae(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    gen = _Gen(seed, per_kb)
    rng = gen.rng
    entries = gen.entries()
    forms = {e.key: entry_forms(e) for e in entries}
    person_words: set[str] = set()
    for e in entries:
        if e.kind == PERSON:
            person_words |= {f for f in forms[e.key] if " " not in f}
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    layouts = list(LAYOUTS)
    while gen.bytes < size:
        target = rng.randint(1200, 4000)
        remaining = size - gen.bytes
        if remaining < target + 900:
            target = remaining
        budget = round(per_kb * (gen.bytes + target) / 1000) - gen.planted
        note = _Note(max(0, budget))
        layout = rng.choices(layouts, list(LAYOUTS.values()))[0]
        {
            "ticket": gen.ticket,
            "minutes": gen.minutes,
            "interview": gen.interview,
            "chat": gen.chat,
            "email": gen.email_note,
            "sheet": gen.sheet,
            "diary": gen.diary,
        }[layout](note, target)
        text = note.text().rstrip("\n")
        index = len(texts)
        texts.append(text)
        gen.bytes += len(text.encode("utf-8"))
        spans = []
        for start, end, kind, form, value, exact, key in note.spans:
            if kind == "name":
                category = name_category(text[start:end], exact, key, text, start, end, forms)
                form = [*form[:2], category, *form[3:]]
            planted.append(Planted(index, start, end, kind, "/".join(form), value, exact, key))
            spans.append((start, end))
        gen.planted += len(note.spans)
        for m in WORD.finditer(text):
            if m.group().lower() in person_words and not any(
                s < m.end() and m.start() < e for s, e in spans
            ):
                where = "initial" if _initial(text, m.start()) else "inner"
                ordinary.append(
                    Ordinary(index, m.start(), m.end(), m.group(), f"homograph/{where}")
                )
    corpus = Corpus(texts=texts, registry_people=entries, planted=planted, ordinary=ordinary)
    check(corpus)
    return corpus


def check(corpus: Corpus) -> None:
    """Every span lies in its text, no two planted spans overlap, every ordinary word is its
    text and lies outside every identifier; raises ValueError otherwise."""
    by_text: dict[int, list[tuple[int, int]]] = {}
    for p in corpus.planted:
        text = corpus.texts[p.text]
        if not 0 <= p.start < p.end <= len(text):
            raise ValueError(f"{p} is out of its text")
        by_text.setdefault(p.text, []).append((p.start, p.end))
    for spans in by_text.values():
        spans.sort()
        for a, b in zip(spans, spans[1:], strict=False):
            if b[0] < a[1]:
                raise ValueError(f"planted spans {a} and {b} overlap")
    for o in corpus.ordinary:
        text = corpus.texts[o.text]
        if text[o.start : o.end] != o.word:
            raise ValueError(f"{o} is not its text")
        if any(s < o.end and o.start < e for s, e in by_text.get(o.text, [])):
            raise ValueError(f"{o} lies inside an identifier")
