"""Held-out S: notes of a Swedish study of everyday life in five languages, written around
published sentences no other set uses, with every identifier planted exactly. Sealed: nobody
who writes or tunes the redactor opens, reads, imports, prints or runs anything here (README).

    corpus = generate_heldout_s(SEED, 5_000_000)            # 0.7 identifiers per KB
    corpus = generate_heldout_s(SEED, 700_000, per_kb=1.5)  # the test's denser set

The same seed and size always give the same notes, whatever the hash seed.
"""

from __future__ import annotations

import datetime
import random
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from bench.heldout_s import lexicon as lx
from bench.heldout_s import numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, NameEntry, Ordinary, Planted

SEED = 8311
REALISTIC = 0.7
LANGS = lx.LANGS
LANG_WEIGHTS = (36, 20, 14, 14, 16)
STYLES = ("interview", "observation", "diary", "email", "sms", "pasted", "list")
STYLE_WEIGHTS = (20, 18, 15, 13, 11, 10, 13)
KINDS = ("name", "date", "phone", "email", "address", "personnummer", "url", "place")
KIND_WEIGHTS = (55, 11, 10, 2, 9, 8, 5, 7)
CATEGORIES = ("exact", "lower", "upper", "ascii", "inflected", "misspelt", "invisible")
CATEGORY_WEIGHTS = (33, 11, 9, 8, 13, 13, 13)
STRANGER_SHARE = 0.27
INVISIBLE = {
    "soft-hyphen": "\u00ad",
    "zwsp": "\u200b",
    "zwj": "\u200d",
    "word-joiner": "\u2060",
    "bom": "\ufeff",
}
WORD = re.compile(r"[^\W\d_]+")
NEIGHBOURS = dict(
    zip(
        "qwertyuiopasdfghjklzxcvbnm",
        "wa qe wr et ry tu yi uo ip o sq ad sf dg fh gj hk jl k xa zc xv cb vn bm n".split(" "),
        strict=True,
    )
)
FOREIGN = {"pl": 5, "uk": 3, "tr": 2}  # of 100 registered people: names from elsewhere
REGISTERED = {"sv": 130, "en": 60, "no": 55, "da": 55, "fi": 55}


def hidden(text: str) -> bool:
    """An invisible or compatibility character inside (what scoring calls hidden)."""
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


def _wide(text: str, digits_only: bool = False) -> str:
    out = []
    for c in text:
        if c.isdigit() and c.isascii() or (not digits_only and c.isascii() and c.isalpha()):
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


def _fold(text: str) -> str:
    special = {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "đ": "d", "ł": "l", "Ł": "L"}
    text = "".join(special.get(c, c) for c in text)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass
class _Id:
    text: str
    kind: str
    form: str
    value: str
    exact: bool = False
    key: str | None = None


@dataclass
class _Person:
    key: str
    given: str
    family: str
    lang: str

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


@dataclass
class _People:
    entries: list[NameEntry]
    by_lang: dict[str, list[_Person]]
    places: list[tuple[str, str]]
    forms: dict[str, set[str]]
    person_forms: set[str]
    pools: dict[str, tuple[list[str], list[str]]]
    towns: dict[str, list[str]]
    strangers: set[str] = field(default_factory=set)


