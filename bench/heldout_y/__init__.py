"""Held-out Y: notes of a study of everyday life in English, Finnish, Norwegian, Swedish and
Danish, with planted identifiers, written apart from every rule and every other set (see
README.md). Nobody who writes or tunes the redactor may read this package.

    corpus = generate_heldout_y(SEED, 5_000_000, per_kb=REALISTIC)
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from casebook.deid.registry import PERSON, PLACE, NameEntry, ascii_fold

from bench.heldout_y import lexicon as lx
from bench.heldout_y import numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 7919
REALISTIC = 0.7
LANG_WEIGHTS = {"sv": 12, "en": 60, "fi": 10, "no": 9, "da": 9}
# identifiers per kilobyte of a language's notes, against the corpus's density: the Nordic
# pools are small, so their notes carry more of this set's own sentences and fewer published ones
DENSITY = {"sv": 3.0, "en": 0.35, "fi": 1.8, "no": 1.8, "da": 1.8}
WORD_SHARE = {"sv": 0.1, "en": 0.015, "fi": 0.1, "no": 0.1, "da": 0.1}
KIND_WEIGHTS = {
    "name": 52,
    "email": 8,
    "date": 10,
    "personnummer": 6,
    "place": 6,
    "phone": 7,
    "address": 6,
    "url": 5,
}
HOWS = {
    "exact": 30,
    "lower": 8,
    "upper": 7,
    "ascii": 7,
    "misspelt": 11,
    "inflected": 9,
    "invisible": 9,
}
LAYOUTS = (
    "interview",
    "observation",
    "diary",
    "email",
    "sms",
    "pasted",
    "memo",
    "survey",
    "handover",
)
PHONE_COUNTRY = {"sv": "SE", "en": "GB", "fi": "FI", "no": "NO", "da": "DK"}
ID_COUNTRY = {"sv": "se", "en": "gb", "fi": "fi", "no": "no", "da": "dk"}
MOVED_PHONES = ("US", "DE", "PL", "EE", "IQ", "SO", "IR", "TR", "UA", "SY", "AF", "VN", "BA", "ER")
MOVED_IDS = ("pl", "ee", "lt", "is", "nl", "tr")
INVISIBLE = {
    "invisible-soft-hyphen": "\u00ad",
    "invisible-zwsp": "\u200b",
    "invisible-zwj": "\u200d",
    "invisible-word-joiner": "\u2060",
    "invisible-bom": "\ufeff",
}
KEYS = "qwertyuiop asdfghjkl zxcvbnm".split()
WORD = re.compile(r"[^\W\d_]+")


def hidden(text: str) -> bool:
    """An invisible or compatibility character inside."""
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@dataclass
class _Person:
    key: str
    given: str
    family: str
    lang: str
    moved: bool
    word: str | None = None

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


@dataclass
class _Ident:
    written: str
    kind: str
    form: str
    value: str
    exact: bool = False
    key: str | None = None
    glued: str = ""  # an ending glued on after the span


@dataclass
class _Note:
    parts: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, _Ident]] = field(default_factory=list)
    size: int = 0

    def add(self, *pieces: str | _Ident) -> None:
        for piece in pieces:
            if isinstance(piece, _Ident):
                start = self.size
                self._put(piece.written)
                self.spans.append((start, self.size, piece))
                if piece.glued:
                    self._put(piece.glued)
            else:
                self._put(piece)

    def _put(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def text(self) -> str:
        return "".join(self.parts)


class _Deck:
    """Items drawn as a shuffled deck: every one before any again."""

    def __init__(self, rng: random.Random, items: tuple) -> None:
        self.rng, self.items, self.left = rng, tuple(items), []

    def draw(self):  # noqa: ANN201
        if not self.left:
            self.left = list(self.items)
            self.rng.shuffle(self.left)
        return self.left.pop()


class _Writer:
    def __init__(self, seed: int, per_kb: float) -> None:
        self.rng = random.Random(seed)
        self.per_kb = per_kb
        self.people: list[_Person] = []
        self.places: dict[str, list[tuple[str, str]]] = {}
        self.entries: list[NameEntry] = []
        self._register()
        self.forms = {e.key: entry_forms(e) for e in self.entries}
        self.person_forms = set().union(*(self.forms[p.key] for p in self.people))
        self.pools = {lang: _Deck(self.rng, people.pool(lang)) for lang in people.LANGS}
        self.words = {
            lang: [
                _Deck(self.rng, self._by_position(lang, w)) for w in people.WORD_NAMES_BY_LANG[lang]
            ]
            for lang in people.LANGS
        }
        self.word_turn = Counter()
        self.made = Counter()  # names and other identifiers made so far
        self.strangers = {lang: self._stranger_deck(lang) for lang in people.LANGS}
        self.by_lang = {lang: [p for p in self.people if p.lang == lang] for lang in people.LANGS}

    # --- registry ---------------------------------------------------------------------------

    def _usable(self, names: tuple[str, ...]) -> list[str]:
        common = {
            w.lower() for lang in people.LANGS for s in people.pool(lang) for w in WORD.findall(s)
        }
        common |= {
            w.lower()
            for lang in people.LANGS
            for s in people.OWN_ORDINARY[lang]
            for w in WORD.findall(s)
        }
        common |= _frame_words()
        return sorted(n for n in names if n.lower() not in common and "-" not in n)

    def _register(self) -> None:
        rng = self.rng
        counts = {"sv": 60, "en": 45, "fi": 45, "no": 45, "da": 40}
        n = 0
        origins = {
            o: (self._usable(people.given(f"moved/{o}")), self._usable(people.family(f"moved/{o}")))
            for o in people.MOVED
        }
        taken: set[str] = set()
        for lang in people.LANGS:
            given, family = self._usable(people.given(lang)), self._usable(people.family(lang))
            words = [(w, "given") for w in people.GIVEN_WORD_NAMES[lang]]
            words += [(w, "family") for w in people.FAMILY_WORD_NAMES[lang]]
            for i in range(counts[lang]):
                moved = i % 5 == 4
                if moved:  # a family who moved: given and family name of one origin, in turns
                    mg, mf = origins[people.MOVED[(i // 5 + n) % len(people.MOVED)]]
                    g, f = rng.choice(mg), rng.choice(mf)
                else:
                    g, f = rng.choice(given), rng.choice(family)
                word = None
                if i < len(words):
                    word, which = words[i]
                    g, f = (word, f) if which == "given" else (g, word)
                if f"{g} {f}" in taken:
                    continue
                taken.add(f"{g} {f}")
                n += 1
                self.people.append(_Person(f"y{n:03d}", g, f, lang, moved, word))
        for p in self.people:
            self.entries.append(NameEntry(p.key, p.full, f"[P{p.key[1:]}]", kind=PERSON))
        for lang in people.LANGS:
            towns = list(people.towns(lang))
            rng.shuffle(towns)
            self.places[lang] = towns[:6]
            for town, _ in towns[:6]:
                key = f"y-place-{lang}-{town}"
                self.entries.append(NameEntry(key, town, f"[L-{town}]", kind=PLACE))
        self.streets_towns = {
            lang: [t for t in people.towns(lang) if t not in self.places[lang]]
            for lang in people.LANGS
        }

    def _stranger_deck(self, lang: str) -> _Deck:
        rng = random.Random(self.rng.random())
        given, family = self._usable(people.given(lang)), self._usable(people.family(lang))
        origins = [
            (self._usable(people.given(f"moved/{o}")), self._usable(people.family(f"moved/{o}")))
            for o in people.MOVED
        ]
        registered = {p.full for p in self.people} | self.person_forms
        out = []
        for i in range(4000):
            if i % 5 == 0:
                mg, mf = origins[(i // 5) % len(origins)]
                name = f"{rng.choice(mg)} {rng.choice(mf)}"
            else:
                name = f"{rng.choice(given)} {rng.choice(family)}"
            if (
                name not in registered
                and name.lower() not in registered
                and not any(w.lower() in self.person_forms for w in name.split())
            ):
                out.append(name)
        return _Deck(rng, tuple(dict.fromkeys(out)))

    def _by_position(self, lang: str, word: str) -> tuple[str, ...]:
        """A word-name's sentences ordered in turns of where the word stands."""
        groups: dict[str, list[str]] = {"start": [], "comma": [], "inside": []}
        for s in people.word_sentences(lang, word):
            tokens = WORD.findall(s)
            if tokens and tokens[0].lower() == word.lower():
                groups["start"].append(s)
            elif re.search(rf",\s*{re.escape(word.lower())}\b", s.lower()):
                groups["comma"].append(s)
            else:
                groups["inside"].append(s)
        for g in groups.values():
            self.rng.shuffle(g)
        out: list[str] = []
        while any(groups.values()):
            for g in groups.values():
                if g:
                    out.append(g.pop())
        return tuple(out)

    # --- identifiers ------------------------------------------------------------------------

    def person(self, lang: str) -> _Person:
        return self.rng.choice(self.by_lang[lang])

    def name(
        self,
        lang: str,
        style: str,
        *,
        how: str | None = None,
        full: bool | None = None,
        present: bool = False,
        glued: str = "",
    ) -> _Ident:
        self.made["name"] += 1
        rng = self.rng
        suffix = "/present" if present else ""
        if how is None:
            how = (
                "stranger"
                if rng.random() < 0.27
                else rng.choices(list(HOWS), list(HOWS.values()))[0]
            )
        if glued:
            how = "inflected"
        if how == "stranger":
            written = self.strangers[lang].draw()
            return _Ident(written, "name", f"{style}/{lang}/unregistered/stranger{suffix}", written)
        p = self.person(lang)
        if how in ("lower", "upper", "ascii") and p.word:
            how = "exact"
        if how == "ascii":
            candidates = [
                q for q in self.by_lang[lang] if ascii_fold(q.full) != q.full and not q.word
            ]
            if candidates:
                p = rng.choice(candidates)
            else:
                how = "exact"
        full = rng.random() < 0.5 if full is None else full
        value = p.full if full else rng.choice((p.given, p.family))
        if how == "ascii":
            value = (
                p.full if ascii_fold(p.full) != p.full and ascii_fold(p.given) == p.given else value
            )
            if ascii_fold(value) == value:
                value = p.full
        written, detail = value, "plain"
        if how == "lower":
            written = value.lower()
        elif how == "upper":
            written = value.upper()
        elif how == "ascii":
            written = ascii_fold(value)
        elif how == "misspelt":
            written, detail = self._slip(value, p)
        elif how == "invisible":
            written, detail = self._invisible(value, p)
            if detail == "invisible-nbsp":
                value = p.full
        elif how == "inflected":
            detail = "genitive"
        form = f"{style}/{lang}/{how}/{detail if how != 'exact' else ('full' if full else 'part')}"
        return _Ident(written, "name", form + suffix, value, written == value, p.key, glued)

    def _slip(self, value: str, p: _Person) -> tuple[str, str]:
        rng = self.rng
        own = self.forms[p.key]
        folded = {ascii_fold(f) for f in own}
        for _ in range(50):
            kind = rng.choice(("slip-drop", "slip-double", "slip-swap", "slip-key", "slip-space"))
            if kind == "slip-space" and " " not in value:
                kind = "slip-swap"
            w = value
            i = rng.randrange(1, max(2, len(w) - 1))
            if kind == "slip-drop":
                w = w[:i] + w[i + 1 :]
            elif kind == "slip-double":
                w = w[:i] + w[i] + w[i:]
            elif kind == "slip-swap":
                w = w[: i - 1] + w[i] + w[i - 1] + w[i + 1 :] if i < len(w) else w
            elif kind == "slip-key":
                c = w[i].lower()
                row = next((r for r in KEYS if c in r), None)
                if row is None:
                    continue
                j = row.index(c)
                near = row[j - 1] if j and rng.random() < 0.5 else row[min(j + 1, len(row) - 1)]
                w = w[:i] + near + w[i + 1 :]
            else:
                s = w.index(" ")
                w = w[: s - 1] + " " + w[s - 1] + w[s + 1 :]
            if (
                w != value
                and w.lower() not in own
                and ascii_fold(w.lower()) not in folded
                and (w.strip() == w and " " not in (w[0], w[-1]) and "  " not in w)
            ):
                return w, kind
        return value[:-1] + value[-1] * 2, "slip-double"

    def _invisible(self, value: str, p: _Person) -> tuple[str, str]:
        rng = self.rng
        how = rng.choice((*INVISIBLE, "invisible-full-width", "invisible-nbsp"))
        if how == "invisible-nbsp":  # a full name with a no-break space
            return p.full.replace(" ", "\u00a0"), how
        if how == "invisible-full-width":
            return _full_width(value), how
        i = rng.randrange(1, len(value))
        return value[:i] + INVISIBLE[how] + value[i:], how

    def other(self, kind: str, lang: str, style: str, *, cue: bool = False) -> _Ident:
        rng = self.rng
        self.made["other"] += 1
        if kind == "phone":
            region = PHONE_COUNTRY[lang] if rng.random() < 0.45 else rng.choice(MOVED_PHONES)
            nsn, groups = numbers.draw(rng, region)
            written, shape = numbers.write(rng, region, nsn, groups)
            value = numbers.phonenumbers.format_number(
                numbers.phonenumbers.parse(written, region), numbers.PhoneNumberFormat.E164
            )
            how = "plain"
            r = rng.random()
            if r < 0.08:
                written, how = _full_width(written), "hidden-full-width"
            elif r < 0.14:
                i = rng.randrange(1, len(written))
                written, how = written[:i] + "\u200b" + written[i:], "hidden-zwsp"
            elif r < 0.22 and " " in written:
                written, how = written.replace(" ", "\u00a0"), "hidden-nbsp"
            where = "cue" if cue else "sentence"
            return _Ident(written, "phone", f"{style}/{region}/{shape}/{where}/{how}", value)
        if kind == "personnummer":
            country = ID_COUNTRY[lang] if rng.random() < 0.55 else rng.choice(MOVED_IDS)
            value, shape = numbers.BUILDERS[country][0](rng)
            written, how = value, "plain"
            r = rng.random()
            if r < 0.06:
                written, how = _full_width(value), "hidden-full-width"
            elif r < 0.12:
                i = rng.randrange(1, len(value))
                written, how = value[:i] + "\u200b" + value[i:], "hidden-zwsp"
            return _Ident(written, "personnummer", f"{style}/{country}/{shape}/{how}", value)
        if kind == "email":
            p = self.person(lang)
            local = rng.choice(
                (
                    f"{p.given}.{p.family}",
                    f"{p.given[0]}{p.family}",
                    f"{p.given}{rng.randint(1, 99)}",
                    f"{p.family}.{p.given[0]}",
                )
            )
            written = f"{ascii_fold(local).lower()}@{rng.choice(lx.DOMAINS)}"
            written = re.sub(r"[^a-z0-9.@-]", "", written)
            return _Ident(written, "email", f"{style}/{lang}/email", written)
        if kind == "url":
            p = self.person(lang)
            slug = re.sub(r"[^a-z0-9-]", "", ascii_fold(f"{p.given}-{p.family}").lower())
            written = rng.choice(
                (
                    f"https://{rng.choice(lx.DOMAINS)}/u/{slug}",
                    f"www.{rng.choice(lx.DOMAINS)}/profil/{slug}",
                    f"https://{slug}.example.net",
                )
            )
            return _Ident(written, "url", f"{style}/{lang}/url", written)
        if kind == "address":
            return self._address(lang, style)
        if kind == "place":
            town, _ = rng.choice(self.places[lang])
            return _Ident(
                town, "place", f"{style}/{lang}/town", town, True, f"y-place-{lang}-{town}"
            )
        return self._date(lang, style)

    def _address(self, lang: str, style: str) -> _Ident:
        rng = self.rng
        stems, ends = lx.STREETS[lang]
        street = rng.choice(stems) + rng.choice(ends)
        n = rng.randint(1, 89)
        line = {
            "sv": f"{street} {n}"
            + (f" lgh {rng.randint(10, 19)}{rng.randint(1, 4):02d}" if rng.random() < 0.4 else ""),
            "en": (f"Flat {rng.randint(1, 20)}, " if rng.random() < 0.4 else "") + f"{n} {street}",
            "fi": f"{street} {n}"
            + (f" {rng.choice('ABC')} {rng.randint(1, 40)}" if rng.random() < 0.5 else ""),
            "no": f"{street} {n}{rng.choice(('', 'A', 'B', 'C'))}",
            "da": f"{street} {n}"
            + (
                f", {rng.randint(1, 5)}. {rng.choice(('th', 'tv', 'mf'))}."
                if rng.random() < 0.5
                else ""
            ),
        }[lang]
        shape = "street"
        if rng.random() < 0.6:
            town, code = rng.choice(self.streets_towns[lang])
            line += f", {code} {town}" if lang != "en" else f", {town} {code}"
            shape = "street-town"
        if line.endswith("."):
            line = line[:-1] if shape == "street" else line
        return _Ident(line, "address", f"{style}/{lang}/{shape}", line)

    def _date(self, lang: str, style: str) -> _Ident:
        rng = self.rng
        day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(0, 365))
        d, m, y = day.day, day.month, day.year
        month = lx.MONTHS[lang].split()[m - 1]
        weekday = lx.WEEKDAYS[lang].split()[day.weekday()]
        shapes = {
            "sv": {
                "iso": day.isoformat(),
                "dm-dot": f"{d}.{m}.",
                "long": f"{d} {month} {y}",
                "den": f"den {d} {month}",
                "weekday": f"{weekday} {d} {month}",
                "slash": f"{d}/{m}",
                "ordinal-word": None,
                "range": f"{d}–{d + 2} {month}",
            },
            "en": {
                "iso": day.isoformat(),
                "long": f"{d} {month} {y}",
                "us": f"{month} {d}, {y}",
                "dmy": f"{d:02d}/{m:02d}/{y}",
                "weekday": f"{weekday} {d} {month}",
                "ordinal": f"{d}{_suffix(d)} {month}",
                "ordinal-word": None,
                "range": f"{d}–{d + 2} {month}",
            },
            "fi": {
                "iso": day.isoformat(),
                "dotted": f"{d}.{m}.{y}",
                "short": f"{d}.{m}.",
                "long": f"{d}. {month} {y}",
                "weekday": f"{weekday} {d}.{m}.",
                "ordinal-word": None,
                "range": f"{d}.–{d + 2}.{m}.",
            },
            "no": {
                "iso": day.isoformat(),
                "dotted": f"{d:02d}.{m:02d}.{y}",
                "long": f"{d}. {month} {y}",
                "short": f"{d}. {month}",
                "weekday": f"{weekday} {d}. {month}",
                "ordinal-word": None,
                "range": f"{d}.–{d + 2}. {month}",
            },
            "da": {
                "iso": day.isoformat(),
                "dotted": f"{d}.{m}.{y}",
                "dash": f"{d}/{m}-{y}",
                "long": f"{d}. {month} {y}",
                "weekday": f"{weekday} den {d}. {month}",
                "ordinal-word": None,
                "range": f"{d}.–{d + 2}. {month}",
            },
        }[lang]
        shape = rng.choice(list(shapes))
        if shape == "range" and d > 26:
            shape = "long"
        written = shapes[shape]
        if shape == "ordinal-word":
            k = rng.randint(1, 12)
            word = lx.ORDINALS[lang].split()[k - 1]
            written = {
                "sv": f"den {word} {month}",
                "en": f"the {word} of {month}",
                "fi": f"{lx.MONTHS_GEN_FI[m - 1]} {word} päivä",
                "no": f"{word} {month}",
                "da": f"den {word} {month}",
            }[lang]
        return _Ident(written, "date", f"{style}/{lang}/{shape}", written)

    # --- sentences --------------------------------------------------------------------------

    def pool_sentence(self, lang: str) -> str:
        return self.pools[lang].draw()

    def word_sentence(self, lang: str) -> str:
        decks = self.words[lang]
        i = self.word_turn[lang] % len(decks)
        self.word_turn[lang] += 1
        return decks[i].draw()

    def kind(self) -> str:
        if (
            self.made["name"] >= 2 and not self.made["other"]
        ):  # a small corpus holds more than names
            return self.rng.choice([k for k in KIND_WEIGHTS if k != "name"])
        return self.rng.choices(list(KIND_WEIGHTS), list(KIND_WEIGHTS.values()))[0]

    def carrier(self, lang: str, style: str) -> list[str | _Ident]:
        """A sentence of this set's own with one identifier in it."""
        rng = self.rng
        kind = self.kind()
        if kind == "name":
            r = rng.random()
            if r < 0.12 and lx.GLUED_FRAMES[lang]:
                frame, ending = rng.choice(lx.GLUED_FRAMES[lang])
                ident = self.name(lang, style, glued=ending, how="inflected")
                if ident.key is None:
                    ident.glued = ""
                before, after = frame.split("{}")
                return [before, ident, after[len(ending) :]]
            if r < 0.24:
                frame = rng.choice(lx.OPENING_FRAMES[lang])
            else:
                frame = rng.choice(lx.NAME_FRAMES[lang])
            ident = self.name(lang, style)
        else:
            frame = rng.choice(lx.OTHER_FRAMES[lang][kind])
            ident = self.other(kind, lang, style)
        before, after = frame.split("{}")
        return [before, ident, after]

    def prose(self, lang: str, style: str, ids: int, fill: int) -> list[str | _Ident]:
        """`ids` sentences with identifiers among about `fill` characters of published ones."""
        out: list[str | _Ident] = []
        carriers = [self.carrier(lang, style) for _ in range(ids)]
        size = 0
        slots: list[list[str | _Ident]] = []
        while size < fill or carriers:
            if carriers and (size >= fill or self.rng.random() < 0.4):
                slots.append(carriers.pop())
            else:
                share = WORD_SHARE[lang]
                s = (
                    self.word_sentence(lang)
                    if self.rng.random() < share
                    else self.pool_sentence(lang)
                )
                slots.append([s])
                size += len(s) + 1
        for i, slot in enumerate(slots):
            if i:
                out.append(" ")
            out += slot
        return out


