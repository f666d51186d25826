"""Held-out AJ: fieldwork notes of a study of peer errand companions in the North Calotte
(northern Norway, Norrbotten, Finnish Lapland), with planted identifiers. See README.md; nobody
who writes or tunes the redactor may read this package.

    corpus = generate_heldout_aj(SEED, 5_000_000)   # per_kb=REALISTIC identifiers a kilobyte
"""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import date, timedelta
from functools import cache

from casebook.deid.registry import PERSON, PLACE, NameEntry, ascii_fold

from bench.heldout_aj import lexicon, numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 9787
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
_ROWS = ["qwertyuiop", "asdfghjklø", "zxcvbnm"]


def hidden(text: str) -> bool:
    """An invisible or compatibility character in `text`."""
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


@cache
def _vocabulary() -> frozenset[str]:
    """Every word the notes write outside names: pools, frames, labels, headings."""
    words: set[str] = set()
    texts = [*people.sentences()["en"], *people.OWN_ORDINARY["en"]]
    texts += [f for _, f in lexicon.FRAMES] + [label for label, _ in lexicon.LABELS]
    texts += [*lexicon.TITLES.values(), *lexicon.LEADS, *lexicon.PRESENT, *lexicon.ROLES]
    texts += [*lexicon.HEADERS, *lexicon.COMPANION_SPEAKER, *lexicon.MONTHS.values()]
    texts += [*lexicon.WEEKDAYS.values(), *lexicon.STREETS["gb"], *lexicon.GB_TOWNS]
    texts += [t for tails in lexicon.HEAD_TAILS.values() for t in tails]
    texts += [*lexicon.OBSERVE_WHO, *lexicon.OBSERVE_DID, *lexicon.OBSERVE_WHAT]
    texts += lexicon.OBSERVE_HOW
    texts += [g for gs in lexicon.GREETINGS.values() for g in gs]
    texts += [s for ss in lexicon.SIGN_OFFS.values() for s in ss]
    for t in texts:
        words |= {w.lower() for w in WORD.findall(t)}
    return frozenset(words)


def _usable(name: str) -> bool:
    return not {p.lower() for p in re.split(r"[-\s]", name)} & _vocabulary()


@cache
def _cast() -> tuple[tuple[NameEntry, ...], dict[str, list[tuple[str, str, str]]]]:
    """Registered people (about 110) and towns, and the strangers by language (given, family,
    language); no stranger shares a name word with a registered person."""
    rng = random.Random(SEED * 7 + 3)
    entries: list[NameEntry] = []
    strangers: dict[str, list[tuple[str, str, str]]] = {}
    roles = ["user", "companion", "next of kin", "coordinator", "adviser"]
    counts = {"no": 34, "sv": 14, "fi": 14, "da": 6, "moved": 10}
    n = 0
    for lang in ("no", "sv", "fi", "da", "moved", "en"):
        given = [g for g in people.given(lang) if _usable(g)]
        family = [f for f in people.family(lang) if _usable(f)]
        rng.shuffle(given)
        rng.shuffle(family)
        cut_g, cut_f = int(len(given) * 0.62), int(len(family) * 0.62)
        reg_g, reg_f = given[:cut_g], family[:cut_f]
        strangers[lang] = [(g, f, lang) for g in given[cut_g:] for f in family[cut_f:]]
        rng.shuffle(strangers[lang])
        if lang == "en":
            word_given = people.GIVEN_WORD_NAMES["en"]
            word_family = people.FAMILY_WORD_NAMES["en"]
            pairs = [(g, rng.choice(reg_f)) for g in word_given]
            pairs += [(rng.choice(reg_g), f) for f in word_family]
            pairs += [(reg_g[i % len(reg_g)], reg_f[(i * 3 + 1) % len(reg_f)]) for i in range(8)]
        else:
            pairs = [
                (reg_g[i % len(reg_g)], reg_f[(i * 5 + 2) % len(reg_f)])
                for i in range(counts[lang])
            ]
        for g, f in pairs:
            n += 1
            role = roles[n % len(roles)]
            canonical = f"{g} {f}"
            entries.append(
                NameEntry(f"person:{n}", canonical, f"[{role} {lang.upper()}{n:03d}]", (), PERSON)
            )
    towns = [t for lang in ("no", "sv", "fi") for t in lexicon.TOWNS[lang]]
    for i, town in enumerate(towns, 1):
        entries.append(NameEntry(f"place:{i}", town, f"[place T{i:02d}]", (), PLACE))
    return tuple(entries), strangers


