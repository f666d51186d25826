"""Held-out L: interview and observation notes on published text, apart from everything else.

    corpus = generate_heldout_l(SEED, 5_000_000, per_kb=REALISTIC)

Sealed for whoever writes or tunes the redactor (see README.md). Notes in Swedish, English,
Norwegian, Danish and Finnish: published sentences (NTREX-128's news in five languages,
ACI-Bench's doctor-patient conversations) in note styles written here (interviews, observation
logs with times, field diaries, pasted e-mails and text messages, text pasted from Word or a
PDF), with identifiers put in by lines written here. Every identifier's span is recorded
exactly, and so is every use of a word written like a registered person's name outside them.
"""

from __future__ import annotations

import csv
import datetime
import random
import re
import unicodedata
from functools import cache
from pathlib import Path

from casebook.deid.registry import PERSON, PLACE, NameEntry

from bench.heldout_l import identity, lines, phones
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 7177
REALISTIC = 0.7
DATA = Path(__file__).parent / "data"

LANG_WEIGHTS = {"sv": 34, "en": 26, "no": 14, "da": 11, "fi": 15}
KIND_WEIGHTS = {
    "name": 50,
    "phone": 12,
    "date": 11,
    "addr": 7,
    "id": 6,
    "email": 4,
    "url": 4,
    "place": 6,
}
STYLES = ("interview", "interview", "observation", "diary", "email", "sms", "pasted")
# Registered people whose given name is also an ordinary word, with the pool of their family name.
HOMOGRAPH_PEOPLE = (
    ("Love", "swe"),
    ("May", "eng"),
    ("Mark", "eng"),
    ("Per", "swe"),
    ("Rose", "eng"),
    ("Bill", "eng"),
    ("Will", "eng"),
    ("Hope", "eng"),
    ("Bo", "swe"),
    ("Inga", "swe"),
    ("Alla", "swe"),
    ("Liv", "nor"),
    ("Tor", "nor"),
    ("Aina", "fin"),
    ("Usko", "fin"),
    ("Onni", "fin"),
    ("Satu", "fin"),
    ("Tuuli", "fin"),
    ("Grace", "eng"),
    ("Sten", "swe"),
    ("Vilja", "swe"),
    ("Saga", "swe"),
    ("Toivo", "fin"),
    ("Kai", "dan"),
    ("Dag", "nor"),
    ("Siv", "nor"),
    ("Joy", "eng"),
)
WORD_NAMES = {given for given, _ in HOMOGRAPH_PEOPLE}
ORIGINS = {
    "swe": 30,
    "nor": 10,
    "dan": 7,
    "fin": 12,
    "isl": 2,
    "eng": 6,
    "deu": 6,
    "pol": 8,
    "ara": 7,
    "tur": 5,
    "fas": 3,
    "kur": 2,
    "som": 2,
}
FAMILY_OF = {"kur": "ara", "som": "ara"}  # Kurdish and Somali given names with Arabic family names
NOTE_LANG_ORIGIN = {"sv": "swe", "en": "eng", "no": "nor", "da": "dan", "fi": "fin"}
NOTE_REGION = {"sv": "SE", "en": "GB", "no": "NO", "da": "DK", "fi": "FI"}
NOTE_ID = {"sv": "se", "en": "gb", "no": "no", "da": "dk", "fi": "fi"}
HIDDEN = {
    "soft-hyphen": "\u00ad",
    "zwsp": "\u200b",
    "zwj": "\u200d",
    "zwnj": "\u200c",
    "word-joiner": "\u2060",
    "bom": "\ufeff",
}
FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "ı": "i",
        "đ": "d",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
    }
)


def table(name: str) -> list[list[str]]:
    with open(DATA / name, encoding="utf-8", newline="") as f:
        return [row for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]


@cache
def _pools() -> dict[tuple[str, str], tuple[str, ...]]:
    pools: dict[tuple[str, str], list[str]] = {}
    for lang, part, _gender, name in table("names.tsv"):
        pools.setdefault((lang, part), []).append(name)
    return {k: tuple(v) for k, v in pools.items()}


