"""Held-out W: field notes of a study of everyday life in five languages, with identifiers
planted and recorded, and every ordinary use of a word that is also a registered name.

    corpus = generate_heldout_w(SEED, 5_000_000)          # the figure's size, REALISTIC density

Nobody who writes or tunes the redactor may read this package (README). Text between the
identifiers is published sentences (`data/sentences.tsv`); frames, labels and headings are this
set's own (`lexicon.py`); people and towns come from `data/names.tsv` and `data/towns.tsv`."""

from __future__ import annotations

import datetime
import random
import re
import unicodedata
from dataclasses import dataclass, field

from casebook.deid.registry import PERSON, PLACE, NameEntry, ascii_fold

from bench.heldout_w import lexicon as lx
from bench.heldout_w import numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 6343
REALISTIC = 0.7
LANGS = people.LANGS
WEIGHTS = {"sv": 14, "en": 28, "fi": 22, "no": 26, "da": 10}
# Swedish and Danish pools are the smallest (README): their notes carry more identifiers per
# kilobyte and fewer published sentences, the others a little fewer identifiers.
DENSER = {"sv": 2.4, "en": 0.78, "fi": 0.95, "no": 0.78, "da": 1.6}
LAYOUTS = {"interview": 23, "observation": 15, "diary": 15, "email": 12, "sms": 13,
           "pasted": 12, "meeting": 10}  # fmt: skip
# the kinds an identifier slot holds, by weight
KINDS = {"name": 50, "email": 6, "date": 20, "phone": 7, "address": 8, "personnummer": 6,
         "place": 7, "url": 6}  # fmt: skip
# how a registered name is written (unregistered strangers are drawn apart, STRANGERS)
HOWS = {"exact": 12, "lower": 14, "upper": 14, "ascii": 32, "inflected": 8, "misspelt": 14,
        "invisible": 14}  # fmt: skip
STRANGERS = 0.5
WORD_RATE = {"sv": 0.045, "en": 0.034, "fi": 0.03, "no": 0.03, "da": 0.05}
REGIONS = {
    "sv": ("SE", "SE", "SE", "IQ", "SO", "SY", "PL"),
    "en": ("GB", "US", "GB", "US", "IR", "UA"),
    "fi": ("FI", "FI", "FI", "EE", "SO", "TR"),
    "no": ("NO", "NO", "NO", "PL", "SO", "DE"),
    "da": ("DK", "DK", "DK", "TR", "SY", "DE"),
}
ID_COUNTRIES = {
    "sv": ("se", "se", "se", "pl", "is"),
    "en": ("gb", "gb", "nl", "lt"),
    "fi": ("fi", "fi", "fi", "ee", "lt"),
    "no": ("no", "no", "no", "pl", "is"),
    "da": ("dk", "dk", "dk", "nl", "ee"),
}
SLIPS = ("slip-drop", "slip-double", "slip-swap", "slip-key", "slip-space")
INVISIBLE = {
    "invisible-soft-hyphen": "\u00ad",
    "invisible-zwsp": "\u200b",
    "invisible-zwj": "\u200d",
    "invisible-word-joiner": "\u2060",
    "invisible-bom": "\ufeff",
}
KEYS = "qwertyuiop asdfghjkl zxcvbnm"
GENITIVE = {"sv": "s", "no": "s", "da": "s", "fi": "n"}
TOKEN = re.compile(r"[^\W\d_]+")


def hidden(text: str) -> bool:
    """An invisible or compatibility character inside `text` (scoring's own test)."""
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


@dataclass
class _Person:
    entry: NameEntry
    lang: str
    given: str
    family: str


@dataclass
class _Note:
    lang: str
    layout: str
    text: list[str] = field(default_factory=list)
    size: int = 0
    spans: list[tuple[int, int, str, str, str, bool, str | None, str]] = field(
        default_factory=list
    )  # start, end, kind, value, form, exact, key, style

    nbytes: int = 0

    def add(self, s: str) -> None:
        self.text.append(s)
        self.size += len(s)
        self.nbytes += len(s.encode("utf-8"))

    def mark(self, written: str, kind: str, value: str, form: str, style: str,
             exact: bool = False, key: str | None = None) -> None:  # fmt: skip
        self.spans.append((self.size, self.size + len(written), kind, value, form, exact, key,
                           style))  # fmt: skip
        self.add(written)

    def bytes(self) -> int:
        return self.nbytes


