"""Held-out AN: field notes of a study of repair cafés ("fix-it evenings") run by clubhouses, day
centres and supported housing for people with severe mental illness in Denmark, Sweden, Norway
and Finland, in English with Danish, Swedish, Norwegian and Finnish lines, labels and names, and
with PIQA's published everyday goals and solutions as most of the running text (see
README.md). `generate_heldout_an(seed, size, per_kb)` writes the notes and records every
identifier and every ordinary use of a registered name's word. Nobody who writes or tunes the
redactor may read this folder."""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import date, timedelta
from functools import cache

from casebook.deid.registry import PERSON, PLACE, NameEntry

from bench.heldout_an import lexicon, numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 9391
REALISTIC = 0.7
WORD = re.compile(r"[^\W\d_]+")
SLOT = re.compile(r"\{(N|P|E|U|D|A|T|I)(?::([a-z-]+))?\}")
WORD_SENTENCES_PER_KB = 0.45
_INVISIBLE = {
    "soft-hyphen": "\u00ad",
    "zwsp": "\u200b",
    "zwj": "\u200d",
    "word-joiner": "\u2060",
    "bom": "\ufeff",
}
_ROWS = ["qwertyuiopå", "asdfghjkløæ", "zxcvbnm"]
_FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "å": "a", "Å": "A", "ä": "a",
                       "Ä": "A", "ö": "o", "Ö": "O", "é": "e", "ü": "u", "ı": "i", "ś": "s",
                       "ł": "l", "İ": "I"})  # fmt: skip
_COUNTRY = {"da": "da", "sv": "sv", "no": "no", "fi": "fi", "en": "en", "moved": "da"}
_LANGS = ["en", "da", "sv", "no", "fi"]


def hidden(text: str) -> bool:
    """An invisible or compatibility character inside `text`."""
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, (list, tuple, set)):
        return [s for v in value for s in _strings(v)]
    return []


@cache
def _vocabulary() -> frozenset[str]:
    """Every word the notes write outside names: published and own sentences, frames, labels."""
    texts = [s for name in dir(lexicon) if name.isupper() for s in _strings(getattr(lexicon, name))]
    texts += list(people.sentences()["en"]) + people.OWN_ORDINARY["en"]
    words = {w.lower() for t in texts for w in WORD.findall(SLOT.sub(" ", t))}
    return frozenset(words)


def _usable(name: str) -> bool:
    return not any(w.lower() in _vocabulary() for w in WORD.findall(name))


@cache
def _cast() -> tuple[tuple[NameEntry, ...], dict[str, str]]:
    """The registry: about 110 people (25 bearing a word-name) and 13 towns, from a fixed seed."""
    rng = random.Random(4409)
    entries: list[NameEntry] = []
    lang_of: dict[str, str] = {}
    used: set[str] = set()

    def add(full: str, lang: str) -> None:
        n = len(entries) + 1
        key = f"p{n:03d}"
        entries.append(NameEntry(key=key, canonical=full, tag=f"[Person {n}]", kind=PERSON))
        lang_of[key] = lang
        used.add(full)

    counts = {"da": 30, "moved": 12, "sv": 14, "no": 12, "fi": 12, "en": 5}
    for lang, count in counts.items():
        given = [g for g in people.given(lang) if _usable(g)]
        family = [f for f in people.family(lang) if _usable(f)]
        rng.shuffle(given)
        made = 0
        while made < count:
            full = f"{given[made % len(given)]} {rng.choice(family)}"
            if full not in used:
                add(full, lang)
                made += 1
    for lang, words in people.GIVEN_WORD_NAMES.items():
        for word in words:
            add(f"{word} {rng.choice(people.family(lang))}", lang)
    pairs = {"en": ["en", "en", "da", "sv"], "sv": ["sv"], "no": ["no"]}
    for lang, words in people.FAMILY_WORD_NAMES.items():
        for word in words:
            given_lang = rng.choice(pairs[lang])
            given = rng.choice([g for g in people.given(given_lang) if _usable(g)])
            add(f"{given} {word}", lang)
    for t, town in enumerate([t for v in lexicon.TOWNS.values() for t in v], start=1):
        entries.append(NameEntry(key=f"t{t:02d}", canonical=town, tag=f"[Town {t}]", kind=PLACE))
        lang_of[f"t{t:02d}"] = next(k for k, v in lexicon.TOWNS.items() if town in v)
    return tuple(entries), lang_of


