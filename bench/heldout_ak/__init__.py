"""Held-out AK: field notes of a study of digital mentors in supported housing around the
Øresund and the Oslofjord (with Finnish Ostrobothnia), with planted identifiers. See README.md;
nobody who writes or tunes the redactor may read this package.

    corpus = generate_heldout_ak(SEED, 5_000_000)   # per_kb=REALISTIC identifiers a kilobyte
"""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import date, timedelta
from functools import cache

from casebook.deid.registry import PERSON, PLACE, NameEntry, ascii_fold

from bench.heldout_ak import lexicon, numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 9689
REALISTIC = 0.7
WORD = re.compile(r"[^\W\d_]+")
SLOT = re.compile(r"\{(N|P|E|U|D|A|T|I)(?::([a-z-]+))?\}")
_INVISIBLE = {
    "soft-hyphen": "\u00ad",
    "zwsp": "\u200b",
    "zwj": "\u200d",
    "word-joiner": "\u2060",
    "bom": "\ufeff",
}
_ROWS = ["qwertyuiopå", "asdfghjkløæ", "zxcvbnm"]
_COUNTRY = {"da": "da", "sv": "sv", "no": "no", "fi": "fi", "en": "en", "moved": "da"}


def hidden(text: str) -> bool:
    """An invisible or compatibility character in `text`."""
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


@cache
def _vocabulary() -> frozenset[str]:
    """Every word the notes write outside names: pools, frames, labels, parts."""
    texts: list[str] = [s for v in people.sentences().values() for s in v]
    texts += [s for _, _, s in people._rows()]
    texts += people.OWN_ORDINARY["en"] + people.LEADS
    for name in dir(lexicon):
        value = getattr(lexicon, name)
        if name.isupper():
            texts.append(repr(value))
    words = {w.lower() for t in texts for w in WORD.findall(t)}
    return frozenset(words)


def _usable(name: str) -> bool:
    parts = {p.lower() for p in re.split(r"[\s-]+", name)}
    return not parts & _vocabulary()


@cache
def _cast() -> tuple[tuple[NameEntry, ...], dict[str, list[tuple[str, str, str]]]]:
    """Registered people and towns, and the strangers' names (given, family, language)."""
    rng = random.Random(SEED * 7 + 1)
    entries: list[NameEntry] = []
    strangers: dict[str, list[tuple[str, str, str]]] = {}
    counts = {"da": 30, "sv": 16, "no": 14, "fi": 14, "en": 6, "moved": 10}
    n = 0
    for lang in ("da", "sv", "no", "fi", "en", "moved"):
        given = [g for g in people.given(lang) if _usable(g)]
        family = [f for f in people.family(lang) if _usable(f)]
        rng.shuffle(given)
        rng.shuffle(family)
        cut_g, cut_f = round(len(given) * 0.62), round(len(family) * 0.62)
        reg_g, reg_f = given[:cut_g], family[:cut_f]
        seen: set[str] = set()
        while len(seen) < counts[lang]:
            name = f"{rng.choice(reg_g)} {rng.choice(reg_f)}"
            if name in seen:
                continue
            seen.add(name)
            n += 1
            entries.append(NameEntry(f"p{n}", name, f"[PERSON {n}]"))
            _LANG[f"p{n}"] = lang
        strangers[lang] = [(g, f, lang) for g in given[cut_g:] for f in family[cut_f:]]
        rng.shuffle(strangers[lang])
    en_given = [g for g in people.given("en") if _usable(g)]
    en_family = [f for f in people.family("en") if _usable(f)]
    used = {w for e in entries for w in e.canonical.split()}
    en_given = [g for g in en_given if g not in used]
    en_family = [f for f in en_family if f not in used]
    for i, word in enumerate(people.GIVEN_WORD_NAMES["en"]):
        n += 1
        entries.append(NameEntry(f"p{n}", f"{word} {en_family[i % len(en_family)]}",
                                 f"[PERSON {n}]"))  # fmt: skip
        _LANG[f"p{n}"] = "en"
    for i, word in enumerate(people.FAMILY_WORD_NAMES["en"]):
        n += 1
        entries.append(NameEntry(f"p{n}", f"{en_given[i % len(en_given)]} {word}",
                                 f"[PERSON {n}]"))  # fmt: skip
        _LANG[f"p{n}"] = "en"
    for m, town in enumerate(t for v in lexicon.TOWNS.values() for t in v):
        entries.append(NameEntry(f"t{m + 1}", town, f"[PLACE {m + 1}]", kind=PLACE))
    return tuple(entries), strangers


