"""Held-out T: notes of a study in Swedish, English, Finnish, Norwegian and Danish, with
identifiers planted between published sentences nobody here used before (README.md). Nobody
who writes or tunes the redactor may open, run or read anything in this folder.

    corpus = generate_heldout_t(SEED, 5_000_000)     # 0.7 identifiers per KB

Every planted identifier is recorded exactly (`Planted`); every ordinary use of a word that is
also a registered person's name is recorded (`Ordinary`). Name forms are
"style/lang/category/how[/present]", the category being scoring's own (`bench.scoring`).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from casebook.deid.registry import PERSON, PLACE, NameEntry

from bench.heldout_t import lexicon as lx
from bench.heldout_t import numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 9403
REALISTIC = 0.7
LANGS = ("sv", "en", "fi", "no", "da")
LANG_WEIGHTS = (34, 18, 16, 16, 16)
STYLES = ("interview", "observation", "diary", "email", "sms", "pasted", "list")
STYLE_WEIGHTS = (22, 16, 14, 14, 12, 10, 12)
PEOPLE = {"sv": 110, "en": 55, "fi": 55, "no": 55, "da": 55}
PLACES_PER_LANG = 6
# Intended name categories and their weights (the stated one is whatever scoring derives).
CATEGORIES = ("exact", "unregistered", "invisible", "misspelt", "lower", "upper", "ascii",
              "inflected")  # fmt: skip
CATEGORY_WEIGHTS = (12, 40, 13, 12, 7, 10, 14, 2)
KINDS = ("name", "email", "date", "phone", "address", "personnummer", "place", "url")
KIND_WEIGHTS = (44, 5, 11, 9, 7, 9, 8, 7)
ID_COUNTRY = {"sv": ["se", "se", "se", "pl", "ee"], "en": ["gb", "gb", "nl", "lt"],
              "fi": ["fi", "fi", "ee", "lt"], "no": ["no", "no", "is", "pl"],
              "da": ["dk", "dk", "is", "nl"]}  # fmt: skip
PHONE_REGIONS = {"sv": ["SE"] * 5 + ["PL", "IQ", "SO", "TR", "DE"],
                 "en": ["GB"] * 5 + ["US", "PL", "NL", "DE", "UA"],
                 "fi": ["FI"] * 5 + ["SE", "UA", "SO", "DE"],
                 "no": ["NO"] * 5 + ["SE", "PL", "IQ", "UA", "TR"],
                 "da": ["DK"] * 5 + ["SE", "NL", "TR", "IQ", "DE"]}  # fmt: skip
POSTCODE = {
    "sv": lambda r: f"{r.randrange(100, 985)} {r.randrange(10, 100)}",
    "en": lambda r: (
        f"{r.choice(['SW', 'NW', 'LS', 'M', 'B', 'EH', 'CF'])}{r.randrange(1, 20)} "
        f"{r.randrange(1, 10)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    ),
    "fi": lambda r: f"{r.randrange(100, 990):03d}{r.randrange(0, 10)}0",
    "no": lambda r: f"{r.randrange(100, 9999):04d}",
    "da": lambda r: f"{r.randrange(1000, 9999)}",
}
HIDDEN_HOWS = ("invisible-soft-hyphen", "invisible-zwsp", "invisible-zwj", "invisible-word-joiner",
               "invisible-bom", "invisible-full-width", "invisible-nbsp")  # fmt: skip
INVISIBLE = {"invisible-soft-hyphen": "\u00ad", "invisible-zwsp": "\u200b",
             "invisible-zwj": "\u200d", "invisible-word-joiner": "\u2060",
             "invisible-bom": "\ufeff"}  # fmt: skip
QWERTY = ["qwertyuiopå", "asdfghjklöä", "zxcvbnm"]
WORD = re.compile(r"[^\W\d_]+")


def hidden(text: str) -> bool:
    """An invisible or compatibility character inside (what scoring calls hidden)."""
    return unicodedata.normalize("NFKC", text) != text or any(
        unicodedata.category(c) == "Cf" for c in text
    )


def _fold(text: str) -> str:
    text = text.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@dataclass
class _Person:
    key: str
    given: str
    family: str
    lang: str
    entry: NameEntry


@dataclass
class _State:
    rng: random.Random
    per_kb: float
    people: dict[str, list[_Person]]
    places: dict[str, list[NameEntry]]
    forms: dict[str, set[str]]
    person_forms: set[str]
    strangers: dict[str, tuple[list[str], list[str]]]
    used_strangers: set[str] = field(default_factory=set)
    pools: dict[str, list[str]] = field(default_factory=dict)
    cursor: dict[str, int] = field(default_factory=dict)
    planted_total: int = 0
    bytes_total: int = 0
    address_towns: dict[str, list[str]] = field(default_factory=dict)
    date_deck: dict[str, list[str]] = field(default_factory=dict)


class _Note:
    """A note being written: its text and the identifiers planted in it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[list] = []  # [start, end, kind, form, value, exact, key]

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def plant(self, text: str, kind: str, form: str, value: str, exact: bool = False,
              key: str | None = None) -> None:  # fmt: skip
        self.spans.append([self.length, self.length + len(text), kind, form, value, exact, key])
        self.add(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def size(self) -> int:
        return len(self.text.encode("utf-8"))


# --- registry --------------------------------------------------------------------------------


def _registry(rng: random.Random) -> tuple[dict[str, list[_Person]], dict[str, list[NameEntry]]]:
    people_by_lang: dict[str, list[_Person]] = {lang: [] for lang in LANGS}
    taken: set[str] = set()
    n = 0
    groups = sorted(people.MOVED)
    for lang in LANGS:
        given, family = people.given(lang), people.family(lang)
        words = list(people.WORD_NAMES[LANGS.index(lang) * 6 : LANGS.index(lang) * 6 + 6])
        while len(people_by_lang[lang]) < PEOPLE[lang]:
            if words:
                g, f = words.pop(0), rng.choice(family)
            elif rng.random() < 0.12:
                mg, mf = people.moved(rng.choice(groups))
                g, f = rng.choice(mg), rng.choice(mf)
            else:
                g, f = rng.choice(given), rng.choice(family)
            if f"{g} {f}" in taken:
                continue
            taken.add(f"{g} {f}")
            n += 1
            entry = NameEntry(f"p{n}", f"{g} {f}", f"[Person {n}]", (), PERSON)
            people_by_lang[lang].append(_Person(f"p{n}", g, f, lang, entry))
    places: dict[str, list[NameEntry]] = {}
    m = 0
    for lang in LANGS:
        towns = people.towns(lang)
        chosen = rng.sample(towns, PLACES_PER_LANG)
        places[lang] = []
        for town in chosen:
            m += 1
            places[lang].append(NameEntry(f"l{m}", town, f"[Place {m}]", (), PLACE))
    return people_by_lang, places


# --- names -----------------------------------------------------------------------------------


def _slip(rng: random.Random, form: str) -> tuple[str, str]:
    """A typing slip: (written, how)."""
    how = rng.choice(["slip-drop", "slip-drop", "slip-key", "slip-key", "slip-double", "slip-swap"])
    if " " in form and rng.random() < 0.2:
        i = form.index(" ")
        return form[: i - 1] + " " + form[i - 1] + form[i + 1 :], "slip-space"
    letters = [i for i in range(1, len(form)) if form[i].isalpha() and form[i - 1] != " "]
    i = rng.choice(letters)
    c = form[i]
    if how == "slip-drop":
        return form[:i] + form[i + 1 :], how
    if how == "slip-double":
        return form[:i] + c + form[i:], how
    if how == "slip-swap" and i + 1 < len(form) and form[i + 1].isalpha():
        return form[:i] + form[i + 1] + c + form[i + 2 :], how
    for row in QWERTY:
        j = row.find(c.lower())
        if j >= 0:
            near = row[j - 1] if j > 0 and (j + 1 >= len(row) or rng.random() < 0.5) else row[j + 1]
            return form[:i] + near + form[i + 1 :], "slip-key"
    return form[:i] + form[i + 1 :], "slip-drop"


def _stranger(st: _State, lang: str) -> str:
    given, family = st.strangers[lang]
    for _ in range(200):
        if st.rng.random() < 0.15:
            mg, mf = people.moved(st.rng.choice(sorted(people.MOVED)))
            name = f"{st.rng.choice(mg)} {st.rng.choice(mf)}"
        else:
            name = f"{st.rng.choice(given)} {st.rng.choice(family)}"
        if name not in st.used_strangers and not any(
            w.lower() in st.person_forms for w in name.split()
        ):
            st.used_strangers.add(name)
            return name
    raise RuntimeError("no stranger left")


def _name(st: _State, note: _Note, lang: str, style: str, glued: str = "",
          category: str | None = None, present: bool = False,
          person: _Person | None = None) -> None:  # fmt: skip
    """Plant one name (registered or not) in `note`, with `glued` written right after it."""
    rng = st.rng
    if category is None:
        category = rng.choices(CATEGORIES, CATEGORY_WEIGHTS)[0]
    if glued and category in ("unregistered", "invisible"):
        category = "exact"
    tail = "/present" if present else ""
    if category == "unregistered":
        written = _stranger(st, lang)
        note.plant(written, "name", f"{style}/{lang}/?/stranger{tail}", written)
        return
    pool = st.people[lang] if rng.random() < 0.85 else st.people[rng.choice(LANGS)]
    if person is None:
        person = rng.choice(pool)
    shape = rng.choice(["given", "given", "family", "full", "full"])
    if category == "ascii":
        options = [
            (p, s, f)
            for p in pool
            for s, f in (("given", p.given), ("family", p.family), ("full", p.entry.canonical))
            if _fold(f) != f
        ]
        if options:
            person, shape, _ = rng.choice(options)
        else:
            category = "exact"
    if category == "invisible" and rng.random() < 1 / 7:
        shape = "full"
    form = {"given": person.given, "family": person.family, "full": person.entry.canonical}[shape]
    how = shape
    exact = False
    if category == "exact" or category == "inflected":
        written, exact = form, True
    elif category == "lower":
        written = form.lower()
    elif category == "upper":
        written = form.upper()
    elif category == "ascii":
        written = _fold(form)
    elif category == "misspelt":
        written, how = form, shape
        for _ in range(8):
            written, how = _slip(rng, form)
            if written.lower() not in st.forms[person.key] and written != form:
                break
    else:  # invisible
        how = rng.choice(HIDDEN_HOWS)
        if how == "invisible-nbsp":
            form = person.entry.canonical
            written = form.replace(" ", "\u00a0", 1)
        elif how == "invisible-full-width":
            written = _full_width(form)
            if written == form:
                how = "invisible-zwsp"
        if how in INVISIBLE:
            i = rng.randrange(1, len(form))
            written = form[:i] + INVISIBLE[how] + form[i:]
    note.plant(written, "name", f"{style}/{lang}/?/{how}{tail}", form, exact, person.key)
    if glued:
        note.add(glued)


def _glued_frame(st: _State, note: _Note, lang: str, style: str) -> None:
    frame = st.rng.choice(lx.GLUED_FRAMES[lang])
    before, after = frame.split("{G}")
    note.add(before)
    pool = [p for p in st.people[lang] if not p.given.endswith(("s", "x", "z"))]
    person = st.rng.choice(pool)
    if lang == "fi":
        ending = lx.FINNISH_ENDINGS[before.split()[0]]
        glue = ending[0] if person.given[-1] in "aeiouyäö" else ending[1]
    elif lang == "en":
        glue = "'s"
    else:
        glue = "s"
    note.plant(person.given, "name", f"{style}/{lang}/?/given", person.given, True, person.key)
    note.add(glue + after)


# --- other identifiers --------------------------------------------------------------------


def _hide_digits(rng: random.Random, written: str) -> tuple[str, str]:
    r = rng.random()
    if r < 0.4:
        return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in written), "full-width"
    if r < 0.7 and " " in written:
        return written.replace(" ", "\u00a0"), "nbsp"
    i = next((k for k in range(2, len(written)) if written[k - 1].isdigit()), 1)
    return written[:i] + "\u200b" + written[i:], "zwsp"


