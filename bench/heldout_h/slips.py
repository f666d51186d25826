"""How a hurried typist, a scanner and a copy-paste change a name or a number.

Written for held-out H without reading Casebook's rules: a typing-error model of its own
(neighbouring keys on a Swedish keyboard, a letter doubled, dropped or swapped with the next,
OCR confusions such as "rn" for "m", dropped diacritics) and the invisible or compatibility
characters that Word, PDF readers and web pages leave inside words and numbers.
"""

from __future__ import annotations

import random
import unicodedata

# Neighbours on a Swedish QWERTY keyboard (lower case), the row above and below included.
_ROWS = ("1234567890+", "qwertyuiopå", "asdfghjklöä", "<zxcvbnm,.-")
NEIGHBOURS: dict[str, str] = {}
for _r, _row in enumerate(_ROWS):
    for _c, _ch in enumerate(_row):
        near = []
        for dr in (-1, 0, 1):
            if 0 <= _r + dr < len(_ROWS):
                other = _ROWS[_r + dr]
                for dc in (-1, 0, 1) if dr == 0 else (0, 1) if dr == -1 else (-1, 0):
                    if (dr, dc) != (0, 0) and 0 <= _c + dc < len(other):
                        near.append(other[_c + dc])
        NEIGHBOURS[_ch] = "".join(c for c in near if c.isalpha())

# What an OCR pass or a tired eye reads for what was written.
OCR = (("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("ni", "m"), ("vv", "w"),
       ("e", "c"), ("a", "o"), ("i", "l"), ("h", "b"), ("u", "ii"))  # fmt: skip
SOUNDS = (("ph", "f"), ("th", "t"), ("ck", "k"), ("k", "ck"), ("c", "k"), ("j", "y"),
          ("y", "j"), ("w", "v"), ("v", "w"), ("ss", "s"), ("s", "ss"), ("sch", "sh"))  # fmt: skip
SLIPS = ("swap", "double", "drop", "key", "ocr", "sound")


def _keep_case(new: str, old: str) -> str:
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


def slip(word: str, rng: random.Random, kind: str) -> str | None:
    """`word` with one slip of `kind`, or None when that slip does not apply to it."""
    low = word.lower()
    inner = range(1, len(low) - 1)  # the first letter is the one people get right
    if kind == "swap":
        spots = [i for i in inner if low[i] != low[i + 1] and low[i + 1].isalpha()]
        if not spots:
            return None
        i = rng.choice(spots)
        out = low[:i] + low[i + 1] + low[i] + low[i + 2 :]
    elif kind == "double":
        spots = [i for i in inner if low[i].isalpha() and low[i] != low[i - 1]]
        if not spots:
            return None
        i = rng.choice(spots)
        out = low[: i + 1] + low[i] + low[i + 1 :]
    elif kind == "drop":
        spots = [i for i in range(1, len(low)) if low[i].isalpha()]
        if len(low) < 5 or not spots:
            return None
        i = rng.choice(spots)
        out = low[:i] + low[i + 1 :]
    elif kind == "key":
        spots = [i for i in range(1, len(low)) if NEIGHBOURS.get(low[i])]
        if not spots:
            return None
        i = rng.choice(spots)
        out = low[:i] + rng.choice(NEIGHBOURS[low[i]]) + low[i + 1 :]
    else:
        table = OCR if kind == "ocr" else SOUNDS
        options = [(a, b, i) for a, b in table for i in range(1, len(low)) if low.startswith(a, i)]
        if not options:
            return None
        a, b, i = rng.choice(options)
        out = low[:i] + b + low[i + len(a) :]
    return _keep_case(out, word) if out != low else None


def misspell(
    word: str, rng: random.Random, taken: set[str], twice: bool = False
) -> tuple[str, str] | None:
    """A misspelling of `word` that is no other form in `taken` (lower case, diacritics
    folded), with the slips made ("key", "swap+drop", ...); None when none fits."""
    for _ in range(12):
        kinds = [rng.choice(SLIPS) for _ in range(2 if twice else 1)]
        out: str | None = word
        for kind in kinds:
            out = slip(out, rng, kind) if out else None
        if out and len(out) >= 3 and fold(out) not in taken and fold(out) != fold(word):
            return out, "+".join(kinds)
    return None


def fold(word: str) -> str:
    """Lower case without diacritics: "Åsa" and "asa" fold alike."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ø", "o")


PLAIN = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "æ": "ae", "Æ": "Ae"}


def strip_marks(word: str) -> str:
    """The word as typed on a keyboard without Nordic letters: "Åsa" -> "Asa", "Øyvind" ->
    "Oyvind", "Jörg" -> "Jorg" (the case kept)."""
    out = []
    for c in word:
        base = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
        out.append(PLAIN.get(c, base))
    return "".join(out)


# Invisible and compatibility characters, by the name a facet gives them.
SOFT_HYPHEN, ZWSP, ZWJ, ZWNJ, WJ = "\u00ad", "\u200b", "\u200d", "\u200c", "\u2060"
NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"
INSIDE_WORD = (("soft-hyphen", SOFT_HYPHEN), ("zwsp", ZWSP), ("zwj", ZWJ), ("zwnj", ZWNJ),
               ("word-joiner", WJ))  # fmt: skip
BETWEEN_WORDS = (("nbsp", NBSP), ("narrow-nbsp", NNBSP), ("zwsp-space", ZWSP + " "))


def hide_in_word(word: str, rng: random.Random) -> tuple[str, str]:
    """`word` with one invisible character between two of its letters, and its facet."""
    facet, char = rng.choice(INSIDE_WORD)
    i = rng.randrange(1, len(word))
    return word[:i] + char + word[i:], f"hidden-{facet}"


def hide_between(words: str, rng: random.Random) -> tuple[str, str]:
    """A space of `words` made a no-break or invisible one, and its facet."""
    facet, char = rng.choice(BETWEEN_WORDS)
    spaces = [i for i, c in enumerate(words) if c == " "]
    if not spaces:
        return hide_in_word(words, rng)
    i = rng.choice(spaces)
    return words[:i] + char + words[i + 1 :], f"hidden-{facet}"


def full_width(text: str, rng: random.Random) -> str:
    """Digits as full-width forms (all of them, or those after a random point)."""
    start = rng.choice((0, 0, len(text) // 2))
    return text[:start] + "".join(
        chr(ord(c) - 48 + 0xFF10) if c.isdigit() else c for c in text[start:]
    )


def hide_in_number(number: str, rng: random.Random) -> tuple[str, str]:
    """A number pasted from a PDF or a web page: full-width digits, a no-break space as its
    separator, or a soft hyphen or zero-width space inside, and the facet."""
    choice = rng.randrange(4)
    if choice == 0:
        return full_width(number, rng), "hidden-full-width"
    if choice == 1 and " " in number:
        return number.replace(" ", rng.choice((NBSP, NNBSP, THIN))), "hidden-nbsp"
    digits = [i for i in range(1, len(number)) if number[i].isdigit() and number[i - 1].isdigit()]
    if not digits:
        return full_width(number, rng), "hidden-full-width"
    i = rng.choice(digits)
    facet, char = (("soft-hyphen", SOFT_HYPHEN), ("zwsp", ZWSP))[choice % 2]
    return number[:i] + char + number[i:], f"hidden-{facet}"
