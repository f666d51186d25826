"""Held-out Z: notes of a study of everyday life in five languages, written apart from every
rule of the redactor and from every other set (see README). Nobody who writes or tunes the
redactor may open, read, import, print or run anything in this folder.

    corpus = generate_heldout_z(SEED, 5_000_000)      # REALISTIC identifiers per kilobyte

Each note is a heading and lines of one of eight layouts (interviews, visit notes, a field
diary, a forwarded e-mail, a copied text thread, text pasted from a report, meeting notes and a
phone log) made of published sentences people wrote (`data/sentences.tsv`), this set's own
sentences for its word-names (`people.OWN_ORDINARY`) and this set's frames (`lexicon.py`),
which carry the identifiers. Every identifier is recorded where it stands, and so is every
use outside an identifier of a word that is a registered person's name."""

from __future__ import annotations

import datetime
import random
import re
import unicodedata
from dataclasses import dataclass, field

from casebook.deid.registry import PERSON, PLACE, NameEntry, ascii_fold

from bench.heldout_z import lexicon, numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 8273
REALISTIC = 0.7
LANGS = people.LANGS
# Notes by language, in proportion to the published sentences each language has (README), so
# that no published sentence stands in more than about a dozen notes at 5 MB: Danish people's
# posts are the largest pool, then Swedish; English, Norwegian and Finnish are small.
LANG_WEIGHTS = {"sv": 21, "da": 61, "en": 6, "no": 8, "fi": 4.5}
# Identifiers per kilobyte relative to the corpus's, by the note's language: Swedish notes carry
# the most (Swedish names must be the most), Danish ones the fewest.
LANG_DENSITY = {"sv": 2.4, "da": 0.6, "en": 1.5, "no": 1.5, "fi": 2.0}
# how often a published line gives way to a word-name's sentence (scaled by the language's
# weight, so that every language carries about a fifth of the ordinary uses)
WORD_RATE = 0.09
_MEAN = sum(LANG_WEIGHTS[k] * LANG_DENSITY[k] for k in LANG_WEIGHTS) / sum(LANG_WEIGHTS.values())
_DENSITY = {k: v / _MEAN for k, v in LANG_DENSITY.items()}
LAYOUTS = ("interview", "observation", "diary", "email", "sms", "pasted", "minutes", "calllog")
LAYOUT_WEIGHTS = (14, 14, 12, 14, 12, 10, 12, 12)
REGISTERED = {"sv": 60, "da": 48, "en": 40, "no": 40, "fi": 40}
ID_COUNTRY = {"sv": "se", "no": "no", "da": "dk", "fi": "fi"}
OTHER_IDS = ("pl", "ee", "lt", "is", "nl", "tr")
HOME_REGION = {"sv": "SE", "no": "NO", "da": "DK", "fi": "FI", "en": "GB"}
# what an identifier line plants: kind -> weight
KIND_WEIGHTS = {"N": 44, "G": 7, "T": 8, "E": 6, "U": 6, "D": 11, "A": 7, "L": 6, "I": 8}
# how a registered name is written, when it is not glued
NAME_WAYS = {"stranger": 36, "exact": 24, "lower": 6, "upper": 6, "ascii": 7, "invisible": 11,
             "misspelt": 13}  # fmt: skip
INVISIBLE = {"invisible-soft-hyphen": "\u00ad", "invisible-zwsp": "\u200b",
             "invisible-zwj": "\u200d", "invisible-word-joiner": "\u2060",
             "invisible-bom": "\ufeff", "invisible-full-width": "",
             "invisible-nbsp": "\xa0"}  # fmt: skip
TOKEN = re.compile(r"[^\W\d_]+")
KEYBOARD = ("qwertyuiopå", "asdfghjklöä", "zxcvbnm")


def hidden(text: str) -> bool:
    """Whether `text` holds a compatibility form or an invisible character."""
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


@dataclass
class _Span:
    start: int
    end: int
    kind: str
    form: str
    value: str
    exact: bool = False
    key: str | None = None
    name: tuple[str, str, str, bool] | None = None  # style, lang, how, present


@dataclass
class _Note:
    lang: str
    parts: list[str] = field(default_factory=list)
    size: int = 0
    length: int = 0
    spans: list[_Span] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)
        self.size += len(text.encode("utf-8"))

    def plant(self, written: str, span: _Span) -> None:
        span.start, span.end = self.length, self.length + len(written)
        self.add(written)
        self.spans.append(span)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class _Deck:
    """Items drawn in shuffled turns: every one before any again."""

    def __init__(self, items: list, rng: random.Random) -> None:
        self.items, self.rng, self.left = list(items), rng, []

    def draw(self):
        if not self.left:
            self.left = list(self.items)
            self.rng.shuffle(self.left)
        return self.left.pop()


