"""Held-out AI: fieldwork notes of a study of charity-shop, food-bank and street-collection
volunteers in East Jutland, with planted identifiers. See README.md; nobody who writes or
tunes the redactor may read this package.

    corpus = generate_heldout_ai(SEED, 5_000_000)   # per_kb=REALISTIC identifiers a kilobyte
"""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import date, timedelta
from functools import cache

from casebook.deid.registry import PERSON, PLACE, NameEntry, ascii_fold

from bench.heldout_ai import lexicon, numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 9871
REALISTIC = 0.7
WORD = re.compile(r"[^\W\d_]+")
SLOT = re.compile(r"\{(N|P|E|U|D|A|T|I)(?::([a-z]+))?\}")
_HIDDEN = {
    "invisible-soft-hyphen": "\u00ad",
    "invisible-zwsp": "\u200b",
    "invisible-zwj": "\u200d",
    "invisible-word-joiner": "\u2060",
    "invisible-bom": "\ufeff",
}
_KEYS = "qwertyuiop asdfghjkl zxcvbnm".split()


def hidden(text: str) -> bool:
    """An invisible or compatibility character in `text`."""
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


# --- people and places ----------------------------------------------------------------------


@cache
def _vocabulary() -> frozenset[str]:
    """Every word the notes write outside identifiers (pools, frames, labels, word-name
    sentences), lower case."""
    texts = [s for v in people.sentences().values() for s in v]
    texts += [s for v in people.OWN_ORDINARY.values() for s in v]
    texts += [f for f, _ in lexicon.FRAMES] + [f for f, _ in lexicon.LABELS]
    texts += [*lexicon.TITLES.values(), *[t for v in lexicon.HEAD_TAILS.values() for t in v]]
    texts += [*lexicon.QUESTIONS, *lexicon.LEADS, *lexicon.FI_HEAD, *lexicon.FI_END]
    texts += [*lexicon.PRESENT, *lexicon.ROLES, *lexicon.SIGN_OFFS]
    texts += [g for v in lexicon.GREETINGS.values() for g in v]
    return frozenset(w.lower() for t in texts for w in WORD.findall(t))


def _usable(name: str) -> bool:
    return name.lower() not in _vocabulary()


@cache
def _cast() -> tuple[tuple[NameEntry, ...], dict[str, list[tuple[str, str]]], dict[str, str]]:
    """Registered people and towns, strangers by country, and each person's country."""
    rng = random.Random(SEED * 7 + 1)
    entries: list[NameEntry] = []
    country: dict[str, str] = {}
    strangers: dict[str, list[tuple[str, str]]] = {}
    taken: set[str] = {w.lower() for w in people.WORD_NAMES}
    spare: dict[str, tuple[list[str], list[str]]] = {}
    n = 0

    def add(full: str, lang: str) -> None:
        nonlocal n
        n += 1
        key = f"ai-p{n:03d}"
        entries.append(NameEntry(key, full, f"[Person {n}]"))
        country[key] = "da" if lang == "moved" else lang  # families who moved count as Danish
        taken.update(w.lower() for w in full.split())

    en_given = [g for g in people.given("en") if _usable(g)]
    en_family = [f for f in people.family("en") if _usable(f)]
    for i, word in enumerate(people.GIVEN_WORD_NAMES["en"]):
        add(f"{word} {en_family[i % len(en_family)]}", "en")
    for i, word in enumerate(people.FAMILY_WORD_NAMES["en"]):
        add(f"{en_given[i % len(en_given)]} {word}", "en")
    for lang in (*people.NAME_LANGS, "moved"):
        given = [g for g in people.given(lang) if _usable(g) and g.lower() not in taken]
        family = [f for f in people.family(lang) if _usable(f) and f.lower() not in taken]
        cut_g, cut_f = int(len(given) * 0.62), int(len(family) * 0.62)
        own_g, own_f = given[:cut_g], family[:cut_f]
        rng.shuffle(own_f)
        count = {"da": 30, "moved": 14, "en": 6}.get(lang, 12)
        for i in range(count):
            add(f"{own_g[i % len(own_g)]} {own_f[i % len(own_f)]}", lang)
        spare[lang] = (given[cut_g:], family[cut_f:])
    for lang, (spare_g, spare_f) in spare.items():  # strangers share no word with anyone
        bucket = "da" if lang == "moved" else lang  # registered, once all are registered
        free_g = [g for g in spare_g if g.lower() not in taken]
        free_f = [f for f in spare_f if f.lower() not in taken]
        strangers.setdefault(bucket, []).extend((g, f) for g in free_g for f in free_f)
    for lang in strangers:
        rng.shuffle(strangers[lang])
    for i, town in enumerate(lexicon.TOWNS, 1):
        entries.append(NameEntry(f"ai-t{i:02d}", town, f"[Place {i}]", kind=PLACE))
    return tuple(entries), strangers, country


