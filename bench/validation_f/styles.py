"""The kinds of note held-out F writes: running notes, dictation, pasted e-mail, text messages,
minutes of a meeting, to-do lists and an observer's timed log; Swedish, English or both.

A sentence carries identifiers when the corpus so far holds fewer than `per_kb` per KB, so
density is the same in every style; the rest are plain sentences, ordinary uses of words that
are also names, and now and then a registered person called by such a word.
"""

from __future__ import annotations

import random

from bench.validation_f import lines_en, lines_sv, words
from bench.validation_f.compose import Composer
from bench.validation_f.note import Note

# How often an identifier sentence is about each kind (by its main slot).
KIND_WEIGHTS = {
    "PNR": 8,
    "ADDR": 11,
    "URL": 8,
    "MAIL": 7,
    "PH": 12,
    "DATE": 7,
    "PL": 7,
    "U": 24,
    "R": 16,
}


def _main_slot(template: str) -> str:
    for slot in ("PNR", "ADDR", "URL", "MAIL", "PH", "DATE", "PL", "U"):
        if "{" + slot in template or (slot == "DATE" and "{BDATE" in template):
            return slot
    return "R"


_BY_KIND: dict[str, dict[str, list[str]]] = {}
for _lang, _lines in (("sv", lines_sv.IDENT), ("en", lines_en.IDENT)):
    for _t in _lines:
        _BY_KIND.setdefault(_lang, {}).setdefault(_main_slot(_t), []).append(_t)


class Budget:
    """Identifiers planted and bytes written so far, across the whole corpus."""

    def __init__(self, per_kb: float) -> None:
        self.per_kb = per_kb
        self.planted = 0
        self.bytes = 0

    def due(self, note: Note) -> bool:
        return self.planted < self.per_kb * (self.bytes + note.bytes) / 1000


class Writer:
    def __init__(self, rng: random.Random, note: Note, comp: Composer, budget: Budget) -> None:
        self.rng, self.note, self.comp, self.budget = rng, note, comp, budget
        names = {p.given for p in comp.group} | {p.nickname for p in comp.group if p.nickname}
        self.word_names = [
            w
            for w in sorted(names)  # sorted: the same notes whatever PYTHONHASHSEED is
            if w in ("Love", "Dag", "Stig", "Bo", "Max", "Grace", "May", "Will")
        ]

    def lang(self) -> str:
        lang = self.comp.lang
        return lang if lang != "mix" else self.rng.choice(("sv", "en"))

    def put(self, template: str, *, hurried: bool = False, lang: str = "") -> None:
        self.comp.last = None
        self.comp.now = lang
        self.budget.planted += self.note.write(self.comp.fill(template, hurried=hurried))

    def raw(self, text: str) -> None:
        self.note.write([text])

    def sentence(self, *, hurried: bool = False, ident: bool | None = None) -> None:
        r, lang = self.rng, self.lang()
        if ident is None:
            ident = self.budget.due(self.note)
        if ident and self.word_names and r.random() < 0.15:
            word = r.choice(self.word_names)
            pool = words.WORD_NAME_SV if lang == "sv" else words.WORD_NAME_EN
            template = next(t for t in pool if "{W:" + word + "}" in t)
        elif ident:
            kind = r.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
            pool = _BY_KIND["sv" if lang == "sv" else "en"][kind]
            template = r.choice(pool)
        elif r.random() < 0.12:
            template = r.choice(words.HOMOGRAPH_SV if lang == "sv" else words.HOMOGRAPH_EN)
        elif r.random() < 0.55:
            lines = lines_sv if lang == "sv" else lines_en
            template = (
                f"{r.choice(lines.SUBJECT)} {r.choice(lines.PREDICATE)} "
                f"{r.choice(lines.OBJECT)}{r.choice(lines.TAIL)}."
            )
        else:
            template = r.choice(lines_sv.PLAIN if lang == "sv" else lines_en.PLAIN)
        self.put(template, hurried=hurried, lang=lang)


def running(w: Writer, target: int) -> None:
    """Interview notes typed as they come: run-on sentences, some in lower case."""
    r = w.rng
    hurried = r.random() < 0.5
    while w.note.length < target:
        w.sentence(hurried=hurried and r.random() < 0.4)
        w.raw(r.choices([" ", "; ", " / ", "\n", "\n\n", " - "], [10, 3, 2, 3, 2, 1])[0])


