"""Held-out AA: notes of a study, in Swedish and English, written around people's own words.

`generate_heldout_aa(seed, size, per_kb)` returns a `tests.deid_corpus.Corpus` of notes one to
four kilobytes long, in seven layouts of this set's own (`lexicon.py`), whose running text is
drawn from people's own published writing (`data/sentences.tsv`: Swedish reviews and posts,
English Reddit comments; see README) and whose identifiers are planted and recorded exactly.
Nobody who writes or tunes the redactor may read this package (see README).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from casebook.deid.registry import PERSON, PLACE, NameEntry, ascii_fold

from bench.heldout_aa import lexicon, numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 9199
REALISTIC = 0.7

LANG_WEIGHTS = {"sv": 0.44, "en": 0.56}
PUBLISHED_QUESTION = {"sv": 0.3, "en": 0.6}  # Swedish has few published questions
LAYOUTS = {"interview": 20, "observation": 15, "diary": 14, "email": 17, "sms": 12,
           "pasted": 12, "referral": 10}  # fmt: skip
KINDS = {"name": 0.54, "date": 0.08, "personnummer": 0.07, "phone": 0.08, "address": 0.07,
         "email": 0.06, "url": 0.05, "place": 0.05}  # fmt: skip
STRANGER_SHARE = 0.33
WORD_RATE = 0.6  # word-name sentences per kilobyte
COUNTRY_WEIGHTS = {"sv": 0.36, "en": 0.24, "da": 0.13, "no": 0.13, "fi": 0.14}
PHONE_REGIONS = {"SE": 30, "GB": 10, "NO": 6, "DK": 6, "FI": 6, "DE": 3, "PL": 4, "EE": 2,
                 "LT": 2, "IS": 2, "NL": 2, "ES": 2, "UA": 3, "TR": 3, "SO": 4, "ER": 3,
                 "IQ": 4, "SY": 4, "AF": 3, "IR": 3}  # fmt: skip
ID_COUNTRIES = {"se": 40, "no": 9, "dk": 9, "fi": 9, "pl": 6, "ee": 4, "lt": 4, "is": 3,
                "nl": 4, "es": 4}  # fmt: skip
INVISIBLE = {
    "invisible-soft-hyphen": "\u00ad",
    "invisible-zwsp": "\u200b",
    "invisible-zwj": "\u200d",
    "invisible-word-joiner": "\u2060",
    "invisible-bom": "\ufeff",
    "invisible-full-width": "",
    "invisible-nbsp": "\u00a0",
}
KEYBOARD = {
    "q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij",
    "i": "uok", "o": "ipl", "p": "o", "a": "qsz", "s": "adw", "d": "sfe", "f": "dgr",
    "g": "fht", "h": "gjy", "j": "hku", "k": "jli", "l": "k", "z": "xa", "x": "zc",
    "c": "xv", "v": "cb", "b": "vn", "n": "bm", "m": "n",
}  # fmt: skip
MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november "
    "december".split(),
    "en": "January February March April May June July August September October November "
    "December".split(),
}
MONTHS_SHORT = {"en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()}
WEEKDAYS = {
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
}
_PART = {"full": "canonical", "given": "given", "family": "family"}
SLOT = re.compile(r"\{(Ng|N|G|P|I|A|E|U|D|T)\}")
SLOT_KIND = {"N": "name", "Ng": "name", "G": "name", "P": "phone", "I": "personnummer",
             "A": "address", "E": "email", "U": "url", "D": "date", "T": "place"}  # fmt: skip


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def hidden(written: str) -> bool:
    """Whether an identifier is written with an invisible or compatibility character."""
    if unicodedata.normalize("NFKC", written) != written:
        return True
    return any(unicodedata.category(c) == "Cf" for c in written)


@dataclass
class Person:
    key: str
    given: str
    family: str
    country: str  # sv, da, no, fi, en: where the person lives (the form's language)
    word: str | None = None  # the word-name this person bears, if any

    @property
    def canonical(self) -> str:
        return f"{self.given} {self.family}"


@dataclass
class Registry:
    people: list[Person]
    towns: list[tuple[str, str, str]]  # key, town, country
    entries: list[NameEntry]
    forms: dict[str, set[str]]


@cache
def _vocabulary() -> frozenset[str]:
    """Every word of the published sentences, this set's own sentences, frames and labels."""
    texts: list[str] = []
    for ss in people.sentences().values():
        texts.extend(ss)
    for ss in people.OWN_ORDINARY.values():
        texts.extend(ss)
    for name in dir(lexicon):
        if name.isupper():
            texts.append(repr(getattr(lexicon, name)))
    texts.extend(s for ss in people.STREETS.values() for s in ss)
    words: set[str] = set()
    for t in texts:
        words.update(w.lower() for w in re.findall(r"[^\W\d_]+", t))
    return frozenset(words)


