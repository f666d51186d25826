"""How a hurried note writes a name: which part, genitive, case, slips, hidden characters.

`mention(rng, person, lang)` returns `(before, written, after, form, exact)`: the text around the
name that is not part of it (a title, a genitive ending written apart), the name as written,
and the facets of the form. The planted span is `written` alone; a Swedish genitive "s" is
glued to it and stays outside the span.
"""

from __future__ import annotations

import random

from bench.validation_e.cast import Person

HIDDEN = ("\u00ad", "\u200b", "\u200d", "\u2060", "\u00a0")  # soft hyphen, ZWSP, ZWJ, WJ, NBSP
NEIGHBOURS = {
    "a": "sq",
    "e": "wr",
    "i": "uo",
    "o": "ip",
    "u": "yi",
    "n": "bm",
    "m": "n",
    "r": "et",
    "s": "ad",
    "t": "ry",
    "l": "k",
    "k": "lj",
    "d": "sf",
    "h": "gj",
    "g": "fh",
    "y": "tu",
}


def slip(rng: random.Random, word: str) -> str:
    """One typing slip that keeps the first letter: a swap, a drop, a double or a neighbour key."""
    if len(word) < 4:
        return word
    for _ in range(10):
        i = rng.randrange(1, len(word) - 1)
        how = rng.choice(("swap", "drop", "double", "key"))
        if how == "swap" and word[i] != word[i + 1]:
            out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif how == "drop":
            out = word[:i] + word[i + 1 :]
        elif how == "double":
            out = word[:i] + word[i] + word[i:]
        elif word[i].lower() in NEIGHBOURS:
            out = word[:i] + rng.choice(NEIGHBOURS[word[i].lower()]) + word[i + 1 :]
        else:
            continue
        if out.lower() != word.lower():
            return out
    return word


def hide(rng: random.Random, word: str) -> str:
    """An invisible or compatibility character inside a word (as pasted from Word or a PDF)."""
    if len(word) < 3:
        return word
    i = rng.randrange(1, len(word) - 1)
    mark = rng.choice(HIDDEN)
    if mark == "\u00a0" and " " in word:
        return word.replace(" ", mark, 1)
    return word[:i] + mark + word[i:]


def genitive(name: str) -> str:
    """The Swedish genitive ending: "s", or nothing after s, x and z ("Jonas lägenhet")."""
    return "" if name[-1].lower() in "sxz" else "s"


def mention(
    rng: random.Random, person: Person, *, possessive: str = ""
) -> tuple[str, str, str, bool]:
    """(written, after, form, exact) for one mention. `possessive` is "" / "sv" / "en"."""
    roll = rng.random()
    if person.nick and roll < 0.15:
        written, part = person.nick, "nick"
    elif roll < 0.62:
        written, part = person.given, "given"
    elif roll < 0.88:
        written, part = f"{person.given} {person.family}", "full"
    else:
        written, part = person.family, "family"
    exact, facets = True, [part]
    twist = rng.random()
    if twist < 0.07:
        written, exact = written.lower(), False
        facets.append("lower")
    elif twist < 0.10:
        written, exact = written.upper(), False
        facets.append("upper")
    elif twist < 0.17:
        words = written.split(" ")
        j = max(range(len(words)), key=lambda k: len(words[k]))
        slipped = slip(rng, words[j])
        if slipped != words[j]:
            words[j], exact = slipped, False
            written = " ".join(words)
            facets.append("misspelt")
    elif twist < 0.22:
        written, exact = hide(rng, written), False
        facets.append("hidden")
    after = ""
    if possessive == "sv":
        after = genitive(written)
        facets.append("genitive")
    elif possessive == "en":
        after = rng.choice(("'s", "’s")) if not written.endswith("s") else "'"
        facets.append("possessive")
    return written, after, "/".join(facets), exact