def _vocabulary() -> set[str]:
    words: set[str] = set()
    texts = [s for ss in people.sentences().values() for s in ss]
    texts += [s for ss in people.word_sentences().values() for s in ss]
    texts += [s for ss in people.OWN_ORDINARY.values() for s in ss]
    for table in (lexicon.TITLES, lexicon.LABELS, lexicon.FRAMES):
        for by_lang in table.values():
            for v in by_lang.values():
                texts.extend(v if isinstance(v, tuple) else [v])
    for table in (lexicon.REF, lexicon.WEEK, lexicon.PAGE, lexicon.MONTHS, lexicon.WEEKDAYS):
        texts.extend(table.values())
    for table in (lexicon.GREETING, lexicon.SIGNOFF, lexicon.SUBJECTS, lexicon.FILLERS,
                  lexicon.ROLES, lexicon.STREETS):  # fmt: skip
        for v in table.values():
            texts.extend(v)
    texts += [t for lang in LANGS for t, _ in people.towns(lang)]
    for t in texts:
        words.update(w.lower() for w in TOKEN.findall(t))
    return words


class _Writer:
    def __init__(self, seed: int, per_kb: float) -> None:
        self.rng = random.Random(seed)
        self.per_kb = per_kb
        self.vocab = _vocabulary()
        self.entries: list[NameEntry] = []
        self.people: dict[str, list[NameEntry]] = {lang: [] for lang in LANGS}
        self.places: dict[str, list[NameEntry]] = {lang: [] for lang in LANGS}
        self.address_towns: dict[str, list[tuple[str, str]]] = {}
        self._register()
        self.forms = {e.key: entry_forms(e) for e in self.entries}
        self.person_forms = set().union(
            *(self.forms[e.key] for e in self.entries if e.kind == PERSON)
        )
        rng = self.rng
        self.pool = {lang: _Deck(people.sentences()[lang], rng) for lang in LANGS}
        questions = {
            lang: [s for s in people.sentences()[lang] if s.endswith("?")] for lang in LANGS
        }
        self.questions = {
            lang: _Deck(q or people.sentences()[lang], rng) for lang, q in questions.items()
        }
        published = people.word_sentences()
        self.word_decks: dict[str, _Deck] = {}
        for lang in LANGS:
            for w in people.WORD_NAMES_BY_LANG[lang]:
                own = [s for s in people.OWN_ORDINARY[lang] if w.lower() in _words(s)]
                self.word_decks[w] = _Deck(own + published.get(w.lower(), []), rng)
        self.word_turn = {lang: _Deck(list(people.WORD_NAMES_BY_LANG[lang]), rng) for lang in LANGS}
        # per published line, scaled by the language's weight and its lines' mean length, so
        # that each language's notes carry about as many ordinary uses per kilobyte
        self.word_rate = {}
        for lang in LANGS:
            pool = people.sentences()[lang]
            mean = sum(len(s) for s in pool) / len(pool)
            self.word_rate[lang] = min(0.5, WORD_RATE * 20 / LANG_WEIGHTS[lang] * mean / 50)
        self.strangers_used: set[str] = set()
        self.planted = 0
        self.bytes = 0
        self.lang_planted = dict.fromkeys(LANGS, 0)
        self.lang_bytes = dict.fromkeys(LANGS, 0)

    # --- people and places -------------------------------------------------------------------

    def _free(self, *names: str) -> bool:
        return all(p.lower() not in self.vocab for n in names for p in re.split(r"[\s-]+", n))

    def _register(self) -> None:
        rng = self.rng
        canon: set[str] = set()
        index = 0

        def add(lang: str, given: str, family: str) -> None:
            nonlocal index
            full = f"{given} {family}"
            if full in canon:
                return
            canon.add(full)
            index += 1
            entry = NameEntry(key=f"z-p{index}", canonical=full, tag=f"[PERSON {index}]")
            self.entries.append(entry)
            self.people[lang].append(entry)

        origins = list(people.MOVED)
        rng.shuffle(origins)
        turn = 0
        for lang in LANGS:
            given = [n for n in people.given(lang) if self._free(n)]
            family = [n for n in people.family(lang) if self._free(n)]
            for w in people.GIVEN_WORD_NAMES[lang]:
                add(lang, w, rng.choice(family))
            for w in people.FAMILY_WORD_NAMES[lang]:
                add(lang, rng.choice(given), w)
            for i in range(REGISTERED[lang]):
                if i % 5 == 4:
                    origin = origins[turn % len(origins)]
                    turn += 1
                    g = [n for n in people.moved_given(origin) if self._free(n)]
                    f = [n for n in people.moved_family(origin) if self._free(n)]
                    add(lang, rng.choice(g), rng.choice(f))
                else:
                    add(lang, rng.choice(given), rng.choice(family))
        for lang in LANGS:
            towns = list(people.towns(lang))
            rng.shuffle(towns)
            for town, _code in towns[:6]:
                index += 1
                entry = NameEntry(key=f"z-l{index}", canonical=town, tag=f"[PLACE {index}]",
                                  kind=PLACE)  # fmt: skip
                self.entries.append(entry)
                self.places[lang].append(entry)
            self.address_towns[lang] = towns[6:]

    # --- density -------------------------------------------------------------------------------

    def want_identifier(self, lang: str, note: _Note) -> bool:
        total_kb = (self.bytes + note.size) / 1000
        lang_kb = (self.lang_bytes[lang] + note.size) / 1000
        here = self.lang_planted[lang] + len(note.spans)
        everywhere = self.planted + len(note.spans)
        correction = min(2.0, max(0.5, (self.per_kb * total_kb + 1) / (everywhere + 1))) ** 2
        return here < self.per_kb * _DENSITY[lang] * correction * lang_kb

    # --- names -----------------------------------------------------------------------------

    def stranger(self, lang: str) -> str:
        rng = self.rng
        for _ in range(200):
            if rng.random() < 0.3:
                origin = rng.choice(people.MOVED)
                g, f = (
                    rng.choice(people.moved_given(origin)),
                    rng.choice(people.moved_family(origin)),
                )
            else:
                g, f = rng.choice(people.given(lang)), rng.choice(people.family(lang))
            full = f"{g} {f}"
            if full not in self.strangers_used and not any(
                full == e.canonical for e in self.entries
            ):
                self.strangers_used.add(full)
                return full
        raise RuntimeError("no stranger left")

    def name(self, note: _Note, cast: list[NameEntry], style: str, *, full: bool = False,
             present: bool = False, given_only: bool = False) -> None:  # fmt: skip
        rng = self.rng
        lang = note.lang
        ways = list(NAME_WAYS)
        way = rng.choices(ways, [NAME_WAYS[w] for w in ways])[0]
        if way == "stranger":
            written = self.stranger(lang)
            note.plant(
                written, _Span(0, 0, "name", "", written, name=(style, lang, "full", present))
            )
            return
        person = rng.choice(cast)
        if way == "ascii":
            marked = [p for p in cast if ascii_fold(p.canonical) != p.canonical]
            marked = marked or [
                p for p in self.people[lang] if ascii_fold(p.canonical) != p.canonical
            ]
            person = rng.choice(marked) if marked else person
        given, fam = person.given_names[0], person.family_name or ""
        if given_only:
            part, how = given, "given"
        elif full:
            part, how = person.canonical, "full"
        else:
            part, how = rng.choice(((given, "given"), (fam, "family"), (person.canonical, "full"),
                                    (person.canonical, "full")))  # fmt: skip
        if way == "ascii":
            parts = ((given, "given"), (fam, "family"), (person.canonical, "full"))
            folded = [(p, h) for p, h in parts
                      if ascii_fold(p) != p and (h == how or not (full or given_only))]  # fmt: skip
            if folded:
                part, how = rng.choice(folded)
                written = ascii_fold(part)
            else:
                way, written = "exact", part
        elif way == "lower":
            written = part.lower()
        elif way == "upper":
            written = part.upper()
        elif way == "invisible":
            hows = [h for h in INVISIBLE if h != "invisible-nbsp" or " " in part]
            how = rng.choice(hows)
            written = _hide(rng, part, how)
        elif way == "misspelt":
            written, how = self.slip(part, person)
        else:
            written = part
        exact = written == part
        note.plant(written, _Span(0, 0, "name", "", part, exact, person.key,
                                  name=(style, lang, how, present)))  # fmt: skip

    def slip(self, part: str, person: NameEntry) -> tuple[str, str]:
        rng = self.rng
        own = self.forms[person.key]
        folded = {ascii_fold(f) for f in own}
        for _ in range(100):
            kinds = ["slip-drop", "slip-double", "slip-swap", "slip-key"]
            if " " in part:
                kinds.append("slip-space")
            how = rng.choice(kinds)
            w = list(part)
            letters = [i for i in range(1, len(w)) if w[i].isalpha()]
            if not letters:
                break
            i = rng.choice(letters)
            if how == "slip-drop":
                del w[i]
            elif how == "slip-double":
                w.insert(i, w[i])
            elif how == "slip-swap":
                if i + 1 >= len(w) or not w[i + 1].isalpha() or w[i] == w[i + 1]:
                    continue
                w[i], w[i + 1] = w[i + 1], w[i]
            elif how == "slip-key":
                near = _neighbour(w[i], rng)
                if not near:
                    continue
                w[i] = near
            else:
                s = part.index(" ")
                if s < 2:
                    continue
                w = list(part[: s - 1] + " " + part[s - 1] + part[s + 1 :])
            written = "".join(w)
            if written.lower() in own or ascii_fold(written.lower()) in folded:
                continue
            return written, how
        return part[0] + part[1:].replace(part[1], part[1] * 2, 1), "slip-double"

    # --- other identifiers ------------------------------------------------------------------

    def phone(self, note: _Note, style: str, cue: bool) -> None:
        rng = self.rng
        region = HOME_REGION[note.lang] if rng.random() < 0.45 else rng.choice(numbers.PLANS)
        nsn, groups = numbers.draw(rng, region)
        written, shape = numbers.write(rng, region, nsn, groups)
        how = "plain"
        if rng.random() < 0.12:
            how = rng.choice(("hidden-full-width", "hidden-zwsp", "hidden-nbsp"))
            written = _hide_number(rng, written, how)
        form = f"{style}/{region}/{shape}/{'cue' if cue else 'sentence'}/{how}"
        note.plant(written, _Span(0, 0, "phone", form, numbers.e164(region, nsn)))

    def identity(self, note: _Note, style: str) -> None:
        rng = self.rng
        country = ID_COUNTRY.get(note.lang) if rng.random() < 0.7 else None
        country = country or rng.choice(OTHER_IDS)
        build, _module = numbers.BUILDERS[country]
        written, shape = build(rng)
        how = "plain"
        if rng.random() < 0.12:
            how = rng.choice(("hidden-full-width", "hidden-zwsp"))
            written = _hide_number(rng, written, how)
        value = unicodedata.normalize("NFKC", written).replace("\u200b", "")
        note.plant(written, _Span(0, 0, "personnummer", f"{style}/{country}/{shape}/{how}", value))

    def email(self, note: _Note, style: str, person: NameEntry | None = None) -> None:
        rng = self.rng
        person = person or rng.choice(self.people[note.lang])
        g = _ascii(person.given_names[0])
        f = _ascii(person.family_name or "")
        shape = rng.choice(("dot", "initial", "joined", "number"))
        local = {"dot": f"{g}.{f}", "initial": f"{g[0]}{f}", "joined": f"{g}{f}",
                 "number": f"{g}{rng.randrange(10, 99)}"}[shape]  # fmt: skip
        written = f"{local}@{rng.choice(lexicon.DOMAINS)}"
        note.plant(written, _Span(0, 0, "email", f"{style}/{note.lang}/{shape}", written))

    def url(self, note: _Note, style: str) -> None:
        rng = self.rng
        person = rng.choice(self.people[note.lang])
        slug = f"{_ascii(person.given_names[0])}-{_ascii(person.family_name or '')}"
        shape = rng.choice(("https", "www", "bare"))
        domain = rng.choice(lexicon.DOMAINS)
        path = rng.choice(("u", "p", "album", "s", "profile"))
        written = {"https": f"https://{domain}/{path}/{slug}", "www": f"www.{domain}/{slug}",
                   "bare": f"{domain}/{path}/{slug}"}[shape]  # fmt: skip
        note.plant(written, _Span(0, 0, "url", f"{style}/{note.lang}/{shape}", written))

    def address(self, note: _Note, style: str) -> None:
        rng = self.rng
        lang = note.lang
        street = rng.choice(lexicon.STREETS[lang])
        n = rng.randrange(1, 80)
        town, code = rng.choice(self.address_towns[lang])
        shape = "street"
        if lang == "sv":
            line = f"{street} {n}" + (
                f", lgh {rng.randrange(1001, 1704)}" if rng.random() < 0.3 else ""
            )
        elif lang == "en":
            line = f"{n} {street}"
            if rng.random() < 0.3:
                line = f"Flat {rng.randrange(1, 20)}, {line}"
            letters = "ABDEFGHJLNPQRSTUWXYZ"
            code = f"{code} {rng.randrange(1, 10)}{rng.choice(letters)}{rng.choice(letters)}"
        elif lang == "fi":
            line = f"{street} {n}" + (
                f" {rng.choice('ABC')} {rng.randrange(1, 40)}" if rng.random() < 0.4 else ""
            )
        elif lang == "no":
            line = f"{street} {n}" + (f" {rng.choice('ABC')}" if rng.random() < 0.3 else "")
        else:
            line = f"{street} {n}" + (f", {rng.randrange(1, 6)}. {rng.choice(('th', 'tv', 'mf'))}."
                                      if rng.random() < 0.4 else "")  # fmt: skip
        if rng.random() < 0.6:
            shape = "street-postcode"
            line = f"{line}, {code} {town}" if lang != "en" else f"{line}, {town} {code}"
        note.plant(line, _Span(0, 0, "address", f"{style}/{lang}/{shape}", line))

    def place(self, note: _Note, style: str) -> None:
        entry = self.rng.choice(self.places[note.lang])
        note.plant(entry.canonical, _Span(0, 0, "place", f"{style}/{note.lang}/town",
                                          entry.canonical, True, entry.key))  # fmt: skip

    def date(self, note: _Note, style: str) -> None:
        written, shape = _date(self.rng, note.lang)
        note.plant(written, _Span(0, 0, "date", f"{style}/{note.lang}/{shape}", written))

    # --- lines -------------------------------------------------------------------------------

    def sentence(
        self, note: _Note, cast: list[NameEntry], style: str, *, plain: bool = False
    ) -> None:
        """One sentence: a frame with an identifier when the note is short of them, else a
        published sentence or, now and then, one using a word-name as the word it is."""
        rng = self.rng
        lang = note.lang
        if not plain and self.want_identifier(lang, note):
            kinds = list(KIND_WEIGHTS)
            kind = rng.choices(kinds, [KIND_WEIGHTS[k] for k in kinds])[0]
            frame = rng.choice(lexicon.FRAMES[lang][kind])
            before, after = frame.split("{" + kind + "}") if kind != "G" else frame.split("{N}")
            note.add(before)
            if kind == "N":
                self.name(note, cast, style)
            elif kind == "G":
                person = rng.choice(cast)
                part = person.given_names[0] if rng.random() < 0.7 else person.family_name
                note.plant(part, _Span(0, 0, "name", "", part, True, person.key,
                                       name=(style, lang, "glued", False)))  # fmt: skip
            elif kind == "T":
                self.phone(note, style, cue=False)
            elif kind == "E":
                self.email(note, style)
            elif kind == "U":
                self.url(note, style)
            elif kind == "D":
                self.date(note, style)
            elif kind == "A":
                self.address(note, style)
            elif kind == "L":
                self.place(note, style)
            else:
                self.identity(note, style)
            note.add(after)
            return
        if rng.random() < self.word_rate[lang]:
            word = self.word_turn[lang].draw()
            note.add(self.word_decks[word].draw())
            return
        note.add(self.pool[lang].draw())

    def sentences(self, note: _Note, cast: list[NameEntry], style: str, n: int) -> None:
        for i in range(n):
            if i:
                note.add(" ")
            self.sentence(note, cast, style)

    # --- layouts -------------------------------------------------------------------------------

    def note(self, lang: str, target: int) -> tuple[str, list[_Span]]:
        rng = self.rng
        layout = rng.choices(LAYOUTS, LAYOUT_WEIGHTS)[0]
        note = _Note(lang)
        size = rng.randint(2, 5)
        cast = rng.sample(self.people[lang], size)
        labels = lexicon.LABELS[lang]
        title = lexicon.TITLES[lang][layout]
        ref = f"{lexicon.REF[lang]} {rng.choice('BCDFGHKMNPRSTVZ')}{rng.randrange(1000, 9999)}"
        if layout == "diary":
            note.add(f"{title}, {lexicon.WEEK[lang]} {rng.randrange(2, 52)} ({ref})\n\n")
        else:
            note.add(f"{title} ({ref})\n\n")
        chance = {"minutes": 0.4, "interview": 0.15}.get(layout, 0.03)
        if rng.random() < chance:
            self.present(note, cast, labels["present"])
            if layout == "minutes" and rng.random() < 0.3:
                self.listing(note, cast, labels["absent"], 1, present=False)
            if rng.random() < 0.3:
                note.add(f"{labels['contact']}: ")
                self.name(note, cast, "list", full=True)
                note.add(f" ({rng.choice(lexicon.ROLES[lang])})\n")
            note.add("\n")
        getattr(self, "_" + layout)(note, cast, target)
        return note.text, note.spans

    def present(self, note: _Note, cast: list[NameEntry], label: str) -> None:
        self.listing(note, cast, label, self.rng.randint(2, 4), present=True)

    def listing(
        self, note: _Note, cast: list[NameEntry], label: str, n: int, present: bool
    ) -> None:
        note.add(f"{label}: ")
        for i in range(n):
            if i:
                note.add(", ")
            self.name(note, cast, "list", full=self.rng.random() < 0.7, present=present)
        note.add("\n")

    def _interview(self, note: _Note, cast: list[NameEntry], target: int) -> None:
        rng, labels = self.rng, lexicon.LABELS[note.lang]
        named = rng.random() < 0.35
        while note.size < target:
            note.add(f"{labels['ask']}: {self.questions[note.lang].draw()}\n")
            if named and rng.random() < 0.6 and self.want_identifier(note.lang, note):
                self.name(note, cast, "label", given_only=True)
                note.add(": ")
            else:
                note.add(f"{labels['answer']}: ")
            if rng.random() < 0.15:
                note.add(rng.choice(lexicon.FILLERS[note.lang]) + " ")
            self.sentences(note, cast, "interview", rng.randint(1, 3))
            note.add("\n")

    def _observation(self, note: _Note, cast: list[NameEntry], target: int) -> None:
        rng = self.rng
        minutes = rng.randrange(8 * 60, 15 * 60)
        while note.size < target:
            note.add(f"{minutes // 60:02d}:{minutes % 60:02d} ")
            self.sentences(note, cast, "observation", rng.randint(1, 2))
            note.add("\n")
            minutes += rng.randrange(3, 25)

    def _diary(self, note: _Note, cast: list[NameEntry], target: int) -> None:
        rng = self.rng
        while note.size < target:
            note.add("- ")
            self.sentences(note, cast, "diary", rng.randint(1, 3))
            note.add("\n")
            if rng.random() < 0.15:
                note.add("\n")

    def _email(self, note: _Note, cast: list[NameEntry], target: int) -> None:
        rng, lang = self.rng, note.lang
        labels = lexicon.LABELS[lang]
        sender = rng.choice(cast)
        role = rng.choice(lexicon.ROLES[lang])
        note.add(f"{labels['from']}: ")
        named = rng.random() < 0.5 and self.want_identifier(lang, note)
        if named:
            self.name(note, [sender], "header", full=True)
            if rng.random() < 0.4:
                note.add(" <")
                self.email(note, "header", sender)
                note.add(">")
        else:
            note.add(role[0].upper() + role[1:])
        note.add("\n")
        if rng.random() < 0.3 and self.want_identifier(lang, note):
            note.add(f"{labels['to']}: ")
            self.name(note, cast, "header", full=True)
            note.add("\n")
        if rng.random() < 0.35 and self.want_identifier(lang, note):
            note.add(f"{labels['sent']}: ")
            self.date(note, "header")
            note.add(f", {rng.randrange(7, 22):02d}:{rng.randrange(60):02d}\n")
        note.add(f"{labels['subject']}: {rng.choice(lexicon.SUBJECTS[lang])}\n\n")
        greeting = rng.choice(lexicon.GREETING[lang])
        if "{g}" in greeting and self.want_identifier(lang, note):
            before, after = greeting.split("{g}")
            note.add(before)
            self.name(note, cast, "email", given_only=True)
            note.add(after + "\n\n")
        else:
            note.add(greeting.replace(" {g}", "") + "\n\n")
        while note.size < target:
            self.sentences(note, cast, "email", rng.randint(2, 4))
            note.add("\n\n")
        note.add(rng.choice(lexicon.SIGNOFF[lang]) + "\n")
        if named or self.want_identifier(lang, note):
            self.name(note, [sender], "signature", full=rng.random() < 0.6,
                      given_only=rng.random() < 0.3)  # fmt: skip
        else:
            note.add(role[0].upper() + role[1:])
        note.add("\n")
        if rng.random() < 0.4 and self.want_identifier(lang, note):
            note.add(f"{rng.choice((labels['tel'], labels['mobile']))} ")
            self.phone(note, "signature", cue=True)
            note.add("\n")

    def _sms(self, note: _Note, cast: list[NameEntry], target: int) -> None:
        rng, lang = self.rng, note.lang
        minutes = rng.randrange(7 * 60, 21 * 60)
        other = rng.choice(cast)
        while note.size < target:
            note.add(f"[{minutes // 60:02d}:{minutes % 60:02d}] ")
            if rng.random() < 0.5:
                note.add(f"{lexicon.LABELS[lang]['me']}: ")
            elif not self.want_identifier(lang, note):
                note.add(f"{lexicon.LABELS[lang]['other']}: ")
            else:
                self.name(note, [other], "label", given_only=True)
                note.add(": ")
            self.sentences(note, cast, "sms", rng.randint(1, 2))
            note.add("\n")
            minutes = min(minutes + rng.randrange(1, 40), 23 * 60 + 50)

    def _pasted(self, note: _Note, cast: list[NameEntry], target: int) -> None:
        rng = self.rng
        start = note.length
        while note.size < target:
            self.sentences(note, cast, "pasted", rng.randint(3, 6))
            note.add("\n\n")
        _wrap(note, start, rng)
        page = lexicon.PAGE[note.lang].format(a=rng.randrange(1, 4), b=rng.randrange(4, 9))
        note.add(page + "\n")

    def _minutes(self, note: _Note, cast: list[NameEntry], target: int) -> None:
        rng, labels = self.rng, lexicon.LABELS[self_lang := note.lang]
        k = 1
        while note.size < target:
            note.add(f"{labels['item']} {k}. ")
            self.sentences(note, cast, "minutes", rng.randint(1, 3))
            note.add("\n")
            k += 1
        del self_lang

    def _calllog(self, note: _Note, cast: list[NameEntry], target: int) -> None:
        rng, labels = self.rng, lexicon.LABELS[note.lang]
        minutes = rng.randrange(8 * 60, 12 * 60)
        k = 1
        while note.size < target:
            note.add(f"{labels['call']} {k}, {minutes // 60:02d}:{minutes % 60:02d}: ")
            self.sentences(note, cast, "calllog", rng.randint(1, 3))
            note.add("\n")
            k += 1
            minutes += rng.randrange(10, 90)
            minutes = min(minutes, 23 * 60)