def dictated(w: Writer, target: int) -> None:
    """Speech-to-text: no capitals, spoken punctuation left in."""
    r = w.rng
    w.raw(r.choice(["Diktat, ", "Dikterat efter besöket: ", "dictated: "]))
    while w.note.length < target:
        w.sentence(hurried=True)
        w.raw(r.choice([" ", " ny rad ", "\n", " punkt "]))


def email(w: Writer, target: int) -> None:
    """An e-mail pasted into the notes, with its header and a signature."""
    r = w.rng
    if w.lang() == "sv":
        sender = "{R} <{MAIL}>" if r.random() < 0.5 else "{R}"
        w.put(f"Från: {sender}\nSkickat: den {{DATE:sv}} {{time}}\n")
        w.raw("Till: resursgruppen\nÄmne: Sv: mötet\n\n")
        w.raw(r.choice(["Hej!\n\n", "Hej alla,\n", "Hejsan\n\n"]))
    else:
        sender = "{R} <{MAIL}>" if r.random() < 0.5 else "{MAIL}"
        w.put(
            f"From: {sender}\nSent: {{wd}}, {{DATE:en}} {{time}}\nTo: the group\nSubject: RE: next "
            "meeting\n\n"
        )
        w.raw(r.choice(["Hi all,\n\n", "Hello,\n", "Dear all\n\n"]))
    while w.note.length < target:
        w.sentence()
        w.raw(r.choice([" ", " ", "\n"]))
    sign = r.random()
    if sign < 0.3:
        w.put("\n\nMvh\n{Rh}\n{rel}, Psykiatri Nordväst\nTel: {PH:SE}")
    elif sign < 0.5:
        w.put("\n\nBest regards,\n{Rh}\nMobile {PH}")
    else:
        w.put("\n\nSkickat från min iPhone")


def texts(w: Writer, target: int) -> None:
    """Text messages copied in, one per line, with time stamps."""
    r = w.rng
    while w.note.length < target:
        stamp = f"{r.randint(7, 23):02d}:{r.randint(0, 59):02d}"
        w.raw(r.choice([f"[{stamp}] ", f"{stamp} ", f"sms {stamp}: "]))
        if w.budget.due(w.note) and r.random() < 0.5:
            w.put(r.choice(["{Rs}: ", "{Rp}: ", "{R}: ", "Från {R}: ", "{U}: "]))
            w.sentence(hurried=True, ident=False)
        else:
            w.sentence(hurried=True)
        w.raw(r.choice(["", " 🙂", " 👍", " mvh", " /M", "!!"]) + "\n")


def minutes(w: Writer, target: int) -> None:
    """Minutes of a resource-group meeting: present, numbered items, next meeting."""
    r = w.rng
    sv = w.lang() == "sv"
    if sv:
        present = "{Rp}, {Rs}, {Rh}" if r.random() < 0.4 else "P, anhörig, två personal"
        w.put("Protokoll resursgruppsmöte {DATE:sv}\nNärvarande: " + present + "\n")
    else:
        present = "{Rp}, {Rs}, {Rh}" if r.random() < 0.4 else "patient, SO, case manager"
        w.put("Minutes, resource group {DATE:en}\nPresent: " + present + "\n")
    item = 1
    while w.note.length < target:
        w.raw(f"\n§{item} " if sv else f"\n{item}. ")
        for _ in range(r.randint(1, 3)):
            w.sentence()
            w.raw(" ")
        item += 1
    if sv:
        w.put("\nNästa möte: {DATE:sv} {time}\nVid protokollet: {Rh}")
    else:
        w.put("\nNext meeting: {DATE:en}")


def todo(w: Writer, target: int) -> None:
    """A list of things to do after a meeting."""
    r = w.rng
    w.raw(r.choice(["Att göra:\n", "To do:\n", "ATT GÖRA\n", "Uppföljning\n"]))
    while w.note.length < target:
        w.raw(r.choice(["- ", "* ", "• ", "[ ] ", "- [x] "]))
        w.sentence(hurried=r.random() < 0.5)
        w.raw("\n")


def log(w: Writer, target: int) -> None:
    """An observer's log with minutes since the start."""
    r = w.rng
    minute = 0
    while w.note.length < target:
        minute += r.randint(1, 6)
        w.raw(r.choice([f"{minute:02d} min ", f"13:{minute % 60:02d} ", f"+{minute}: "]))
        w.sentence(hurried=r.random() < 0.3)
        w.raw("\n")


STYLES = {
    "running": (running, 30),
    "dictated": (dictated, 8),
    "email": (email, 7),
    "texts": (texts, 12),
    "minutes": (minutes, 8),
    "todo": (todo, 10),
    "log": (log, 14),
}