_LANG: dict[str, str] = {}


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

    @property
    def text(self) -> str:
        return "".join(self.parts)

    @property
    def size(self) -> int:
        return len(self.text.encode("utf-8"))


class Deck:
    def __init__(self, rng: random.Random, items: list) -> None:
        self.rng, self.items, self.left = rng, list(items), []

    def draw(self):  # noqa: ANN201
        if not self.left:
            self.left = list(self.items)
            self.rng.shuffle(self.left)
        return self.left.pop()


def _slip(rng: random.Random, name: str, force: str = "") -> tuple[str, str]:
    """`name` with one slip of the fingers, and which slip."""
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    kind = force or rng.choice(("slip-drop", "slip-double", "slip-swap", "slip-key", "slip-space"))
    i = rng.choice(letters[1:-1] or letters)
    if kind == "slip-drop":
        return name[:i] + name[i + 1 :], kind
    if kind == "slip-double":
        return name[: i + 1] + name[i] + name[i + 1 :], kind
    if kind == "slip-swap" and i + 1 < len(name) and name[i + 1].isalpha():
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :], kind
    if kind == "slip-space" and " " in name:
        j = name.index(" ")
        return name[: j - 1] + " " + name[j - 1] + name[j + 1 :], kind
    c = name[i].lower()
    for row in _ROWS:
        if c in row:
            k = row.index(c)
            near = row[k - 1] if k and (k + 1 >= len(row) or rng.random() < 0.5) else row[k + 1]
            near = near.upper() if name[i].isupper() else near
            return name[:i] + near + name[i + 1 :], "slip-key"
    return name[:i] + name[i + 1 :], "slip-drop"


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text[:1]) + text[1:]


_FI_ENDINGS = {"fi-to": ("lle", "ille"), "fi-from": ("lta", "ilta"), "fi-gen": ("n", "in")}
_HOWS = (["exact"] * 30 + ["stranger"] * 25 + ["invisible"] * 8 + ["misspelt"] * 8
         + ["lower"] * 7 + ["upper"] * 6 + ["ascii"] * 6)  # fmt: skip


class Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        entries, strangers = _cast()
        self.people = [e for e in entries if e.kind == PERSON]
        self.towns = [e for e in entries if e.kind == PLACE]
        self.word_bearers = [e for e in self.people if _bears_word(e)]
        self.others = [e for e in self.people if not _bears_word(e)]
        self.bearer_deck = Deck(rng, self.word_bearers)
        self.diacritic = [e for e in self.people if ascii_fold(e.canonical) != e.canonical]
        pool = [s for v in strangers.values() for s in v]
        rng.shuffle(pool)
        self.strangers = Deck(rng, pool)
        self.published = Deck(rng, _general_pool())
        self.words = Deck(rng, sorted(_word_pools()))
        self.word_decks = {w: Deck(rng, v) for w, v in sorted(_word_pools().items())}
        self.days = [date(2025, 1, 1) + timedelta(d) for d in range(730)]
        self.region = list(numbers.PLANS)
        self.region_w = list(numbers.PLANS.values())
        self.ident_c = list(numbers.WEIGHTS)
        self.ident_w = list(numbers.WEIGHTS.values())
        self.sheet = rng.randint(100, 400)

    def person(self) -> NameEntry:
        if self.rng.random() < 0.3:
            return self.bearer_deck.draw()
        return self.rng.choice(self.others)

    def name(self, note: Note, style: str, ending: str = "", present: bool = False,
             registered: bool = False) -> None:  # fmt: skip
        rng = self.rng
        how = "exact" if ending else rng.choice(_HOWS)
        if registered and how == "stranger":
            how = "exact"
        tail = "/present" if present else ""
        if how == "stranger":
            g, f, lang = self.strangers.draw()
            written = f"{g} {f}" if rng.random() < 0.8 else g
            note.span(written, "name", f"{style}/{_COUNTRY[lang]}/unregistered/stranger{tail}",
                      written)  # fmt: skip
            return
        e = rng.choice(self.diacritic) if how == "ascii" else self.person()
        country = _COUNTRY[_LANG[e.key]]
        g, f = e.given_names[0], e.family_name or ""
        word_g = g in people.GIVEN_WORD_NAMES["en"]
        word_f = f in people.FAMILY_WORD_NAMES["en"]
        r = rng.random()
        if ending:
            value = g if rng.random() < 0.8 else f
        elif (word_g or word_f) and r < 0.75:
            value = g if word_g else f
        elif r < 0.45:
            value = e.canonical
        elif r < 0.85:
            value = g
        else:
            value = f
        written, detail = value, how
        if how == "lower":
            written = value.lower()
        elif how == "upper":
            written = value.upper()
        elif how == "ascii":
            if ascii_fold(value) == value:
                value = e.canonical
            written = _fold(value)
        elif how == "misspelt":
            written, detail = _slip(rng, value)
            if written.lower() in entry_forms(e):
                written, detail = _slip(rng, value, "slip-double")
        elif how == "invisible":
            kind = rng.choice([*_INVISIBLE, "full-width", "nbsp"])
            if kind == "nbsp":
                value = e.canonical
                written = value.replace(" ", "\u00a0", 1)
            elif kind == "full-width":
                written = _full_width(value)
            else:
                i = rng.randint(1, len(value) - 1)
                if value[i - 1] == " " or value[i] == " ":
                    i = 1
                written = value[:i] + _INVISIBLE[kind] + value[i:]
            detail = f"invisible-{kind}"
        exact = written == value
        note.span(written, "name", f"{style}/{country}/{how}/{detail}{tail}", value, exact, e.key)
        if ending:
            if ending == "gen":
                note.add("s" if not value.endswith("s") else "es")
            else:
                vowel, consonant = _FI_ENDINGS[ending]
                note.add(vowel if value[-1] in "aeiouyäö" else consonant)

    def phone(self, note: Note, style: str) -> None:
        rng = self.rng
        region = rng.choices(self.region, self.region_w)[0]
        nsn, groups = numbers.draw(rng, region)
        written, shape = numbers.write(rng, region, nsn, groups)
        how = "plain"
        r = rng.random()
        if r < 0.05 and " " in written:
            written, how = written.replace(" ", "\u00a0"), "hidden-nbsp"
        elif r < 0.09 and len(written) > 4:
            written, how = written[:3] + "\u200b" + written[3:], "hidden-zwsp"
        elif r < 0.12:
            written = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in written)
            how = "hidden-full-width"
        note.span(written, "phone", f"{style}/{region}/{shape}/{how}", numbers.e164(region, nsn))

    def ident(self, note: Note, style: str, country: str | None = None) -> None:
        rng = self.rng
        country = country or rng.choices(self.ident_c, self.ident_w)[0]
        number, shape = numbers.BUILDERS[country][0](rng)
        written, how = number, "plain"
        r = rng.random()
        if r < 0.07:
            written, how = number[:4] + "\u200b" + number[4:], "hidden-zwsp"
        elif r < 0.12:
            written = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in number)
            how = "hidden-full-width"
        note.span(written, "personnummer", f"{style}/{country}/{shape}/{how}", number)

    def email(self, note: Note, style: str) -> None:
        rng = self.rng
        e = self.person()
        g, f = _fold(e.given_names[0]).lower(), _fold(e.family_name or "").lower()
        local = rng.choice([f"{g}.{f}", f"{g}{f[:1]}", f"{g[:1]}{f}", f"{g}_{f}", f"{f}.{g}"])
        domain = rng.choice(["example.dk", "example.se", "example.no", "example.fi",
                             "example.com", "example.org", "mail.example.net"])  # fmt: skip
        shape = local.replace(g, "g").replace(f, "f") if f and g else "plain"
        value = f"{local}@{domain}"
        note.span(value, "email", f"{style}/en/{re.sub(r'[^a-z_.]', '', shape) or 'x'}", value)

    def url(self, note: Note, style: str) -> None:
        rng = self.rng
        host = rng.choice(["booking.example.dk", "www.example.se", "mentor.example.no",
                           "apps.example.fi", "example.org"])  # fmt: skip
        path = rng.choice(["/laan/tablet", "/boka/mentor", "/hjelp/ruter", "/ohjeet/puhelin",
                           "/guide/photos", "/forms/device-loan", "/kalender"])  # fmt: skip
        tail = f"?id={rng.randint(1000, 99999)}" if rng.random() < 0.4 else ""
        value = f"https://{host}{path}{tail}"
        if rng.random() < 0.3:
            value = value.removeprefix("https://")
        note.span(value, "url", f"{style}/en/{'query' if tail else 'path'}", value)

    def place(self, note: Note, style: str) -> None:
        e = self.rng.choice(self.towns)
        lang = next(k for k, v in lexicon.TOWNS.items() if e.canonical in v)
        note.span(e.canonical, "place", f"{style}/{lang}/registered", e.canonical, True, e.key)

    def address(self, note: Note, style: str, lang: str | None = None) -> None:
        rng = self.rng
        lang = lang or rng.choice(["da", "da", "sv", "no", "fi", "gb"])
        if lang == "en":
            lang = rng.choice(["da", "sv", "no", "gb"])
        street = rng.choice(lexicon.STREETS[lang])
        number = rng.randint(1, 120)
        town = rng.choice(lexicon.TOWNS.get(lang, ["x"]))
        with_town = rng.random() < 0.6
        if lang == "da":
            line = f"{street} {number}"
            if rng.random() < 0.5:
                line += f", {rng.randint(1, 5)}. {rng.choice(['tv', 'th', 'mf'])}."
        elif lang == "sv":
            line = f"{street} {number}"
            if rng.random() < 0.5:
                line += f" lgh {rng.randint(1, 4)}{rng.randint(1, 3):02}{rng.randint(1, 9)}"
        elif lang == "no":
            line = f"{street} {number}{rng.choice(['', '', 'A', 'B'])}"
        elif lang == "fi":
            line = f"{street} {number}"
            if rng.random() < 0.5:
                line += f" {rng.choice('ABC')} {rng.randint(1, 40)}"
        else:
            line = f"{number} {street}"
            with_town = True
        if with_town:
            if lang == "gb":
                line += ", " + rng.choice(lexicon.GB_TOWNS)
            else:
                line += f", {lexicon.POSTCODES[town]} {town}"
        shape = ("street-town" if with_town else "street") + ("-flat" if " lgh " in line
                                                             or ". t" in line or ". m" in line
                                                             else "")  # fmt: skip
        note.span(line, "address", f"{style}/{lang}/{shape}", line)

    def date(self, note: Note, style: str, lang: str) -> None:
        rng = self.rng
        d = rng.choice(self.days)
        months = lexicon.MONTHS[lang].split()
        month = months[d.month - 1]
        wd = lexicon.WEEKDAYS[lang].split()[d.weekday()]
        if lang == "en":
            shape = rng.choice(["long", "month-day", "month-day-year", "weekday", "ordinal",
                                "range", "slash", "iso", "abbr"])  # fmt: skip
            if shape == "range" and d.day > 26:
                shape = "long"
            text = {
                "long": f"{d.day} {month} {d.year}",
                "month-day": f"{month} {d.day}",
                "month-day-year": f"{month} {d.day}, {d.year}",
                "weekday": f"{wd[:3]} {d.day} {month[:3]} {d.year}",
                "ordinal": f"the {d.day}{_suffix(d.day)} of {month}",
                "range": f"{d.day}–{d.day + 2} {month}",
                "slash": f"{d.day:02}/{d.month:02}/{d.year}",
                "iso": d.isoformat(),
                "abbr": f"{d.day} {month[:3]}. {d.year}"
                if month[:3] != month
                else f"{d.day} {month} {d.year}",
            }[shape]
            if shape == "ordinal":
                note.add("the ")
                text = text.removeprefix("the ")
        elif lang == "da":
            shape = rng.choice(["da-long", "da-weekday", "da-dash", "da-short"])
            text = {
                "da-long": f"{d.day}. {month} {d.year}",
                "da-weekday": f"{wd} den {d.day}. {month}",
                "da-dash": f"{d.day:02}-{d.month:02}-{d.year}",
                "da-short": f"{d.day}/{d.month}",
            }[shape]
        elif lang == "sv":
            shape = rng.choice(["sv-long", "sv-weekday", "sv-iso", "sv-den"])
            text = {
                "sv-long": f"{d.day} {month} {d.year}",
                "sv-weekday": f"{wd} den {d.day} {month}",
                "sv-iso": d.isoformat(),
                "sv-den": f"den {d.day} {month}",
            }[shape]
        elif lang == "no":
            shape = rng.choice(["no-long", "no-digits", "no-weekday", "no-short"])
            text = {
                "no-long": f"{d.day}. {month} {d.year}",
                "no-digits": f"{d.day:02}.{d.month:02}.{d.year % 100:02}",
                "no-weekday": f"{wd} {d.day}. {month}",
                "no-short": f"{d.day}.{d.month}.",
            }[shape]
        else:
            shape = rng.choice(["fi-digits", "fi-weekday", "fi-long"])
            text = {
                "fi-digits": f"{d.day}.{d.month}.{d.year}",
                "fi-weekday": f"{wd} {d.day}.{d.month}.",
                "fi-long": f"{d.day}. {month} {d.year}",
            }[shape]
        note.span(text, "date", f"{style}/{lang}/{shape}", d.isoformat())

    def slot(self, note: Note, style: str, kind: str, extra: str, lang: str) -> None:
        if kind == "N":
            self.name(note, style, ending=extra or "", registered=bool(extra))
        elif kind == "P":
            self.phone(note, style)
        elif kind == "E":
            self.email(note, style)
        elif kind == "U":
            self.url(note, style)
        elif kind == "T":
            self.place(note, style)
        elif kind == "I":
            self.ident(note, style, extra or None)
        elif kind == "A":
            self.address(note, style, extra or (None if lang == "en" else lang))
        elif kind == "D":
            if extra:
                dl = extra
            elif lang == "en":
                dl = "en" if self.rng.random() < 0.8 else self.rng.choice(["da", "sv", "no",
                                                                           "fi"])  # fmt: skip
            else:
                dl = lang
            self.date(note, style, dl)

    def fill(self, note: Note, text: str, style: str, lang: str) -> int:
        """Write `text` with its slots filled; how many identifiers it planted."""
        pos, count = 0, 0
        for m in SLOT.finditer(text):
            note.add(text[pos : m.start()])
            self.slot(note, style, m.group(1), m.group(2) or "", lang)
            pos = m.end()
            count += 1
        note.add(text[pos:])
        return count

    def filler(self, note: Note, lead: bool = True) -> None:
        """One sentence of running text: published, an observation or a word-name sentence."""
        rng = self.rng
        r = rng.random()
        if r < 0.05:
            word = self.words.draw()
            sentence = self.word_decks[word].draw()
            if not sentence.startswith("\x00"):
                note.add(sentence)
                return
            lead_in = rng.choice(people.LEADS) if lead else ""
            note.add(people._own(sentence[1:], lead_in))
        elif r < 0.27:
            sentence = self.published.draw()
            if lead and rng.random() < 0.2:
                note.add(rng.choice(lexicon.REVIEW_LEADS) + sentence)
            else:
                note.add(sentence)
        elif r < 0.63:
            note.add(
                f"{rng.choice(lexicon.OBSERVE_WHO)} {rng.choice(lexicon.OBSERVE_DID)} "
                f"{rng.choice(lexicon.OBSERVE_WHAT)} {rng.choice(lexicon.OBSERVE_HOW)}."
            )
        else:
            note.add(
                f"{rng.choice(lexicon.REMARK_WHO)} {rng.choice(lexicon.REMARK_DID)} "
                f"{rng.choice(lexicon.OBSERVE_WHAT)} {rng.choice(lexicon.REMARK_WHEN)}."
            )

    def frame(self, note: Note, style: str) -> int:
        rng = self.rng
        lang, text = rng.choice(lexicon.FRAMES)
        return self.fill(note, text, style, lang)


