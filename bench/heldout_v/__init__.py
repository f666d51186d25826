"""Held-out V: field notes of a study in five languages with planted identifiers, between real
sentences that people wrote or said in their own language (chat, election-compass answers,
parliamentary speech, a welfare service's guidance). See README.md; nobody who tunes the
redactor may read this package.

    corpus = generate_heldout_v(SEED, 5_000_000)   # REALISTIC identifiers per kilobyte
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from casebook.deid.registry import PERSON, PLACE, NameEntry

from bench import scoring
from bench.heldout_v import lexicon as lx
from bench.heldout_v import numbers, people
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 5779
REALISTIC = 0.7
LANG_WEIGHTS = (("sv", 24), ("en", 19), ("fi", 19), ("no", 19), ("da", 19))
STYLES = (("interview", 22), ("observation", 14), ("diary", 12), ("email", 16), ("sms", 12),
          ("pasted", 10), ("list", 14))  # fmt: skip
# Swedish notes lean to mails and meeting notes (more names, less of the smallest text pool)
STYLES_SV = (("interview", 20), ("observation", 14), ("diary", 10), ("email", 16), ("sms", 12),
             ("pasted", 8), ("list", 16))  # fmt: skip
# kinds of the identifier lines in a note's body (headers, sign-offs and lists of who was
# present add names, e-mail addresses, dates and phone numbers of their own)
KIND_WEIGHTS = (("name", 36), ("date", 18), ("email", 4), ("phone", 12), ("address", 10),
                ("personnummer", 9), ("place", 9), ("url", 8))  # fmt: skip
VARIANT_WEIGHTS = (("exact", 34), ("lower", 12), ("upper", 12), ("misspelt", 20),
                   ("invisible", 18), ("ascii", 4))  # fmt: skip
PEOPLE_PER_LANG = {"sv": 80, "en": 50, "fi": 50, "no": 50, "da": 50}
TOWNS_PER_LANG = 6
ORDINARY_PER_5MB = 420  # drawn uses of word-names per language in 5 MB of notes
SENTENCE_USES_5MB = 9  # at most this many draws of one ordinary sentence in 5 MB

TOKEN = re.compile(r"[^\W\d_]+")
STAMP = re.compile(r"\[\d\d:\d\d\]|\d\d[.:]\d\d|-|\d+\.")
HIDDEN_NAME = {
    "invisible-soft-hyphen": "\u00ad",
    "invisible-zwsp": "\u200b",
    "invisible-zwj": "\u200d",
    "invisible-word-joiner": "\u2060",
    "invisible-bom": "\ufeff",
}
QWERTY = ["qwertyuiopå", "asdfghjklöä", "zxcvbnm"]


def hidden(text: str) -> bool:
    """Whether `text` holds an invisible or compatibility character."""
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


def _full_width(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def _weighted(rng: random.Random, pairs) -> str:
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def _fold(s: str) -> str:
    s = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


@dataclass
class _Person:
    key: str
    given: str
    family: str
    lang: str
    entry: NameEntry


@dataclass
class _Pending:
    start: int
    end: int
    kind: str
    value: str
    form: str  # without the name category for names
    exact: bool = False
    key: str | None = None
    how: str = ""


@dataclass
class _Note:
    lines: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, int, _Pending]] = field(default_factory=list)  # line, s, e

    def size(self) -> int:
        return sum(len(x.encode("utf-8")) + 1 for x in self.lines)


class _Builder:
    def __init__(self, seed: int, per_kb: float) -> None:
        self.rng = random.Random(seed)
        self.per_kb = per_kb
        self.people: dict[str, list[_Person]] = defaultdict(list)
        self.entries: list[NameEntry] = []
        self.places: dict[str, list[NameEntry]] = defaultdict(list)
        self.forms: dict[str, set[str]] = {}
        self.used_strangers: set[str] = set()
        self.kind_count: Counter = Counter()
        self.body_count: Counter = Counter()
        self.variant_count: Counter = Counter()
        self.phone_hidden = 0
        # a pool sentence that uses another language's word-name as a word stays out: the
        # word-names' uses are the ones drawn for them, in their own language's notes
        foreign = {
            lang: {w.lower() for lg, ws in people.WORD_NAMES_BY_LANG.items() if lg != lang
                   for w in ws} - {w.lower() for w in people.WORD_NAMES_BY_LANG[lang]}
            for lang in people.LANGS
        }  # fmt: skip
        own = {lang: {w.lower() for w in people.WORD_NAMES_BY_LANG[lang]} for lang in people.LANGS}
        self.pool = {
            lang: [
                s
                for s in people.pool()[lang]
                if not (foreign[lang] | own[lang]) & set(TOKEN.findall(s.lower()))
            ]
            for lang in people.LANGS
        }
        self.size = 1
        self.written = 0
        self.ordinary_drawn: Counter = Counter()
        for lang in people.LANGS:
            self.rng.shuffle(self.pool[lang])
        self.pool_at = dict.fromkeys(people.LANGS, 0)
        self._register()
        self._ordinary_index()

    # --- registry ------------------------------------------------------------------------
    def _register(self) -> None:
        rng = self.rng
        n = 0
        taken: set[str] = set()
        for lang in people.LANGS:
            given, fam = list(people.given(lang)), list(people.family(lang))
            moved_g, moved_f = list(people.given("moved")), list(people.family("moved"))
            chosen: list[tuple[str, str]] = []
            for word in people.WORD_NAMES_BY_LANG[lang]:
                chosen.append((word, rng.choice(fam)))
            while len(chosen) < PEOPLE_PER_LANG[lang]:
                if rng.random() < 0.125:
                    g, f = rng.choice(moved_g), rng.choice(moved_f)
                else:
                    g, f = rng.choice(given), rng.choice(fam)
                if f"{g} {f}" in taken or g == f:
                    continue
                taken.add(f"{g} {f}")
                chosen.append((g, f))
            for g, f in chosen:
                n += 1
                entry = NameEntry(f"p{n}", f"{g} {f}", f"[PERSON {n}]", (), PERSON)
                self.people[lang].append(_Person(entry.key, g, f, lang, entry))
                self.entries.append(entry)
                self.forms[entry.key] = scoring.entry_forms(entry)
        t = 0
        for lang in people.LANGS:
            towns = list(people.towns(lang))
            for town in rng.sample(towns, TOWNS_PER_LANG):
                t += 1
                entry = NameEntry(f"t{t}", town, f"[PLACE {t}]", (), PLACE)
                self.places[lang].append(entry)
                self.entries.append(entry)
        self.by_key = {p.key: p for ps in self.people.values() for p in ps}
        self.diacritics = [p for ps in self.people.values() for p in ps
                           if _fold(p.given + p.family) != p.given + p.family]  # fmt: skip
        self.person_forms = set().union(
            *(self.forms[e.key] for e in self.entries if e.kind == PERSON)
        )
        self.registered_full = taken

    def _ordinary_index(self) -> None:
        self.word_sentences: dict[tuple[str, str], list[str]] = {}
        for lang in people.LANGS:
            taken: set[str] = set()  # a sentence with two word-names serves the first only
            for word in people.WORD_NAMES_BY_LANG[lang]:
                w = word.lower()
                having = [
                    s
                    for s in dict.fromkeys((*people.sentences()[lang], *people.OWN_ORDINARY[lang]))
                    if w in TOKEN.findall(s.lower()) and s not in taken
                ]
                taken.update(having)
                self.rng.shuffle(having)
                self.word_sentences[(lang, w)] = _interleave(having, w)
        self.word_at: dict[tuple[str, str], int] = defaultdict(int)
        self.word_turn = dict.fromkeys(people.LANGS, 0)

    # --- text pieces -----------------------------------------------------------------------
    def sentence(self, lang: str) -> str:
        pool = self.pool[lang]
        i = self.pool_at[lang]
        if i >= len(pool):
            self.rng.shuffle(pool)
            i = 0
        self.pool_at[lang] = i + 1
        return pool[i]

    def ordinary_sentence(self, lang: str) -> str | None:
        """The next sentence of the next word-name of `lang` in turn, unless that word has
        used its sentences as often as 5 MB allows at this point."""
        words = people.WORD_NAMES_BY_LANG[lang]
        for _ in range(len(words)):
            w = words[self.word_turn[lang] % len(words)].lower()
            self.word_turn[lang] += 1
            having = self.word_sentences[(lang, w)]
            i = self.word_at[(lang, w)]
            allowed = len(having) * max(1.0, SENTENCE_USES_5MB * (self.written + 500) / 5e6)
            if having and i < allowed:
                self.word_at[(lang, w)] = i + 1
                return having[i % len(having)]
        return None

    def text_line(self, lang: str, k: int = 1) -> str:
        out = []
        for _ in range(k):
            if self.ordinary_drawn[lang] < ORDINARY_PER_5MB * (self.written + 500) / 5_000_000:
                s = self.ordinary_sentence(lang)
                if s:
                    self.ordinary_drawn[lang] += 1
                    out.append(s)
                    continue
            out.append(self.sentence(lang))
        return " ".join(out)

    # --- identifiers ---------------------------------------------------------------------
    def person(self, lang: str) -> _Person:
        if self.rng.random() < 0.15:
            lang = self.rng.choice(people.LANGS)
        return self.rng.choice(self.people[lang])

    def stranger(self, lang: str) -> str:
        rng = self.rng
        for _ in range(100):
            if rng.random() < 0.2:
                g, f = rng.choice(people.given("moved")), rng.choice(people.family("moved"))
            else:
                g, f = rng.choice(people.given(lang)), rng.choice(people.family(lang))
            full = f"{g} {f}"
            if full not in self.used_strangers and full not in self.registered_full and g != f:
                self.used_strangers.add(full)
                return full
        return full

    def name_variant(self, p: _Person, lang: str, allow_glue: bool) -> tuple[str, str, bool, str]:
        """(written, value, exact, how) for a registered person."""
        rng = self.rng
        part = rng.choice(("given", "family", "full", "full"))
        value = {"given": p.given, "family": p.family, "full": f"{p.given} {p.family}"}[part]
        forms = self.forms
        counts = self.variant_count
        total = sum(counts.values()) + 1
        short = [(k, w * total / 100 - counts[k]) for k, w in VARIANT_WEIGHTS]
        short = [(k, d) for k, d in short if d > 0] or list(VARIANT_WEIGHTS)
        choice = _weighted(rng, short)
        counts[choice] += 1
        if choice == "ascii" and _fold(value) != value:
            w = _fold(value)
            if scoring.name_category(w, False, p.key, w, 0, len(w), forms) == "ascii":
                return w, value, False, "ascii-fold"
        if choice in ("exact", "ascii"):
            return value, value, True, f"exact-{part}"
        if choice == "lower":
            return value.lower(), value, False, "lower"
        if choice == "upper":
            return value.upper(), value, False, "upper"
        if choice == "misspelt":
            for _ in range(20):
                w, how = self.slip(value)
                if scoring.name_category(w, False, p.key, w, 0, len(w), forms) == "misspelt":
                    return w, value, False, how
        # invisible or compatibility characters
        how = rng.choice((*HIDDEN_NAME, "invisible-full-width", "invisible-nbsp"))
        if how == "invisible-nbsp":
            value = f"{p.given} {p.family}"
            return f"{p.given}\u00a0{p.family}", value, False, how
        if how == "invisible-full-width":
            return _full_width(value), value, False, how
        i = rng.randint(1, max(1, len(value.split(" ")[0]) - 1))
        return value[:i] + HIDDEN_NAME[how] + value[i:], value, False, how

    def slip(self, value: str) -> tuple[str, str]:
        rng = self.rng
        kind = rng.choice(("slip-drop", "slip-drop", "slip-key", "slip-key", "slip-double",
                           "slip-swap", "slip-space"))  # fmt: skip
        letters = [i for i, c in enumerate(value) if c.isalpha()]
        if kind == "slip-space" and " " in value:
            i = value.index(" ")
            if i >= 2:
                return value[: i - 1] + " " + value[i - 1] + value[i + 1 :], kind
            kind = "slip-drop"
        elif kind == "slip-space":
            kind = "slip-swap"
        i = rng.choice(letters[1:] or letters)
        if kind == "slip-drop":
            return value[:i] + value[i + 1 :], kind
        if kind == "slip-double":
            return value[:i] + value[i] + value[i:], kind
        if kind == "slip-swap" and i + 1 < len(value) and value[i + 1].isalpha():
            return value[:i] + value[i + 1] + value[i] + value[i + 2 :], "slip-swap"
        c = value[i].lower()
        for row in QWERTY:
            j = row.find(c)
            if j >= 0:
                k = j + rng.choice((-1, 1)) if 0 < j < len(row) - 1 else (1 if j == 0 else j - 1)
                repl = row[k] if value[i].islower() else row[k].upper()
                return value[:i] + repl + value[i + 1 :], "slip-key"
        return value[:i] + value[i + 1 :], "slip-drop"

    def email_address(self, given: str, family: str, lang: str) -> str:
        g = re.sub(r"[^a-z]", "", _fold(given).lower())
        f = re.sub(r"[^a-z]", "", _fold(family).lower())
        local = self.rng.choice((f"{g}.{f}", f"{g[:1]}{f}", f"{g}{f[:1]}", f"{g}_{f}", f"{f}.{g}"))
        return f"{local}@{self.rng.choice(lx.DOMAINS[lang])}"

    def address(self, lang: str) -> str:
        rng = self.rng
        stems, ends = lx.STREETS[lang]
        street = rng.choice(stems) + rng.choice(ends)
        num = str(rng.randint(1, 140))
        if rng.random() < 0.2:
            num += rng.choice("ABC")
        extra = ""
        if lang == "da" and rng.random() < 0.5:
            extra = f", {rng.randint(1, 5)}. {rng.choice(('th', 'tv', 'mf'))}"
        elif lang == "sv" and rng.random() < 0.3:
            extra = f", lgh {rng.randint(11, 16)}{rng.randint(1, 3):02d}"
        elif lang == "fi" and rng.random() < 0.5:
            extra = f" {rng.choice('ABCD')} {rng.randint(1, 40)}"
        elif lang == "no" and rng.random() < 0.3:
            extra = f", H0{rng.randint(1, 4)}0{rng.randint(1, 4)}"
        elif lang == "en" and rng.random() < 0.3:
            street = f"Flat {rng.randint(1, 12)}, {num} {street}"
            num = ""
        line = (
            f"{num} {street}"
            if lang == "en" and num
            else (street if not num else f"{street} {num}")
        )
        line += extra
        if rng.random() < 0.35:
            return line
        code, town = rng.choice(people.postcodes()[lang])
        if lang == "sv":
            code = f"{rng.randint(100, 985)} {rng.randint(10, 99)}"
        elif lang == "fi":
            code = f"{rng.randint(0, 99):02d}{rng.randint(1, 9)}{rng.randint(0, 9)}0"
        return f"{line}, {code} {town}"

    def identifier(self, kind: str, lang: str, style: str) -> tuple[str, _Pending, str]:
        """(written, pending, how) for any kind but names."""
        rng = self.rng
        if kind == "date":
            day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
            w, shape = numbers.date_text(rng, lang, day)
            return w, _Pending(0, 0, "date", w, f"{style}/{lang}/{shape}"), ""
        if kind == "phone":
            region = rng.choice(numbers.PHONE_REGIONS[lang])
            nsn, groups = numbers.draw(rng, region)
            w, shape = numbers.write(rng, region, nsn, groups)
            how = "plain"
            if rng.random() < 0.16:  # the three hidden writings in turn
                self.phone_hidden += 1
                turn = ("hidden-nbsp", "hidden-full-width", "hidden-zwsp")[self.phone_hidden % 3]
                if turn == "hidden-nbsp" and " " in w:
                    w, how = w.replace(" ", "\u00a0"), turn
                elif turn == "hidden-full-width":
                    w, how = numbers_full_width(w), turn
                elif len(w) > 6:
                    i = rng.randint(3, len(w) - 2)
                    w, how = w[:i] + "\u200b" + w[i:], "hidden-zwsp"
            value = numbers.e164(region, nsn)
            return w, _Pending(0, 0, "phone", value, f"{style}/{region}/{shape}/cue/{how}"), how
        if kind == "personnummer":
            country = rng.choice(numbers.ID_COUNTRIES[lang])
            value, shape = numbers.BUILDERS[country][0](rng)
            w, how = value, "plain"
            r = rng.random()
            if r < 0.06:
                w, how = numbers_full_width(value), "hidden-full-width"
            elif r < 0.12:
                i = rng.randint(2, len(value) - 2)
                w, how = value[:i] + "\u200b" + value[i:], "hidden-zwsp"
            return w, _Pending(0, 0, "personnummer", value, f"{style}/{country}/{shape}/{how}"), how
        if kind == "email":
            p = self.person(lang)
            w = self.email_address(p.given, p.family, lang)
            return w, _Pending(0, 0, "email", w, f"{style}/{lang}/person"), ""
        if kind == "url":
            host = rng.choice(lx.DOMAINS[lang])
            w = f"https://{host}/{rng.choice(lx.LINK_PATHS)}/{rng.randint(10, 9999)}"
            if rng.random() < 0.3:
                w = f"www.{host}/{rng.choice(lx.LINK_PATHS)}"
            return w, _Pending(0, 0, "url", w, f"{style}/{lang}/link"), ""
        if kind == "address":
            w = self.address(lang)
            return w, _Pending(0, 0, "address", w, f"{style}/{lang}/street"), ""
        entry = rng.choice(self.places[lang])
        return entry.canonical, _Pending(0, 0, "place", entry.canonical, f"{style}/{lang}/town",
                                          exact=True, key=entry.key), ""  # fmt: skip

    def name_pending(self, lang: str, style: str, glue: bool = False) -> tuple[str, _Pending, str]:
        """A name: someone registered (mostly) or a stranger named once."""
        if self.rng.random() < 0.27 and not glue:
            full = self.stranger(lang)
            return full, _Pending(0, 0, "name", full, f"{style}/{lang}", how="stranger"), ""
        p = self.person(lang)
        if not glue and self.rng.random() < 0.09:  # someone whose name has a diacritic, folded
            marked = [
                q for q in self.people[lang] if _fold(q.given + q.family) != q.given + q.family
            ]
            q = self.rng.choice(marked or self.diacritics)
            value = self.rng.choice([v for v in (q.given, q.family) if _fold(v) != v])
            w = _fold(value)
            if scoring.name_category(w, False, q.key, w, 0, len(w), self.forms) == "ascii":
                return w, _Pending(0, 0, "name", value, f"{style}/{lang}", False, q.key,
                                   "ascii-fold"), ""  # fmt: skip
        if glue:
            value = self.rng.choice((p.given, p.family))
            return value, _Pending(0, 0, "name", value, f"{style}/{lang}", True, p.key,
                                   "genitive"), ""  # fmt: skip
        w, value, exact, how = self.name_variant(p, lang, False)
        return w, _Pending(0, 0, "name", value, f"{style}/{lang}", exact, p.key, how), ""


def _interleave(sentences: list[str], word: str) -> list[str]:
    """The sentences in turns of where the word stands (a sentence's start, after a comma,
    inside), so that every position comes early in the cycle."""
    groups: dict[str, list[str]] = {"start": [], "comma": [], "inside": []}
    for s in sentences:
        m = re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", s.lower())
        before = s[: m.start()].rstrip() if m else ""
        key = "start" if not before else "comma" if before.endswith(",") else "inside"
        groups[key].append(s)
    out = []
    while any(groups.values()):
        for key in ("inside", "start", "comma", "inside"):
            if groups[key]:
                out.append(groups[key].pop(0))
    return out


def numbers_full_width(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


# --- lines with slots ----------------------------------------------------------------------------

SLOT = re.compile(r"\{(N|T|D|X)\}")


class _Writer:
    def __init__(self, b: _Builder, lang: str, style: str, done: tuple[int, int]) -> None:
        self.b, self.lang, self.style = b, lang, style
        self.done = done  # identifiers and bytes of the notes before this one
        self.note = _Note()
        self.planted = 0

    def line(self, template: str, pieces: list[tuple[str, _Pending]]) -> None:
        """Adds `template` with its {X} slots filled by `pieces` in order."""
        out, spans = "", []
        it = iter(pieces)
        last = 0
        for m in SLOT.finditer(template):
            out += template[last : m.start()]
            written, pend = next(it)
            spans.append((len(out), len(out) + len(written), pend))
            out += written
            last = m.end()
        out += template[last:]
        idx = len(self.note.lines)
        self.note.lines.append(out)
        for s, e, pend in spans:
            self.note.spans.append((idx, s, e, pend))
            self.planted += 1
            self.b.kind_count[pend.kind] += 1

    def plain(self, text: str) -> None:
        self.note.lines.append(text)

    def due(self) -> bool:
        planted, size = self.done
        return planted + self.planted < self.b.per_kb * (size + self.note.size() + 200) / 1000

    def kind(self) -> str:
        """The kind furthest below its share of what the corpus has planted so far."""
        counts = self.b.body_count
        total = sum(counts.values()) + 1
        weight = sum(w for _, w in KIND_WEIGHTS)
        short = [(k, w * total / weight - counts[k]) for k, w in KIND_WEIGHTS]
        short = [(k, d) for k, d in short if d > 0] or list(KIND_WEIGHTS)
        return _weighted(self.b.rng, short)

    def piece(self, kind: str) -> tuple[str, _Pending]:
        if kind == "name":
            w, pend, _ = self.b.name_pending(self.lang, self.style)
        else:
            w, pend, _ = self.b.identifier(kind, self.lang, self.style)
        return w, pend

    def identifier_line(self) -> None:
        """A line carrying one identifier, in a frame or after a cue."""
        b, lang, rng = self.b, self.lang, self.b.rng
        kind = self.kind()
        b.body_count[kind] += 1
        if kind == "name":
            r = rng.random()
            if r < 0.45 and lang != "en":
                frame = rng.choice(lx.GENITIVE_FRAMES[lang])
                w, pend, _ = b.name_pending(lang, self.style, glue=True)
                self.line(frame.replace("{N}{G}", "{X}" + lx.GENITIVE[lang]), [(w, pend)])
            elif r < 0.45:
                label = rng.choice(lx.ROLE_LABELS[lang])
                self.line(f"{label} {{X}}", [self.piece("name")])
            else:
                frame = rng.choice(lx.NAME_FRAMES[lang]).replace("{N}", "{X}")
                self.line(frame, [self.piece("name")])
            return
        w, pend = self.piece(kind)
        if kind == "date":
            frame = rng.choice(lx.DATE_FRAMES[lang]).replace("{D}", "{X}")
            if rng.random() < 0.3:
                frame = "{X}: " + b.text_line(lang)
        elif kind == "place":
            frame = rng.choice(lx.PLACE_FRAMES[lang]).replace("{T}", "{X}")
        elif kind == "phone":
            frame = f"{rng.choice(numbers.PHONE_CUES[lang])} {{X}}"
        elif kind == "personnummer":
            frame = f"{rng.choice(numbers.ID_CUES[lang])} {{X}}"
        elif kind == "email":
            frame = f"{rng.choice(lx.EMAIL_CUES[lang])} {{X}}"
        elif kind == "url":
            frame = f"{rng.choice(lx.LINK_CUES[lang])} {{X}}"
        else:
            frame = f"{rng.choice(lx.ADDRESS_CUES[lang])} {{X}}"
        self.line(frame, [(w, pend)])


def _heading(b: _Builder, lang: str, style: str) -> str:
    stem = b.rng.choice(lx.HEADINGS[lang][style])
    tail = b.rng.choice(lx.TAILS)
    return f"{stem} {b.rng.randint(1, 999)}{b.rng.choice(('', 'a', 'b', '/2', '-3'))}{tail}"


def _body(w: _Writer, target: int, make_text) -> None:
    """Fills the note to about `target` bytes: identifier lines when the density asks for one,
    text lines otherwise."""
    while w.note.size() < target:
        if w.due():
            w.identifier_line()
        else:
            make_text()


def _interview(w: _Writer, target: int) -> None:
    b, lang, rng = w.b, w.lang, w.b.rng
    a, c = rng.choice(lx.SPEAKERS[lang])
    named = rng.random() < 0.2
    if named:
        n1 = b.name_pending(lang, w.style)
        w.line("{X}: " + b.text_line(lang), [n1[:1] + n1[1:2]])
    turn = [0]

    def text() -> None:
        label = a if turn[0] % 2 == 0 else c
        turn[0] += 1
        w.plain(f"{label} {b.text_line(lang, rng.randint(1, 3))}")

    _body(w, target, text)


def _observation(w: _Writer, target: int) -> None:
    b, lang, rng = w.b, w.lang, w.b.rng
    clock = [rng.randint(7, 16) * 60 + rng.choice((0, 5, 10, 15, 30))]

    def stamp() -> str:
        clock[0] += rng.randint(3, 25)
        h, m = divmod(clock[0] % (24 * 60), 60)
        sep = ":" if lang == "en" else "."
        return f"{h:02d}{sep}{m:02d}"

    def text() -> None:
        w.plain(f"{stamp()} {b.text_line(lang, rng.randint(1, 2))}")

    _body(w, target, text)


def _diary(w: _Writer, target: int) -> None:
    b, lang, rng = w.b, w.lang, w.b.rng

    def text() -> None:
        w.plain(b.text_line(lang, rng.randint(2, 4)))
        if rng.random() < 0.2:
            w.plain("")

    _body(w, target, text)


def _email(w: _Writer, target: int) -> None:
    b, lang, rng = w.b, w.lang, w.b.rng
    fr, to, sent, subj = lx.MAIL_FIELDS[lang]
    name_w, name_p, _ = b.name_pending(lang, "header")
    if name_p.key is not None:
        p = b.by_key[name_p.key]
        addr = b.email_address(p.given, p.family, lang)
    else:
        g, f = name_w.split(" ", 1)
        addr = b.email_address(g, f, lang)
    sender = _Pending(0, 0, "email", addr, f"header/{lang}/sender")
    w.line(f"{fr} {{X}} <{{X}}>", [(name_w, name_p), (addr, sender)])
    if rng.random() < 0.4:
        tw, tp = w.piece("email")
        tp.form = f"header/{lang}/recipient"
        w.line(f"{to} {{X}}", [(tw, tp)])
    if rng.random() < 0.6:
        day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
        dw, shape = numbers.date_text(rng, lang, day)
        w.line(f"{sent} {{X}}", [(dw, _Pending(0, 0, "date", dw, f"header/{lang}/{shape}"))])
    w.plain(f"{subj} {rng.choice(lx.SUBJECTS[lang])}")
    w.plain("")
    w.plain(rng.choice(lx.GREETINGS[lang]))

    def text() -> None:
        w.plain(b.text_line(lang, rng.randint(1, 3)))

    _body(w, target - 120, text)
    w.plain("")
    w.plain(rng.choice(lx.SIGNOFFS[lang]))
    if rng.random() < 0.75:
        sw, sp, _ = b.name_pending(lang, "signature")
        w.line("{X}", [(sw, sp)])
    if rng.random() < 0.6:
        pw, pp = w.piece("phone")
        pp.form = "signature/" + pp.form.split("/", 1)[1]
        w.line(f"{rng.choice(numbers.PHONE_CUES[lang])} {{X}}", [(pw, pp)])


def _sms(w: _Writer, target: int) -> None:
    b, lang, rng = w.b, w.lang, w.b.rng
    other_w, other_p, _ = b.name_pending(lang, w.style)
    if rng.random() < 0.7:
        w.line("{X}", [(other_w, other_p)])
    clock = [rng.randint(8, 20) * 60]
    me = lx.ME[lang]
    other_label = other_w.split()[0] if other_p.key is not None and " " in other_w else None

    def text() -> None:
        clock[0] += rng.randint(1, 40)
        h, m = divmod(clock[0] % (24 * 60), 60)
        who = me if rng.random() < 0.5 or other_label is None else ">"
        w.plain(f"[{h:02d}:{m:02d}] {who}: {b.text_line(lang)}")

    _body(w, target, text)


def _pasted(w: _Writer, target: int) -> None:
    b, lang, rng = w.b, w.lang, w.b.rng
    width = rng.randint(60, 76)
    page = [1]

    def text() -> None:
        para = b.text_line(lang, rng.randint(2, 5))
        line = ""
        for word in para.split(" "):
            if line and len(line) + 1 + len(word) > width:
                w.plain(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        if line:
            w.plain(line)
        if rng.random() < 0.15:
            page[0] += 1
            w.plain(lx.PAGE[lang].format(a=page[0], b=page[0] + rng.randint(1, 4)))

    _body(w, target, text)


def _list(w: _Writer, target: int) -> None:
    b, lang, rng = w.b, w.lang, w.b.rng
    here, away, _ = lx.PRESENT[lang]
    present = [b.name_pending(lang, w.style) for _ in range(rng.randint(2, 3))]
    for _, pend, _ in present:
        pend.form += "/present"
    if rng.random() < 0.5:
        w.line(f"{here} " + ", ".join("{X}" for _ in present), [(x, p) for x, p, _ in present])
    else:
        w.plain(here)
        for x, p, _ in present:
            w.line("{X}", [(x, p)])
    if rng.random() < 0.5:
        x, p, _ = b.name_pending(lang, w.style)
        p.form += "/present"
        w.line(f"{away} {{X}}", [(x, p)])
    point = [0]
    words = lx.POINTS[lang]

    def text() -> None:
        point[0] += 1
        if rng.random() < 0.6:
            w.plain(f"{point[0]}. {words[0]}: {b.text_line(lang)}")
        else:
            w.plain(f"- {b.text_line(lang, rng.randint(1, 2))}")

    _body(w, target, text)


LAYOUTS = {
    "interview": _interview,
    "observation": _observation,
    "diary": _diary,
    "email": _email,
    "sms": _sms,
    "pasted": _pasted,
    "list": _list,
}


# --- assembling, labelling, recording ------------------------------------------------------------


def _finish(b: _Builder, w: _Writer, index: int) -> tuple[str, list[Planted], list[Ordinary]]:
    lines = w.note.lines
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    text = "\n".join(lines)
    planted: list[Planted] = []
    for li, s, e, pend in w.note.spans:
        start, end = offsets[li] + s, offsets[li] + e
        form = pend.form
        if pend.kind == "name":
            written = text[start:end]
            cat = scoring.name_category(written, pend.exact, pend.key, text, start, end, b.forms)
            style, lang, *rest = form.split("/")
            form = "/".join((style, lang, cat, pend.how or "exact", *rest))
        planted.append(
            Planted(index, start, end, pend.kind, form, pend.value, pend.exact, pend.key)
        )
    planted.sort(key=lambda p: p.start)
    ordinary: list[Ordinary] = []
    spans = [(p.start, p.end) for p in planted]
    for m in TOKEN.finditer(text):
        if m.group().lower() not in b.person_forms:
            continue
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        before = text[: m.start()].rsplit("\n", 1)[-1].rstrip()
        initial = not before or before[-1] in ".!?:" or bool(STAMP.fullmatch(before.split()[-1]))
        form = "homograph/initial" if initial else "homograph/inner"
        ordinary.append(Ordinary(index, m.start(), m.end(), m.group(), form))
    return text, planted, ordinary


def generate_heldout_v(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    b = _Builder(seed, per_kb)
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    total = 0
    while total < size:
        lang = _weighted(b.rng, LANG_WEIGHTS)
        style = _weighted(b.rng, STYLES_SV if lang == "sv" else STYLES)
        w = _Writer(b, lang, style, (len(planted), total))
        w.plain(_heading(b, lang, style))
        left = size - total
        longest = 2600 if lang == "sv" else 3800  # the Swedish pool is the smallest
        target = b.rng.randint(1000, longest) if left > 4600 else left
        LAYOUTS[style](w, target)
        text, p, o = _finish(b, w, len(texts))
        texts.append(text)
        planted += p
        ordinary += o
        total += len(text.encode("utf-8"))
        b.written = total
    return Corpus(texts, list(b.entries), planted, ordinary)


def check(corpus: Corpus) -> None:
    """Raises ValueError when a span leaves its text, spans of a text overlap, or a recorded
    ordinary word is not its text or stands inside an identifier."""
    by_text: dict[int, list[Planted]] = defaultdict(list)
    for p in corpus.planted:
        if not 0 <= p.start < p.end <= len(corpus.texts[p.text]):
            raise ValueError(f"span out of its text: {p}")
        by_text[p.text].append(p)
    for ps in by_text.values():
        ps = sorted(ps, key=lambda p: p.start)
        for a, c in zip(ps, ps[1:], strict=False):
            if c.start < a.end:
                raise ValueError(f"spans overlap: {a} {c}")
    for o in corpus.ordinary:
        if corpus.texts[o.text][o.start : o.end] != o.word:
            raise ValueError(f"ordinary word is not its text: {o}")
        if any(p.start < o.end and o.start < p.end for p in by_text.get(o.text, [])):
            raise ValueError(f"ordinary word inside an identifier: {o}")