class _World:
    """The registry and every draw of one corpus."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        banned = lx.words() | {w.lower() for ws in people.OWN_ORDINARY.values() for s in ws
                               for w in TOKEN.findall(s)}  # fmt: skip
        word_names = {w.lower() for ws in people.WORD_NAMES_BY_LANG.values() for w in ws}

        def usable(names: list[str]) -> list[str]:
            return [n for n in names if n.lower() not in word_names
                    and not set(re.split(r"[- ]", n.lower())) & banned]  # fmt: skip

        self.given = {g: usable(people.given(g)) for g in (*LANGS, "moved")}
        self.family = {g: usable(people.family(g)) for g in (*LANGS, "moved")}
        self.persons: dict[str, list[_Person]] = {lang: [] for lang in LANGS}
        self.entries: list[NameEntry] = []
        taken: set[str] = set()
        counts = {"sv": 70, "en": 45, "fi": 45, "no": 45, "da": 45}
        for lang in LANGS:
            specials = [(w, None) for w in people.GIVEN_WORD_NAMES[lang]] + [
                (None, w) for w in people.FAMILY_WORD_NAMES[lang]
            ]
            for i in range(counts[lang]):
                group = "moved" if rng.random() < 0.14 else lang
                given = rng.choice(self.given[group])
                fam = rng.choice(self.family[group])
                if i < len(specials):
                    g, f = specials[i]
                    given = g or rng.choice(self.given[lang])
                    fam = f or rng.choice(self.family[lang])
                if f"{given} {fam}" in taken:
                    continue
                taken.add(f"{given} {fam}")
                key = f"w-{lang}-{i}"
                entry = NameEntry(
                    key=key, canonical=f"{given} {fam}", tag=f"[Person {len(self.entries) + 1}]"
                )
                self.entries.append(entry)
                self.persons[lang].append(_Person(entry, lang, given, fam))
        self.places: dict[str, list[NameEntry]] = {}
        self.unregistered_towns: dict[str, list[tuple[str, str]]] = {}
        for lang in LANGS:
            towns = sorted(people.towns(lang))
            rng.shuffle(towns)
            chosen = [t for t in towns if t[0].lower() not in banned and " " not in t[0]][:6]
            self.places[lang] = []
            for j, (town, _) in enumerate(chosen):
                entry = NameEntry(key=f"place-{lang}-{j}", canonical=town,
                                  tag=f"[Place {lang}{j}]", kind=PLACE)  # fmt: skip
                self.entries.append(entry)
                self.places[lang].append(entry)
            self.unregistered_towns[lang] = [t for t in towns if t not in chosen] or towns
        self.forms = {e.key: entry_forms(e) for e in self.entries}
        self.person_forms = set().union(
            *(self.forms[e.key] for e in self.entries if e.kind == PERSON)
        )
        # word-name sentences, drawn for one word-name in turn, each sentence in turn
        self.word_turn = {lang: 0 for lang in LANGS}
        self.word_queue: dict[str, list[str]] = {}
        self.word_next: dict[str, int] = {}
        for lang in LANGS:
            for w in people.WORD_NAMES_BY_LANG[lang]:
                queue = list(dict.fromkeys(people.word_sentences(w)))
                rng.shuffle(queue)
                self.word_queue[w] = _by_position(queue, w)
                self.word_next[w] = 0
        self.pools = {lang: list(people.pool(lang)) for lang in LANGS}
        self.pool_next = {lang: 0 for lang in LANGS}
        for lang in LANGS:
            rng.shuffle(self.pools[lang])
        self.year = 2026

    # --- text ---------------------------------------------------------------------------------

    def sentence(self, lang: str) -> str:
        pool = self.pools[lang]
        i = self.pool_next[lang]
        if i >= len(pool):
            self.rng.shuffle(pool)
            i = 0
        self.pool_next[lang] = i + 1
        return pool[i]

    def word_sentence(self, lang: str) -> str:
        words = people.WORD_NAMES_BY_LANG[lang]
        w = words[self.word_turn[lang] % len(words)]
        self.word_turn[lang] += 1
        queue = self.word_queue[w]
        j = self.word_next[w]
        self.word_next[w] = j + 1
        return queue[j % len(queue)]

    # --- identifiers --------------------------------------------------------------------------

    def date(self, lang: str) -> tuple[str, str]:
        rng = self.rng
        d = datetime.date(self.year, 1, 1) + datetime.timedelta(days=rng.randrange(360))
        months = lx.MONTHS[lang].split()
        m = months[d.month - 1]
        wd = lx.WEEKDAYS[lang].split()[d.weekday()]
        day = d.day
        end = min(day + rng.randrange(1, 4), 28)
        shapes: dict[str, str] = {"iso": d.isoformat()}
        if lang == "sv":
            shapes |= {
                "slash": f"{day}/{d.month} {d.year}",
                "long": f"{day} {m} {d.year}",
                "day-month": f"{day} {m}",
                "weekday": f"{wd} {day} {m}",
                "abbrev": f"{day} {m[:3]}. {d.year}",
                "range": f"{day}–{end} {m}",
            }
        elif lang == "en":
            shapes |= {"us": f"{d.month}/{day}/{d.year}", "uk": f"{day:02d}/{d.month:02d}/{d.year}",
                       "long": f"{day} {m} {d.year}", "us-long": f"{m} {day}, {d.year}",
                       "weekday": f"{wd} {day} {m}", "range": f"{day}–{end} {m}"}  # fmt: skip
        elif lang == "fi":
            shapes |= {"dots": f"{day}.{d.month}.{d.year}", "short": f"{day}.{d.month}.",
                       "long": f"{day}. {m} {d.year}", "weekday": f"{wd} {day}.{d.month}.",
                       "range": f"{day}.–{end}.{d.month}."}  # fmt: skip
        elif lang == "no":
            shapes |= {"dots": f"{day:02d}.{d.month:02d}.{d.year}", "long": f"{day}. {m} {d.year}",
                       "day-month": f"{day}. {m}", "weekday": f"{wd} {day}. {m}",
                       "range": f"{day}.–{end}. {m}"}  # fmt: skip
        else:
            shapes |= {"dots": f"{day}.{d.month}.{d.year}", "slash": f"{day}/{d.month}-{d.year}",
                       "long": f"{day}. {m} {d.year}", "weekday": f"{wd} den {day}. {m}",
                       "range": f"{day}.–{end}. {m}"}  # fmt: skip
        if day <= 12:
            o = lx.ORDINALS[lang].split()[day - 1]
            shapes["ordinal-word"] = {
                "sv": f"den {o} {m}", "en": f"the {o} of {m}",
                "fi": f"{lx.FI_MONTH_GENITIVE.split()[d.month - 1]} {o} päivä",
                "no": f"{o} {m}", "da": f"den {o} {m}",
            }[lang]  # fmt: skip
        shape = rng.choice(sorted(shapes))
        return shapes[shape], shape

    def phone(self, lang: str) -> tuple[str, str, str, str]:
        rng = self.rng
        region = rng.choice(REGIONS[lang])
        nsn, groups = numbers.draw(rng, region)
        written, shape = numbers.write(rng, region, nsn, groups)
        how = "plain"
        r = rng.random()
        if r < 0.06:
            written = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in written)
            how = "hidden-full-width"
        elif r < 0.13 and " " in written:
            written = written.replace(" ", "\u00a0")
            how = "hidden-nbsp"
        elif r < 0.19:
            cut = len(written) // 2
            written = written[:cut] + "\u200b" + written[cut:]
            how = "hidden-zwsp"
        return written, numbers.e164(region, nsn), f"{region}/{shape}", how

    def identity(self, lang: str) -> tuple[str, str, str, str]:
        rng = self.rng
        country = rng.choice(ID_COUNTRIES[lang])
        build, _ = numbers.BUILDERS[country]
        value, shape = build(rng)
        written, how = value, "plain"
        r = rng.random()
        if r < 0.07:
            written = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in value)
            how = "hidden-full-width"
        elif r < 0.14:
            written = value[:4] + "\u200b" + value[4:]
            how = "hidden-zwsp"
        return written, value, f"{country}/{shape}", how

    def address(self, lang: str) -> str:
        rng = self.rng
        stems, ends = lx.STREETS[lang]
        street = rng.choice(stems) + rng.choice(ends)
        n = rng.randrange(1, 120)
        if lang == "en":
            line = (
                f"{n} {street}"
                if rng.random() < 0.7
                else f"Flat {rng.randrange(1, 30)}, {n} {street}"
            )
        else:
            line = f"{street} {n}"
            extra = {
                "sv": f" lgh {rng.randrange(1001, 1400)}",
                "fi": f" {rng.choice('ABC')} {rng.randrange(1, 40)}",
                "no": f" {rng.choice('ABC')}",
                "da": f", {rng.randrange(1, 5)}. {rng.choice(('tv', 'th', 'mf'))}",
            }[lang]
            if rng.random() < 0.5:
                line += extra
        if rng.random() < 0.65:
            town, code = rng.choice(self.unregistered_towns[lang])
            if not code:
                code = {"sv": f"{rng.randrange(100, 999)} {rng.randrange(10, 99)}",
                        "fi": f"{rng.randrange(10, 99)}{rng.randrange(100, 999)}",
                        "da": f"{rng.randrange(1000, 9990)}", "no": f"{rng.randrange(1000, 9990)}",
                        "en": f"{rng.randrange(10000, 99999)}"}[lang]  # fmt: skip
            line += f", {code} {town}"
        return line

    def email_of(self, person: _Person | None, lang: str) -> str:
        rng = self.rng
        if person is None:
            g, f = rng.choice(self.given[lang]), rng.choice(self.family[lang])
        else:
            g, f = person.given, person.family
        g, f = ascii_fold(g.lower()), ascii_fold(f.lower())
        g, f = re.sub(r"[^a-z]", "", g), re.sub(r"[^a-z]", "", f)
        local = rng.choice((f"{g}.{f}", f"{g[0]}{f}", f"{g}{rng.randrange(10, 99)}", f"{f}.{g}"))
        return f"{local}@{rng.choice(lx.DOMAINS[lang])}"

    def link(self, lang: str) -> str:
        rng = self.rng
        host = rng.choice(lx.DOMAINS[lang]).split("@")[-1]
        return f"https://www.{host}/{rng.choice(lx.PATHS)}"

    # --- names --------------------------------------------------------------------------------

    def stranger(self, lang: str) -> str:
        group = "moved" if self.rng.random() < 0.2 else lang
        return f"{self.rng.choice(self.given[group])} {self.rng.choice(self.family[group])}"

    def written_name(self, person: _Person, how: str) -> tuple[str, str, str, bool]:
        """(written, value, how-facet, exact) for one of the HOWS."""
        rng = self.rng
        of = {"full": person.entry.canonical, "given": person.given, "family": person.family}
        part = rng.choice(("full", "full", "given", "family"))
        if how == "ascii":
            marked = [k for k, v in of.items() if ascii_fold(v) != v]
            part = rng.choice(marked) if marked else part
        value = of[part]
        own = self.forms[person.entry.key]
        if how == "exact":
            return value, value, part, True
        if how == "lower":
            return value.lower(), value, part, False
        if how == "upper":
            return value.upper(), value, part, False
        if how == "ascii":
            folded = ascii_fold(value)
            if folded != value:
                return folded, value, part, False
            return value, value, part, True
        if how == "invisible":
            kind = rng.choice((*INVISIBLE, "invisible-full-width", "invisible-nbsp"))
            if kind == "invisible-nbsp":
                value = person.entry.canonical
                return value.replace(" ", "\u00a0", 1), value, kind, False
            if kind == "invisible-full-width":
                return (
                    "".join(chr(ord(c) + 0xFEE0) if "a" <= c.lower() <= "z" else c for c in value),
                    value,
                    kind,
                    False,
                )
            cut = max(1, min(len(value) - 1, 2 + rng.randrange(2)))
            return value[:cut] + INVISIBLE[kind] + value[cut:], value, kind, False
        # misspelt: a slip people type; drawn again when it gives another of the person's forms
        for _ in range(20):
            slip = rng.choice(SLIPS)
            w = value
            i = rng.randrange(1, max(2, len(w) - 1))
            if slip == "slip-drop" and len(w) > 3:
                w = w[:i] + w[i + 1 :]
            elif slip == "slip-double":
                w = w[:i] + w[i] + w[i:]
            elif slip == "slip-swap" and i + 1 < len(w) and w[i] != w[i + 1]:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
            elif slip == "slip-key" and w[i].lower() in KEYS.replace(" ", ""):
                row = next(r for r in KEYS.split() if w[i].lower() in r)
                j = row.index(w[i].lower())
                near = row[j - 1] if j > 0 else row[j + 1]
                w = w[:i] + (near.upper() if w[i].isupper() else near) + w[i + 1 :]
            elif slip == "slip-space" and part != "full":
                value = person.entry.canonical
                sp = value.index(" ")
                if sp > 1:
                    w = value[: sp - 1] + " " + value[sp - 1] + value[sp + 1 :]
            if (
                w != value
                and w.lower() not in own
                and ascii_fold(w.lower()) not in {ascii_fold(f) for f in own}
            ):
                return w, value, slip, False
        return value, value, part, True


def _position(sentence: str, word: str) -> str:
    m = re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", sentence, re.IGNORECASE)
    if m is None or m.start() == 0:
        return "start"
    return "after-comma" if sentence[: m.start()].rstrip().endswith(",") else "inside"


def _by_position(queue: list[str], word: str) -> list[str]:
    """The word's sentences in turns of where the word stands: start, after a comma, inside."""
    groups: dict[str, list[str]] = {"start": [], "after-comma": [], "inside": []}
    for sentence in queue:
        groups[_position(sentence, word)].append(sentence)
    out: list[str] = []
    while any(groups.values()):
        for key in ("start", "after-comma", "inside"):
            if groups[key]:
                out.append(groups[key].pop(0))
    return out