@cache
def _sentences() -> dict[str, dict[str, tuple[str, ...]]]:
    out: dict[str, dict[str, list[str]]] = {}
    for lang, source, text in table("sentences.tsv"):
        lang = "no" if lang in ("nb", "nn") else lang
        kind = "turn" if source.startswith("aci") else "news"
        out.setdefault(lang, {}).setdefault(kind, []).append(text)
    return {lang: {k: tuple(v) for k, v in d.items()} for lang, d in out.items()}


def fold(text: str) -> str:
    text = text.translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# --- the registry ----------------------------------------------------------------------------


def _family(rng: random.Random, origin: str) -> str:
    pools = _pools()
    if origin == "isl":  # a patronymic or matronymic from a given name ending in a consonant
        fathers = [g for g in pools[("isl", "given")] if g[-1] in "nrdlfkgt"]
        return rng.choice(fathers) + rng.choice(("sson", "sdóttir"))
    return rng.choice(pools[(FAMILY_OF.get(origin, origin), "family")])


def build_registry(seed: int) -> tuple[list[NameEntry], list[tuple[str, str]]]:
    """The study's people and places (the same for every size); also each person's origin."""
    rng = random.Random(f"heldout-l-registry-{seed}")
    pools = _pools()
    people: list[tuple[str, str]] = [(f"{g} {_family(rng, o)}", o) for g, o in HOMOGRAPH_PEOPLE]
    origins = list(ORIGINS)
    weights = [ORIGINS[o] for o in origins]
    while len(people) < 180:
        origin = rng.choices(origins, weights)[0]
        given = rng.choice(pools[(origin, "given")])
        if rng.random() < 0.08 and origin in ("swe", "nor", "dan", "fin"):  # "Anna-Karin"
            given += "-" + rng.choice(pools[(origin, "given")])
        full = f"{given} {_family(rng, origin)}"
        if all(full != p for p, _ in people) and len(full) <= 40:
            people.append((full, origin))
    entries = [
        NameEntry(key=f"l{i:03d}", canonical=full, tag=f"[Person {i}]", kind=PERSON)
        for i, (full, _) in enumerate(people, 1)
    ]
    entries += [
        NameEntry(key=f"lp{i:02d}", canonical=place, tag=f"[Plats {i}]", kind=PLACE)
        for i, place in enumerate(lines.PLACES, 1)
    ]
    return entries, people


# --- writing a note --------------------------------------------------------------------------