# --- writing identifiers --------------------------------------------------------------------


class Note:
    """A note being written: its text so far and what was planted in it."""

    def __init__(self, style: str) -> None:
        self.style = style
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[tuple[int, int, str, str, str, bool, str | None]] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def plant(self, written: str, kind: str, form: str, value: str, exact: bool = False,
              key: str | None = None) -> None:  # fmt: skip
        self.spans.append((self.length, self.length + len(written), kind, form, value, exact, key))
        self.add(written)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        entries, self.strangers, self.country = _cast()
        self.people = [e for e in entries if e.kind == PERSON]
        self.towns = [e for e in entries if e.kind == PLACE]
        self.word_bearers = self.people[: len(people.WORD_NAMES)]
        self.accented = [e for e in self.people if _strip_accents(e.canonical) != e.canonical]
        self.deck: list[NameEntry] = []
        self.stranger_decks: dict[str, list[tuple[str, str]]] = {}
        self.pools = {lang: list(v) for lang, v in people.sentences().items()}
        self.pools["own"] = list(people.OWN_ORDINARY["en"])
        self.decks: dict[str, list[str]] = {}

    # decks: every item once before any again
    def draw(self, name: str) -> str:
        deck = self.decks.get(name)
        if not deck:
            deck = list(self.pools[name])
            self.rng.shuffle(deck)
            self.decks[name] = deck
        return deck.pop()

    def person(self) -> NameEntry:
        if self.rng.random() < 0.14:
            return self.rng.choice(self.word_bearers)
        if not self.deck:
            self.deck = list(self.people)
            self.rng.shuffle(self.deck)
        return self.deck.pop()

    def stranger(self) -> tuple[str, str]:
        lang = self.rng.choices(("da", "sv", "no", "fi", "en"), (6, 2, 1, 1, 2))[0]
        deck = self.stranger_decks.get(lang)
        if not deck:
            deck = list(self.strangers[lang])
            self.rng.shuffle(deck)
            self.stranger_decks[lang] = deck
        given, family = deck.pop()
        if self.rng.random() < 0.8:
            return f"{given} {family}", lang
        return given, lang

    # names --------------------------------------------------------------------------------
    def name(self, note: Note, ending: str = "", registered: bool | None = None) -> None:
        rng = self.rng
        if registered is None:
            registered = rng.random() < 0.72
        if not registered:
            written, lang = self.stranger()
            note.plant(written, "name", f"{note.style}/{lang}/unregistered/stranger", written)
            if ending:
                note.add(self._ending(written, ending))
            return
        e = self.person()
        lang = self.country[e.key]
        word_name = e.key in {b.key for b in self.word_bearers}
        words = e.canonical.split()
        if word_name:
            named = [w for w in words if w in people.WORD_NAMES]
            form_pick = rng.random()
            base = named[0] if form_pick < 0.7 else e.canonical
        else:
            base = rng.choice([words[0], words[-1], e.canonical, e.canonical])
        how = rng.choices(
            ("exact", "lower", "upper", "ascii", "misspelt", "invisible"),
            (50, 9, 8, 8, 14, 13),
        )[0]
        if ending:
            how = rng.choice(("exact", "exact", "lower", "misspelt"))
        elif how == "invisible" and rng.random() < 0.5:
            base = e.canonical  # room for a no-break space
        elif how == "ascii":  # someone whose name has letters to fold
            e = rng.choice(self.accented)
            lang = self.country[e.key]
            base = rng.choice([*e.canonical.split(), e.canonical])
        written, how = self._shape(base, how, e)
        value = base if how not in ("lower", "upper", "ascii") else base
        note.plant(written, "name", f"{note.style}/{lang}/?/{how}", value, written == base, e.key)
        if ending:
            note.add(self._ending(written, ending))

    def _ending(self, written: str, ending: str) -> str:
        if ending == "gen":
            if written.endswith("s"):
                return "'"
            return "s" if self.rng.random() < 0.7 else "'s"
        last = written[-1].lower()
        if last not in "aeiouyäö":
            return "i" + ending if ending != "n" else "in"
        return ending

    def _shape(self, base: str, how: str, e: NameEntry) -> tuple[str, str]:
        rng = self.rng
        forms = entry_forms(e)
        folded = {ascii_fold(f) for f in forms}
        if how == "exact":
            return base, how
        if how == "lower":
            return base.lower(), how
        if how == "upper":
            return base.upper(), how
        if how == "ascii":
            plain = _strip_accents(base)
            if plain != base:
                return plain, how
            how = "misspelt"
        if how == "invisible":
            kind = rng.choice([*_HIDDEN, "invisible-full-width", "invisible-nbsp"])
            if kind == "invisible-nbsp" and " " not in base:
                kind = "invisible-soft-hyphen"
            if kind == "invisible-full-width":
                return chr(ord(base[0]) + 0xFEE0) + base[1:] if base[0].isascii() else (
                    base[:2] + "\u00ad" + base[2:]
                ), kind if base[0].isascii() else "invisible-soft-hyphen"
            if kind == "invisible-nbsp":
                return base.replace(" ", "\u00a0", 1), kind
            at = rng.randint(1, max(1, len(base.split(" ")[0]) - 1))
            return base[:at] + _HIDDEN[kind] + base[at:], kind
        for _ in range(30):  # misspelt: the slips people type
            slip = rng.choices(("drop", "double", "swap", "key", "space"), (3, 3, 3, 3, 1))[0]
            if slip == "space" and " " not in base:
                slip = "swap"
            written = _slip(rng, base, slip)
            low = written.lower()
            if (
                written
                and low not in forms
                and ascii_fold(low) not in folded
                and not hidden(written)
            ):
                return written, f"slip-{slip}"
        return base, "exact"

    # other identifiers -------------------------------------------------------------------
    def phone(self, note: Note) -> None:
        region = self.rng.choices(list(numbers.PLANS), list(numbers.PLANS.values()))[0]
        nsn, groups = numbers.draw(self.rng, region)
        written, shape = numbers.write(self.rng, region, nsn, groups)
        how = "plain"
        r = self.rng.random()
        if r < 0.06:
            written, how = _full_width_digits(written), "hidden-full-width"
        elif r < 0.11 or (r < 0.17 and " " not in written):
            at = self.rng.randint(4, len(written) - 2)
            written, how = written[:at] + "\u200b" + written[at:], "hidden-zwsp"
        elif r < 0.17:
            written, how = written.replace(" ", "\u00a0"), "hidden-nbsp"
        value = numbers.e164(region, nsn)
        note.plant(written, "phone", f"{note.style}/{region}/{shape}/{how}", value)

    def identity(self, note: Note, country: str | None = None) -> None:
        if country is None:
            country = self.rng.choices(list(numbers.WEIGHTS), list(numbers.WEIGHTS.values()))[0]
        build, _module = numbers.BUILDERS[country]
        value, shape = build(self.rng)
        written, how = value, "plain"
        r = self.rng.random()
        if r < 0.07:
            written, how = _full_width_digits(value), "hidden-full-width"
        elif r < 0.12:
            at = self.rng.randint(2, len(value) - 2)
            written, how = value[:at] + "\u200b" + value[at:], "hidden-zwsp"
        note.plant(written, "personnummer", f"{note.style}/{country}/{shape}/{how}", value)

    def email(self, note: Note) -> None:
        e = self.person()
        given, family = e.canonical.split()[0], e.canonical.split()[-1]
        user = self.rng.choice(
            (f"{given}.{family}", f"{given}{family[0]}", f"{given[0]}{family}", given)
        )
        user = _strip_accents(user).lower().replace("ø", "o").replace("æ", "ae")
        user = "".join(c for c in user if c.isascii() and (c.isalnum() or c == "."))
        host = self.rng.choice(
            (
                "example.org",
                "example.com",
                "example.net",
                "frivillig.example.org",
                "mail.example.net",
            )  # fmt: skip
        )
        written = f"{user}@{host}"
        note.plant(written, "email", f"{note.style}/en/{'dotted' if '.' in user else 'plain'}",
                   written)  # fmt: skip

    def url(self, note: Note) -> None:
        rng = self.rng
        path = rng.choice(("loppemarked", "frivillig", "madbank", "indsamling", "volunteer",
                           "lahjoitus", "insamling"))  # fmt: skip
        shape = rng.choice(("https", "www", "query"))
        if shape == "https":
            written = f"https://www.example.org/{path}/{rng.choice(('tilmeld', 'info', 'kort'))}"
        elif shape == "www":
            written = f"www.example.com/{path}"
        else:
            written = f"http://example.net/{path}?id={rng.randint(100, 9999)}"
        note.plant(written, "url", f"{note.style}/en/{shape}", written)

    def town(self, note: Note) -> None:
        e = self.rng.choice(self.towns)
        note.plant(e.canonical, "place", f"{note.style}/da/registered", e.canonical, True, e.key)

    def address(self, note: Note, country: str | None = None) -> None:
        rng = self.rng
        if country is None:
            country = rng.choices(("dk", "se", "fi", "gb"), (6, 2, 2, 1))[0]
        street = rng.choice(lexicon.STREETS[country])
        no = rng.randint(1, 140)
        shape = "street"
        if country == "dk":
            written = f"{street} {no}"
            if rng.random() < 0.5:
                written += f", {rng.randint(1, 5)}. {rng.choice(lexicon.DK_SIDES)}"
                shape = "floor"
            if rng.random() < 0.6:
                written += ", " + lexicon.POSTCODES[rng.choice(lexicon.TOWNS)]
                shape += "-town"
        elif country == "se":
            written = f"{street} {no}"
            if rng.random() < 0.5:
                written += f" lgh {rng.randint(10, 13)}0{rng.randint(1, 9)}"
                shape = "lgh"
            if rng.random() < 0.6:
                written += ", " + rng.choice(lexicon.SE_TOWNS)
                shape += "-town"
        elif country == "fi":
            written = f"{street} {no}"
            if rng.random() < 0.6:
                written += f" {rng.choice('ABC')} {rng.randint(1, 40)}"
                shape = "flat"
            if rng.random() < 0.6:
                written += ", " + rng.choice(lexicon.FI_TOWNS)
                shape += "-town"
        else:
            written = f"{no} {street}, {rng.choice(lexicon.GB_TOWNS)}"
            shape = "street-town"
        note.plant(written, "address", f"{note.style}/{country}/{shape}", written)

    def date(self, note: Note, lang: str | None = None) -> None:
        rng = self.rng
        if lang is None:
            lang = rng.choices(("en", "da", "sv", "fi"), (6, 1, 1, 1))[0]
        day = date(2025, 1, 1) + timedelta(days=rng.randint(0, 700))
        d, m, y = day.day, day.month, day.year
        wd = day.weekday()
        mon = lexicon.MONTHS[lang][m - 1]
        week = lexicon.WEEKDAYS[lang][wd]
        shapes = {
            "en": {
                "long": f"{d} {mon} {y}",
                "month-day": f"{mon} {d}",
                "short": f"{d} {mon[:3]}",
                "weekday": f"{week} {d} {mon}",
                "ordinal": f"the {d}{_suffix(d)} of {mon} {y}",
                "range": f"{d}–{min(d + 2, 28) if d < 26 else d + 1} {mon}",
                "slash": f"{d:02d}/{m:02d}/{y}",
                "iso": f"{y}-{m:02d}-{d:02d}",
            },
            "da": {
                "da-long": f"{d}. {mon} {y}",
                "da-den": f"den {d}. {mon}",
                "da-weekday": f"{week} d. {d}. {mon}",
                "da-slash": f"{d}/{m}-{y}",
                "da-digits": f"{d:02d}.{m:02d}.{y}",
            },
            "sv": {
                "sv-long": f"{d} {mon} {y}",
                "sv-weekday": f"{week} {d} {mon}",
                "sv-den": f"den {d} {mon}",
            },
            "fi": {
                "fi-digits": f"{d}.{m}.{y}",
                "fi-weekday": f"{week} {d}.{m}.",
                "fi-long": f"{d}. {mon} {y}",
            },
        }[lang]
        shape = rng.choice(sorted(shapes))
        written = shapes[shape].rstrip(".")  # the sentence's own stop follows
        note.plant(written, "date", f"{note.style}/{lang}/{shape}", written)

    def slot(self, note: Note, kind: str, arg: str | None) -> None:
        if kind == "N":
            self.name(note, ending=arg or "")
        elif kind == "P":
            self.phone(note)
        elif kind == "E":
            self.email(note)
        elif kind == "U":
            self.url(note)
        elif kind == "T":
            self.town(note)
        elif kind == "A":
            self.address(note, arg)
        elif kind == "D":
            self.date(note, arg)
        else:
            self.identity(note, arg)

    def frame(self, note: Note, template: str) -> int:
        """Write `template`, its slots filled; the number of identifiers planted."""
        at, count = 0, 0
        for m in SLOT.finditer(template):
            note.add(template[at : m.start()])
            self.slot(note, m.group(1), m.group(2))
            at = m.end()
            count += 1
        note.add(template[at:])
        return count

    # filler -------------------------------------------------------------------------------
    def filler(self) -> str:
        rng = self.rng
        if rng.random() < 0.12:
            return self.draw("own")
        said = " ".join(self.draw("en") for _ in range(rng.choice((1, 1, 2, 3))))
        if rng.random() < 0.25:
            return rng.choice(lexicon.LEADS) + said
        return said


