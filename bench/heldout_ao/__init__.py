"""Held-out AO: field notes of clubhouse **trip desks** in Denmark, Sweden, Norway and Finland
(logs, group chats, letters, planning minutes, booking forms, an observer's diary), in English
with Danish, Swedish, Norwegian and Finnish names, labels, greetings and frames; the running
text is half and more typed conversation from the STAR corpus (MIT). See README.md. Nobody
who writes or tunes the redactor may read this folder.

    corpus = generate_heldout_ao(SEED, 5_000_000)   # per_kb=0.7 identifiers per kilobyte
"""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import date, timedelta
from functools import cache

from casebook.deid.registry import PERSON, PLACE, NameEntry

from bench.heldout_ao import lexicon, numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 9283
REALISTIC = 0.7
WORD = re.compile(r"[^\W\d_]+")
SLOT = re.compile(r"\{(N|P|E|U|D|A|T|I)(?::([a-z -]+))?\}")
WORD_SENTENCES_PER_KB = 1.06
_INVISIBLE = {
    "soft-hyphen": "\u00ad",
    "zwsp": "\u200b",
    "zwj": "\u200d",
    "word-joiner": "\u2060",
    "bom": "\ufeff",
}
_KEYS = ["qwertyuiopå", "asdfghjklöä", "zxcvbnm"]
_FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "å": "a",
        "Å": "A",
        "ä": "a",
        "Ä": "A",
        "ö": "o",
        "Ö": "O",
        "é": "e",
        "ś": "s",
        "ž": "z",
        "ć": "c",
        "ı": "i",
        "ğ": "g",
    }
)
_LANGS = ["en", "da", "sv", "no", "fi"]
_SIDES = ["th", "tv", "mf"]
_NAME_WEIGHTS = {"da": 24, "moved": 8, "sv": 20, "no": 22, "fi": 14, "en": 12}


def hidden(text: str) -> bool:
    """True when `text` holds an invisible or compatibility character."""
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


def _fold(text: str) -> str:
    return text.translate(_FOLD)


@cache
def _vocabulary() -> frozenset[str]:
    """Every word of the running text this set can write, lower case."""
    words: set[str] = set()
    texts = [*people.sentences()["en"], *people.OWN_ORDINARY["en"]]
    for value in vars(lexicon).values():
        texts += _strings(value)
    for t in texts:
        words |= {w.lower() for w in WORD.findall(t)}
    return frozenset(words)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def _cast() -> tuple[list[tuple[NameEntry, str]], list[NameEntry]]:
    """The registered people (with their country) and towns."""
    rng = random.Random(92830)
    people_: list[tuple[NameEntry, str]] = []
    counts = {"da": 26, "moved": 12, "sv": 16, "no": 15, "fi": 14, "en": 5}
    used: set[str] = set()

    def add(full: str, lang: str) -> None:
        n = len(people_) + 1
        people_.append((NameEntry(f"ao{n:03d}", full, f"[Person {n}]", kind=PERSON), lang))
        used.add(full)

    for lang, k in counts.items():
        given, family = people.given(lang), people.family(lang)
        for i in range(k):
            full = f"{given[i % len(given)]} {family[(i * 7 + 3) % len(family)]}"
            add(full, "da" if lang == "moved" else lang)
    nordic_given = people.given("da") + people.given("sv") + people.given("no")
    for lang, words in people.GIVEN_WORD_NAMES.items():
        for w in words:
            add(f"{w} {rng.choice(people.family(lang))}", lang)
    for lang, words in people.FAMILY_WORD_NAMES.items():
        for w in words:
            if lang == "no":
                add(f"{rng.choice(people.given('no'))} {w}", "no")
                continue
            g = rng.choice(nordic_given)
            country = next(c for c in ("da", "sv", "no") if g in people.given(c))
            add(f"{g} {w}", country)
    towns = [
        NameEntry(f"town{t + 1:02d}", town, f"[Place {t + 1}]", kind=PLACE)
        for t, town in enumerate(t for v in lexicon.TOWNS.values() for t in v)
    ]
    return people_, towns


class Note:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[tuple[int, int, str, str, str, bool, str | None]] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def span(
        self,
        written: str,
        kind: str,
        form: str,
        value: str,
        exact: bool = False,
        key: str | None = None,
    ) -> None:
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
            self.left = self.items[:]
            self.rng.shuffle(self.left)
        return self.left.pop()