def _registry(rng: random.Random) -> Registry:
    vocab = _vocabulary()
    word_names = {w.lower() for ws in people.WORD_NAMES_BY_LANG.values() for w in ws}
    used: set[str] = set()
    persons: list[Person] = []

    def ok(given: str, family: str) -> bool:
        parts = {p.lower() for p in re.split(r"[\s-]+", f"{given} {family}")}
        return not (parts - word_names) & vocab and f"{given} {family}" not in used

    def add(given: str, family: str, country: str, word: str | None = None) -> None:
        used.add(f"{given} {family}")
        persons.append(Person(f"p{len(persons) + 1}", given, family, country, word))

    for lang, pairs in people.WORD_PEOPLE.items():
        for given, family in pairs:
            word = given if given in people.WORD_NAMES_BY_LANG[lang] else family
            add(given, family, lang, word)
    counts = {"sv": 40, "en": 25, "da": 12, "no": 12, "fi": 12}
    for lang, n in counts.items():
        gs, fs = people.given(lang), people.family(lang)
        made = 0
        while made < n:
            g, f = rng.choice(gs), rng.choice(fs)
            if ok(g, f):
                add(g, f, lang)
                made += 1
    origins = list(people.MOVED)
    for i in range(30):
        origin = origins[i % len(origins)]
        while True:
            g = rng.choice(people.MOVED_GIVEN[origin].split())
            f = rng.choice(people.MOVED_FAMILY[origin].split())
            if ok(g, f):
                add(g, f, rng.choice(["sv", "sv", "en", "da", "no", "fi"]))
                break
    towns: list[tuple[str, str, str]] = []
    for lang, n in (("sv", 5), ("en", 4), ("da", 2), ("no", 2), ("fi", 2)):
        for town, _code in rng.sample(people.towns(lang), n):
            towns.append((f"t{len(towns) + 1}", town, lang))
    entries = [NameEntry(p.key, p.canonical, f"[Person {i + 1}]") for i, p in enumerate(persons)]
    entries += [
        NameEntry(key, town, f"[Place {i + 1}]", kind=PLACE)
        for i, (key, town, _) in enumerate(towns)
    ]
    forms = {e.key: entry_forms(e) for e in entries if e.kind == PERSON}
    return Registry(persons, towns, entries, forms)


class Deck:
    """Items drawn as a shuffled deck: every one before any again."""

    def __init__(self, rng: random.Random, items: list) -> None:
        self.rng, self.items, self.left = rng, list(items), []

    def draw(self):
        if not self.left:
            self.left = list(self.items)
            self.rng.shuffle(self.left)
        return self.left.pop()


@dataclass
class Note:
    lang: str
    layout: str
    parts: list[str] = field(default_factory=list)
    n: int = 0
    nbytes: int = 0
    spans: list[dict] = field(default_factory=list)

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)
        self.nbytes += len(s.encode("utf-8"))

    def plant(self, written: str, kind: str, **meta) -> None:
        start = self.n
        self.add(written)
        self.spans.append({"start": start, "end": self.n, "kind": kind, **meta})

    def text(self) -> str:
        return "".join(self.parts)


