"""Held-out AF: fieldwork notes of a study of tenants' and neighbourhood associations in
Copenhagen and Malmö, in English with Swedish, Danish and Finnish passages, with planted
identifiers. Nobody who writes or tunes the redactor may read this folder (see README).

    corpus = generate_heldout_af(SEED, 5_000_000)   # per_kb=REALISTIC
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from functools import cache

from casebook.deid.registry import PERSON, PLACE, NameEntry, ascii_fold

from bench.heldout_af import lexicon, numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 9741
REALISTIC = 0.7

KIND_WEIGHTS = {"N": 52, "P": 10, "D": 9, "A": 6, "E": 5, "U": 3, "I": 7, "T": 7}
KIND = {"N": "name", "G": "name", "P": "phone", "D": "date", "A": "address", "E": "email",
        "U": "url", "I": "personnummer", "T": "place"}  # fmt: skip
HOLE = re.compile(r"\{([NGPDAEUIT])\}")
WORD = re.compile(r"[^\W\d_]+")
INVISIBLE = {
    "invisible-zwsp": "\u200b", "invisible-zwj": "\u200d", "invisible-word-joiner": "\u2060",
    "invisible-soft-hyphen": "\u00ad", "invisible-bom": "\ufeff",
}  # fmt: skip
KEYS = "qwertyuiopåasdfghjkløæzxcvbnm"
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
}


def hidden(text: str) -> bool:
    """An invisible or compatibility character in `text`."""
    return unicodedata.normalize("NFKC", text) != text or any(
        unicodedata.category(c) == "Cf" for c in text
    )


@cache
def _vocabulary() -> frozenset[str]:
    """Every word the notes write outside identifiers (pools, frames, labels), lower case."""
    words: set[str] = set()
    texts = [*people.pool("en"), *people.pool("sv"), *people.pool("da"), *people.pool("fi")]
    texts += people.OWN_ORDINARY["en"]
    texts += [f for fs in lexicon.RUNNING.values() for f in fs]
    for group in (lexicon.TITLES.values(), lexicon.SPEAKER_LINES, lexicon.INTERVIEWER,
                  lexicon.PROMPTS, lexicon.GREETINGS, lexicon.SIGNOFFS, lexicon.ROLES,
                  lexicon.MEMO_OPEN, lexicon.PASTE_END, *lexicon.CLOSE.values(),
                  *lexicon.LABELS.values(), *lexicon.PASTE_HEAD.values()):  # fmt: skip
        texts += list(group)
    texts += ["Present", "Apologies", "Ref", "Note", "Page", "and", "s"]
    for t in texts:
        words.update(w.lower() for w in WORD.findall(t))
    return frozenset(words)


def _usable(names: list[str]) -> list[str]:
    vocabulary = _vocabulary()
    return [n for n in names if not {w.lower() for w in re.split(r"[\s-]+", n)} & vocabulary]


class _Cast:
    """Registered people (62 % of each list) and strangers (the rest), and registered towns."""

    def __init__(self, rng: random.Random) -> None:
        self.entries: list[NameEntry] = []
        self.people: list[tuple[NameEntry, str]] = []  # entry, country
        self.strangers: dict[str, tuple[list[str], list[str]]] = {}
        countries = {"da": 44, "sv": 26, "no": 9, "fi": 10, "en": 8, "moved": 20}
        for lang, count in countries.items():
            given = _usable(people.given(lang))
            family = _usable(people.family(lang))
            rng.shuffle(given)
            rng.shuffle(family)
            gk, fk = int(len(given) * 0.62), int(len(family) * 0.62)
            self.strangers[lang] = (given[gk:], family[fk:])
            for i in range(count):
                self._add(f"{given[i % gk]} {family[(i * 7) % fk]}", lang, rng)
        # word-name bearers: the other name English or Danish, their country that name's
        fam = [(n, lg) for lg in ("en", "da") for n in _usable(people.family(lg))]
        giv = [(n, lg) for lg in ("en", "da") for n in _usable(people.given(lg))]
        for i, word in enumerate(people.GIVEN_WORD_NAMES["en"]):
            other, lg = fam[(i * 7) % len(fam)]
            self._add(f"{word} {other}", lg, rng, word=True)
        for i, word in enumerate(people.FAMILY_WORD_NAMES["en"]):
            other, lg = giv[(i * 5) % len(giv)]
            self._add(f"{other} {word}", lg, rng, word=True)
        self.towns = []
        for i, town in enumerate(lexicon.TOWNS):
            entry = NameEntry(f"t{i}", town, f"[PLACE_{i + 1}]", kind=PLACE)
            self.entries.append(entry)
            self.towns.append(entry)
        self.stranger_uses: dict[str, int] = {}

    def _add(self, canonical: str, lang: str, rng: random.Random, word: bool = False) -> None:
        if any(e.canonical == canonical for e in self.entries):
            return
        n = sum(e.kind == PERSON for e in self.entries) + 1
        entry = NameEntry(f"p{n}", canonical, f"[PERSON_{n}]", kind=PERSON)
        self.entries.append(entry)
        country = {"moved": rng.choice(("da", "da", "sv"))}.get(lang, lang)
        self.people.append((entry, country))
        if word:  # word-name bearers are drawn more often
            self.people.extend([(entry, country)] * 3)

    def stranger(self, rng: random.Random) -> tuple[str, str]:
        for _ in range(50):
            lang = rng.choices(("da", "sv", "no", "fi", "en", "moved"), (30, 25, 10, 10, 10, 15))[0]
            given, family = self.strangers[lang]
            name = f"{rng.choice(given)} {rng.choice(family)}"
            if self.stranger_uses.get(name, 0) < 3:
                self.stranger_uses[name] = self.stranger_uses.get(name, 0) + 1
                country = {"moved": "da"}.get(lang, lang)
                return name, country
        return name, country


class _Deck:
    """Draws every item of a pool once, shuffled, before any again."""

    def __init__(self, rng: random.Random, items: list[str]) -> None:
        self.rng, self.items, self.left, self.rounds = rng, list(items), [], -1

    def draw(self) -> str:
        if not self.left:
            self.left = list(self.items)
            self.rng.shuffle(self.left)
            self.rounds += 1
        return self.left.pop()


class _Note:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[tuple[int, int, str, str, str, bool, str | None]] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def mark(self, written: str, kind: str, form: str, value: str, exact: bool = False,
             key: str | None = None) -> None:  # fmt: skip
        self.spans.append((self.size, self.size + len(written), kind, form, value, exact, key))
        self.add(written)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _slip(rng: random.Random, word: str) -> tuple[str, str]:
    for _ in range(20):
        how = rng.choice(("slip-drop", "slip-double", "slip-swap", "slip-key", "slip-space"))
        i = rng.randrange(1, len(word) - 1) if len(word) > 2 else 1
        if how == "slip-drop":
            out = word[:i] + word[i + 1 :]
        elif how == "slip-double":
            out = word[:i] + word[i] + word[i:]
        elif how == "slip-swap":
            out = word[:i] + word[i + 1] + word[i] + word[i + 2 :] if i + 1 < len(word) else word
        elif how == "slip-key":
            c = word[i].lower()
            k = KEYS.find(c)
            near = KEYS[k - 1] if k > 0 else KEYS[k + 1]
            out = word[:i] + (near if k >= 0 else "e") + word[i + 1 :]
        else:  # the space typed a letter early in a full name: "Mett eSørensen"
            if " " not in word:
                continue
            j = word.index(" ")
            out = word[: j - 1] + " " + word[j - 1] + word[j + 1 :]
        if out != word and out.strip() == out and " " not in (out[0], out[-1]):
            return out, how
    return word[:-1], "slip-drop"


class _Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.cast = _Cast(rng)
        self.decks = {lang: _Deck(rng, people.pool(lang)) for lang in ("en", "sv", "da", "fi")}
        self.words = {
            w: _Deck(rng, [s for s in people.OWN_ORDINARY["en"] if w.lower() in
                           {t.lower() for t in WORD.findall(s)}] + people.word_sentences(w))
            for w in people.WORD_NAMES_BY_LANG["en"]
        }  # fmt: skip
        self.word_turn = _Deck(rng, list(people.WORD_NAMES_BY_LANG["en"]))
        self.family_words = set(people.FAMILY_WORD_NAMES["en"])

    # --- identifiers ---------------------------------------------------------------------
    def name(self, note: _Note, style: str, genitive: bool = False, present: bool = False,
             full: bool | None = None) -> None:  # fmt: skip
        rng = self.rng
        suffix = "/present" if present else ""
        if rng.random() < 0.3 and not genitive:
            written, country = self.cast.stranger(rng)
            if rng.random() < 0.25:
                written = written.split(" ")[0] if rng.random() < 0.5 else written
            note.mark(written, "name", f"{style}/{country}/?/stranger{suffix}", written)
            return
        r = rng.random()
        entry, country = rng.choice(self.cast.people)
        if 0.24 <= r < 0.36 and not genitive:  # dropping diacritics needs a name with them
            for _ in range(20):
                if ascii_fold(entry.canonical) != entry.canonical:
                    break
                entry, country = rng.choice(self.cast.people)
        given, family = entry.given_names[0], entry.family_name or ""
        if family in self.family_words:  # a word-name bearer: named by the word-name often
            form = rng.choice((entry.canonical, family, family))
        else:
            form = rng.choice((entry.canonical, given, given, family))
        if full is not None:
            form = entry.canonical if full else given
        if 0.24 <= r < 0.36 and ascii_fold(form) == form:
            form = entry.canonical
        how = "plain"
        written = form
        if genitive:
            how = "genitive"
        elif r < 0.13:
            written, how = form.lower(), "lower"
        elif r < 0.24:
            written, how = form.upper(), "upper"
        elif r < 0.36 and ascii_fold(form) != form:
            written, how = ascii_fold(form), "ascii"
        elif r < 0.52:
            written, how = _slip(rng, form)
        elif r < 0.66:
            how = rng.choice((*INVISIBLE, "invisible-full-width", "invisible-nbsp"))
            if how == "invisible-nbsp":
                form = entry.canonical
            if how == "invisible-full-width":
                i = rng.randrange(len(form))
                c = form[i]
                if "a" <= c.lower() <= "z":
                    written = form[:i] + chr(ord(c) + 0xFEE0) + form[i + 1 :]
                else:
                    how, written = "invisible-zwsp", form[:1] + "\u200b" + form[1:]
            elif how == "invisible-nbsp":
                written = form.replace(" ", "\u00a0", 1)
            else:
                i = rng.randrange(1, len(form))
                written = form[:i] + INVISIBLE[how] + form[i:]
        exact = written == form
        note.mark(written, "name", f"{style}/{country}/?/{how}{suffix}", form, exact, entry.key)
        if genitive:
            note.add("s")

    def phone(self, note: _Note, style: str) -> None:
        rng = self.rng
        region = rng.choices(list(numbers.PLANS), list(numbers.PLANS.values()))[0]
        nsn, groups = numbers.draw(rng, region)
        written, shape = numbers.write(rng, region, nsn, groups)
        how = "plain"
        r = rng.random()
        if r < 0.05:
            how = "hidden-full-width"
            written = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in written)
        elif r < 0.1:
            how = "hidden-zwsp"
            i = written.index(" ") if " " in written else len(written) // 2
            written = written[:i] + "\u200b" + written[i:]
        elif r < 0.15 and " " in written:
            how = "hidden-nbsp"
            written = written.replace(" ", "\u00a0")
        note.mark(written, "phone", f"{style}/{region}/{shape}/{how}", numbers.e164(region, nsn))

    def ident(self, note: _Note, style: str) -> None:
        rng = self.rng
        country = rng.choices(list(numbers.ID_WEIGHTS), list(numbers.ID_WEIGHTS.values()))[0]
        written, shape = numbers.BUILDERS[country][0](rng)
        value = written
        how = "plain"
        r = rng.random()
        if r < 0.08:
            how = "hidden-full-width"
            written = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in written)
        elif r < 0.16:
            how = "hidden-zwsp"
            written = written[:4] + "\u200b" + written[4:]
        note.mark(written, "personnummer", f"{style}/{country}/{shape}/{how}", value)

    def date(self, note: _Note, style: str, lang: str = "en") -> None:
        rng = self.rng
        day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 700))
        if lang == "en" and rng.random() < 0.2:
            lang = rng.choice(("sv", "da", "da"))
        month = MONTHS[lang].split()[day.month - 1]
        weekday = WEEKDAYS[lang].split()[day.weekday()]
        d, y = day.day, day.year
        if lang == "en":
            shapes = {
                "long": f"{d} {month} {y}", "us": f"{month} {d}, {y}",
                "short": f"{d} {month[:3]} {y}", "slash": f"{d:02d}/{day.month:02d}/{y}",
                "iso": day.isoformat(), "weekday": f"{weekday} {d} {month}",
                "ordinal": f"the {d}{_th(d)} of {month}",
                "range": f"{min(d, 25)}–{min(d, 25) + 2} {month}",
            }  # fmt: skip
        elif lang == "sv":
            shapes = {"sv-long": f"{d} {month} {y}", "sv-den": f"den {d} {month}",
                      "sv-weekday": f"{weekday} {d} {month}"}  # fmt: skip
        else:
            shapes = {"da-long": f"{d}. {month} {y}", "da-den": f"den {d}. {month}",
                      "da-weekday": f"{weekday} den {d}. {month}",
                      "da-digits": f"{d:02d}.{day.month:02d}.{y}"}  # fmt: skip
        shape = rng.choice(sorted(shapes))
        note.mark(shapes[shape], "date", f"{style}/{lang}/{shape}", shapes[shape])

    def address(self, note: _Note, style: str) -> None:
        rng = self.rng
        country = rng.choices(("dk", "se", "fi", "no", "gb"), (45, 30, 8, 7, 10))[0]
        street = rng.choice(lexicon.STREETS[country])
        n = rng.randint(1, 140)
        shape = "street"
        if country == "dk":
            line = f"{street} {n}"
            if rng.random() < 0.5:
                line += f", {rng.randint(1, 5)}. {rng.choice(('tv.', 'th.', 'mf.'))}"
                shape = "floor"
        elif country == "se":
            line = f"{street} {n}"
            if rng.random() < 0.4:
                line += f" lgh {rng.randint(1001, 1403)}"
                shape = "lgh"
        elif country == "fi":
            line = f"{street} {n} {rng.choice('ABC')} {rng.randint(1, 40)}"
            shape = "flat"
        elif country == "no":
            line = f"{street} {n}{rng.choice('ABC')}"
            shape = "letter"
        else:
            line = f"{n} {street}"
        if country == "gb" or rng.random() < 0.6:
            code, town = rng.choice(lexicon.POSTAL[country])
            line += f", {town} {code}" if country == "gb" else f", {code} {town}"
            shape += "-town"
        note.mark(line, "address", f"{style}/{country}/{shape}", line)

    def email(self, note: _Note, style: str) -> None:
        rng = self.rng
        entry, _ = rng.choice(self.cast.people)
        g = ascii_fold(entry.given_names[0]).lower()
        f = ascii_fold(entry.family_name or "x").lower().replace(" ", "")
        shape = rng.choice(("dot", "initial", "given"))
        local = {"dot": f"{g}.{f}", "initial": f"{g[0]}{f}", "given": f"{g}{rng.randint(1, 99)}"}
        host = rng.choice(("example.dk", "example.se", "example.com", "example.org"))
        written = f"{local[shape]}@{host}"
        note.mark(written, "email", f"{style}/en/{shape}", written)

    def url(self, note: _Note, style: str) -> None:
        rng = self.rng
        path = rng.choice(("forening", "bestyrelse", "boende", "referat", "nyheder", "styrelse"))
        host = rng.choice(("www.example.dk", "example.se", "www.example.org"))
        shape = rng.choice(("https", "bare"))
        written = (f"https://{host}/{path}/{rng.randint(2, 999)}" if shape == "https"
                   else f"{host}/{path}")  # fmt: skip
        note.mark(written, "url", f"{style}/en/{shape}", written)

    def place(self, note: _Note, style: str) -> None:
        entry = self.rng.choice(self.cast.towns)
        note.mark(entry.canonical, "place", f"{style}/da/registered", entry.canonical,
                  True, entry.key)  # fmt: skip

    def hole(self, note: _Note, code: str, style: str, lang: str = "en") -> None:
        if code in "NG":
            self.name(note, style, genitive=code == "G")
        elif code == "D":
            self.date(note, style, lang)
        else:
            {"P": self.phone, "I": self.ident, "A": self.address, "E": self.email,
             "U": self.url, "T": self.place}[code](note, style)  # fmt: skip

    def frame(self, note: _Note, frame: str, style: str, lang: str = "en") -> None:
        pos = 0
        for m in HOLE.finditer(frame):
            note.add(frame[pos : m.start()])
            self.hole(note, m.group(1), style, lang)
            pos = m.end()
        note.add(frame[pos:])

    # --- text ----------------------------------------------------------------------------
    def filler(self, lang: str = "en") -> str:
        if lang == "en" and self.rng.random() < 1 / 9:
            word = self.word_turn.draw()
            deck = self.words[word]
            sentence = deck.draw()
            if deck.rounds > 0 and sentence.split()[0].lower() == word.lower() and \
                    self.rng.random() < 0.5:  # fmt: skip
                opener = self.rng.choice(("Also, ", "Back then, ", "She said, ", "Oddly, "))
                sentence = opener + sentence[0].lower() + sentence[1:]
            return sentence
        return self.decks[lang].draw()

    def paragraph(self, note: _Note, count: int, lang: str | None = None) -> None:
        """`count` sentences; without `lang`, of a language drawn by the size of its pool (so
        every pool's sentences recur about as often), other languages than English pasted."""
        if lang is None:
            langs = ("en", "sv", "da", "fi")
            lang = self.rng.choices(langs, [len(self.decks[k].items) for k in langs])[0]
            if lang != "en" and self.rng.random() < 0.6:
                note.add(self.rng.choice(lexicon.PASTE_HEAD[lang]) + "\n")
                note.add(" ".join(self.filler(lang) for _ in range(count)))
                note.add("\n" + self.rng.choice(lexicon.PASTE_END))
                return
        note.add(" ".join(self.filler(lang) for _ in range(count)))


def _th(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


@cache
def _frames() -> dict[tuple[str, str], list[str]]:
    """Running frames by language and the code of their hole ("G" counts as "N")."""
    out: dict[tuple[str, str], list[str]] = {}
    for lang, frames in lexicon.RUNNING.items():
        for f in frames:
            code = HOLE.search(f).group(1).replace("G", "N")
            out.setdefault((lang, code), []).append(f)
    return out


def _compose(w: _Writer, layout: str, quota: int, target: int, number: int,
             last: bool = False) -> _Note:  # fmt: skip
    rng = w.rng
    note = _Note()
    note.add(f"{lexicon.TITLES[layout]} – no. {number}\n")

    def spend() -> int:
        return len(note.spans)

    if layout == "memo":
        note.add(rng.choice(lexicon.MEMO_OPEN) + "\n")
    if layout == "letter" and quota > 2:
        note.add("From: ")
        w.name(note, "header", full=True)
        note.add("\n")
        if rng.random() < 0.5:
            note.add("Received: ")
            w.date(note, "header")
            note.add("\n")
        note.add("\n" + rng.choice(lexicon.GREETINGS).split("{N}")[0])
        w.name(note, "letter", full=False)
        note.add(",\n\n")
    elif layout == "roster" and quota > 3:
        note.add("Present: ")
        for i in range(rng.randint(2, 4)):
            if i:
                note.add(", ")
            w.name(note, "list", present=True)
            if rng.random() < 0.5:
                note.add(f" ({rng.choice(lexicon.ROLES)})")
        note.add("\n\n")
    elif quota > 2 and rng.random() < 0.6:
        code = rng.choice("NNDPT")
        label = rng.choice(lexicon.LABELS[code])
        w.frame(note, label + "\n", "label")
        note.add("\n")
    while spend() < quota:
        code = rng.choices(list(KIND_WEIGHTS), list(KIND_WEIGHTS.values()))[0]
        r = rng.random()
        if layout == "focus" and code == "N" and r < 0.5:
            note.add(f"{rng.choice(lexicon.INTERVIEWER)} {rng.choice(lexicon.PROMPTS)}\n")
            w.frame(note, rng.choice(lexicon.SPEAKER_LINES), "focus")
            note.add(" " + " ".join(w.filler() for _ in range(rng.randint(0, 2))))
            note.add("\n")
        elif code == "N" and layout == "roster" and r < 0.35:
            note.add(rng.choice(("Also there: ", "Helpers: ", "Present: ")))
            for i in range(rng.randint(2, 3)):
                if i:
                    note.add(rng.choice((", ", " and ")) if i == 2 else ", ")
                w.name(note, "list", present=True)
            note.add("\n")
        elif r < 0.22:
            w.frame(note, rng.choice(lexicon.LABELS[code]) + "\n", "label")
        else:
            lang = "en" if rng.random() < 0.8 else rng.choice(("sv", "da"))
            if (lang, code) not in _frames():
                lang = "en"
            frame = rng.choice(_frames()[(lang, code)])
            lead = " ".join(w.filler() for _ in range(rng.randint(0, 2)))
            if layout in ("visit", "memo", "call") and rng.random() < 0.5:
                note.add(rng.choice(("- ", "• ", "")))
            if lead:
                note.add(lead + " ")
            w.frame(note, frame, layout, lang)
            note.add("\n")
        if rng.random() < 0.5:
            w.paragraph(note, rng.randint(1, 3))
            note.add("\n")
    while len(note.text.encode("utf-8")) < target - (0 if last else 250):
        w.paragraph(note, rng.randint(1, 3))
        note.add("\n")
    if layout == "letter":
        note.add("\n" + rng.choice(lexicon.SIGNOFFS) + "\n")
        if rng.random() < 0.6 and spend() < quota + 1:
            w.name(note, "signature", full=rng.random() < 0.5)
            note.add("\n")
    else:
        note.add(rng.choice(lexicon.CLOSE[layout]) + "\n")
    return note


def generate_heldout_af(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    """Notes of about `size` bytes with `per_kb` planted identifiers per kilobyte."""
    rng = random.Random(seed)
    w = _Writer(rng)
    entries = w.cast.entries
    forms = {e.key: entry_forms(e) for e in entries}
    person_forms = set().union(*(forms[e.key] for e in entries if e.kind == PERSON))
    person_forms = {f.lower() for f in person_forms}
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    total = 0
    layouts = sorted(lexicon.TITLES)
    while total < size:
        left = size - total
        target = rng.randint(1200, 4000)
        if left - target < 1300:
            target = left
        quota = max(0, round(per_kb * (total + target) / 1000) - len(planted))
        note = _compose(w, layouts[len(texts) % len(layouts)] if len(texts) < 6
                        else rng.choice(layouts), quota, target, rng.randint(2, 480),
                        target == left)  # fmt: skip
        text = note.text
        index = len(texts)
        spans = []
        for start, end, kind, form, value, exact, key in note.spans:
            if kind == "name":
                category = name_category(text[start:end], exact, key, text, start, end, forms)
                form = form.replace("/?/", f"/{category}/")
            planted.append(Planted(index, start, end, kind, form, value, exact, key))
            spans.append((start, end))
        for m in WORD.finditer(text):
            if m.group().lower() not in person_forms:
                continue
            if any(s < m.end() and m.start() < e for s, e in spans):
                continue
            before = text[: m.start()].rstrip(" ")
            initial = not before or before[-1] in "\n:.!?-•(–" or before.endswith("–")
            where = "homograph/initial" if initial else "homograph/inner"
            ordinary.append(Ordinary(index, m.start(), m.end(), m.group(), where))
        texts.append(text)
        total += len(text.encode("utf-8"))
    return Corpus(texts, entries, planted, ordinary)


def check(corpus: Corpus) -> None:
    """Raises ValueError when a span lies out of its text, two planted spans overlap, or an
    ordinary word is not its text or lies inside an identifier."""
    by_text: dict[int, list[Planted]] = {}
    for p in corpus.planted:
        if not (0 <= p.start < p.end <= len(corpus.texts[p.text])):
            raise ValueError(f"{p} lies out of its text")
        by_text.setdefault(p.text, []).append(p)
    for spans in by_text.values():
        spans.sort(key=lambda p: (p.start, p.end))
        for a, b in zip(spans, spans[1:], strict=False):
            if b.start < a.end:
                raise ValueError(f"{a} and {b} overlap")
    for o in corpus.ordinary:
        if corpus.texts[o.text][o.start : o.end] != o.word:
            raise ValueError(f"{o} is not its text")
        if any(p.start < o.end and o.start < p.end for p in by_text.get(o.text, [])):
            raise ValueError(f"{o} lies inside an identifier")
