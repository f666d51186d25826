"""Held-out AD: English fieldwork notes of a Danish study of self-employed people and small
family firms, with planted identifiers. See README.md; nobody who writes or tunes the redactor
may read this package.

    corpus = generate_heldout_ad(SEED, 5_000_000)

Filler text is published text people wrote themselves (text messages and forum posts, see
`data/sentences.tsv`); layouts, frames, labels and word-name sentences are this set's own."""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from casebook.deid.registry import PERSON, PLACE, NameEntry, ascii_fold

from bench.heldout_ad import lexicon, numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 9521
REALISTIC = 0.7
LAYOUTS = tuple(lexicon.TITLES["en"])
LAYOUT_WEIGHTS = (18, 15, 13, 16, 14, 12, 12)
KIND_WEIGHTS = {
    "name": 53,
    "date": 12,
    "phone": 9,
    "email": 6,
    "address": 5,
    "personnummer": 5,
    "place": 6,
    "url": 4,
}
WORD_EVERY = 26  # one filler sentence in about this many is a word-name sentence
STATS: Counter = Counter()  # filled by the decks while generating (README's recurrence)

_INVISIBLE = {
    "invisible-soft-hyphen": "\u00ad",
    "invisible-zwsp": "\u200b",
    "invisible-zwj": "\u200d",
    "invisible-word-joiner": "\u2060",
    "invisible-bom": "\ufeff",
}
_KEYS = "qwertyuiop asdfghjkl zxcvbnm".split()


def hidden(text: str) -> bool:
    """Whether `text` holds an invisible or compatibility character."""
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@dataclass
class Person:
    key: str | None
    given: str
    family: str
    country: str  # da, sv, no, fi, en (families who moved: da)
    weight: float = 1.0

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


@dataclass
class Piece:
    text: str
    kind: str | None = None
    meta: dict = field(default_factory=dict)


class Deck:
    """Items drawn as a shuffled deck: every one before any again."""

    def __init__(self, items: list, rng: random.Random, name: str = "") -> None:
        self.items, self.rng, self.order, self.name = list(items), rng, [], name

    def draw(self):
        if not self.order:
            self.order = list(self.items)
            self.rng.shuffle(self.order)
        item = self.order.pop()
        if self.name:
            STATS[(self.name, item)] += 1
        return item


@cache
def _vocabulary() -> frozenset[str]:
    """Every word this set writes outside identifiers, lower case."""
    texts: list[str] = [*people.sentences()["en"], *people.OWN_ORDINARY["en"]]
    texts += [*lexicon.TITLES["en"].values(), *lexicon.PROMPTS, *lexicon.INTERVIEWER]
    texts += [*lexicon.ANSWERER, *lexicon.OTHER_SIDE, *lexicon.RELATIONS_DA, *lexicon.ROLES]
    texts += [*lexicon.TEAMS, *lexicon.GREETINGS, *lexicon.SIGNOFFS, *lexicon.ENDINGS.values()]
    texts += [*lexicon.SHEET_LABELS.values(), *lexicon.SHEET_SECTIONS, *lexicon.PHONE_CUES]
    for frames in (*lexicon.FRAMES.values(), *lexicon.SMS_FRAMES.values()):
        texts += frames
    for group in (*lexicon.STREETS.values(), *lexicon.TOWNS.values()):
        texts += group
    texts += [*lexicon.MONTHS_EN, *lexicon.MONTHS_DA, *lexicon.WEEKDAYS_EN, *lexicon.WEEKDAYS_DA]
    texts += _STATIC
    return frozenset(w.lower() for t in texts for w in re.findall(r"[^\W\d_]+", t))


_STATIC = [
    "ref",
    "visit",
    "week",
    "Participant",
    "Present",
    "From",
    "To",
    "Date",
    "Subject",
    "Re",
    "Sent",
    "research team",
    "Dear",
    "Hi",
    "Yours sincerely",
    "Tel",
    "st",
    "nd",
    "rd",
    "th",
    "the",
    "of",
    "den",
    "lgh",
    "Flat",
    "tv",
    "th",
    "mf",
    "sal",
    "tlf",
    "Mon",
    "Tue",
    "Wed",
    "Thu",
    "Fri",
    "Sat",
    "Sun",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
    "P",
    "AD",
    "www",
    "https",
    "http",
]


