"""Held-out AB: notes in Swedish, Finnish and English with planted identifiers, written apart
from the redactor's rules and from every other set (see README.md). Nobody who writes or tunes
the redactor may read, import, print or run anything here.

    generate_heldout_ab(seed, size, per_kb=REALISTIC) -> Corpus
"""

from __future__ import annotations

import datetime
import functools
import random
import re
import unicodedata

from casebook.deid.registry import PERSON, PLACE, NameEntry, ascii_fold

from bench.heldout_ab import lexicon, numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 9311
REALISTIC = 0.7
LANG_WEIGHTS = (("sv", 41), ("fi", 39), ("en", 20))
WORD_RATE = {"sv": 0.055, "fi": 0.065, "en": 0.045}  # a filler sentence serving a word-name
COUNTRY_OF = {"sv": "se", "fi": "fi", "da": "dk", "no": "no", "en": "gb"}
ID_COUNTRIES = {
    "sv": ("se",) * 6 + ("fi", "no", "dk", "ee", "lt", "pl", "is", "nl", "tr"),
    "fi": ("fi",) * 6 + ("se", "ee", "no", "dk", "lt", "pl", "is", "nl", "tr"),
    "en": ("gb",) * 5 + ("se", "fi", "nl", "pl", "lt", "tr", "ee", "is", "dk"),
}
REGIONS = {
    "sv": ("SE",) * 5 + numbers.PLANS,
    "fi": ("FI",) * 5 + numbers.PLANS,
    "en": ("GB",) * 5 + numbers.PLANS,
}
TOKEN = re.compile(r"[^\W\d_]+")
HIDDEN_NAME = {
    "soft-hyphen": "\u00ad",
    "zwsp": "\u200b",
    "zwj": "\u200d",
    "word-joiner": "\u2060",
    "bom": "\ufeff",
}
GRADATION = {"Matti", "Antti", "Jukka", "Pekka", "Heikki", "Mikko", "Markku", "Pentti"}
KEYS = "qwertyuiop asdfghjkl zxcvbnm".split()


def hidden(text: str) -> bool:
    """Whether `text` holds an invisible or compatibility character."""
    return unicodedata.normalize("NFKC", text) != text or any(
        unicodedata.category(c) == "Cf" for c in text
    )


@functools.cache
def _vocabulary() -> frozenset[str]:
    """Every word of the published sentences, own sentences, frames, labels and streets."""
    texts: list[str] = []
    for kept in people.sentences().values():
        texts += kept
    for own in people.OWN_ORDINARY.values():
        texts += own
    for table in (
        lexicon.FRAMES,
        lexicon.ROLES,
        lexicon.QUESTIONS,
        lexicon.SUBJECTS,
        lexicon.STREETS,
    ):
        for values in table.values():
            texts += values
    for table in (lexicon.TITLES, lexicon.MAIL, lexicon.LABELS):
        for d in table.values():
            texts += list(d.values())
    for table in (
        lexicon.WEEK,
        lexicon.CLOCK,
        lexicon.INTERVIEWER,
        lexicon.ME,
        lexicon.THEM,
        lexicon.REF,
        lexicon.PAGE_END,
        lexicon.THREAD_END,
        lexicon.PRESENT,
        lexicon.MONTHS,
        lexicon.WEEKDAYS,
        lexicon.SHORT_DAYS,
    ):
        texts += list(table.values())
    return frozenset(w.lower() for t in texts for w in TOKEN.findall(t))


class _Person:
    def __init__(self, given: str, fam: str, country: str, key: str | None) -> None:
        self.given, self.family, self.country, self.key = given, fam, country, key

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


class _Deck:
    """Items drawn in shuffled rounds: every one before any again."""

    def __init__(self, rng: random.Random, items: list) -> None:
        self.rng, self.items, self.left = rng, list(items), []  # type: ignore[var-annotated]

    def draw(self):  # type: ignore[no-untyped-def]
        if not self.left:
            self.left = list(self.items)
            self.rng.shuffle(self.left)
        return self.left.pop()