def _phone(st: _State, note: _Note, lang: str, style: str, cue: bool | None = None) -> None:
    rng = st.rng
    region = rng.choice(PHONE_REGIONS[lang])
    nsn, groups = numbers.draw(rng, region)
    written, shape = numbers.write(rng, region, nsn, groups)
    value = f"+{numbers.PLANS[region][0]}{nsn}"
    plain = "plain"
    if rng.random() < 0.15:
        written, how = _hide_digits(rng, written)
        plain = f"hidden-{how}"
    if cue is None:
        cue = rng.random() < 0.7
    if cue:
        note.add(rng.choice(numbers.PHONE_CUES[lang]) + " ")
    note.plant(written, "phone", f"{style}/{region}/{shape}/{'cue' if cue else 'bare'}/{plain}",
               value)  # fmt: skip


def _identity(st: _State, note: _Note, lang: str, style: str) -> None:
    rng = st.rng
    country = rng.choice(ID_COUNTRY[lang])
    number, shape = numbers.BUILDERS[country][0](rng)
    written, plain = number, "plain"
    if rng.random() < 0.2:
        if rng.random() < 0.5:
            written = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in number)
            plain = "hidden-full-width"
        else:
            written = number[:3] + "\u200b" + number[3:]
            plain = "hidden-zwsp"
    note.add(rng.choice(numbers.ID_CUES[lang]) + " ")
    note.plant(written, "personnummer", f"{style}/{country}/{shape}/{plain}", number)


