"""Held-out R: field notes of a Swedish study in Swedish, English, Norwegian, Danish and Finnish,
made of published sentences (bench/heldout_r/data, README.md) in layouts of this set's own, with
identifiers planted at known offsets. SEALED: see README.md.

    corpus = generate_heldout_r(SEED, 5_000_000, per_kb=REALISTIC)

Every planted span is exact (start/end into `corpus.texts`); kinds are those of bench/scoring.py;
names carry their registry key (None for someone nobody registered) and `exact` when written
exactly as registered. Each ordinary use of a word written like a registered name is recorded
(`Ordinary`, "homograph/initial" at the start of a sentence or line, "homograph/inner" elsewhere).
"""

from __future__ import annotations

import random
import re
import unicodedata
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field

from bench.heldout_r import lexicon as lx
from bench.heldout_r import numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, NameEntry, Ordinary, Planted

SEED = 7193
REALISTIC = 0.7
LANGS = lx.LANGS
LANG_WEIGHTS = (38, 20, 14, 14, 14)
STYLES = ("interview", "observation", "diary", "email", "sms", "pasted", "list")
STYLE_WEIGHTS = (22, 18, 16, 12, 10, 10, 12)
KINDS = ("name", "date", "phone", "email", "address", "personnummer", "url", "place")
KIND_WEIGHTS = (58, 7, 9, 6, 7, 5, 5, 3)
CATEGORIES = ("exact", "lower", "upper", "ascii", "inflected", "misspelt", "invisible")
CATEGORY_WEIGHTS = (34, 11, 8, 8, 13, 13, 13)
INVISIBLE = {
    "soft-hyphen": "\u00ad",
    "zwsp": "\u200b",
    "zwj": "\u200d",
    "word-joiner": "\u2060",
    "bom": "\ufeff",
}
WORD = re.compile(r"[^\W\d_]+")
NEIGHBOURS = dict(zip("qwertyuiopasdfghjklzxcvbnm", [
    "wa", "qes", "wrd", "etf", "ryg", "tuh", "yij", "uok", "ipl", "ok", "qsz", "awdx", "sefc",
    "drgv", "fthb", "gyjn", "hukm", "jil", "kop", "xas", "zcsd", "xvdf", "cbfg", "vnhg", "bmjh",
    "nkj"], strict=False))  # fmt: skip


def hidden(text: str) -> bool:
    """An invisible or compatibility character inside (scoring's own test)."""
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


def _wide(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _fold(text: str) -> str:
    table = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "đ": "d"})
    decomposed = unicodedata.normalize("NFKD", text.translate(table))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# --- the registry --------------------------------------------------------------------------------


@dataclass
class _People:
    entries: list[NameEntry]
    by_lang: dict[str, list[NameEntry]]
    places: dict[str, list[NameEntry]]
    strangers: dict[str, list[str]]  # full names nobody registered, drawn once each
    forms: dict[str, set[str]] = field(default_factory=dict)
    accented: dict[str, list[NameEntry]] = field(default_factory=dict)  # names with diacritics
    canonical: dict[str, str] = field(default_factory=dict)  # key: registered name


