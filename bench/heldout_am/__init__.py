"""Held-out AM: field notes of winter-bathing and sauna clubs in Nordic towns, in English with
Danish, Swedish, Norwegian and Finnish lines, names, labels and dates, with planted
identifiers and ordinary uses of 25 word-names, and running text from the ETHICS dataset's
everyday scenarios.

    corpus = generate_heldout_am(SEED, 5_000_000)

Written apart from the redactor and from every other set; see README.md. Nobody who writes or
tunes the redactor may read this folder.
"""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import date, timedelta
from functools import cache

from casebook.deid.registry import PERSON, PLACE, NameEntry

from bench.heldout_am import lexicon, numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 9497
REALISTIC = 0.7
WORD = re.compile(r"[^\W\d_]+")
SLOT = re.compile(r"\{(N|P|E|U|D|A|T|I)(?::([a-z-]+))?\}")
_INVISIBLE = {
    "invisible-soft-hyphen": "\u00ad",
    "invisible-zwsp": "\u200b",
    "invisible-zwj": "\u200d",
    "invisible-word-joiner": "\u2060",
    "invisible-bom": "\ufeff",
}
_ROWS = ["qwertyuiopå", "asdfghjkløæ", "zxcvbnm"]
_FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "å": "a", "Å": "A", "ä": "a",
                       "Ä": "A", "ö": "o", "Ö": "O", "é": "e", "ś": "s", "ž": "z", "ć": "c",
                       "č": "c", "š": "s", "ğ": "g"})  # fmt: skip
_COUNTRY = {"da": "da", "sv": "sv", "no": "no", "fi": "fi", "en": "en", "moved": "da"}
_DATE_LANG = {"en", "da", "sv", "no", "fi"}


def hidden(text: str) -> bool:
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


@cache
def _vocabulary() -> frozenset[str]:
    """Every word the notes write outside identifiers (lower case)."""
    words: set[str] = set()
    for v in people.sentences().values():
        for s in v:
            words.update(w.lower() for w in WORD.findall(s))
    for s in people.OWN_ORDINARY["en"]:
        words.update(w.lower() for w in WORD.findall(s))
    for name in dir(lexicon):
        value = getattr(lexicon, name)
        if name.isupper():
            words.update(w.lower() for w in WORD.findall(repr(value)))
    return frozenset(words)


def _usable(name: str) -> bool:
    return not any(p.lower() in _vocabulary() for p in re.split(r"[\s-]+", name))


@cache
def _cast() -> tuple[tuple[NameEntry, ...], dict[str, list[tuple[str, str]]], tuple]:
    """Registered people and towns, strangers by language, and word-name bearers."""
    rng = random.Random(4049)
    entries: list[NameEntry] = []
    strangers: dict[str, list[tuple[str, str]]] = {}
    bearers = []
    n = 0
    plan = {"da": 30, "moved": 12, "sv": 18, "no": 14, "fi": 14, "en": 14}
    for lang, count in plan.items():
        given = [g for g in people.given(lang) if _usable(g)]
        family = [f for f in people.family(lang) if _usable(f)]
        rng.shuffle(given)
        rng.shuffle(family)
        cut_g, cut_f = int(len(given) * 0.62), int(len(family) * 0.62)
        reg_g, reg_f = given[:cut_g], family[:cut_f]
        strangers[lang] = [(g, f) for g in given[cut_g:] for f in family[cut_f:]]
        rng.shuffle(strangers[lang])
        for i in range(count):
            n += 1
            g, f = reg_g[i % len(reg_g)], reg_f[(i * 7) % len(reg_f)]
            entries.append(NameEntry(key=f"p{n:03d}", canonical=f"{g} {f}",
                                     tag=f"[Person {n}]", kind=PERSON))  # fmt: skip
    langs_of = {}
    for lang, words in people.GIVEN_WORD_NAMES.items():
        for w in words:
            langs_of[w] = (lang, "given")
    for lang, words in people.FAMILY_WORD_NAMES.items():
        for w in words:
            langs_of[w] = (lang, "family")
    for word in people.WORD_NAMES:
        lang, part = langs_of[word]
        n += 1
        if part == "given":
            f = rng.choice([x for x in people.family(lang if lang != "en" else "en") if _usable(x)])
            full = f"{word} {f}"
        else:
            source = rng.choice(["en", "en", "da", "sv"])
            g = rng.choice([x for x in people.given(source) if _usable(x)])
            full = f"{g} {word}"
        e = NameEntry(key=f"p{n:03d}", canonical=full, tag=f"[Person {n}]", kind=PERSON)
        entries.append(e)
        bearers.append((e, word, lang))
    t = 0
    for towns in lexicon.TOWNS.values():
        for town in towns:
            t += 1
            entries.append(NameEntry(key=f"t{t:02d}", canonical=town, tag=f"[Town {t}]",
                                     kind=PLACE))  # fmt: skip
    return tuple(entries), strangers, tuple(bearers)


