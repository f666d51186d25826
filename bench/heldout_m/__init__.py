"""Held-out M: interview and observation notes on published sentences nobody here wrote.

Sealed: nobody who writes or tunes the redactor may open, read, import, print or run this
package or tests/test_bench_heldout_m.py (see README.md). `generate_heldout_m(seed, size,
per_kb)` returns a `tests.deid_corpus.Corpus`; the same arguments always give the same notes.
"""

from __future__ import annotations

import datetime
import random
import re
import unicodedata
from functools import cache
from typing import Any

from casebook.deid.registry import PERSON, PLACE, NameEntry

from bench.heldout_m import lines as L
from bench.heldout_m import numbers, people
from bench.scoring import entry_forms
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 8291
REALISTIC = 0.7
LANG_WEIGHTS = {"sv": 36, "en": 24, "fi": 14, "no": 13, "da": 13}
STYLES = ("interview", "interview", "observation", "diary", "email", "sms", "pasted", "list")
# kind slot: weight
KINDS = {"N": 24, "G": 8, "U": 14, "P": 11, "D": 7, "A": 11, "I": 11, "E": 3, "L": 8, "R": 5}
HOW = {"exact": 34, "lower": 12, "upper": 7, "ascii": 8, "misspelt": 13, "invisible": 14,
       "full": 12}  # fmt: skip
HIDDEN = {
    "soft-hyphen": "\u00ad",
    "zwsp": "\u200b",
    "zwj": "\u200d",
    "word-joiner": "\u2060",
    "bom": "\ufeff",
}
FULL = {c: chr(ord(c) + 0xFEE0) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}
FOLD = str.maketrans("åäöéèüêîšžčćśóńżÅÄÖÉÜŠŽČĆŚÓ", "aaoeeueiszccsonzAAOEUSZCCSO")
FOLDABLE = set("åäöéèüêîšžčćśóńżÅÄÖÉÜŠŽČĆŚÓ")
WORD = re.compile(r"[^\W\d_]+")


@cache
def _data() -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, list[str]]]:
    return people.sentences(), people.given_pools(), people.family_pools()


@cache
def _homograph_sentences() -> dict[str, list[str]]:
    words = {w.lower() for w in people.WORD_NAMES}
    return {
        lang: [s for s in ss if not words.isdisjoint(WORD.findall(s.lower()))]
        for lang, ss in _data()[0].items()
    }


def fold(text: str) -> str:
    return text.translate(FOLD)


def build_registry(seed: int) -> tuple[list[NameEntry], list[tuple[str, str, str]]]:
    rng = random.Random(seed * 31 + 7)
    persons, _used = people.registry_people(rng)
    entries = [
        NameEntry(f"m{i:03d}", f"{g} {f}", f"[participant M-{i:03d}]", kind=PERSON)
        for i, (g, f, _o) in enumerate(persons, 1)
    ]
    entries += [
        NameEntry(f"mp{i:02d}", place, f"[place M-{i:02d}]", kind=PLACE)
        for i, place in enumerate(L.PLACES, 1)
    ]
    return entries, persons


class Note:
    def __init__(self, index: int, wrap: bool = False) -> None:
        self.index = index
        self.parts: list[str] = []
        self.length = 0
        self.col = 0
        self.wrap = wrap
        self.planted: list[Planted] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)
        if self.wrap:
            nl = text.rfind("\n")
            self.col = len(text) - nl - 1 if nl >= 0 else self.col + len(text)

    def filler(self, sentence: str) -> None:
        if not self.wrap:
            self.add(sentence)
            return
        for i, word in enumerate(sentence.split(" ")):
            if i:
                self.add("\n" if self.col + len(word) > 72 else " ")
            self.add(word)

    def plant(self, written: str, kind: str, form: str, value: str, exact: bool = False,
              key: str | None = None) -> None:  # fmt: skip
        self.planted.append(
            Planted(
                self.index, self.length, self.length + len(written), kind, form, value, exact, key
            )  # fmt: skip
        )
        self.add(written)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    @property
    def size(self) -> int:  # characters: close enough to bytes for a note's length
        return self.length