def _suffix(d: int) -> str:
    if d in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _strip_accents(text: str) -> str:
    out = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in out if not unicodedata.combining(c))
    return out.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")


def _full_width_digits(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in text)


def _slip(rng: random.Random, base: str, slip: str) -> str:
    letters = [i for i, c in enumerate(base) if c.isalpha()]
    if slip == "space":
        at = base.index(" ")
        return base[: at - 1] + " " + base[at - 1] + base[at + 1 :]
    i = rng.choice(letters[1:] or letters)
    if slip == "drop":
        return base[:i] + base[i + 1 :]
    if slip == "double":
        return base[:i] + base[i] + base[i:]
    if slip == "swap":
        j = i + 1 if i + 1 < len(base) and base[i + 1].isalpha() else i - 1
        a, b = sorted((i, j))
        if base[a] == base[b]:
            return base
        return base[:a] + base[b] + base[a] + base[b + 1 :]
    row = next((r for r in _KEYS if base[i].lower() in r), None)
    if row is None:
        return base
    k = row.index(base[i].lower())
    near = row[k + 1] if k + 1 < len(row) else row[k - 1]
    near = near.upper() if base[i].isupper() else near
    return base[:i] + near + base[i + 1 :]


# --- layouts --------------------------------------------------------------------------------


