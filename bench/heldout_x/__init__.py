"""Held-out X: notes of a study in five languages with planted identifiers (see README.md).

    corpus = generate_heldout_x(SEED, 5_000_000)          # the figure's size and density
    check(corpus)                                          # spans are their text, no overlaps

Nobody who writes or tunes the redactor may read, run or import this package."""

from __future__ import annotations

import datetime
import random
import re
import unicodedata
from dataclasses import dataclass, field

from casebook.deid.registry import NameEntry, ascii_fold

from bench.heldout_x import lexicon as lx
from bench.heldout_x import numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import KINDS, Corpus, Ordinary, Planted

SEED = 7507
REALISTIC = 0.7
LANGS = people.LANGS
# Share of notes by language, and identifiers per kilobyte relative to the mean: the Swedish
# and Danish pools are the smallest, so their notes are fewer and denser.
LANG_WEIGHTS = {"en": 33, "fi": 29, "no": 26, "sv": 6, "da": 4}
DENSITY = {"en": 0.7, "fi": 0.75, "no": 0.9, "sv": 5.5, "da": 4.0}
LAYOUTS = {"interview": 22, "observation": 14, "diary": 14, "email": 14, "sms": 12,
           "pasted": 12, "meeting": 12}  # fmt: skip
KIND_WEIGHTS = {"name": 44, "date": 13, "phone": 8, "personnummer": 8, "address": 8,
                "email": 6, "place": 8, "url": 7}  # fmt: skip
CATEGORY_WEIGHTS = {"exact": 14, "unregistered": 40, "inflected": 9, "lower": 9,
                    "misspelt": 9, "invisible": 9, "upper": 7, "ascii": 8}  # fmt: skip
REGISTERED = {"sv": 60, "en": 45, "fi": 45, "no": 45, "da": 40}
MOVED_SHARE = 0.2
PHONE_REGIONS = {"sv": "SE", "en": "GB", "fi": "FI", "no": "NO", "da": "DK"}
ID_COUNTRY = {"sv": "se", "en": "gb", "fi": "fi", "no": "no", "da": "dk"}
MOVED_REGIONS = ("IQ", "SO", "IR", "TR", "UA", "SY", "AF", "VN", "PL", "EE", "DE", "US")
MOVED_IDS = ("pl", "ee", "lt", "is", "nl", "tr")
INVISIBLE = {"soft-hyphen": "\u00ad", "zwsp": "\u200b", "zwj": "\u200d",
             "word-joiner": "\u2060", "bom": "\ufeff"}  # fmt: skip
WORD_SHARE = 0.025  # of an average language's sentences, one using a word-name as the word
DOMAINS = ("example.com", "example.org", "example.net")
KEYS_NEAR = dict(zip("qwertyuiopasdfghjklzxcvbnm", "wertyuiopqsdfghjklaxcvbnmz", strict=True))


def hidden(text: str) -> bool:
    """Whether `text` holds an invisible or compatibility character."""
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


@dataclass
class _Person:
    key: str
    lang: str
    given: str
    family: str
    entry: NameEntry