def _registry(rng: random.Random) -> _People:
    counts = {"sv": 140, "en": 60, "no": 55, "da": 55, "fi": 55}
    entries: list[NameEntry] = []
    by_lang: dict[str, list[NameEntry]] = {lang: [] for lang in LANGS}
    taken: set[str] = set()
    used_given: set[str] = set()
    word_names = set(people.WORD_NAMES)
    for lang in LANGS:
        givens = [g for g in people.given(lang) if g not in word_names]
        families = people.family(lang)
        wanted = [w for w in people.WORD_NAMES if people.WORD_LANG[w] == lang]
        n = counts[lang]
        picks = wanted + rng.sample(givens, n - len(wanted))
        for given in picks:
            source = lang
            if lang == "sv" and given not in wanted and rng.random() < 0.2:
                source = rng.choice(("fi", "da", "no", "en"))  # families from the neighbours
            family = rng.choice(people.family(source) or families)
            canonical = f"{given} {family}"
            if canonical in taken:
                continue
            taken.add(canonical)
            used_given.add(given)
            key = f"r{len(entries)}"
            entry = NameEntry(key=key, canonical=canonical, tag=f"[PERSON-{len(entries) + 1}]")
            entries.append(entry)
            by_lang[lang].append(entry)
    places: dict[str, list[NameEntry]] = {}
    for lang in LANGS:
        for name in lx.PLACES[lang]:
            tag = f"[PLACE-{len(entries) + 1}]"
            entry = NameEntry(key=f"l{len(entries)}", canonical=name, tag=tag,
                              kind="place")  # fmt: skip
            entries.append(entry)
            places.setdefault(lang, []).append(entry)
    registered = set()
    for e in entries:
        if e.kind == "person":
            registered |= entry_forms(e)
    strangers: dict[str, list[str]] = {}
    for lang in LANGS:
        givens = [
            g for g in people.given(lang) if g.lower() not in registered and g not in word_names
        ]
        families = [f for f in people.family(lang) if f.lower() not in registered]
        pool = {f"{rng.choice(givens)} {rng.choice(families)}" for _ in range(4000)}
        strangers[lang] = sorted(pool)
        rng.shuffle(strangers[lang])
    out = _People(entries, by_lang, places, strangers)
    out.forms = {e.key: entry_forms(e) for e in entries if e.kind == "person"}
    out.canonical = {e.key: e.canonical for e in entries if e.kind == "person"}
    every = [e for e in entries if e.kind == "person" and _fold(e.canonical) != e.canonical]
    for lang in LANGS:
        mine = [e for e in by_lang[lang] if _fold(e.canonical) != e.canonical]
        out.accented[lang] = mine if len(mine) >= 5 else every
    return out


# --- writing one identifier ------------------------------------------------------------------


@dataclass
class _Id:
    text: str
    kind: str
    form: str
    value: str
    exact: bool = False
    key: str | None = None


def _slip(rng: random.Random, word: str) -> tuple[str, str]:
    """A real-looking typing slip inside `word`: a letter dropped, doubled, swapped with the
    next, or hit on a neighbouring key; never the first letter (people see that one)."""
    for _ in range(20):
        how = rng.choice(("slip-drop", "slip-double", "slip-swap", "slip-key"))
        i = rng.randrange(1, len(word) - 1) if len(word) > 2 else 1
        if how == "slip-drop":
            out = word[:i] + word[i + 1 :]
        elif how == "slip-double":
            out = word[: i + 1] + word[i] + word[i + 1 :]
        elif how == "slip-swap":
            if i + 1 >= len(word) or word[i] == word[i + 1]:
                continue
            out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        else:
            c = word[i].lower()
            if c not in NEIGHBOURS:
                continue
            new = rng.choice(NEIGHBOURS[c])
            out = word[:i] + (new.upper() if word[i].isupper() else new) + word[i + 1 :]
        if out != word and len(out) >= 3:
            return out, how
    return word[0] + word[2:] + word[1], "slip-swap"


def _ending(lang: str, name: str) -> str | None:
    if lang in ("sv", "no", "da"):
        return None if name[-1] in "sxzSXZ" else "s"
    if lang == "fi":
        if name[-1] not in "aeiouyäö":
            return None
        back = any(c in name.lower() for c in "aou")
        a, b = random.Random(name).choice(lx.FI_ENDINGS)
        return a if back else b
    return None