class Note:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[tuple[int, int, str, str, str, bool, str | None]] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def span(self, written: str, kind: str, form: str, value: str, exact: bool = False,
             key: str | None = None) -> None:  # fmt: skip
        self.spans.append((self.length, self.length + len(written), kind, form, value, exact, key))
        self.add(written)

    def text(self) -> str:
        return "".join(self.parts)

    def size(self) -> int:
        return len(self.text().encode("utf-8"))


class Deck:
    """Items drawn in a shuffled order, every one before any again."""

    def __init__(self, rng: random.Random, items: list) -> None:
        self.rng, self.items, self.left = rng, list(items), []

    def draw(self):  # noqa: ANN201
        if not self.left:
            self.left = list(self.items)
            self.rng.shuffle(self.left)
        return self.left.pop()


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _slip(rng: random.Random, name: str) -> tuple[str, str]:
    """A slip people type: a letter dropped, doubled, swapped, a neighbouring key, or the space
    typed a letter early."""
    kinds = ["slip-drop", "slip-double", "slip-swap", "slip-key"] + ["slip-space"] * (" " in name)
    kind = rng.choice(kinds)
    letters = [i for i, c in enumerate(name) if c.isalpha() and 0 < i < len(name) - 1]
    i = rng.choice(letters) if letters else 1
    if kind == "slip-drop":
        out = name[:i] + name[i + 1 :]
    elif kind == "slip-double":
        out = name[:i] + name[i] + name[i:]
    elif kind == "slip-swap":
        j = next((k for k in letters if name[k] != name[k + 1] and name[k + 1].isalpha()), None)
        if j is None:
            return name[:i] + name[i] + name[i:], "slip-double"
        out = name[:j] + name[j + 1] + name[j] + name[j + 2 :]
    elif kind == "slip-space":
        s = name.index(" ")
        out = name[: s - 1] + " " + name[s - 1] + name[s + 1 :]
    else:
        c = name[i].lower()
        row = next((r for r in _ROWS if c in r), None)
        if row is None:
            return name[:i] + name[i + 1 :], "slip-drop"
        k = row.index(c)
        near = row[k - 1] if k > 0 and (k == len(row) - 1 or rng.random() < 0.5) else row[k + 1]
        out = name[:i] + (near.upper() if name[i].isupper() else near) + name[i + 1 :]
    return out, kind


def _fi_ending(name: str, case: str) -> str:
    """The Finnish case ending glued to `name`: "lle", "lta", "n", "lla", "sta" ("ille" after a
    consonant), with front vowels when the name has no back vowel."""
    ending = {"fi-all": "lle", "fi-abl": "lta", "fi-gen": "n", "fi-com": "n", "fi-ade": "lla",
              "fi-ela": "sta"}[case]  # fmt: skip
    if not any(c in "aouAOU" for c in name):
        ending = ending.replace("a", "ä")
    if name[-1].lower() not in "aeiouyäöå":
        ending = "i" + ending
    return ending


_HOWS = (["exact"] * 30 + ["lower"] * 7 + ["upper"] * 7 + ["ascii"] * 7 + ["misspelt"] * 8
         + ["invisible"] * 10)  # fmt: skip


class Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        entries, self.lang_of = _cast()
        self.people = [e for e in entries if e.kind == PERSON]
        self.towns = [e for e in entries if e.kind == PLACE]
        self.words = {w.lower() for w in people.WORD_NAMES}
        self.bearers = [e for e in self.people if set(e.canonical.lower().split()) & self.words]
        self.person_deck = Deck(rng, self.people + self.bearers)  # a bearer named a little more
        self.diacritic_deck = Deck(
            rng, [e for e in self.people if e.canonical != _fold(e.canonical)]
        )
        self.how_deck = Deck(rng, _HOWS)
        self.invisible_deck = Deck(rng, [*_INVISIBLE, "full-width", "nbsp"])
        self.strangers = {
            lang: Deck(
                rng,
                [(g, f) for g in people.stranger_given(lang) for f in people.stranger_family(lang)],
            )  # fmt: skip
            for lang in people.NAME_LANGS
        }
        self.stranger_langs = Deck(rng, ["da"] * 4 + ["sv"] * 2 + ["no"] * 2 + ["fi"] * 2 + ["en"])
        self.regions = Deck(rng, [r for r, k in numbers.PLANS.items() for _ in range(k)])
        self.id_countries = Deck(rng, [c for c, k in numbers.WEIGHTS.items() for _ in range(k)])
        self.hidden_phone = Deck(rng, ["plain"] * 13 + ["hidden-full-width", "hidden-zwsp",
                                                        "hidden-nbsp"])  # fmt: skip
        self.hidden_id = Deck(rng, ["plain"] * 10 + ["hidden-zwsp", "hidden-full-width"])
        self.frames = {
            kind: Deck(rng, [f for f in lexicon.FRAMES if _first_kind(f[1]) == kind])
            for kind in "NPEUDATI"
        }
        self.case_frames = Deck(rng, [f for f in lexicon.FRAMES if re.search(r"\{N:", f[1])])
        self.kinds = Deck(rng, list("NNNNNNNNNNDDDPPIIIAAEEUTTCCC"))
        self.labels = {
            kind: Deck(rng, [lab for lab in lexicon.LABELS if lab[1] == kind])
            for kind in "NPEUDATI"
        }
        self.label_kinds = Deck(rng, list("NNNPPIIEADDDUT"))
        units = [tuple(s for s in u if not self._has_word(s)) for u in people.units()]
        self.units = Deck(rng, [u for u in units if u])
        self.unit: list[str] = []
        self.word_deck = Deck(rng, people.WORD_NAMES)
        self.published_decks = {w: Deck(rng, list(v)) for w, v in people.by_word().items() if v}
        self.own_decks = {w: Deck(rng, v) for w, v in people.own_by_word().items()}
        self.published_uses: dict[str, int] = {}
        self.observations = Deck(rng, [
            f"{a} {b} {c}, {d}." for a in lexicon.OBSERVE_WHO for b in lexicon.OBSERVE_DID
            for c in lexicon.OBSERVE_WHEN for d in lexicon.OBSERVE_AFTER])  # fmt: skip
        self.leads = Deck(rng, lexicon.SAID_LEADS)
        self.replies = {lang: Deck(rng, v) for lang, v in lexicon.REPLIES.items()}
        self.speakers = Deck(rng, [s for v in lexicon.SPEAKERS.values() for s in v])
        self.emails = Deck(rng, ["dot", "plain", "initial", "underscore", "given"])
        self.urls = Deck(rng, ["signup", "calendar", "video", "bare", "query"])
        self.address_langs = Deck(
            rng, ["da"] * 3 + ["sv"] * 2 + ["no"] * 2 + ["fi"] * 2 + ["gb"] * 2
        )
        self.date_langs = Deck(rng, ["en"] * 8 + ["da", "sv", "no", "fi"])
        self.date_shapes = {lang: Deck(rng, list(_DATE_SHAPES[lang])) for lang in _LANGS}

    def _has_word(self, sentence: str) -> bool:
        return any(w.lower() in self.words for w in WORD.findall(sentence))

    # --- identifiers ---------------------------------------------------------------------
    def _form_of(self, e: NameEntry) -> str:
        """Given, family or full name; a word-name bearer by the word-name three times in four."""
        given, family = e.canonical.split(" ", 1)
        if family.lower() in self.words or given.lower() in self.words:
            word = family if family.lower() in self.words else given
            if self.rng.random() < 0.75:
                return word
        return self.rng.choice([given, family, e.canonical, e.canonical])

    def name(self, note: Note, style: str, case: str = "", present: str = "") -> None:
        rng = self.rng
        if case:
            self._inflected(note, style, case)
            return
        if rng.random() < 0.34:
            lang = self.stranger_langs.draw()
            g, f = self.strangers[lang].draw()
            written = f"{g} {f}" if rng.random() < 0.8 else g
            note.span(written, "name", f"{style}/{lang}/?/stranger{present}", written)
            return
        how = self.how_deck.draw()
        e = self.diacritic_deck.draw() if how == "ascii" else self.person_deck.draw()
        form = self._form_of(e)
        if how == "ascii" and form == _fold(form):
            form = e.canonical
        country = _COUNTRY[self.lang_of[e.key]]
        written, detail = form, how
        if how == "lower":
            written = form.lower()
        elif how == "upper":
            written = form.upper()
        elif how == "ascii":
            written = _fold(form)
        elif how == "misspelt":
            written, detail = _slip(rng, form)
        elif how == "invisible":
            kind = self.invisible_deck.draw()
            if kind == "nbsp" and " " not in form:
                form = e.canonical
            if kind == "full-width" and not ("A" <= form[0] <= "Z"):
                kind = "zwsp"
            if kind == "nbsp":
                written = form.replace(" ", "\u00a0")
            elif kind == "full-width":
                written = _full_width(form[0]) + form[1:]
            else:
                i = rng.randint(1, len(form) - 1)
                if form[i - 1] == " " or form[i] == " ":
                    i = 1
                written = form[:i] + _INVISIBLE[kind] + form[i:]
            detail = f"invisible-{kind}"
        note.span(written, "name", f"{style}/{country}/?/{detail}{present}", form,
                  exact=written == form, key=e.key)  # fmt: skip

    def _inflected(self, note: Note, style: str, case: str) -> None:
        while True:
            e = self.person_deck.draw()
            given, family = e.canonical.split(" ", 1)
            form = self._form_of(e) if self.rng.random() < 0.5 else given
            if " " in form:
                form = given
            if case == "gen" and form[-1] in "sxzSXZ":
                continue
            break
        ending = "s" if case == "gen" else _fi_ending(form, case)
        country = _COUNTRY[self.lang_of[e.key]]
        note.span(form, "name", f"{style}/{country}/?/{case}", form, exact=True, key=e.key)
        note.add(ending)

    def phone(self, note: Note, style: str) -> None:
        region = self.regions.draw()
        nsn, groups = numbers.draw(self.rng, region)
        written, shape = numbers.write(self.rng, region, nsn, groups)
        how = self.hidden_phone.draw()
        if how == "hidden-full-width":
            written = "".join(_full_width(c) if c.isdigit() else c for c in written)
        elif how == "hidden-zwsp":
            digits = [i for i, c in enumerate(written) if c.isdigit()][2:-1]
            i = self.rng.choice(digits)
            written = written[:i] + "\u200b" + written[i:]
        elif how == "hidden-nbsp":
            if " " in written:
                written = written.replace(" ", "\u00a0")
            else:
                how = "plain"
        note.span(written, "phone", f"{style}/{region}/{shape}/{how}", numbers.e164(region, nsn))

    def ident(self, note: Note, style: str) -> None:
        country = self.id_countries.draw()
        build, _module = numbers.BUILDERS[country]
        value, shape = build(self.rng)
        how = self.hidden_id.draw()
        written = value
        if how == "hidden-zwsp":
            i = self.rng.randint(2, len(value) - 2)
            written = value[:i] + "\u200b" + value[i:]
        elif how == "hidden-full-width":
            written = _full_width(value)
        note.span(written, "personnummer", f"{style}/{country}/{shape}/{how}", value)

    def email(self, note: Note, style: str) -> None:
        e = self.person_deck.draw()
        given, family = (_fold(p).lower() for p in e.canonical.split(" ", 1))
        family = family.replace(" ", "")
        shape = self.emails.draw()
        local = {"dot": f"{given}.{family}", "plain": f"{given}{family}",
                 "initial": f"{given[0]}.{family}", "underscore": f"{given}_{family}",
                 "given": f"{given}{self.rng.randint(2, 99)}"}[shape]  # fmt: skip
        domain = self.rng.choice(["example.org", "example.net", "example.com", "fixit.example.dk",
                                  "lagning.example.se", "korjaamo.example.fi"])  # fmt: skip
        written = f"{local}@{domain}"
        note.span(written, "email", f"{style}/en/{shape}", written)

    def url(self, note: Note, style: str) -> None:
        shape = self.urls.draw()
        n = self.rng.randint(100, 9999)
        written = {
            "signup": f"https://example.org/repair/signup/{n}",
            "calendar": f"https://www.example.net/fixit/kalender?uge={n}",
            "video": f"https://video.example.com/v/{n}rk",
            "bare": f"example.org/korjaamo/{n}",
            "query": f"https://example.com/tools?item={n}&lang=sv",
        }[shape]
        note.span(written, "url", f"{style}/en/{shape}", written)

    def place(self, note: Note, style: str, case: str = "") -> None:
        if case == "fi-in":
            e = self.rng.choice([t for t in self.towns if t.canonical in lexicon.FI_IN])
            ending = lexicon.FI_IN[e.canonical]
            if not any(c in "aou" for c in e.canonical):
                ending = ending.replace("a", "ä")
        elif case == "gen":
            e = self.rng.choice([t for t in self.towns if t.canonical not in lexicon.FI_IN])
            ending = "s"
        else:
            e, ending = self.rng.choice(self.towns), ""
        lang = self.lang_of[e.key]
        shape = "inflected" if ending else "registered"
        note.span(e.canonical, "place", f"{style}/{lang}/{shape}", e.canonical, True, e.key)
        note.add(ending)

    def address(self, note: Note, style: str) -> None:
        rng = self.rng
        lang = self.address_langs.draw()
        street = rng.choice(lexicon.STREETS[lang])
        n = rng.randint(1, 48)
        town = rng.choice(lexicon.TOWNS[lang]) if lang != "gb" else ""
        with_town = rng.random() < 0.6
        if lang == "da":
            line, shape = (
                f"{street} {n}, {rng.randint(1, 4)}. {rng.choice(['th', 'tv', 'mf'])}.",
                "floor",
            )
        elif lang == "sv":
            line, shape = f"{street} {n} lgh {rng.randint(10, 14)}0{rng.randint(1, 4)}", "lgh"
        elif lang == "no":
            line, shape = f"{street} {n}{rng.choice('ABC')}", "letter"
        elif lang == "fi":
            line, shape = f"{street} {n} {rng.choice('ABC')} {rng.randint(1, 40)}", "staircase"
        else:
            line, shape, with_town = f"{n} {street}", "gb", True
        if with_town:
            line += ", " + (rng.choice(lexicon.GB_TOWNS) if lang == "gb"
                            else f"{lexicon.POSTCODES[town]} {town}")  # fmt: skip
            shape += "-town"
        note.span(line, "address", f"{style}/{lang}/{shape}", line)

    def date(self, note: Note, style: str, lang: str) -> None:
        d = date(2025, 1, 1) + timedelta(days=self.rng.randint(0, 729))
        shape = self.date_shapes[lang].draw()
        before, written = _DATE_SHAPES[lang][shape](d, self.rng)
        note.add(before)
        note.span(written, "date", f"{style}/{lang}/{shape}", written)

    def slot(self, note: Note, style: str, kind: str, extra: str, lang: str) -> None:
        if kind == "N":
            self.name(note, style, extra)
        elif kind == "P":
            self.phone(note, style)
        elif kind == "I":
            self.ident(note, style)
        elif kind == "E":
            self.email(note, style)
        elif kind == "U":
            self.url(note, style)
        elif kind == "T":
            self.place(note, style, extra)
        elif kind == "A":
            self.address(note, style)
        else:
            self.date(note, style, lang if lang != "en" else self.date_langs.draw())

    def fill(self, note: Note, text: str, style: str, lang: str) -> int:
        count, at = 0, 0
        for m in SLOT.finditer(text):
            note.add(text[at : m.start()])
            self.slot(note, style, m.group(1), m.group(2) or "", lang)
            count += 1
            at = m.end()
        note.add(text[at:])
        return count

    def frame(self, left: int) -> tuple[str, str]:
        """A running frame with at most `left` identifiers."""
        while True:
            kind = self.kinds.draw()
            deck = self.case_frames if kind == "C" else self.frames[kind]
            lang, text = deck.draw()
            if len(SLOT.findall(text)) <= left:
                return lang, text

    # --- running text --------------------------------------------------------------------
    def next_published(self) -> str:
        """The next published sentence: the rest of the current item, then a new item."""
        if not self.unit:
            self.unit = list(self.units.draw())
        return self.unit.pop(0)

    def published_line(self) -> str:
        if self.rng.random() < 0.12 and self.unit == []:
            return self.leads.draw() + self.next_published()
        return self.next_published()

    def other_line(self) -> str:
        r = self.rng.random()
        if r < 0.75:
            return self.observations.draw()
        return self.replies[self.rng.choice(_LANGS)].draw()

    def word_sentence(self) -> str:
        word = self.word_deck.draw()
        if word in self.published_decks and self.rng.random() < _published_share(word):
            sentence = self.published_decks[word].draw()
            if self.published_uses.get(sentence, 0) < 4:  # never more than four times
                self.published_uses[sentence] = self.published_uses.get(sentence, 0) + 1
                return sentence
        return self.own_decks[word].draw()

    def running(self, k: int) -> list[str]:
        return [self.published_line() if self.rng.random() < 0.55 else self.other_line()
                for _ in range(k)]  # fmt: skip


