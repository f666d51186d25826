"""Held-out AH: fieldwork notes of a study of campsites and scout camps on Funen and in South
Jutland, with planted identifiers. See README.md; nobody who writes or tunes the redactor may
read this folder."""

from __future__ import annotations

import functools
import random
import re
import unicodedata
from datetime import date, timedelta

from casebook.deid.registry import PERSON, PLACE, NameEntry, ascii_fold

from bench.heldout_ah import lexicon as lx
from bench.heldout_ah import numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 9963
REALISTIC = 0.7
_WORD = re.compile(r"[^\W\d_]+")
_FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "å": "a", "Å": "A",
                       "ä": "a", "Ä": "A", "ö": "o", "Ö": "O", "é": "e", "ü": "u",
                       "ş": "s", "Ş": "S", "ı": "i", "ž": "z", "ć": "c", "č": "c"})  # fmt: skip
_INVISIBLE = {"invisible-zwsp": "\u200b", "invisible-soft-hyphen": "\u00ad",
              "invisible-zwj": "\u200d", "invisible-word-joiner": "\u2060",
              "invisible-bom": "\ufeff"}  # fmt: skip
_KEYS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
MONTHS = {
    "en": "January February March April May June July August September October November "
    "December".split(),
    "da": "januar februar marts april maj juni juli august september oktober november "
    "december".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november "
    "december".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
}
DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
}


def hidden(text: str) -> bool:
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


class _Deck:
    def __init__(self, rng: random.Random, items: list) -> None:
        self.rng, self.items, self.queue = rng, list(items), []  # type: ignore[var-annotated]

    def draw(self):  # noqa: ANN201
        if not self.queue:
            self.queue = list(self.items)
            self.rng.shuffle(self.queue)
        return self.queue.pop()


@functools.cache
def _vocabulary() -> frozenset[str]:
    """Every word the notes write outside identifiers: pools, frames, labels, prompts."""
    texts = [s for pool in people.sentences().values() for s in pool]
    texts += [f for frames in lx.FRAMES.values() for f in frames]
    texts += [a for a, _b, _c in lx.LABELS] + list(lx.PROMPTS) + list(lx.LEAD_INS)
    texts += [*lx.LIST_HEADS, *lx.ROLES, *lx.GREETINGS, *lx.SIGN_OFFS, *lx.TITLES.values()]
    texts += [s for subs in lx.SUBTITLES.values() for s in subs]
    texts += [h for hs in lx.PASTE_HEAD.values() for h in hs] + list(lx.PASTE_END)
    return frozenset(w.lower() for t in texts for w in _WORD.findall(t))


def _usable(name: str) -> bool:
    return not {p.lower() for p in re.split(r"[\s-]+", name)} & _vocabulary()


class _People:
    """Registered people (word-name bearers and about 60 % of each list) and strangers."""

    def __init__(self, rng: random.Random) -> None:
        self.entries: list[NameEntry] = []
        self.country: dict[str, str] = {}
        self.strangers: dict[str, tuple[list[str], list[str]]] = {}
        by_lang: dict[str, list[str]] = {}
        en_given = [g for g in people.given("en") if _usable(g)]
        en_family = [f for f in people.family("en") if _usable(f)]
        word_bearers = [f"{g} {rng.choice(en_family)}" for g in people.GIVEN_WORD_NAMES["en"]]
        word_bearers += [f"{rng.choice(en_given)} {f}" for f in people.FAMILY_WORD_NAMES["en"]]
        for name in word_bearers:
            self._add(name, "en", by_lang.setdefault("word", []))
        for lang in ("da", "sv", "no", "fi", "en", "moved"):
            given = [g for g in people.given(lang) if _usable(g)]
            family = [f for f in people.family(lang) if _usable(f)]
            rng.shuffle(given)
            rng.shuffle(family)
            kg, kf = round(0.62 * len(given)), round(0.62 * len(family))
            reg_given, reg_family = given[:kg], family[:kf]
            self.strangers[lang] = (given[kg:], family[kf:])
            for g in reg_given:
                self._add(f"{g} {rng.choice(reg_family)}", lang, by_lang.setdefault(lang, []))
        self.by_lang = by_lang
        self.marked = [e.key for e in self.entries if e.canonical.translate(_FOLD) != e.canonical]
        self.places = [
            NameEntry(f"ah-town-{i}", town, f"[Place {i}]", kind=PLACE)
            for i, town in enumerate(lx.TOWNS)
        ]

    def _add(self, name: str, lang: str, into: list[str]) -> None:
        key = f"ah-person-{len(self.entries)}"
        if any(e.canonical == name for e in self.entries):
            return
        self.entries.append(NameEntry(key, name, f"[Person {len(self.entries)}]", kind=PERSON))
        self.country[key] = "da" if lang == "moved" else lang
        into.append(key)


