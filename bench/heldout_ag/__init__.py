"""Held-out AG: fieldwork notes of a study of allotment gardens and community kitchens in
mid-Jutland towns, in English with Danish, Swedish and Finnish passages, with identifiers
planted and every planted one recorded (see README.md). Nobody who writes or tunes the
redactor may open, read, import or run anything here.

    corpus = generate_heldout_ag(SEED, 5_000_000)
"""

from __future__ import annotations

import datetime
import random
import re
import unicodedata

from casebook.deid.registry import PERSON, PLACE, NameEntry

from bench.heldout_ag import lexicon, numbers, people
from bench.scoring import _hidden, entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 9851
REALISTIC = 0.7
PUBLISHED = 0.045  # the share of filler drawn from the small published pools (lessons)
SPOKEN = 0.6  # the share drawn from people's spoken words (the AMI Meeting Corpus)

_INVISIBLE = {"invisible-soft-hyphen": "\u00ad", "invisible-zwsp": "\u200b",
              "invisible-zwj": "\u200d", "invisible-word-joiner": "\u2060",
              "invisible-bom": "\ufeff"}  # fmt: skip
_COUNTRY_OF_REGION = {"DK": "dk", "SE": "se", "NO": "no", "FI": "fi", "GB": "gb"}
_ID_WEIGHTS = {"dk": 3, "se": 3, "no": 2, "fi": 2, "pl": 1, "ee": 1, "nl": 1, "es": 1, "is": 1,
               "be": 1}  # fmt: skip
_REGION_WEIGHTS = {"DK": 10, "SE": 5, "NO": 2, "FI": 2, "DE": 1, "GB": 2, "PL": 1, "NL": 1,
                   "SO": 1, "IQ": 1, "SY": 1, "TR": 1, "IR": 1, "VN": 1, "UA": 1, "RO": 1,
                   "EE": 1, "ES": 1, "US": 1, "MA": 1}  # fmt: skip
_LANG_WEIGHTS = {"da": 9, "sv": 4, "no": 2, "fi": 2, "en": 3}
_MONTHS = {
    "en": "January February March April May June July August September October November "
    "December".split(),
    "da": "januar februar marts april maj juni juli august september oktober november "
    "december".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november "
    "december".split(),
}
_WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
}
_KEYS = "qwertyuiopasdfghjklzxcvbnm"
_SLOT = {"name": {"N", "G"}, "phone": {"P"}, "date": {"D"}, "address": {"A"}, "email": {"E"},
         "url": {"U"}, "place": {"T"}, "personnummer": {"I"}}  # fmt: skip
_KIND_WEIGHTS = {"name": 30, "phone": 9, "date": 9, "place": 6, "personnummer": 6,
                 "address": 7, "email": 6, "url": 4}  # fmt: skip


def hidden(written: str) -> bool:
    """An invisible or compatibility character in `written`."""
    return _hidden(written)


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