class Writer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.sentences, given, family = _data()
        self.entries, self.persons = build_registry(seed)
        forms: set[str] = set()
        for e in self.entries:
            if e.kind == PERSON:
                forms |= entry_forms(e)
        self.forms = forms
        self.people = [e for e in self.entries if e.kind == PERSON]
        self.places = [e for e in self.entries if e.kind == PLACE]
        self.accented = [e for e in self.people if any(c in FOLDABLE for c in e.canonical)]
        folded = {fold(f) for f in forms}
        self.third_given = {
            o: [g for g in v if g.lower() not in forms and fold(g.lower()) not in folded]
            for o, v in given.items()
        }
        extra = {o: [f for f in v if f.lower() not in forms] for o, v in family.items()}
        self.third_family = {o: v for o, v in extra.items() if v}
        self.homograph = _homograph_sentences()

    # --- names ----------------------------------------------------------------------------

    def _person(self) -> NameEntry:
        if self.rng.random() < 0.18:
            return self.people[self.rng.randrange(len(people.HOMOGRAPH_PEOPLE))]
        return self.rng.choice(self.people)

    def _slip(self, word: str) -> str | None:
        """A real-looking typing slip on the ASCII letters of a name."""
        own = word.lower()
        if len(word) < 5:
            return None
        for _ in range(12):
            i = self.rng.randrange(1, len(word) - 1) if len(word) > 3 else 1
            op = self.rng.choice(("drop", "double", "swap", "vowel"))
            if not word[i].isascii() or not word[i].isalpha():
                continue
            if op == "drop":
                out = word[:i] + word[i + 1 :]
            elif op == "double":
                out = word[:i] + word[i] + word[i:]
            elif op == "swap" and i + 1 < len(word) and word[i + 1].isascii():
                out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            elif op == "vowel" and word[i] in "aeiouy":
                out = (
                    word[:i]
                    + {"a": "e", "e": "a", "i": "y", "y": "i", "o": "u", "u": "o"}[word[i]]
                    + word[i + 1 :]
                )
            else:
                continue
            if out.lower() != own and fold(out.lower()) != fold(own) and len(out) > 2:
                return out
        return None

    def _hide(self, text: str) -> tuple[str, str]:
        how = self.rng.choice((*HIDDEN, "full-width", "nbsp"))
        if " " in text and self.rng.random() < 0.35:  # a full name pasted from a web page
            how = "nbsp"
        if how == "nbsp":
            if " " in text:
                return text.replace(" ", "\u00a0", 1), how
            how = "zwsp"
        if how == "full-width":
            chars = [FULL.get(c, c) for c in text]
            if self.rng.random() < 0.5:  # only one letter, as a paste from a web form leaves
                i = self.rng.randrange(len(text))
                chars = list(text)
                chars[i] = FULL.get(text[i], text[i])
            out = "".join(chars)
            if out != text:
                return out, how
            how = "zwsp"
        word_end = text.find(" ") if " " in text else len(text)
        i = self.rng.randrange(1, max(2, word_end))
        return text[:i] + HIDDEN[how] + text[i:], how

    def registered(self, note: Note, style: str, lang: str, glued: bool = False) -> None:
        how = self.rng.choices(list(HOW), weights=list(HOW.values()))[0]
        entry = self.rng.choice(self.accented) if how == "ascii" else self._person()
        given, family = entry.canonical.split(" ", 1)
        part = self.rng.choice(("given", "given", "family")) if how != "full" else "full"
        if how == "full":
            part, how = "full", self.rng.choice(("exact", "exact", "lower", "upper", "invisible"))
        if how == "invisible" and self.rng.random() < 0.3:
            part = "full"
        value = {"given": given, "family": family, "full": entry.canonical}[part]
        written, exact = value, True
        if glued:
            how = self.rng.choice(("exact", "exact", "lower")) if part != "full" else "exact"
        if how == "lower":
            written, exact = value.lower(), False
        elif how == "upper":
            written, exact = value.upper(), False
        elif how == "ascii":
            if not any(c in FOLDABLE for c in value):
                value = entry.canonical
                part = "full"
            if any(c in FOLDABLE for c in value):
                written, exact = fold(value), False
            else:
                how = "exact"
        elif how == "misspelt":
            word = value.split(" ")[-1] if part == "full" else value
            slip = self._slip(word)
            if slip is None:
                how = "exact"
            else:
                written, exact = value[: len(value) - len(word)] + slip, False
        elif how == "invisible":
            written, hidden = self._hide(value)
            how, exact = f"invisible-{hidden}", False
        case = "gen" if glued else "nom"
        form = f"{style}/{lang}/{case}/{how}/{part}"
        note.plant(written, "name", form, value, exact and written == value, entry.key)
        if glued:  # "Elins", "Ainolle"; a name ending in s takes an apostrophe, not glued
            note.add(self._glue(lang, written) or "'")

    def _glue(self, lang: str, name: str) -> str:
        if lang == "fi":
            return "lle" if name[-1] in "aeiouyäö" else "ille"
        return "" if name[-1] in "sxz" else "s"

    def unregistered(self, note: Note, style: str, lang: str) -> None:
        origin = {"sv": "swe", "da": "dan", "no": "swe", "fi": "swe", "en": "pol"}[lang]
        if self.rng.random() < 0.45:
            origin = self.rng.choice(("swe", "dan", "pol", "hrv"))
        given = self.rng.choice(self.third_given[origin])
        fam_origin = self.rng.choice(sorted(self.third_family))
        family = self.rng.choice(self.third_family[fam_origin])
        shape = self.rng.choice(("full", "full", "full", "given"))
        written = f"{given} {family}" if shape == "full" else given
        note.plant(written, "name", f"{style}/{lang}/nom/third/{shape}/unregistered", written)

    # --- other kinds ---------------------------------------------------------------------

    def phone(self, note: Note, style: str, lang: str) -> None:
        home = numbers.HOME[lang]
        r = self.rng.random()
        region = home if r < 0.4 else "US" if r < 0.5 else self.rng.choice(sorted(numbers.PLANS))
        nsn, groups = numbers.draw(self.rng, region)
        written, shape = numbers.write(self.rng, region, nsn, groups)
        form = f"{style}/{region}/{shape}"
        r = self.rng.random()
        if r < 0.07:
            written, form = written.translate(numbers.FULL_WIDTH), form + "/hidden-full-width"
        elif r < 0.12 and " " in written:
            written, form = written.replace(" ", "\u00a0"), form + "/hidden-nbsp"
        elif r < 0.16:
            i = self.rng.randrange(2, len(written) - 1)
            written, form = written[:i] + "\u200b" + written[i:], form + "/hidden-zwsp"
        note.plant(written, "phone", form, numbers.e164(region, nsn))

    def date(self, note: Note, style: str, lang: str) -> None:
        d = datetime.date(2023, 1, 1) + datetime.timedelta(days=self.rng.randrange(1300))
        month = L.MONTHS[lang].split()[d.month - 1]
        y, m, dd = d.year, d.month, d.day
        shapes = {
            "sv": [f"{dd} {month} {y}", f"{dd} {month}", f"{d:%Y-%m-%d}", f"{dd}/{m}",
                   f"den {dd} {month}", f"{dd}/{m} {y}", f"{d:%y%m%d}"],
            "en": [f"{dd} {month} {y}", f"{month} {dd}, {y}", f"{d:%d/%m/%Y}", f"{month} {dd}",
                   f"{dd} {month[:3]} {y}", f"{d:%Y-%m-%d}"],
            "no": [f"{dd}. {month} {y}", f"{d:%d.%m.%Y}", f"{dd}. {month}", f"{d:%d.%m.%y}"],
            "da": [f"{dd}. {month} {y}", f"{dd}/{m}-{y}", f"{d:%d.%m.%Y}", f"{dd}. {month}"],
            "fi": [f"{dd}.{m}.{y}", f"{dd}. {month} {y}", f"{dd}.{m}.", f"{d:%d.%m.%Y}"],
        }[lang]  # fmt: skip
        n = self.rng.randrange(len(shapes))
        written = shapes[n]
        value = d.isoformat() if str(y) in written or f"{d:%y}" in written else f"--{d:%m-%d}"
        form = f"{style}/{lang}/{n}"
        if self.rng.random() < 0.05 and " " in written:
            written, form = written.replace(" ", "\u00a0"), form + "/hidden-nbsp"
        note.plant(written, "date", form, value)

    def address(self, note: Note, style: str, lang: str) -> None:
        stems, suffixes = L.STREETS[lang]
        street = self.rng.choice(stems.split()) + self.rng.choice(suffixes)
        town, code = self.rng.choice(L.TOWNS[lang])
        n = self.rng.randrange(1, 140)
        letter = self.rng.choice(("", "", "", "A", "B", "C"))
        r = self.rng
        if lang == "sv":
            post = f"{code}{r.randrange(0, 10)} {r.randrange(10, 100)}"
            line = f"{street} {n}{letter}"
            flat = f", lgh {r.randrange(1001, 1404)}" if r.random() < 0.25 else ""
            full = f"{line}{flat}, {post} {town}"
        elif lang == "en":
            road = r.choice(stems.split()) + " " + r.choice(suffixes)
            line = f"{n} {road}" if not letter else f"Flat {n}, {r.randrange(1, 90)} {road}"
            full = f"{line}, {town} {code}{r.randrange(1, 20)} {r.randrange(1, 10)}" + "".join(
                r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)
            )
        elif lang == "fi":
            line = f"{street} {n}" + (
                f" {letter or 'A'} {r.randrange(1, 40)}" if r.random() < 0.5 else ""
            )
            full = f"{line}, {code}{r.randrange(100, 999)} {town}"
        else:
            line = f"{street} {n}{letter}"
            floor = (
                f", {r.randrange(1, 6)}. {r.choice(('th', 'tv', 'mf'))}."
                if lang == "da" and r.random() < 0.4
                else ""
            )
            full = f"{line}{floor}, {code}{r.randrange(10, 100)} {town}"
        if r.random() < 0.55:
            note.plant(full, "address", f"{style}/{lang}/full", full)
        else:  # the street alone; a town named after it in prose is ordinary text
            note.plant(line, "address", f"{style}/{lang}/street", line)
            if lang in ("sv", "no", "da") and r.random() < 0.5:
                note.add({"sv": " i ", "no": " i ", "da": " i "}[lang] + town)

    def identity(self, note: Note, style: str, lang: str) -> None:
        home = numbers.ID_HOME[lang]
        country = home if self.rng.random() < 0.5 else self.rng.choice(sorted(numbers.BUILDERS))
        written, shape = numbers.BUILDERS[country][0](self.rng)
        plain = written
        value = written
        form = f"{style}/{country}/{shape}"
        r = self.rng.random()
        if r < 0.08:
            written = written.translate(numbers.FULL_WIDTH)
            form += "/hidden-full-width"
        elif r < 0.14:
            i = self.rng.randrange(2, len(written) - 1)
            written = written[:i] + "\u200b" + written[i:]
            form += "/hidden-zwsp"
        note.plant(written, "personnummer", form, value if plain == value else plain)

    def _handle(self, entry: NameEntry | None = None) -> tuple[str, str]:
        if entry is None:
            entry = self.rng.choice(self.people)
        g, f = (fold(x.lower()).replace("æ", "ae").replace("ø", "o").replace("ß", "ss")
                for x in entry.canonical.split(" ", 1))  # fmt: skip
        g, f = (re.sub(r"[^a-z0-9-]", "", x) for x in (g, f))
        return g, f

    def email(self, note: Note, style: str, lang: str) -> None:
        g, f = self._handle()
        r = self.rng
        local = r.choice((f"{g}.{f}", f"{g[0]}.{f}", f"{g}{f[0]}{r.randrange(1, 99)}",
                          f"{g}_{f}", f"{f}.{g}", f"{g}{r.randrange(60, 99)}"))  # fmt: skip
        domain = r.choice(L.DOMAINS[lang])
        written = f"{local}@{domain}"
        note.plant(written, "email", f"{style}/plain", written)

    def link(self, note: Note, style: str, lang: str) -> None:
        g, f = self._handle()
        r = self.rng
        written = r.choice((
            f"https://www.facebook.com/{g}.{f}.{r.randrange(1, 99)}",
            f"instagram.com/{g}_{f}",
            f"https://www.linkedin.com/in/{g}-{f}-{r.randrange(100, 999)}",
            f"https://youtube.com/@{g}{f}",
            f"www.{f}{r.randrange(1, 9)}.net/{g}",
            f"https://tiktok.com/@{g}.{f}",
        ))  # fmt: skip
        note.plant(written, "url", f"{style}/plain", written)

    def place(self, note: Note, style: str, lang: str) -> None:
        entry = self.rng.choice(self.places)
        note.plant(entry.canonical, "place", f"{style}/exact", entry.canonical, True, entry.key)

    # --- lines and notes -------------------------------------------------------------------

    def slot(self, note: Note, slot: str, style: str, lang: str) -> None:
        if slot == "N":
            self.registered(note, style, lang)
        elif slot == "G":
            self.registered(note, style, lang, glued=True)
        elif slot == "U":
            self.unregistered(note, style, lang)
        else:
            {"P": self.phone, "D": self.date, "A": self.address, "I": self.identity,
             "E": self.email, "L": self.link, "R": self.place}[slot](note, style, lang)  # fmt: skip

    def line(self, note: Note, style: str, lang: str, slot: str) -> None:
        templates = L.LINES[lang].get(slot) or L.LINES[lang]["N"]
        if slot == "G" and not L.LINES[lang]["G"]:
            slot = "N"
        template = self.rng.choice(templates)
        for piece in re.split(r"(\{[A-Z]\})", template):
            if re.fullmatch(r"\{[A-Z]\}", piece):
                self.slot(note, piece[1], style, lang)
            elif piece:
                note.add(piece)

    def sentence(self, lang: str) -> str:
        if self.rng.random() < 0.06 and self.homograph.get(lang):
            return self.rng.choice(self.homograph[lang])
        return self.rng.choice(self.sentences[lang])

    def note(self, index: int, target: int, ids: int) -> Note:
        r = self.rng
        lang = r.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]
        style = r.choice(STYLES)
        words = L.WORDS[lang]
        note = Note(index, wrap=style == "pasted")
        slots = r.choices(list(KINDS), weights=list(KINDS.values()), k=ids)
        # headings: some carry an identifier, most of the note's identifiers are in its body
        if style == "interview":
            note.add(f"{words['interview']} {r.randrange(1, 40)}")
            if r.random() < 0.35:
                note.add(", ")
                self.slot(note, "D", "header", lang)
            note.add("\n\n")
        elif style == "observation":
            note.add(f"{words['obs']}")
            if r.random() < 0.4:
                note.add(", ")
                self.slot(note, "R", "header", lang)
            if r.random() < 0.3:
                note.add(", ")
                self.slot(note, "D", "header", lang)
            note.add("\n\n")
        elif style == "diary":
            note.add(f"{words['diary']}")
            if r.random() < 0.4:
                note.add(" – ")
                self.slot(note, "D", "header", lang)
            note.add("\n\n")
        elif style == "email":
            note.add(f"{words['from']}: ")
            self.slot(note, "N", "header", lang)
            note.add(" <")
            self.slot(note, "E", "header", lang)
            note.add(">\n")
            if r.random() < 0.3:
                note.add(f"{words['date']}: ")
                self.slot(note, "D", "header", lang)
                note.add("\n")
            note.add(f"{words['subject']}: {self.sentence(lang)[:40].rstrip()}\n\n")
            ids -= 1  # the signature's name
        elif style == "list":
            note.add(f"{words['present']}:\n")
            for _ in range(r.randrange(2, 5)):
                note.add("- ")
                self.slot(note, r.choice("NNU"), "list", lang)
                note.add(f" ({r.choice(words['roles'])})\n")
            note.add("\n")
        elif style == "pasted":
            note.add(f"{words['page']} {r.randrange(2, 9)} {words['of']} {r.randrange(9, 20)}\n\n")
        slots = slots[: max(ids - len(note.planted), 0)]
        speakers = words["speakers"]
        turn = 0
        minute = r.randrange(8 * 60, 15 * 60)
        while note.size < target or slots:
            if style == "interview":
                note.add(f"{speakers[turn % 2]}: ")
                turn += 1
            elif style == "observation":
                minute += r.randrange(2, 25)
                note.add(f"{minute // 60 % 24:02d}:{minute % 60:02d} ")
            elif style == "sms":
                minute += r.randrange(1, 40)
                note.add(f"[{minute // 60 % 24:02d}:{minute % 60:02d}] ")
            for i in range(r.randrange(1, 4)):
                if i:
                    note.add(" ")
                if slots and r.random() < 0.35:
                    self.line(note, style, lang, slots.pop())
                else:
                    note.filler(self.sentence(lang))
            note.add("\n\n" if style in ("diary", "email", "pasted") else "\n")
            if note.size > target + 3000:
                break
        if style == "email":
            note.add(f"\n{words['bye']}\n")
            self.slot(note, "N", "signature", lang)
            note.add("\n")
            if r.random() < 0.5:
                self.slot(note, "P", "signature", lang)
                note.add("\n")
        return note