def _render_name(world: _World, note: _Note, person: _Person | None, style: str,
                 present: bool = False, glue: str = "") -> None:  # fmt: skip
    """Write a name into `note` (a stranger when `person` is None), with its span."""
    rng = world.rng
    suffix = "/present" if present else ""
    if person is None:
        name = world.stranger(note.lang)
        note.mark(name, "name", name, f"{style}/{note.lang}/unregistered/stranger{suffix}", style)
        return
    if glue:
        value = rng.choice((person.given, person.family))
        note.mark(value, "name", value, f"{style}/{note.lang}/inflected/genitive{suffix}", style,
                  True, person.entry.key)  # fmt: skip
        note.add(glue)
        return
    how = rng.choices(list(HOWS), weights=list(HOWS.values()))[0]
    if how == "inflected":
        how = "exact"
    if how == "ascii":
        marked = [
            q
            for q in world.persons[note.lang]
            if ascii_fold(q.entry.canonical) != q.entry.canonical
        ]
        if marked and not present and style not in ("header", "signature"):
            person = rng.choice(marked)
    written, value, facet, exact = world.written_name(person, how)
    note.mark(written, "name", value, f"{style}/{note.lang}/{how}/{facet}{suffix}", style, exact,
              person.entry.key)  # fmt: skip