class Note:
    """A note being written, with the spans of what was planted in it."""

    def __init__(self, index: int) -> None:
        self.index = index
        self.parts: list[str] = []
        self.size = 0
        self.planted: list[Planted] = []
        self.plain = ""  # pasted text: the text before its lines were broken

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def plant(
        self,
        written: str,
        kind: str,
        form: str,
        value: str,
        exact: bool = False,
        key: str | None = None,
    ) -> None:
        start = self.size
        self.add(written)
        self.planted.append(Planted(self.index, start, self.size, kind, form, value, exact, key))

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Writer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"heldout-l-{seed}")
        self.entries, people = build_registry(seed)
        self.persons = [e for e in self.entries if e.kind == PERSON]
        self.places = [e for e in self.entries if e.kind == PLACE]
        self.origin = {e.key: o for e, (_, o) in zip(self.persons, people, strict=True)}
        self.forms = {e.key: entry_forms(e) for e in self.persons}
        self.all_forms = set().union(*self.forms.values())
        self.folded_forms = {fold(f) for f in self.all_forms}
        self.used_unregistered: set[str] = set()

    # names

    def _written_name(self, entry: NameEntry, value: str, lang: str) -> tuple[str, str, bool]:
        """How a registered name is written: (written, how, exact)."""
        rng = self.rng
        how = rng.choices(
            ("exact", "lower", "upper", "misspelt", "invisible"), (42, 14, 10, 17, 19)
        )[0]
        if fold(value) != value and rng.random() < 0.7:
            how = "ascii"
        if how == "lower" and value in WORD_NAMES:  # "will" alone is the word: not a name
            how = "exact"
        if how == "ascii":
            written = fold(value)
            if written != value and self._category(written, entry.key) == "ascii":
                return written, how, False
            how = "misspelt"
        if how == "misspelt":
            for _ in range(20):
                written = misspell(rng, value)
                if written and self._category(written, entry.key) == "misspelt":
                    if written.lower() not in self.all_forms:
                        return written, how, False
            how = "exact"
        if how == "lower":
            return value.lower(), how, False
        if how == "upper":
            return value.upper(), how, False
        if how == "invisible":
            written, kind = hide_in_name(rng, value)
            return written, f"invisible-{kind}", False
        return value, "exact", True

    def _category(self, written: str, key: str) -> str:
        return name_category(written, False, key, written, 0, len(written), self.forms)

    def _unregistered(self, lang: str) -> tuple[str, str]:
        rng = self.rng
        pools = _pools()
        for _ in range(100):
            if rng.random() < 0.55:
                origin = NOTE_LANG_ORIGIN[lang]
            else:
                origin = rng.choice(
                    (
                        "swe",
                        "nor",
                        "dan",
                        "fin",
                        "eng",
                        "deu",
                        "pol",
                        "ara",
                        "tur",
                        "fas",
                        "kur",
                        "som",
                        "isl",
                    )
                )
            given = rng.choice(pools[(origin, "given")])
            family = (
                rng.choice(pools[("ukr", "family")])
                if origin == "pol" and rng.random() < 0.3
                else _family(rng, origin)
            )
            full = f"{given} {family}"
            words = {given.lower(), family.lower(), *given.lower().split("-")}
            if words & self.all_forms or {fold(w) for w in words} & self.folded_forms:
                continue
            if full in self.used_unregistered:
                continue
            self.used_unregistered.add(full)
            return full, origin
        raise RuntimeError("no unregistered name left")

    def name(self, note: Note, lang: str, case: str, style: str, third: bool = False) -> str:
        rng = self.rng
        for _ in range(30):
            if third or rng.random() < 0.2:
                full, origin = self._unregistered(lang)
                value = full
                written = full.lower() if rng.random() < 0.12 else full
                how, exact, key, part = (
                    ("lower" if written != full else "capitalised"),
                    False,
                    None,
                    "full",
                )
                if not third and rng.random() < 0.25:  # a given name alone
                    value = written = full.split(" ")[0]
                    part = "given"
            else:
                entry = rng.choice(self.persons)
                given = " ".join(entry.given_names)
                part = rng.choices(("given", "full", "family"), (45, 35, 20))[0]
                value = {"given": given, "full": entry.canonical, "family": entry.family_name}[part]
                written, how, exact = self._written_name(entry, value, lang)
                key = entry.key
            suffix = inflect(written, lang, case)
            if suffix is None:
                continue
            form = f"{style}/{lang}/{case}/{how}/{part}" + ("" if key else "/unregistered")
            note.plant(written, "name", form, value, exact, key)
            note.add(suffix)
            return value
        raise RuntimeError("no name fits")

    # other kinds

    def phone(self, note: Note, lang: str, style: str) -> None:
        rng = self.rng
        region = NOTE_REGION[lang] if rng.random() < 0.45 else rng.choice(sorted(phones.PLANS))
        nsn, groups = phones.draw(rng, region)
        written, shape = phones.write(rng, region, nsn, groups)
        written, hidden = hide_in_number(rng, written)
        form = f"{style}/{region}/{shape}" + (f"/hidden-{hidden}" if hidden else "")
        note.plant(written, "phone", form, f"+{phones.PLANS[region].cc}{nsn}")

    def date(self, note: Note, lang: str, style: str) -> None:
        rng = self.rng
        day = datetime.date.fromordinal(
            rng.randint(
                datetime.date(2019, 1, 1).toordinal(), datetime.date(2026, 12, 31).toordinal()
            )
        )
        prefix, written, shape = write_date(rng, lang, day)
        note.add(prefix)
        if rng.random() < 0.05 and " " in written:
            written, shape = written.replace(" ", "\u00a0", 1), shape + "/hidden-nbsp"
        note.plant(written, "date", f"{style}/{lang}/{shape}", day.isoformat())

    def addr(self, note: Note, lang: str, style: str) -> None:
        written, town, shape = write_address(self.rng, lang)
        note.plant(written, "address", f"{style}/{lang}/{shape}", written)
        note.add(town)

    def ident(self, note: Note, lang: str, style: str, template: str) -> None:
        rng = self.rng
        country = NOTE_ID[lang] if rng.random() < 0.6 else rng.choice(sorted(identity.BUILDERS))
        number, shape = identity.BUILDERS[country][0](rng)
        written, hidden = hide_in_number(rng, number)
        head, _, tail = template.partition("{id}")
        note.add(head.replace("{label}", lines.ID_LABEL[country]))
        form = f"{style}/{country}/{shape}" + (f"/hidden-{hidden}" if hidden else "")
        note.plant(written, "personnummer", form, number)
        note.add(tail)

    def _someone(self) -> tuple[str, str]:
        rng = self.rng
        if rng.random() < 0.6:
            e = rng.choice(self.persons)
            return " ".join(e.given_names), e.family_name or ""
        full, _ = self._unregistered("sv")
        g, _, f = full.partition(" ")
        return g, f

    def email(self, note: Note, style: str, who: str = "") -> None:
        rng = self.rng
        g, f = self._someone()
        if who:  # the sender's own address
            g, f = who.split(" ")[0], (who.split(" ")[-1] if " " in who else f)
        g, f = (re.sub(r"[^a-z0-9-]", "", fold(x).lower()) for x in (g, f))
        local = rng.choice(
            (
                f"{g}.{f}",
                f"{g}{f}",
                f"{g[:1]}{f}",
                f"{g}.{f}{rng.randint(1, 99)}",
                f"{g}_{f}",
                f"{f}.{g}",
            )
        )
        address = f"{local}@{rng.choice(lines.EMAIL_DOMAINS)}"
        note.plant(address, "email", f"{style}/plain", address)

    def url(self, note: Note, style: str) -> None:
        rng = self.rng
        g, f = (re.sub(r"[^a-z0-9-]", "", fold(x).lower()) for x in self._someone())
        link = rng.choice(
            (
                f"https://www.facebook.com/{g}.{f}",
                f"instagram.com/{g}_{f}",
                f"https://{g}{f}.wordpress.com",
                f"https://www.linkedin.com/in/{g}-{f}-{rng.randint(100, 999)}",
                f"www.{f}{g[:1]}.se",
                f"https://x.com/{g}{f[:3]}",
                f"http://{g}-{f}.blogspot.com/",
            )
        )
        note.plant(link, "url", f"{style}/plain", link)

    def place(self, note: Note, style: str) -> None:
        e = self.rng.choice(self.places)
        note.plant(e.canonical, "place", f"{style}/exact", e.canonical, True, e.key)

    # lines

    def render(self, note: Note, lang: str, template: str, style: str) -> None:
        if "{id}" in template:
            self.ident(note, lang, style, template)
            return
        for piece in re.split(r"(\{\w+\})", template):
            if piece.startswith(".") and note.text.endswith("."):  # "31. mai." then a full stop
                piece = piece[1:]
            if piece == "{n}":
                self.name(note, lang, "nom", style)
            elif piece == "{u}":
                self.name(note, lang, "nom", style, third=True)
            elif piece == "{g}":
                self.name(note, lang, "gen", style)
            elif piece == "{all}":
                self.name(note, lang, "all", style)
            elif piece == "{phone}":
                self.phone(note, lang, style)
            elif piece == "{date}":
                self.date(note, lang, style)
            elif piece == "{addr}":
                self.addr(note, lang, style)
            elif piece == "{email}":
                self.email(note, style)
            elif piece == "{url}":
                self.url(note, style)
            elif piece == "{place}":
                self.place(note, style)
            else:
                note.add(piece)

    def item(self, note: Note, lang: str, style: str) -> None:
        rng = self.rng
        kind = rng.choices(list(KIND_WEIGHTS), list(KIND_WEIGHTS.values()))[0]
        if kind == "name":
            roll = rng.random()
            if roll < 1 / 16:
                head, comma, last, end = lines.PRESENT[lang]
                note.add(head)
                count = rng.choice((2, 3, 3, 4))
                for i in range(count):
                    if i:
                        note.add(last if i == count - 1 else comma)
                    self.name(note, lang, "nom", style + "-list")
                note.add(end)
                return
            pool = lines.NAME[lang]
            if roll < 0.2:
                pool = lines.THIRD[lang]
            elif roll < 0.4:  # a case that glues an ending to the name
                pool = [t for t in pool if "{g}" in t or "{all}" in t]
            self.render(note, lang, rng.choice(pool), style)
            return
        self.render(note, lang, rng.choice(lines.OTHER[kind][lang]), style)

    def sentence(self, lang: str, speaker: int | None = None) -> str:
        rng = self.rng
        if rng.random() < 0.04:
            return rng.choice(lines.ORDINARY[lang])
        pools = _sentences()[lang]
        if lang == "en" and (speaker is not None or rng.random() < 0.4):
            return rng.choice(pools["turn"])
        return rng.choice(pools["news"])

    def note(self, index: int, target: int, ids: int) -> Note:
        rng = self.rng
        lang = rng.choices(list(LANG_WEIGHTS), list(LANG_WEIGHTS.values()))[0]
        style = rng.choice(STYLES)
        note = Note(index)
        heading = lines.HEADINGS[style][lang].format(k=rng.randint(1, 40), m=rng.randint(1, 4))
        speakers = lines.SPEAKERS[lang]
        clock = rng.randint(8 * 60, 11 * 60)
        if style == "email":
            note.add(lines.FROM[lang])
            who = self.name(note, lang, "nom", "header")
            note.add(" <")
            self.email(note, "header", who)
            note.add(">\n" + heading + "\n\n")
        else:
            note.add(heading + "\n\n")
        if style == "email":
            ids -= 2  # the signature's name and phone number
        turn = 0
        in_paragraph = 0
        while note.size < target or len(note.planted) < ids:
            due = len(note.planted) < ids * min(1.0, (note.size + 200) / target)
            if style == "interview":
                note.add(f"{speakers[turn % 2]}: ")
                if due:
                    self.item(note, lang, style)
                else:
                    note.add(self.sentence(lang, turn % 2))
                note.add("\n")
                turn += 1
            elif style in ("observation", "sms"):
                clock += rng.randint(2, 25)
                stamp = f"{clock // 60 % 24:02d}:{clock % 60:02d}"
                note.add(f"{stamp} " if style == "observation" else f"[{stamp}] ")
                self.item(note, lang, style) if due else note.add(self.sentence(lang))
                note.add("\n")
            else:
                self.item(note, lang, style) if due else note.add(self.sentence(lang))
                in_paragraph += 1
                if in_paragraph >= rng.randint(2, 6):
                    note.add("\n\n")
                    in_paragraph = 0
                else:
                    note.add(" ")
        if style == "email":
            note.add("\n\n" + lines.REGARDS[lang] + "\n")
            self.name(note, lang, "nom", "signature")
            note.add("\n")
            self.phone(note, lang, "signature")
            note.add("\n")
        if style == "pasted":
            return _wrap(note)
        return note