class _Writer:
    """One note: text pieces and the spans planted in them."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[tuple[int, int, str, str, str, bool, str | None]] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def ident(self, written: str, kind: str, form: str, value: str, exact: bool = False,
              key: str | None = None) -> None:  # fmt: skip
        self.spans.append((self.size, self.size + len(written), kind, form, value, exact, key))
        self.add(written)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def bytes(self) -> int:
        return len(self.text.encode("utf-8"))


class _Maker:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.people = _People(random.Random(seed * 7 + 1))
        rng = self.rng
        pools = people.sentences()
        self.en = _Deck(rng, list(pools["en"]))
        self.nordic = {lang: _Deck(rng, list(pools[lang])) for lang in ("da", "fi")}
        self.nordic_weights = [len(pools["da"]), len(pools["fi"])]
        self.words = _Deck(rng, list(people.OWN_ORDINARY["en"]))
        self.frames = {lang: _Deck(rng, list(fs)) for lang, fs in lx.FRAMES.items()}
        self.prompts = _Deck(rng, list(lx.PROMPTS))
        self.entries = {e.key: e for e in self.people.entries}
        self.forms = {e.key: entry_forms(e) for e in self.people.entries}
        self.note_no = 0
        self.word_set = set(self.people.by_lang["word"])
        self.word_keys = _Deck(rng, list(self.people.by_lang["word"]))
        self.id_deck = _Deck(rng, [c for c, k in zip(numbers.BUILDERS, numbers.ID_WEIGHTS,
                                                     strict=True) for _ in range(k)])  # fmt: skip

    # --- identifiers ------------------------------------------------------------------------

    def _registered_key(self) -> str:
        rng, by = self.rng, self.people.by_lang
        if rng.random() < 0.3:
            return self.word_keys.draw()
        lang = rng.choices(("da", "sv", "no", "fi", "en", "moved"), (8, 3, 2, 2, 2, 2))[0]
        return rng.choice(by[lang])

    def name(self, w: _Writer, style: str, which: str = "any", glued: bool = False,
             present: bool = False) -> None:  # fmt: skip
        rng = self.rng
        tail = "/present" if present else ""
        if not glued and which != "given-only" and rng.random() < 0.34:
            lang = rng.choices(("da", "sv", "no", "fi", "en", "moved"), (8, 3, 2, 2, 3, 3))[0]
            given, family = self.people.strangers[lang]
            country = "da" if lang == "moved" else lang
            if which == "full" or rng.random() < 0.85:
                written, how = f"{rng.choice(given)} {rng.choice(family)}", "stranger-full"
            else:
                written, how = rng.choice(given), "stranger-given"
            w.ident(written, "name", f"{style}/{country}/?/{how}{tail}", written)
            return
        key = self._registered_key()
        fold = not glued and rng.random() < 0.07  # drawn to be written without diacritics
        if fold:
            key = rng.choice(self.people.marked)
        entry = self.entries[key]
        country = self.people.country[key]
        given, family = entry.given_names[0], entry.family_name or ""
        if which == "full":
            form, part = entry.canonical, "full"
        elif which == "given-only":
            form, part = given, "given"
        elif key in self.word_set:  # a word-name bearer: mostly by the word-name
            word_is_given = given in people.GIVEN_WORD_NAMES["en"]
            form, part = rng.choices(((entry.canonical, "full"), (given, "given"),
                                      (family, "family")),
                                     (4, 4, 1) if word_is_given else (4, 1, 4))[0]  # fmt: skip
        else:
            form, part = rng.choices(((entry.canonical, "full"), (given, "given"),
                                      (family, "family")), (4, 4, 2))[0]  # fmt: skip
        r = 0.3 if fold else rng.random()
        written, exact, how = form, True, part
        if glued:
            how = f"{part}-genitive"
        elif r < 0.12:
            written, exact, how = form.lower(), False, f"{part}-lower"
        elif r < 0.24:
            written, exact, how = form.upper(), False, f"{part}-upper"
        elif (r < 0.36 or fold) and form.translate(_FOLD) != form:
            written, exact, how = form.translate(_FOLD), False, f"{part}-ascii"
        elif r < 0.49:
            written, how = self._slip(form, key)
            exact = False
        elif r < 0.70:
            written, how = self._hide(form)
            exact = False
        if written == form:
            exact = True
        w.ident(written, "name", f"{style}/{country}/?/{how}{tail}", form, exact, key)

    def _slip(self, form: str, key: str) -> tuple[str, str]:
        rng = self.rng
        own = self.forms[key]
        folded = {ascii_fold(f) for f in own}
        for _ in range(40):
            kind = rng.choice(("drop", "double", "swap", "key", "space"))
            i = rng.randrange(1, len(form) - 1) if len(form) > 3 else 1
            if kind == "drop":
                out = form[:i] + form[i + 1 :]
            elif kind == "double":
                out = form[:i] + form[i] + form[i:]
            elif kind == "swap":
                out = form[:i] + form[i + 1 : i + 2] + form[i] + form[i + 2 :]
            elif kind == "key":
                c = form[i].lower()
                row = next((r for r in _KEYS if c in r), None)
                if row is None:
                    continue
                j = row.index(c)
                out = (
                    form[:i]
                    + row[j - 1 if j and rng.random() < 0.5 else min(j + 1, len(row) - 1)]
                    + form[i + 1 :]
                )
            else:
                if " " not in form:
                    continue
                s = form.index(" ")
                out = form[:s] + form[s + 1] + " " + form[s + 2 :]
            if (out != form and " " not in (out[0], out[-1]) and "  " not in out
                    and out.lower() not in own and ascii_fold(out.lower()) not in folded
                    and not hidden(out)):  # fmt: skip
                return out, f"slip-{kind}"
        return form[:-1], "slip-drop"

    def _hide(self, form: str) -> tuple[str, str]:
        rng = self.rng
        how = rng.choice((*_INVISIBLE, "invisible-full-width", "invisible-nbsp"))
        if how == "invisible-nbsp" and " " in form:
            return form.replace(" ", "\u00a0", 1), how
        if how == "invisible-full-width" and form[0].isascii():
            return chr(ord(form[0]) + 0xFEE0) + form[1:], how
        if how in ("invisible-nbsp", "invisible-full-width"):
            how = rng.choice(tuple(_INVISIBLE))
        i = rng.randrange(1, len(form))
        if form[i - 1] == " " or form[i] == " ":
            i = 1
        return form[:i] + _INVISIBLE[how] + form[i:], how

    def phone(self, w: _Writer, style: str) -> None:
        rng = self.rng
        region = rng.choices(numbers.PLANS, numbers.WEIGHTS)[0]
        nsn, groups = numbers.draw(rng, region)
        written, shape = numbers.write(rng, region, nsn, groups)
        import phonenumbers

        e164 = phonenumbers.format_number(
            phonenumbers.parse(written, region), phonenumbers.PhoneNumberFormat.E164
        )
        how = "plain"
        r = rng.random()
        if r < 0.05:
            written = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in written)
            how = "hidden-full-width"
        elif r < 0.10:
            i = next(k for k in range(len(written) - 1, 0, -1) if written[k].isdigit()
                     and written[k - 1].isdigit())  # fmt: skip
            written = written[:i] + "\u200b" + written[i:]
            how = "hidden-zwsp"
        elif r < 0.14 and " " in written.strip():
            written = written.replace(" ", "\u00a0")
            how = "hidden-nbsp"
        w.ident(written, "phone", f"{style}/{region}/{shape}/{how}", e164)

    def ident_no(self, w: _Writer, style: str, country: str | None = None) -> None:
        rng = self.rng
        country = country or self.id_deck.draw()
        number, shape = numbers.BUILDERS[country][0](rng)
        written, how = number, "plain"
        r = rng.random()
        if r < 0.07:
            written = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in number)
            how = "hidden-full-width"
        elif r < 0.13:
            i = len(number) // 2
            written = number[:i] + "\u200b" + number[i:]
            how = "hidden-zwsp"
        w.ident(written, "personnummer", f"{style}/{country}/{shape}/{how}", number)

    def date(self, w: _Writer, style: str, lang: str = "en") -> None:
        rng = self.rng
        if lang == "en" and rng.random() < 0.12:
            lang = rng.choice(("da", "sv", "fi"))
        d = date(2025, 1, 1) + timedelta(days=rng.randrange(730))
        m, day = d.month - 1, d.day
        shapes = {
            "en": ("long", "month-first", "abbr", "slash", "iso", "weekday", "ordinal", "range"),
            "da": ("da-long", "da-den", "da-weekday", "da-digits"),
            "sv": ("sv-long", "sv-den", "sv-weekday"),
            "fi": ("fi-digits", "fi-long"),
        }[lang]
        shape = rng.choice(shapes)
        en, mo = MONTHS["en"][m], MONTHS[lang][m]
        suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        end = min(day + rng.randint(1, 3), 28 if d.month == 2 else 30)
        written = {
            "long": f"{day} {en} {d.year}",
            "month-first": f"{en} {day}, {d.year}",
            "abbr": f"{day} {en[:3]} {d.year}",
            "slash": f"{day:02}/{d.month:02}/{d.year}",
            "iso": d.isoformat(),
            "weekday": f"{DAYS['en'][d.weekday()]} {day} {en}",
            "ordinal": f"the {day}{suffix} of {en}",
            "range": f"{day}–{end} {en}" if end > day else f"{day} {en} {d.year}",
            "da-long": f"{day}. {mo} {d.year}",
            "da-den": f"den {day}. {mo}",
            "da-weekday": f"{DAYS['da'][d.weekday()]} den {day}. {mo}",
            "da-digits": f"{day:02}.{d.month:02}.{d.year}",
            "sv-long": f"{day} {mo} {d.year}",
            "sv-den": f"den {day} {mo}",
            "sv-weekday": f"{DAYS['sv'][d.weekday()]} {day} {mo}",
            "fi-digits": f"{day}.{d.month}.{d.year}",
            "fi-long": f"{day}. {mo} {d.year}",
        }[shape]
        w.ident(written, "date", f"{style}/{lang}/{shape}", written)

    def address(self, w: _Writer, style: str, country: str | None = None) -> None:
        rng = self.rng
        country = country or rng.choices(("dk", "se", "fi", "gb"), (10, 5, 2, 2))[0]
        street = f"{rng.choice(lx.STREETS[country])} {rng.randint(1, 88)}"
        shape = "street"
        if country == "dk" and rng.random() < 0.4:
            street += f", {rng.randint(1, 4)}. {rng.choice(('tv.', 'th.', 'mf.'))}"
            shape = "floor"
        elif country == "se" and rng.random() < 0.4:
            street += f" lgh {rng.randint(11, 14)}0{rng.randint(1, 4)}"
            shape = "lgh"
        elif country == "fi" and rng.random() < 0.5:
            street += f" {rng.choice('ABC')} {rng.randint(1, 30)}"
            shape = "flat"
        if country == "gb" or rng.random() < 0.6:
            street += f", {rng.choice(lx.POSTCODES[country])}"
            shape += "-town"
        w.ident(street, "address", f"{style}/{country}/{shape}", street)

    def email(self, w: _Writer, style: str) -> None:
        rng = self.rng
        entry = self.entries[self._registered_key()]
        g = ascii_fold(entry.given_names[0].lower()).replace(" ", "")
        f = ascii_fold((entry.family_name or "x").lower()).replace(" ", "").replace("-", "")
        shape = rng.choice(("dotted", "initial", "reversed"))
        local = {"dotted": f"{g}.{f}", "initial": f"{g[0]}{f}", "reversed": f"{f}.{g}"}[shape]
        written = f"{local}@{rng.choice(('example.org', 'example.net', 'example.com'))}"
        w.ident(written, "email", f"{style}/en/{shape}", written)

    def url(self, w: _Writer, style: str) -> None:
        rng = self.rng
        shape = rng.choice(("https", "www", "bare"))
        path = rng.choice(("camp/pitches", "booking", "scouts/rota", "site/map", "kiosk"))
        host = rng.choice(("example.org", "example.net", "example.com"))
        written = {"https": f"https://{host}/{path}", "www": f"www.{host}/{path}",
                   "bare": f"{host}/{path}"}[shape]  # fmt: skip
        w.ident(written, "url", f"{style}/en/{shape}", written)

    def place(self, w: _Writer, style: str) -> None:
        entry = self.rng.choice(self.people.places)
        w.ident(entry.canonical, "place", f"{style}/da/registered", entry.canonical, True,
                entry.key)  # fmt: skip

    def fill(self, w: _Writer, template: str, style: str, lang: str) -> int:
        """Writes `template` with its identifiers; returns how many it planted."""
        count = 0
        for piece in re.split(r"(\{[A-Z]+(?::[a-z]+)?\})", template):
            if not (piece.startswith("{") and piece.endswith("}")):
                w.add(piece)
                continue
            tag, _, arg = piece[1:-1].partition(":")
            count += 1
            if tag == "N":
                self.name(w, style)
            elif tag == "F":
                self.name(w, style, which="full")
            elif tag == "G":
                self.name(w, style, glued=True)
            elif tag == "PH":
                self.phone(w, style)
            elif tag == "ID":
                self.ident_no(w, style, arg or None)
            elif tag == "DT":
                self.date(w, style, lang)
            elif tag == "AD":
                self.address(w, style, {"da": "dk", "sv": "se", "fi": "fi"}.get(lang))
            elif tag == "EM":
                self.email(w, style)
            elif tag == "URL":
                self.url(w, style)
            elif tag == "P":
                self.place(w, style)
        return count

    # --- notes --------------------------------------------------------------------------------

    def filler(self, target: int) -> str:
        """Paragraphs of people's words and the word-name sentences, about `target` chars."""
        rng = self.rng
        out: list[str] = []
        size = 0
        while size < target:
            r = rng.random()
            if r < 0.09:
                para = self.words.draw()
            else:
                para = " ".join(self.en.draw() for _ in range(rng.randint(1, 3)))
                if rng.random() < 0.3:
                    para = f"{rng.choice(lx.LEAD_INS)} “{para}”"
            if out and size + len(para) > target + 80:
                break
            out.append(para)
            size += len(para) + 1
        return "\n".join(out)

    def unit(self, layout: str, style: str) -> tuple[_Writer, int]:
        rng = self.rng
        w = _Writer()
        if rng.random() < 0.22:
            label, slot, lang = rng.choice(lx.LABELS)
            w.add(label + " ")
            return w, self.fill(w, slot, "label", lang)
        lang = rng.choices(("en", "da", "sv", "fi"), (70, 14, 10, 6))[0]
        template = self.frames[lang].draw()
        if layout == "phone" and "{N}" in template and rng.random() < 0.35:
            n = 0
            self.name(w, style)
            w.add(": " + " ".join(self.en.draw() for _ in range(rng.randint(1, 2))))
            return w, 1
        if layout == "chat" and rng.random() < 0.3:
            self.name(w, style, which="given-only")
            w.add(": " + self.en.draw())
            return w, 1
        if layout == "handover":
            w.add(rng.choice(("- ", "• ", "")))
        n = self.fill(w, template, style, lang)
        return w, n

    def note(self, target: int, per_kb: float) -> tuple[str, list]:
        rng = self.rng
        layout = rng.choice(tuple(lx.TITLES))
        self.note_no += 1
        sub = rng.choice(lx.SUBTITLES[layout]).format(n=rng.randint(2, 99))
        want = per_kb * target / 1000 * 0.94  # notes end a little past their target
        want = int(want) + (rng.random() < want - int(want))
        head = _Writer()
        head.add(f"{lx.TITLES[layout]} – {sub}\n")
        planted = 0
        units: list[_Writer] = []
        if layout == "post":
            if rng.random() < 0.6:
                head.add("From: ")
                self.name(head, "header", which="full")
                head.add("\n")
                planted += 1
            head.add(rng.choice(lx.GREETINGS) + " ")
            self.name(head, "greeting", which="given-only")
            head.add(",\n")
            planted += 1
        if layout == "committee" and rng.random() < 0.7:
            head.add(rng.choice(lx.LIST_HEADS) + " ")
            k = rng.randint(2, 4)
            for i in range(k):
                self.name(head, "list", which=rng.choice(("full", "any")), present=True)
                if rng.random() < 0.3:
                    head.add(f" ({rng.choice(lx.ROLES)})")
                head.add(", " if i < k - 2 else (" and " if i == k - 2 else "\n"))
            planted += k
        if layout == "phone":
            head.add(f"{rng.choice(lx.SPEAKERS)} {self.prompts.draw()}\n")
        sign = None
        if layout in ("post", "chat") and rng.random() < 0.5 and planted < want:
            sign = _Writer()
            sign.add("\n" + rng.choice(lx.SIGN_OFFS) + rng.choice(("\n", " ")))
            self.name(sign, "signature", which=rng.choice(("given-only", "any")))
            planted += 1
        while planted < want:
            u, n = self.unit(layout, layout)
            units.append(u)
            planted += n
        paste = None
        if rng.random() < 0.11:
            lang = rng.choices(("da", "fi"), self.nordic_weights)[0]
            body = " ".join(self.nordic[lang].draw() for _ in range(rng.randint(1, 2)))
            if rng.random() < 0.6:
                body = f"{rng.choice(lx.PASTE_HEAD[lang])}\n{body}\n{rng.choice(lx.PASTE_END)}"
            paste = body
        fixed = head.bytes() + sum(u.bytes() + 1 for u in units) + (sign.bytes() if sign else 0)
        fixed += len(paste.encode()) + 1 if paste else 0
        rest = max(0, target - fixed)
        out = _Writer()
        pieces: list[_Writer | str] = [head]
        order = list(units)
        if paste:
            order.insert(rng.randrange(len(order) + 1), paste)  # type: ignore[arg-type]
        gaps = len(order) + 1
        for u in order:
            pieces.append(self.filler(rest // gaps) + "\n" if rest // gaps > 40 else "")
            pieces.append(u)
            pieces.append("\n")
        pieces.append(self.filler(max(rest - (rest // gaps) * (gaps - 1), 60)))
        if sign:
            pieces.append(sign)
        spans = []
        for p in pieces:
            if isinstance(p, str):
                out.add(p)
                continue
            base = out.size
            spans += [(s + base, e + base, *rest_) for s, e, *rest_ in p.spans]
            out.add(p.text)
        return out.text, spans


def _homographs(index: int, text: str, spans: list[tuple[int, int]], forms: set[str]) -> list:
    out = []
    for m in _WORD.finditer(text):
        if m.group().lower() not in forms:
            continue
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        before = text[: m.start()].rstrip(" “\"'")
        initial = not before or before[-1] in "\n:.!?–-•(["
        where = "initial" if initial else "inner"
        out.append(Ordinary(index, m.start(), m.end(), m.group(), f"homograph/{where}"))
    return out


def generate_heldout_ah(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    maker = _Maker(seed)
    rng = maker.rng
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    entries = [*maker.people.entries, *maker.people.places]
    forms = {e.key: entry_forms(e) for e in entries}
    person_forms = set().union(*(forms[e.key] for e in maker.people.entries))
    total = 0
    while total < size:
        remaining = size - total
        target = rng.randint(1200, 5200)
        if remaining < target + 1300:
            target = remaining if remaining <= 5200 else remaining // 2
        text, spans = maker.note(max(target, 200), per_kb)
        if len(text.encode("utf-8")) > remaining + 2000:
            text, spans = maker.note(max(target - 400, 200), per_kb)
        index = len(texts)
        texts.append(text)
        total += len(text.encode("utf-8"))
        for s, e, kind, form, value, exact, key in spans:
            if kind == "name":
                category = name_category(text[s:e], exact, key, text, s, e, forms)
                style, country, _q, *rest = form.split("/")
                form = "/".join([style, country, category, *rest])
            planted.append(Planted(index, s, e, kind, form, value, exact, key))
        ordinary += _homographs(index, text, [(s, e) for s, e, *_ in spans], person_forms)
    corpus = Corpus(texts, entries, planted, ordinary)
    check(corpus)
    return corpus


def check(corpus: Corpus) -> None:
    """Raises ValueError when a span lies out of its text, two spans overlap, or an ordinary
    word is not its text or lies inside an identifier."""
    by_text: dict[int, list[tuple[int, int]]] = {}
    for p in corpus.planted:
        text = corpus.texts[p.text]
        if not 0 <= p.start < p.end <= len(text):
            raise ValueError(f"{p} lies out of its text")
        if (
            p.kind in ("email", "url", "address", "place", "date")
            and text[p.start : p.end] != p.value
        ):
            raise ValueError(f"{p} is not its text")
        by_text.setdefault(p.text, []).append((p.start, p.end))
    for spans in by_text.values():
        spans.sort()
        for a, b in zip(spans, spans[1:], strict=False):
            if b[0] < a[1]:
                raise ValueError(f"spans {a} and {b} overlap")
    for o in corpus.ordinary:
        if corpus.texts[o.text][o.start : o.end] != o.word:
            raise ValueError(f"{o} is not its text")
        if any(s < o.end and o.start < e for s, e in by_text.get(o.text, [])):
            raise ValueError(f"{o} lies inside an identifier")
