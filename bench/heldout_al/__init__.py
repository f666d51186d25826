"""Held-out AL: field notes of a study of film circles for people with severe mental illness
(day centres, clubhouses and supported housing in northern Denmark, Norrland, Trøndelag and
northern Norway, Northern Ostrobothnia and Lapland), in English with Danish, Swedish, Norwegian
and Finnish names, labels, greetings and date shapes, and with published sentences as most of
their running text: film-goers' and critics' sentences from Bo Pang and Lillian Lee's film
review data (CC BY 4.0) and the Universal Declaration of Human Rights in Danish, Swedish,
Norwegian and Finnish (public domain), read aloud at the circles' rights evenings. Written apart
from the redactor and from every other set; see README.md. Nobody who writes or tunes the
redactor may open, read, import or run this package."""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import date, timedelta
from functools import cache

from casebook.deid.registry import PERSON, PLACE, NameEntry

from bench.heldout_al import lexicon, numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 9593
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
_COUNTRY = {"da": "da", "sv": "sv", "no": "no", "fi": "fi", "en": "en", "moved": "da"}
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
        "ž": "z",
        "é": "e",
    }
)


def hidden(text: str) -> bool:
    """An invisible or compatibility character inside `text`."""
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


@cache
def _vocabulary() -> frozenset[str]:
    """Every word the notes write outside identifiers (pools, frames, labels, lines)."""
    texts: list[str] = [s for v in people.sentences().values() for s in v]
    texts += people.OWN_ORDINARY["en"]
    texts += [t for _, t in lexicon.FRAMES]
    texts += [label for label, _, _ in lexicon.LABELS]
    for table in (
        lexicon.SPEAKERS,
        lexicon.PRESENT,
        lexicon.GREETINGS,
        lexicon.SIGN_OFFS,
        lexicon.HEADERS,
        lexicon.REVIEW_LEADS,
        lexicon.NORDIC_LEADS,
    ):
        texts += [x for v in table.values() for x in v]
    texts += lexicon.THREAD_REPLIES + lexicon.ROLES + list(lexicon.TITLES.values())
    texts += [x for v in lexicon.HEAD_TAILS.values() for x in v]
    for parts in (
        lexicon.OBSERVE_WHO,
        lexicon.OBSERVE_DID,
        lexicon.OBSERVE_WHEN,
        lexicon.OBSERVE_AFTER,
        people.LEADS,
        _EXTRA_LINES,
    ):
        texts += list(parts)
    return frozenset(w.lower() for t in texts for w in WORD.findall(t))


def _usable(name: str) -> bool:
    return not any(w.lower() in _vocabulary() for w in WORD.findall(name))


_EXTRA_LINES = [
    "Film:",
    "Titel:",
    "Elokuva:",
    "Rating:",
    "stars",
    "Film of the evening:",
    "Agenda:",
    "Next film:",
    "Item",
    "Notes:",
    "Snacks:",
    "Seats:",
    "the rights evening",
    "Discussion afterwards:",
    "(no reply)",
    "Reply:",
    "Svar:",
    "Vastaus:",
    "Circle:",
    "Cirkel:",
    "Kerho:",
]