def _wrap(note: Note) -> Note:
    """Text pasted from Word or a PDF: lines broken at about 72 characters (outside spans)."""
    text = note.text
    inside = [False] * (len(text) + 1)
    for p in note.planted:
        for i in range(p.start, p.end + 1):
            inside[i] = True
    out = list(text)
    column = 0
    for i, c in enumerate(text):
        column = 0 if c == "\n" else column + 1
        if c == " " and column > 72 and not inside[i]:
            out[i] = "\n"
            column = 0
    wrapped = Note(note.index)
    wrapped.parts = ["".join(out)]
    wrapped.size = len(text)
    wrapped.planted = note.planted
    wrapped.plain = text
    return wrapped


# --- how things are written ------------------------------------------------------------------

VOWELS = "aeiouyåäöø"


def misspell(rng: random.Random, value: str) -> str:
    """A real-looking typing slip: a swapped, dropped or doubled letter, or another vowel."""
    words = value.split(" ")
    i = max(range(len(words)), key=lambda k: (len(words[k]), rng.random()))
    w = words[i]
    if len(w) < 4:
        return ""
    how = rng.choice(("swap", "drop", "double", "vowel", "drop-vowel"))
    j = rng.randint(1, len(w) - 2)
    if how == "swap" and w[j] != w[j + 1] and w[j + 1].isalpha():
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    elif how == "drop":
        w = w[:j] + w[j + 1 :]
    elif how == "double" and w[j].isalpha():
        w = w[:j] + w[j] + w[j:]
    elif how == "drop-vowel":
        spots = [k for k in range(1, len(w) - 1) if w[k] in VOWELS]
        if not spots:
            return ""
        k = rng.choice(spots)
        w = w[:k] + w[k + 1 :]
    else:
        spots = [k for k in range(1, len(w)) if w[k] in "aeiouy"]
        if not spots:
            return ""
        k = rng.choice(spots)
        w = w[:k] + rng.choice([v for v in "aeiouy" if v != w[k]]) + w[k + 1 :]
    words[i] = w
    out = " ".join(words)
    return out if out != value else ""