@dataclass
class _Note:
    parts: list[str] = field(default_factory=list)
    length: int = 0
    spans: list[dict] = field(default_factory=list)

    def write(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def plant(self, written: str, kind: str, value: str, form: str, **kw: object) -> None:
        start = self.length
        self.write(written)
        self.spans.append({"start": start, "end": self.length, "kind": kind, "value": value,
                           "form": form, **kw})  # fmt: skip

    @property
    def text(self) -> str:
        return "".join(self.parts)


class _Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, list[_Person]] = {lang: [] for lang in LANGS}
        self.places: dict[str, list[tuple[str, NameEntry]]] = {lang: [] for lang in LANGS}
        self.registry: list[NameEntry] = []
        self.strangers: set[str] = set()
        self.used: dict[str, int] = {}
        self.decks: dict[str, list[str]] = {}
        self.word_turns: dict[str, int] = {}
        self.word_uses: dict[str, int] = {}
        self.date_turns: dict[str, int] = {}
        self.word_sentence_turn: dict[str, int] = {}
        words = [(lang, w) for lang in LANGS for w in people.WORD_NAMES_BY_LANG[lang]]
        self.words = words
        self._register()

    # --- registry ----------------------------------------------------------------------------

    def _draw_name(self, group: str) -> tuple[str, str]:
        rng = self.rng
        for _ in range(50):
            if rng.random() < MOVED_SHARE:
                moved = rng.choice(people.MOVED[:2] * 3 + people.MOVED[2:])
                given = rng.choice(people.names()[f"{moved}/given"])
                family = rng.choice(people.names()[f"{moved}/family"])
            else:
                given, family = rng.choice(people.given(group)), rng.choice(people.family(group))
            if people.plain_name(given) and people.plain_name(family):
                break
        return given, family

    def _register(self) -> None:
        n = 0
        word_people: dict[str, list[tuple[str, str]]] = {lang: [] for lang in LANGS}
        for lang in LANGS:
            for w in people.GIVEN_WORD_NAMES[lang]:
                word_people[lang].append((w, self._draw_name(lang)[1]))
            for w in people.FAMILY_WORD_NAMES[lang]:
                word_people[lang].append((self._draw_name(lang)[0], w))
        for lang in LANGS:
            pairs = list(word_people[lang])
            while len(pairs) < REGISTERED[lang]:
                pairs.append(self._draw_name(lang))
            for given, family in pairs:
                n += 1
                entry = NameEntry(f"x{n}", f"{given} {family}", f"[PERSON {n}]")
                self.registry.append(entry)
                self.people[lang].append(_Person(f"x{n}", lang, given, family, entry))
        m = 0
        for lang in LANGS:
            for town, _code in people.towns(lang)[:6]:
                m += 1
                entry = NameEntry(f"x-place{m}", town, f"[PLACE {m}]", kind="place")
                self.registry.append(entry)
                self.places[lang].append((town, entry))
        self.forms = {e.key: entry_forms(e) for e in self.registry}
        self.person_forms = set().union(
            *(self.forms[e.key] for e in self.registry if e.kind == "person")
        )

    # --- text --------------------------------------------------------------------------------

    def sentence(self, lang: str) -> str:
        """The next published sentence of the language's shuffled deck: every sentence is drawn
        once before any is drawn again."""
        deck = self.decks.setdefault(lang, [])
        if not deck:
            deck.extend(people.pool(lang))
            self.rng.shuffle(deck)
        s = deck.pop()
        self.used[s] = self.used.get(s, 0) + 1
        return s

    def word_sentence(self, lang: str) -> str:
        words = people.WORD_NAMES_BY_LANG[lang]
        turn = self.word_turns.get(lang, 0)
        self.word_turns[lang] = turn + 1
        word = words[turn % len(words)]
        turn = self.word_sentence_turn.get(word, 0)
        self.word_sentence_turn[word] = turn + 1
        order = _by_position(word)
        return order[turn % len(order)]

    # --- identifiers -------------------------------------------------------------------------

    def name(self, note: _Note, lang: str, style: str, *, category: str | None = None,
             present: bool = False, glue: str = "") -> None:  # fmt: skip
        rng = self.rng
        cat = category or rng.choices(list(CATEGORY_WEIGHTS), list(CATEGORY_WEIGHTS.values()))[0]
        tail = "/present" if present else ""
        if glue and cat not in ("exact",):
            cat = "exact"
        if cat == "unregistered":
            for _ in range(30):
                given, family = self._draw_name(lang)
                full = f"{given} {family}"
                if full not in self.strangers and full.lower() not in self.person_forms:
                    break
            self.strangers.add(full)
            note.plant(full, "name", full, f"{style}/{lang}/unregistered/full{tail}")
            return
        person = rng.choice(self.people[lang])
        which = rng.choices(("given", "family", "full"), (35, 15, 50))[0]
        base = {"given": person.given, "family": person.family,
                "full": f"{person.given} {person.family}"}[which]  # fmt: skip
        if glue:
            if lang == "fi" and base[-1] not in "aeiouyäö":
                base = person.given if person.given[-1] in "aeiouyäö" else base
            note.plant(base, "name", base, f"{style}/{lang}/inflected/genitive{tail}",
                       key=person.key, exact=True)  # fmt: skip
            note.write(glue)
            return
        own = self.forms[person.key]
        folded = {ascii_fold(f) for f in own}
        how = "plain"
        written = base
        exact = False
        if cat == "exact":
            exact = True
        elif cat == "lower":
            written = base.lower()
        elif cat == "upper":
            written = base.upper()
        elif cat == "ascii":
            marked = [
                q for q in self.people[lang] if ascii_fold(q.given + q.family) != q.given + q.family
            ]
            if marked:
                person = rng.choice(marked)
                own = self.forms[person.key]
            full = f"{person.given} {person.family}"
            candidates = [b for b in (person.given, person.family, full)
                          if ascii_fold(b) != b]  # fmt: skip
            if candidates:
                base = rng.choice(candidates)
                written = ascii_fold(base)
            else:
                exact = True
        elif cat == "misspelt":
            for _ in range(40):
                how, written = _slip(rng, base)
                if written.lower() not in own and ascii_fold(written.lower()) not in folded:
                    break
            else:
                how, written, exact = "plain", base, True
        elif cat == "invisible":
            how, written = _hide(rng, base, person)
            if how == "invisible-nbsp":
                base = f"{person.given} {person.family}"
        if written == base and not exact and cat not in ("lower", "upper"):
            exact = True
        note.plant(written, "name", base, f"{style}/{lang}/{cat}/{how}{tail}",
                   key=person.key, exact=exact)  # fmt: skip

    def identifier(self, note: _Note, lang: str, kind: str, style: str, cue: bool = False) -> None:
        rng = self.rng
        if kind == "phone":
            region = PHONE_REGIONS[lang] if rng.random() < 0.6 else rng.choice(MOVED_REGIONS)
            nsn, groups = numbers.draw(rng, region)
            written, shape = numbers.write(rng, region, nsn, groups)
            value = f"+{numbers._cc(region)}{nsn}"
            written, how = _hide_number(rng, written, 0.2)
            where = "cue" if cue else "sentence"
            note.plant(written, "phone", value, f"{style}/{region}/{shape}/{where}/{how}")
        elif kind == "personnummer":
            country = ID_COUNTRY[lang] if rng.random() < 0.6 else rng.choice(MOVED_IDS)
            build, _module = numbers.BUILDERS[country]
            value, shape = build(rng)
            written, how = _hide_number(rng, value, 0.18, spaces=False)
            note.plant(written, "personnummer", value, f"{style}/{country}/{shape}/{how}")
        elif kind == "date":
            turn = self.date_turns.get(lang, 0)
            self.date_turns[lang] = turn + 1
            written, shape = _date(rng, lang, turn)
            note.plant(written, "date", written, f"{style}/{lang}/{shape}")
        elif kind == "address":
            written = self.address(lang)
            note.plant(written, "address", written, f"{style}/{lang}/street")
        elif kind == "email":
            written = self.email(lang)
            note.plant(written, "email", written, f"{style}/{lang}/address")
        elif kind == "url":
            p = rng.choice(self.people[lang])
            slug = ascii_fold(f"{p.given}-{p.family}".lower()).replace(" ", "-")
            written = rng.choice((f"https://www.{rng.choice(DOMAINS)}/{slug}",
                                  f"{rng.choice(DOMAINS)}/u/{slug}",
                                  f"https://{rng.choice(DOMAINS)}/p/{slug}/photos"))  # fmt: skip
            note.plant(written, "url", written, f"{style}/{lang}/link")
        elif kind == "place":
            town, entry = rng.choice(self.places[lang])
            note.plant(town, "place", town, f"{style}/{lang}/town", key=entry.key, exact=True)

    def email(self, lang: str, person: _Person | None = None) -> str:
        p = person or self.rng.choice(self.people[lang])
        local = ascii_fold(f"{p.given}.{p.family}".lower()).replace(" ", "").replace("-", "")
        local = re.sub(r"[^a-z0-9.]", "", local) or "x"
        if self.rng.random() < 0.3:
            local = local.split(".")[0] + str(self.rng.randint(10, 99))
        return f"{local}@{self.rng.choice(DOMAINS)}"

    def address(self, lang: str) -> str:
        rng = self.rng
        stems, ends = lx.STREETS[lang]
        street = rng.choice(stems) + rng.choice(ends)
        number = str(rng.randint(1, 140))
        extra = {
            "sv": lambda: f", lgh {rng.randint(1001, 1603)}",
            "en": lambda: f", Flat {rng.randint(1, 40)}",
            "fi": lambda: f" {rng.choice('ABCD')} {rng.randint(1, 40)}",
            "no": lambda: rng.choice("ABC"),
            "da": lambda: f", {rng.randint(1, 5)}. {rng.choice(('tv', 'th', 'mf'))}",
        }[lang]
        line = f"{number} {street}" if lang == "en" else f"{street} {number}"
        if rng.random() < 0.5:
            line += extra()
        if rng.random() < 0.65:
            town, code = rng.choice(people.towns(lang)[6:])
            line += f", {town} {code}" if lang == "en" else f", {code} {town}"
        return line

    # --- layouts -----------------------------------------------------------------------------

    def segment(self, note: _Note, lang: str, style: str, kind: str | None) -> None:
        """One sentence: published, a word-name's, or a frame carrying `kind`."""
        rng = self.rng
        if kind is None:
            # languages take turns: none runs far ahead of the one least written in
            def each(g: str) -> float:
                return self.word_uses.get(g, 0) / len(people.WORD_NAMES_BY_LANG[g])

            share = 0.0
            if each(lang) <= 1.5 * min(each(g) for g in LANGS) + 1:
                share = min(0.5, WORD_SHARE * 20 / LANG_WEIGHTS[lang])
            if rng.random() < share:
                self.word_uses[lang] = self.word_uses.get(lang, 0) + 1
                note.write(self.word_sentence(lang))
            else:
                note.write(self.sentence(lang))
            return
        if kind == "name":
            glued = lx.GLUED_FRAMES[lang] and rng.random() < 0.12
            frame = rng.choice(lx.GLUED_FRAMES[lang] if glued else lx.NAME_FRAMES[lang])
            before, after = frame.split("{N}")
            note.write(before)
            if glued:
                self.name(note, lang, style, glue=lx.GLUE[lang])
                note.write(after[1:])
            else:
                self.name(note, lang, style)
                note.write(after)
            return
        frame = rng.choice(lx.FRAMES[kind][lang])
        slot = "{P}" if "{P}" in frame else "{X}"
        before, after = frame.split(slot)
        note.write(before)
        self.identifier(note, lang, kind, style)
        note.write(after)