def _registry(rng: random.Random) -> _People:
    pools = {}
    for lang in (*LANGS, *FOREIGN):
        given = [n for n in people.given(lang) if n not in people.WORD_NAMES]
        pools[lang] = (given, list(people.family(lang)))
    towns = {lang: list(people.names().get(f"{lang}/town", [])) for lang in LANGS}
    by_lang: dict[str, list[_Person]] = defaultdict(list)
    taken: set[str] = set()
    entries: list[NameEntry] = []
    n = 0

    def add(lang: str, given: str, family: str) -> None:
        nonlocal n
        if f"{given} {family}" in taken:
            return
        n += 1
        person = _Person(f"s{n:03d}", given, family, lang)
        taken.add(person.full)
        by_lang[lang].append(person)
        entries.append(NameEntry(person.key, person.full, f"[P{n:03d}]"))

    for word in people.WORD_NAMES:
        lang = people.WORD_NAME_LANG[word]
        add(lang, word, rng.choice(pools[lang][1]))
    for lang in LANGS:
        while len(by_lang[lang]) < REGISTERED[lang]:
            roll = rng.randrange(100)
            origin = lang
            for foreign, share in FOREIGN.items():
                roll -= share
                if roll < 0:
                    origin = foreign
                    break
            given = rng.choice(pools[origin][0])
            family = rng.choice(pools[origin if rng.random() < 0.8 else lang][1])
            add(lang, given, family)
    places = []
    town_pool = sorted({t for lang in LANGS for t in towns[lang][:40]})
    for i, town in enumerate(rng.sample(town_pool, 30)):
        key = f"l{i + 1:02d}"
        places.append((town, key))
        entries.append(NameEntry(key, town, f"[L{i + 1:02d}]", kind="place"))
    forms = {e.key: entry_forms(e) for e in entries}
    person_forms = set().union(*(forms[e.key] for e in entries if e.kind == "person"))
    person_forms = {f for f in person_forms if " " not in f}
    return _People(entries, dict(by_lang), places, forms, person_forms, pools, towns)


# --- names -----------------------------------------------------------------------------------


def _slip(rng: random.Random, word: str) -> tuple[str, str]:
    """A slip people really make typing `word`: a letter dropped, doubled, swapped with the
    next, or replaced by a neighbouring key."""
    how = rng.choice(("drop", "double", "swap", "key", "key", "drop"))
    if len(word) < 3:
        return word + word[-1], "double"
    i = rng.randrange(1, len(word) - 1)
    if how == "drop":
        return word[:i] + word[i + 1 :], how
    if how == "double":
        return word[:i] + word[i] + word[i:], how
    if how == "swap" and word[i] != word[i + 1 : i + 2]:
        return word[:i] + word[i + 1 : i + 2] + word[i] + word[i + 2 :], how
    c = word[i].lower()
    if c in NEIGHBOURS:
        return word[:i] + rng.choice(NEIGHBOURS[c]) + word[i + 1 :], "key"
    return word[:i] + word[i + 1 :], "drop"


def _category(p: _People, written: str, exact: bool, key: str | None, after: str) -> str:
    return name_category(written, exact, key, written + after, 0, len(written), p.forms)


def _registered(
    rng: random.Random, p: _People, lang: str, style: str, glue: str = "", extra: str = ""
) -> _Id:
    person = rng.choice(p.by_lang[lang])
    want = "inflected" if glue else rng.choices(CATEGORIES[:4] + CATEGORIES[5:],
                                                 (33, 11, 9, 8, 13, 13))[0]  # fmt: skip
    shape = rng.choice(("given", "given", "full", "full", "family"))
    if glue:
        shape = "given" if lang == "fi" else rng.choice(("given", "full", "family"))
    if want == "ascii":
        marked = [x for x in p.by_lang[lang] if _fold(x.full) != x.full]
        if marked:
            person = rng.choice(marked)
            choices = (("given", person.given), ("family", person.family), ("full", person.full))
            shape = rng.choice([s for s, w in choices if _fold(w) != w])
    form = {"given": person.given, "full": person.full, "family": person.family}[shape]
    written, how = form, f"{want}-{shape}"
    exact = False
    if want in ("exact", "inflected"):
        exact = True
    elif want == "lower":
        written = form.lower()
    elif want == "upper":
        written = form.upper()
    elif want == "ascii":
        folded = _fold(form)
        if folded == form:
            want, how = "misspelt", ""
        else:
            written = folded
    if want == "misspelt":
        if shape == "full" and rng.random() < 0.2:
            cut = len(person.given) - 1
            written, how = form[:cut] + " " + form[cut] + form[cut + 2 :], "slip-space"
        else:
            words = form.split(" ")
            i = rng.randrange(len(words))
            words[i], slip = _slip(rng, words[i])
            written, how = " ".join(words), f"slip-{slip}"
    elif want == "invisible":
        kind = rng.choice((*INVISIBLE, "full-width", "nbsp"))
        if kind == "nbsp" and " " not in form:
            kind = "zwsp"
        if kind == "nbsp":
            written = form.replace(" ", "\u00a0", 1)
        elif kind == "full-width":
            written = _wide(form)
        else:
            word = form.split(" ")[0]
            i = rng.randrange(1, len(word)) if len(word) > 1 else 1
            written = word[:i] + INVISIBLE[kind] + word[i:] + form[len(word) :]
        how = f"invisible-{kind}"
    category = _category(p, written, exact, person.key, glue)
    if category not in (want, "invisible") and want != "ascii":
        # the slip made another registered form or the fold changed nothing: write it exactly
        written, exact, how = form, True, f"exact-{shape}"
        category = _category(p, written, exact, person.key, glue)
    form_text = f"{style}/{lang}/{category}/{how}{extra}"
    return _Id(written, "name", form_text, form, exact and written == form, person.key)