@cache
def _cast() -> tuple[tuple[NameEntry, ...], dict[str, list[tuple[str, str, str]]], tuple]:
    """The registered people and towns, strangers' names by language, and word-name bearers."""
    rng = random.Random(4747)
    entries: list[NameEntry] = []
    strangers: dict[str, list[tuple[str, str, str]]] = {}
    bearers: list[NameEntry] = []
    counts = {"da": 30, "sv": 14, "no": 14, "fi": 14, "en": 9, "moved": 12}
    n = 0
    used: set[str] = set()
    for lang in ("da", "moved", "sv", "no", "fi", "en"):
        given = [g for g in people.given(lang) if _usable(g)]
        family = [f for f in people.family(lang) if _usable(f)]
        rng.shuffle(given)
        rng.shuffle(family)
        cut_g, cut_f = int(len(given) * 0.62), int(len(family) * 0.62)
        reg_g, reg_f = given[:cut_g], family[:cut_f]
        strangers[lang] = [(g, f, lang) for g in given[cut_g:] for f in family[cut_f:]]
        rng.shuffle(strangers[lang])
        for i in range(counts[lang]):
            g, f = reg_g[i % len(reg_g)], reg_f[(i * 7 + i // len(reg_f)) % len(reg_f)]
            full = f"{g} {f}"
            if full in used:
                continue
            used.add(full)
            n += 1
            entries.append(
                NameEntry(key=f"p{n:03d}", canonical=full, tag=f"[Person {n}]", kind=PERSON)
            )
            _LANG[f"p{n:03d}"] = lang
        bearer_langs = {lang: lang} if lang != "moved" else {}
        for blang in bearer_langs:
            for word in people.GIVEN_WORD_NAMES.get(blang, []):
                n += 1
                e = NameEntry(
                    key=f"p{n:03d}",
                    canonical=f"{word} {rng.choice(reg_f)}",
                    tag=f"[Person {n}]",
                    kind=PERSON,
                )
                entries.append(e)
                bearers.append(e)
                _LANG[e.key] = lang
            for word in people.FAMILY_WORD_NAMES.get(blang, []):
                n += 1
                e = NameEntry(
                    key=f"p{n:03d}",
                    canonical=f"{rng.choice(reg_g)} {word}",
                    tag=f"[Person {n}]",
                    kind=PERSON,
                )
                entries.append(e)
                bearers.append(e)
                _LANG[e.key] = lang
    t = 0
    for lang, towns in lexicon.TOWNS.items():
        for town in towns:
            t += 1
            entries.append(
                NameEntry(key=f"t{t:02d}", canonical=town, tag=f"[Town {t}]", kind=PLACE)
            )
            _LANG[f"t{t:02d}"] = lang
    return tuple(entries), strangers, tuple(bearers)


_LANG: dict[str, str] = {}


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
    """Draws every item once, in a shuffled order, before any again."""

    def __init__(self, rng: random.Random, items: list) -> None:
        self.rng, self.items, self.left = rng, list(items), []

    def draw(self):  # noqa: ANN201
        if not self.left:
            self.left = list(self.items)
            self.rng.shuffle(self.left)
        return self.left.pop()


def _slip(rng: random.Random, name: str, force: str = "") -> tuple[str, str]:
    """`name` with one slip people type, and the slip's name."""
    kind = force or rng.choice(
        ["slip-drop", "slip-double", "slip-swap", "slip-key", "slip-key", "slip-space"]
    )
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    if kind == "slip-space" and " " in name:
        i = name.index(" ")
        if i + 2 < len(name):
            return name[:i] + name[i + 1] + " " + name[i + 2 :], kind
        kind = "slip-drop"
    elif kind == "slip-space":
        kind = "slip-double"
    inner = [i for i in letters if 0 < i < len(name) - 1]
    i = rng.choice(inner or letters)
    if kind == "slip-drop":
        return name[:i] + name[i + 1 :], kind
    if kind == "slip-double":
        return name[:i] + name[i] + name[i:], kind
    if (
        kind == "slip-swap"
        and i + 1 < len(name)
        and name[i + 1].isalpha()
        and name[i] != name[i + 1]
    ):
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :], kind
    lower = name[i].lower()
    for row in _ROWS:
        if lower in row:
            j = row.index(lower)
            near = [row[k] for k in (j - 1, j + 1) if 0 <= k < len(row)]
            c = rng.choice(near)
            c = c.upper() if name[i].isupper() else c
            return name[:i] + c + name[i + 1 :], "slip-key"
    return name[:i] + name[i + 1 :], "slip-drop"


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


_FI_ENDINGS = {"to": ("lle", "ille"), "from": ("lta", "ilta"), "gen": ("n", "in")}
_HOWS = (
    ["exact"] * 30
    + ["stranger"] * 34
    + ["invisible"] * 8
    + ["misspelt"] * 8
    + ["lower"] * 8
    + ["upper"] * 7
    + ["ascii"] * 7
)


class Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        entries, strangers, bearers = _cast()
        self.entries = entries
        persons = [e for e in entries if e.kind == PERSON and e not in bearers]
        self.people = Deck(rng, persons)
        self.bearers = Deck(rng, list(bearers))
        self.accented = Deck(rng, [e for e in persons if _ascii(e.canonical) != e.canonical])
        self.towns = Deck(rng, [e for e in entries if e.kind == PLACE])
        self.strangers = {k: Deck(rng, v) for k, v in strangers.items()}
        self.stranger_langs = Deck(
            rng, ["da"] * 5 + ["moved"] * 3 + ["sv"] * 4 + ["no"] * 3 + ["fi"] * 3 + ["en"] * 3
        )
        self.hows = Deck(rng, _HOWS)
        self.regions = Deck(rng, [r for r, w in numbers.PLANS.items() for _ in range(w)])
        self.countries = Deck(rng, [c for c, w in numbers.WEIGHTS.items() for _ in range(w)])
        self.invisible = Deck(rng, [*_INVISIBLE, "invisible-full-width", "invisible-nbsp"])
        self.phone_hidden = Deck(
            rng, ["plain"] * 14 + ["hidden-zwsp", "hidden-full-width", "hidden-nbsp"]
        )
        self.ident_hidden = Deck(rng, ["plain"] * 10 + ["hidden-zwsp", "hidden-full-width"])
        self.slips = Deck(
            rng, ["slip-drop", "slip-double", "slip-swap", "slip-key", "slip-key", "slip-space"]
        )
        pools = people.sentences()
        words = {w.lower() for w in people.WORD_NAMES}
        general, by_word = [], {w: [] for w in words}
        for s in pools["en"]:
            found = [w.lower() for w in WORD.findall(s) if w.lower() in words]
            if found:
                by_word[found[0]].append(s)
            else:
                general.append(s)
        self.published = Deck(rng, general)
        own = people.own_by_word()
        self.word_deck = Deck(rng, sorted(words))
        self.word_sentences = {w: Deck(rng, own[w]) for w in sorted(words)}
        self.word_published = {w: Deck(rng, by_word[w]) for w in sorted(words) if by_word[w]}
        # a word's published sentences are drawn first, as often as keeps each near three
        # uses at 5 MB (about 340 uses of each word there), at most six draws in ten
        self.published_share = {w: min(0.6, 3.2 * len(v) / 340) for w, v in by_word.items()}
        self.nordic = {
            lang: Deck(rng, list(pools.get(lang, ()))) for lang in ("da", "sv", "no", "fi")
        }
        self.nordic_langs = Deck(rng, ["da", "sv", "no", "fi"])
        self.frames = Deck(rng, list(lexicon.FRAMES))
        self.labels = Deck(rng, list(lexicon.LABELS))
        self.dates = Deck(rng, list(_DATE_SHAPES))
        self.replies = Deck(rng, lexicon.THREAD_REPLIES)
        self.kinds = Deck(
            rng, ["P"] * 5 + ["I"] * 4 + ["E"] * 2 + ["U"] * 2 + ["A"] * 4 + ["D"] * 9 + ["T"] * 3
        )

    # --- identifiers ---------------------------------------------------------------------

    def person(self) -> NameEntry:
        if self.rng.random() < 0.3:
            return self.bearers.draw()
        return self.people.draw()

    def _written_form(self, e: NameEntry) -> str:
        given, fam = e.given_names[0], e.family_name or ""
        words = {w.lower() for w in people.WORD_NAMES}
        if given.lower() in words or fam.lower() in words:
            if self.rng.random() < 0.75:
                return given if given.lower() in words else fam
        return self.rng.choice([given, given, fam, e.canonical, e.canonical])

    def name(
        self,
        note: Note,
        style: str,
        ending: str = "",
        present: bool = False,
        registered_only: bool = False,
    ) -> None:
        how = self.hows.draw()
        if registered_only and how == "stranger":
            how = "exact"
        if ending and how in ("stranger", "invisible"):
            how = "exact"
        tail = "/present" if present else ""
        if how == "stranger":
            lang = self.stranger_langs.draw()
            g, f, _ = self.strangers[lang].draw()
            written = f"{g} {f}" if self.rng.random() < 0.8 else g
            note.span(written, "name", f"{style}/{_COUNTRY[lang]}/?/stranger{tail}", written)
            return
        e = self.accented.draw() if how == "ascii" else self.person()
        lang = _COUNTRY[_LANG[e.key]]
        form = self._written_form(e)
        written, exact, detail = form, True, how
        if how == "lower":
            written, exact = form.lower(), form.lower() == form
        elif how == "upper":
            written, exact = form.upper(), form.upper() == form
        elif how == "ascii":
            form = (
                next(p for p in (form, e.canonical) if _ascii(p) != p)
                if _ascii(e.canonical) != e.canonical
                else form
            )
            folded = _ascii(form)
            if folded == form:
                detail = "exact"
            else:
                written, exact = folded, False
        elif how == "misspelt":
            written, detail = _slip(self.rng, form, self.slips.draw())
            exact = written == form
        elif how == "invisible":
            detail = self.invisible.draw()
            if detail == "invisible-full-width":
                written = _full_width(form[0]) + form[1:]
            elif detail == "invisible-nbsp":
                full = e.canonical
                form = full
                written = full.replace(" ", "\u00a0", 1)
            else:
                i = self.rng.randint(1, max(1, len(form) - 1))
                written = form[:i] + _INVISIBLE[detail] + form[i:]
            exact = False
        value = form
        note.span(written, "name", f"{style}/{lang}/?/{detail}{tail}", value, exact, e.key)
        if ending:
            note.add(ending)

    def fi_ending(self, case: str) -> str:
        return self.rng.choice(_FI_ENDINGS[case])

    def phone(self, note: Note, style: str) -> None:
        region = self.regions.draw()
        nsn, groups = numbers.draw(self.rng, region)
        written, shape = numbers.write(self.rng, region, nsn, groups)
        how = self.phone_hidden.draw()
        if how == "hidden-zwsp":
            cut = written.find(" ") if " " in written else min(4, len(written) - 2)
            written = written[:cut] + "\u200b" + written[cut:]
        elif how == "hidden-full-width":
            written = "".join(_full_width(c) if c.isdigit() else c for c in written)
        elif how == "hidden-nbsp":
            if " " in written:
                written = written.replace(" ", "\u00a0")
            else:
                how = "plain"
        note.span(written, "phone", f"{style}/{region}/{shape}/{how}", numbers.e164(region, nsn))

    def ident(self, note: Note, style: str, country: str | None = None) -> None:
        country = country or self.countries.draw()
        build, _ = numbers.BUILDERS[country]
        value, shape = build(self.rng)
        how = self.ident_hidden.draw()
        written = value
        if how == "hidden-zwsp":
            i = self.rng.randint(2, len(value) - 2)
            written = value[:i] + "\u200b" + value[i:]
        elif how == "hidden-full-width":
            written = "".join(_full_width(c) if c.isdigit() else c for c in value)
        note.span(written, "personnummer", f"{style}/{country}/{shape}/{how}", value)

    def email(self, note: Note, style: str) -> None:
        e = self.people.draw()
        g = _ascii(e.given_names[0]).lower()
        f = _ascii(e.family_name or "").lower()
        lang = _LANG[e.key]
        tld = {"da": "dk", "moved": "dk", "sv": "se", "no": "no", "fi": "fi", "en": "org"}[lang]
        shape = self.rng.choice(["dot", "initial", "plain", "club"])
        local = {
            "dot": f"{g}.{f}",
            "initial": f"{g[0]}{f}",
            "plain": f"{g}{f}",
            "club": f"{g}.filmkreds",
        }[shape]
        written = f"{local}@example.{tld}" if shape != "club" else f"{local}@example.com"
        note.span(written, "email", f"{style}/en/{shape}", written)

    def url(self, note: Note, style: str) -> None:
        host = self.rng.choice(
            [
                "filmkreds.example.dk",
                "filmcirkel.example.se",
                "filmklubb.example.no",
                "elokuvakerho.example.fi",
                "circle.example.org",
            ]
        )
        path = self.rng.choice(
            [
                "/tilmelding",
                "/anmalan",
                "/program",
                "/films/list",
                "/season/signup",
                "/kalender?uge=neste",
                "/ohjelma?kausi=kevat",
                "/trailer?film=" + self.rng.choice("abcdefgh") * 3,
            ]
        )
        shape = self.rng.choice(["https", "https", "bare", "www"])
        written = {
            "https": f"https://{host}{path}",
            "bare": f"{host}{path}",
            "www": f"www.{host}{path}",
        }[shape]
        note.span(written, "url", f"{style}/en/{shape}", written)

    def place(self, note: Note, style: str) -> None:
        e = self.towns.draw()
        note.span(
            e.canonical, "place", f"{style}/{_LANG[e.key]}/registered", e.canonical, True, e.key
        )

    def address(self, note: Note, style: str, lang: str | None = None) -> None:
        lang = lang or self.rng.choice(["da", "da", "sv", "sv", "no", "fi", "fi", "en"])
        street = self.rng.choice(lexicon.STREETS[lang])
        no = self.rng.randint(1, 88)
        with_town = self.rng.random() < 0.6
        town = self.rng.choice(lexicon.TOWNS.get(lang, ["Aalborg"]))
        post = f"{lexicon.POSTCODES[town]} {town}"
        if lang == "da":
            line = (
                f"{street} {no}, {self.rng.randint(1, 4)}. {self.rng.choice(['tv.', 'th.', 'mf.'])}"
            )
            shape = "floor-side"
        elif lang == "sv":
            line = f"{street} {no}" + (
                f", lgh {self.rng.randint(1001, 1304)}" if self.rng.random() < 0.5 else ""
            )
            shape = "lgh" if "lgh" in line else "street"
        elif lang == "no":
            line = f"{street} {no}{self.rng.choice(['A', 'B', 'C', ''])}"
            shape = "letter"
        elif lang == "fi":
            line = f"{street} {no} {self.rng.choice('ABCD')} {self.rng.randint(1, 40)}"
            shape = "stair-flat"
        else:
            line = f"{no} {street}"
            post = self.rng.choice(lexicon.GB_TOWNS)
            shape, with_town = "gb", True
        written = f"{line}, {post}" if with_town else line
        note.span(
            written,
            "address",
            f"{style}/{_COUNTRY[lang] if lang != 'en' else 'gb'}/{shape}",
            written,
        )

    def date(self, note: Note, style: str, lang: str) -> None:
        d = date(2025, 1, 1) + timedelta(days=self.rng.randint(0, 729))
        shapes = [s for s, (lg, _) in _DATE_SHAPES.items() if lg == lang]
        if lang == "en" and self.rng.random() < 0.2:
            lang = self.rng.choice(["da", "sv", "no", "fi"])
            shapes = [s for s, (lg, _) in _DATE_SHAPES.items() if lg == lang]
        shape = self.rng.choice(shapes)
        before, written = _DATE_SHAPES[shape][1](d, self.rng)
        note.add(before)
        note.span(written, "date", f"{style}/{lang}/{shape}", written)

    def slot(self, note: Note, style: str, kind: str, extra: str, lang: str) -> None:
        if kind == "N":
            if extra == "g":
                self.name(note, style, ending="s", registered_only=True)
            elif extra in _FI_ENDINGS:
                self.name(note, style, ending=self.fi_ending(extra), registered_only=True)
            else:
                self.name(note, style)
        elif kind == "P":
            self.phone(note, style)
        elif kind == "I":
            self.ident(note, style, extra or None)
        elif kind == "E":
            self.email(note, style)
        elif kind == "U":
            self.url(note, style)
        elif kind == "A":
            self.address(note, style, lang if lang in lexicon.STREETS else None)
        elif kind == "D":
            self.date(note, style, lang)
        elif kind == "T":
            self.place(note, style)

    def fill(self, note: Note, text: str, style: str, lang: str) -> int:
        """Write `text`, planting an identifier at each slot; the number planted."""
        n, at = 0, 0
        for m in SLOT.finditer(text):
            note.add(text[at : m.start()])
            self.slot(note, style, m.group(1), m.group(2) or "", lang)
            at = m.end()
            n += 1
        note.add(text[at:])
        return n

    # --- running text --------------------------------------------------------------------

    def published_line(self) -> str:
        s = self.published.draw()
        if self.rng.random() < 0.18:
            lead = self.rng.choice(lexicon.REVIEW_LEADS["en"])
            return lead + s
        return s

    def observation(self) -> str:
        r = self.rng
        return (
            f"{r.choice(lexicon.OBSERVE_WHO)} {r.choice(lexicon.OBSERVE_DID)} "
            f"{r.choice(lexicon.OBSERVE_WHEN)}, {r.choice(lexicon.OBSERVE_AFTER)}."
        )

    def word_sentence(self) -> str:
        word = self.word_deck.draw()
        if word in self.word_published and self.rng.random() < self.published_share[word]:
            return self.word_published[word].draw()
        return self.word_sentences[word].draw()

    def nordic_line(self) -> str:
        lang = self.nordic_langs.draw()
        return self.rng.choice(lexicon.NORDIC_LEADS[lang]) + self.nordic[lang].draw()

    def running(self, k: int) -> str:
        """A paragraph of `k` sentences: published ones most of all."""
        out = []
        for _ in range(k):
            x = self.rng.random()
            if x < 0.66:
                out.append(self.published_line())
            elif x < 0.82:
                out.append(self.word_sentence())
            elif x < 0.988:
                out.append(self.observation())
            else:
                out.append(self.nordic_line())
        return " ".join(out)

    def frame(self, note: Note, style: str) -> int:
        lang, text = self.frames.draw()
        return self.fill(note, text, style, lang)


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name.translate(_FOLD)).encode("ascii", "ignore").decode()