def _slip(rng: random.Random, name: str) -> tuple[str, str]:
    """A typing slip inside `name` and its kind."""
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    for _ in range(40):
        kind = rng.choice(["slip-drop", "slip-double", "slip-swap", "slip-key", "slip-space"])
        i = rng.choice(letters[1:-1] or letters)
        if kind == "slip-drop":
            out = name[:i] + name[i + 1 :]
        elif kind == "slip-double":
            out = name[:i] + name[i] + name[i:]
        elif kind == "slip-swap" and i + 1 < len(name) and name[i + 1].isalpha():
            out = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
        elif kind == "slip-key":
            row = next((r for r in _KEYS if name[i].lower() in r), "")
            j = row.find(name[i].lower())
            if not row or len(row) < 2:
                continue
            near = row[j + 1] if j + 1 < len(row) else row[j - 1]
            out = name[:i] + (near.upper() if name[i].isupper() else near) + name[i + 1 :]
        elif kind == "slip-space" and " " in name:
            k = name.index(" ")
            out = name[: k - 1] + " " + name[k - 1] + name[k + 1 :]
        else:
            continue
        if out != name and out.lower() != name.lower():
            return out, kind
    return name[:-1] + name[-1] * 2, "slip-double"


_BACK = set("aouAOU")


def _fi_ending(name: str, case: str) -> str:
    """The Finnish ending `case` ("n", "lle", "lta", "lla", "sta", "n kanssa") for `name`."""
    back = any(c in _BACK for c in name) or not any(c in "äöyÄÖY" for c in name)
    vowel = name[-1].lower() in "aeiouyäöå"
    link = "" if vowel else "i"
    a = "a" if back else "ä"
    table = {
        "n": "n",
        "lle": "lle",
        "lta": f"lt{a}",
        "lla": f"ll{a}",
        "sta": f"st{a}",
        "n kanssa": "n kanssa",
    }
    return link + table[case]


_HOWS = (
    ["exact"] * 30
    + ["lower"] * 6
    + ["upper"] * 6
    + ["ascii"] * 6
    + ["misspelt"] * 7
    + ["invisible"] * 9
    + ["inflected"] * 5
)