def _registered(rng: random.Random, p: _People, lang: str, style: str, text: str, glued: bool,
                entry: NameEntry | None = None) -> tuple[_Id, str] | None:  # fmt: skip
    """A registered person written one of the ways the issue names; (identifier, ending) where
    the ending is glued on after the span (inflected). None when the draw does not fit."""
    category = "inflected" if glued else rng.choices(CATEGORIES[:-3] + CATEGORIES[-2:],
                                                      (34, 11, 8, 8, 13, 13))[0]  # fmt: skip
    if category == "ascii" and entry is None:
        entry = rng.choice(p.accented[lang])
    entry = entry or rng.choice(p.by_lang[lang])
    given, family = entry.canonical.split(" ", 1)
    part = rng.choices(("full", "given", "family"), (35, 45, 20))[0]
    name = {"full": entry.canonical, "given": given, "family": family}[part]
    how, ending = part, ""
    if category == "exact":
        written = name
    elif category == "lower":
        written = name.lower()
    elif category == "upper":
        written = name.upper()
    elif category == "ascii":
        written = _fold(name)
        if written == name:
            name, written = entry.canonical, _fold(entry.canonical)
            how = "full"
    elif category == "inflected":
        if part == "full" and rng.random() < 0.5:
            name = given
            how = "given"
        ending = _ending(lang, name) or ""
        if not ending:
            return None
        written = name
    elif category == "misspelt":
        words = name.split(" ")
        j = rng.randrange(len(words))
        if len(words[j]) < 4:
            return None
        words[j], how = _slip(rng, words[j])
        written = " ".join(words)
    else:  # invisible
        how = rng.choice((*INVISIBLE, "full-width", "nbsp"))
        if how == "nbsp":
            if part != "full":
                return None
            written = name.replace(" ", "\u00a0")
        elif how == "full-width":
            written = _wide(name)
        else:
            word = rng.randrange(len(name.split(" ")))
            words = name.split(" ")
            if len(words[word]) < 3:
                return None
            k = rng.randrange(1, len(words[word]))
            words[word] = words[word][:k] + INVISIBLE[how] + words[word][k:]
            written = " ".join(words)
        how = f"invisible-{how}"
        category = "invisible"
    after = text + written + ending + " "
    start = len(text)
    found = name_category(written, written == name, entry.key, after, start, start + len(written),
                          p.forms)  # fmt: skip
    if found != category:
        return None
    return _Id(written, "name", f"{style}/{lang}/{category}/{how}", name, written == name,
               entry.key), ending  # fmt: skip


def _stranger(rng: random.Random, p: _People, lang: str, style: str, where: str) -> _Id:
    pool = p.strangers[lang]
    name = (
        pool.pop()
        if pool
        else f"{rng.choice(people.given(lang))} {rng.choice(people.family(lang))}"
    )
    return _Id(name, "name", f"{style}/{lang}/unregistered/{where}", name)


def _date(rng: random.Random, lang: str, style: str) -> _Id:
    year = rng.randrange(2019, 2027)
    month = rng.randrange(1, 13)
    day = rng.randrange(1, 29)
    mname = lx.MONTHS[lang].split()[month - 1]
    wday = rng.choice(lx.WEEKDAYS[lang].split())
    shapes = {
        "sv": [f"{day} {mname} {year}", f"den {day} {mname}", f"{day}/{month}",
               f"{year}-{month:02d}-{day:02d}", f"{wday} {day} {mname}", f"{day} {mname[:3]}"],
        "en": [f"{mname} {day}, {year}", f"{day} {mname} {year}", f"{day:02d}/{month:02d}/{year}",
               f"{month}/{day}/{year % 100:02d}", f"{wday} {day} {mname}", f"{day} {mname[:3]}"],
        "no": [f"{day}. {mname} {year}", f"{day:02d}.{month:02d}.{year}", f"{day}. {mname}",
               f"{wday} {day}. {mname}", f"{day}.{month}.", f"{year}-{month:02d}-{day:02d}"],
        "da": [f"{day}. {mname} {year}", f"{day:02d}-{month:02d}-{year}", f"{day}/{month}-{year}",
               f"{wday} den {day}. {mname}", f"{day}.{month}.{year}", f"{day}. {mname}"],
        "fi": [f"{day}.{month}.{year}", f"{day}. {mname} {year}", f"{day}.{month}.",
               f"{wday} {day}.{month}.", f"{day}.{month}.{year % 100:02d}",
               f"{year}-{month:02d}-{day:02d}"],
    }  # fmt: skip
    i = rng.randrange(6)
    text = shapes[lang][i]
    return _Id(text, "date", f"{style}/{lang}/shape{i}", text)


def _phone(rng: random.Random, lang: str, style: str) -> _Id:
    region = rng.choice(numbers.LANG_REGIONS[lang])
    nsn, groups = numbers.draw(rng, region)
    written, shape = numbers.write(rng, region, nsn, groups)
    how = rng.choices(("plain", "hidden-full-width", "hidden-zwsp", "hidden-nbsp"), (85, 5, 5, 5))[
        0
    ]
    if how == "hidden-full-width":
        written = _wide(written)
    elif how == "hidden-zwsp":
        k = rng.randrange(1, len(written))
        written = written[:k] + "\u200b" + written[k:]
    elif how == "hidden-nbsp":
        if " " not in written:
            how = "plain"
        written = written.replace(" ", "\u00a0")
    return _Id(
        written, "phone", f"{style}/{region}/{shape}/{lang}/{how}", numbers.e164(region, nsn)
    )