class _People:
    """Registered people (62 % of each list's names) and strangers (the rest)."""

    def __init__(self, rng: random.Random) -> None:
        vocabulary = _vocabulary()
        self.entries: list[NameEntry] = []
        self.registered: list[tuple[NameEntry, str]] = []  # entry, country
        self.bearers: list[tuple[NameEntry, str]] = []
        self.strangers: dict[str, tuple[list[str], list[str]]] = {}
        words = {w.lower() for w in people.WORD_NAMES}
        langs = [*people.NAME_LANGS, "moved"]
        for lang in langs:
            g = [n for n in people.given(lang) if n.lower() not in vocabulary]
            f = [n for n in people.family(lang) if n.lower() not in vocabulary]
            rng.shuffle(g)
            rng.shuffle(f)
            cut_g, cut_f = int(len(g) * 0.62), int(len(f) * 0.62)
            self.strangers[lang] = (g[cut_g:], f[cut_f:])
            country = "da" if lang == "moved" else lang
            for i in range(cut_g):
                full = f"{g[i]} {f[i % cut_f]}"
                self._add(full, country, weight=4 if lang == "da" else 1)
        en_family = self.strangers["en"][1]
        en_given = self.strangers["en"][0]
        for i, w in enumerate(people.GIVEN_WORD_NAMES["en"]):
            self._add(f"{w} {en_family[i % len(en_family)]}", "en", weight=0)
        for i, w in enumerate(people.FAMILY_WORD_NAMES["en"]):
            self._add(f"{en_given[i % len(en_given)]} {w}", "en", weight=0)
        assert words <= {p.lower() for e in self.entries for p in e.canonical.split()}
        self.accented = [(e, c) for e, c in self.registered if not e.canonical.isascii()]
        self.towns = [NameEntry(f"town-{i}", t, f"[PLACE {i + 1}]", kind=PLACE)
                      for i, t in enumerate(lexicon.TOWNS)]  # fmt: skip

    def _add(self, full: str, country: str, weight: int = 1) -> None:
        n = len(self.entries) + 1
        entry = NameEntry(f"person-{n}", full, f"[PERSON {n}]", kind=PERSON)
        self.entries.append(entry)
        self.registered.extend([(entry, country)] * weight)
        if not weight:  # a word-name's bearer: drawn in turn (see _Writer.name)
            self.bearers.append((entry, country))


def _vocabulary() -> set[str]:
    """Every word the notes write outside identifiers (pools, frames, labels)."""
    words: set[str] = set()
    texts = [s for pool in people.sentences().values() for s in pool]
    texts += people.OWN_ORDINARY["en"]
    for name in dir(lexicon):
        value = getattr(lexicon, name)
        if isinstance(value, list):
            texts += [v for v in value if isinstance(v, str)]
        elif isinstance(value, dict):
            for v in value.values():
                texts += v if isinstance(v, list) else [str(v)]
    for t in texts:
        words.update(w.lower() for w in re.findall(r"[^\W\d_]+", t))
    return words - {w.lower() for w in people.WORD_NAMES}


class _Deck:
    """Draw every item once, in a shuffled order, before any again."""

    def __init__(self, rng: random.Random, items: list) -> None:
        self.rng, self.items, self.left = rng, list(items), []

    def draw(self):
        if not self.left:
            self.left = list(self.items)
            self.rng.shuffle(self.left)
        return self.left.pop()


class _Note:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[tuple[int, int, str, str, str, bool, str | None, dict]] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def plant(self, written: str, kind: str, form: str, value: str, exact: bool = False,
              key: str | None = None, **extra: str) -> None:  # fmt: skip
        start = self.size
        self.add(written)
        self.spans.append((start, self.size, kind, form, value, exact, key, extra))

    def text(self) -> str:
        return "".join(self.parts)