def _date(st: _State, note: _Note, lang: str, style: str) -> None:
    deck = st.date_deck.setdefault(lang, [])
    if not deck:
        deck += numbers.DATE_SHAPES[lang]
        st.rng.shuffle(deck)
    written, shape = numbers.date(st.rng, lang, deck.pop())
    frame = st.rng.choice(lx.DATE_FRAMES[lang])
    before, after = frame.split("{D}")
    note.add(before)
    note.plant(written, "date", f"{style}/{lang}/{shape}", written)
    note.add(after)


def _address(st: _State, lang: str) -> tuple[str, str]:
    rng = st.rng
    stems, ends = lx.STREETS[lang]
    street = rng.choice(stems) + rng.choice(ends)
    number = str(rng.randrange(1, 120))
    if rng.random() < 0.25:
        number += rng.choice("ABC")
    line = f"{street} {number}" if lang != "en" else f"{number} {street}"
    shape = "street"
    if lang == "sv" and rng.random() < 0.3:
        line += f", lgh {rng.randrange(1001, 1404)}"
    elif lang == "da" and rng.random() < 0.4:
        line += f", {rng.randrange(1, 5)}. {rng.choice(['th.', 'tv.', 'mf.'])}"
    elif lang == "fi" and rng.random() < 0.4:
        line += f" {rng.choice('ABC')} {rng.randrange(1, 40)}"
    elif lang == "en" and rng.random() < 0.3:
        line = f"Flat {rng.randrange(1, 30)}, " + line
    if rng.random() < 0.6:
        town = rng.choice(st.address_towns[lang])
        line += f", {POSTCODE[lang](rng)} {town}"
        shape = "street-postcode-town"
    return line, shape