def _heading(w: Writer, note: Note) -> None:
    tail = w.rng.choice(lexicon.HEAD_TAILS[note.style]).format(n=w.rng.randint(2, 60))
    note.add(lexicon.TITLES[note.style] + tail + "\n\n")


def _running(w: Writer, note: Note, lang_bias: float = 0.22) -> int:
    """One paragraph: filler around a frame with identifiers."""
    rng = w.rng
    if rng.random() < lang_bias:
        lang = rng.choice(("da", "sv", "fi"))
    else:
        lang = "en"
    frames = [f for f, la in lexicon.FRAMES if la == lang]
    unnamed = [f for f in frames if "{N" not in f]
    if rng.random() < 0.4:  # names stand in lists, labels and speaker lines too
        frames = unnamed
    if rng.random() < 0.5:
        note.add(w.filler() + " ")
    n = w.frame(note, rng.choice(frames))
    if rng.random() < 0.6:
        note.add(" " + w.filler())
    note.add("\n")
    return n


def _label(w: Writer, note: Note) -> int:
    template, _lang = w.rng.choice(lexicon.LABELS)
    n = w.frame(note, template)
    note.add("\n")
    return n


def _speaker(w: Writer, note: Note) -> int:
    w.name(note)
    note.add(": " + w.filler() + "\n")
    return 1