def _cast(rng: random.Random) -> tuple[list[Person], dict[str, list[tuple[str, str]]]]:
    """Registered people (word-name bearers first) and, by country, names for strangers."""
    vocabulary = _vocabulary()
    words_named = {w.lower() for w in people.WORD_NAMES_BY_LANG["en"]}

    def usable(name: str) -> bool:
        return not {p.lower() for p in re.split(r"[\s-]+", name)} & (vocabulary - words_named)

    lists = {}
    for lang in (*people.NAME_LANGS, "moved"):
        given = [g for g in people.given(lang) if usable(g)]
        family = [f for f in people.family(lang) if usable(f)]
        cut_g, cut_f = int(len(given) * 0.62), int(len(family) * 0.62)
        lists[lang] = (given[:cut_g], family[:cut_f], given[cut_g:], family[cut_f:])
    cast: list[Person] = []
    seen: set[str] = set()
    en_given, en_family = lists["en"][0], lists["en"][1]
    da_given = lists["da"][0]
    for i, word in enumerate(people.GIVEN_WORD_NAMES["en"]):
        cast.append(Person(None, word, en_family[i % len(en_family)], "en", 4.0))
    for i, word in enumerate(people.FAMILY_WORD_NAMES["en"]):
        country = people.WORD_NAME_COUNTRY[word]
        pick = da_given if country == "da" else en_given
        given = pick[(i * 7) % len(pick)]
        cast.append(Person(None, given, word, country, 4.0))
    counts = {"da": 48, "sv": 16, "no": 12, "fi": 12, "en": 12, "moved": 28}
    for lang, n in counts.items():
        given, family = lists[lang][0], lists[lang][1]
        made = 0
        while made < n:
            person = Person(
                None, rng.choice(given), rng.choice(family), "da" if lang == "moved" else lang
            )
            if person.full in seen or any(p.full == person.full for p in cast):
                continue
            cast.append(person)
            seen.add(person.full)
            made += 1
    for i, person in enumerate(cast, 1):
        person.key = f"ad-person-{i:03d}"
    strangers: dict[str, list[tuple[str, str]]] = {}
    for lang in (*people.NAME_LANGS, "moved"):
        g, f = lists[lang][2], lists[lang][3]
        strangers["da" if lang == "moved" else lang] = strangers.get(
            "da" if lang == "moved" else lang, []
        ) + [(a, b) for a in g for b in f]
    return cast, strangers


def _slip(rng: random.Random, form: str, full: bool) -> tuple[str, str]:
    letters = [i for i, c in enumerate(form) if c.isalpha() and i > 0]
    kind = rng.choice(
        ["slip-drop", "slip-double", "slip-swap", "slip-key"] + (["slip-space"] if full else [])
    )
    i = rng.choice(letters)
    if kind == "slip-drop":
        return form[:i] + form[i + 1 :], kind
    if kind == "slip-double":
        return form[:i] + form[i] + form[i:], kind
    if kind == "slip-swap":
        j = i + 1 if i + 1 < len(form) and form[i + 1].isalpha() else i - 1
        if j < 1 or form[i] == form[j] or not form[j].isalpha():
            return form[:i] + form[i] + form[i:], "slip-double"
        a, b = min(i, j), max(i, j)
        return form[:a] + form[b] + form[a] + form[b + 1 :], kind
    if kind == "slip-key":
        low = form[i].lower()
        for row in _KEYS:
            k = row.find(low)
            if k >= 0:
                near = row[k + 1] if k + 1 < len(row) else row[k - 1]
                near = near.upper() if form[i].isupper() else near
                return form[:i] + near + form[i + 1 :], kind
        return form[:i] + form[i + 1 :], "slip-drop"
    space = form.index(" ")
    return form[: space - 1] + " " + form[space - 1] + form[space + 1 :], kind