class _Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people = _People(rng)
        self.forms = {e.key: entry_forms(e) for e in self.people.entries}
        self.pools = {lang: _Deck(rng, people.pool(lang, written=True)) for lang in
                      ("da", "sv", "fi", "en")}  # fmt: skip
        self.spoken = _Deck(rng, people.pool("en", "ami"))
        self.own = _Deck(rng, people.OWN_ORDINARY["en"])
        self.frames = {
            (lang, kind): _Deck(
                rng, [f for f in frames if _SLOT[kind] & set(re.findall(r"\{([A-Z])\}", f))]
            )
            for lang, frames in (("en", lexicon.FRAMES_EN), ("da", lexicon.FRAMES_DA),
                                 ("sv", lexicon.FRAMES_SV))
            for kind in _SLOT
        }  # fmt: skip
        self.stranger_names = {lang: _Deck(rng, [(g, f) for g in gs for f in fs][:400])
                               for lang, (gs, fs) in self.people.strangers.items()}  # fmt: skip
        self.speaker_lines = _Deck(rng, lexicon.SPEAKER_LINES)
        self.bearers = _Deck(rng, self.people.bearers)
        self.note_no = rng.randint(20, 60)

    # --- identifiers ------------------------------------------------------------------

    def _pick(self, weights: dict[str, int]) -> str:
        keys = list(weights)
        return self.rng.choices(keys, [weights[k] for k in keys])[0]

    def name(self, note: _Note, style: str, given_only: bool = False, glued: bool = False,
             present: bool = False) -> None:  # fmt: skip
        rng = self.rng
        tail = "/present" if present else ""
        if rng.random() < 0.27 and not glued:  # a stranger
            lang = self._pick({**_LANG_WEIGHTS, "moved": 2})
            g, f = self.stranger_names[lang].draw()
            written = g if (given_only or rng.random() < 0.12) else f"{g} {f}"
            country = "da" if lang == "moved" else lang
            note.plant(written, "name", f"{style}/{country}/@/stranger{tail}", written)
            return
        how = rng.choices(["exact", "lower", "upper", "ascii", "misspelt", "invisible"],
                          [30, 10, 9, 10, 14, 13])[0]  # fmt: skip
        bearer = how != "ascii" and not given_only and rng.random() < 0.3
        if bearer:
            entry, country = self.bearers.draw()
        else:
            pool = self.people.accented if how == "ascii" else self.people.registered
            entry, country = rng.choice(pool)
        given, family = entry.given_names[0], entry.family_name or ""
        which = "given" if given_only else rng.choice(["given", "family", "full", "full"])
        if bearer:  # the word-name itself, or the full name
            word = "given" if given in people.GIVEN_WORD_NAMES["en"] else "family"
            which = rng.choice([word, "full"])
        value = {"given": given, "family": family, "full": entry.canonical}[which]
        if how == "ascii" and value.isascii():
            value = entry.canonical
        written = value
        if how == "lower":
            written = value.lower()
        elif how == "upper":
            written = value.upper()
        elif how == "ascii":
            folded = unicodedata.normalize("NFKD", value)
            folded = "".join(c for c in folded if not unicodedata.combining(c))
            folded = folded.replace("ø", "o").replace("Ø", "O").replace("æ", "ae")
            written = folded if folded != value else value
            how = "ascii" if folded != value else "exact"
        elif how == "misspelt":
            written, how = self._slip(value)
        elif how == "invisible":
            written, how = self._hide(value)
        exact = written == value or written in {entry.canonical, given, family}
        if exact and how not in ("exact",):
            how = "exact"
        note.plant(written, "name", f"{style}/{country}/@/{how}{tail}", value,
                   exact=exact and not _hidden(written), key=entry.key)  # fmt: skip

    def _slip(self, value: str) -> tuple[str, str]:
        rng = self.rng
        letters = [i for i, c in enumerate(value) if c.isalpha() and c.islower()]
        i = rng.choice(letters[1:] or letters)
        kind = rng.choice(["slip-drop", "slip-double", "slip-swap", "slip-key", "slip-space"])
        if kind == "slip-space" and " " in value:
            s = value.index(" ")
            return value[:s] + value[s + 1] + " " + value[s + 2 :], kind
        if kind == "slip-drop" and len(value) > 4:
            return value[:i] + value[i + 1 :], kind
        if kind == "slip-double":
            return value[:i] + value[i] + value[i:], kind
        if kind == "slip-swap" and i + 1 < len(value) and value[i + 1].isalpha() and \
                value[i + 1] != value[i]:  # fmt: skip
            return value[:i] + value[i + 1] + value[i] + value[i + 2 :], kind
        near = _KEYS[(_KEYS.find(value[i]) + 1) % len(_KEYS)] if value[i] in _KEYS else "e"
        if near == value[i]:
            near = "a"
        return value[:i] + near + value[i + 1 :], "slip-key"

    def _hide(self, value: str) -> tuple[str, str]:
        rng = self.rng
        how = rng.choice([*_INVISIBLE, "invisible-full-width", "invisible-nbsp"])
        if how == "invisible-nbsp" and " " not in value:
            how = "invisible-zwsp"
        if how == "invisible-nbsp":
            return value.replace(" ", "\u00a0", 1), how
        if how == "invisible-full-width":
            return _full_width(value[0]) + value[1:], how
        i = rng.randint(1, max(1, len(value.split(" ")[0]) - 1))
        return value[:i] + _INVISIBLE[how] + value[i:], how

    def phone(self, note: _Note, style: str) -> None:
        region = self._pick(_REGION_WEIGHTS)
        nsn, groups = numbers.draw(self.rng, region)
        written, shape = numbers.write(self.rng, region, nsn, groups)
        how, r = "plain", self.rng.random()
        if r < 0.05:
            written, how = _full_width(written), "hidden-full-width"
        elif r < 0.10 and " " in written:
            written, how = written.replace(" ", "\u00a0"), "hidden-nbsp"
        elif r < 0.15:
            cut = len(written) // 2
            written, how = written[:cut] + "\u200b" + written[cut:], "hidden-zwsp"
        note.plant(written, "phone", f"{style}/{region}/{shape}/{how}",
                   numbers.e164(region, nsn))  # fmt: skip

    def identity(self, note: _Note, style: str) -> None:
        country = self._pick(_ID_WEIGHTS)
        build, _module = numbers.BUILDERS[country]
        number, shape = build(self.rng)
        written, how, r = number, "plain", self.rng.random()
        if r < 0.08:
            written, how = _full_width(number), "hidden-full-width"
        elif r < 0.15:
            written, how = number[:4] + "\u200b" + number[4:], "hidden-zwsp"
        note.plant(written, "personnummer", f"{style}/{country}/{shape}/{how}", number)

    def date(self, note: _Note, style: str, lang: str = "en") -> None:
        rng = self.rng
        day = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 700))
        d, m, y = day.day, day.month, day.year
        wd = day.weekday()
        if lang == "en" and rng.random() < 0.2:
            lang = rng.choice(["da", "sv"])
        if lang == "en":
            mon = _MONTHS["en"][m - 1]
            shape = rng.choice(["long", "us", "abbr", "slash", "iso", "weekday", "ordinal",
                                "range"])  # fmt: skip
            suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            written = {
                "long": f"{d} {mon} {y}", "us": f"{mon} {d}, {y}", "abbr": f"{d} {mon[:3]} {y}",
                "slash": f"{d:02d}/{m:02d}/{y}", "iso": day.isoformat(),
                "weekday": f"{_WEEKDAYS['en'][wd]} {d} {mon}",
                "ordinal": f"the {d}{suffix} of {mon}",
                "range": f"{d}–{min(d + 2, 28 if m == 2 else 30)} {mon}",
            }[shape]  # fmt: skip
            if shape == "range" and d >= 26:
                written, shape = f"{d} {mon} {y}", "long"
        elif lang == "da":
            mon = _MONTHS["da"][m - 1]
            shape = rng.choice(["da-long", "da-den", "da-weekday", "da-digits"])
            written = {"da-long": f"{d}. {mon} {y}", "da-den": f"den {d}. {mon}",
                       "da-weekday": f"{_WEEKDAYS['da'][wd]} den {d}. {mon}",
                       "da-digits": f"{d:02d}.{m:02d}.{y}"}[shape]  # fmt: skip
        else:
            mon = _MONTHS["sv"][m - 1]
            shape = rng.choice(["sv-long", "sv-den", "sv-weekday"])
            written = {"sv-long": f"{d} {mon} {y}", "sv-den": f"den {d} {mon}",
                       "sv-weekday": f"{_WEEKDAYS['sv'][wd]} {d} {mon}"}[shape]  # fmt: skip
        note.plant(written, "date", f"{style}/{lang}/{shape}", written)

    def address(self, note: _Note, style: str) -> None:
        rng = self.rng
        country = rng.choices(["dk", "se", "gb", "fi"], [6, 3, 1, 1])[0]
        street = rng.choice(lexicon.STREETS[country])
        n = rng.randint(1, 140)
        shape = "street"
        if country == "dk":
            line = f"{street} {n}"
            if rng.random() < 0.4:
                line += f", {rng.randint(1, 4)}. {rng.choice(['th.', 'tv.', 'mf.'])}"
                shape = "floor"
        elif country == "se":
            line = f"{street} {n}"
            if rng.random() < 0.4:
                line += f", lgh {rng.randint(1001, 1304)}"
                shape = "lgh"
        elif country == "fi":
            line = f"{street} {n} {rng.choice('ABC')} {rng.randint(1, 30)}"
            shape = "flat"
        else:
            line = f"{n} {street}"
        if country == "gb" or rng.random() < 0.6:
            post = rng.choice(lexicon.POST[country])
            town = rng.choice(["Skive", "Karlstad", "Leeds", "Tampere"][:1]) if country == "dk" \
                else {"se": "Karlstad", "gb": "Leeds", "fi": "Tampere"}[country]  # fmt: skip
            if country == "dk":
                town = {"7800": "Skive", "8800": "Viborg", "8600": "Silkeborg",
                        "7400": "Herning", "7430": "Ikast", "7500": "Holstebro"}[post]  # fmt: skip
            line += f", {post} {town}"
            shape += "-town"
        note.plant(line, "address", f"{style}/{country}/{shape}", line)

    def email(self, note: _Note, style: str) -> None:
        entry, _c = self.rng.choice(self.people.registered)
        parts = [_ascii(p).lower() for p in entry.canonical.split()]
        shape = self.rng.choice(["dot", "initial", "plain"])
        local = {"dot": ".".join(parts), "initial": parts[0][0] + parts[-1],
                 "plain": parts[0] + str(self.rng.randint(2, 99))}[shape]  # fmt: skip
        written = f"{local}@{self.rng.choice(['example.dk', 'example.com', 'example.se'])}"
        note.plant(written, "email", f"{style}/en/{shape}", written)

    def url(self, note: _Note, style: str) -> None:
        path = self.rng.choice(["haver/rota", "kitchen/menu", "plots/waiting-list", "foto/2025",
                                "minutes", "seeds"])  # fmt: skip
        host = self.rng.choice(["example.org", "www.example.dk", "kolonihave.example.net"])
        shape = self.rng.choice(["https", "bare"])
        written = f"https://{host}/{path}" if shape == "https" else f"{host}/{path}"
        note.plant(written, "url", f"{style}/en/{shape}", written)

    def place(self, note: _Note, style: str) -> None:
        town = self.rng.choice(self.people.towns)
        note.plant(town.canonical, "place", f"{style}/da/registered", town.canonical,
                   exact=True, key=town.key)  # fmt: skip

    # --- lines --------------------------------------------------------------------------

    def frame(self, note: _Note, style: str, kind: str, lang: str = "en") -> None:
        if not self.frames[(lang, kind)].items:
            lang = "en"
        template = self.frames[(lang, kind)].draw()
        pieces = re.split(r"(\{[A-Z]\})", template)
        for piece in pieces:
            if piece == "{N}":
                glued = pieces[pieces.index(piece) + 1].startswith("s")
                self.name(note, style, glued=glued)
            elif piece == "{G}":
                self.name(note, style, given_only=True)
            elif piece == "{P}":
                self.phone(note, style)
            elif piece == "{D}":
                self.date(note, style, "da" if lang == "da" else "sv" if lang == "sv" else "en")
            elif piece == "{A}":
                self.address(note, style)
            elif piece == "{E}":
                self.email(note, style)
            elif piece == "{U}":
                self.url(note, style)
            elif piece == "{T}":
                self.place(note, style)
            elif piece == "{I}":
                self.identity(note, style)
            else:
                note.add(piece)
        note.add(" ")

    def label(self, note: _Note, kind: str) -> None:
        note.add(self.rng.choice(lexicon.LABELS[kind]) + " ")
        {"name": lambda: self.name(note, "label"), "phone": lambda: self.phone(note, "label"),
         "date": lambda: self.date(note, "label"), "address": lambda: self.address(note, "label"),
         "personnummer": lambda: self.identity(note, "label"),
         "email": lambda: self.email(note, "label"), "url": lambda: self.url(note, "label"),
         "place": lambda: self.place(note, "label")}[kind]()  # fmt: skip
        note.add("\n")

    def glue(self, note: _Note, style: str) -> None:
        """A name with a genitive "s" glued on, before a noun."""
        self.name(note, style, glued=True)
        note.add(
            "s "
            + self.rng.choice(["plot", "allotment", "shed", "kitchen shift", "pumpkins", "bike"])
            + " was mentioned again. "
        )

    def filler(self, note: _Note) -> None:
        r = self.rng.random()
        if r < PUBLISHED:
            lang = self.rng.choices(["da", "sv", "fi", "en"],
                                    [len(self.pools[x].items) for x in
                                     ("da", "sv", "fi", "en")])[0]  # fmt: skip
            n = self.rng.randint(1, 3)
            body = " ".join(self.pools[lang].draw() for _ in range(n))
            if lang != "en" and self.rng.random() < 0.6:
                head = self.rng.choice(lexicon.PASTE_HEAD[lang])
                note.add(f"\n{head}\n{body}\n{self.rng.choice(lexicon.PASTE_END)}\n")
            else:
                note.add(body + " ")
        elif r < PUBLISHED + 0.07:
            note.add(self.own.draw() + " ")
        elif r < PUBLISHED + 0.07 + SPOKEN:
            body = " ".join(self.spoken.draw() for _ in range(self.rng.randint(1, 3)))
            if self.rng.random() < 0.5:
                note.add(f'{self.rng.choice(lexicon.SPOKEN_LEADS)} "{body}" ')
            else:
                note.add(body + " ")
        elif r < 0.9:
            rng = self.rng
            note.add(f"{rng.choice(lexicon.OPEN)} {rng.choice(lexicon.SUBJECT)} "
                     f"{rng.choice(lexicon.DOING)} {rng.choice(lexicon.CLOSE)}. ")  # fmt: skip
        else:
            rng = self.rng
            note.add(f"{rng.choice(lexicon.NOTED)} {rng.choice(lexicon.SUBJECT)} "
                     f"{rng.choice(lexicon.DOING)} {rng.choice(lexicon.CLOSE)}. ")  # fmt: skip

    def note(self, style: str, size: int, per_kb: float) -> _Note:
        rng = self.rng
        note = _Note()
        self.note_no += rng.randint(1, 3)
        note.add(lexicon.TITLES[style] + str(self.note_no) + "\n\n")
        want = max(1, round(size / 1000 * per_kb + rng.uniform(-0.5, 0.5)))
        if style == "card":
            if rng.random() < 0.4:
                note.add("From: ")
                self.name(note, "header")
                note.add("\n")
            note.add(rng.choice(lexicon.GREETINGS) + " ")
            self.name(note, "letter", given_only=True)
            note.add(",\n")
        if (style == "minutes" and rng.random() < 0.5) or rng.random() < 0.04:
            note.add(rng.choice(["Present: ", "Also there: ", "Helpers: "]))
            for i in range(rng.randint(2, 3)):
                if i:
                    note.add(", ")
                self.name(note, "list", present=True)
                if rng.random() < 0.3:
                    note.add(f" ({rng.choice(['chair', 'cook', 'treasurer', 'new'])})")
            note.add("\n")
        while len(note.spans) < want:
            for _ in range(rng.randint(0, 2)):
                self.filler(note)
            kind = self._pick(_KIND_WEIGHTS)
            r = rng.random()
            if kind == "name" and style == "interview" and r < 0.4:
                note.add("\n" + rng.choice(lexicon.PROMPTS) + " "
                         + rng.choice(lexicon.PROMPT_LINES) + "\n")  # fmt: skip
                self.name(note, style)
                note.add(": " + self.speaker_lines.draw() + "\n")
            elif r < 0.2:
                note.add("\n")
                self.label(note, kind)
            elif kind == "name" and r < 0.4:
                self.glue(note, style)
            else:
                lang = rng.choices(["en", "da", "sv"], [7, 2, 1])[0]
                if style == "thread":
                    note.add("\n> ")
                self.frame(note, style, kind, lang)
            if rng.random() < 0.25:
                note.add("\n\n")
        floor = min(6000, max(size, len(note.spans) / per_kb * 1000 + 40))
        while note.size < floor:
            self.filler(note)
            if rng.random() < 0.2:
                note.add("\n\n")
        if style in ("card", "thread") or rng.random() < 0.2:
            note.add("\n" + rng.choice(lexicon.SIGN_OFFS) + "\n")
            if rng.random() < 0.3:
                self.name(note, "signature")
                note.add("\n")
        return note


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("æ", "ae"))
    return "".join(c for c in folded if c.isascii() and c.isalpha())


