"""How a note writes a person: registered ones in many forms, third parties once.

Registered: given name, full name, family name (alone or after a title), nickname, English
possessive, Swedish genitive, lower case, capitals, misspelt, without diacritics, with an
invisible character inside. Misspellings here are typing slips on a Nordic keyboard (a
neighbouring key), sound-alike spellings (ph/f, ck/k, w/v, th/t, ou/u, doubled or undoubled
consonant) and a dropped final letter; none is planted if it spells another person's form.
"""

from __future__ import annotations

import random

from casebook.deid.registry import ascii_fold

from bench.validation_d import names
from bench.validation_d.pieces import Mark, Piece
from bench.validation_d.study import Person

_ROWS = ["qwertyuiopå", "asdfghjklöä", "zxcvbnm"]
_NEAR: dict[str, str] = {}
for _r, _row in enumerate(_ROWS):
    for _i, _c in enumerate(_row):
        _NEAR[_c] = _row[max(0, _i - 1) : _i] + _row[_i + 1 : _i + 2]
_SOUNDS = [
    ("ph", "f"),
    ("ck", "k"),
    ("w", "v"),
    ("th", "t"),
    ("ou", "u"),
    ("ie", "i"),
    ("y", "i"),
    ("ll", "l"),
    ("nn", "n"),
    ("mm", "m"),
    ("ss", "s"),
    ("tt", "t"),
    ("l", "ll"),
    ("n", "nn"),
    ("k", "ck"),
    ("s", "z"),
    ("c", "k"),
    ("ä", "e"),
    ("ö", "o"),
    ("å", "o"),
    ("j", "y"),
    ("a", "e"),
    ("ah", "a"),
    ("ee", "i"),
]
INVISIBLE = ["\u00ad", "\u200b", "\u200d", "\u200c", "\u2060", "\ufeff"]
TITLES = {
    "sv": ["dr", "Dr.", "ssk", "kurator", "överläkare", "leg. psykolog", "fru", "herr"],
    "en": ["Dr", "Dr.", "Mrs", "Mr", "Ms", "nurse", "Prof."],
}
# (form, weight)
FORMS = {
    "given": 30,
    "full": 14,
    "family": 5,
    "titled": 5,
    "nick": 5,
    "possessive": 5,
    "genitive": 5,
    "lower": 9,
    "upper": 5,
    "misspelt": 14,
    "ascii": 3,
    "invisible": 4,
}


def misspell(rng: random.Random, word: str) -> str:
    """One slip in a word of five letters or more (shorter ones are left as they are)."""
    if len(word) < 5:
        return word
    for _ in range(12):
        how = rng.choice(("key", "sound", "sound", "drop", "swap"))
        low = word.lower()
        if how == "key":
            i = rng.randrange(1, len(word))
            near = _NEAR.get(low[i])
            out = word[:i] + rng.choice(near) + word[i + 1 :] if near else word
        elif how == "sound":
            a, b = rng.choice(_SOUNDS)
            i = low.find(a, 1)
            out = word[:i] + b + word[i + len(a) :] if i > 0 else word
        elif how == "drop":
            out = word[:-1]
        else:
            i = rng.randrange(1, len(word) - 1)
            out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if out.lower() != low and len(out) >= 4:
            return out
    return word


def _invisible(rng: random.Random, word: str) -> str:
    i = rng.randrange(1, len(word))
    return word[:i] + rng.choice(INVISIBLE) + word[i:]


class Mentions:
    def __init__(self, rng: random.Random, taken: set[str]) -> None:
        self.rng = rng
        self.taken = taken

    def registered(self, p: Person, lang: str, form: str | None = None) -> list[Piece]:
        rng = self.rng
        form = form or rng.choices(list(FORMS), list(FORMS.values()))[0]
        given, family = p.given, p.family
        if form == "full":
            return [Mark(f"{given} {family}", "name", "full", True, p.key)]
        if form == "family":
            return [Mark(family, "name", "family", True, p.key)]
        if form == "titled":
            return [rng.choice(TITLES[lang]) + " ", Mark(family, "name", "titled", True, p.key)]
        if form == "nick" and p.nickname:
            return [Mark(p.nickname, "name", "nick", True, p.key)]
        if form == "possessive" and lang == "en":
            return [Mark(given, "name", "possessive", True, p.key), rng.choice(("'s", "’s"))]
        if form in ("possessive", "genitive"):
            glued = "" if given[-1] in "sxz" else "s"
            if not glued:
                return [Mark(given, "name", "genitive", True, p.key), rng.choice(("'", ":s"))]
            return [Mark(given, "name", "genitive", False, p.key), glued]
        if form == "lower":
            written = rng.choice((given, f"{given} {family}")).lower()
            return [Mark(written, "name", "lower", False, p.key)]
        if form == "upper":
            return [Mark(rng.choice((given, family)).upper(), "name", "upper", False, p.key)]
        if form == "misspelt":
            word = rng.choice((given, given, family))
            out = misspell(rng, word)
            if out != word and ascii_fold(out.lower()) not in self.taken:
                return [Mark(out, "name", "misspelt", False, p.key)]
        if form == "ascii" and ascii_fold(given) != given:
            return [Mark(ascii_fold(given), "name", "ascii", False, p.key)]
        if form == "invisible" and len(given) > 2:
            written = rng.choice((_invisible(rng, given), f"{given}\u00a0{family}"))
            return [Mark(written, "name", "invisible", False, p.key)]
        return [Mark(given, "name", "given", True, p.key)]

    def genitive(self, p: Person, lang: str) -> list[Piece]:
        return self.registered(p, lang, "possessive" if lang == "en" else "genitive")

    def third(self, lang: str, titled: bool = False) -> list[Piece]:
        """An unregistered person, named once: given, family, full or titled, any country."""
        rng = self.rng
        for _ in range(50):
            home = names.country(rng, names.THIRD)
            female = rng.random() < 0.5
            given = names.draw(rng, home, "first", female)
            family = names.draw(rng, home, "last", female)
            if not {ascii_fold(given.lower()), ascii_fold(family.lower())} & self.taken:
                break
        if titled:
            title = rng.choice(TITLES[lang])
            return [title + " ", Mark(family, "name", f"third/titled/{home}")]
        form = rng.choices(["full", "given", "family"], [55, 35, 10])[0]
        written = {"full": f"{given} {family}", "given": given, "family": family}[form]
        return [Mark(written, "name", f"third/{form}/{home}")]