def _suffix(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _frame_words() -> set[str]:
    words: set[str] = set()
    for table in (lx.NAME_FRAMES, lx.OPENING_FRAMES, lx.REMINDERS):
        for frames in table.values():
            words |= {w.lower() for f in frames for w in WORD.findall(f)}
    for frames in lx.GLUED_FRAMES.values():
        words |= {w.lower() for f, _ in frames for w in WORD.findall(f)}
    for kinds in lx.OTHER_FRAMES.values():
        words |= {w.lower() for fs in kinds.values() for f in fs for w in WORD.findall(f)}
    for labels in lx.LABELS.values():
        for v in labels.values():
            for s in v if isinstance(v, tuple) else (v,):
                words |= {w.lower() for w in WORD.findall(s)}
    for stems, ends in lx.STREETS.values():
        words |= {w.lower() for s in (*stems, *ends) for w in WORD.findall(s)}
    for table in (lx.MONTHS, lx.WEEKDAYS, lx.ORDINALS):
        words |= {w.lower() for v in table.values() for w in v.split()}
    return words


# --- layouts ---------------------------------------------------------------------------------


def _clock(rng: random.Random, start: int) -> tuple[str, int]:
    minutes = start + rng.randint(3, 25)
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}", minutes


def _write_note(w: _Writer, lang: str, layout: str, ids: int, target: int) -> _Note:
    rng, lab = w.rng, lx.LABELS[lang]
    note = _Note()
    ref = f"{rng.choice('ABCDEFHKMPRSTVY')}{rng.randint(1000, 9999)}"
    title = {
        "interview": lab["interview"],
        "observation": lab["obs"],
        "diary": lab["diary"],
        "email": lab["mail"],
        "sms": lab["sms"],
        "pasted": lab["pasted"],
        "memo": lab["memo"],
        "survey": lab["survey"],
        "handover": lab["handover"],
    }[layout]
    if layout == "diary":
        title = title.format(rng.randint(2, 51))
    note.add(f"{title} (ref. {ref})\n\n")
    per_line = max(1, target // max(1, ids + 1))
    heads = min(
        1.0, ids / 6
    )  # mail headers, lists and sign-offs: fewer in notes with few identifiers
    if layout == "email":
        how = rng.choice(("exact", "exact", "stranger", "misspelt", "upper"))
        if rng.random() < heads:
            note.add(f"{lab['from']}: ", w.name(lang, "header", how=how, full=True))
        else:
            note.add(f"{lab['from']}: {rng.choice(lab['roles'])}")
        if rng.random() < 0.3 * heads:
            note.add(" <", w.other("email", lang, "header"), ">")
        note.add("\n")
        if rng.random() < 0.2 * heads:
            note.add(f"{lab['to']}: ", w.other("email", lang, "header"), "\n")
        if rng.random() < 0.4 * heads:
            note.add(f"{lab['sent']}: ", w.other("date", lang, "header"), "\n")
        note.add(f"{lab['subject']}: {rng.choice(lab['subjects'])}\n\n{lab['hello']}\n\n")
    elif layout == "handover":
        hows = ("exact", "exact", "stranger", "lower", "invisible", "misspelt", "upper", "ascii")
        present = [
            w.name(lang, "list", present=True, full=True, how=rng.choice(hows))
            for _ in range(rng.randint(1, 3 if ids >= 5 else 1))
        ]
        note.add(f"{lab['present']}: ")
        for i, ident in enumerate(present):
            note.add(*((", ",) if i else ()), ident)
        note.add("\n")
        if rng.random() < 0.25 * heads:
            note.add(f"{lab['away']}: ", w.name(lang, "list", present=True, full=True), "\n")
        if rng.random() < 0.4 * heads:
            role = rng.choice(lab["roles"])
            note.add(f"{role}: ", w.name(lang, "list", full=True, how=rng.choice(hows)), "\n")
        note.add("\n")
    minutes = rng.randint(8 * 60, 16 * 60)
    turn = 0
    while (len(note.spans) < ids or note.size < target) and note.size < 6000:
        need = ids - len(note.spans)
        k = 0 if need <= 0 else (1 if need == 1 or rng.random() < 0.75 else 2)
        fill = rng.randint(40, max(41, min(per_line, 400) if need > 0 else 200))
        if layout == "interview":
            who = lab["ask"] if turn % 2 == 0 else lab["answer"]
            if turn % 2 and k and rng.random() < 0.15:
                note.add(w.name(lang, "label", how="exact"), ": ")
                k -= 1
            else:
                note.add(f"{who}: ")
            note.add(*w.prose(lang, layout, k, fill), "\n")
        elif layout == "observation":
            clock, minutes = _clock(rng, minutes)
            note.add(f"{clock} ", *w.prose(lang, layout, k, fill), "\n")
        elif layout in ("diary", "handover"):
            note.add("- ", *w.prose(lang, layout, k, fill), "\n")
        elif layout == "email":
            note.add(*w.prose(lang, layout, k, fill), "\n\n")
        elif layout == "survey":
            if turn % 3 == 0:
                note.add(f"{lab['question'].format(turn // 3 + 1)}: ", w.pool_sentence(lang), "\n")
            note.add(f"{lab['answer']}: ", *w.prose(lang, layout, k, fill), "\n")
        elif layout == "sms":
            clock, minutes = _clock(rng, minutes)
            if k and rng.random() < 0.35:
                who = w.name(lang, "label", how=rng.choice(("exact", "exact", "stranger")))
                note.add(who, f" ({clock}): ", *w.prose(lang, "sms", k - 1, min(fill, 120)), "\n")
            elif k:
                kind = w.kind()
                ident = w.name(lang, "sms") if kind == "name" else w.other(kind, lang, "sms")
                before, after = rng.choice(lx.REMINDERS[lang]).split("{}")
                note.add(f"{lab['me']} ({clock}): {before}", ident, after, "\n")
                if k > 1:
                    note.add(f"{lab['me']} ({clock}): ", *w.prose(lang, "sms", k - 1, 30), "\n")
            else:
                note.add(f"{lab['me']} ({clock}): ", *w.prose(lang, "sms", 0, min(fill, 120)), "\n")
        elif layout == "memo":
            filler = rng.choice(lab["fillers"])
            tail = f" {filler.capitalize()}.\n" if rng.random() < 0.3 else "\n"
            note.add(f"{filler.capitalize()}, ", *w.prose(lang, layout, k, fill), tail)
        else:  # pasted
            para = _Note()
            para.add(*w.prose(lang, layout, k, fill))
            _wrap_into(note, para, rng)
            note.add("\n")
        turn += 1
    if layout == "pasted":
        note.add(lab["page"].format(rng.randint(1, 3), rng.randint(4, 6)), "\n")
    if layout in ("email", "handover"):
        how = rng.choice(("exact", "exact", "stranger", "upper", "lower", "misspelt"))
        if rng.random() < heads:
            note.add(
                "\n",
                lab["bye"],
                "\n",
                w.name(lang, "signature", how=how, full=rng.random() < 0.7),
                "\n",
            )
        else:
            note.add("\n", lab["bye"], "\n", lab["me"], "\n")
        if rng.random() < 0.2 * heads:
            note.add(f"{lab['phone']}: ", w.other("phone", lang, "signature", cue=True), "\n")
    return note


def _wrap_into(note: _Note, para: _Note, rng: random.Random) -> None:
    """Text pasted from a PDF: wrapped at 60-76 characters, never inside an identifier."""
    text = list(para.text())
    inside = [False] * len(text)
    for s, e, _ in para.spans:
        for i in range(s, e):
            inside[i] = True
    width, last = rng.randint(60, 76), 0
    for i, c in enumerate(text):
        if c == " " and not inside[i] and i - last >= width:
            text[i], last = "\n", i
    base = note.size
    note.add("".join(text))
    note.spans += [(base + s, base + e, ident) for s, e, ident in para.spans]


def _finish(
    w: _Writer, index: int, note: _Note, planted: list[Planted], ordinary: list[Ordinary]
) -> str:
    text = note.text()
    spans = []
    for s, e, ident in note.spans:
        form = ident.form
        if ident.kind == "name":
            category = name_category(text[s:e], ident.exact, ident.key, text, s, e, w.forms)
            parts = form.split("/")
            parts[2] = category
            form = "/".join(parts)
        planted.append(Planted(index, s, e, ident.kind, form, ident.value, ident.exact, ident.key))
        spans.append((s, e))
    for m in WORD.finditer(text):
        if m.group().lower() not in w.person_forms:
            continue
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()].rstrip()
        initial = not before or before[-1] in ".!?:-" or re.fullmatch(r".*\d{2}:\d{2}\)?:?", before)
        where = "initial" if initial else "inner"
        ordinary.append(Ordinary(index, m.start(), m.end(), m.group(), f"homograph/{where}"))
    return text