def _ordinary(writer: Writer, note: Note) -> list[Ordinary]:
    """Every use of a registered person's name-word outside an identifier, as an ordinary word."""
    text = note.text
    hits = writer.forms.intersection(WORD.findall(text.lower()))
    if not hits:
        return []
    spans = [(p.start, p.end) for p in note.planted]
    pattern = re.compile(
        r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, sorted(hits))) + r")(?![^\W\d_])",
        re.IGNORECASE,
    )
    out = []
    for m in pattern.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        before = text[: m.start()].rstrip(" ")
        initial = not before or before[-1] in ".!?\n:]"
        where = "initial" if initial else "inner"
        out.append(Ordinary(note.index, m.start(), m.end(), m.group(), f"homograph/{where}"))
    return out


def generate_heldout_m(
    seed: int = SEED, size: int = 5_000_000, per_kb: float = REALISTIC
) -> Corpus:
    writer = Writer(seed)
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    total = 0
    while total < size:
        target = min(writer.rng.randrange(1000, 3600), max(size - total, 950))
        wanted = (total + target) / 1000 * per_kb - len(planted)
        ids = max(0, int(wanted) + (writer.rng.random() < wanted - int(wanted)))
        note = writer.note(len(texts), target, ids)
        text = note.text
        texts.append(text)
        planted += note.planted
        ordinary += _ordinary(writer, note)
        total += len(text.encode("utf-8"))
    return Corpus(texts, writer.entries, planted, ordinary)


def check(corpus: Corpus) -> None:
    """Raise ValueError when a gold span or ordinary word does not fit its text."""
    by_text: dict[int, list[Planted]] = {}
    for p in corpus.planted:
        if not (0 <= p.start < p.end <= len(corpus.texts[p.text])):
            raise ValueError(f"{p} lies out of its text")
        by_text.setdefault(p.text, []).append(p)
    for spans in by_text.values():
        spans.sort(key=lambda p: p.start)
        for a, b in zip(spans, spans[1:], strict=False):
            if b.start < a.end:
                raise ValueError(f"{a} and {b} overlap")
    for o in corpus.ordinary:
        text = corpus.texts[o.text]
        if text[o.start : o.end] != o.word:
            raise ValueError(f"{o} is not its text")
        if any(p.start < o.end and o.start < p.end for p in by_text.get(o.text, [])):
            raise ValueError(f"{o} lies inside an identifier")


def for_figure(_unused: Any, size: int, per_kb: float = REALISTIC) -> Corpus:
    return generate_heldout_m(SEED, size, per_kb=per_kb)


def hidden(text: str) -> bool:
    return unicodedata.normalize("NFKC", text) != text or any(
        unicodedata.category(c) == "Cf" for c in text
    )