def _present(w: Writer, note: Note) -> int:
    rng = w.rng
    note.add(rng.choice(lexicon.PRESENT) + " ")
    k = rng.choice((2, 2, 3, 3, 4))
    for i in range(k):
        if i:
            note.add(", " if i < k - 1 else rng.choice((" and ", " og ", ", ", " ja ")))
        mark = len(note.spans)
        w.name(note)
        s = note.spans[mark]
        note.spans[mark] = (*s[:3], s[3] + "/present", *s[4:])
        if rng.random() < 0.25:
            note.add(f" ({rng.choice(lexicon.ROLES)})")
    note.add("\n")
    return k


def _finnish(w: Writer, note: Note) -> None:
    rng = w.rng
    if rng.random() < 0.6:
        note.add(rng.choice(lexicon.FI_HEAD) + "\n")
    note.add(" ".join(w.draw("fi") for _ in range(rng.randint(1, 3))))
    end = rng.choice(lexicon.FI_END)
    note.add((" " + end if end else "") + "\n")


def _letter_open(w: Writer, note: Note) -> int:
    rng = w.rng
    n = 0
    if rng.random() < 0.5:
        note.add(rng.choice(("From: ", "Fra: ", "Från: ", "Lähettäjä: ")))
        w.name(note)
        note.add("\n")
        n += 1
    lang = rng.choice(("en", "en", "da", "sv", "fi", "no"))
    note.add(rng.choice(lexicon.GREETINGS[lang]) + " ")
    w.name(note)
    note.add(",\n")
    return n + 1