def _bears_word(e: NameEntry) -> bool:
    return bool({*e.given_names, e.family_name or ""} & set(people.WORD_NAMES))


def _fold(name: str) -> str:
    out = []
    for c in name:
        f = ascii_fold(c.lower())
        out.append(f.upper() if c.isupper() else f)
    return "".join(out)


def _suffix(d: int) -> str:
    if 11 <= d % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


@cache
def _word_pools() -> dict[str, tuple[str, ...]]:
    """For each word-name, the published sentences using it and this set's own ("\\x00"
    marks an own sentence, which takes a lead-in)."""
    own = people.own_by_word()
    out: dict[str, list[str]] = {w.lower(): [] for w in people.WORD_NAMES}
    for s in people.sentences()["en"]:
        words = {w.lower() for w in WORD.findall(s)}
        for w in sorted(words & set(out)):
            out[w].append(s)
            break
    for w, v in own.items():
        out[w] += ["\x00" + s for s in v]
    return {w: tuple(v) for w, v in out.items()}


@cache
def _general_pool() -> tuple[str, ...]:
    words = {w.lower() for w in people.WORD_NAMES}
    return tuple(
        s for s in people.sentences()["en"] if not {w.lower() for w in WORD.findall(s)} & words
    )


def _label(w: Writer, note: Note, style: str) -> None:
    label, slot = w.rng.choice(lexicon.LABELS)
    note.add(label + " ")
    kind, _, extra = slot.partition(":")
    w.slot(note, "label", kind, extra, "en")
    note.add("\n")