def _by_position(word: str) -> list[str]:
    """The word's sentences in turns of where the word stands: after a comma, first, inside."""
    groups: dict[str, list[str]] = {"comma": [], "start": [], "inside": []}
    for s in sorted(people.word_sentences(word), key=lambda x: (hash_str(x + word), x)):
        m = next(m for m in re.finditer(r"[^\W\d_]+", s) if m.group().lower() == word.lower())
        before = s[: m.start()].rstrip()
        where = "start" if not before else "comma" if before.endswith(",") else "inside"
        groups[where].append(s)
    order: list[str] = []
    for i in range(max(len(g) for g in groups.values())):
        order += [g[i] for g in groups.values() if i < len(g)]
    return order


def hash_str(s: str) -> int:
    h = 0
    for c in s:
        h = (h * 131 + ord(c)) % 1_000_003
    return h


def _slip(rng: random.Random, name: str) -> tuple[str, str]:
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    how = rng.choice(("slip-drop", "slip-double", "slip-swap", "slip-key", "slip-space"))
    i = rng.choice(letters[1:-1] or letters)
    if how == "slip-space" and " " in name:
        s = name.index(" ")
        return how, name[: s - 1] + " " + name[s - 1] + name[s + 1 :]
    if how == "slip-space":
        how = "slip-drop"
    if how == "slip-drop":
        return how, name[:i] + name[i + 1 :]
    if how == "slip-double":
        return how, name[: i + 1] + name[i] + name[i + 1 :]
    if how == "slip-swap" and i + 1 < len(name) and name[i + 1].isalpha():
        return how, name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    near = KEYS_NEAR.get(name[i].lower(), "e")
    return "slip-key", name[:i] + near + name[i + 1 :]