def _who(world: _World, lang: str) -> _Person | None:
    if world.rng.random() < STRANGERS:
        return None
    return world.rng.choice(world.persons[lang])


def _identifier_sentence(world: _World, note: _Note, style: str) -> None:
    """A frame of this set with one identifier inside a running sentence."""
    rng = world.rng
    lang = note.lang
    kind = rng.choices(list(KINDS), weights=list(KINDS.values()))[0]
    if kind == "name" and lang in GENITIVE and rng.random() < 0.3:
        person = rng.choice(world.persons[lang])
        ending = GENITIVE[lang]
        ok = (
            lang == "fi" and person.given[-1] in "aeiouyäö" and person.family[-1] in "aeiouyäö"
        ) or (lang != "fi" and person.given[-1] not in "sxz" and person.family[-1] not in "sxz")
        if ok:
            frame = rng.choice(lx.FRAMES["genitive"][lang])
            head, tail = frame.split("{x}")
            note.add(head)
            _render_name(world, note, person, style, glue=ending)
            note.add(tail[len(ending) :] if tail.startswith(ending) else tail)
            return
    frame = rng.choice(lx.FRAMES[kind][lang])
    head, tail = frame.split("{x}")
    if kind == "name" and head == "" and tail:
        pass
    note.add(head)
    _write_kind(world, note, kind, style)
    note.add(tail)


