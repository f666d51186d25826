"""Held-out N: interview and observation notes of a Swedish study, written apart from the rules
and every other set, on published text no other set uses (see README.md; sealed for whoever
writes or tunes the redactor).

    corpus = generate_heldout_n(SEED, 5_000_000)   # per_kb=REALISTIC

Deterministic from the seed; no network; about a second a megabyte.
"""

from __future__ import annotations

import random
import re
import unicodedata
from typing import Any

from casebook.deid.registry import PERSON, NameEntry

from bench.heldout_n import lines, numbers, people
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 6173
REALISTIC = 0.7
LANG_WEIGHTS = {"sv": 41, "en": 23, "no": 14, "fi": 11, "da": 11}
STYLES = ("interview", "observation", "diary", "email", "sms", "pasted", "list")
# kind: weight (names about half, as in the other held-out sets)
KIND_WEIGHTS = {
    "name": 54,
    "date": 15,
    "email": 6,
    "phone": 7,
    "place": 4,
    "address": 5,
    "personnummer": 6,
    "url": 4,
}
# how a registered name is written: weight
HOW_WEIGHTS = {
    "exact": 27,
    "lower": 10,
    "upper": 6,
    "ascii": 5,
    "misspelt": 7,
    "invisible": 12,
    "inflected": 7,
    "third": 26,
}
INVISIBLE = {
    "soft-hyphen": "\u00ad",
    "zwsp": "\u200b",
    "zwj": "\u200d",
    "word-joiner": "\u2060",
    "bom": "\ufeff",
}
WORD = re.compile(r"[^\W\d_]+")
# Sentence openings that are the ordinary word far more often than a name in the language's
# published prose (a pronoun, an auxiliary, a determiner), followed by a lower-case word.
OPENERS = {"sv": ("Alla",), "en": ("Will", "May"), "no": (), "da": (), "fi": ()}
# English "Will" and "May" open a question or a wish before these words ("Will you", "May I");
# before others they may be someone's name ("May had not been able")
ENGLISH_AFTER = {
    "i",
    "you",
    "he",
    "she",
    "we",
    "they",
    "it",
    "not",
    "there",
    "this",
    "that",
    "the",
    "your",
    "his",
    "her",
    "our",
    "their",
    "my",
    "one",
    "anyone",
    "all",
}


def hidden(text: str) -> bool:
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