def _hide(rng: random.Random, base: str, person: _Person) -> tuple[str, str]:
    how = rng.choice((*INVISIBLE, "full-width", "nbsp"))
    if how == "nbsp":
        return "invisible-nbsp", f"{person.given}\u00a0{person.family}"
    if how == "full-width":
        return "invisible-full-width", "".join(
            chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in base
        )
    i = rng.randint(1, max(1, len(base) - 1))
    if base[i - 1] == " " or (i < len(base) and base[i] == " "):
        i = 1
    return f"invisible-{how}", base[:i] + INVISIBLE[how] + base[i:]


def _hide_number(rng: random.Random, written: str, share: float, spaces: bool = True
                 ) -> tuple[str, str]:  # fmt: skip
    if rng.random() >= share:
        return written, "plain"
    how = rng.choice(("full-width", "zwsp", "nbsp") if spaces and " " in written
                     else ("full-width", "zwsp"))  # fmt: skip
    if how == "full-width":
        return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in written), (
            "hidden-full-width"
        )
    if how == "nbsp":
        return written.replace(" ", "\u00a0"), "hidden-nbsp"
    digits = [i for i, c in enumerate(written) if c.isdigit()]
    i = digits[len(digits) // 2]
    return written[:i] + "\u200b" + written[i:], "hidden-zwsp"


def _date(rng: random.Random, lang: str, turn: int) -> tuple[str, str]:
    year = rng.choice((2025, 2026, 2027))
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    d = datetime.date(year, month, day)
    m_name = lx.MONTHS[lang].split()[month - 1]
    wd = lx.WEEKDAYS[lang].split()[d.weekday()]
    end = min(day + rng.randint(1, 3), 28)
    small = rng.randint(1, 12)
    ordinal = lx.ORDINALS[lang].split()[small - 1]
    shapes = {
        "sv": {"iso": d.isoformat(), "day-slash": f"{day}/{month}",
               "long": f"{day} {m_name} {year}",
               "den-day": f"den {day} {m_name}", "weekday": f"{wd} den {day} {m_name}",
               "abbr": f"{day} {m_name[:3]}. {year}", "ordinal-word": f"den {ordinal} {m_name}",
               "range": f"{day}–{end} {m_name}"},
        "en": {"iso": d.isoformat(), "long": f"{day} {m_name} {year}",
               "us-long": f"{m_name} {day}, {year}", "slash": f"{day:02d}/{month:02d}/{year}",
               "us-slash": f"{month}/{day}/{year}", "weekday": f"{wd} {day} {m_name}",
               "ordinal-word": f"the {ordinal} of {m_name}", "range": f"{day}–{end} {m_name}"},
        "fi": {"iso": d.isoformat(), "dotted": f"{day}.{month}.{year}", "short": f"{day}.{month}.",
               "long": f"{day}. {m_name} {year}", "weekday": f"{wd} {day}.{month}.",
               "ordinal-word": f"{lx.FI_MONTH_GEN[month - 1]} {ordinal} päivä",
               "range": f"{day}.–{end}.{month}."},
        "no": {"iso": d.isoformat(), "dotted": f"{day:02d}.{month:02d}.{year}",
               "long": f"{day}. {m_name} {year}", "short": f"{day}. {m_name}",
               "weekday": f"{wd} {day}. {m_name}", "ordinal-word": f"{ordinal} {m_name}",
               "range": f"{day}.–{end}. {m_name}"},
        "da": {"iso": d.isoformat(), "dotted": f"{day}.{month}.{year}",
               "dash-year": f"{day}/{month}-{year}", "long": f"{day}. {m_name} {year}",
               "weekday": f"{wd} den {day}. {m_name}", "ordinal-word": f"den {ordinal} {m_name}",
               "range": f"{day}.–{end}. {m_name}"},
    }[lang]  # fmt: skip
    shape = sorted(shapes)[turn % len(shapes)]  # every shape in turn
    return shapes[shape], shape


def _clock(rng: random.Random) -> str:
    return f"{rng.randint(7, 21):02d}:{rng.choice(range(0, 60, 5)):02d}"


class _Clock:
    """Times of a log or thread that move on through the day."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.minutes = rng.randint(7 * 60, 11 * 60)

    def next(self) -> str:
        self.minutes = min(self.minutes + self.rng.randint(2, 45), 23 * 60 + 55)
        return f"{self.minutes // 60:02d}:{self.minutes % 60:02d}"


def _heading(rng: random.Random, lang: str, layout: str) -> str:
    code = f"{rng.choice('ABCDEFGHKLMNPRST')}{rng.randint(1000, 9999)}"
    return f"{lx.HEADINGS[layout][lang]} ({lx.CODE_WORD[lang]} {code})"


def _compose(w: _Writer, lang: str, layout: str, target: int, budget: int) -> _Note:
    rng = w.rng
    note = _Note()
    kinds = list(KIND_WEIGHTS)
    weights = [v * (2.2 if k == "name" and lang == "sv" else 1) for k, v in KIND_WEIGHTS.items()]

    def want() -> str | None:
        nonlocal budget
        left = max(0, target - note.length * 1.1)
        segments_left = max(1.0, left / 80)
        if budget > 0 and rng.random() < min(1.0, budget / segments_left):
            budget -= 1
            return rng.choices(kinds, weights)[0]
        return None

    def sentences(style: str, count: int) -> None:
        for i in range(count):
            if i:
                note.write(" ")
            w.segment(note, lang, style, want())

    note.write(_heading(rng, lang, layout) + "\n\n")
    if layout == "interview":
        a, b = rng.choice(lx.SPEAKERS[lang])
        named = rng.random() < 0.4
        while note.length < target:
            note.write(f"{a}: ")
            sentences("interview", rng.randint(1, 2))
            note.write("\n")
            if named and budget > 2:
                w.name(note, lang, "label", category="exact")
                budget -= 1
                note.write(": ")
            else:
                note.write(f"{b}: ")
            sentences("interview", rng.randint(1, 4))
            note.write("\n\n")
    elif layout == "observation":
        clock = _Clock(rng)
        while note.length < target:
            note.write(clock.next() + " ")
            sentences("observation", rng.randint(1, 3))
            note.write("\n")
    elif layout == "diary":
        week = rng.randint(1, 30)
        while note.length < target:
            note.write(f"{lx.WEEK[lang]} {week}, {rng.choice(lx.PARTS[lang])}\n")
            week += 1
            for _ in range(rng.randint(1, 3)):
                sentences("diary", rng.randint(1, 3))
                note.write("\n")
            note.write("\n")
    elif layout == "email":
        frm, to, sent, subj, hellos, byes = lx.MAIL[lang]
        sender = rng.choice(w.people[lang])
        note.write(f"{frm}: ")
        signed = budget >= 3
        if budget >= 4 and rng.random() < 0.7:
            w_name_exact(w, note, lang, sender)
            note.write(" <")
            note.plant(w.email(lang, sender), "email", "", "header/" + lang + "/address")
            note.spans[-1]["value"] = note.text[note.spans[-1]["start"] : note.spans[-1]["end"]]
            note.write(">\n")
        else:
            w.identifier(note, lang, "email", "header")
            note.write("\n")
        budget -= 1
        if budget >= 6 and rng.random() < 0.4:
            budget -= 1
            note.write(f"{to}: ")
            w.identifier(note, lang, "email", "header")
            note.write("\n")
        if budget >= 5 and rng.random() < 0.5:
            budget -= 1
            note.write(f"{sent}: ")
            w.identifier(note, lang, "date", "header")
            note.write(f" {_clock(rng)}\n")
        note.write(f"{subj}: {rng.choice(lx.SUBJECTS[lang])}\n\n{rng.choice(hellos)},\n\n")
        if signed:
            budget -= 1
        while note.length < target - 120:
            sentences("email", rng.randint(2, 4))
            note.write("\n\n")
        note.write(f"{rng.choice(byes)}")
        if signed:
            note.write("\n")
            w_name_exact(w, note, lang, sender, style="signature")
        if signed and rng.random() < 0.25:
            note.write(f"\n{lx.PHONE_CUE[lang]} ")
            w.identifier(note, lang, "phone", "signature", cue=True)
        note.write("\n")
    elif layout == "sms":
        clock = _Clock(rng)
        while note.length < target:
            if budget > 2 and rng.random() < 0.3:
                w.name(note, lang, "label", category="exact")
                budget -= 1
            else:
                note.write(lx.ME[lang])
            note.write(f" ({clock.next()}): ")
            sentences("sms", rng.randint(1, 2))
            note.write("\n")
    elif layout == "pasted":
        pages = rng.randint(2, 6)
        page = rng.randint(1, pages - 1)
        start = note.length
        while note.length < target:
            sentences("pasted", rng.randint(3, 6))
            note.write("\n\n")
        _wrap(note, start, rng)
        note.write(lx.PAGE[lang].format(a=page, b=pages) + "\n")
    elif layout == "meeting":
        here, away = lx.PRESENT[lang]
        note.write(f"{here}: ")
        for i in range(max(1, min(rng.randint(2, 5), budget // 2))):
            if i:
                note.write(", ")
            w.name(note, lang, "list", category=rng.choice(("exact", "exact", "lower", "misspelt",
                                                              "invisible", "unregistered")),
                   present=True)  # fmt: skip
            budget -= 1
        note.write("\n")
        if budget >= 4 and rng.random() < 0.5:
            note.write(f"{away}: ")
            w.name(note, lang, "list", category="exact", present=True)
            budget -= 1
            note.write("\n")
        if budget >= 4 and rng.random() < 0.5:
            note.write(f"{rng.choice(lx.ROLES[lang])}: ")
            w.name(note, lang, "list", category=rng.choice(("exact", "upper", "ascii")))
            budget -= 1
            note.write("\n")
        if budget >= 4 and rng.random() < 0.3:
            note.write(f"{lx.ID_CUE[lang]}: ")
            w.identifier(note, lang, "personnummer", "list", cue=True)
            budget -= 1
            note.write("\n")
        note.write("\n")
        item = 1
        while note.length < target:
            note.write(f"{item}) ")
            sentences("meeting", rng.randint(1, 3))
            note.write("\n")
            item += 1
    return note


def w_name_exact(w: _Writer, note: _Note, lang: str, person: _Person, style: str = "header"
                 ) -> None:  # fmt: skip
    full = f"{person.given} {person.family}"
    note.plant(full, "name", full, f"{style}/{lang}/exact/plain", key=person.key, exact=True)


def _wrap(note: _Note, start: int, rng: random.Random) -> None:
    """Wrap the text pasted from a PDF at 60-76 characters, never inside an identifier."""
    text = note.text
    inside = [(s["start"], s["end"]) for s in note.spans]
    chars = list(text)
    col = 0
    width = rng.randint(60, 76)
    for i in range(start, len(chars)):
        c = chars[i]
        if c == "\n":
            col = 0
            continue
        col += 1
        if c == " " and col >= width and not any(a <= i < b for a, b in inside):
            chars[i] = "\n"
            col = 0
    note.parts = ["".join(chars)]


def generate_heldout_x(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    rng = random.Random(seed)
    w = _Writer(rng)
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    langs = list(LANG_WEIGHTS)
    mean = sum(LANG_WEIGHTS[g] * DENSITY[g] for g in langs) / sum(LANG_WEIGHTS.values())
    total = 0
    while total < size:
        lang = rng.choices(langs, [LANG_WEIGHTS[g] for g in langs])[0]
        layout = rng.choices(list(LAYOUTS), list(LAYOUTS.values()))[0]
        target = rng.randint(1100, 3700)
        rate = per_kb * DENSITY[lang] / mean / 1000
        # the note's own share, corrected by how far the whole corpus is from `per_kb`
        budget = max(0, round(per_kb * total / 1000 - len(planted) + target * rate))
        note = _compose(w, lang, layout, target, budget)
        text = note.text
        index = len(texts)
        texts.append(text)
        nbytes = len(text.encode("utf-8"))
        total += nbytes
        for s in note.spans:
            written = text[s["start"] : s["end"]]
            form = s["form"]
            if s["kind"] == "name":
                cat = name_category(written, bool(s.get("exact")), s.get("key"), text,
                                    s["start"], s["end"], w.forms)  # fmt: skip
                parts = form.split("/")
                parts[2] = cat
                form = "/".join(parts)
            planted.append(Planted(index, s["start"], s["end"], s["kind"], form, s["value"],
                                   bool(s.get("exact")), s.get("key")))  # fmt: skip
        spans = [(s["start"], s["end"]) for s in note.spans]
        for m in re.finditer(r"[^\W\d_]+", text):
            if m.group().lower() not in w.person_forms:
                continue
            if any(a < m.end() and m.start() < b for a, b in spans):
                continue
            before = text[: m.start()].rstrip(" ")
            initial = (
                not before or before[-1] in ".!?:\n)" or bool(re.search(r"\d\d:\d\d$", before))
            )
            form = "homograph/initial" if initial else "homograph/inner"
            ordinary.append(Ordinary(index, m.start(), m.end(), m.group(), form))
    return Corpus(texts=texts, registry_people=list(w.registry), planted=planted,
                  ordinary=ordinary)  # fmt: skip


def check(corpus: Corpus) -> None:
    """Every span lies in its text, names a known kind and overlaps no other; every ordinary
    word is its text and lies outside every identifier."""
    by_text: dict[int, list[Planted]] = {}
    for p in corpus.planted:
        if p.kind not in KINDS:
            raise ValueError(f"unknown kind {p.kind}")
        if not 0 <= p.start < p.end <= len(corpus.texts[p.text]):
            raise ValueError(f"{p} lies out of its text")
        by_text.setdefault(p.text, []).append(p)
    for spans in by_text.values():
        spans.sort(key=lambda p: (p.start, p.end))
        for a, b in zip(spans, spans[1:], strict=False):
            if b.start < a.end:
                raise ValueError(f"{a} and {b} overlap")
    for o in corpus.ordinary:
        if corpus.texts[o.text][o.start : o.end] != o.word:
            raise ValueError(f"{o} is not its text")
        if any(p.start < o.end and o.start < p.end for p in by_text.get(o.text, [])):
            raise ValueError(f"{o} lies inside an identifier")
