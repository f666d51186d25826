"""How a name is written in a note: the forms held-out B plants, each recorded exactly.

Registered people: given name, full name, family name (alone or after a title), nickname, the
Swedish genitive glued on ("Hodans"), the English possessive ("Hodan's", "Hodan’s"), in lower
or upper case, without diacritics, misspelt by one or two slips, and with an invisible or
no-break character inside. The planted span is always the name itself: a suffix or a title
stays outside it. Facets of the form: "registered/<part>/<style>/<source>".
"""

from __future__ import annotations

import random

from casebook.deid.registry import ascii_fold

from bench.heldout_b.people import HOMOGRAPH_WORDS, Person
from bench.heldout_b.pieces import Mark, Piece

INVISIBLE = {"shy": "\u00ad", "zwsp": "\u200b", "zwj": "\u200d", "wj": "\u2060"}
SPACES = {"nbsp": "\u00a0", "nnbsp": "\u202f"}
STYLES = {"exact": 40, "lower": 11, "upper": 7, "misspelt": 14, "invisible": 11, "ascii": 5}
PARTS = {"given": 50, "full": 22, "family": 14, "nick": 14}
_VOWEL_SWAP = {"a": "e", "e": "a", "i": "y", "y": "i", "o": "u", "u": "o", "ä": "e", "å": "o",
               "ö": "o", "é": "e"}  # fmt: skip
_KEYS = ["qwertyuiopå", "asdfghjklöä", "zxcvbnm"]


def _neighbour(rng: random.Random, ch: str) -> str:
    for row in _KEYS:
        if ch in row:
            i = row.index(ch)
            return (
                row[max(0, i - 1)]
                if rng.random() < 0.5 and i > 0
                else row[min(len(row) - 1, i + 1)]
            )
    return ch


def misspell(rng: random.Random, word: str, edits: int) -> str:
    """One or two slips of a typist: a swap, a dropped, doubled or wrong letter, a vowel."""
    chars = list(word)
    for _ in range(edits):
        i = rng.randrange(1, len(chars) - 1) if len(chars) > 3 else len(chars) - 1
        op = rng.choice(("swap", "drop", "double", "vowel", "key"))
        low = chars[i].lower()
        if op == "swap" and i + 1 < len(chars) and chars[i] != chars[i + 1]:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        elif op == "drop" and len(chars) > 4:
            del chars[i]
        elif op == "double":
            chars.insert(i, chars[i])
        elif op == "vowel" and low in _VOWEL_SWAP:
            chars[i] = _VOWEL_SWAP[low]
        else:
            chars[i] = _neighbour(rng, low)
    return "".join(chars)


class NameWriter:
    """Writes registered and unregistered names; `taken` are every registered form, folded."""

    def __init__(self, rng: random.Random, taken: set[str]) -> None:
        self.rng = rng
        self.taken = taken

    def _part(self, person: Person, part: str) -> str:
        if part == "nick" and person.nickname:
            return person.nickname
        if part == "full":
            return f"{person.given} {person.family}"
        if part == "family":
            return person.family
        return person.given

    def registered(self, person: Person, style: str | None = None, part: str | None = None,
                   lang: str = "sv") -> list[Piece]:  # fmt: skip
        rng = self.rng
        part = part or rng.choices(list(PARTS), list(PARTS.values()))[0]
        if part == "nick" and not person.nickname:
            part = "given"
        style = style or rng.choices(list(STYLES), list(STYLES.values()))[0]
        written = self._part(person, part)
        title: list[Piece] = []
        if part == "family" and person.role == "professional" and rng.random() < 0.6:
            title = [rng.choice(TITLES[lang]) + " "]
        exact = False
        if style == "lower":
            written = written.lower()
        elif style == "upper":
            written = written.upper()
        elif style == "ascii" and ascii_fold(written) != written:
            written = ascii_fold(written)
        elif style == "misspelt" and max(map(len, written.split(" "))) >= 4:
            written = self._misspelt(written)
        elif style == "invisible":
            written, style = self._hidden(written)
        else:
            style, exact = "exact", True
        homograph = "/homograph" if person.given.lower() in HOMOGRAPH_WORDS else ""
        form = f"registered/{part}/{style}/{person.source}{homograph}"
        return [*title, Mark(written, "name", form, exact, person.key)]

    def _misspelt(self, written: str) -> str:
        words = written.split(" ")
        long = [i for i, w in enumerate(words) if len(w) >= 4]
        for _ in range(50):
            i = self.rng.choice(long)
            edits = 2 if len(words[i]) >= 7 and self.rng.random() < 0.35 else 1
            slip = misspell(self.rng, words[i], edits)
            folded = ascii_fold(slip.lower())
            if folded != ascii_fold(words[i].lower()) and folded not in self.taken:
                return " ".join([*words[:i], slip, *words[i + 1 :]])
        raise RuntimeError(f"no misspelling of {written!r}")

    def _hidden(self, written: str) -> tuple[str, str]:
        rng = self.rng
        if " " in written and rng.random() < 0.4:
            name = rng.choice(list(SPACES))
            return written.replace(" ", SPACES[name], 1), name
        name = rng.choice(list(INVISIBLE))
        words = written.split(" ")
        i = rng.randrange(len(words))
        w = words[i]
        cut = rng.randrange(1, len(w)) if len(w) > 1 else 1
        words[i] = w[:cut] + INVISIBLE[name] + w[cut:]
        return " ".join(words), name

    def genitive(self, person: Person, lang: str) -> list[Piece]:
        """ "Hodans mamma" (Swedish: glued, no apostrophe) or "Hodan's mum" (English)."""
        rng = self.rng
        part = rng.choices(["given", "nick", "full", "family"], [60, 15, 15, 10])[0]
        if part == "nick" and not person.nickname:
            part = "given"
        written = self._part(person, part)
        lower = rng.random() < 0.15
        if lower:
            written = written.lower()
        style = "lower" if lower else "exact"
        if lang == "sv":
            suffix = "" if written[-1] in "sxzSXZ" else "s"
            suffix = ":s" if suffix and rng.random() < 0.05 else suffix
            form = f"registered/{part}/genitive-sv/{style}"
        else:
            suffix = rng.choice(("'s", "'s", "’s"))
            form = f"registered/{part}/possessive-en/{style}"
        return [Mark(written, "name", form, not lower, person.key), suffix]


TITLES = {
    "sv": ["dr", "Dr.", "doktor", "docent", "kurator", "sjuksköterskan", "ssk", "överläkare",
           "psykolog", "handläggaren", "arbetsterapeut", "skötare", "läkaren",
           "biståndshandläggare"],
    "en": ["Dr", "Dr.", "dr", "nurse", "Prof.", "counsellor", "social worker", "case manager",
           "psychiatrist", "consultant", "OT"],
}  # fmt: skip