def _words(s: str) -> set[str]:
    return {w.lower() for w in TOKEN.findall(s)}


def _ascii(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.lower())
    folded = folded.replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("ł", "l")
    folded = folded.replace("ı", "i")
    return "".join(c for c in folded if c.isascii() and c.isalnum())


def _neighbour(c: str, rng: random.Random) -> str:
    low = c.lower()
    for row in KEYBOARD:
        i = row.find(low)
        if i >= 0:
            options = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
            near = rng.choice(options)
            return near.upper() if c.isupper() else near
    return ""


def _hide(rng: random.Random, part: str, how: str) -> str:
    if how == "invisible-full-width":
        return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalpha() else c for c in part)
    if how == "invisible-nbsp":
        return part.replace(" ", "\xa0", 1)
    inner = [i for i in range(1, len(part)) if part[i - 1].isalpha() and part[i].isalpha()]
    i = rng.choice(inner)
    return part[:i] + INVISIBLE[how] + part[i:]


def _hide_number(rng: random.Random, written: str, how: str) -> str:
    if how == "hidden-full-width":
        return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in written)
    if how == "hidden-nbsp" and " " in written:
        return written.replace(" ", "\xa0")
    inner = [i for i in range(1, len(written)) if written[i - 1].isdigit() and written[i].isdigit()]
    i = rng.choice(inner)
    return written[:i] + "\u200b" + written[i:]