def _idnumber(rng: random.Random, lang: str, style: str) -> _Id:
    country = rng.choice(numbers.LANG_IDS[lang])
    value, shape = numbers.BUILDERS[country][0](rng)
    written, how = value, "plain"
    r = rng.random()
    if r < 0.06:
        written, how = _wide(value), "hidden-full-width"
    elif r < 0.12:
        k = rng.randrange(1, len(value))
        written, how = value[:k] + "\u200b" + value[k:], "hidden-zwsp"
    return _Id(written, "personnummer", f"{style}/{country}/{shape}/{how}", value)


def _address(rng: random.Random, lang: str, style: str) -> _Id:
    stem = rng.choice(lx.STREET_STEMS[lang])
    street = stem + rng.choice(lx.STREET_ENDS[lang])
    num = rng.randrange(1, 140)
    town, code = rng.choice(lx.TOWNS[lang])
    letter = rng.choice(["", "", "", " B", "A", " C"])
    with_town = rng.random() < 0.45
    if lang == "en":
        text = f"{num} {street}"
        if with_town:
            inward = "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
            text += f", {town} {code} {rng.randrange(1, 10)}{inward}"
        shape = "uk-town" if with_town else "uk"
    else:
        text = f"{street} {num}{letter}".replace("A", "A") if letter.strip() else f"{street} {num}"
        if lang == "fi" and rng.random() < 0.4:
            text += f" {rng.choice('ABC')} {rng.randrange(1, 40)}"
        if lang == "da" and rng.random() < 0.4:
            text += f", {rng.randrange(1, 5)}. {rng.choice(['th', 'tv', 'mf'])}."
        if with_town:
            if lang == "sv":
                post = f"{code}{rng.randrange(0, 10)} {rng.randrange(10, 99)}"
            elif lang == "fi":
                post = f"{code}{rng.randrange(100, 999)}"
            elif lang == "no":
                post = f"{code}{rng.randrange(10, 99)}"
            else:
                post = code
            text += f", {post} {town}"
        shape = "street-town" if with_town else "street"
    return _Id(text, "address", f"{style}/{lang}/{shape}", text)


def _mail_name(text: str) -> str:
    return re.sub(r"[^a-z.\-]", "", _fold(text).lower().replace(" ", "."))


def _email(rng: random.Random, p: _People, lang: str, style: str, who: str | None = None) -> _Id:
    who = who or (
        rng.choice(p.by_lang[lang]).canonical
        if rng.random() < 0.6
        else rng.choice(p.strangers[lang] or ["x y"])
    )
    given, family = who.split(" ", 1)
    local = rng.choice([f"{given}.{family}", f"{given[0]}.{family}",
                        f"{given}{family}{rng.randrange(10, 99)}",
                        f"{given}_{family[0]}", f"{family}.{given}"])  # fmt: skip
    domain = rng.choice(lx.MAIL_DOMAINS[lang] if rng.random() < 0.7 else lx.WORK_DOMAINS[lang])
    text = f"{_mail_name(local)}@{domain}"
    return _Id(text, "email", f"{style}/{lang}/{domain.split('.')[0]}", text)


def _url(rng: random.Random, p: _People, lang: str, style: str) -> _Id:
    who = rng.choice(p.by_lang[lang]).canonical
    slug = _mail_name(who).replace(".", rng.choice([".", "-", ""]))
    work = rng.choice(lx.WORK_DOMAINS[lang])
    text = rng.choice([
        f"https://www.facebook.com/{slug}", f"instagram.com/{slug}{rng.randrange(1, 99)}",
        f"https://www.linkedin.com/in/{slug}", f"https://{work}/kontakt/{slug}",
        f"www.{work}/{slug}",
        "https://youtu.be/" + "".join(rng.choice("abcdefghkmnpqrstuvwxyzABCDEFGH23456789")
                                      for _ in range(11)),
    ])  # fmt: skip
    return _Id(text, "url", f"{style}/{lang}/{text.split('/')[0].rstrip(':')}", text)


def _place(rng: random.Random, p: _People, lang: str, style: str) -> _Id:
    entry = rng.choice(p.places[lang])
    return _Id(
        entry.canonical, "place", f"{style}/{lang}/registered", entry.canonical, True, entry.key
    )