def _letter_close(w: Writer, note: Note) -> int:
    note.add(w.rng.choice(lexicon.SIGN_OFFS) + "\n")
    if w.rng.random() < 0.6:
        w.name(note)
        note.add("\n")
        return 1
    return 0


def _compose(w: Writer, style: str, target: int, wanted: int) -> Note:
    rng = w.rng
    note = Note(style)
    _heading(w, note)
    planted = 0
    opened = False
    if style == "letters":
        mark = len(note.spans)
        planted += _letter_open(w, note)
        for i in range(mark, len(note.spans)):
            s = note.spans[i]
            first = note.text[: s[0]].rsplit("\n", 1)[-1]
            sub = "header" if first.endswith(": ") else "greeting"
            note.spans[i] = (*s[:3], sub + s[3][len(style) :], *s[4:])
        opened = True
    if style == "board" and rng.random() < 0.7:
        mark = len(note.spans)
        planted += _present(w, note)
        _restyle(note, mark, "list")
    if rng.random() < 0.07:
        _finnish(w, note)
    while planted < wanted or len(note.text.encode("utf-8")) < target:
        if planted >= wanted:
            note.add(w.filler() + "\n")
            continue
        r = rng.random()
        if r < 0.18:
            mark = len(note.spans)
            planted += _label(w, note)
            _restyle(note, mark, "label")
        elif style in ("calls", "thread") and r < 0.34:
            if style == "calls" and rng.random() < 0.4:
                note.add(f"{rng.choice(lexicon.SPEAKER_Q)} {rng.choice(lexicon.QUESTIONS)}\n")
            planted += _speaker(w, note)
        elif style == "board" and r < 0.3:
            mark = len(note.spans)
            planted += _present(w, note)
            _restyle(note, mark, "list")
        else:
            planted += _running(w, note)
    if opened:
        mark = len(note.spans)
        _letter_close(w, note)
        _restyle(note, mark, "signature")
    return note