def _plant_address(st: _State, note: _Note, lang: str, style: str) -> None:
    line, shape = _address(st, lang)
    note.add(st.rng.choice(lx.ADDRESS_LABELS[lang]) + " ")
    note.plant(line, "address", f"{style}/{lang}/{shape}", line)
    note.add(".")


def _mail_address(st: _State, lang: str, person: _Person | None = None) -> str:
    rng = st.rng
    if person is None:
        person = rng.choice(st.people[lang])
    g, f = _fold(person.given).lower(), _fold(person.family).lower()
    local = rng.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}", f"{f}.{g}{rng.randrange(2, 99)}"])
    org = rng.choice(lx.ORG_WORDS) + rng.choice(lx.ORG_WORDS)
    return f"{local}@{org}.{rng.choice(lx.TLDS[lang])}"


def _url(st: _State, lang: str) -> str:
    rng = st.rng
    org = rng.choice(lx.ORG_WORDS) + rng.choice(["", "-"]) + rng.choice(lx.ORG_WORDS)
    path = rng.choice(["", "/kontakt", "/om-oss", "/info", "/projekt/" + str(rng.randrange(99))])
    scheme = rng.choice(["https://", "https://www.", "www.", ""])
    return f"{scheme}{org}.{rng.choice(lx.TLDS[lang])}{path}"