_LANG_OF: dict[str, str] = {}


def _lang_of(e: NameEntry) -> str:
    if not _LANG_OF:
        for lang in (*people.NAME_LANGS, "moved"):
            for g in people.given(lang):
                _LANG_OF.setdefault(g, lang)
        for lang, words in people.GIVEN_WORD_NAMES.items():
            for w in words:
                _LANG_OF[w] = lang
    first = e.canonical.split()[0]
    return _COUNTRY[_LANG_OF.get(first, "en")]


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
    """Items drawn in shuffled rounds: every one before any again."""

    def __init__(self, rng: random.Random, items: list) -> None:
        self.rng, self.items, self.left = rng, list(items), []  # type: list

    def draw(self):  # noqa: ANN201
        if not self.left:
            self.left = list(self.items)
            self.rng.shuffle(self.left)
        return self.left.pop()


def _slip(rng: random.Random, name: str) -> tuple[str, str]:
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    for _ in range(20):
        how = rng.choice(["slip-drop", "slip-double", "slip-swap", "slip-key", "slip-key",
                          "slip-space"])  # fmt: skip
        i = rng.choice(letters[1:-1] or letters)
        if how == "slip-drop":
            out = name[:i] + name[i + 1 :]
        elif how == "slip-double":
            out = name[:i] + name[i] + name[i:]
        elif how == "slip-swap":
            if i + 1 >= len(name) or not name[i + 1].isalpha():
                continue
            out = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
        elif how == "slip-key":
            c = name[i].lower()
            row = next((r for r in _ROWS if c in r), None)
            if row is None:
                continue
            j = row.index(c)
            near = [row[k] for k in (j - 1, j + 1) if 0 <= k < len(row)]
            new = rng.choice(near)
            out = name[:i] + (new.upper() if name[i].isupper() else new) + name[i + 1 :]
        else:
            sp = name.find(" ")
            if sp < 2:
                continue
            out = name[: sp - 1] + " " + name[sp - 1].lower() + name[sp + 1 :]
        if out.lower() != name.lower() and out.strip() == out:
            return out, how
    return name[:-1] + name[-1] * 2, "slip-double"


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


_FI_ENDINGS = {"fi-to": ("lle", "ille"), "fi-from": ("lta", "ilta"), "fi-gen": ("n", "in")}
_HOWS = ["exact"] * 16 + ["lower"] * 4 + ["upper"] * 4 + ["ascii"] * 4 + ["misspelt"] * 4 + [
    "invisible"] * 5 + ["stranger"] * 14  # fmt: skip


class Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        entries, strangers, bearers = _cast()
        self.people = [e for e in entries if e.kind == PERSON]
        self.towns = [e for e in entries if e.kind == PLACE]
        self.folding = [e for e in self.people if e.canonical.translate(_FOLD) != e.canonical]
        self.bearers = Deck(rng, list(bearers))
        self.plain_people = Deck(rng, [e for e in self.people if e not in {b[0] for b in bearers}])
        self.strangers = {k: Deck(rng, v) for k, v in strangers.items()}
        self.stranger_langs = Deck(rng, ["da"] * 4 + ["moved"] * 2 + ["sv", "sv", "no", "fi", "en",
                                                                       "en"])  # fmt: skip
        self.hows = Deck(rng, _HOWS)
        self.invisible = Deck(rng, [*_INVISIBLE, "invisible-full-width", "invisible-nbsp"])
        self.regions = Deck(rng, [r for r, k in numbers.PLANS.items() for _ in range(k)])
        self.id_countries = Deck(rng, [c for c, k in numbers.WEIGHTS.items() for _ in range(k)])
        self.phone_hidden = Deck(rng, ["plain"] * 9 + ["hidden-full-width", "hidden-zwsp",
                                                       "hidden-nbsp"])  # fmt: skip
        self.id_hidden = Deck(rng, ["plain"] * 10 + ["hidden-zwsp", "hidden-full-width"])
        self.frames = {k: Deck(rng, [f for f in lexicon.FRAMES if f[1].count("{") == 1
                                     and SLOT.search(f[1]).group(1) == k])
                       for k in "NPEUDATI"}  # fmt: skip
        self.two_names = Deck(rng, [f for f in lexicon.FRAMES if f[1].count("{N") == 2])
        self.kinds = Deck(rng, list("NNNNNNNNNNNNNNDDDDTTTAAIIPPEEUU"))
        self.labels = Deck(rng, lexicon.LABELS)
        self.label_kinds = Deck(rng, list("NNNTTIIEAADDUP"))
        en = [s for s in people.sentences()["en"]]
        named = {w.lower() for w in people.WORD_NAMES}
        by_word: dict[str, list[str]] = {w: [] for w in named}
        general = []
        for s in en:
            found = [w for w in WORD.findall(s.lower()) if w in named]
            if found:
                by_word[found[0]].append(s)
            else:
                general.append(s)
        self.published = Deck(rng, general)
        plain = set(general)  # the word-names' sentences come only through their decks
        self.questions = Deck(rng, [s for s in people.pool("en", "deon-q") if s in plain])
        self.answers = Deck(rng, [s for s in people.pool("en", "deon-a") if s in plain])
        self.word_deck = Deck(rng, [w.lower() for w in people.WORD_NAMES])
        self.word_published = {w: Deck(rng, v) for w, v in by_word.items() if v}
        own = people.own_by_word()
        self.word_own = {w.lower(): Deck(rng, v) for w, v in own.items()}
        # each published sentence about three times at 5 MB, where a word is drawn ~340 times
        self.word_published_share = {w: min(0.7, 3 * len(v) / 340) for w, v in by_word.items()}
        self.observe = Deck(rng, [
            f"{a} {b} {c}, {d}." for a in lexicon.OBSERVE_WHO for b in lexicon.OBSERVE_DID
            for c in lexicon.OBSERVE_WHEN for d in lexicon.OBSERVE_AFTER])  # fmt: skip
        self.card_leads = {k: Deck(rng, v) for k, v in lexicon.CARD_LEADS.items()}
        self.said = Deck(rng, lexicon.SAID_LEADS)
        self.speakers = Deck(rng, [s for v in lexicon.SPEAKERS.values() for s in v])
        self.replies = Deck(rng, lexicon.THREAD_REPLIES)

    # -- names ---------------------------------------------------------------------------
    def person(self) -> NameEntry:
        if self.rng.random() < 0.3:
            return self.bearers.draw()[0]
        return self.plain_people.draw()

    def name(self, note: Note, style: str, case: str = "", present: bool = False) -> None:
        how = self.hows.draw()
        if case and how in ("invisible",):
            how = "exact"
        suffix = "/present" if present else ""
        if how == "stranger":
            lang = self.stranger_langs.draw()
            g, f = self.strangers[lang].draw()
            written = f"{g} {f}" if self.rng.random() < 0.8 else g
            ending = self._ending(written, case)
            note.span(written, "name", f"{style}/{_COUNTRY[lang]}/?/stranger{suffix}", written)
            note.add(ending)
            return
        e = self.person()
        if how == "ascii":
            e = self.rng.choice(self.folding)
        parts = e.canonical.split()
        word_part = next((p for p in parts if p in people.WORD_NAMES), None)
        r = self.rng.random()
        if word_part and r < 0.75:
            value = word_part
        elif r < 0.5:
            value = e.canonical
        elif r < 0.8:
            value = parts[0]
        else:
            value = parts[-1]
        lang = _lang_of(e)
        written = value
        if how == "lower":
            written = value.lower()
        elif how == "upper":
            written = value.upper()
        elif how == "ascii":
            if value.translate(_FOLD) == value:
                value = e.canonical
            written = value.translate(_FOLD)
        elif how == "misspelt":
            written, how = _slip(self.rng, value)
        elif how == "invisible":
            how = self.invisible.draw()
            if how == "invisible-full-width":
                written = _full_width(value[0]) + value[1:]
            elif how == "invisible-nbsp":
                value = e.canonical
                written = value.replace(" ", "\u00a0")
            else:
                cut = self.rng.randint(1, len(value) - 1)
                written = value[:cut] + _INVISIBLE[how] + value[cut:]
        ending = self._ending(written, case)
        note.span(written, "name", f"{style}/{lang}/?/{how}{suffix}", value,
                  exact=written == value, key=e.key)  # fmt: skip
        note.add(ending)

    def _ending(self, written: str, case: str) -> str:
        if case == "gen":
            return "" if written[-1:].lower() in "sxz" else "s"
        if case in _FI_ENDINGS:
            vowel, consonant = _FI_ENDINGS[case]
            return vowel if written[-1:].lower() in "aeiouyäö" else consonant
        return ""

    # -- other identifiers ---------------------------------------------------------------
    def phone(self, note: Note, style: str) -> None:
        region = self.regions.draw()
        nsn, groups = numbers.draw(self.rng, region)
        written, shape = numbers.write(self.rng, region, nsn, groups)
        hid = self.phone_hidden.draw()
        if hid == "hidden-full-width":
            written = "".join(_full_width(c) if c.isdigit() else c for c in written)
        elif hid == "hidden-zwsp":
            i = max(i for i, c in enumerate(written[:-2]) if c.isdigit())
            written = written[:i] + "\u200b" + written[i:]
        elif hid == "hidden-nbsp":
            if " " in written:
                written = written.replace(" ", "\u00a0")
            else:
                hid = "plain"
        note.span(written, "phone", f"{style}/{region}/{shape}/{hid}", numbers.e164(region, nsn))

    def ident(self, note: Note, style: str, country: str | None = None) -> None:
        country = country or self.id_countries.draw()
        value, shape = numbers.BUILDERS[country][0](self.rng)
        hid = self.id_hidden.draw()
        written = value
        if hid == "hidden-zwsp":
            i = self.rng.randint(2, len(value) - 2)
            written = value[:i] + "\u200b" + value[i:]
        elif hid == "hidden-full-width":
            written = "".join(_full_width(c) if c.isdigit() else c for c in value)
        note.span(written, "personnummer", f"{style}/{country}/{shape}/{hid}", value)

    def email(self, note: Note, style: str) -> None:
        e = self.rng.choice(self.people)
        g, f = (
            p.translate(_FOLD).lower() for p in (e.canonical.split()[0], e.canonical.split()[-1])
        )
        shape = self.rng.choice(["dot", "initial", "plain", "club"])
        local = {"dot": f"{g}.{f}", "initial": f"{g[0]}{f}", "plain": f"{g}{f}",
                 "club": f"{g}.bather"}[shape]  # fmt: skip
        host = self.rng.choice(["example.org", "example.net", "mail.example.com", "example.dk",
                                "example.se", "example.fi", "example.no"])  # fmt: skip
        written = f"{local}@{host}"
        note.span(written, "email", f"{style}/en/{shape}", written)

    def url(self, note: Note, style: str) -> None:
        host = self.rng.choice(
            [
                "saunaclub.example.org",
                "vinterbad.example.dk",
                "bastu.example.se",
                "avanto.example.fi",
                "badstue.example.no",
            ]
        )
        path = self.rng.choice(["booking", "rota", "tilmelding", "anmalan", "ilmoittautuminen",
                                "pictures", "season"])  # fmt: skip
        shape = self.rng.choice(["https", "bare", "query"])
        tail = f"{path}/evening-{self.rng.randint(100, 999)}"
        if shape == "https":
            written = f"https://{host}/{tail}"
        elif shape == "bare":
            written = f"{host}/{tail}"
        else:
            written = f"https://{host}/{path}?group={self.rng.randint(100, 999)}"
        note.span(written, "url", f"{style}/en/{shape}", written)

    def place(self, note: Note, style: str) -> None:
        e = self.rng.choice(self.towns)
        lang = next(k for k, v in lexicon.TOWNS.items() if e.canonical in v)
        note.span(e.canonical, "place", f"{style}/{lang}/registered", e.canonical, True, e.key)

    def address(self, note: Note, style: str, country: str | None = None) -> None:
        c = country or self.rng.choice(["da", "da", "sv", "no", "fi", "gb"])
        rng = self.rng
        street = rng.choice(lexicon.STREETS[c])
        num = rng.randint(1, 88)
        if c == "gb":
            written = f"{num} {street}, {rng.choice(lexicon.GB_TOWNS)}"
            note.span(written, "address", f"{style}/gb/street-town", written)
            return
        line = {
            "da": f"{street} {num}, {rng.randint(1, 4)}. {rng.choice(['tv.', 'th.', 'mf.'])}",
            "sv": f"{street} {num} lgh {rng.randint(11, 14)}{rng.randint(1, 9):02d}",
            "no": f"{street} {num}{rng.choice('ABC')}",
            "fi": f"{street} {num} {rng.choice('ABC')} {rng.randint(1, 40)}",
        }[c]
        shape = "street"
        if rng.random() < 0.6:
            town = rng.choice(lexicon.TOWNS[c])
            line += f", {lexicon.POSTCODES[c][town]} {town}"
            shape = "street-town"
        note.span(line, "address", f"{style}/{c}/{shape}", line)

    def date(self, note: Note, style: str, lang: str) -> None:
        lang = lang if lang in _DATE_LANG else "en"
        d = date(2025, 1, 1) + timedelta(days=self.rng.randint(0, 729))
        shapes = [k for k in _DATE_SHAPES if _DATE_SHAPES[k][0] == lang]
        if lang == "en" and self.rng.random() < 0.2:
            other = self.rng.choice(["da", "sv", "no", "fi"])
            shapes = [k for k in _DATE_SHAPES if _DATE_SHAPES[k][0] == other]
        shape = self.rng.choice(shapes)
        dlang, make = _DATE_SHAPES[shape]
        before, written = make(d, self.rng)
        note.add(before)
        note.span(written, "date", f"{style}/{dlang}/{shape}", written)

    def slot(self, note: Note, style: str, kind: str, extra: str, lang: str) -> None:
        if kind == "N":
            self.name(note, style, case=extra or "")
        elif kind == "T":
            self.phone(note, style)
        elif kind == "I":
            self.ident(note, style, extra or None)
        elif kind == "E":
            self.email(note, style)
        elif kind == "U":
            self.url(note, style)
        elif kind == "P":
            self.place(note, style)
        elif kind == "A":
            self.address(note, style, extra or None)
        else:
            self.date(note, style, lang)

    def fill(self, note: Note, text: str, style: str, lang: str) -> int:
        pos = 0
        count = 0
        for m in SLOT.finditer(text):
            note.add(text[pos : m.start()])
            self.slot(note, style, m.group(1), m.group(2) or "", lang)
            pos = m.end()
            count += 1
        note.add(text[pos:])
        return count

    def frame(self, note: Note, style: str) -> int:
        kind = self.kinds.draw()
        if kind == "N" and self.rng.random() < 0.12:
            lang, text = self.two_names.draw()
        else:
            lang, text = self.frames[kind].draw()
        return self.fill(note, text, style, lang)

    # -- running text --------------------------------------------------------------------
    def published_line(self) -> str:
        s = self.published.draw()
        if self.rng.random() < 0.15:
            return self.said.draw() + s
        return s

    def word_sentence(self) -> str:
        w = self.word_deck.draw()
        if w in self.word_published and self.rng.random() < self.word_published_share[w]:
            return self.word_published[w].draw()
        s = self.word_own[w].draw()
        r = self.rng.random()
        if r < 0.2 and s[0].isupper() and not s.split()[0].lower() == w:
            return people.LEADS[1 + int(r < 0.1)] + s[0].lower() + s[1:]
        return s

    def running(self, k: int) -> str:
        out = []
        for _ in range(k):
            r = self.rng.random()
            if r < 0.64:
                out.append(self.published_line())
            elif r < 0.78:
                out.append(self.word_sentence())
            else:
                out.append(self.observe.draw())
        return " ".join(out)