def hide_in_name(rng: random.Random, value: str) -> tuple[str, str]:
    kind = rng.choice((*HIDDEN, "full-width", "nbsp") if " " in value else (*HIDDEN, "full-width"))
    if kind == "nbsp":
        return value.replace(" ", "\u00a0", 1), kind
    spots = [k for k in range(1, len(value)) if value[k - 1].isalpha() and value[k].isalpha()]
    k = rng.choice(spots)
    if kind == "full-width":
        letters = [m for m in range(len(value)) if "a" <= value[m].lower() <= "z"]
        m = rng.choice(letters)
        return value[:m] + chr(ord(value[m]) + 0xFEE0) + value[m + 1 :], kind
    return value[:k] + HIDDEN[kind] + value[k:], kind


def hide_in_number(rng: random.Random, written: str) -> tuple[str, str]:
    """One number in ten: full-width digits, no-break spaces or a zero-width space inside."""
    if rng.random() >= 0.1:
        return written, ""
    kind = rng.choice(("full-width", "nbsp", "zwsp") if " " in written else ("full-width", "zwsp"))
    if kind == "full-width":
        return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in written), kind
    if kind == "nbsp":
        return written.replace(" ", "\u00a0"), kind
    spots = [k for k in range(1, len(written)) if written[k - 1].isdigit() and written[k].isdigit()]
    k = rng.choice(spots)
    return written[:k] + "\u200b" + written[k:], kind