class Note:
    """A note under construction: its text and the spans planted in it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.bytes = 0
        self.planted: list[tuple[int, int, str, str, str, bool, str | None]] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)
        self.bytes += len(text.encode("utf-8"))

    def plant(
        self,
        text: str,
        kind: str,
        form: str,
        value: str,
        exact: bool = False,
        key: str | None = None,
    ) -> None:
        self.planted.append((self.length, self.length + len(text), kind, form, value, exact, key))
        self.add(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def size(self) -> int:
        return self.bytes


class Writer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.entries, used = people.build_registry(seed)
        self.persons = [e for e in self.entries if e.kind == PERSON]
        self.places = [e for e in self.entries if e.kind != PERSON]
        pool = people.names()
        self.third_given = [
            n for n in pool["given:humannames"] + pool["given:persian"] if n.lower() not in used
        ]
        self.third_family = [
            n
            for k, v in sorted(pool.items())
            if k.startswith("family:")
            for n in v
            if n.lower() not in used
        ]
        self.forms = set()
        for e in self.persons:
            self.forms.update(w.lower() for w in re.split(r"[ -]", e.canonical))
        # a published sentence naming someone as a registered person is called is left out (its
        # name would count as an ordinary word); lower-case uses of such words stay, and so do
        # the openings that are plainly the word ("Alla var där", "Will you come?"), never a
        # name a novel's narrator or a play's speaker line opens with ("Per gick ut", "Per:")
        self.sentences = {
            lang: [s for s in pool_ if not self._names_someone(s, lang)]
            for lang, pool_ in people.sentences().items()
        }
        self.homograph_sentences = {  # a word written like a name inside the sentence
            lang: [s for s in pool_ if any(w.lower() in self.forms for w in WORD.findall(s)[1:])]
            for lang, pool_ in self.sentences.items()
        }
        self.opening_homographs = {
            lang: [s for s in pool_ if s.split(" ")[0] in OPENERS.get(lang, ())]
            for lang, pool_ in self.sentences.items()
        }
        self.third_seen: set[str] = set()

    def _names_someone(self, sentence: str, lang: str) -> bool:
        for i, m in enumerate(WORD.finditer(sentence)):
            word = m.group()
            if not word[0].isupper() or word.lower() not in self.forms:
                continue
            after = sentence[m.end() :].split(" ", 2)
            following = after[1] if len(after) > 1 and after[0] == "" else ""
            plain = following[:1].islower() and (
                lang != "en" or following.strip(",.?!;").lower() in ENGLISH_AFTER
            )
            if i == 0 and word in OPENERS.get(lang, ()) and plain:
                continue
            return True
        return False

    # --- names -------------------------------------------------------------------------
    def _part(self, entry: NameEntry) -> tuple[str, str]:
        given = entry.canonical.rsplit(" ", 1)[0]
        family = entry.canonical.rsplit(" ", 1)[1]
        roll = self.rng.random()
        if roll < 0.45:
            return given.split(" ")[0], "given"
        if roll < 0.7:
            return family, "family"
        return f"{given.split(' ')[0]} {family}", "full"

    def _slip(self, word: str) -> str:
        for _ in range(20):
            chars = list(word)
            i = self.rng.randrange(1, max(2, len(chars) - 1)) if len(chars) > 2 else 1
            how = self.rng.choice(["swap", "drop", "double", "vowel"])
            if how == "swap" and i + 1 < len(chars) and chars[i] != chars[i + 1]:
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
            elif how == "drop" and len(chars) > 4:
                del chars[i]
            elif how == "double":
                chars.insert(i, chars[i])
            elif how == "vowel" and chars[i].lower() in "aeiouy":
                chars[i] = self.rng.choice([v for v in "aeiouy" if v != chars[i].lower()])
            slipped = "".join(chars)
            if (
                slipped != word
                and slipped.lower() not in self.forms
                and people.fold(slipped.lower()) != people.fold(word.lower())
            ):
                return slipped
        return word[0] + word[2] + word[1] + word[3:] if len(word) > 3 else word + word[-1]

    def name(self, note: Note, style: str, lang: str, how: str | None = None) -> str | None:
        """Plant a name in the note (in the form drawn); returns a glued ending to append."""
        how = how or self._weighted(HOW_WEIGHTS)
        if how == "third":
            self.third(note, style, lang)
            return None
        entry = self.rng.choice(self.persons)
        written, part = self._part(entry)
        value = written
        form = how
        if how == "lower":
            written = written.lower()
        elif how == "upper":
            written = written.upper()
        elif how == "ascii":
            folded = people.fold(written)
            if folded == written:
                candidates = [e for e in self.persons if people.fold(e.canonical) != e.canonical]
                entry = self.rng.choice(candidates)
                written, part = self._part(entry)
                value = written
                folded = people.fold(written)
                if folded == written:
                    written, value, part = entry.canonical, entry.canonical, "full"
                    folded = people.fold(written)
            written = folded
        elif how == "misspelt":
            words = written.split(" ")
            k = self.rng.randrange(len(words))
            words[k] = self._slip(words[k])
            written = " ".join(words)
        elif how == "invisible":
            which = self.rng.choice([*INVISIBLE, "full-width", "nbsp"])
            form = f"invisible-{which}"
            if which == "nbsp":
                if " " not in written:
                    written = value = (
                        entry.canonical.split(" ")[0] + " " + entry.canonical.rsplit(" ", 1)[1]
                    )
                    part = "full"
                written = written.replace(" ", "\u00a0")
            elif which == "full-width":
                written = _full_width(written)
            else:
                at = self.rng.randrange(1, len(written.split(" ")[0]))
                written = written[:at] + INVISIBLE[which] + written[at:]
        case = "nom"
        ending = None
        if how == "inflected":
            form, case = "exact", "gen"
            ending = {
                "sv": "s",
                "no": "s",
                "da": "s",
                "en": "s",
                "fi": self.rng.choice(["lle", "n", "lta", "sta"]),
            }[lang]
            if lang == "en":
                ending = None
                case = "nom"
        exact = how in ("exact", "inflected") and written == value
        note.plant(written, "name", f"{style}/{lang}/{case}/{form}/{part}", value, exact, entry.key)
        if ending:
            note.add(ending)
        elif how == "inflected" and lang == "en":
            note.add("'s")
        return ending

    def third(self, note: Note, style: str, lang: str) -> None:
        for _ in range(50):
            given = self.rng.choice(self.third_given)
            if self.rng.random() < 0.8:
                written, part = f"{given} {self.rng.choice(self.third_family)}", "full"
            else:
                written, part = given, "given"
            if written not in self.third_seen:
                break
        self.third_seen.add(written)
        note.plant(written, "name", f"{style}/{lang}/nom/third/{part}/unregistered", written)

    def _weighted(self, weights: dict[str, int]) -> str:
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    # --- other kinds -------------------------------------------------------------------
    def phone(self, note: Note, style: str, lang: str) -> None:
        region = self.rng.choice([*numbers.PLANS, "US", "US", "US", "FR"])  # their own shapes
        if self.rng.random() < 0.3:
            region = {"sv": "SE", "no": "NO", "da": "DK", "fi": "FI", "en": "GB"}[lang]
        nsn, groups = numbers.draw(self.rng, region)
        written, shape = numbers.write(self.rng, region, nsn, groups)
        form = f"{style}/{region}/{shape}"
        roll = self.rng.random()
        if roll < 0.07:
            written, form = _full_width(written), form + "/hidden-full-width"
        elif roll < 0.14 and " " in written:
            at = written.index(" ")
            written, form = written[:at] + "\u200b" + written[at:], form + "/hidden-zwsp"
        elif roll < 0.2 and " " in written:
            written, form = written.replace(" ", "\u00a0"), form + "/hidden-nbsp"
        note.plant(written, "phone", form, numbers.e164(region, nsn))

    def identity(self, note: Note, style: str, lang: str) -> None:
        country = self.rng.choice(list(numbers.BUILDERS))
        if self.rng.random() < 0.4:
            country = {"sv": "SE", "no": "NO", "da": "DK", "fi": "FI", "en": "GB"}[lang]
        number, shape = numbers.BUILDERS[country][0](self.rng)
        written, form = number, f"{style}/{country}/{shape}"
        roll = self.rng.random()
        if roll < 0.08:
            written, form = _full_width(number), form + "/hidden-full-width"
        elif roll < 0.16:
            written, form = number[:4] + "\u200b" + number[4:], form + "/hidden-zwsp"
        note.plant(written, "personnummer", form, number)

    def date(self, note: Note, style: str, lang: str) -> None:
        written, value, shape = lines.write_date(self.rng, lang)
        note.plant(written, "date", f"{style}/{lang}/{shape}", value)

    def address(self, note: Note, style: str, lang: str) -> str:
        written, shape, town = lines.address(self.rng, lang)
        note.plant(written, "address", f"{style}/{lang}/{shape}", written)
        return town

    def email(self, note: Note, style: str) -> None:
        given = self.rng.choice(
            self.third_given + [e.canonical.split(" ")[0] for e in self.persons]
        )
        written = lines.email(self.rng, given, self.rng.choice(self.third_family))
        note.plant(written, "email", f"{style}/plain", written)

    def url(self, note: Note, style: str) -> None:
        written = lines.url(
            self.rng, self.rng.choice(self.third_given), self.rng.choice(self.third_family)
        )
        note.plant(written, "url", f"{style}/plain", written)

    def place(self, note: Note, style: str) -> None:
        entry = self.rng.choice(self.places)
        note.plant(entry.canonical, "place", f"{style}/exact", entry.canonical, True, entry.key)

    # --- lines -------------------------------------------------------------------------
    def identifier_line(self, note: Note, style: str, lang: str, kind: str) -> None:
        """One line (or clause) of the note that carries an identifier of the kind."""
        template = self.rng.choice(lines.TEMPLATES[lang][kind])
        for piece in re.split(r"(\{\w+\})", template):
            if piece == "{name}":
                self.name(note, style, lang)
            elif piece == "{third}":
                self.third(note, style, lang)
            elif piece == "{phone}":
                self.phone(note, style, lang)
            elif piece == "{id}":
                self.identity(note, style, lang)
            elif piece == "{date}":
                self.date(note, style, lang)
            elif piece == "{address}":
                self.address(note, style, lang)
            elif piece == "{town}":
                note.add(self.rng.choice(lines.TOWNS[lang]))
            elif piece == "{email}":
                self.email(note, style)
            elif piece == "{url}":
                self.url(note, style)
            elif piece == "{place}":
                self.place(note, style)
            elif piece:
                note.add(piece)

    def sentence(self, lang: str) -> str:
        if self.rng.random() < 0.03 and len(self.opening_homographs[lang]) >= 50:
            return self.rng.choice(self.opening_homographs[lang])
        if self.rng.random() < 0.25 and len(self.homograph_sentences[lang]) >= 300:
            return self.rng.choice(self.homograph_sentences[lang])
        return self.rng.choice(self.sentences[lang])

    def note(self, size: int, count: int) -> Note:
        lang = self._weighted(LANG_WEIGHTS)
        style = self.rng.choice(STYLES)
        note = Note()
        kinds = [self._weighted(KIND_WEIGHTS) for _ in range(count)]
        lines.header(self, note, style, lang)
        spoken = lines.SPEAKERS[lang]
        clock = self.rng.randrange(8 * 60, 15 * 60)
        k = 0
        while note.size() < size or k < len(kinds):
            if style == "interview":
                note.add(f"{self.rng.choice(spoken)}: ")
            elif style == "observation":
                clock += self.rng.randrange(2, 14)
                note.add(f"{clock // 60:02d}:{clock % 60:02d} ")
            elif style == "sms":
                clock += self.rng.randrange(1, 9)
                note.add(f"[{clock // 60:02d}:{clock % 60:02d}] ")
            elif style == "list":
                note.add("- ")
            if k < len(kinds) and (self.rng.random() < 0.5 or note.size() >= size):
                self.identifier_line(note, style, lang, kinds[k])
                k += 1
                if self.rng.random() < 0.4:
                    note.add(" " + self.sentence(lang))
            else:
                note.add(self.sentence(lang))
                if style in ("diary", "email") and self.rng.random() < 0.6:
                    note.add(" " + self.sentence(lang))
            if style == "pasted" and self.rng.random() < 0.1:
                note.add(f"\n{lines.PAGE[lang]} {self.rng.randrange(2, 9)}")
            note.add("\n\n" if style in ("diary", "email") else "\n")
        lines.footer(self, note, style, lang)
        return note


def _ordinary(
    writer: Writer, text: str, index: int, spans: list[tuple[int, int]]
) -> list[Ordinary]:
    out = []
    for m in WORD.finditer(text):
        if m.group().lower() not in writer.forms:
            continue
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        before = text[: m.start()].rstrip(" \t\"'(")
        initial = not before or before[-1] in ".!?:\n]-" or before.endswith(("I:", "A:"))
        where = "initial" if initial else "inner"
        out.append(Ordinary(index, m.start(), m.end(), m.group(), f"homograph/{where}"))
    return out


def generate_heldout_n(
    seed: int = SEED, size: int = 5_000_000, per_kb: float = REALISTIC
) -> Corpus:
    """Notes of one to about four kilobytes until `size` bytes, `per_kb` identifiers per KB."""
    writer = Writer(seed)
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    total = 0
    while total < size:
        target = min(writer.rng.randrange(1000, 4000), max(size - total, 200))
        count = max(0, round((total + target) / 1000 * per_kb) - len(planted))
        note = writer.note(target, count)
        text = note.text
        index = len(texts)
        texts.append(text)
        total += len(text.encode("utf-8"))
        spans = []
        for start, end, kind, form, value, exact, key in note.planted:
            planted.append(Planted(index, start, end, kind, form, value, exact, key))
            spans.append((start, end))
        ordinary.extend(_ordinary(writer, text, index, spans))
    return Corpus(texts, writer.entries, planted, ordinary)


def check(corpus: Corpus) -> None:
    """Raise when a span lies out of its text, two spans overlap, or an ordinary word lies inside
    an identifier or is not its text."""
    by_text: dict[int, list[Planted]] = {}
    for p in corpus.planted:
        if not 0 <= p.start < p.end <= len(corpus.texts[p.text]):
            raise ValueError(f"span out of its text: {p}")
        by_text.setdefault(p.text, []).append(p)
    for spans in by_text.values():
        spans.sort(key=lambda p: p.start)
        for a, b in zip(spans, spans[1:], strict=False):
            if b.start < a.end:
                raise ValueError(f"spans overlap: {a} {b}")
    for o in corpus.ordinary:
        if corpus.texts[o.text][o.start : o.end] != o.word:
            raise ValueError(f"ordinary word is not its text: {o}")
        if any(p.start < o.end and o.start < p.end for p in by_text.get(o.text, [])):
            raise ValueError(f"ordinary word inside an identifier: {o}")


def for_figure(_unused: Any, size: int, per_kb: float = REALISTIC) -> Corpus:
    return generate_heldout_n(SEED, size, per_kb)