def _write_kind(world: _World, note: _Note, kind: str, style: str) -> None:
    lang = note.lang
    rng = world.rng
    if kind == "name":
        _render_name(world, note, _who(world, lang), style)
    elif kind == "date":
        written, shape = world.date(lang)
        note.mark(written, "date", written, f"{style}/{lang}/{shape}", style)
    elif kind == "phone":
        written, value, region_shape, how = world.phone(lang)
        note.mark(written, "phone", value, f"{style}/{region_shape}/sentence/{how}", style)
    elif kind == "personnummer":
        written, value, country_shape, how = world.identity(lang)
        note.mark(written, "personnummer", value, f"{style}/{country_shape}/{how}", style)
    elif kind == "email":
        person = rng.choice(world.persons[lang]) if rng.random() < 0.8 else None
        written = world.email_of(person, lang)
        note.mark(written, "email", written, f"{style}/{lang}/address", style)
    elif kind == "address":
        written = world.address(lang)
        note.mark(written, "address", written, f"{style}/{lang}/street", style)
    elif kind == "place":
        entry = rng.choice(world.places[lang])
        note.mark(entry.canonical, "place", entry.canonical, f"{style}/{lang}/town", style, True,
                  entry.key)  # fmt: skip
    else:
        written = world.link(lang)
        note.mark(written, "url", written, f"{style}/{lang}/link", style)