def _suffix(d: int) -> str:
    if d in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _en(d: date) -> str:
    return lexicon.MONTHS["en"][d.month - 1]


def _range(d: date, rng: random.Random) -> tuple[str, str]:
    end = min(d.day + rng.randint(1, 3), 28)
    return "", f"{d.day}–{max(end, d.day + 1)} {_en(d)}"


_DATE_SHAPES = {
    "day-month-year": ("en", lambda d, r: ("", f"{d.day} {_en(d)} {d.year}")),
    "month-day": ("en", lambda d, r: ("", f"{_en(d)} {d.day}")),
    "month-day-year": ("en", lambda d, r: ("", f"{_en(d)} {d.day}, {d.year}")),
    "weekday": ("en", lambda d, r: ("", f"{lexicon.WEEKDAYS['en'][d.weekday()]} {d.day} {_en(d)}")),
    "weekday-short": (
        "en",
        lambda d, r: (
            "",
            f"{lexicon.WEEKDAYS['en'][d.weekday()][:3]} "
            f"{d.day} {lexicon.MONTHS_SHORT[d.month - 1]} "
            f"{d.year}",
        ),
    ),
    "ordinal": ("en", lambda d, r: ("the ", f"{d.day}{_suffix(d.day)} of {_en(d)}")),
    "range": ("en", _range),
    "slash": ("en", lambda d, r: ("", f"{d.day:02d}/{d.month:02d}/{d.year}")),
    "iso": ("en", lambda d, r: ("", d.isoformat())),
    "da-long": ("da", lambda d, r: ("", f"{d.day}. {lexicon.MONTHS['da'][d.month - 1]} {d.year}")),
    "da-weekday": (
        "da",
        lambda d, r: (
            "",
            f"{lexicon.WEEKDAYS['da'][d.weekday()]} den {d.day}. "
            f"{lexicon.MONTHS['da'][d.month - 1]}",
        ),
    ),
    "da-dash": ("da", lambda d, r: ("", f"{d.day:02d}-{d.month:02d}-{d.year}")),
    "da-den": ("da", lambda d, r: ("", f"den {d.day}. {lexicon.MONTHS['da'][d.month - 1]}")),
    "sv-long": ("sv", lambda d, r: ("", f"{d.day} {lexicon.MONTHS['sv'][d.month - 1]} {d.year}")),
    "sv-weekday": (
        "sv",
        lambda d, r: (
            "",
            f"{lexicon.WEEKDAYS['sv'][d.weekday()]}en den {d.day} "
            f"{lexicon.MONTHS['sv'][d.month - 1]}",
        ),
    ),
    "sv-den": ("sv", lambda d, r: ("", f"den {d.day} {lexicon.MONTHS['sv'][d.month - 1]}")),
    "sv-iso": ("sv", lambda d, r: ("", d.isoformat())),
    "no-long": ("no", lambda d, r: ("", f"{d.day}. {lexicon.MONTHS['no'][d.month - 1]} {d.year}")),
    "no-digits": ("no", lambda d, r: ("", f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}")),
    "no-weekday": (
        "no",
        lambda d, r: (
            "",
            f"{lexicon.WEEKDAYS['no'][d.weekday()]} {d.day}. {lexicon.MONTHS['no'][d.month - 1]}",
        ),
    ),
    "fi-digits": ("fi", lambda d, r: ("", f"{d.day}.{d.month}.{d.year}")),
    "fi-weekday": (
        "fi",
        lambda d, r: ("", f"{lexicon.WEEKDAYS['fi'][d.weekday()]} {d.day}.{d.month}."),
    ),
    "fi-long": ("fi", lambda d, r: ("", f"{d.day}. {lexicon.MONTHS['fi'][d.month - 1]} {d.year}")),
}


def _label(w: Writer, note: Note) -> int:
    label, lang, kind = w.labels.draw()
    note.add(f"{label} ")
    if kind.startswith("I:"):
        w.ident(note, "label", kind[2:])
    else:
        w.slot(note, "label", kind, "", lang)
    note.add("\n")
    return 1


def _present(w: Writer, note: Note) -> int:
    lang = w.rng.choice(["en", "da", "sv", "no", "fi", "en"])
    note.add(w.rng.choice(lexicon.PRESENT[lang]) + " ")
    k = w.rng.randint(2, 4)
    for i in range(k):
        if i:
            note.add(", ")
        w.name(note, "list", present=True)
        if w.rng.random() < 0.25:
            note.add(f" ({w.rng.choice(lexicon.ROLES)})")
    note.add("\n")
    return k


def _greeting(w: Writer, note: Note, lang: str) -> int:
    note.add(w.rng.choice(lexicon.GREETINGS[lang]) + " ")
    w.name(note, "greeting", registered_only=w.rng.random() < 0.5)
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


def _speaker_line(w: Writer, note: Note, style: str) -> int:
    n = 0
    if w.rng.random() < 0.5:
        w.name(note, style, registered_only=w.rng.random() < 0.3)
        note.add(": ")
        n = 1
    else:
        lang = w.rng.choice(["en", "en", "da", "sv", "no", "fi"])
        note.add(w.rng.choice(lexicon.SPEAKERS[lang]) + " ")
    x = w.rng.random()
    if x < 0.25:
        note.add(w.replies.draw())
    else:
        note.add(w.running(w.rng.randint(1, 2)))
    note.add("\n")
    return n


def _compose(w: Writer, style: str, target: int, wanted: int) -> Note:
    note = Note()
    r = w.rng
    note.add(
        lexicon.TITLES[style]
        + r.choice(lexicon.HEAD_TAILS[style]).format(n=r.randint(2, 399))
        + "\n\n"
    )
    planted = 0
    lang = r.choice(["en", "en", "da", "sv", "no", "fi"])

    def budget_left() -> bool:
        return planted < wanted

    # openings of each layout
    if style == "letter":
        if r.random() < 0.7 and budget_left():
            planted += _header(w, note, lang)
            note.add("\n")
        if budget_left():
            planted += _greeting(w, note, lang)
        else:
            note.add(r.choice(lexicon.GREETINGS[lang]) + ",\n\n")
    elif style == "minutes" and r.random() < 0.65 and wanted - planted >= 2:
        planted += _present(w, note)
    elif style in ("form", "card"):
        for _ in range(r.randint(2, 4)):
            if not budget_left():
                break
            planted += _label(w, note)
        note.add("\n")
    signed = style == "letter" and r.random() < 0.6
    reserve = 1 if signed else 0
    while note.size() < target or planted < wanted - reserve:
        need = planted < wanted - reserve
        ahead = planted / max(1, wanted) <= note.size() / max(1, target)
        if need and (ahead or note.size() >= target):
            x = r.random()
            if style == "thread" and x < 0.45:
                planted += _speaker_line(w, note, style)
                continue
            if x < 0.07 or style in ("form", "card") and x < 0.25:
                planted += _label(w, note)
                continue
            if style == "minutes" and x < 0.35 and wanted - reserve - planted >= 2:
                planted += _present(w, note)
                continue
            left = wanted - reserve - planted
            for _ in range(12):
                lang_f, text = w.frames.draw()
                if len(SLOT.findall(text)) <= left:
                    break
            else:
                lang_f, text = "en", "{D} was the last evening of the season."
            note.add(w.running(1) + " " if r.random() < 0.5 else "")
            planted += w.fill(note, text, style, lang_f)
            note.add(" " + w.running(r.randint(0, 2)) + "\n\n" if r.random() < 0.6 else "\n\n")
        else:
            if style == "thread":
                lang_s = r.choice(["en", "en", "da", "sv", "no", "fi"])
                note.add(r.choice(lexicon.SPEAKERS[lang_s]) + " ")
                note.add(w.running(r.randint(1, 2)) if r.random() < 0.8 else w.replies.draw())
                note.add("\n")
            else:
                note.add(w.running(r.randint(2, 5)) + "\n\n")
    if signed:
        planted += _sign_off(w, note, lang)
    return note


def generate_heldout_al(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    """Held-out AL's notes, about `size` bytes, `per_kb` identifiers per kilobyte."""
    rng = random.Random(seed)
    w = Writer(rng)
    entries = _cast()[0]
    forms = {e.key: entry_forms(e) for e in entries}
    person_forms = set().union(*(forms[e.key] for e in entries if e.kind == PERSON))
    styles = Deck(rng, list(lexicon.TITLES))
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    total, count = 0, 0
    while total < size:
        style = styles.draw()
        target = rng.randint(1050, 4950)
        if size - total < target:
            target = max(size - total, 300)
        wanted = max(1, round(per_kb * (total + target) / 1000) - count)
        note = _compose(w, style, target, wanted)
        text = note.text()
        i = len(texts)
        spans = []
        for start, end, kind, form, value, exact, key in note.spans:
            if kind == "name":
                category = name_category(text[start:end], exact, key, text, start, end, forms)
                parts = form.split("/")
                parts[2] = category
                form = "/".join(parts)
            spans.append(Planted(i, start, end, kind, form, value, exact, key))
        for m in WORD.finditer(text):
            if m.group().lower() not in person_forms:
                continue
            if any(p.start < m.end() and m.start() < p.end for p in spans):
                continue
            before = text[: m.start()].rstrip(" ")
            initial = not before or before[-1] in "\n:.!?–-•([“\"'"
            ordinary.append(
                Ordinary(
                    i,
                    m.start(),
                    m.end(),
                    m.group(),
                    "homograph/initial" if initial else "homograph/inner",
                )
            )
        texts.append(text)
        planted.extend(spans)
        total += len(text.encode("utf-8"))
        count += len(spans)
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
        text = corpus.texts[o.text]
        if text[o.start : o.end] != o.word:
            raise ValueError(f"ordinary word is not its text: {o}")
        if any(s < o.end and o.start < e for s, e in by_text.get(o.text, [])):
            raise ValueError(f"ordinary word inside an identifier: {o}")
