"""How a hurried writer types a name: case, inflection, slips, and what Word or a PDF leaves in it.

`registered(rng, person, mode)` returns the segments of one mention of a registered person;
`unregistered(rng, name, mode)` the same for someone nobody registered. `mode` is what the
sentence needs after the name: "" (nothing), "gen" (a Swedish genitive, "Aminas"), "pos" (an
English possessive, "Amina's"). Titles and genitive endings are written outside the span.
"""

from __future__ import annotations

import random

from bench.validation_f.cast import Person, Place
from bench.validation_f.note import Mark, Segment

# What text pasted from Word, a PDF or a web page carries inside words.
INVISIBLE = ("\u00ad", "\u200b", "\u200d", "\u200c", "\u2060", "\ufeff")
ODD_SPACES = ("\u00a0", "\u202f", "\u2009")
_VOWEL_SLIPS = {
    "a": "e",
    "e": "a",
    "i": "y",
    "y": "i",
    "o": "u",
    "u": "o",
    "å": "a",
    "ä": "e",
    "ö": "o",
    "é": "e",
}
_SOUND_ALIKE = (
    ("k", "c"),
    ("c", "k"),
    ("ph", "f"),
    ("th", "t"),
    ("ks", "x"),
    ("ll", "l"),
    ("nn", "n"),
    ("ss", "s"),
    ("j", "i"),
    ("w", "v"),
    ("qv", "kv"),
    ("ck", "k"),
)
_KEYBOARD = {
    "a": "s",
    "s": "a",
    "e": "r",
    "r": "e",
    "i": "o",
    "o": "i",
    "n": "m",
    "m": "n",
    "t": "r",
    "l": "k",
    "k": "l",
    "h": "j",
    "d": "f",
    "g": "h",
    "u": "y",
}
_ASCII = str.maketrans("åäöÅÄÖéÉèüÜćĆıøØ", "aaoAAOeEeuUcCioO")


def hide(rng: random.Random, text: str) -> str:
    """Put one invisible character inside a word, or an odd space between two words."""
    if " " in text and rng.random() < 0.4:
        i = text.index(" ")
        return text[:i] + rng.choice(ODD_SPACES) + text[i + 1 :]
    word_end = text.find(" ") if " " in text else len(text)
    if word_end < 2:
        return text + "\u200b"
    i = rng.randint(1, word_end - 1)
    return text[:i] + rng.choice(INVISIBLE) + text[i:]


def misspell(rng: random.Random, word: str, avoid: set[str]) -> str | None:
    """One slip of the kind people make typing a name; None when no slip gives a new word."""
    for _ in range(12):
        kind = rng.randrange(6)
        i = rng.randint(1, len(word) - 2)
        low = word.lower()
        if kind == 0:  # two letters swapped
            out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif kind == 1:  # a letter dropped
            out = word[:i] + word[i + 1 :]
        elif kind == 2:  # a letter doubled
            out = word[: i + 1] + word[i] + word[i + 1 :]
        elif kind == 3 and low[i] in _VOWEL_SLIPS:
            out = word[:i] + _VOWEL_SLIPS[low[i]] + word[i + 1 :]
        elif kind == 4 and low[i] in _KEYBOARD:
            out = word[:i] + _KEYBOARD[low[i]] + word[i + 1 :]
        elif kind == 5:
            pairs = [(a, b) for a, b in _SOUND_ALIKE if a in low]
            if not pairs:
                continue
            a, b = rng.choice(pairs)
            j = low.index(a)
            out = word[:j] + (b.upper() if j == 0 else b) + word[j + len(a) :]
        else:
            continue
        if out.lower() not in avoid and out != word and len(out) >= 3:
            return out
    return None


def _genitive(name: str, mode: str) -> str:
    if mode == "pos":
        return "’s" if name.endswith("x") else "'s" if not name.endswith("s") else "'"
    if mode == "gen":
        return "'" if name[-1] in "sxz" else "s"
    return ""