class Writer:
    def __init__(self, rng: random.Random, reg: Registry) -> None:
        self.rng, self.reg = rng, reg
        self.pool = {lang: Deck(rng, people.pool(lang)) for lang in people.LANGS}
        self.questions = {
            lang: Deck(rng, [s for s in people.pool(lang) if s.endswith("?")])
            for lang in people.LANGS
        }
        self.statements = {
            lang: Deck(rng, [s for s in people.pool(lang) if not s.endswith("?")])
            for lang in people.LANGS
        }
        self.word_decks: dict[str, Deck] = {}
        for lang in people.LANGS:
            for w in people.WORD_NAMES_BY_LANG[lang]:
                own = [s for s in people.OWN_ORDINARY[lang] if _holds(s, w)]
                self.word_decks[w] = Deck(rng, own + people.word_sentences(lang, w))
        self.word_turns = {
            lang: Deck(rng, people.WORD_NAMES_BY_LANG[lang]) for lang in people.LANGS
        }
        self.people = Deck(rng, reg.people + [p for p in reg.people if p.word] * 2)
        self.accented = Deck(
            rng, [p for p in reg.people if not p.word and ascii_fold(p.canonical) != p.canonical]
        )
        self.places = Deck(rng, reg.towns)
        self.strangers: set[str] = {p.canonical for p in reg.people}
        self.unreg_towns = {
            lang: [t for t in people.towns(lang) if t[0] not in {x[1] for x in reg.towns}]
            for lang in people.TOWNS
        }
        self.frames = {lang: Deck(rng, lexicon.NAME_FRAMES[lang]) for lang in people.LANGS}
        self.other_frames = {
            lang: {k: Deck(rng, v) for k, v in lexicon.OTHER_FRAMES[lang].items()}
            for lang in people.LANGS
        }

    # --- identifiers --------------------------------------------------------------------

    def name(self, note: Note, style: str, slot: str = "N", present: bool = False) -> None:
        rng = self.rng
        if rng.random() < STRANGER_SHARE and slot != "Ng":
            country = rng.choices(list(COUNTRY_WEIGHTS), weights=list(COUNTRY_WEIGHTS.values()))[0]
            for _ in range(100):
                if rng.random() < 0.3:
                    origin = rng.choice(people.MOVED)
                    g = rng.choice(people.MOVED_GIVEN[origin].split())
                    f = rng.choice(people.MOVED_FAMILY[origin].split())
                else:
                    g, f = rng.choice(people.given(country)), rng.choice(people.family(country))
                if f"{g} {f}" not in self.strangers:
                    break
            self.strangers.add(f"{g} {f}")
            written = f"{g} {f}"
            form = f"{style}/{country}/?/stranger" + ("/present" if present else "")
            note.plant(written, "name", form=form, value=written, exact=False, key=None)
            return
        p: Person = self.people.draw()
        if slot == "G":
            base, part = p.given, "given"
        else:
            part = rng.choices(["full", "given", "family"], weights=[45, 30, 25])[0]
            if p.word and rng.random() < 0.7:
                part = "given" if p.word == p.given else "family"
            base = {"full": p.canonical, "given": p.given, "family": p.family}[part]
        glue = ""
        if slot == "Ng":
            glue = "s" if note.lang == "en" or base[-1].lower() not in "sxz" else ""
            how = rng.choices(["exact", "invisible"], weights=[85, 15])[0]
        else:
            hows = ["exact", "lower", "upper", "ascii", "misspelt", "invisible"]
            weights = [34, 13, 9, 15, 16, 13]
            how = rng.choices(hows, weights=weights)[0]
            if p.word and how in ("lower", "ascii"):
                how = "exact"
            if how == "ascii" and ascii_fold(base) == base:
                p = self.accented.draw()  # a person whose name has letters to fold
                part = rng.choice(
                    [
                        x
                        for x in ("full", "given", "family")
                        if ascii_fold(getattr(p, _PART[x])) != getattr(p, _PART[x])
                    ]
                )
                base = getattr(p, _PART[part])
        written, detail, exact = base, how, how == "exact"
        if how == "lower":
            written = base.lower()
        elif how == "upper":
            written = base.upper()
        elif how == "ascii":
            written = ascii_fold(base)
        elif how == "misspelt":
            written, detail = self._slip(base, p)
            exact = False
            if written == base:
                exact, detail = True, "exact"
        elif how == "invisible":
            kind = rng.choice(list(INVISIBLE))
            if kind == "invisible-nbsp" and slot != "G":
                base = p.canonical  # a no-break space stands between given and family name
            written, detail = self._hide(base, kind)
        form = f"{style}/{p.country}/?/{detail}" + ("/present" if present else "")
        note.plant(written, "name", form=form, value=base, exact=exact, key=p.key)
        if glue:
            note.add(glue)

    def _slip(self, base: str, p: Person) -> tuple[str, str]:
        rng, own = self.rng, self.reg.forms[p.key]
        folded = {ascii_fold(f) for f in own}
        kinds = ["slip-drop", "slip-double", "slip-swap", "slip-key"]
        if " " in base:
            kinds.append("slip-space")
        for _ in range(40):
            kind = rng.choice(kinds)
            letters = [i for i, c in enumerate(base) if c.isalpha() and i > 0]
            i = rng.choice(letters)
            if kind == "slip-drop":
                w = base[:i] + base[i + 1 :]
            elif kind == "slip-double":
                w = base[:i] + base[i] + base[i:]
            elif kind == "slip-swap":
                if i + 1 >= len(base) or not base[i + 1].isalpha() or base[i] == base[i + 1]:
                    continue
                w = base[:i] + base[i + 1] + base[i] + base[i + 2 :]
            elif kind == "slip-key":
                near = KEYBOARD.get(base[i].lower())
                if not near:
                    continue
                c = rng.choice(near)
                w = base[:i] + (c.upper() if base[i].isupper() else c) + base[i + 1 :]
            else:
                j = base.index(" ")
                if j < 2:
                    continue
                w = base[: j - 1] + " " + base[j - 1] + base[j + 1 :]
            if w.lower() in own or ascii_fold(w.lower()) in folded or w.strip() != w:
                continue
            return w, kind
        return base, "exact"

    def _hide(self, base: str, kind: str) -> tuple[str, str]:
        rng = self.rng
        if kind == "invisible-nbsp" and " " not in base:
            kind = "invisible-zwsp"
        if kind == "invisible-full-width":
            return _full_width(base), kind
        if kind == "invisible-nbsp":
            return base.replace(" ", "\u00a0", 1), kind
        inner = [i for i in range(1, len(base)) if base[i - 1].isalpha() and base[i].isalpha()]
        i = rng.choice(inner)
        return base[:i] + INVISIBLE[kind] + base[i:], kind

    def phone(self, note: Note, style: str, cue: bool = False) -> None:
        rng = self.rng
        region = rng.choices(list(PHONE_REGIONS), weights=list(PHONE_REGIONS.values()))[0]
        nsn, groups = numbers.draw(rng, region)
        written, shape = numbers.write(rng, region, nsn, groups)
        hid = "plain"
        if rng.random() < 0.15:
            spaced = ["hidden-nbsp"] * 2 if " " in written else []
            hows = ["hidden-full-width", "hidden-zwsp", *spaced]
            hid = rng.choice(hows)
            if hid == "hidden-full-width":
                written = _full_width(written)
            elif hid == "hidden-nbsp" and " " in written:
                written = written.replace(" ", "\u00a0")
            else:
                hid = "hidden-zwsp"
                digits = [i for i in range(2, len(written)) if written[i].isdigit()]
                i = rng.choice(digits)
                written = written[:i] + "\u200b" + written[i:]
        form = f"{style}/{region}/{shape}/{'cue' if cue else 'sentence'}/{hid}"
        note.plant(written, "phone", form=form, value=numbers.e164(region, nsn), exact=False,
                   key=None)  # fmt: skip

    def idnum(self, note: Note, style: str) -> None:
        rng = self.rng
        country = rng.choices(list(ID_COUNTRIES), weights=list(ID_COUNTRIES.values()))[0]
        build, _ = numbers.BUILDERS[country]
        value, shape = build(rng)
        written, hid = value, "plain"
        if rng.random() < 0.12:
            if rng.random() < 0.5:
                written, hid = _full_width(value), "hidden-full-width"
            else:
                i = rng.randrange(2, len(value) - 1)
                written, hid = value[:i] + "\u200b" + value[i:], "hidden-zwsp"
        form = f"{style}/{country}/{shape}/{hid}"
        note.plant(written, "personnummer", form=form, value=value, exact=False, key=None)

    def date(self, note: Note, style: str) -> None:
        rng, lang = self.rng, note.lang
        day = dt.date(2025, 9, 1) + dt.timedelta(days=rng.randrange(600))
        d, m, y = day.day, day.month, day.year
        wd = WEEKDAYS[lang][day.weekday()]
        month = MONTHS[lang][m - 1]
        if lang == "sv":
            shapes = {
                "long": f"{d} {month} {y}",
                "den": f"den {d} {month}",
                "slash": f"{d}/{m}",
                "weekday": f"{wd} {d} {month}",
                "wd-short-slash": f"{wd[:3]} {d}/{m}",
                "iso": day.isoformat(),
                "day-month": f"{d} {month}",
                "range": f"{d}–{d + 2} {month}" if d <= 26 else f"{d} {month}",
            }
        else:
            suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            shapes = {
                "long": f"{d} {month} {y}",
                "us": f"{month} {d}, {y}",
                "slash": f"{d:02d}/{m:02d}/{y}",
                "weekday": f"{wd} {d} {month}",
                "ordinal": f"{d}{suffix} {month}",
                "abbr": f"{d} {MONTHS_SHORT['en'][m - 1]} {y}",
                "iso": day.isoformat(),
                "range": f"{d}-{d + 2} {month}" if d <= 26 else f"{d} {month}",
            }
        shape = rng.choice(list(shapes))
        written = shapes[shape]
        if shape == "range" and "-" not in written and "–" not in written:
            shape = "day-month"
        note.plant(written, "date", form=f"{style}/{lang}/{shape}", value=written, exact=False,
                   key=None)  # fmt: skip

    def address(self, note: Note, style: str) -> None:
        rng = self.rng
        country = rng.choices(list(COUNTRY_WEIGHTS), weights=list(COUNTRY_WEIGHTS.values()))[0]
        street = rng.choice(people.STREETS[country])
        num = rng.randint(1, 88)
        town, code = rng.choice(self.unreg_towns[country])
        with_town = rng.random() < 0.6
        if country == "sv":
            line = f"{street} {num}" + (
                f" lgh {rng.randint(1001, 1504)}" if rng.random() < 0.5 else ""
            )
            tail = f", {code} {town}"
        elif country == "da":
            line = f"{street} {num}, {rng.randint(1, 4)}. {rng.choice(['tv', 'th', 'mf'])}"
            tail = f", {code} {town}"
        elif country == "no":
            line = f"{street} {num}{rng.choice(['', '', 'A', 'B'])}"
            tail = f", {code} {town}"
        elif country == "fi":
            line = f"{street} {num} {rng.choice('ABC')} {rng.randint(1, 40)}"
            tail = f", {code} {town}"
        else:
            line = (
                f"Flat {rng.randint(1, 30)}, " if rng.random() < 0.4 else ""
            ) + f"{num} {street}"
            tail = f", {town} {code}"
        written = line + (tail if with_town else "")
        shape = "with-town" if with_town else "street"
        note.plant(written, "address", form=f"{style}/{country}/{shape}", value=written,
                   exact=False, key=None)  # fmt: skip

    def _handle(self, p: Person) -> tuple[str, str]:
        def fold(s: str) -> str:
            return re.sub(r"[^a-z]", "", ascii_fold(s).lower())

        return fold(p.given), fold(p.family)

    def email(self, note: Note, style: str) -> None:
        rng = self.rng
        g, f = self._handle(self.people.draw())
        shape = rng.choice(["dot", "initial", "year", "plain"])
        local = {"dot": f"{g}.{f}", "initial": f"{g[0]}{f}", "year": f"{g}{rng.randint(60, 99)}",
                 "plain": f"{g}{f}"}[shape]  # fmt: skip
        domain = rng.choice(["example.org", "example.com", "example.net", "mail.example.org"])
        written = f"{local}@{domain}"
        note.plant(written, "email", form=f"{style}/{note.lang}/{shape}", value=written,
                   exact=False, key=None)  # fmt: skip

    def url(self, note: Note, style: str) -> None:
        rng = self.rng
        g, f = self._handle(self.people.draw())
        shape = rng.choice(["https", "bare", "path"])
        written = {
            "https": f"https://www.example.org/{g}-{f}",
            "bare": f"example.com/{g}{f}",
            "path": f"http://blogg.example.net/{g}/insamling",
        }[shape]
        note.plant(written, "url", form=f"{style}/{note.lang}/{shape}", value=written,
                   exact=False, key=None)  # fmt: skip

    def place(self, note: Note, style: str) -> None:
        key, town, country = self.places.draw()
        note.plant(town, "place", form=f"{style}/{country}/town", value=town, exact=True, key=key)

    def plant(self, note: Note, kind: str, style: str, slot: str = "N", **kw) -> None:
        if kind == "name":
            self.name(note, style, slot, **kw)
        elif kind == "phone":
            self.phone(note, style, **kw)
        elif kind == "personnummer":
            self.idnum(note, style)
        elif kind == "date":
            self.date(note, style)
        elif kind == "address":
            self.address(note, style)
        elif kind == "email":
            self.email(note, style)
        elif kind == "url":
            self.url(note, style)
        else:
            self.place(note, style)

    # --- running text -------------------------------------------------------------------

    def frame(self, note: Note, frame: str, style: str, queue: list[str]) -> None:
        at = 0
        for m in SLOT.finditer(frame):
            note.add(frame[at : m.start()])
            slot = m.group(1)
            kind = SLOT_KIND[slot]
            if kind in queue:
                queue.remove(kind)
            self.plant(note, kind, style, slot)
            at = m.end()
        note.add(frame[at:])

    def sentence_with(self, note: Note, style: str, queue: list[str]) -> None:
        """One frame carrying the first identifier of the queue (two names when two wait)."""
        kind = queue[0]
        if kind == "name":
            for _ in range(10):
                frame = self.frames[note.lang].draw()
                if frame.count("{N}") + frame.count("{Ng}") <= queue.count("name"):
                    break
            else:
                frame = "{N}."  # pragma: no cover
        else:
            frame = self.other_frames[note.lang][kind].draw()
        self.frame(note, frame, style, queue)

    def word_sentence(self, note: Note) -> str:
        word = self.word_turns[note.lang].draw()
        return self.word_decks[word].draw()

    def body(self, note: Note, style: str, queue: list[str], target: int, sentences: int = 99,
             sep: str = " ", words: float = 0.0) -> None:  # fmt: skip
        """Sentences, some carrying identifiers, until `sentences` or the note's `target`."""
        for i in range(sentences):
            if i:
                note.add(sep)
            left = max(0, target - note.nbytes) // 70 + 1
            if queue and self.rng.random() < len(queue) / (len(queue) + left):
                self.sentence_with(note, style, queue)
            elif self.rng.random() < words:
                note.add(self.word_sentence(note))
            else:
                note.add(self.statements[note.lang].draw())
            if note.nbytes >= target and not queue:
                break