class Writer:
    """Writes one corpus: notes, planted identifiers and ordinary uses."""

    def __init__(self, seed: int, per_kb: float) -> None:
        self.rng = random.Random(seed)
        self.per_kb = per_kb
        self.cast, strangers = _cast(self.rng)
        self.towns = [
            NameEntry(f"ad-town-{i:02d}", town, f"[TOWN {i}]", (), PLACE)
            for i, town in enumerate(lexicon.REGISTERED_TOWNS, 1)
        ]
        self.entries = [
            NameEntry(p.key or "", p.full, f"[PERSON {i}]", (), PERSON)
            for i, p in enumerate(self.cast, 1)
        ] + self.towns
        self.forms = {e.key: entry_forms(e) for e in self.entries}
        self.person_forms = set().union(*(entry_forms(e) for e in self.entries if e.kind == PERSON))
        rng = self.rng
        self.people = Deck([i for i, p in enumerate(self.cast) for _ in range(int(p.weight))], rng)
        self.foldable = Deck(
            [i for i, p in enumerate(self.cast) if ascii_fold(p.full) != p.full], rng
        )
        countries = {"da": 50, "sv": 14, "no": 12, "fi": 12, "en": 12}
        self.stranger_decks = {c: Deck(v, rng) for c, v in strangers.items()}
        self.stranger_country = Deck([c for c, n in countries.items() for _ in range(n)], rng)
        self.forum = Deck(people.pool("en", "ons"), rng, "pool")
        self.sms = Deck(people.pool("en", "sms"), rng, "pool")
        own = {
            w: [
                s
                for s in people.OWN_ORDINARY["en"]
                if w.lower() in re.findall(r"[^\W\d_]+", s.lower())
            ]
            for w in people.WORD_NAMES_BY_LANG["en"]
        }
        self.word_decks = {
            w: Deck([*own[w], *people.word_sentences(w)], rng, "word")
            for w in people.WORD_NAMES_BY_LANG["en"]
        }
        self.words = Deck(list(people.WORD_NAMES_BY_LANG["en"]), rng)
        self.frames = {k: Deck(v, rng, "frame") for k, v in lexicon.FRAMES.items()}
        self.sms_frames = {k: Deck(v, rng, "frame") for k, v in lexicon.SMS_FRAMES.items()}
        self.kinds = list(KIND_WEIGHTS)
        self.kind_weights = list(KIND_WEIGHTS.values())
        self.filler_count = 0

    # --- identifiers ---------------------------------------------------------------------

    def name(
        self, style: str, present: bool = False, how: str | None = None, part: str | None = None
    ) -> list[Piece]:
        rng = self.rng
        if how is None and rng.random() < 0.36:
            how = "stranger"
        if how == "stranger":
            country = self.stranger_country.draw()
            given, family = self.stranger_decks[country].draw()
            written = f"{given} {family}"
            meta = {
                "value": written,
                "key": None,
                "exact": False,
                "country": country,
                "how": "stranger",
                "style": style,
                "present": present,
            }
            return [Piece(written, "name", meta)]
        if how is None:
            how = rng.choices(
                ["exact", "lower", "upper", "ascii", "genitive", "slip", "invisible"],
                [44, 9, 7, 9, 8, 13, 10],
            )[0]
        if how == "ascii":
            person = self.cast[self.foldable.draw()]
            part = rng.choice(
                [
                    k
                    for k in ("full", "given", "family")
                    if ascii_fold(getattr(person, k)) != getattr(person, k)
                ]
            )
        else:
            person = self.cast[self.people.draw()]
        if part is None:
            part = rng.choices(["full", "given", "family"], [40, 35, 25])[0]
            part = "full" if how == "slip" and rng.random() < 0.3 else part
        form = {"full": person.full, "given": person.given, "family": person.family}[part]
        written, glue = form, ""
        if how == "lower":
            written = form.lower()
        elif how == "upper":
            written = form.upper()
        elif how == "ascii":
            written = ascii_fold(form)
            if written == form:
                how, written = "exact", form
        elif how == "genitive":
            glue = "s"
            if form.endswith(("s", "x", "z")):
                how, glue = "exact", ""
        elif how == "slip":
            written, how = _slip(rng, form, " " in form)
            if written.lower() in self.forms[person.key] or not written.strip():
                how, written = "exact", form
        elif how == "invisible":
            how = rng.choice([*_INVISIBLE, "invisible-full-width", "invisible-nbsp"])
            if how == "invisible-nbsp":
                if " " not in form:
                    form = person.full
                written = form.replace(" ", "\u00a0", 1)
            elif how == "invisible-full-width":
                written = _full_width(form)
                if written == form:
                    how, written = "invisible-zwsp", form[:1] + "\u200b" + form[1:]
            else:
                at = rng.randint(1, max(1, len(form.split(" ")[0]) - 1))
                written = form[:at] + _INVISIBLE[how] + form[at:]
        meta = {
            "value": form,
            "key": person.key,
            "exact": written == form,
            "how": how,
            "country": person.country,
            "style": style,
            "present": present,
        }
        pieces = [Piece(written, "name", meta)]
        if glue:
            pieces.append(Piece(glue))
        return pieces

    def date(self, style: str, lang: str = "en") -> Piece:
        rng = self.rng
        day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 729))
        d, m, y = day.day, day.month, day.year
        mon_en, mon_da = lexicon.MONTHS_EN[m - 1], lexicon.MONTHS_DA[m - 1]
        wd_en, wd_da = lexicon.WEEKDAYS_EN[day.weekday()], lexicon.WEEKDAYS_DA[day.weekday()]
        suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        end = min(d + rng.randint(1, 4), 28)
        if lang == "da":
            shapes = {
                "da-long": f"{d}. {mon_da} {y}",
                "da-short": f"{d}. {mon_da}",
                "dotted": f"{d:02d}.{m:02d}.{y}",
                "da-weekday": f"{wd_da} den {d}. {mon_da}",
                "da-range": f"{d}.–{end}. {mon_da}" if end > d else f"{d}. {mon_da} {y}",
                "iso": day.isoformat(),
            }
        else:
            shapes = {
                "long": f"{d} {mon_en} {y}",
                "us": f"{mon_en} {d}, {y}",
                "short": f"{d} {mon_en[:3]}",
                "slash": f"{d:02d}/{m:02d}/{y}",
                "dotted": f"{d}.{m}.{y}",
                "iso": day.isoformat(),
                "weekday": f"{wd_en} {d} {mon_en}",
                "weekday-short": f"{wd_en[:3]} {d}/{m}",
                "ordinal": f"the {d}{suffix} of {mon_en}",
                "ord": f"{d}{suffix} {mon_en}",
                "range": f"{d}–{end} {mon_en}" if end > d else f"{d} {mon_en} {y}",
                "dm": f"{d}/{m}",
            }
        shape = rng.choice(list(shapes))
        written = shapes[shape]
        if shape.endswith("range") and end <= d:
            shape = "da-long" if lang == "da" else "long"
        return Piece(written, "date", {"value": written, "form": f"{style}/{lang}/{shape}"})

    def phone(self, style: str, cue: bool = False) -> Piece:
        rng = self.rng
        region = rng.choices(numbers.PLANS, numbers.WEIGHTS)[0]
        nsn, groups = numbers.draw(rng, region)
        written, shape = numbers.write(rng, region, nsn, groups)
        value = numbers.e164(written, region)
        how = "plain"
        r = rng.random()
        if r < 0.05:
            written, how = _full_width(written), "hidden-full-width"
        elif r < 0.15 and " " in written and r >= 0.09:
            written, how = written.replace(" ", "\u00a0"), "hidden-nbsp"
        elif r < 0.15:
            at = written.index(" ") + 1 if " " in written else 4
            written, how = written[:at] + "\u200b" + written[at:], "hidden-zwsp"
        form = f"{style}/{region}/{shape}/{'cue' if cue else 'sentence'}/{how}"
        return Piece(written, "phone", {"value": value, "form": form})

    def identity(self, style: str) -> Piece:
        rng = self.rng
        country = rng.choices(list(numbers.BUILDERS), numbers.ID_WEIGHTS)[0]
        number, shape = numbers.BUILDERS[country][0](rng)
        written, how = number, "plain"
        r = rng.random()
        if r < 0.06:
            written, how = _full_width(number), "hidden-full-width"
        elif r < 0.11:
            at = rng.randint(2, len(number) - 2)
            written, how = number[:at] + "\u200b" + number[at:], "hidden-zwsp"
        form = f"{style}/{country}/{shape}/{how}"
        return Piece(written, "personnummer", {"value": number, "form": form})

    def _slug(self, person: Person) -> tuple[str, str]:
        def fold(s: str) -> str:
            s = ascii_fold(s).lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
            return re.sub(r"[^a-z-]", "", s.replace(" ", ""))

        return fold(person.given), fold(person.family)

    def email(self, style: str, person: Person | None = None) -> Piece:
        rng = self.rng
        person = person or self.cast[self.people.draw()]
        g, f = self._slug(person)
        shape = rng.choice(["dot", "initial", "number", "plain"])
        local = {
            "dot": f"{g}.{f}",
            "initial": f"{g[0]}{f}",
            "number": f"{g}{rng.randint(1, 99)}",
            "plain": f"{g}{f}",
        }[shape]
        written = f"{local}@{rng.choice(lexicon.DOMAINS)}"
        return Piece(written, "email", {"value": written, "form": f"{style}/en/{shape}"})

    def url(self, style: str) -> Piece:
        rng = self.rng
        g, f = self._slug(self.cast[self.people.draw()])
        domain = rng.choice(lexicon.DOMAINS)
        shape = rng.choice(["https", "www", "bare", "path"])
        written = {
            "https": f"https://www.{domain}/{f}",
            "www": f"www.{domain}/{g}-{f}",
            "bare": f"{domain}/{g}{f}",
            "path": f"https://{domain}/shop/{f}",
        }[shape]
        return Piece(written, "url", {"value": written, "form": f"{style}/en/{shape}"})

    def address(self, style: str) -> Piece:
        rng = self.rng
        country = rng.choices(["dk", "se", "no", "fi", "gb"], [60, 10, 10, 8, 12])[0]
        street = rng.choice(lexicon.STREETS[country])
        number = rng.randint(1, 120)
        town = rng.random() < 0.6
        where = rng.choice(lexicon.TOWNS[country])
        if country == "dk":
            floor = rng.random() < 0.5
            line = f"{street} {number}"
            if floor:
                line += f", {rng.randint(1, 5)}. {rng.choice(['tv', 'th', 'mf'])}."
            shape = "dk-floor" if floor else "dk"
            written = f"{line}, {where}" if town else line
        elif country == "se":
            shape = "se-lgh"
            written = f"{street} {number} lgh {rng.randint(1001, 1404)}"
            written = f"{written}, {where}" if town else written
        elif country == "no":
            shape = "no-letter"
            written = f"{street} {number}{rng.choice('ABC')}"
            written = f"{written}, {where}" if town else written
        elif country == "fi":
            shape = "fi-stair"
            written = f"{street} {number} {rng.choice('ABC')} {rng.randint(1, 40)}"
            written = f"{written}, {where}" if town else written
        else:
            shape = "gb-flat"
            written = f"Flat {rng.randint(1, 12)}, {number} {street}"
            written = f"{written}, {where}" if town else written
        shape += "-town" if town else ""
        return Piece(written, "address", {"value": written, "form": f"{style}/{country}/{shape}"})

    def place(self, style: str) -> Piece:
        entry = self.rng.choice(self.towns)
        meta = {"value": entry.canonical, "key": entry.key, "form": f"{style}/da/registered"}
        return Piece(entry.canonical, "place", meta)

    def kind(self) -> str:
        return self.rng.choices(self.kinds, self.kind_weights)[0]

    def frame(self, kind: str, style: str, sms: bool = False) -> list[Piece]:
        """A sentence of this set's with the identifier in its slot."""
        rng = self.rng
        if kind == "name" and not sms and rng.random() < 0.14:
            text = self.frames["genitive"].draw()
        else:
            text = (self.sms_frames if sms else self.frames)[kind].draw()
        pieces: list[Piece] = []
        for chunk in re.split(r"(\{[A-Z]2?\})", text):
            if not chunk:
                continue
            if chunk in ("{N}", "{N2}"):
                pieces += self.name(style, how=None if chunk == "{N}" else None)
            elif chunk == "{G}":
                pieces += self.name(style, how="genitive", part=rng.choice(["given", "family"]))
            elif chunk == "{P}":
                pieces.append(self.phone(style))
            elif chunk == "{E}":
                pieces.append(self.email(style))
            elif chunk == "{U}":
                pieces.append(self.url(style))
            elif chunk == "{A}":
                pieces.append(self.address(style))
            elif chunk == "{I}":
                pieces.append(self.identity(style))
            elif chunk == "{D}":
                pieces.append(self.date(style, "da" if rng.random() < 0.15 else "en"))
            elif chunk == "{T}":
                pieces.append(self.place(style))
            else:
                pieces.append(Piece(chunk))
        return pieces

    def filler(self, sms: bool = False) -> str:
        self.filler_count += 1
        if self.filler_count % WORD_EVERY == 0:
            return self.word_decks[self.words.draw()].draw()
        if (sms and self.rng.random() < 0.7) or self.rng.random() < 0.04:
            return self.sms.draw()
        return self.forum.draw()

    def paragraph(self, n: int, sms: bool = False) -> str:
        return " ".join(self.filler(sms) for _ in range(n))

    # --- layouts -------------------------------------------------------------------------

    def note(self, layout: str, target: int, budget: int) -> list[list[Piece]]:
        """Lines of pieces; `budget` identifiers, filler until about `target` bytes."""
        return getattr(self, f"_{layout}")(target, budget)

    @staticmethod
    def _size(lines: list[list[Piece]]) -> int:
        return sum(len(p.text.encode("utf-8")) for line in lines for p in line) + len(lines)

    def _body(self, lines, target, kinds, style, prefix=lambda: "", sms=False, per_line=(1, 3)):
        """Body lines: filler sentences with frames for `kinds` spread among them."""
        rng = self.rng
        pending = list(kinds)
        while pending or self._size(lines) < target:
            head = prefix()
            line: list[Piece] = [Piece(head)] if head else []
            kind = None
            if pending and (rng.random() < 0.6 or self._size(lines) > target * 0.7):
                kind = pending.pop()
            lines.append(line + self._line(kind, style, per_line, sms))
            if self._size(lines) > 6_500:
                break
        return lines

    def _line(self, kind, style, per_line=(1, 3), sms=False) -> list[Piece]:
        """Filler sentences, with one frame of `kind` among them when a kind is given."""
        rng = self.rng
        parts: list[list[Piece]] = [
            [Piece(self.filler(sms))] for _ in range(rng.randint(*per_line))
        ]
        if kind is not None:
            parts.insert(rng.randint(0, len(parts)), self.frame(kind, style, sms))
        line: list[Piece] = []
        for i, part in enumerate(parts):
            if i:
                line.append(Piece(" "))
            line += part
        return line

    def _kinds(self, budget: int) -> list[str]:
        return [self.kind() for _ in range(budget)]

    def _interview(self, target: int, budget: int) -> list[list[Piece]]:
        rng = self.rng
        kinds = self._kinds(budget)
        ref = f"AD-{rng.randint(2024, 2026)}-{rng.randint(10, 9999):04d}"
        lines = [[Piece(f"{lexicon.TITLES['en']['interview']} – ref. {ref}")]]
        speaker: list[Piece] | None = None
        if "name" in kinds and rng.random() < 0.7:
            kinds.remove("name")
            lines.append([Piece("Participant: "), *self.name("label")])
            if rng.random() < 0.5:
                speaker = self.name("label", how="exact", part="given")
        else:
            lines.append([Piece(f"Participant: P-{rng.randint(1, 160):03d}")])
        present = [k for k in kinds if k == "name"][: rng.choice([0, 1, 2, 2, 3])]
        if present:
            line = [Piece("Present: ")]
            for i, _ in enumerate(present):
                kinds.remove("name")
                if i:
                    line.append(Piece(", "))
                line += self.name("list", present=True)
                line.append(Piece(f" ({rng.choice(lexicon.ROLES)})"))
            lines.append(line)
        asker = rng.choice(lexicon.INTERVIEWER)
        answer = rng.choice(lexicon.ANSWERER)
        pending = kinds
        turns = 0
        while pending or self._size(lines) < target:
            lines.append([Piece(f"{asker} {rng.choice(lexicon.PROMPTS)}")])
            if speaker and turns % 2 == 0 and "name" in pending:
                pending.remove("name")
                head = [
                    *self.name("label", how=rng.choice(["exact", "exact", "upper"]), part="given"),
                    Piece(": "),
                ]
            else:
                head = [Piece(f"{answer} ")]
            kind = pending.pop() if pending else None
            lines.append(head + self._line(kind, "interview", (1, 4)))
            turns += 1
            if self._size(lines) > 6_500:
                break
        return lines

    def _fieldlog(self, target: int, budget: int) -> list[list[Piece]]:
        rng = self.rng
        lines = [[Piece(f"{lexicon.TITLES['en']['fieldlog']} – visit {rng.randint(1, 40)}")]]
        clock = [rng.randint(8, 12), rng.choice([0, 5, 10, 15, 20, 30, 40, 45])]

        def stamp() -> str:
            clock[1] += rng.randint(5, 25)
            clock[0], clock[1] = clock[0] + clock[1] // 60, clock[1] % 60
            return f"{clock[0] % 24:02d}:{clock[1]:02d} – "

        kinds = self._kinds(budget)
        if "name" in kinds and rng.random() < 0.5:
            kinds.remove("name")
            role = rng.choice(lexicon.ROLES)
            lines.append(
                [Piece("Present: "), *self.name("list", present=True), Piece(f" ({role})")]
            )
        return self._body(lines, target, kinds, "observation", stamp)

    def _diary(self, target: int, budget: int) -> list[list[Piece]]:
        rng = self.rng
        lines = [[Piece(f"{lexicon.TITLES['en']['diary']}, week {rng.randint(1, 52)}")]]
        bullet = rng.choice(["• ", "- ", ""])
        return self._body(
            lines, target, self._kinds(budget), "diary", lambda: bullet, per_line=(2, 5)
        )

    def _email(self, target: int, budget: int) -> list[list[Piece]]:
        rng = self.rng
        kinds = self._kinds(budget)
        lines = [[Piece(lexicon.TITLES["en"]["email"])]]
        sender: Person | None = None
        if "name" in kinds:
            kinds.remove("name")
            pieces = self.name("header", how="exact", part="full")
            sender = next((p for p in self.cast if p.key == pieces[0].meta["key"]), None)
            line = [Piece("From: "), *pieces]
            if "email" in kinds and pieces[0].meta["key"]:
                kinds.remove("email")
                line += [Piece(" <"), self.email("header", sender), Piece(">")]
            lines.append(line)
        else:
            lines.append([Piece(f"From: {rng.choice(lexicon.TEAMS)}")])
        lines.append([Piece("To: research team")])
        if "date" in kinds:
            kinds.remove("date")
            lines.append([Piece("Sent: "), self.date("header")])
        lines.append([Piece(f"Subject: Re: visit {rng.randint(1, 40)}")])
        if "name" in kinds and rng.random() < 0.6:
            kinds.remove("name")
            lines.append(
                [
                    Piece(rng.choice(["Dear ", "Hi ", "Hello "])),
                    *self.name("email", how="exact", part="given"),
                    Piece(","),
                ]
            )
        else:
            lines.append([Piece(rng.choice(lexicon.GREETINGS))])
        tail: list[list[Piece]] = [[Piece(rng.choice(lexicon.SIGNOFFS))]]
        if "name" in kinds:
            kinds.remove("name")
            tail.append(
                self.name(
                    "signature",
                    how=rng.choice(["exact", "exact", None]),
                    part=rng.choice(["full", "given"]),
                )
            )
        else:
            tail.append([Piece(rng.choice(lexicon.TEAMS))])
        if "phone" in kinds:
            kinds.remove("phone")
            cue = rng.choice(lexicon.PHONE_CUES).split("{P}")[0]
            tail.append([Piece(cue), self.phone("signature", cue=True)])
        body = self._body(
            [], max(0, target - self._size(lines) - 60), kinds, "email", per_line=(2, 4)
        )
        return lines + body + tail

    def _sms(self, target: int, budget: int) -> list[list[Piece]]:
        rng = self.rng
        kinds = self._kinds(budget)
        lines = [[Piece(f"{lexicon.TITLES['en']['sms']} (P-{rng.randint(1, 160):03d})")]]
        them: list[Piece] = [Piece(rng.choice(["Her", "Him", "Contact"]))]
        if "name" in kinds:
            them = self.name("sms", how="exact", part="given")
        clock = [rng.randint(7, 20), rng.randint(0, 59)]
        while kinds or self._size(lines) < target:
            clock[1] += rng.randint(1, 40)
            clock[0], clock[1] = (clock[0] + clock[1] // 60) % 24, clock[1] % 60
            ours = rng.random() < 0.45
            who = (
                [Piece(rng.choice(lexicon.OTHER_SIDE))]
                if ours
                else [Piece(p.text, p.kind, dict(p.meta)) for p in them]
            )
            if not ours and them[0].kind == "name":
                if kinds and "name" in kinds:
                    kinds.remove("name")
                else:
                    who = [Piece("Her")]
            line = [Piece(f"[{clock[0]:02d}:{clock[1]:02d}] "), *who, Piece(": ")]
            if kinds and rng.random() < 0.5:
                line += self.frame(kinds.pop(), "sms", sms=True)
            else:
                line.append(Piece(self.paragraph(rng.randint(1, 2), sms=True)))
            lines.append(line)
            if self._size(lines) > 6_500:
                break
        lines.append([Piece(lexicon.ENDINGS["sms"])])
        return lines

    def _letter(self, target: int, budget: int) -> list[list[Piece]]:
        rng = self.rng
        kinds = self._kinds(budget)
        title = lexicon.TITLES["en"]["letter"]
        lines = [[Piece(f"{title} (P-{rng.randint(1, 160):03d})")]]
        if "name" in kinds and rng.random() < 0.5:
            kinds.remove("name")
            lines.append([Piece("Dear "), *self.name("pasted", part="given"), Piece(",")])
        else:
            lines.append([Piece("Dear research team,")])
        closing = [[Piece("Yours sincerely,")]]
        if "name" in kinds:
            kinds.remove("name")
            closing.append(self.name("signature", part="full"))
        body = self._body([], max(0, target - 200), kinds, "pasted", per_line=(3, 6))
        wrapped: list[list[Piece]] = []
        width = rng.randint(60, 76)
        for line in body:
            wrapped += _wrap(line, width)
        return lines + wrapped + closing + [[Piece(lexicon.ENDINGS["letter"])]]

    def _sheet(self, target: int, budget: int) -> list[list[Piece]]:
        rng = self.rng
        kinds = self._kinds(budget)
        labels = lexicon.SHEET_LABELS
        title = lexicon.TITLES["en"]["sheet"]
        lines = [[Piece(f"{title} – P-{rng.randint(1, 160):03d}")]]
        if "name" in kinds:
            kinds.remove("name")
            how = rng.choice(["exact", "exact", "upper", None])
            lines.append([Piece(labels["name"] + " "), *self.name("label", how=how, part="full")])
        order = [
            ("personnummer", "id"),
            ("address", "address"),
            ("phone", "phone"),
            ("email", "email"),
            ("name", "kin"),
            ("place", "place"),
            ("date", "date"),
        ]
        for kind, label in order:
            if kind not in kinds or rng.random() < 0.25:
                continue
            kinds.remove(kind)
            line = [Piece(labels[label] + " ")]
            if label == "kin":
                line += self.name("label", part="full")
                line.append(Piece(f" ({rng.choice(lexicon.RELATIONS_DA)})"))
                if "phone" in kinds:
                    kinds.remove("phone")
                    line += [Piece(", tlf. "), self.phone("label", cue=True)]
            elif kind == "date":
                line.append(self.date("label", lang="da"))
            else:
                piece = {
                    "personnummer": self.identity,
                    "address": self.address,
                    "email": self.email,
                    "place": self.place,
                }.get(kind)
                line.append(self.phone("label", cue=True) if kind == "phone" else piece("label"))
            lines.append(line)
        sections = list(lexicon.SHEET_SECTIONS)
        rng.shuffle(sections)
        lines.append([Piece(sections[0])])
        return self._body(lines, target, kinds, "sheet", per_line=(2, 4))


def _wrap(line: list[Piece], width: int) -> list[list[Piece]]:
    """Wrap a line of pieces at spaces outside identifiers."""
    out: list[list[Piece]] = [[]]
    length = 0
    for piece in line:
        if piece.kind is not None:
            if length + len(piece.text) > width and length:
                out.append([])
                length = 0
                if out[-2] and out[-2][-1].kind is None:
                    out[-2][-1] = Piece(out[-2][-1].text.rstrip(" "))
            out[-1].append(piece)
            length += len(piece.text)
            continue
        for token in re.split(r"( )", piece.text):
            if token == " " and length >= width:
                out.append([])
                length = 0
                continue
            if token:
                out[-1].append(Piece(token))
                length += len(token)
    return [[p for p in line if p.text] for line in out if any(p.text for p in line)]


def _initial(before: str) -> bool:
    line = before.rsplit("\n", 1)[-1].rstrip()
    return not line or line[-1] in ":.!?–-•([)" or bool(re.search(r"\d{2}:\d{2}\]?$", line))


def generate_heldout_ad(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    """Held-out AD: notes up to `size` bytes, about `per_kb` identifiers a kilobyte."""
    w = Writer(seed, per_kb)
    rng = w.rng
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    made = 0
    layouts = Deck(
        [layout for layout, n in zip(LAYOUTS, LAYOUT_WEIGHTS, strict=True) for _ in range(n)], rng
    )
    while made < size:
        target = min(rng.randint(1_150, 3_900), max(200, size - made - 40))
        budget = max(0, round((made + target) * per_kb / 1000) - len(planted))
        lines = w.note(layouts.draw(), target, budget)
        index = len(texts)
        text, spans = _render(lines)
        forms = w.forms
        for start, end, piece in spans:
            meta = piece.meta
            if piece.kind == "name":
                written = text[start:end]
                category = name_category(
                    written, meta["exact"], meta["key"], text, start, end, forms
                )
                form = f"{meta['style']}/{meta['country']}/{category}/{meta['how']}"
                form += "/present" if meta.get("present") else ""
                planted.append(
                    Planted(
                        index, start, end, "name", form, meta["value"], meta["exact"], meta["key"]
                    )
                )
            else:
                planted.append(
                    Planted(
                        index,
                        start,
                        end,
                        piece.kind,
                        meta["form"],
                        meta["value"],
                        False,
                        meta.get("key"),
                    )
                )
        taken = [(s, e) for s, e, _ in spans]
        for m in re.finditer(r"[^\W\d_]+", text):
            if m.group().lower() in w.person_forms and not any(
                s < m.end() and m.start() < e for s, e in taken
            ):
                where = "initial" if _initial(text[: m.start()]) else "inner"
                ordinary.append(
                    Ordinary(index, m.start(), m.end(), m.group(), f"homograph/{where}")
                )
        texts.append(text)
        made += len(text.encode("utf-8"))
    corpus = Corpus(texts, list(w.entries), planted, ordinary)
    check(corpus)
    return corpus


def _render(lines: list[list[Piece]]) -> tuple[str, list[tuple[int, int, Piece]]]:
    out: list[str] = []
    spans: list[tuple[int, int, Piece]] = []
    at = 0
    for i, line in enumerate(lines):
        if i:
            out.append("\n")
            at += 1
        for piece in line:
            if piece.kind is not None:
                spans.append((at, at + len(piece.text), piece))
            out.append(piece.text)
            at += len(piece.text)
    return "".join(out), spans


def check(corpus: Corpus) -> None:
    """Every planted span and ordinary use lies in its text, is its text, and none overlaps."""
    by_text: dict[int, list[tuple[int, int]]] = {}
    for p in corpus.planted:
        text = corpus.texts[p.text]
        if not 0 <= p.start < p.end <= len(text):
            raise ValueError(f"planted span out of its text: {p}")
        by_text.setdefault(p.text, []).append((p.start, p.end))
    for spans in by_text.values():
        spans.sort()
        for a, b in zip(spans, spans[1:], strict=False):
            if b[0] < a[1]:
                raise ValueError(f"planted spans overlap: {a} {b}")
    for o in corpus.ordinary:
        text = corpus.texts[o.text]
        if text[o.start : o.end] != o.word:
            raise ValueError(f"ordinary word is not its text: {o}")
        if any(s < o.end and o.start < e for s, e in by_text.get(o.text, [])):
            raise ValueError(f"ordinary word inside an identifier: {o}")