def _identifier(st: _State, note: _Note, lang: str, style: str) -> None:
    """One line (or line part) with at least one identifier."""
    rng = st.rng
    kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
    if kind == "name":
        r = rng.random()
        if r < 0.18:
            _name(st, note, lang, style)
            note.add(rng.choice([": ", " – ", ", "]) + _sentences(st, lang, 1))
        elif r < 0.36:
            note.add(rng.choice(lx.NAME_LABELS[lang]) + ": ")
            _name(st, note, lang, style)
        elif r < 0.6:
            _glued_frame(st, note, lang, style)
        else:
            frame = rng.choice(lx.NAME_FRAMES[lang])
            before, after = frame.split("{N}")
            note.add(before)
            _name(st, note, lang, style)
            note.add(after)
    elif kind == "email":
        address = _mail_address(st, lang)
        note.add(rng.choice(lx.MAIL_LABELS[lang]) + " ")
        note.plant(address, "email", f"{style}/{lang}/mail", address)
    elif kind == "date":
        _date(st, note, lang, style)
    elif kind == "phone":
        _phone(st, note, lang, style)
    elif kind == "address":
        _plant_address(st, note, lang, style)
    elif kind == "personnummer":
        _identity(st, note, lang, style)
    elif kind == "place":
        place = rng.choice(st.places[lang])
        before, after = rng.choice(lx.PLACE_FRAMES[lang]).split("{P}")
        note.add(before)
        note.plant(place.canonical, "place", f"{style}/{lang}/town", place.canonical, True,
                   place.key)  # fmt: skip
        note.add(after)
    else:
        link = _url(st, lang)
        note.add(rng.choice(lx.LINK_LABELS[lang]) + " ")
        note.plant(link, "url", f"{style}/{lang}/link", link)


# --- published text -----------------------------------------------------------------------


def _sentences(st: _State, lang: str, n: int) -> str:
    pool = st.pools[lang]
    out = []
    for _ in range(n):
        i = st.cursor[lang]
        if i >= len(pool):
            st.rng.shuffle(pool)
            i = 0
        out.append(pool[i])
        st.cursor[lang] = i + 1
    return " ".join(out)


def _filler(st: _State, lang: str) -> str:
    rng = st.rng
    text = _sentences(st, lang, rng.choice([1, 1, 2, 2, 3]))
    r = rng.random()
    if r < 0.12:
        text = rng.choice(lx.WORD_SENTENCES[lang]) + " " + text
    elif r < 0.3:
        text = text + " " + rng.choice(lx.WORD_INNER[lang])
    return text