def _code(rng: random.Random, lang: str) -> str:
    return f"{lx.CODE_WORD[lang]} {rng.choice('BCDFGHKLMNPRSTV')}{rng.randrange(100, 9999)}"


def _text_unit(world: _World, note: _Note, want_id: bool, style: str) -> None:
    """One to three published sentences, maybe a word-name's sentence, maybe an identifier."""
    rng = world.rng
    parts = rng.randrange(1, 4)
    slot = rng.randrange(parts + 1) if want_id else -1
    for i in range(parts + 1):
        if i == slot:
            _identifier_sentence(world, note, style)
            note.add(" ")
        if i < parts:
            if rng.random() < WORD_RATE[note.lang]:
                note.add(world.word_sentence(note.lang))
            else:
                note.add(world.sentence(note.lang))
            note.add(" ")
    if note.text and note.text[-1] == " ":
        note.text.pop()
        note.size -= 1
        note.nbytes -= 1


def _note(world: _World, lang: str, layout: str, target: int, per_kb: float) -> _Note:
    rng = world.rng
    note = _Note(lang, layout)
    title = (
        rng.choice(lx.TITLES.get(layout, lx.TITLES["interview"])[lang])
        if layout != "email"
        else None
    )
    want = 0.82 * DENSER[lang] * per_kb * target / 1000
    offset = rng.random()

    def need() -> bool:
        done = len(note.spans)
        return done + offset < want * min(1.0, (note.bytes() + 120) / target)

    if layout == "email":
        f, t, s, subj = lx.MAIL[lang]
        sender = rng.choice(world.persons[lang])
        note.add(f"{f}: ")
        addr = world.email_of(sender, lang)
        if rng.random() < 0.25:
            _render_name(world, note, sender, "header")
            note.add(" <")
            note.mark(addr, "email", addr, f"header/{lang}/address", "header")
            note.add(">\n")
        else:
            note.mark(addr, "email", addr, f"header/{lang}/address", "header")
            note.add("\n")
        if rng.random() < 0.15:
            note.add(f"{t}: ")
            addr = world.email_of(rng.choice(world.persons[lang]), lang)
            note.mark(addr, "email", addr, f"header/{lang}/address", "header")
            note.add("\n")
        if rng.random() < 0.2:
            note.add(f"{s}: ")
            written, shape = world.date(lang)
            note.mark(written, "date", written, f"header/{lang}/{shape}", "header")
            note.add(f" {rng.randrange(7, 22):02d}:{rng.randrange(60):02d}\n")
        note.add(f"{subj}: {rng.choice(lx.SUBJECTS[lang])}\n\n")
        if rng.random() < 0.25:
            note.add(rng.choice(lx.GREETINGS[lang]) + " ")
            _render_name(world, note, rng.choice(world.persons[lang]), "email")
            note.add(",\n\n")
        else:
            note.add(rng.choice(lx.GREETINGS[lang]) + ",\n\n")
        while note.bytes() < target - 200:
            _text_unit(world, note, need(), "email")
            note.add("\n\n")
        note.add(rng.choice(lx.SIGNOFFS[lang]) + "\n")
        if rng.random() < 0.4:
            _render_name(world, note, sender, "signature")
        else:
            note.add(sender.given[0] + ".")
        note.add("\n")
        if rng.random() < 0.25:
            note.add(f"{rng.choice(lx.PHONE_CUE[lang])}: ")
            written, value, region_shape, how = world.phone(lang)
            note.mark(written, "phone", value, f"signature/{region_shape}/cue/{how}", "signature")
            note.add("\n")
        return note
    note.add(f"{title} {_code(rng, lang)}\n\n")
    if layout == "meeting":
        here, away = lx.PRESENT[lang]
        note.add(f"{here}: ")
        for i in range(rng.randrange(2, 4)):
            if i:
                note.add(", ")
            _render_name(world, note, rng.choice(world.persons[lang]), "list", present=True)
        note.add("\n")
        if rng.random() < 0.15:
            note.add(f"{away}: ")
            _render_name(world, note, rng.choice(world.persons[lang]), "list", present=True)
            note.add("\n")
        note.add("\n")
    if rng.random() < 0.06:
        note.add(f"{rng.choice(lx.ROLES[lang])}: ")
        _render_name(world, note, rng.choice(world.persons[lang]), "list")
        if rng.random() < 0.5:
            note.add(f", {rng.choice(lx.PHONE_CUE[lang]).lower()} ")
            written, value, region_shape, how = world.phone(lang)
            note.mark(written, "phone", value, f"list/{region_shape}/cue/{how}", "list")
        note.add("\n")
    if rng.random() < 0.06:
        note.add(f"{rng.choice(lx.ID_CUE[lang])}: ")
        written, value, country_shape, how = world.identity(lang)
        note.mark(written, "personnummer", value, f"list/{country_shape}/{how}", "list")
        note.add("\n")
    labels = rng.choice(lx.INTERVIEW_LABELS[lang])
    speaker = rng.choice(world.persons[lang])
    clock = rng.randrange(7 * 60, 11 * 60)
    turn = 0
    page = 1
    point = 1
    other = rng.choice(world.persons[lang])
    while note.bytes() < target - 60:
        turn += 1
        if layout == "interview":
            if turn % 2:
                note.add(f"{labels[0]}: ")
            elif rng.random() < 0.08 and need():
                _render_name(world, note, speaker, "label")
                note.add(": ")
            else:
                note.add(f"{labels[1]}: ")
            _text_unit(world, note, need(), "interview")
            note.add("\n")
        elif layout == "observation":
            clock += rng.randrange(4, 40)
            note.add(f"{clock // 60 % 24:02d}:{clock % 60:02d} ")
            _text_unit(world, note, need(), "observation")
            note.add("\n")
        elif layout == "diary":
            if turn == 1 or rng.random() < 0.15:
                note.add(f"{lx.DAY[lang]} {rng.randrange(2, 60)}\n")
            _text_unit(world, note, need(), "diary")
            note.add("\n\n")
        elif layout == "sms":
            clock += rng.randrange(1, 30)
            note.add(f"[{clock // 60 % 24:02d}:{clock % 60:02d}] ")
            if turn % 2:
                note.add(f"{lx.ME[lang]}: ")
            elif turn == 2 and rng.random() < 0.5:
                _render_name(world, note, other, "label")
                note.add(": ")
            else:
                note.add(f"{other.given[0]}: ")
            _text_unit(world, note, need(), "sms")
            note.add("\n")
        elif layout == "pasted":
            _text_unit(world, note, need(), "pasted")
            note.add("\n")
            if rng.random() < 0.3:
                page += 1
                pages = page + rng.randrange(1, 6)
                tail = f"({pages})" if lang == "fi" else f"{lx.OF[lang]} {pages}"
                note.add(f"\n{lx.PAGE[lang]} {page} {tail}\n\n")
        else:
            note.add(f"{point}. {lx.POINT[lang]} ")
            point += 1
            note.add(f"{rng.choice('ABCDEFGH')}\n")
            _text_unit(world, note, need(), "meeting")
            note.add("\n")
    return note