class Writer:
    def __init__(self, rng: random.Random, size: int) -> None:
        self.rng = rng
        cast, self.towns = _cast()
        self.cast = [e for e, _ in cast]
        self.country = {e.key: c for e, c in cast}
        self.word_bearers = {
            e.key for e in self.cast if set(e.canonical.split()[:2]) & set(people.WORD_NAMES)
        }
        by_lang: dict[str, list[NameEntry]] = {}
        for e, c in cast:
            by_lang.setdefault(c, []).append(e)
        deck_people = []
        for e in self.cast:
            deck_people += [e] * (2 if e.key in self.word_bearers else 1)
        self.people = Deck(rng, deck_people)
        self.by_lang = {k: Deck(rng, v) for k, v in by_lang.items()}
        self.diacritics = Deck(rng, [e for e in self.cast if _fold(e.canonical) != e.canonical])
        strangers = []
        for lang in _LANGS:
            for g in people.stranger_given(lang):
                for f in people.stranger_family(lang):
                    strangers.append(f"{g} {f}")
        self.strangers = Deck(rng, strangers)
        self.stranger_given = Deck(rng, [g for lang in _LANGS for g in people.stranger_given(lang)])
        self.hows = Deck(rng, _HOWS)
        self.invisible = Deck(rng, [*_INVISIBLE, "full-width", "nbsp"])
        self.inflect = Deck(rng, ["gen"] * 7 + ["n", "lle", "lta", "lla", "sta", "n kanssa"] * 2)
        self.frames = {
            lang: Deck(rng, [f for l_, f in lexicon.FRAMES if l_ == lang]) for lang in _LANGS
        }
        self.frame_lang = Deck(rng, ["en"] * 9 + ["da"] * 3 + ["sv"] * 3 + ["no"] * 3 + ["fi"] * 4)
        self.labels = Deck(rng, lexicon.LABELS)
        self.regions = Deck(rng, [r for r, w in numbers.PLANS.items() for _ in range(w)])
        self.countries = Deck(rng, [c for c, w in numbers.WEIGHTS.items() for _ in range(w)])
        self.phone_hide = Deck(
            rng, ["plain"] * 8 + ["hidden-full-width", "hidden-zwsp", "hidden-nbsp"]
        )
        self.id_hide = Deck(rng, ["plain"] * 9 + ["hidden-full-width", "hidden-zwsp"])
        self.date_shapes = {
            lang: Deck(rng, [s for s, (lg, _) in _DATE_SHAPES.items() if lg == lang])
            for lang in _LANGS
        }
        self.kinds = Deck(
            rng,
            ["N"] * 52
            + ["T"] * 8
            + ["I"] * 8
            + ["D"] * 9
            + ["A"] * 6
            + ["E"] * 6
            + ["U"] * 4
            + ["P"] * 7,
        )
        self.speakers = Deck(rng, [s for v in lexicon.SPEAKERS.values() for s in v])
        # published sentences: whole conversation runs, word-name sentences kept apart
        words = {w.lower() for w in people.WORD_NAMES}
        self.named_sentences = {s for v in people.by_word().values() for s in v}
        runs = [[s for s in u if s not in self.named_sentences] for u in people.units()]
        self.runs = Deck(rng, [r for r in runs if r])
        self.runs_sentences = {s for r in runs for s in r}
        self.stream: list[str] = []
        self.refills = 0
        del words
        self._word_decks(size)
        self.observe = Deck(
            rng,
            [
                (a, b, c, d)
                for a in lexicon.OBSERVE_WHO
                for b in lexicon.OBSERVE_DID
                for c in lexicon.OBSERVE_WHEN
                for d in lexicon.OBSERVE_AFTER
            ],
        )
        self.said = Deck(rng, lexicon.SAID_LEADS)
        self.replies = Deck(rng, [(lang, r) for lang, v in lexicon.REPLIES.items() for r in v])

    def _word_decks(self, size: int) -> None:
        """Each word-name's share of the word sentences: its published sentences used up to three
        times at 5 MB (at most 5.8 % of all uses), the rest shared so each has 2.6 % or more."""
        expected = WORD_SENTENCES_PER_KB * 5_000
        published = people.by_word()
        share = {w: min(0.052, 3 * len(published[w]) / expected) for w in people.WORD_NAMES}
        low = [w for w in share if share[w] < 0.026]
        for w in low:
            share[w] = 0.026
        rest = 1 - sum(share.values())
        for w in low:
            share[w] += rest / len(low)
        scale = size / 5_000_000
        self.word_plan = Deck(
            self.rng, [w for w in people.WORD_NAMES for _ in range(max(1, round(share[w] * 1000)))]
        )
        self.published_decks = {w: Deck(self.rng, list(published[w])) for w in people.WORD_NAMES}
        self.published_left = {w: len(published[w]) * 3 for w in people.WORD_NAMES}
        self.own_decks = {w: Deck(self.rng, v) for w, v in people.own_by_word().items()}
        self.named_decks = {
            w: Deck(self.rng, [s for s in v if set(WORD.findall(s)) & people.TITLE_WORDS])
            for w, v in people.own_by_word().items()
        }
        self.published_share = {w: (3 * len(published[w]) * scale) for w in people.WORD_NAMES}
        self.word_uses = {w: 0 for w in people.WORD_NAMES}

    def word_sentence(self) -> str:
        w = self.word_plan.draw()
        self.word_uses[w] += 1
        if self.rng.random() < 0.05:  # the word capitalised, as a shop, inn or gallery
            return self.named_decks[w].draw()
        if self.published_left[w] > 0 and self.published_decks[w].items:
            self.published_left[w] -= 1
            return self.published_decks[w].draw()
        return self.own_decks[w].draw()

    # --- identifiers ---------------------------------------------------------------------

    def _person(self, lang: str | None = None) -> NameEntry:
        if lang and lang in self.by_lang and self.rng.random() < 0.5:
            return self.by_lang[lang].draw()
        return self.people.draw()

    def _form_of(self, e: NameEntry) -> str:
        given, family = e.canonical.split(" ", 1)
        if e.key in self.word_bearers and self.rng.random() < 0.75:
            return given if given in people.WORD_NAMES else family
        r = self.rng.random()
        return e.canonical if r < 0.35 else given if r < 0.8 else family

    def name(
        self, note: Note, style: str, case: str = "", present: str = "", lang: str | None = None
    ) -> None:
        """A person's name: a stranger about a quarter of the time, else a registered person."""
        tail = f"/{present}" if present else ""
        if case:
            self._inflected(note, style, case, tail)
            return
        if self.rng.random() < 0.27:
            full = self.rng.random() < 0.8
            written = self.strangers.draw() if full else self.stranger_given.draw()
            first = written.split(" ")[0]
            country = next(lg for lg in _LANGS if first in people.stranger_given(lg))
            note.span(written, "name", f"{style}/{country}/unregistered/stranger{tail}", written)
            return
        how = self.hows.draw()
        if how == "inflected":
            self._inflected(note, style, self.inflect.draw(), tail)
            return
        e = self.diacritics.draw() if how == "ascii" else self._person(lang)
        country = self.country[e.key]
        form = self._form_of(e)
        if how == "ascii":
            form = next(p for p in [e.canonical, *e.canonical.split()] if _fold(p) != p)
            written, detail = _fold(form), "folded"
        elif how == "lower":
            written, detail = form.lower(), "lower"
        elif how == "upper":
            written, detail = form.upper(), "upper"
        elif how == "misspelt":
            written, detail = _slip(self.rng, form)
            if written.lower() in entry_forms(e) or _fold(written.lower()) in {
                _fold(f) for f in entry_forms(e)
            }:
                written, detail = form + form[-1], "slip-double"
        elif how == "invisible":
            detail = "invisible-" + self.invisible.draw()
            written, form = self._hide_name(form, detail, e)
            if detail == "invisible-full-width" and "\u00ad" in written:
                detail = "invisible-soft-hyphen"
        else:
            written, detail = form, "exact"
        note.span(
            written,
            "name",
            f"{style}/{country}/{how}/{detail}{tail}",
            form,
            exact=written == form,
            key=e.key,
        )

    def _hide_name(self, form: str, detail: str, e: NameEntry) -> tuple[str, str]:
        """`form` with the hidden character `detail` names, and the value it stands for."""
        kind = detail.removeprefix("invisible-")
        if kind == "full-width":
            for part in (form, *e.canonical.split()):
                if "A" <= part[0] <= "Z":
                    return chr(ord(part[0]) + 0xFEE0) + part[1:], part
            kind = "soft-hyphen"
        if kind == "nbsp":
            return e.canonical.replace(" ", "\u00a0", 1), e.canonical
        k = self.rng.randint(1, len(form) - 1)
        return form[:k] + _INVISIBLE[kind] + form[k:], form

    def _inflected(self, note: Note, style: str, case: str, tail: str) -> None:
        if case == "gen":
            e = self._person()
            form = self._form_of(e)
            while form[-1] in "sxzSXZ":
                e = self._person()
                form = self._form_of(e)
            ending, how = "s", "gen-s"
        else:
            e = self.by_lang["fi"].draw() if self.rng.random() < 0.6 else self._person()
            form = self._form_of(e)
            ending = _fi_ending(form, case)
            how = "fi-" + case.replace(" ", "-")
        note.span(
            form,
            "name",
            f"{style}/{self.country[e.key]}/inflected/{how}{tail}",
            form,
            exact=True,
            key=e.key,
        )
        note.add(ending)

    def phone(self, note: Note, style: str) -> None:
        region = self.regions.draw()
        nsn, groups = numbers.draw(self.rng, region)
        written, shape = numbers.write(self.rng, region, nsn, groups)
        hide = self.phone_hide.draw()
        if hide == "hidden-full-width":
            written = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in written)
        elif hide == "hidden-zwsp":
            k = max(1, len(written) // 2)
            written = (
                written[:k] + "\u200b" + written[k:]
                if written[k - 1].isdigit()
                else (written[: k + 1] + "\u200b" + written[k + 1 :])
            )
        elif hide == "hidden-nbsp":
            if " " in written:
                written = written.replace(" ", "\u00a0")
            else:
                hide = "plain"
        note.span(
            written.strip(), "phone", f"{style}/{region}/{shape}/{hide}", numbers.e164(region, nsn)
        )

    def ident(self, note: Note, style: str) -> None:
        country = self.countries.draw()
        build, _ = numbers.BUILDERS[country]
        value, shape = build(self.rng)
        hide = self.id_hide.draw()
        written = value
        if hide == "hidden-full-width":
            written = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in value)
        elif hide == "hidden-zwsp":
            written = value[:4] + "\u200b" + value[4:]
        note.span(written, "personnummer", f"{style}/{country}/{shape}/{hide}", value)

    def email(self, note: Note, style: str) -> None:
        e = self.people.draw()
        given, family = (_fold(p).lower().replace("-", "") for p in e.canonical.split(" ", 1))
        shape = self.rng.choice(["dot", "initial", "joined", "desk"])
        local = {
            "dot": f"{given}.{family}",
            "initial": f"{given[0]}{family}",
            "joined": f"{given}{family}{self.rng.randint(1, 99)}",
            "desk": f"tripdesk.{given}",
        }[shape]
        host = self.rng.choice(
            [
                "example.com",
                "example.org",
                "example.net",
                "mail.example.dk",
                "post.example.se",
                "example.no",
                "example.fi",
            ]
        )
        written = f"{local}@{host}"
        note.span(written, "email", f"{style}/en/{shape}", written)

    def url(self, note: Note, style: str) -> None:
        shape = self.rng.choice(["path", "query", "bare"])
        slug = self.rng.choice(
            [
                "coast-trip",
                "cabins",
                "seat-list",
                "photos",
                "autumn-outing",
                "ferry",
                "receipts",
                "packing-list",
            ]
        )
        host = self.rng.choice(["tripdesk.example.org", "example.com", "outings.example.net"])
        written = {
            "path": f"https://{host}/{slug}",
            "query": f"https://{host}/book?trip={slug}&seat={self.rng.randint(2, 40)}",
            "bare": f"{host}/{slug}",
        }[shape]
        note.span(written, "url", f"{style}/en/{shape}", written)

    def place(self, note: Note, style: str, case: str = "") -> None:
        t = self.rng.choice(self.towns)
        lang = next(lg for lg, v in lexicon.TOWNS.items() if t.canonical in v)
        note.span(
            t.canonical,
            "place",
            f"{style}/{lang}/{'inflected' if case else 'registered'}",
            t.canonical,
            exact=True,
            key=t.key,
        )
        if case:
            note.add(lexicon.FI_IN.get(t.canonical, "s"))

    def place_in(self, note: Note, style: str, lang: str) -> None:
        """A town with a Finnish locative ("Joensuussa") or a Nordic genitive ("Viborgs")."""
        if lang == "fi":
            t = self.rng.choice([x for x in self.towns if x.canonical in lexicon.FI_IN])
            suffix = lexicon.FI_IN[t.canonical]
        else:
            pool = [x for x in self.towns if x.canonical in lexicon.TOWNS[lang]]
            t = self.rng.choice(pool)
            suffix = "s"
        tl = next(lg for lg, v in lexicon.TOWNS.items() if t.canonical in v)
        note.span(
            t.canonical, "place", f"{style}/{tl}/inflected", t.canonical, exact=True, key=t.key
        )
        note.add(suffix)

    def address(self, note: Note, style: str) -> None:
        country = self.rng.choice(["da", "da", "sv", "no", "fi", "gb"])
        street = self.rng.choice(lexicon.STREETS[country])
        n = self.rng.randint(2, 88)
        if country == "gb":
            written = f"{n} {street}, {self.rng.choice(lexicon.GB_TOWNS)}"
            shape = "street-town"
        else:
            line = {
                "da": f"{street} {n}, {self.rng.randint(1, 4)}. {self.rng.choice(_SIDES)}.",
                "sv": f"{street} {n}, lgh {self.rng.randint(11, 14)}{self.rng.randint(1, 9):02d}",
                "no": f"{street} {n}{self.rng.choice('ABC')}",
                "fi": f"{street} {n} {self.rng.choice('ABC')} {self.rng.randint(2, 40)}",
            }[country]
            if self.rng.random() < 0.6:
                town = self.rng.choice(lexicon.TOWNS[country])
                written, shape = f"{line}, {lexicon.POSTCODES[town]} {town}", "street-town"
            else:
                written, shape = line, "street"
        note.span(written, "address", f"{style}/{country}/{shape}", written)

    def date(self, note: Note, style: str, lang: str) -> None:
        shape = self.date_shapes[lang].draw()
        d = date(2025, 1, 1) + timedelta(days=self.rng.randint(0, 720))
        written = _DATE_SHAPES[shape][1](d)
        note.span(written, "date", f"{style}/{lang}/{shape}", written)

    def slot(self, note: Note, style: str, kind: str, extra: str, lang: str) -> None:
        if kind == "N":
            self.name(note, style, case=extra or "", lang=lang)
        elif kind == "P":
            if extra == "in":
                self.place_in(note, style, lang if lang in lexicon.TOWNS else "da")
            else:
                self.place(note, style)
        elif kind == "T":
            self.phone(note, style)
        elif kind == "I":
            self.ident(note, style)
        elif kind == "E":
            self.email(note, style)
        elif kind == "U":
            self.url(note, style)
        elif kind == "A":
            self.address(note, style)
        elif kind == "D":  # English frames: an English date three times in four
            dl = lang
            if lang == "en" and self.rng.random() < 0.25:
                dl = self.rng.choice(["da", "sv", "no", "fi"])
            self.date(note, style, dl)

    def fill(self, note: Note, text: str, style: str, lang: str) -> int:
        """Write `text` with its slots filled; the number of identifiers written."""
        k = 0
        pos = 0
        for m in SLOT.finditer(text):
            note.add(text[pos : m.start()])
            extra = m.group(2) or ""
            self.slot(note, style, m.group(1), "gen" if extra == "gen" else extra, lang)
            k += 1
            pos = m.end()
        note.add(text[pos:])
        return k

    def frame(self, left: int, kind: str | None = None) -> tuple[str, str]:
        """A running frame with at most `left` identifiers (of `kind` when given)."""
        for _ in range(60):
            lang = self.frame_lang.draw()
            f = self.frames[lang].draw()
            slots = SLOT.findall(f)
            if len(slots) <= left and (kind is None or slots[0][0] == kind):
                return lang, f
        return "en", "{N} wanted a window seat again."

    def run(self, k: int = 0) -> list[str]:
        """The next `k` (or 1-4) published sentences, a conversation's in their order."""
        k = k or self.rng.randint(1, 3)
        out = []
        while len(out) < k:
            if not self.stream:
                if self.refills >= 3 * len(self.runs.items):
                    break  # every published sentence three times: no more
                self.refills += 1
                self.stream = list(self.runs.draw())
            out.append(self.stream.pop(0))
        return out or [self.observation()]

    def observation(self) -> str:
        a, b, c, d = self.observe.draw()
        return f"{a} {b} {c}, {d}."