# --- notes --------------------------------------------------------------------------------


def _heading(st: _State, lang: str, style: str) -> str:
    rng = st.rng
    word = lx.HEADINGS[style][lang]
    number = rng.randrange(1, 1000)
    return rng.choice([f"{word} {number}", f"{word} #{number} ({rng.choice(lx.TAILS[lang])})",
                       f"{word} {number}, {rng.choice(lx.TAILS[lang])}",
                       f"{word} {number}{rng.choice('abcdefgh')}"])  # fmt: skip


def _need(st: _State, note: _Note) -> bool:
    return st.planted_total + len(note.spans) < st.per_kb * (st.bytes_total + note.size()) / 1000


def _write_note(st: _State, lang: str, style: str, target: int) -> _Note:
    rng = st.rng
    note = _Note()
    note.add(_heading(st, lang, style) + "\n\n")
    speakers = rng.choice(lx.SPEAKERS[lang])
    turn = 0
    clock = rng.randrange(7 * 60, 17 * 60)
    if style == "email":
        sender = rng.choice(st.people[lang])
        frm, to, dt, subj = lx.MAIL_HEADER[lang]
        note.add(f"{frm}: ")
        _name(st, note, lang, "header", category="exact", person=sender)
        note.add(" <")
        address = _mail_address(st, lang, sender)
        note.plant(address, "email", f"header/{lang}/mail", address)
        note.add(f">\n{to}: ")
        address = _mail_address(st, lang)
        note.plant(address, "email", f"header/{lang}/mail", address)
        note.add(f"\n{dt}: ")
        written, shape = numbers.date(rng, lang)
        note.plant(written, "date", f"header/{lang}/{shape}", written)
        note.add(
            f"\n{subj}: {rng.choice(lx.SUBJECTS[lang])}\n\n{rng.choice(lx.GREETINGS[lang])}\n\n"
        )
    if style == "list":
        here, away = lx.PRESENT[lang]
        note.add(f"{here}: ")
        for i in range(rng.randrange(2, 5)):
            if i:
                note.add(", ")
            _name(st, note, lang, "list", present=True)
        note.add(f"\n{away}: ")
        _name(st, note, lang, "list", present=True)
        note.add("\n\n")
    point = 0
    while note.size() < target:
        if style == "interview":
            note.add(f"{speakers[turn % 2]}: ")
            turn += 1
        elif style == "observation":
            clock += rng.randrange(3, 40)
            sep = rng.choice([".", ":"])
            note.add(f"[{clock // 60 % 24:02d}{sep}{clock % 60:02d}] ")
        elif style == "sms":
            clock += rng.randrange(1, 30)
            note.add(f"{clock // 60 % 24:02d}:{clock % 60:02d} {rng.choice(['>', '<'])} ")
        elif style == "list":
            point += 1
            note.add(f"{point}. ")
        if _need(st, note):
            _identifier(st, note, lang, style)
            if rng.random() < 0.5:
                note.add(" " + _sentences(st, lang, 1))
        else:
            text = _filler(st, lang)
            if style == "pasted":
                text = _wrap(text, rng.randrange(60, 80))
            note.add(text)
        note.add("\n" if style in ("observation", "sms", "pasted", "list") else "\n\n")
    if style == "email":
        note.add(rng.choice(lx.SIGNOFFS[lang]) + "\n")
        signed = rng.choice(["exact", "lower", "misspelt", "invisible", "upper"])
        _name(st, note, lang, "signature", category=signed)
        if rng.random() < 0.6:
            note.add("\n")
            _phone(st, note, lang, "signature")
        note.add("\n")
    return note


def _wrap(text: str, width: int) -> str:
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