def _wrap(text: str, spans: list[tuple[int, int]], rng: random.Random) -> str:
    """Text pasted from a PDF: lines broken at 60-76 characters, never inside an identifier."""
    out = list(text)
    width = rng.randrange(60, 77)
    col = 0
    for i, c in enumerate(out):
        if c == "\n":
            col = 0
            continue
        col += 1
        if c == " " and col >= width and not any(s <= i < e for s, e in spans):
            out[i] = "\n"
            col = 0
    return "".join(out)


def _ordinary(world: _World, index: int, text: str, spans: list[tuple[int, int]]) -> list[Ordinary]:
    found = []
    for m in TOKEN.finditer(text):
        if m.group().lower() not in world.person_forms:
            continue
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        before = text[: m.start()].rstrip(" ")
        initial = not before or before[-1] in ".!?:\n]" or re.search(r"(^|\n)\d+\.$", before)
        found.append(Ordinary(index, m.start(), m.end(), m.group(),
                              "homograph/initial" if initial else "homograph/inner"))  # fmt: skip
    return found


def generate_heldout_w(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    """Notes until `size` bytes, about `per_kb` identifiers per kilobyte."""
    rng = random.Random(seed)
    world = _World(rng)
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    total = 0
    langs = list(WEIGHTS)
    layouts = list(LAYOUTS)
    while total < size:
        lang = rng.choices(langs, weights=[WEIGHTS[lg] for lg in langs])[0]
        layout = rng.choices(layouts, weights=[LAYOUTS[k] for k in layouts])[0]
        low = 2700 if layout in ("email", "meeting") else 1100
        target = min(rng.randrange(low, 3900), max(200, size - total + 60))
        note = _note(world, lang, layout, target, per_kb)
        text = "".join(note.text)
        spans = [(s[0], s[1]) for s in note.spans]
        if layout == "pasted":
            text = _wrap(text, spans, rng)
        index = len(texts)
        forms = world.forms
        for start, end, kind, value, form, exact, key, _style in note.spans:
            if kind == "name":
                parts = form.split("/")
                category = name_category(text[start:end], exact, key, text, start, end, forms)
                parts[2] = category
                form = "/".join(parts)
            planted.append(Planted(index, start, end, kind, form, value, exact, key))
        ordinary.extend(_ordinary(world, index, text, spans))
        texts.append(text)
        total += len(text.encode("utf-8"))
    return Corpus(texts=texts, registry_people=list(world.entries), planted=planted,
                  ordinary=ordinary)  # fmt: skip


def check(corpus: Corpus) -> None:
    """Every span inside its text, none overlapping, ordinary words their text and outside."""
    by_text: dict[int, list[tuple[int, int]]] = {}
    for p in corpus.planted:
        if not (0 <= p.start < p.end <= len(corpus.texts[p.text])):
            raise ValueError(f"{p} is out of its text")
        by_text.setdefault(p.text, []).append((p.start, p.end))
    for spans in by_text.values():
        spans.sort()
        for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
            if s2 < e1:
                raise ValueError("planted identifiers overlap")
    for o in corpus.ordinary:
        if corpus.texts[o.text][o.start : o.end] != o.word:
            raise ValueError(f"{o} is not its text")
        if any(s < o.end and o.start < e for s, e in by_text.get(o.text, [])):
            raise ValueError(f"{o} is inside an identifier")