# --- a note --------------------------------------------------------------------------------------


class _Note:
    """A note written piece by piece; identifiers keep their offsets."""

    def __init__(self) -> None:
        self.text = ""
        self.ids: list[tuple[int, _Id]] = []

    def put(self, piece: str | _Id) -> None:
        if isinstance(piece, _Id):
            self.ids.append((len(self.text), piece))
            self.text += piece.text
        else:
            self.text += piece


class _Writer:
    def __init__(self, rng: random.Random, p: _People) -> None:
        self.rng = rng
        self.p = p
        pools = people.sentences()
        self.pools = {lang: rng.sample(pools[lang], len(pools[lang])) for lang in LANGS}
        self.at = dict.fromkeys(LANGS, 0)

    def sentence(self, lang: str) -> str:
        pool = self.pools[lang]
        s = pool[self.at[lang] % len(pool)]
        self.at[lang] += 1
        return s

    def frame_line(self, note: _Note, lang: str, style: str, kind: str) -> int:
        """One line carrying one identifier (or a few, for lists); returns how many."""
        rng = self.rng
        if kind == "name":
            if rng.random() < 0.27:
                frame = rng.choice(lx.THIRD_FRAMES[lang])
                return self._fill(note, frame, lang, style, third=True)
            glued = lang in lx.GENITIVE_FRAMES and rng.random() < 0.15
            if lang == "en" and rng.random() < 0.1:
                frame = rng.choice([f for f in lx.NAME_FRAMES["en"] if "{G}" in f])
                return self._fill(note, frame, lang, style)
            frame = rng.choice(lx.GENITIVE_FRAMES[lang] if glued else
                               [f for f in lx.NAME_FRAMES[lang] if "{G}" not in f])  # fmt: skip
            return self._fill(note, frame, lang, style)
        if kind == "phone":
            frame = rng.choice(lx.PHONE_FRAMES[lang])
        else:
            frame = rng.choice(lx.OTHER_FRAMES[kind][lang])
        return self._fill(note, frame, lang, style)

    def _fill(self, note: _Note, frame: str, lang: str, style: str, third: bool = False) -> int:
        rng = self.rng
        count = 0
        for piece in re.split(r"(\{[A-Z]\})", frame):
            if piece in ("{X}", "{G}"):
                made = None
                for _ in range(12):
                    made = _registered(rng, self.p, lang, style, note.text, piece == "{G}")
                    if made:
                        break
                if made is None:  # fall back on the exact name
                    entry = rng.choice(self.p.by_lang[lang])
                    name = entry.canonical.split(" ")[0]
                    made = (_Id(name, "name", f"{style}/{lang}/exact/given", name, True, entry.key),
                            "'s" if piece == "{G}" else "")  # fmt: skip
                ident, ending = made
                if piece == "{G}" and not ending:
                    ending = "'s" if lang == "en" else ""
                note.put(ident)
                note.put(ending)
                count += 1
            elif piece == "{N}":
                note.put(_stranger(rng, self.p, lang, style, "frame"))
                count += 1
            elif piece == "{R}":
                note.put(rng.choice(lx.ROLES[lang]))
            elif piece == "{C}":
                note.put(rng.choice(lx.CUES[lang]))
            elif piece in ("{P}", "{D}", "{E}", "{A}", "{U}", "{I}", "{L}"):
                maker = {"{P}": lambda: _phone(rng, lang, style),
                         "{D}": lambda: _date(rng, lang, style),
                         "{E}": lambda: _email(rng, self.p, lang, style),
                         "{A}": lambda: _address(rng, lang, style),
                         "{U}": lambda: _url(rng, self.p, lang, style),
                         "{I}": lambda: _idnumber(rng, lang, style),
                         "{L}": lambda: _place(rng, self.p, lang, style)}[piece]  # fmt: skip
                note.put(maker())
                count += 1
            else:
                note.put(piece)
        return count

    def present_line(self, note: _Note, lang: str, style: str, left: int) -> int:
        rng = self.rng
        note.put(rng.choice(lx.PRESENT[lang]) + rng.choice([": ", " - ", ":\n"]))
        n = min(rng.randrange(2, 6), left)
        count = 0
        for i in range(n):
            if i:
                note.put(f" {lx.AND[lang]} " if i == n - 1 and rng.random() < 0.6 else ", ")
            if rng.random() < 0.3:
                note.put(_stranger(rng, self.p, lang, "list", "present"))
                if rng.random() < 0.5:
                    note.put(f" ({rng.choice(lx.ROLES[lang])})")
            else:
                made = None
                for _ in range(12):
                    made = _registered(rng, self.p, lang, "list", note.text, False)
                    if made:
                        break
                if made is None:
                    continue
                note.put(made[0])
            count += 1
        note.put("\n")
        return count