def generate_heldout_y(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    """Notes of about `size` bytes with about `per_kb` identifiers per kilobyte."""
    w = _Writer(seed, per_kb)
    rng = w.rng
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    langs = list(LANG_WEIGHTS)
    written = 0
    while written < size:
        remaining = size - written
        target = rng.randint(1000, 3600)
        if remaining < target + 1000:
            target = max(remaining + 20, 100)  # the last note reaches the size
        lang = rng.choices(langs, list(LANG_WEIGHTS.values()))[0]
        layout = rng.choice(LAYOUTS)
        behind = per_kb * written / 1000 - len(planted)
        ids = round(DENSITY[lang] * (per_kb * target / 1000 + 0.5 * behind))
        note = _write_note(w, lang, layout, max(ids, 0), target)
        text = _finish(w, len(texts), note, planted, ordinary)
        texts.append(text)
        written += len(text.encode("utf-8"))
    return Corpus(texts=texts, registry_people=w.entries, planted=planted, ordinary=ordinary)


def check(corpus: Corpus) -> None:
    """Every span lies in its text, no two identifiers overlap, no ordinary word is inside an
    identifier and every ordinary word is its text."""
    by_text: dict[int, list[Planted]] = {}
    for p in corpus.planted:
        if not 0 <= p.start < p.end <= len(corpus.texts[p.text]):
            raise ValueError(f"{p} is out of its text")
        by_text.setdefault(p.text, []).append(p)
    for ps in by_text.values():
        ps = sorted(ps, key=lambda p: (p.start, p.end))
        for a, b in zip(ps, ps[1:], strict=False):
            if b.start < a.end:
                raise ValueError(f"{a} and {b} overlap")
    for o in corpus.ordinary:
        if corpus.texts[o.text][o.start : o.end] != o.word:
            raise ValueError(f"{o} is not its text")
        if any(p.start < o.end and o.start < p.end for p in by_text.get(o.text, [])):
            raise ValueError(f"{o} is inside an identifier")