class _Note:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[dict] = []

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.size += len(s)

    def plant(self, written: str, kind: str, **info: object) -> None:
        self.spans.append(
            {"start": self.size, "end": self.size + len(written), "kind": kind, **info}
        )
        self.add(written)

    def bytes(self) -> int:
        return len(self.text.encode("utf-8"))


class _Writer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.entries: list[NameEntry] = []
        self.registered: list[_Person] = []
        self.word_people: list[_Person] = []
        self.towns: dict[str, list[tuple[str, str]]] = {}
        self.town_keys: dict[str, str] = {}
        self.strangers_used: set[str] = set()
        self.planted_total = 0
        self.bytes_total = 0
        self._register()
        self.pools = {lang: _Deck(self.rng, people.pool(lang)) for lang in people.LANGS}
        self.word_decks = {}
        for lang in people.LANGS:
            published = people.word_sentences(lang)
            by_word = []
            for w in people.WORD_NAMES_BY_LANG[lang]:
                own = [
                    s
                    for s in people.OWN_ORDINARY[lang]
                    if w.lower() in (t.lower() for t in TOKEN.findall(s))
                ]
                by_word.append(_Deck(self.rng, own + published.get(w.lower(), [])))
            self.word_decks[lang] = (_Deck(self.rng, list(range(len(by_word)))), by_word)
        self.questions = {lang: _Deck(self.rng, lexicon.QUESTIONS[lang]) for lang in people.LANGS}
        self.frames = {lang: _Deck(self.rng, lexicon.FRAMES[lang]) for lang in people.LANGS}

    # --- registry ------------------------------------------------------------------------
    def _register(self) -> None:
        rng, vocab = self.rng, _vocabulary()
        words = {w.lower() for w in people.ALL_WORD_NAMES}
        taken: set[str] = set()

        def add(given: str, fam: str, country: str) -> None:
            key = f"ab-person-{len(self.registered) + 1:03d}"
            person = _Person(given, fam, country, key)
            self.registered.append(person)
            taken.add(person.full)
            self.entries.append(
                NameEntry(key, person.full, f"[Person {len(self.registered)}]", kind=PERSON)
            )
            return person

        for g, f, c in people.WORD_PEOPLE:
            self.word_people.append(add(g, f, c))

        def usable(name: str) -> bool:
            return name.lower() not in vocab and name.lower() not in words

        counts = {"sv": 40, "fi": 22, "da": 12, "no": 12, "en": 22}
        for lang in people.NAME_LANGS:
            gs = [g for g in people.given(lang) if usable(g)]
            fs = [f for f in people.family(lang) if usable(f)]
            while sum(p.country == lang for p in self.registered) < counts[lang] + sum(
                c == lang for _, _, c in people.WORD_PEOPLE
            ):
                g, f = rng.choice(gs), rng.choice(fs)
                if f"{g} {f}" not in taken:
                    add(g, f, lang)
        origins = sorted(people.MOVED)
        for i in range(30):
            gs, fs = people.MOVED[origins[i % len(origins)]]
            g = rng.choice([x for x in gs.split() if usable(x)])
            f = rng.choice([x for x in fs.split() if usable(x)])
            if f"{g} {f}" not in taken:
                add(g, f, people.NAME_LANGS[i % len(people.NAME_LANGS)])
        for lang in people.NAME_LANGS:
            towns = people.TOWNS[lang]
            self.towns[lang] = towns
            for name, _code in towns[: people.REGISTERED_TOWNS[lang]]:
                key = f"ab-place-{len(self.town_keys) + 1:02d}"
                self.town_keys[name] = key
                self.entries.append(
                    NameEntry(key, name, f"[Place {len(self.town_keys)}]", kind=PLACE)
                )

    def stranger(self, lang: str) -> _Person:
        rng = self.rng
        while True:
            if rng.random() < 0.3:
                gs, fs = people.MOVED[rng.choice(sorted(people.MOVED))]
                g, f = rng.choice(gs.split()), rng.choice(fs.split())
            else:
                src = rng.choice(people.NAME_LANGS)
                g, f = rng.choice(people.given(src)), rng.choice(people.family(src))
            full = f"{g} {f}"
            if full not in self.strangers_used and all(full != p.full for p in self.registered):
                self.strangers_used.add(full)
                return _Person(
                    g, f, lang if rng.random() < 0.5 else rng.choice(people.NAME_LANGS), None
                )

    def someone(self) -> _Person:
        if self.rng.random() < 0.3:
            return self.rng.choice(self.word_people)
        return self.rng.choice(self.registered)

    # --- names ---------------------------------------------------------------------------
    def name(
        self,
        note: _Note,
        lang: str,
        style: str,
        person: _Person | None = None,
        part: str | None = None,
        present: bool = False,
        plain: bool = False,
    ) -> None:
        rng = self.rng
        how = (
            "plain"
            if plain
            else rng.choices(
                ("exact", "lower", "upper", "ascii", "inflected", "invisible", "misspelt"),
                (34, 8, 7, 9, 14, 13, 15),
            )[0]
        )
        if person is None:
            person = self.stranger(lang) if rng.random() < 0.3 else self.someone()
            if person.key is not None and how == "ascii":
                person = rng.choice([p for p in self.registered if ascii_fold(p.full) != p.full])
        if person.key is None:
            note.plant(
                person.full,
                "name",
                value=person.full,
                exact=False,
                key=None,
                country=person.country,
                how="stranger",
                style=style,
                present=present,
            )
            return
        part = part or rng.choices(("full", "given", "family"), (40, 35, 25))[0]
        value = {"full": person.full, "given": person.given, "family": person.family}[part]
        suffix = ""
        if how == "ascii" and ascii_fold(value) == value:
            value, part = person.full, "full"
            how = "exact" if ascii_fold(value) == value else how
        if how == "inflected":
            suffix = self._suffix(lang, value)
            if not suffix:
                how = "exact"
        if how in ("exact", "plain", "inflected"):
            written, detail = value, how
        elif how == "lower":
            written, detail = value.lower(), how
        elif how == "upper":
            written, detail = value.upper(), how
        elif how == "ascii":
            written, detail = ascii_fold(value), how
        elif how == "invisible":
            written, detail = self._invisible(value)
        else:
            written, detail = self._slip(value)
        note.plant(
            written,
            "name",
            value=value,
            exact=written == value,
            key=person.key,
            country=person.country,
            how=detail,
            style=style,
            present=present,
        )
        if suffix:
            note.add(suffix)

    def _suffix(self, lang: str, value: str) -> str:
        last = value.split()[-1]
        if lang == "sv":
            return "" if last[-1] in "sxz" else "s"
        if lang == "en":
            return "" if last[-1] == "s" else "s"
        if last in GRADATION or last.endswith("nen") or last[-1] in "sk":
            return ""
        vowel = last[-1] in "aeiouyäö"
        return self.rng.choice(("n", "lle")) if vowel else self.rng.choice(("in", "ille"))

    def _invisible(self, value: str) -> tuple[str, str]:
        rng = self.rng
        how = rng.choice((*HIDDEN_NAME, "full-width", "nbsp"))
        if how == "nbsp" and " " not in value:
            how = "zwsp"
        if how == "nbsp":
            return value.replace(" ", "\u00a0", 1), "invisible-nbsp"
        if how == "full-width":
            return "".join(
                chr(ord(c) + 0xFEE0) if c.isascii() and c.isalpha() else c for c in value
            ), "invisible-full-width"
        spots = [i for i in range(1, len(value)) if value[i - 1].isalpha() and value[i].isalpha()]
        i = rng.choice(spots)
        return value[:i] + HIDDEN_NAME[how] + value[i:], f"invisible-{how}"

    def _slip(self, value: str) -> tuple[str, str]:
        rng = self.rng
        kinds = ["slip-drop", "slip-double", "slip-swap", "slip-key"] + (
            ["slip-space"] * 2 if " " in value else []
        )
        kind = rng.choice(kinds)
        letters = [i for i in range(1, len(value)) if value[i].isalpha() and value[i - 1] != " "]
        i = rng.choice(letters)
        if kind == "slip-space":
            s = value.index(" ")
            return value[: s - 1] + " " + value[s - 1] + value[s + 1 :], kind
        if kind == "slip-drop":
            out = value[:i] + value[i + 1 :]
        elif kind == "slip-double":
            out = value[:i] + value[i] + value[i:]
        elif kind == "slip-swap":
            j = i - 1 if value[i - 1].isalpha() else i + 1
            if j >= len(value) or not value[j].isalpha() or value[j] == value[i]:
                out = value[:i] + value[i] + value[i:]
                kind = "slip-double"
            else:
                a, b = sorted((i, j))
                out = value[:a] + value[b] + value[a] + value[b + 1 :]
        else:
            c = value[i].lower()
            row = next((r for r in KEYS if c in r), None)
            if row is None:
                out, kind = value[:i] + value[i + 1 :], "slip-drop"
            else:
                k = row.index(c)
                near = (
                    row[k - 1]
                    if k > 0 and (k == len(row) - 1 or rng.random() < 0.5)
                    else row[k + 1]
                )
                out = value[:i] + (near.upper() if value[i].isupper() else near) + value[i + 1 :]
        if out.lower() == value.lower() or len(out.split()) != len(value.split()):
            out, kind = value[:i] + value[i] + value[i:], "slip-double"
        return out, kind

    # --- other identifiers ---------------------------------------------------------------
    def phone(self, note: _Note, lang: str, style: str, cue: str) -> None:
        rng = self.rng
        region = rng.choice(REGIONS[lang])
        nsn, groups = numbers.draw(rng, region)
        written, shape = numbers.write(rng, region, nsn, groups)
        extra = "plain"
        r = rng.random()
        if r < 0.05:
            written = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in written)
            extra = "hidden-full-width"
        elif r < 0.10:
            spots = [
                i
                for i in range(1, len(written))
                if written[i].isdigit() and written[i - 1] in " .-"
            ]
            if spots:
                i = rng.choice(spots)
                written = written[:i] + "\u200b" + written[i:]
                extra = "hidden-zwsp"
        elif r < 0.15 and " " in written:
            written = written.replace(" ", "\u00a0")
            extra = "hidden-nbsp"
        note.plant(
            written,
            "phone",
            value=numbers.e164(region, nsn),
            form=f"{style}/{region}/{shape}/{cue}/{extra}",
        )

    def ident(self, note: _Note, lang: str, style: str) -> None:
        rng = self.rng
        country = rng.choice(ID_COUNTRIES[lang])
        number, shape = numbers.BUILDERS[country][0](rng)
        written, extra = number, "plain"
        r = rng.random()
        if r < 0.06:
            written = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in number)
            extra = "hidden-full-width"
        elif r < 0.12:
            i = rng.randrange(2, len(number) - 1)
            written = number[:i] + "\u200b" + number[i:]
            extra = "hidden-zwsp"
        note.plant(written, "personnummer", value=number, form=f"{style}/{country}/{shape}/{extra}")

    def address(self, note: _Note, lang: str, style: str) -> None:
        rng = self.rng
        country = lang if rng.random() < 0.6 else rng.choice(people.NAME_LANGS)
        street = rng.choice(lexicon.STREETS[country])
        town, code = rng.choice(self.towns[country])
        n = rng.randint(1, 64)
        if country == "sv":
            line = f"{street} {n}" + (
                f", lgh {rng.randint(1001, 1403)}" if rng.random() < 0.4 else ""
            )
        elif country == "fi":
            line = f"{street} {n}" + (
                f" {rng.choice('ABC')} {rng.randint(1, 40)}" if rng.random() < 0.5 else ""
            )
        elif country == "da":
            line = f"{street} {n}" + (
                f", {rng.randint(1, 4)}. {rng.choice(('th', 'tv'))}" if rng.random() < 0.5 else ""
            )
        elif country == "no":
            line = f"{street} {n}" + (rng.choice("ABC") if rng.random() < 0.4 else "")
        else:
            line = (f"Flat {rng.randint(1, 20)}, " if rng.random() < 0.4 else "") + f"{n} {street}"
        shape = "street"
        if rng.random() < 0.6:
            line += f", {code} {town}" if country != "en" else f", {town} {code}"
            shape = "postal"
        note.plant(line, "address", value=line, form=f"{style}/{country}/{shape}")

    def mail(self, note: _Note, lang: str, style: str, person: _Person | None = None) -> None:
        rng = self.rng
        p = person or self.someone()
        g, f = ascii_fold(p.given).lower(), ascii_fold(p.family).lower().replace("'", "")
        shape = rng.choice(("dot", "initial", "given", "underscore"))
        local = {
            "dot": f"{g}.{f}",
            "initial": f"{g[0]}{f}",
            "given": f"{g}{rng.randint(2, 99)}",
            "underscore": f"{g}_{f}",
        }[shape]
        addr = f"{local}@{rng.choice(lexicon.DOMAINS)}"
        note.plant(addr, "email", value=addr, form=f"{style}/{lang}/{shape}")

    def url(self, note: _Note, lang: str, style: str) -> None:
        rng = self.rng
        p = self.someone()
        g, f = ascii_fold(p.given).lower(), ascii_fold(p.family).lower().replace("'", "")
        shape = rng.choice(("https", "www", "bare"))
        host = rng.choice(lexicon.DOMAINS)
        path = rng.choice((f"{g}-{f}", f"profil/{g}{f}", f"u/{g}.{f}"))
        u = {
            "https": f"https://{host}/{path}",
            "www": f"www.{host}/{path}",
            "bare": f"{host}/{path}",
        }[shape]
        note.plant(u, "url", value=u, form=f"{style}/{lang}/{shape}")

    def date(self, note: _Note, lang: str, style: str) -> None:
        rng = self.rng
        d = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randrange(700))
        months = lexicon.MONTHS[lang].split()
        days = lexicon.WEEKDAYS[lang].split()
        short = lexicon.SHORT_DAYS[lang].split()
        wd, m, y, dd = d.weekday(), months[d.month - 1], d.year, d.day
        end = min(dd + rng.randint(1, 3), 28)
        shapes = {
            "sv": {
                "long": f"{dd} {m} {y}",
                "den": f"den {dd} {m}",
                "slash": f"{dd}/{d.month}",
                "weekday": f"{days[wd]}en den {dd} {m}",
                "short": f"{short[wd]} {dd}/{d.month}",
                "iso": d.isoformat(),
                "dotted": f"{dd}.{d.month}.{y}",
                "dm": f"{dd} {m}",
                "range": f"{dd}–{end} {m}" if end > dd else f"{dd} {m}",
            },
            "fi": {
                "dotted": f"{dd}.{d.month}.{y}",
                "dm": f"{dd}.{d.month}.",
                "long": f"{dd}. {m} {y}",
                "month": f"{dd}. {m}",
                "weekday": f"{days[wd]} {dd}.{d.month}.",
                "short": f"{short[wd]} {dd}.{d.month}.{y}",
                "iso": d.isoformat(),
                "range": f"{dd}.–{end}.{d.month}.{y}" if end > dd else f"{dd}.{d.month}.{y}",
            },
            "en": {
                "long": f"{dd} {m} {y}",
                "us": f"{m} {dd}, {y}",
                "slash": f"{dd:02d}/{d.month:02d}/{y}",
                "weekday": f"{days[wd]} {dd} {m}",
                "abbr": f"{dd} {m[:3]} {y}",
                "iso": d.isoformat(),
                "dm": f"{dd} {m}",
                "short": f"{short[wd]} {dd} {m[:3]}",
                "range": f"{dd}–{end} {m}" if end > dd else f"{dd} {m}",
            },
        }[lang]
        shape = rng.choice(sorted(shapes))
        written = shapes[shape]
        note.plant(written, "date", value=written, form=f"{style}/{lang}/{shape}")

    def place(self, note: _Note, lang: str, style: str) -> None:
        town = self.rng.choice(sorted(self.town_keys))
        country = next(c for c, ts in self.towns.items() if any(t == town for t, _ in ts))
        note.plant(
            town,
            "place",
            value=town,
            key=self.town_keys[town],
            form=f"{style}/{country}/registered",
        )

    # --- units ---------------------------------------------------------------------------
    def frame(self, note: _Note, lang: str, style: str, kind: str | None = None) -> None:
        rng = self.rng
        frames = lexicon.FRAMES[lang]
        if kind is None:
            frame = self.frames[lang].draw()
        else:
            frame = rng.choice([f for f in frames if "{" + kind + "}" in f])
        for piece in re.split(r"(\{[A-Z]+\})", frame):
            if piece in ("{P}", "{Q}"):
                self.name(note, lang, style)
            elif piece == "{ROLE}":
                note.add(rng.choice(lexicon.ROLES[lang]))
            elif piece == "{PHONE}":
                self.phone(note, lang, style, "sentence")
            elif piece == "{ID}":
                self.ident(note, lang, style)
            elif piece == "{ADDR}":
                self.address(note, lang, style)
            elif piece == "{MAIL}":
                self.mail(note, lang, style)
            elif piece == "{URL}":
                self.url(note, lang, style)
            elif piece == "{DATE}":
                self.date(note, lang, style)
            elif piece == "{PLACE}":
                self.place(note, lang, style)
            else:
                note.add(piece)

    def unit(self, note: _Note, lang: str, style: str) -> None:
        """A sentence with an identifier, most often a person."""
        kind = self.rng.choices(
            (None, "P", "PHONE", "ID", "ADDR", "MAIL", "URL", "DATE", "PLACE"),
            (26, 28, 9, 7, 7, 5, 4, 8, 6),
        )[0]
        self.frame(note, lang, style, kind)

    def filler(self, note: _Note, lang: str, n: int = 1) -> None:
        out = []
        for _ in range(n):
            if self.rng.random() < WORD_RATE[lang]:
                order, decks = self.word_decks[lang]
                out.append(decks[order.draw()].draw())
            else:
                out.append(self.pools[lang].draw())
        note.add(" ".join(out))