def inflect(written: str, lang: str, case: str) -> str | None:
    """The ending glued after a name for the case (None: this name is not put in that case)."""
    if case == "nom":
        return ""
    last = written[-1:]
    upper = written.isupper()
    if not last.isalpha():
        return None
    if lang == "en":
        return "'" if last.lower() == "s" else "'s"
    if lang == "sv":
        return "" if last.lower() in "sxz" else ("S" if upper else "s")
    if lang in ("no", "da"):
        return "'" if last.lower() in "sxz" else ("S" if upper else "s")
    # Finnish: genitive -n / -in, allative -lle / -ille; no stems that change (Virtanen, Jukka)
    low = written.lower()
    if low.endswith("nen") or re.search(r"(kk|tt|pp|nk|nt|mp|lt|rt|ht)[aeiouyäö]$", low):
        return None
    vowel = last.lower() in "aeiouyäö"
    ending = {"gen": "n" if vowel else "in", "all": "lle" if vowel else "ille"}[case]
    return ending.upper() if upper else ending


def write_date(rng: random.Random, lang: str, day: datetime.date) -> tuple[str, str, str]:
    """(text before the date, the date as written, shape), in each language's own ways."""
    month = lines.MONTHS[lang].split()[day.month - 1]
    weekday = lines.WEEKDAYS[lang].split()[day.weekday()]
    d, m, y = day.day, day.month, day.year
    shapes = {
        "sv": [
            ("", f"{d} {month} {y}"),
            ("", day.isoformat()),
            ("den ", f"{d} {month[:3]} {y}"),
            (f"{weekday} den ", f"{d} {month}"),
            ("", f"{d}/{m} {y}"),
            ("", f"{d}/{m}"),
            ("", f"{y}{m:02d}{d:02d}"),
        ],
        "en": [
            ("", f"{d} {month} {y}"),
            ("", f"{month} {d}, {y}"),
            ("", f"{d:02d}/{m:02d}/{y}"),
            ("", f"{month[:3]} {d}{_th(d)} {y}"),
            ("the ", f"{d}{_th(d)} of {month}"),
            (f"{weekday} ", f"{d} {month}"),
            ("", day.isoformat()),
        ],
        "no": [
            ("", f"{d}. {month} {y}"),
            ("", f"{d:02d}.{m:02d}.{y}"),
            ("", f"{d}.{m}.{y % 100:02d}"),
            (f"{weekday} ", f"{d}. {month[:3]}."),
            ("", day.isoformat()),
        ],
        "da": [
            ("", f"{d}. {month} {y}"),
            ("", f"{d}/{m}-{y}"),
            ("d. ", f"{d}. {month[:3]}. {y}"),
            ("", f"{d:02d}.{m:02d}.{y}"),
            (f"{weekday} den ", f"{d}. {month}"),
        ],
        "fi": [
            ("", f"{d}.{m}.{y}"),
            ("", f"{d}. {month} {y}"),
            (f"{weekday} ", f"{d}.{m}."),
            ("", f"{d:02d}.{m:02d}.{y}"),
            ("", f"{lines.MONTHS[lang].split()[m - 1][:-2]}n {d}. päivä"),
        ],
    }[lang]
    n = rng.randrange(len(shapes))
    prefix, written = shapes[n]
    return prefix, written, str(n)