def _heading(rng: random.Random, lang: str, style: str) -> str:
    word = rng.choice(lx.HEAD_WORDS[style][lang])
    tail = rng.choice(lx.HEAD_TAILS[lang]).format(n=rng.randrange(1, 400))
    return f"{word} {tail}"


def _note(w: _Writer, lang: str, style: str, target: int, ids: int) -> _Note:
    rng = w.rng
    note = _Note()
    planted = 0
    head = _heading(rng, lang, style)
    note.put(
        rng.choice([head, head.upper() if rng.random() < 0.1 else head, f"== {head} =="]) + "\n"
    )
    if style in ("interview", "diary", "observation") and ids >= 3 and rng.random() < 0.3:
        note.put(_date(rng, lang, "header"))
        note.put("\n")
        planted += 1
    if style == "email":  # each header field holds an identifier while the note's share lasts
        fr, to, sent, subj, subjects = lx.MAIL_HEAD[lang]
        note.put(f"{fr}: ")
        made = _registered(rng, w.p, lang, "header", note.text, False)
        sender = None
        if made:
            note.put(made[0])
            planted += 1
            sender = w.p.canonical.get(made[0].key or "")
        else:
            note.put(rng.choice(lx.ROLES[lang]))
        if planted < ids:
            note.put(" <")
            note.put(_email(rng, w.p, lang, "header", sender))  # the sender's own address
            note.put(">")
            planted += 1
        note.put(f"\n{to}: ")
        if planted < ids:
            note.put(_email(rng, w.p, lang, "header"))
            planted += 1
        else:
            note.put(rng.choice(lx.PRESENT[lang]).lower())
        note.put(f"\n{sent}: ")
        if planted < ids:
            note.put(_date(rng, lang, "header"))
            note.put(" ")
            planted += 1
        note.put(f"{rng.randrange(7, 18):02d}:{rng.randrange(60):02d}")
        note.put(f"\n{subj}: {rng.choice(subjects)}\n\n")
    speakers = rng.choice(lx.SPEAKERS[lang])
    turn = 0
    minute = rng.randrange(8 * 60, 15 * 60)
    sign = ids - planted >= 2 and (
        style == "email" or (style in ("sms", "diary") and rng.random() < 0.3)
    )
    budget = ids - (2 if sign else 0)  # the header's identifiers count in `planted`
    while len(note.text.encode("utf-8")) < target or planted < budget:
        line_start = len(note.text)
        if style == "interview":
            note.put(f"{speakers[turn % 2]}: ")
            turn += 1
        elif style == "observation":
            minute += rng.randrange(2, 15)
            note.put(f"{minute // 60:02d}{rng.choice(['.', ':'])}{minute % 60:02d} ")
        elif style == "sms":
            minute += rng.randrange(1, 30)
            me = {"sv": "Jag", "en": "Me", "no": "Meg", "da": "Mig", "fi": "Minä"}[lang]
            who = (
                me
                if rng.random() < 0.5
                else rng.choice(["?", "Hon", "Han"] if lang == "sv" else ["?"])
            )
            note.put(f"[{minute // 60:02d}:{minute % 60:02d}] {who}: ")
        elif style == "list" and rng.random() < 0.5:
            note.put(rng.choice(["- ", "* ", "• ", ""]))
        left = budget - planted
        room = max(1, (target - len(note.text.encode("utf-8"))) // 110)
        if left > 0 and (rng.random() < left / room or len(note.text.encode("utf-8")) >= target):
            if style == "list" and left >= 2 and rng.random() < 0.35:
                note.text = note.text[:line_start]
                planted += w.present_line(note, lang, style, left)
                continue
            kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
            planted += w.frame_line(note, lang, style, kind)
            if rng.random() < 0.5:
                note.put(" " + w.sentence(lang))
        else:
            note.put(w.sentence(lang))
            if rng.random() < 0.4:
                note.put(" " + w.sentence(lang))
        if style == "pasted" and len(note.text) - line_start > 70:
            line = note.text[line_start:]
            cut = line.rfind(" ", 30, 70)
            if cut > 0 and not any(line_start <= s < line_start + cut + 1 <= s + len(i.text)
                                   for s, i in note.ids):  # fmt: skip
                note.text = note.text[: line_start + cut] + "\n" + note.text[line_start + cut + 1 :]
        note.put("\n")
        if planted >= budget and len(note.text.encode("utf-8")) >= target:
            break
    if sign:
        note.put("\n" + rng.choice(lx.SIGN_OFFS[lang]) + "\n")
        made = _registered(rng, w.p, lang, "signature", note.text, False)
        if made:
            note.put(made[0])
            note.put("\n")
        note.put(_phone(rng, lang, "signature"))
        note.put("\n")
    return note


def generate_heldout_r(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    """About `size` bytes of notes with `per_kb` planted identifiers per kilobyte."""
    rng = random.Random(seed)
    p = _registry(rng)
    w = _Writer(rng, p)
    texts: list[str] = []
    planted: list[Planted] = []
    total = 0
    while total < size:
        lang = rng.choices(LANGS, LANG_WEIGHTS)[0]
        target = min(rng.randrange(1000, 4200), max(300, size - total))
        ids = max(1, int(per_kb * target / 1000 + rng.random()))
        style = rng.choices(STYLES, STYLE_WEIGHTS)[0]
        while style == "email" and ids < 2:  # a pasted e-mail names its sender at least
            style = rng.choices(STYLES, STYLE_WEIGHTS)[0]
        note = _note(w, lang, style, target, ids)
        index = len(texts)
        texts.append(note.text)
        total += len(note.text.encode("utf-8"))
        for start, ident in note.ids:
            planted.append(Planted(index, start, start + len(ident.text), ident.kind, ident.form,
                                   ident.value, ident.exact, ident.key))  # fmt: skip
    corpus = Corpus(texts=texts, registry_people=p.entries, planted=planted)
    corpus.ordinary = _ordinary(texts, planted, p.entries)
    return corpus


def _ordinary(texts: list[str], planted: list[Planted], entries: list[NameEntry]) -> list[Ordinary]:
    forms: set[str] = set()
    for e in entries:
        if e.kind == "person":
            forms |= {f for f in entry_forms(e) if " " not in f}
    by_text: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for p in planted:
        by_text[p.text].append((p.start, p.end))
    out = []
    for i, text in enumerate(texts):
        spans = sorted(by_text.get(i, []))
        starts = [s for s, _ in spans]
        for m in WORD.finditer(text):
            if m.group().lower() not in forms:
                continue
            k = bisect_right(starts, m.start()) - 1
            if k >= 0 and spans[k][1] > m.start():
                continue
            if k + 1 < len(spans) and spans[k + 1][0] < m.end():
                continue
            before = text[: m.start()].rstrip(" \t\"'([-•*")
            initial = not before or before[-1] in ".!?:\n]"
            where = "initial" if initial else "inner"
            out.append(Ordinary(i, m.start(), m.end(), m.group(), f"homograph/{where}"))
    return out


def check(corpus: Corpus) -> None:
    """Every planted span and ordinary word lies in its text, none overlap, no ordinary word is
    inside an identifier; raises ValueError otherwise."""
    by_text: dict[int, list[Planted]] = defaultdict(list)
    for p in corpus.planted:
        if not (0 <= p.start < p.end <= len(corpus.texts[p.text])):
            raise ValueError(f"{p} lies out of its text")
        by_text[p.text].append(p)
    for spans in by_text.values():
        spans.sort(key=lambda p: p.start)
        for a, b in zip(spans, spans[1:], strict=False):
            if b.start < a.end:
                raise ValueError(f"{a} and {b} overlap")
    for o in corpus.ordinary:
        text = corpus.texts[o.text]
        if text[o.start : o.end] != o.word:
            raise ValueError(f"{o} is not its text")
        if any(p.start < o.end and o.start < p.end for p in by_text.get(o.text, [])):
            raise ValueError(f"{o} lies inside an identifier")
