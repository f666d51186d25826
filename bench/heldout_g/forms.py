"""Ways held-out G writes a registered person's name: exactly, in lower or upper case, typed
with caps lock, without diacritics, with a Swedish genitive glued on, misspelt by one slip, or
with an invisible or compatibility character inside."""

from __future__ import annotations

import random

from casebook.deid.registry import ascii_fold

from bench.heldout_g.cast import Person
from bench.heldout_g.hidden import hide_in_name
from bench.scoring import entry_forms

VOWELS = "aeiouyåäö"
# (how, weight): how a mention is written.
HOW = (("exact", 44), ("lower", 11), ("upper", 6), ("caps-lock", 2), ("ascii", 9),
       ("misspelt", 14), ("invisible", 14))  # fmt: skip
Written = tuple[str, str, str, bool]  # (span text, glued suffix, facet, exact)


class Forms:
    """Every registered form (lower case) and per person its own, to keep slips honest."""

    def __init__(self, people: list[Person], extra: set[str]) -> None:
        self.own = {p.entry.key: entry_forms(p.entry) for p in people}
        self.all = set().union(*self.own.values()) | extra

    def write(self, rng: random.Random, person: Person, part: str = "any",
              genitive: bool = False) -> Written:  # fmt: skip
        """How one mention is written; `genitive` where the sentence has a possessive there
        (a Swedish genitive "s" glued on, none after a name ending in s, x or z)."""
        base, what = self._base(rng, person, part)
        if genitive:
            glued = "" if base[-1].lower() in "sxz" else "s"
            return base, glued, f"{what}/genitive" + ("" if glued else "-unmarked"), True
        how = rng.choices([h for h, _ in HOW], weights=[w for _, w in HOW])[0]
        if how == "lower":
            return base.lower(), "", f"{what}/lower", False
        if how == "upper":
            return base.upper(), "", f"{what}/upper", False
        if how == "caps-lock":
            return base[:1].lower() + base[1:].upper(), "", f"{what}/caps-lock", False
        if how == "ascii":  # the part asked for, else another part, that has diacritics
            options = [(base, what), (person.family, "family"), (person.given, "given")]
            marked = [(b, w) for b, w in options if ascii_fold(b) != b and part in ("any", w)]
            if marked:
                return ascii_fold(marked[0][0]), "", f"{marked[0][1]}/no-diacritics", False
        if how == "misspelt":
            slip = self._misspell(rng, person, base)
            if slip:
                return slip[0], "", f"{what}/misspelt/{slip[1]}", False
        if how == "invisible":
            text, facet = hide_in_name(rng, base)
            return text, "", f"{what}/hidden/{facet}", False
        return base, "", f"{what}/exact", True

    def _base(self, rng: random.Random, person: Person, part: str) -> tuple[str, str]:
        if part == "given" or (part == "any" and rng.random() < 0.45):
            if person.nickname and rng.random() < 0.3:
                return person.nickname, "nickname"
            return person.given, "given"
        if part == "family" or (part == "any" and rng.random() < 0.25):
            return person.family, "family"
        return f"{person.given} {person.family}", "full"

    def _misspell(self, rng: random.Random, person: Person, base: str) -> tuple[str, str] | None:
        words = base.split(" ")
        at = max(range(len(words)), key=lambda i: (len(words[i]), -i))
        word = words[at]
        if len(word) < 4:
            return None
        own = {ascii_fold(f) for f in self.own[person.entry.key]}
        for _ in range(12):
            slip, kind = _slip(rng, word)
            candidate = " ".join([*words[:at], slip, *words[at + 1 :]])
            lower = candidate.lower()
            if slip != word and lower not in self.all and ascii_fold(lower) not in own:
                return candidate, kind
        return None


def _slip(rng: random.Random, word: str) -> tuple[str, str]:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("dropped", "doubled", "swapped", "vowel"))
    if kind == "dropped":
        return word[:i] + word[i + 1 :], kind
    if kind == "doubled":
        return word[:i] + word[i] + word[i:], kind
    if kind == "swapped" and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :], kind
    vowels = [j for j in range(1, len(word)) if word[j].lower() in VOWELS]
    if not vowels:
        return word[:i] + word[i + 1 :], "dropped"
    j = rng.choice(vowels)
    new = rng.choice([v for v in "aeiouy" if v != word[j].lower()])
    return word[:j] + new + word[j + 1 :], "vowel"