def _country(entry: NameEntry) -> str:
    code = entry.tag.rstrip("]").split()[-1][:2].lower()
    return {"mo": "no"}.get(code, code)  # families who moved live in Norway


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
    """`name` with one slip people type, and the slip's name."""
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    for _ in range(20):
        slip = force or rng.choice(["slip-drop", "slip-double", "slip-swap", "slip-key", "slip-key",
                           "slip-drop", "slip-swap", "slip-double", "slip-space"])  # fmt: skip
        i = rng.choice(letters[1:-1]) if len(letters) > 3 else letters[-1]
        if slip == "slip-drop":
            out = name[:i] + name[i + 1 :]
        elif slip == "slip-double":
            out = name[:i] + name[i] + name[i:]
        elif slip == "slip-swap":
            if not name[i + 1 : i + 2].isalpha() or name[i] == name[i + 1]:
                continue
            out = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
        elif slip == "slip-key":
            row = next((r for r in _ROWS if name[i].lower() in r), None)
            if not row:
                continue
            j = row.index(name[i].lower())
            near = row[j + 1] if j + 1 < len(row) else row[j - 1]
            out = name[:i] + (near.upper() if name[i].isupper() else near) + name[i + 1 :]
        else:
            if " " not in name:
                continue
            k = name.index(" ")
            if k < 3:
                continue
            out = name[: k - 1] + " " + name[k - 1] + name[k + 1 :]
        if out != name:
            return out, slip
    return name[:-1], "slip-drop"


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _fold(name: str) -> str:
    """`name` without its diacritics, its capitals kept ("Ørjan" -> "Orjan")."""
    out = []
    for ch in name:
        folded = ascii_fold(ch.lower())
        out.append(folded[:1].upper() + folded[1:] if ch.isupper() else folded)
    return "".join(out)


_FI_ENDINGS = {"fi-to": ("lle", "ille"), "fi-from": ("lta", "ilta"), "fi-gen": ("n", "in")}


class Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        entries, strangers = _cast()
        self.people = [e for e in entries if e.kind == PERSON]
        self.places = [e for e in entries if e.kind == PLACE]
        words = {w.lower() for w in people.WORD_NAMES}
        self.bearers = [e for e in self.people if {p.lower() for p in e.canonical.split()} & words]
        self.others = [e for e in self.people if e not in self.bearers]
        self.bearer_deck, self.other_deck = Deck(rng, self.bearers), Deck(rng, self.others)
        self.strangers = {lang: Deck(rng, s) for lang, s in strangers.items()}
        self.published = Deck(rng, people.sentences()["en"])
        self.own = Deck(rng, people.OWN_ORDINARY["en"])
        self.frames = {lang: Deck(rng, [f for la, f in lexicon.FRAMES if la == lang])
                       for lang in ("en", "no", "sv", "fi")}  # fmt: skip
        self.labels = Deck(rng, lexicon.LABELS)
        self.observations = Deck(
            rng,
            [
                f"{who} {did} {what} {how}."
                for who in lexicon.OBSERVE_WHO
                for did in lexicon.OBSERVE_DID
                for what in lexicon.OBSERVE_WHAT
                for how in lexicon.OBSERVE_HOW
            ],
        )
        self.phone_regions = Deck(rng, [r for r, w in numbers.PLANS.items() for _ in range(w)])
        self.id_countries = Deck(rng, [c for c, w in numbers.WEIGHTS.items() for _ in range(w)])

    # --- names -----------------------------------------------------------------------------

    def person(self) -> NameEntry:
        if self.rng.random() < 1 / 4:
            return self.bearer_deck.draw()
        return self.other_deck.draw()

    def name(self, note: Note, style: str, ending: str = "", present: bool = False) -> None:
        rng = self.rng
        tail = "/present" if present else ""
        if not ending and rng.random() < 0.27:
            lang = rng.choice(["no", "no", "no", "sv", "fi", "da", "en", "moved"])
            g, f, _ = self.strangers[lang].draw()
            written = f"{g} {f}" if rng.random() < 0.8 else g
            country = "no" if lang == "moved" else lang
            note.span(written, "name", f"{style}/{country}/unregistered/stranger{tail}", written)
            return
        e = self.person()
        country = _country(e)
        given, family = e.canonical.split(" ", 1)
        words = {w.lower() for w in people.WORD_NAMES}
        if given.lower() in words or family.lower() in words:
            base = given if given.lower() in words else family
            if rng.random() < 0.25:
                base = e.canonical
        else:
            base = rng.choice([given, given, family, e.canonical])
        if ending:
            if ending == "gen":
                suffix = "s"
            else:
                suffix = _FI_ENDINGS[ending][0 if base[-1] in "aeiouyäö" else 1]
            note.span(base, "name", f"{style}/{country}/inflected/{ending}{tail}", base, True,
                      e.key)  # fmt: skip
            note.add(suffix)
            return
        roll = rng.random()
        how, exact, written = "exact", True, base
        if roll < 0.50:
            pass
        elif roll < 0.58:
            how, exact, written = "lower", False, base.lower()
        elif roll < 0.65:
            how, exact, written = "upper", False, base.upper()
        elif roll < 0.72:
            folded = _fold(base)
            if folded != base:
                how, exact, written = "ascii", False, folded
            else:
                with_marks = [p for p in self.others if _fold(p.canonical) != p.canonical]
                e = rng.choice(with_marks)
                country = _country(e)
                base = rng.choice([e.canonical.split(" ", 1)[0], e.canonical.split(" ", 1)[1],
                                   e.canonical])  # fmt: skip
                folded = _fold(base)
                written = base
                if folded != base:
                    how, exact, written = "ascii", False, folded
        elif roll < 0.86:
            force = ""
            if rng.random() < 0.12:
                base, force = e.canonical, "slip-space"
            written, how = _slip(rng, base, force)
            exact = False
        else:
            kind = rng.choice([*_INVISIBLE, "full-width", "nbsp"])
            exact = False
            if kind == "full-width":
                written = _full_width(base[0]) + base[1:]
            elif kind == "nbsp":
                if " " not in base:
                    base = e.canonical
                written = base.replace(" ", "\u00a0")
            else:
                i = rng.randint(1, len(base) - 1)
                if base[i - 1] == " " or base[i] == " ":
                    i = 1
                written = base[:i] + _INVISIBLE[kind] + base[i:]
            how = f"invisible-{kind}"
        note.span(written, "name", f"{style}/{country}/{how}/{how}{tail}", base, exact, e.key)

    # --- other identifiers -----------------------------------------------------------------

    def phone(self, note: Note, style: str) -> None:
        region = self.phone_regions.draw()
        nsn, groups = numbers.draw(self.rng, region)
        written, shape = numbers.write(self.rng, region, nsn, groups)
        how = "plain"
        roll = self.rng.random()
        if roll < 0.05:
            written, how = _full_width(written), "hidden-full-width"
        elif roll < 0.15 and (" " in written or roll < 0.10):
            if roll >= 0.10:
                written, how = written.replace(" ", "\u00a0"), "hidden-nbsp"
            else:
                i = self.rng.randint(len(written) - 6, len(written) - 2)
                written, how = written[:i] + "\u200b" + written[i:], "hidden-zwsp"
        value = numbers.e164(region, nsn)
        note.span(written, "phone", f"{style}/{region}/{shape}/{how}", value)

    def ident(self, note: Note, style: str) -> None:
        country = self.id_countries.draw()
        build, _ = numbers.BUILDERS[country]
        value, shape = build(self.rng)
        written, how = value, "plain"
        roll = self.rng.random()
        if roll < 0.06:
            written, how = _full_width(value), "hidden-full-width"
        elif roll < 0.11:
            i = self.rng.randint(2, len(value) - 2)
            written, how = value[:i] + "\u200b" + value[i:], "hidden-zwsp"
        note.span(written, "personnummer", f"{style}/{country}/{shape}/{how}", value)

    def email(self, note: Note, style: str) -> None:
        e = self.rng.choice(self.people)
        g, f = (ascii_fold(p.lower()).replace(" ", "") for p in e.canonical.split(" ", 1))
        g, f = re.sub(r"[^a-z-]", "", g), re.sub(r"[^a-z-]", "", f)
        shape = self.rng.choice(["dotted", "initial", "joined", "underscore"])
        host = self.rng.choice(["example.no", "example.se", "example.fi", "mail.example.com"])
        local = {"dotted": f"{g}.{f}", "initial": f"{g[0]}{f}", "joined": f"{f}{g}",
                 "underscore": f"{g}_{f[0]}"}[shape]  # fmt: skip
        value = f"{local}@{host}"
        note.span(value, "email", f"{style}/en/{shape}", value)

    def url(self, note: Note, style: str) -> None:
        host = self.rng.choice(["https://www.example.no", "https://example.se",
                                "https://palvelu.example.fi", "www.example.org"])  # fmt: skip
        path = self.rng.choice(["/skjema/bostotte", "/ansok/bostadsbidrag", "/lomakkeet/tuki",
                                "/companions/sign-up", "/klage", "/mina-sidor",
                                "/omat-tiedot", "/hjelp/ledsager"])  # fmt: skip
        value = host + path
        note.span(value, "url", f"{style}/en/{'https' if value.startswith('http') else 'www'}",
                  value)  # fmt: skip

    def place(self, note: Note, style: str) -> None:
        e = self.rng.choice(self.places)
        country = next(c for c, ts in lexicon.TOWNS.items() if e.canonical in ts)
        note.span(e.canonical, "place", f"{style}/{country}/registered", e.canonical, True, e.key)

    def address(self, note: Note, style: str, lang: str | None = None) -> None:
        rng = self.rng
        country = (
            lang if lang in ("no", "sv", "fi") else rng.choice(["no", "no", "no", "sv", "fi", "gb"])
        )
        street = rng.choice(lexicon.STREETS[country])
        number = rng.randint(1, 88)
        towns = lexicon.TOWNS.get(country, [])
        with_town = country == "gb" or rng.random() < 0.6
        if country == "no":
            line = f"{street} {number}{rng.choice(['', '', 'A', 'B'])}"
            shape = "street"
            if rng.random() < 0.35:
                line += (
                    f", H{rng.randint(1, 4)}{rng.randint(1, 9):02d}"[:-1]
                    + "0"
                    + str(rng.randint(1, 9))
                )
                shape = "flat"
        elif country == "sv":
            line, shape = f"{street} {number}", "street"
            if rng.random() < 0.4:
                line, shape = f"{line}, lgh {rng.randint(11, 16)}0{rng.randint(1, 9)}", "lgh"
        elif country == "fi":
            line, shape = f"{street} {number}", "street"
            if rng.random() < 0.45:
                line, shape = f"{line} {rng.choice('ABC')} {rng.randint(1, 40)}", "stair"
        else:
            line, shape = f"{number} {street}", "street"
        if with_town:
            town = (
                rng.choice(lexicon.GB_TOWNS)
                if country == "gb"
                else lexicon.POSTCODES[rng.choice(towns)]
            )
            line = f"{line}, {town}"
            shape += "+town"
        note.span(line, "address", f"{style}/{country}/{shape}", line)

    def date(self, note: Note, style: str, lang: str) -> None:
        rng = self.rng
        d = date(2025, 1, 1) + timedelta(days=rng.randint(0, 729))
        m = lexicon.MONTHS[lang].split()[d.month - 1] if lang != "da" else ""
        wd = lexicon.WEEKDAYS.get(lang, lexicon.WEEKDAYS["no"]).split()[d.weekday()]
        if lang == "en":
            mon = lexicon.MONTHS["en"].split()[d.month - 1]
            end = d + timedelta(days=rng.randint(1, 3))
            shapes = {
                "long": f"{d.day} {mon} {d.year}",
                "month-day": f"{mon} {d.day}",
                "month-day-year": f"{mon} {d.day}, {d.year}",
                "weekday": f"{wd[:3]} {d.day} {mon[:3]} {d.year}",
                "ordinal": f"{d.day}{_suffix(d.day)} {mon}",
                "range": f"{d.day}–{end.day} {mon}" if end.month == d.month else f"{d.day} {mon}",
                "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
                "iso": d.isoformat(),
                "abbr": f"{d.day} {mon[:3]}. {d.year}",
            }
        elif lang == "no":
            shapes = {
                "no-long": f"{d.day}. {m} {d.year}",
                "no-weekday": f"{wd} {d.day}. {m}",
                "no-digits": f"{d.day:02d}.{d.month:02d}.{d.year}",
                "no-short": f"{d.day}.{d.month}.{d.year % 100:02d}",
                "no-den": f"den {d.day}. {m}",
            }
        elif lang == "sv":
            shapes = {
                "sv-long": f"{d.day} {m} {d.year}",
                "sv-weekday": f"{wd} den {d.day} {m}",
                "sv-slash": f"{d.day}/{d.month}",
            }
        elif lang == "fi":
            shapes = {
                "fi-digits": f"{d.day}.{d.month}.{d.year}",
                "fi-weekday": f"{wd} {d.day}.{d.month}.",
                "fi-long": f"{d.day}. {m} {d.year}",
            }
        else:
            shapes = {"da-digits": f"{d.day}/{d.month}-{d.year}"}
        shape = rng.choice(sorted(shapes))
        written = shapes[shape]
        if shape == "range" and "–" not in written:
            shape = "long-short"
        if lang == "en" and shape == "fi-weekday":
            pass
        note.span(written, "date", f"{style}/{lang}/{shape}", written)

    # --- text --------------------------------------------------------------------------------

    def filler(self, note: Note, lead: bool = True) -> None:
        rng = self.rng
        roll = rng.random()
        if roll < 0.085:
            note.add(self.own.draw())
            return
        if roll < 0.48:
            note.add(self.observations.draw())
            return
        k = rng.choice([1, 1, 2, 2, 3])
        head = rng.choice(lexicon.LEADS) if lead and rng.random() < 0.3 else ""
        note.add(head + " ".join(self.published.draw() for _ in range(k)))

    def frame(self, note: Note, style: str, lang: str) -> None:
        text = self.frames[lang].draw()
        pos = 0
        for m in SLOT.finditer(text):
            note.add(text[pos : m.start()])
            self.slot(note, style, m.group(1), m.group(2) or "", lang)
            pos = m.end()
        note.add(text[pos:])

    def slot(self, note: Note, style: str, kind: str, extra: str, lang: str) -> None:
        if kind == "N":
            self.name(note, style, ending=extra)
        elif kind == "P":
            self.phone(note, style)
        elif kind == "E":
            self.email(note, style)
        elif kind == "U":
            self.url(note, style)
        elif kind == "D":
            date_lang = (
                lang
                if lang != "en" or self.rng.random() < 0.8
                else self.rng.choice(["no", "sv", "fi", "da"])
            )
            self.date(note, style, date_lang)
        elif kind == "A":
            self.address(note, style, lang if lang != "en" else None)
        elif kind == "T":
            self.place(note, style)
        else:
            self.ident(note, style)