def _holds(sentence: str, word: str) -> bool:
    return word.lower() in {w.lower() for w in re.findall(r"[^\W\d_]+", sentence)}


def _code(rng: random.Random, lang: str) -> str:
    letters = "".join(rng.choice("BCDFGHJKLMNPRSTVXZ") for _ in range(2))  # no name-like code
    return f"{lexicon.CASE_WORD[lang]} {letters}-{rng.randint(1000, 9999)}"


def _clock(rng: random.Random, minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _layout(w: Writer, note: Note, queue: list[str], target: int) -> None:
    rng, lang, lay = w.rng, note.lang, note.layout
    title = lexicon.TITLES[lang][lay]
    word_share = min(0.5, WORD_RATE * 70 / 1000)
    if lay in ("interview", "referral", "pasted"):
        note.add(f"{title} ({_code(rng, lang)})\n")
    elif lay in ("observation", "diary"):
        note.add(f"{title}, {lexicon.WEEK[lang]} {rng.randint(2, 51)}\n")
    else:
        note.add(f"{title}\n")

    def present_list() -> None:
        label = rng.choice(lexicon.PRESENT[lang])
        note.add(f"{label}: ")
        k = min(queue.count("name"), rng.randint(2, 4))
        roles = lexicon.ROLES[lang]
        for j in range(k):
            if j:
                note.add(", ")
            queue.remove("name")
            w.name(note, "list", present=True)
            if rng.random() < 0.4:
                note.add(f" ({rng.choice(roles)})")
        if k == 0:
            note.add(rng.choice(roles))
        note.add("\n")

    if lay == "interview":
        if queue.count("name") >= 3:
            present_list()
        note.add("\n")
        self_label = rng.choice(lexicon.SPEAKER_SELF[lang])
        other = rng.choice(lexicon.SPEAKER_OTHER[lang])
        named = "name" in queue and rng.random() < 0.5
        while note.nbytes < target or queue:
            asked = (
                w.questions[lang].draw() if rng.random() < PUBLISHED_QUESTION[lang]
                else rng.choice(lexicon.PROMPTS[lang])
            )  # fmt: skip
            note.add(f"{self_label}: {asked}\n")
            if named and "name" in queue:
                queue.remove("name")
                w.name(note, "label", slot="G")
                note.add(": ")
            else:
                note.add(f"{other}: ")
            w.body(note, "interview", queue, target, sentences=rng.randint(1, 4), words=word_share)
            note.add("\n")
    elif lay == "observation":
        if queue.count("name") >= 3 and rng.random() < 0.5:
            present_list()
        minutes = rng.randint(8 * 60, 10 * 60)
        while note.nbytes < target or queue:
            note.add(f"kl. {_clock(rng, minutes)} ")
            w.body(note, "observation", queue, target, sentences=rng.randint(1, 3),
                   words=word_share)  # fmt: skip
            note.add("\n")
            minutes += rng.randint(5, 40)
    elif lay == "diary":
        while note.nbytes < target or queue:
            note.add(lexicon.BULLET)
            w.body(note, "diary", queue, target, sentences=rng.randint(1, 3), words=word_share)
            note.add("\n")
    elif lay == "email":
        head = lexicon.EMAIL_HEAD[lang]
        note.add(f"{head['from']}: ")
        if "name" in queue:
            queue.remove("name")
            w.name(note, "header")
            if "email" in queue:
                queue.remove("email")
                note.add(" <")
                w.email(note, "header")
                note.add(">")
        else:
            note.add(rng.choice(lexicon.SIGN_ROLE[lang]))
        note.add("\n")
        if "name" in queue and rng.random() < 0.6:
            queue.remove("name")
            note.add(f"{head['to']}: ")
            w.name(note, "header")
            note.add("\n")
        if "date" in queue and rng.random() < 0.7:
            queue.remove("date")
            note.add(f"{head['sent']}: ")
            w.date(note, "header")
            note.add(f" {_clock(rng, rng.randint(7 * 60, 22 * 60))}\n")
        note.add(
            f"{head['subject']}: {rng.choice(lexicon.SUBJECTS[lang])} ({_code(rng, lang)})\n\n"
        )
        if "name" in queue and rng.random() < 0.6:
            queue.remove("name")
            greeting = rng.choice(lexicon.GREETING[lang])
            pre, post = greeting.split("{G}")
            note.add(pre)
            w.name(note, "email", slot="G")
            note.add(post + "\n\n")
        else:
            note.add(rng.choice(lexicon.GREETING_PLAIN[lang]) + "\n\n")
        sign_name = "name" in queue
        if sign_name:
            queue.remove("name")
        sign_phone = "phone" in queue and rng.random() < 0.7
        if sign_phone:
            queue.remove("phone")
        while note.nbytes < target - 60 or queue:
            w.body(note, "email", queue, target - 60, sentences=rng.randint(2, 5),
                   words=word_share)  # fmt: skip
            note.add("\n\n")
        note.add(rng.choice(lexicon.SIGN_OFF[lang]) + "\n")
        if sign_name:
            w.name(note, "signature", slot=rng.choice(["G", "N"]))
        else:
            note.add(rng.choice(lexicon.SIGN_ROLE[lang]))
        if sign_phone:
            note.add(f"\n{rng.choice(lexicon.PHONE_CUE[lang])} ")
            w.phone(note, "signature", cue=True)
        note.add("\n")
    elif lay == "sms":
        named = "name" in queue
        if named:
            queue.remove("name")
        minutes = rng.randint(9 * 60, 20 * 60)
        turn = 0
        while note.nbytes < target or queue or named:
            clock = _clock(rng, minutes)
            if named:
                w.name(note, "label", slot="G")
                note.add(f" ({clock}): ")
                named = False
            elif turn % 2:
                note.add(f"{lexicon.ME[lang]} ({clock}): ")
            elif "name" in queue and rng.random() < 0.5:
                queue.remove("name")
                w.name(note, "label", slot="G")
                note.add(f" ({clock}): ")
            else:
                note.add(f"{rng.choice(lexicon.SPEAKER_OTHER[lang])} ({clock}): ")
            w.body(note, "sms", queue, target, sentences=rng.randint(1, 2), words=word_share)
            note.add("\n")
            minutes += rng.randint(1, 90)
            turn += 1
        note.add(f"-- {lexicon.SMS_TAIL[lang]} --\n")
    elif lay == "pasted":
        start = note.n
        width = rng.randint(60, 76)
        pages = rng.randint(2, 6)
        while note.nbytes < target - 20 or queue:
            w.body(note, "pasted", queue, target - 20, sentences=rng.randint(3, 6),
                   words=word_share)  # fmt: skip
            note.add("\n\n")
        _wrap(note, start, width)
        a = rng.randint(1, pages)
        note.add(lexicon.PAGE[lang].format(a=a, b=pages) + "\n")
    else:  # referral
        labels = lexicon.FORM_LABELS[lang]
        if "name" in queue:
            queue.remove("name")
            note.add(f"{labels['name']}: ")
            w.name(note, "label", slot="N")
            note.add("\n")
        for key, kind in (("id", "personnummer"), ("address", "address"), ("phone", "phone"),
                          ("email", "email")):  # fmt: skip
            if kind in queue and rng.random() < 0.8:
                queue.remove(kind)
                note.add(f"{labels[key]}: ")
                if kind == "phone":
                    w.phone(note, "label", cue=True)
                else:
                    w.plant(note, kind, "label")
                note.add("\n")
        if "name" in queue and rng.random() < 0.7:
            queue.remove("name")
            note.add(f"{labels['relative']}: ")
            w.name(note, "label")
            note.add(f" ({rng.choice(lexicon.ROLES[lang])})")
            if "phone" in queue:
                queue.remove("phone")
                note.add(", ")
                w.phone(note, "label", cue=False)
            note.add("\n")
        if "place" in queue and rng.random() < 0.6:
            queue.remove("place")
            note.add(f"{labels['town']}: ")
            w.place(note, "label")
            note.add("\n")
        if "date" in queue and rng.random() < 0.6:
            queue.remove("date")
            note.add(f"{labels['date']}: ")
            w.date(note, "label")
            note.add("\n")
        note.add(f"\n{labels['note']}:\n")
        while note.nbytes < target or queue:
            w.body(note, "referral", queue, target, sentences=rng.randint(2, 5),
                   words=word_share)  # fmt: skip
            note.add("\n")


def _wrap(note: Note, start: int, width: int) -> None:
    """Breaks the text from `start` into lines of at most `width` characters at spaces outside
    identifiers (a space becomes a newline: offsets hold)."""
    text = list(note.text())
    inside = [False] * len(text)
    for s in note.spans:
        for i in range(s["start"], s["end"]):
            inside[i] = True
    line_start = start
    last_space = -1
    for i in range(start, len(text)):
        if text[i] == "\n":
            line_start, last_space = i + 1, -1
            continue
        if text[i] == " " and not inside[i]:
            last_space = i
        if i - line_start >= width and last_space > line_start:
            text[last_space] = "\n"
            line_start, last_space = last_space + 1, -1
    note.parts = ["".join(text)]


def _ordinary(text_index: int, text: str, spans: list[tuple[int, int]],
              forms: set[str]) -> list[Ordinary]:  # fmt: skip
    out = []
    for m in re.finditer(r"[^\W\d_]+", text):
        if m.group().lower() not in forms:
            continue
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        before = text[: m.start()].rsplit("\n", 1)[-1].rstrip()
        initial = not before or before[-1] in ".!?:)(*" or before[-1].isdigit()
        form = "homograph/initial" if initial else "homograph/inner"
        out.append(Ordinary(text_index, m.start(), m.end(), m.group(), form))
    return out


def generate_heldout_aa(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    rng = random.Random(seed)
    reg = _registry(rng)
    w = Writer(rng, reg)
    person_forms = set().union(*reg.forms.values())
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    total = 0
    langs, lang_w = list(LANG_WEIGHTS), list(LANG_WEIGHTS.values())
    layouts, layout_w = list(LAYOUTS), list(LAYOUTS.values())
    kinds, kind_w = list(KINDS), list(KINDS.values())
    while total < size:
        target = min(rng.randint(1000, 4000), max(300, size - total))
        lang = rng.choices(langs, weights=lang_w)[0]
        note = Note(lang, rng.choices(layouts, weights=layout_w)[0])
        want = max(1, round(per_kb * (total + target) / 1000 - len(planted)))
        queue = sorted(rng.choices(kinds, weights=kind_w, k=want), key=lambda k: k != "name")
        rng.shuffle(queue)
        _layout(w, note, queue, target)
        text = note.text()
        i = len(texts)
        spans = []
        for s in note.spans:
            written = text[s["start"] : s["end"]]
            form = s["form"]
            if s["kind"] == "name":
                category = name_category(written, s["exact"], s["key"], text, s["start"],
                                         s["end"], reg.forms)  # fmt: skip
                parts = form.split("/")
                parts[2] = category
                form = "/".join(parts)
            planted.append(Planted(i, s["start"], s["end"], s["kind"], form, s["value"],
                                   s["exact"], s["key"]))  # fmt: skip
            spans.append((s["start"], s["end"]))
        ordinary.extend(_ordinary(i, text, spans, person_forms))
        texts.append(text)
        total += len(text.encode("utf-8"))
    return Corpus(texts=texts, registry_people=reg.entries, planted=planted, ordinary=ordinary)


def check(corpus: Corpus) -> None:
    """Raises ValueError when a span leaves its text, two spans overlap, or an ordinary word is
    not its text or lies inside an identifier."""
    by_text: dict[int, list[tuple[int, int]]] = {}
    for p in corpus.planted:
        if not (0 <= p.start < p.end <= len(corpus.texts[p.text])):
            raise ValueError(f"{p} is out of its text")
        by_text.setdefault(p.text, []).append((p.start, p.end))
    for spans in by_text.values():
        spans.sort()
        for a, b in zip(spans, spans[1:], strict=False):
            if b[0] < a[1]:
                raise ValueError(f"spans {a} and {b} overlap")
    for o in corpus.ordinary:
        if corpus.texts[o.text][o.start : o.end] != o.word:
            raise ValueError(f"{o} is not its text")
        if any(s < o.end and o.start < e for s, e in by_text.get(o.text, [])):
            raise ValueError(f"{o} lies inside an identifier")