def _th(d: int) -> str:
    if d in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def write_address(rng: random.Random, lang: str) -> tuple[str, str, str]:
    """(the address as written, ordinary text after it (the town), shape)."""
    stem = rng.choice(lines.STREET_STEMS[lang].split())
    end = rng.choice(lines.STREET_ENDS[lang])
    number = rng.randint(1, 120)
    town = rng.choice(lines.TOWNS[lang])
    if lang == "en":
        street = f"{number} {stem}{end}"
        if rng.random() < 0.3:
            street = f"Flat {rng.randint(1, 20)}, {street}"
        if rng.random() < 0.5:
            inward = f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTUW')}"
            code = f"{rng.choice(lines.UK_POSTCODES)} {inward}"
            return f"{street}, {town} {code}", "", "street-town-postcode"
        return street, f", {town}", "street"
    street = f"{stem}{end} {number}"
    extra = ""
    if lang == "sv" and rng.random() < 0.3:
        extra = rng.choice(
            (f" {rng.choice('ABC')}", f", lgh {rng.randint(10, 16)}0{rng.randint(1, 4)}")
        )
    elif lang == "da" and rng.random() < 0.4:
        extra = f", {rng.randint(1, 5)}. {rng.choice(('th.', 'tv.', 'mf.'))}"
    elif lang == "fi" and rng.random() < 0.5:
        extra = f" {rng.choice('ABC')} {rng.randint(1, 40)}"
    elif lang == "no" and rng.random() < 0.2:
        extra = f" {rng.choice('AB')}"
    street += extra
    if rng.random() < 0.55:
        code = {
            "sv": f"{rng.randint(100, 984)} {rng.randint(10, 99)}",
            "no": f"{rng.randint(1, 9990):04d}",
            "da": f"{rng.randint(1000, 9990)}",
            "fi": f"{rng.randint(0, 99):02d}{rng.randint(0, 9)}{rng.choice('0000500')}0",
        }[lang]
        return f"{street}, {code}", f" {town}", "street-postcode"
    return street, "", "street"