def _finish(st: _State, note: _Note, index: int, lang: str) -> tuple[str, list[Planted],
                                                                     list[Ordinary]]:  # fmt: skip
    text = note.text
    planted = []
    for start, end, kind, form, value, exact, key in note.spans:
        if kind == "name":
            category = name_category(text[start:end], exact, key, text, start, end, st.forms)
            form = form.replace("/?/", f"/{category}/", 1)
        planted.append(Planted(index, start, end, kind, form, value, exact, key))
    spans = [(p.start, p.end) for p in planted]
    ordinary = []
    for m in WORD.finditer(text):
        if m.group().lower() not in st.person_forms:
            continue
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        before = text[: m.start()].rstrip(" ")
        initial = not before or before[-1] in "\n.!?:>" or before.endswith(("\n", ") "))
        where = "initial" if initial else "inner"
        ordinary.append(Ordinary(index, m.start(), m.end(), m.group(), f"homograph/{where}"))
    return text, planted, ordinary


def generate_heldout_t(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    """Notes of about `size` bytes (UTF-8) with `per_kb` identifiers per kilobyte."""
    rng = random.Random(seed)
    people_by_lang, places = _registry(rng)
    entries = [p.entry for lang in LANGS for p in people_by_lang[lang]]
    entries += [e for lang in LANGS for e in places[lang]]
    forms = {e.key: entry_forms(e) for e in entries}
    person_forms = set().union(*(forms[e.key] for e in entries if e.kind == PERSON))
    registered_given = {p.given for lang in LANGS for p in people_by_lang[lang]}
    registered_family = {p.family for lang in LANGS for p in people_by_lang[lang]}
    strangers = {
        lang: (
            [g for g in people.given(lang) if g not in registered_given],
            [f for f in people.family(lang) if f not in registered_family],
        )
        for lang in LANGS
    }
    place_names = {e.canonical for lang in LANGS for e in places[lang]}
    st = _State(rng, per_kb, people_by_lang, places, forms, person_forms, strangers)
    st.address_towns = {
        lang: [t for t in people.towns(lang) if t not in place_names] for lang in LANGS
    }
    for lang in LANGS:
        pool = list(people.sentences()[lang])
        rng.shuffle(pool)
        st.pools[lang] = pool
        st.cursor[lang] = 0
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    while st.bytes_total < size:
        lang = rng.choices(LANGS, LANG_WEIGHTS)[0]
        style = rng.choices(STYLES, STYLE_WEIGHTS)[0]
        target = min(rng.randrange(1100, 3900), max(size - st.bytes_total, 1))
        note = _write_note(st, lang, style, target)
        text, p, o = _finish(st, note, len(texts), lang)
        texts.append(text)
        planted += p
        ordinary += o
        st.planted_total += len(p)
        st.bytes_total += len(text.encode("utf-8"))
    corpus = Corpus(texts=texts, registry_people=entries, planted=planted, ordinary=ordinary)
    check(corpus)
    return corpus


def check(corpus: Corpus) -> None:
    """Every planted span and ordinary word lies in its text, none overlap, no ordinary word is
    inside an identifier; raises ValueError otherwise."""
    by_text: dict[int, list[Planted]] = {}
    for p in corpus.planted:
        if not (0 <= p.text < len(corpus.texts)) or not (
            0 <= p.start < p.end <= len(corpus.texts[p.text])
        ):
            raise ValueError(f"{p} lies out of its text")
        by_text.setdefault(p.text, []).append(p)
    for spans in by_text.values():
        spans = sorted(spans, key=lambda s: (s.start, s.end))
        for a, b in zip(spans, spans[1:], strict=False):
            if b.start < a.end:
                raise ValueError(f"{a} and {b} overlap")
    for o in corpus.ordinary:
        if not (0 <= o.text < len(corpus.texts)) or corpus.texts[o.text][o.start : o.end] != o.word:
            raise ValueError(f"{o} is not its text")
        if any(p.start < o.end and o.start < p.end for p in by_text.get(o.text, [])):
            raise ValueError(f"{o} lies inside an identifier")