def _wrap(note: _Note, start: int, rng: random.Random) -> None:
    """Wrap the text from `start` at 60-76 characters, breaking only at spaces outside
    identifiers (a space becomes a line break, so no offset moves)."""
    text = list(note.text)
    inside = set()
    for s in note.spans:
        inside.update(range(s.start, s.end))
    width = rng.randint(60, 76)
    col = 0
    last_space = -1
    i = start
    while i < len(text):
        c = text[i]
        if c == "\n":
            col, last_space = 0, -1
        else:
            col += 1
            if c == " " and i not in inside:
                last_space = i
            if col > width and last_space > 0:
                text[last_space] = "\n"
                col = i - last_space
                last_space = -1
        i += 1
    note.parts = ["".join(text)]


def _date(rng: random.Random, lang: str) -> tuple[str, str]:
    day = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randrange(0, 3 * 365))
    d, m, y = day.day, day.month, day.year
    month = lexicon.MONTHS[lang].split()[m - 1]
    weekday = lexicon.WEEKDAYS[lang].split()[day.weekday()]
    end = min(d + rng.randint(1, 4), 28)
    iso = f"{y}-{m:02d}-{d:02d}"
    if lang == "sv":
        shapes = {
            "iso": iso,
            "long": f"{d} {month} {y}",
            "den": f"den {d} {month}",
            "slash": f"{d}/{m}",
            "weekday": f"{weekday} {d} {month}",
            "suffix": f"{d}:e {month}",
            "range": f"{d}–{end} {month}",
        }
    elif lang == "en":
        shapes = {
            "iso": iso,
            "long": f"{d} {month} {y}",
            "us": f"{month} {d}",
            "slash": f"{d:02d}/{m:02d}/{y}",
            "weekday": f"{weekday} {d} {month}",
            "ordinal": f"the {d}{_th(d)} of {month}",
            "range": f"{d}-{end} {month}",
        }
    elif lang == "da":
        shapes = {
            "iso": iso,
            "long": f"{d}. {month} {y}",
            "d": f"d. {d}. {month}",
            "slash": f"{d}/{m}-{y}",
            "dotted": f"{d:02d}.{m:02d}.{y}",
            "weekday": f"{weekday} den {d}. {month}",
            "range": f"{d}.-{end}. {month}",
        }
    elif lang == "no":
        shapes = {
            "iso": iso,
            "long": f"{d}. {month} {y}",
            "dotted": f"{d:02d}.{m:02d}.{y}",
            "den": f"den {d}. {month}",
            "short": f"{d}.{m}.",
            "weekday": f"{weekday} {d}. {month}",
            "range": f"{d}.–{end}. {month}",
        }
    else:
        shapes = {"iso": iso, "dotted": f"{d}.{m}.{y}", "short": f"{d}.{m}.",
                  "long": f"{d}. {month} {y}", "weekday": f"{weekday} {d}.{m}.",
                  "range": f"{d}.–{end}.{m}."}  # fmt: skip
    shape = rng.choice(list(shapes))
    if shape == "range" and end <= d:  # the 28th of a month: no range
        shape = "long"
    return shapes[shape], shape