def _stranger(rng: random.Random, p: _People, lang: str, style: str, extra: str = "") -> _Id:
    origin = lang if rng.random() < 0.85 else rng.choice(list(FOREIGN))
    given_pool, family_pool = p.pools[origin]
    for _ in range(50):
        surnames = p.pools[lang][1] if rng.random() < 0.3 else family_pool
        name = f"{rng.choice(given_pool)} {rng.choice(surnames)}"
        if name not in p.strangers and all(name != e.canonical for e in p.entries):
            break
    p.strangers.add(name)
    return _Id(name, "name", f"{style}/{lang}/unregistered/full{extra}", name)


def _name(rng: random.Random, p: _People, lang: str, style: str, extra: str = "") -> _Id:
    if rng.random() < STRANGER_SHARE:
        return _stranger(rng, p, lang, style, extra)
    return _registered(rng, p, lang, style, extra=extra)


# --- other identifiers -------------------------------------------------------------------------


def _date(rng: random.Random, lang: str, style: str) -> _Id:
    day0 = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randrange(4 * 365))
    d, m, y = day0.day, day0.month, day0.year
    months = lx.MONTHS[lang].split()
    abbr = lx.MONTH_ABBR[lang].split()
    wd = lx.WEEKDAYS[lang].split()[day0.weekday()]
    wda = lx.WEEKDAY_ABBR[lang].split()[day0.weekday()]
    month, mabbr = months[m - 1], abbr[m - 1]
    d2 = min(d + rng.randint(1, 3), 28) if d < 28 else d
    shapes: dict[str, str] = {}
    if lang == "sv":
        shapes = {
            "iso": f"{y}-{m:02d}-{d:02d}",
            "slash": f"{d}/{m}",
            "slash-year": f"{d}/{m} {y}",
            "dotted": f"{d}.{m}.{y}",
            "spelled": f"{d} {month} {y}",
            "spelled-short": f"{d} {month}",
            "den": f"den {d} {month}",
            "abbr": f"{d} {mabbr} {y}",
            "ordinal-e": f"{d}:e {month}",
            "weekday": f"{wd} {d} {month}",
            "weekday-abbr": f"{wda} {d}/{m}",
            "range": f"{d}–{d2} {month}",
            "dashed": f"{d:02d}-{m:02d}-{y}",
        }
    elif lang == "en":
        suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        shapes = {
            "spelled": f"{d} {month} {y}",
            "us": f"{month} {d}, {y}",
            "ordinal": f"{d}{suffix} {month}",
            "us-ordinal": f"{month} {d}{suffix}",
            "weekday": f"{wd} {d} {month}",
            "weekday-abbr": f"{wda} {d} {mabbr}",
            "slash": f"{d:02d}/{m:02d}/{y}",
            "us-slash": f"{m}/{d}/{y}",
            "dotted-short": f"{d:02d}.{m:02d}.{y % 100:02d}",
            "iso": f"{y}-{m:02d}-{d:02d}",
            "range": f"{d}–{d2} {month}",
            "abbr": f"{d} {mabbr} {y}",
        }
    elif lang == "no":
        shapes = {
            "spelled": f"{d}. {month} {y}",
            "dotted": f"{d:02d}.{m:02d}.{y}",
            "weekday": f"{wd} {d}. {month}",
            "spelled-short": f"{d}. {month}",
            "short": f"{d}.{m}.",
            "den": f"den {d}. {month}",
            "abbr": f"{d}. {mabbr} {y}",
            "iso": f"{y}-{m:02d}-{d:02d}",
            "range": f"{d}.–{d2}. {month}",
            "weekday-abbr": f"{wda} {d}.{m}.",
        }
    elif lang == "da":
        shapes = {
            "spelled": f"{d}. {month} {y}",
            "slash-dash": f"{d}/{m}-{y}",
            "dotted": f"{d:02d}.{m:02d}.{y}",
            "weekday-den": f"{wd} den {d}. {month}",
            "d": f"d. {d}. {month}",
            "spelled-short": f"{d}. {month}",
            "abbr": f"{d}. {mabbr} {y}",
            "slash": f"{d}/{m}",
            "range": f"{d}.–{d2}. {month}",
            "weekday-abbr": f"{wda} {d}/{m}",
        }
    else:
        shapes = {
            "dotted": f"{d}.{m}.{y}",
            "short": f"{d}.{m}.",
            "spelled": f"{d}. {month} {y}",
            "weekday-abbr": f"{wda} {d}.{m}.",
            "weekday": f"{wd} {d}.{m}.{y}",
            "genitive": f"{lx.FI_MONTH_GEN.split()[m - 1]} {d}. päivä",
            "range": f"{d}.–{d2}.{m}.",
            "iso": f"{y}-{m:02d}-{d:02d}",
            "abbr": f"{d}. {mabbr} {y}",
        }
    if d <= 12 and rng.random() < 0.15:
        ordinal = lx.ORDINALS[lang].split()[d - 1]
        text = {
            "sv": f"den {ordinal} {month}",
            "en": f"the {ordinal} of {month}",
            "no": f"den {ordinal} {month}",
            "da": f"den {ordinal} {month}",
            "fi": f"{lx.FI_MONTH_GEN.split()[m - 1]} {ordinal} päivä",
        }[lang]
        return _Id(text, "date", f"{style}/{lang}/ordinal-word", text)
    shape = rng.choice(sorted(shapes))
    text = shapes[shape]
    return _Id(text, "date", f"{style}/{lang}/{shape}", text)