def _suffix(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


M = lexicon.MONTHS
W = lexicon.WEEKDAYS
_DATE_SHAPES = {
    "day-month-year": ("en", lambda d: f"{d.day} {M['en'][d.month - 1]} {d.year}"),
    "month-day-year": ("en", lambda d: f"{M['en'][d.month - 1]} {d.day}, {d.year}"),
    "weekday": ("en", lambda d: f"{W['en'][d.weekday()]} {d.day} {M['en'][d.month - 1]}"),
    "weekday-short": (
        "en",
        lambda d: f"{W['en'][d.weekday()][:3]} {d.day} {M['en'][d.month - 1][:3]} {d.year}",
    ),
    "ordinal": ("en", lambda d: f"the {d.day}{_suffix(d.day)} of {M['en'][d.month - 1]}"),
    "range": (
        "en",
        lambda d: (
            f"{d.day}–{min(d.day + 2, 28)} {M['en'][d.month - 1]}"
            if d.day < 26
            else f"{d.day} {M['en'][d.month - 1]} {d.year}"
        ),
    ),
    "iso": ("en", lambda d: d.isoformat()),
    "slash": ("en", lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}"),
    "month-short": ("en", lambda d: f"{M['en'][d.month - 1][:3]}. {d.day}"),
    "da-long": ("da", lambda d: f"{d.day}. {M['da'][d.month - 1]} {d.year}"),
    "da-weekday": ("da", lambda d: f"{W['da'][d.weekday()]} den {d.day}. {M['da'][d.month - 1]}"),
    "da-dash": ("da", lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}"),
    "da-den": ("da", lambda d: f"den {d.day}. {M['da'][d.month - 1]}"),
    "sv-long": ("sv", lambda d: f"{d.day} {M['sv'][d.month - 1]} {d.year}"),
    "sv-weekday": (
        "sv",
        lambda d: f"{W['sv'][d.weekday()]}en den {d.day} {M['sv'][d.month - 1]}",
    ),
    "sv-den": ("sv", lambda d: f"den {d.day} {M['sv'][d.month - 1]}"),
    "sv-iso": ("sv", lambda d: d.isoformat()),
    "no-long": ("no", lambda d: f"{d.day}. {M['no'][d.month - 1]} {d.year}"),
    "no-digits": ("no", lambda d: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"),
    "no-weekday": ("no", lambda d: f"{W['no'][d.weekday()]} {d.day}. {M['no'][d.month - 1]}"),
    "fi-digits": ("fi", lambda d: f"{d.day}.{d.month}.{d.year}"),
    "fi-weekday": ("fi", lambda d: f"{W['fi'][d.weekday()]} {d.day}.{d.month}."),
    "fi-long": ("fi", lambda d: f"{d.day}. {M['fi'][d.month - 1]} {d.year}"),
}


def _label(w: Writer, note: Note, left: int) -> int:
    """A label line with one identifier."""
    label, kind, lang = w.labels.draw()
    note.add(f"{label} ")
    if kind == "N":
        w.name(note, "label", lang=lang if lang != "en" else None)
    elif kind == "D":
        w.date(note, "label", lang)
    else:
        w.slot(note, "label", kind, "", lang)
    note.add("\n")
    return 1


def _present(w: Writer, note: Note, lang: str, left: int) -> int:
    head = w.rng.choice(lexicon.PRESENT[lang])
    k = min(left, w.rng.randint(2, 3))
    note.add(f"{head} ")
    for i in range(k):
        if i:
            note.add(", ")
        w.name(note, "list", present="present", lang=lang)
        if w.rng.random() < 0.25:
            note.add(" " + w.rng.choice(lexicon.ROLES))
    note.add("\n")
    return k


def _paragraph(
    w: Writer, note: Note, style: str, budget: list[float], words: list[str], lead: str = ""
) -> int:
    """A paragraph of running text: a published run, perhaps a frame, an observation, a word
    sentence; the number of identifiers written."""
    parts: list[str] = []
    k = 0
    run = w.run()
    if w.rng.random() < 0.1:
        run[0] = w.said.draw() + run[0]
    parts += run
    pieces: list[tuple[str, str] | str] = list(parts)
    while words and w.rng.random() < 0.7:
        pieces.insert(w.rng.randint(0, len(pieces)), words.pop())
    for _ in range(2):
        if w.rng.random() < OBSERVED[style]:
            pieces.insert(w.rng.randint(0, len(pieces)), w.observation())
    n_frames = 0
    while budget[0] >= 1 and n_frames < 2 and w.rng.random() < min(0.95, budget[0] / 1.3):
        lang, f = w.frame(int(budget[0]))
        pieces.insert(w.rng.randint(0, len(pieces)), ("frame", f"{lang}\t{f}"))
        budget[0] -= len(SLOT.findall(f))
        n_frames += 1
    note.add(lead)
    for i, piece in enumerate(pieces):
        if i:
            note.add(" ")
        if isinstance(piece, tuple):
            lang, f = piece[1].split("\t", 1)
            k += w.fill(note, f, style, lang)
        else:
            note.add(piece)
    note.add("\n")
    return k


OBSERVED = {"diary": 0.45, "desk": 0.3, "minutes": 0.25, "form": 0.25, "letter": 0.25, "chat": 0.12}


def _chat_line(w: Writer, note: Note, budget: list[float], words: list[str]) -> int:
    k = 0
    r = w.rng.random()
    if budget[0] >= 1 and r < 0.4:
        w.name(note, "chat")
        note.add(": ")
        budget[0] -= 1
        k += 1
    else:
        note.add(w.speakers.draw() + " ")
    r = w.rng.random()
    if r < 0.12:
        _lang, reply = w.replies.draw()
        note.add(reply + "\n")
        return k
    if r < 0.3 and budget[0] >= 1:
        lang, f = w.frame(int(budget[0]))
        budget[0] -= len(SLOT.findall(f))
        k += w.fill(note, f, "chat", lang)
        note.add("\n")
        return k
    run = w.run(w.rng.randint(1, 2))
    if w.rng.random() < OBSERVED["chat"]:
        run.append(w.observation())
    if words and w.rng.random() < 0.6:
        run.insert(w.rng.randint(0, len(run)), words.pop())
    note.add(" ".join(run) + "\n")
    return k


def _compose(w: Writer, style: str, target: int, wanted: int, number: int) -> Note:
    note = Note()
    rng = w.rng
    lang = rng.choice(_LANGS)
    title = lexicon.TITLES[style]
    tail = rng.choice(lexicon.HEAD_TAILS[style])
    budget = [float(wanted)]
    note.add(f"{title}, {tail}")
    if rng.random() < 0.22 and budget[0] >= 1:
        note.add(", ")
        if rng.random() < 0.5:
            w.place(note, "header")
        else:
            w.date(note, "header", rng.choice(_LANGS))
        budget[0] -= 1
    note.add("\n\n")
    n_words = max(0, round(target / 1000 * WORD_SENTENCES_PER_KB + rng.uniform(-0.5, 0.5)))
    words = [w.word_sentence() for _ in range(n_words)]
    # the layout's opening
    signed = style == "letter" and budget[0] >= 2 and rng.random() < 0.85
    budget[0] -= signed
    if style == "letter":
        if rng.random() < 0.55 and budget[0] >= 1:
            note.add(
                rng.choice(["From: ", "Sent by: ", "Fra: ", "Från: ", "Avsender: ", "Lähettäjä: "])
            )
            w.name(note, "header", lang=lang)
            note.add("\n\n")
            budget[0] -= 1
        if rng.random() < 0.7 and budget[0] >= 1:
            note.add(rng.choice(lexicon.GREETINGS[lang]) + " ")
            w.name(note, "greeting", lang=lang)
            note.add(",\n\n")
            budget[0] -= 1
        else:
            note.add(lexicon.GREETINGS_ALL[lang] + "\n\n")
    elif style == "minutes":
        budget[0] -= _present(w, note, lang, max(1, min(3, int(budget[0] * 0.25) or 1)))
        note.add("\n")
    elif style == "form":
        for _ in range(rng.randint(1, 2)):
            if budget[0] >= 1 and rng.random() < 0.6:
                budget[0] -= _label(w, note, int(budget[0]))
        note.add("\n")
    closing = 1 if style == "letter" else 0
    while note.size() < target - 120 - 60 * closing:
        if style == "chat":
            _chat_line(w, note, budget, words)
        else:
            lead = ""
            if style == "minutes" and rng.random() < 0.4:
                lead = rng.choice(
                    ["Item: ", "Agreed: ", "Punkt: ", "Beslut: ", "Päätös: ", "Sak: "]
                )
            _paragraph(w, note, style, budget, words, lead)
            if style in ("minutes", "form", "desk") and rng.random() < 0.05 and budget[0] >= 1:
                budget[0] -= _label(w, note, int(budget[0]))
    while words:
        note.add(words.pop() + "\n")
    if style == "letter":
        note.add("\n" + rng.choice(lexicon.SIGN_OFFS[lang]) + "\n")
        if signed:
            w.name(note, "signature", lang=lang)
            note.add("\n")
    while budget[0] >= 0.5:
        lang_f, f = w.frame(max(1, int(round(budget[0]))))
        w.fill(note, f, style, lang_f)
        note.add("\n")
        budget[0] -= len(SLOT.findall(f))
    del number
    return note


def _finish(
    index: int, note: Note, forms: dict[str, str], entry: dict[str, set[str]]
) -> tuple[str, list[Planted], list[Ordinary]]:
    """The note's text, its identifiers (each name's category as scoring reads it) and every
    use of a registered name's word outside them."""
    text = note.text().rstrip("\n")
    planted = []
    for s, e, kind, form, value, exact, key in note.spans:
        if kind == "name":
            parts = form.split("/")
            parts[2] = name_category(text[s:e], exact, key, text, s, e, entry)
            form = "/".join(parts)
        planted.append(Planted(index, s, e, kind, form, value, exact, key))
    spans = [(p.start, p.end) for p in planted]
    ordinary = []
    for m in WORD.finditer(text):
        if m.group().lower() not in forms:
            continue
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        before = text[: m.start()].rstrip(" ")
        where = "initial" if not before or before[-1] in ".!?:\n-–•(“\"'" else "inner"
        ordinary.append(Ordinary(index, m.start(), m.end(), m.group(), f"homograph/{where}"))
    return text, planted, ordinary


def _round(rng: random.Random, x: float) -> int:
    return int(x) + (rng.random() < x - int(x))


def generate_heldout_ao(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    """Notes of about `size` bytes with `per_kb` identifiers per kilobyte."""
    rng = random.Random(seed)
    w = Writer(rng, size)
    entries = [*w.cast, *w.towns]
    entry = {e.key: entry_forms(e) for e in entries}
    forms: dict[str, str] = {}
    for e in w.cast:
        for f in entry_forms(e):
            for part in WORD.findall(f):
                forms[part] = e.key
    layouts = list(lexicon.TITLES)
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    total = 0
    number = 0
    while total < size:
        style = layouts[number % len(layouts)]
        target = rng.randint(1_150, 5_300)
        if size - total < target + 1_000:
            target = max(1_000, size - total)
        wanted = _round(rng, target / 1000 * per_kb)
        note = _compose(w, style, target, wanted, number)
        text, p, o = _finish(number, note, forms, entry)
        texts.append(text)
        planted += p
        ordinary += o
        total += len(text.encode("utf-8"))
        number += 1
    return Corpus(texts=texts, registry_people=entries, planted=planted, ordinary=ordinary)


def check(corpus: Corpus) -> None:
    """Raise ValueError when a span lies out of its text, two planted spans overlap, or an
    ordinary use is not its text or lies inside an identifier."""
    by_text: dict[int, list[tuple[int, int]]] = {}
    for p in corpus.planted:
        if not 0 <= p.start < p.end <= len(corpus.texts[p.text]):
            raise ValueError(f"planted span out of its text: {p}")
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