def _suffix(d: int) -> str:
    if d in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _frame_lang(rng: random.Random) -> str:
    return rng.choices(["en", "no", "sv", "fi"], [70, 14, 8, 8])[0]


def _label(w: Writer, note: Note) -> None:
    label, kind = w.labels.draw()
    note.add(label + " ")
    lang = {"Dato:": "no", "Datum:": "sv", "Pvm:": "fi"}.get(label, "en")
    if kind == "N":
        w.name(note, "label")
    else:
        w.slot(note, "label", kind, "", lang)
    note.add("\n")


def _present(w: Writer, note: Note) -> None:
    note.add(w.rng.choice(lexicon.PRESENT) + " ")
    k = w.rng.choice([2, 2, 3, 3, 4])
    for i in range(k):
        if i:
            note.add(", " if i < k - 1 or w.rng.random() < 0.5 else " and ")
        w.name(note, "list", present=True)
        if w.rng.random() < 0.25:
            note.add(f" ({w.rng.choice(lexicon.ROLES)})")
    note.add("\n")


def _speaker(w: Writer, note: Note, style: str) -> None:
    w.name(note, style)
    note.add(": ")
    w.filler(note, lead=False)
    note.add("\n")


def _compose(w: Writer, style: str, target: int, wanted: int) -> Note:
    rng = w.rng
    note = Note()
    note.add(lexicon.TITLES[style] + rng.choice(lexicon.HEAD_TAILS[style]))
    note.add(f", sheet {rng.randint(2, 960)}\n\n")
    letter_lang = rng.choice(["en", "en", "no", "no", "sv", "fi", "da"])
    if style == "letter":
        if rng.random() < 0.5:
            note.add(rng.choice(lexicon.HEADERS) + " ")
            w.name(note, "header")
            note.add("\n")
        note.add(rng.choice(lexicon.GREETINGS[letter_lang]) + " ")
        w.name(note, "greeting")
        note.add(",\n\n")
    if style == "minutes" and rng.random() < 0.6:
        _present(w, note)
        note.add("\n")
    planted = lambda: len(note.spans)  # noqa: E731
    budget = max(target - 120 if style == "letter" else target, 960)
    while planted() < wanted or note.size < budget:
        share = note.size / max(budget, 1)
        due = planted() < wanted * min(1.0, share + 0.3)
        if not due:
            w.filler(note)
            note.add("\n" if style in ("chat", "phone") or rng.random() < 0.35 else " ")
            continue
        roll = rng.random()
        if style == "intake" and roll < 0.55 or roll < 0.12:
            if not note.text.endswith("\n"):
                note.add("\n")
            _label(w, note)
        elif style in ("chat", "phone") and roll < 0.42:
            if not note.text.endswith("\n"):
                note.add("\n")
            if style == "phone" and rng.random() < 0.5:
                note.add(rng.choice(lexicon.COMPANION_SPEAKER) + " ")
                w.filler(note, lead=False)
                note.add("\n")
            _speaker(w, note, style)
        elif style == "minutes" and roll < 0.2:
            if not note.text.endswith("\n"):
                note.add("\n")
            _present(w, note)
        else:
            w.frame(note, style, _frame_lang(rng))
            note.add("\n" if rng.random() < 0.4 else " ")
    if style == "letter":
        note.add("\n\n" + rng.choice(lexicon.SIGN_OFFS[letter_lang]))
        if rng.random() < 0.6:
            note.add("\n")
            w.name(note, "signature")
        else:
            note.add("\n")
    return note


@cache
def generate_heldout_aj(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
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