def _th(d: int) -> str:
    if 10 <= d % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ordinary(text: str, spans: list[_Span], forms: set[str]) -> list[tuple[int, int, str, str]]:
    out = []
    for m in TOKEN.finditer(text):
        if m.group().lower() not in forms:
            continue
        if any(s.start < m.end() and m.start() < s.end for s in spans):
            continue
        line = text[: m.start()].rsplit("\n", 1)[-1].rstrip()
        initial = (
            not line or line[-1] in ".!?:-]" or re.fullmatch(r"\d{1,2}:\d{2}", line) is not None
        )
        out.append(
            (m.start(), m.end(), m.group(), "homograph/" + ("initial" if initial else "inner"))
        )
    return out


def generate_heldout_z(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    """Notes of one to four kilobytes (at the realistic density) until `size` bytes."""
    writer = _Writer(seed, per_kb)
    rng = random.Random(seed * 7 + 3)
    langs = list(LANG_WEIGHTS)
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    while writer.bytes < size:
        lang = rng.choices(langs, [LANG_WEIGHTS[lang] for lang in langs])[0]
        target = min(rng.randint(1000, 4000), max(200, size - writer.bytes))
        text, spans = writer.note(lang, target)
        i = len(texts)
        texts.append(text)
        for s in spans:
            form = s.form
            if s.kind == "name":
                style, lg, how, present = s.name
                written = text[s.start : s.end]
                category = name_category(
                    written, s.exact, s.key, text, s.start, s.end, writer.forms
                )
                if how == "glued" and category != "inflected":
                    how = "given"
                form = f"{style}/{lg}/{category}/{how}" + ("/present" if present else "")
            planted.append(Planted(i, s.start, s.end, s.kind, form, s.value, s.exact, s.key))
        for start, end, word, where in _ordinary(text, spans, writer.person_forms):
            ordinary.append(Ordinary(i, start, end, word, where))
        nbytes = len(text.encode("utf-8"))
        writer.bytes += nbytes
        writer.lang_bytes[lang] += nbytes
        writer.planted += len(spans)
        writer.lang_planted[lang] += len(spans)
    return Corpus(texts=texts, registry_people=writer.entries, planted=planted, ordinary=ordinary)


def check(corpus: Corpus) -> None:
    """Every span is its text, no two identifiers overlap, no ordinary word is inside one."""
    by_text: dict[int, list[Planted]] = {}
    for p in corpus.planted:
        text = corpus.texts[p.text]
        if not 0 <= p.start < p.end <= len(text):
            raise ValueError(f"{p} is out of its text")
        written = text[p.start : p.end]
        if p.exact and written != p.value:
            raise ValueError(f"{p} is not its text")
        by_text.setdefault(p.text, []).append(p)
    for spans in by_text.values():
        spans.sort(key=lambda p: (p.start, p.end))
        for a, b in zip(spans, spans[1:], strict=False):
            if b.start < a.end:
                raise ValueError(f"{a} and {b} overlap")
    for o in corpus.ordinary:
        text = corpus.texts[o.text]
        if text[o.start : o.end] != o.word:
            raise ValueError(f"{o} is not its text")
        if any(p.start < o.end and o.start < p.end for p in by_text.get(o.text, [])):
            raise ValueError(f"{o} is inside an identifier")