def registered(rng: random.Random, p: Person, mode: str, avoid: set[str]) -> list[Segment]:
    """One mention of a registered person, in a form drawn by how often people write it."""
    roll = rng.random()
    full = f"{p.given} {p.family}"
    if p.nickname and rng.random() < 0.12:
        text, form = p.nickname, "nickname"
    elif roll < 0.30:
        text, form = p.given, "given"
    elif roll < 0.44:
        text, form = full, "full"
    elif roll < 0.52 and p.nickname:
        text, form = p.nickname, "nickname"
    elif roll < 0.57 and p.role == "professional":
        title = rng.choice(["dr ", "Dr. ", "kurator ", "ssk ", "sköterskan ", "nurse "])
        return [title, *_finish(Mark(p.family, "name", "title-family", p.key), mode)]
    elif roll < 0.65:
        text, form = rng.choice([p.given, full, p.nickname or p.given]).lower(), "lower"
    elif roll < 0.68:
        text, form = rng.choice([p.given, full]).upper(), "upper"
    elif roll < 0.78:
        word = rng.choice([p.given, p.given, p.family])
        slip = misspell(rng, word, avoid) if len(word) >= 4 else None
        if slip is None:
            text, form = p.given, "given"
        else:
            text, form = slip, "misspelt"
    elif roll < 0.82 and full.translate(_ASCII) != full:
        word = rng.choice([w for w in (p.given, p.family, full) if w.translate(_ASCII) != w])
        text, form = word.translate(_ASCII), "ascii"
    elif roll < 0.89:
        text, form = hide(rng, rng.choice([p.given, full, p.family])), "invisible"
    else:
        text, form = p.given, "given"
    return _finish(Mark(text, "name", form, p.key), mode)


def _finish(mark: Mark, mode: str) -> list[Segment]:
    end = _genitive(mark.text, mode)
    if not end:
        return [mark]
    form = mark.form + ("/genitive" if mode == "gen" else "/possessive")
    return [Mark(mark.text, mark.kind, form, mark.key), end]


def unregistered(rng: random.Random, name: tuple[str, str, str], mode: str) -> list[Segment]:
    """Someone nobody registered: full, given or family name; the source is in the form.
    A mode "t" (someone at work) writes a title before the family name now and then."""
    given, family, source = name
    titled = mode == "t"
    mode = "" if titled else mode
    roll = rng.random()
    if roll >= 0.78 and roll < 0.90 and not titled:
        roll = 0.1
    if roll < 0.50:
        text, form = f"{given} {family}", "full"
    elif roll < 0.78:
        text, form = given, "given"
    elif roll < 0.90:
        title = rng.choice(
            [
                "dr ",
                "doktor ",
                "Dr ",
                "Mr ",
                "Ms ",
                "fru ",
                "handläggaren ",
                "sjuksköterskan ",
                "läkaren ",
            ]
        )
        out: list[Segment] = [title]
        return out + _finish(Mark(family, "name", f"title-family/{source}"), mode)
    elif roll < 0.95:
        text, form = rng.choice([given, f"{given} {family}"]).lower(), "lower"
    else:
        text, form = hide(rng, f"{given} {family}"), "invisible"
    return _finish(Mark(text, "name", f"{form}/{source}"), mode)


def place(rng: random.Random, pl: Place, mode: str) -> list[Segment]:
    roll = rng.random()
    if roll < 0.45:
        text, form = pl.name, "name"
    elif roll < 0.85:
        text, form = pl.alias, "alias"
    elif roll < 0.95:
        text, form = rng.choice([pl.name, pl.alias]).lower(), "lower"
    else:
        text, form = hide(rng, pl.alias), "invisible"
    end = "s" if mode == "gen" and not text.endswith("s") else ""
    mark = Mark(text, "place", form + ("/genitive" if end else ""), pl.key)
    return [mark, end] if end else [mark]