def _fold(text: str) -> str:
    return text.translate(_FOLD)


# how often a word-name's sentence is a published one: near four uses of each published
# sentence at 5 MB (a word is drawn about 95 times there), at most 95 draws in 100
def _published_share(word: str) -> float:
    return min(0.95, 4 * len(people.by_word()[word]) / 95)


def _first_kind(text: str) -> str:
    m = SLOT.search(text)
    return m.group(1) if m else ""


def _suffix(d: int) -> str:
    if d in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


M = lexicon.MONTHS
W = lexicon.WEEKDAYS
_DATE_SHAPES = {
    "en": {
        "day-month-year": lambda d, r: ("", f"{d.day} {M['en'][d.month - 1]} {d.year}"),
        "month-day-year": lambda d, r: ("", f"{M['en'][d.month - 1]} {d.day}, {d.year}"),
        "weekday": lambda d, r: ("", f"{W['en'][d.weekday()]} {d.day} {M['en'][d.month - 1]}"),
        "weekday-short": lambda d, r: (
            "", f"{W['en'][d.weekday()][:3]} {d.day} {M['en'][d.month - 1][:3]} {d.year}"),
        "ordinal": lambda d, r: ("the ", f"{d.day}{_suffix(d.day)} of {M['en'][d.month - 1]}"),
        "range": lambda d, r: ("", f"{min(d.day, 26)}–{min(d.day, 26) + 2} {M['en'][d.month - 1]}"),
        "iso": lambda d, r: ("", d.isoformat()),
        "slash": lambda d, r: ("", f"{d.day:02d}/{d.month:02d}/{d.year}"),
    },
    "da": {
        "da-long": lambda d, r: ("", f"{d.day}. {M['da'][d.month - 1]} {d.year}"),
        "da-weekday": lambda d, r: (
            "", f"{W['da'][d.weekday()]} den {d.day}. {M['da'][d.month - 1]}"),
        "da-dash": lambda d, r: ("", f"{d.day:02d}-{d.month:02d}-{d.year}"),
        "da-den": lambda d, r: ("", f"den {d.day}. {M['da'][d.month - 1]}"),
    },
    "sv": {
        "sv-long": lambda d, r: ("", f"{d.day} {M['sv'][d.month - 1]} {d.year}"),
        "sv-weekday": lambda d, r: (
            "", f"{W['sv'][d.weekday()]}en den {d.day} {M['sv'][d.month - 1]}"),
        "sv-den": lambda d, r: ("", f"den {d.day} {M['sv'][d.month - 1]}"),
        "sv-iso": lambda d, r: ("", d.isoformat()),
    },
    "no": {
        "no-long": lambda d, r: ("", f"{d.day}. {M['no'][d.month - 1]} {d.year}"),
        "no-digits": lambda d, r: ("", f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"),
        "no-weekday": lambda d, r: ("", f"{W['no'][d.weekday()]} {d.day}. {M['no'][d.month - 1]}"),
    },
    "fi": {
        "fi-digits": lambda d, r: ("", f"{d.day}.{d.month}.{d.year}"),
        "fi-weekday": lambda d, r: ("", f"{W['fi'][d.weekday()]} {d.day}.{d.month}."),
        "fi-long": lambda d, r: ("", f"{d.day}. {M['fi'][d.month - 1]} {d.year}"),
    },
}  # fmt: skip


# --- layouts ---------------------------------------------------------------------------------
def _label(w: Writer, note: Note, kind: str | None = None) -> int:
    kind = kind or w.label_kinds.draw()
    label, slot, lang = w.labels[kind].draw()
    note.add(f"{label} ")
    if slot == "D":
        w.date(note, "label", lang)
    else:
        w.slot(note, "label", slot, "", lang)
    note.add("\n")
    return 1


def _present(w: Writer, note: Note, lang: str, left: int) -> int:
    k = min(left, w.rng.randint(2, 4))
    note.add(w.rng.choice(lexicon.PRESENT[lang]) + " ")
    for i in range(k):
        if i:
            note.add(", ")
        w.name(note, "list", present="/present")
        if w.rng.random() < 0.25:
            note.add(" " + w.rng.choice(lexicon.ROLES))
    note.add("\n")
    return k


def _paragraph(w: Writer, note: Note, style: str, left: int, words: list[str]) -> int:
    """Running sentences around at most one frame with identifiers (when `left`), and the
    note's word-name sentences as they fall due."""
    sentences = w.running(w.rng.randint(1, 3))
    if words and w.rng.random() < 0.6:
        sentences.insert(w.rng.randint(0, len(sentences)), words.pop())
    placed = 0
    if left:
        lang, text = w.frame(left)
        at = w.rng.randint(0, len(sentences))
        for s in sentences[:at]:
            note.add(s + " ")
        placed = w.fill(note, text, style, lang)
        for s in sentences[at:]:
            note.add(" " + s)
    else:
        note.add(" ".join(sentences))
    note.add("\n\n")
    return placed


def _thread_line(w: Writer, note: Note, left: int, words: list[str]) -> int:
    placed = 0
    if left and w.rng.random() < 0.45:
        w.name(note, "thread")
        note.add(": ")
        placed = 1
    else:
        note.add(w.speakers.draw() + " ")
    if words and w.rng.random() < 0.3:
        note.add(words.pop())
    elif left - placed and w.rng.random() < 0.5:
        lang, text = w.frame(left - placed)
        placed += w.fill(note, text, "thread", lang)
    elif w.rng.random() < 0.15:
        note.add(w.replies[w.rng.choice(_LANGS)].draw())
    else:
        note.add(w.published_line())
    note.add("\n")
    return placed


def _tips_pair(w: Writer, note: Note, left: int, words: list[str]) -> int:
    lang = w.rng.choice(["en"] * 6 + ["da", "sv", "no", "fi"])
    if not w.unit:
        w.unit = list(w.units.draw())
    note.add(w.rng.choice(lexicon.CARD_LEADS[lang]) + w.unit.pop(0) + "\n")
    while w.unit:
        note.add(w.rng.choice(lexicon.ANSWER_LEADS[lang]) + w.unit.pop(0) + "\n")
    placed = 0
    if left and w.rng.random() < 0.6:
        flang, text = w.frame(left)
        placed = w.fill(note, text, "tips", flang)
        note.add("\n")
    if words and w.rng.random() < 0.5:
        note.add(words.pop() + "\n")
    note.add("\n")
    return placed


def _compose(w: Writer, style: str, target: int, wanted: int, number: int) -> Note:
    rng = w.rng
    note = Note()
    tail = rng.choice(lexicon.HEAD_TAILS[style])
    note.add(f"{lexicon.TITLES[style]}, {tail}, sheet {number}\n\n")
    lang = rng.choice(_LANGS)
    words = [w.word_sentence() for _ in range(_round(rng, target / 1000 * WORD_SENTENCES_PER_KB))]
    placed = 0
    sign = False
    if style == "letter":
        if wanted - placed > 1 and rng.random() < 0.6:
            note.add(rng.choice(lexicon.HEADERS[lang]) + " ")
            w.name(note, "header")
            note.add("\n\n")
            placed += 1
        if wanted - placed > 1 and rng.random() < 0.7:
            note.add(rng.choice(lexicon.GREETINGS[lang]) + " ")
            w.name(note, "greeting")
            note.add(",\n\n")
            placed += 1
        else:
            note.add(lexicon.GREETINGS_ALL[lang] + "\n\n")
        sign = wanted - placed >= 1 and rng.random() < 0.9
    elif style == "minutes" and wanted:
        placed += _present(w, note, lang, min(wanted - placed, rng.randint(2, 3)))
        note.add("\n")
    elif style == "form":
        for _ in range(min(wanted - placed, rng.randint(1, 2))):
            placed += _label(w, note)
        note.add("\n")
    reserve = int(sign)
    while True:
        left = wanted - placed - reserve
        if note.size() >= target and left <= 0:
            break
        due = left > 0 and (note.size() >= target or rng.random() < 0.5)
        r = rng.random()
        if due and style in ("visit", "diary", "tips") and r < 0.08:
            placed += _label(w, note)
        elif due and style == "minutes" and r < 0.15 and left >= 2:
            placed += _present(w, note, lang, left)
        elif due and style == "form" and r < 0.15:
            placed += _label(w, note)
        elif style == "thread":
            placed += _thread_line(w, note, left if due else 0, words)
        elif style == "tips":
            placed += _tips_pair(w, note, left if due else 0, words)
        else:
            placed += _paragraph(w, note, style, left if due else 0, words)
    for s in words:
        note.add(s + "\n")
    if style == "letter":
        note.add(rng.choice(lexicon.SIGN_OFFS[lang]) + "\n")
        if sign:
            w.name(note, "signature")
            note.add("\n")
    return note


def _round(rng: random.Random, x: float) -> int:
    return int(x) + (rng.random() < x - int(x))


def _finish(index: int, note: Note, forms: dict[str, set[str]], person_forms: set[str],
            words: set[str]) -> tuple[str, list[Planted], list[Ordinary]]:  # fmt: skip
    text = note.text().rstrip("\n") + "\n"
    planted = []
    for start, end, kind, form, value, exact, key in note.spans:
        if kind == "name":
            category = name_category(text[start:end], exact, key, text, start, end, forms)
            form = form.replace("/?/", f"/{category}/")
        planted.append(Planted(index, start, end, kind, form, value, exact, key))
    spans = [(p.start, p.end) for p in planted]
    ordinary = []
    for m in WORD.finditer(text):
        if m.group().lower() not in person_forms:
            continue
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        before = text[: m.start()].rstrip(" ")
        initial = not before or before[-1] in ".!?:\n-•([“\"'"
        form = "homograph/initial" if initial else "homograph/inner"
        ordinary.append(Ordinary(index, m.start(), m.end(), m.group(), form))
    return text, planted, ordinary


def generate_heldout_an(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    """Held-out AN's notes, about `size` bytes, `per_kb` identifiers per kilobyte."""
    rng = random.Random(seed)
    w = Writer(rng)
    entries = _cast()[0]
    forms = {e.key: entry_forms(e) for e in entries}
    person_forms = set().union(*(forms[e.key] for e in entries if e.kind == PERSON))
    words = {x.lower() for x in people.WORD_NAMES}
    styles = Deck(rng, list(lexicon.TITLES))
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    total = 0
    while total < size:
        left = size - total
        target = rng.randint(1100, 5300)
        if left < target + 1100:
            target = max(left, 200) if left < 5300 else left // 2
        wanted = max(0, round(per_kb * (total + target) / 1000) - len(planted))
        note = _compose(w, styles.draw(), target, wanted, rng.randint(11, 480))
        text, p, o = _finish(len(texts), note, forms, person_forms, words)
        texts.append(text)
        planted += p
        ordinary += o
        total += len(text.encode("utf-8"))
    return Corpus(texts=texts, registry_people=list(entries), planted=planted, ordinary=ordinary)


def check(corpus: Corpus) -> None:
    """Every span inside its text, no two overlapping, no ordinary word inside an identifier."""
    by_text: dict[int, list[tuple[int, int]]] = {}
    for p in corpus.planted:
        if not 0 <= p.start < p.end <= len(corpus.texts[p.text]):
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