def _restyle(note: Note, mark: int, style: str) -> None:
    for i in range(mark, len(note.spans)):
        s = note.spans[i]
        note.spans[i] = (*s[:3], style + s[3][s[3].index("/") :], *s[4:])


# --- the corpus -----------------------------------------------------------------------------


def generate_heldout_ai(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    """Notes of 1-5.5 KB until `size` bytes, about `per_kb` identifiers a kilobyte."""
    rng = random.Random(seed)
    w = Writer(rng)
    entries = _cast()[0]
    forms = {e.key: entry_forms(e) for e in entries}
    every_form = set().union(*(forms[e.key] for e in entries if e.kind == PERSON))
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    total = 0
    styles = list(lexicon.TITLES)
    owed = 0.0
    while total < size:
        left = size - total
        target = rng.randint(1000, 5500)
        if left < target + 1000:
            target = left
        owed += per_kb * target / 1000
        wanted = max(1, int(owed))
        note = _compose(w, rng.choice(styles), target, wanted)
        text = note.text
        index = len(texts)
        count = 0
        for start, end, kind, form, value, exact, key in note.spans:
            if kind == "name":
                written = text[start:end]
                category = name_category(written, exact, key, text, start, end, forms)
                parts = form.split("/")
                parts[2] = category
                form = "/".join(parts)
            planted.append(Planted(index, start, end, kind, form, value, exact, key))
            count += 1
        owed -= count
        spans = [(s[0], s[1]) for s in note.spans]
        for m in WORD.finditer(text):
            if m.group().lower() not in every_form:
                continue
            if any(s < m.end() and m.start() < e for s, e in spans):
                continue
            before = text[: m.start()].rstrip(" ")
            where = "initial" if not before or before[-1] in '.!?:\n-–•("“' else "inner"
            ordinary.append(Ordinary(index, m.start(), m.end(), m.group(), f"homograph/{where}"))
        texts.append(text)
        total += len(text.encode("utf-8"))
    corpus = Corpus(texts, list(entries), planted, ordinary)
    check(corpus)
    return corpus


def check(corpus: Corpus) -> None:
    """Every span inside its text and exactly its value where the value is the written form,
    no two planted spans overlapping, no ordinary word inside an identifier."""
    by_text: dict[int, list[tuple[int, int]]] = {}
    for p in corpus.planted:
        text = corpus.texts[p.text]
        if not (0 <= p.start < p.end <= len(text)):
            raise ValueError(f"{p} is out of its text")
        written = text[p.start : p.end]
        if (p.exact or p.kind in ("email", "url", "address", "place")) and written != p.value:
            raise ValueError(f"{p} is not its text")
        by_text.setdefault(p.text, []).append((p.start, p.end))
    for spans in by_text.values():
        spans.sort()
        for a, b in zip(spans, spans[1:], strict=False):
            if b[0] < a[1]:
                raise ValueError(f"planted spans overlap: {a} {b}")
    for o in corpus.ordinary:
        text = corpus.texts[o.text]
        if text[o.start : o.end] != o.word:
            raise ValueError(f"{o} is not its text")
        if any(s < o.end and o.start < e for s, e in by_text.get(o.text, [])):
            raise ValueError(f"{o} is inside an identifier")