def _ref(rng: random.Random, lang: str) -> str:
    return f"{lexicon.REF[lang]} {rng.choice('KLMNPRST')}{rng.randint(1000, 9999)}"


def _clock(rng: random.Random, h: int, m: int) -> str:
    return f"{h:02d}:{m:02d}" if rng.random() < 0.5 else f"{h}:{m:02d}"


def _present(w: _Writer, note: _Note, lang: str) -> None:
    """A list of who was present, with roles in brackets."""
    note.add(f"{lexicon.PRESENT[lang]}: ")
    for i in range(w.rng.randint(2, 3)):
        if i:
            note.add(", ")
        w.name(note, lang, "list", present=True)
        note.add(f" ({w.rng.choice(lexicon.ROLES[lang])})")
    note.add("\n")


def _layout(w: _Writer, lang: str, target: int, per_kb: float) -> _Note:
    rng = w.rng
    note = _Note()
    style = rng.choices(
        ("interview", "observation", "diary", "email", "sms", "pasted", "casesheet"),
        (20, 17, 17, 15, 12, 13, 4),
    )[0]

    def owed() -> bool:
        planted = w.planted_total + len(note.spans)
        return planted < per_kb * (w.bytes_total + note.size) / 1000 + 0.5

    def body_line(inner: str) -> None:
        if owed():
            w.unit(note, lang, inner)
            if rng.random() < 0.5:
                note.add(" ")
                w.filler(note, lang)
        else:
            w.filler(note, lang, rng.randint(1, 3))

    title = lexicon.TITLES[lang]
    if style == "interview":
        note.add(f"{title['interview']}, {_ref(rng, lang)}\n")
        if rng.random() < 0.3:
            _present(w, note, lang)
        speaker = w.someone()
        part = rng.choice(("given", "full"))
        while note.size < target:
            note.add(f"\n{lexicon.INTERVIEWER[lang]}: {w.questions[lang].draw()}\n")
            if owed() and rng.random() < 0.25:
                w.name(note, lang, "label", person=speaker, part=part, plain=True)
                note.add(": ")
            else:
                note.add("P: ")
            body_line("interview")
            note.add("\n")
    elif style == "observation":
        note.add(f"{title['observation']}\n")
        if rng.random() < 0.15:
            _present(w, note, lang)
        h, m = rng.randint(7, 11), rng.randrange(0, 60, 5)
        while note.size < target:
            note.add(f"\n{lexicon.CLOCK[lang]} {_clock(rng, h, m)} ")
            body_line("observation")
            m += rng.choice((5, 10, 15, 20))
            h, m = h + m // 60, m % 60
        note.add("\n")
    elif style == "diary":
        note.add(f"{title['diary']}, {lexicon.WEEK[lang]} {rng.randint(2, 50)}\n")
        while note.size < target:
            note.add("\n– ")
            body_line("diary")
        note.add("\n")
    elif style == "email":
        mail = lexicon.MAIL[lang]
        sender = w.someone()
        note.add(f"{mail['from']}: ")
        if rng.random() < 0.45:
            w.name(note, lang, "header", person=sender, part="full")
        else:
            note.add(mail["team"])
        if rng.random() < 0.25:
            note.add(" <")
            w.mail(note, lang, "header", person=sender)
            note.add(">")
        note.add("\n")
        if rng.random() < 0.2:
            note.add(f"{mail['to']}: ")
            w.name(note, lang, "header", part="full")
            note.add("\n")
        if rng.random() < 0.45:
            note.add(f"{mail['sent']}: ")
            w.date(note, lang, "header")
            note.add(f" {_clock(rng, rng.randint(7, 20), rng.randrange(60))}\n")
        note.add(f"{mail['subject']}: {rng.choice(lexicon.SUBJECTS[lang])} ({_ref(rng, lang)})\n\n")
        if rng.random() < 0.45:
            note.add(f"{mail['hi']} ")
            w.name(note, lang, "email", part="given")
            note.add(",\n\n")
        else:
            note.add(f"{mail['hi']},\n\n")
        while note.size < target - 120:
            body_line("email")
            note.add("\n\n" if rng.random() < 0.3 else " ")
        note.add(f"\n{mail['bye']},\n")
        if rng.random() < 0.4:
            w.name(note, lang, "signature", person=sender, part=rng.choice(("full", "given")))
        else:
            note.add(mail["team"])
        if rng.random() < 0.2:
            note.add(f"\n{mail['phone']} ")
            w.phone(note, lang, "signature", "cue")
        note.add("\n")
    elif style == "sms":
        note.add(f"{title['sms']}\n")
        other = w.someone()
        h, m = rng.randint(8, 21), rng.randrange(60)
        while note.size < target:
            me = rng.random() < 0.4
            note.add(f"\n[{_clock(rng, h, m)}] ")
            if me or not owed() or rng.random() < 0.5:
                note.add(lexicon.ME[lang] if me else lexicon.THEM[lang])
            else:
                w.name(note, lang, "label", person=other, part="given", plain=True)
            note.add(": ")
            body_line("sms")
            m += rng.randint(1, 9)
            h, m = (h + m // 60) % 24, m % 60
        note.add(f"\n{lexicon.THREAD_END[lang]}\n")
    elif style == "pasted":
        note.add(f"{title['pasted']}\n")
        start = note.size
        while note.size < target:
            body_line("pasted")
            note.add(" ")
        note.parts[-1] = note.parts[-1].rstrip(" ")
        note.size = sum(len(p) for p in note.parts)
        text = list(note.text)
        inside = [(s["start"], s["end"]) for s in note.spans]
        col = 0
        for i in range(start, len(text)):
            col += 1
            if (
                text[i] == " "
                and col >= rng.randint(60, 76)
                and not any(a <= i < b for a, b in inside)
            ):
                text[i] = "\n"
                col = 0
        note.parts, note.size = ["".join(text)], len(text)
        note.add(f"\n{lexicon.PAGE_END[lang]}\n")
    else:
        lab = lexicon.LABELS[lang]
        note.add(f"{title['casesheet']}\n\n{lab['name']}: ")
        client = w.someone()
        w.name(note, lang, "label", person=client, part="full")
        if rng.random() < 0.3:
            note.add(f"\n{lab['id']}: ")
            w.ident(note, lang, "label")
        if rng.random() < 0.3:
            note.add(f"\n{lab['addr']}: ")
            w.address(note, lang, "label")
        if rng.random() < 0.3:
            note.add(f"\n{lab['phone']}: ")
            w.phone(note, lang, "label", "cue")
        if rng.random() < 0.3:
            note.add(f"\n{lab['mail']}: ")
            w.mail(note, lang, "label", person=client)
        if rng.random() < 0.3:
            note.add(f"\n{lab['kin']}: ")
            w.name(note, lang, "label", part="full")
            note.add(f" ({rng.choice(lexicon.ROLES[lang])})")
            if rng.random() < 0.5:
                note.add(", ")
                w.phone(note, lang, "label", "cue")
        if rng.random() < 0.3:
            note.add(f"\n{lab['place']}: ")
            w.place(note, lang, "label")
        if rng.random() < 0.3:
            note.add(f"\n{lab['date']}: ")
            w.date(note, lang, "label")
        note.add(f"\n\n{lab['assess']}:\n")
        while note.size < target:
            body_line("casesheet")
            note.add(" ")
        note.add("\n")
    return note


def _ordinary(i: int, text: str, spans: list[tuple[int, int]], forms: set[str]) -> list[Ordinary]:
    out = []
    for m in TOKEN.finditer(text):
        if m.group().lower() not in forms:
            continue
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        before = text[: m.start()].rsplit("\n", 1)[-1].rstrip(" ")
        initial = (
            not before or before[-1] in ".!?:–-*([]" or re.search(r"\d:\d\d$", before) is not None
        )
        out.append(
            Ordinary(
                i,
                m.start(),
                m.end(),
                m.group(),
                "homograph/initial" if initial else "homograph/inner",
            )
        )
    return out


def generate_heldout_ab(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    w = _Writer(seed)
    rng = w.rng
    langs, weights = zip(*LANG_WEIGHTS, strict=True)
    forms_by_key = {e.key: entry_forms(e) for e in w.entries}
    person_forms = set().union(*(entry_forms(e) for e in w.entries if e.kind == PERSON))
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    total = 0
    while total < size:
        lang = rng.choices(langs, weights)[0]
        target = min(rng.randint(1200, 4000), max(size - total, 200))
        note = _layout(w, lang, target, per_kb)
        text = note.text
        b = len(text.encode("utf-8"))
        if total + b > size + 6000 and texts:
            break
        i = len(texts)
        texts.append(text)
        total += b
        w.bytes_total, w.planted_total = total, w.planted_total + len(note.spans)
        for s in note.spans:
            start, end = s["start"], s["end"]
            if s["kind"] == "name":
                written = text[start:end]
                category = name_category(
                    written, s["exact"], s["key"], text, start, end, forms_by_key
                )
                form = f"{s['style']}/{s['country']}/{category}/{s['how']}"
                if s["present"]:
                    form += "/present"
                planted.append(
                    Planted(i, start, end, "name", form, s["value"], s["exact"], s["key"])
                )
            else:
                planted.append(
                    Planted(i, start, end, s["kind"], s["form"], s["value"], False, s.get("key"))
                )
        ordinary += _ordinary(i, text, [(s["start"], s["end"]) for s in note.spans], person_forms)
    corpus = Corpus(texts, list(w.entries), planted, ordinary)
    check(corpus)
    return corpus


def check(corpus: Corpus) -> None:
    """Raises ValueError when a span lies out of its text, spans overlap, or an ordinary word
    is not its text or lies inside an identifier."""
    by_text: dict[int, list[tuple[int, int]]] = {}
    for p in corpus.planted:
        text = corpus.texts[p.text]
        if not 0 <= p.start < p.end <= len(text):
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