def _present(w: Writer, note: Note) -> int:
    rng = w.rng
    note.add(rng.choice(lexicon.PRESENT) + " ")
    k = rng.randint(2, 3)
    for i in range(k):
        if i:
            note.add(", ")
        w.name(note, "list", present=True)
        if rng.random() < 0.25:
            note.add(f" ({rng.choice(lexicon.ROLES)})")
    note.add("\n")
    return k


def _compose(w: Writer, style: str, target: int, wanted: int) -> Note:
    rng = w.rng
    note = Note()
    w.sheet += rng.randint(1, 4)
    note.add(f"{lexicon.TITLES[style]} – {rng.choice(lexicon.HEAD_TAILS[style])}, "
             f"sheet {w.sheet}\n\n")  # fmt: skip
    planted = 0
    if style == "letter":
        if rng.random() < 0.5:
            note.add(rng.choice(lexicon.HEADERS) + " ")
            w.name(note, "header")
            note.add("\n")
            planted += 1
        glang = rng.choice(list(lexicon.GREETINGS))
        note.add(rng.choice(lexicon.GREETINGS[glang]) + " ")
        w.name(note, "greeting")
        note.add(",\n\n")
        planted += 1
    elif style == "minutes" and rng.random() < 0.6:
        planted += _present(w, note)
    elif style == "form":
        for _ in range(min(wanted, rng.randint(2, 4))):
            _label(w, note, style)
            planted += 1
        note.add("\n")
    sign = style == "letter" and rng.random() < 0.6
    reserve = 1 if sign else 0
    line_open = True
    while planted + reserve < wanted or note.size < target - 60:
        need = wanted - planted - reserve
        share = note.size / max(target, 1)
        if need > 0 and (share >= planted / max(wanted, 1) or note.size >= target - 60):
            r = rng.random()
            if style == "thread" or (style == "helpdesk" and r < 0.5):
                note.add("\n" if not line_open else "")
                if r < 0.45:
                    w.name(note, "thread")
                    note.add(": ")
                    w.filler(note, lead=False)
                    planted += 1
                else:
                    note.add(rng.choice(lexicon.MENTOR_SPEAKER) + " ")
                    planted += w.frame(note, style)
                note.add("\n")
                line_open = True
            elif style in ("form", "helpdesk") and r < 0.2:
                note.add("\n" if not line_open else "")
                _label(w, note, style)
                planted += 1
                line_open = True
            elif style == "minutes" and r < 0.15:
                note.add("\n" if not line_open else "")
                planted += _present(w, note)
                line_open = True
            else:
                if not line_open:
                    note.add(" ")
                planted += w.frame(note, style)
                line_open = False
        else:
            if style == "thread" and rng.random() < 0.7:
                note.add("\n" if not line_open else "")
                if rng.random() < 0.15:
                    note.add(rng.choice(lexicon.MENTOR_SPEAKER) + " ")
                    note.add(rng.choice(lexicon.THREAD_LINES))
                else:
                    note.add(rng.choice(lexicon.MENTOR_SPEAKER) + " ")
                    w.filler(note, lead=False)
                note.add("\n")
                line_open = True
                continue
            if not line_open:
                note.add(" ")
            w.filler(note)
            line_open = False
            if rng.random() < 0.18:
                note.add("\n\n")
                line_open = True
    if sign:
        slang = rng.choice(list(lexicon.SIGN_OFFS))
        note.add("\n\n" + rng.choice(lexicon.SIGN_OFFS[slang]) + "\n")
        w.name(note, "signature")
        note.add("\n")
    return note