def _phone(rng: random.Random, lang: str, style: str, cue: bool) -> _Id:
    local = numbers.REGION_OF_LANG[lang]
    region = local if rng.random() < 0.55 else rng.choice(sorted(numbers.PLANS))
    nsn, groups = numbers.draw(rng, region)
    written, shape = numbers.write(rng, region, nsn, groups)
    how = "plain"
    roll = rng.random()
    if roll < 0.05:
        written, how = _wide(written, digits_only=True), "hidden-full-width"
    elif roll < 0.11 and " " in written:
        written, how = written.replace(" ", "\u00a0"), "hidden-nbsp"
    elif roll < 0.15:
        i = max(2, len(written) // 2)
        written, how = written[:i] + "\u200b" + written[i:], "hidden-zwsp"
    form = f"{style}/{region}/{shape}/{'cue' if cue else 'bare'}/{how}"
    return _Id(written, "phone", form, numbers.e164(region, nsn))


def _idnumber(rng: random.Random, lang: str, style: str) -> _Id:
    local = numbers.COUNTRY_OF_LANG[lang]
    country = local if rng.random() < 0.45 else rng.choice(sorted(numbers.BUILDERS))
    value, shape = numbers.BUILDERS[country][0](rng)
    written, how = value, "plain"
    roll = rng.random()
    if roll < 0.05:
        written, how = _wide(value, digits_only=True), "hidden-full-width"
    elif roll < 0.1:
        i = rng.randrange(2, len(value) - 1)
        written, how = value[:i] + "\u200b" + value[i:], "hidden-zwsp"
    return _Id(written, "personnummer", f"{style}/{country}/{shape}/{how}", value)


def _address(rng: random.Random, p: _People, lang: str, style: str) -> _Id:
    stems, ends = lx.STREETS[lang]
    street = rng.choice(stems) + rng.choice(ends)
    if lang == "en":
        street = rng.choice(stems) + " " + rng.choice(ends)
    number = rng.randint(1, 140)
    letter = rng.choice(("", "", "", "A", "B", "C"))
    town = rng.choice(p.towns[lang] or ["Lund"])
    full = rng.random() < 0.6
    if lang == "sv":
        line = f"{street} {number}{' ' + letter if letter else ''}"
        if rng.random() < 0.3:
            line += f", lgh {rng.randint(1001, 1604)}"
        post = f"{rng.randint(100, 985)} {rng.randint(10, 99)} {town}"
    elif lang == "no":
        line = f"{street} {number}{letter}"
        post = f"{rng.randint(1, 9999):04d} {town}"
    elif lang == "da":
        line = f"{street} {number}{letter}"
        if rng.random() < 0.4:
            line += f", {rng.randint(1, 5)}. {rng.choice(('th.', 'tv.', 'mf.'))}"
        post = f"{rng.randint(1000, 9990)} {town}"
    elif lang == "fi":
        line = f"{street} {number}"
        if rng.random() < 0.5:
            line += f" {rng.choice('ABCD')} {rng.randint(1, 40)}"
        post = f"{rng.randint(100, 99999):05d} {town}"
    else:
        line = f"{number} {street}"
        district = rng.choice(("LS", "M", "B", "NE", "SW", "EH", "G", "CF", "BS", "NG"))
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        inward = f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
        code = f"{district}{rng.randint(1, 20)} {inward}"
        post = f"{town} {code}"
    text = f"{line}, {post}" if full else line
    return _Id(text, "address", f"{style}/{lang}/{'full' if full else 'street'}", text)


def _mail_local(given: str, family: str, rng: random.Random) -> str:
    g, f = _fold(given).lower(), _fold(family).lower().replace(" ", "")
    return rng.choice((f"{g}.{f}", f"{g[0]}.{f}", f"{g}{f[0]}", f"{f}.{g}", f"{g}_{f}"))


def _email(rng: random.Random, p: _People, lang: str, style: str,
           who: tuple[str, str] | None = None) -> _Id:  # fmt: skip
    if who is None:
        person = rng.choice(p.by_lang[lang])
        who = (person.given, person.family)
    local = _mail_local(*who, rng)
    if rng.random() < 0.15:
        local = rng.choice(("info", "kontakt", "post", "reception", "team")) + str(
            rng.randint(1, 9)
        )
    text = f"{local}@{rng.choice(lx.ORGS)}.{rng.choice(lx.TLDS[lang])}"
    return _Id(text, "email", f"{style}/{lang}/mail", text)


def _url(rng: random.Random, lang: str, style: str) -> _Id:
    host = f"{rng.choice(lx.ORGS)}.{rng.choice(lx.TLDS[lang])}"
    path = rng.choice(
        ("enkat", "survey", "boka", "kalender", "dokument", "moten", "info", "lomake")
    )
    tail = rng.choice(
        (
            f"/{path}",
            f"/{path}/{rng.randint(100, 9999)}",
            f"/{path}?id={rng.randint(1000, 99999)}",
            "",
        )
    )
    shape = rng.choice(("https", "https", "www", "bare"))
    text = {
        "https": f"https://www.{host}{tail}",
        "www": f"www.{host}{tail}",
        "bare": f"{host}{tail or '/' + path}",
    }[shape]
    return _Id(text, "url", f"{style}/{lang}/{shape}", text)


def _place(rng: random.Random, p: _People, lang: str, style: str) -> _Id:
    town, key = rng.choice(p.places)
    return _Id(town, "place", f"{style}/{lang}/place", town, True, key)


# --- lines -------------------------------------------------------------------------------------

Seg = str | _Id


def _fill(template: str, slot: str, ident: _Id, glue: str = "") -> list[Seg]:
    before, after = template.split(slot, 1)
    segs: list[Seg] = []
    if before:
        segs.append(before)
    segs.append(ident)
    if glue or after:
        segs.append(glue + after)
    return segs


def _id_line(rng: random.Random, p: _People, lang: str, style: str) -> tuple[list[Seg], bool]:
    """One line carrying an identifier; True when it must start a line of its own."""
    kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
    if kind == "name":
        if rng.random() < 0.2 and lang != "en":
            template = rng.choice(lx.GLUED_LINES[lang])
            glue = rng.choice(lx.GLUE[lang])
            if lang == "fi":
                glue = {"Annoin lapun {G}.": "lle"}.get(template, "n")
            ident = _registered(rng, p, lang, style, glue=glue)
            if lang == "fi" and ident.value[-1] not in "aeiouyäö":
                glue = "i" + glue
                ident = _registered(rng, p, lang, style, glue=glue)
            start = template.startswith("@")
            return _fill(template.lstrip("@"), "{G}", ident, glue), start
        template = rng.choice(lx.NAME_LINES[lang])
        ident = _name(rng, p, lang, style)
        return _fill(template.lstrip("@"), "{N}", ident), template.startswith("@")
    if kind == "phone":
        template = rng.choice(lx.PHONE_LINES[lang])
        return _fill(template, "{P}", _phone(rng, lang, style, template != "{P}")), False
    if kind == "date":
        return _fill(rng.choice(lx.DATE_LINES[lang]), "{D}", _date(rng, lang, style)), False
    if kind == "address":
        return _fill(
            rng.choice(lx.ADDRESS_LINES[lang]), "{A}", _address(rng, p, lang, style)
        ), False
    if kind == "email":
        return _fill(rng.choice(lx.EMAIL_LINES[lang]), "{E}", _email(rng, p, lang, style)), False
    if kind == "url":
        return _fill(rng.choice(lx.URL_LINES[lang]), "{U}", _url(rng, lang, style)), False
    if kind == "personnummer":
        return _fill(rng.choice(lx.ID_LINES[lang]), "{I}", _idnumber(rng, lang, style)), False
    return _fill(rng.choice(lx.PLACE_LINES[lang]), "{L}", _place(rng, p, lang, style)), False


def _seg_len(segs: list[Seg]) -> int:
    return sum(len((s if isinstance(s, str) else s.text).encode("utf-8")) for s in segs)


class _Pool:
    """A seeded walk through each language's published sentences, own ordinary sentences mixed
    in now and then."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.order = {lang: rng.sample(people.sentences()[lang], len(people.sentences()[lang]))
                      for lang in LANGS}  # fmt: skip
        self.at = dict.fromkeys(LANGS, 0)

    def next(self, lang: str) -> str:
        if self.rng.random() < 0.03:
            return self.rng.choice(lx.OWN_ORDINARY[lang])
        order = self.order[lang]
        if self.at[lang] >= len(order):
            self.rng.shuffle(order)
            self.at[lang] = 0
        s = order[self.at[lang]]
        self.at[lang] += 1
        return s


# --- notes -------------------------------------------------------------------------------------


@dataclass
class _Budget:
    per_kb: float
    planted: int = 0
    bytes: int = 0

    def wants_id(self, extra: int) -> bool:
        return self.planted < self.per_kb * (self.bytes + extra) / 1000


def _heading(rng: random.Random, lang: str, style: str) -> str:
    word = rng.choice(lx.HEADINGS[lang][style])
    number = rng.randint(1, 480)
    tail = rng.choice(lx.TAILS[lang])
    return rng.choice((f"{word} {number}, {tail}", f"{word} #{number} ({tail})",
                       f"{word} {number} – {tail}", f"{word.upper()} {number}"))  # fmt: skip


def _count(segs: list[Seg]) -> int:
    return sum(isinstance(s, _Id) for s in segs)


def _note(rng: random.Random, p: _People, pool: _Pool, lang: str, style: str, target: int,
          budget: _Budget) -> list[list[Seg]]:  # fmt: skip
    lines: list[list[Seg]] = [[_heading(rng, lang, style)]]
    size = _seg_len(lines[0]) + 1
    clock = rng.randint(7 * 60, 15 * 60)
    labels = rng.choice(lx.SPEAKERS[lang])
    turn = 0

    def add(segs: list[Seg]) -> None:
        nonlocal size
        lines.append(segs)
        size += _seg_len(segs) + 1
        budget.planted += _count(segs)

    if style == "email":
        fr, to, date_w, subj, greet, bye = lx.MAIL_WORDS[lang]
        sender = _name(rng, p, lang, "header")
        who = sender.value.split(" ") if " " in sender.value else [sender.value, "x"]
        add([f"{fr}: ", sender, " <", _email(rng, p, lang, "header", (who[0], who[-1])), ">"])
        if rng.random() < 0.4:
            add([f"{to}: ", _email(rng, p, lang, "header")])
        if rng.random() < 0.8:
            add([f"{date_w}: ", _date(rng, lang, "header")])
        add([f"{subj}: {rng.choice(lx.SUBJECTS[lang])}"])
        add([""])
        add([rng.choice(greet)])
    if style == "list":
        names = [_name(rng, p, lang, "list", "/present") for _ in range(rng.randint(1, 4))]
        segs: list[Seg] = [rng.choice(lx.PRESENT[lang]) + ": "]
        for i, ident in enumerate(names):
            if i:
                segs.append(", ")
            segs.append(ident)
        add(segs)
        if rng.random() < 0.25:
            add([f"{lx.ABSENT[lang]}: ", _name(rng, p, lang, "list", "/absent")])
    paragraph: list[Seg] = []
    while size + _seg_len(paragraph) < target:
        extra = size + _seg_len(paragraph)
        budget.planted += _count(paragraph)
        want = budget.wants_id(extra)
        budget.planted -= _count(paragraph)
        if want:
            segs, at_start = _id_line(rng, p, lang, style)
        else:
            segs, at_start = [pool.next(lang)], False
        if style == "interview":
            if at_start:
                add(segs)  # a name that opens a line of its own (a note between turns)
            else:
                add([f"{labels[turn % 2]}: ", *segs])
                turn += 1 if rng.random() < 0.8 else 0
        elif style in ("observation", "sms"):
            clock += rng.randint(1, 12 if style == "observation" else 30)
            stamp = rng.choice(("[{:02d}.{:02d}] ", "{:02d}:{:02d} ", "kl. {:02d}.{:02d} "))
            if style == "sms":
                stamp = "[{:02d}:{:02d}] "
            stamp = stamp.format(clock // 60 % 24, clock % 60)
            add(segs if at_start else [stamp, *segs])
        elif style == "list":
            add(segs if at_start else ["- ", *segs])
        else:  # diary, e-mail body, pasted text: paragraphs
            if at_start and paragraph:
                add(paragraph)
                paragraph = []
            if paragraph:
                paragraph.append(" ")
            paragraph.extend(segs)
            if _seg_len(paragraph) > rng.randint(200, 600):
                add(paragraph)
                paragraph = []
                if style == "diary" and rng.random() < 0.5:
                    add([""])
    if paragraph:
        add(paragraph)
    if style == "email":
        fr, to, date_w, subj, greet, bye = lx.MAIL_WORDS[lang]
        add([""])
        add([rng.choice(bye)])
        add([_registered(rng, p, lang, "signature")])
        if rng.random() < 0.7:
            add([_phone(rng, lang, "signature", False)])
    if style == "pasted":
        lines = _wrap(lines, rng.randint(55, 80))
    return lines


def _wrap(lines: list[list[Seg]], width: int) -> list[list[Seg]]:
    """Hard line breaks as in text pasted from a PDF: plain text breaks at a space once a line
    is `width` long; an identifier is never broken."""
    out: list[list[Seg]] = []
    for segs in lines:
        cur: list[Seg] = []
        length = 0
        for s in segs:
            if isinstance(s, _Id):
                cur.append(s)
                length += len(s.text)
                continue
            parts = s.split(" ")
            for j, part in enumerate(parts):
                piece = part if j == 0 else " " + part
                if j and length + len(piece) > width and length:
                    out.append(cur)
                    cur, length = [part], len(part)
                else:
                    cur.append(piece)
                    length += len(piece)
        out.append(cur)
    return out


def _render(lines: list[list[Seg]], index: int) -> tuple[str, list[Planted]]:
    parts: list[str] = []
    planted: list[Planted] = []
    at = 0
    for n, segs in enumerate(lines):
        if n:
            parts.append("\n")
            at += 1
        for s in segs:
            if isinstance(s, _Id):
                planted.append(
                    Planted(index, at, at + len(s.text), s.kind, s.form, s.value, s.exact, s.key)
                )
                parts.append(s.text)
                at += len(s.text)
            else:
                parts.append(s)
                at += len(s)
    return "".join(parts), planted


def _ordinary(p: _People, text: str, index: int, planted: list[Planted]) -> list[Ordinary]:
    spans = [(q.start, q.end) for q in planted]
    out = []
    for m in WORD.finditer(text):
        if m.group().lower() not in p.person_forms:
            continue
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        before = text[: m.start()].rstrip(" \t\"'“”«(-")
        initial = not before or before[-1] in "\n.!?:]"
        where = "initial" if initial else "inner"
        out.append(Ordinary(index, m.start(), m.end(), m.group(), f"homograph/{where}"))
    return out


def generate_heldout_s(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    """About `size` bytes of notes with `per_kb` planted identifiers per kilobyte."""
    rng = random.Random(seed)
    p = _registry(rng)
    pool = _Pool(rng)
    budget = _Budget(per_kb)
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    while budget.bytes < size:
        target = rng.randint(1100, 4000)
        if size - budget.bytes - target < 1100:
            target = size - budget.bytes
        lang = rng.choices(LANGS, LANG_WEIGHTS)[0]
        style = rng.choices(STYLES, STYLE_WEIGHTS)[0]
        lines = _note(rng, p, pool, lang, style, target, budget)
        text, found = _render(lines, len(texts))
        texts.append(text)
        planted.extend(found)
        ordinary.extend(_ordinary(p, text, len(texts) - 1, found))
        budget.bytes += len(text.encode("utf-8"))
        budget.planted = len(planted)
    return Corpus(texts, p.entries, planted, ordinary)


def check(corpus: Corpus) -> None:
    """Every planted span and ordinary word lies in its text, none overlap, no ordinary word is
    inside an identifier; raises ValueError otherwise."""
    by_text: dict[int, list[Planted]] = defaultdict(list)
    for q in corpus.planted:
        if not 0 <= q.start < q.end <= len(corpus.texts[q.text]):
            raise ValueError(f"{q} lies out of its text")
        by_text[q.text].append(q)
    for spans in by_text.values():
        spans.sort(key=lambda q: q.start)
        for a, b in zip(spans, spans[1:], strict=False):
            if b.start < a.end:
                raise ValueError(f"{a} and {b} overlap")
    for o in corpus.ordinary:
        text = corpus.texts[o.text]
        if text[o.start : o.end] != o.word:
            raise ValueError(f"{o} is not its text")
        if any(q.start < o.end and o.start < q.end for q in by_text.get(o.text, [])):
            raise ValueError(f"{o} lies inside an identifier")