# --- ordinary words and the whole set --------------------------------------------------------

WORD = re.compile(r"[^\W\d_]+")
# What opens a sentence or a line: a stop, a colon, a line break, a quote or dash, the time of
# a log line ("09:23 ") or a text message ("[09:23] ").
OPENING = re.compile(r"([.!?:]\s+|\n\s*|[\"'“”«»–-]\s*|\]\s+|\d\d:\d\d\s+)$")


def ordinary_words(
    index: int, text: str, planted: list[Planted], forms: set[str], plain: str = ""
) -> list[Ordinary]:
    """Every word written like a registered name outside the identifiers; where it stands is
    read on `plain`, the text before Word's or a PDF's line breaks were put in (same offsets)."""
    plain = plain or text
    out = []
    taken = [(p.start, p.end) for p in planted]
    for m in WORD.finditer(text):
        if m.group().lower() not in forms:
            continue
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        before = plain[max(0, m.start() - 8) : m.start()]
        where = "initial" if m.start() == 0 or OPENING.search(before) else "inner"
        out.append(Ordinary(index, m.start(), m.end(), m.group(), f"homograph/{where}"))
    return out


def generate_heldout_l(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    """Notes of one to four KB until `size` bytes, with `per_kb` identifiers per KB."""
    writer = Writer(seed)
    rng = writer.rng
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    total = 0
    forms = writer.all_forms
    while total < size:
        target = rng.randint(1000, 4000)
        ids = max(0, round(per_kb * (total + target) / 1000) - len(planted))
        note = writer.note(len(texts), target, ids)
        text = note.text
        texts.append(text)
        planted.extend(note.planted)
        ordinary.extend(ordinary_words(note.index, text, note.planted, forms, note.plain))
        total += len(text.encode("utf-8"))
    return Corpus(texts=texts, registry_people=writer.entries, planted=planted, ordinary=ordinary)


def check(corpus: Corpus) -> None:
    """Raise ValueError when a span is out of its text, empty, overlaps another, or an ordinary
    word overlaps an identifier."""
    by_text: dict[int, list[tuple[int, int]]] = {}
    for p in corpus.planted:
        text = corpus.texts[p.text]
        if not (0 <= p.start < p.end <= len(text)):
            raise ValueError(f"span out of its text: {p}")
        if text[p.start : p.end] != text[p.start : p.end].strip():
            raise ValueError(f"span starts or ends with a space: {p}")
        by_text.setdefault(p.text, []).append((p.start, p.end))
    for spans in by_text.values():
        spans.sort()
        for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
            if s2 < e1:
                raise ValueError("overlapping spans")
    for o in corpus.ordinary:
        if any(s < o.end and o.start < e for s, e in by_text.get(o.text, [])):
            raise ValueError(f"ordinary word inside an identifier: {o}")
        if corpus.texts[o.text][o.start : o.end] != o.word:
            raise ValueError(f"ordinary word not where it says: {o}")