def generate_heldout_ag(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    rng = random.Random(seed)
    writer = _Writer(rng)
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    entries = [*writer.people.entries, *writer.people.towns]
    forms = {e.key: entry_forms(e) for e in entries}
    person_forms = set().union(*(forms[e.key] for e in writer.people.entries))
    styles = list(lexicon.TITLES)
    total = 0
    while total < size:
        left = size - total
        target = rng.randint(1000, 3600)
        if left < target + 1000:
            target = max(200, left)
        note = writer.note(rng.choice(styles), target, per_kb)
        text = note.text().rstrip() + "\n"
        index = len(texts)
        texts.append(text)
        total += len(text.encode("utf-8"))
        spans = []
        for start, end, kind, form, value, exact, key, _extra in note.spans:
            if kind == "name":
                category = name_category(text[start:end], exact, key, text, start, end, forms)
                form = form.replace("/@/", f"/{category}/")
            planted.append(Planted(index, start, end, kind, form, value, exact, key))
            spans.append((start, end))
        for m in re.finditer(r"[^\W\d_]+", text):
            if m.group().lower() in person_forms and not any(
                s < m.end() and m.start() < e for s, e in spans
            ):
                before = text[: m.start()].rstrip(" ")
                where = "initial" if not before or before[-1] in ":.!?-–•(\n" else "inner"
                ordinary.append(Ordinary(index, m.start(), m.end(), m.group(),
                                         f"homograph/{where}"))  # fmt: skip
    corpus = Corpus(texts, entries, planted, ordinary)
    check(corpus)
    return corpus


def check(corpus: Corpus) -> None:
    """Every span inside its text, no two planted spans overlap, no ordinary word inside one."""
    by_text: dict[int, list[tuple[int, int]]] = {}
    for p in corpus.planted:
        if not 0 <= p.start < p.end <= len(corpus.texts[p.text]):
            raise ValueError(f"span out of its text: {p}")
        by_text.setdefault(p.text, []).append((p.start, p.end))
    for spans in by_text.values():
        spans.sort()
        for a, b in zip(spans, spans[1:], strict=False):
            if b[0] < a[1]:
                raise ValueError(f"planted spans overlap: {a} {b}")
    for o in corpus.ordinary:
        if corpus.texts[o.text][o.start : o.end] != o.word:
            raise ValueError(f"ordinary word is not its text: {o}")
        if any(s < o.end and o.start < e for s, e in by_text.get(o.text, [])):
            raise ValueError(f"ordinary word inside an identifier: {o}")