def _suffix(d: int) -> str:
    if d in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _en_range(d: date, rng: random.Random) -> tuple[str, str]:
    e = d + timedelta(days=rng.randint(1, 3))
    if e.month != d.month:
        d = d - timedelta(days=4)
        e = d + timedelta(days=2)
    return "", f"{d.day}–{e.day} {lexicon.MONTHS['en'][d.month - 1]}"


M = lexicon.MONTHS
W = lexicon.WEEKDAYS
_DATE_SHAPES = {
    "day-month-year": ("en", lambda d, r: ("", f"{d.day} {M['en'][d.month - 1]} {d.year}")),
    "month-day-year": ("en", lambda d, r: ("", f"{M['en'][d.month - 1]} {d.day}, {d.year}")),
    "weekday": ("en", lambda d, r: ("", f"{W['en'][d.weekday()]} {d.day} {M['en'][d.month - 1]}")),
    "weekday-short": ("en", lambda d, r: ("", f"{W['en'][d.weekday()][:3]} {d.day} "
                                               f"{lexicon.MONTHS_SHORT[d.month - 1]} {d.year}")),
    "ordinal": ("en", lambda d, r: ("the ", f"{d.day}{_suffix(d.day)} of {M['en'][d.month - 1]}")),
    "range": ("en", _en_range),
    "iso": ("en", lambda d, r: ("", d.isoformat())),
    "slash": ("en", lambda d, r: ("", f"{d.day:02d}/{d.month:02d}/{d.year}")),
    "da-long": ("da", lambda d, r: ("", f"{d.day}. {M['da'][d.month - 1]} {d.year}")),
    "da-weekday": ("da", lambda d, r: ("", f"{W['da'][d.weekday()]} den {d.day}. "
                                            f"{M['da'][d.month - 1]}")),
    "da-dash": ("da", lambda d, r: ("", f"{d.day:02d}-{d.month:02d}-{d.year}")),
    "da-den": ("da", lambda d, r: ("", f"den {d.day}. {M['da'][d.month - 1]}")),
    "sv-long": ("sv", lambda d, r: ("", f"{d.day} {M['sv'][d.month - 1]} {d.year}")),
    "sv-weekday": ("sv", lambda d, r: ("", f"{W['sv'][d.weekday()]} den {d.day} "
                                            f"{M['sv'][d.month - 1]}")),
    "sv-den": ("sv", lambda d, r: ("", f"den {d.day} {M['sv'][d.month - 1]}")),
    "sv-iso": ("sv", lambda d, r: ("", d.isoformat())),
    "no-long": ("no", lambda d, r: ("", f"{d.day}. {M['no'][d.month - 1]} {d.year}")),
    "no-digits": ("no", lambda d, r: ("", f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}")),
    "no-weekday": ("no", lambda d, r: ("", f"{W['no'][d.weekday()]} {d.day}. "
                                            f"{M['no'][d.month - 1]}")),
    "fi-digits": ("fi", lambda d, r: ("", f"{d.day}.{d.month}.{d.year}")),
    "fi-weekday": ("fi", lambda d, r: ("", f"{W['fi'][d.weekday()]} {d.day}.{d.month}.")),
    "fi-long": ("fi", lambda d, r: ("", f"{d.day}. {M['fi'][d.month - 1]} {d.year}")),
}  # fmt: skip


def _label(w: Writer, note: Note) -> int:
    kind = w.label_kinds.draw()
    label, slot, lang = next(x for x in iter(w.labels.draw, None) if x[1][0] == kind)
    note.add(label + " ")
    k, _, extra = slot.partition(":")
    w.slot(note, "label", k, extra, lang)
    note.add("\n")
    return 1


def _present(w: Writer, note: Note, lang: str) -> int:
    note.add(w.rng.choice(lexicon.PRESENT[lang]) + " ")
    k = w.rng.randint(2, 4)
    for i in range(k):
        if i:
            note.add(", ")
        w.name(note, "list", present=True)
        if w.rng.random() < 0.25:
            note.add(" " + w.rng.choice(lexicon.ROLES))
    note.add("\n")
    return k


def _greeting(w: Writer, note: Note, lang: str, named: bool) -> int:
    if not named:
        note.add(lexicon.GREETINGS_ALL[lang] + "\n\n")
        return 0
    note.add(w.rng.choice(lexicon.GREETINGS[lang]) + " ")
    w.name(note, "greeting")
    note.add(",\n\n")
    return 1


def _sign_off(w: Writer, note: Note, lang: str) -> int:
    note.add("\n" + w.rng.choice(lexicon.SIGN_OFFS[lang]) + "\n")
    w.name(note, "signature")
    note.add("\n")
    return 1


def _header(w: Writer, note: Note, lang: str) -> int:
    note.add(w.rng.choice(lexicon.HEADERS[lang]) + " ")
    w.name(note, "header")
    note.add("\n")
    return 1


def _speaker_line(w: Writer, note: Note, style: str, budget: bool) -> int:
    used = 0
    if budget and w.rng.random() < 0.3:
        w.name(note, style)
        note.add(": ")
        used = 1
    else:
        note.add(w.speakers.draw() + " ")
    r = w.rng.random()
    if budget and not used and r < 0.5:
        used += w.frame(note, style)
    elif r < 0.75:
        note.add(w.questions.draw() + "\n" + w.speakers.draw() + " " + w.answers.draw())
    elif r < 0.88:
        note.add(w.replies.draw())
    else:
        note.add(w.running(w.rng.randint(1, 2)))
    note.add("\n")
    return used


_LANGS = ["en", "da", "sv", "no", "fi"]


def _compose(w: Writer, style: str, target: int, wanted: int, number: int) -> Note:
    note = Note()
    rng = w.rng
    lang = rng.choice(_LANGS)
    note.add(f"{lexicon.TITLES[style]}, {rng.choice(lexicon.HEAD_TAILS[style])}, "
             f"no. {number}\n\n")  # fmt: skip
    used = 0
    reserve = int(style == "letter" and wanted >= 2 and rng.random() < 0.7)

    def left() -> bool:
        return used < wanted - reserve

    if style == "letter":
        if rng.random() < 0.7 and left():
            used += _header(w, note, lang)
        used += _greeting(w, note, lang, left() and rng.random() < 0.8)
    elif style == "minutes" and left():
        used += _present(w, note, lang)
        note.add("\n")
    elif style == "form":
        for _ in range(rng.randint(2, 4)):
            if left():
                used += _label(w, note)
        note.add("\n")
    while note.size() < target or (left() and note.size() < 6200):
        r = rng.random()
        if style == "thread":
            used += _speaker_line(w, note, style, left())
            continue
        if style == "cards" and r < 0.5:
            lead = w.card_leads[rng.choice(_LANGS)].draw()
            note.add(lead + w.published_line() + " " + w.running(rng.randint(1, 2)))
            if left() and rng.random() < 0.6:
                note.add(" ")
                used += w.frame(note, style)
            note.add("\n\n")
            continue
        if left() and r < 0.06 and style not in ("form",):
            used += _label(w, note)
            continue
        if left() and r < 0.09 and style == "minutes":
            used += _present(w, note, rng.choice(_LANGS))
            continue
        note.add(w.running(rng.randint(1, 3)))
        if left() and rng.random() < 0.75:
            note.add(" ")
            used += w.frame(note, style)
        note.add(" " + w.running(rng.randint(1, 2)) + "\n\n")
    if reserve:
        used += _sign_off(w, note, lang)
    elif style == "letter":
        note.add("\n" + rng.choice(lexicon.SIGN_OFFS[lang]) + "\n")
    return note


def _finish(index: int, note: Note, forms: dict[str, set[str]]) -> tuple[str, list[Planted]]:
    text = note.text()
    out = []
    for start, end, kind, form, value, exact, key in note.spans:
        if kind == "name":
            category = name_category(text[start:end], exact, key, text, start, end, forms)
            parts = form.split("/")
            parts[2] = category
            form = "/".join(parts)
        out.append(Planted(index, start, end, kind, form, value, exact, key))
    return text, out


def generate_heldout_am(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    """Held-out AM's notes, about `size` bytes, `per_kb` identifiers per kilobyte."""
    rng = random.Random(seed)
    w = Writer(rng)
    entries = _cast()[0]
    forms = {e.key: entry_forms(e) for e in entries}
    person_forms = set().union(*(forms[e.key] for e in entries if e.kind == PERSON))
    styles = Deck(rng, list(lexicon.TITLES))
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    written = 0
    owed = 0.0
    while written < size:
        target = min(rng.randint(1100, 5400), max(size - written, 1))
        owed += target / 1000 * per_kb * 1.04  # a note ends a little past its target
        wanted = int(owed)
        note = _compose(w, styles.draw(), target, wanted, rng.randint(100, 999))
        text, spans = _finish(len(texts), note, forms)
        owed -= len(spans)
        texts.append(text)
        planted.extend(spans)
        written += len(text.encode("utf-8"))
        covered = [(p.start, p.end) for p in spans]
        for m in WORD.finditer(text):
            if m.group().lower() not in person_forms:
                continue
            if any(s < m.end() and m.start() < e for s, e in covered):
                continue
            before = text[: m.start()].rstrip(" ")
            initial = not before or before[-1] in '.!?:\n-–•("“'
            ordinary.append(
                Ordinary(
                    len(texts) - 1,
                    m.start(),
                    m.end(),
                    m.group(),
                    "homograph/initial" if initial else "homograph/inner",
                )
            )
    return Corpus(texts=texts, registry_people=list(entries), planted=planted, ordinary=ordinary)


def check(corpus: Corpus) -> None:
    """Every span inside its text, no two overlapping, no ordinary word inside an identifier."""
    by_text: dict[int, list[tuple[int, int]]] = {}
    for p in corpus.planted:
        text = corpus.texts[p.text]
        if not 0 <= p.start < p.end <= len(text):
            raise ValueError(f"span out of its text: {p}")
        by_text.setdefault(p.text, []).append((p.start, p.end))
    for spans in by_text.values():
        spans.sort()
        for a, b in zip(spans, spans[1:], strict=False):
            if b[0] < a[1]:
                raise ValueError(f"spans overlap: {a} {b}")
    for o in corpus.ordinary:
        if corpus.texts[o.text][o.start : o.end] != o.word:
            raise ValueError(f"ordinary word is not its text: {o}")
        if any(s < o.end and o.start < e for s, e in by_text.get(o.text, [])):
            raise ValueError(f"ordinary word inside an identifier: {o}")