@cache
def generate_heldout_ak(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    """Notes of 1-5.5 KB until `size` bytes, about `per_kb` identifiers a kilobyte."""
    rng = random.Random(seed)
    w = Writer(rng)
    entries = _cast()[0]
    forms = {e.key: entry_forms(e) for e in entries}
    every_form = set().union(*(forms[e.key] for e in entries if e.kind == PERSON))
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    total = 0
    styles = list(lexicon.TITLES)
    owed = 0.0
    while total < size:
        left = size - total
        target = rng.randint(1000, 5500)
        if left < target + 1000:
            target = left
        owed += per_kb * target / 1000
        wanted = max(1, round(owed))
        note = _compose(w, rng.choice(styles), target, wanted)
        text = note.text.rstrip() + "\n"
        index = len(texts)
        for start, end, kind, form, value, exact, key in note.spans:
            if kind == "name":
                written = text[start:end]
                category = name_category(written, exact, key, text, start, end, forms)
                parts = form.split("/")
                parts[2] = category
                form = "/".join(parts)
                exact = exact and category == "exact"
            planted.append(Planted(index, start, end, kind, form, value, exact, key))
        owed -= len(note.spans)
        spans = [(s[0], s[1]) for s in note.spans]
        for m in WORD.finditer(text):
            if m.group().lower() not in every_form:
                continue
            if any(s < m.end() and m.start() < e for s, e in spans):
                continue
            before = text[: m.start()].rstrip(" ")
            where = "initial" if not before or before[-1] in '.!?:\n-–•("“' else "inner"
            ordinary.append(Ordinary(index, m.start(), m.end(), m.group(), f"homograph/{where}"))
        texts.append(text)
        total += len(text.encode("utf-8"))
    corpus = Corpus(texts, list(entries), planted, ordinary)
    check(corpus)
    return corpus


def check(corpus: Corpus) -> None:
    """Every span inside its text and exactly its value where the value is the written form,
    no two planted spans overlapping, no ordinary word inside an identifier."""
    by_text: dict[int, list[tuple[int, int]]] = {}
    for p in corpus.planted:
        text = corpus.texts[p.text]
        if not (0 <= p.start < p.end <= len(text)):
            raise ValueError(f"{p} is out of its text")
        written = text[p.start : p.end]
        if (p.exact or p.kind in ("email", "url", "address", "place")) and written != p.value:
            raise ValueError(f"{p} is not its text")
        by_text.setdefault(p.text, []).append((p.start, p.end))
    for spans in by_text.values():
        spans.sort()
        for a, b in zip(spans, spans[1:], strict=False):
            if b[0] < a[1]:
                raise ValueError(f"planted spans overlap: {a} {b}")
    for o in corpus.ordinary:
        text = corpus.texts[o.text]
        if text[o.start : o.end] != o.word:
            raise ValueError(f"{o} is not its text")
        if any(s < o.end and o.start < e for s, e in by_text.get(o.text, [])):
            raise ValueError(f"{o} is inside an identifier")
